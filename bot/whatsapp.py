"""WhatsApp Cloud API: the webhook (verification, signed notifications) and the sender.

Messages are stored in the inbox like Telegram updates and handled after the answer; delivery
statuses are stored on the outbox row they belong to. Outside the 24-hour customer-service
window only an approved template may go: it asks the person back, and everything queued for
them waits (held) until they write, then goes in order. WhatsApp's clock decides: a message it
accepted and then failed as outside the window (131047, in a status) goes back to the queue in
its place, and the window counts as closed until the person writes again.
"""

from __future__ import annotations

import hmac
import json
import logging
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web

from doorway.bootstrap import App
from doorway.bot.rate_limit import RateLimits
from doorway.bot.redaction import redact, redact_secret
from doorway.bot.sending import OutsideWindow, PartSent, Queued, Rejected, RetryAfter, Unreachable
from doorway.bot.whatsapp_format import (
    CHANNEL,
    MAX_LIST_ROWS,
    IncomingMessage,
    MalformedWebhook,
    StatusUpdate,
    classify_error,
    closes_window,
    document_message,
    numbered_choice,
    parse_webhook,
    render,
    template_language,
    template_message,
    verify_signature,
)
from doorway.dialogs.contract import InboundEvent
from doorway.dialogs.engine import WINDOW_REOPENED
from doorway.dialogs.i18n import Translator

if TYPE_CHECKING:
    from doorway.bot.runtime import ChannelRuntime

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Hub-Signature-256"
WINDOW = timedelta(hours=24)
WINDOW_MARGIN = timedelta(minutes=5)  # our clock and Meta's need not agree to the second
# Clocks disagree by minutes, not hours: someone who wrote this recently cannot be outside
# WhatsApp's window, so only quieter people cost a look for a late window failure.
LATE_FAILURE_AFTER = WINDOW / 2
THROTTLED_WAIT = 2.0  # Graph gives no retry-after; a short pause, then the queue tries again
SURVEY_PURPOSES = frozenset({"survey_start", "survey_reminder"})
REMINDER_PURPOSES = frozenset(
    {"onboarding_reminder", "proposal_reminder", "meeting_reminder", "event_reminder"}
)


class GraphError(Exception):
    """A Graph API failure that may pass (throttling aside, a network or server error)."""


class WhatsAppChannel:
    """The WhatsApp side of Doorway: parses stored messages, sends the outbox via Graph API."""

    name = CHANNEL

    def __init__(self, app: App, limits: RateLimits) -> None:
        token, phone_number_id, app_secret, verify_token = app.settings.require_whatsapp()
        for secret in (token, app_secret, verify_token):
            redact_secret(secret)
        self.app = app
        self.limits = limits
        self.phone_number_id = phone_number_id
        self.app_secret = app_secret
        self.verify_token = verify_token
        self._token = token
        self._base = f"{app.settings.whatsapp_api_base}/{phone_number_id}"
        self._translator: Translator = app.translator
        self._http: aiohttp.ClientSession | None = None

    @classmethod
    def from_settings(cls, app: App) -> WhatsAppChannel:
        """A channel from the DOORWAY_WHATSAPP_* settings."""
        limits = RateLimits(app.settings.whatsapp_overall_per_second, 1.0, 5)
        return cls(app, limits)

    # -- inbound ------------------------------------------------------------------------------

    async def parse(self, stored: dict[str, Any]) -> InboundEvent | None:
        """The event in a stored message; a typed number picks from a numbered menu."""
        message = IncomingMessage(**stored["message"])
        if message.kind == "template_button":
            # The template's "continue": only reopens the window; held messages follow.
            return InboundEvent(CHANNEL, message.wa_id, message.message_id, button=WINDOW_REOPENED)
        if message.kind == "text" and message.text is not None:
            async with self.app.unit_of_work() as uow:
                offered = await uow.outbox.last_buttons(CHANNEL, message.wa_id)
            if len(offered) > MAX_LIST_ROWS:  # sent as a numbered list
                choice = numbered_choice(message.text, offered)
                if choice is not None:
                    return InboundEvent(CHANNEL, message.wa_id, message.message_id, button=choice)
        return message.to_event()

    # -- outbound -----------------------------------------------------------------------------

    async def send(self, item: Queued, part_sent: PartSent) -> str | None:
        """Send a message as text, reply buttons, a list or a numbered text; files after."""
        if self._window_closed(item.last_seen_at) or await self._closed_by_whatsapp(item):
            raise OutsideWindow()
        message = item.message
        if len(message.buttons) > MAX_LIST_ROWS:
            hint = self._translator(item.locale, "whatsapp-type-number")
            message = type(message)(
                message.channel,
                message.user_id,
                f"{message.text}\n\n{hint}",
                message.buttons,
                message.attachments,
                outbox_id=message.outbox_id,
            )
        try:
            bodies = render(message, menu_label=self._translator(item.locale, "whatsapp-menu"))
        except ValueError as error:  # a message WhatsApp cannot show (no text under buttons)
            raise Rejected(str(error)) from None
        last_id: str | None = None
        for number, body in enumerate(bodies, start=1):
            if number <= item.parts_sent:
                continue  # sent before a restart
            last_id = await self._post(body)
            if number < len(bodies) or message.attachments:
                await part_sent(number)
        for attachment in message.attachments:
            media_id = await self._upload(attachment.name, attachment.mime, attachment.data)
            await self._post(document_message(message.user_id, media_id, attachment.name))
        return last_id

    async def send_template(self, item: Queued) -> str | None:
        """The approved template for why the message was queued, with a "continue" button."""
        settings = self.app.settings
        if item.purpose in SURVEY_PURPOSES:
            name = settings.whatsapp_template_survey
        elif item.purpose in REMINDER_PURPOSES:
            name = settings.whatsapp_template_reminder
        else:
            name = settings.whatsapp_template_update
        body = template_message(item.message.user_id, name, template_language(item.locale))
        body["template"]["components"] = [
            {
                "type": "button",
                "sub_type": "quick_reply",
                "index": "0",
                "parameters": [{"type": "payload", "payload": WINDOW_REOPENED}],
            }
        ]
        return await self._post(body)

    def _window_closed(self, last_seen_at: datetime | None) -> bool:
        now = self.app.clock.now()  # the clock that wrote last_seen_at
        return last_seen_at is None or last_seen_at + WINDOW - WINDOW_MARGIN < now

    async def _closed_by_whatsapp(self, item: Queued) -> bool:
        """WhatsApp failed a message to them as outside the window after accepting it, and
        they have not written since (see `_record_statuses`)."""
        seen = item.last_seen_at
        if seen is None or seen > self.app.clock.now() - LATE_FAILURE_AFTER:
            return False
        async with self.app.unit_of_work() as uow:
            return await uow.send_queue.window_closed_since(CHANNEL, item.message.user_id, seen)

    async def _post(self, body: dict[str, Any]) -> str | None:
        """POST one message; the Graph API's errors become the send queue's outcomes."""
        response = await self._request("messages", json=body)
        messages = response.get("messages") or [{}]
        return str(messages[0].get("id")) if messages[0].get("id") else None

    async def _upload(self, name: str, mime: str, data: bytes) -> str:
        form = aiohttp.FormData()
        form.add_field("messaging_product", "whatsapp")
        form.add_field("type", mime)
        form.add_field("file", data, filename=name, content_type=mime)
        response = await self._request("media", data=form)
        return str(response["id"])

    async def _request(self, path: str, **kwargs: Any) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self._token}"}
        try:
            async with self._session().post(
                f"{self._base}/{path}", headers=headers, **kwargs
            ) as response:
                status = response.status
                body = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as error:
            raise GraphError(redact(f"{type(error).__name__}: {error}")) from None
        if status == 200 and isinstance(body, dict):
            return body
        body = body if isinstance(body, dict) else {}
        kind = classify_error(status, body)
        detail = redact(str(body.get("error", {}).get("message", status)))
        if kind == "retry":
            raise RetryAfter(THROTTLED_WAIT)
        if kind == "outside_window":
            raise OutsideWindow()
        if kind == "unreachable":
            raise Unreachable(detail)
        if kind == "permanent":
            raise Rejected(detail)
        raise GraphError(f"{status}: {detail}")  # a bad token: retried once it is fixed

    def _session(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        return self._http

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._http is not None:
            await self._http.close()


def add_routes(web_app: web.Application, runtime: ChannelRuntime, path: str) -> None:
    """The webhook: GET answers Meta's verification, POST takes signed notifications."""
    channel = runtime.channels[CHANNEL]
    assert isinstance(channel, WhatsAppChannel)

    async def verify(request: web.Request) -> web.Response:
        query = request.query
        token = query.get("hub.verify_token", "")
        if query.get("hub.mode") != "subscribe" or not hmac.compare_digest(
            token.encode(), channel.verify_token.encode()
        ):
            return web.Response(status=403, text="verification failed")
        return web.Response(text=query.get("hub.challenge", ""))

    async def notify(request: web.Request) -> web.Response:
        raw = await request.read()
        if not verify_signature(raw, request.headers.get(SIGNATURE_HEADER), channel.app_secret):
            return web.json_response({"ok": False, "error": "bad signature"}, status=401)
        try:
            content = parse_webhook(json.loads(raw))
        except (ValueError, MalformedWebhook):
            return web.json_response({"ok": False, "error": "malformed notification"}, status=400)
        ours = [m for m in content.messages if m.phone_number_id == channel.phone_number_id]
        for message in ours:
            await runtime.inbox.store(
                CHANNEL, message.message_id, message.wa_id, {"message": asdict(message)}
            )
        if content.statuses and await _record_statuses(runtime.app, content.statuses):
            runtime.wake_senders()  # put back: the sender finds the window closed
        return web.json_response({"ok": True})

    web_app.router.add_get(path, verify)
    web_app.router.add_post(path, notify)


async def _record_statuses(app: App, statuses: list[StatusUpdate]) -> int:
    """Store what became of sent messages (sent, delivered, read, failed); returns how many
    were put back to go again because WhatsApp found them outside the window."""
    requeued = 0
    async with app.unit_of_work() as uow:
        now = app.clock.now()  # the clock of last_seen_at, which it is compared with
        for status in statuses:
            at = datetime.fromtimestamp(status.timestamp, UTC)
            error = None
            if status.status == "failed":
                error = f"{status.error_code}: {status.error_title}"
            if error is not None and closes_window(status):
                # Accepted, then refused: as if our own window check had failed. A repeat of
                # the status finds the message unsent already and changes nothing.
                if await uow.send_queue.requeue_outside_window(
                    CHANNEL, status.message_id, now, error
                ):
                    requeued += 1
                    log.info(
                        "WhatsApp message %s: outside the window, queued again", status.message_id
                    )
                continue
            if error is not None:
                log.warning("WhatsApp message %s failed: %s", status.message_id, error)
            await uow.send_queue.record_status(CHANNEL, status.message_id, status.status, at, error)
        await uow.commit()
    return requeued
