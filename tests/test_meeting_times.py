"""Typed meeting times, the day/time picker, slot labels and the .ics invitations."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from doorway.dialogs.invites import cancel_invite, meeting_invite, meeting_uid
from doorway.dialogs.meeting_times import (
    format_slot,
    from_picker,
    parse_time,
    slot_picker_days,
    slot_picker_times,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
HELSINKI = ZoneInfo("Europe/Helsinki")
ZONES = [pytest.param(STOCKHOLM, id="Stockholm"), pytest.param(HELSINKI, id="Helsinki")]


def local(tz: ZoneInfo, text: str) -> datetime:
    """'2026-12-08 14:00' on the wall clock in tz, as aware UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=tz).astimezone(UTC)


def wednesday_morning(tz: ZoneInfo) -> datetime:
    """The fixed 'now': Wednesday 2 December 2026, 10:00 on the person's wall clock."""
    return datetime(2026, 12, 2, 10, 0, tzinfo=tz)


# (locale, typed text, expected wall time) with now = Wed 2 Dec 2026 10:00.
ACCEPTED = [
    # Swedish weekdays
    ("sv", "tis 14:00", "2026-12-08 14:00"),
    ("sv", "tisdag 14", "2026-12-08 14:00"),
    ("sv", "Tisdag 14.30", "2026-12-08 14:30"),
    ("sv", "tis kl 14", "2026-12-08 14:00"),
    ("sv", "tis kl. 14", "2026-12-08 14:00"),
    ("sv", "tisdagen klockan 9", "2026-12-08 09:00"),
    ("sv", "på tisdag kl 14", "2026-12-08 14:00"),
    ("sv", "mån 8:30", "2026-12-07 08:30"),
    ("sv", "måndag 17", "2026-12-07 17:00"),
    ("sv", "ons 11:00", "2026-12-02 11:00"),
    ("sv", "ons 9:00", "2026-12-09 09:00"),
    ("sv", "on 14", "2026-12-02 14:00"),
    ("sv", "tors 13", "2026-12-03 13:00"),
    ("sv", "fredag 16:15", "2026-12-04 16:15"),
    ("sv", "lördag 10", "2026-12-05 10:00"),
    ("sv", "lordag 10", "2026-12-05 10:00"),
    ("sv", "LÖRDAG 10:00", "2026-12-05 10:00"),
    ("sv", "lör 10", "2026-12-05 10:00"),
    ("sv", "söndag kl. 11", "2026-12-06 11:00"),
    ("sv", "sondag 11", "2026-12-06 11:00"),
    # Swedish dates
    ("sv", "3/12 10:00", "2026-12-03 10:00"),
    ("sv", "3/12 kl 10", "2026-12-03 10:00"),
    ("sv", "3 december 10:00", "2026-12-03 10:00"),
    ("sv", "3 dec 10:00", "2026-12-03 10:00"),
    ("sv", "3 dec. 10:00", "2026-12-03 10:00"),
    ("sv", "den 3 december kl. 10", "2026-12-03 10:00"),
    ("sv", "torsdag 3/12 10:00", "2026-12-03 10:00"),
    ("sv", "tisdag den 8 december kl 14", "2026-12-08 14:00"),
    ("sv", "3 januari 10", "2027-01-03 10:00"),
    ("sv", "15 mars kl 13:30", "2027-03-15 13:30"),
    ("sv", "1/12 10:00", "2027-12-01 10:00"),
    ("sv", "3/12/2026 10:00", "2026-12-03 10:00"),
    ("sv", "3.12.26 10:00", "2026-12-03 10:00"),
    ("sv", "2026-12-03 10:00", "2026-12-03 10:00"),
    # Swedish relative days and bare times
    ("sv", "i morgon 9", "2026-12-03 09:00"),
    ("sv", "imorgon 09:00", "2026-12-03 09:00"),
    ("sv", "I morgon kl 9", "2026-12-03 09:00"),
    ("sv", "idag 15", "2026-12-02 15:00"),
    ("sv", "i dag 15:30", "2026-12-02 15:30"),
    ("sv", "övermorgon 10", "2026-12-04 10:00"),
    ("sv", "i övermorgon 10", "2026-12-04 10:00"),
    ("sv", "14:00", "2026-12-02 14:00"),
    ("sv", "09:00", "2026-12-03 09:00"),
    ("sv", "kl 9", "2026-12-03 09:00"),
    # Finnish weekdays
    ("fi", "ti 14.00", "2026-12-08 14:00"),
    ("fi", "tiistai klo 14", "2026-12-08 14:00"),
    ("fi", "tiistaina klo 14.30", "2026-12-08 14:30"),
    ("fi", "Tiistai kello 14", "2026-12-08 14:00"),
    ("fi", "ma 8.30", "2026-12-07 08:30"),
    ("fi", "ke klo 11", "2026-12-02 11:00"),
    ("fi", "keskiviikkona klo 9", "2026-12-09 09:00"),
    ("fi", "to 13", "2026-12-03 13:00"),
    ("fi", "pe 16", "2026-12-04 16:00"),
    ("fi", "la 10", "2026-12-05 10:00"),
    ("fi", "lauantaina 10.00", "2026-12-05 10:00"),
    ("fi", "su klo 12", "2026-12-06 12:00"),
    ("fi", "sunnuntai 12", "2026-12-06 12:00"),
    # Finnish dates
    ("fi", "3.12. klo 10", "2026-12-03 10:00"),
    ("fi", "3.12.2026 10.15", "2026-12-03 10:15"),
    ("fi", "3.12.2026 klo 10.15", "2026-12-03 10:15"),
    ("fi", "3.12. 10.15", "2026-12-03 10:15"),
    ("fi", "3.12 14.00", "2026-12-03 14:00"),
    ("fi", "3.12 klo 14", "2026-12-03 14:00"),
    ("fi", "3 joulukuuta 10:00", "2026-12-03 10:00"),
    ("fi", "3. joulukuuta klo 10", "2026-12-03 10:00"),
    ("fi", "joulukuun 3. klo 10", "2026-12-03 10:00"),
    ("fi", "torstai 3.12. klo 10", "2026-12-03 10:00"),
    ("fi", "5 tammikuuta klo 12", "2027-01-05 12:00"),
    ("fi", "5. helmikuuta 12.00", "2027-02-05 12:00"),
    ("fi", "10 kesäkuuta klo 10", "2027-06-10 10:00"),
    ("fi", "10 kesakuuta klo 10", "2027-06-10 10:00"),
    ("fi", "20. heinäkuuta klo 9", "2027-07-20 09:00"),
    ("fi", "2026-12-03 10:00", "2026-12-03 10:00"),
    # Finnish relative days and bare times
    ("fi", "huomenna 9", "2026-12-03 09:00"),
    ("fi", "huomenna klo 9.30", "2026-12-03 09:30"),
    ("fi", "tänään 15", "2026-12-02 15:00"),
    ("fi", "tanaan klo 15", "2026-12-02 15:00"),
    ("fi", "ylihuomenna 10", "2026-12-04 10:00"),
    ("fi", "klo 14", "2026-12-02 14:00"),
    ("fi", "14.00", "2026-12-02 14:00"),
    # English weekdays
    ("en", "Tue 2pm", "2026-12-08 14:00"),
    ("en", "tuesday 14:30", "2026-12-08 14:30"),
    ("en", "tue 2:30 pm", "2026-12-08 14:30"),
    ("en", "TUE 2:30PM", "2026-12-08 14:30"),
    ("en", "Tues 2 p.m.", "2026-12-08 14:00"),
    ("en", "on Tuesday at 2pm", "2026-12-08 14:00"),
    ("en", "tue at 14", "2026-12-08 14:00"),
    ("en", "Monday 9am", "2026-12-07 09:00"),
    ("en", "wed 11am", "2026-12-02 11:00"),
    ("en", "wednesday 9am", "2026-12-09 09:00"),
    ("en", "thu 1pm", "2026-12-03 13:00"),
    ("en", "fri 4:15pm", "2026-12-04 16:15"),
    ("en", "sat 9am", "2026-12-05 09:00"),
    ("en", "Sunday 12pm", "2026-12-06 12:00"),
    # English dates
    ("en", "Dec 3 10am", "2026-12-03 10:00"),
    ("en", "December 3 10:00", "2026-12-03 10:00"),
    ("en", "3 Dec 10am", "2026-12-03 10:00"),
    ("en", "the 3rd of December at 2pm", "2026-12-03 14:00"),
    ("en", "Dec 3, 2026 10am", "2026-12-03 10:00"),
    ("en", "Jan 5 9:30 am", "2027-01-05 09:30"),
    ("en", "May 4 10am", "2027-05-04 10:00"),
    ("en", "2026-12-03 10:00", "2026-12-03 10:00"),
    # English relative days and bare times
    ("en", "tomorrow 9am", "2026-12-03 09:00"),
    ("en", "tomorrow at 9", "2026-12-03 09:00"),
    ("en", "today 3pm", "2026-12-02 15:00"),
    ("en", "today 15:00", "2026-12-02 15:00"),
    ("en", "12pm", "2026-12-02 12:00"),
    ("en", "12am", "2026-12-03 00:00"),
    ("en", "3pm", "2026-12-02 15:00"),
    # other languages' words still work, and region tags are understood
    ("en", "tisdag 14", "2026-12-08 14:00"),
    ("en", "huomenna klo 9", "2026-12-03 09:00"),
    ("sv", "Tue 2pm", "2026-12-08 14:00"),
    ("fi", "tomorrow 9am", "2026-12-03 09:00"),
    ("sv-SE", "tis 14:00", "2026-12-08 14:00"),
    ("fi_FI", "ti 14.00", "2026-12-08 14:00"),
    ("de", "Tue 2pm", "2026-12-08 14:00"),
]

REJECTED = [
    ("sv", ""),
    ("sv", "   "),
    ("en", "banana"),
    ("sv", "tis"),
    ("sv", "3/12"),
    ("fi", "3.12."),
    ("fi", "3.12"),
    ("sv", "14"),
    ("en", "on 14"),
    ("sv", "25:00"),
    ("sv", "tis 25:00"),
    ("sv", "tis 14:60"),
    ("sv", "tis 24"),
    ("fi", "31.2. klo 10"),
    ("sv", "31/2 10:00"),
    ("sv", "30 februari 10:00"),
    ("fi", "32.12. klo 10"),
    ("sv", "3/13 10:00"),
    ("en", "2026-02-30 10:00"),
    ("en", "2026-13-01 10:00"),
    ("en", "29 February 10am"),
    ("en", "14pm"),
    ("en", "0am"),
    ("en", "13am"),
    ("en", "14:00 pm"),
    ("en", "tue 2pm pm"),
    ("en", "pm"),
    ("fi", "klo"),
    ("fi", "ti klo"),
    ("en", "today 9am"),
    ("en", "today 10am"),
    ("sv", "idag 09:00"),
    ("fi", "tänään 9"),
    ("en", "2026-12-01 10:00"),
    ("en", "2026-12-02 09:00"),
    ("sv", "1/12/2026 10:00"),
    ("en", "2030-01-01 10:00"),
    ("sv", "tis ons 14"),
    ("sv", "imorgon idag 9"),
    ("sv", "tis 14 15"),
    ("sv", "tis 14:00 15:00"),
    ("en", "today tomorrow 9am"),
    ("sv", "fredag 3/12 10:00"),
    ("sv", "imorgon 3/12 10:00"),
    ("sv", "3 dec 4 dec 10:00"),
    ("sv", "3/12 10:00 lol"),
    ("sv", "#tis 14"),
    ("sv", "tisdag kl 14 och 15"),
    ("fi", "1.2.3.4 klo 10"),
    ("en", "12345"),
    ("en", "999999999999999999999 10:00"),
]


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(("locale", "text", "expected"), ACCEPTED)
def test_parse_time_accepts(locale: str, text: str, expected: str, tz: ZoneInfo) -> None:
    when = parse_time(text, locale, wednesday_morning(tz), tz)
    assert when == local(tz, expected)
    assert when is not None and when.tzinfo is UTC


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(("locale", "text"), REJECTED)
def test_parse_time_rejects(locale: str, text: str, tz: ZoneInfo) -> None:
    assert parse_time(text, locale, wednesday_morning(tz), tz) is None


def test_the_same_words_mean_different_instants_in_different_zones() -> None:
    in_stockholm = parse_time("tis 14:00", "sv", wednesday_morning(STOCKHOLM), STOCKHOLM)
    in_helsinki = parse_time("tis 14:00", "sv", wednesday_morning(HELSINKI), HELSINKI)
    assert in_stockholm == datetime(2026, 12, 8, 13, 0, tzinfo=UTC)
    assert in_helsinki == datetime(2026, 12, 8, 12, 0, tzinfo=UTC)


def test_now_may_be_given_in_any_zone() -> None:
    now_utc = wednesday_morning(STOCKHOLM).astimezone(UTC)
    assert parse_time("today 3pm", "en", now_utc, STOCKHOLM) == local(STOCKHOLM, "2026-12-02 15:00")


def test_today_is_the_persons_today_not_the_servers() -> None:
    # 22:30 UTC on 2 December is 23:30 in Stockholm but already 3 December in Helsinki.
    now = datetime(2026, 12, 2, 22, 30, tzinfo=UTC)
    assert parse_time("tänään 15", "fi", now, HELSINKI) == local(HELSINKI, "2026-12-03 15:00")
    assert parse_time("huomenna 15", "fi", now, HELSINKI) == local(HELSINKI, "2026-12-04 15:00")
    assert parse_time("idag 15", "sv", now, STOCKHOLM) is None
    assert parse_time("imorgon 15", "sv", now, STOCKHOLM) == local(STOCKHOLM, "2026-12-03 15:00")


def test_a_time_already_passed_today_means_tomorrow() -> None:
    now = wednesday_morning(STOCKHOLM)
    assert parse_time("10:00", "sv", now, STOCKHOLM) == local(STOCKHOLM, "2026-12-03 10:00")
    assert parse_time("10:01", "sv", now, STOCKHOLM) == local(STOCKHOLM, "2026-12-02 10:01")


def test_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        parse_time("tis 14", "sv", datetime(2026, 12, 2, 10), STOCKHOLM)


def test_a_leap_day_is_found_in_a_leap_year() -> None:
    now = datetime(2027, 12, 2, 10, tzinfo=HELSINKI)
    assert parse_time("29.2. klo 10", "fi", now, HELSINKI) == local(HELSINKI, "2028-02-29 10:00")


# --- daylight saving time: EU clocks go forward 28 March 2027 and back 31 October 2027 ---------

DST_CASES = [
    (STOCKHOLM, "sv", "2027-03-27 10:00", datetime(2027, 3, 27, 9, 0, tzinfo=UTC)),
    (STOCKHOLM, "sv", "2027-03-28 10:00", datetime(2027, 3, 28, 8, 0, tzinfo=UTC)),
    (STOCKHOLM, "sv", "28 mars 03:00", datetime(2027, 3, 28, 1, 0, tzinfo=UTC)),
    (STOCKHOLM, "en", "Oct 30 10am", datetime(2027, 10, 30, 8, 0, tzinfo=UTC)),
    (STOCKHOLM, "en", "Oct 31 10am", datetime(2027, 10, 31, 9, 0, tzinfo=UTC)),
    # 02:30 happens twice that night; the first (summer-time) one is meant.
    (STOCKHOLM, "sv", "31/10 02:30", datetime(2027, 10, 31, 0, 30, tzinfo=UTC)),
    (HELSINKI, "fi", "27.3.2027 klo 10", datetime(2027, 3, 27, 8, 0, tzinfo=UTC)),
    (HELSINKI, "fi", "28.3.2027 klo 10", datetime(2027, 3, 28, 7, 0, tzinfo=UTC)),
    (HELSINKI, "fi", "30. lokakuuta klo 10", datetime(2027, 10, 30, 7, 0, tzinfo=UTC)),
    (HELSINKI, "fi", "31. lokakuuta klo 10", datetime(2027, 10, 31, 8, 0, tzinfo=UTC)),
]


@pytest.mark.parametrize(("tz", "locale", "text", "expected"), DST_CASES)
def test_dst_edges(tz: ZoneInfo, locale: str, text: str, expected: datetime) -> None:
    assert parse_time(text, locale, wednesday_morning(tz), tz) == expected


@pytest.mark.parametrize(
    ("tz", "text"),
    [(STOCKHOLM, "2027-03-28 02:30"), (STOCKHOLM, "28/3 2:00"), (HELSINKI, "28.3. klo 3.30")],
)
def test_a_wall_time_skipped_by_dst_is_rejected(tz: ZoneInfo, text: str) -> None:
    assert parse_time(text, "sv", wednesday_morning(tz), tz) is None


def test_a_skipped_wall_time_already_past_this_year_does_not_block_next_year() -> None:
    now = datetime(2027, 12, 2, 10, tzinfo=STOCKHOLM)
    assert parse_time("28/3 02:30", "sv", now, STOCKHOLM) == local(STOCKHOLM, "2028-03-28 02:30")


def test_weekdays_across_the_spring_change() -> None:
    friday = datetime(2027, 3, 26, 12, 0, tzinfo=STOCKHOLM)
    assert parse_time("lördag 10", "sv", friday, STOCKHOLM) == datetime(2027, 3, 27, 9, tzinfo=UTC)
    assert parse_time("mån 10:00", "sv", friday, STOCKHOLM) == datetime(2027, 3, 29, 8, tzinfo=UTC)
    assert parse_time("sön 02:30", "sv", friday, STOCKHOLM) is None
    saturday = datetime(2027, 3, 27, 12, 0, tzinfo=STOCKHOLM)
    assert parse_time("imorgon 10", "sv", saturday, STOCKHOLM) == datetime(
        2027, 3, 28, 8, tzinfo=UTC
    )


def test_weekdays_across_the_autumn_change() -> None:
    friday = datetime(2027, 10, 29, 12, 0, tzinfo=HELSINKI)
    assert parse_time("su klo 10", "fi", friday, HELSINKI) == datetime(2027, 10, 31, 8, tzinfo=UTC)
    assert parse_time("sunday 3:30am", "en", friday, HELSINKI) == datetime(
        2027, 10, 31, 0, 30, tzinfo=UTC
    )


# --- the picker ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "first_labels"),
    [
        ("sv", ["ons 2 dec", "tors 3 dec", "fre 4 dec"]),
        ("fi", ["ke 2.12.", "to 3.12.", "pe 4.12."]),
        ("en", ["Wed 2 Dec", "Thu 3 Dec", "Fri 4 Dec"]),
    ],
)
def test_picker_days_start_today_and_are_labelled_in_the_locale(
    locale: str, first_labels: list[str]
) -> None:
    buttons = slot_picker_days(wednesday_morning(STOCKHOLM), STOCKHOLM, locale)
    assert len(buttons) == 14
    assert [label for _, label in buttons[:3]] == first_labels
    assert [button_id for button_id, _ in buttons[:2]] == ["day:2026-12-02", "day:2026-12-03"]
    assert buttons[-1][0] == "day:2026-12-15"


def test_picker_days_skip_today_once_its_last_slot_has_passed() -> None:
    evening = datetime(2026, 12, 2, 18, 0, tzinfo=STOCKHOLM)
    buttons = slot_picker_days(evening, STOCKHOLM, "sv", days=7)
    assert [button_id for button_id, _ in buttons] == [
        f"day:2026-12-{day:02d}" for day in range(3, 10)
    ]


def test_picker_days_run_on_the_persons_calendar() -> None:
    # 23:30 UTC on 2 December is already 3 December in Helsinki.
    now = datetime(2026, 12, 2, 23, 30, tzinfo=UTC)
    assert slot_picker_days(now, HELSINKI, "fi", days=1) == [("day:2026-12-03", "to 3.12.")]


def test_swedish_day_labels_have_no_abbreviation_dot() -> None:
    march = datetime(2027, 3, 1, 9, 0, tzinfo=STOCKHOLM)
    labels = [label for _, label in slot_picker_days(march, STOCKHOLM, "sv", days=2)]
    assert labels == ["mån 1 mars", "tis 2 mars"]
    december = [
        label for _, label in slot_picker_days(wednesday_morning(STOCKHOLM), STOCKHOLM, "sv")
    ]
    assert not any(label.endswith(".") for label in december)


def test_picker_times_on_a_future_day_are_the_office_hours() -> None:
    buttons = slot_picker_times(date(2026, 12, 3), STOCKHOLM, wednesday_morning(STOCKHOLM))
    assert [button_id for button_id, _ in buttons] == [
        f"time:2026-12-03T{hour:02d}:00" for hour in range(8, 19)
    ]
    assert [label for _, label in buttons][:2] == ["08:00", "09:00"]


def test_picker_times_skip_what_has_passed_today() -> None:
    buttons = slot_picker_times(date(2026, 12, 2), STOCKHOLM, wednesday_morning(STOCKHOLM))
    assert buttons[0] == ("time:2026-12-02T11:00", "11:00")
    assert len(buttons) == 8
    assert slot_picker_times(date(2026, 12, 1), STOCKHOLM, wednesday_morning(STOCKHOLM)) == []


def test_picker_time_labels_follow_the_locale() -> None:
    now = wednesday_morning(HELSINKI)
    assert slot_picker_times(date(2026, 12, 3), HELSINKI, now, "fi")[0][1] == "08.00"
    assert slot_picker_times(date(2026, 12, 3), HELSINKI, now, "sv")[0][1] == "08:00"


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize("locale", ["sv", "fi", "en"])
def test_picker_ids_round_trip(tz: ZoneInfo, locale: str) -> None:
    now = wednesday_morning(tz)
    seen: set[datetime] = set()
    for day_id, _ in slot_picker_days(now, tz, locale):
        day = date.fromisoformat(day_id.removeprefix("day:"))
        times = slot_picker_times(day, tz, now, locale)
        assert times
        for time_id, label in times:
            when = from_picker(day_id, time_id, tz)
            assert when.tzinfo is UTC and when > now
            wall = when.astimezone(tz)
            assert wall.date() == day and wall.minute == 0
            assert time_id == f"time:{wall:%Y-%m-%dT%H:%M}"
            assert len(time_id.encode()) <= 64  # Telegram's callback_data limit
            # What the confirmation shows can be typed back and means the same instant.
            assert parse_time(format_slot(when, tz, locale), locale, now, tz) == when
            assert label.replace(".", ":") in format_slot(when, tz, locale).replace(".", ":")
            seen.add(when)
    assert len(seen) == 8 + 13 * 11


def test_picker_on_the_day_clocks_go_forward() -> None:
    now = wednesday_morning(STOCKHOLM)
    day = date(2027, 3, 28)
    assert len(slot_picker_times(day, STOCKHOLM, now)) == 11
    assert from_picker("day:2027-03-28", "time:2027-03-28T10:00", STOCKHOLM) == datetime(
        2027, 3, 28, 8, tzinfo=UTC
    )
    with pytest.raises(ValueError):
        from_picker("day:2027-03-28", "time:2027-03-28T02:30", STOCKHOLM)


@pytest.mark.parametrize(
    ("day_id", "time_id"),
    [
        ("day:2026-12-03", "time:2026-12-04T14:00"),
        ("2026-12-03", "time:2026-12-03T14:00"),
        ("day:2026-12-03", "2026-12-03T14:00"),
        ("day:2026-12-32", "time:2026-12-32T14:00"),
        ("day:2026-12-03", "time:2026-12-03T25:00"),
        ("day:2026-12-03", "time:2026-12-03T14:00+01:00"),
        ("day:", "time:"),
    ],
)
def test_from_picker_rejects_malformed_ids(day_id: str, time_id: str) -> None:
    with pytest.raises(ValueError):
        from_picker(day_id, time_id, STOCKHOLM)


# --- slot labels --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tz", "locale", "expected"),
    [
        (STOCKHOLM, "sv", "tisdag 8 december 14:00"),
        (STOCKHOLM, "fi", "tiistai 8. joulukuuta klo 14.00"),
        (STOCKHOLM, "en", "Tuesday 8 December, 14:00"),
        (HELSINKI, "sv", "tisdag 8 december 15:00"),
        (HELSINKI, "fi", "tiistai 8. joulukuuta klo 15.00"),
        (HELSINKI, "en", "Tuesday 8 December, 15:00"),
        (STOCKHOLM, "sv-SE", "tisdag 8 december 14:00"),
        (HELSINKI, "fi_FI", "tiistai 8. joulukuuta klo 15.00"),
        (STOCKHOLM, "de", "Tuesday 8 December, 14:00"),
    ],
)
def test_format_slot(tz: ZoneInfo, locale: str, expected: str) -> None:
    assert format_slot(datetime(2026, 12, 8, 13, 0, tzinfo=UTC), tz, locale) == expected


def test_format_slot_in_summer_time() -> None:
    when = datetime(2027, 6, 10, 7, 30, tzinfo=UTC)
    assert format_slot(when, HELSINKI, "fi") == "torstai 10. kesäkuuta klo 10.30"
    assert format_slot(when, STOCKHOLM, "sv") == "torsdag 10 juni 09:30"


# --- calendar invitations -----------------------------------------------------------------------

STARTS = datetime(2026, 12, 3, 13, 0, tzinfo=UTC)
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def _invite(**changes: object) -> bytes:
    arguments: dict[str, object] = {
        "uid": meeting_uid(42),
        "starts_at": STARTS,
        "title": "Möte med en sjuksköterska",
        "description": "En timme, ett samtal; ta med frågor.",
        "location": "Café Linné, Stockholm",
        "organizer_name": "Doorway",
        "attendee_names": ["Amal Hassan", "Birgitta Ek"],
        "now": NOW,
        "sequence": 0,
    }
    arguments.update(changes)
    return meeting_invite(**arguments)  # type: ignore[arg-type]


def _only_event(ics: bytes) -> tuple[Calendar, Event]:
    calendar = Calendar.from_ical(ics)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_invite_is_a_one_hour_request_in_utc() -> None:
    ics = _invite()
    calendar, event = _only_event(ics)
    assert str(calendar["METHOD"]) == "REQUEST"
    assert str(calendar["VERSION"]) == "2.0"
    assert "PRODID" in calendar
    start, end = event["DTSTART"].dt, event["DTEND"].dt
    assert start == STARTS and end - start == timedelta(hours=1)
    assert start.utcoffset() == timedelta(0) and end.utcoffset() == timedelta(0)
    assert event["DTSTAMP"].dt == NOW
    assert b"DTSTART:20261203T130000Z" in ics and b"DTEND:20261203T140000Z" in ics
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["SUMMARY"]) == "Möte med en sjuksköterska"
    assert str(event["DESCRIPTION"]) == "En timme, ett samtal; ta med frågor."
    assert str(event["LOCATION"]) == "Café Linné, Stockholm"


def test_invite_lines_follow_rfc5545() -> None:
    ics = _invite(description="lång text " * 40)
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n") and ics.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))
    assert b"\n" not in ics.replace(b"\r\n", b"")


def test_invite_carries_the_uid_and_sequence() -> None:
    first = _only_event(_invite())[1]
    moved = _only_event(_invite(starts_at=STARTS + timedelta(days=1), sequence=3))[1]
    assert str(first["UID"]) == str(moved["UID"]) == "doorway-meeting-42@doorway"
    assert int(first["SEQUENCE"]) == 0
    assert int(moved["SEQUENCE"]) == 3
    assert moved["DTSTART"].dt == STARTS + timedelta(days=1)


def test_invite_has_a_reminder_an_hour_before() -> None:
    _, event = _only_event(_invite())
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(hours=-1)
    assert str(alarm["DESCRIPTION"])


def test_invite_names_the_people() -> None:
    _, event = _only_event(_invite())
    assert event["ORGANIZER"].params["CN"] == "Doorway"
    attendees = event["ATTENDEE"]
    assert [a.params["CN"] for a in attendees] == ["Amal Hassan", "Birgitta Ek"]
    assert all(a.params["RSVP"] == "FALSE" for a in attendees)


def test_invite_without_organizer_or_with_one_attendee() -> None:
    _, event = _only_event(_invite(organizer_name=None, attendee_names=["Amal Hassan"]))
    assert "ORGANIZER" not in event
    assert event["ATTENDEE"].params["CN"] == "Amal Hassan"


def test_invite_converts_a_local_start_to_utc() -> None:
    _, event = _only_event(_invite(starts_at=datetime(2026, 12, 3, 15, 0, tzinfo=HELSINKI)))
    assert event["DTSTART"].dt == STARTS
    assert event["DTSTART"].dt.utcoffset() == timedelta(0)


@pytest.mark.parametrize("field", ["starts_at", "now"])
def test_invite_refuses_naive_datetimes(field: str) -> None:
    with pytest.raises(ValueError):
        _invite(**{field: datetime(2026, 12, 3, 13, 0)})


def test_cancel_replaces_the_meeting() -> None:
    ics = cancel_invite(meeting_uid(42), STARTS, "Möte", 4, NOW)
    calendar, event = _only_event(ics)
    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == "doorway-meeting-42@doorway"
    assert int(event["SEQUENCE"]) == 4
    assert event["DTEND"].dt - event["DTSTART"].dt == timedelta(hours=1)
    assert event["DTSTART"].dt.utcoffset() == timedelta(0)
    assert not event.walk("VALARM")


def test_negative_sequence_is_refused() -> None:
    with pytest.raises(ValueError):
        cancel_invite(meeting_uid(42), STARTS, "Möte", -1, NOW)
