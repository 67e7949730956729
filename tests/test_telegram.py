"""Telegram end to end: webhook and polling against a local fake Bot API server."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from doorway.bootstrap import App
from doorway.bot.runtime import ChannelRuntime
from doorway.bot.telegram import TelegramChannel, keyboard, split_text, update_keys
from doorway.bot.web import SECRET_HEADER, TELEGRAM_PATH
from doorway.dialogs.contract import Button
from doorway.storage import tables
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.flows import LANGUAGE_BUTTONS, onboarding_script
from tests.telegram_support import (
    SECRET,
    USER,
    WebhookClient,
    count_rows,
    post_update,
)


def _update_for(api: FakeTelegramAPI, kind: str, value: str) -> dict[str, Any]:
    if kind == "button":
        return api.callback_update(USER, value)
    return api.text_update(USER, value)


@pytest.mark.parametrize("locale", ["sv", "fi"])
async def test_whole_onboarding_through_the_webhook(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App, locale: str
) -> None:
    assert await post_update(client, fake_api.text_update(USER, "/start")) == 200
    sent = fake_api.sent_messages()
    keyboard_data = [
        b["callback_data"] for row in sent[-1]["reply_markup"]["inline_keyboard"] for b in row
    ]
    assert keyboard_data == LANGUAGE_BUTTONS
    script = onboarding_script(locale, "door_opener")
    for _step, kind, value in script.actions:
        count = len(fake_api.sent_messages())
        assert await post_update(client, _update_for(fake_api, kind, value)) == 200
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
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    assert await post_update(client, fake_api.text_update(USER, "/start"), secret="nope") == 401
    response = await client.post(TELEGRAM_PATH, data=json.dumps(fake_api.text_update(USER, "hi")))
    assert response.status == 401
    assert await count_rows(tg_app, tables.people) == 0
    assert await count_rows(tg_app, tables.inbound_updates) == 0
    assert await count_rows(tg_app, tables.inbox) == 0
    assert fake_api.sent_messages() == []


async def test_malformed_update_is_rejected(client: WebhookClient, tg_app: App) -> None:
    for body in ("not json", json.dumps({"update_id": "x"}), json.dumps([1, 2])):
        response = await client.post(TELEGRAM_PATH, data=body, headers={SECRET_HEADER: SECRET})
        assert response.status == 400, body
    assert await count_rows(tg_app, tables.people) == 0


async def test_retried_update_is_handled_once(
    client: WebhookClient, fake_api: FakeTelegramAPI
) -> None:
    update = fake_api.text_update(USER, "/start")
    assert await post_update(client, update) == 200
    first = len(fake_api.sent_messages())
    assert await post_update(client, update) == 200
    assert len(fake_api.sent_messages()) == first


async def test_sticker_gets_a_polite_answer(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    await post_update(client, fake_api.text_update(USER, "/start"))
    await post_update(client, fake_api.callback_update(USER, "lang:en"))
    await post_update(client, fake_api.callback_update(USER, "role:newcomer"))
    await post_update(client, fake_api.callback_update(USER, "consent:yes"))
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
    assert await post_update(client, sticker) == 200
    texts = [m["text"] for m in fake_api.sent_messages()[-2:]]
    assert texts == [
        tg_app.translator("en", "error-type-text"),
        tg_app.translator("en", "onboarding-ask-name"),
    ]


async def test_forged_callback_changes_nothing(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    await post_update(client, fake_api.text_update(USER, "/start"))
    await post_update(client, fake_api.callback_update(USER, "consent:yes"))  # not offered yet
    assert fake_api.sent_messages()[-2]["text"] == tg_app.translator("en", "error-stale-button")
    async with tg_app.unit_of_work() as uow:
        person = await uow.people.by_address("telegram", str(USER))
    assert person is not None and person.consent_at is None


async def test_long_polling(
    tg_app: App, runtime: ChannelRuntime, fake_api: FakeTelegramAPI
) -> None:
    channel = runtime.channels["telegram"]
    assert isinstance(channel, TelegramChannel)
    stop = asyncio.Event()

    async def store(update: dict[str, Any]) -> None:
        keys = update_keys(update)
        assert keys is not None
        await runtime.inbox.store("telegram", keys[0], keys[1], update)

    polling = asyncio.create_task(channel.poll(store, stop, timeout=1))
    handling = asyncio.create_task(runtime.run(stop))
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
        stop.set()
        await asyncio.wait_for(asyncio.gather(polling, handling), 10)
    # Every polled update was confirmed and handled: nothing waits in the inbox.
    assert await count_rows(tg_app, tables.inbox) == 0
    # No webhook answer to carry it: the press was acknowledged with a call of our own.
    await channel.close()
    assert len(fake_api.calls_to("answerCallbackQuery")) == 1


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


@pytest.mark.parametrize("code", ["nonsense", "x" * 64, "ORG-ÅÄÖ-<b>"])
async def test_a_deep_link_with_a_bad_code_is_answered_politely(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App, code: str
) -> None:
    # What Telegram sends when someone opens t.me/<bot>?start=<code>.
    assert await post_update(client, fake_api.text_update(USER, f"/start {code}")) == 200
    texts = [m["text"] for m in fake_api.sent_messages()]
    assert texts[0] == tg_app.translator("en", "start-bad-code")
    assert texts[1] == tg_app.translator("en", "welcome")
    async with tg_app.unit_of_work() as uow:
        person = await uow.people.by_address("telegram", str(USER))
    assert person is not None and person.invite_id is None and person.organisation_id is None


async def test_a_button_press_is_acknowledged_in_the_webhooks_answer(
    client: WebhookClient, fake_api: FakeTelegramAPI
) -> None:
    await post_update(client, fake_api.text_update(USER, "/start"))
    update = fake_api.callback_update(USER, "lang:en")
    response = await client.http.post(
        TELEGRAM_PATH, data=json.dumps(update), headers={SECRET_HEADER: SECRET}
    )
    assert await response.json() == {
        "method": "answerCallbackQuery",
        "callback_query_id": update["callback_query"]["id"],
    }
    await client.settle()
    # Doorway made no call of its own for it (Telegram runs the one in the answer)...
    assert fake_api.calls_to("answerCallbackQuery") == []
    # ...and the press itself was handled.
    assert fake_api.sent_messages()[-1]["text"] != fake_api.sent_messages()[0]["text"]
