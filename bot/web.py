"""The web process (`doorway serve`): the channels' webhooks and a health check, on aiohttp.

A webhook only checks, stores and answers; handling happens after, in the inbox processor.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from typing import Any

import orjson
from aiohttp import web

from doorway.bootstrap import App
from doorway.bot.runtime import ChannelRuntime
from doorway.bot.telegram import CHANNEL as TELEGRAM
from doorway.bot.telegram import SPINNER_ANSWERED, update_keys
from doorway.settings import ConfigError

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
TELEGRAM_PATH = "/telegram/webhook"
WHATSAPP_PATH = "/whatsapp/webhook"
RUNTIME_KEY = web.AppKey("runtime", ChannelRuntime)
SECRET_KEY = web.AppKey("secret", str)
MAX_BODY = 1024 * 1024


def make_web_app(app: App, runtime: ChannelRuntime) -> web.Application:
    """The aiohttp application with a webhook route for each configured channel."""
    web_app = web.Application(client_max_size=MAX_BODY)
    web_app[RUNTIME_KEY] = runtime
    if TELEGRAM in runtime.channels:
        secret = app.settings.webhook_secret
        if secret is None or not secret.get_secret_value():
            raise ConfigError("DOORWAY_WEBHOOK_SECRET is missing: the webhook needs a secret token")
        web_app[SECRET_KEY] = secret.get_secret_value()
        web_app.router.add_post(TELEGRAM_PATH, telegram_webhook)
    if "whatsapp" in runtime.channels:
        from doorway.bot.whatsapp import add_routes

        add_routes(web_app, runtime, WHATSAPP_PATH)
    web_app.router.add_get("/healthz", health)
    return web_app


def _refusal(status: int, error: str) -> web.Response:
    return web.json_response({"ok": False, "error": error}, status=status)


async def telegram_webhook(request: web.Request) -> web.Response:
    """Check Telegram's secret token, store the update, answer; it is handled right after."""
    given = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given.encode(), request.app[SECRET_KEY].encode()):
        return _refusal(401, "unauthorized")
    update = await read_json(request)
    keys = update_keys(update) if isinstance(update, dict) else None
    if keys is None:
        return _refusal(400, "malformed update")
    runtime = request.app[RUNTIME_KEY]
    query = update.get("callback_query")
    query_id = query.get("id") if isinstance(query, dict) else None
    if query_id is not None:
        update[SPINNER_ANSWERED] = True  # the parser need not answer it again
    await runtime.inbox.store(TELEGRAM, keys[0], keys[1], update)
    if query_id is not None:
        # Telegram runs a method given in the webhook's answer: the button's spinner stops
        # without a Bot API call of our own (best effort, as that call would be).
        return web.json_response({"method": "answerCallbackQuery", "callback_query_id": query_id})
    return web.json_response({"ok": True})


async def read_json(request: web.Request) -> Any:
    """The request's JSON body, or None if it is not JSON (orjson reads integers beyond 64 bits
    as floats, so whatever it returns can be stored in a JSON column again)."""
    try:
        return orjson.loads(await request.read())
    except orjson.JSONDecodeError:
        return None


async def _register_telegram_webhook(app: App, runtime: ChannelRuntime) -> None:
    """With DOORWAY_WEBHOOK_URL set, tell Telegram where to post, with the secret token."""
    from doorway.bot.telegram import UPDATE_KINDS, TelegramChannel

    channel = runtime.channels.get(TELEGRAM)
    base, secret = app.settings.webhook_url, app.settings.webhook_secret
    if not isinstance(channel, TelegramChannel) or not base or secret is None:
        return
    await channel.bot.set_webhook(
        f"{base.rstrip('/')}{TELEGRAM_PATH}",
        secret_token=secret.get_secret_value(),
        allowed_updates=UPDATE_KINDS,
        drop_pending_updates=False,
    )
    log.warning("doorway serve: Telegram posts to %s%s", base.rstrip("/"), TELEGRAM_PATH)


async def health(_request: web.Request) -> web.Response:
    """Liveness probe."""
    return web.json_response({"ok": True})


async def run_server(app: App, *, host: str, port: int) -> int:
    """Serve until interrupted: webhooks in, and this process's share of handling and sending."""
    runtime = ChannelRuntime.from_settings(app)
    if not runtime.channels:
        raise ConfigError("no channel is configured: set DOORWAY_TELEGRAM_TOKEN or WhatsApp's")
    runner = web.AppRunner(make_web_app(app, runtime), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    log.warning("doorway serve: listening on %s:%s", host, port)
    await _register_telegram_webhook(app, runtime)
    stop = asyncio.Event()
    background = asyncio.create_task(runtime.run(stop))
    try:
        await asyncio.Event().wait()
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await background
        await runner.cleanup()
        await runtime.close()
    return 0
