"""The slash commands (/start, /help, /profile, /pause, /meeting, /status, ...)."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from babel.dates import format_date

from doorway.dialogs import misconduct
from doorway.dialogs.addressing import find_person, names_a_person
from doorway.dialogs.admin import ADMIN_COMMANDS
from doorway.dialogs.deep_links import redeem
from doorway.dialogs.meetings import STEPS as MEETING_STEPS
from doorway.dialogs.pause import pause_until
from doorway.dialogs.privacy import consent, delete, mydata
from doorway.dialogs.proposals import PAUSE_END, REASON_STEP
from doorway.dialogs.recognition import recognition_says
from doorway.dialogs.relay import CONTACT_STEP as RELAY_STEP
from doorway.dialogs.rest import REST_STEPS
from doorway.dialogs.steps import Invalid, Say, Term
from doorway.dialogs.surveys import SURVEY_STEP
from doorway.storage.records import Job, Role, Status

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn

Command = Callable[["ConversationEngine", "Turn", str], Awaitable[None]]


async def run(engine: ConversationEngine, turn: Turn, text: str) -> None:
    """Run a command line such as '/pause telegram:123'; unknown ones get a polite answer."""
    head, _, argument = text.partition(" ")
    name = head[1:].split("@", 1)[0].lower()  # Telegram appends @botname in groups
    handler = COMMANDS.get(name)
    # To anyone but a coordinator an admin command does not exist, down to the echoed name.
    if handler is None or (name in ADMIN_COMMANDS and not turn.ctx.is_coordinator):
        engine.complain(turn, Invalid("error-unknown-command", command=head[:40]))
        return
    await handler(engine, turn, argument.strip())


def _onboarding(turn: Turn) -> bool:
    return turn.person.status == Status.ONBOARDING


async def start(engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """Begin, resume or greet again; `/start <code>` also takes an invite or organisation code."""
    if argument:
        turn.says.append(await redeem(turn.uow, turn.person, argument, turn.ctx.now))
    if not _onboarding(turn):
        turn.data.pop("editing", None)
        turn.data.pop("return_to", None)
        turn.conversation.step = "idle"
        turn.says.append(Say("welcome-back-registered", {"name": turn.person.first_name or ""}))
        return
    if turn.step == "on_hold":
        turn.conversation.step = str(turn.data.pop("resume", "language"))
    if turn.step != "language" or turn.person.consent_at is not None:
        turn.says.append(Say("welcome-back"))
    else:
        turn.says.append(Say("welcome"))
    engine.ask(turn)


async def help_(engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """What Doorway does and which commands exist; then the pending question again."""
    turn.says.append(Say("help", {"role": turn.person.role or "", "status": turn.person.status}))
    if turn.ctx.is_coordinator:
        turn.says.append(Say("admin-help"))
    if turn.step not in REST_STEPS:
        engine.ask(turn)


async def profile(engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """Show the profile with edit buttons (after onboarding) or what is known so far."""
    if _onboarding(turn):
        engine.complain(turn, Invalid("error-finish-onboarding-first"))
        return
    turn.data.pop("editing", None)
    turn.data.pop("return_to", None)
    turn.conversation.step = "profile"
    engine.ask(turn)


async def language(engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """Change the language, then come back to where the person was."""
    current = turn.step
    if current == "language":
        engine.ask(turn)
        return
    if current == "on_hold":
        current = str(turn.data.pop("resume", "language"))
    back = current if turn.data.get("editing") is None else str(turn.data["return_to"])
    engine.start_edit(turn, "language", return_to=back)


async def pause(engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """Pause oneself (until a date: "/pause 2 weeks"), or (coordinators) the person named."""
    if argument and turn.ctx.is_coordinator and names_a_person(argument):
        await _set_status_of(engine, turn, argument, Status.PAUSED)
        return
    if _onboarding(turn):
        engine.complain(turn, Invalid("error-finish-onboarding-first"))
    elif turn.person.status == Status.BLOCKED:  # pausing and resuming must not lift a block
        turn.says.append(Say("blocked-notice"))
    elif argument:
        person, now = turn.person, turn.ctx.now
        until = pause_until(argument, now, ZoneInfo(person.timezone))
        if until is None:
            turn.says.append(Say("error-pause-until"))
            return
        person.status, person.paused_until = Status.PAUSED, until
        payload = {"until": until.isoformat()}
        await turn.uow.jobs.add(Job(PAUSE_END, until, person.id, payload, created_at=now))
        back = format_date(
            until.astimezone(ZoneInfo(person.timezone)), "long", locale=person.locale
        )
        turn.says.append(Say("pause-until-done", {"date": back}))
    elif turn.person.status == Status.PAUSED:
        turn.says.append(Say("pause-already"))
    else:
        turn.person.status = Status.PAUSED
        turn.says.append(Say("pause-done"))


async def resume(engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """Resume oneself, or (coordinators) the person named in the argument."""
    if argument and turn.ctx.is_coordinator:
        await _set_status_of(engine, turn, argument, Status.ACTIVE)
        return
    if turn.person.status == Status.BLOCKED:
        turn.says.append(Say("blocked-notice"))
    elif turn.person.status == Status.PAUSED:
        turn.person.status = Status.ACTIVE
        turn.person.lapsed_proposals, turn.person.paused_until = 0, None
        turn.says.append(Say("resume-done"))
        turn.rematch = True
    elif _onboarding(turn):
        engine.complain(turn, Invalid("resume-not-paused"))
    else:
        turn.says.append(Say("resume-not-paused"))


async def status(engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """Where a newcomer stands: proposal or meeting in progress, or their place in the queue."""
    person, uow = turn.person, turn.uow
    if _onboarding(turn):
        engine.complain(turn, Invalid("error-finish-onboarding-first"))
        return
    if person.status == Status.PAUSED:
        turn.says.append(Say("status-paused"))
        return
    if await uow.meetings.current_for(person.id or 0):
        turn.says.append(Say("status-meeting"))
        return
    if await uow.proposals.open_for(person.id or 0):
        turn.says.append(Say("status-proposal"))
        return
    if person.role != Role.NEWCOMER:
        turn.says.append(Say("status-door-opener"))
        return
    place, waiting, supply = await engine.proposals.queue_place(uow, person, turn.ctx.now)
    field = (person.occupation_isco or "")[:2]
    sector = engine.suggester.isco_title(field, person.locale) if field else None
    turn.says.append(
        Say("status-queue", {"place": place, "waiting": waiting, "sector": sector or "–"})
    )
    if supply:
        months = max(1, math.ceil(place / supply))
        turn.says.append(Say("status-expected-wait", {"months": months}))
    else:
        turn.says.append(Say("status-no-door-openers"))
    # What widens the chances: online meetings, another language, a neighbouring occupation.
    tips = []
    if person.municipality is not None and not person.digital_ok:
        tips.append("online")
    if len(person.meeting_languages) < 2:
        tips.append("language")
    tips.append("neighbour")
    turn.says.append(Say("status-tips", lines=tuple(Term(f"status-tip-{tip}") for tip in tips)))
    turn.says.extend(recognition_says(engine.recognition, person, key="recognition-status"))


async def meeting(engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """The current meeting, with buttons to move or cancel it."""
    if _onboarding(turn):
        engine.complain(turn, Invalid("error-finish-onboarding-first"))
        return
    await engine.meetings.show(turn)


async def cancel(engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """Leave the current step: an edit goes back where it started, onboarding waits on hold."""
    if turn.step == SURVEY_STEP:
        engine.surveys.later(turn)
    elif turn.step == RELAY_STEP:
        engine.relay.leave(turn)
        turn.says.append(Say("cancelled"))
    elif turn.step == misconduct.REPORT_STEP:
        turn.data.pop("report_about", None)
        turn.conversation.step = str(turn.data.pop("report_return", "idle"))
        turn.says.append(Say("cancelled"))
        if turn.step != "idle":
            engine.ask(turn)
    elif turn.step in MEETING_STEPS or turn.step == REASON_STEP:
        # Planning or a reason left half-way: nothing is stored until the step completes.
        for key in ("meeting", "proposal"):
            turn.data.pop(key, None)
        turn.conversation.step = str(
            turn.data.pop("meeting_return", None) or turn.data.pop("return_to", "idle")
        )
        turn.says.append(Say("cancelled"))
    elif turn.data.get("editing"):
        engine.finish_edit(turn, cancelled=True)
    elif turn.step == "profile":
        turn.conversation.step = "idle"
        turn.says.append(Say("cancelled"))
    elif _onboarding(turn) and turn.step not in REST_STEPS:
        turn.data["resume"] = turn.step
        turn.conversation.step = "on_hold"
        turn.says.append(Say("onboarding-on-hold"))
    else:
        turn.says.append(Say("cancel-nothing"))


async def surveys(engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """Take part in surveys again after "stop surveys"."""
    if _onboarding(turn):
        engine.complain(turn, Invalid("error-finish-onboarding-first"))
        return
    await engine.surveys.resume(turn)


async def _set_status_of(
    engine: ConversationEngine, turn: Turn, argument: str, status: Status
) -> None:
    target = await find_person(turn.uow, argument)
    if target is None or target.status == Status.ONBOARDING:
        turn.says.append(Say("coordinator-no-such-person", {"who": argument[:80]}))
        return
    target.status = status
    await turn.audit("pause" if status == Status.PAUSED else "resume", f"#{target.id}")
    turn.says.append(
        Say("coordinator-status-set", {"name": target.first_name or "", "status": status.value})
    )
    if status == Status.ACTIVE:
        target.lapsed_proposals = 0
        turn.others += await engine.proposals.match_after_change(turn.uow, target, turn.ctx.now)


COMMANDS: dict[str, Command] = {
    "start": start,
    "help": help_,
    "profile": profile,
    "language": language,
    "pause": pause,
    "resume": resume,
    "cancel": cancel,
    "meeting": meeting,
    "status": status,
    "surveys": surveys,
    "report": misconduct.report_command,
    # Privacy: withdrawing consent is /delete (erasure); /consent shows what was agreed.
    "consent": consent,
    "mydata": mydata,
    "delete": delete,
    **ADMIN_COMMANDS,
}
