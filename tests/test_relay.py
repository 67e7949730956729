"""The relay baton, invite deep links and organisations."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from doorway.bootstrap import App
from doorway.cli import main
from doorway.dialogs.contract import InboundEvent
from doorway.dialogs.relay import InviteLinks
from doorway.storage.records import Introduction, Invite, Organisation
from tests.harness import ChatHarness
from tests.test_events import onboard_coordinator
from tests.test_proposals import ids, onboard, to
from tests.test_surveys import held


async def all_of(app: App, record: type) -> list:
    async with app.unit_of_work() as uow:
        return list((await uow.session.scalars(select(record).order_by(record.id))).all())


async def baton(chat: ChatHarness, app: App) -> int:
    """dora held a meeting with nina and skipped through her survey: the baton is offered."""
    meeting = await held(chat, app)
    await chat.tick()
    for _ in range(4):
        buttons = ids([m for m in to(chat, "dora") if m.buttons][-1])
        await chat.send("dora", button=buttons[-2])
    assert ids(to(chat, "dora")[-1])[0] == f"rly:{meeting.id}:invite"
    return meeting.id or 0


async def test_invite_a_colleague_who_joins_through_the_code(chat: ChatHarness, app: App) -> None:
    t = app.translator
    meeting_id = await baton(chat, app)
    replies = await chat.send("dora", button=f"rly:{meeting_id}:invite")
    (invite,) = await all_of(app, Invite)
    assert replies[0].text == t(
        "sv", "relay-invite", link=f"/start {invite.code}", code=invite.code
    )
    assert ids(replies[1])[0] == f"rly:{meeting_id}:invite"  # one more to give
    # The colleague's first message is the deep link's /start <code>.
    replies = await chat.send("olle", f"/start {invite.code}")
    dora = await chat.person("dora")
    assert dora is not None
    assert replies[0].text == t("en", "start-invited", name=dora.first_name)
    olle = await chat.person("olle")
    assert olle is not None and (olle.referred_by_id, olle.invite_id) == (dora.id, invite.id)
    # A personal invite works once.
    replies = await chat.send("pia", f"/start {invite.code}")
    assert replies[0].text == t("en", "start-code-used")
    pia = await chat.person("pia")
    assert pia is not None and pia.referred_by_id is None


async def test_introduce_the_newcomer_then_two_is_enough(chat: ChatHarness, app: App) -> None:
    t = app.translator
    meeting_id = await baton(chat, app)
    replies = await chat.send("dora", button=f"rly:{meeting_id}:introduce")
    assert replies[0].text == t("sv", "relay-ask-contact")
    contact = "Eva Ek, avdelningschef, eva.ek@example.se"
    replies = await chat.send("dora", contact)
    assert replies[0].text == t("sv", "relay-introduction-saved")
    dora = await chat.person("dora")
    assert dora is not None
    expected = t("sv", "relay-introduced", name=dora.first_name, contact=contact)
    assert to(chat, "nina")[-1].text == expected
    (introduction,) = await all_of(app, Introduction)
    assert introduction.contact == contact and introduction.meeting_id == meeting_id
    await chat.send("dora", button=f"rly:{meeting_id}:invite")
    replies = await chat.send("dora", button=f"rly:{meeting_id}:introduce")
    assert [m.text for m in replies] == [t("sv", "relay-enough")]
    assert len(await all_of(app, Invite)) == 1 and len(await all_of(app, Introduction)) == 1


async def test_forged_and_cancelled_baton_buttons(chat: ChatHarness, app: App) -> None:
    t = app.translator
    meeting_id = await baton(chat, app)
    stale = t("sv", "relay-stale")
    for user, button in (
        ("nina", f"rly:{meeting_id}:invite"),  # not the door-opener
        ("dora", f"rly:{meeting_id + 1}:invite"),
        ("dora", f"rly:{meeting_id}:steal"),
        ("dora", "rly:x"),
    ):
        assert [m.text for m in await chat.send(user, button=button)] == [stale]
    await chat.send("dora", button=f"rly:{meeting_id}:introduce")
    assert (await chat.send("dora", "/cancel"))[0].text == t("sv", "cancelled")
    assert (await chat.send("dora", button=f"rly:{meeting_id}:done"))[0].text == t(
        "sv", "relay-thanks"
    )
    assert await all_of(app, Invite) == [] and await all_of(app, Introduction) == []
    conversation = await chat.conversation("dora")
    assert conversation is not None and conversation.step == "idle"


async def test_bad_codes_are_answered_politely(chat: ChatHarness, app: App) -> None:
    t = app.translator
    for user, code in (("a1", "nosuchcode"), ("a2", "../../etc"), ("a3", "x" * 90)):
        text = f"/start {code}"
        replies = await chat.send(user, text)
        assert [m.text for m in replies[:2]] == [t("en", "start-bad-code"), t("en", "welcome")]
        person = await chat.person(user)
        assert person is not None and person.invite_id is None
    await onboard(chat, "nina", "newcomer")
    replies = await chat.send("nina", "/start nosuchcode")
    assert replies[0].text == t("sv", "start-bad-code")


async def test_organisation_links_tag_people(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await onboard_coordinator(chat)
    replies = await chat.send("carol", "/org add employer Sahlgrenska Universitetssjukhuset")
    (organisation,) = await all_of(app, Organisation)
    assert organisation.kind == "employer" and organisation.code.startswith("sahlgrenska-")
    assert replies[0].text == t(
        "sv",
        "org-added",
        organisation=organisation.name,
        code=organisation.code,
        link=f"/start {organisation.code}",
    )
    for user in ("dora", "doris"):
        replies = await chat.send(user, f"/start {organisation.code}")
        assert replies[0].text == t("en", "start-organisation", organisation=organisation.name)
        person = await chat.person(user)
        assert person is not None and person.organisation_id == organisation.id
    listing = await chat.send("carol", "/org")
    assert f"{organisation.code}: 2" in listing[0].text
    await chat.send("carol", "/org add partner  Röda Korset ")
    partner = (await all_of(app, Organisation))[1]
    assert (partner.name, partner.kind) == ("Röda Korset", "partner")
    assert partner.code.startswith("roda-korset-")
    assert (await chat.send("carol", "/org remove x"))[0].text == t("sv", "org-syntax")
    async with app.unit_of_work() as uow:
        assert [e.action for e in await uow.audit.entries("org-add")] == ["org-add", "org-add"]


async def test_org_is_unknown_to_everyone_else(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await onboard(chat, "nina", "newcomer")
    replies = await chat.send("nina", "/org add employer Fake AB")
    assert replies[0].text == t("sv", "error-unknown-command", command="/org")
    assert await all_of(app, Organisation) == []


async def test_telegram_invites_are_deep_links(app: App) -> None:
    links = InviteLinks("doorway_bot")
    assert links.link("telegram", "abc123") == "https://t.me/doorway_bot?start=abc123"
    assert links.link("console", "abc123") == "/start abc123"
    assert InviteLinks(None).link("telegram", "abc123") == "/start abc123"
    event = InboundEvent("telegram", "77", "1", text="/start@doorway_bot")
    assert await app.engine.handle(event)


def test_org_cli_adds_and_lists(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DOORWAY_DATABASE_URL", database_url)
    monkeypatch.setenv("DOORWAY_TELEGRAM_BOT_USERNAME", "doorway_bot")
    assert main(["db", "upgrade"]) == 0
    assert main(["org", "add", "Volvo Cars", "--kind", "employer"]) == 0
    code, name, link = capsys.readouterr().out.strip().split("\t")
    assert code.startswith("volvo-cars-") and name == "Volvo Cars"
    assert link == f"https://t.me/doorway_bot?start={code}"
    assert main(["org", "add", "   "]) == 2
    capsys.readouterr()
    assert main(["org", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row == {
        "code": code,
        "name": "Volvo Cars",
        "kind": "employer",
        "members": 0,
        "link": link,
    }
