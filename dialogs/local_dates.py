"""Dates and times in the reader's language, through Babel, for all nine UI languages.

`meeting_times` parses typed times in Swedish, Finnish and English; the labels it shows are
the same for everyone who reads them, so they live here, in every UI language. The sv, fi and
en patterns are those of `meeting_times` (a test keeps them equal). Calendars stay Gregorian
in every language, Persian included: meetings are in Sweden and Finland.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime

FALLBACK = "en"

# A meeting's time in a sentence: "tisdag 12 januari 14:00", "вторник, 12 января, 14:00".
SLOT = {
    "sv": "EEEE d MMMM HH:mm",
    # "cccc" is the stand-alone "tiistai"; "EEEE" would give the essive "tiistaina".
    "fi": "cccc d. MMMM 'klo' HH.mm",
    "en": "EEEE d MMMM, HH:mm",
    "ar": "EEEE d MMMM، HH:mm",
    "fa": "EEEE d MMMM، 'ساعت' HH:mm",
    # "MMMM" is the genitive ("січня", "января") that follows a day number.
    "uk": "EEEE, d MMMM, HH:mm",
    "ru": "EEEE, d MMMM, HH:mm",
    "so": "EEEE, MMMM d, HH:mm",  # CLDR's Somali order: month before day
    "ti": "EEEE፣ d MMMM HH:mm",
}
# A day button of the picker: "tis 12 jan", "ti 12.1.", "الثلاثاء 12 يناير".
DAY = {
    "sv": "EEE d MMM",
    "fi": "EEE d.M.",
    "en": "EEE d MMM",
    "ar": "EEEE d MMMM",  # CLDR's short Arabic names are the full ones anyway
    "fa": "EEEE d MMMM",
    "uk": "EEE d MMM",
    "ru": "EEE d MMM",
    "so": "EEE, MMM d",
    "ti": "EEE d MMM",
}
# A time button of the picker.
TIME = {**dict.fromkeys(SLOT, "HH:mm"), "fi": "HH.mm"}


def date_language(locale: str) -> str:
    """'ru', 'ru-RU' or 'ru_UA' -> 'ru'; a language without patterns -> English."""
    language = locale.replace("-", "_").split("_")[0].lower()
    return language if language in SLOT else FALLBACK


def slot_label(when: datetime, tz: ZoneInfo, locale: str) -> str:
    """A meeting's day and time, in the reader's zone and language."""
    language = date_language(locale)
    return format_datetime(when, SLOT[language], tzinfo=tz, locale=language)


def day_label(day: date, tz: ZoneInfo, locale: str) -> str:
    """A picker's day button."""
    language = date_language(locale)
    noon = datetime.combine(day, time(12), tzinfo=tz)
    label = format_datetime(noon, DAY[language], tzinfo=tz, locale=language)
    if language == "sv":
        # CLDR dots only some Swedish months ("dec." but "mars"); buttons read better without.
        label = label.removesuffix(".")
    return label


def time_label(when: datetime, tz: ZoneInfo, locale: str) -> str:
    """A picker's time button."""
    language = date_language(locale)
    return format_datetime(when, TIME[language], tzinfo=tz, locale=language)


def long_date(moment: datetime, tz: ZoneInfo, locale: str) -> str:
    """A date in a sentence ("15 januari 2027", "15 января 2027 г."), in the reader's zone."""
    return format_date(moment.astimezone(tz).date(), "long", locale=date_language(locale))
