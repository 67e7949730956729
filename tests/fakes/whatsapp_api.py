"""A local fake of the WhatsApp Cloud API (Graph API) for tests, plus inbound webhook builders.

It checks what Meta documents for `POST /{version}/{phone_number_id}/messages`: the bearer token,
the sender number, the message shapes and their length limits, and the 24-hour customer service
window. Deliberate choices, each the stricter reading, so that what passes here passes on Meta:
- every rule breach answers synchronously with HTTP 400 and Graph error code 100 (Meta reports
  some of them later, in a "failed" status webhook);
- a message outside the window answers 400 with code 131047 at once; with
  `accept_outside_window` it is accepted instead and fails afterwards, as Meta may do: a
  "failed" status with 131047 waits in `late_failures()` for the test to post;
- a document must name a media id uploaded to this fake, or a link;
- texts, titles and labels need a non-blank value; lengths count Unicode code points.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import re
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fakes.local_server import LocalServer

JSON = dict[str, Any]

WINDOW_SECONDS = 24 * 60 * 60
_VERSION = re.compile(r"v\d+\.\d+")
_MESSAGE_TYPES = frozenset({"text", "interactive", "template", "document"})
_ERROR_TITLES = {
    4: "Application request limit reached",
    100: "Invalid parameter",
    190: "Invalid OAuth access token - Cannot parse access token",
    2500: "Unknown path components",
    80007: "Rate limit issues",
    130429: "Rate limit hit",
    131000: "Something went wrong",
    131021: "Recipient cannot be sender",
    131026: "Message undeliverable",
    131047: "Re-engagement message",
    131048: "Spam rate limit hit",
    131056: "(Business Account, Consumer Account) pair rate limit hit",
}
_OUTSIDE_WINDOW_DETAILS = (
    "Message failed to send because more than 24 hours have passed since the customer last "
    "replied to this number."
)


def sign(body: bytes, app_secret: str) -> str:
    """The X-Hub-Signature-256 header value Meta sends with a webhook body."""
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


@dataclass
class Call:
    """One request the fake answered: HTTP method, path, JSON body (or form fields), answer."""

    method: str
    path: str
    json: JSON | None
    status: int
    response: JSON


@dataclass
class Media:
    """A file uploaded to /{phone_number_id}/media."""

    media_id: str
    filename: str | None
    mime: str
    data: bytes


class GraphError(Exception):
    """A Graph API error answer; raised anywhere while a call is handled."""

    def __init__(
        self, status: int, code: int, message: str | None = None, details: str = ""
    ) -> None:
        title = message or _ERROR_TITLES.get(code, "Unknown error")
        super().__init__(title)
        self.status = status
        self.code = code
        # Graph prefixes most messages with the code; the token error comes without it.
        self.message = title if code == 190 or title.startswith("(#") else f"(#{code}) {title}"
        self.details = details

    def body(self) -> JSON:
        error: JSON = {"message": self.message, "type": "OAuthException", "code": self.code}
        if self.details:
            error["error_data"] = {"messaging_product": "whatsapp", "details": self.details}
        error["fbtrace_id"] = "A" + secrets.token_hex(11)
        return {"error": error}


def _invalid(details: str) -> GraphError:
    return GraphError(400, 100, "Invalid parameter", details)


class FakeWhatsAppAPI(LocalServer):
    """A WhatsApp Cloud API server on 127.0.0.1 (OS-assigned port) that records every call."""

    def __init__(
        self,
        token: str = "TEST-WHATSAPP-TOKEN",
        phone_number_id: str = "106540352242922",
        display_phone_number: str = "46701234567",
        business_account_id: str = "102290129340398",
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.token = token
        self.phone_number_id = phone_number_id
        self.display_phone_number = display_phone_number
        self.business_account_id = business_account_id
        self.now = now
        self.calls: list[Call] = []
        self.media: list[Media] = []
        self._last_inbound: dict[str, float] = {}
        self._last_sent: dict[str, str] = {}  # wa_id -> wamid, for the context of replies
        self._faults: deque[GraphError] = deque()
        self.accept_outside_window = False
        self._late: list[JSON] = []  # "failed" statuses of messages accepted outside the window
        # A random prefix keeps wamids unique across fakes, as Doorway dedupes on them.
        self._prefix = secrets.token_hex(6).upper()
        self._counter = 0
        self._wakeup = asyncio.Event()

    # Lifecycle

    max_body = 100 * 1024 * 1024

    def add_routes(self, app: web.Application) -> None:
        """The Graph API's messages and media endpoints; anything else is a Graph 404."""
        app.router.add_post("/{version}/{phone_number_id}/messages", self._messages)
        app.router.add_post("/{version}/{phone_number_id}/media", self._upload)
        app.router.add_route("*", "/{tail:.*}", self._not_found)

    # Test-side helpers

    def user_wrote(self, wa_id: str, at: float | None = None) -> None:
        """Record an inbound message from `wa_id` (now by default): it opens the 24-hour window."""
        self._last_inbound[wa_id] = self.now() if at is None else at

    def fail_next(self, status: int, code: int, message: str | None = None) -> None:
        """Make the next messages call answer with this Graph error (queues if called again)."""
        self._faults.append(GraphError(status, code, message))

    def late_failures(self) -> JSON | None:
        """One notification with the "failed" (131047) status of every message accepted outside
        the window since the last call, or None if there was none."""
        if not self._late:
            return None
        statuses, self._late = self._late, []
        return self._wrap(self._value(None) | {"statuses": statuses})

    def sent(self, to: str | None = None) -> list[JSON]:
        """The bodies of every successful messages call, optionally only those to `to`."""
        return [
            call.json
            for call in self.calls
            if call.status == 200
            and call.path.endswith("/messages")
            and call.json is not None
            and (to is None or call.json.get("to") == to)
        ]

    async def wait_for(self, to: str, count: int, timeout: float = 5.0) -> list[JSON]:
        """Wait until `count` messages to `to` succeeded; return them all."""
        if await self._until(lambda: len(self.sent(to)) >= count, timeout):
            return self.sent(to)
        failed = [
            f"{call.status} {call.response.get('error', {}).get('message')}"
            for call in self.calls
            if call.status != 200 and call.json is not None and call.json.get("to") == to
        ]
        raise AssertionError(
            f"expected {count} messages to {to} within {timeout}s, got "
            f"{[_summary(body) for body in self.sent(to)]}; failed calls: {failed}"
        )

    # Inbound webhook builders (not sent anywhere: the test posts them to Doorway)

    def text_webhook(
        self, wa_id: str, text: str, name: str = "Amal", phone_number_id: str | None = None
    ) -> JSON:
        """A notification of a text message from `wa_id`."""
        message = self._message(wa_id, "text", text={"body": text})
        return self._notification(wa_id, name, message, phone_number_id)

    def button_webhook(
        self,
        wa_id: str,
        button_id: str,
        title: str,
        list_reply: bool = False,
        name: str = "Amal",
        phone_number_id: str | None = None,
    ) -> JSON:
        """A notification of a reply-button press, or of a list row choice with list_reply."""
        reply_type = "list_reply" if list_reply else "button_reply"
        interactive = {"type": reply_type, reply_type: {"id": button_id, "title": title}}
        message = self._message(wa_id, "interactive", interactive=interactive)
        message["context"] = self._context(wa_id)
        return self._notification(wa_id, name, message, phone_number_id)

    def template_button_webhook(
        self,
        wa_id: str,
        payload: str,
        text: str,
        name: str = "Amal",
        phone_number_id: str | None = None,
    ) -> JSON:
        """A notification of a quick-reply button press on a template message."""
        message = self._message(wa_id, "button", button={"payload": payload, "text": text})
        message["context"] = self._context(wa_id)
        return self._notification(wa_id, name, message, phone_number_id)

    def image_webhook(
        self, wa_id: str, name: str = "Amal", phone_number_id: str | None = None
    ) -> JSON:
        """A notification of a photo from `wa_id`, a kind of message Doorway does not read."""
        self._counter += 1
        image = {
            "mime_type": "image/jpeg",
            "sha256": hashlib.sha256(str(self._counter).encode()).hexdigest(),
            "id": str(2_000_000_000_000_000 + self._counter),
        }
        message = self._message(wa_id, "image", image=image)
        return self._notification(wa_id, name, message, phone_number_id)

    def status_webhook(
        self,
        message_id: str,
        status: str,
        recipient_id: str,
        error_code: int | None = None,
        phone_number_id: str | None = None,
    ) -> JSON:
        """A notification that a message we sent was sent, delivered, read or failed."""
        entry = self._status(message_id, status, recipient_id, error_code)
        value = self._value(phone_number_id) | {"statuses": [entry]}
        return self._wrap(value)

    def _status(
        self, message_id: str, status: str, recipient_id: str, error_code: int | None
    ) -> JSON:
        entry: JSON = {
            "id": message_id,
            "status": status,
            "timestamp": str(int(self.now())),
            "recipient_id": recipient_id,
        }
        if error_code is not None:
            title = _ERROR_TITLES.get(error_code, "Unknown error")
            entry["errors"] = [
                {
                    "code": error_code,
                    "title": title,
                    "message": title,
                    "error_data": {"details": title},
                    "href": "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
                }
            ]
        else:
            entry["pricing"] = {"billable": True, "pricing_model": "PMP", "category": "service"}
        return entry

    # Request handling

    async def _messages(self, request: web.Request) -> web.Response:
        body = await _read_json(request)  # before any check, so refused calls are recorded too
        try:
            self._check_path_and_token(request)
            if body is None:
                raise _invalid("the body must be a JSON object")
            if self._faults:
                raise self._faults.popleft()
            self._validate(body)
            late = False
            if body["type"] != "template":
                try:
                    self._check_window(body["to"])
                except GraphError:
                    if not self.accept_outside_window:
                        raise
                    late = True
            response, status = self._accept(body), 200
            if late:
                wamid = response["messages"][0]["id"]
                self._late.append(self._status(wamid, "failed", body["to"], 131047))
        except GraphError as error:
            response, status = error.body(), error.status
        return self._answer(request, body, response, status)

    async def _upload(self, request: web.Request) -> web.Response:
        fields: JSON | None = None
        try:
            self._check_path_and_token(request)
            form = await _read_form(request)
            fields = {k: v.filename if isinstance(v, web.FileField) else v for k, v in form.items()}
            if form.get("messaging_product") != "whatsapp":
                raise _invalid("messaging_product must be whatsapp")
            upload = form.get("file")
            mime = form.get("type")
            if not isinstance(upload, web.FileField):
                raise _invalid("file is required")
            if not isinstance(mime, str) or not mime:
                raise _invalid("type is required")
            self._counter += 1
            media_id = str(1_000_000_000_000_000 + self._counter)
            media = Media(media_id, upload.filename, mime, upload.file.read())
            self.media.append(media)
            response, status = {"id": media.media_id}, 200
        except GraphError as error:
            response, status = error.body(), error.status
        return self._answer(request, fields, response, status)

    async def _not_found(self, request: web.Request) -> web.Response:
        error = GraphError(404, 2500, f"Unknown path components: {request.path}")
        return self._answer(request, None, error.body(), error.status)

    def _answer(
        self, request: web.Request, body: JSON | None, response: JSON, status: int
    ) -> web.Response:
        self.calls.append(Call(request.method, request.path, body, status, response))
        self._wake()
        return web.json_response(response, status=status)

    def _check_path_and_token(self, request: web.Request) -> None:
        if not _VERSION.fullmatch(request.match_info["version"]):
            raise GraphError(404, 2500, f"Unknown path components: {request.path}")
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            raise GraphError(401, 190)
        if request.match_info["phone_number_id"] != self.phone_number_id:
            raise GraphError(
                400,
                100,
                f"Unsupported post request. Object with ID "
                f"'{request.match_info['phone_number_id']}' does not exist",
            )

    def _check_window(self, to: str) -> None:
        last = self._last_inbound.get(to)
        if last is None or self.now() - last >= WINDOW_SECONDS:
            raise GraphError(400, 131047, details=_OUTSIDE_WINDOW_DETAILS)

    def _accept(self, body: JSON) -> JSON:
        wamid = self._new_wamid()
        self._last_sent[body["to"]] = wamid
        return {
            "messaging_product": "whatsapp",
            "contacts": [{"input": body["to"], "wa_id": body["to"]}],
            "messages": [{"id": wamid}],
        }

    def _validate(self, body: JSON) -> None:
        """Refuse the body as the Cloud API would (see the module docstring for strictness)."""
        if body.get("messaging_product") != "whatsapp":
            raise _invalid("messaging_product must be whatsapp")
        if body.get("recipient_type", "individual") != "individual":
            raise _invalid("recipient_type must be individual")
        if not isinstance(body.get("to"), str) or not body["to"]:
            raise _invalid("to is required")
        kind = body.get("type")
        if kind not in _MESSAGE_TYPES:
            raise _invalid(f"type must be one of {sorted(_MESSAGE_TYPES)}")
        content = _object(body, kind)
        if kind == "text":
            _text(content, "body", 4096, "text.body")
            if "preview_url" in content and not isinstance(content["preview_url"], bool):
                raise _invalid("text.preview_url must be a boolean")
        elif kind == "interactive":
            _validate_interactive(content)
        elif kind == "template":
            _validate_template(content)
        else:
            self._validate_document(content)

    def _validate_document(self, document: JSON) -> None:
        media_id = document.get("id")
        if media_id is None and not document.get("link"):
            raise _invalid("document needs an id or a link")
        if media_id is not None and media_id not in {m.media_id for m in self.media}:
            raise _invalid(f"document.id {media_id!r} was not uploaded")
        if "filename" in document:
            _text(document, "filename", 240, "document.filename")
        if "caption" in document:
            _text(document, "caption", 1024, "document.caption")

    # State

    def _new_wamid(self) -> str:
        self._counter += 1
        return f"wamid.HBgL{self._prefix}{self._counter:08d}"

    def _message(self, wa_id: str, kind: str, **content: Any) -> JSON:
        return {
            "from": wa_id,
            "id": self._new_wamid(),
            "timestamp": str(int(self.now())),
            "type": kind,
            **content,
        }

    def _context(self, wa_id: str) -> JSON:
        # A press replies to the bot's message; invent one if nothing was sent there yet.
        replied = self._last_sent.get(wa_id) or self._new_wamid()
        return {"from": self.display_phone_number, "id": replied}

    def _value(self, phone_number_id: str | None) -> JSON:
        return {
            "messaging_product": "whatsapp",
            "metadata": {
                "display_phone_number": self.display_phone_number,
                "phone_number_id": phone_number_id or self.phone_number_id,
            },
        }

    def _notification(
        self, wa_id: str, name: str, message: JSON, phone_number_id: str | None
    ) -> JSON:
        value = self._value(phone_number_id) | {
            "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
            "messages": [message],
        }
        return self._wrap(value)

    def _wrap(self, value: JSON) -> JSON:
        return {
            "object": "whatsapp_business_account",
            "entry": [
                {"id": self.business_account_id, "changes": [{"value": value, "field": "messages"}]}
            ],
        }

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


def _summary(body: JSON) -> str:
    kind = body.get("type", "?")
    content = body.get(kind) or {}
    if kind == "text":
        return str(content.get("body", ""))[:60]
    if kind == "interactive":
        return f"[{content.get('type')}] " + str(content.get("body", {}).get("text", ""))[:60]
    return f"[{kind}]"


async def _read_json(request: web.Request) -> JSON | None:
    """The JSON object in the body, or None if there is none."""
    if request.content_type != "application/json":
        return None
    try:
        body = json.loads(await request.text())
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


async def _read_form(request: web.Request) -> dict[str, Any]:
    if request.content_type != "multipart/form-data":
        raise _invalid("media uploads must be multipart/form-data")
    return dict(await request.post())


def _object(parent: JSON, key: str, where: str | None = None) -> JSON:
    value = parent.get(key)
    if not isinstance(value, dict):
        raise _invalid(f"{where or key} is required and must be an object")
    return value


def _text(parent: JSON, key: str, limit: int, where: str) -> str:
    value = parent.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _invalid(f"{where} is required")
    if len(value) > limit:
        raise _invalid(f"{where} is too long: {len(value)} characters, at most {limit}")
    return value


def _validate_interactive(interactive: JSON) -> None:
    kind = interactive.get("type")
    if kind not in ("button", "list"):
        raise _invalid("interactive.type must be button or list")
    _text(_object(interactive, "body", "interactive.body"), "text", 1024, "interactive.body.text")
    if "footer" in interactive:
        _text(_object(interactive, "footer"), "text", 60, "interactive.footer.text")
    if "header" in interactive:
        _text(_object(interactive, "header"), "text", 60, "interactive.header.text")
    action = _object(interactive, "action", "interactive.action")
    if kind == "button":
        _validate_buttons(action)
    else:
        _validate_list(action)


def _validate_buttons(action: JSON) -> None:
    buttons = action.get("buttons")
    if not isinstance(buttons, list) or not 1 <= len(buttons) <= 3:
        raise _invalid("action.buttons must hold 1 to 3 buttons")
    ids: set[str] = set()
    for number, button in enumerate(buttons):
        where = f"action.buttons[{number}]"
        if not isinstance(button, dict) or button.get("type") != "reply":
            raise _invalid(f"{where}.type must be reply")
        reply = _object(button, "reply", f"{where}.reply")
        ids.add(_id(reply, 256, f"{where}.reply.id", ids))
        _text(reply, "title", 20, f"{where}.reply.title")


def _validate_list(action: JSON) -> None:
    _text(action, "button", 20, "action.button")
    sections = action.get("sections")
    if not isinstance(sections, list) or not 1 <= len(sections) <= 10:
        raise _invalid("action.sections must hold 1 to 10 sections")
    ids: set[str] = set()
    for number, section in enumerate(sections):
        where = f"action.sections[{number}]"
        if not isinstance(section, dict):
            raise _invalid(f"{where} must be an object")
        if len(sections) > 1 or "title" in section:
            _text(section, "title", 24, f"{where}.title")
        rows = section.get("rows")
        if not isinstance(rows, list) or not rows:
            raise _invalid(f"{where}.rows must hold at least one row")
        for index, row in enumerate(rows):
            at = f"{where}.rows[{index}]"
            if not isinstance(row, dict):
                raise _invalid(f"{at} must be an object")
            ids.add(_id(row, 200, f"{at}.id", ids))
            _text(row, "title", 24, f"{at}.title")
            if "description" in row:
                _text(row, "description", 72, f"{at}.description")
    if len(ids) > 10:
        raise _invalid(f"a list holds at most 10 rows in all, not {len(ids)}")


def _id(parent: JSON, limit: int, where: str, seen: set[str]) -> str:
    value = parent.get("id")
    if not isinstance(value, str) or not value:
        raise _invalid(f"{where} is required")
    if len(value) > limit:
        raise _invalid(f"{where} is too long: {len(value)} characters, at most {limit}")
    if value in seen:
        raise _invalid(f"{where} {value!r} is not unique")
    return value


def _validate_template(template: JSON) -> None:
    _text(template, "name", 512, "template.name")
    _text(_object(template, "language", "template.language"), "code", 15, "template.language.code")
    components = template.get("components", [])
    if not isinstance(components, list):
        raise _invalid("template.components must be a list")
    for number, component in enumerate(components):
        if not isinstance(component, dict) or not component.get("type"):
            raise _invalid(f"template.components[{number}].type is required")
        quick_reply = component["type"] == "button" and component.get("sub_type") == "quick_reply"
        if component["type"] == "button" and not quick_reply:
            raise _invalid(f"template.components[{number}]: only quick_reply buttons are faked")
        for index, parameter in enumerate(component.get("parameters", [])):
            where = f"template.components[{number}].parameters[{index}]"
            if quick_reply:  # a quick-reply button carries the payload its press sends back
                if not isinstance(parameter, dict) or parameter.get("type") != "payload":
                    raise _invalid(f"{where}.type must be payload")
                _text(parameter, "payload", 128, f"{where}.payload")
                continue
            if not isinstance(parameter, dict) or parameter.get("type") != "text":
                raise _invalid(f"{where}.type must be text")
            _text(parameter, "text", 32768, f"{where}.text")
