"""Coordinators' admin commands: invisible to others, lists and search, manual matches, aliases,
broadcasts in batches with forged buttons and the rate limit, the CSV export, the audit log."""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from doorway.bootstrap import App, build_app
from doorway.cli import main
from doorway.dialogs.clock import ShiftedClock
from doorway.dialogs.contract import OutboundMessage
from doorway.dialogs.proposals import month_start
from doorway.settings import Settings
from doorway.storage import tables
from doorway.storage.records import (
    AuditEntry,
    Broadcast,
    BroadcastStatus,
    MeetingStatus,
    Person,
    ProposalStatus,
    Role,
    Status,
    SurveyAnswer,
    SurveyRun,
)
from tests.harness import ChatHarness
from tests.test_events import command as event_line
from tests.test_events import event_day, onboard_as, onboard_coordinator
from tests.test_proposals import advance, ids, onboard, proposals, to

DEVELOPER = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"
WELCOME = "Välkommen till nätverksträffen!"
ADMIN_LINES = [
    "/pending",
    "/openers",
    "/find Åsa",
    "/match #1 #2",
    "/unmatch #1 #2",
    "/unmatch #1",
    f"/alias backend dev = {DEVELOPER}",
    f"/broadcast role=all | {WELCOME}",
    "/export",
]


def texts(messages: list[OutboundMessage]) -> list[str]:
    return [m.text for m in messages]


async def audit(app: App, action: str | None = None) -> list[AuditEntry]:
    async with app.unit_of_work() as uow:
        return await uow.audit.entries(action)


async def count(app: App, table: Any) -> int:
    async with app.unit_of_work() as uow:
        statement = select(func.count()).select_from(table)
        return int((await uow.session.execute(statement)).scalar_one())


async def person(chat: ChatHarness, user: str) -> Person:
    found = await chat.person(user)
    assert found is not None
    return found


async def broadcasts(app: App) -> list[Broadcast]:
    async with app.unit_of_work() as uow:
        return list((await uow.session.scalars(select(Broadcast).order_by(Broadcast.id))).all())


async def add_people(app: App, *specs: tuple[str, str, str | None, str, str]) -> None:
    """People straight into the database: (user, role, ISCO code, locale, status)."""
    now = app.clock.now()
    async with app.unit_of_work() as uow:
        for user, role, isco, locale, status in specs:
            await uow.people.add(
                Person(
                    channel="console",
                    external_id=user,
                    locale=locale,
                    timezone="Europe/Stockholm",
                    status=status,
                    role=role,
                    first_name=user.title(),
                    meeting_languages=[locale],
                    occupation_isco=isco,
                    consent_at=None if status == Status.ONBOARDING else now,
                    onboarded_at=None if status == Status.ONBOARDING else now,
                    created_at=now,
                )
            )
        await uow.commit()


# -- nobody else sees them ------------------------------------------------------------------


async def test_admin_commands_do_not_exist_for_anyone_else(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")
    before = await count(app, tables.proposals)
    mark = len(chat.delivered)
    baseline = await chat.send("nina", "/nosuchcommand")
    assert baseline[0].text == t("sv", "error-unknown-command", command="/nosuchcommand")
    for line in [*ADMIN_LINES, "/PENDING@doorway_bot"]:
        head = line.split()[0]
        replies = await chat.send("nina", line)
        unknown = t("sv", "error-unknown-command", command=head)
        assert texts(replies) == [unknown, *texts(baseline[1:])], line
        assert {m.user_id for m in replies} == {"nina"}
    stale = await chat.send("nina", button="zz:1:send")
    assert texts(await chat.send("nina", button="bc:1:send")) == texts(stale)
    assert await audit(app) == []
    assert await broadcasts(app) == []
    assert await count(app, tables.occupation_aliases) == 0
    assert await count(app, tables.proposals) == before
    assert (await proposals(app))[0].status == ProposalStatus.DOOR_OPENER
    assert {m.user_id for m in chat.delivered[mark:]} == {"nina"}
    assert await chat.tick() == []


async def test_a_coordinator_still_registering_must_finish_first(
    chat: ChatHarness, app: App
) -> None:
    await chat.send("carol", "/start")
    await chat.send("carol", button="lang:en")
    for line in ADMIN_LINES:
        replies = await chat.send("carol", line)
        assert replies[0].text == app.translator("en", "error-finish-onboarding-first"), line
    assert await audit(app) == []


async def test_the_coordinators_help_lists_the_admin_commands(chat: ChatHarness, app: App) -> None:
    await onboard_coordinator(chat)
    replies = await chat.send("carol", "/help")
    assert texts(replies)[:2] == [
        app.translator("sv", "help", role="coordinator", status="active"),
        app.translator("sv", "admin-help"),
    ]
    await onboard(chat, "nina", "newcomer")
    assert app.translator("sv", "admin-help") not in texts(await chat.send("nina", "/help"))


# -- /pending, /openers, /find --------------------------------------------------------------


async def test_pending_groups_the_waiting_newcomers_by_sector(
    chat: ChatHarness, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    t, suggester = app.translator, app.engine.suggester
    await onboard_coordinator(chat)
    assert texts(await chat.send("carol", "/pending")) == [t("sv", "admin-pending-none")]
    await onboard(chat, "nina", "newcomer")
    advance(app, days=3)
    await onboard_as(chat, "lars", "newcomer", "snickare")
    advance(app, days=2)
    await onboard(chat, "pia", "newcomer", "fi")
    nina, lars, pia = [await person(chat, u) for u in ("nina", "lars", "pia")]

    def line(p: Person, days: int) -> str:
        occupation = app.engine.proposals.occupation_of(p, "sv")
        return t(
            "sv",
            "admin-pending-line",
            number=p.id,
            name=p.first_name,
            occupation=occupation,
            days=days,
        )

    health = suggester.isco_title("22", "sv")
    crafts = suggester.isco_title((lars.occupation_isco or "")[:2], "sv")
    (reply,) = await chat.send("carol", "/pending")
    assert reply.text.splitlines() == [
        t("sv", "admin-pending", count=3),
        t("sv", "admin-pending-sector", sector=health, count=2),
        line(nina, 5),
        line(pia, 0),
        t("sv", "admin-pending-sector", sector=crafts, count=1),
        line(lars, 2),
    ]

    monkeypatch.setattr("doorway.dialogs.admin.MAX_LISTED", 1)
    (reply,) = await chat.send("carol", "/pending")
    assert reply.text.splitlines()[-1] == t("sv", "admin-and-more", count=2)

    await onboard(chat, "dora", "door_opener")  # in Göteborg: a proposal for nina only
    (proposal,) = await proposals(app)
    assert proposal.newcomer_id == nina.id
    monkeypatch.setattr("doorway.dialogs.admin.MAX_LISTED", 30)
    (reply,) = await chat.send("carol", "/pending")
    assert reply.text.splitlines() == [
        t("sv", "admin-pending", count=2),
        t("sv", "admin-pending-sector", sector=crafts, count=1),
        line(lars, 2),
        t("sv", "admin-pending-sector", sector=health, count=1),
        line(pia, 0),
    ]
    assert [e.action for e in await audit(app)] == ["pending"] * 4


async def test_openers_show_capacity_use_and_status(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    assert texts(await chat.send("carol", "/openers")) == [t("sv", "admin-openers-none")]
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "olle", "door_opener")
    await onboard(chat, "nina", "newcomer")
    (proposal,) = await proposals(app)
    await chat.send("carol", "/pause console:olle")
    dora, olle = await person(chat, "dora"), await person(chat, "olle")
    async with app.unit_of_work() as uow:
        taken = await uow.proposals.taken_since(month_start(app.clock.now()))
    assert taken == {proposal.door_opener_id: 1}

    def line(p: Person, status: str) -> str:
        return t(
            "sv",
            "admin-opener-line",
            number=p.id,
            name=p.first_name,
            occupation=app.engine.proposals.occupation_of(p, "sv"),
            used=taken.get(p.id or 0, 0),
            capacity=2,
            status=status,
        )

    (reply,) = await chat.send("carol", "/openers")
    free = 2 - taken.get(dora.id or 0, 0)
    assert reply.text.splitlines() == [
        t("sv", "admin-openers", count=2, free=free),
        line(dora, "active"),
        line(olle, "paused"),
    ]
    assert [(e.action, e.target) for e in await audit(app)] == [
        ("openers", "door-openers"),
        ("pause", f"#{olle.id}"),
        ("openers", "door-openers"),
    ]


async def test_find_searches_names_occupations_places_and_addresses(
    chat: ChatHarness, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    await onboard(chat, "nina", "newcomer")
    await onboard(chat, "pia", "newcomer", "fi")  # Päivi in Tampere
    await onboard_as(chat, "lars", "newcomer", "snickare")
    await chat.send("ulla", "/start")  # still registering, no name yet
    nina, pia, lars, ulla = [await person(chat, u) for u in ("nina", "pia", "lars", "ulla")]

    def line(p: Person) -> str:
        return t(
            "sv",
            "admin-find-line",
            number=p.id,
            name=p.first_name or "–",
            role=p.role or "",
            status=p.status,
            occupation=app.engine.proposals.occupation_of(p, "sv") or "–",
        )

    async def find(text: str) -> list[str]:
        (reply,) = await chat.send("carol", f"/find {text}")
        return reply.text.splitlines()

    assert await find("TAMPERE") == [t("sv", "admin-find", count=1, text="TAMPERE"), line(pia)]
    assert (await find("göteborg"))[1:] == [line(nina), line(lars)]
    assert (await find("console:ulla"))[1:] == [line(ulla)]
    assert (await find("sjukskö"))[1:] == [line(nina), line(pia)]  # the label in Swedish
    assert (await find("SNICK"))[1:] == [line(lars)]  # what was typed
    assert await find("päiv") == [t("sv", "admin-find", count=1, text="päiv"), line(pia)]
    assert await find("zebra") == [t("sv", "admin-find-none", text="zebra")]
    assert await find("") == [t("sv", "admin-find-syntax")]
    monkeypatch.setattr("doorway.dialogs.admin.MAX_FOUND", 1)
    assert await find("console:") == [
        t("sv", "admin-find", count=5, text="console:"),
        line(await person(chat, "carol")),
        t("sv", "admin-and-more", count=4),
    ]
    found = [e for e in await audit(app) if e.action == "find"]
    assert [e.target for e in found][:2] == ["TAMPERE", "göteborg"]
    assert found[0].detail == {"count": 1}


# -- /match and /unmatch --------------------------------------------------------------------


async def test_a_manual_match_overrides_the_rules_and_is_marked(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    await onboard(chat, "dora", "door_opener")  # a nurse
    await onboard_as(chat, "lars", "newcomer", "snickare")  # a carpenter: never matched
    assert await proposals(app) == []
    dora, lars = await person(chat, "dora"), await person(chat, "lars")
    names = {"name": "Åsa", "other": "Åsa"}

    replies = await chat.send("carol", "/match console:lars #" + str(dora.id))
    (proposal,) = await proposals(app)
    assert (proposal.newcomer_id, proposal.door_opener_id) == (lars.id, dora.id)
    assert (proposal.status, proposal.manual_by) == (ProposalStatus.DOOR_OPENER, "console:carol")
    carol_says = [m.text for m in replies if m.user_id == "carol"]
    assert carol_says == [t("sv", "admin-match-done", number=proposal.id, **names)]
    (offer,) = [m for m in replies if m.user_id == "dora"]
    assert ids(offer) == [f"prop:{proposal.id}:{a}" for a in ("accept", "decline", "later")]
    assert not [m for m in replies if m.user_id == "lars"]  # the door-opener is asked first
    (entry,) = await audit(app, "match")
    assert (entry.actor, entry.target) == ("console:carol", f"#{proposal.id}")
    assert entry.detail == {"newcomer": lars.id, "door_opener": dora.id, "eligible": False}

    for line, expected in [
        (f"/match {lars.id} {dora.id}", t("sv", "admin-match-exists", **names)),
        (f"/match #{dora.id} #{lars.id}", t("sv", "admin-match-roles", **names)),
        (f"/match #999 #{dora.id}", t("sv", "coordinator-no-such-person", who="#999")),
        ("/match console:nobody #1", t("sv", "coordinator-no-such-person", who="console:nobody")),
        (
            "/match #99999999999999999999 #1",
            t("sv", "coordinator-no-such-person", who="#99999999999999999999"),
        ),
        ("/match #1", t("sv", "admin-match-syntax")),
        ("/match", t("sv", "admin-match-syntax")),
    ]:
        assert texts(await chat.send("carol", line)) == [expected], line
    assert len(await proposals(app)) == 1
    assert len(await audit(app, "match")) == 1

    await chat.send("dora", button=f"prop:{proposal.id}:accept")  # an ordinary proposal
    assert ids(to(chat, "lars")[-1]) == [f"prop:{proposal.id}:yes", f"prop:{proposal.id}:no"]


async def test_unmatch_closes_a_proposal_then_cancels_a_meeting(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")
    await onboard(chat, "olle", "door_opener")  # nina is busy: nothing for olle yet
    (first,) = await proposals(app)
    dora, nina, olle = [await person(chat, u) for u in ("dora", "nina", "olle")]
    assert first.door_opener_id == dora.id

    replies = await chat.send("carol", "/unmatch console:nina console:dora")
    first, second = await proposals(app)
    assert first.status == ProposalStatus.CANCELLED
    assert first.closed_at is not None and first.closed_at > first.created_at
    said = {m.user_id: m.text for m in replies if not m.buttons}
    assert said["carol"] == t("sv", "admin-unmatch-done", kind="proposal", number=first.id)
    assert said["dora"] == t("sv", "admin-unmatch-to-door-opener", kind="proposal", name="Åsa")
    # Nina never heard of the proposal: she is told of a change, not of dora.
    assert said["nina"] == t("sv", "admin-unmatch-to-newcomer", kind="unseen", name="")
    # Matchable again at once, never with dora again.
    assert (second.newcomer_id, second.door_opener_id) == (nina.id, olle.id)
    assert ids(to(chat, "olle")[-1])[0] == f"prop:{second.id}:accept"

    await chat.send("olle", button=f"prop:{second.id}:accept")
    await chat.send("nina", button=f"prop:{second.id}:yes")
    async with app.unit_of_work() as uow:
        (meeting,) = await uow.meetings.current_for(nina.id or 0)
        meeting.status, meeting.starts_at = MeetingStatus.CONFIRMED, event_day(app, 5)
        meeting.newcomer_contact = "070-123 45 67"
        await uow.commit()
    replies = await chat.send("carol", f"/unmatch #{second.id}")
    said = {m.user_id: m for m in replies}
    assert said["carol"].text == t("sv", "admin-unmatch-done", kind="meeting", number=second.id)
    assert said["olle"].text == t("sv", "admin-unmatch-to-door-opener", kind="meeting", name="Åsa")
    assert said["nina"].text == t("sv", "admin-unmatch-to-newcomer", kind="meeting", name="Åsa")
    assert [a.name for a in said["nina"].attachments] == ["cancel.ics"]
    assert b"METHOD:CANCEL" in said["olle"].attachments[0].data
    async with app.unit_of_work() as uow:
        stored = await uow.meetings.get(meeting.id or 0)
        assert stored is not None
        assert (stored.status, stored.cancelled_by) == (MeetingStatus.CANCELLED, "coordinator")
        assert await uow.meetings.current_for(nina.id or 0) == []
    assert (await proposals(app))[1].status == ProposalStatus.CANCELLED
    assert len(await proposals(app)) == 2  # nobody left to propose to nina

    for line, expected in [
        (f"/unmatch #{second.id}", t("sv", "admin-unmatch-nothing", who=f"#{second.id}")),
        ("/unmatch 999", t("sv", "admin-unmatch-nothing", who="999")),
        (
            f"/unmatch #{nina.id} #{olle.id}",
            t("sv", "admin-unmatch-nothing", who=f"#{nina.id} #{olle.id}"),
        ),
        (f"/unmatch #{olle.id} #{nina.id}", t("sv", "admin-match-roles", name="Åsa", other="Åsa")),
        ("/unmatch a b c", t("sv", "admin-unmatch-syntax")),
        ("/unmatch", t("sv", "admin-unmatch-syntax")),
    ]:
        assert texts(await chat.send("carol", line)) == [expected], line
    entries = await audit(app, "unmatch")
    assert [(e.target, e.detail["kind"]) for e in entries] == [
        (f"#{first.id}", "proposal"),
        (f"#{second.id}", "meeting"),
    ]
    assert entries[1].detail["meeting"] == meeting.id


# -- /alias ---------------------------------------------------------------------------------


async def test_alias_maps_a_text_like_the_cli(chat: ChatHarness, app: App) -> None:
    t, suggester = app.translator, app.engine.suggester
    await onboard_coordinator(chat)
    label = suggester.label(DEVELOPER, "sv")
    replies = await chat.send("carol", f"/alias Backend  dev = {DEVELOPER}")
    assert texts(replies) == [t("sv", "admin-alias-added", text="Backend  dev", occupation=label)]
    replies = await chat.send("carol", f"/alias backend DEV={DEVELOPER}")
    assert texts(replies) == [t("sv", "admin-alias-replaced", text="backend DEV", occupation=label)]
    async with app.unit_of_work() as uow:
        assert await uow.aliases.lookup(suggester.alias_key("backend dev")) == DEVELOPER
        assert await uow.aliases.list_all() == [("backend DEV", DEVELOPER)]
    nope = "http://example.org/nope"
    syntax = t("sv", "admin-alias-syntax")
    for line, expected in [
        (f"/alias x = {nope}", [t("sv", "admin-alias-unknown-occupation", text=nope), syntax]),
        (f"/alias ... = {DEVELOPER}", [t("sv", "admin-alias-empty-text"), syntax]),
        (f"/alias {'x' * 301} = {DEVELOPER}", [t("sv", "admin-alias-too-long", max=300), syntax]),
        (f"/alias {DEVELOPER}", [syntax]),
        (f"/alias = {DEVELOPER}", [syntax]),
    ]:
        assert texts(await chat.send("carol", line)) == expected, line
    entries = await audit(app, "alias")
    assert [(e.actor, e.target, e.detail["new"]) for e in entries] == [
        ("console:carol", "Backend  dev", True),
        ("console:carol", "backend DEV", False),
    ]
    assert entries[0].detail["isco"] == "2512"


# -- /broadcast -----------------------------------------------------------------------------


async def test_a_broadcast_reaches_its_group_once_in_batches(
    chat: ChatHarness, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = app.translator
    monkeypatch.setattr("doorway.dialogs.admin_broadcast.BATCH_SIZE", 2)
    await onboard_coordinator(chat)
    await add_people(
        app,
        ("n1", Role.NEWCOMER, "2221", "sv", Status.ACTIVE),
        ("n2", Role.NEWCOMER, "2264", "sv", Status.ACTIVE),
        ("fin", Role.NEWCOMER, "2221", "fi", Status.ACTIVE),  # another language
        ("opener", Role.DOOR_OPENER, "2221", "sv", Status.ACTIVE),  # another role
        ("carpenter", Role.NEWCOMER, "7115", "sv", Status.ACTIVE),  # another sector
        ("resting", Role.NEWCOMER, "2221", "sv", Status.PAUSED),
        ("joining", Role.NEWCOMER, "2221", "sv", Status.ONBOARDING),
        ("unknown", Role.NEWCOMER, None, "sv", Status.ACTIVE),
        ("n3", Role.NEWCOMER, "2221", "sv", Status.ACTIVE),
        ("n4", Role.NEWCOMER, "2230", "sv", Status.ACTIVE),
        ("n5", Role.NEWCOMER, "2221", "sv", Status.ACTIVE),
    )
    line = f"/broadcast role=newcomer sector=22 locale=sv | {WELCOME}"
    (preview,) = await chat.send("carol", line)
    (draft,) = await broadcasts(app)
    audience = "role=newcomer sector=22 locale=sv"
    assert preview.text == t(
        "sv", "admin-broadcast-preview", count=5, audience=audience, text=WELCOME
    )
    assert ids(preview) == [f"bc:{draft.id}:send", f"bc:{draft.id}:cancel"]
    assert (draft.status, draft.recipients, draft.created_by) == (
        BroadcastStatus.DRAFT,
        5,
        "console:carol",
    )
    assert draft.audience == {"roles": ["newcomer"], "sectors": ["22"], "locale": "sv"}
    assert await chat.tick() == []  # nothing goes out before the confirmation

    replies = await chat.send("carol", button=f"bc:{draft.id}:send")
    assert texts(replies) == [t("sv", "admin-broadcast-confirmed", count=5)]
    message = t("sv", "admin-broadcast-message", text=WELCOME)
    assert [(m.user_id, m.text) for m in await chat.tick()] == [("n1", message), ("n2", message)]
    (sending,) = await broadcasts(app)
    assert (sending.status, sending.sent, sending.cursor) == (
        BroadcastStatus.SENDING,
        2,
        (await person(chat, "n2")).id,
    )
    assert await chat.tick() == []  # the next batch waits a minute
    # Chosen again at send time: n3 paused meanwhile, a new nurse joined.
    async with app.unit_of_work() as uow:
        n3 = await uow.people.by_address("console", "n3")
        assert n3 is not None
        n3.status = Status.PAUSED
        await uow.commit()
    await add_people(app, ("late", Role.NEWCOMER, "2211", "sv", Status.ACTIVE))
    advance(app, minutes=1)
    assert [m.user_id for m in await chat.tick()] == ["n4", "n5"]
    advance(app, minutes=1)
    last = await chat.tick()
    assert [(m.user_id, m.text) for m in last] == [
        ("late", message),
        ("carol", t("sv", "admin-broadcast-finished", count=5)),
    ]
    advance(app, minutes=5)
    assert await chat.tick() == []
    got = [m.user_id for m in chat.delivered if m.text == message]
    assert sorted(got) == ["late", "n1", "n2", "n4", "n5"]  # each once
    (sent,) = await broadcasts(app)
    assert (sent.status, sent.sent) == (BroadcastStatus.SENT, 5)
    assert sent.finished_at is not None and sent.confirmed_at is not None

    stale = t("sv", "admin-broadcast-stale")
    assert texts(await chat.send("carol", button=f"bc:{draft.id}:send")) == [stale]
    assert texts(await chat.send("carol", button=f"bc:{draft.id}:cancel")) == [stale]
    assert [(e.action, e.target) for e in await audit(app)] == [
        ("broadcast-draft", f"#{draft.id}"),
        ("broadcast-send", f"#{draft.id}"),
    ]


async def test_forged_and_stale_broadcast_buttons_change_nothing(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    await add_people(app, ("n1", Role.NEWCOMER, "2221", "sv", Status.ACTIVE))
    async with app.unit_of_work() as uow:  # another coordinator's draft
        other = await uow.broadcasts.add(
            Broadcast(created_by="console:dave", text="Hej", created_at=app.clock.now())
        )
        await uow.commit()
    await chat.send("carol", f"/broadcast | {WELCOME}")
    await chat.send("carol", f"/broadcast locale=sv | {WELCOME}")
    _, mine, second = await broadcasts(app)
    stale = t("sv", "admin-broadcast-stale")
    for button in [
        f"bc:{other.id}:send",
        f"bc:{other.id}:cancel",
        f"bc:{mine.id}:explode",
        "bc:999999:send",
        "bc:99999999999999999999:send",
        "bc:x:send",
        "bc:",
    ]:
        assert texts(await chat.send("carol", button=button)) == [stale], button
    replies = await chat.send("carol", button=f"bc:{mine.id}:cancel")
    assert texts(replies) == [t("sv", "admin-broadcast-cancelled")]
    assert texts(await chat.send("carol", button=f"bc:{mine.id}:send")) == [stale]
    # A newcomer pressing a real one gets what any button never offered gets.
    nobody = await chat.send("n1", button="zz:0")
    assert texts(await chat.send("n1", button=f"bc:{second.id}:send")) == texts(nobody)
    statuses = [b.status for b in await broadcasts(app)]
    assert statuses == [BroadcastStatus.DRAFT, BroadcastStatus.CANCELLED, BroadcastStatus.DRAFT]
    await chat.tick()
    assert not [m for m in chat.delivered if m.user_id == "n1" and WELCOME in m.text]
    assert [e.action for e in await audit(app)] == [
        "broadcast-draft",
        "broadcast-draft",
        "broadcast-cancel",
    ]


async def test_broadcast_input_the_length_and_the_daily_limit(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    await add_people(app, ("n1", Role.NEWCOMER, "2221", "sv", Status.ACTIVE))
    syntax = t("sv", "admin-broadcast-syntax")
    for line, expected in [
        ("/broadcast hello", [syntax]),
        ("/broadcast role=newcomer |  ", [syntax]),
        (
            "/broadcast role=boss | hi",
            [t("sv", "admin-broadcast-bad-filter", text="role=boss"), syntax],
        ),
        (
            "/broadcast locale=de | hi",
            [t("sv", "admin-broadcast-bad-filter", text="locale=de"), syntax],
        ),
        (
            "/broadcast sector=2x | hi",
            [t("sv", "admin-broadcast-bad-filter", text="sector=2x"), syntax],
        ),
        (
            "/broadcast everyone | hi",
            [t("sv", "admin-broadcast-bad-filter", text="everyone"), syntax],
        ),
        (
            "/broadcast sector=9 | hi",
            [t("sv", "admin-broadcast-nobody", audience="role=all sector=9")],
        ),
        (f"/broadcast | {'x' * 2001}", [t("sv", "admin-broadcast-too-long", max=2000)]),
    ]:
        assert texts(await chat.send("carol", line)) == expected, line
    assert await broadcasts(app) == []
    (preview,) = await chat.send("carol", f"/broadcast | {'x' * 2000}")
    assert ids(preview)

    for n in range(4):
        await chat.send("carol", f"/broadcast role=newcomer | Nummer {n}")
    drafts = (await broadcasts(app))[1:]
    for draft in drafts[:3]:
        replies = await chat.send("carol", button=f"bc:{draft.id}:send")
        assert texts(replies) == [t("sv", "admin-broadcast-confirmed", count=1)]
    limit = t("sv", "admin-broadcast-limit", limit=3)
    assert texts(await chat.send("carol", button=f"bc:{drafts[3].id}:send")) == [limit]
    assert texts(await chat.send("carol", "/broadcast | Ett till")) == [limit]
    advance(app, hours=24, seconds=1)
    assert texts(await chat.send("carol", button=f"bc:{drafts[3].id}:send")) == [
        t("sv", "admin-broadcast-confirmed", count=1)
    ]
    await chat.tick()
    received = [m.text for m in chat.delivered if m.user_id == "n1"]
    assert received == [t("sv", "admin-broadcast-message", text=f"Nummer {n}") for n in range(4)]


# -- /export and `doorway export` -------------------------------------------------------------


def parse(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


async def test_export_sends_the_tables_as_csv_without_contact_details(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")
    (proposal,) = await proposals(app)
    await chat.send("dora", button=f"prop:{proposal.id}:accept")
    await chat.send("nina", button=f"prop:{proposal.id}:yes")
    nina = await person(chat, "nina")
    now = app.clock.now()
    async with app.unit_of_work() as uow:
        (meeting,) = await uow.meetings.current_for(nina.id or 0)
        meeting.newcomer_contact, meeting.door_opener_contact = "070-999 88 77", "dora@secret.se"
        meeting.place_text = "Storgatan 1, lägenhet 12"
        run = await uow.surveys.add(
            SurveyRun(nina.id or 0, "after_meeting", "after_meeting:x", "done", now)
        )
        await uow.surveys.answer(
            SurveyAnswer(run.id or 0, nina.id or 0, "after_meeting", "useful", '4, "ja"', now)
        )
        await uow.surveys.answer(
            SurveyAnswer(run.id or 0, nina.id or 0, "after_meeting", "comment", None, now)
        )
        await uow.commit()

    (reply,) = await chat.send("carol", "/export")
    assert reply.text == t("sv", "admin-export-done", people=3, proposals=1, meetings=1, answers=2)
    files = {a.name: a for a in reply.attachments}
    assert sorted(files) == ["matches.csv", "meetings.csv", "people.csv", "survey_answers.csv"]
    assert {a.mime for a in reply.attachments} == {"text/csv"}
    for attachment in reply.attachments:
        for secret in (b"070-999", b"secret.se", b"Storgatan", b"I have worked"):
            assert secret not in attachment.data, attachment.name

    people = parse(files["people.csv"].data)
    async with app.unit_of_work() as uow:
        stored = {p.id: p for p in await uow.people.list_all()}
        stored_meeting = await uow.meetings.get(meeting.id or 0)
    assert [int(row["id"]) for row in people] == sorted(stored)
    for row in people:
        p = stored[int(row["id"])]
        assert row["first_name"] == (p.first_name or "")
        assert row["role"] == (p.role or "") and row["status"] == p.status
        assert row["occupation_isco"] == (p.occupation_isco or "")
        assert row["meeting_languages"] == ";".join(p.meeting_languages)
        assert row["onboarded_at"] == (p.onboarded_at.isoformat() if p.onboarded_at else "")
        assert row["digital_ok"] == ("" if p.digital_ok is None else str(p.digital_ok).lower())
        assert "external_id" not in row and "intro" not in row

    (match,) = parse(files["matches.csv"].data)
    (proposal,) = await proposals(app)
    assert match["id"] == str(proposal.id) and match["status"] == proposal.status
    assert float(match["score"]) == proposal.score
    assert match["reasons"].split(";") == proposal.reasons
    assert match["closed_at"] == (proposal.closed_at.isoformat() if proposal.closed_at else "")
    assert match["manual_by"] == ""

    (row,) = parse(files["meetings.csv"].data)
    assert stored_meeting is not None
    assert (row["id"], row["status"]) == (str(stored_meeting.id), stored_meeting.status)
    assert row["newcomer_id"] == str(nina.id)
    assert not {"newcomer_contact", "door_opener_contact", "place_text"} & set(row)

    answers = parse(files["survey_answers.csv"].data)
    assert [(a["question"], a["value"]) for a in answers] == [
        ("useful", '4, "ja"'),
        ("comment", ""),
    ]
    assert answers[0]["answered_at"] == now.isoformat()

    (entry,) = await audit(app, "export")
    assert entry.actor == "console:carol"
    assert entry.detail == {
        "files": {"people.csv": 3, "matches.csv": 1, "meetings.csv": 1, "survey_answers.csv": 2}
    }


def test_the_cli_export_writes_the_files(
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("DOORWAY_DATABASE_URL", database_url)
    assert main(["db", "upgrade"]) == 0
    assert main(["seed"]) == 0
    capsys.readouterr()
    out = tmp_path / "export"
    assert main(["export", "--out", str(out), "--by", "carol"]) == 0
    printed = capsys.readouterr().out
    assert f"wrote {out / 'people.csv'}" in printed
    names = sorted(path.name for path in out.iterdir())
    assert names == ["matches.csv", "meetings.csv", "people.csv", "survey_answers.csv"]
    people = parse((out / "people.csv").read_bytes())
    assert people and all(row["role"] == "door_opener" for row in people)
    assert (out / "meetings.csv").read_text(encoding="utf-8").startswith("id,proposal_id,")
    assert len(parse((out / "matches.csv").read_bytes())) == 0
    (tmp_path / "file").write_text("x")
    assert main(["export", "--out", str(tmp_path / "file")]) == 2

    async def exports() -> list[AuditEntry]:
        app = build_app(
            Settings(database_url=database_url, _env_file=None),  # type: ignore[call-arg]
            clock=ShiftedClock(),
        )
        try:
            async with app.unit_of_work() as uow:
                return await uow.audit.entries("export")
        finally:
            await app.close()

    (entry,) = asyncio.run(exports())
    assert entry.actor == "carol"
    assert entry.detail["files"]["people.csv"] == len(people)


# -- audit lines of the older coordinator commands --------------------------------------------


async def test_pause_resume_and_events_are_audited(chat: ChatHarness, app: App) -> None:
    await onboard_coordinator(chat)
    await onboard(chat, "nina", "newcomer")
    nina = await person(chat, "nina")
    await chat.send("carol", f"/pause #{nina.id}")
    await chat.send("carol", "/pause console:nobody")  # no such person: nothing to audit
    await chat.send("carol", "/resume console:nina")
    await chat.send("carol", event_line(event_day(app, 10)))
    await chat.send("carol", "/event cancel 1")
    await chat.send("carol", "/event cancel 1")  # already cancelled
    entries = await audit(app)
    assert [(e.actor, e.action, e.target) for e in entries] == [
        ("console:carol", "pause", f"#{nina.id}"),
        ("console:carol", "resume", f"#{nina.id}"),
        ("console:carol", "event-create", "#1"),
        ("console:carol", "event-cancel", "#1"),
    ]
    assert entries[2].detail == {
        "title": "Vård och omsorg",
        "sectors": ["22", "32", "53"],
        "invited": 1,
    }
    assert entries[0].at <= entries[-1].at <= app.clock.now()
