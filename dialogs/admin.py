"""The coordinators' admin commands: /pending, /openers, /find, /match, /unmatch, /alias,
/broadcast and /export.

To anyone who is not a coordinator these commands do not exist: they get the answer to an
unknown command, and nothing is read or written. Every action is written to the audit log in
the same transaction as its effect.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING

from doorway.dialogs import misconduct
from doorway.dialogs.admin_broadcast import broadcast_command
from doorway.dialogs.admin_match import match, unmatch
from doorway.dialogs.aliases import MAX_ALIAS_TEXT, AliasRefused, check_alias, save_alias
from doorway.dialogs.events import event_command
from doorway.dialogs.export import export_command
from doorway.dialogs.organisations import org_command
from doorway.dialogs.proposals import month_start
from doorway.dialogs.stats import stats_command
from doorway.dialogs.steps import Invalid, Say, Term
from doorway.storage.records import Person, Role, Status

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn
    from doorway.storage.unit_of_work import UnitOfWork

AdminCommand = Callable[["ConversationEngine", "Turn", str], Awaitable[None]]

MAX_LISTED = 30  # people per /pending or /openers answer; a chat message stays readable
MAX_FOUND = 20
MAX_ECHO = 80


def coordinator_only(name: str, handler: AdminCommand) -> AdminCommand:
    """The command for coordinators who finished onboarding; unknown to everyone else."""

    async def guarded(engine: ConversationEngine, turn: Turn, argument: str) -> None:
        if not turn.ctx.is_coordinator:
            engine.complain(turn, Invalid("error-unknown-command", command=f"/{name}"))
            return
        if turn.person.status == Status.ONBOARDING:
            engine.complain(turn, Invalid("error-finish-onboarding-first"))
            return
        await handler(engine, turn, argument)

    guarded.__doc__ = handler.__doc__
    return guarded


def _more(shown: int, total: int) -> tuple[Term, ...]:
    return (Term("admin-and-more", {"count": total - shown}),) if total > shown else ()


# -- /pending -------------------------------------------------------------------------------


async def waiting_newcomers(uow: UnitOfWork) -> list[Person]:
    """Active, onboarded newcomers with no proposal in progress and no meeting ahead."""
    busy = await uow.proposals.busy_newcomers()
    return [
        p
        for p in await uow.people.list_all()
        if p.role == Role.NEWCOMER
        and p.status == Status.ACTIVE
        and p.onboarded_at is not None
        and p.id not in busy
    ]


def _days_waited(person: Person, now: datetime) -> int:
    return max(0, (now - (person.onboarded_at or now)).days)


async def pending(engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """The waiting newcomers by sector (ISCO-08 sub-major group), longest wait first."""
    now, locale = turn.ctx.now, turn.person.locale
    waiting = sorted(
        await waiting_newcomers(turn.uow), key=lambda p: (p.onboarded_at or now, p.id or 0)
    )
    await turn.audit("pending", "newcomers", count=len(waiting))
    if not waiting:
        turn.says.append(Say("admin-pending-none"))
        return
    sectors: dict[str, list[Person]] = {}
    for person in waiting:  # longest first, so each sector's first person waited longest
        sectors.setdefault((person.occupation_isco or "")[:2], []).append(person)
    lines: list[Term] = []
    shown = 0
    for code, people in sectors.items():
        if shown >= MAX_LISTED:
            break
        title = (engine.suggester.isco_title(code, locale) if code else None) or Term(
            "admin-no-sector"
        )
        lines.append(Term("admin-pending-sector", {"sector": title, "count": len(people)}))
        for person in people[: MAX_LISTED - shown]:
            lines.append(
                Term(
                    "admin-pending-line",
                    {
                        "number": person.id,
                        "name": person.first_name or "",
                        "occupation": engine.proposals.occupation_of(person, locale) or "–",
                        "days": _days_waited(person, now),
                    },
                )
            )
            shown += 1
    turn.says.append(
        Say("admin-pending", {"count": len(waiting)}, lines=(*lines, *_more(shown, len(waiting))))
    )


# -- /openers -------------------------------------------------------------------------------


async def openers(engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """The door-openers: monthly capacity, used this month, active or paused."""
    uow, locale = turn.uow, turn.person.locale
    taken = await uow.proposals.taken_since(month_start(turn.ctx.now))
    people = sorted(
        (
            p
            for p in await uow.people.list_all()
            if p.role == Role.DOOR_OPENER and p.status != Status.ONBOARDING
        ),
        key=lambda p: (p.status != Status.ACTIVE, p.id or 0),
    )
    await turn.audit("openers", "door-openers", count=len(people))
    if not people:
        turn.says.append(Say("admin-openers-none"))
        return
    free = sum(
        max(0, (p.monthly_capacity or 0) - taken.get(p.id or 0, 0))
        for p in people
        if p.status == Status.ACTIVE
    )
    lines = tuple(
        Term(
            "admin-opener-line",
            {
                "number": p.id,
                "name": p.first_name or "",
                "occupation": engine.proposals.occupation_of(p, locale) or "–",
                "used": taken.get(p.id or 0, 0),
                "capacity": p.monthly_capacity or 0,
                "status": p.status,
            },
        )
        for p in people[:MAX_LISTED]
    )
    turn.says.append(
        Say(
            "admin-openers",
            {"count": len(people), "free": free},
            lines=(*lines, *_more(len(lines), len(people))),
        )
    )


# -- /find ----------------------------------------------------------------------------------


def _haystack(engine: ConversationEngine, person: Person, locale: str) -> str:
    fields = (
        person.first_name,
        person.occupation_raw,
        person.occupation_label,
        engine.proposals.occupation_of(person, locale),
        person.municipality,
        person.address,
    )
    return "\n".join(field.casefold() for field in fields if field)


async def find(engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """People whose name, occupation, municipality or address contains the text."""
    needle = " ".join(argument.split()).casefold()
    if not needle:
        turn.says.append(Say("admin-find-syntax"))
        return
    locale = turn.person.locale
    found = [p for p in await turn.uow.people.list_all() if needle in _haystack(engine, p, locale)]
    echo = argument.strip()[:MAX_ECHO]
    await turn.audit("find", echo, count=len(found))
    if not found:
        turn.says.append(Say("admin-find-none", {"text": echo}))
        return
    lines = tuple(
        Term(
            "admin-find-line",
            {
                "number": p.id,
                "name": p.first_name or "–",
                "role": p.role or "",
                "status": p.status,
                "occupation": engine.proposals.occupation_of(p, locale) or "–",
            },
        )
        for p in found[:MAX_FOUND]
    )
    turn.says.append(
        Say(
            "admin-find",
            {"count": len(found), "text": echo},
            lines=(*lines, *_more(len(lines), len(found))),
        )
    )


# -- /alias ---------------------------------------------------------------------------------


async def alias(engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """Map a raw occupation text to an ESCO occupation: `/alias backend dev = <URI>`."""
    text, equals, occupation = argument.rpartition("=")
    if not equals or not text.strip() or not occupation.strip():
        turn.says.append(Say("admin-alias-syntax"))
        return
    try:
        checked = check_alias(engine.suggester, text, occupation)
    except AliasRefused as refused:
        turn.says += [
            Say(
                f"admin-alias-{refused.problem.value}",
                {"text": occupation.strip()[:MAX_ECHO], "max": MAX_ALIAS_TEXT},
            ),
            Say("admin-alias-syntax"),
        ]
        return
    new = await save_alias(turn.uow, checked, turn.person.address, turn.ctx.now)
    label = engine.suggester.label(checked.uri, turn.person.locale) or checked.uri
    turn.says.append(
        Say(
            "admin-alias-added" if new else "admin-alias-replaced",
            {"text": checked.raw_text, "occupation": label},
        )
    )


ADMIN_COMMANDS: dict[str, AdminCommand] = {
    name: coordinator_only(name, handler)
    for name, handler in (
        ("pending", pending),
        ("block", misconduct.block_command),
        ("unblock", misconduct.unblock_command),
        ("openers", openers),
        ("find", find),
        ("match", match),
        ("unmatch", unmatch),
        ("alias", alias),
        ("broadcast", broadcast_command),
        ("export", export_command),
        ("event", event_command),
        ("org", org_command),
        ("stats", stats_command),
    )
}
"""The admin commands by name, each checked for a coordinator who finished onboarding."""
