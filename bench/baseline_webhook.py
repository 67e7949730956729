"""The benchmarks' baseline: a webhook that answers each update with one sendMessage, no database.

Run by bench/telegram_load.py as a subprocess, in place of `doorway serve`:
`python bench/baseline_webhook.py --port P --api-base URL --token T --secret S`.
It answers the webhook first and sends after, as Doorway does, so the simulated users, the fake
Bot API and this process together show the ceiling of the harness itself.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from typing import Any

import orjson
import uvloop
from aiohttp import ClientSession, TCPConnector, web

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SESSION_KEY = web.AppKey("session", ClientSession)
TASKS_KEY = web.AppKey("tasks", set)


def _chat_of(update: dict[str, Any]) -> int | None:
    for kind in ("message", "callback_query"):
        part = update.get(kind)
        if isinstance(part, dict) and isinstance(part.get("from"), dict):
            return int(part["from"]["id"])
    return None


def make_app(api_base: str, token: str, secret: str) -> web.Application:
    """The webhook and health routes."""
    app = web.Application()
    url = f"{api_base}/bot{token}/sendMessage"

    async def send(chat_id: int) -> None:
        async with app[SESSION_KEY].post(url, json={"chat_id": chat_id, "text": "ok"}) as reply:
            await reply.read()

    async def webhook(request: web.Request) -> web.Response:
        if request.headers.get(SECRET_HEADER) != secret:
            return web.json_response({"ok": False}, status=401)
        chat_id = _chat_of(orjson.loads(await request.read()))
        if chat_id is None:
            return web.json_response({"ok": False}, status=400)
        task = asyncio.create_task(send(chat_id))
        # Keep a reference until done: the loop holds tasks only weakly.
        app[TASKS_KEY].add(task)
        task.add_done_callback(app[TASKS_KEY].discard)
        return web.json_response({"ok": True})

    async def health(_request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def session(app: web.Application) -> Any:
        # The same connection limit as aiogram's session, so both sides queue alike.
        app[SESSION_KEY] = ClientSession(connector=TCPConnector(limit=100))
        app[TASKS_KEY] = set()
        yield
        for task in list(app[TASKS_KEY]):
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*app[TASKS_KEY], return_exceptions=True)
        await app[SESSION_KEY].close()

    app.cleanup_ctx.append(session)
    app.router.add_post("/telegram/webhook", webhook)
    app.router.add_get("/healthz", health)
    return app


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--api-base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--secret", required=True)
    args = parser.parse_args(argv)
    app = make_app(args.api_base.rstrip("/"), args.token, args.secret)
    loop = uvloop.new_event_loop()  # as `doorway serve`, so the ceiling is not set by the loop
    web.run_app(app, host=args.host, port=args.port, access_log=None, print=None, loop=loop)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
