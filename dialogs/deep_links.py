"""`/start <code>`: a relay invite (who brought whom) or an organisation's link.

Telegram passes a deep link `t.me/<bot>?start=<code>` as the text "/start <code>"; on other
channels people type the same. A code attaches once: a relay invite to a person who is still
registering, an organisation's link to anyone not yet tagged with one.
"""

from __future__ import annotations

import re
from datetime import datetime

from doorway.dialogs.steps import Say
from doorway.storage.records import InviteKind, Person, Status
from doorway.storage.unit_of_work import UnitOfWork

_CODE = re.compile(r"[A-Za-z0-9_-]{4,32}")


def start_code(text: str | None) -> str | None:
    """The argument of a '/start <code>' line, or None for anything else."""
    if not text:
        return None
    head, _, argument = text.strip().partition(" ")
    if head.split("@", 1)[0].lower() != "/start":
        return None
    return argument.strip() or None


async def redeem(uow: UnitOfWork, person: Person, code: str, now: datetime) -> Say:
    """Attach the code to the person; what to tell them (also when the code is no good)."""
    invite = await uow.invites.by_code(code, lock=True) if _CODE.fullmatch(code) else None
    if invite is None:
        return Say("start-bad-code")
    if invite.kind == InviteKind.ORGANISATION:
        organisation = await uow.organisations.get(invite.organisation_id or 0)
        if organisation is None:
            return Say("start-bad-code")
        if person.organisation_id == organisation.id:
            return Say("start-organisation-already", {"organisation": organisation.name})
        if person.organisation_id is not None:
            return Say("start-code-not-needed")
        person.organisation_id = organisation.id
        invite.uses += 1
        return Say("start-organisation", {"organisation": organisation.name})
    if person.invite_id == invite.id:
        return Say("start-code-not-needed")
    if invite.uses > 0 or invite.inviter_id == person.id:
        return Say("start-code-used")
    if person.status != Status.ONBOARDING or person.invite_id is not None:
        return Say("start-code-not-needed")
    inviter = await uow.people.get(invite.inviter_id) if invite.inviter_id else None
    person.invite_id, person.referred_by_id = invite.id, invite.inviter_id
    invite.uses = 1
    return Say("start-invited", {"name": (inviter.first_name or "") if inviter else ""})
