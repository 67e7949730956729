"""The composition root: settings, database, services, channels; used by CLI, Procfile, tests."""

from __future__ import annotations

import asyncio
import ctypes
import gc
import os
import socket
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from doorway.dialogs.clock import Clock, ShiftedClock
from doorway.dialogs.delivery import OutboxDelivery
from doorway.dialogs.engine import ConversationEngine
from doorway.dialogs.i18n import Translator, default_translator
from doorway.dialogs.jobs import JobRunner
from doorway.dialogs.recognition import (
    RecognitionFileError,
    RecognitionRules,
    default_recognition,
    load_recognition,
)
from doorway.matching.occupations import OccupationSuggester
from doorway.settings import ConfigError, Settings
from doorway.storage.db import create_engine, create_session_factory
from doorway.storage.unit_of_work import UnitOfWork

try:
    import uvloop
except ImportError:  # pragma: no cover - Windows
    uvloop = None  # type: ignore[assignment]


YOUNG_GENERATION_THRESHOLD = 20_000  # allocations between young collections (default 700)


def default_suggester() -> OccupationSuggester:
    """The occupation normaliser over the packaged ESCO index (loaded once per process)."""
    from doorway.matching.normaliser import Normaliser

    return Normaliser.load()


def recognition_rules(settings: Settings) -> RecognitionRules:
    """The regulated-occupation rules: DOORWAY_RECOGNITION_FILE if set, else the packaged file."""
    if settings.recognition_file is None:
        return default_recognition()
    try:
        return load_recognition(settings.recognition_file)
    except RecognitionFileError as error:
        raise ConfigError(f"DOORWAY_RECOGNITION_FILE is invalid: {error}") from None


@dataclass
class App:
    """Everything a process needs, wired once."""

    settings: Settings
    db: AsyncEngine
    engine: ConversationEngine
    jobs: JobRunner
    delivery: OutboxDelivery
    clock: Clock
    translator: Translator
    extras: dict[str, object] = field(default_factory=dict)
    worker_id: str = "doorway"  # this process, as it names itself in claims and leases

    def unit_of_work(self) -> UnitOfWork:
        """A new unit of work."""
        return self.engine.unit_of_work()

    async def close(self) -> None:
        """Release the database connections."""
        await self.db.dispose()


def build_app(
    settings: Settings,
    *,
    clock: Clock | None = None,
    suggester: OccupationSuggester | None = None,
    worker_id: str | None = None,
    recognition: RecognitionRules | None = None,
) -> App:
    """Build the application from settings; tests pass their own clock, suggester or rules."""
    clock = clock or ShiftedClock()
    rules = recognition or recognition_rules(settings)  # a bad file stops start-up here
    db = create_engine(settings.database_url)
    translator = default_translator()
    engine = ConversationEngine(
        create_session_factory(db),
        translator,
        suggester or default_suggester(),
        clock,
        default_locale=settings.default_locale,
        default_timezone=settings.timezone,
        coordinators=frozenset(str(a) for a in settings.coordinator_addresses),
        telegram_bot_username=settings.telegram_bot_username,
        recognition=rules,
        flood_limit=(settings.flood_max_per_minute, timedelta(minutes=1)),
    )
    worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}"
    return App(
        settings=settings,
        db=db,
        engine=engine,
        jobs=JobRunner(
            engine,
            worker_id,
            retention=timedelta(days=settings.retention_days),
            claim_timeout=timedelta(seconds=settings.job_claim_timeout_seconds),
        ),
        delivery=OutboxDelivery(engine.unit_of_work, clock),
        clock=clock,
        translator=translator,
        worker_id=worker_id,
    )


def run_with_app(settings: Settings, work: Callable[[App], Coroutine[Any, Any, int]]) -> int:
    """Build the app, run one piece of async work with it, close it: a CLI command's life."""

    async def go() -> int:
        app = build_app(settings)
        _tune_garbage_collector()
        try:
            return await work(app)
        finally:
            await app.close()

    if uvloop is None:  # not built for Windows
        return asyncio.run(go())
    # The same asyncio API on libuv: sockets, the webhook server and asyncpg cost markedly
    # less CPU per update (measured with bench/throughput.py; see the README).
    return uvloop.run(go())


def _tune_garbage_collector() -> None:
    """Keep the garbage collector off what start-up built, and let it run less often.

    The occupation index and the translations are some 350,000 objects the collector tracks;
    every full collection walked them all again (measured ~0.35 s each under load). Frozen,
    it walks only what came after (~20 ms). An update allocates thousands of short-lived
    objects (ORM rows, pydantic models, HTTP requests), so the default young generation of 700
    was collected ~50 times a second under load: 1.0 s of 25 s CPU in a benchmark run, 0.19 s
    with the threshold at 20,000. Garbage in cycles is still collected, a little later.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD, 20, 20)
    _return_freed_memory()


def _return_freed_memory() -> None:
    """Hand back to the system the heap pages start-up used and freed: glibc's free() keeps
    them in the process (measured: an idle `doorway serve` 413 → 359 MiB RSS, the same after
    bench/throughput.py). A no-op where the C library has no malloc_trim."""
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library's symbols are the process's
    except (OSError, AttributeError):
        return
    trim(0)
