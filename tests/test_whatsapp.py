"""WhatsApp end to end: the webhook, buttons and lists, statuses and the 24-hour window."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from doorway.bootstrap import App, build_app
from doorway.bot.runtime import ChannelRuntime
from doorway.bot.web import WHATSAPP_PATH, make_web_app
from doorway.bot.whatsapp import SIGNATURE_HEADER
from doorway.bot.whatsapp_format import parse_webhook
from doorway.dialogs.clock import ShiftedClock
from doorway.dialogs.contract import Button
from doorway.dialogs.engine import ONBOARDING_REMINDER, WINDOW_REOPENED
from doorway.settings import Settings
from doorway.storage import migrate, tables
from doorway.storage.records import OutboxMessage, Person
from tests.fakes.whatsapp_api import FakeWhatsAppAPI, sign
from tests.telegram_support import count_rows

WA_TOKEN = "TEST-WHATSAPP-TOKEN"
APP_SECRET = "whatsapp-app-secret"
VERIFY_TOKEN = "verify-me-please"
WA_ID = "46700000001"


@pytest.fixture
def clock() -> ShiftedClock:
    return ShiftedClock()


@pytest.fixture
async def fake_wa(clock: ShiftedClock) -> AsyncIterator[FakeWhatsAppAPI]:
    async with FakeWhatsAppAPI(token=WA_TOKEN, now=lambda: clock.now().timestamp()) as api:
        yield api


@pytest.fixture
async def wa_app(
    settings: Settings, fake_wa: FakeWhatsAppAPI, clock: ShiftedClock
) -> AsyncIterator[App]:
    configured = Settings(
        database_url=settings.database_url,
        whatsapp_token=WA_TOKEN,
        whatsapp_phone_number_id=fake_wa.phone_number_id,
        whatsapp_app_secret=APP_SECRET,
        whatsapp_verify_token=VERIFY_TOKEN,
        whatsapp_api_base=f"{fake_wa.base_url}/v21.0",
        whatsapp_overall_per_second=1000.0,
        _env_file=None,  # type: ignore[call-arg]
    )
    application = build_app(configured, clock=clock, worker_id="wa-test")
    await migrate.upgrade(application.db)
    try:
        yield application
    finally:
        await application.close()


@pytest.fixture
async def wa_runtime(wa_app: App) -> AsyncIterator[ChannelRuntime]:
    runtime = ChannelRuntime.from_settings(wa_app)
    try:
        yield runtime
    finally:
        await runtime.close()


@pytest.fixture
async def http(wa_app: App, wa_runtime: ChannelRuntime) -> AsyncIterator[TestClient[Any, Any]]:
    async with TestClient(TestServer(make_web_app(wa_app, wa_runtime))) as client:
        yield client


class WhatsAppUser:
    """One person writing to the bot: posts signed notifications and settles the runtime."""

    def __init__(
        self, http: TestClient[Any, Any], runtime: ChannelRuntime, api: FakeWhatsAppAPI
    ) -> None:
        self.http, self.runtime, self.api = http, runtime, api

    async def post(self, payload: dict[str, Any], *, signature: str | None = None) -> int:
        body = json.dumps(payload).encode()
        headers = {SIGNATURE_HEADER: signature or sign(body, APP_SECRET)}
        response = await self.http.post(WHATSAPP_PATH, data=body, headers=headers)
        await self.runtime.settle()
        return response.status

    async def says(self, text: str) -> int:
        self.api.user_wrote(WA_ID)
        return await self.post(self.api.text_webhook(WA_ID, text))

    async def presses(self, button_id: str, *, list_reply: bool = False) -> int:
        self.api.user_wrote(WA_ID)
        return await self.post(self.api.button_webhook(WA_ID, button_id, "x", list_reply))


@pytest.fixture
def user(
    http: TestClient[Any, Any], wa_runtime: ChannelRuntime, fake_wa: FakeWhatsAppAPI
) -> WhatsAppUser:
    return WhatsAppUser(http, wa_runtime, fake_wa)


async def _person(app: App) -> Person:
    async with app.unit_of_work() as uow:
        person = await uow.people.by_address("whatsapp", WA_ID)
    assert person is not None
    return person


async def _queue(app: App, text: str, buttons: list[Button] | None = None) -> int:
    person = await _person(app)
    async with app.unit_of_work() as uow:
        row = await uow.outbox.add(
            OutboxMessage(
                "whatsapp",
                WA_ID,
                text,
                buttons=[{"id": b.id, "label": b.label} for b in buttons or []],
                person_id=person.id,
                created_at=datetime.now(UTC),
            )
        )
        await uow.commit()
    return row.id or 0


async def _row(app: App, message_id: int) -> OutboxMessage:
    async with app.unit_of_work() as uow:
        row = await uow.outbox.get(message_id)
    assert row is not None
    return row


async def test_verification_answers_the_challenge_only_with_the_right_token(
    http: TestClient[Any, Any],
) -> None:
    query = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201"}
    response = await http.get(WHATSAPP_PATH, params=query)
    assert response.status == 200 and await response.text() == "1158201"
    for wrong in ({"hub.verify_token": "guess"}, {"hub.mode": "unsubscribe"}, {"hub.mode": ""}):
        response = await http.get(WHATSAPP_PATH, params=query | wrong)
        assert response.status == 403


async def test_a_bad_signature_is_refused_and_nothing_stored(
    user: WhatsAppUser, wa_app: App, fake_wa: FakeWhatsAppAPI
) -> None:
    payload = fake_wa.text_webhook(WA_ID, "hello")
    assert await user.post(payload, signature="sha256=" + "0" * 64) == 401
    assert await user.post(payload, signature="nonsense") == 401
    other = sign(json.dumps(payload).encode(), "another-secret")
    assert await user.post(payload, signature=other) == 401
    assert await count_rows(wa_app, tables.inbox) == 0
    assert await count_rows(wa_app, tables.people) == 0
    assert fake_wa.sent() == []


async def test_a_malformed_notification_is_refused(user: WhatsAppUser, wa_app: App) -> None:
    assert await user.post({"object": "page", "entry": "x"}) == 400
    assert await count_rows(wa_app, tables.people) == 0


async def test_onboarding_starts_with_buttons_and_a_repeat_is_handled_once(
    user: WhatsAppUser, wa_app: App, fake_wa: FakeWhatsAppAPI
) -> None:
    fake_wa.user_wrote(WA_ID)
    payload = fake_wa.text_webhook(WA_ID, "Hej")
    assert await user.post(payload) == 200
    sent = fake_wa.sent(WA_ID)
    assert sent[-1]["type"] == "interactive"
    # Nine languages: more than three reply buttons allow, so a list.
    assert sent[-1]["interactive"]["type"] == "list"
    languages = sent[-1]["interactive"]["action"]["sections"][0]["rows"]
    assert [row["id"] for row in languages][:3] == ["lang:sv", "lang:fi", "lang:en"]
    assert len(languages) == 9
    assert await user.post(payload) == 200  # Meta delivers a notification again
    assert len(fake_wa.sent(WA_ID)) == len(sent)
    assert await user.presses("lang:en", list_reply=True) == 200
    last = fake_wa.sent(WA_ID)[-1]  # the role labels are long: a list, not buttons
    assert last["interactive"]["type"] == "list"
    rows = last["interactive"]["action"]["sections"][0]["rows"]
    assert [row["id"] for row in rows] == ["role:newcomer", "role:door_opener"]
    assert await user.presses("role:newcomer", list_reply=True) == 200
    assert (await _person(wa_app)).role == "newcomer"
    assert await user.post(fake_wa.image_webhook(WA_ID)) == 200
    texts = [m.get("text", {}).get("body") for m in fake_wa.sent(WA_ID)[-2:]]
    assert texts[0] == wa_app.translator("en", "error-use-buttons")


async def test_more_choices_become_a_list_then_a_numbered_text(
    user: WhatsAppUser, wa_app: App, fake_wa: FakeWhatsAppAPI, wa_runtime: ChannelRuntime
) -> None:
    await user.says("Hej")
    five = [Button(f"b:{n}", f"Choice number {n}") for n in range(5)]
    await _queue(wa_app, "Pick one", five)
    twelve = [Button(f"c:{n}", f"C{n}") for n in range(12)]
    await _queue(wa_app, "Pick from many", twelve)
    await wa_runtime.settle()
    as_list, numbered = fake_wa.sent(WA_ID)[-2:]
    assert as_list["interactive"]["type"] == "list"
    rows = as_list["interactive"]["action"]["sections"][0]["rows"]
    assert [row["id"] for row in rows] == [b.id for b in five]
    assert as_list["interactive"]["action"]["button"] == wa_app.translator("en", "whatsapp-menu")
    body = numbered["text"]["body"]
    assert "12. C11" in body and wa_app.translator("en", "whatsapp-type-number") in body
    channel = wa_runtime.channels["whatsapp"]
    event = await channel.parse({"message": _stored_text(fake_wa.text_webhook(WA_ID, " 3 "))})
    assert event is not None and event.button == "c:2" and event.text is None


def _stored_text(payload: dict[str, Any]) -> dict[str, Any]:
    return asdict(parse_webhook(payload).messages[0])


async def test_delivery_statuses_are_stored_and_never_go_backwards(
    user: WhatsAppUser, wa_app: App, fake_wa: FakeWhatsAppAPI, wa_runtime: ChannelRuntime
) -> None:
    await user.says("Hej")
    message_id = await _queue(wa_app, "Status, please")
    await wa_runtime.settle()
    row = await _row(wa_app, message_id)
    assert row.provider_id and row.provider_id.startswith("wamid.")
    for status, expected in (("delivered", "delivered"), ("read", "read"), ("sent", "read")):
        assert await user.post(fake_wa.status_webhook(row.provider_id, status, WA_ID)) == 200
        assert (await _row(wa_app, message_id)).delivery_status == expected
    failed = await _queue(wa_app, "This one fails later")
    await wa_runtime.settle()
    wamid = (await _row(wa_app, failed)).provider_id or ""
    await user.post(fake_wa.status_webhook(wamid, "failed", WA_ID, error_code=131026))
    row = await _row(wa_app, failed)
    assert row.delivery_status == "failed" and "131026" in (row.last_error or "")


async def test_outside_the_window_a_template_asks_them_back_and_the_reminder_follows(
    user: WhatsAppUser, wa_app: App, fake_wa: FakeWhatsAppAPI, clock: ShiftedClock
) -> None:
    await user.says("Hej")
    before = len(fake_wa.sent(WA_ID))
    clock.advance(timedelta(hours=25))  # quiet for a day: the onboarding reminder is due
    messages = await wa_app.jobs.run_due()
    assert messages
    await user.runtime.settle()
    new = fake_wa.sent(WA_ID)[before:]
    assert [m["type"] for m in new] == ["template"]
    assert new[0]["template"]["name"] == wa_app.settings.whatsapp_template_reminder
    assert new[0]["template"]["language"]["code"] == "en"
    for message in messages:
        row = await _row(wa_app, message.outbox_id or 0)
        assert row.held_at is not None and row.sent_at is None
        assert row.purpose == ONBOARDING_REMINDER
    # They tap "continue": the window is open again, and the reminder goes as it was written.
    fake_wa.user_wrote(WA_ID)
    payload = fake_wa.template_button_webhook(WA_ID, WINDOW_REOPENED, "Continue")
    assert await user.post(payload) == 200
    after = fake_wa.sent(WA_ID)[before + 1 :]
    reminder = wa_app.translator("en", "onboarding-reminder")
    assert after[0]["text"]["body"] == reminder
    assert len(after) == len(messages)  # the held messages, and nothing said to the "continue"
    for message in messages:
        assert (await _row(wa_app, message.outbox_id or 0)).sent_at is not None


async def test_when_meta_says_the_window_is_closed_the_template_goes_instead(
    user: WhatsAppUser, wa_app: App, fake_wa: FakeWhatsAppAPI, wa_runtime: ChannelRuntime
) -> None:
    await user.says("Hej")
    fake_wa.fail_next(400, 131047, "Re-engagement message")
    message_id = await _queue(wa_app, "A survey question")
    await wa_runtime.settle()
    assert fake_wa.sent(WA_ID)[-1]["type"] == "template"
    row = await _row(wa_app, message_id)
    assert row.held_at is not None and row.sent_at is None
    await user.says("I am back")
    assert (await _row(wa_app, message_id)).sent_at is not None


async def test_an_undeliverable_number_is_marked_unreachable(
    user: WhatsAppUser, wa_app: App, fake_wa: FakeWhatsAppAPI, wa_runtime: ChannelRuntime
) -> None:
    await user.says("Hej")
    fake_wa.fail_next(400, 131026, "Message undeliverable")
    message_id = await _queue(wa_app, "Hello?")
    await wa_runtime.settle()
    assert (await _person(wa_app)).unreachable_at is not None
    assert (await _row(wa_app, message_id)).failed_at is not None
    person = await _person(wa_app)
    async with wa_app.unit_of_work() as uow:
        assert await uow.jobs.pending_for(person.id or 0, ONBOARDING_REMINDER) == []


async def _late_window(user: WhatsAppUser, fake_wa: FakeWhatsAppAPI, clock: ShiftedClock) -> None:
    """They wrote 23 h 50 min ago by our clock; WhatsApp's clock is 20 minutes ahead of ours,
    so it accepts what we send and fails it afterwards as outside the window."""
    await user.says("Hej")
    clock.advance(timedelta(hours=23, minutes=50))
    fake_wa.user_wrote(WA_ID, at=fake_wa.now() - 24 * 3600 - 10 * 60)
    fake_wa.accept_outside_window = True


def _templates(fake_wa: FakeWhatsAppAPI) -> list[dict[str, Any]]:
    return [m for m in fake_wa.sent(WA_ID) if m["type"] == "template"]


def _texts(fake_wa: FakeWhatsAppAPI, start: int = 0) -> list[str]:
    return [m["text"]["body"] for m in fake_wa.sent(WA_ID)[start:] if m["type"] == "text"]


async def test_a_late_window_failure_holds_the_messages_until_they_answer(
    user: WhatsAppUser,
    wa_app: App,
    fake_wa: FakeWhatsAppAPI,
    wa_runtime: ChannelRuntime,
    clock: ShiftedClock,
) -> None:
    await _late_window(user, fake_wa, clock)
    first = await _queue(wa_app, "First, sent too late")
    second = await _queue(wa_app, "Second, sent too late")
    await wa_runtime.settle()
    assert (await _row(wa_app, first)).sent_at is not None  # accepted: we could not know
    before = len(fake_wa.sent(WA_ID))
    failures = fake_wa.late_failures()
    assert failures is not None
    assert len(failures["entry"][0]["changes"][0]["value"]["statuses"]) == 2  # at once
    assert await user.post(failures) == 200
    assert [m["type"] for m in fake_wa.sent(WA_ID)[before:]] == ["template"]
    assert _templates(fake_wa)[0]["template"]["name"] == wa_app.settings.whatsapp_template_update
    for message_id in (first, second):
        row = await _row(wa_app, message_id)
        assert row.held_at is not None and row.sent_at is None
        assert row.delivery_status == "failed" and "131047" in (row.last_error or "")
    third = await _queue(wa_app, "Third, waits behind them")
    await wa_runtime.settle()
    assert len(fake_wa.sent(WA_ID)) == before + 1
    # They answer: the held messages go again, once each, in the order they were queued.
    fake_wa.accept_outside_window = False
    await user.says("I am back")
    assert _texts(fake_wa, before)[:3] == [
        "First, sent too late",
        "Second, sent too late",
        "Third, waits behind them",
    ]
    for message_id in (first, second, third):
        row = await _row(wa_app, message_id)
        assert row.sent_at is not None and row.held_at is None and row.delivery_status == "sent"
    assert len(_templates(fake_wa)) == 1
    assert fake_wa.late_failures() is None


async def test_a_repeated_late_window_failure_sends_no_second_template(
    user: WhatsAppUser,
    wa_app: App,
    fake_wa: FakeWhatsAppAPI,
    wa_runtime: ChannelRuntime,
    clock: ShiftedClock,
) -> None:
    await _late_window(user, fake_wa, clock)
    message_id = await _queue(wa_app, "Sent too late")
    await wa_runtime.settle()
    failure = fake_wa.late_failures()
    assert failure is not None
    for _ in range(3):  # Meta retries a notification it thinks we did not take
        assert await user.post(failure) == 200
    assert len(_templates(fake_wa)) == 1
    assert (await _row(wa_app, message_id)).held_at is not None
    fake_wa.accept_outside_window = False
    await user.says("I am back")
    assert await user.post(failure) == 200  # once more, after it went again
    assert _texts(fake_wa).count("Sent too late") == 2  # too late, then once more
    row = await _row(wa_app, message_id)
    assert row.sent_at is not None and row.delivery_status == "sent"
    assert len(_templates(fake_wa)) == 1


async def test_a_late_failure_of_another_kind_is_only_recorded(
    user: WhatsAppUser, wa_app: App, fake_wa: FakeWhatsAppAPI, wa_runtime: ChannelRuntime
) -> None:
    await user.says("Hej")
    message_id = await _queue(wa_app, "Fails for another reason")
    await wa_runtime.settle()
    wamid = (await _row(wa_app, message_id)).provider_id or ""
    before = len(fake_wa.sent(WA_ID))
    assert await user.post(fake_wa.status_webhook(wamid, "failed", WA_ID, error_code=131000)) == 200
    row = await _row(wa_app, message_id)
    assert row.sent_at is not None and row.held_at is None
    assert row.delivery_status == "failed" and "131000" in (row.last_error or "")
    assert len(fake_wa.sent(WA_ID)) == before
