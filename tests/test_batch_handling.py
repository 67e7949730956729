"""Stored updates of several people handled in one transaction (engine.handle_batch), as the
inbox does under load: the same outcome as one at a time, and a failure costs nobody an answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from doorway.bootstrap import App
from doorway.bot.inbox import InboxProcessor
from doorway.bot.sending import utc_now
from doorway.dialogs.contract import InboundEvent, OutboundMessage
from doorway.storage import tables
from tests.flows import Script, onboarding_script
from tests.harness import ChatHarness
from tests.kill_support import assert_profiles_as_answered

CHANNEL = "console"


def _event(user: str, step: int, kind: str, value: str, locale: str) -> InboundEvent:
    return InboundEvent(
        CHANNEL,
        user,
        f"{user}-{step}",
        text=value if kind == "text" else None,
        button=value if kind == "button" else None,
        locale_hint=locale,
    )


def _steps(script: Script) -> list[tuple[str, str, str]]:
    return [("start", "text", "/start"), *script.actions]


async def _texts_by_user(chat: ChatHarness) -> dict[str, list[str]]:
    await chat.flush()
    texts: dict[str, list[str]] = {}
    for message in chat.delivered:
        texts.setdefault(message.user_id, []).append(message.text)
    return texts


async def _count(app: App, table: Any) -> int:
    async with app.unit_of_work() as uow:
        statement = select(func.count()).select_from(table)
        return int((await uow.session.execute(statement)).scalar_one())


def _break_dialog(
    app: App, monkeypatch: pytest.MonkeyPatch, breaks: Callable[[InboundEvent], bool]
) -> None:
    """A bug in one dialog: the updates `breaks` picks raise where the dialog would answer."""
    real = app.engine._dispatch

    async def failing(turn: Any, event: InboundEvent) -> None:
        if breaks(event):
            raise RuntimeError("a bug in one dialog")
        await real(turn, event)

    monkeypatch.setattr(app.engine, "_dispatch", failing)


async def test_a_batch_gives_what_one_at_a_time_gives(app: App, chat: ChatHarness) -> None:
    # Newcomers only: nobody is proposed to anyone, so each person's messages are theirs alone.
    scripts = {n: onboarding_script(("sv", "fi", "en")[n % 3], "newcomer") for n in range(6)}
    for n, script in scripts.items():  # one at a time: users 0..5
        for step, (_s, kind, value) in enumerate(_steps(script)):
            await app.engine.handle(_event(str(n), step, kind, value, script.locale))
    for step in range(len(_steps(scripts[0]))):  # together: users 100..105, a step per batch
        batch: list[tuple[InboundEvent | None, int]] = []
        for n, script in scripts.items():
            _s, kind, value = _steps(script)[step]
            batch.append((_event(str(100 + n), step, kind, value, script.locale), 0))
        assert await app.engine.handle_batch(batch) == []
    texts = await _texts_by_user(chat)  # delivered in outbox order: ids follow what was said
    for n in scripts:
        assert texts[str(100 + n)] == texts[str(n)], n
    await assert_profiles_as_answered(
        app, {100 + n: script for n, script in scripts.items()}, channel=CHANNEL
    )


async def test_a_door_opener_and_a_newcomer_finishing_in_one_batch_are_proposed(
    app: App, chat: ChatHarness
) -> None:
    newcomer, opener = onboarding_script("sv", "newcomer"), onboarding_script("sv", "door_opener")
    steps = {"n": _steps(newcomer), "d": _steps(opener)}
    for step in range(max(len(s) for s in steps.values())):
        batch: list[tuple[InboundEvent | None, int]] = []
        for user, user_steps in steps.items():
            if step < len(user_steps):
                _s, kind, value = user_steps[step]
                batch.append((_event(user, step, kind, value, "sv"), 0))
        await app.engine.handle_batch(batch)
    assert await _count(app, tables.proposals) == 1
    texts = await _texts_by_user(chat)
    proposal = app.translator("sv", "onboarding-done", role="door_opener")
    assert proposal in texts["d"]
    assert len(texts["n"]) > len(steps["n"])  # the newcomer heard of the proposal too


async def test_a_repeat_and_a_second_update_of_one_person(app: App, chat: ChatHarness) -> None:
    await app.engine.handle(InboundEvent(CHANNEL, "a", "a-1", text="/start"))
    before = await _count(app, tables.outbox)
    left = await app.engine.handle_batch(
        [
            (InboundEvent(CHANNEL, "a", "a-1", text="/start"), 1),  # handled before
            (InboundEvent(CHANNEL, "b", "b-1", text="/start"), 2),
            (InboundEvent(CHANNEL, "b", "b-2", button="lang:en"), 3),  # b is in the batch
            (InboundEvent(CHANNEL, "c", None, text="/start"), 4),  # no id: one at a time
            (None, 5),  # nothing for the engine
        ]
    )
    assert left == [3, 4]
    texts = await _texts_by_user(chat)
    assert "a" in texts and len(texts["a"]) == before  # nothing new for the repeat
    assert texts["b"] and "c" not in texts
    conversation = await chat.conversation("b")
    assert conversation is not None and conversation.step == "language"


async def test_a_failed_batch_keeps_nothing_and_restores_flood_counts(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = app.engine
    _break_dialog(app, monkeypatch, lambda event: event.user_id == "bad")
    for user in ("ok", "bad"):  # both known, so their updates reach the dialog
        await engine.handle(InboundEvent(CHANNEL, user, f"{user}-0", text="/start"))
    counts = {address: entry for address, entry in engine._flood.items()}
    outbox = await _count(app, tables.outbox)
    with pytest.raises(RuntimeError):
        await engine.handle_batch(
            [
                (InboundEvent(CHANNEL, "ok", "ok-1", button="lang:en"), 0),
                (InboundEvent(CHANNEL, "bad", "bad-1", button="lang:en"), 0),
            ]
        )
    assert engine._flood == counts
    assert await _count(app, tables.outbox) == outbox
    async with app.unit_of_work() as uow:  # not even the update log kept them
        keys = {(CHANNEL, "ok-1"), (CHANNEL, "bad-1")}
        assert await uow.updates.record_many(keys, utc_now()) == keys


async def test_the_inbox_handles_the_rest_when_one_update_breaks_its_batch(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = app.engine
    _break_dialog(app, monkeypatch, lambda event: event.text == "boom")
    batches: list[int] = []
    real_batch = engine.handle_batch

    async def counting(batch: Any) -> list[int]:
        batches.append(len(batch))
        return await real_batch(batch)

    monkeypatch.setattr(engine, "handle_batch", counting)

    async def parse(payload: dict[str, Any]) -> InboundEvent | None:
        if payload.get("ignore"):
            return None
        return InboundEvent(CHANNEL, payload["user"], payload["id"], text=payload["text"])

    processor = InboxProcessor(engine, "test-holder", {CHANNEL: parse})
    users = ["u1", "u2", "u3", "u4"]
    for user in users:
        await processor.store(
            CHANNEL, f"{user}-0", user, {"user": user, "id": f"{user}-0", "text": "/start"}
        )
    assert await processor.drain() == 4
    assert batches == [4]  # handled together
    texts = ["hello", "boom", "hello", "hello"]
    for user, text in zip(users, texts, strict=True):
        await processor.store(
            CHANNEL, f"{user}-1", user, {"user": user, "id": f"{user}-1", "text": text}
        )
    await processor.store(CHANNEL, "x-1", "x", {"ignore": True})
    assert await processor.drain() == 4  # all but the broken one
    assert batches == [4, 5]
    async with app.unit_of_work() as uow:
        waiting = (await uow.session.execute(select(tables.inbox))).all()
    assert [(row.chat_key, row.attempts) for row in waiting] == [("u2", 1)]
    delivered: list[OutboundMessage] = []

    async def collect(message: OutboundMessage) -> None:
        delivered.append(message)

    await app.delivery.flush(CHANNEL, collect)
    answered = {m.user_id for m in delivered if m.text == app.translator("en", "error-use-buttons")}
    assert answered == {"u1", "u3", "u4"}  # text at the language question: use the buttons
    assert await _count(app, tables.inbound_updates) == 7  # 4 + 3: the broken one is not logged
