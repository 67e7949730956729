"""Follow-up surveys in chat: defined as data (`surveys.toml`), sent by jobs, answered with
buttons or text, one stored row per answer.

A survey is sent to a person once per key ("after_meeting:12", "month_3"); the unique key in
`survey_runs` makes that hold across restarts and racing workers. Buttons `srv:<run>:<n>:<value>`
answer question n of that run and are checked against the stored run, never trusted as such.
Every question can be skipped, and "stop surveys" stops them all. Unanswered: one reminder
after three days, and the survey lapses four days later.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from doorway.dialogs.rendering import render
from doorway.dialogs.steps import Answer, Choice, Invalid, Outgoing, Say
from doorway.storage.records import (
    Job,
    Meeting,
    Person,
    Role,
    Status,
    SurveyAnswer,
    SurveyRun,
    SurveyStatus,
)

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn
    from doorway.dialogs.relay import RelayService
    from doorway.storage.unit_of_work import UnitOfWork

SURVEY_START = "survey_start"
SURVEY_REMINDER = "survey_reminder"
SURVEY_STEP = "survey"
DEFINITIONS = Path(__file__).with_name("surveys.toml")
REMIND_AFTER = timedelta(days=3)
LAPSE_AFTER_REMINDER = timedelta(days=4)
BUSY_RETRY = timedelta(hours=2)  # the person is in the middle of something else
SKIP, STOP = "skip", "stop"
SCALE = tuple(str(n) for n in range(1, 6))
MAX_TEXT_ANSWER = 1000
KINDS = ("buttons", "scale", "number", "text")


@dataclass(frozen=True)
class Question:
    """One question: its id (the Fluent key is `survey-q-<id>`), kind and allowed answers."""

    id: str
    kind: str
    options: tuple[str, ...] = ()
    roles: frozenset[str] = frozenset()  # empty: everyone the survey is for
    max: int = 1000

    @property
    def values(self) -> tuple[str, ...]:
        """The answers a button may carry."""
        return SCALE if self.kind == "scale" else self.options


@dataclass(frozen=True)
class Survey:
    """A survey: who gets it, when (after which event), and its questions."""

    name: str
    trigger: str  # "held": each held meeting; "first_held": the newcomer's first one
    after: timedelta
    roles: frozenset[str]
    questions: tuple[Question, ...]

    def questions_for(self, role: str) -> tuple[Question, ...]:
        """The questions a person in this role is asked, in order."""
        return tuple(q for q in self.questions if not q.roles or role in q.roles)


def option_key(value: str) -> str:
    """The Fluent key of an option's label (">10" is not an identifier)."""
    return "survey-option-" + value.replace(">", "over-")


def _days(text: str) -> timedelta:
    if not text.endswith("d") or not text[:-1].isdecimal():
        raise ValueError(f"'after' must be a number of days such as \"90d\", not {text!r}")
    return timedelta(days=int(text[:-1]))


def load_surveys(path: Path = DEFINITIONS) -> dict[str, Survey]:
    """Read and check the survey definitions; a malformed file raises ValueError naming it."""
    raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    surveys = {}
    for name, spec in raw.items():
        questions = []
        for item in spec["questions"]:
            question = Question(
                id=item["id"],
                kind=item["kind"],
                options=tuple(item.get("options", ())),
                roles=frozenset(item.get("roles", ())),
                max=int(item.get("max", 1000)),
            )
            if question.kind not in KINDS or (question.kind == "buttons") != bool(question.options):
                raise ValueError(f"{path}: question {question.id!r} of {name!r} is malformed")
            questions.append(question)
        if spec["from"] not in ("held", "first_held"):
            raise ValueError(f"{path}: {name!r} has an unknown 'from' {spec['from']!r}")
        surveys[name] = Survey(
            name, spec["from"], _days(spec["after"]), frozenset(spec["roles"]), tuple(questions)
        )
    return surveys


def _state(turn: Turn) -> dict[str, Any] | None:
    state = turn.data.get("survey")
    return state if isinstance(state, dict) else None


class SurveyService:
    """Schedules, asks, takes answers, reminds and lapses surveys."""

    def __init__(self, surveys: dict[str, Survey] | None = None) -> None:
        self.surveys = surveys if surveys is not None else load_surveys()
        self.relay: RelayService | None = None  # set by the engine: the baton after a survey

    # -- scheduling ---------------------------------------------------------------------------

    async def after_held(self, uow: UnitOfWork, meeting: Meeting, now: datetime) -> None:
        """A meeting was held: schedule each survey it triggers, once per person and key."""
        for survey in self.surveys.values():
            parties = (
                (meeting.newcomer_id, Role.NEWCOMER),
                (meeting.door_opener_id, Role.DOOR_OPENER),
            )
            for person_id, role in parties:
                if role not in survey.roles:
                    continue
                key = survey.name
                if survey.trigger == "held":
                    key = f"{survey.name}:{meeting.id}"
                elif role != Role.NEWCOMER:
                    continue
                if await self._scheduled(uow, person_id, key):
                    continue
                payload = {"survey": survey.name, "key": key, "meeting": meeting.id}
                await uow.jobs.add(
                    Job(SURVEY_START, now + survey.after, person_id, payload, created_at=now)
                )

    async def _scheduled(self, uow: UnitOfWork, person_id: int, key: str) -> bool:
        if await uow.surveys.by_key(person_id, key) is not None:
            return True
        pending = await uow.jobs.pending_for(person_id, SURVEY_START)
        return any(job.payload.get("key") == key for job in pending)

    # -- sending ------------------------------------------------------------------------------

    async def start(self, uow: UnitOfWork, job: Job, now: datetime) -> list[Outgoing]:
        """Send a survey's first question, unless it was sent, stopped or the person is busy."""
        survey = self.surveys.get(str(job.payload.get("survey")))
        person = await uow.people.get(job.person_id or 0)
        key = str(job.payload.get("key"))
        if (
            survey is None
            or person is None
            or person.surveys_stopped_at is not None
            or person.role not in survey.roles
            or not survey.questions_for(person.role or "")
            or await uow.surveys.by_key(person.id or 0, key) is not None
        ):
            job.done_at = now
            return []
        conversation = await uow.conversations.get(person.id or 0)
        if (
            conversation is None
            or conversation.step != "idle"
            or await uow.surveys.open_for(person.id or 0)
        ):
            _postpone(job, now + BUSY_RETRY)  # never interrupt a flow or another survey
            return []
        raw_meeting = job.payload.get("meeting")
        run = await uow.surveys.add(
            SurveyRun(
                person_id=person.id or 0,
                survey=survey.name,
                key=key,
                status=SurveyStatus.OPEN,
                sent_at=now,
                meeting_id=int(raw_meeting) if isinstance(raw_meeting, int) else None,
            )
        )
        job.done_at = now
        await uow.jobs.add(
            Job(SURVEY_REMINDER, now + REMIND_AFTER, person.id, {"run": run.id}, created_at=now)
        )
        conversation.step = SURVEY_STEP
        conversation.data["survey"] = self._pointer(run)
        intro = Say(f"survey-intro-{survey.name}", {"name": await self._other_name(uow, run)})
        return [Outgoing(person, intro), Outgoing(person, self._question(run, person))]

    async def _other_name(self, uow: UnitOfWork, run: SurveyRun) -> str:
        """The first name of the other side of the survey's meeting, for the intro line."""
        meeting = await uow.meetings.get(run.meeting_id) if run.meeting_id else None
        if meeting is None:
            return ""
        other_id = (
            meeting.door_opener_id if run.person_id == meeting.newcomer_id else meeting.newcomer_id
        )
        other = await uow.people.get(other_id)
        return (other.first_name or "") if other else ""

    def _pointer(self, run: SurveyRun) -> dict[str, Any]:
        return {"run": run.id, "survey": run.survey, "position": run.position}

    def _questions(self, run: SurveyRun, person: Person) -> tuple[Question, ...]:
        survey = self.surveys.get(run.survey)  # gone if a coordinator removed it from the file
        return survey.questions_for(person.role or "") if survey else ()

    def _current(self, run: SurveyRun, person: Person) -> Question | None:
        """The question the run waits for, or None when there is none (any more)."""
        questions = self._questions(run, person)
        return questions[run.position] if run.position < len(questions) else None

    def _question(self, run: SurveyRun, person: Person, *, reminder: bool = False) -> Say:
        questions = self._questions(run, person)
        question = questions[run.position]
        prefix = f"srv:{run.id}:{run.position}:"
        choices = [
            Choice(prefix + value, label=value)
            if question.kind == "scale"
            else Choice(prefix + value, option_key(value))
            for value in question.values
        ]
        choices += [Choice(prefix + SKIP, "button-survey-skip")]
        choices += [Choice(prefix + STOP, "button-survey-stop")]
        return Say(
            f"survey-q-{question.id}",
            {
                "number": run.position + 1,
                "total": len(questions),
                "reminder": "yes" if reminder else "no",
                "max": question.max,
            },
            choices=tuple(choices),
        )

    def ask(self, turn: Turn) -> list[Say]:
        """Ask the current question again (after a wrong answer, /help, a language change)."""
        state = _state(turn)
        survey = self.surveys.get(str(state.get("survey"))) if state else None
        if state is None or survey is None:
            turn.conversation.step = "idle"
            return [Say("survey-closed")]
        run = SurveyRun(
            turn.person.id or 0,
            survey.name,
            "",
            SurveyStatus.OPEN,
            turn.ctx.now,
            position=int(state.get("position", 0)),
            id=int(state.get("run", 0)),
        )
        if run.position >= len(self._questions(run, turn.person)):
            turn.conversation.step = "idle"
            return [Say("survey-closed")]
        return [self._question(run, turn.person)]

    # -- answers ------------------------------------------------------------------------------

    async def on_button(self, engine: ConversationEngine, turn: Turn, button: str) -> None:
        """A survey button: valid only for that person's open run, at that question."""
        _, raw_run, raw_position, value = [*button.split(":", 3), "", "", ""][:4]
        valid = raw_run.isdecimal() and len(raw_run) <= 9 and raw_position.isdecimal()
        run = await turn.uow.surveys.get(int(raw_run), lock=True) if valid else None
        if (
            run is None
            or run.person_id != turn.person.id
            or run.status != SurveyStatus.OPEN
            or int(raw_position) != run.position
        ):
            turn.says.append(Say("survey-stale"))
            return
        question = self._current(run, turn.person)
        if question is None or value not in (*question.values, SKIP, STOP):
            turn.says.append(Say("survey-stale"))
            return
        await self._take(turn, run, question, value)

    async def take(self, engine: ConversationEngine, turn: Turn, answer: Answer) -> None:
        """A typed answer at the survey step: an option, a number, a scale value or free text."""
        state = _state(turn)
        run_id = int(state.get("run", 0)) if state else 0
        run = await turn.uow.surveys.get(run_id, lock=True) if run_id else None
        question = None
        if run is not None and run.status == SurveyStatus.OPEN and run.person_id == turn.person.id:
            question = self._current(run, turn.person)
        if run is None or question is None:
            turn.conversation.step = "idle"
            turn.data.pop("survey", None)
            turn.says.append(Say("survey-closed"))
            return
        text = (answer.text or "").strip()
        value = self._typed_button(engine, turn, question, text) or self._typed_value(
            question, text
        )
        await self._take(turn, run, question, value)

    def _typed_button(
        self, engine: ConversationEngine, turn: Turn, question: Question, text: str
    ) -> str | None:
        """A typed button label ("Yes", "Skip"), or an option's number at a buttons question.

        Numbers never stand for Skip or Stop, and never at a scale, number or text question,
        where a typed digit is the answer itself."""
        say = self.ask(turn)[0]
        if say.key == "survey-closed":
            return None
        rendered = render(engine.translator, turn.person.locale, say)
        wanted = text.casefold()
        for number, button in enumerate(rendered.buttons, start=1):
            value = button.id.rsplit(":", 1)[1]
            by_number = question.kind == "buttons" and value in question.options
            if wanted == button.label.casefold() or (by_number and wanted == str(number)):
                return value
        return None

    def _typed_value(self, question: Question, text: str) -> str:
        if question.kind == "text":
            if len(text) > MAX_TEXT_ANSWER:
                raise Invalid("error-too-long", max=MAX_TEXT_ANSWER)
            return text
        if question.kind == "number":
            if not text.isdecimal() or int(text) > question.max:
                raise Invalid("survey-error-number", max=question.max)
            return str(int(text))
        if question.kind == "scale" and text in SCALE:
            return text
        raise Invalid("survey-error-buttons")

    async def _take(self, turn: Turn, run: SurveyRun, question: Question, value: str) -> None:
        person, now = turn.person, turn.ctx.now
        if value == STOP:
            await self.stop_all(turn)
            return
        await turn.uow.surveys.answer(
            SurveyAnswer(
                run.id or 0,
                person.id or 0,
                run.survey,
                question.id,
                None if value == SKIP else value,
                now,
            )
        )
        run.position += 1
        if run.position < len(self._questions(run, person)):
            self._enter(turn, run)
            turn.says.append(self._question(run, person))
            return
        run.status, run.finished_at = SurveyStatus.DONE, now
        self._leave(turn)
        turn.says.append(Say("survey-thanks"))
        await self._after(turn, run)

    async def _after(self, turn: Turn, run: SurveyRun) -> None:
        """What a finished after-meeting survey leads to for a door-opener."""
        person = turn.person
        if run.survey != "after_meeting" or person.role != Role.DOOR_OPENER:
            return
        answers = await turn.uow.surveys.answers_of(run.id or 0)
        if answers.get("meet_another") == "no" and person.status == Status.ACTIVE:
            person.status = Status.PAUSED
            turn.says.append(Say("survey-door-opener-paused"))
        meeting = await turn.uow.meetings.get(run.meeting_id) if run.meeting_id else None
        if meeting is not None and self.relay is not None:
            turn.says.extend(await self.relay.offer(turn.uow, meeting))

    async def stop_all(self, turn: Turn) -> None:
        """'Stop surveys': no further survey is sent; open ones end now."""
        now = turn.ctx.now
        turn.person.surveys_stopped_at = now
        for run in await turn.uow.surveys.open_for(turn.person.id or 0):
            run.status, run.finished_at = SurveyStatus.STOPPED, now
        self._leave(turn)
        turn.says.append(Say("survey-stopped"))

    def _enter(self, turn: Turn, run: SurveyRun) -> None:
        """Take typed answers for the run, unless the person is busy in another flow."""
        if turn.step in ("idle", SURVEY_STEP):
            turn.conversation.step = SURVEY_STEP
            turn.data["survey"] = self._pointer(run)

    def _leave(self, turn: Turn) -> None:
        turn.data.pop("survey", None)
        if turn.step == SURVEY_STEP:
            turn.conversation.step = "idle"

    def later(self, turn: Turn) -> None:
        """/cancel at a survey: leave it for now; its buttons and the reminder bring it back."""
        self._leave(turn)
        turn.says.append(Say("survey-later"))

    async def resume(self, turn: Turn) -> None:
        """`/surveys`: take part in surveys again after 'stop surveys'."""
        if turn.person.surveys_stopped_at is None:
            turn.says.append(Say("surveys-already-on"))
            return
        turn.person.surveys_stopped_at = None
        turn.says.append(Say("surveys-on"))

    # -- reminder and lapse -------------------------------------------------------------------

    async def remind(self, uow: UnitOfWork, job: Job, now: datetime) -> list[Outgoing]:
        """Three quiet days: ask the current question once more; four more: the survey lapses."""
        run = await uow.surveys.get(int(job.payload.get("run", 0)), lock=True)
        person = await uow.people.get(job.person_id or 0)
        if (
            run is None
            or person is None
            or run.status != SurveyStatus.OPEN
            or self._current(run, person) is None
        ):
            job.done_at = now
            return []
        last = max(run.sent_at, run.reminded_at or run.sent_at)
        last = max(last, await uow.surveys.last_answer_at(run.id or 0) or last)
        wait = LAPSE_AFTER_REMINDER if run.reminded_at else REMIND_AFTER
        if last + wait > now:
            _postpone(job, last + wait)
            return []
        conversation = await uow.conversations.get(person.id or 0)
        if run.reminded_at is not None:
            run.status, run.finished_at = SurveyStatus.LAPSED, now
            job.done_at = now
            if conversation is not None and conversation.step == SURVEY_STEP:
                conversation.step = "idle"
                conversation.data.pop("survey", None)
            return []
        if conversation is None or conversation.step not in ("idle", SURVEY_STEP):
            _postpone(job, now + BUSY_RETRY)
            return []
        run.reminded_at = now
        _postpone(job, now + LAPSE_AFTER_REMINDER)
        conversation.step = SURVEY_STEP
        conversation.data["survey"] = self._pointer(run)
        return [
            Outgoing(person, Say("survey-reminder")),
            Outgoing(person, self._question(run, person, reminder=True)),
        ]


def _postpone(job: Job, due: datetime) -> None:
    job.due_at = due
    job.claimed_by = job.claimed_at = None
