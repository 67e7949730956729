"""A flood from one person is answered once and otherwise not acted on; then it passes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from doorway.bootstrap import App, build_app
from doorway.dialogs.clock import ShiftedClock
from doorway.settings import Settings
from doorway.storage import migrate
from tests.harness import ChatHarness

LIMIT = 12


@pytest.fixture
async def limited(settings: Settings) -> AsyncIterator[tuple[ChatHarness, App]]:
    """An app with a low flood limit, so the test need not send hundreds of messages."""
    limited_settings = settings.model_copy(update={"flood_max_per_minute": LIMIT})
    application = build_app(limited_settings, clock=ShiftedClock(), worker_id="flood")
    await migrate.upgrade(application.db)
    try:
        yield ChatHarness(application), application
    finally:
        await application.close()


async def test_a_flood_is_answered_once_then_ignored_until_the_minute_is_over(
    limited: tuple[ChatHarness, App],
) -> None:
    chat, app = limited
    await chat.send("flo", "/start")
    question = chat.delivered[-1]
    limit = app.settings.flood_max_per_minute
    for _ in range(limit):  # /start registered them; these are the first `limit` updates
        await chat.send("flo", "")  # each is a complaint and the question again
    before = await chat.conversation("flo")
    assert before is not None
    offered = list(before.offered)
    replies = await chat.send("flo", "hello")
    warnings = {app.translator("en", "error-slow-down", seconds=n) for n in range(50, 61)}
    assert len(replies) == 1 and replies[0].text in warnings
    for _ in range(5):
        assert await chat.send("flo", "hello again") == []
    assert await chat.send("flo", button=offered[0]) == []  # not acted on, still valid after
    after = await chat.conversation("flo")
    assert after is not None and after.step == before.step and after.offered == offered
    clock = app.clock
    assert isinstance(clock, ShiftedClock)
    clock.advance(timedelta(seconds=61))
    replies = await chat.send("flo", button=offered[0])  # the language button, now taken
    assert replies and replies[-1].text != question.text
    person = await chat.person("flo")
    assert person is not None and person.locale == offered[0].removeprefix("lang:")


async def test_coordinators_are_not_limited(limited: tuple[ChatHarness, App]) -> None:
    chat, app = limited
    await chat.send("carol", "/start")
    for _ in range(app.settings.flood_max_per_minute + 5):
        assert await chat.send("carol", "/help")
