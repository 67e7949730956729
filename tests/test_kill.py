"""SIGKILL at random points: `doorway serve` and `doorway worker` die mid-work and restart.

People onboard through the real webhook while the processes are killed (randomised, seeded,
bounded). Afterwards every profile is complete and exactly as answered (no answer lost, no step
skipped), nothing waits in the inbox or the outbox, and no message went twice, except the one
a kill may interrupt between the Bot API's answer and the "sent" mark (at least once, as the
README says); those are counted and bounded by the number of kills.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import select

from doorway.bootstrap import build_app
from doorway.bot.web import SECRET_HEADER, TELEGRAM_PATH
from doorway.dialogs.clock import ShiftedClock
from doorway.storage import migrate, tables
from doorway.storage.records import OutboxMessage
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.flows import onboarding_script
from tests.telegram_support import SECRET, TOKEN, count_rows, telegram_settings

USERS = 3
KILL_CHANCE = 0.15
DEADLINE_SECONDS = 150  # the whole test, restarts included


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Processes:
    """One `serve` and one `worker`, killed and restarted at will."""

    def __init__(self, env: dict[str, str], port: int, logs: Path) -> None:
        self.env, self.port, self.logs = env, port, logs
        self.serve: subprocess.Popen[bytes] | None = None
        self.worker: subprocess.Popen[bytes] | None = None
        self.kills = 0

    def _start(self, *args: str) -> subprocess.Popen[bytes]:
        log = (self.logs / f"{args[0]}-{time.monotonic_ns()}.log").open("wb")
        return subprocess.Popen(
            [sys.executable, "-m", "doorway.cli", *args],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.logs,
        )

    async def start(self) -> None:
        if self.serve is None or self.serve.poll() is not None:
            self.serve = self._start("serve", "--host", "127.0.0.1", "--port", str(self.port))
        if self.worker is None or self.worker.poll() is not None:
            self.worker = self._start("worker")
        async with aiohttp.ClientSession() as http:
            for _ in range(1200):  # a minute: aiogram alone takes seconds to import
                try:
                    async with http.get(f"http://127.0.0.1:{self.port}/healthz") as response:
                        if response.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.05)
        tails = {log.name: log.read_text()[-2000:] for log in self.logs.glob("*.log")}
        raise AssertionError(f"doorway serve did not start: {tails}")

    def kill(self, which: str) -> None:
        for name in ("serve", "worker") if which == "both" else (which,):
            process = getattr(self, name)
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGKILL)
                process.wait()
                self.kills += 1

    def stop(self) -> None:
        for process in (self.serve, self.worker):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()


async def _post_until_stored(http: aiohttp.ClientSession, procs: Processes, update: Any) -> None:
    """Post as Telegram does: again and again until the webhook answers 200."""
    for _ in range(50):
        try:
            async with http.post(
                f"http://127.0.0.1:{procs.port}{TELEGRAM_PATH}",
                data=json.dumps(update),
                headers={SECRET_HEADER: SECRET},
            ) as response:
                if response.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await procs.start()
    raise AssertionError("the webhook never took the update")


async def test_killed_processes_lose_nothing_and_repeat_nothing(
    settings: Any, tmp_path: Path
) -> None:
    rng = random.Random(20261202)
    started = time.monotonic()
    async with FakeTelegramAPI(token=TOKEN) as api:
        configured = telegram_settings(settings.database_url, api.base_url)
        app = build_app(configured, clock=ShiftedClock(), worker_id="test")
        await migrate.upgrade(app.db)
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(tmp_path),
            "DOORWAY_DATABASE_URL": settings.database_url,
            "DOORWAY_TELEGRAM_TOKEN": TOKEN,
            "DOORWAY_TELEGRAM_API_BASE": api.base_url,
            "DOORWAY_WEBHOOK_SECRET": SECRET,
            "DOORWAY_TELEGRAM_PER_CHAT_PER_SECOND": "1000",
            "DOORWAY_TELEGRAM_PER_CHAT_BURST": "100",
            "DOORWAY_TELEGRAM_OVERALL_PER_SECOND": "1000",
            "DOORWAY_WORKER_POLL_SECONDS": "0.2",
            # A killed process's lease and claims run out quickly, to keep the test short.
            "DOORWAY_SEND_LEASE_SECONDS": "2",
            "DOORWAY_CLAIM_TIMEOUT_SECONDS": "2",
        }
        procs = Processes(env, _free_port(), tmp_path)
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
                    await _post_until_stored(http, procs, api.text_update(user, "/start"))
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
                        await _post_until_stored(http, procs, update)
                        if rng.random() < KILL_CHANCE:
                            # Somewhere between stored, handled, sent and marked sent.
                            await asyncio.sleep(rng.random() * 0.05)
                            procs.kill(rng.choice(["serve", "worker", "both"]))
                            await procs.start()
                        await _until(lambda b=before: len(api.sent_messages()) > b, 30)
            await _until(lambda: _settled(app), 30, check_async=True)
        finally:
            procs.stop()
        try:
            async with app.unit_of_work() as uow:
                for user, script in scripts.items():
                    person = await uow.people.by_address("telegram", str(user))
                    assert person is not None
                    for field, expected in script.expected.items():
                        assert getattr(person, field) == expected, (user, field)
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


async def _settled(app: Any) -> bool:
    async with app.unit_of_work() as uow:
        pending = await uow.session.scalars(
            select(OutboxMessage.id).where(OutboxMessage.sent_at.is_(None))
        )
        return not pending.all() and await uow.inbox.waiting() == 0


async def _until(ready: Any, timeout: float, *, check_async: bool = False) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (await ready()) if check_async else ready():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("timed out")
