"""Benchmark Doorway's Telegram webhook path: simulated users onboarding against a fake Bot API.

Run: `python bench/throughput.py [--users 500] [--backend sqlite|postgresql|both]
[--topology 1|2+2|both] [--json out.json]`.
N users (distinct Telegram ids, locales sv/fi/en in turn, 20% door-openers) each run the whole
onboarding of tests/flows.py at once, posting an update only after Doorway has sent every reply
to the previous one (the count per step comes from running the scripts through the engine
in-process first). Topology "1" is one `doorway serve`; "2+2" is two `doorway serve` (users
spread over both) and two `doorway worker`. Reports updates/s (all updates / first POST to last
reply), p50/p95 latency from POST to the first sendMessage after it, lost updates, duplicate
sends (sendMessage calls per chat vs outbox rows marked sent), rows left unsent, the inbox at the
end and each process's RSS; and the same users against a baseline webhook with no database that
answers every update with one sendMessage at once (bench/baseline_webhook.py): the harness's own
ceiling on this machine, measured in the same run. Doorway's updates/s is given as a ratio to it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/ is not a package

import telegram_load as load
import uvloop

TARGET_UPDATES_PER_SECOND = 500.0  # the target, on PostgreSQL on a 2-core machine


async def run(
    users: int,
    backends: list[str],
    topologies: list[str],
    limits: load.Limits,
    timeout: float,
    postgres_server: str,
) -> dict[str, Any]:
    """Measure the baseline per topology, then Doorway per (backend, topology)."""
    people = load.make_users(users)
    calibrated = await load.calibrate(user.script_key for user in people)
    results: list[load.RunResult] = []
    errors: list[dict[str, str]] = []
    for topology in topologies:
        print(f"… baseline, topology {topology}", file=sys.stderr)
        await _attempt(
            results,
            errors,
            kind="baseline",
            backend="-",
            topology=topology,
            users=people,
            calibrated=calibrated,
            limits=limits,
            timeout=timeout,
        )
    for backend in backends:
        for topology in topologies:
            print(f"… doorway, {backend}, topology {topology}", file=sys.stderr)
            await _attempt(
                results,
                errors,
                kind="doorway",
                backend=backend,
                topology=topology,
                users=people,
                calibrated=calibrated,
                limits=limits,
                timeout=timeout,
                postgres_server=postgres_server,
            )
    baseline = {r.topology: r.load.updates_per_second for r in results if r.kind == "baseline"}
    runs = []
    for result in results:
        figures = result.summary()
        ceiling = baseline.get(result.topology)
        if result.kind == "doorway" and ceiling:
            figures["ratio_to_baseline"] = round(result.load.updates_per_second / ceiling, 3)
        runs.append(figures)
    return {
        "users": users,
        "updates_per_user": {f"{k[0]}/{k[1]}": len(v) for k, v in sorted(calibrated.items())},
        "replies_per_user": {f"{k[0]}/{k[1]}": sum(v) for k, v in sorted(calibrated.items())},
        "limits": limits.__dict__,
        "limits_note": limits.describe(),
        "cpus": os.cpu_count(),
        "target_updates_per_s_postgresql": TARGET_UPDATES_PER_SECOND,
        "runs": runs,
        "errors": errors,
    }


async def _attempt(
    results: list[load.RunResult], errors: list[dict[str, str]], **options: Any
) -> None:
    """One measured run; a deployment that cannot start is reported and the others still run."""
    try:
        results.append(await load.measure(**options))
        # Each run's figures at once: a long run that is stopped still leaves what it measured.
        print(json.dumps(results[-1].summary()), file=sys.stderr)
    except load.BenchError as error:
        print(error, file=sys.stderr)
        errors.append(
            {k: str(options[k]) for k in ("kind", "backend", "topology")}
            | {"error": str(error).splitlines()[0]}
        )


def _mib(kib: int | None) -> str:
    return "gone" if kib is None else f"{kib / 1024:.0f}"


def table(report: dict[str, Any]) -> str:
    """The human-readable report."""
    lines = [
        f"{report['users']} simulated users, each a full onboarding "
        f"({', '.join(f'{k}: {n} updates' for k, n in report['updates_per_user'].items())}); "
        f"{report['cpus']} CPUs shared by harness, fake Bot API and Doorway",
        f"limits given to Doorway: {report['limits_note']}; the fake imposes none",
        "",
        f"{'run':<24} {'updates':>7} {'wall s':>7} {'upd/s':>7} {'ratio':>6} {'p50 ms':>7} "
        f"{'p95 ms':>7} {'lost':>5} {'short':>5} {'dup':>4} {'unsent':>6} {'inbox':>5} "
        f"{'webhook err':>11}",
    ]
    for run in report["runs"]:
        figures, checks = run["load"], run["correctness"] or {}
        name = f"{run['kind']} {run['backend']} {run['topology']}"
        ratio = f"{run['ratio_to_baseline']:.2f}" if "ratio_to_baseline" in run else "1"
        lines.append(
            f"{name:<24} {figures['updates']:>7} {figures['wall_s']:>7.2f} "
            f"{figures['updates_per_s']:>7.0f} {ratio:>6} {figures['p50_ms']:>7.1f} "
            f"{figures['p95_ms']:>7.1f} {figures['lost']:>5} {figures['short']:>5} "
            f"{checks.get('duplicates', '-'):>4} {checks.get('unsent', '-'):>6} "
            f"{checks.get('inbox_left', '-'):>5} {figures['webhook_errors']:>11}"
        )
    lines += ["", "memory at the end (RSS MiB), CPU used during the run, further checks:"]
    for run in report["runs"]:
        name = f"{run['kind']} {run['backend']} {run['topology']}"
        memory = ", ".join(f"{k} {_mib(v)}" for k, v in run["rss_kib"].items())
        notes = [
            f"RSS: {memory}",
            f"CPU {run['cpu_ms_per_update']} ms/update (all processes)",
            f"harness CPU {run['harness_cpu_ms_per_update']} ms/update",
        ]
        checks = run["correctness"]
        if checks:
            notes.append(
                f"sent {checks['fake_sent']} (fake) / {checks['db_sent']} (outbox), "
                f"{checks['chats_mismatched']} chats differ, failed rows {checks['failed']}, "
                f"callbacks answered {checks['callbacks_answered']}/{checks['callbacks_posted']}"
            )
            if not checks["settled"]:
                notes.append("queues did NOT empty within the settle timeout")
            if checks["unknown_methods"]:
                notes.append(f"unknown Bot API methods called: {checks['unknown_methods']}")
        if run["extra_replies"]:
            notes.append(f"{run['extra_replies']} replies beyond the calibrated count")
        if run["load"]["users_aborted"]:
            notes.append(f"{run['load']['users_aborted']} users stopped after a missing reply")
        if run["crashed"]:
            notes.append(f"CRASHED: {', '.join(run['crashed'])}")
        lines.append(f"  {name:<22} " + "; ".join(notes))
    lines += [
        "",
        "upd/s: webhook updates / (first POST → last reply); latency: POST → first sendMessage "
        "to that chat after it;",
        "ratio: Doorway upd/s / baseline upd/s of the same topology (baseline: no database, one "
        "sendMessage per update);",
        "short: updates whose calibrated replies did not all arrive within the timeout (lost "
        "ones included); dup: sendMessage calls beyond the outbox rows marked sent.",
        *_verdicts(report),
        *(
            f"{e['kind']} {e['backend']} {e['topology']}: COULD NOT RUN: {e['error']}"
            for e in report["errors"]
        ),
    ]
    return "\n".join(lines)


def _verdicts(report: dict[str, Any]) -> list[str]:
    target = report["target_updates_per_s_postgresql"]
    lines = []
    for run in report["runs"]:
        if run["kind"] != "doorway":
            continue
        checks = run["correctness"] or {}
        correct = run["load"]["lost"] == 0 and run["load"]["short"] == 0 and checks.get("ok", False)
        speed = run["load"]["updates_per_s"]
        verdict = f"{run['backend']} {run['topology']}: correctness {'OK' if correct else 'FAILED'}"
        if run["backend"] == "postgresql":
            met = "meets" if speed >= target else "is BELOW"
            verdict += f"; {speed:.0f} updates/s {met} the target of ≥ {target:.0f}"
        lines.append(verdict)
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--topology", choices=["1", "2+2", "both"], default="both")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait per reply")
    parser.add_argument(
        "--per-chat-per-second", type=float, default=load.Limits.per_chat_per_second
    )
    parser.add_argument("--per-chat-burst", type=int, default=load.Limits.per_chat_burst)
    parser.add_argument("--overall-per-second", type=float, default=load.Limits.overall_per_second)
    parser.add_argument("--postgres", default=load.POSTGRES_SERVER, help="server URL, no database")
    args = parser.parse_args(argv)
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    topologies = ["1", "2+2"] if args.topology == "both" else [args.topology]
    limits = load.Limits(args.overall_per_second, args.per_chat_per_second, args.per_chat_burst)
    # The harness runs on uvloop too: in production its work (users, Telegram) is not on this
    # machine at all, so the less of the two cores it takes, the closer the figure to that.
    report = uvloop.run(run(args.users, backends, topologies, limits, args.timeout, args.postgres))
    print(table(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    failed = bool(report["errors"]) or any(
        run["kind"] == "doorway"
        and (run["load"]["lost"] or not (run["correctness"] or {}).get("ok", False))
        for run in report["runs"]
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
