"""Idempotent updates, consent refusal keeps nothing, reminders, and the outbox."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from doorway.bootstrap import App
from doorway.dialogs.clock import ShiftedClock
from doorway.dialogs.contract import InboundEvent
from doorway.dialogs.engine import ONBOARDING_REMINDER
from doorway.storage import tables
from tests.flows import LANGUAGE_BUTTONS
from tests.harness import ChatHarness


async def _count(app: App, table: object) -> int:
    async with app.unit_of_work() as uow:
        return int(
            (await uow.session.execute(select(func.count()).select_from(table))).scalar_one()
        )


async def test_same_update_twice_produces_nothing_new(chat: ChatHarness, app: App) -> None:
    first = await chat.send("a", "/start", update_id="u-1")
    assert first
    outbox_before = await _count(app, tables.outbox)
    again = await app.engine.handle(InboundEvent("console", "a", "u-1", text="/start"))
    assert again == []
    assert await chat.flush() == []
    assert await _count(app, tables.outbox) == outbox_before
    # A pressed button redelivered by the channel is applied once only.
    await chat.send("a", button="lang:en", update_id="u-2")
    await chat.send("a", button="role:newcomer", update_id="u-3")
    assert (
        await app.engine.handle(InboundEvent("console", "a", "u-3", button="role:newcomer")) == []
    )
    conversation = await chat.conversation("a")
    assert conversation is not None and conversation.step == "consent"


async def test_refused_consent_keeps_no_data(chat: ChatHarness, app: App) -> None:
    await chat.send("n", "/start")
    await chat.send("n", button="lang:sv")
    await chat.send("n", button="role:door_opener")
    replies = await chat.send("n", button="consent:no")
    assert replies[-1].text == app.translator("sv", "onboarding-consent-declined")
    assert await chat.person("n") is None
    for table in (tables.people, tables.conversations, tables.jobs, tables.outbox):
        assert await _count(app, table) == 0, table
    # Starting again begins from scratch.
    replies = await chat.send("n", "/start")
    assert [b.id for b in replies[-1].buttons] == LANGUAGE_BUTTONS


async def test_unfinished_onboarding_is_reminded_once_after_24_hours(
    chat: ChatHarness, app: App
) -> None:
    clock = app.clock
    assert isinstance(clock, ShiftedClock)
    await chat.send("r", "/start")
    await chat.send("r", button="lang:en")
    clock.advance(timedelta(hours=23))
    assert await chat.tick() == []
    clock.advance(timedelta(hours=2))
    replies = await chat.tick()
    assert replies[0].text == app.translator("en", "onboarding-reminder")
    assert replies[-1].text == app.translator("en", "onboarding-ask-role")
    clock.advance(timedelta(days=3))
    assert await chat.tick() == []


async def test_reminder_waits_for_24_quiet_hours(chat: ChatHarness, app: App) -> None:
    clock = app.clock
    assert isinstance(clock, ShiftedClock)
    await chat.send("w", "/start")
    clock.advance(timedelta(hours=20))
    await chat.send("w", button="lang:en")  # active again: the reminder moves
    clock.advance(timedelta(hours=5))
    assert await chat.tick() == []
    clock.advance(timedelta(hours=20))
    replies = await chat.tick()
    assert replies[0].text == app.translator("en", "onboarding-reminder")


async def test_finished_onboarding_is_not_reminded(chat: ChatHarness) -> None:
    from tests.test_commands import _onboard

    await _onboard(chat, "f")
    clock = chat.app.clock
    assert isinstance(clock, ShiftedClock)
    clock.advance(timedelta(days=2))
    assert await chat.tick() == []
    # The reminder's job is finished, not left claimed to run again every few minutes.
    async with chat.app.unit_of_work() as uow:
        reminders = (
            await uow.session.execute(
                select(tables.jobs.c.done_at).where(tables.jobs.c.kind == ONBOARDING_REMINDER)
            )
        ).all()
    assert reminders and all(done_at is not None for (done_at,) in reminders)


async def test_unsent_outbox_survives_a_crash_before_delivery(app: App) -> None:
    # The engine committed the replies but the process died before sending them.
    replies = await app.engine.handle(InboundEvent("console", "x", "1", text="/start"))
    assert replies
    fresh = ChatHarness(app)
    delivered = await fresh.flush()
    assert [m.text for m in delivered] == [m.text for m in replies]
    assert await fresh.flush() == []  # and each is sent once


async def test_failing_job_is_retried_later(chat: ChatHarness, app: App) -> None:
    from doorway.storage.records import Job

    clock = app.clock
    assert isinstance(clock, ShiftedClock)
    async with app.unit_of_work() as uow:
        await uow.jobs.add(Job("no_such_kind", clock.now(), None, {}, created_at=clock.now()))
        await uow.commit()
    await chat.tick()
    async with app.unit_of_work() as uow:
        job = (await uow.session.scalars(select(Job).where(Job.kind == "no_such_kind"))).one()
    assert job.attempts == 1 and job.done_at is None and "no_such_kind" in (job.last_error or "")
    assert job.due_at > clock.now()


async def test_concurrent_duplicates_and_first_contacts(app: App) -> None:
    import asyncio

    same = InboundEvent("console", "racer", "dup-1", text="/start")
    results = await asyncio.gather(*(app.engine.handle(same) for _ in range(4)))
    assert sorted(len(r) for r in results)[:3] == [0, 0, 0] and max(len(r) for r in results) > 0
    others = [InboundEvent("console", "twin", f"t-{n}", text="hello") for n in range(4)]
    await asyncio.gather(*(app.engine.handle(event) for event in others))
    async with app.unit_of_work() as uow:
        people = await uow.people.list_all()
    assert sorted(p.external_id for p in people) == ["racer", "twin"]
    assert await _count(app, tables.inbound_updates) == 5
