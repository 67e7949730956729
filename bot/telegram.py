"""Telegram with aiogram 3: thin handlers turn updates into events; the outbox is sent back."""

from __future__ import annotations

import logging

from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramAPIError
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)

from doorway.bootstrap import App
from doorway.dialogs.contract import Button, InboundEvent, OutboundMessage

log = logging.getLogger(__name__)

CHANNEL = "telegram"
MAX_MESSAGE = 4096
SHORT_LABEL = 18  # labels up to this length share a keyboard row


class TelegramChannel:
    """The Telegram side of Doorway: a bot, a dispatcher and the outbox sender."""

    def __init__(self, app: App, bot: Bot) -> None:
        self.app = app
        self.bot = bot
        self.dispatcher = Dispatcher()
        for router in (self._callback_router(), self._message_router()):
            self.dispatcher.include_router(router)

    @classmethod
    def from_settings(cls, app: App) -> TelegramChannel:
        """A channel using the configured token and Bot API server."""
        token, api_base = app.settings.require_telegram()
        session = AiohttpSession(api=TelegramAPIServer.from_base(api_base))
        return cls(app, Bot(token, session=session))

    # -- inbound ------------------------------------------------------------------------------

    def _message_router(self) -> Router:
        router = Router(name="messages")

        @router.message(F.chat.type == "private")
        async def on_message(message: Message, event_update: Update) -> None:
            user = message.from_user
            if user is None:
                return
            await self.handle(
                InboundEvent(
                    CHANNEL,
                    str(user.id),
                    str(event_update.update_id),
                    text=message.text if message.text is not None else None,
                    locale_hint=user.language_code,
                )
            )

        return router

    def _callback_router(self) -> Router:
        router = Router(name="buttons")

        @router.callback_query()
        async def on_button(callback: CallbackQuery, event_update: Update) -> None:
            # Stop the button's spinner first; what the press means is the engine's business.
            try:
                await callback.answer()
            except TelegramAPIError:
                log.warning("could not answer callback query %s", callback.id)
            await self.handle(
                InboundEvent(
                    CHANNEL,
                    str(callback.from_user.id),
                    str(event_update.update_id),
                    button=callback.data or "",
                    locale_hint=callback.from_user.language_code,
                )
            )

        return router

    async def handle(self, event: InboundEvent) -> None:
        """Hand one event to the engine, then send whatever the outbox holds."""
        await self.app.engine.handle(event)
        await self.flush()

    async def feed(self, update: Update) -> None:
        """Process one update (from the webhook or from polling)."""
        await self.dispatcher.feed_update(self.bot, update)

    # -- outbound -----------------------------------------------------------------------------

    async def flush(self) -> int:
        """Send the unsent Telegram messages."""
        return await self.app.delivery.flush(CHANNEL, self.send)

    async def send(self, message: OutboundMessage) -> None:
        """Send one message, split at Telegram's length limit, buttons under the last part."""
        parts = split_text(message.text)
        for number, part in enumerate(parts, start=1):
            markup = keyboard(message.buttons) if number == len(parts) else None
            await self.bot.send_message(
                chat_id=int(message.user_id), text=part, reply_markup=markup, parse_mode=None
            )
        for attachment in message.attachments:
            await self.bot.send_document(
                chat_id=int(message.user_id),
                document=BufferedInputFile(attachment.data, filename=attachment.name),
            )

    async def close(self) -> None:
        """Close the HTTP session."""
        await self.bot.session.close()


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


def split_text(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split text into parts Telegram accepts, at line breaks or spaces where possible."""
    parts: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut <= 0:
            cut = text.rfind(" ", 0, limit)
        if cut <= 0:
            cut = limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    parts.append(text)
    return [part for part in parts if part] or [text]


async def run_polling(app: App) -> int:
    """Long polling: `doorway telegram`."""
    channel = TelegramChannel.from_settings(app)
    app.extras["telegram"] = channel
    try:
        await channel.bot.delete_webhook(drop_pending_updates=False)
        await channel.flush()  # messages left unsent by an earlier run
        # One update at a time keeps each person's messages in order.
        await channel.dispatcher.start_polling(
            channel.bot, handle_as_tasks=False, handle_signals=True, close_bot_session=False
        )
    finally:
        await channel.close()
    return 0
