"""The worker process: runs due jobs and sends what they queued, on every configured channel."""

from __future__ import annotations

import asyncio
import logging

from doorway.bootstrap import App
from doorway.dialogs.delivery import Sender

log = logging.getLogger(__name__)


async def channel_senders(app: App) -> dict[str, Sender]:
    """The senders of the channels this deployment has (Telegram when a token is set)."""
    senders: dict[str, Sender] = {}
    if app.settings.telegram_token is not None:
        from doorway.bot.telegram import TelegramChannel

        channel = TelegramChannel.from_settings(app)
        app.extras["telegram"] = channel
        senders["telegram"] = channel.send
    return senders


async def run_worker(app: App, *, once: bool = False) -> int:
    """Run jobs as they fall due; `once` runs what is due now and returns."""
    senders = await channel_senders(app)
    try:
        while True:
            await app.jobs.run_due()
            for name, send in senders.items():
                await app.delivery.flush(name, send)
            if once:
                return 0
            await asyncio.sleep(app.settings.worker_poll_seconds)
    finally:
        telegram = app.extras.get("telegram")
        if telegram is not None:
            await telegram.close()  # type: ignore[attr-defined]
