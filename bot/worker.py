"""The worker process: runs due jobs, and handles and sends like any other process."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from doorway.bootstrap import App
from doorway.bot.runtime import ChannelRuntime

log = logging.getLogger(__name__)


async def run_worker(app: App, *, once: bool = False) -> int:
    """Run jobs as they fall due; `once` runs what is due now, sends it and returns."""
    runtime = ChannelRuntime.from_settings(app)
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
