"""The one-hour meeting end to end: times, place, confirmation with .ics, reminders, afterwards."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import select

from doorway.bootstrap import App
from doorway.dialogs.meeting_times import format_slot
from doorway.storage.records import Meeting, MeetingStatus, Proposal, ProposalStatus
from tests.harness import ChatHarness
from tests.test_proposals import advance, ids, onboard, proposals, to


async def meetings(app: App) -> list[Meeting]:
    async with app.unit_of_work() as uow:
        return list((await uow.session.scalars(select(Meeting).order_by(Meeting.id))).all())


async def matched(chat: ChatHarness, app: App, locale: str = "sv") -> Proposal:
    """dora (door-opener) and nina (newcomer) both said yes."""
    await onboard(chat, "dora", "door_opener", locale)
    await onboard(chat, "nina", "newcomer", locale)
    (proposal,) = await proposals(app)
    await chat.send("dora", button=f"prop:{proposal.id}:accept")
    await chat.send("nina", button=f"prop:{proposal.id}:yes")
    return proposal


async def plan(chat: ChatHarness, meeting_id: int, typed: str | None = None) -> list[str]:
    """dora offers two picked times (and a typed one), a café and a phone number."""
    replies = await chat.send("dora", button=f"meet:{meeting_id}:plan")
    days = [b for b in ids(replies[-1]) if b.startswith("day:")]
    picked: list[str] = []
    for day in days[2:4]:
        replies = await chat.send("dora", button=day)
        time_button = [b for b in ids(replies[-1]) if b.startswith("time:")][2]
        picked.append(time_button)
        await chat.send("dora", button=time_button)
    if typed:
        await chat.send("dora", typed)
    else:
        await chat.send("dora", button="slots:done")
    await chat.send("dora", button="where:cafe")
    await chat.send("dora", "Kafé Kaka, Storgatan 1")
    await chat.send("dora", "070-111 22 33")
    return picked


@pytest.mark.parametrize(
    ("locale", "typed"), [("sv", "fre 15:00"), ("fi", "pe 15.00"), ("en", "Fri 3pm")]
)
async def test_a_meeting_from_times_to_held(
    chat: ChatHarness, app: App, locale: str, typed: str
) -> None:
    t = app.translator
    await matched(chat, app, locale)
    (meeting,) = await meetings(app)
    assert meeting.status == MeetingStatus.PLANNING
    assert ids(to(chat, "dora")[-1]) == [f"meet:{meeting.id}:plan"]

    await plan(chat, meeting.id or 0, typed)
    (meeting,) = await meetings(app)
    assert meeting.status == MeetingStatus.CHOOSING and len(meeting.slots) == 3
    assert meeting.place_kind == "cafe" and meeting.door_opener_contact == "070-111 22 33"
    choose = to(chat, "nina")[-1]
    assert ids(choose) == [f"meet:{meeting.id}:slot:{n}" for n in range(3)] + [
        f"meet:{meeting.id}:others"
    ]
    assert "070-111" not in choose.text  # contact details only once confirmed

    await chat.send("nina", button=f"meet:{meeting.id}:slot:1")
    await chat.send("nina", "nina@example.org")
    (meeting,) = await meetings(app)
    assert meeting.status == MeetingStatus.CONFIRMED
    assert meeting.starts_at == datetime.fromisoformat(meeting.slots[1])
    for user, other_contact in (("nina", "070-111 22 33"), ("dora", "nina@example.org")):
        confirmed = to(chat, user)[-1]
        assert other_contact in confirmed.text
        (attachment,) = confirmed.attachments
        assert (attachment.name, attachment.mime) == ("invite.ics", "text/calendar")
        event = icalendar.Calendar.from_ical(attachment.data).walk("VEVENT")[0]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start == meeting.starts_at and end - start == timedelta(hours=1)
    assert (
        t(locale, "meeting-confirmed", name="x", when="x", place="x", contact="x").split(" ")[0]
        in to(chat, "nina")[-1].text
    )

    assert meeting.starts_at is not None
    person = await chat.person("nina")
    assert person is not None
    when = format_slot(meeting.starts_at, ZoneInfo(person.timezone), locale)
    place = "Kafé Kaka, Storgatan 1"
    name = person.first_name
    until = meeting.starts_at - app.clock.now()
    advance(app, seconds=until.total_seconds() - 24 * 3600 + 60)
    expected = t(locale, "meeting-reminder-24h", name=name, when=when, place=place)
    assert sorted(m.user_id for m in await chat.tick() if m.text == expected) == ["dora", "nina"]
    advance(app, hours=23)
    expected = t(locale, "meeting-reminder-1h", name=name, when=when, place=place)
    assert sorted(m.user_id for m in await chat.tick() if m.text == expected) == ["dora", "nina"]
    advance(app, hours=2)
    sent = await chat.tick()
    asks = [m for m in sent if m.buttons and m.buttons[0].id.endswith(":held")]
    assert {m.user_id for m in asks} == {"nina", "dora"}
    await chat.send("nina", button=f"meet:{meeting.id}:held")
    await chat.send("dora", button=f"meet:{meeting.id}:held")
    (meeting,) = await meetings(app)
    assert meeting.status == MeetingStatus.HELD
    assert (meeting.newcomer_outcome, meeting.door_opener_outcome) == ("held", "held")
    # Nothing more about this meeting; only the after-meeting survey comes (tests/test_surveys.py).
    advance(app, days=30)
    after = [m for m in await chat.tick() if m.user_id in ("nina", "dora")]
    assert sorted(m.user_id for m in after) == ["dora", "dora", "nina", "nina"]
    intro = t(locale, "survey-intro-after_meeting", name=name)
    assert [m.text for m in after if not m.buttons] == [intro, intro]


async def test_bad_times_and_stale_meeting_buttons_change_nothing(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    await matched(chat, app)
    (meeting,) = await meetings(app)
    stale = t("sv", "meeting-stale")
    assert (await chat.send("nina", button=f"meet:{meeting.id}:plan"))[0].text == stale
    assert (await chat.send("dora", button="meet:99999:plan"))[0].text == stale
    assert (await chat.send("dora", button=f"meet:{meeting.id}:slot:0"))[0].text == stale
    await chat.send("dora", button=f"meet:{meeting.id}:plan")
    replies = await chat.send("dora", "någon gång")
    assert replies[0].text == t("sv", "error-time-unknown")
    replies = await chat.send("dora", button="slots:done")
    assert replies[0].text == t("sv", "error-stale-button")  # not offered before a time
    await chat.send("dora", "fre 15:00")
    replies = await chat.send("dora", "fre 15:00")
    assert replies[0].text == t("sv", "error-slot-twice")
    replies = await chat.send("dora", "/cancel")
    assert replies[0].text == t("sv", "cancelled")
    (meeting,) = await meetings(app)
    assert meeting.status == MeetingStatus.PLANNING and meeting.slots == []


async def test_other_times_then_cancel_with_a_reason(chat: ChatHarness, app: App) -> None:
    t = app.translator
    proposal = await matched(chat, app)
    (meeting,) = await meetings(app)
    await plan(chat, meeting.id or 0)
    await chat.send("nina", button=f"meet:{meeting.id}:others")
    assert to(chat, "dora")[-1].text == t("sv", "meeting-newcomer-wants-other-times", name="Åsa")
    await plan(chat, meeting.id or 0)
    await chat.send("nina", button=f"meet:{meeting.id}:slot:0")
    await chat.send("nina", "nina@example.org")
    replies = await chat.send("nina", "/meeting")
    assert ids(replies[-1]) == [f"meet:{meeting.id}:move", f"meet:{meeting.id}:cancel"]
    replies = await chat.send("nina", button=f"meet:{meeting.id}:cancel")
    assert ids(replies[-1])[-1] == "cancel:keep"
    await chat.send("nina", button="cancel:illness")
    (meeting,) = await meetings(app)
    assert (meeting.status, meeting.cancelled_by, meeting.cancel_reason) == (
        "cancelled",
        "newcomer",
        "illness",
    )
    cancelled = to(chat, "dora")[-1]
    assert cancelled.text == t("sv", "meeting-cancelled-by-other", name="Åsa")
    assert [a.name for a in cancelled.attachments] == ["cancel.ics"]
    (proposal,) = await proposals(app)
    assert proposal.status == ProposalStatus.CANCELLED  # dora's slot is free again


async def test_moving_a_confirmed_meeting_plans_again(chat: ChatHarness, app: App) -> None:
    await matched(chat, app)
    (meeting,) = await meetings(app)
    await plan(chat, meeting.id or 0)
    await chat.send("nina", button=f"meet:{meeting.id}:slot:0")
    await chat.send("nina", "nina@example.org")
    await chat.send("nina", button=f"meet:{meeting.id}:move")
    (meeting,) = await meetings(app)
    assert meeting.status == MeetingStatus.PLANNING and meeting.sequence == 1
    assert ids(to(chat, "dora")[-1]) == [f"meet:{meeting.id}:plan"]
    # The old reminders name the old start time: they send nothing now.
    advance(app, days=20)
    sent = [m for m in await chat.tick() if m.user_id in ("nina", "dora")]
    assert all("meet:" not in b.id for m in sent for b in m.buttons)


async def test_a_door_opener_who_did_not_come_means_a_new_match(
    chat: ChatHarness, app: App
) -> None:
    await matched(chat, app)
    (meeting,) = await meetings(app)
    await plan(chat, meeting.id or 0)
    await chat.send("nina", button=f"meet:{meeting.id}:slot:0")
    await chat.send("nina", "nina@example.org")
    await onboard(chat, "olle", "door_opener")  # nina is busy: nothing for olle yet
    assert len(await proposals(app)) == 1
    advance(app, days=20)
    await chat.tick()
    await chat.send("nina", button=f"meet:{meeting.id}:no_show")
    (meeting,) = await meetings(app)
    assert (meeting.status, meeting.newcomer_outcome) == ("no_show", "no_show")
    first, second = await proposals(app)
    assert second.newcomer_id == first.newcomer_id and second.door_opener_id != first.door_opener_id
    assert ids(to(chat, "olle")[-1])[0] == f"prop:{second.id}:accept"
