"""Telegram with aiogram 3: updates become events, the outbox goes out through the Bot API.

Updates from the webhook and from polling take the same path: stored in the inbox first, then
parsed here into plain events for the engine. Sending maps the Bot API's answers onto the send
queue's outcomes (429 → wait, 403 → unreachable, 400 → refused for good).
"""

from __future__ import annotations

import asyncio
import functools
import html
import logging
from collections.abc import Iterable
from typing import Any

from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiogram.methods import AnswerCallbackQuery, GetUpdates, SendDocument, SendMessage
from aiogram.methods.base import Response
from aiogram.types import (
    BotCommand,
    BotCommandScopeChat,
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)

from doorway.bootstrap import App
from doorway.bot.rate_limit import RateLimits
from doorway.bot.redaction import redact_secret
from doorway.bot.sending import PartSent, Queued, Rejected, RetryAfter, Unreachable
from doorway.bot.telegram_session import JsonBodySession
from doorway.dialogs.admin import ADMIN_COMMANDS
from doorway.dialogs.contract import Button, InboundEvent
from doorway.dialogs.i18n import Translator
from doorway.dialogs.languages import UI_LOCALES

log = logging.getLogger(__name__)

CHANNEL = "telegram"
MAX_MESSAGE = 4096
SHORT_LABEL = 18  # labels up to this length share a keyboard row
UPDATE_KINDS = ["message", "callback_query"]
# Set in a stored update whose button press the webhook's answer already acknowledged.
SPINNER_ANSWERED = "doorway_spinner_answered"
# aiogram builds `Response[<result type>]` for every answer; pydantic keeps such classes only
# while something refers to them, so without these references each call rebuilt its class.
_RESPONSE_TYPES = tuple(
    Response[method.__returning__]  # type: ignore[name-defined,misc]
    for method in (SendMessage, SendDocument, AnswerCallbackQuery, GetUpdates)
)
# The command menu (setMyCommands), in its order: what participants and door-openers use.
# Coordinators' own chats also list theirs. Descriptions: `command-menu-<name>` in locales/.
MENU_COMMANDS = (
    "start",
    "help",
    "profile",
    "language",
    "meeting",
    "status",
    "pause",
    "resume",
    "cancel",
    "surveys",
    "report",
    "mydata",
    "delete",
    "consent",
)
COORDINATOR_MENU = MENU_COMMANDS + tuple(ADMIN_COMMANDS)
MENU_DEFAULT_LOCALE = "en"  # for people whose Telegram language is none of ours
# A chat that no longer exists for the bot is as unreachable as one that blocked it.
_GONE = ("chat not found", "user is deactivated", "bot was blocked", "bot can't initiate")


class TransientError(Exception):
    """A network or server failure, with the token taken out of the message."""


class TelegramChannel:
    """The Telegram side of Doorway: parses stored updates, sends the outbox."""

    name = CHANNEL

    def __init__(self, bot: Bot, limits: RateLimits) -> None:
        self.bot = bot
        self.limits = limits
        self._token = bot.token
        if not isinstance(bot.session, JsonBodySession):
            raise TypeError("TelegramChannel needs a bot with Doorway's JsonBodySession")
        self._session = bot.session
        self._spinners: set[asyncio.Task[None]] = set()

    @classmethod
    def from_settings(cls, app: App) -> TelegramChannel:
        """A channel using the configured token, Bot API server and rate limits."""
        token, api_base = app.settings.require_telegram()
        redact_secret(token)
        session = JsonBodySession(TelegramAPIServer.from_base(api_base))
        settings = app.settings
        limits = RateLimits(
            settings.telegram_overall_per_second,
            settings.telegram_per_chat_per_second,
            settings.telegram_per_chat_burst,
        )
        return cls(Bot(token, session=session), limits)

    # -- inbound ------------------------------------------------------------------------------

    async def parse(self, update: dict[str, Any]) -> InboundEvent | None:
        """The event in a stored update, or None for updates Doorway does not act on."""
        update_id = str(update.get("update_id"))
        if isinstance(message := update.get("message"), dict):
            sender, chat = message.get("from"), message.get("chat")
            if not isinstance(sender, dict) or not isinstance(chat, dict):
                return None
            if chat.get("type") != "private" or sender.get("is_bot"):
                return None  # Doorway talks to people one to one
            text = message.get("text")
            return InboundEvent(
                CHANNEL,
                str(sender.get("id")),
                update_id,
                text=text if isinstance(text, str) else None,
                locale_hint=_str_or_none(sender.get("language_code")),
            )
        if isinstance(query := update.get("callback_query"), dict):
            sender = query.get("from")
            if not isinstance(sender, dict):
                return None
            if not update.get(SPINNER_ANSWERED):  # polling: nobody has answered it yet
                # Answered beside the handling, not before it: the reply need not wait for it.
                spinner = asyncio.create_task(self._stop_spinner(str(query.get("id", ""))))
                self._spinners.add(spinner)
                spinner.add_done_callback(self._spinners.discard)
            data = query.get("data")
            return InboundEvent(
                CHANNEL,
                str(sender.get("id")),
                update_id,
                button=data if isinstance(data, str) else "",
                locale_hint=_str_or_none(sender.get("language_code")),
            )
        return None

    async def _stop_spinner(self, query_id: str) -> None:
        # Best effort: what the press means is the engine's business, not Telegram's.
        try:
            await self.bot.answer_callback_query(query_id)
        except (TimeoutError, TelegramAPIError, OSError):
            log.warning("could not answer callback query %s", query_id)

    # -- outbound -----------------------------------------------------------------------------

    async def send(self, item: Queued, part_sent: PartSent) -> str | None:
        """Send the message's remaining parts, buttons under the last; HTML-escaped text."""
        message = item.message
        parts = split_text(message.text)
        last_id: str | None = None
        for number, part in enumerate(parts, start=1):
            if number <= item.parts_sent:
                continue  # sent before a restart
            payload: dict[str, Any] = {
                "chat_id": int(message.user_id),
                "text": html.escape(part, quote=False),
                "parse_mode": "HTML",
            }
            if number == len(parts) and (markup := keyboard_json(message.buttons)):
                payload["reply_markup"] = markup
            sent = await self._call(self._session.post(self.bot, SendMessage, payload))
            # Telegram took it (ok: true): never sent again, even were the id missing.
            message_id = sent.get("message_id") if isinstance(sent, dict) else None
            last_id = None if message_id is None else str(message_id)
            if number < len(parts):
                await part_sent(number)
        for attachment in message.attachments:
            await self._call(
                self.bot.send_document(
                    chat_id=int(message.user_id),
                    document=BufferedInputFile(attachment.data, filename=attachment.name),
                )
            )
        return last_id

    async def send_template(self, item: Queued) -> str | None:
        """Telegram has no messaging window, so it never needs a template."""
        raise Rejected("Telegram has no templates")

    async def _call(self, request: Any) -> Any:
        """Await one Bot API call, turning its failures into the send queue's outcomes."""
        try:
            return await request
        except TelegramRetryAfter as error:
            raise RetryAfter(float(error.retry_after)) from None
        except TelegramForbiddenError as error:
            raise Unreachable(error.message) from None
        except TelegramBadRequest as error:
            if any(gone in error.message.lower() for gone in _GONE):
                raise Unreachable(error.message) from None
            raise Rejected(error.message) from None
        except Exception as error:  # network, 5xx, a wrong token: retried later
            raise TransientError(self._clean(f"{type(error).__name__}: {error}")) from None

    async def set_command_menu(self, translator: Translator, coordinators: Iterable[int]) -> int:
        """Telegram's command menu: a default in English and one per UI language, and the
        coordinators' commands in their own chats. A refused call is logged and skipped;
        returns how many calls failed."""
        scopes: list[tuple[BotCommandScopeChat | None, tuple[str, ...]]] = [(None, MENU_COMMANDS)]
        scopes += [(BotCommandScopeChat(chat_id=chat), COORDINATOR_MENU) for chat in coordinators]
        failed = 0
        for scope, names in scopes:
            for language in (None, *UI_LOCALES):
                commands = command_menu(translator, language or MENU_DEFAULT_LOCALE, names)
                try:
                    await self.bot.set_my_commands(commands, scope=scope, language_code=language)
                except Exception as error:  # the menu is a convenience: start-up goes on
                    failed += 1
                    log.warning(
                        "setMyCommands (%s, %s) failed: %s",
                        "coordinator" if scope else "everyone",
                        language or "default",
                        self._clean(f"{type(error).__name__}: {error}"),
                    )
        return failed

    def _clean(self, text: str) -> str:
        return text.replace(self._token, "<redacted>")

    async def close(self) -> None:
        """Close the HTTP session, once the callback answers under way are done."""
        await asyncio.gather(*self._spinners)
        await self.bot.session.close()

    # -- polling ------------------------------------------------------------------------------

    async def poll(self, store: Any, stop: asyncio.Event, timeout: int = 25) -> None:
        """Long polling: each update is stored like a webhook's, then confirmed to Telegram.

        `store(update) -> bool` keeps one update; the next getUpdates offset confirms it.
        """
        await self._call(self.bot.delete_webhook(drop_pending_updates=False))
        offset: int | None = None
        while not stop.is_set():
            try:
                updates = await self.bot.get_updates(
                    offset=offset, timeout=timeout, allowed_updates=UPDATE_KINDS
                )
            except TelegramRetryAfter as error:
                await asyncio.sleep(error.retry_after)
                continue
            except Exception as error:  # the network: wait a little, then ask again
                log.warning("getUpdates failed: %s", self._clean(type(error).__name__))
                await asyncio.sleep(2)
                continue
            for update in updates:
                await store(update.model_dump(mode="json", exclude_none=True, by_alias=True))
                offset = update.update_id + 1


def update_keys(update: dict[str, Any]) -> tuple[str, str] | None:
    """(update key, chat key) of a Bot API update, or None if it is not one."""
    update_id = update.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        return None
    chat = ""
    for kind in UPDATE_KINDS:
        part = update.get(kind)
        if isinstance(part, dict) and isinstance(part.get("from"), dict):
            chat = str(part["from"].get("id", ""))
    return str(update_id), chat


def command_menu(translator: Translator, locale: str, names: Iterable[str]) -> list[BotCommand]:
    """The menu's commands with their descriptions in one locale."""
    return [
        BotCommand(command=name, description=translator(locale, f"command-menu-{name}"))
        for name in names
    ]


def coordinator_chats(app: App) -> list[int]:
    """The Telegram chats of the coordinators in DOORWAY_COORDINATORS (a private chat's id is
    the person's)."""
    return sorted(
        int(address.external_id)
        for address in app.settings.coordinator_addresses
        if address.channel == CHANNEL and address.external_id.lstrip("-").isdigit()
    )


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def keyboard(buttons: tuple[Button, ...]) -> InlineKeyboardMarkup | None:
    """An inline keyboard: short labels share rows of three, long ones get a row each."""
    if not buttons:
        return None
    rows: list[list[InlineKeyboardButton]] = []
    row: list[InlineKeyboardButton] = []
    for button in buttons:
        item = InlineKeyboardButton(text=button.label, callback_data=button.id)
        if len(button.label) > SHORT_LABEL:
            if row:
                rows.append(row)
                row = []
            rows.append([item])
            continue
        row.append(item)
        if len(row) == 3:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return InlineKeyboardMarkup(inline_keyboard=rows)


@functools.lru_cache(maxsize=4096)
def keyboard_json(buttons: tuple[Button, ...]) -> dict[str, Any] | None:
    """`keyboard` as the JSON object sendMessage takes.

    Remembered: the same few keyboards go out thousands of times (each step's choices in
    each language); the object is only read (serialised), never modified.
    """
    markup = keyboard(buttons)
    return None if markup is None else markup.model_dump(exclude_none=True)


def _utf16_fit(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 units (Telegram's measure)."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return index
    return len(text)


def split_text(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split text into parts Telegram accepts, at line breaks or spaces where possible."""
    if len(text) * 2 <= limit:  # the common case: fits even if every character took two units
        return [text]
    parts: list[str] = []
    while (end := _utf16_fit(text, limit)) < len(text):
        cut = text.rfind("\n", 0, end)
        if cut <= 0:
            cut = text.rfind(" ", 0, end)
        if cut <= 0:
            cut = end
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    parts.append(text)
    return [part for part in parts if part] or [text]


async def run_polling(app: App) -> int:
    """Long polling (`doorway telegram`): the same store-then-handle path as the webhook."""
    from doorway.bot.runtime import ChannelRuntime

    channel = TelegramChannel.from_settings(app)
    runtime = ChannelRuntime(app, [channel])
    stop = asyncio.Event()

    async def store(update: dict[str, Any]) -> None:
        keys = update_keys(update)
        if keys is not None:
            await runtime.inbox.store(CHANNEL, keys[0], keys[1], update)

    handling = asyncio.create_task(runtime.run(stop))
    try:
        await channel.poll(store, stop)
    finally:
        stop.set()
        await handling
        await runtime.close()
    return 0
