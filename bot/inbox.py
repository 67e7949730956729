"""Stored updates, handled after the webhook has answered: claimed, parsed, given to the engine.

A webhook stores the raw update and answers 200; any process then claims it (the oldest waiting
update of each chat, so one person's updates stay in order), turns it into an event and hands it
to the engine, which deletes the stored row in the same transaction as the change it makes.
A crash before that commit leaves the row, and its claim expires: the update is handled later,
once (the engine's update log drops a repeat).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from doorway.bot.batching import Batcher
from doorway.bot.sending import utc_now
from doorway.dialogs.contract import InboundEvent
from doorway.dialogs.engine import ConversationEngine
from doorway.storage.channel_queues import CLAIM_TIMEOUT, InboxItem, NewUpdate

log = logging.getLogger(__name__)

Parser = Callable[[dict[str, Any]], Awaitable[InboundEvent | None]]
MAX_ATTEMPTS = 5


class InboxProcessor:
    """Handles stored updates of every channel that has a parser."""

    def __init__(
        self,
        engine: ConversationEngine,
        holder: str,
        parsers: dict[str, Parser],
        *,
        handled: Callable[[], None] = lambda: None,
        # Claimed at once and handled in one transaction (engine.handle_batch): 100 took ~5 %
        # less CPU per update than 50 in bench/throughput.py.
        batch: int = 100,
        poll_seconds: float = 0.5,
        claim_timeout: timedelta = CLAIM_TIMEOUT,
        patience: timedelta = timedelta(0),
    ) -> None:
        self._engine = engine
        self._holder = holder
        self._parsers = parsers
        self._handled = handled  # wakes the senders: there is something to send
        self._batch = batch
        self._poll_seconds = poll_seconds
        self._claim_timeout = claim_timeout
        # Running, take only updates that waited this long (a worker: the web process that
        # stored an update handles it at once, in one large batch with its neighbours; a worker
        # claiming the same updates split every batch and cost ~20 % more CPU per update in
        # bench/throughput.py 2+2). What a busy or dead web process leaves is still taken.
        self._patience = patience
        self._wake = asyncio.Event()
        self._stores = Batcher(self._store_batch)

    async def store(
        self, channel: str, update_key: str, chat_key: str, payload: dict[str, Any]
    ) -> bool:
        """Keep an update durably (committed on return); False if it was already waiting.

        Updates arriving together are committed together (group commit, bot/batching.py).
        """
        stored = await self._stores.submit(NewUpdate(channel, update_key, chat_key, payload))
        self._wake.set()
        return stored

    async def _store_batch(self, updates: list[NewUpdate]) -> list[bool]:
        async with self._engine.unit_of_work() as uow:
            stored = await uow.inbox.store_many(updates, utc_now())
            await uow.commit()
        return stored

    def wake(self) -> None:
        """An update was stored by this process: handle it now rather than at the next poll."""
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Handle updates as they come until `stop` is set."""
        while not stop.is_set():
            try:
                await self.drain(self._patience)
            except Exception:  # the database went away for a moment: try again
                log.exception("handling stored updates failed; retrying")
            waiters = [asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stop.wait())]
            await asyncio.wait(waiters, timeout=self._poll_seconds, return_when="FIRST_COMPLETED")
            for waiter in waiters:
                waiter.cancel()
            self._wake.clear()

    async def drain(self, patience: timedelta = timedelta(0)) -> int:
        """Handle every update that can be handled now (and has waited `patience`); returns
        how many were."""
        handled = 0
        while True:
            self._wake.clear()
            now = utc_now()
            stored_before = now - patience if patience else None
            async with self._engine.unit_of_work() as uow:
                items = await uow.inbox.claim(
                    self._holder,
                    now,
                    self._batch,
                    self._claim_timeout,
                    stored_before=stored_before,
                )
                await uow.commit()
            if not items:
                return handled
            handled += await self._handle_together(items)
            self._handled()

    async def _handle_together(self, items: list[InboxItem]) -> int:
        """Handle claimed updates in one transaction (engine.handle_batch); any that cannot go
        in it, or all of them if it fails, one by one. Returns how many were handled."""
        parsing = (self._parse(item) for item in items)
        events = await asyncio.gather(*parsing, return_exceptions=True)
        parsed = [
            (event, item.id)
            for item, event in zip(items, events, strict=True)
            if not isinstance(event, BaseException)
        ]
        left = {item.id for item in items}
        if len(parsed) > 1:
            try:
                left -= {inbox_id for _event, inbox_id in parsed}
                left |= set(await self._engine.handle_batch(parsed))
            except Exception:
                log.warning("a batch of %d updates failed; handling them one by one", len(parsed))
                left = {item.id for item in items}
        handled = len(items) - len(left)
        self._handled()  # the batch's replies may go while the rest is handled
        for item, event in zip(items, events, strict=True):
            # In claim order: a person's later update after their earlier one.
            if item.id in left:
                handled += await self._handle(item, event)
        return handled

    async def _parse(self, item: InboxItem) -> InboundEvent | None:
        parser = self._parsers.get(item.channel)
        return await parser(item.payload) if parser is not None else None

    async def _handle(self, item: InboxItem, event: InboundEvent | BaseException | None) -> bool:
        try:
            if isinstance(event, BaseException):  # the stored update could not be read
                raise event
            if event is None:  # nothing for the engine (an edit, a group message...)
                async with self._engine.unit_of_work() as uow:
                    await uow.inbox.remove(item.id)
                    await uow.commit()
                return True
            await self._engine.handle(event, inbox_id=item.id)
            self._handled()  # its replies may go now, not when the whole batch is done
            return True
        except Exception as error:  # one bad update must not stop the others
            log.exception("update %s:%s failed", item.channel, item.update_key)
            await self._failed(item, error)
            return False

    async def _failed(self, item: InboxItem, error: Exception) -> None:
        now = utc_now()
        attempts = item.attempts + 1
        # Given up after a few tries, so that the person's later messages are not stuck behind.
        retry_at = now + timedelta(seconds=2**attempts) if attempts < MAX_ATTEMPTS else None
        async with self._engine.unit_of_work() as uow:
            await uow.inbox.failed(
                item.id, f"{type(error).__name__}: {error}", now, retry_at=retry_at
            )
            await uow.commit()
