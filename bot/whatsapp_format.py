"""WhatsApp Cloud API wire formats: webhook signatures and parsing, message bodies, error kinds.

Pure functions only; the adapter that does the HTTP calls sits on top of this module.
Lengths are counted in Unicode code points (Python's len), the unit of Meta's documented limits.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from doorway.dialogs.contract import Button, InboundEvent, OutboundMessage

JSON = dict[str, Any]
MessageKind = Literal["text", "button", "template_button", "unsupported"]
DeliveryStatus = Literal["sent", "delivered", "read", "failed"]
ErrorKind = Literal["retry", "outside_window", "unreachable", "auth", "permanent"]

CHANNEL = "whatsapp"
MAX_TEXT = 4096
MAX_INTERACTIVE_BODY = 1024
MAX_REPLY_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_LIST_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_MENU_LABEL = 20
MAX_ID = 200  # list row ids; reply button ids may be 256, one limit keeps both renderings valid
ELLIPSIS = "…"

# Doorway locale -> WhatsApp template language code.
WHATSAPP_LANGUAGE = {
    "sv": "sv",
    "fi": "fi",
    "en": "en",
    "ar": "ar",
    "fa": "fa",
    "uk": "uk",
    "ru": "ru",
}
DEFAULT_TEMPLATE_LANGUAGE = "en"

_SIGNATURE = re.compile(r"sha256=([0-9a-fA-F]{64})")
_STATUSES: frozenset[str] = frozenset({"sent", "delivered", "read", "failed"})
_THROTTLED = frozenset({4, 80007, 130429, 131048, 131056})
_UNREACHABLE = frozenset({131021, 131026})
_OUTSIDE_WINDOW = 131047
_BAD_TOKEN = 190


class MalformedWebhook(ValueError):
    """The webhook body is not a WhatsApp Business Account notification we can read."""


@dataclass(frozen=True)
class IncomingMessage:
    """One message a user sent to our number, reduced to what the engine can use."""

    message_id: str
    wa_id: str
    kind: MessageKind
    text: str | None
    button_id: str | None
    timestamp: int
    phone_number_id: str

    def to_event(self) -> InboundEvent:
        """The engine's event: a text, a button press, or neither for unsupported messages."""
        if self.kind == "text":
            return InboundEvent(CHANNEL, self.wa_id, self.message_id, text=self.text)
        if self.kind in ("button", "template_button"):
            return InboundEvent(CHANNEL, self.wa_id, self.message_id, button=self.button_id)
        return InboundEvent(CHANNEL, self.wa_id, self.message_id)


@dataclass(frozen=True)
class StatusUpdate:
    """What became of a message we sent: sent, delivered, read or failed (with the error)."""

    message_id: str
    status: DeliveryStatus
    timestamp: int
    recipient_id: str
    error_code: int | None = None
    error_title: str | None = None


@dataclass(frozen=True)
class WebhookContent:
    """Everything one webhook notification carried, in the order it came."""

    messages: list[IncomingMessage]
    statuses: list[StatusUpdate]


# -- inbound ----------------------------------------------------------------------------------


def verify_signature(body: bytes, header: str | None, app_secret: str) -> bool:
    """Whether `X-Hub-Signature-256` is the HMAC-SHA256 of the raw body under the app secret."""
    if not header or not app_secret:
        return False
    match = _SIGNATURE.fullmatch(header.strip())
    if match is None:
        return False
    expected = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, match[1].lower())


def parse_webhook(payload: object) -> WebhookContent:
    """The messages and statuses in a webhook body; MalformedWebhook if it is not one."""
    root = _mapping(payload, "payload")
    if root.get("object") != "whatsapp_business_account":
        raise MalformedWebhook(f"not a WhatsApp Business Account webhook: {root.get('object')!r}")
    messages: list[IncomingMessage] = []
    statuses: list[StatusUpdate] = []
    for entry in _items(root.get("entry"), "entry", required=True):
        for change in _items(_mapping(entry, "entry").get("changes"), "changes", required=True):
            change = _mapping(change, "change")
            if change.get("field") != "messages":
                continue  # account and template notifications are not ours to handle
            value = _mapping(change.get("value"), "value")
            metadata = _mapping(value.get("metadata"), "metadata")
            phone_number_id = _string(metadata, "phone_number_id")
            for message in _items(value.get("messages"), "messages"):
                messages.append(_incoming(_mapping(message, "message"), phone_number_id))
            for status in _items(value.get("statuses"), "statuses"):
                if (update := _status(_mapping(status, "status"))) is not None:
                    statuses.append(update)
    return WebhookContent(messages, statuses)


def _incoming(message: Mapping[str, Any], phone_number_id: str) -> IncomingMessage:
    kind, text, button_id = _content(message)
    return IncomingMessage(
        message_id=_string(message, "id"),
        wa_id=_string(message, "from"),
        kind=kind,
        text=text,
        button_id=button_id,
        timestamp=_timestamp(message),
        phone_number_id=phone_number_id,
    )


def _content(message: Mapping[str, Any]) -> tuple[MessageKind, str | None, str | None]:
    """(kind, text, button id) of a message; anything but text and replies is "unsupported"."""
    kind = message.get("type")
    if kind == "text":
        return "text", _string(_mapping(message.get("text"), "text"), "body", empty=True), None
    if kind == "interactive":
        interactive = _mapping(message.get("interactive"), "interactive")
        reply_type = interactive.get("type")
        if reply_type in ("button_reply", "list_reply"):
            reply = _mapping(interactive.get(reply_type), str(reply_type))
            title = reply.get("title")
            return "button", title if isinstance(title, str) else None, _string(reply, "id")
    if kind == "button":  # a quick-reply button of a template message
        button = _mapping(message.get("button"), "button")
        label = button.get("text")
        payload = _string(button, "payload")
        return "template_button", label if isinstance(label, str) else None, payload
    return "unsupported", None, None


def _status(status: Mapping[str, Any]) -> StatusUpdate | None:
    name = status.get("status")
    if name not in _STATUSES:
        return None  # e.g. "deleted" or "warning": nothing for us to do
    code: int | None = None
    title: str | None = None
    errors = _items(status.get("errors"), "errors")
    if errors:
        error = _mapping(errors[0], "error")
        code = error.get("code") if isinstance(error.get("code"), int) else None
        title = error.get("title") if isinstance(error.get("title"), str) else None
    return StatusUpdate(
        message_id=_string(status, "id"),
        status=name,
        timestamp=_timestamp(status),
        recipient_id=_string(status, "recipient_id"),
        error_code=code,
        error_title=title,
    )


def _mapping(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise MalformedWebhook(f"{what} is not an object")
    return value


def _items(value: object, what: str, required: bool = False) -> list[Any]:
    if value is None and not required:
        return []
    if not isinstance(value, list):
        raise MalformedWebhook(f"{what} is not a list")
    return value


def _string(parent: Mapping[str, Any], key: str, empty: bool = False) -> str:
    value = parent.get(key)
    if not isinstance(value, str) or not (value or empty):
        raise MalformedWebhook(f"{key} is missing or not a string")
    return value


def _timestamp(parent: Mapping[str, Any]) -> int:
    # Meta sends Unix seconds as a string.
    value = parent.get("timestamp")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    raise MalformedWebhook(f"timestamp is not a number: {value!r}")


# -- outbound ---------------------------------------------------------------------------------


def render(message: OutboundMessage, menu_label: str = "Choose") -> list[JSON]:
    """The Graph API bodies that send this message, in order (attachments not included).

    Up to three short buttons become reply buttons, up to ten a list, more a numbered text.
    """
    buttons = message.buttons
    _check_buttons(buttons)
    to = message.user_id
    if not buttons:
        return [text_message(to, part) for part in split_text(message.text)]
    if len(buttons) > MAX_LIST_ROWS:
        return [text_message(to, part) for part in split_text(numbered_text(message.text, buttons))]
    leading, body = _split_tail(message.text, MAX_INTERACTIVE_BODY)
    if not body:
        raise ValueError("a WhatsApp message with buttons needs a text body")
    bodies = [text_message(to, part) for part in split_text(leading)]
    fits = all(len(button.label) <= MAX_BUTTON_TITLE for button in buttons)
    if len(buttons) <= MAX_REPLY_BUTTONS and fits:
        bodies.append(_reply_buttons(to, body, buttons))
    else:
        bodies.append(_list(to, body, buttons, menu_label))
    return bodies


def text_message(to: str, text: str) -> JSON:
    """A plain text message (links are not previewed)."""
    return _envelope(to, "text", {"body": text, "preview_url": False})


def document_message(to: str, media_id: str, filename: str) -> JSON:
    """A document message for media uploaded beforehand to /{phone_number_id}/media."""
    return _envelope(to, "document", {"id": media_id, "filename": filename})


def template_message(to: str, name: str, language: str, body_params: Sequence[str] = ()) -> JSON:
    """A pre-approved template message, the only kind allowed outside the 24-hour window."""
    template: JSON = {"name": name, "language": {"code": language}}
    if body_params:
        parameters = [{"type": "text", "text": param} for param in body_params]
        template["components"] = [{"type": "body", "parameters": parameters}]
    return _envelope(to, "template", template)


def template_language(locale: str) -> str:
    """The template language for a locale; English where WhatsApp has none (Somali, Tigrinya)."""
    base = locale.replace("_", "-").split("-", 1)[0].lower()
    return WHATSAPP_LANGUAGE.get(base, DEFAULT_TEMPLATE_LANGUAGE)


def numbered_text(text: str, buttons: Sequence[Button]) -> str:
    """The text with the buttons appended as "1. label" lines, for the reader to type a number."""
    lines = [f"{number}. {button.label}" for number, button in enumerate(buttons, start=1)]
    return "\n\n".join(part for part in (text.rstrip(), "\n".join(lines)) if part)


def numbered_choice(text: str, button_ids: Sequence[str]) -> str | None:
    """The button id a typed number picks from a numbered list ("3", " 3 ", "3."), else None."""
    typed = text.strip().rstrip(".)").strip()
    # isdecimal() also takes Arabic-Indic and Persian digits, which int() reads correctly.
    if not typed.isdecimal():
        return None
    number = int(typed)
    return button_ids[number - 1] if 1 <= number <= len(button_ids) else None


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Parts of at most `limit` characters, cut at line breaks, else spaces, else anywhere."""
    parts: list[str] = []
    text = text.strip()
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit + 1)
        if cut <= 0:
            cut = text.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        parts.append(text)
    return parts


def _split_tail(text: str, limit: int) -> tuple[str, str]:
    """(leading text, last part of at most `limit` characters), cut as split_text cuts."""
    text = text.strip()
    if len(text) <= limit:
        return "", text
    start = len(text) - limit  # the tail may begin at this index at the earliest
    for separator in ("\n", " "):
        cut = text.find(separator, start - 1)
        if cut != -1:
            return text[:cut].rstrip(), text[cut + 1 :].lstrip()
    return text[:start], text[start:]


def _reply_buttons(to: str, body: str, buttons: Sequence[Button]) -> JSON:
    replies = [{"type": "reply", "reply": {"id": b.id, "title": b.label}} for b in buttons]
    interactive = {"type": "button", "body": {"text": body}, "action": {"buttons": replies}}
    return _envelope(to, "interactive", interactive)


def _list(to: str, body: str, buttons: Sequence[Button], menu_label: str) -> JSON:
    rows = [_row(button) for button in buttons]
    action = {"button": _cut(menu_label, MAX_MENU_LABEL), "sections": [{"rows": rows}]}
    return _envelope(to, "interactive", {"type": "list", "body": {"text": body}, "action": action})


def _row(button: Button) -> JSON:
    row: JSON = {"id": button.id, "title": _cut(button.label, MAX_ROW_TITLE)}
    if len(button.label) > MAX_ROW_TITLE:  # the title lost its end; show the whole label below
        row["description"] = _cut(button.label, MAX_ROW_DESCRIPTION)
    return row


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def _envelope(to: str, kind: str, content: JSON) -> JSON:
    return {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": kind,
        kind: content,
    }


def _check_buttons(buttons: Sequence[Button]) -> None:
    """ValueError for buttons WhatsApp would refuse: empty or long ids, repeats, empty labels."""
    seen: set[str] = set()
    for button in buttons:
        if not button.id or len(button.id) > MAX_ID:
            raise ValueError(f"button id must have 1 to {MAX_ID} characters: {button.id[:40]!r}")
        if button.id in seen:
            raise ValueError(f"button id repeated: {button.id!r}")
        if not button.label.strip():
            raise ValueError(f"button {button.id!r} has an empty label")
        seen.add(button.id)


# -- errors -----------------------------------------------------------------------------------


def classify_error(status: int, body: Mapping[str, Any]) -> ErrorKind:
    """What to do about a failed Graph API call: retry, give up, or act on the reason."""
    code = _error_code(body)
    if code in _THROTTLED:
        return "retry"
    if code == _OUTSIDE_WINDOW:
        return "outside_window"
    if code in _UNREACHABLE:
        return "unreachable"
    if status == 401 or code == _BAD_TOKEN:
        return "auth"
    if status == 429 or status >= 500:
        return "retry"
    # Any other 4xx, and anything unexpected: retrying the same request would fail the same way.
    return "permanent"


def closes_window(status: StatusUpdate) -> bool:
    """Whether a status says that a message WhatsApp had accepted fell outside the person's
    24-hour window after all (its clock decided, not ours)."""
    return status.status == "failed" and status.error_code == _OUTSIDE_WINDOW


def _error_code(body: Mapping[str, Any]) -> int | None:
    error = body.get("error") if isinstance(body, Mapping) else None
    code = error.get("code") if isinstance(error, Mapping) else None
    return code if isinstance(code, int) and not isinstance(code, bool) else None
