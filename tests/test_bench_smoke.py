"""Smoke test of the Telegram load benchmarks' machinery: correctness only, never timings."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))  # bench/ is not a package

import telegram_load  # noqa: E402


async def test_a_tiny_throughput_run_loses_and_repeats_nothing() -> None:
    """Five users onboard through one `doorway serve` on SQLite and the fake Bot API."""
    users = telegram_load.make_users(5)
    calibrated = await telegram_load.calibrate(user.script_key for user in users)

    result = await telegram_load.measure(
        kind="doorway",
        backend="sqlite",
        topology="1",
        users=users,
        calibrated=calibrated,
        limits=telegram_load.Limits(),
        timeout=20.0,
    )

    assert result.load.users_done == 5
    assert result.load.updates == sum(len(user.steps) for user in users)
    assert result.load.lost == 0
    assert result.load.short == 0
    checks = result.correctness
    assert checks is not None
    assert checks.duplicates == 0
    assert checks.unrecorded == 0
    assert checks.unsent == 0
    assert checks.inbox_left == 0
    assert checks.callbacks_answered == checks.callbacks_posted
    assert result.crashed == []
