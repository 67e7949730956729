"""Telegram's command menu: set when the channel starts, in every UI language."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from doorway.bootstrap import App, build_app
from doorway.bot.runtime import ChannelRuntime
from doorway.bot.telegram import COORDINATOR_MENU, MENU_COMMANDS
from doorway.dialogs.admin import ADMIN_COMMANDS
from doorway.dialogs.clock import ShiftedClock
from doorway.dialogs.languages import UI_LOCALES
from doorway.settings import Settings
from doorway.storage import migrate
from tests.fakes.telegram_api import Call, FakeTelegramAPI
from tests.telegram_support import USER, telegram_settings

COORDINATOR = 777000111
COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


@pytest.fixture
async def menu_app(settings: Settings, fake_api: FakeTelegramAPI) -> AsyncIterator[App]:
    configured = telegram_settings(
        settings.database_url,
        fake_api.base_url,
        coordinators=f"console:carol,telegram:{COORDINATOR}",
    )
    application = build_app(configured, clock=ShiftedClock(), worker_id="menu-test")
    await migrate.upgrade(application.db)
    try:
        yield application
    finally:
        await application.close()


async def _start_channel(app: App, fake_api: FakeTelegramAPI, calls: int) -> None:
    """Run the channel as `doorway serve` does until `calls` setMyCommands calls were made,
    and check it still answers a person."""
    runtime = ChannelRuntime.from_settings(app)
    stop = asyncio.Event()
    running = asyncio.create_task(runtime.run(stop))
    try:
        for _ in range(200):
            if len(fake_api.calls_to("setMyCommands")) >= calls:
                break
            await asyncio.sleep(0.05)
        update = fake_api.text_update(USER, "/start")
        await runtime.inbox.store("telegram", str(update["update_id"]), str(USER), update)
        runtime.wake_senders()
        assert await fake_api.wait_for_messages(USER, 2, timeout=10)
    finally:
        stop.set()
        await asyncio.wait_for(running, 10)
        await runtime.close()


def _menu(call: Call) -> list[dict[str, Any]]:
    commands = call.params["commands"]
    assert isinstance(commands, list)
    return commands


async def test_the_menu_is_set_in_every_language_and_for_coordinators(
    menu_app: App, fake_api: FakeTelegramAPI
) -> None:
    expected = 2 * (1 + len(UI_LOCALES))  # everyone and the coordinator: default + each
    await _start_channel(menu_app, fake_api, expected)
    calls = fake_api.calls_to("setMyCommands")
    assert len(calls) == expected and all(call.status == 200 for call in calls)
    everyone = [c for c in calls if "scope" not in c.params]
    coordinator = [c for c in calls if "scope" in c.params]
    assert [c.params.get("language_code") for c in everyone] == [None, *UI_LOCALES]
    assert [c.params.get("language_code") for c in coordinator] == [None, *UI_LOCALES]
    translate = menu_app.translator
    for call in calls:
        language = call.params.get("language_code") or "en"
        menu = _menu(call)
        scoped = "scope" in call.params
        names = [command["command"] for command in menu]
        assert names == list(COORDINATOR_MENU if scoped else MENU_COMMANDS)
        assert len(names) <= 100 and len(set(names)) == len(names)
        for command in menu:
            assert COMMAND_NAME.fullmatch(command["command"])
            description = command["description"]
            assert 1 <= len(description) <= 256
            assert description == translate(language, f"command-menu-{command['command']}")
        if scoped:
            assert call.params["scope"] == {"type": "chat", "chat_id": COORDINATOR}
        else:
            assert not set(names) & set(ADMIN_COMMANDS)  # no one else sees them
    by_language = {c.params.get("language_code"): _menu(c) for c in everyone}
    assert by_language[None] == by_language["en"]
    for language in UI_LOCALES:  # each in its own words, not English
        if language != "en":
            assert by_language[language][0]["description"] != by_language["en"][0]["description"]


async def test_a_refused_menu_is_logged_and_start_up_goes_on(
    menu_app: App, fake_api: FakeTelegramAPI, caplog: pytest.LogCaptureFixture
) -> None:
    fake_api.fail_next("setMyCommands", 400, "Bad Request: BOT_COMMAND_INVALID")
    fake_api.fail_next("setMyCommands", 500, "Internal Server Error")
    with caplog.at_level(logging.WARNING, logger="doorway.bot.telegram"):
        await _start_channel(menu_app, fake_api, 2 * (1 + len(UI_LOCALES)))
    statuses = [call.status for call in fake_api.calls_to("setMyCommands")]
    assert statuses[:2] == [400, 500] and set(statuses[2:]) == {200}
    assert sum("setMyCommands" in record.getMessage() for record in caplog.records) == 2
