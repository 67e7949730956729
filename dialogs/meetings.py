"""The one-hour meeting: the door-opener offers up to three times and a place, the newcomer picks
one, both get an .ics invitation and each other's contact detail; reminders 24 h and 1 h before;
afterwards both are asked whether it happened. `/meeting` moves or cancels it.

Meeting buttons `meet:<id>:<action>[:<n>]` stay valid while the meeting waits for that action
from that person; they are checked against the stored meeting, never trusted as such.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from doorway.dialogs.contract import Attachment
from doorway.dialogs.invites import cancel_invite, meeting_invite, meeting_uid
from doorway.dialogs.meeting_times import (
    DAY_PREFIX,
    TIME_PREFIX,
    format_slot,
    from_picker,
    parse_time,
    slot_picker_days,
    slot_picker_times,
)
from doorway.dialogs.steps import Answer, Choice, Invalid, Outgoing, Say
from doorway.storage.records import (
    Job,
    Meeting,
    MeetingStatus,
    Person,
    Proposal,
    ProposalStatus,
    Role,
    Status,
)

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn
    from doorway.dialogs.surveys import SurveyService
    from doorway.storage.unit_of_work import UnitOfWork

MEETING_REMINDER = "meeting_reminder"
MEETING_FOLLOW_UP = "meeting_follow_up"
MAX_SLOTS = 3
MEETING_LENGTH = timedelta(hours=1)
REMINDERS_BEFORE = {"24h": timedelta(hours=24), "1h": timedelta(hours=1)}
PLACE_KINDS = ("workplace", "cafe", "online", "other")
CANCEL_REASONS = ("illness", "no_time", "other")
OUTCOMES = ("held", "no_show", "moved")
MAX_PLACE_TEXT = 300
MAX_CONTACT = 200
NO_SHOWS_BEFORE_ALERT = 2

SLOTS_STEP = "meeting_slots"
TIME_STEP = "meeting_time"
PLACE_STEP = "meeting_place"
PLACE_TEXT_STEP = "meeting_place_text"
CONTACT_STEP = "meeting_contact"
CANCEL_STEP = "meeting_cancel"
STEPS = (SLOTS_STEP, TIME_STEP, PLACE_STEP, PLACE_TEXT_STEP, CONTACT_STEP, CANCEL_STEP)


def _tz(person: Person) -> ZoneInfo:
    return ZoneInfo(person.timezone)


async def cancel_meeting(
    uow: UnitOfWork, meeting: Meeting, by_door_opener: bool, reason: str, now: datetime
) -> Person | None:
    """Cancel a meeting and free the door-opener's slot; returns the other side, if any."""
    meeting.status, meeting.updated_at = MeetingStatus.CANCELLED, now
    meeting.sequence += 1
    meeting.cancelled_by = Role.DOOR_OPENER if by_door_opener else Role.NEWCOMER
    meeting.cancel_reason = reason
    proposal = await uow.proposals.get(meeting.proposal_id, lock=True)
    if proposal is not None:
        proposal.status = ProposalStatus.CANCELLED  # frees the door-opener's slot
    other_id = meeting.newcomer_id if by_door_opener else meeting.door_opener_id
    return await uow.people.get(other_id)


def cancellation(meeting: Meeting, now: datetime) -> tuple[Attachment, ...]:
    """The calendar cancel (.ics) for a meeting that had a time; nothing when it had none."""
    if meeting.starts_at is None:
        return ()
    uid = meeting_uid(meeting.id or 0)
    ics = cancel_invite(uid, meeting.starts_at, "Doorway", meeting.sequence, now)
    return (Attachment("cancel.ics", "text/calendar", ics),)


def _slot_times(meeting: Meeting) -> list[datetime]:
    return [datetime.fromisoformat(slot) for slot in meeting.slots]


class MeetingService:
    """Plans, confirms, reminds, follows up, moves and cancels the one-hour meetings."""

    surveys: SurveyService | None = None  # set by the engine: surveys follow a held meeting

    # -- starting: the newcomer said yes ------------------------------------------------------

    async def start(self, uow: UnitOfWork, proposal: Proposal, now: datetime) -> Meeting:
        """A meeting to plan, for a proposal both sides accepted."""
        return await uow.meetings.add(
            Meeting(
                proposal_id=proposal.id or 0,
                newcomer_id=proposal.newcomer_id,
                door_opener_id=proposal.door_opener_id,
                status=MeetingStatus.PLANNING,
                created_at=now,
                updated_at=now,
            )
        )

    def plan_button(self, meeting: Meeting) -> Say:
        return Say(
            "meeting-plan-prompt",
            choices=(Choice(f"meet:{meeting.id}:plan", "button-meeting-plan"),),
        )

    # -- standing buttons ---------------------------------------------------------------------

    async def on_button(self, engine: ConversationEngine, turn: Turn, button: str) -> None:
        """A meeting button: valid only for the person and the state it was made for."""
        _, raw_id, action, *rest = [*button.split(":"), "", ""]
        valid_id = raw_id.isdecimal() and len(raw_id) <= 9
        meeting = await turn.uow.meetings.get(int(raw_id), lock=True) if valid_id else None
        person = turn.person
        if meeting is None or person.id not in (meeting.newcomer_id, meeting.door_opener_id):
            turn.says.append(Say("meeting-stale"))
            return
        is_door_opener = person.id == meeting.door_opener_id
        status = meeting.status
        if action == "plan" and is_door_opener and status == MeetingStatus.PLANNING:
            self._begin_planning(engine, turn, meeting)
        elif action == "slot" and not is_door_opener and status == MeetingStatus.CHOOSING:
            number = rest[0] if rest else ""
            if not number.isdecimal() or int(number) >= len(meeting.slots):
                turn.says.append(Say("meeting-stale"))
                return
            turn.data["meeting"] = {"id": meeting.id, "slot": int(number)}
            self._enter(engine, turn, CONTACT_STEP)
        elif action == "others" and not is_door_opener and status == MeetingStatus.CHOOSING:
            meeting.status, meeting.updated_at = MeetingStatus.PLANNING, turn.ctx.now
            door_opener = await turn.uow.people.get(meeting.door_opener_id)
            turn.says.append(Say("meeting-other-times-asked"))
            if door_opener is not None:
                turn.others.append(Outgoing(door_opener, self._other_times(meeting, person)))
        elif action in OUTCOMES and status in (
            MeetingStatus.CONFIRMED,
            MeetingStatus.HELD,
            MeetingStatus.NO_SHOW,
        ):
            await self._outcome(turn, meeting, action)
        elif action == "move" and status in (MeetingStatus.CHOOSING, MeetingStatus.CONFIRMED):
            await self._move(engine, turn, meeting)
        elif action == "cancel" and status in (
            MeetingStatus.PLANNING,
            MeetingStatus.CHOOSING,
            MeetingStatus.CONFIRMED,
        ):
            turn.data["meeting"] = {"id": meeting.id}
            self._enter(engine, turn, CANCEL_STEP)
        else:
            turn.says.append(Say("meeting-stale"))

    def _other_times(self, meeting: Meeting, newcomer: Person) -> Say:
        return Say(
            "meeting-newcomer-wants-other-times",
            {"name": newcomer.first_name or ""},
            choices=(Choice(f"meet:{meeting.id}:plan", "button-meeting-plan"),),
        )

    def _enter(self, engine: ConversationEngine, turn: Turn, step: str) -> None:
        """Go to a meeting step, remembering where the person was to come back there."""
        if turn.step not in STEPS:
            turn.data["meeting_return"] = turn.step
        turn.conversation.step = step
        engine.ask(turn)

    def _leave(self, turn: Turn) -> None:
        turn.data.pop("meeting", None)
        turn.conversation.step = str(turn.data.pop("meeting_return", "idle"))

    def _begin_planning(self, engine: ConversationEngine, turn: Turn, meeting: Meeting) -> None:
        turn.data["meeting"] = {"id": meeting.id, "slots": []}
        self._enter(engine, turn, SLOTS_STEP)

    # -- the steps ------------------------------------------------------------------------------

    def ask(self, turn: Turn) -> list[Say]:
        """The question of the current meeting step."""
        person, state, now = turn.person, turn.data.get("meeting") or {}, turn.ctx.now
        tz = _tz(person)
        step = turn.step
        if step == SLOTS_STEP:
            chosen = [datetime.fromisoformat(s) for s in state.get("slots", [])]
            days = tuple(
                Choice(day_id, label=label)
                for day_id, label in slot_picker_days(now, tz, person.locale)
            )
            done = (Choice("slots:done", "button-done"),) if chosen else ()
            listed = ", ".join(format_slot(when, tz, person.locale) for when in chosen)
            key = "meeting-ask-slots-more" if chosen else "meeting-ask-slots"
            return [Say(key, {"chosen": listed, "max": MAX_SLOTS}, (*days, *done))]
        if step == TIME_STEP:
            day = datetime.fromisoformat(str(state.get("day"))).date()
            times = tuple(
                Choice(time_id, label=label)
                for time_id, label in slot_picker_times(day, tz, now, person.locale)
            )
            label = next(
                (
                    lab
                    for d, lab in slot_picker_days(now, tz, person.locale)
                    if d.endswith(str(day))
                ),
                str(day),
            )
            return [
                Say(
                    "meeting-ask-time", {"day": label}, (*times, Choice("time:back", "button-back"))
                )
            ]
        if step == PLACE_STEP:
            choices = tuple(
                Choice(f"where:{kind}", f"meeting-place-{kind}") for kind in PLACE_KINDS
            )
            return [Say("meeting-ask-place", choices=choices)]
        if step == PLACE_TEXT_STEP:
            return [Say(f"meeting-ask-place-text-{state.get('place_kind', 'other')}")]
        if step == CONTACT_STEP:
            return [Say("meeting-ask-contact")]
        choices = tuple(
            Choice(f"cancel:{code}", f"meeting-cancel-{code}") for code in CANCEL_REASONS
        )
        return [
            Say(
                "meeting-ask-cancel-reason",
                choices=(*choices, Choice("cancel:keep", "button-meeting-keep")),
            )
        ]

    async def take(self, engine: ConversationEngine, turn: Turn, answer: Answer) -> None:
        """An answer at a meeting step; Invalid keeps the step where it was."""
        state = dict(turn.data.get("meeting") or {})
        meeting = await turn.uow.meetings.get(int(state.get("id", 0)), lock=True)
        if meeting is None:
            self._leave(turn)
            turn.says.append(Say("meeting-stale"))
            return
        step, person, now = turn.step, turn.person, turn.ctx.now
        tz = _tz(person)
        if step == SLOTS_STEP:
            if answer.button == "slots:done":
                if not state.get("slots"):
                    raise Invalid("error-slots-none")
                turn.conversation.step = PLACE_STEP
            elif answer.button and answer.button.startswith(DAY_PREFIX):
                state["day"] = answer.button.removeprefix(DAY_PREFIX)
                turn.data["meeting"] = state
                turn.conversation.step = TIME_STEP
            else:
                self._add_slot(turn, state, self._typed_time(turn, answer))
        elif step == TIME_STEP:
            if answer.button == "time:back":
                turn.conversation.step = SLOTS_STEP
            elif answer.button and answer.button.startswith(TIME_PREFIX):
                when = from_picker(f"{DAY_PREFIX}{state.get('day')}", answer.button, tz)
                if when <= now:
                    raise Invalid("error-time-past")
                self._add_slot(turn, state, when)
            else:
                self._add_slot(turn, state, self._typed_time(turn, answer))
        elif step == PLACE_STEP:
            kind = (answer.button or "").removeprefix("where:")
            if kind not in PLACE_KINDS:
                raise Invalid("error-use-buttons")
            state["place_kind"] = kind
            turn.data["meeting"] = state
            turn.conversation.step = PLACE_TEXT_STEP
        elif step == PLACE_TEXT_STEP:
            text = " ".join((answer.text or "").split())
            if not text or answer.text is None:
                raise Invalid("error-type-text")
            if len(text) > MAX_PLACE_TEXT:
                raise Invalid("error-too-long", max=MAX_PLACE_TEXT)
            state["place_text"] = text
            turn.data["meeting"] = state
            turn.conversation.step = CONTACT_STEP
        elif step == CONTACT_STEP:
            text = " ".join((answer.text or "").split())
            if answer.text is None or not text:
                raise Invalid("error-type-text")
            if len(text) > MAX_CONTACT:
                raise Invalid("error-too-long", max=MAX_CONTACT)
            if person.id == meeting.door_opener_id:
                await self._offer(turn, meeting, state, text)
            else:
                await self._confirm(turn, meeting, int(state.get("slot", -1)), text)
            return
        else:
            await self._cancel(turn, meeting, (answer.button or "").removeprefix("cancel:"))
            return
        engine.ask(turn)

    def _typed_time(self, turn: Turn, answer: Answer) -> datetime:
        """A time written in the person's words ("tis 14:00"), in their time zone."""
        person = turn.person
        when = parse_time(answer.text or "", person.locale, turn.ctx.now, _tz(person))
        if when is None:
            raise Invalid("error-time-unknown")
        return when

    def _add_slot(self, turn: Turn, state: dict[str, object], when: datetime) -> None:
        slots = [str(s) for s in state.get("slots", [])]  # type: ignore[attr-defined]
        iso = when.isoformat()
        if iso in slots:
            raise Invalid("error-slot-twice")
        slots.append(iso)
        state["slots"] = sorted(slots)
        turn.data["meeting"] = state
        turn.conversation.step = PLACE_STEP if len(slots) >= MAX_SLOTS else SLOTS_STEP

    async def _offer(
        self, turn: Turn, meeting: Meeting, state: dict[str, object], contact: str
    ) -> None:
        """The door-opener's times, place and contact are complete: the newcomer chooses."""
        if meeting.status != MeetingStatus.PLANNING:
            self._leave(turn)
            turn.says.append(Say("meeting-stale"))
            return
        meeting.slots = [str(s) for s in state.get("slots", [])]  # type: ignore[attr-defined]
        meeting.place_kind = str(state.get("place_kind"))
        meeting.place_text = str(state.get("place_text"))
        meeting.door_opener_contact = contact
        meeting.status, meeting.updated_at = MeetingStatus.CHOOSING, turn.ctx.now
        self._leave(turn)
        turn.says.append(Say("meeting-times-sent"))
        newcomer = await turn.uow.people.get(meeting.newcomer_id)
        if newcomer is not None:
            turn.others.append(Outgoing(newcomer, self.choose_slot(meeting, newcomer, turn.person)))

    def choose_slot(self, meeting: Meeting, newcomer: Person, door_opener: Person) -> Say:
        """The newcomer's choice: one button per offered time, in their zone and language."""
        tz = _tz(newcomer)
        choices = tuple(
            Choice(f"meet:{meeting.id}:slot:{n}", label=format_slot(when, tz, newcomer.locale))
            for n, when in enumerate(_slot_times(meeting))
        )
        return Say(
            "meeting-choose-time",
            {
                "name": door_opener.first_name or "",
                "place": self._place(meeting),
            },
            (*choices, Choice(f"meet:{meeting.id}:others", "button-meeting-other-times")),
        )

    def _place(self, meeting: Meeting) -> str:
        return meeting.place_text or ""

    async def _confirm(self, turn: Turn, meeting: Meeting, slot: int, contact: str) -> None:
        """The newcomer picked a time: confirmed for both, with invitations and contacts."""
        if meeting.status != MeetingStatus.CHOOSING or not 0 <= slot < len(meeting.slots):
            self._leave(turn)
            turn.says.append(Say("meeting-stale"))
            return
        now = turn.ctx.now
        starts_at = _slot_times(meeting)[slot]
        self._leave(turn)
        door_opener = await turn.uow.people.get(meeting.door_opener_id)
        if door_opener is None:
            turn.says.append(Say("meeting-stale"))
            return
        if starts_at <= now:  # the time passed while they chose
            turn.says.append(Say("meeting-time-passed"))
            turn.says.append(self.choose_slot(meeting, turn.person, door_opener))
            return
        meeting.starts_at, meeting.newcomer_contact = starts_at, contact
        meeting.status, meeting.updated_at = MeetingStatus.CONFIRMED, now
        await self._schedule(turn.uow, meeting, now)
        newcomer = turn.person
        turn.says.append(self.confirmation(meeting, newcomer, door_opener, now))
        turn.others.append(
            Outgoing(door_opener, self.confirmation(meeting, door_opener, newcomer, now))
        )

    def confirmation(self, meeting: Meeting, reader: Person, other: Person, now: datetime) -> Say:
        """The confirmed meeting as one side reads it, with the other's contact and the invite."""
        assert meeting.starts_at is not None
        tz = _tz(reader)
        contact = (
            meeting.door_opener_contact
            if other.id == meeting.door_opener_id
            else meeting.newcomer_contact
        )
        invite = meeting_invite(
            meeting_uid(meeting.id or 0),
            meeting.starts_at,
            title=f"Doorway: {reader.first_name or ''} + {other.first_name or ''}",
            description=f"{other.first_name or ''}: {contact or ''}",
            location=self._place(meeting),
            organizer_name=None,
            attendee_names=[reader.first_name or "", other.first_name or ""],
            now=now,
            sequence=meeting.sequence,
        )
        return Say(
            "meeting-confirmed",
            {
                "name": other.first_name or "",
                "when": format_slot(meeting.starts_at, tz, reader.locale),
                "place": self._place(meeting),
                "contact": contact or "",
            },
            choices=(
                Choice(f"meet:{meeting.id}:move", "button-meeting-move"),
                Choice(f"meet:{meeting.id}:cancel", "button-meeting-cancel"),
            ),
            attachments=(Attachment("invite.ics", "text/calendar", invite),),
        )

    async def _schedule(self, uow: UnitOfWork, meeting: Meeting, now: datetime) -> None:
        """Reminders 24 h and 1 h before, and the question afterwards; each names the start time
        it was made for, so a moved meeting's old jobs do nothing."""
        assert meeting.starts_at is not None
        payload = {"meeting": meeting.id, "starts_at": meeting.starts_at.isoformat()}
        for name, before in REMINDERS_BEFORE.items():
            due = meeting.starts_at - before
            if due > now:
                await uow.jobs.add(
                    Job(MEETING_REMINDER, due, None, {**payload, "before": name}, created_at=now)
                )
        await uow.jobs.add(
            Job(
                MEETING_FOLLOW_UP, meeting.starts_at + MEETING_LENGTH, None, payload, created_at=now
            )
        )

    # -- after, moving, cancelling ------------------------------------------------------------

    async def _outcome(self, turn: Turn, meeting: Meeting, outcome: str) -> None:
        person, now, uow = turn.person, turn.ctx.now, turn.uow
        is_door_opener = person.id == meeting.door_opener_id
        if is_door_opener:
            meeting.door_opener_outcome = outcome
        else:
            meeting.newcomer_outcome = outcome
        meeting.updated_at = now
        other_id = meeting.newcomer_id if is_door_opener else meeting.door_opener_id
        other = await uow.people.get(other_id)
        if outcome == "held":
            if meeting.status != MeetingStatus.HELD and self.surveys is not None:
                await self.surveys.after_held(uow, meeting, now)
            meeting.status = MeetingStatus.HELD
            turn.says.append(Say("meeting-outcome-held"))
        elif outcome == "no_show":
            if meeting.status != MeetingStatus.HELD:
                meeting.status = MeetingStatus.NO_SHOW
            turn.says.append(Say("meeting-outcome-no-show"))
            if other is not None and await uow.meetings.no_shows_of(other.id or 0) + 1 >= (
                NO_SHOWS_BEFORE_ALERT
            ):
                turn.others += await self._alert_coordinators(uow, other)
            if not is_door_opener:
                # The door-opener did not come: the newcomer waits again, for someone else.
                proposal = await uow.proposals.get(meeting.proposal_id, lock=True)
                if proposal is not None:
                    proposal.status = ProposalStatus.CANCELLED
                if person.status == Status.ACTIVE:
                    turn.rematch_people.append(person)
        else:  # moved: plan new times
            meeting.status = MeetingStatus.PLANNING
            meeting.sequence += 1
            meeting.starts_at = None
            turn.says.append(Say("meeting-outcome-moved"))
            door_opener = person if is_door_opener else other
            if door_opener is not None:
                message = self.plan_button(meeting)
                if door_opener is person:
                    turn.says.append(message)
                else:
                    turn.others.append(Outgoing(door_opener, message))

    async def _alert_coordinators(self, uow: UnitOfWork, absent: Person) -> list[Outgoing]:
        coordinators = [p for p in await uow.people.list_all() if p.role == Role.COORDINATOR]
        return [
            Outgoing(
                c,
                Say(
                    "coordinator-no-show-alert",
                    {"name": absent.first_name or "", "who": f"#{absent.id}"},
                ),
            )
            for c in coordinators
        ]

    async def _move(self, engine: ConversationEngine, turn: Turn, meeting: Meeting) -> None:
        """New times: the door-opener plans again; the old invitation is replaced later."""
        now, person = turn.ctx.now, turn.person
        meeting.status, meeting.updated_at = MeetingStatus.PLANNING, now
        meeting.sequence += 1
        meeting.starts_at = None
        is_door_opener = person.id == meeting.door_opener_id
        other = await turn.uow.people.get(
            meeting.newcomer_id if is_door_opener else meeting.door_opener_id
        )
        if other is not None:
            turn.others.append(
                Outgoing(other, Say("meeting-moved-by-other", {"name": person.first_name or ""}))
            )
        if is_door_opener:
            self._begin_planning(engine, turn, meeting)
        else:
            turn.says.append(Say("meeting-move-asked"))
            if other is not None:
                turn.others.append(Outgoing(other, self.plan_button(meeting)))

    async def _cancel(self, turn: Turn, meeting: Meeting, code: str) -> None:
        if code == "keep":
            self._leave(turn)
            turn.says.append(Say("meeting-kept"))
            return
        if code not in CANCEL_REASONS:
            raise Invalid("error-use-buttons")
        self._leave(turn)
        if meeting.status not in (
            MeetingStatus.PLANNING,
            MeetingStatus.CHOOSING,
            MeetingStatus.CONFIRMED,
        ):
            turn.says.append(Say("meeting-stale"))
            return
        now, person, uow = turn.ctx.now, turn.person, turn.uow
        was_confirmed = meeting.starts_at is not None
        is_door_opener = person.id == meeting.door_opener_id
        other = await cancel_meeting(uow, meeting, is_door_opener, code, now)
        turn.says.append(Say("meeting-cancelled"))
        if other is None:
            return
        attachments = cancellation(meeting, now) if was_confirmed else ()
        turn.others.append(
            Outgoing(
                other,
                Say(
                    "meeting-cancelled-by-other",
                    {"name": person.first_name or ""},
                    attachments=attachments,
                ),
            )
        )
        # The newcomer goes back to the queue; the pair is never proposed again.
        newcomer = other if is_door_opener else person
        if newcomer.status == Status.ACTIVE:
            turn.rematch_people.append(newcomer)

    # -- scheduled ----------------------------------------------------------------------------

    async def remind(self, uow: UnitOfWork, job: Job, now: datetime) -> list[Outgoing]:
        """24 h or 1 h before a confirmed meeting that has not moved since."""
        job.done_at = now
        meeting, newcomer, door_opener = await self._parties(uow, job)
        if meeting is None or newcomer is None or door_opener is None:
            return []
        key = f"meeting-reminder-{job.payload.get('before', '24h')}"
        return [
            Outgoing(reader, self._reminder(key, meeting, reader, other))
            for reader, other in ((newcomer, door_opener), (door_opener, newcomer))
        ]

    def _reminder(self, key: str, meeting: Meeting, reader: Person, other: Person) -> Say:
        assert meeting.starts_at is not None
        return Say(
            key,
            {
                "name": other.first_name or "",
                "when": format_slot(meeting.starts_at, _tz(reader), reader.locale),
                "place": self._place(meeting),
            },
        )

    async def follow_up(self, uow: UnitOfWork, job: Job, now: datetime) -> list[Outgoing]:
        """After the meeting time: did it happen? Both sides answer."""
        job.done_at = now
        meeting, newcomer, door_opener = await self._parties(uow, job)
        if meeting is None or newcomer is None or door_opener is None:
            return []
        return [
            Outgoing(
                reader,
                Say(
                    "meeting-did-it-happen",
                    {"name": other.first_name or ""},
                    tuple(
                        Choice(f"meet:{meeting.id}:{outcome}", f"button-meeting-{outcome}")
                        for outcome in OUTCOMES
                    ),
                ),
            )
            for reader, other in ((newcomer, door_opener), (door_opener, newcomer))
        ]

    async def _parties(
        self, uow: UnitOfWork, job: Job
    ) -> tuple[Meeting | None, Person | None, Person | None]:
        meeting = await uow.meetings.get(int(job.payload.get("meeting", 0)))
        if (
            meeting is None
            or meeting.status != MeetingStatus.CONFIRMED
            or meeting.starts_at is None
            or meeting.starts_at.isoformat() != job.payload.get("starts_at")
        ):
            return None, None, None
        return (
            meeting,
            await uow.people.get(meeting.newcomer_id),
            await uow.people.get(meeting.door_opener_id),
        )

    # -- /meeting -----------------------------------------------------------------------------

    async def show(self, turn: Turn) -> None:
        """The person's current meeting with its buttons, or that there is none."""
        meetings = await turn.uow.meetings.current_for(turn.person.id or 0)
        if not meetings:
            turn.says.append(Say("meeting-none"))
            return
        for meeting in meetings:
            is_door_opener = turn.person.id == meeting.door_opener_id
            other = await turn.uow.people.get(
                meeting.newcomer_id if is_door_opener else meeting.door_opener_id
            )
            name = other.first_name if other else ""
            cancel = Choice(f"meet:{meeting.id}:cancel", "button-meeting-cancel")
            if meeting.status == MeetingStatus.CONFIRMED and meeting.starts_at is not None:
                when = format_slot(meeting.starts_at, _tz(turn.person), turn.person.locale)
                turn.says.append(
                    Say(
                        "meeting-show-confirmed",
                        {"name": name or "", "when": when, "place": self._place(meeting)},
                        (Choice(f"meet:{meeting.id}:move", "button-meeting-move"), cancel),
                    )
                )
            elif meeting.status == MeetingStatus.PLANNING and is_door_opener:
                plan = Choice(f"meet:{meeting.id}:plan", "button-meeting-plan")
                turn.says.append(Say("meeting-show-planning", {"name": name or ""}, (plan, cancel)))
            else:
                turn.says.append(Say("meeting-show-waiting", {"name": name or ""}, (cancel,)))
