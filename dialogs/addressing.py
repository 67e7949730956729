"""How coordinators name a person in a command: `channel:id`, `#12` or `12`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from doorway.storage.records import Person

if TYPE_CHECKING:
    from doorway.storage.unit_of_work import UnitOfWork

# A forged number must not reach the database as an out-of-range integer.
_MAX_DIGITS = 9


def names_a_person(argument: str) -> bool:
    """'telegram:123', '#12' or '12' name a person; '2 weeks' or '24.12.' do not."""
    return argument.removeprefix("#").isdecimal() or ":" in argument


async def find_person(uow: UnitOfWork, argument: str) -> Person | None:
    """A person named as 'channel:id' or by their number ('#12' or '12')."""
    number = argument.strip().removeprefix("#")
    if number.isascii() and number.isdecimal():
        return await uow.people.get(int(number)) if len(number) <= _MAX_DIGITS else None
    channel, _, external_id = argument.strip().partition(":")
    return await uow.people.by_address(channel, external_id) if external_id else None
