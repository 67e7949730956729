"""Several workers on one database: every job runs once; a dead worker's claims are taken over."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from doorway.bootstrap import App, build_app
from doorway.dialogs.clock import ShiftedClock
from doorway.dialogs.engine import ONBOARDING_REMINDER
from doorway.settings import Settings
from doorway.storage.records import Job, OutboxMessage
from doorway.storage.repositories import JobRepository
from tests.harness import ChatHarness


@pytest.fixture
async def second_worker(settings: Settings, app: App) -> AsyncIterator[App]:
    """Another process's worth of app on the same database, sharing the simulated clock."""
    other = build_app(settings, clock=app.clock, worker_id="other-worker")
    try:
        yield other
    finally:
        await other.close()


async def _reminders_by_person(app: App) -> Counter[str]:
    reminder = app.translator("en", "onboarding-reminder")
    async with app.unit_of_work() as uow:
        rows = (await uow.session.scalars(select(OutboxMessage))).all()
    return Counter(row.external_id for row in rows if row.text == reminder)


async def test_two_workers_run_each_job_once(
    chat: ChatHarness, app: App, second_worker: App
) -> None:
    people = [f"p{n}" for n in range(12)]
    for name in people:
        await chat.send(name, "/start")  # each gets an onboarding reminder job
    clock = app.clock
    assert isinstance(clock, ShiftedClock)
    clock.advance(timedelta(hours=25))
    await asyncio.gather(
        app.jobs.run_due(limit=3), second_worker.jobs.run_due(limit=3), app.jobs.run_due(limit=2)
    )
    assert await _reminders_by_person(app) == Counter(dict.fromkeys(people, 1))
    async with app.unit_of_work() as uow:
        jobs = (await uow.session.scalars(select(Job).where(Job.kind == ONBOARDING_REMINDER))).all()
    assert {job.claimed_by for job in jobs} <= {"test-worker", "other-worker"}
    assert all(job.done_at is not None for job in jobs)


async def test_a_dead_workers_claims_are_taken_over_later(
    chat: ChatHarness, app: App, second_worker: App
) -> None:
    await chat.send("late", "/start")
    clock = app.clock
    assert isinstance(clock, ShiftedClock)
    clock.advance(timedelta(hours=25))
    # A worker claims the due jobs and dies before running them.
    async with app.unit_of_work() as uow:
        claimed = await uow.jobs.claim_due(clock.now(), "dead-worker", 100)
        assert claimed
        await uow.commit()
    await second_worker.jobs.run_due()
    assert await _reminders_by_person(app) == Counter()  # still someone else's claim
    clock.advance(JobRepository.CLAIM_TIMEOUT + timedelta(minutes=1))
    await second_worker.jobs.run_due()
    assert await _reminders_by_person(app) == Counter({"late": 1})
    await app.jobs.run_due()
    assert await _reminders_by_person(app) == Counter({"late": 1})  # and never twice


async def test_one_free_slot_is_never_proposed_twice(
    app: App, second_worker: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from doorway.dialogs.contract import InboundEvent
    from doorway.storage.repositories import ProposalRepository
    from tests.flows import onboarding_script
    from tests.test_proposals import proposals

    counted = ProposalRepository.taken_since

    async def slow_count(
        self: ProposalRepository, since: datetime, door_opener_id: int | None = None
    ) -> dict[int, int]:
        taken = await counted(self, since, door_opener_id)
        await asyncio.sleep(0.05)  # widen the window between counting and proposing
        return taken

    chat = ChatHarness(app)
    await chat.send("dora", "/start")
    for _step, kind, value in onboarding_script("sv", "door_opener").actions:
        value = "cap:1" if value == "cap:2" else value
        await (chat.send("dora", button=value) if kind == "button" else chat.send("dora", value))
    newcomers = ("nina", "eve", "ali", "sam")
    for name in newcomers:
        await chat.send(name, "/start")
        for step, kind, value in onboarding_script("sv", "newcomer").actions:
            if step == "summary":
                break
            await (chat.send(name, button=value) if kind == "button" else chat.send(name, value))
    monkeypatch.setattr(ProposalRepository, "taken_since", slow_count)
    # All four confirm at once, through two processes' engines.
    engines = [app.engine, second_worker.engine]
    await asyncio.gather(
        *(
            engines[n % 2].handle(
                InboundEvent("console", name, f"c-{name}", button="summary:confirm")
            )
            for n, name in enumerate(newcomers)
        )
    )
    found = await proposals(app)
    assert len(found) == 1  # dora has one slot this month
