"""A local fake of the Telegram Bot API server for tests, driven by the machine-readable spec.

Which methods exist, their required fields, which form values are JSON, and the documented length
limits ("1-4096 characters", "1-128 bytes") all come from api.min.json (Bot API 10.1).

Deliberate choices, each the stricter reading, so that what passes here also passes on Telegram:
- "characters" are counted in UTF-16 code units (an emoji outside the BMP counts 2), after HTML
  parsing when parse_mode is HTML;
- HTML must follow the documented rules: only supported tags, properly nested and closed, and
  every "<" and "&" that is not markup written as an entity. (Telegram itself lets a stray "&"
  through; its docs say to escape it, so the fake refuses it.)
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import os
import re
import time
import zlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from aiohttp import web

from tests.fakes.local_server import LocalServer

JSON = dict[str, Any]
ChatId = int | str

_SPEC_IN_SHARED = Path("shared/data/telegram-bot-api/api.min.json")


def _find_spec() -> Path:
    """The spec named by DOORWAY_TELEGRAM_SPEC, else shared/… beside the repository."""
    if env := os.environ.get("DOORWAY_TELEGRAM_SPEC"):
        return Path(env)
    repo = Path(__file__).resolve().parents[2]
    # A git worktree may sit deeper than /work/main; shared/ is beside one of its ancestors.
    for base in repo.parents:
        if (base / _SPEC_IN_SHARED).is_file():
            return base / _SPEC_IN_SHARED
    return repo.parent / _SPEC_IN_SHARED


# Resolved at import time: the suite's autouse fixture unsets DOORWAY_* variables before each test.
SPEC_PATH = _find_spec()


@cache
def load_spec() -> JSON:
    """The parsed Bot API spec, read once per process."""
    if not SPEC_PATH.is_file():
        raise FileNotFoundError(f"Bot API spec not found at {SPEC_PATH}; set DOORWAY_TELEGRAM_SPEC")
    spec: JSON = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return spec


@cache
def _method_names() -> dict[str, str]:
    return {name.lower(): name for name in load_spec()["methods"]}


@cache
def _fields(method: str) -> dict[str, JSON]:
    return {f["name"]: f for f in load_spec()["methods"][method].get("fields", [])}


_LIMIT = re.compile(r"(\d+)-(\d+) (characters|bytes)")


@cache
def _limits(method: str) -> dict[str, tuple[int, int, str]]:
    limits = {}
    for name, spec in _fields(method).items():
        if spec["types"] == ["String"] and (match := _LIMIT.search(spec["description"])):
            limits[name] = (int(match[1]), int(match[2]), match[3])
    return limits


@cache
def _button_actions() -> frozenset[str]:
    names = {f["name"] for f in load_spec()["types"]["InlineKeyboardButton"]["fields"]}
    # The spec: "Exactly one of the fields other than text, icon_custom_emoji_id, and style".
    return frozenset(names - {"text", "icon_custom_emoji_id", "style"})


_SCALARS = frozenset({"String", "Integer", "Float", "Boolean", "InputFile"})
_TOO_LONG = {"text": "message is too long", "caption": "message caption is too long"}
_PARSE_MODES = frozenset({"", "none", "html", "markdown", "markdownv2"})
_DEFAULT_ERRORS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request",
    500: "Internal Server Error",
}
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)

_HTML_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a"}
    | {"code", "pre", "blockquote", "tg-emoji"}
)
_PLAIN = re.compile(r"[^<&]+")
_ENTITY = re.compile(r"&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot));")
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ATTRIBUTE = r"""[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?"""
_TAG = re.compile(rf"<(/?)([^\s>]*)((?:\s+{_ATTRIBUTE})*)\s*>")
_ATTRIBUTE_PARTS = re.compile(r"""([^\s=>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_COMMAND = re.compile(r"/[A-Za-z0-9_]+(?:@\w+)?")


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's limits and entity offsets."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def parse_html(text: str) -> str:
    """The plain text Telegram shows for `text` in HTML mode; ValueError if it can't parse it."""
    plain: list[str] = []
    open_tags: list[str] = []
    i = 0
    while i < len(text):
        if run := _PLAIN.match(text, i):
            plain.append(run[0])
            i = run.end()
            continue
        at = len(text[:i].encode())
        if text[i] == "&":
            entity = _ENTITY.match(text, i)
            decoded = _decode_entity(entity) if entity else None
            if entity is None or decoded is None:
                raise ValueError(f'Character "&" at byte offset {at} must be escaped as "&amp;"')
            plain.append(decoded)
            i = entity.end()
            continue
        tag = _TAG.match(text, i)
        if tag is None:
            raise ValueError(f"Unclosed start tag at byte offset {at}")
        name = tag[2].lower()
        if tag[1]:
            if not open_tags:
                raise ValueError(f"Unexpected end tag at byte offset {at}")
            expected = open_tags.pop()
            if name and name != expected:
                raise ValueError(
                    f'Unmatched end tag at byte offset {at}, expected "</{expected}>", '
                    f'found "</{name}>"'
                )
        else:
            if name not in _HTML_TAGS:
                raise ValueError(f'Unsupported start tag "{name}" at byte offset {at}')
            _check_attributes(name, tag[3], at)
            open_tags.append(name)
        i = tag.end()
    if open_tags:
        raise ValueError(f'Can\'t find end tag corresponding to start tag "{open_tags[-1]}"')
    return "".join(plain)


def _decode_entity(entity: re.Match[str]) -> str | None:
    if entity[3]:
        return _NAMED_ENTITIES[entity[3]]
    code = int(entity[1]) if entity[1] else int(entity[2], 16)
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code <= 0xDFFF else None


def _check_attributes(tag: str, source: str, at: int) -> None:
    attributes = {
        m[1].lower(): next((v for v in m.groups()[1:] if v is not None), "")
        for m in _ATTRIBUTE_PARTS.finditer(source)
    }
    if tag == "span" and attributes.get("class") != "tg-spoiler":
        raise ValueError(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
    if tag == "tg-emoji" and not attributes.get("emoji-id"):
        raise ValueError(f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {at}')


def _now() -> int:
    return int(time.time())


def _as_int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


@dataclass
class Call:
    """One request the fake answered: canonical method name, decoded params, HTTP status."""

    method: str
    params: JSON
    status: int
    response: JSON = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)  # when it was answered


@dataclass
class Upload:
    """A file received as a multipart part."""

    filename: str | None
    content_type: str
    data: bytes


class _Refusal(Exception):
    """An error answer; raised anywhere while a call is handled."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def body(self) -> JSON:
        body: JSON = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def _coerce(name: str, value: Any, types: list[str]) -> Any:
    """A form or query string turned into the JSON value the field's spec types call for."""
    if not isinstance(value, str):
        return value
    if "Integer" in types and re.fullmatch(r"-?\d+", value):
        return int(value)
    if "Float" in types:
        with contextlib.suppress(ValueError):
            return float(value)
    if "Boolean" in types and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if any(t not in _SCALARS for t in types):
        try:
            return json.loads(value)
        except ValueError:
            raise _Refusal(400, f"Bad Request: can't parse {name} JSON object") from None
    return value


def _missing(name: str) -> str:
    if name == "text":
        return "Bad Request: message text is empty"
    if name == "chat_id":
        return "Bad Request: chat_id is empty"
    return f'Bad Request: parameter "{name}" is required'


def _shown(method: str, params: JSON, name: str) -> str:
    """The text Telegram would display for a text/caption field, after entity parsing."""
    value = str(params.get(name, ""))
    mode = str(params.get("parse_mode") or "").lower()
    if mode != "html" or "parse_mode" not in _fields(method):
        return value
    try:
        return parse_html(value)
    except ValueError as error:
        raise _Refusal(400, f"Bad Request: can't parse entities: {error}") from None


def _inline_markup(params: JSON) -> JSON | None:
    """The reply_markup a Message carries: only a non-empty inline keyboard."""
    markup = params.get("reply_markup")
    return markup if isinstance(markup, dict) and markup.get("inline_keyboard") else None


def _check_markup(markup: Any) -> None:
    if not isinstance(markup, dict):
        raise _Refusal(400, "Bad Request: object expected as reply markup")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise _Refusal(
            400,
            'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup should be an '
            "Array of Arrays",
        )
    for button in (button for row in rows for button in row):
        if not isinstance(button, dict) or not isinstance(button.get("text"), str):
            raise _Refusal(400, "Bad Request: can't parse inline keyboard button: Text is empty")
        data = button.get("callback_data")
        if isinstance(data, str) and len(data.encode()) > 64:
            raise _Refusal(400, "Bad Request: BUTTON_DATA_INVALID")
        if all(button.get(action) in (None, "") for action in _button_actions()):
            raise _Refusal(
                400,
                "Bad Request: can't parse inline keyboard button: Text buttons are "
                "unallowed in the inline keyboard",
            )


class FakeTelegramAPI(LocalServer):
    """A Telegram Bot API server on 127.0.0.1 (OS-assigned port) that records every call."""

    def __init__(self, token: str = "123456:TEST-TOKEN") -> None:
        super().__init__()
        self.token = token
        self.bot_user: JSON = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": "Doorway Test",
            "username": "doorway_test_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.calls: list[Call] = []
        self.webhook_url = ""
        self._updates: list[JSON] = []
        self._last_update_id = 0
        self._last_pushed_id = 0
        self._message_ids: dict[ChatId, int] = {}
        self._messages: dict[tuple[ChatId, int], JSON] = {}
        # What a message was made from, to tell an edit that changes nothing as Telegram does.
        self._sources: dict[tuple[ChatId, int], tuple[Any, ...]] = {}
        self._last_bot_message: dict[ChatId, int] = {}
        self._users: dict[int, JSON] = {}
        self._faults: dict[str, deque[_Refusal]] = {}
        self._counter = 0
        self._wakeup = asyncio.Event()
        self._handlers: dict[str, Callable[[JSON], Any]] = {
            "getMe": lambda _params: dict(self.bot_user),
            "sendMessage": lambda p: self._send(p, text=_shown("sendMessage", p, "text")),
            "sendDocument": self._send_document,
            "editMessageText": lambda p: self._edit(p, text=True),
            "editMessageReplyMarkup": lambda p: self._edit(p, text=False),
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": lambda _params: {
                "url": self.webhook_url,
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            },
        }
        load_spec()  # fail at construction, with the path, if the spec is missing

    # Lifecycle

    def add_routes(self, app: web.Application) -> None:
        """Bot API methods at /bot<token>/<method>; anything else is Telegram's 404."""
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("*", "/{tail:.*}", self._not_found)

    # Test-side helpers

    def calls_to(self, method: str) -> list[Call]:
        """Every call of `method` (any status), in order."""
        return [call for call in self.calls if call.method.lower() == method.lower()]

    def sent_messages(self) -> list[JSON]:
        """Every successful sendMessage: its params, reply_markup decoded, and as "text" what
        the user sees (HTML entities parsed)."""
        return [
            {**call.params, "text": call.response["result"]["text"]}
            for call in self.calls_to("sendMessage")
            if call.status == 200
        ]

    async def wait_for_messages(self, chat_id: int, count: int, timeout: float = 5.0) -> list[JSON]:
        """Wait until `count` sendMessage calls to `chat_id` succeeded; return them all."""

        def to_chat() -> list[JSON]:
            return [p for p in self.sent_messages() if str(p.get("chat_id")) == str(chat_id)]

        if await self._until(lambda: len(to_chat()) >= count, timeout):
            return to_chat()
        failed = [
            f"{c.method} {c.status} {c.response.get('description')}"
            for c in self.calls
            if c.status != 200 and str(c.params.get("chat_id")) == str(chat_id)
        ]
        raise AssertionError(
            f"expected {count} messages to chat {chat_id} within {timeout}s, got "
            f"{[m.get('text') for m in to_chat()]}; failed calls: {failed}"
        )

    def fail_next(
        self,
        method: str,
        status: int,
        description: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        """Make the next call of `method` answer with this error (queues if called again)."""
        if status == 429:
            retry_after = retry_after or 1
            description = description or f"Too Many Requests: retry after {retry_after}"
        description = description or _DEFAULT_ERRORS.get(status, "Bad Request")
        name = _method_names().get(method.lower(), method)
        self._faults.setdefault(name, deque()).append(_Refusal(status, description, retry_after))

    def push_update(self, update: JSON) -> JSON:
        """Queue an update for getUpdates and return it; update_id is assigned if missing.

        Like Telegram's queue, ids only grow: an id not above every id already queued is replaced.
        """
        update = dict(update)
        update_id = update.get("update_id")
        if not isinstance(update_id, int) or update_id <= self._last_pushed_id:
            update_id = self._new_update_id()
        update["update_id"] = self._last_pushed_id = update_id
        self._last_update_id = max(self._last_update_id, update_id)
        self._updates.append(update)
        self._wake()
        return update

    def text_update(
        self, user_id: int, text: str, first_name: str = "Alice", language_code: str = "en"
    ) -> JSON:
        """An Update with a text message from a user in their private chat (not queued)."""
        user = {"id": user_id, "is_bot": False, "first_name": first_name}
        user["language_code"] = language_code
        self._users[user_id] = user
        message: JSON = {
            "message_id": self._next_message_id(user_id),
            "from": user,
            "chat": self._chat(user_id),
            "date": _now(),
            "text": text,
        }
        if command := _COMMAND.match(text):
            length = utf16_length(command[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return {"update_id": self._new_update_id(), "message": message}

    def callback_update(self, user_id: int, data: str, message_id: int | None = None) -> JSON:
        """An Update with a button press on the bot's message (default: its last one there)."""
        self._counter += 1
        user = self._users.get(user_id) or {"id": user_id, "is_bot": False, "first_name": "Alice"}
        query = {
            "id": str(4_000_000_000 + self._counter),
            "from": user,
            "message": copy.deepcopy(self._bot_message(user_id, message_id)),
            "chat_instance": str(zlib.crc32(str(user_id).encode())),
            "data": data,
        }
        return {"update_id": self._new_update_id(), "callback_query": query}

    # Request handling

    async def _handle(self, request: web.Request) -> web.Response:
        requested = request.match_info["method"]
        method = _method_names().get(requested.lower())
        params: JSON = {}
        try:
            params = await _read_params(request)
            if request.match_info["token"] != self.token:
                raise _Refusal(401, "Unauthorized")
            if method is None:
                raise _Refusal(404, "Not Found")
            fields = _fields(method)
            params = {
                k: _coerce(k, v, fields[k]["types"]) if k in fields else v
                for k, v in params.items()
            }
            if faults := self._faults.get(method):
                raise faults.popleft()
            _validate(method, params)
            if method == "getUpdates":
                result = await self._get_updates(params)
            else:
                result = self._handlers.get(method, lambda _params: True)(params)
            body, status = {"ok": True, "result": result}, 200
        except _Refusal as refusal:
            body, status = refusal.body(), refusal.status
        self.calls.append(Call(method or requested, params, status, body))
        self._wake()
        return web.json_response(body, status=status)

    async def _not_found(self, request: web.Request) -> web.Response:
        return web.json_response(_Refusal(404, "Not Found").body(), status=404)

    def _send(self, params: JSON, **content: Any) -> JSON:
        chat_id = params["chat_id"]
        message: JSON = {
            "message_id": self._next_message_id(chat_id),
            "from": self.bot_user,
            "chat": self._chat(chat_id),
            "date": _now(),
            **content,
        }
        if markup := _inline_markup(params):
            message["reply_markup"] = markup
        self._store(chat_id, message, _source(params))
        return message

    def _send_document(self, params: JSON) -> JSON:
        self._counter += 1
        document: Any = params["document"]
        described: JSON = {
            "file_id": f"BQACAgQ-{self._counter}",
            "file_unique_id": f"AgAD{self._counter}",
        }
        if isinstance(document, Upload):
            described |= {
                "file_name": document.filename,
                "mime_type": document.content_type,
                "file_size": len(document.data),
            }
        else:  # a file_id or URL sent as a string
            described["file_id"] = document
        content: JSON = {"document": described}
        if params.get("caption"):
            content["caption"] = _shown("sendDocument", params, "caption")
        return self._send(params, **content)

    def _edit(self, params: JSON, text: bool) -> JSON | bool:
        if params.get("inline_message_id"):
            return True
        if params.get("chat_id") in (None, ""):
            raise _Refusal(400, "Bad Request: chat_id is empty")
        if params.get("message_id") in (None, ""):
            raise _Refusal(400, "Bad Request: message identifier is not specified")
        key = (params["chat_id"], params["message_id"])
        if key not in self._messages:
            raise _Refusal(400, "Bad Request: message to edit not found")
        message = dict(self._messages[key])
        source = _source(params) if text else self._sources[key]
        markup = _inline_markup(params)
        if source == self._sources[key] and markup == message.get("reply_markup"):
            raise _Refusal(400, _NOT_MODIFIED)
        message["edit_date"] = _now()
        if text:
            message["text"] = _shown("editMessageText", params, "text")
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        self._store(key[0], message, source)
        return message

    def _set_webhook(self, params: JSON) -> bool:
        if not str(params["url"]).startswith("https://"):
            raise _Refusal(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        self.webhook_url = params["url"]
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _delete_webhook(self, params: JSON) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _get_updates(self, params: JSON) -> list[JSON]:
        if self.webhook_url:
            raise _Refusal(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        offset = _as_int(params.get("offset"), 0)
        if offset > 0:  # everything below the offset is confirmed, so forgotten
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:
            self._updates = self._updates[offset:]
        limit = min(max(_as_int(params.get("limit"), 100), 1), 100)
        await self._until(lambda: bool(self._updates), max(_as_int(params.get("timeout"), 0), 0))
        return self._updates[:limit]

    # State

    def _wake(self) -> None:
        # A fresh event per wake-up: current waiters see this one, later waiters wait afresh.
        self._wakeup.set()
        self._wakeup = asyncio.Event()

    async def _until(self, ready: Callable[[], bool], timeout: float) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not ready():
            remaining = deadline - loop.time()
            if remaining <= 0 or self._closing:
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), remaining)
        return True

    def _new_update_id(self) -> int:
        self._last_update_id += 1
        return self._last_update_id

    def _next_message_id(self, chat_id: ChatId) -> int:
        # Telegram numbers a private chat's messages in one sequence, the user's and the bot's.
        self._message_ids[chat_id] = self._message_ids.get(chat_id, 0) + 1
        return self._message_ids[chat_id]

    def _chat(self, chat_id: ChatId) -> JSON:
        if isinstance(chat_id, str):  # "@channelusername"
            channel_id = -1_001_000_000_000 - zlib.crc32(chat_id.encode())
            return {"id": channel_id, "type": "channel", "username": chat_id.lstrip("@")}
        if chat_id < 0:
            return {"id": chat_id, "type": "supergroup"}
        chat: JSON = {"id": chat_id, "type": "private"}
        if user := self._users.get(chat_id):
            chat["first_name"] = user["first_name"]
        return chat

    def _store(self, chat_id: ChatId, message: JSON, source: tuple[Any, ...]) -> None:
        key = (chat_id, message["message_id"])
        self._messages[key] = message
        self._sources[key] = source
        self._last_bot_message[chat_id] = message["message_id"]

    def _bot_message(self, chat_id: int, message_id: int | None) -> JSON:
        message_id = message_id if message_id is not None else self._last_bot_message.get(chat_id)
        if message_id is None or (chat_id, message_id) not in self._messages:
            # Nothing was sent there: invent the message so the callback is still well-formed.
            invented: JSON = {
                "message_id": message_id or self._next_message_id(chat_id),
                "from": self.bot_user,
                "chat": self._chat(chat_id),
                "date": _now(),
                "text": "…",
            }
            self._store(chat_id, invented, ("…", "", None))
            message_id = invented["message_id"]
        return self._messages[(chat_id, message_id)]


def _source(params: JSON) -> tuple[Any, ...]:
    return (params.get("text"), str(params.get("parse_mode") or "").lower(), params.get("entities"))


async def _read_params(request: web.Request) -> JSON:
    """Parameters from the query string and a JSON, urlencoded or multipart body."""
    params: JSON = dict(request.query)
    uploads: dict[str, Upload] = {}
    if request.content_type == "application/json":
        raw = await request.text()
        try:
            body = json.loads(raw) if raw.strip() else {}
        except ValueError:
            raise _Refusal(400, "Bad Request: can't parse JSON body") from None
        if not isinstance(body, dict):
            raise _Refusal(400, "Bad Request: JSON body must be an object")
        params.update(body)
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        for key, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                uploads[key] = Upload(value.filename, value.content_type, value.file.read())
            else:
                params[key] = value if isinstance(value, str) else bytes(value).decode()
    for key, value in params.items():
        # aiogram names each file part at random and passes "attach://<part>" as the value.
        if isinstance(value, str) and value.startswith("attach://") and value[9:] in uploads:
            params[key] = uploads.pop(value[9:])
    return params | uploads


def _validate(method: str, params: JSON) -> None:
    """Refuse the call as Telegram would for missing fields, bad text, or bad buttons."""
    fields = _fields(method)
    for name, spec in fields.items():
        if spec["required"] and params.get(name) in (None, ""):
            raise _Refusal(400, _missing(name))
    if method == "editMessageText" and "text" not in params and "rich_message" not in params:
        raise _Refusal(400, _missing("text"))
    chat_id = params.get("chat_id")
    if isinstance(chat_id, str) and not chat_id.startswith("@"):
        raise _Refusal(400, "Bad Request: chat not found")
    if str(params.get("parse_mode") or "").lower() not in _PARSE_MODES:
        raise _Refusal(400, "Bad Request: unsupported parse_mode")
    for name, (low, high, unit) in _limits(method).items():
        if not isinstance(params.get(name), str):
            continue
        # Message text and captions are measured as shown, and refused in Telegram's words.
        shown = name in _TOO_LONG and "parse_mode" in fields
        value = _shown(method, params, name) if shown else params[name]
        size = len(value.encode()) if unit == "bytes" else utf16_length(value)
        if size > high:
            raise _Refusal(
                400, "Bad Request: " + (_TOO_LONG[name] if shown else f"{name} is too long")
            )
        if size < low or (shown and low and not value.strip()):
            raise _Refusal(400, _missing(name) if shown else f"Bad Request: {name} is empty")
    if "reply_markup" in params:
        _check_markup(params["reply_markup"])
