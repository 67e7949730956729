"""Typed meeting times in Swedish, Finnish and English, the day/time picker and slot labels.

Everything here is pure: the caller passes `now` and the person's time zone, and gets aware
UTC datetimes back. Local wall times are interpreted in the person's zone, so "tis 14:00" means
14:00 where they live, whatever the server's zone is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from doorway.dialogs import local_dates

LANGUAGES = ("sv", "fi", "en")
FALLBACK_LANGUAGE = "en"

# Nobody arranges a one-hour introduction more than a year ahead; a later result is a typo.
MAX_AHEAD = timedelta(days=366)

PICKER_HOURS = range(8, 19)  # 08:00-18:00 on the hour: 11 buttons, one screen on a phone
DAY_PREFIX = "day:"
TIME_PREFIX = "time:"

# --- vocabulary ---------------------------------------------------------------------------------
# Names are written as people spell them; they are folded (lower case, no diacritics) on load,
# so "lördag", "Lordag" and "LÖRDAG" are one word.

_WEEKDAY_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "sv": (
        ("måndag", "måndagen", "mån", "må"),
        ("tisdag", "tisdagen", "tis", "ti"),
        ("onsdag", "onsdagen", "ons", "on"),
        ("torsdag", "torsdagen", "tors", "tor", "to"),
        ("fredag", "fredagen", "fre", "fr"),
        ("lördag", "lördagen", "lör", "lö"),
        ("söndag", "söndagen", "sön", "sö"),
    ),
    "fi": (
        ("maanantai", "maanantaina", "ma"),
        ("tiistai", "tiistaina", "ti"),
        ("keskiviikko", "keskiviikkona", "ke"),
        ("torstai", "torstaina", "to"),
        ("perjantai", "perjantaina", "pe"),
        ("lauantai", "lauantaina", "la"),
        ("sunnuntai", "sunnuntaina", "su"),
    ),
    "en": (
        ("monday", "mon"),
        ("tuesday", "tue", "tues"),
        ("wednesday", "wed"),
        ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    ),
}

_FI_MONTH_STEMS = (
    "tammi",
    "helmi",
    "maalis",
    "huhti",
    "touko",
    "kesä",
    "heinä",
    "elo",
    "syys",
    "loka",
    "marras",
    "joulu",
)

_MONTH_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "sv": (
        ("januari", "jan"),
        ("februari", "feb"),
        ("mars", "mar"),
        ("april", "apr"),
        ("maj",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("augusti", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    # Dates say "3. joulukuuta" (partitive) or "joulukuun 3." (genitive); the bare stem is
    # CLDR's abbreviation.
    "fi": tuple((f"{stem}kuuta", f"{stem}kuun", f"{stem}kuu", stem) for stem in _FI_MONTH_STEMS),
    "en": (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
}

_DAY_OFFSETS: dict[str, dict[str, int]] = {
    "sv": {"idag": 0, "imorgon": 1, "övermorgon": 2, "iövermorgon": 2},
    "fi": {"tänään": 0, "huomenna": 1, "ylihuomenna": 2},
    "en": {"today": 0, "tomorrow": 1},
}

# A marker says the next number is a time of day, never a day of the month.
_TIME_MARKERS = {"sv": ("kl", "klockan"), "fi": ("klo", "kello"), "en": ("at",)}
_FILLERS = {"sv": ("på", "den"), "fi": (), "en": ("on", "the", "of")}

_WEEKDAY, _MONTH, _OFFSET, _MARKER, _FILLER = "weekday", "month", "offset", "marker", "filler"


def _fold(text: str) -> str:
    """Lower case without diacritics: 'Lördag' -> 'lordag', 'tänään' -> 'tanaan'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _language(locale: str) -> str:
    """'sv', 'sv-SE' or 'sv_FI' -> 'sv'; anything unsupported -> English."""
    language = locale.replace("-", "_").split("_")[0].lower()
    return language if language in LANGUAGES else FALLBACK_LANGUAGE


def _words_of(language: str) -> dict[str, tuple[str, int]]:
    words: dict[str, tuple[str, int]] = {}
    for index, names in enumerate(_WEEKDAY_NAMES[language]):
        words.update({_fold(name): (_WEEKDAY, index) for name in names})
    for index, names in enumerate(_MONTH_NAMES[language], start=1):
        words.update({_fold(name): (_MONTH, index) for name in names})
    words.update({_fold(name): (_OFFSET, days) for name, days in _DAY_OFFSETS[language].items()})
    words.update({_fold(name): (_MARKER, 0) for name in _TIME_MARKERS[language]})
    words.update({_fold(name): (_FILLER, 0) for name in _FILLERS[language]})
    return words


def _vocabulary(language: str) -> dict[str, tuple[str, int]]:
    """All three languages' words; the person's own language wins a clash.

    People mix languages ("tis 2pm"), but short forms clash: "on" is Wednesday in Swedish and a
    filler in English, so the person's locale decides.
    """
    merged: dict[str, tuple[str, int]] = {}
    for other in reversed((language, *(lang for lang in ("en", "sv", "fi") if lang != language))):
        merged.update(_VOCABULARIES[other])
    return merged


_VOCABULARIES = {language: _words_of(language) for language in LANGUAGES}
_MERGED = {language: _vocabulary(language) for language in LANGUAGES}

# --- tokenizer ----------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
      (?P<iso>\d{4}-\d{1,2}-\d{1,2})(?!\d)
    | (?P<dmy>\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))(?!\d)
    | (?P<dm>\d{1,2}[./]\d{1,2}\.?)(?!\d)
    | (?P<hm>\d{1,2}:\d{2})(?!\d)
    | (?P<num>\d+(?:st|nd|rd|th)?)
    | (?P<ampm>[ap]\.?m\b\.?)
    | (?P<word>[a-z]+)
    | (?P<skip>[\s,;.!?\-–—]+)
    | (?P<other>.)
    """,
    re.VERBOSE,
)

# Swedish writes "i morgon" as often as "imorgon".
_SWEDISH_I = re.compile(r"\bi\s+(?=(?:dag|morgon|overmorgon)\b)")


@dataclass(frozen=True)
class _Token:
    kind: str  # iso, dmy, date, maybe_date, hm, num, ampm, weekday, month, offset, marker
    numbers: tuple[int, ...] = ()
    text: str = ""


def _numbers(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.split(r"[-./:]", text) if part)


def _tokenize(text: str, language: str) -> list[_Token] | None:
    """Tokens of a folded text, fillers dropped; None when a word or sign means nothing here."""
    words = _MERGED[language]
    folded = _SWEDISH_I.sub("i", _fold(text))
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(folded):
        kind, value = match.lastgroup, match.group()
        match kind:
            case "skip":
                continue
            case "other":
                return None
            case "iso" | "dmy" | "hm":
                tokens.append(_Token(kind, _numbers(value)))
            case "dm":
                tokens.append(_day_month(value))
            case "num":
                digits = value.rstrip("stndrh")  # "3rd" -> "3"
                tokens.append(_Token("num", (int(digits),), digits))
            case "ampm":
                tokens.append(_Token("ampm", text="pm" if value.startswith("p") else "am"))
            case "word":
                if value not in words:
                    return None
                word_kind, number = words[value]
                if word_kind != _FILLER:
                    tokens.append(_Token(word_kind, (number,)))
    return tokens


def _day_month(text: str) -> _Token:
    """'3/12' and '3.12.' are dates; '14.00' is a time; '3.12' could be either."""
    first, second = _numbers(text)
    minutes_like = re.fullmatch(r"\d{1,2}\.\d{2}\.?", text) is not None
    is_date = 1 <= first <= 31 and 1 <= second <= 12
    if "/" in text or not minutes_like or (text.endswith(".") and is_date):
        return _Token("date", (first, second))
    # A time with a full stop after it ("kl. 14.00.") is still a time.
    return _Token("maybe_date", (first, second))


# --- reading the tokens -------------------------------------------------------------------------


@dataclass
class _Parts:
    weekday: int | None = None
    offset: int | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int = 0
    meridiem: str | None = None
    # A time typed so it can only be a time ("14:00", "klo 14", "2pm"), not a bare "14".
    clear_time: bool = False


class _Conflict(Exception):
    """The text says the same thing twice, or two things that cannot both hold."""


def _put(parts: _Parts, **values: int | None) -> None:
    for name, value in values.items():
        if getattr(parts, name) is not None:
            raise _Conflict(name)
        setattr(parts, name, value)


def _set_time(parts: _Parts, hour: int, minute: int, *, clear: bool) -> None:
    _put(parts, hour=hour)
    parts.minute, parts.clear_time = minute, clear


def _read(tokens: list[_Token]) -> _Parts:
    """The parts of a date and time the tokens name; raises _Conflict."""
    parts = _Parts()
    undecided: list[tuple[int, int]] = []
    time_index = -2  # index of the token that gave the time, so "pm" knows what it follows
    for index, token in enumerate(tokens):
        before = tokens[index - 1].kind if index else ""
        after = tokens[index + 1].kind if index + 1 < len(tokens) else ""
        wants_time = before == _MARKER or after == "ampm"
        match token.kind:
            case "iso":
                year, month, day = token.numbers
                _put(parts, year=year, month=month, day=day)
            case "dmy":
                day, month, year = token.numbers
                _put(parts, year=year + 2000 if year < 100 else year, month=month, day=day)
            case "date":
                _put(parts, day=token.numbers[0], month=token.numbers[1])
            case "hm":
                _set_time(parts, *token.numbers, clear=True)
                time_index = index
            case "maybe_date" if wants_time:
                _set_time(parts, *token.numbers, clear=True)
                time_index = index
            case "maybe_date":
                undecided.append((token.numbers[0], token.numbers[1]))
            case "num":
                if _read_number(parts, token, before, after, wants_time):
                    time_index = index
            case "ampm":
                if time_index != index - 1 or parts.meridiem is not None:
                    raise _Conflict("am/pm after no time")
                parts.meridiem = token.text
            case "weekday":
                _put(parts, weekday=token.numbers[0])
            case "month":
                _put(parts, month=token.numbers[0])
            case "offset":
                _put(parts, offset=token.numbers[0])
            case "marker":
                if after not in ("num", "hm", "maybe_date"):
                    raise _Conflict("a time marker before no time")
    _settle(parts, undecided)
    return parts


def _read_number(parts: _Parts, token: _Token, before: str, after: str, wants_time: bool) -> bool:
    """Read a lone number as a year, a day or an hour; True when it was the hour."""
    (number,) = token.numbers
    if wants_time:
        _set_time(parts, number, 0, clear=True)
        return True
    if len(token.text) == 4:
        _put(parts, year=number)
    elif after == _MONTH or (before == _MONTH and parts.day is None):
        _put(parts, day=number)  # "3 december", "3. joulukuuta", "Dec 3", "joulukuun 3."
    else:
        _set_time(parts, number, 0, clear=False)
        return True
    return False


def _settle(parts: _Parts, undecided: list[tuple[int, int]]) -> None:
    """Decide whether each 'a.bb' was a date or a time: the time comes last, as people write."""
    if len(undecided) > 2:
        raise _Conflict("too many numbers")
    if len(undecided) == 2:
        (day, month), (hour, minute) = undecided
        _put(parts, day=day, month=month)
        _set_time(parts, hour, minute, clear=True)
    elif undecided and parts.hour is None:
        first, second = undecided[0]
        named_day = parts.weekday is not None or parts.offset is not None
        if not named_day and parts.day is None and 1 <= first <= 31 and 1 <= second <= 12:
            raise _Conflict("a lone '3.12' is a date as much as a time")
        _set_time(parts, first, second, clear=True)
    elif undecided:
        _put(parts, day=undecided[0][0], month=undecided[0][1])


def _clock_time(parts: _Parts) -> time | None:
    if parts.hour is None or not 0 <= parts.minute <= 59:
        return None
    hour = parts.hour
    if parts.meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if parts.meridiem == "pm" else 0)
    return time(hour, parts.minute) if 0 <= hour <= 23 else None


def _local(day: date, clock: time, tz: ZoneInfo) -> datetime | None:
    """The aware local datetime, or None for a wall time that the DST change skips."""
    wall = datetime.combine(day, clock, tzinfo=tz)
    # In an autumn repeat fold=0 picks the first (summer-time) 02:30, which is what people mean.
    round_trip = wall.astimezone(UTC).astimezone(tz)
    return wall if round_trip.replace(tzinfo=None) == wall.replace(tzinfo=None) else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(parts: _Parts, clock: time, now: datetime, tz: ZoneInfo) -> datetime | None:
    """The next local datetime after now that fits every part, or None."""
    today = now.astimezone(tz).date()
    has_date = parts.day is not None or parts.month is not None or parts.year is not None
    if has_date and (parts.day is None or parts.month is None or parts.offset is not None):
        return None
    if parts.day is not None and parts.month is not None:
        years = [parts.year] if parts.year is not None else [today.year, today.year + 1]
        days = [d for y in years if (d := _safe_date(y, parts.month, parts.day)) is not None]
    elif parts.offset is not None:
        days = [today + timedelta(days=parts.offset)]
    elif parts.weekday is not None:
        first = today + timedelta(days=(parts.weekday - today.weekday()) % 7)
        days = [first, first + timedelta(days=7)]
    elif parts.clear_time:
        days = [today, today + timedelta(days=1)]
    else:
        return None  # a bare "14" could as well be the 14th
    for day in days:
        if datetime.combine(day, clock, tzinfo=tz) <= now:
            continue
        if parts.weekday is not None and day.weekday() != parts.weekday:
            return None
        # None when the DST change skips that wall time: better to ask again than move it.
        return _local(day, clock, tz)
    return None


def parse_time(text: str, locale: str, now: datetime, tz: ZoneInfo) -> datetime | None:
    """A typed meeting time in sv/fi/en, read in the person's zone, as aware UTC; else None."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    tokens = _tokenize(text, _language(locale))
    if not tokens:
        return None
    try:
        parts = _read(tokens)
    except _Conflict:
        return None
    clock = _clock_time(parts)
    if clock is None:
        return None
    when = _resolve(parts, clock, now, tz)
    if when is None or when - now > MAX_AHEAD:
        return None
    return when.astimezone(UTC)


# --- picker and labels --------------------------------------------------------------------------


def slot_picker_times(
    day: date, tz: ZoneInfo, now: datetime, locale: str = FALLBACK_LANGUAGE
) -> list[tuple[str, str]]:
    """(button id, label) for each hour 08:00-18:00 of a local day that is still ahead."""
    buttons: list[tuple[str, str]] = []
    for hour in PICKER_HOURS:
        when = _local(day, time(hour), tz)
        if when is None or when <= now:
            continue
        label = local_dates.time_label(when, tz, locale)
        buttons.append((f"{TIME_PREFIX}{day.isoformat()}T{hour:02d}:00", label))
    return buttons


def slot_picker_days(
    now: datetime, tz: ZoneInfo, locale: str, days: int = 14
) -> list[tuple[str, str]]:
    """(button id, label) for `days` local days from today, or from tomorrow when today is over."""
    start = now.astimezone(tz).date()
    if not slot_picker_times(start, tz, now):
        start += timedelta(days=1)
    buttons: list[tuple[str, str]] = []
    for step in range(days):
        day = start + timedelta(days=step)
        label = local_dates.day_label(day, tz, locale)
        buttons.append((f"{DAY_PREFIX}{day.isoformat()}", label))
    return buttons


def from_picker(day_id: str, time_id: str, tz: ZoneInfo) -> datetime:
    """The UTC instant of a picked day and time button; ValueError if malformed or mismatched."""
    if not day_id.startswith(DAY_PREFIX) or not time_id.startswith(TIME_PREFIX):
        raise ValueError(f"not picker ids: {day_id!r}, {time_id!r}")
    day = date.fromisoformat(day_id.removeprefix(DAY_PREFIX))
    picked = datetime.fromisoformat(time_id.removeprefix(TIME_PREFIX))
    if picked.tzinfo is not None or picked.date() != day:
        raise ValueError(f"time {time_id!r} is not on day {day_id!r}")
    when = _local(day, picked.time(), tz)
    if when is None:
        raise ValueError(f"{time_id!r} does not exist in {tz.key}")
    return when.astimezone(UTC)


def format_slot(when_utc: datetime, tz: ZoneInfo, locale: str) -> str:
    """'tisdag 3 december 14:00', 'tiistai 3. joulukuuta klo 14.00', 'Tuesday 3 December, 14:00'."""
    return local_dates.slot_label(when_utc, tz, locale)
