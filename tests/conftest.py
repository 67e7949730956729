"""Shared fixtures: every DB test runs on SQLite, and on PostgreSQL when a URL is given."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from doorway.bootstrap import App, build_app
from doorway.dialogs.clock import ShiftedClock
from doorway.settings import Settings
from doorway.storage import migrate
from tests.harness import ChatHarness
from tests.pg import postgres_database

pytest_plugins = ["tests.telegram_support"]  # the Telegram fixtures, for every Telegram test

POSTGRES_URL = os.environ.get("DOORWAY_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]


@pytest.fixture(autouse=True)
def _no_dotenv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never read a developer's .env or DOORWAY_* variables."""
    for name in list(os.environ):
        if name.startswith("DOORWAY_") and name != "DOORWAY_TEST_POSTGRES_URL":
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str | None]:
    """One fresh PostgreSQL database for the whole run (dropped at the end), or None."""
    if not POSTGRES_URL:
        yield None
        return
    with postgres_database(POSTGRES_URL, f"doorway_test_{uuid.uuid4().hex[:10]}") as url:
        yield url


@pytest.fixture(params=BACKENDS)
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_server_url: str | None
) -> Iterator[str]:
    """An empty database: a SQLite file, or a fresh schema-less PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'doorway.db'}"
        return
    assert postgres_server_url is not None
    with postgres_database(postgres_server_url, f"doorway_t_{uuid.uuid4().hex[:12]}") as url:
        yield url


@pytest.fixture
def settings(database_url: str) -> Settings:
    """Settings for a test: its own database, a console coordinator."""
    return Settings(
        database_url=database_url,
        coordinators="console:carol",
        default_locale="en",
        flood_max_per_minute=10_000,  # scripted tests type faster than people (see test_flood)
        _env_file=None,  # type: ignore[call-arg]
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[App]:
    """The application on a migrated database with a controllable clock."""
    application = build_app(settings, clock=ShiftedClock(), worker_id="test-worker")
    await migrate.upgrade(application.db)
    try:
        yield application
    finally:
        await application.close()


@pytest.fixture
def chat(app: App) -> ChatHarness:
    """Drive conversations through the engine and collect what each user receives."""
    return ChatHarness(app)
