"""A coordinator's mapping of a raw occupation text to an ESCO occupation, from chat or the CLI.

`/alias <text> = <URI>` and `doorway taxonomy alias <text> <URI>` both go through here: the
text is keyed as the occupation question keys what people type, the URI must be an occupation
of the index, and the mapping is audited in the same transaction as it is stored.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from doorway.matching.occupations import OccupationSuggester

if TYPE_CHECKING:
    from doorway.storage.unit_of_work import UnitOfWork

MAX_ALIAS_TEXT = 300


class AliasProblem(enum.StrEnum):
    """Why an alias cannot be stored."""

    UNKNOWN_OCCUPATION = "unknown-occupation"
    EMPTY_TEXT = "empty-text"
    TOO_LONG = "too-long"


class AliasRefused(Exception):
    """The text or the occupation of an alias is unusable."""

    def __init__(self, problem: AliasProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class CheckedAlias:
    """An alias that can be stored: its key, the text as written and the occupation."""

    key: str
    raw_text: str
    uri: str
    isco: str


def check_alias(suggester: OccupationSuggester, text: str, occupation: str) -> CheckedAlias:
    """The alias to store; AliasRefused says what is wrong with the text or the occupation."""
    raw, uri = text.strip(), occupation.strip()
    isco = suggester.isco(uri)
    if isco is None:
        raise AliasRefused(AliasProblem.UNKNOWN_OCCUPATION)
    if len(raw) > MAX_ALIAS_TEXT:
        raise AliasRefused(AliasProblem.TOO_LONG)
    key = suggester.alias_key(raw)
    if not key:
        raise AliasRefused(AliasProblem.EMPTY_TEXT)
    return CheckedAlias(key, raw, uri, isco)


async def save_alias(uow: UnitOfWork, alias: CheckedAlias, by: str, now: datetime) -> bool:
    """Store the alias (replacing one for the same key) with its audit entry; True if new."""
    new = await uow.aliases.put(alias.key, alias.raw_text, alias.uri, by[:80], now)
    await uow.audit.record(
        by, "alias", alias.raw_text[:200], now, occupation=alias.uri, isco=alias.isco, new=new
    )
    return new
