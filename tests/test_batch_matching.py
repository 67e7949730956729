"""People who finish onboarding in one batch of updates (the inbox under load) are matched
together at the batch's end, on one read of the pool: within each door-opener's capacity, one
proposal per newcomer, never across occupational fields."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from doorway.bootstrap import App
from doorway.dialogs.contract import InboundEvent
from doorway.storage.records import Proposal
from doorway.storage.unit_of_work import UnitOfWork
from tests.flows import Action, onboarding_script
from tests.harness import ChatHarness

CHANNEL = "console"


def _steps(role: str, occupation: str | None = None, capacity: int = 1) -> list[Action]:
    """An English onboarding, the occupation and the monthly capacity changed if asked."""
    steps: list[Action] = [("start", "text", "/start")]
    for step, kind, value in onboarding_script("en", role).actions:
        if step == "occupation" and occupation is not None:
            value = occupation
        elif step == "capacity":
            value = f"cap:{capacity}"
        steps.append((step, kind, value))
    return steps


async def _onboard_together(app: App, people: dict[str, list[Action]]) -> None:
    """Everyone's n-th update in the n-th batch: they all finish in the same batch."""
    for number in range(max(len(steps) for steps in people.values())):
        batch: list[tuple[InboundEvent | None, int]] = []
        for user, steps in people.items():
            if number < len(steps):
                _step, kind, value = steps[number]
                event = InboundEvent(
                    CHANNEL,
                    user,
                    f"{user}-{number}",
                    text=value if kind == "text" else None,
                    button=value if kind == "button" else None,
                    locale_hint="en",
                )
                batch.append((event, 0))
        assert await app.engine.handle_batch(batch) == []


async def _pairs(app: App) -> list[tuple[str | None, str | None]]:
    """(newcomer, door-opener) addresses of every proposal (None: erased)."""
    async with app.unit_of_work() as uow:
        people = {p.id: p.external_id for p in await uow.people.list_all()}
        found = (await uow.session.scalars(select(Proposal).order_by(Proposal.id))).all()
        return [(people.get(p.newcomer_id), people.get(p.door_opener_id)) for p in found]


def _count_matching_locks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each time matching takes its lock, which it does once per read of the pool."""
    taken: list[int] = []
    real = UnitOfWork.lock_matching

    async def counted(self: UnitOfWork) -> None:
        taken.append(1)
        await real(self)

    monkeypatch.setattr(UnitOfWork, "lock_matching", counted)
    return taken


async def test_everyone_finishing_in_a_batch_is_matched_on_one_pool_read(
    app: App, chat: ChatHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    locks = _count_matching_locks(monkeypatch)
    people = {"dora": _steps("door_opener", capacity=2)}
    people |= {f"nina{n}": _steps("newcomer") for n in range(4)}
    await _onboard_together(app, people)
    assert len(locks) == 1
    pairs = await _pairs(app)
    assert len(pairs) == 2  # dora's capacity, although four newcomers wait
    assert {door_opener for _newcomer, door_opener in pairs} == {"dora"}
    assert len({newcomer for newcomer, _door_opener in pairs}) == 2  # one proposal each
    await chat.flush()
    asked = [m for m in chat.delivered if m.user_id == "dora" and m.buttons]
    proposed = [m for m in asked if any(b.id.startswith("prop:") for b in m.buttons)]
    assert len(proposed) == 2  # and dora is asked about both


async def test_a_batch_matches_each_field_with_its_own_people(app: App, chat: ChatHarness) -> None:
    people = {
        "nurse-door-opener": _steps("door_opener", capacity=3),
        "developer-door-opener": _steps("door_opener", "software developer", capacity=3),
        "nurse": _steps("newcomer"),
        "developer": _steps("newcomer", "software developer"),
    }
    await _onboard_together(app, people)
    assert sorted(await _pairs(app), key=str) == [
        ("developer", "developer-door-opener"),
        ("nurse", "nurse-door-opener"),
    ]


async def test_a_newcomer_who_waits_for_an_answer_is_not_proposed_again(
    app: App, chat: ChatHarness
) -> None:
    await _onboard_together(app, {"dora": _steps("door_opener"), "nina": _steps("newcomer")})
    dave = _steps("door_opener", capacity=2)
    await _onboard_together(app, {"dave": dave, "gone": _steps("newcomer")})
    assert await _pairs(app) == [("nina", "dora"), ("gone", "dave")]
    async with app.unit_of_work() as uow:
        found = {p.external_id: p for p in await uow.people.list_all()}
        await uow.people.remove(found["gone"])  # erased after being asked to match
        # nina waits for dora's answer; dave has a free slot but nobody else waits.
        people = [found["nina"], found["dave"], found["gone"], found["dora"]]
        assert await app.engine.proposals.match_many(uow, people, app.clock.now()) == []
        await uow.commit()
    assert await _pairs(app) == [("nina", "dora"), (None, "dave")]


async def test_people_who_finished_in_earlier_batches_are_matched_with_a_later_one(
    app: App, chat: ChatHarness
) -> None:
    # Newcomers wait; a door-opener of their field comes later, with a nurse newcomer.
    await _onboard_together(app, {f"nina{n}": _steps("newcomer") for n in range(2)})
    assert await _pairs(app) == []
    await _onboard_together(
        app, {"dora": _steps("door_opener", capacity=2), "nina2": _steps("newcomer")}
    )
    pairs = await _pairs(app)
    assert len(pairs) == 2 and {d for _n, d in pairs} == {"dora"}
    assert len({n for n, _d in pairs}) == 2
    # The newcomer left waiting goes to the next door-opener, who keeps a slot free for one
    # of their field who finishes beside a door-opener of another field.
    await _onboard_together(app, {"nils": _steps("door_opener", capacity=2)})
    (left,) = {f"nina{n}" for n in range(3)} - {n for n, _d in pairs}
    assert (await _pairs(app))[2:] == [(left, "nils")]
    developer = _steps("door_opener", "software developer")
    await _onboard_together(app, {"dev": developer, "nora": _steps("newcomer")})
    assert (await _pairs(app))[3:] == [("nora", "nils")]
