"""Doorway's aiogram session: JSON bodies for calls without files, aiogram's form for files."""

from __future__ import annotations

import json
import socket

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods import SendDocument, SendMessage
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup

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
