"""How long a pause lasts, from what people write: "2 weeks", "14 dagar", "3 viikkoa", a date."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MAX_PAUSE = timedelta(days=366)
_UNITS = {
    **dict.fromkeys(("d", "day", "days", "dag", "dagar", "pv", "paiva", "paivaa", "paivan"), 1),
    **dict.fromkeys(("w", "week", "weeks", "v", "vecka", "veckor", "vk", "viikko", "viikkoa"), 7),
    **dict.fromkeys(
        ("m", "month", "months", "manad", "manader", "kk", "kuukausi", "kuukautta"), 30
    ),
}
_AMOUNT = re.compile(r"^(\d{1,3})\s*([a-z]+)$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})[./](\d{1,2})\.?(?:[./](\d{2,4}))?$")
_FOLD = str.maketrans("åäö", "aao")


def pause_until(text: str, now: datetime, tz: ZoneInfo) -> datetime | None:
    """When a pause written as an amount or a date ends (local midnight, as UTC), or None."""
    words = text.strip().lower().translate(_FOLD)
    amount = _AMOUNT.match(words)
    if amount and amount.group(2) in _UNITS:
        days = int(amount.group(1)) * _UNITS[amount.group(2)]
        return _checked(now.astimezone(tz).date() + timedelta(days=days), now, tz)
    for pattern, order in ((_ISO, "ymd"), (_DAY_MONTH, "dmy")):
        found = pattern.match(words)
        if not found:
            continue
        parts = dict(zip(order, found.groups(), strict=True))
        year = int(parts["y"]) if parts.get("y") else now.astimezone(tz).year
        year += 2000 if year < 100 else 0
        try:
            day = date(year, int(parts["m"]), int(parts["d"]))
        except ValueError:
            return None
        if not parts.get("y") and day <= now.astimezone(tz).date():
            day = day.replace(year=day.year + 1)  # "15.1." in December means next January
        return _checked(day, now, tz)
    return None


def _checked(day: date, now: datetime, tz: ZoneInfo) -> datetime | None:
    until = datetime.combine(day, time(0), tzinfo=tz).astimezone(ZoneInfo("UTC"))
    return until if now < until <= now + MAX_PAUSE else None
