"""Doorway's aiogram session: JSON bodies for calls without files, aiogram's form for files."""

from __future__ import annotations

import functools
import json
import socket
from typing import Any

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
)
from aiogram.methods import SendDocument, SendMessage
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup
from aiohttp import web
from aiohttp.test_utils import TestServer

from doorway.bot.telegram_session import JsonBodySession

TOKEN = "123456:TEST-TOKEN"


def _bot(base: str = "http://127.0.0.1:9") -> Bot:
    return Bot(TOKEN, session=JsonBodySession(TelegramAPIServer.from_base(base)))


async def test_a_message_is_one_json_object_with_nested_objects_and_no_empty_fields() -> None:
    bot = _bot()
    button = InlineKeyboardButton(text="Svenska", callback_data="lang:sv")
    method = SendMessage(
        chat_id=42,
        text="<b>Hej</b>",
        parse_mode="HTML",
        reply_markup=InlineKeyboardMarkup(inline_keyboard=[[button]]),
        disable_notification=False,
    )
    body = bot.session.json_body(bot, method)  # type: ignore[attr-defined]
    assert body is not None
    fields = json.loads(body)
    assert fields == {
        "chat_id": 42,
        "text": "<b>Hej</b>",
        "parse_mode": "HTML",
        "reply_markup": {"inline_keyboard": [[{"text": "Svenska", "callback_data": "lang:sv"}]]},
    }
    await bot.session.close()


async def test_a_call_with_a_file_is_left_to_the_multipart_form() -> None:
    bot = _bot()
    document = BufferedInputFile(b"a,b\n", filename="export.csv")
    method = SendDocument(chat_id=42, document=document)
    assert bot.session.json_body(bot, method) is None  # type: ignore[attr-defined]
    await bot.session.close()


async def test_an_unreachable_server_is_a_network_error() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    bot = _bot(f"http://127.0.0.1:{port}")
    with pytest.raises(TelegramNetworkError, match="ClientConnectorError"):
        await bot.send_message(42, "Hej")
    await bot.session.close()


async def _answering(answers: list[tuple[int, str]]) -> tuple[TestServer, list[dict[str, Any]]]:
    """A Bot API stand-in giving these (status, body) answers in turn; the posted JSON kept."""
    posted: list[dict[str, Any]] = []

    async def answer(request: web.Request) -> web.Response:
        posted.append(await request.json())
        status, body = answers[len(posted) - 1]
        return web.Response(status=status, text=body, content_type="application/json")

    app = web.Application()
    app.router.add_post("/bot{token}/{method}", answer)
    server = TestServer(app)
    await server.start_server()
    return server, posted


def _refusal(code: int, description: str, **more: Any) -> str:
    return json.dumps({"ok": False, "error_code": code, "description": description, **more})


async def test_a_ready_payload_is_posted_as_is_and_its_result_comes_back_as_json() -> None:
    ok = json.dumps({"ok": True, "result": {"message_id": 7, "chat": {"id": 42}}})
    server, posted = await _answering([(200, ok)])
    bot = _bot(str(server.make_url("")).rstrip("/"))
    payload = {"chat_id": 42, "text": "Hej", "parse_mode": "HTML"}
    result = await bot.session.post(bot, SendMessage, payload)  # type: ignore[attr-defined]
    assert result == {"message_id": 7, "chat": {"id": 42}}
    assert posted == [payload]
    await bot.session.close()
    await server.close()


async def test_a_ready_payload_refused_raises_aiograms_own_errors() -> None:
    too_many = "Too Many Requests: retry after 3"
    blocked = "Forbidden: bot was blocked by the user"
    answers = [
        (429, _refusal(429, too_many, parameters={"retry_after": 3})),
        (403, _refusal(403, blocked)),
        (200, "<html>not json</html>"),
    ]
    server, _posted = await _answering(answers)
    bot = _bot(str(server.make_url("")).rstrip("/"))
    payload = {"chat_id": 42, "text": "Hej"}
    post = functools.partial(bot.session.post, bot, SendMessage, payload)  # type: ignore[attr-defined]
    with pytest.raises(TelegramRetryAfter) as waited:
        await post()
    assert waited.value.retry_after == 3
    with pytest.raises(TelegramForbiddenError, match="blocked"):
        await post()
    with pytest.raises(ClientDecodeError):
        await post()
    await bot.session.close()
    await server.close()
