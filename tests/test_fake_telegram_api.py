"""The fake Bot API server answers as Telegram does, for raw HTTP clients and for aiogram."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNotFound,
    TelegramRetryAfter,
)
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup, Update

from doorway.bot.telegram_session import JsonBodySession
from tests.fakes.telegram_api import FakeTelegramAPI, Upload, parse_html

TOKEN = "123456:TEST-TOKEN"
USER = 777001


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI(token=TOKEN) as fake:
        yield fake


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture(params=["form", "json"])
async def bot(api: FakeTelegramAPI, request: pytest.FixtureRequest) -> AsyncIterator[Bot]:
    """aiogram's own session (urlencoded forms) and Doorway's (JSON bodies), both as clients."""
    server = TelegramAPIServer.from_base(api.base_url)
    session = AiohttpSession(api=server) if request.param == "form" else JsonBodySession(server)
    telegram = Bot(TOKEN, session=session)
    try:
        yield telegram
    finally:
        await telegram.session.close()


async def call(
    http: aiohttp.ClientSession, api: FakeTelegramAPI, method: str, token: str = TOKEN, **kw: Any
) -> tuple[int, dict[str, Any]]:
    """POST to the fake; keyword arguments go to aiohttp (json=, data=, params=)."""
    async with http.post(f"{api.base_url}/bot{token}/{method}", **kw) as response:
        return response.status, await response.json()


def keyboard(*data: str) -> dict[str, Any]:
    return {"inline_keyboard": [[{"text": d[:10] or "x", "callback_data": d} for d in data]]}


# aiogram against the fake


@pytest.mark.asyncio
async def test_aiogram_get_me_and_send_message_with_keyboard(
    bot: Bot, api: FakeTelegramAPI
) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.first_name, me.username) == (
        123456,
        True,
        "Doorway Test",
        "doorway_test_bot",
    )
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Svenska", callback_data="lang:sv")]]
    )
    first = await bot.send_message(USER, "Hej!", reply_markup=markup)
    second = await bot.send_message(USER, "<b>Bold</b> &amp; plain", parse_mode="HTML")
    assert (first.message_id, second.message_id) == (1, 2)
    assert first.chat.id == USER and first.chat.type == "private"
    assert first.reply_markup is not None
    assert first.reply_markup.model_dump(exclude_none=True) == markup.model_dump(exclude_none=True)
    assert second.text == "Bold & plain"  # Telegram returns the text after entity parsing
    sent = api.sent_messages()
    assert sent[0]["chat_id"] == USER and sent[0]["text"] == "Hej!"
    assert sent[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "lang:sv"
    assert [c.method for c in api.calls] == ["getMe", "sendMessage", "sendMessage"]


@pytest.mark.asyncio
async def test_aiogram_too_long_text_is_refused(bot: Bot, api: FakeTelegramAPI) -> None:
    await bot.send_message(USER, "x" * 4096)
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(USER, "x" * 4097)
    # Counted in UTF-16 code units: this emoji is one character but two units.
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(USER, "x" * 4095 + "😀")
    # Counted after HTML parsing: tags and entities do not count.
    await bot.send_message(USER, "<b>" + "&lt;" * 4096 + "</b>", parse_mode="HTML")
    assert [c.status for c in api.calls_to("sendMessage")] == [200, 400, 400, 200]


@pytest.mark.asyncio
async def test_aiogram_long_callback_data_is_refused(bot: Bot, api: FakeTelegramAPI) -> None:
    def markup(data: str) -> InlineKeyboardMarkup:
        button = InlineKeyboardButton(text="Press", callback_data=data)
        return InlineKeyboardMarkup(inline_keyboard=[[button]])

    await bot.send_message(USER, "ok", reply_markup=markup("a" * 64))
    await bot.send_message(USER, "ok", reply_markup=markup("ä" * 32))  # 64 bytes in UTF-8
    for data in ("a" * 65, "ä" * 33):
        with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
            await bot.send_message(USER, "too long", reply_markup=markup(data))
    assert len(api.sent_messages()) == 2


@pytest.mark.asyncio
async def test_aiogram_bad_html_is_refused(bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="can't parse entities: Unsupported start tag"):
        await bot.send_message(USER, "line<br>break", parse_mode="HTML")


@pytest.mark.asyncio
async def test_aiogram_long_polling_gets_a_pushed_update(bot: Bot, api: FakeTelegramAPI) -> None:
    started = time.monotonic()
    polling = asyncio.create_task(bot.get_updates(offset=0, timeout=10))
    await asyncio.sleep(0.2)
    assert not polling.done()
    pushed = api.push_update(api.text_update(USER, "/start"))
    updates = await asyncio.wait_for(polling, 5)
    assert time.monotonic() - started < 3  # woken by the push, not by the timeout
    assert [u.update_id for u in updates] == [pushed["update_id"]]
    assert updates[0].message is not None and updates[0].message.text == "/start"
    # Confirming with a higher offset forgets it.
    assert await bot.get_updates(offset=pushed["update_id"] + 1, timeout=0) == []


@pytest.mark.asyncio
async def test_aiogram_sees_injected_faults(bot: Bot, api: FakeTelegramAPI) -> None:
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7)
    api.fail_next("sendmessage", 403)
    with pytest.raises(TelegramRetryAfter) as retry:
        await bot.send_message(USER, "one")
    assert retry.value.retry_after == 7
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(USER, "two")
    await bot.send_message(USER, "three")
    assert [c.status for c in api.calls_to("sendMessage")] == [429, 403, 200]
    assert [m["text"] for m in api.sent_messages()] == ["three"]


@pytest.mark.asyncio
async def test_aiogram_document_edits_and_true_methods(bot: Bot, api: FakeTelegramAPI) -> None:
    document = BufferedInputFile(b"a,b\n1,2\n", filename="export.csv")
    sent = await bot.send_document(USER, document, caption="Your data")
    assert sent.document is not None and sent.document.file_name == "export.csv"
    assert sent.document.file_size == 8 and sent.caption == "Your data"
    upload = api.calls_to("sendDocument")[0].params["document"]
    assert isinstance(upload, Upload) and upload.data == b"a,b\n1,2\n"

    message = await bot.send_message(
        USER,
        "Pick",
        reply_markup=InlineKeyboardMarkup(
            inline_keyboard=[[InlineKeyboardButton(text="A", callback_data="a")]]
        ),
    )
    edited = await bot.edit_message_text("Picked A", chat_id=USER, message_id=message.message_id)
    assert not isinstance(edited, bool)
    assert edited.text == "Picked A" and edited.reply_markup is None
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text("Picked A", chat_id=USER, message_id=message.message_id)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_reply_markup(chat_id=USER, message_id=999)

    assert await bot.send_chat_action(USER, "typing") is True
    assert await bot.answer_callback_query("4000000001") is True
    assert await bot.delete_my_commands() is True
    assert await bot.set_webhook("https://example.org/hook", secret_token="s3cret") is True
    info = await bot.get_webhook_info()
    assert info.url == "https://example.org/hook" and info.pending_update_count == 0
    assert await bot.delete_webhook() is True


# Raw HTTP: routing and transports


@pytest.mark.asyncio
async def test_wrong_token_and_unknown_method(
    api: FakeTelegramAPI, http: aiohttp.ClientSession
) -> None:
    assert await call(http, api, "getMe", token="123456:WRONG") == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    assert await call(http, api, "sendTelepathy", json={"chat_id": USER}) == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found"},
    )
    status, body = await call(http, api, "GETME")  # method names are case-insensitive
    assert status == 200 and body["result"]["username"] == "doorway_test_bot"
    async with http.get(f"{api.base_url}/elsewhere") as response:
        assert response.status == 404
    assert [(c.method, c.status) for c in api.calls] == [
        ("getMe", 401),
        ("sendTelepathy", 404),
        ("getMe", 200),
    ]


@pytest.mark.asyncio
async def test_aiogram_unknown_method_is_not_found(bot: Bot, api: FakeTelegramAPI) -> None:
    from aiogram.methods import GetMe

    class Telepathy(GetMe):
        __api_method__ = "sendTelepathy"

    with pytest.raises(TelegramNotFound):
        await bot(Telepathy())


@pytest.mark.asyncio
@pytest.mark.parametrize("transport", ["json", "urlencoded", "multipart", "query"])
async def test_every_transport_gives_the_same_decoded_params(
    api: FakeTelegramAPI, http: aiohttp.ClientSession, transport: str
) -> None:
    markup = keyboard("lang:sv")
    values = {"chat_id": USER, "text": "Hej", "disable_notification": True, "reply_markup": markup}
    as_strings = {k: v if isinstance(v, str) else json.dumps(v) for k, v in values.items()}
    if transport == "json":
        kwargs: dict[str, Any] = {"json": values}
    elif transport == "urlencoded":
        kwargs = {"data": as_strings}
    elif transport == "multipart":
        form = aiohttp.FormData(quote_fields=False)
        for key, value in as_strings.items():
            form.add_field(key, value)
        form.add_field("ignored", b"force multipart", filename="x.bin")
        kwargs = {"data": form}
    else:
        kwargs = {"params": as_strings}
    status, body = await call(http, api, "sendMessage", **kwargs)
    assert status == 200, body
    assert body["result"]["reply_markup"] == markup
    params = api.sent_messages()[0]
    assert {k: params[k] for k in values} == values


@pytest.mark.asyncio
async def test_missing_required_fields(api: FakeTelegramAPI, http: aiohttp.ClientSession) -> None:
    cases = {
        ("sendMessage", "text"): "Bad Request: chat_id is empty",
        ("sendMessage", "chat_id"): "Bad Request: message text is empty",
        ("sendChatAction", "chat_id"): 'Bad Request: parameter "action" is required',
        ("answerCallbackQuery", "text"): 'Bad Request: parameter "callback_query_id" is required',
    }
    for (method, present), description in cases.items():
        status, body = await call(http, api, method, json={present: "123"})
        assert (status, body["description"]) == (400, description), method


@pytest.mark.asyncio
async def test_text_and_keyboard_checks(api: FakeTelegramAPI, http: aiohttp.ClientSession) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"text": ""}, "Bad Request: message text is empty"),
        ({"text": "  \n "}, "Bad Request: message text is empty"),
        ({"text": "<b></b>", "parse_mode": "HTML"}, "Bad Request: message text is empty"),
        ({"text": "hi", "parse_mode": "Fancy"}, "Bad Request: unsupported parse_mode"),
        ({"text": "hi", "reply_markup": "{oops"}, "Bad Request: can't parse reply_markup JSON"),
        ({"text": "hi", "chat_id": "not-a-chat"}, "Bad Request: chat not found"),
        (
            {"text": "hi", "reply_markup": {"inline_keyboard": [[{"text": "no action"}]]}},
            "Text buttons are unallowed in the inline keyboard",
        ),
    ]
    for fields, expected in cases:
        payload = {"chat_id": USER} | fields
        if isinstance(payload.get("reply_markup"), dict):
            payload["reply_markup"] = json.dumps(payload["reply_markup"])
        status, body = await call(http, api, "sendMessage", data=payload)
        assert status == 400 and expected in body["description"], (fields, body)
    status, body = await call(
        http, api, "answerCallbackQuery", json={"callback_query_id": "1", "text": "x" * 201}
    )
    assert (status, body["description"]) == (400, "Bad Request: text is too long")
    assert api.sent_messages() == []


@pytest.mark.parametrize(
    ("html", "plain"),
    [
        ("plain > text", "plain > text"),
        ("<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins>", "bsieun"),
        ("<s>s</s><strike>k</strike><del>d</del><tg-spoiler>t</tg-spoiler>", "skdt"),
        ('<span class="tg-spoiler">x</span><a href="https://a.b/?q=1&amp;r=2">link</a>', "xlink"),
        ('<pre><code class="language-python">1 &lt; 2</code></pre>', "1 < 2"),
        ("<blockquote expandable>quote</blockquote><code>c</code>", "quotec"),
        ('<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', "👍"),
        ("<B>upper</B> &quot;q&quot; &#65;&#x42; &gt;", 'upper "q" AB >'),
    ],
)
def test_html_that_telegram_accepts(html: str, plain: str) -> None:
    assert parse_html(html) == plain


@pytest.mark.parametrize(
    ("html", "error"),
    [
        ("a <br> b", 'Unsupported start tag "br" at byte offset 2'),
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("1 < 2 > 0", 'Unsupported start tag "" at byte offset 2'),
        ("1 < 2", "Unclosed start tag at byte offset 2"),
        ("ä <b", "Unclosed start tag at byte offset 3"),
        ("Fish & chips", 'Character "&" at byte offset 5 must be escaped'),
        ("&nbsp;", 'Character "&" at byte offset 0'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
        ("<tg-emoji>x</tg-emoji>", 'Tag "tg-emoji" must have attribute "emoji-id"'),
    ],
)
def test_html_that_telegram_refuses(html: str, error: str) -> None:
    with pytest.raises(ValueError, match="^" + error.replace("(", r"\(")):
        parse_html(html)


@pytest.mark.asyncio
async def test_bad_html_over_http(api: FakeTelegramAPI, http: aiohttp.ClientSession) -> None:
    payload = {"chat_id": USER, "text": "<b>open", "parse_mode": "HTML"}
    status, body = await call(http, api, "sendMessage", json=payload)
    assert status == 400
    assert body["description"].startswith("Bad Request: can't parse entities: Can't find end tag")
    # The same text is fine without parse_mode.
    status, _ = await call(http, api, "sendMessage", json=payload | {"parse_mode": ""})
    assert status == 200


# Updates


async def api_send(api: FakeTelegramAPI, text: str) -> dict[str, Any]:
    async with aiohttp.ClientSession() as http:
        status, body = await call(http, api, "sendMessage", json={"chat_id": USER, "text": text})
    assert status == 200
    result: dict[str, Any] = body["result"]
    return result


@pytest.mark.asyncio
async def test_get_updates_offsets_limit_and_timeout(
    api: FakeTelegramAPI, http: aiohttp.ClientSession
) -> None:
    started = time.monotonic()
    assert await call(http, api, "getUpdates", json={"timeout": 1}) == (
        200,
        {"ok": True, "result": []},
    )
    assert 0.9 < time.monotonic() - started < 3
    ids = [api.push_update(api.text_update(USER, f"m{n}"))["update_id"] for n in range(3)]
    assert ids == sorted(ids) and len(set(ids)) == 3
    _, body = await call(http, api, "getUpdates", json={"limit": 2})
    assert [u["update_id"] for u in body["result"]] == ids[:2]
    _, body = await call(http, api, "getUpdates", json={"offset": ids[1]})
    assert [u["update_id"] for u in body["result"]] == ids[1:]
    _, body = await call(http, api, "getUpdates", data={"offset": str(ids[2] + 1)})
    assert body["result"] == []
    # An update with an id below the confirmed ones gets a fresh, higher one.
    stale = api.push_update({"update_id": 1, "message": api.text_update(USER, "x")["message"]})
    assert stale["update_id"] > ids[2]


@pytest.mark.asyncio
async def test_get_updates_conflicts_with_a_webhook(
    api: FakeTelegramAPI, http: aiohttp.ClientSession
) -> None:
    status, body = await call(http, api, "setWebhook", json={"url": "http://plain.example"})
    assert status == 400 and "HTTPS URL must be provided" in body["description"]
    await call(http, api, "setWebhook", json={"url": "https://hook.example/tg"})
    status, body = await call(http, api, "getUpdates")
    assert status == 409 and body["description"].startswith("Conflict: can't use getUpdates")


@pytest.mark.asyncio
async def test_builders_make_valid_updates_without_queueing(api: FakeTelegramAPI) -> None:
    text = api.text_update(USER, "/start now", first_name="Bo", language_code="sv")
    message = Update.model_validate(text).message
    assert message is not None and message.from_user is not None
    assert (message.chat.id, message.chat.type, message.from_user.language_code) == (
        USER,
        "private",
        "sv",
    )
    assert message.entities is not None and message.entities[0].type == "bot_command"
    assert message.entities[0].length == len("/start")

    invented = Update.model_validate(api.callback_update(USER, "lang:sv")).callback_query
    assert invented is not None and invented.data == "lang:sv" and invented.message is not None

    sent = await api_send(api, "Choose")
    press = Update.model_validate(api.callback_update(USER, "role:newcomer")).callback_query
    assert press is not None and press.message is not None
    assert press.message.message_id == sent["message_id"]
    assert press.from_user.first_name == "Bo"
    older = api.callback_update(USER, "x", message_id=invented.message.message_id)
    assert older["callback_query"]["message"]["message_id"] == invented.message.message_id
    assert text["update_id"] < older["update_id"]
    assert api.calls_to("getUpdates") == [] and api.sent_messages() == [
        {"chat_id": USER, "text": "Choose"}
    ]


@pytest.mark.asyncio
async def test_wait_for_messages(api: FakeTelegramAPI) -> None:
    async def later() -> None:
        await asyncio.sleep(0.1)
        await api_send(api, "one")
        await api_send(api, "two")

    task = asyncio.create_task(later())
    messages = await api.wait_for_messages(USER, 2, timeout=5)
    await task
    assert [m["text"] for m in messages] == ["one", "two"]
    with pytest.raises(AssertionError, match=r"expected 3 messages .* got \['one', 'two'\]"):
        await api.wait_for_messages(USER, 3, timeout=0.2)


@pytest.mark.asyncio
async def test_stop_ends_an_open_long_poll(http: aiohttp.ClientSession) -> None:
    api = FakeTelegramAPI(token=TOKEN)
    await api.start()
    poll = asyncio.create_task(call(http, api, "getUpdates", json={"timeout": 30}))
    await asyncio.sleep(0.2)
    started = time.monotonic()
    await api.stop()
    done, _ = await asyncio.wait({poll}, timeout=3)
    assert done and time.monotonic() - started < 3
    if poll.exception() is None:  # it answered before the server went away
        assert poll.result() == (200, {"ok": True, "result": []})
