"""The channels' durable queues: the inbox of raw updates, the outbox's send state, and leases.

Both queues keep each chat in order: only the oldest waiting item of a chat may be taken, so
two processes never handle (or send) one person's messages out of order.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from doorway.storage import tables
from doorway.storage.db import dialect_insert, insert_ignoring_conflicts, lock_rows
from doorway.storage.records import OutboxMessage

CLAIM_TIMEOUT = timedelta(seconds=60)  # a claim older than this was left by a dead process
_LATER_STATUSES = {"sent": ("delivered", "read", "failed"), "delivered": ("read", "failed")}


@dataclass(frozen=True)
class InboxItem:
    """One stored update, claimed for handling."""

    id: int
    channel: str
    update_key: str
    chat_key: str
    payload: dict[str, Any]
    attempts: int


@dataclass(frozen=True)
class NewUpdate:
    """A raw update as a webhook (or polling) received it."""

    channel: str
    update_key: str
    chat_key: str
    payload: dict[str, Any]


class InboxRepository:
    """Raw updates from the webhooks and polling, until the engine has handled them."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def store(
        self, channel: str, update_key: str, chat_key: str, payload: dict[str, Any], now: datetime
    ) -> bool:
        """Keep an update; False if it is already waiting (the channel retried it)."""
        return (await self.store_many([NewUpdate(channel, update_key, chat_key, payload)], now))[0]

    async def store_many(self, updates: list[NewUpdate], now: datetime) -> list[bool]:
        """Keep updates with one statement; for each, False if it was already waiting (the
        channel retried it, perhaps within this very batch)."""
        if not updates:
            return []
        rows = [
            {
                "channel": u.channel,
                "update_key": u.update_key,
                "chat_key": u.chat_key[:64],
                "payload": u.payload,
                "received_at": now,
                "attempts": 0,
            }
            for u in updates
        ]
        i = tables.inbox.c
        statement = insert_ignoring_conflicts(
            tables.inbox, self._dialect(), ["channel", "update_key"]
        ).returning(i.channel, i.update_key)
        # Rows as parameters, not in the statement: one cached statement for any batch size.
        result = await self._session.execute(statement, rows)
        fresh = {(row.channel, row.update_key) for row in result}
        stored = []
        for u in updates:
            key = (u.channel, u.update_key)
            stored.append(key in fresh)
            fresh.discard(key)  # a repeat later in the batch was not stored again
        return stored

    async def claim(
        self,
        worker: str,
        now: datetime,
        limit: int,
        timeout: timedelta = CLAIM_TIMEOUT,
        *,
        stored_before: datetime | None = None,
    ) -> list[InboxItem]:
        """Claim the oldest waiting update of up to `limit` chats (one per chat, in order);
        a claim older than `timeout` was left by a dead process and is taken over.
        `stored_before`: only updates received by then (a chat whose oldest update is newer
        waits, so its order is kept)."""
        i = tables.inbox.c
        c = tables.inbox.alias("candidate").c  # not correlated with the UPDATE below
        w = tables.inbox.alias("waiting").c
        # Each chat's oldest waiting update, found in one pass (not a lookup per row).
        first_of_chat = (
            select(func.min(w.id)).where(w.failed_at.is_(None)).group_by(w.channel, w.chat_key)
        )
        claimable = (
            select(c.id)
            .where(c.id.in_(first_of_chat))
            .where(or_(c.claimed_at.is_(None), c.claimed_at < now - timeout))
            .where(or_(c.not_before.is_(None), c.not_before <= now))
            .order_by(c.id)
            .limit(limit)
        )
        if stored_before is not None:
            claimable = claimable.where(c.received_at <= stored_before)
        # Found and claimed in one statement (the rows another process is claiming are skipped).
        claimed = (
            update(tables.inbox)
            .where(i.id.in_(lock_rows(claimable, self._dialect()).scalar_subquery()))
            .values(claimed_by=worker, claimed_at=now)
            .returning(i.id, i.channel, i.update_key, i.chat_key, i.payload, i.attempts)
        )
        rows = sorted((await self._session.execute(claimed)).all(), key=lambda r: r.id)
        return [
            InboxItem(r.id, r.channel, r.update_key, r.chat_key, dict(r.payload), r.attempts)
            for r in rows
        ]

    async def remove(self, item_id: int) -> None:
        """The update is handled (call in the handling transaction)."""
        await self.remove_many([item_id])

    async def remove_many(self, item_ids: Collection[int]) -> None:
        """These updates are handled (call in the handling transaction)."""
        if item_ids:
            statement = delete(tables.inbox).where(tables.inbox.c.id.in_(list(item_ids)))
            await self._session.execute(statement)

    async def failed(
        self, item_id: int, error: str, now: datetime, *, retry_at: datetime | None
    ) -> None:
        """Handling raised: retry later, or give up (retry_at None) so the chat moves on."""
        i = tables.inbox.c
        values: dict[str, Any] = {
            "attempts": i.attempts + 1,
            "last_error": error[:2000],
            "claimed_by": None,
            "claimed_at": None,
            "not_before": retry_at,
        }
        if retry_at is None:
            values["failed_at"] = now
        await self._session.execute(update(tables.inbox).where(i.id == item_id).values(**values))

    async def waiting(self) -> int:
        """How many updates wait to be handled (not given up)."""
        i = tables.inbox.c
        statement = select(func.count()).select_from(tables.inbox).where(i.failed_at.is_(None))
        return int((await self._session.execute(statement)).scalar_one())

    def _dialect(self) -> str:
        return self._session.get_bind().dialect.name


@dataclass(frozen=True)
class Sent:
    """A message the channel took. `owned`: it belongs to a person (False: nobody, so it is
    deleted once sent)."""

    message_id: int
    provider_id: str | None
    owned: bool


class SendQueue:
    """The outbox as a send queue: what may go now, and what happened when it went."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def take_sendable(
        self,
        channel: str,
        holder: str,
        now: datetime,
        limit: int,
        timeout: timedelta = CLAIM_TIMEOUT,
    ) -> list[OutboxMessage]:
        """Claim messages that may be sent now, oldest first, none behind an earlier one of its
        chat, none another sender took less than `timeout` ago.

        Only the lease holder sends (LeaseRepository); the claims cover a holder that lost its
        lease while slow and may still send what it took.
        """
        o = tables.outbox.c
        b = tables.outbox.alias("blocking").c
        fresh = now - timeout
        # Per chat, the first waiting message that cannot go now; nothing after it may go.
        blocking = (
            select(b.external_id, func.min(b.id).label("first_id"))
            .where(b.channel == channel, b.sent_at.is_(None), b.failed_at.is_(None))
            .where(
                or_(
                    b.held_at.is_not(None),
                    and_(b.not_before.is_not(None), b.not_before > now),
                    and_(b.claimed_by != holder, b.claimed_at > fresh),
                )
            )
            .group_by(b.external_id)
            .subquery("blocking")
        )
        c = tables.outbox.alias("candidate").c  # not correlated with the UPDATE below
        sendable = (
            select(c.id)
            .outerjoin(blocking, blocking.c.external_id == c.external_id)
            .where(c.channel == channel, c.sent_at.is_(None), c.failed_at.is_(None))
            .where(c.held_at.is_(None), c.sending_at.is_(None))
            .where(or_(c.not_before.is_(None), c.not_before <= now))
            .where(or_(c.claimed_by.is_(None), c.claimed_by == holder, c.claimed_at <= fresh))
            .where(or_(blocking.c.first_id.is_(None), c.id < blocking.c.first_id))
            .order_by(c.id)
            .limit(limit)
        )
        # Found and claimed in one statement; the rows are read, not tracked by the session.
        claimed = (
            update(tables.outbox)
            .where(o.id.in_(sendable.scalar_subquery()))
            .values(claimed_by=holder, claimed_at=now)
            .returning(*tables.outbox.c)
        )
        rows = await self._session.execute(claimed)
        return sorted((OutboxMessage(**row._mapping) for row in rows), key=lambda m: m.id or 0)

    async def mark_sent_many(self, sent: list[Sent], now: datetime) -> None:
        """Sent: never again (one executemany). A message for nobody (consent refused) is
        deleted outright."""
        o = tables.outbox.c
        gone = [s.message_id for s in sent if not s.owned]
        if gone:
            await self._session.execute(delete(tables.outbox).where(o.id.in_(gone)))
        kept = [s for s in sent if s.owned]
        if kept:
            await self._session.execute(
                update(tables.outbox)
                .where(o.id == bindparam("message_id"), o.sent_at.is_(None))
                .values(sent_at=now, provider_id=bindparam("provider"), delivery_status="sent"),
                [{"message_id": s.message_id, "provider": s.provider_id} for s in kept],
            )

    async def unclaim(self, channel: str, holder: str) -> None:
        """A sender stops: what it took and did not send is free for the next one at once."""
        o = tables.outbox.c
        await self._session.execute(
            update(tables.outbox)
            .where(o.channel == channel, o.claimed_by == holder, o.sent_at.is_(None))
            .where(o.sending_at.is_(None))
            .values(claimed_by=None, claimed_at=None)
        )

    async def mark_part_sent(self, message_id: int, parts: int) -> None:
        """A split message: how many parts went, so a restart sends only the rest."""
        o = tables.outbox.c
        await self._session.execute(
            update(tables.outbox).where(o.id == message_id).values(parts_sent=parts)
        )

    async def defer(
        self, message_id: int, until: datetime, error: str, *, count: bool = True
    ) -> None:
        """Try again later: a failure (counted towards giving up) or a rate limit (not)."""
        o = tables.outbox.c
        attempts = o.attempts + 1 if count else o.attempts
        await self._session.execute(
            update(tables.outbox)
            .where(o.id == message_id)
            .values(not_before=until, attempts=attempts, last_error=error[:2000], sending_at=None)
        )

    async def mark_sending(self, message_id: int, now: datetime) -> None:
        """An at-most-once message is about to go (see `give_up_unknown`)."""
        o = tables.outbox.c
        await self._session.execute(
            update(tables.outbox).where(o.id == message_id).values(sending_at=now)
        )

    async def give_up_unknown(
        self, channel: str, holder: str, now: datetime, timeout: timedelta = CLAIM_TIMEOUT
    ) -> int:
        """At-most-once messages a dead sender (or this one, before a restart) may or may not
        have sent: never sent again."""
        o = tables.outbox.c
        result = await self._session.execute(
            update(tables.outbox)
            .where(o.channel == channel, o.sending_at.is_not(None))
            .where(o.sent_at.is_(None), o.failed_at.is_(None))
            .where(or_(o.claimed_by == holder, o.claimed_at <= now - timeout))
            .values(failed_at=now, last_error="outcome unknown: at most once, not resent")
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def fail(self, message_ids: Collection[int], now: datetime, error: str) -> None:
        """Give up on messages (the channel refused them for good); kept for the record."""
        o = tables.outbox.c
        await self._session.execute(
            update(tables.outbox)
            .where(o.id.in_(list(message_ids)), o.sent_at.is_(None))
            .values(failed_at=now, last_error=error[:2000], delivery_status="failed")
        )

    async def unsent_ids(self, channel: str, external_id: str) -> list[int]:
        """The ids of everything still waiting for one address."""
        o = tables.outbox.c
        statement = select(o.id).where(
            o.channel == channel,
            o.external_id == external_id,
            o.sent_at.is_(None),
            o.failed_at.is_(None),
        )
        return list((await self._session.scalars(statement)).all())

    async def hold(self, message_ids: Collection[int], now: datetime) -> None:
        """Keep messages until the person writes (WhatsApp's window is closed)."""
        o = tables.outbox.c
        await self._session.execute(
            update(tables.outbox)
            .where(o.id.in_(list(message_ids)))
            .values(held_at=now, sending_at=None)
        )

    async def release(self, channel: str, external_id: str) -> int:
        """The person wrote: their held messages may go; returns how many."""
        o = tables.outbox.c
        result = await self._session.execute(
            update(tables.outbox)
            .where(o.channel == channel, o.external_id == external_id, o.held_at.is_not(None))
            .where(o.sent_at.is_(None))  # held means unsent; lets the index skip the sent
            .values(held_at=None)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def record_status(
        self, channel: str, provider_id: str, status: str, at: datetime, error: str | None
    ) -> bool:
        """A delivery status from the channel; False if no message has that id."""
        o = tables.outbox.c
        values: dict[str, Any] = {"delivery_status": status, "delivery_status_at": at}
        if error is not None:
            values["last_error"] = error[:2000]
        # Statuses can arrive out of order: "delivered" never overwrites "read".
        later = _LATER_STATUSES.get(status, ())
        result = await self._session.execute(
            update(tables.outbox)
            .where(o.channel == channel, o.provider_id == provider_id)
            .where(or_(o.delivery_status.is_(None), o.delivery_status.not_in(later)))
            .values(**values)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def tag(self, message_ids: Collection[int], purpose: str) -> None:
        """Say why messages were queued (the job kind), for the channel's choice of template."""
        if not message_ids:
            return
        o = tables.outbox.c
        await self._session.execute(
            update(tables.outbox).where(o.id.in_(list(message_ids))).values(purpose=purpose)
        )

    async def requeue_outside_window(
        self, channel: str, provider_id: str, now: datetime, error: str
    ) -> bool:
        """A message the channel accepted failed afterwards because the person's window had
        closed by the channel's clock: it is unsent again, in its place (its id) in the chat's
        order, to go once they write. False if it is unknown or already put back (a repeated
        status), so it is never queued twice.

        `now` is on the clock of `last_seen_at` (see `window_closed_since`). If a template
        already asks them back, the message is held with the others; otherwise the sender
        finds the window closed, holds everything and sends the one template.
        """
        o = tables.outbox.c
        found = select(o.id, o.external_id).where(
            o.channel == channel,
            o.provider_id == provider_id,
            o.sent_at.is_not(None),
            o.failed_at.is_(None),
        )
        row = (await self._session.execute(found)).first()
        if row is None:
            return False
        held = select(o.id).where(
            o.channel == channel,
            o.external_id == row.external_id,
            o.held_at.is_not(None),
            o.sent_at.is_(None),
            o.failed_at.is_(None),
        )
        template_out = (await self._session.execute(held.limit(1))).first() is not None
        # Sent still, checked again in the update: a repeated status at the same time waits
        # for this one's row lock (PostgreSQL) and then changes nothing.
        result = await self._session.execute(
            update(tables.outbox)
            .where(o.id == row.id, o.sent_at.is_not(None))
            .values(
                sent_at=None,
                parts_sent=0,  # the earlier parts' ids are not kept: all of it goes again
                held_at=now if template_out else None,
                not_before=None,
                sending_at=None,
                claimed_by=None,
                claimed_at=None,
                delivery_status="failed",
                delivery_status_at=now,
                last_error=error[:2000],
            )
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def window_closed_since(
        self, channel: str, external_id: str, last_seen_at: datetime
    ) -> bool:
        """Whether a message to the address was put back by `requeue_outside_window` at or
        after `last_seen_at`: the channel says their window is closed until they write."""
        o = tables.outbox.c
        statement = select(o.id).where(
            o.channel == channel,
            o.sent_at.is_(None),
            o.external_id == external_id,
            o.failed_at.is_(None),
            o.provider_id.is_not(None),
            o.delivery_status == "failed",
            o.delivery_status_at >= last_seen_at,
        )
        return (await self._session.execute(statement.limit(1))).first() is not None


class LeaseRepository:
    """Named leases: at most one holder at a time, taken over when the holder stops renewing."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def acquire(self, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
        """Take or renew the lease; False while another holder's lease is still valid.

        One statement either way: inserted if nobody ever held it, else taken over only if it
        is ours or has expired (a refused INSERT would cost a savepoint and a server error).
        """
        l_ = tables.leases.c
        statement = dialect_insert(tables.leases, self._session.get_bind().dialect.name).values(
            name=name, holder=holder, expires_at=now + ttl
        )
        statement = statement.on_conflict_do_update(
            index_elements=["name"],
            set_={"holder": statement.excluded.holder, "expires_at": statement.excluded.expires_at},
            where=or_(l_.holder == holder, l_.expires_at < now),
        ).returning(l_.name)
        return (await self._session.execute(statement)).first() is not None

    async def release(self, name: str, holder: str) -> None:
        """Give the lease up (a clean shutdown), so another process need not wait for expiry."""
        l_ = tables.leases.c
        await self._session.execute(
            delete(tables.leases).where(l_.name == name, l_.holder == holder)
        )
