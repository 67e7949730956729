"""Telegram end to end: webhook and polling against a local fake Bot API server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func, select

from doorway.bootstrap import App, build_app
from doorway.bot.telegram import TelegramChannel, keyboard, split_text
from doorway.bot.web import SECRET_HEADER, TELEGRAM_PATH, make_web_app
from doorway.dialogs.clock import ShiftedClock
from doorway.dialogs.contract import Button
from doorway.settings import Settings
from doorway.storage import migrate, tables
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.flows import onboarding_script

TOKEN = "123456:TEST-TOKEN"
SECRET = "webhook-secret"
USER = 777001


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI(token=TOKEN) as api:
        yield api


@pytest.fixture
async def tg_app(settings: Settings, fake_api: FakeTelegramAPI) -> AsyncIterator[App]:
    configured = Settings(
        database_url=settings.database_url,
        telegram_token=TOKEN,
        telegram_api_base=fake_api.base_url,
        webhook_secret=SECRET,
        _env_file=None,  # type: ignore[call-arg]
    )
    application = build_app(configured, clock=ShiftedClock(), worker_id="tg-test")
    await migrate.upgrade(application.db)
    try:
        yield application
    finally:
        await application.close()


@pytest.fixture
async def channel(tg_app: App) -> AsyncIterator[TelegramChannel]:
    telegram = TelegramChannel.from_settings(tg_app)
    try:
        yield telegram
    finally:
        await telegram.close()


@pytest.fixture
async def client(tg_app: App, channel: TelegramChannel) -> AsyncIterator[TestClient[Any, Any]]:
    async with TestClient(TestServer(make_web_app(tg_app, channel))) as test_client:
        yield test_client


async def _post(client: TestClient[Any, Any], update: dict[str, Any], secret: str = SECRET) -> int:
    response = await client.post(
        TELEGRAM_PATH, data=json.dumps(update), headers={SECRET_HEADER: secret}
    )
    return response.status


def _update_for(api: FakeTelegramAPI, kind: str, value: str) -> dict[str, Any]:
    if kind == "button":
        return api.callback_update(USER, value)
    return api.text_update(USER, value)


async def _count(app: App, table: Any) -> int:
    async with app.unit_of_work() as uow:
        return int(
            (await uow.session.execute(select(func.count()).select_from(table))).scalar_one()
        )


@pytest.mark.parametrize("locale", ["sv", "fi"])
async def test_whole_onboarding_through_the_webhook(
    client: TestClient[Any, Any], fake_api: FakeTelegramAPI, tg_app: App, locale: str
) -> None:
    assert await _post(client, fake_api.text_update(USER, "/start")) == 200
    sent = fake_api.sent_messages()
    keyboard_data = [
        b["callback_data"] for row in sent[-1]["reply_markup"]["inline_keyboard"] for b in row
    ]
    assert keyboard_data == ["lang:sv", "lang:fi", "lang:en"]
    script = onboarding_script(locale, "door_opener")
    for _step, kind, value in script.actions:
        count = len(fake_api.sent_messages())
        assert await _post(client, _update_for(fake_api, kind, value)) == 200
        assert len(fake_api.sent_messages()) > count
    async with tg_app.unit_of_work() as uow:
        person = await uow.people.by_address("telegram", str(USER))
    assert person is not None
    for field, value in script.expected.items():
        assert getattr(person, field) == value, field
    last = fake_api.sent_messages()[-1]
    assert last["text"] == tg_app.translator(locale, "onboarding-done", role="door_opener")
    assert int(last["chat_id"]) == USER
    # Every button press was acknowledged, so Telegram stops the spinner.
    assert len(fake_api.calls_to("answerCallbackQuery")) == sum(
        1 for _s, kind, _v in script.actions if kind == "button"
    )


async def test_wrong_secret_is_refused_and_nothing_stored(
    client: TestClient[Any, Any], fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    assert await _post(client, fake_api.text_update(USER, "/start"), secret="nope") == 401
    response = await client.post(TELEGRAM_PATH, data=json.dumps(fake_api.text_update(USER, "hi")))
    assert response.status == 401
    assert await _count(tg_app, tables.people) == 0
    assert await _count(tg_app, tables.inbound_updates) == 0
    assert fake_api.sent_messages() == []


async def test_malformed_update_is_rejected(client: TestClient[Any, Any], tg_app: App) -> None:
    for body in ("not json", json.dumps({"update_id": "x"}), json.dumps([1, 2])):
        response = await client.post(TELEGRAM_PATH, data=body, headers={SECRET_HEADER: SECRET})
        assert response.status == 400, body
    assert await _count(tg_app, tables.people) == 0


async def test_retried_update_is_handled_once(
    client: TestClient[Any, Any], fake_api: FakeTelegramAPI
) -> None:
    update = fake_api.text_update(USER, "/start")
    assert await _post(client, update) == 200
    first = len(fake_api.sent_messages())
    assert await _post(client, update) == 200
    assert len(fake_api.sent_messages()) == first


async def test_sticker_gets_a_polite_answer(
    client: TestClient[Any, Any], fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    await _post(client, fake_api.text_update(USER, "/start"))
    await _post(client, fake_api.callback_update(USER, "lang:en"))
    await _post(client, fake_api.callback_update(USER, "role:newcomer"))
    await _post(client, fake_api.callback_update(USER, "consent:yes"))
    sticker = fake_api.text_update(USER, "x")
    message = sticker["message"]
    del message["text"]
    message["sticker"] = {
        "file_id": "s1",
        "file_unique_id": "u1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    assert await _post(client, sticker) == 200
    texts = [m["text"] for m in fake_api.sent_messages()[-2:]]
    assert texts == [
        tg_app.translator("en", "error-type-text"),
        tg_app.translator("en", "onboarding-ask-name"),
    ]


async def test_forged_callback_changes_nothing(
    client: TestClient[Any, Any], fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    await _post(client, fake_api.text_update(USER, "/start"))
    await _post(client, fake_api.callback_update(USER, "consent:yes"))  # not offered yet
    assert fake_api.sent_messages()[-2]["text"] == tg_app.translator("en", "error-stale-button")
    async with tg_app.unit_of_work() as uow:
        person = await uow.people.by_address("telegram", str(USER))
    assert person is not None and person.consent_at is None


async def test_long_polling(channel: TelegramChannel, fake_api: FakeTelegramAPI) -> None:
    polling = asyncio.create_task(
        channel.dispatcher.start_polling(
            channel.bot,
            handle_as_tasks=False,
            handle_signals=False,
            close_bot_session=False,
            polling_timeout=1,
        )
    )
    try:
        fake_api.push_update(fake_api.text_update(USER, "/start"))
        messages = await fake_api.wait_for_messages(USER, 2, timeout=10)
        assert messages[-1]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "lang:sv"
        fake_api.push_update(fake_api.callback_update(USER, "lang:sv"))
        messages = await fake_api.wait_for_messages(USER, 3, timeout=10)
        assert [
            b["callback_data"]
            for row in messages[-1]["reply_markup"]["inline_keyboard"]
            for b in row
        ] == [
            "role:newcomer",
            "role:door_opener",
        ]
    finally:
        await channel.dispatcher.stop_polling()
        await asyncio.wait_for(polling, 10)


def test_keyboard_layout_and_split() -> None:
    markup = keyboard(
        (
            Button("a", "A"),
            Button("b", "B"),
            Button("c", "C"),
            Button("d", "D"),
            Button("long", "A rather long button label"),
        )
    )
    assert markup is not None
    assert [[b.callback_data for b in row] for row in markup.inline_keyboard] == [
        ["a", "b", "c"],
        ["d"],
        ["long"],
    ]
    assert keyboard(()) is None
    parts = split_text("word " * 2000, limit=4096)
    assert all(0 < len(p) <= 4096 for p in parts) and len(parts) == 3
    assert " ".join(parts).split() == ["word"] * 2000
