"""Schema migrations (Alembic) run from code: `doorway db upgrade`, the tests and `make run`."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str = "") -> Config:
    """An Alembic config pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade_sync(url: str, revision: str = "head") -> None:
    """Upgrade the database at `url` (for the CLI, outside any event loop)."""
    command.upgrade(alembic_config(url), revision)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Upgrade through an existing async engine (inside a running event loop)."""
    await _run(engine, lambda config: command.upgrade(config, revision))


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    """Downgrade through an existing async engine."""
    await _run(engine, lambda config: command.downgrade(config, revision))


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    async with engine.connect() as connection:
        return await connection.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision()
        )


async def _run(engine: AsyncEngine, action: object) -> None:
    async with engine.connect() as connection:

        def run(sync_connection: object) -> None:
            config = alembic_config()
            config.attributes["connection"] = sync_connection
            action(config)  # type: ignore[operator]

        await connection.run_sync(run)
        await connection.commit()
