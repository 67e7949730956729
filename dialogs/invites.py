"""Calendar invitations (RFC 5545 .ics) for the one-hour door-opener meeting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event, vCalAddress

MEETING_LENGTH = timedelta(hours=1)
REMINDER_BEFORE = timedelta(hours=1)
PRODID = "-//Doorway//Door-opener meeting//EN"

# People reach Doorway through a chat, so we know names but no e-mail addresses. ORGANIZER and
# ATTENDEE must still be URIs; this is the placeholder Apple Calendar writes for an address-less
# attendee, and RSVP=FALSE keeps calendar apps from trying to mail a reply to it.
_NO_ADDRESS = "invalid:nomail"


def meeting_uid(meeting_id: int | str) -> str:
    """The UID for a meeting: one per meeting, so every update replaces the earlier invite."""
    return f"doorway-meeting-{meeting_id}@doorway"


def _utc(value: datetime, name: str) -> datetime:
    if value.tzinfo is None:
        raise ValueError(f"{name} must be timezone-aware")
    return value.astimezone(UTC)


def _calendar(method: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


def _event(uid: str, starts_at: datetime, title: str, sequence: int, now: datetime) -> Event:
    if sequence < 0:
        raise ValueError("sequence must not be negative")
    start = _utc(starts_at, "starts_at")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", _utc(now, "now"))
    event.add("dtstart", start)
    event.add("dtend", start + MEETING_LENGTH)
    event.add("summary", title)
    event.add("sequence", sequence)
    return event


def _person(name: str, role: str) -> vCalAddress:
    address = vCalAddress(_NO_ADDRESS)
    address.params["CN"] = name
    if role != "ORGANIZER":
        address.params["ROLE"] = role
        address.params["PARTSTAT"] = "ACCEPTED"  # both agreed in the chat before this is sent
        address.params["RSVP"] = "FALSE"
    return address


def meeting_invite(
    uid: str,
    starts_at: datetime,
    title: str,
    description: str,
    location: str,
    organizer_name: str | None,
    attendee_names: list[str],
    now: datetime,
    sequence: int = 0,
) -> bytes:
    """An .ics REQUEST for a one-hour meeting with a reminder an hour before; bump `sequence`."""
    calendar = _calendar("REQUEST")
    event = _event(uid, starts_at, title, sequence, now)
    event.add("description", description)
    event.add("location", location)
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    if organizer_name:
        event.add("organizer", _person(organizer_name, "ORGANIZER"))
    for name in attendee_names:
        event.add("attendee", _person(name, "REQ-PARTICIPANT"))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", title)
    alarm.add("trigger", -REMINDER_BEFORE)
    event.add_component(alarm)
    calendar.add_component(event)
    return calendar.to_ical()


def cancel_invite(uid: str, starts_at: datetime, title: str, sequence: int, now: datetime) -> bytes:
    """An .ics CANCEL for the meeting `uid`; `sequence` must be above the last invite's."""
    calendar = _calendar("CANCEL")
    event = _event(uid, starts_at, title, sequence, now)
    event.add("status", "CANCELLED")
    calendar.add_component(event)
    return calendar.to_ical()
