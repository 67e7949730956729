"""Shared machinery of the Telegram load benchmarks (bench/throughput.py, bench/soak.py).

- Deployments: `doorway serve` / `doorway worker` subprocesses (or the no-database baseline
  webhook of bench/baseline_webhook.py) on a fresh SQLite file or PostgreSQL database, talking
  to the in-process fake Bot API of bench/fake_bot_api.py.
- Simulated users: each runs a complete onboarding of tests/flows.py over the webhook, and sends
  its next update only once Doorway has answered the previous one in full. How many messages
  "in full" is comes from a calibration run of the same scripts through the engine in-process
  (a temp SQLite database, no timing involved), so no quiet-period guess decides when a reply
  is over; a reply that stays short of that count for `timeout` seconds is reported.
- Checks: every update got a reply, sendMessage calls per chat equal the outbox rows marked
  sent for that chat, nothing left unsent, the inbox empty.

`bench/` is not a package: the scripts put this folder (and the repository root, for
`tests.flows`) on `sys.path` and import their siblings by module name.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import orjson

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for tests.flows, when run as `python bench/<script>.py`

from fake_bot_api import FakeBotAPI  # noqa: E402

from tests.flows import Action, onboarding_script  # noqa: E402

TOKEN = "123456:BENCH-TOKEN"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_PATH = "/telegram/webhook"
LOCALES = ("sv", "fi", "en")
POSTGRES_SERVER = "postgresql://postgres@127.0.0.1:5432"
FIRST_USER_ID = 700_000_001
START: Action = ("start", "text", "/start")
# Telegram opens at most 100 connections to a webhook (setWebhook max_connections).
CONNECTIONS_PER_WEBHOOK = 100


class BenchError(Exception):
    """A deployment could not be started or checked; the message says which and why."""


@dataclass(frozen=True)
class Limits:
    """The sending limits given to Doorway (the fake imposes none)."""

    overall_per_second: float = 100_000.0
    per_chat_per_second: float = 1_000.0
    per_chat_burst: int = 1_000

    def describe(self) -> str:
        """One line for the report."""
        return (
            f"DOORWAY_TELEGRAM_OVERALL_PER_SECOND={self.overall_per_second:g} (default 30), "
            f"PER_CHAT_PER_SECOND={self.per_chat_per_second:g} (default 1), "
            f"PER_CHAT_BURST={self.per_chat_burst} (default 3)"
        )


# -- simulated users -------------------------------------------------------------------------


@dataclass(frozen=True)
class SimulatedUser:
    """One Telegram user and the onboarding it goes through ("/start" first)."""

    user_id: int
    locale: str
    role: str
    steps: tuple[Action, ...]

    @property
    def script_key(self) -> tuple[str, str]:
        """Which script it runs: (locale, role)."""
        return self.locale, self.role


def make_users(
    count: int, *, door_opener_share: float = 0.2, first_id: int = FIRST_USER_ID
) -> list[SimulatedUser]:
    """`count` users, locales in turn, door-openers spread evenly at the given share."""
    users: list[SimulatedUser] = []
    for index in range(count):
        locale = LOCALES[index % len(LOCALES)]
        # Exactly round(count × share) door-openers, evenly spread over the run.
        opener = int((index + 1) * door_opener_share) > int(index * door_opener_share)
        role = "door_opener" if opener else "newcomer"
        steps = (START, *onboarding_script(locale, role).actions)
        users.append(SimulatedUser(first_id + index, locale, role, steps))
    return users


ExpectedReplies = dict[tuple[str, str], tuple[int, ...]]


async def calibrate(keys: Iterable[tuple[str, str]]) -> ExpectedReplies:
    """How many messages Doorway sends for each step of each script, from the engine itself."""
    from doorway.bootstrap import build_app
    from doorway.dialogs.contract import InboundEvent, OutboundMessage
    from doorway.settings import Settings
    from doorway.storage import migrate

    expected: ExpectedReplies = {}
    with tempfile.TemporaryDirectory(prefix="doorway-calibrate-") as folder:
        settings = Settings(
            database_url=f"sqlite+aiosqlite:///{folder}/calibrate.db",
            _env_file=None,  # type: ignore[call-arg]
        )
        app = build_app(settings, worker_id="bench-calibration")
        delivered: list[OutboundMessage] = []

        async def collect(message: OutboundMessage) -> None:
            delivered.append(message)

        try:
            await migrate.upgrade(app.db)
            for number, (locale, role) in enumerate(sorted(set(keys)), start=1):
                counts: list[int] = []
                steps = (START, *onboarding_script(locale, role).actions)
                for index, (_step, kind, value) in enumerate(steps):
                    event = InboundEvent(
                        "telegram",
                        str(number),
                        f"{number}-{index}",
                        text=value if kind == "text" else None,
                        button=value if kind == "button" else None,
                        locale_hint=locale,
                    )
                    await app.engine.handle(event)
                    before = len(delivered)
                    await app.delivery.flush("telegram", collect)
                    # Only this person's messages: finishing an onboarding can also send a
                    # proposal to someone onboarded before. Telegram splits long texts;
                    # onboarding's are far below the limit.
                    mine = [m for m in delivered[before:] if m.user_id == str(number)]
                    counts.append(len(mine))
                expected[(locale, role)] = tuple(counts)
        finally:
            await app.close()
    return expected


class UpdateFactory:
    """Telegram Update JSON as Doorway's webhook receives it, ids unique within a run."""

    def __init__(self, fake: FakeBotAPI) -> None:
        self._fake = fake
        self._update_id = 0
        self._message_ids: dict[int, int] = {}
        self.callbacks = 0

    def make(self, user: SimulatedUser, action: Action) -> dict[str, Any]:
        """The update for one scripted action of a user."""
        _step, kind, value = action
        self._update_id += 1
        sender = {
            "id": user.user_id,
            "is_bot": False,
            "first_name": f"Bench{user.user_id}",
            "language_code": user.locale,
        }
        if kind == "button":
            self.callbacks += 1
            query = {
                "id": str(5_000_000_000 + self._update_id),
                "from": sender,
                "message": self._fake.last_message(user.user_id),
                "chat_instance": str(user.user_id),
                "data": value,
            }
            return {"update_id": self._update_id, "callback_query": query}
        message_id = self._message_ids.get(user.user_id, 1_000_000) + 1
        self._message_ids[user.user_id] = message_id
        message: dict[str, Any] = {
            "message_id": message_id,
            "from": sender,
            "chat": {"id": user.user_id, "type": "private", "first_name": sender["first_name"]},
            "date": int(time.time()),
            "text": value,
        }
        if value.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(value)}]
        return {"update_id": self._update_id, "message": message}


@dataclass
class LoadFigures:
    """What the simulated users saw."""

    users: int
    users_done: int = 0
    users_aborted: int = 0  # stopped after an update got no complete reply in time
    users_not_started: int = 0  # the time bound came first (soak)
    updates: int = 0
    lost: int = 0  # updates with no reply at all within the timeout
    short: int = 0  # updates with fewer replies than calibrated within the timeout
    webhook_errors: int = 0  # non-200 answers or connection errors (each retried)
    webhook_failed: int = 0  # updates the webhook never accepted
    latencies: list[float] = field(default_factory=list)  # POST → first reply, seconds
    incomplete_steps: Counter[str] = field(default_factory=Counter)  # lost or short, by step
    first_post_at: float | None = None
    last_reply_at: float | None = None
    stopped_by_deadline: bool = False

    @property
    def wall_seconds(self) -> float:
        """First webhook POST to the last reply."""
        if self.first_post_at is None or self.last_reply_at is None:
            return 0.0
        return max(self.last_reply_at - self.first_post_at, 1e-9)

    @property
    def updates_per_second(self) -> float:
        """Webhook updates over the wall time."""
        return self.updates / self.wall_seconds if self.wall_seconds else 0.0

    def percentile_ms(self, share: float) -> float:
        """A latency percentile in milliseconds (nearest rank)."""
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000

    def summary(self) -> dict[str, Any]:
        """The figures as plain values (for JSON)."""
        return {
            "users": self.users,
            "users_done": self.users_done,
            "users_aborted": self.users_aborted,
            "users_not_started": self.users_not_started,
            "updates": self.updates,
            "lost": self.lost,
            "short": self.short,
            "webhook_errors": self.webhook_errors,
            "webhook_failed": self.webhook_failed,
            "wall_s": round(self.wall_seconds, 3),
            "updates_per_s": round(self.updates_per_second, 1),
            "p50_ms": round(self.percentile_ms(0.50), 1),
            "p95_ms": round(self.percentile_ms(0.95), 1),
            "p99_ms": round(self.percentile_ms(0.99), 1),
            "mean_ms": round(statistics.fmean(self.latencies) * 1000, 1)
            if self.latencies
            else None,
            "stopped_by_deadline": self.stopped_by_deadline,
            "incomplete_steps": dict(self.incomplete_steps),
        }


async def run_users(
    users: list[SimulatedUser],
    webhook_urls: list[str],
    fake: FakeBotAPI,
    expected: Callable[[SimulatedUser], tuple[int, ...]],
    *,
    secret: str,
    concurrency: int | None = None,
    timeout: float = 60.0,
    deadline: float | None = None,
    factory: UpdateFactory | None = None,
) -> LoadFigures:
    """Run every user's onboarding, `concurrency` users at a time (all at once by default).

    Users are spread over the webhooks in turn. `deadline` (time.monotonic()) stops users
    from starting, and started users after their current step.
    """
    figures = LoadFigures(users=len(users))
    factory = factory or UpdateFactory(fake)
    gate = asyncio.Semaphore(concurrency or max(1, len(users)))
    connector = aiohttp.TCPConnector(limit=0, limit_per_host=CONNECTIONS_PER_WEBHOOK)
    headers = {SECRET_HEADER: secret, "Content-Type": "application/json"}

    def late() -> bool:
        if deadline is not None and time.monotonic() >= deadline:
            figures.stopped_by_deadline = True
            return True
        return False

    async def post(session: aiohttp.ClientSession, url: str, update: dict[str, Any]) -> bool:
        # Telegram retries an update the webhook did not accept; so do we, a few times.
        for attempt in range(5):
            try:
                async with session.post(
                    url, data=orjson.dumps(update), headers=headers
                ) as response:
                    body = await response.read()
                    if response.status == 200:
                        # As Telegram does, a method in the answer is run (the button's spinner).
                        fake.run_from_webhook_answer(orjson.loads(body))
                        return True
            except (aiohttp.ClientError, TimeoutError):
                pass
            figures.webhook_errors += 1
            await asyncio.sleep(0.2 * 2**attempt)
        return False

    async def one(session: aiohttp.ClientSession, user: SimulatedUser, url: str) -> None:
        async with gate:
            if late():
                figures.users_not_started += 1
                return
            counts = expected(user)
            chat = user.user_id
            for index, action in enumerate(user.steps):
                if late():
                    return
                before = fake.count(chat)
                update = factory.make(user, action)
                posted_at = time.monotonic()
                if figures.first_post_at is None:
                    figures.first_post_at = posted_at
                figures.updates += 1
                if not await post(session, url, update):
                    figures.webhook_failed += 1
                    figures.users_aborted += 1
                    return
                complete = await fake.wait_for(chat, before + counts[index], timeout)
                replies = fake.messages(chat)
                if len(replies) > before:
                    figures.latencies.append(replies[before].at - posted_at)
                    figures.last_reply_at = max(figures.last_reply_at or 0.0, replies[-1].at)
                else:
                    figures.lost += 1
                if not complete:
                    figures.short += 1
                    figures.incomplete_steps[f"{index}:{action[0]}"] += 1
                    figures.users_aborted += 1  # the conversation is out of step now
                    return
            figures.users_done += 1

    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(
            *(
                one(session, user, webhook_urls[index % len(webhook_urls)])
                for index, user in enumerate(users)
            )
        )
    return figures


# -- deployments -----------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port the OS considers free now (a tiny race with other programs is accepted)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def parse_topology(topology: str) -> tuple[int, int]:
    """ "1" → one web process; "2+2" → two web processes and two workers."""
    web, _, workers = topology.partition("+")
    return int(web), int(workers or 0)


def rss_kib(pid: int) -> int | None:
    """Resident memory of a process in KiB, from /proc (None once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time of a process so far, from /proc (None once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # utime and stime are fields 14 and 15 of stat(5); [0] here is field 3.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM it when the harness dies, so no process is left over."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@dataclass
class Service:
    """One subprocess of a deployment, its log file and (for web processes) its port."""

    name: str
    process: subprocess.Popen[bytes]
    log: Path
    port: int | None = None

    @property
    def alive(self) -> bool:
        """Still running."""
        return self.process.poll() is None

    def tail(self, lines: int = 40) -> str:
        """The end of its stderr/stdout log."""
        try:
            text = self.log.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(deque(text.splitlines(), maxlen=lines))


async def create_postgres_database(server: str) -> str:
    """A fresh, empty database on the server; returns its name."""
    import asyncpg

    name = f"doorway_bench_{secrets.token_hex(5)}"
    connection = await asyncpg.connect(f"{server}/postgres")
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return name


async def drop_postgres_database(server: str, name: str) -> None:
    """Drop a bench database, disconnecting whoever is still on it."""
    import asyncpg

    if not name.startswith("doorway_bench_"):
        raise BenchError(f"refusing to drop {name!r}: not a bench database")
    connection = await asyncpg.connect(f"{server}/postgres")
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


def _doorway_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "doorway.cli", *args]


class Deployment:
    """Doorway's processes (or the baseline's) on their own database, started and stopped."""

    def __init__(
        self,
        *,
        kind: str,
        backend: str,
        topology: str,
        api_base: str,
        limits: Limits,
        postgres_server: str = POSTGRES_SERVER,
        worker_poll_seconds: float = 0.2,
    ) -> None:
        if kind not in ("doorway", "baseline"):
            raise ValueError(f"unknown deployment kind {kind!r}")
        self.kind = kind
        self.backend = backend
        self.topology = topology
        self.api_base = api_base
        self.limits = limits
        self.secret = f"bench-{secrets.token_hex(8)}"
        self.services: list[Service] = []
        self.database_url: str | None = None
        self._postgres_server = postgres_server
        self._postgres_name: str | None = None
        self._worker_poll_seconds = worker_poll_seconds
        self._folder = Path(tempfile.mkdtemp(prefix=f"doorway-bench-{kind}-"))
        self.keep_logs = False  # set once a problem was reported, so the logs can be read

    @property
    def label(self) -> str:
        """E.g. "doorway postgresql 2+2"."""
        return f"{self.kind} {self.backend if self.kind == 'doorway' else '-'} {self.topology}"

    @property
    def webhook_urls(self) -> list[str]:
        """Where the simulated users post their updates."""
        return [f"http://127.0.0.1:{s.port}{WEBHOOK_PATH}" for s in self.services if s.port]

    def environment(self) -> dict[str, str]:
        """The processes' environment: no DOORWAY_* of ours leaks in, the bench's settings."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("DOORWAY_") and k != "PORT"}
        env |= {
            "PYTHONUNBUFFERED": "1",
            "DOORWAY_TELEGRAM_TOKEN": TOKEN,
            "DOORWAY_TELEGRAM_API_BASE": self.api_base,
            "DOORWAY_WEBHOOK_SECRET": self.secret,
            "DOORWAY_TELEGRAM_OVERALL_PER_SECOND": f"{self.limits.overall_per_second:g}",
            "DOORWAY_TELEGRAM_PER_CHAT_PER_SECOND": f"{self.limits.per_chat_per_second:g}",
            "DOORWAY_TELEGRAM_PER_CHAT_BURST": str(self.limits.per_chat_burst),
            "DOORWAY_WORKER_POLL_SECONDS": f"{self._worker_poll_seconds:g}",
        }
        if self.database_url is not None:
            env["DOORWAY_DATABASE_URL"] = self.database_url
        return env

    async def start(self) -> None:
        """Create and migrate the database, start the processes, wait until they answer."""
        try:
            if self.kind == "doorway":
                await self._create_database()
                await self.run_cli("db", "upgrade", timeout=180)
            web, workers = parse_topology(self.topology)
            for number in range(1, web + 1):
                port = free_port()
                if self.kind == "doorway":
                    command = _doorway_command("serve", "--port", str(port), "--host", "127.0.0.1")
                else:
                    command = [
                        sys.executable,
                        str(BENCH / "baseline_webhook.py"),
                        *("--port", str(port), "--api-base", self.api_base),
                        *("--token", TOKEN, "--secret", self.secret),
                    ]
                self._spawn(f"web{number}", command, port)
            if self.kind == "doorway":
                for number in range(1, workers + 1):
                    self._spawn(f"worker{number}", _doorway_command("worker"), None)
            await asyncio.gather(*(self._healthy(s) for s in self.services if s.port))
            for service in self.services:
                if not service.alive:
                    raise BenchError(self.failure(f"{service.name} exited during start-up"))
        except BaseException:
            await self.stop()
            raise

    async def run_cli(self, *args: str, timeout: float = 600) -> str:
        """Run one `doorway ...` command with the deployment's environment; its stdout."""
        process = await asyncio.create_subprocess_exec(
            *_doorway_command(*args),
            cwd=self._folder,
            env=self.environment(),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            out, err = await asyncio.wait_for(process.communicate(), timeout)
        except TimeoutError:
            process.kill()
            await process.wait()
            raise BenchError(f"doorway {' '.join(args)} took over {timeout:.0f} s") from None
        if process.returncode != 0:
            raise BenchError(
                f"doorway {' '.join(args)} failed ({process.returncode}):\n"
                + err.decode(errors="replace")[-3000:]
            )
        return out.decode(errors="replace")

    def _spawn(self, name: str, command: list[str], port: int | None) -> None:
        log = self._folder / f"{name}.log"
        with log.open("wb") as handle:
            process = subprocess.Popen(
                command,
                cwd=self._folder,  # no .env is read from here
                env=self.environment(),
                stdin=subprocess.DEVNULL,
                stdout=handle,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent,
            )
        self.services.append(Service(name, process, log, port))

    async def _healthy(self, service: Service, timeout: float = 90.0) -> None:
        url = f"http://127.0.0.1:{service.port}/healthz"
        give_up = time.monotonic() + timeout
        async with aiohttp.ClientSession() as session:
            while time.monotonic() < give_up:
                if not service.alive:
                    raise BenchError(self.failure(f"{service.name} exited during start-up"))
                with contextlib.suppress(aiohttp.ClientError, TimeoutError):
                    async with session.get(url, timeout=aiohttp.ClientTimeout(total=2)) as reply:
                        if reply.status == 200:
                            return
                await asyncio.sleep(0.1)
        raise BenchError(self.failure(f"{service.name} did not answer /healthz in {timeout} s"))

    def failure(self, headline: str) -> str:
        """A message with the tail of every process's log (which are then kept)."""
        self.keep_logs = True
        parts = [f"{self.label}: {headline}"]
        for service in self.services:
            state = "running" if service.alive else f"exited {service.process.returncode}"
            parts.append(f"--- {service.name} ({state}), {service.log}:\n{service.tail()}")
        return "\n".join(parts)

    def rss(self) -> dict[str, int | None]:
        """Each process's resident memory in KiB (None if it is gone)."""
        return {service.name: rss_kib(service.process.pid) for service in self.services}

    def cpu(self) -> dict[str, float | None]:
        """Each process's CPU seconds so far."""
        return {service.name: cpu_seconds(service.process.pid) for service in self.services}

    def crashed(self) -> list[str]:
        """Processes that are no longer running."""
        return [service.name for service in self.services if not service.alive]

    async def stop(self) -> None:
        """SIGTERM every process, SIGKILL what is left after a grace period, drop the database."""
        for service in self.services:
            if service.alive:
                service.process.send_signal(signal.SIGTERM)
        give_up = time.monotonic() + 10
        while any(s.alive for s in self.services) and time.monotonic() < give_up:
            await asyncio.sleep(0.1)
        for service in self.services:
            if service.alive:
                service.process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                service.process.wait(timeout=5)
        if self._postgres_name is not None:
            await drop_postgres_database(self._postgres_server, self._postgres_name)
            self._postgres_name = None
        if not self.keep_logs:
            shutil.rmtree(self._folder, ignore_errors=True)

    async def _create_database(self) -> None:
        if self.backend == "sqlite":
            self.database_url = f"sqlite+aiosqlite:///{self._folder / 'doorway.db'}"
        elif self.backend == "postgresql":
            self._postgres_name = await create_postgres_database(self._postgres_server)
            address = self._postgres_server.split("://", 1)[1]
            self.database_url = f"postgresql+asyncpg://{address}/{self._postgres_name}"
        else:
            raise BenchError(f"unknown backend {self.backend!r}")


# -- checks ----------------------------------------------------------------------------------


@dataclass
class Correctness:
    """What the fake received against what the database says was sent."""

    fake_sent: int = 0
    db_sent: int = 0
    duplicates: int = 0  # sendMessage calls beyond the outbox rows marked sent, over all chats
    unrecorded: int = 0  # outbox rows marked sent that the fake never received
    chats_mismatched: int = 0
    unsent: int = 0  # outbox rows neither sent nor given up
    failed: int = 0  # outbox rows given up
    inbox_left: int = 0
    inbox_failed: int = 0
    callbacks_posted: int = 0
    callbacks_answered: int = 0
    unknown_methods: dict[str, int] = field(default_factory=dict)
    settled: bool = True  # the queues emptied within the settle timeout

    @property
    def ok(self) -> bool:
        """No duplicates, nothing lost in the queues, nothing left behind."""
        return (
            self.duplicates == 0
            and self.unrecorded == 0
            and self.unsent == 0
            and self.failed == 0
            and self.inbox_left == 0
        )

    def summary(self) -> dict[str, Any]:
        """The figures as plain values (for JSON)."""
        return dict(self.__dict__) | {"ok": self.ok}


async def _queue_state(engine: Any) -> tuple[int, int]:
    from sqlalchemy import text

    async with engine.connect() as connection:
        unsent = (
            await connection.execute(
                text(
                    "SELECT count(*) FROM outbox WHERE channel = 'telegram' "
                    "AND sent_at IS NULL AND failed_at IS NULL"
                )
            )
        ).scalar_one()
        inbox = (
            await connection.execute(text("SELECT count(*) FROM inbox WHERE failed_at IS NULL"))
        ).scalar_one()
    return int(unsent), int(inbox)


async def settle_and_check(
    database_url: str, fake: FakeBotAPI, factory: UpdateFactory, *, timeout: float = 60.0
) -> Correctness:
    """Wait until the queues are empty and the fake quiet, then compare fake and database."""
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(database_url)
    result = Correctness(callbacks_posted=factory.callbacks)
    try:
        give_up = time.monotonic() + timeout
        quiet_since, seen = time.monotonic(), fake.total_sent
        while True:
            unsent, inbox = await _queue_state(engine)
            if fake.total_sent != seen:
                quiet_since, seen = time.monotonic(), fake.total_sent
            # A message is sent before it is marked sent: wait a moment of quiet as well.
            if unsent == 0 and inbox == 0 and time.monotonic() - quiet_since > 0.5:
                break
            if time.monotonic() > give_up:
                result.settled = False
                break
            await asyncio.sleep(0.25)
        async with engine.connect() as connection:
            rows = await connection.execute(
                text(
                    "SELECT external_id, count(*) FROM outbox WHERE channel = 'telegram' "
                    "AND sent_at IS NOT NULL GROUP BY external_id"
                )
            )
            db_counts = {str(chat): int(n) for chat, n in rows.all()}
            failed = await connection.execute(
                text(
                    "SELECT count(*) FROM outbox "
                    "WHERE channel = 'telegram' AND failed_at IS NOT NULL"
                )
            )
            result.failed = int(failed.scalar_one())
            inbox_rows = await connection.execute(
                text("SELECT count(*), count(failed_at) FROM inbox")
            )
            result.inbox_left, result.inbox_failed = (int(n) for n in inbox_rows.one())
        result.unsent, _ = await _queue_state(engine)
    finally:
        await engine.dispose()
    fake_counts = {str(chat): len(sent) for chat, sent in fake.sent.items()}
    for chat in fake_counts.keys() | db_counts.keys():
        got, recorded = fake_counts.get(chat, 0), db_counts.get(chat, 0)
        result.duplicates += max(0, got - recorded)
        result.unrecorded += max(0, recorded - got)
        result.chats_mismatched += got != recorded
    result.fake_sent = sum(fake_counts.values())
    result.db_sent = sum(db_counts.values())
    result.callbacks_answered = fake.calls["answerCallbackQuery"]
    result.unknown_methods = dict(fake.unknown)
    return result


# -- one measured run ------------------------------------------------------------------------


@dataclass
class RunResult:
    """One (kind, backend, topology) run: load figures, checks and memory."""

    kind: str
    backend: str
    topology: str
    load: LoadFigures
    correctness: Correctness | None  # None for the baseline (no database)
    rss_kib: dict[str, int | None]
    cpu_seconds: dict[str, float | None]  # used by each process from first POST to settled
    harness_cpu_seconds: float  # this process (simulated users and the fake Bot API), same span
    crashed: list[str]
    expected_total: int  # messages the calibration predicts for the users who finished
    extra_replies: int  # messages beyond that, to users who finished

    @property
    def cpu_ms_per_update(self) -> float | None:
        """CPU time of all the deployment's processes per webhook update."""
        used = [seconds for seconds in self.cpu_seconds.values() if seconds is not None]
        if not used or not self.load.updates:
            return None
        return round(sum(used) * 1000 / self.load.updates, 2)

    @property
    def harness_cpu_ms_per_update(self) -> float | None:
        """CPU time of the harness (users and fake Bot API) per webhook update: the share of
        the machine that in production would be Telegram's, not Doorway's."""
        if not self.load.updates:
            return None
        return round(self.harness_cpu_seconds * 1000 / self.load.updates, 2)

    def summary(self) -> dict[str, Any]:
        """Plain values (for JSON)."""
        return {
            "kind": self.kind,
            "backend": self.backend,
            "topology": self.topology,
            "load": self.load.summary(),
            "correctness": self.correctness.summary() if self.correctness else None,
            "rss_kib": self.rss_kib,
            "cpu_seconds": self.cpu_seconds,
            "cpu_ms_per_update": self.cpu_ms_per_update,
            "harness_cpu_seconds": self.harness_cpu_seconds,
            "harness_cpu_ms_per_update": self.harness_cpu_ms_per_update,
            "crashed": self.crashed,
            "expected_total": self.expected_total,
            "extra_replies": self.extra_replies,
        }


def expectation(
    kind: str, calibrated: ExpectedReplies
) -> Callable[[SimulatedUser], tuple[int, ...]]:
    """Replies per step: the calibration's for Doorway, exactly one for the baseline."""
    if kind == "baseline":
        return lambda user: (1,) * len(user.steps)
    return lambda user: calibrated[user.script_key]


def extra_replies(
    users: list[SimulatedUser],
    fake: FakeBotAPI,
    expected: Callable[[SimulatedUser], tuple[int, ...]],
) -> tuple[int, int]:
    """(predicted messages, messages beyond the prediction) over users who got every reply."""
    total = extra = 0
    for user in users:
        predicted = sum(expected(user))
        got = fake.count(user.user_id)
        if got >= predicted:
            total += predicted
            extra += got - predicted
    return total, extra


def _cpu_used(
    before: dict[str, float | None], after: dict[str, float | None]
) -> dict[str, float | None]:
    used: dict[str, float | None] = {}
    for name, start in before.items():
        end = after.get(name)
        used[name] = None if start is None or end is None else round(end - start, 2)
    return used


async def measure(
    *,
    kind: str,
    backend: str,
    topology: str,
    users: list[SimulatedUser],
    calibrated: ExpectedReplies,
    limits: Limits,
    timeout: float = 60.0,
    postgres_server: str = POSTGRES_SERVER,
) -> RunResult:
    """Deploy, run every user at once, settle, check, record memory, tear down."""
    async with FakeBotAPI(TOKEN) as fake:
        deployment = Deployment(
            kind=kind,
            backend=backend,
            topology=topology,
            api_base=fake.base_url,
            limits=limits,
            postgres_server=postgres_server,
        )
        await deployment.start()
        try:
            expected = expectation(kind, calibrated)
            factory = UpdateFactory(fake)
            cpu_before, harness_before = deployment.cpu(), time.process_time()
            load = await run_users(
                users,
                deployment.webhook_urls,
                fake,
                expected,
                secret=deployment.secret,
                timeout=timeout,
                factory=factory,
            )
            correctness = None
            if deployment.database_url is not None:
                correctness = await settle_and_check(deployment.database_url, fake, factory)
            cpu = _cpu_used(cpu_before, deployment.cpu())
            harness = round(time.process_time() - harness_before, 2)
            total, extra = extra_replies(users, fake, expected)
            crashed = deployment.crashed()
            if crashed or (correctness is not None and not correctness.ok) or load.lost:
                print(deployment.failure("problems found (log tails follow)"), file=sys.stderr)
            return RunResult(
                kind,
                backend,
                topology,
                load,
                correctness,
                deployment.rss(),
                cpu,
                harness,
                crashed,
                total,
                extra,
            )
        finally:
            await deployment.stop()
