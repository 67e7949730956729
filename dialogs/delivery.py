"""Sends what the outbox holds and records it as sent, so nothing is sent twice."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, Callable

from doorway.dialogs.clock import Clock
from doorway.dialogs.contract import Attachment, Button, OutboundMessage
from doorway.storage.records import OutboxMessage
from doorway.storage.unit_of_work import UnitOfWork

Sender = Callable[[OutboundMessage], Awaitable[None]]


class OutboxDelivery:
    """Delivers a channel's unsent messages in order; each is marked sent right after sending."""

    def __init__(self, unit_of_work: Callable[[], UnitOfWork], clock: Clock) -> None:
        self._unit_of_work = unit_of_work
        self._clock = clock
        self._locks: dict[str, asyncio.Lock] = {}

    async def flush(self, channel: str, send: Sender) -> int:
        """Send every unsent message of the channel; returns how many were sent.

        A crash between sending and marking repeats that one message on restart: outbound
        chat messages are delivered at least once, never silently lost.
        """
        sent = 0
        async with self._locks.setdefault(channel, asyncio.Lock()):
            while True:
                async with self._unit_of_work() as uow:
                    batch = await uow.outbox.unsent(channel)
                if not batch:
                    return sent
                for row in batch:
                    await send(to_message(row))
                    await self._mark_sent(row.id or 0)
                    sent += 1

    async def _mark_sent(self, message_id: int) -> None:
        async with self._unit_of_work() as uow:
            row = await uow.outbox.get(message_id)
            if row is not None and row.person_id is None:
                # Addressed to someone Doorway keeps nothing about (consent refused): once
                # sent, not even the address stays.
                await uow.outbox.remove(row)
            elif row is not None and row.sent_at is None:
                row.sent_at = self._clock.now()
            await uow.commit()


def to_message(row: OutboxMessage) -> OutboundMessage:
    """The channel-facing form of an outbox row."""
    return OutboundMessage(
        channel=row.channel,
        user_id=row.external_id,
        text=row.text,
        buttons=tuple(Button(b["id"], b["label"]) for b in row.buttons),
        attachments=tuple(
            Attachment(a["name"], a["mime"], base64.b64decode(a["data"])) for a in row.attachments
        ),
        outbox_id=row.id,
    )


def stored_attachments(attachments: tuple[Attachment, ...]) -> list[dict[str, str]]:
    """Attachments as the outbox keeps them: small files, base64 in the row itself."""
    return [
        {"name": a.name, "mime": a.mime, "data": base64.b64encode(a.data).decode("ascii")}
        for a in attachments
    ]
