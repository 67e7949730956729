"""Privacy: consent, /mydata, /delete (nothing left in any table or file), retention, CLI."""

from __future__ import annotations

import asyncio
import base64
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from doorway.bootstrap import App, build_app
from doorway.cli import main
from doorway.dialogs.contract import OutboundMessage
from doorway.dialogs.privacy import RETENTION_ERASE, RETENTION_SWEEP
from doorway.dialogs.report import impact_report
from doorway.settings import Settings
from doorway.storage import tables
from doorway.storage.records import Meeting, MeetingStatus, Proposal
from tests.flows import onboarding_script
from tests.harness import ChatHarness
from tests.test_meetings import meetings, plan
from tests.test_proposals import advance, ids, proposals
from tests.test_surveys import after_meeting_runs, last_ids

# What the newcomer (nina) gave about herself: none of it may survive her /delete.
NINA_NAME = "Zainabu"
NINA_INTRO = "Jag arbetade tolv år på Quokkasjukhuset i Mombasa."
NINA_CONTACT = "zainabu.q@example.org"
NINA_NOTE = "Mötet med Dorotea var fantastiskt, tack Quokka!"
NINA_SECRETS = (NINA_NAME, NINA_INTRO, NINA_CONTACT, NINA_NOTE, "Quokkasjukhuset")
# The door-opener's (dora's) own details.
DORA_NAME = "Dorotea"
DORA_CONTACT = "070-111 22 33"
DORA_PLACE = "Kafé Kaka, Storgatan 1"


async def onboard_as(chat: ChatHarness, user: str, role: str, name: str, intro: str = "") -> None:
    """The Swedish onboarding of tests/flows.py with this person's own name and intro."""
    await chat.send(user, "/start")
    for step, kind, value in onboarding_script("sv", role).actions:
        if step == "name":
            value = name
        elif step == "intro" and intro:
            value = intro
        await (chat.send(user, button=value) if kind == "button" else chat.send(user, value))


async def matched_pair(chat: ChatHarness, app: App) -> Proposal:
    """dora (door-opener) and nina (newcomer) both said yes to each other."""
    await onboard_as(chat, "dora", "door_opener", DORA_NAME)
    await onboard_as(chat, "nina", "newcomer", NINA_NAME, NINA_INTRO)
    (proposal,) = await proposals(app)
    await chat.send("dora", button=f"prop:{proposal.id}:accept")
    await chat.send("nina", button=f"prop:{proposal.id}:yes")
    return proposal


async def confirmed(chat: ChatHarness, app: App) -> Meeting:
    """A meeting planned by dora and confirmed by nina, with both contacts exchanged."""
    await matched_pair(chat, app)
    (meeting,) = await meetings(app)
    await plan(chat, meeting.id or 0)
    await chat.send("nina", button=f"meet:{meeting.id}:slot:0")
    await chat.send("nina", NINA_CONTACT)
    (meeting,) = await meetings(app)
    assert meeting.status == MeetingStatus.CONFIRMED
    return meeting


async def held_with_survey(chat: ChatHarness, app: App) -> Meeting:
    """The meeting was held and nina answered the after-meeting survey with a free text."""
    meeting = await confirmed(chat, app)
    assert meeting.starts_at is not None
    advance(app, seconds=(meeting.starts_at - app.clock.now()).total_seconds() + 2 * 3600)
    await chat.tick()
    await chat.send("dora", button=f"meet:{meeting.id}:held")
    await chat.send("nina", button=f"meet:{meeting.id}:held")
    await chat.tick()
    nina_run, _ = await after_meeting_runs(chat, app)
    await chat.send("nina", button=f"srv:{nina_run.id}:0:4")
    await chat.send("nina", button=last_ids(chat, "nina")[0])
    await chat.send("nina", NINA_NOTE)
    return meeting


async def delete_me(chat: ChatHarness, user: str) -> list[OutboundMessage]:
    """/delete, then the confirmation button it offered."""
    (ask,) = await chat.send(user, "/delete")
    return await chat.send(user, button=ids(ask)[0])


def mydata(message: OutboundMessage) -> dict[str, object]:
    (file,) = message.attachments
    assert (file.name, file.mime) == ("mydata.json", "application/json")
    return json.loads(file.data)


async def all_rows_text(app: App) -> str:
    """Every value of every row of every table, attachments decoded, as one string."""
    parts: list[str] = []
    async with app.unit_of_work() as uow:
        for table in tables.metadata.sorted_tables:
            for row in (await uow.session.execute(select(table))).mappings().all():
                parts.append(json.dumps(dict(row), default=str, ensure_ascii=False))
                if table is tables.outbox:
                    for attachment in row["attachments"]:
                        parts.append(
                            base64.b64decode(attachment["data"]).decode("utf-8", "replace")
                        )
    # iCalendar folds long lines; unfold so a name split over two lines is still found.
    return "\n".join(parts).replace("\r\n ", "")


async def raw_database_bytes(app: App) -> bytes:
    """SQLite: the database file (and WAL) after a checkpoint and VACUUM; b"" on PostgreSQL."""
    url = make_url(app.settings.database_url)
    if url.get_backend_name() != "sqlite":
        return b""
    await app.db.dispose()  # no pooled connection keeps old pages or the WAL alive
    path = Path(url.database or "")
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    data = path.read_bytes()
    for suffix in ("-wal", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


# -- consent and /mydata ---------------------------------------------------------------------


async def test_consent_shows_what_was_agreed(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await chat.send("nina", "/start")
    (reply, *_) = await chat.send("nina", "/consent")
    assert reply.text == t("en", "privacy-consent-none")
    await onboard_as(chat, "nina", "newcomer", NINA_NAME)
    nina = await chat.person("nina")
    assert nina is not None and nina.consent_at is not None and nina.consent_version
    (reply,) = await chat.send("nina", "/consent")
    assert nina.consent_version in reply.text and "/delete" in reply.text


async def test_mydata_holds_everything_about_the_person_only(chat: ChatHarness, app: App) -> None:
    meeting = await held_with_survey(chat, app)
    (reply,) = await chat.send("nina", "/mydata")
    assert reply.text == app.translator("sv", "privacy-mydata-sent")
    data = mydata(reply)
    assert data["format"] == "doorway-personal-data/1"
    profile = data["profile"]
    assert isinstance(profile, dict)
    assert (profile["first_name"], profile["intro"]) == (NINA_NAME, NINA_INTRO)
    assert data["consent"]["text_version"]  # type: ignore[index]
    (proposal,) = data["proposals"]  # type: ignore[misc]
    assert proposal["other"] == {"role": "door_opener", "first_name": DORA_NAME}
    (held,) = data["meetings"]  # type: ignore[misc]
    assert (held["id"], held["status"], held["your_contact"]) == (meeting.id, "held", NINA_CONTACT)
    # dora's contact was shared with nina when the time was confirmed; her address never was.
    assert held["other"] == {
        "role": "door_opener",
        "first_name": DORA_NAME,
        "contact": DORA_CONTACT,
    }
    (survey,) = data["surveys"]  # type: ignore[misc]
    assert NINA_NOTE in [a["value"] for a in survey["answers"]]
    texts = [m["text"] for m in data["messages_to_you"]]  # type: ignore[attr-defined]
    assert any(DORA_NAME in text for text in texts)
    assert data["conversation"] is not None
    dumped = json.dumps(data, ensure_ascii=False)
    assert "console:dora" not in dumped and '"dora"' not in dumped


async def test_mydata_before_a_time_is_confirmed_shows_no_contact_of_the_other(
    chat: ChatHarness, app: App
) -> None:
    await matched_pair(chat, app)
    (meeting,) = await meetings(app)
    await plan(chat, meeting.id or 0)  # dora gave her contact; nina has not confirmed yet
    (reply, *_) = await chat.send("nina", "/mydata")
    (planned,) = mydata(reply)["meetings"]  # type: ignore[misc]
    assert "contact" not in planned["other"]
    assert DORA_CONTACT not in json.dumps(mydata(reply), ensure_ascii=False)


# -- /delete ---------------------------------------------------------------------------------


async def test_delete_needs_this_conversations_fresh_confirmation(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    await onboard_as(chat, "nina", "newcomer", NINA_NAME)
    await onboard_as(chat, "olle", "newcomer", "Olle")
    (ask,) = await chat.send("nina", "/delete")
    assert ask.text == t("sv", "privacy-delete-confirm")
    token_button = ids(ask)[0]
    assert token_button.startswith("prv:delete:") and ids(ask)[1] == "prv:keep"
    stale = t("sv", "privacy-delete-stale")
    # Forged tokens, someone else's token, no token: nothing changes.
    for user, button in (
        ("nina", "prv:delete:forged"),
        ("nina", "prv:delete:"),
        ("olle", token_button),
    ):
        assert [m.text for m in await chat.send(user, button=button)] == [stale]
    assert await chat.person("nina") is not None and await chat.person("olle") is not None
    # "keep" withdraws the confirmation: the old token is dead.
    assert (await chat.send("nina", button="prv:keep"))[0].text == t("sv", "privacy-delete-kept")
    assert [m.text for m in await chat.send("nina", button=token_button)] == [stale]
    # A confirmation older than an hour is stale too.
    (ask,) = await chat.send("nina", "/delete")
    advance(app, hours=2)
    assert [m.text for m in await chat.send("nina", button=ids(ask)[0])] == [stale]
    assert await chat.person("nina") is not None
    # The real, fresh one erases.
    replies = await delete_me(chat, "nina")
    assert [m.text for m in replies] == [t("sv", "privacy-deleted")]
    assert await chat.person("nina") is None and await chat.person("olle") is not None
    # Writing again starts from scratch, as a stranger.
    await chat.send("nina", "/start")
    nina = await chat.person("nina")
    assert nina is not None and nina.first_name is None and nina.consent_at is None


async def test_deleting_leaves_nothing_in_any_table_or_file(chat: ChatHarness, app: App) -> None:
    meeting = await held_with_survey(chat, app)
    nina = await chat.person("nina")
    assert nina is not None
    # An update still waiting in the inbox, with her name in it as Telegram sends it.
    async with app.unit_of_work() as uow:
        payload = {"message": {"from": {"first_name": NINA_NAME}, "text": NINA_NOTE}}
        await uow.inbox.store("console", "u-1", "nina", payload, app.clock.now())
        await uow.audit.record("console:carol", "find", NINA_NAME, app.clock.now(), q=NINA_NAME)
        await uow.commit()
    before = await all_rows_text(app)
    assert all(secret in before for secret in NINA_SECRETS)
    report_before = await _report(app)

    replies = await delete_me(chat, "nina")
    assert len(replies) == 1  # her goodbye; dora hears nothing about a meeting long held

    after = await all_rows_text(app)
    for secret in NINA_SECRETS:
        assert secret not in after, secret
    assert "console:nina" not in after
    raw = await raw_database_bytes(app)
    for secret in NINA_SECRETS:
        assert secret.encode() not in raw, secret
    # What the report needs stays, anonymous: the proposal and the held meeting still count.
    (kept,) = await meetings(app)
    assert (kept.id, kept.status, kept.newcomer_id) == (meeting.id, MeetingStatus.HELD, None)
    assert kept.newcomer_contact is None and kept.place_text is None
    assert kept.door_opener_id is not None and kept.door_opener_contact == DORA_CONTACT
    (proposal,) = await proposals(app)
    assert proposal.newcomer_id is None and proposal.door_opener_id == kept.door_opener_id
    report_after = await _report(app)
    assert report_after["matches"] == report_before["matches"]
    assert report_after["meetings"] == report_before["meetings"]
    assert report_after["participants"]["newcomers"] == 0
    assert report_after["outcomes"]["respondents"] == 0
    # dora keeps her own data; nina is, to her, only "a participant" now.
    dora_reply = (await chat.send("dora", "/mydata"))[0]  # her survey question follows
    dora_data = json.dumps(mydata(dora_reply), ensure_ascii=False)
    assert DORA_CONTACT in dora_data and NINA_NAME not in dora_data
    async with app.unit_of_work() as uow:
        entries = await uow.audit.entries("erase")
    assert [(e.actor, e.target) for e in entries] == [("self", f"#{nina.id}")]


async def test_deleting_with_an_upcoming_meeting_cancels_it_for_the_other(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    meeting = await confirmed(chat, app)
    replies = await delete_me(chat, "dora")  # the door-opener leaves this time
    by_user = {m.user_id: m for m in replies}
    assert by_user["dora"].text == t("sv", "privacy-deleted")
    cancelled = by_user["nina"]
    assert cancelled.text == t("sv", "privacy-meeting-cancelled")
    assert [a.name for a in cancelled.attachments] == ["cancel.ics"]
    assert DORA_NAME.encode() not in cancelled.attachments[0].data
    (kept,) = await meetings(app)
    assert (kept.id, kept.status, kept.door_opener_id) == (
        meeting.id,
        MeetingStatus.CANCELLED,
        None,
    )
    assert kept.door_opener_contact is None and kept.place_text is None
    after = await all_rows_text(app)
    for secret in (DORA_NAME, DORA_CONTACT, DORA_PLACE):
        assert secret not in after, secret
    # No reminder or follow-up comes for the cancelled meeting.
    advance(app, days=3)
    assert [m for m in await chat.tick() if m.user_id == "nina"] == []


async def test_deleting_during_onboarding_and_with_open_proposals(
    chat: ChatHarness, app: App
) -> None:
    await chat.send("newbie", "/start")
    assert (await delete_me(chat, "newbie"))[0].text == app.translator("en", "privacy-deleted")
    assert await chat.person("newbie") is None
    await onboard_as(chat, "dora", "door_opener", DORA_NAME)
    await onboard_as(chat, "nina", "newcomer", NINA_NAME)
    (proposal,) = await proposals(app)
    replies = await delete_me(chat, "nina")
    assert {m.user_id for m in replies} == {"nina"}  # dora's question just becomes stale
    (proposal,) = await proposals(app)
    assert proposal.status == "cancelled" and proposal.newcomer_id is None
    stale = await chat.send("dora", button=f"prop:{proposal.id}:accept")
    assert stale and all(NINA_NAME not in m.text for m in stale)


# -- retention -------------------------------------------------------------------------------


async def test_quiet_people_are_asked_and_erased_without_an_answer(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    await onboard_as(chat, "nina", "newcomer", NINA_NAME)
    await onboard_as(chat, "olle", "newcomer", "Olle")
    await chat.tick()
    advance(app, days=729)
    assert [m for m in await chat.tick() if m.user_id in ("nina", "olle")] == []
    advance(app, days=2)
    asked = [m for m in await chat.tick() if m.user_id in ("nina", "olle")]
    assert sorted(m.user_id for m in asked) == ["nina", "olle"]
    assert asked[0].text == t("sv", "privacy-retention-ask", n=30)
    assert ids(asked[0]) == ["prv:stay", "prv:leave"]
    # Asked once: the next daily sweeps leave them alone.
    advance(app, days=1)
    assert [m for m in await chat.tick() if m.user_id in ("nina", "olle")] == []
    replies = await chat.press("olle", "prv:stay")
    assert replies[0].text == t("sv", "privacy-retention-stayed")
    advance(app, days=30)
    await chat.tick()
    assert await chat.person("nina") is None
    assert await chat.person("olle") is not None
    async with app.unit_of_work() as uow:
        assert await uow.jobs.pending_of_kind(RETENTION_ERASE) == []
        assert len(await uow.jobs.pending_of_kind(RETENTION_SWEEP)) == 1
        entries = await uow.audit.entries("erase")
    assert [e.actor for e in entries] == ["retention"]
    assert NINA_NAME not in await all_rows_text(app)


async def test_writing_after_the_question_keeps_the_person(chat: ChatHarness, app: App) -> None:
    await onboard_as(chat, "nina", "newcomer", NINA_NAME)
    advance(app, days=731)
    await chat.tick()
    await chat.send("nina", "/status")  # any sign of life counts, not only the button
    advance(app, days=31)
    await chat.tick()
    assert await chat.person("nina") is not None


async def test_leave_button_asks_for_the_same_confirmation(chat: ChatHarness, app: App) -> None:
    await onboard_as(chat, "nina", "newcomer", NINA_NAME)
    advance(app, days=731)
    await chat.tick()
    (ask,) = await chat.press("nina", "prv:leave")
    assert ask.text == app.translator("sv", "privacy-delete-confirm")
    await chat.send("nina", button=ids(ask)[0])
    assert await chat.person("nina") is None


async def test_a_recent_meeting_counts_as_activity(chat: ChatHarness, app: App) -> None:
    meeting = await confirmed(chat, app)
    assert meeting.starts_at is not None
    async with app.unit_of_work() as uow:
        # Nobody wrote for two years, but the meeting is only a day old.
        stored = await uow.meetings.get(meeting.id or 0)
        assert stored is not None
        stored.starts_at = app.clock.now() + timedelta(days=730)
        await uow.commit()
    advance(app, days=731)
    sent = await chat.tick()
    assert not [m for m in sent if m.text == app.translator("sv", "privacy-retention-ask", n=30)]


# -- the coordinator's CLI -------------------------------------------------------------------


def test_person_export_prints_the_same_json_and_is_audited(
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DOORWAY_DATABASE_URL", database_url)
    assert main(["db", "upgrade"]) == 0
    assert main(["seed"]) == 0  # sample door-openers, #1 among them
    out = tmp_path / "one.json"
    assert main(["person", "export", "1", "--out", str(out), "--by", "carol"]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["profile"]["id"] == 1 and exported["profile"]["first_name"]
    capsys.readouterr()
    assert main(["person", "export", "#1"]) == 0
    assert json.loads(capsys.readouterr().out)["profile"] == exported["profile"]
    assert main(["person", "export", "console:nobody"]) == 1
    assert main(["person", "delete", "#1"]) == 2  # not without --yes
    assert main(["person", "export", "#1"]) == 0
    assert main(["person", "delete", "#1", "--yes", "--by", "carol"]) == 0
    assert main(["person", "export", "#1"]) == 1

    async def audit() -> list[tuple[str, str, str]]:
        app = build_app(Settings(database_url=database_url, _env_file=None))  # type: ignore[call-arg]
        try:
            async with app.unit_of_work() as uow:
                return [(e.actor, e.action, e.target) for e in await uow.audit.entries()]
        finally:
            await app.close()

    assert asyncio.run(audit()) == [
        ("carol", "person_export", "#1"),
        ("cli", "person_export", "#1"),
        ("cli", "person_export", "#1"),
        ("carol", "erase", "#1"),
    ]


async def _report(app: App) -> dict[str, dict[str, object]]:
    async with app.unit_of_work() as uow:
        return await impact_report(
            uow, start=None, end=None, organisation_id=None, now=app.clock.now()
        )
