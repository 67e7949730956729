"""Every migration goes up, down and up again; the migrated schema matches the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from doorway.storage import migrate
from doorway.storage.db import create_engine
from doorway.storage.tables import metadata


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


async def test_stairway_up_down_up(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        for revision in _revisions():
            await migrate.upgrade(engine, revision)
            assert await migrate.current_revision(engine) == revision
            down = ScriptDirectory.from_config(migrate.alembic_config()).get_revision(revision)
            await migrate.downgrade(engine, down.down_revision or "base")
            await migrate.upgrade(engine, revision)
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
        assert {
            "people",
            "conversations",
            "inbound_updates",
            "jobs",
            "outbox",
            "occupation_aliases",
            "proposals",
            "meetings",
            "events",
            "event_rsvps",
        } <= tables
    finally:
        await engine.dispose()


async def test_migrated_schema_matches_models(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        await migrate.upgrade(engine)
        async with engine.connect() as connection:
            diff = await connection.run_sync(
                lambda c: compare_metadata(MigrationContext.configure(c), metadata)
            )
        assert diff == []
    finally:
        await engine.dispose()


async def test_full_downgrade_leaves_no_tables(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        await migrate.upgrade(engine)
        await migrate.downgrade(engine, "base")
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
        assert tables <= {"alembic_version"}
    finally:
        await engine.dispose()
