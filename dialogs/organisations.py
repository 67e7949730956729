"""Employers and partner organisations: each has a code; people who join through its link are
tagged with it, and the impact report can be filtered by it.

`/org` lists them (coordinators only); `/org add [employer|partner] <name>` registers one.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from datetime import datetime
from typing import TYPE_CHECKING

from doorway.dialogs.steps import Invalid, Say, Term
from doorway.storage.records import Invite, InviteKind, Organisation

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn
    from doorway.storage.unit_of_work import UnitOfWork

KINDS = ("employer", "partner")
MAX_NAME = 200
_ADD = re.compile(r"add\s+(?:(employer|partner)\s+)?(.+)", re.IGNORECASE | re.DOTALL)


def organisation_code(name: str) -> str:
    """A readable, unguessable code: the name's first letters and a random tail ("volvo-x3k9q")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:12].strip("-")
    tail = secrets.token_hex(3)
    return f"{slug}-{tail}" if slug else f"org-{tail}"


async def add_organisation(
    uow: UnitOfWork, name: str, kind: str, created_by: str, now: datetime
) -> Organisation:
    """Register an organisation with its joining link; Invalid when the name is unusable."""
    name = " ".join(name.split())
    if not name:
        raise Invalid("org-error-name")
    if len(name) > MAX_NAME:
        raise Invalid("error-too-long", max=MAX_NAME)
    if kind not in KINDS:
        raise Invalid("org-error-kind")
    code = organisation_code(name)
    organisation = await uow.organisations.add(
        Organisation(code=code, name=name, kind=kind, created_by=created_by[:80], created_at=now)
    )
    await uow.invites.add(
        Invite(
            code=code,
            kind=InviteKind.ORGANISATION,
            created_at=now,
            organisation_id=organisation.id,
        )
    )
    await uow.audit.record(created_by, "org-add", code, now, name=name, kind=kind)
    return organisation


async def org_command(engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """`/org`: list organisations, or register one (coordinators only, see dialogs/admin.py)."""
    if not argument:
        await _list(engine, turn)
        return
    found = _ADD.fullmatch(argument)
    if found is None:
        turn.says.append(Say("org-syntax"))
        return
    kind = (found.group(1) or "employer").lower()
    try:
        organisation = await add_organisation(
            turn.uow, found.group(2), kind, turn.person.address, turn.ctx.now
        )
    except Invalid as invalid:
        turn.says += [Say(invalid.key, invalid.params), Say("org-syntax")]
        return
    link = engine.relay.links.link(turn.person.channel, organisation.code)
    turn.says.append(
        Say(
            "org-added",
            {"organisation": organisation.name, "code": organisation.code, "link": link},
        )
    )


async def _list(engine: ConversationEngine, turn: Turn) -> None:
    organisations = await turn.uow.organisations.list_all()
    if not organisations:
        turn.says.append(Say("org-none"))
        return
    members = await turn.uow.organisations.member_counts()
    lines = tuple(
        Term(
            "org-line",
            {
                "organisation": o.name,
                "code": o.code,
                "kind": o.kind,
                "count": members.get(o.id or 0, 0),
                "link": engine.relay.links.link(turn.person.channel, o.code),
            },
        )
        for o in organisations
    )
    turn.says.append(Say("org-list", {"count": len(organisations)}, lines=lines))
