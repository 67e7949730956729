"""Several processes on one database: capacity is taken once, proposals are made once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from doorway.bootstrap import App, build_app
from doorway.dialogs.proposals import month_start
from doorway.settings import Settings
from doorway.storage import tables
from doorway.storage.records import Proposal, ProposalStatus
from tests.flows import onboarding_script
from tests.harness import ChatHarness
from tests.test_proposals import onboard, proposals


@pytest.fixture
async def second(settings: Settings, app: App) -> AsyncIterator[App]:
    """Another process's worth of app on the same database and clock."""
    other = build_app(settings, clock=app.clock, worker_id="second-process")
    try:
        yield other
    finally:
        await other.close()


async def _door_opener_with_one_slot(chat: ChatHarness, app: App) -> int:
    await onboard(chat, "opener", "door_opener")
    async with app.unit_of_work() as uow:
        person = await uow.people.by_address("console", "opener")
        assert person is not None and person.id is not None
        await uow.session.execute(
            update(tables.people).where(tables.people.c.id == person.id).values(monthly_capacity=1)
        )
        await uow.commit()
        return person.id


async def test_two_processes_finishing_onboarding_at_once_share_one_slot(
    chat: ChatHarness, app: App, second: App
) -> None:
    door_opener = await _door_opener_with_one_slot(chat, app)
    other_chat = ChatHarness(second)
    actions = onboarding_script("sv", "newcomer").actions
    for user, harness in (("n1", chat), ("n2", other_chat)):
        await harness.send(user, "/start")
        for _step, kind, value in actions[:-1]:
            await (
                harness.send(user, button=value) if kind == "button" else harness.send(user, value)
            )
    _step, kind, last = actions[-1]
    assert kind == "button"
    await asyncio.gather(chat.send("n1", button=last), other_chat.send("n2", button=last))
    made = [p for p in await proposals(app) if p.door_opener_id == door_opener]
    assert len(made) == 1


async def test_a_second_proposer_waits_for_the_first_and_finds_the_slot_taken(
    chat: ChatHarness, app: App, second: App
) -> None:
    door_opener = await _door_opener_with_one_slot(chat, app)
    await onboard(chat, "n1", "newcomer", "fi")  # a field the door-opener does not match
    async with app.unit_of_work() as uow:
        newcomer = await uow.people.by_address("console", "n1")
    assert newcomer is not None and newcomer.id is not None
    now = datetime.now(UTC)
    async with app.unit_of_work() as first:
        assert await first.proposals.take_slot(door_opener, month_start(now))
        await first.proposals.add(
            Proposal(
                newcomer_id=newcomer.id,
                door_opener_id=door_opener,
                status=ProposalStatus.DOOR_OPENER,
                score=1.0,
                reasons=[],
                created_at=now,
                asked_at=now,
            )
        )

        async def second_proposer() -> bool:
            async with second.unit_of_work() as uow:
                return await uow.proposals.take_slot(door_opener, month_start(now))

        waiting = asyncio.create_task(second_proposer())
        await asyncio.sleep(0.3)
        assert not waiting.done()  # blocked on the first one's lock
        await first.commit()
    assert await asyncio.wait_for(waiting, 15) is False
