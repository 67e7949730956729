"""Soak test: many simulated Telegram users onboard, then one matching round; nothing lost.

Run: `python bench/soak.py [--users 10000] [--max-minutes 25] [--backend postgresql|sqlite]
[--topology 2+2|1] [--concurrency 500] [--json out.json]`.
Users (20% door-openers, so the round sends proposals) go through the onboarding of
tests/flows.py `--concurrency` at a time against the fake Bot API of bench/fake_bot_api.py, as in
bench/throughput.py; then `doorway match run` runs as a subprocess with the same environment.
Checks: zero lost updates, zero duplicate messages (sendMessage calls per chat against outbox
rows marked sent), nothing left unsent, the inbox empty, and memory flat: each Doorway
process's RSS is sampled every 5 s and the last quarter's average compared with the first's
(flagged above +20%). At `--max-minutes` users stop starting and the run ends with partial
figures; a reserve of that time is kept for the matching round and the final checks.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/ is not a package

import telegram_load as load
import uvloop
from fake_bot_api import FakeBotAPI

SAMPLE_SECONDS = 5.0
GROWTH_FLAG = 0.20  # last quarter's average RSS over the first quarter's


class MemorySampler:
    """Every few seconds, each process's RSS, with what the run was doing then."""

    def __init__(self, deployment: load.Deployment) -> None:
        self._deployment = deployment
        self.samples: list[tuple[float, str, dict[str, int | None]]] = []
        self.phase = "onboarding"
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Begin sampling in the background."""
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        """Take a last sample and stop (once)."""
        if self._task is None:
            return
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
        self._task = None
        self._sample()

    def _sample(self) -> None:
        self.samples.append((time.monotonic(), self.phase, self._deployment.rss()))

    async def _run(self) -> None:
        while True:
            self._sample()
            await asyncio.sleep(SAMPLE_SECONDS)

    def report(self) -> dict[str, dict[str, Any]]:
        """Per process: first- and last-quarter average, max, growth and whether it is flagged."""
        figures: dict[str, dict[str, Any]] = {}
        names = {name for _at, _phase, rss in self.samples for name in rss}
        for name in sorted(names):
            values = [rss[name] for _at, _phase, rss in self.samples if rss.get(name)]
            if not values:
                continue
            quarter = max(1, len(values) // 4)
            first = statistics.fmean(values[:quarter])
            last = statistics.fmean(values[-quarter:])
            growth = last / first - 1
            figures[name] = {
                "samples": len(values),
                "first_quarter_mib": round(first / 1024, 1),
                "last_quarter_mib": round(last / 1024, 1),
                "max_mib": round(max(values) / 1024, 1),
                "growth": round(growth, 4),
                "flagged": growth > GROWTH_FLAG,
            }
        return figures


async def soak(args: argparse.Namespace) -> dict[str, Any]:
    """The whole soak run; returns its figures."""
    started = time.monotonic()
    budget = args.max_minutes * 60
    give_up = started + budget
    # Kept for the matching round and the final checks, so both happen within the bound.
    reserve = min(180.0, budget * 0.25)
    limits = load.Limits(args.overall_per_second, args.per_chat_per_second, args.per_chat_burst)
    users = load.make_users(args.users, door_opener_share=args.door_opener_share)
    calibrated = await load.calibrate(user.script_key for user in users)
    report: dict[str, Any] = {
        "users": args.users,
        "backend": args.backend,
        "topology": args.topology,
        "concurrency": args.concurrency,
        "door_opener_share": args.door_opener_share,
        "max_minutes": args.max_minutes,
        "limits": limits.__dict__,
        "limits_note": limits.describe(),
    }
    async with FakeBotAPI(load.TOKEN) as fake:
        deployment = load.Deployment(
            kind="doorway",
            backend=args.backend,
            topology=args.topology,
            api_base=fake.base_url,
            limits=limits,
            postgres_server=args.postgres,
        )
        await deployment.start()
        sampler = MemorySampler(deployment)
        sampler.start()
        try:
            assert deployment.database_url is not None
            factory = load.UpdateFactory(fake)
            expected = load.expectation("doorway", calibrated)
            figures = await load.run_users(
                users,
                deployment.webhook_urls,
                fake,
                expected,
                secret=deployment.secret,
                concurrency=args.concurrency,
                timeout=args.timeout,
                deadline=give_up - reserve,
                factory=factory,
            )
            report["onboarding"] = figures.summary()
            sampler.phase = "settle"
            check = await load.settle_and_check(
                deployment.database_url, fake, factory, timeout=_left(give_up, 60)
            )
            report["after_onboarding"] = check.summary()
            if _left(give_up, 1e9) > 30 and figures.users_done:
                sampler.phase = "matching"
                before = fake.total_sent
                match_started = time.monotonic()
                output = await deployment.run_cli("match", "run", timeout=_left(give_up, 600))
                found = re.search(r"proposals sent: (\d+)", output)
                report["matching"] = {
                    "proposals_reported": int(found[1]) if found else None,
                    "match_run_s": round(time.monotonic() - match_started, 2),
                }
                check = await load.settle_and_check(
                    deployment.database_url, fake, factory, timeout=_left(give_up, 120)
                )
                report["matching"]["messages_sent"] = fake.total_sent - before
                report["matching"]["sent_within_s"] = round(time.monotonic() - match_started, 2)
                report["after_matching"] = check.summary()
            else:
                report["matching"] = {"skipped": "the time bound came first"}
            await sampler.stop()
            report["memory"] = sampler.report()
            report["crashed"] = deployment.crashed()
            report["total_s"] = round(time.monotonic() - started, 1)
            final = report.get("after_matching") or report["after_onboarding"]
            if report["crashed"] or not final["ok"] or figures.lost:
                print(deployment.failure("problems found (log tails follow)"), file=sys.stderr)
        finally:
            await sampler.stop()
            await deployment.stop()
    return report


def _left(give_up: float, most: float) -> float:
    """Seconds left before the bound, at most `most` and at least 5 (the checks get a look)."""
    return max(5.0, min(most, give_up - time.monotonic()))


def table(report: dict[str, Any]) -> str:
    """The human-readable report."""
    onboarding = report["onboarding"]
    lines = [
        f"soak: {report['users']} users ({report['door_opener_share']:.0%} door-openers), "
        f"{report['backend']}, topology {report['topology']}, {report['concurrency']} at a time, "
        f"bound {report['max_minutes']} min, took {report['total_s']} s",
        f"limits given to Doorway: {report['limits_note']}; the fake imposes none",
        "",
        f"onboarding: {onboarding['users_done']} users done, {onboarding['users_aborted']} "
        f"aborted, {onboarding['users_not_started']} not started"
        + (" (time bound reached: PARTIAL figures)" if onboarding["stopped_by_deadline"] else ""),
        f"  {onboarding['updates']} updates in {onboarding['wall_s']} s = "
        f"{onboarding['updates_per_s']} updates/s; latency p50 {onboarding['p50_ms']} ms, "
        f"p95 {onboarding['p95_ms']} ms, p99 {onboarding['p99_ms']} ms",
        f"  lost {onboarding['lost']}, short {onboarding['short']}, webhook errors "
        f"{onboarding['webhook_errors']}",
    ]
    matching = report["matching"]
    if "skipped" in matching:
        lines.append(f"matching round: skipped ({matching['skipped']})")
    else:
        lines.append(
            f"matching round: `doorway match run` reported {matching['proposals_reported']} "
            f"proposals in {matching['match_run_s']} s; {matching['messages_sent']} messages "
            f"sent, all out {matching['sent_within_s']} s after the round began"
        )
    for title, key in (("after onboarding", "after_onboarding"), ("final", "after_matching")):
        check = report.get(key)
        if not check:
            continue
        lines.append(
            f"{title}: sendMessage {check['fake_sent']} (fake) / {check['db_sent']} (outbox "
            f"sent), duplicates {check['duplicates']}, unrecorded {check['unrecorded']}, "
            f"unsent {check['unsent']}, failed {check['failed']}, inbox left "
            f"{check['inbox_left']}, callbacks answered {check['callbacks_answered']}/"
            f"{check['callbacks_posted']}{'' if check['settled'] else ', NOT settled'}"
            f" → {'OK' if check['ok'] else 'FAILED'}"
        )
    lines += ["", f"memory (RSS every {SAMPLE_SECONDS:g} s; flag: last quarter > first + 20%):"]
    for name, memory in report["memory"].items():
        lines.append(
            f"  {name:<8} first quarter {memory['first_quarter_mib']} MiB, last quarter "
            f"{memory['last_quarter_mib']} MiB, max {memory['max_mib']} MiB, growth "
            f"{memory['growth']:+.1%} over {memory['samples']} samples"
            + (" ← FLAGGED" if memory["flagged"] else "")
        )
    if report["crashed"]:
        lines.append(f"CRASHED: {', '.join(report['crashed'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--max-minutes", type=float, default=25.0)
    parser.add_argument("--backend", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument("--topology", choices=["1", "2+2"], default="2+2")
    parser.add_argument("--concurrency", type=int, default=500, help="users onboarding at once")
    parser.add_argument("--door-opener-share", type=float, default=0.2)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait per reply")
    parser.add_argument(
        "--per-chat-per-second", type=float, default=load.Limits.per_chat_per_second
    )
    parser.add_argument("--per-chat-burst", type=int, default=load.Limits.per_chat_burst)
    parser.add_argument("--overall-per-second", type=float, default=load.Limits.overall_per_second)
    parser.add_argument("--postgres", default=load.POSTGRES_SERVER, help="server URL, no database")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    report = uvloop.run(soak(args))  # as bench/throughput.py: the harness takes less CPU
    print(table(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    final = report.get("after_matching") or report["after_onboarding"]
    failed = report["onboarding"]["lost"] or not final["ok"] or report["crashed"]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
