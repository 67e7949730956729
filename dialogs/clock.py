"""Time as a service, so the console and the tests can move it forward."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Protocol

_SHIFT = re.compile(r"^\+?(\d+)\s*([dhm])$")
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}


class Clock(Protocol):
    """Tells the current time (aware, UTC)."""

    def now(self) -> datetime:
        """The current time."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """The current UTC time."""
        return datetime.now(UTC)


class ShiftedClock:
    """The real clock moved forward by a simulated offset (console `!clock +3d`)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        """The real time plus the offset."""
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward."""
        self.offset += delta


def parse_shift(text: str) -> timedelta | None:
    """'+3d', '+2h' or '+30m' as a timedelta; None when malformed."""
    match = _SHIFT.match(text.strip())
    if not match:
        return None
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
