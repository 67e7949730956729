"""/report: either side of a match reports the other; coordinators are told and can block."""

from __future__ import annotations

from sqlalchemy import select

from doorway.bootstrap import App
from doorway.storage.records import AuditEntry, MisconductReport, ProposalStatus, Status
from tests.harness import ChatHarness
from tests.test_events import onboard_coordinator
from tests.test_meetings import matched
from tests.test_proposals import onboard, proposals


async def _reports(app: App) -> list[MisconductReport]:
    async with app.unit_of_work() as uow:
        return list((await uow.session.scalars(select(MisconductReport))).all())


async def test_a_report_reaches_the_coordinator_who_blocks_the_person(
    chat: ChatHarness, app: App
) -> None:
    await onboard_coordinator(chat)
    await matched(chat, app)
    replies = await chat.send("nina", "/report")  # one match: straight to the question
    assert replies[-1].text == app.translator("sv", "report-ask", max=2000)
    replies = await chat.send("nina", "He was rude and asked for money.")
    assert replies[0].text == app.translator("sv", "report-thanks")
    (report,) = await _reports(app)
    assert report.text == "He was rude and asked for money." and report.status == "open"
    alert = [m for m in chat.delivered if m.user_id == "carol"][-1]
    assert "He was rude and asked for money." in alert.text
    assert [b.id for b in alert.buttons] == [f"rpc:{report.id}:block", f"rpc:{report.id}:dismiss"]
    # Nobody but a coordinator can use those buttons.
    assert (await chat.send("nina", button=f"rpc:{report.id}:block"))[0].text == app.translator(
        "sv", "report-stale"
    )
    await chat.send("carol", button=f"rpc:{report.id}:block")
    dora = await chat.person("dora")
    assert dora is not None and dora.status == Status.BLOCKED
    (report,) = await _reports(app)
    assert report.status == "blocked" and report.handled_by == "console:carol"
    async with app.unit_of_work() as uow:
        actions = [e.action for e in (await uow.session.scalars(select(AuditEntry))).all()]
    assert "report_block" in actions
    # Pausing and resuming cannot lift a block; a second press is stale.
    assert (await chat.send("dora", "/resume"))[0].text == app.translator("sv", "blocked-notice")
    assert (await chat.send("dora", "/pause"))[0].text == app.translator("sv", "blocked-notice")
    replies = await chat.send("carol", button=f"rpc:{report.id}:dismiss")
    assert replies[0].text == app.translator("sv", "report-stale")
    await chat.send("carol", f"/unblock #{dora.id}")
    dora = await chat.person("dora")
    assert dora is not None and dora.status == Status.ACTIVE


async def test_one_can_report_only_someone_one_was_matched_with(
    chat: ChatHarness, app: App
) -> None:
    await onboard_coordinator(chat)
    await matched(chat, app)
    await onboard(chat, "solo", "newcomer")  # proposed to dora, who has not said yes yet
    assert (await chat.send("solo", "/report"))[0].text == app.translator("sv", "report-nobody")
    stranger = await chat.person("solo")
    assert stranger is not None
    # A forged "whom" button naming someone they never met is refused.
    replies = await chat.send("nina", button=f"rpw:{stranger.id}")
    assert replies[0].text == app.translator("sv", "report-stale")
    assert await _reports(app) == []


async def test_blocking_by_command_closes_open_proposals(chat: ChatHarness, app: App) -> None:
    await onboard_coordinator(chat)
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")
    (proposal,) = await proposals(app)
    dora = await chat.person("dora")
    assert dora is not None
    replies = await chat.send("carol", f"/block #{dora.id}")
    assert replies[0].text == app.translator("sv", "block-done", name="Åsa")
    (proposal,) = await proposals(app)
    assert proposal.status == ProposalStatus.CANCELLED
    # Non-coordinators do not even see the command.
    replies = await chat.send("nina", f"/block #{dora.id}")
    assert replies[0].text == app.translator("sv", "error-unknown-command", command="/block")


async def test_a_report_can_be_cancelled_and_nothing_is_stored(chat: ChatHarness, app: App) -> None:
    await onboard_coordinator(chat)
    await matched(chat, app)
    await chat.send("nina", "/report")
    replies = await chat.send("nina", "/cancel")
    assert replies[0].text == app.translator("sv", "cancelled")
    conversation = await chat.conversation("nina")
    assert conversation is not None and conversation.step == "idle"
    assert await _reports(app) == []
