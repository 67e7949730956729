"""Follow-up surveys in chat: after a held meeting and 3 and 6 months on; skip, stop, remind."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from doorway.bootstrap import App, build_app
from doorway.dialogs.surveys import load_surveys
from doorway.settings import Settings
from doorway.storage.records import Job, Meeting, SurveyAnswer, SurveyRun
from tests.harness import ChatHarness
from tests.test_meetings import matched, meetings, plan
from tests.test_proposals import advance, ids, to


async def held(chat: ChatHarness, app: App, locale: str = "sv") -> Meeting:
    """dora and nina met: planned, confirmed, the hour passed and both said it happened."""
    await matched(chat, app, locale)
    (meeting,) = await meetings(app)
    await plan(chat, meeting.id or 0)
    await chat.send("nina", button=f"meet:{meeting.id}:slot:0")
    await chat.send("nina", "nina@example.org")
    (meeting,) = await meetings(app)
    assert meeting.starts_at is not None
    advance(app, seconds=(meeting.starts_at - app.clock.now()).total_seconds() + 2 * 3600)
    await chat.tick()
    await chat.send("dora", button=f"meet:{meeting.id}:held")
    await chat.send("nina", button=f"meet:{meeting.id}:held")
    return meeting


async def runs(app: App) -> list[SurveyRun]:
    async with app.unit_of_work() as uow:
        return list((await uow.session.scalars(select(SurveyRun).order_by(SurveyRun.id))).all())


async def answers(app: App) -> list[tuple[int, str, str, str | None]]:
    """(person id, survey, question, value) for every stored answer, in order."""
    async with app.unit_of_work() as uow:
        rows = (await uow.session.scalars(select(SurveyAnswer).order_by(SurveyAnswer.id))).all()
        return [(a.person_id, a.survey, a.question, a.value) for a in rows]


async def after_meeting_runs(chat: ChatHarness, app: App) -> tuple[SurveyRun, SurveyRun]:
    """nina's and dora's after-meeting survey runs."""
    nina, dora = await chat.person("nina"), await chat.person("dora")
    assert nina is not None and dora is not None
    found = {r.person_id: r for r in await runs(app) if r.survey == "after_meeting"}
    return found[nina.id or 0], found[dora.id or 0]


def last_ids(chat: ChatHarness, user: str) -> list[str]:
    return ids([m for m in to(chat, user) if m.buttons][-1])


async def test_after_meeting_survey_for_both_sides(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await held(chat, app)
    sent = await chat.tick()
    by_user = {user: [m for m in sent if m.user_id == user] for user in ("nina", "dora")}
    for user, other, total in (("nina", "Åsa", 3), ("dora", "Åsa", 4)):
        intro, question = by_user[user]
        assert intro.text == t("sv", "survey-intro-after_meeting", name=other)
        assert question.text == t(
            "sv", "survey-q-useful", number=1, total=total, reminder="no", max=1000
        )
        assert [b.label for b in question.buttons] == [
            "1",
            "2",
            "3",
            "4",
            "5",
            t("sv", "button-survey-skip"),
            t("sv", "button-survey-stop"),
        ]
    nina_run, _dora_run = await after_meeting_runs(chat, app)
    # nina answers with buttons and typed text; dora types a scale value and a button label.
    await chat.send("nina", button=f"srv:{nina_run.id}:0:4")
    await chat.send("nina", "Kanske")
    replies = await chat.send("nina", "Tack, det var ett bra möte!")
    assert replies[-1].text == t("sv", "survey-thanks")
    await chat.send("dora", "5")
    await chat.send("dora", button=last_ids(chat, "dora")[0])  # yes, keep in touch
    await chat.send("dora", "nej")  # would not meet another newcomer now
    replies = await chat.send("dora", button=last_ids(chat, "dora")[-2])  # skip the note
    texts = [m.text for m in replies]
    assert texts[:2] == [t("sv", "survey-thanks"), t("sv", "survey-door-opener-paused")]
    assert ids(replies[-1]) == [
        f"rly:{nina_run.meeting_id}:{a}" for a in ("invite", "introduce", "done")
    ]
    nina, dora = await chat.person("nina"), await chat.person("dora")
    assert nina is not None and dora is not None and dora.status == "paused"
    assert sorted(await answers(app)) == sorted(
        [
            (nina.id, "after_meeting", "useful", "4"),
            (nina.id, "after_meeting", "keep_in_touch", "maybe"),
            (nina.id, "after_meeting", "note", "Tack, det var ett bra möte!"),
            (dora.id, "after_meeting", "useful", "5"),
            (dora.id, "after_meeting", "keep_in_touch", "yes"),
            (dora.id, "after_meeting", "meet_another", "no"),
            (dora.id, "after_meeting", "note", None),
        ]
    )
    assert [r.status for r in await runs(app)] == ["done", "done"]
    conversation = await chat.conversation("nina")
    assert conversation is not None and conversation.step == "idle"


async def test_a_survey_is_sent_once_and_buttons_are_checked(chat: ChatHarness, app: App) -> None:
    t = app.translator
    meeting = await held(chat, app)
    await chat.send("nina", button=f"meet:{meeting.id}:held")  # said twice
    await chat.tick()
    await chat.tick()
    assert len(await runs(app)) == 2
    nina_run, dora_run = await after_meeting_runs(chat, app)
    stale = t("sv", "survey-stale")
    for button in (
        f"srv:{dora_run.id}:0:3",  # someone else's survey
        f"srv:{nina_run.id}:1:yes",  # not the current question
        f"srv:{nina_run.id}:0:9",  # not a value of the scale
        f"srv:{nina_run.id}:0:x:y",
        "srv:99999999:0:1",
        "srv:abc",
    ):
        assert [m.text for m in await chat.send("nina", button=button)] == [stale]
    assert await answers(app) == []
    replies = await chat.send("nina", "sju")
    assert replies[0].text == t("sv", "survey-error-buttons")
    await chat.send("nina", button=f"srv:{nina_run.id}:0:2")
    assert [m.text for m in await chat.send("nina", button=f"srv:{nina_run.id}:0:2")] == [stale]
    assert len(await answers(app)) == 1


async def test_stop_surveys_stops_them_all_and_surveys_resumes(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await held(chat, app)
    await chat.tick()
    nina_run, _ = await after_meeting_runs(chat, app)
    replies = await chat.send("nina", button=f"srv:{nina_run.id}:0:stop")
    assert [m.text for m in replies] == [t("sv", "survey-stopped")]
    nina = await chat.person("nina")
    assert nina is not None and nina.surveys_stopped_at is not None
    advance(app, days=100)
    assert [m for m in await chat.tick() if m.user_id == "nina"] == []
    assert [r.key for r in await runs(app) if r.person_id == nina.id] == ["after_meeting:1"]
    assert (await chat.send("nina", "/surveys"))[0].text == t("sv", "surveys-on")
    assert (await chat.send("nina", "/surveys"))[0].text == t("sv", "surveys-already-on")
    advance(app, days=90)  # the 6-month survey comes once more
    sent = [m for m in await chat.tick() if m.user_id == "nina"]
    assert sent[0].text == t("sv", "survey-intro-month_6")


async def test_month_3_and_month_6_surveys_for_the_newcomer(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await held(chat, app, "en")
    await chat.tick()
    for user, questions in (("nina", 3), ("dora", 4)):  # both skip every question
        for _ in range(questions):
            await chat.send(user, button=last_ids(chat, user)[-2])
    assert {r.status for r in await runs(app)} == {"done"}
    advance(app, days=89)
    assert [m for m in await chat.tick() if m.user_id in ("nina", "dora")] == []
    advance(app, days=1, hours=1)
    sent = await chat.tick()
    assert [m.user_id for m in sent] == ["nina", "nina"]
    assert sent[0].text == t("en", "survey-intro-month_3")
    (run,) = [r for r in await runs(app) if r.survey == "month_3"]
    given = {
        "job": "yes",
        "internship": "no",
        "interview": "yes",
        "met_employers": "yes",
        "new_contacts": "4-10",
        "kept_contact": "yes",
        "met_again": "no",
    }
    for position, value in enumerate(given.values()):
        await chat.send("nina", button=f"srv:{run.id}:{position}:{value}")
    await chat.send("nina", "I am not sure")  # the label of "unsure", typed
    stored = [(q, v) for _, survey, q, v in await answers(app) if survey == "month_3"]
    assert stored == [*given.items(), ("chances_improved", "unsure")]
    advance(app, days=92)
    sent = await chat.tick()
    assert [m.text for m in sent][:1] == [t("en", "survey-intro-month_6")]


async def test_one_reminder_then_the_survey_lapses(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await held(chat, app)
    await chat.tick()
    nina_run, _ = await after_meeting_runs(chat, app)
    await chat.send("nina", button=f"srv:{nina_run.id}:0:5")
    advance(app, days=2)
    assert [m for m in await chat.tick() if m.user_id == "nina"] == []
    advance(app, days=1, hours=1)
    reminder = [m for m in await chat.tick() if m.user_id == "nina"]
    assert next(m.text for m in reminder) == t("sv", "survey-reminder")
    assert ids(reminder[1])[0] == f"srv:{nina_run.id}:1:yes"
    advance(app, days=4, hours=1)
    assert [m for m in await chat.tick() if m.user_id == "nina"] == []
    nina_run, _ = await after_meeting_runs(chat, app)
    assert nina_run.status == "lapsed"
    advance(app, days=20)
    assert [m for m in await chat.tick() if m.user_id == "nina"] == []
    conversation = await chat.conversation("nina")
    assert conversation is not None and conversation.step == "idle"


async def test_a_survey_waits_while_the_person_is_busy(chat: ChatHarness, app: App) -> None:
    await held(chat, app)
    await chat.send("nina", "/profile")  # in the middle of something
    sent = await chat.tick()
    assert [m.user_id for m in sent] == ["dora", "dora"]
    await chat.send("nina", "/cancel")
    advance(app, hours=2, minutes=1)
    assert [m.user_id for m in await chat.tick()] == ["nina", "nina"]


async def test_cancel_leaves_a_survey_for_later(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await held(chat, app)
    await chat.tick()
    nina_run, _ = await after_meeting_runs(chat, app)
    assert [m.text for m in await chat.send("nina", "/cancel")] == [t("sv", "survey-later")]
    replies = await chat.send("nina", button=f"srv:{nina_run.id}:0:3")  # its buttons still work
    assert ids(replies[0])[0] == f"srv:{nina_run.id}:1:yes"
    conversation = await chat.conversation("nina")
    assert conversation is not None and conversation.step == "survey"


async def test_a_number_question_from_custom_definitions(
    chat: ChatHarness, app: App, tmp_path: Path
) -> None:
    t = app.translator
    definitions = tmp_path / "surveys.toml"
    definitions.write_text(
        '[after_meeting]\nfrom = "held"\nafter = "1d"\nroles = ["newcomer"]\n'
        'questions = [{ id = "useful", kind = "number", max = 20 }]\n',
        encoding="utf-8",
    )
    app.engine.surveys.surveys = load_surveys(definitions)
    await held(chat, app)
    assert [m for m in await chat.tick() if m.user_id == "nina"] == []
    advance(app, days=1)
    assert [m.user_id for m in await chat.tick()] == ["nina", "nina"]
    replies = await chat.send("nina", "21")
    assert replies[0].text == t("sv", "survey-error-number", max=20)
    await chat.send("nina", "12")
    assert [(q, v) for _, _, q, v in await answers(app)] == [("useful", "12")]


async def test_malformed_definitions_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "surveys.toml"
    bad.write_text(
        '[x]\nfrom = "held"\nafter = "3 days"\nroles = []\nquestions = []\n', encoding="utf-8"
    )
    try:
        load_surveys(bad)
    except ValueError as error:
        assert "90d" in str(error)
    else:
        raise AssertionError("a malformed 'after' was accepted")


async def test_answers_survive_a_restart(chat: ChatHarness, app: App, settings: Settings) -> None:
    await held(chat, app)
    await chat.tick()
    nina_run, _ = await after_meeting_runs(chat, app)
    await chat.send("nina", button=f"srv:{nina_run.id}:0:4")
    restarted = build_app(settings, clock=app.clock, worker_id="second")
    try:
        again = ChatHarness(restarted)
        await again.send("nina", "Ja")
        assert [v for _, _, _, v in await answers(restarted)] == ["4", "yes"]
        async with restarted.unit_of_work() as uow:
            pending = (await uow.session.scalars(select(Job).where(Job.done_at.is_(None)))).all()
        assert any(job.kind == "survey_reminder" for job in pending)
    finally:
        await restarted.close()


async def test_a_typed_digit_is_an_answer_never_skip_or_stop(chat: ChatHarness, app: App) -> None:
    t = app.translator
    await held(chat, app)
    await chat.tick()
    replies = await chat.send("nina", "6")  # not on the scale, and not the 6th button (Skip)
    assert replies[0].text == t("sv", "survey-error-buttons")
    await chat.send("nina", "3")
    await chat.send("nina", "2")  # the 2nd option of keep-in-touch: maybe
    replies = await chat.send("nina", "2")  # the note is free text: "2", not "stop surveys"
    assert replies[-1].text == t("sv", "survey-thanks")
    nina = await chat.person("nina")
    assert nina is not None and nina.surveys_stopped_at is None
    assert [(q, v) for _, _, q, v in await answers(app)] == [
        ("useful", "3"),
        ("keep_in_touch", "maybe"),
        ("note", "2"),
    ]


async def test_a_survey_removed_from_the_definitions_closes_quietly(
    chat: ChatHarness, app: App
) -> None:
    t = app.translator
    await held(chat, app)
    await chat.tick()
    nina_run, _ = await after_meeting_runs(chat, app)
    app.engine.surveys.surveys = {}  # a coordinator removed it while answers were pending
    stale = t("sv", "survey-stale")
    assert [m.text for m in await chat.send("nina", button=f"srv:{nina_run.id}:0:3")] == [stale]
    assert [m.text for m in await chat.send("nina", "3")] == [t("sv", "survey-closed")]
    advance(app, days=8)
    assert [m for m in await chat.tick() if m.user_id == "nina"] == []
    assert await answers(app) == []
