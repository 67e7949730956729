"""`/broadcast role=newcomer sector=22 locale=sv | text`: a coordinator's message to a group.

The command stores a draft and shows a preview (how many it reaches, the text) with standing
buttons `bc:<id>:send` and `bc:<id>:cancel`, checked against the stored draft and its author.
Once confirmed, the job `broadcast_send` sends it in batches of 25, one minute apart; the
recipients are chosen again at send time, in id order, and `broadcasts.cursor` (the last id
reached) moves in the same transaction as the batch's outbox rows, so no one gets it twice.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from doorway.dialogs.languages import UI_LOCALES
from doorway.dialogs.steps import Choice, Invalid, Outgoing, Say
from doorway.matching.scoring import isco_code
from doorway.storage.admin_queries import PARTICIPANT_ROLES, AdminQueries, Audience
from doorway.storage.records import Broadcast, BroadcastStatus, Job, Role

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn
    from doorway.storage.unit_of_work import UnitOfWork

BROADCAST_SEND = "broadcast_send"
BATCH_SIZE = 25
BATCH_PAUSE = timedelta(minutes=1)
MAX_BROADCAST_TEXT = 2000
MAX_PER_DAY = 3
RATE_WINDOW = timedelta(hours=24)
LOCALES = UI_LOCALES  # a broadcast can go to the speakers of any UI language
_ROLES = {
    "newcomer": (Role.NEWCOMER.value,),
    "door_opener": (Role.DOOR_OPENER.value,),
    "door-opener": (Role.DOOR_OPENER.value,),
    "all": PARTICIPANT_ROLES,
}
_FILTER = re.compile(r"(role|sector|sectors|locale)=(\S*)", re.IGNORECASE)
_MAX_ID_DIGITS = 9


def parse_audience(text: str) -> Audience:
    """Read `role=… sector=22,32 locale=sv` (every part optional); Invalid names a bad part."""
    roles, sectors, locale = PARTICIPANT_ROLES, (), None
    for word in text.split():
        found = _FILTER.fullmatch(word)
        if found is None:
            raise Invalid("admin-broadcast-bad-filter", text=word[:40])
        name, value = found.group(1).lower(), found.group(2).lower()
        if name == "role":
            if value not in _ROLES:
                raise Invalid("admin-broadcast-bad-filter", text=word[:40])
            roles = _ROLES[value]
        elif name == "locale":
            if value not in LOCALES:
                raise Invalid("admin-broadcast-bad-filter", text=word[:40])
            locale = value
        else:
            codes = [isco_code(code) for code in value.split(",") if code]
            if not codes or None in codes:
                raise Invalid("admin-broadcast-bad-filter", text=word[:40])
            sectors = tuple(dict.fromkeys(code for code in codes if code))
    return Audience(roles, sectors, locale)


def describe(audience: Audience) -> str:
    """The audience as the coordinator writes it, e.g. `role=newcomer sector=22 locale=sv`."""
    role = next(name for name, roles in _ROLES.items() if roles == audience.roles)
    parts = [f"role={role}"]
    if audience.sectors:
        parts.append("sector=" + ",".join(audience.sectors))
    if audience.locale is not None:
        parts.append(f"locale={audience.locale}")
    return " ".join(parts)


async def _over_the_limit(uow: UnitOfWork, author: str, now: datetime) -> bool:
    # Each coordinator's updates are serialised by the engine's lock on their person row, so
    # two confirmations of theirs cannot both see room for one more.
    return await uow.broadcasts.confirmed_since(author, now - RATE_WINDOW) >= MAX_PER_DAY


async def broadcast_command(_engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """Draft a broadcast and show its preview with the send and cancel buttons."""
    head, bar, body = argument.partition("|")
    text = body.strip()
    if not bar or not text:
        turn.says.append(Say("admin-broadcast-syntax"))
        return
    try:
        audience = parse_audience(head)
    except Invalid as invalid:
        turn.says += [Say(invalid.key, invalid.params), Say("admin-broadcast-syntax")]
        return
    if len(text) > MAX_BROADCAST_TEXT:
        turn.says.append(Say("admin-broadcast-too-long", {"max": MAX_BROADCAST_TEXT}))
        return
    uow, now, author = turn.uow, turn.ctx.now, turn.person.address
    if await _over_the_limit(uow, author, now):
        turn.says.append(Say("admin-broadcast-limit", {"limit": MAX_PER_DAY}))
        return
    count = await AdminQueries(uow.session).count_recipients(audience)
    if count == 0:
        turn.says.append(Say("admin-broadcast-nobody", {"audience": describe(audience)}))
        return
    broadcast = await uow.broadcasts.add(
        Broadcast(
            created_by=author[:80],
            text=text,
            created_at=now,
            audience=audience.as_json(),
            recipients=count,
        )
    )
    await uow.audit.record(
        author, "broadcast-draft", f"#{broadcast.id}", now, audience=audience.as_json(), count=count
    )
    turn.says.append(
        Say(
            "admin-broadcast-preview",
            {"count": count, "audience": describe(audience), "text": text},
            (
                Choice(f"bc:{broadcast.id}:send", "button-broadcast-send"),
                Choice(f"bc:{broadcast.id}:cancel", "button-broadcast-cancel"),
            ),
        )
    )


async def broadcast_button(engine: ConversationEngine, turn: Turn, button: str) -> None:
    """`bc:<id>:send|cancel`: valid only for its author's own broadcast while it is a draft."""
    if not turn.ctx.is_coordinator:
        engine.complain(turn, Invalid("error-stale-button"))  # as any button never offered
        return
    _, raw_id, action = [*button.split(":"), "", ""][:3]
    valid_id = raw_id.isascii() and raw_id.isdecimal() and len(raw_id) <= _MAX_ID_DIGITS
    uow, now, author = turn.uow, turn.ctx.now, turn.person.address
    broadcast = await uow.broadcasts.get(int(raw_id), lock=True) if valid_id else None
    if (
        broadcast is None
        or broadcast.status != BroadcastStatus.DRAFT
        or broadcast.created_by != author[:80]
        or action not in ("send", "cancel")
    ):
        turn.says.append(Say("admin-broadcast-stale"))
        return
    if action == "cancel":
        broadcast.status, broadcast.finished_at = BroadcastStatus.CANCELLED, now
        await uow.audit.record(author, "broadcast-cancel", f"#{broadcast.id}", now)
        turn.says.append(Say("admin-broadcast-cancelled"))
        return
    if await _over_the_limit(uow, author, now):
        turn.says.append(Say("admin-broadcast-limit", {"limit": MAX_PER_DAY}))
        return
    audience = Audience.from_json(broadcast.audience)
    broadcast.recipients = await AdminQueries(uow.session).count_recipients(audience)
    broadcast.status, broadcast.confirmed_at = BroadcastStatus.SENDING, now
    await uow.jobs.add(Job(BROADCAST_SEND, now, None, {"broadcast": broadcast.id}, created_at=now))
    await uow.audit.record(
        author, "broadcast-send", f"#{broadcast.id}", now, count=broadcast.recipients
    )
    turn.says.append(Say("admin-broadcast-confirmed", {"count": broadcast.recipients}))


async def send_batch(uow: UnitOfWork, job: Job, now: datetime) -> list[Outgoing]:
    """The next 25 recipients of a confirmed broadcast; the job comes back for the rest."""
    job.done_at = now
    broadcast = await uow.broadcasts.get(int(job.payload.get("broadcast", 0)), lock=True)
    if broadcast is None or broadcast.status != BroadcastStatus.SENDING:
        return []
    found = await AdminQueries(uow.session).recipients(
        Audience.from_json(broadcast.audience), after=broadcast.cursor, limit=BATCH_SIZE + 1
    )
    batch = found[:BATCH_SIZE]
    if batch:
        broadcast.cursor = batch[-1].id or broadcast.cursor
        broadcast.sent += len(batch)
    outgoing = [
        Outgoing(p, Say("admin-broadcast-message", {"text": broadcast.text})) for p in batch
    ]
    if len(found) > BATCH_SIZE:
        payload = {"broadcast": broadcast.id}
        await uow.jobs.add(Job(BROADCAST_SEND, now + BATCH_PAUSE, None, payload, created_at=now))
        return outgoing
    broadcast.status, broadcast.finished_at = BroadcastStatus.SENT, now
    channel, _, external_id = broadcast.created_by.partition(":")
    author = await uow.people.by_address(channel, external_id)
    if author is not None:
        outgoing.append(
            Outgoing(author, Say("admin-broadcast-finished", {"count": broadcast.sent}))
        )
    return outgoing
