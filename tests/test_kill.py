"""SIGKILL at random points: `doorway serve` and `doorway worker` die mid-work and restart.

People onboard through the real webhook while the processes are killed (randomised, seeded,
bounded). Afterwards every profile is complete and exactly as answered (no answer lost, no step
skipped), nothing waits in the inbox or the outbox, and no message went twice, except the one
a kill may interrupt between the Bot API's answer and the "sent" mark (at least once, as the
README says); those are counted and bounded by the number of kills.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import select

from doorway.bootstrap import build_app
from doorway.dialogs.clock import ShiftedClock
from doorway.storage import migrate, tables
from doorway.storage.records import OutboxMessage
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.flows import onboarding_script
from tests.kill_support import (
    Processes,
    assert_profiles_as_answered,
    free_port,
    post_until_stored,
    process_env,
    settled,
    until,
)
from tests.telegram_support import TOKEN, count_rows, telegram_settings

USERS = 3
KILL_CHANCE = 0.15
DEADLINE_SECONDS = 150  # the whole test, restarts included


async def test_killed_processes_lose_nothing_and_repeat_nothing(
    settings: Any, tmp_path: Path
) -> None:
    rng = random.Random(20261202)
    started = time.monotonic()
    async with FakeTelegramAPI(token=TOKEN) as api:
        configured = telegram_settings(settings.database_url, api.base_url)
        app = build_app(configured, clock=ShiftedClock(), worker_id="test")
        await migrate.upgrade(app.db)
        env = process_env(settings.database_url, api.base_url, tmp_path)
        procs = Processes(env, free_port(), tmp_path)
        scripts = {
            900_000 + n: onboarding_script(
                ("sv", "fi", "en")[n % 3], ("newcomer", "door_opener")[n % 2]
            )
            for n in range(USERS)
        }
        try:
            await procs.start()
            async with aiohttp.ClientSession() as http:
                for user in scripts:
                    await post_until_stored(http, procs, api.text_update(user, "/start"))
                    await api.wait_for_messages(user, 2, timeout=30)
                for step in range(max(len(s.actions) for s in scripts.values())):
                    for user, script in scripts.items():
                        if step >= len(script.actions):
                            continue
                        assert time.monotonic() - started < DEADLINE_SECONDS
                        _name, kind, value = script.actions[step]
                        before = len(api.sent_messages())
                        update = (
                            api.callback_update(user, value)
                            if kind == "button"
                            else api.text_update(user, value)
                        )
                        await post_until_stored(http, procs, update)
                        if rng.random() < KILL_CHANCE:
                            # Somewhere between stored, handled, sent and marked sent.
                            await asyncio.sleep(rng.random() * 0.05)
                            procs.kill(rng.choice(["serve", "worker", "both"]))
                            await procs.start()
                        await until(lambda b=before: len(api.sent_messages()) > b, 30)
            await until(lambda: settled(app), 30)
        finally:
            procs.stop()
        try:
            await assert_profiles_as_answered(app, scripts)
            async with app.unit_of_work() as uow:
                rows = (
                    await uow.session.scalars(
                        select(OutboxMessage).where(OutboxMessage.channel == "telegram")
                    )
                ).all()
            assert await count_rows(app, tables.inbox) == 0
            assert all(row.sent_at is not None for row in rows)
            sent = Counter((str(m["chat_id"]), m["text"]) for m in api.sent_messages())
            queued = Counter((row.external_id, row.text) for row in rows)
            assert set(sent) == set(queued)  # every queued message arrived
            repeats = sum((sent - queued).values())
            assert repeats <= procs.kills, (repeats, procs.kills)
            assert procs.kills >= 3  # the seed kills often enough to mean something
        finally:
            await app.close()
