"""The channels of one process: their inbox handling and their senders, run side by side."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta
from typing import Any, Protocol

from doorway.bootstrap import App
from doorway.bot.inbox import InboxProcessor, Parser
from doorway.bot.sending import ChannelClient, OutboundSender
from doorway.dialogs.contract import InboundEvent

log = logging.getLogger(__name__)


class Channel(ChannelClient, Protocol):
    """A channel adapter: parses its stored updates and sends its outbox."""

    async def parse(self, update: dict[str, Any]) -> InboundEvent | None:
        """The event in a stored update, or None."""
        ...

    async def close(self) -> None:
        """Release its HTTP session."""
        ...


class ChannelRuntime:
    """Stored updates in, outbox out, for every configured channel of this deployment."""

    def __init__(
        self, app: App, channels: list[Channel], *, inbox_patience: timedelta = timedelta(0)
    ) -> None:
        self.app = app
        self.channels: dict[str, Channel] = {channel.name: channel for channel in channels}
        settings = app.settings
        lease = timedelta(seconds=settings.send_lease_seconds)
        claims = timedelta(seconds=settings.claim_timeout_seconds)
        self.senders = {
            name: OutboundSender(
                app.unit_of_work, channel, app.worker_id, lease_ttl=lease, claim_timeout=claims
            )
            for name, channel in self.channels.items()
        }
        parsers: dict[str, Parser] = {name: c.parse for name, c in self.channels.items()}
        self.inbox = InboxProcessor(
            app.engine,
            app.worker_id,
            parsers,
            handled=self.wake_senders,
            claim_timeout=claims,
            patience=inbox_patience,
        )

    @classmethod
    def from_settings(cls, app: App, *, inbox_patience: timedelta = timedelta(0)) -> ChannelRuntime:
        """The channels whose settings are present (Telegram with a token, WhatsApp with its).

        `inbox_patience`: how long a stored update waits before this process may handle it
        (a worker's; web and polling processes handle what they store at once)."""
        channels: list[Channel] = []
        if app.settings.telegram_token is not None:
            from doorway.bot.telegram import TelegramChannel

            channels.append(TelegramChannel.from_settings(app))
        if app.settings.whatsapp_configured:
            from doorway.bot.whatsapp import WhatsAppChannel

            channels.append(WhatsAppChannel.from_settings(app))
        return cls(app, channels, inbox_patience=inbox_patience)

    def wake_senders(self) -> None:
        """Messages were queued in this process."""
        for sender in self.senders.values():
            sender.wake()

    async def settle(self) -> int:
        """Handle what is stored, send what may go, until nothing is left (tests, `--once`)."""
        done = 0
        while True:
            progress = await self.inbox.drain()
            for sender in self.senders.values():
                progress += await sender.drain()
            if not progress:
                return done
            done += progress

    async def run(self, stop: asyncio.Event) -> None:
        """Handle and send until `stop` is set."""
        tasks = [asyncio.create_task(self.inbox.run(stop)), asyncio.create_task(self.set_up())]
        tasks += [asyncio.create_task(sender.run(stop)) for sender in self.senders.values()]
        try:
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.gather(*tasks, return_exceptions=True)

    async def set_up(self) -> None:
        """Once at start: what a channel shows people before they write (Telegram's command
        menu). A failure is logged and never stops start-up; nothing waits for it."""
        from doorway.bot.telegram import TelegramChannel, coordinator_chats

        channel = self.channels.get("telegram")
        if not isinstance(channel, TelegramChannel):
            return
        try:
            await channel.set_command_menu(self.app.translator, coordinator_chats(self.app))
        except Exception:
            log.exception("setting Telegram's command menu failed")

    async def close(self) -> None:
        """Give the leases back and close the channels' HTTP sessions."""
        for sender in self.senders.values():
            with contextlib.suppress(Exception):
                await sender.release()
        for channel in self.channels.values():
            await channel.close()
