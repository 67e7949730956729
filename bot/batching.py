"""Group commit: writes that arrive together share one transaction.

Under load, a webhook store or a "sent" mark costs mostly its own transaction (begin, a round
trip per statement, commit). A `Batcher` hands every item given while the previous batch was
being written to one call of its handler, so a hundred concurrent webhooks cost a handful of
transactions. An idle system still writes each item at once: nothing waits for a timer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class Batcher(Generic[Item, Result]):
    """Gathers items and writes them with one `handle(items) -> results` call per batch.

    `handle` returns one result per item, in order; if it raises, every caller of that batch
    gets the exception (nothing of the batch was written: it is one transaction).
    """

    def __init__(
        self, handle: Callable[[list[Item]], Awaitable[Sequence[Result]]], most: int = 200
    ) -> None:
        self._handle = handle
        self._most = most
        self._pending: list[tuple[Item, asyncio.Future[Result]]] = []
        self._writing: asyncio.Task[None] | None = None

    async def submit(self, item: Item) -> Result:
        """Write `item` with whatever else is waiting; its result once the batch is durable."""
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        future.add_done_callback(_retrieve)  # no "exception never retrieved" if abandoned
        self._pending.append((item, future))
        if self._writing is None:
            self._writing = asyncio.create_task(self._write())
        # A caller that gives up (a client hung up) does not take the batch down with it.
        return await asyncio.shield(future)

    async def _write(self) -> None:
        batch: list[tuple[Item, asyncio.Future[Result]]] = []
        try:
            while self._pending:
                batch, self._pending = self._pending[: self._most], self._pending[self._most :]
                try:
                    results = await self._handle([item for item, _ in batch])
                except Exception as error:  # handed to every caller of the batch
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(error)
                    continue
                for (_, future), result in zip(batch, results, strict=True):
                    if not future.done():
                        future.set_result(result)
        finally:
            self._writing = None
            for _, future in batch + self._pending:  # shutting down: nobody is left waiting
                future.cancel()


def _retrieve(future: asyncio.Future[object]) -> None:
    if not future.cancelled():
        future.exception()
