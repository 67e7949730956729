"""The worker process: runs due jobs, sends, and handles stored updates that waited.

A web process handles the updates it stores at once; a worker takes those left waiting longer
than DOORWAY_WORKER_INBOX_PATIENCE_SECONDS (a web process that is busy or died). `--once`
handles everything stored, at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

from doorway.bootstrap import App
from doorway.bot.runtime import ChannelRuntime

log = logging.getLogger(__name__)


async def run_worker(app: App, *, once: bool = False) -> int:
    """Run jobs as they fall due; `once` runs what is due now, sends it and returns."""
    patience = timedelta(seconds=app.settings.worker_inbox_patience_seconds)
    runtime = ChannelRuntime.from_settings(app, inbox_patience=patience)
    stop = asyncio.Event()
    background = None if once else asyncio.create_task(runtime.run(stop))
    try:
        while True:
            try:
                if await app.jobs.run_due():
                    runtime.wake_senders()
            except Exception:  # the database was busy or away: the jobs are still there
                log.exception("running jobs failed; trying again")
            if once:
                await runtime.settle()
                return 0
            await asyncio.sleep(app.settings.worker_poll_seconds)
    finally:
        stop.set()
        if background is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await background
        await runtime.close()
