"""Proposals end to end: door-opener first, then newcomer; declines, reminders, lapses."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from doorway.bootstrap import App
from doorway.dialogs.clock import ShiftedClock
from doorway.dialogs.contract import OutboundMessage
from doorway.storage import tables
from doorway.storage.records import Proposal, ProposalStatus
from tests.flows import onboarding_script
from tests.harness import ChatHarness


async def onboard(chat: ChatHarness, user: str, role: str, locale: str = "sv") -> None:
    """A complete onboarding (sjuksköterska in Göteborg for sv) as `user`."""
    await chat.send(user, "/start")
    for _step, kind, value in onboarding_script(locale, role).actions:
        await (chat.send(user, button=value) if kind == "button" else chat.send(user, value))


def to(chat: ChatHarness, user: str) -> list[OutboundMessage]:
    """Everything `user` has received so far."""
    return [m for m in chat.delivered if m.user_id == user]


def ids(message: OutboundMessage) -> list[str]:
    return [b.id for b in message.buttons]


async def proposals(app: App) -> list[Proposal]:
    async with app.unit_of_work() as uow:
        return list((await uow.session.scalars(select(Proposal).order_by(Proposal.id))).all())


def advance(app: App, **delta: float) -> None:
    assert isinstance(app.clock, ShiftedClock)
    app.clock.advance(timedelta(**delta))


async def test_door_opener_first_then_newcomer_then_matched(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")
    (proposal,) = await proposals(app)
    assert proposal.status == ProposalStatus.DOOR_OPENER
    assert "same-occupation" in proposal.reasons and "same-municipality" in proposal.reasons
    offer = to(chat, "dora")[-1]
    assert offer.text.startswith(
        t(
            "sv",
            "proposal-to-door-opener",
            name="Åsa",
            occupation="x",
            years=7,
            languages="x",
            intro="x",
        ).split(":")[0]
    )
    assert t("sv", "why-same-occupation") in offer.text
    assert ids(offer) == [f"prop:{proposal.id}:{a}" for a in ("accept", "decline", "later")]
    assert not any("prop:" in b for m in to(chat, "nina") for b in ids(m))  # nothing yet

    await chat.send("dora", "/profile")  # other messages do not make the proposal stale
    replies = await chat.send("dora", button=f"prop:{proposal.id}:accept")
    assert replies[0].text == t("sv", "proposal-accepted-door-opener", name="Åsa")
    ask = to(chat, "nina")[-1]
    assert ids(ask) == [f"prop:{proposal.id}:yes", f"prop:{proposal.id}:no"]

    await chat.send("nina", button=f"prop:{proposal.id}:yes")
    assert to(chat, "nina")[-1].text == t("sv", "proposal-matched-newcomer", name="Åsa")
    assert to(chat, "dora")[-1].text == t("sv", "proposal-matched-door-opener", name="Åsa")
    assert [b.id for b in to(chat, "dora")[-1].buttons] == ["meet:1:plan"]
    (proposal,) = await proposals(app)
    assert proposal.status == ProposalStatus.ACCEPTED and proposal.closed_at is not None


async def test_forged_and_stale_proposal_buttons_change_nothing(
    chat: ChatHarness, app: App
) -> None:
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")
    await onboard(chat, "eve", "newcomer")  # a second newcomer, proposed to dora as well
    first, *_ = await proposals(app)
    stale = app.translator("sv", "proposal-stale")
    for user, button in [
        ("nina", f"prop:{first.id}:accept"),  # not the newcomer's turn
        ("eve", f"prop:{first.id}:yes"),  # someone else's proposal
        ("dora", f"prop:{first.id}:yes"),  # an action of the other side
        ("dora", "prop:999999:accept"),  # no such proposal
        ("dora", "prop:99999999999999999999:accept"),  # out of any integer range
        ("dora", "prop:x:accept"),
    ]:
        replies = await chat.send(user, button=button)
        assert replies[0].text == stale, (user, button)
    assert (await proposals(app))[0].status == ProposalStatus.DOOR_OPENER
    await chat.send("dora", button=f"prop:{first.id}:accept")
    replies = await chat.send("dora", button=f"prop:{first.id}:accept")  # pressed twice
    assert replies[0].text == stale


async def test_declines_keep_their_reasons_and_the_newcomer_moves_on(
    chat: ChatHarness, app: App
) -> None:
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")
    (first,) = await proposals(app)
    await onboard(chat, "olle", "door_opener")  # nina is busy: no proposal for olle yet
    assert len(await proposals(app)) == 1
    replies = await chat.send("dora", button=f"prop:{first.id}:decline")
    assert ids(replies[-1]) == ["why:no_time", "why:not_my_field", "why:other"]
    assert (await chat.send("dora", "because"))[0].text == app.translator("sv", "error-use-buttons")
    await chat.send("dora", button="why:no_time")
    first, second = await proposals(app)
    assert (first.status, first.declined_by, first.decline_reason) == (
        "declined",
        "door_opener",
        "no_time",
    )
    # At once the next best door-opener, and never dora again.
    assert second.door_opener_id != first.door_opener_id
    assert second.status == ProposalStatus.DOOR_OPENER
    assert ids(to(chat, "olle")[-1])[0] == f"prop:{second.id}:accept"


async def test_a_newcomer_with_a_job_declines_and_is_paused(chat: ChatHarness, app: App) -> None:
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")
    (proposal,) = await proposals(app)
    await chat.send("dora", button=f"prop:{proposal.id}:accept")
    replies = await chat.send("nina", button=f"prop:{proposal.id}:no")
    assert ids(replies[-1]) == ["why:got_job", "why:not_interested", "why:other"]
    await chat.send("nina", button="why:got_job")
    person = await chat.person("nina")
    assert person is not None and person.status == "paused"
    (proposal,) = await proposals(app)
    assert (proposal.declined_by, proposal.decline_reason) == ("newcomer", "got_job")
    assert to(chat, "dora")[-1].text == app.translator(
        "sv", "proposal-newcomer-declined", name="Åsa"
    )


async def test_reminder_after_three_days_lapse_after_seven(chat: ChatHarness, app: App) -> None:
    await onboard(chat, "dora", "door_opener")
    await onboard(chat, "nina", "newcomer")
    (proposal,) = await proposals(app)
    advance(app, days=2, hours=23)
    assert [m for m in await chat.tick() if m.user_id == "dora"] == []
    advance(app, hours=2)
    reminded = [m for m in await chat.tick() if m.user_id == "dora"]
    assert len(reminded) == 1 and ids(reminded[0])[0] == f"prop:{proposal.id}:accept"
    advance(app, days=4)
    lapsed = [m for m in await chat.tick() if m.user_id == "dora"]
    assert [m.text for m in lapsed] == [app.translator("sv", "proposal-lapsed-door-opener")]
    (proposal,) = await proposals(app)
    assert proposal.status == ProposalStatus.LAPSED
    door_opener = await chat.person("dora")
    assert door_opener is not None and door_opener.lapsed_proposals == 1
    advance(app, days=30)
    assert await chat.tick() == []  # every job ran once; nothing is sent twice


async def test_three_lapses_pause_a_door_opener_until_they_resume(
    chat: ChatHarness, app: App
) -> None:
    await onboard(chat, "dora", "door_opener")
    for name in ("n1", "n2", "n3"):  # dora has two slots: n3 waits for a freed one
        await onboard(chat, name, "newcomer")
    for _ in range(3):
        advance(app, days=8)
        await chat.tick()
    door_opener = await chat.person("dora")
    assert door_opener is not None
    assert door_opener.lapsed_proposals == 3 and door_opener.status == "paused"
    assert to(chat, "dora")[-1].text == app.translator("sv", "proposal-paused-after-lapses")
    statuses = [p.status for p in await proposals(app)]
    assert statuses == ["lapsed"] * 3
    assert [b.id for b in to(chat, "dora")[-1].buttons] == ["me:resume"]
    await chat.send("dora", button="me:resume")
    door_opener = await chat.person("dora")
    assert door_opener is not None and door_opener.status == "active"
    assert door_opener.lapsed_proposals == 0


async def test_the_match_run_job_solves_for_everyone_waiting(
    chat: ChatHarness, app: App, tmp_path: Path
) -> None:
    from doorway.dialogs.engine import MATCH_RUN
    from doorway.storage.samples import SAMPLE_FILE, load_samples

    await onboard(chat, "nina", "newcomer")  # nobody to meet yet
    await onboard(chat, "eve", "newcomer")
    assert await proposals(app) == []
    # Two nurses in Göteborg added behind the dialog's back (`doorway seed`, an import).
    anna = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))[0]
    assert anna["isco"] == "2221"
    nurses = [
        {**anna, "first_name": name, "municipality": "Göteborg", "capacity": 1}
        for name in ("Anna", "Berit")
    ]
    (tmp_path / "nurses.json").write_text(json.dumps(nurses), encoding="utf-8")
    async with app.unit_of_work() as uow:
        await load_samples(uow, app.clock.now(), tmp_path / "nurses.json")
        await uow.commit()
    await chat.tick()  # the worker's first run schedules and runs the matching job
    found = await proposals(app)
    assert {p.newcomer_id for p in found} == {
        (await chat.person("nina")).id,  # type: ignore[union-attr]
        (await chat.person("eve")).id,  # type: ignore[union-attr]
    }
    async with app.unit_of_work() as uow:
        j = tables.jobs.c
        pending = await uow.session.execute(
            select(j.due_at).where(j.kind == MATCH_RUN, j.done_at.is_(None))
        )
        assert len(pending.all()) == 1  # the next daily run


async def test_status_shows_the_queue_and_what_widens_the_chances(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    await onboard(chat, "nina", "newcomer")
    await onboard(chat, "eve", "newcomer")
    replies = await chat.send("eve", "/status")
    sector = app.engine.suggester.isco_title("22", "sv")
    assert replies[0].text == t("sv", "status-queue", place=2, waiting=2, sector=sector)
    assert replies[1].text == t("sv", "status-no-door-openers")
    assert t("sv", "status-tip-online") in replies[2].text  # Göteborg only, not online
    await onboard(chat, "dora", "door_opener")  # two slots a month: both get a proposal
    replies = await chat.send("eve", "/status")
    assert replies[0].text == t("sv", "status-proposal")
    replies = await chat.send("dora", "/status")
    assert replies[0].text == t("sv", "status-proposal")


async def test_pause_until_a_date_ends_by_itself(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await onboard(chat, "nina", "newcomer")
    replies = await chat.send("nina", "/pause någon gång")
    assert replies[0].text == t("sv", "error-pause-until")
    replies = await chat.send("nina", "/pause 2 veckor")
    person = await chat.person("nina")
    assert person is not None and person.status == "paused" and person.paused_until
    assert replies[0].text.startswith(t("sv", "pause-until-done", date="X").split("X")[0])
    await onboard(chat, "dora", "door_opener")
    assert await proposals(app) == []  # paused people are not matched
    advance(app, days=15)
    sent = [m for m in await chat.tick() if m.user_id == "nina"]
    assert [m.text for m in sent] == [t("sv", "pause-ended")]
    person = await chat.person("nina")
    assert person is not None and person.status == "active" and person.paused_until is None
    (proposal,) = await proposals(app)  # matched again at once
    assert proposal.newcomer_id == person.id


async def test_resuming_early_makes_the_pause_end_job_a_no_op(chat: ChatHarness, app: App) -> None:
    await onboard(chat, "nina", "newcomer")
    await chat.send("nina", "/pause 10 dagar")
    await chat.send("nina", "/resume")
    await chat.send("nina", "/pause")  # paused again, with no end date
    advance(app, days=11)
    assert [m for m in await chat.tick() if m.user_id == "nina"] == []
    person = await chat.person("nina")
    assert person is not None and person.status == "paused"
