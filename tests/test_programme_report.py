"""Many people through meetings and surveys on the console with the clock moved on, then the
impact report's figures checked against the answers the script gave (computed here, not copied
from a run)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import select

from doorway.bootstrap import App
from doorway.dialogs.report import impact_report
from doorway.storage.records import Meeting, Proposal, SurveyAnswer
from tests.test_console_lifecycle import Script, _line, _register

DOOR_OPENERS = ("d1", "d2", "d3")
NEWCOMERS = ("n1", "n2", "n3", "n4", "n5")
OUTCOME = {"n1": "held", "n2": "held", "n3": "held", "n4": "no_show", "n5": "declined"}
SKIP = None
# The newcomers' answers to the follow-up surveys, question by question (None: skipped).
FOLLOW_UPS = ("job", "internship", "interview", "met_employers", "new_contacts")
FOLLOW_UPS += ("kept_contact", "met_again", "chances_improved")
ANSWERS: dict[tuple[str, str], tuple[str | None, ...]] = {
    ("n1", "month_3"): ("yes", "no", "yes", "yes", "1-3", "yes", "no", "yes"),
    ("n2", "month_3"): ("no", "yes", "yes", "no", "none", "yes", "yes", "unsure"),
    ("n3", "month_3"): (SKIP, SKIP, SKIP, SKIP, SKIP, "no", SKIP, SKIP),
    ("n2", "month_6"): ("yes", SKIP, "yes", "yes", "4-10", "no", SKIP, "yes"),
}
AFTER_MEETING = {
    "n1": ("5", "yes", SKIP),
    "n2": ("4", "maybe", "Bra möte"),
    "n3": ("2", "no", SKIP),
}


def _expected_outcomes() -> dict[str, object]:
    """Latest non-skipped answer per person and question, as the report defines it."""
    latest: dict[tuple[str, str], str] = {}
    for survey in ("month_3", "month_6"):
        for (user, name), values in ANSWERS.items():
            if name != survey:
                continue
            for question, value in zip(FOLLOW_UPS, values, strict=True):
                if value is not None:
                    latest[user, question] = value
    outcomes: dict[str, object] = {"respondents": len({user for user, _ in latest})}
    for question, key in (
        ("job", "job"),
        ("internship", "internship"),
        ("interview", "interview"),
        ("met_employers", "met_employers"),
        ("kept_contact", "kept_contact"),
        ("met_again", "met_again"),
        ("chances_improved", "chances_improved"),
    ):
        given = [v for (_, q), v in latest.items() if q == question]
        yes = given.count("yes")
        outcomes[f"{key}_pct"] = round(100 * yes / len(given), 1) if given else 0.0
        outcomes[f"{key}_n"] = yes
    buckets = Counter(v for (_, q), v in latest.items() if q == "new_contacts")
    outcomes["new_contacts"] = {b: buckets.get(b, 0) for b in ("none", "1-3", "4-10", ">10")}
    return outcomes


class Programme(Script):
    """The console script with the few moves this test repeats."""

    def press(self, user: str, button: str) -> str:
        return _line(user, "button", button)

    async def answer(self, user: str, value: str | None) -> None:
        """Answer the survey question last sent to `user` with a button value, or skip."""
        buttons = [b["id"] for b in self.last_to(user)["buttons"] if b["id"].startswith("srv:")]
        prefix = buttons[-1].rsplit(":", 1)[0]
        await self.run(self.press(user, f"{prefix}:{'skip' if value is None else value}"))


async def _people(app: App) -> dict[int, str]:
    async with app.unit_of_work() as uow:
        return {p.id or 0: p.external_id for p in await uow.people.list_all()}


async def _all(app: App, record: type) -> list:
    async with app.unit_of_work() as uow:
        return list((await uow.session.scalars(select(record).order_by(record.id))).all())


async def test_the_report_counts_what_the_script_did(app: App, tmp_path: Path) -> None:
    script = Programme(app, tmp_path / "files")
    for user in DOOR_OPENERS:
        await script.run(*_register(user, "sv", "door_opener"))
    for user in NEWCOMERS:
        await script.run(*_register(user, "sv", "newcomer"))
    who = await _people(app)
    first_proposals: list[Proposal] = await _all(app, Proposal)
    assert sorted(who[p.newcomer_id] for p in first_proposals) == list(NEWCOMERS)

    # Door-openers answer; the declined newcomer is proposed to someone else (left open).
    door_opener_of: dict[str, str] = {}
    for proposal in first_proposals:
        newcomer, door_opener = who[proposal.newcomer_id], who[proposal.door_opener_id]
        door_opener_of[newcomer] = door_opener
        if OUTCOME[newcomer] == "declined":
            await script.run(script.press(door_opener, f"prop:{proposal.id}:decline"))
            await script.run(script.press(door_opener, script.button(door_opener, "why:")))
            continue
        await script.run(script.press(door_opener, f"prop:{proposal.id}:accept"))
        await script.run(script.press(newcomer, f"prop:{proposal.id}:yes"))
    decline_reason = next(p.decline_reason for p in await _all(app, Proposal) if p.decline_reason)

    # Every accepted pair plans its hour: two picked times, online, contacts; the newcomer picks.
    for meeting in await _all(app, Meeting):
        newcomer, door_opener = who[meeting.newcomer_id], who[meeting.door_opener_id]
        await script.run(script.press(door_opener, f"meet:{meeting.id}:plan"))
        await script.run(script.press(door_opener, script.button(door_opener, "day:", 1)))
        await script.run(script.press(door_opener, script.button(door_opener, "time:", 3)))
        await script.run(
            script.press(door_opener, "slots:done"),
            script.press(door_opener, "where:online"),
            _line(door_opener, "text", "https://meet.example.org/x"),
            _line(door_opener, "text", "+46 70 000 00 00"),
        )
        await script.run(script.press(newcomer, f"meet:{meeting.id}:slot:0"))
        await script.run(_line(newcomer, "text", f"{newcomer}@example.org"))

    await script.run('{"clock": "+8d"}')  # reminders, the hour, and "did it happen?"
    for meeting in await _all(app, Meeting):
        newcomer, door_opener = who[meeting.newcomer_id], who[meeting.door_opener_id]
        if OUTCOME[newcomer] == "held":
            await script.run(script.press(door_opener, f"meet:{meeting.id}:held"))
        await script.run(script.press(newcomer, f"meet:{meeting.id}:{OUTCOME[newcomer]}"))

    await script.run('{"clock": "+5m"}')  # the after-meeting surveys go out
    for newcomer, (useful, keep_in_touch, note) in AFTER_MEETING.items():
        await script.answer(newcomer, useful)
        await script.answer(newcomer, keep_in_touch)
        if note is None:
            await script.answer(newcomer, SKIP)
        else:
            await script.run(_line(newcomer, "text", note))  # free text is typed
    for door_opener in set(door_opener_of.values()):
        while any(b["id"].endswith(":stop") for b in script.last_to(door_opener)["buttons"]):
            await script.run(script.press(door_opener, script.button(door_opener, "srv:", -1)))

    await script.run('{"clock": "+90d"}')  # three months after the meetings
    for (newcomer, survey), values in ANSWERS.items():
        if survey == "month_3":
            for value in values:
                await script.answer(newcomer, value)
    await script.run('{"clock": "+92d"}')
    for (newcomer, survey), values in ANSWERS.items():
        if survey == "month_6":
            for value in values:
                await script.answer(newcomer, value)

    async with app.unit_of_work() as uow:
        report = await impact_report(
            uow, start=None, end=None, organisation_id=None, now=app.clock.now()
        )

    offered = {
        b["id"].split(":")[1]
        for r in script.records
        for b in r.get("buttons", [])
        if b["id"].startswith("prop:") and b["id"].endswith(":accept")
    }
    held = [n for n in NEWCOMERS if OUTCOME[n] == "held"]
    held_per_door_opener = Counter(door_opener_of[n] for n in held)
    assert report["participants"]["newcomers"] == len(NEWCOMERS)
    assert report["participants"]["door_openers"] == len(DOOR_OPENERS)
    assert report["participants"]["by_gender"] == {"woman": len(NEWCOMERS) + len(DOOR_OPENERS)}
    assert report["participants"]["by_sector"] == {"22": len(NEWCOMERS) + len(DOOR_OPENERS)}
    assert report["matches"]["proposed"] == len(offered)
    assert report["matches"]["accepted"] == len(NEWCOMERS) - 1
    assert report["matches"]["declined"] == 1
    assert report["matches"]["declined_reasons"] == {decline_reason: 1}
    assert report["meetings"] == {
        "scheduled": len(NEWCOMERS) - 1,
        "held": len(held),
        "no_show": 1,
        "cancelled": 0,
    }
    assert report["outcomes"] == _expected_outcomes()
    repeaters = sum(1 for n in held_per_door_opener.values() if n >= 2)
    assert report["door_openers"]["repeat_n"] == repeaters
    assert report["door_openers"]["repeat_pct"] == round(
        100 * repeaters / len(held_per_door_opener), 1
    )
    assert report["door_openers"]["meetings_per_door_opener"] == round(
        len(held) / len(held_per_door_opener), 2
    )
    answers_stored = sum(len(v) for v in ANSWERS.values())
    stored: list[SurveyAnswer] = await _all(app, SurveyAnswer)
    newcomer_ids = {i for i, name in who.items() if name in NEWCOMERS}
    follow_up_rows = [a for a in stored if a.survey != "after_meeting"]
    assert len(follow_up_rows) == answers_stored
    assert all(a.person_id in newcomer_ids for a in follow_up_rows)
