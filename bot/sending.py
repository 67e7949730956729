"""The one sending queue of a channel: the outbox, sent within the channel's rate limits.

One process at a time sends a channel (it holds the channel's lease), so the overall limit holds
however many processes run, and no message is taken by two senders. Each message is marked sent
in its own transaction right after the channel accepted it; a crash in between can repeat that
one message, never lose it. Chats are sent in parallel, each chat's messages in order.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from doorway.bot.batching import Batcher
from doorway.bot.rate_limit import ChannelLimiter, RateLimits
from doorway.dialogs.contract import OutboundMessage
from doorway.dialogs.delivery import to_message
from doorway.storage.channel_queues import CLAIM_TIMEOUT, Sent
from doorway.storage.records import OutboxMessage, Recipient
from doorway.storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

LEASE_TTL = timedelta(seconds=15)
# When a send's outcome is unknown (the process died during the call), these are not sent again:
# a second reminder or broadcast is worse than a missing one. Everything else (replies,
# questions, proposals, survey questions) is sent again: a lost one would leave someone waiting.
AT_MOST_ONCE = frozenset(
    {
        "onboarding_reminder",
        "proposal_reminder",
        "meeting_reminder",
        "event_reminder",
        "survey_reminder",
        "broadcast_send",
    }
)
MAX_ATTEMPTS = 10
BATCH = 500


class RetryAfter(Exception):
    """The channel asked us to slow down (HTTP 429) for `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class Unreachable(Exception):
    """The person cannot be reached on this channel (blocked the bot, deleted the account)."""


class Rejected(Exception):
    """The channel refused this message for good (a bad request); retrying cannot help."""


class OutsideWindow(Exception):
    """WhatsApp: only a template may be sent until the person writes again."""


@dataclass(frozen=True)
class Queued:
    """A message about to be sent, with what a channel needs to decide how to send it."""

    message: OutboundMessage
    purpose: str | None
    parts_sent: int
    locale: str
    last_seen_at: datetime | None


PartSent = Callable[[int], Awaitable[None]]


class ChannelClient(Protocol):
    """What the queue needs from a channel."""

    name: str
    limits: RateLimits

    async def send(self, item: Queued, part_sent: PartSent) -> str | None:
        """Send the message's remaining parts; returns the channel's id for the last part."""
        ...

    async def send_template(self, item: Queued) -> str | None:
        """Send the template that asks the person to come back (WhatsApp only)."""
        ...


def utc_now() -> datetime:
    """Wall-clock time: leases and retries are about real seconds, not the simulated clock."""
    return datetime.now(UTC)


class OutboundSender:
    """Sends one channel's outbox while this process holds the channel's lease."""

    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        client: ChannelClient,
        holder: str,
        *,
        # Calls in flight, over all chats (each chat's go one by one). bench/throughput.py: 32
        # took ~15 % less CPU per update than 8 (fewer idle turns of the loop, larger batches
        # of "sent" marks), far from aiohttp's 100 connections and Telegram's limits.
        concurrency: int = 32,
        poll_seconds: float = 0.2,
        lease_ttl: timedelta = LEASE_TTL,
        claim_timeout: timedelta = CLAIM_TIMEOUT,
    ) -> None:
        self._unit_of_work = unit_of_work
        self.client = client
        self._holder = holder
        self._lease = f"send:{client.name}"
        self._lease_until: datetime | None = None
        self._lease_ttl = lease_ttl
        self._refused_at: datetime | None = None  # when another process last held the lease
        self._claim_timeout = claim_timeout
        self._limiter = ChannelLimiter(client.limits)
        self._concurrency = asyncio.Semaphore(concurrency)
        self._poll_seconds = poll_seconds
        self._wake = asyncio.Event()
        self._marks: Batcher[Sent, None] = Batcher(self._mark_sent)

    def wake(self) -> None:
        """Something was queued in this process: look now rather than at the next poll."""
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Send until `stop` is set; then give the lease back."""
        try:
            while not stop.is_set():
                try:
                    await self.drain()
                except Exception:  # the database went away for a moment: try again
                    log.exception("sending on %s failed; retrying", self.client.name)
                waiters = [asyncio.ensure_future(self._wake.wait())]
                waiters.append(asyncio.ensure_future(stop.wait()))
                await asyncio.wait(
                    waiters, timeout=self._poll_seconds, return_when="FIRST_COMPLETED"
                )
                for waiter in waiters:
                    waiter.cancel()
                self._wake.clear()
        finally:
            await self.release()

    async def drain(self) -> int:
        """Send everything that may go now (if this process holds the lease); returns how many."""
        sent = 0
        while await self._hold_lease():
            async with self._unit_of_work() as uow:
                # Our own sends are all finished here, so any mark left is a dead sender's.
                now = utc_now()
                await uow.send_queue.give_up_unknown(
                    self.client.name, self._holder, now, self._claim_timeout
                )
                batch = await uow.send_queue.take_sendable(
                    self.client.name, self._holder, now, BATCH, self._claim_timeout
                )
                people = await uow.people.recipients(
                    {row.person_id for row in batch if row.person_id is not None}
                )
                await uow.commit()
            if not batch:
                return sent
            chats: dict[str, list[OutboxMessage]] = {}
            for row in batch:
                chats.setdefault(row.external_id, []).append(row)
            counts = await asyncio.gather(
                *(self._send_chat(rows, people) for rows in chats.values())
            )
            sent += sum(counts)
            if sum(counts) == 0:  # every chat in the batch must wait
                return sent
        return sent

    async def release(self) -> None:
        """Give the lease up so that another process takes over without waiting."""
        if self._lease_until is None:
            return
        async with self._unit_of_work() as uow:
            await uow.send_queue.unclaim(self.client.name, self._holder)
            await uow.leases.release(self._lease, self._holder)
            await uow.commit()
        self._lease_until = None

    async def _hold_lease(self) -> bool:
        now = utc_now()
        if self._lease_until is not None and self._lease_until - now > self._lease_ttl / 2:
            return True
        refused_lately = self._refused_at is not None and (
            now - self._refused_at < timedelta(seconds=self._poll_seconds)
        )
        if refused_lately:
            # Another process sends: asking again at every wake-up (each handled batch) would
            # cost a transaction each time; once per poll interval takes over soon enough.
            return False
        async with self._unit_of_work() as uow:
            held = await uow.leases.acquire(self._lease, self._holder, now, self._lease_ttl)
            await uow.commit()
        self._lease_until = now + self._lease_ttl if held else None
        self._refused_at = None if held else now
        return held

    def _lease_valid(self) -> bool:
        # Stop well before expiry: another process may take over right after it.
        margin = min(timedelta(seconds=2), self._lease_ttl / 4)
        return self._lease_until is not None and self._lease_until - utc_now() > margin

    async def _send_chat(self, rows: list[OutboxMessage], people: dict[int, Recipient]) -> int:
        """Send one chat's messages in order; stop at the first that must wait. Returns once
        every "sent" mark is durable: the next batch is taken only then, and it would take an
        unmarked message for a dead sender's."""
        marks: list[asyncio.Task[None]] = []
        try:
            return await self._send_in_order(rows, people, marks)
        finally:
            await asyncio.gather(*marks)

    async def _send_in_order(
        self,
        rows: list[OutboxMessage],
        people: dict[int, Recipient],
        marks: list[asyncio.Task[None]],
    ) -> int:
        sent = 0
        for row in rows:
            person = people.get(row.person_id or 0)
            if not self._lease_valid():
                return sent
            if person is not None and person.unreachable_at is not None:
                await self._fail([row.id or 0], "unreachable: the person blocked the bot")
                continue
            item = Queued(
                to_message(row),
                row.purpose,
                row.parts_sent,
                person.locale if person else "en",
                person.last_seen_at if person else None,
            )
            if not await self._send_one(row, item, person, marks):
                return sent
            sent += 1
        return sent

    async def _send_one(
        self,
        row: OutboxMessage,
        item: Queued,
        person: Recipient | None,
        marks: list[asyncio.Task[None]],
    ) -> bool:
        """Send one message and record the outcome (a success among `marks`, written while
        the chat's next message goes); False if the chat must wait."""
        message_id = row.id or 0

        async def part_sent(parts: int) -> None:
            async with self._unit_of_work() as uow:
                await uow.send_queue.mark_part_sent(message_id, parts)
                await uow.commit()

        await self._limiter.take(row.external_id)
        if row.purpose in AT_MOST_ONCE:
            async with self._unit_of_work() as uow:
                await uow.send_queue.mark_sending(message_id, utc_now())
                await uow.commit()
        try:
            async with self._concurrency:
                provider_id = await self.client.send(item, part_sent)
        except RetryAfter as wait:
            self._limiter.pause(wait.seconds)
            await self._defer(message_id, wait.seconds, str(wait), count=False)
            return False
        except Unreachable as error:
            await self._unreachable(row, person, str(error))
            return False
        except Rejected as error:
            log.error("%s refused message %s: %s", self.client.name, message_id, error)
            await self._fail([message_id], f"rejected: {error}")
            return True
        except OutsideWindow:
            await self._hold_for_window(row, item)
            return False
        except Exception as error:  # the network or the channel's servers: try again later
            log.warning("sending message %s failed: %s", message_id, type(error).__name__)
            if row.attempts + 1 >= MAX_ATTEMPTS:
                await self._fail([message_id], f"gave up: {type(error).__name__}: {error}")
                return True
            await self._defer(message_id, min(2.0 ** (row.attempts + 1), 300), repr(error))
            return False
        # Marks that come together share one transaction (bot/batching.py).
        mark = Sent(message_id, provider_id, owned=row.person_id is not None)
        marks.append(asyncio.create_task(self._marks.submit(mark)))
        return True

    async def _mark_sent(self, sent: list[Sent]) -> list[None]:
        async with self._unit_of_work() as uow:
            await uow.send_queue.mark_sent_many(sent, utc_now())
            await uow.commit()
        return [None] * len(sent)

    async def _defer(self, message_id: int, seconds: float, error: str, count: bool = True) -> None:
        async with self._unit_of_work() as uow:
            until = utc_now() + timedelta(seconds=seconds)
            await uow.send_queue.defer(message_id, until, error, count=count)
            await uow.commit()

    async def _fail(self, message_ids: list[int], error: str) -> None:
        async with self._unit_of_work() as uow:
            await uow.send_queue.fail(message_ids, utc_now(), error)
            await uow.commit()

    async def _unreachable(self, row: OutboxMessage, person: Recipient | None, error: str) -> None:
        """Blocked: nothing more is sent to them and their scheduled work stops."""
        now = utc_now()
        async with self._unit_of_work() as uow:
            waiting = await uow.send_queue.unsent_ids(row.channel, row.external_id)
            await uow.send_queue.fail(waiting, now, f"unreachable: {error}")
            if person is not None:
                stored = await uow.people.get(person.id)
                if stored is not None:
                    stored.unreachable_at = now
                await uow.jobs.cancel_for(person.id, now, "unreachable")
            await uow.commit()
        log.info("%s:%s is unreachable; stopped sending", row.channel, row.external_id)

    async def _hold_for_window(self, row: OutboxMessage, item: Queued) -> None:
        """The window is closed: one template asks them back, the messages wait for the reply."""
        async with self._unit_of_work() as uow:
            waiting = await uow.send_queue.unsent_ids(row.channel, row.external_id)
            await uow.send_queue.hold(waiting, utc_now())
            await uow.commit()
        try:
            await self.client.send_template(item)
        except Exception as error:  # the messages stay held; the next message tries again
            log.warning("template to %s failed: %s", row.channel, type(error).__name__)
            async with self._unit_of_work() as uow:
                await uow.send_queue.release(row.channel, row.external_id)
                await uow.send_queue.defer(
                    row.id or 0, utc_now() + timedelta(seconds=60), repr(error)
                )
                await uow.commit()
