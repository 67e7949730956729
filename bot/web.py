"""The web process (`doorway serve`): Telegram's webhook and a health check, on aiohttp."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging

from aiogram.types import Update
from aiohttp import web
from pydantic import ValidationError

from doorway.bootstrap import App
from doorway.bot.telegram import TelegramChannel
from doorway.settings import ConfigError

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
TELEGRAM_PATH = "/telegram/webhook"
CHANNEL_KEY = web.AppKey("telegram", TelegramChannel)
SECRET_KEY = web.AppKey("secret", str)


def make_web_app(app: App, channel: TelegramChannel) -> web.Application:
    """The aiohttp application with the webhook route."""
    secret = app.settings.webhook_secret
    if secret is None or not secret.get_secret_value():
        raise ConfigError("DOORWAY_WEBHOOK_SECRET is missing: the webhook needs a secret token")
    web_app = web.Application(client_max_size=1024 * 1024)
    web_app[CHANNEL_KEY] = channel
    web_app[SECRET_KEY] = secret.get_secret_value()
    web_app.router.add_post(TELEGRAM_PATH, telegram_webhook)
    web_app.router.add_get("/healthz", health)
    return web_app


async def telegram_webhook(request: web.Request) -> web.Response:
    """Check Telegram's secret token, parse the update and process it before answering."""
    given = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given.encode(), request.app[SECRET_KEY].encode()):
        return web.json_response({"ok": False, "error": "unauthorized"}, status=401)
    channel = request.app[CHANNEL_KEY]
    try:
        data = json.loads(await request.read())
        update = Update.model_validate(data, context={"bot": channel.bot})
    except (json.JSONDecodeError, UnicodeDecodeError, ValidationError, TypeError):
        return web.json_response({"ok": False, "error": "malformed update"}, status=400)
    await channel.feed(update)
    return web.json_response({"ok": True})


async def health(_request: web.Request) -> web.Response:
    """Liveness probe."""
    return web.json_response({"ok": True})


async def run_server(app: App, *, host: str, port: int) -> int:
    """Serve until interrupted."""
    channel = TelegramChannel.from_settings(app)
    runner = web.AppRunner(make_web_app(app, channel))
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    log.warning("doorway serve: listening on %s:%s", host, port)
    try:
        await channel.flush()
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
        await channel.close()
    return 0
