"""Telegram as it misbehaves: retries, crashes, 429, 403, long and hostile texts, two processes."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import socket
import time
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from sqlalchemy import select, update

from doorway.bootstrap import App, build_app
from doorway.bot.runtime import ChannelRuntime
from doorway.bot.web import SECRET_HEADER, TELEGRAM_PATH, run_server
from doorway.dialogs.clock import ShiftedClock
from doorway.dialogs.engine import ONBOARDING_REMINDER
from doorway.storage import tables
from doorway.storage.channel_queues import CLAIM_TIMEOUT
from doorway.storage.records import OutboxMessage, Person
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.telegram_support import (
    SECRET,
    TOKEN,
    USER,
    WebhookClient,
    count_rows,
    post_update,
    telegram_settings,
)


async def _person(app: App, user: int = USER) -> Person:
    async with app.unit_of_work() as uow:
        person = await uow.people.by_address("telegram", str(user))
    assert person is not None
    return person


async def _queue(app: App, text: str, user: int = USER) -> int:
    """Put a message for an existing person straight into the outbox."""
    person = await _person(app, user)
    async with app.unit_of_work() as uow:
        row = await uow.outbox.add(
            OutboxMessage(
                "telegram", str(user), text, person_id=person.id, created_at=datetime.now(UTC)
            )
        )
        await uow.commit()
    return row.id or 0


async def _outbox_row(app: App, message_id: int) -> OutboxMessage:
    async with app.unit_of_work() as uow:
        row = await uow.outbox.get(message_id)
    assert row is not None
    return row


async def test_an_update_stored_before_a_crash_is_handled_by_the_next_process(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App, runtime: ChannelRuntime
) -> None:
    # The webhook stored the update and answered 200; the process died before handling it.
    assert await post_update(client, fake_api.text_update(USER, "/start"), settle=False) == 200
    assert fake_api.sent_messages() == []
    assert await count_rows(tg_app, tables.inbox) == 1
    async with tg_app.unit_of_work() as uow:  # the dead process's sending lease runs out
        await uow.session.execute(update(tables.leases).values(expires_at=datetime.now(UTC)))
        await uow.commit()
    restarted = build_app(tg_app.settings, clock=ShiftedClock(), worker_id="restarted")
    runtime = ChannelRuntime.from_settings(restarted)
    try:
        await runtime.settle()
    finally:
        await runtime.close()
        await restarted.close()
    assert len(await fake_api.wait_for_messages(USER, 2)) == 2
    assert await count_rows(tg_app, tables.inbox) == 0


async def test_a_worker_takes_only_updates_that_waited_and_once_takes_all(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    other = USER + 1
    for user in (USER, other):  # stored by a web process that has not handled them yet
        await post_update(client, fake_api.text_update(user, "/start"), settle=False)
    waited = datetime.now(UTC) - timedelta(seconds=120)
    async with tg_app.unit_of_work() as uow:  # USER's update has waited 2 min, the other's not
        inbox = tables.inbox.c
        statement = update(tables.inbox).where(inbox.chat_key == str(USER))
        await uow.session.execute(statement.values(received_at=waited))
        await uow.session.execute(update(tables.leases).values(expires_at=datetime.now(UTC)))
        await uow.commit()
    worker = build_app(tg_app.settings, clock=tg_app.clock, worker_id="worker")
    runtime = ChannelRuntime.from_settings(worker, inbox_patience=timedelta(seconds=60))
    stop = asyncio.Event()
    running = asyncio.create_task(runtime.run(stop))
    try:
        assert len(await fake_api.wait_for_messages(USER, 2)) == 2
        await asyncio.sleep(0.7)  # more than a poll of the inbox
        assert [m for m in fake_api.sent_messages() if m["chat_id"] == other] == []
        async with tg_app.unit_of_work() as uow:
            left = (await uow.session.execute(select(tables.inbox.c.chat_key))).scalars().all()
        assert left == [str(other)]
        stop.set()
        await running
        await runtime.settle()  # `doorway worker --once`: everything stored, at once
        assert len(await fake_api.wait_for_messages(other, 2)) == 2
    finally:
        stop.set()
        await runtime.close()
        await worker.close()
    assert await count_rows(tg_app, tables.inbox) == 0


async def test_a_dead_processs_claim_is_taken_over_and_the_update_handled_once(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    update_ = fake_api.text_update(USER, "/start")
    await post_update(client, update_, settle=False)
    async with tg_app.unit_of_work() as uow:  # a process claimed it, then died
        claimed = await uow.inbox.claim("dead-process", datetime.now(UTC), 10)
        await uow.commit()
    assert len(claimed) == 1
    await client.settle()
    assert fake_api.sent_messages() == []  # the claim is still fresh
    stale = datetime.now(UTC) - CLAIM_TIMEOUT - timedelta(seconds=1)
    async with tg_app.unit_of_work() as uow:
        await uow.session.execute(update(tables.inbox).values(claimed_at=stale))
        await uow.commit()
    await client.settle()
    await post_update(client, update_)  # and Telegram retries it once more, for good measure
    assert len(fake_api.sent_messages()) == 2
    assert await count_rows(tg_app, tables.inbound_updates) == 1


async def test_updates_of_one_chat_are_handled_in_order_by_racing_processes(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    await post_update(client, fake_api.text_update(USER, "/start"))
    for data in ("lang:en", "role:newcomer", "consent:yes"):
        await post_update(client, fake_api.callback_update(USER, data), settle=False)
    others = [build_app(tg_app.settings, clock=tg_app.clock, worker_id=f"p{n}") for n in range(2)]
    runtimes = [ChannelRuntime.from_settings(other) for other in others]
    try:
        await asyncio.gather(*(runtime.inbox.drain() for runtime in runtimes), client.settle())
        await client.settle()
    finally:
        for runtime, other in zip(runtimes, others, strict=True):
            await runtime.close()
            await other.close()
    person = await _person(tg_app)
    assert person.role == "newcomer" and person.consent_at is not None  # in order: all taken
    assert await count_rows(tg_app, tables.inbox) == 0


async def test_429_waits_the_time_telegram_asks_and_sends_once(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    await post_update(client, fake_api.text_update(USER, "/start"))
    before = len(fake_api.sent_messages())
    fake_api.fail_next("sendMessage", 429, retry_after=1)
    message_id = await _queue(tg_app, "After the pause")
    started = time.monotonic()
    await client.settle()
    row = await _outbox_row(tg_app, message_id)
    assert row.sent_at is None and row.not_before is not None
    while (await _outbox_row(tg_app, message_id)).sent_at is None:
        assert time.monotonic() - started < 10
        await asyncio.sleep(0.1)
        await client.settle()
    assert time.monotonic() - started >= 0.9
    texts = [m["text"] for m in fake_api.sent_messages()[before:]]
    assert texts == ["After the pause"]
    refused, accepted = fake_api.calls_to("sendMessage")[-2:]
    assert refused.status == 429 and accepted.status == 200
    assert accepted.at - refused.at >= 0.9


async def test_a_blocked_bot_marks_the_person_unreachable_and_stops_their_jobs(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    await post_update(client, fake_api.text_update(USER, "/start"))
    person = await _person(tg_app)
    async with tg_app.unit_of_work() as uow:
        assert await uow.jobs.pending_for(person.id or 0, ONBOARDING_REMINDER)
    fake_api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    first = await _queue(tg_app, "One")
    second = await _queue(tg_app, "Two")
    calls = len(fake_api.calls_to("sendMessage"))
    await client.settle()
    assert len(fake_api.calls_to("sendMessage")) == calls + 1  # the second was not tried
    person = await _person(tg_app)
    assert person.unreachable_at is not None
    for message_id in (first, second):
        row = await _outbox_row(tg_app, message_id)
        assert row.sent_at is None and row.failed_at is not None
    async with tg_app.unit_of_work() as uow:
        assert await uow.jobs.pending_for(person.id or 0, ONBOARDING_REMINDER) == []
    # Later messages are not even tried, until the person writes again.
    later = await _queue(tg_app, "Three")
    await client.settle()
    assert len(fake_api.calls_to("sendMessage")) == calls + 1
    assert (await _outbox_row(tg_app, later)).failed_at is not None
    await post_update(client, fake_api.text_update(USER, "/help"))
    assert (await _person(tg_app)).unreachable_at is None
    assert len(fake_api.sent_messages()) > 2


async def test_a_long_message_is_split_and_a_restart_sends_only_the_rest(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    await post_update(client, fake_api.text_update(USER, "/start"))
    before = len(fake_api.sent_messages())
    paragraph = "Dörren öppnas 🚪 " * 100  # emoji count twice in Telegram's UTF-16 limit
    text = "\n".join([paragraph] * 8)
    message_id = await _queue(tg_app, text)
    fake_api.fail_next("sendMessage", 500, "Internal Server Error")
    await client.settle()  # the first part failed: nothing sent yet
    async with tg_app.unit_of_work() as uow:  # retry now rather than after the backoff
        await uow.session.execute(update(tables.outbox).values(not_before=None))
        await uow.commit()
    await client.settle()
    parts = [m["text"] for m in fake_api.sent_messages()[before:]]
    assert len(parts) >= 4
    assert "\n".join(parts).split() == text.split()
    row = await _outbox_row(tg_app, message_id)
    assert row.sent_at is not None and row.parts_sent == len(parts) - 1


async def test_user_text_is_escaped_and_shown_as_typed(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    await post_update(client, fake_api.text_update(USER, "/start"))
    for data in ("lang:en", "role:newcomer", "consent:yes"):
        await post_update(client, fake_api.callback_update(USER, data))
    name = "<b>Ann & <i>Bo"  # unbalanced tags: Telegram would refuse them unescaped
    await post_update(client, fake_api.text_update(USER, name))
    assert all(call.status == 200 for call in fake_api.calls_to("sendMessage"))
    assert (await _person(tg_app)).first_name == name
    # Echoed back (as the profile summary does): shown exactly as typed.
    await _queue(tg_app, f"Thanks, {name}! 1 < 2 && 3 > 2")
    await client.settle()
    assert fake_api.calls_to("sendMessage")[-1].status == 200
    assert fake_api.sent_messages()[-1]["text"] == f"Thanks, {name}! 1 < 2 && 3 > 2"


async def test_the_token_never_reaches_the_logs_or_the_database(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await post_update(client, fake_api.text_update(USER, "/start"))
    message_id = await _queue(tg_app, "Into the void")
    await fake_api.stop()  # the Bot API is gone: the send fails and is logged
    await client.settle()
    row = await _outbox_row(tg_app, message_id)
    assert row.sent_at is None and row.last_error
    assert TOKEN not in row.last_error
    assert TOKEN not in caplog.text
    assert any("failed" in record.getMessage() for record in caplog.records)


async def test_per_chat_rate_limit_spaces_a_burst(
    fake_api: FakeTelegramAPI, tg_app: App, client: WebhookClient, runtime: ChannelRuntime
) -> None:
    await post_update(client, fake_api.text_update(USER, "/start"))
    await runtime.senders["telegram"].release()  # the paced process below sends instead
    paced = build_app(
        telegram_settings(
            tg_app.settings.database_url,
            fake_api.base_url,
            telegram_per_chat_per_second=10.0,
            telegram_per_chat_burst=1,
        ),
        clock=tg_app.clock,
        worker_id="paced",
    )
    runtime = ChannelRuntime.from_settings(paced)
    try:
        for n in range(5):
            await _queue(tg_app, f"Message {n}")
        await runtime.settle()
    finally:
        await runtime.close()
        await paced.close()
    calls = [c for c in fake_api.calls_to("sendMessage") if c.status == 200][-5:]
    assert [c.params["text"] for c in calls] == [f"Message {n}" for n in range(5)]
    gaps = [b.at - a.at for a, b in itertools.pairwise(calls)]
    assert min(gaps) >= 0.08  # ten a second, at most


async def test_only_one_process_sends_a_channel_at_a_time(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    users = [USER + n for n in range(10)]
    for user in users:
        await post_update(client, fake_api.text_update(user, "/start"), settle=False)
    others = [build_app(tg_app.settings, clock=tg_app.clock, worker_id=f"s{n}") for n in range(2)]
    runtimes = [ChannelRuntime.from_settings(other) for other in others]
    try:
        await asyncio.gather(*(r.inbox.drain() for r in runtimes))
        counts = await asyncio.gather(*(r.senders["telegram"].drain() for r in runtimes))
    finally:
        for runtime, other in zip(runtimes, others, strict=True):
            await runtime.close()
            await other.close()
    assert sorted(counts) == [0, 20]  # one holder sent everything; the other waited
    texts = [(m["chat_id"], m["text"]) for m in fake_api.sent_messages()]
    assert len(texts) == len(set(texts)) == 20
    async with tg_app.unit_of_work() as uow:
        unsent = (
            await uow.session.scalars(select(OutboxMessage).where(OutboxMessage.sent_at.is_(None)))
        ).all()
    assert unsent == []


async def test_messages_from_jobs_say_why_they_were_sent(
    tg_app: App, client: WebhookClient, fake_api: FakeTelegramAPI
) -> None:
    await post_update(client, fake_api.text_update(USER, "/start"))
    clock = tg_app.clock
    assert isinstance(clock, ShiftedClock)
    clock.advance(timedelta(hours=25))
    messages = await tg_app.jobs.run_due()
    assert messages
    for message in messages:
        assert (await _outbox_row(tg_app, message.outbox_id or 0)).purpose == ONBOARDING_REMINDER
    async with tg_app.unit_of_work() as uow:
        replies = (
            await uow.session.scalars(select(OutboxMessage).where(OutboxMessage.purpose.is_(None)))
        ).all()
    assert len(replies) == 2  # the welcome and the first question: replies, no purpose


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_doorway_serve_registers_the_webhook_and_answers_through_the_queue(
    tg_app: App, fake_api: FakeTelegramAPI
) -> None:
    served = build_app(
        tg_app.settings.model_copy(update={"webhook_url": "https://doorway.example.org/"}),
        clock=tg_app.clock,
        worker_id="serve",
    )
    port = _free_port()
    server = asyncio.create_task(run_server(served, host="127.0.0.1", port=port))
    try:
        async with aiohttp.ClientSession() as http:
            for _ in range(100):  # until it listens
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.05)
            update_ = fake_api.text_update(USER, "/start")
            async with http.post(
                f"http://127.0.0.1:{port}{TELEGRAM_PATH}",
                json=update_,
                headers={SECRET_HEADER: SECRET},
            ) as response:
                assert response.status == 200
            assert len(await fake_api.wait_for_messages(USER, 2, timeout=10)) == 2
    finally:
        server.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await server
        await served.close()
    (registered,) = fake_api.calls_to("setWebhook")
    assert registered.params["url"] == f"https://doorway.example.org{TELEGRAM_PATH}"
    assert registered.params["secret_token"] == SECRET


async def test_a_reminder_whose_send_outcome_is_unknown_is_not_sent_again(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App
) -> None:
    await post_update(client, fake_api.text_update(USER, "/start"))
    reminder = await _queue(tg_app, "Reminder")
    reply = await _queue(tg_app, "A question")
    # A sender took both and died during the calls; the reminder was marked as going.
    long_ago = datetime.now(UTC) - 2 * CLAIM_TIMEOUT
    async with tg_app.unit_of_work() as uow:
        await uow.send_queue.tag([reminder], ONBOARDING_REMINDER)
        await uow.session.execute(
            update(tables.outbox)
            .where(tables.outbox.c.id.in_([reminder, reply]))
            .values(claimed_by="dead-sender", claimed_at=long_ago)
        )
        await uow.send_queue.mark_sending(reminder, long_ago)
        await uow.commit()
    await client.settle()
    assert (await _outbox_row(tg_app, reminder)).failed_at is not None  # at most once
    assert (await _outbox_row(tg_app, reply)).sent_at is not None  # at least once
    assert [m["text"] for m in fake_api.sent_messages()][-1] == "A question"


async def test_a_slow_sender_that_lost_its_lease_keeps_what_it_took(
    client: WebhookClient, fake_api: FakeTelegramAPI, tg_app: App, runtime: ChannelRuntime
) -> None:
    await post_update(client, fake_api.text_update(USER, "/start"))
    message_id = await _queue(tg_app, "Taken by the slow one")
    async with tg_app.unit_of_work() as uow:  # another sender took it a moment ago
        await uow.session.execute(
            update(tables.outbox)
            .where(tables.outbox.c.id == message_id)
            .values(claimed_by="slow-sender", claimed_at=datetime.now(UTC))
        )
        await uow.commit()
    later = await _queue(tg_app, "Behind it in the same chat")
    await client.settle()
    for waiting in (message_id, later):  # not sent twice, and not overtaken
        assert (await _outbox_row(tg_app, waiting)).sent_at is None
    async with tg_app.unit_of_work() as uow:  # the claim runs out: the message goes, once
        await uow.session.execute(
            update(tables.outbox)
            .where(tables.outbox.c.id == message_id)
            .values(claimed_at=datetime.now(UTC) - 2 * CLAIM_TIMEOUT)
        )
        await uow.commit()
    await client.settle()
    texts = [m["text"] for m in fake_api.sent_messages()][-2:]
    assert texts == ["Taken by the slow one", "Behind it in the same chat"]
