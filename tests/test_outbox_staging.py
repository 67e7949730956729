"""Staged outbox rows (a batch's replies, OutboxRepository.stage) behave as pending rows would:
written before the transaction's next statement or at commit, in the order queued, gone with
their person, and never written by a transaction that rolls back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from doorway.bootstrap import App
from doorway.storage import tables
from doorway.storage.records import OutboxMessage, Person
from doorway.storage.repositories import outbox_row

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def _row(person: Person, text: str) -> dict[str, object]:
    return outbox_row(
        person.channel,
        person.external_id,
        text,
        buttons=[{"id": "ok", "label": "OK"}],
        attachments=[],
        person_id=person.id,
        created_at=NOW,
    )


async def _person(app: App, external_id: str) -> Person:
    async with app.unit_of_work() as uow:
        person = await uow.people.add(
            Person("console", external_id, "en", "Europe/Stockholm", created_at=NOW)
        )
        await uow.commit()
    return person


async def _texts(app: App) -> list[str]:
    async with app.unit_of_work() as uow:
        statement = select(tables.outbox.c.text).order_by(tables.outbox.c.id)
        return list((await uow.session.scalars(statement)).all())


async def test_staged_rows_are_read_within_their_transaction_and_kept_in_order(
    app: App,
) -> None:
    person = await _person(app, "1")
    async with app.unit_of_work() as uow:
        uow.outbox.stage([_row(person, "first"), _row(person, "second")])
        # A read in the same transaction sees them, as it would see pending ORM rows.
        assert await uow.outbox.last_buttons("console", "1") == ["ok"]
        uow.outbox.stage([_row(person, "third")])
        ids = await uow.outbox.queue([_row(person, "fourth")])
        uow.outbox.stage([_row(person, "fifth")])
        await uow.outbox.add(
            OutboxMessage(channel="console", external_id="1", text="sixth", created_at=NOW)
        )
        uow.outbox.stage([_row(person, "seventh")])
        await uow.commit()
    assert len(ids) == 1
    assert await _texts(app) == [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
    ]


async def test_staged_rows_go_with_their_person_and_with_a_rollback(app: App) -> None:
    kept, erased = await _person(app, "1"), await _person(app, "2")
    async with app.unit_of_work() as uow:
        uow.outbox.stage([_row(kept, "for 1"), _row(erased, "for 2")])
        loaded = await uow.people.get(erased.id)
        assert loaded is not None
        await uow.people.remove(loaded)  # erasure in the same transaction
        await uow.commit()
    assert await _texts(app) == ["for 1"]

    with pytest.raises(RuntimeError):
        async with app.unit_of_work() as uow:
            uow.outbox.stage([_row(kept, "never sent")])
            raise RuntimeError("the handler failed")
    async with app.unit_of_work() as uow:
        after_rollback = await uow.session.scalar(select(func.count()).select_from(tables.outbox))
        await uow.commit()  # a new unit starts with nothing staged
    assert after_rollback == 1
    assert await _texts(app) == ["for 1"]
