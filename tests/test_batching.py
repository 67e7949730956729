"""Group commit: what arrives together is written together, and a failure reaches every caller."""

from __future__ import annotations

import asyncio

import pytest

from doorway.bootstrap import App
from doorway.bot.batching import Batcher
from doorway.bot.sending import utc_now
from doorway.storage.channel_queues import NewUpdate


async def test_items_given_together_share_a_batch_and_an_idle_item_goes_at_once() -> None:
    batches: list[list[int]] = []

    async def double(items: list[int]) -> list[int]:
        batches.append(items)
        await asyncio.sleep(0.01)  # a transaction's round trips
        return [item * 2 for item in items]

    batcher: Batcher[int, int] = Batcher(double)
    assert await batcher.submit(1) == 2  # alone: written at once, no timer
    results = await asyncio.gather(*(batcher.submit(n) for n in range(10)))
    assert results == [n * 2 for n in range(10)]
    assert batches == [[1], list(range(10))]
    # While one batch is written, what arrives waits for the next one.
    writing = asyncio.ensure_future(batcher.submit(100))
    await asyncio.sleep(0.005)
    later = await asyncio.gather(*(batcher.submit(n) for n in (101, 102)), writing)
    assert later == [202, 204, 200]
    assert batches[2:] == [[100], [101, 102]]


async def test_a_failed_batch_fails_its_callers_and_the_next_batch_still_goes() -> None:
    calls = 0

    async def flaky(items: list[str]) -> list[str]:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0)
        if calls == 1:
            raise RuntimeError("the database went away")
        return items

    batcher: Batcher[str, str] = Batcher(flaky)
    first = [asyncio.ensure_future(batcher.submit(s)) for s in ("a", "b")]
    await asyncio.sleep(0)
    outcomes = await asyncio.gather(*first, return_exceptions=True)
    assert all(isinstance(o, RuntimeError) for o in outcomes)
    assert await batcher.submit("c") == "c"


async def test_a_caller_that_gives_up_does_not_stop_its_batch() -> None:
    written: list[str] = []

    async def slow(items: list[str]) -> list[None]:
        await asyncio.sleep(0.05)
        written.extend(items)
        return [None] * len(items)

    batcher: Batcher[str, None] = Batcher(slow)
    impatient = asyncio.ensure_future(batcher.submit("x"))
    await asyncio.sleep(0.01)
    impatient.cancel()
    await batcher.submit("y")
    assert written == ["x", "y"]  # "x" was written although nobody waited for it


@pytest.mark.parametrize("repeat_in_batch", [False, True])
async def test_storing_updates_in_one_statement_keeps_each_once(
    app: App, repeat_in_batch: bool
) -> None:
    first = NewUpdate("telegram", "1", "chat-1", {"update_id": 1})
    second = NewUpdate("telegram", "2", "chat-2", {"update_id": 2})
    batch = [first, second, first] if repeat_in_batch else [first, second]
    async with app.unit_of_work() as uow:
        stored = await uow.inbox.store_many(batch, utc_now())
        await uow.commit()
    assert stored == ([True, True, False] if repeat_in_batch else [True, True])
    async with app.unit_of_work() as uow:  # the channel retries both
        assert await uow.inbox.store_many([second, first], utc_now()) == [False, False]
        await uow.commit()
        assert await uow.inbox.waiting() == 2
