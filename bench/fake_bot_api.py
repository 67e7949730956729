"""A small, fast fake of the Telegram Bot API for load benchmarks (not for tests).

It answers the few methods Doorway calls with results shaped as Telegram's (aiogram validates
them), records every sendMessage as (chat id, text, monotonic arrival time) and lets simulated
users wait for "the n-th message in chat X" through one future per chat. Unlike
tests/fakes/telegram_api.py it validates nothing and keeps no request bodies: with thousands of
users the fake must cost far less than the system it measures.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass
from types import TracebackType
from typing import Any, NamedTuple, Self

import orjson
from aiohttp import web

JSON = dict[str, Any]


class Sent(NamedTuple):
    """One sendMessage the fake received."""

    chat_id: int
    text: str
    at: float  # time.monotonic() on arrival


@dataclass
class _Waiter:
    count: int
    future: asyncio.Future[None]


class FakeBotAPI:
    """A Bot API server on 127.0.0.1 (OS-assigned port) that records what was sent where."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.sent: dict[int, list[Sent]] = {}
        self.calls: Counter[str] = Counter()  # every method, by name as called
        self.unknown: Counter[str] = Counter()  # methods this fake does not know
        self.total_sent = 0
        self.last_sent_at = 0.0
        self._message_ids: dict[int, int] = {}
        self._last_message: dict[int, JSON] = {}
        self._waiters: dict[int, _Waiter] = {}
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    async def start(self) -> None:
        """Start serving."""
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        self._port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Stop serving; wake any waiter so that nobody hangs on a stopped fake."""
        for waiter in self._waiters.values():
            if not waiter.future.done():
                waiter.future.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """The value for DOORWAY_TELEGRAM_API_BASE."""
        if self._port is None:
            raise RuntimeError("FakeBotAPI is not started")
        return f"http://127.0.0.1:{self._port}"

    # -- what the simulated users use ------------------------------------------------------------

    def count(self, chat_id: int) -> int:
        """How many messages were sent to this chat so far."""
        return len(self.sent.get(chat_id, ()))

    def messages(self, chat_id: int) -> list[Sent]:
        """The messages sent to this chat, in arrival order."""
        return self.sent.get(chat_id, [])

    def last_message(self, chat_id: int) -> JSON:
        """The bot's last message in this chat (what a button press refers to)."""
        found = self._last_message.get(chat_id)
        if found is not None:
            return found
        return {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": self._bot_user(),
            "text": "…",
        }

    async def wait_for(self, chat_id: int, count: int, timeout: float) -> bool:
        """Wait until `count` messages in total were sent to the chat; False on timeout."""
        if self.count(chat_id) >= count:
            return True
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters[chat_id] = _Waiter(count, future)
        try:
            await asyncio.wait_for(future, timeout)
        except TimeoutError:
            return False
        finally:
            self._waiters.pop(chat_id, None)
        return True

    # -- the API ----------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        self.calls[method] += 1
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        params = await _params(request)
        name = method.lower()
        if name == "sendmessage":
            result: Any = self._send_message(params)
        elif name in ("answercallbackquery", "setwebhook", "deletewebhook", "setmycommands"):
            result = True
        elif name == "getme":
            result = self._bot_user()
        elif name == "senddocument":
            result = self._message(_chat_id(params)) | {
                "document": {"file_id": f"doc-{self.calls[method]}", "file_unique_id": "u"}
            }
        elif name in ("editmessagetext", "editmessagereplymarkup"):
            result = self._message(_chat_id(params)) | {"text": str(params.get("text") or "…")}
        elif name == "getwebhookinfo":
            result = {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        else:
            self.unknown[method] += 1
            return _error(404, "Not Found")
        return _json({"ok": True, "result": result})

    def run_from_webhook_answer(self, answer: object) -> None:
        """A webhook answered with a method, which Telegram runs: recorded as a call (only
        answerCallbackQuery is answered that way, and it has no effect to imitate)."""
        if isinstance(answer, dict) and isinstance(answer.get("method"), str):
            self.calls[answer["method"]] += 1

    def _send_message(self, params: JSON) -> JSON:
        chat_id = _chat_id(params)
        text = str(params.get("text", ""))
        now = time.monotonic()
        messages = self.sent.setdefault(chat_id, [])
        messages.append(Sent(chat_id, text, now))
        self.total_sent += 1
        self.last_sent_at = now
        waiter = self._waiters.get(chat_id)
        if waiter is not None and len(messages) >= waiter.count and not waiter.future.done():
            waiter.future.set_result(None)
        message = self._message(chat_id) | {"text": text}
        self._last_message[chat_id] = message
        return message

    def _message(self, chat_id: int) -> JSON:
        message_id = self._message_ids.get(chat_id, 0) + 1
        self._message_ids[chat_id] = message_id
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": self._bot_user(),
        }

    def _bot_user(self) -> JSON:
        return {"id": self.bot_id, "is_bot": True, "first_name": "Doorway Bench"}


def _chat_id(params: JSON) -> int:
    try:
        return int(params.get("chat_id", 0))
    except (TypeError, ValueError):
        return 0  # "@channel" names: Doorway only talks to private chats


def _error(status: int, description: str) -> web.Response:
    return _json({"ok": False, "error_code": status, "description": description}, status)


def _json(body: JSON, status: int = 200) -> web.Response:
    """A JSON answer, encoded with orjson (the standard library's encoder costs more)."""
    return web.Response(body=orjson.dumps(body), status=status, content_type="application/json")


async def _params(request: web.Request) -> JSON:
    """Form fields (aiogram) or a JSON body; file parts are read and dropped."""
    if request.content_type == "application/json":
        raw = await request.read()
        body = orjson.loads(raw) if raw.strip() else {}
        return body if isinstance(body, dict) else {}
    if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        return {k: v for k, v in form.items() if isinstance(v, str)}
    return dict(request.query)
