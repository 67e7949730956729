"""Shared by the SIGKILL tests: real `doorway serve` / `doorway worker` processes, killed at will.

The processes talk to a local fake Bot API (tests/fakes/telegram_api.py) and share the test's
database; the test posts updates to the real webhook as Telegram does (again until a 200).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import select

from doorway.bootstrap import App
from doorway.bot.web import SECRET_HEADER, TELEGRAM_PATH
from doorway.storage.records import OutboxMessage
from tests.flows import Script
from tests.telegram_support import SECRET, TOKEN


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def process_env(database_url: str, api_base: str, home: Path) -> dict[str, str]:
    """The environment of the child processes: the test's database and the fake Bot API."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "DOORWAY_DATABASE_URL": database_url,
        "DOORWAY_TELEGRAM_TOKEN": TOKEN,
        "DOORWAY_TELEGRAM_API_BASE": api_base,
        "DOORWAY_WEBHOOK_SECRET": SECRET,
        "DOORWAY_TELEGRAM_PER_CHAT_PER_SECOND": "1000",
        "DOORWAY_TELEGRAM_PER_CHAT_BURST": "100",
        "DOORWAY_TELEGRAM_OVERALL_PER_SECOND": "1000",
        "DOORWAY_WORKER_POLL_SECONDS": "0.2",
        # A killed process's lease and claims run out quickly, to keep the test short.
        "DOORWAY_SEND_LEASE_SECONDS": "2",
        "DOORWAY_CLAIM_TIMEOUT_SECONDS": "2",
        "DOORWAY_JOB_CLAIM_TIMEOUT_SECONDS": "3",
    }


class Processes:
    """One `serve` and one `worker`, killed and restarted at will."""

    def __init__(self, env: dict[str, str], port: int, logs: Path) -> None:
        self.env, self.port, self.logs = env, port, logs
        self.serve: subprocess.Popen[bytes] | None = None
        self.worker: subprocess.Popen[bytes] | None = None
        self.kills = 0
        self.born: dict[str, float] = {}  # when each process was last started

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
            self.born["serve"] = time.monotonic()
        if self.worker is None or self.worker.poll() is not None:
            self.worker = self._start("worker")
            self.born["worker"] = time.monotonic()
        async with aiohttp.ClientSession() as http:
            for _ in range(1200):  # a minute: aiogram alone takes seconds to import
                try:
                    async with http.get(f"http://127.0.0.1:{self.port}/healthz") as response:
                        if response.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.05)
        raise AssertionError(f"doorway serve did not start: {self.log_tails()}")

    def age(self, name: str) -> float:
        """Seconds since `serve` or `worker` was last started."""
        return time.monotonic() - self.born.get(name, time.monotonic())

    def log_tails(self) -> dict[str, str]:
        return {log.name: log.read_text()[-2000:] for log in self.logs.glob("*.log")}

    def kill(self, which: str) -> list[str]:
        """SIGKILL `serve`, `worker` or `both`; returns the names of those that were running."""
        killed = []
        for name in ("serve", "worker") if which == "both" else (which,):
            process = getattr(self, name)
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGKILL)
                process.wait()
                self.kills += 1
                killed.append(name)
        return killed

    def stop(self) -> None:
        for process in (self.serve, self.worker):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()


async def post_until_stored(http: aiohttp.ClientSession, procs: Processes, update: Any) -> None:
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


async def settled(app: App) -> bool:
    """Nothing waits in the inbox, and every outbox row was sent or given up."""
    async with app.unit_of_work() as uow:
        pending = await uow.session.scalars(
            select(OutboxMessage.id).where(
                OutboxMessage.sent_at.is_(None), OutboxMessage.failed_at.is_(None)
            )
        )
        return not pending.all() and await uow.inbox.waiting() == 0


async def until(ready: Callable[[], Any], timeout: float, what: str = "") -> None:
    """Wait until `ready()` (a plain or an async function) is true; fail after `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = ready()
        if inspect.isawaitable(result):
            result = await result
        if result:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out{': ' + what if what else ''}")


async def assert_profiles_as_answered(
    app: App, scripts: dict[int, Script], channel: str = "telegram"
) -> dict[int, int]:
    """Every scripted person's profile holds exactly their answers; returns their ids."""
    ids = {}
    async with app.unit_of_work() as uow:
        for user, script in scripts.items():
            person = await uow.people.by_address(channel, str(user))
            assert person is not None
            for field, expected in script.expected.items():
                assert getattr(person, field) == expected, (user, field)
            assert person.id is not None
            ids[user] = person.id
    return ids
