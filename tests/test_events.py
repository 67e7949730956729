"""Network meetings end to end: creation by a coordinator, invitations by sector, answers,
capacity, forged and stale buttons, the reminder 24 h before and the pairs at the start."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import select

from doorway.bootstrap import App
from doorway.dialogs.contract import InboundEvent
from doorway.dialogs.events import parse_event
from doorway.dialogs.meeting_times import format_slot
from doorway.dialogs.steps import Invalid
from doorway.storage.records import Event, EventRsvp, EventStatus, Person
from tests.flows import onboarding_script
from tests.harness import ChatHarness
from tests.test_proposals import advance, ids, onboard, proposals

STOCKHOLM = ZoneInfo("Europe/Stockholm")
HEALTH = "22,32,53"


async def onboard_coordinator(chat: ChatHarness, user: str = "carol") -> None:
    """Coordinators skip the role and the profile questions: language, consent, name."""
    await chat.send(user, "/start")
    await chat.send(user, button="lang:sv")
    await chat.send(user, button="consent:yes")
    await chat.send(user, "Carol")
    await chat.send(user, button="summary:confirm")


async def onboard_as(
    chat: ChatHarness, user: str, role: str, occupation: str, locale: str = "sv"
) -> None:
    """The scripted onboarding with another occupation typed in."""
    await chat.send(user, "/start")
    for step, kind, value in onboarding_script(locale, role).actions:
        text = occupation if step == "occupation" else value
        await (chat.send(user, button=value) if kind == "button" else chat.send(user, text))


def event_day(app: App, days: int) -> datetime:
    """17:00 in Stockholm, `days` days from today there, as UTC."""
    day = (app.clock.now().astimezone(STOCKHOLM) + timedelta(days=days)).date()
    return datetime.combine(day, time(17), tzinfo=STOCKHOLM).astimezone(UTC)


def command(starts_at: datetime, sectors: str = HEALTH, capacity: str = "30") -> str:
    local = starts_at.astimezone(STOCKHOLM)
    return (
        f'/event "Vård och omsorg" {local:%Y-%m-%d %H:%M} '
        f"| Stadsbiblioteket, Göteborg | {sectors} | {capacity}"
    )


async def events(app: App) -> list[Event]:
    async with app.unit_of_work() as uow:
        return list((await uow.session.scalars(select(Event).order_by(Event.id))).all())


async def answers(app: App, event_id: int | None = 1) -> dict[str, str | None]:
    """Console user → their answer, for every invitation to the event."""
    async with app.unit_of_work() as uow:
        rows = await uow.session.execute(
            select(Person.external_id, EventRsvp.answer)
            .join(EventRsvp, EventRsvp.person_id == Person.id)
            .where(EventRsvp.event_id == event_id)
        )
        return dict(rows.all())


def when_sv(starts_at: datetime) -> str:
    return format_slot(starts_at, STOCKHOLM, "sv")


async def test_a_coordinator_creates_an_event_and_the_sector_is_invited(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    replies = await chat.send("carol", "/event")
    assert [m.text for m in replies] == [t("sv", "event-list-empty"), t("sv", "event-syntax")]
    await onboard(chat, "dora", "door_opener")  # sjuksköterska, 2221
    await onboard(chat, "nina", "newcomer")
    await onboard(chat, "pia", "newcomer", "fi")  # sairaanhoitaja, Finnish
    await onboard_as(chat, "lars", "newcomer", "snickare")  # 7115: another sector
    await chat.send("ulla", "/start")  # still registering: not invited
    starts_at = event_day(app, 10)

    replies = await chat.send("carol", command(starts_at))
    (event,) = await events(app)
    assert (event.title, event.starts_at, event.place) == (
        "Vård och omsorg",
        starts_at,
        "Stadsbiblioteket, Göteborg",
    )
    assert (event.sectors, event.capacity, event.created_by, event.status) == (
        ["22", "32", "53"],
        30,
        "console:carol",
        EventStatus.OPEN,
    )
    args = {"title": "Vård och omsorg", "place": "Stadsbiblioteket, Göteborg"}
    assert [m.text for m in replies if m.user_id == "carol"] == [
        t("sv", "event-created", number=event.id, when=when_sv(starts_at), count=3, **args)
    ]
    invited = {m.user_id: m for m in replies if m.user_id != "carol"}
    assert sorted(invited) == ["dora", "nina", "pia"]
    assert invited["nina"].text == t("sv", "event-invitation", when=when_sv(starts_at), **args)
    assert ids(invited["dora"]) == [f"evt:{event.id}:yes", f"evt:{event.id}:no"]
    pia_when = format_slot(starts_at, ZoneInfo("Europe/Helsinki"), "fi")
    assert invited["pia"].text == t("fi", "event-invitation", when=pia_when, **args)
    assert invited["pia"].buttons[0].label == t("fi", "button-event-yes")
    assert await answers(app) == {"dora": None, "nina": None, "pia": None}

    await chat.send("nina", button=f"evt:{event.id}:yes")
    await chat.send("pia", button=f"evt:{event.id}:no")
    (listing,) = await chat.send("carol", "/event")
    line = t(
        "sv",
        "event-list-line",
        number=event.id,
        when=when_sv(starts_at),
        capacity=30,
        yes=1,
        no=1,
        invited=3,
        **args,
    )
    assert listing.text == "\n".join([t("sv", "event-list", count=1), line])

    # A one-digit major group reaches every occupation below it, here only the carpenter.
    replies = await chat.send("carol", command(starts_at, sectors="7"))
    assert sorted(m.user_id for m in replies if m.user_id != "carol") == ["lars"]


async def test_yes_no_and_a_full_event(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")
    starts_at = event_day(app, 10)
    await chat.send("carol", command(starts_at, capacity="1 plats"))
    (event,) = await events(app)
    args = {"title": event.title, "when": when_sv(starts_at), "place": event.place}
    yes, no = f"evt:{event.id}:yes", f"evt:{event.id}:no"

    await chat.send("nina", "/profile")  # other messages do not make the invitation stale
    (confirmed,) = await chat.send("nina", button=yes)
    assert confirmed.text == t("sv", "event-yes-confirmed", **args)
    assert ids(confirmed) == [no]
    (attachment,) = confirmed.attachments
    assert (attachment.name, attachment.mime) == ("invite.ics", "text/calendar")
    vevent = icalendar.Calendar.from_ical(attachment.data).walk("VEVENT")[0]
    assert vevent.decoded("DTSTART") == starts_at
    assert str(vevent["LOCATION"]) == event.place
    assert (await chat.send("nina", button=yes))[0].text == t("sv", "event-already-yes", **args)

    assert (await chat.send("dora", button=yes))[0].text == t("sv", "event-full", **args)
    assert await answers(app) == {"dora": None, "nina": "yes"}

    (declined,) = await chat.send("nina", button=no)
    assert declined.text == t("sv", "event-no-thanks", **args)
    assert [a.name for a in declined.attachments] == ["cancel.ics"]
    (confirmed,) = await chat.send("dora", button=yes)  # the freed seat
    assert confirmed.text == t("sv", "event-yes-confirmed", **args)
    assert (await chat.send("nina", button=yes))[0].text == t("sv", "event-full", **args)
    assert await answers(app) == {"dora": "yes", "nina": "no"}


async def test_the_last_seat_is_counted_under_the_event_lock(chat: ChatHarness, app: App) -> None:
    await onboard_coordinator(chat)
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")
    await chat.send("carol", command(event_day(app, 10), capacity="1"))
    (event,) = await events(app)
    dora = await chat.person("dora")
    assert dora is not None and event.id is not None
    async with app.unit_of_work() as uow:
        # Another transaction holds the event while it takes the last seat for dora.
        await uow.events.get(event.id, lock=True)
        rsvp = await uow.events.rsvp(event.id, dora.id or 0)
        assert rsvp is not None
        rsvp.answer = "yes"
        await uow.session.flush()
        press = InboundEvent("console", "nina", None, button=f"evt:{event.id}:yes")
        nina_pressed = asyncio.create_task(app.engine.handle(press))
        await asyncio.sleep(0.5)
        assert not nina_pressed.done()  # her count waits for the seat being taken
        await uow.commit()
    (reply,) = await nina_pressed
    args = {"title": event.title, "when": when_sv(event.starts_at), "place": event.place}
    assert reply.text == app.translator("sv", "event-full", **args)
    assert await answers(app) == {"dora": "yes", "nina": None}


async def test_forged_and_stale_event_buttons_change_nothing(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")
    await onboard_as(chat, "lars", "newcomer", "snickare")
    starts_at = event_day(app, 10)
    await chat.send("carol", command(starts_at))
    await chat.send("carol", command(starts_at + timedelta(days=1)))
    first, second = await events(app)
    await chat.send("nina", button=f"evt:{first.id}:yes")
    stale = t("sv", "event-stale")
    for user, button in [
        ("lars", f"evt:{first.id}:yes"),  # not invited: another sector
        ("carol", f"evt:{first.id}:yes"),  # coordinators are not invited
        ("dora", f"evt:{first.id}:maybe"),
        ("dora", "evt:999999:yes"),
        ("dora", "evt:99999999999999999999:yes"),  # out of any integer range
        ("dora", "evt:x:yes"),
        ("dora", "evt::"),
    ]:
        replies = await chat.send(user, button=button)
        assert [m.text for m in replies] == [stale], (user, button)
    assert await answers(app, first.id) == {"dora": None, "nina": "yes"}

    # Cancelled: whoever had not said no is told; nina, who said yes, gets a calendar cancel.
    replies = await chat.send("carol", f"/event cancel {first.id}")
    told = {m.user_id: m for m in replies if m.user_id != "carol"}
    assert sorted(told) == ["dora", "nina"]
    assert [a.name for a in told["nina"].attachments] == ["cancel.ics"]
    assert told["dora"].attachments == ()
    assert [m.text for m in replies if m.user_id == "carol"] == [
        t("sv", "event-cancel-done", title=first.title, count=2)
    ]
    (first, second) = await events(app)
    assert first.status == EventStatus.CANCELLED
    assert (await chat.send("dora", button=f"evt:{first.id}:yes"))[0].text == stale
    assert (await chat.send("nina", button=f"evt:{first.id}:no"))[0].text == stale
    no_such = t("sv", "event-no-such", who=f"#{first.id}")
    assert (await chat.send("carol", f"/event cancel {first.id}"))[0].text == no_such

    # Started: answers are no longer taken.
    advance(app, seconds=(second.starts_at - app.clock.now()).total_seconds() + 60)
    assert (await chat.send("dora", button=f"evt:{second.id}:yes"))[0].text == stale
    assert await answers(app, second.id) == {"dora": None, "nina": None}


async def test_only_coordinators_may_use_event(chat: ChatHarness, app: App) -> None:
    await onboard(chat, "nina", "newcomer")
    unknown = app.translator("sv", "error-unknown-command", command="/event")
    for line in (command(event_day(app, 10)), "/event", "/event cancel 1"):
        replies = await chat.send("nina", line)
        assert replies[0].text == unknown  # the same answer as to a command that does not exist
    assert await events(app) == []


@pytest.mark.parametrize(
    ("line", "key", "params"),
    [
        ("/event Vård och omsorg", "event-error-parts", {"count": 1}),
        ('/event "Vård" | Göteborg | 22 | 30', "event-error-no-when", {}),
        (
            '/event "Vård" någon gång | Göteborg | 22 | 30',
            "event-error-when",
            {"text": "någon gång"},
        ),
        (
            "/event Vård | 2020-01-01 | Göteborg | 22 | 30",
            "event-error-when",
            {"text": "2020-01-01"},
        ),
        ('/event "" 24/12 17:00 | Göteborg | 22 | 30', "event-error-title", {"max": 200}),
        ('/event "Vård" 24/12 17:00 |  | 22 | 30', "event-error-place", {"max": 300}),
        (
            '/event "Vård" 24/12 17:00 | Göteborg | 22,vård | 30',
            "event-error-sectors",
            {"text": "vård"},
        ),
        (
            '/event "Vård" 24/12 17:00 | Göteborg | 22512 | 30',
            "event-error-sectors",
            {"text": "22512"},
        ),
        (
            '/event "Vård" 24/12 17:00 | Göteborg | 22 | många',
            "event-error-capacity",
            {"max": 1000},
        ),
        ('/event "Vård" 24/12 17:00 | Göteborg | 22 | 0', "event-error-capacity", {"max": 1000}),
    ],
)
async def test_bad_arguments_are_explained_and_change_nothing(
    chat: ChatHarness, app: App, line: str, key: str, params: dict[str, object]
) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    replies = await chat.send("carol", line)
    assert [m.text for m in replies] == [t("sv", key, **params), t("sv", "event-syntax")]
    assert await events(app) == []


async def test_a_time_that_has_passed_is_named_so(chat: ChatHarness, app: App) -> None:
    await onboard_coordinator(chat)
    yesterday = event_day(app, -1).astimezone(STOCKHOLM)
    replies = await chat.send("carol", f"/event Vård | {yesterday:%Y-%m-%d %H:%M} | G | 22 | 9")
    assert replies[0].text == app.translator("sv", "event-error-past")
    assert await events(app) == []


def test_the_syntax_is_forgiving() -> None:
    now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    expected = datetime(2026, 12, 18, 16, 0, tzinfo=UTC)  # 17:00 in Stockholm
    for line in (
        '"Vård och omsorg" 2026-12-18 17:00 | Stadsbiblioteket | 22,32,53 | 30',
        "Vård och omsorg | fre 18 dec kl 17 | Stadsbiblioteket | 22, 32 53 | 30 platser",
        "Vård och omsorg 18/12 17:00|Stadsbiblioteket|22;32;53;22|max 30",
        "”Vård och omsorg” 18.12. 17.00 | Stadsbiblioteket | 22,32,53 | 30",
        "»Vård och omsorg» fredag 18 december kl 17 | Stadsbiblioteket | 22 32 53 | 30",
    ):
        draft = parse_event(line, "sv", now, STOCKHOLM)
        assert (draft.title, draft.starts_at, draft.place) == (
            "Vård och omsorg",
            expected,
            "Stadsbiblioteket",
        ), line
        assert draft.sectors == ("22", "32", "53") and draft.capacity == 30, line
    for everyone in ("", "alla", "-", "ALL"):
        line = f'"Vård" 18/12 17:00 | Stadsbiblioteket | {everyone} | 30'
        assert parse_event(line, "sv", now, STOCKHOLM).sectors == ()
    fi = parse_event('"Hoito" pe 18.12. klo 17 | Tampere | 2 | 5', "fi", now, STOCKHOLM)
    assert fi.starts_at == expected
    with pytest.raises(Invalid):
        parse_event('"Vård" 18/12 17:00 | Stadsbiblioteket | 22 | 30 | 40', "sv", now, STOCKHOLM)


async def test_reminder_to_yes_sayers_and_pairs_at_the_start(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")  # proposed to dora: not paired with her again
    await onboard(chat, "olle", "door_opener")  # nina is busy: no proposal for olle
    await onboard(chat, "eve", "newcomer")  # proposed to the free door-opener, says no below
    await onboard(chat, "pia", "newcomer")  # never answers
    pairs = {(p.newcomer_id, p.door_opener_id) for p in await proposals(app)}
    people = {u: (await chat.person(u)) for u in ("dora", "nina", "olle", "eve")}
    pid = {u: p.id for u, p in people.items() if p is not None}
    assert (pid["nina"], pid["dora"]) in pairs and (pid["nina"], pid["olle"]) not in pairs
    starts_at = event_day(app, 2)
    await chat.send("carol", command(starts_at))
    (event,) = await events(app)
    for user in ("dora", "nina", "olle"):
        await chat.send(user, button=f"evt:{event.id}:yes")
    await chat.send("eve", button=f"evt:{event.id}:no")

    advance(app, seconds=(starts_at - app.clock.now()).total_seconds() - 24 * 3600 + 60)
    sent = [m for m in await chat.tick() if event.title in m.text]
    expected = t(
        "sv", "event-reminder", title=event.title, when=when_sv(starts_at), place=event.place
    )
    assert sorted(m.user_id for m in sent) == ["dora", "nina", "olle"]
    assert {m.text for m in sent} == {expected}

    advance(app, hours=24)
    sent = {m.user_id: m.text for m in await chat.tick() if event.title in m.text}
    olle, nina = people["olle"], people["nina"]
    assert olle is not None and nina is not None
    assert sent == {
        "nina": t(
            "sv",
            "event-pair",
            title=event.title,
            name=olle.first_name,
            occupation=olle.occupation_label,
        ),
        "olle": t(
            "sv",
            "event-pair",
            title=event.title,
            name=nina.first_name,
            occupation=nina.occupation_label,
        ),
        "dora": t("sv", "event-mingle", title=event.title),
    }
    (event,) = await events(app)
    assert event.status == EventStatus.DONE
    advance(app, days=1)
    assert not [m for m in await chat.tick() if event.title in m.text]  # every job ran once
