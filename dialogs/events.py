"""Network meetings: a coordinator's group event where several newcomers and door-openers meet.

`/event "Title" 2026-12-18 17:00 | place | 22,32,53 | 30` creates one and invites at once every
active newcomer and door-opener of those ISCO-08 groups (everyone when none are given), each in
their own language. `/event` alone lists the upcoming ones; `/event cancel <number>` cancels one.
A reminder goes to everyone who said yes 24 h before; at the start, the attending newcomers and
door-openers are paired by the matching score and told whom to look for.

Event buttons `evt:<id>:yes|no` stay valid while the event is open and ahead; they are checked
against the stored invitation, never trusted as such.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from doorway.dialogs.contract import Attachment
from doorway.dialogs.invites import cancel_invite, meeting_invite
from doorway.dialogs.meeting_times import format_slot, parse_time
from doorway.dialogs.proposals import door_opener_profile, newcomer_profile
from doorway.dialogs.steps import Choice, Invalid, Outgoing, Say, Term
from doorway.matching.assignment import solve
from doorway.matching.scoring import DEFAULT_WEIGHTS, MatchWeights, isco_code
from doorway.storage.records import Event, EventStatus, Job, Person, Role, RsvpAnswer, Status

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn
    from doorway.storage.unit_of_work import UnitOfWork

EVENT_REMINDER = "event_reminder"
EVENT_PAIRING = "event_pairing"
REMIND_BEFORE = timedelta(hours=24)
MAX_TITLE = 200
MAX_PLACE = 300
MAX_CAPACITY = 1000
# How far back a typed time is looked for, to say "that has passed" rather than "unreadable".
_PAST_WINDOW = timedelta(days=366)
_QUOTES = '"”“„«»'  # sv and fi write ”…” and »…», keyboards "…"
_EVERYONE = frozenset({"", "-", "*", "all", "alla", "kaikki"})
_CANCEL = re.compile(r"cancel\s+#?(\d{1,9})", re.IGNORECASE)


@dataclass(frozen=True)
class EventDraft:
    """A parsed `/event` line: everything needed to create the event."""

    title: str
    starts_at: datetime
    place: str
    sectors: tuple[str, ...]
    capacity: int


def parse_event(argument: str, locale: str, now: datetime, tz: ZoneInfo) -> EventDraft:
    """Read `title | when | place | sectors | capacity`; Invalid says which part is wrong."""
    # The title and the time may share the first part ("Title" 2026-12-18 17:00, the quotes
    # optional), which is how coordinators tend to write it.
    parts = [" ".join(part.split()) for part in argument.split("|")]
    if len(parts) == 5:
        title, starts_at = parts[0], _when(parts[1], locale, now, tz)
    elif len(parts) == 4:
        title, starts_at = _title_and_when(parts[0], locale, now, tz)
    else:
        raise Invalid("event-error-parts", count=len(parts))
    title = title.strip(_QUOTES).strip()
    if not title or len(title) > MAX_TITLE:
        raise Invalid("event-error-title", max=MAX_TITLE)
    place = parts[-3]
    if not place or len(place) > MAX_PLACE:
        raise Invalid("event-error-place", max=MAX_PLACE)
    return EventDraft(title, starts_at, place, _sectors(parts[-2]), _capacity(parts[-1]))


def _when(text: str, locale: str, now: datetime, tz: ZoneInfo) -> datetime:
    if not text:
        raise Invalid("event-error-no-when")
    when = parse_time(text, locale, now, tz)
    if when is not None:
        return when
    earlier = parse_time(text, locale, now - _PAST_WINDOW, tz)
    if earlier is not None and earlier <= now:
        raise Invalid("event-error-past")
    raise Invalid("event-error-when", text=text[:80])


def _title_and_when(text: str, locale: str, now: datetime, tz: ZoneInfo) -> tuple[str, datetime]:
    """A quoted title and the time after it, or the longest ending of the text that is a time."""
    if text[:1] in _QUOTES:
        end = next((i for i, ch in enumerate(text) if i and ch in _QUOTES), 0)
        if end:
            return text[1:end].strip(), _when(text[end + 1 :].strip(), locale, now, tz)
    words = text.split()
    for start in range(1, len(words)):
        when = parse_time(" ".join(words[start:]), locale, now, tz)
        if when is not None:
            return " ".join(words[:start]), when
    raise Invalid("event-error-no-when")


def _sectors(text: str) -> tuple[str, ...]:
    if text.casefold() in _EVERYONE:
        return ()
    codes: list[str] = []
    for raw in re.split(r"[,;\s]+", text):
        if not raw:
            continue
        code = isco_code(raw)
        if code is None:
            raise Invalid("event-error-sectors", text=raw[:40])
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def _capacity(text: str) -> int:
    numbers = re.findall(r"\d+", text)  # "30", "30 platser", "max 30"
    if len(numbers) != 1 or not 1 <= int(numbers[0]) <= MAX_CAPACITY:
        raise Invalid("event-error-capacity", max=MAX_CAPACITY)
    return int(numbers[0])


def is_invited(person: Person, sectors: list[str]) -> bool:
    """Whether the event's invitations go to this person: an active participant of its sectors."""
    if person.role not in (Role.NEWCOMER, Role.DOOR_OPENER):
        return False
    if person.status != Status.ACTIVE or person.onboarded_at is None:
        return False
    if not sectors:
        return True
    code = isco_code(person.occupation_isco)
    return code is not None and any(code.startswith(sector) for sector in sectors)


def _tz(person: Person) -> ZoneInfo:
    return ZoneInfo(person.timezone)


def _when_for(event: Event, reader: Person) -> str:
    return format_slot(event.starts_at, _tz(reader), reader.locale)


def _uid(event: Event) -> str:
    return f"doorway-event-{event.id}@doorway"


def _sequence(event: Event, now: datetime) -> int:
    # Each person's yes and no may follow each other; seconds since creation always grow.
    return max(0, int((now - event.created_at).total_seconds()))


async def event_command(engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """`/event`: create, list or cancel network meetings (coordinators only, dialogs/admin.py)."""
    await engine.events.command(turn, argument)


class EventService:
    """Creates network meetings, invites, takes the answers, reminds and pairs at the start."""

    def __init__(self, weights: MatchWeights = DEFAULT_WEIGHTS) -> None:
        self.weights = weights

    # -- /event -------------------------------------------------------------------------------

    async def command(self, turn: Turn, argument: str) -> None:
        """A coordinator's `/event` line: list, cancel or create."""
        if not argument:
            await self.show_upcoming(turn)
            return
        cancel = _CANCEL.fullmatch(argument)
        if cancel:
            await self.cancel(turn, int(cancel.group(1)))
            return
        person = turn.person
        try:
            draft = parse_event(argument, person.locale, turn.ctx.now, _tz(person))
        except Invalid as invalid:
            turn.says += [Say(invalid.key, invalid.params), Say("event-syntax")]
            return
        await self.create(turn, draft)

    async def create(self, turn: Turn, draft: EventDraft) -> Event:
        """Store the event, invite everyone it is for and schedule its reminder and pairing."""
        uow, now = turn.uow, turn.ctx.now
        event = await uow.events.add(
            Event(
                title=draft.title,
                starts_at=draft.starts_at,
                place=draft.place,
                capacity=draft.capacity,
                created_by=turn.person.address[:80],
                created_at=now,
                sectors=list(draft.sectors),
            )
        )
        assert event.id is not None
        invitees = [p for p in await uow.people.list_all() if is_invited(p, event.sectors)]
        await uow.events.invite(event.id, [p.id for p in invitees if p.id is not None], now)
        await self._schedule(uow, event, now)
        await uow.audit.record(
            turn.person.address,
            "event-create",
            f"#{event.id}",
            now,
            title=event.title,
            sectors=event.sectors,
            invited=len(invitees),
        )
        turn.says.append(
            Say(
                "event-created",
                {
                    "number": event.id,
                    "title": event.title,
                    "when": _when_for(event, turn.person),
                    "place": event.place,
                    "count": len(invitees),
                },
            )
        )
        turn.others += [Outgoing(p, self.invitation(event, p)) for p in invitees]
        return event

    def invitation(self, event: Event, reader: Person) -> Say:
        """The invitation as one invitee reads it, with standing yes/no buttons."""
        return Say(
            "event-invitation",
            {"title": event.title, "when": _when_for(event, reader), "place": event.place},
            (
                Choice(f"evt:{event.id}:yes", "button-event-yes"),
                Choice(f"evt:{event.id}:no", "button-event-no"),
            ),
        )

    async def _schedule(self, uow: UnitOfWork, event: Event, now: datetime) -> None:
        """The reminder and the pairing name the start time they were made for."""
        payload = {"event": event.id, "starts_at": event.starts_at.isoformat()}
        if event.starts_at - REMIND_BEFORE > now:
            due = event.starts_at - REMIND_BEFORE
            await uow.jobs.add(Job(EVENT_REMINDER, due, None, dict(payload), created_at=now))
        await uow.jobs.add(Job(EVENT_PAIRING, event.starts_at, None, payload, created_at=now))

    async def show_upcoming(self, turn: Turn) -> None:
        """The open events ahead, each with its answers so far."""
        uow, reader = turn.uow, turn.person
        events = await uow.events.upcoming(turn.ctx.now)
        if not events:
            turn.says += [Say("event-list-empty"), Say("event-syntax")]
            return
        tally = await uow.events.tally([e.id for e in events if e.id is not None])
        lines = tuple(
            Term(
                "event-list-line",
                {
                    "number": event.id,
                    "title": event.title,
                    "when": _when_for(event, reader),
                    "place": event.place,
                    "capacity": event.capacity,
                    **tally[event.id or 0],
                },
            )
            for event in events
        )
        turn.says.append(Say("event-list", {"count": len(events)}, lines=lines))

    async def cancel(self, turn: Turn, event_id: int) -> None:
        """Cancel an open event; tell all who did not say no (yes-sayers get a calendar cancel)."""
        uow, now = turn.uow, turn.ctx.now
        event = await uow.events.get(event_id, lock=True)
        if event is None or event.status != EventStatus.OPEN or event.starts_at <= now:
            turn.says.append(Say("event-no-such", {"who": f"#{event_id}"}))
            return
        event.status = EventStatus.CANCELLED
        await turn.audit("event-cancel", f"#{event_id}")
        yes = {p.id for p in await uow.events.attending(event_id)}
        told = await uow.events.attending(event_id, undecided=True)
        ics = cancel_invite(_uid(event), event.starts_at, event.title, _sequence(event, now), now)
        calendar = (Attachment("cancel.ics", "text/calendar", ics),)
        for person in told:
            attachments = calendar if person.id in yes else ()
            say = Say(
                "event-cancelled",
                {"title": event.title, "when": _when_for(event, person)},
                attachments=attachments,
            )
            turn.others.append(Outgoing(person, say))
        turn.says.append(Say("event-cancel-done", {"title": event.title, "count": len(told)}))

    # -- the standing buttons -----------------------------------------------------------------

    async def on_button(self, _engine: ConversationEngine, turn: Turn, button: str) -> None:
        """An invitation button: valid only for an invitee of an open event that is ahead."""
        _, raw_id, action = [*button.split(":"), "", ""][:3]
        # A forged id must not reach the database as an out-of-range integer.
        valid_id = raw_id.isdecimal() and len(raw_id) <= 9
        uow, person, now = turn.uow, turn.person, turn.ctx.now
        event = await uow.events.get(int(raw_id), lock=True) if valid_id else None
        rsvp = await uow.events.rsvp(event.id or 0, person.id or 0) if event else None
        if (
            event is None
            or rsvp is None
            or event.status != EventStatus.OPEN
            or event.starts_at <= now
            or action not in (RsvpAnswer.YES, RsvpAnswer.NO)
        ):
            turn.says.append(Say("event-stale"))
            return
        args = {"title": event.title, "when": _when_for(event, person), "place": event.place}
        if action == RsvpAnswer.YES:
            if rsvp.answer == RsvpAnswer.YES:
                turn.says.append(Say("event-already-yes", args))
                return
            # Counted under the event's row lock: two last-seat answers cannot both get it.
            if await uow.events.yes_count(event.id or 0) >= event.capacity:
                turn.says.append(Say("event-full", args))
                return
            rsvp.answer, rsvp.answered_at = RsvpAnswer.YES, now
            turn.says.append(self._confirmation(event, person, args, now))
            return
        was_yes = rsvp.answer == RsvpAnswer.YES
        rsvp.answer, rsvp.answered_at = RsvpAnswer.NO, now
        attachments: tuple[Attachment, ...] = ()
        if was_yes:
            sequence = _sequence(event, now)
            ics = cancel_invite(_uid(event), event.starts_at, event.title, sequence, now)
            attachments = (Attachment("cancel.ics", "text/calendar", ics),)
        turn.says.append(Say("event-no-thanks", args, attachments=attachments))

    def _confirmation(
        self, event: Event, reader: Person, args: dict[str, object], now: datetime
    ) -> Say:
        invite = meeting_invite(
            _uid(event),
            event.starts_at,
            title=event.title,
            description=f"Doorway: {event.title}",
            location=event.place,
            organizer_name=None,
            attendee_names=[reader.first_name or ""],
            now=now,
            sequence=_sequence(event, now),
        )
        return Say(
            "event-yes-confirmed",
            args,
            (Choice(f"evt:{event.id}:no", "button-event-no"),),
            attachments=(Attachment("invite.ics", "text/calendar", invite),),
        )

    # -- scheduled ----------------------------------------------------------------------------

    async def remind(self, uow: UnitOfWork, job: Job, now: datetime) -> list[Outgoing]:
        """24 h before an open event: a reminder to everyone who said yes."""
        job.done_at = now
        event = await self._scheduled(uow, job)
        if event is None:
            return []
        return [
            Outgoing(
                person,
                Say(
                    "event-reminder",
                    {
                        "title": event.title,
                        "when": _when_for(event, person),
                        "place": event.place,
                    },
                ),
            )
            for person in await uow.events.attending(event.id or 0)
        ]

    async def pair(self, uow: UnitOfWork, job: Job, now: datetime) -> list[Outgoing]:
        """At the start: pair the attending newcomers and door-openers, the rest mingle."""
        job.done_at = now
        event = await self._scheduled(uow, job, lock=True)
        if event is None:
            return []
        event.status = EventStatus.DONE
        attending = await uow.events.attending(event.id or 0)
        newcomers = {p.id: p for p in attending if p.role == Role.NEWCOMER and p.id is not None}
        door_openers = {
            p.id: p for p in attending if p.role == Role.DOOR_OPENER and p.id is not None
        }
        # Everyone is in the same room, so the place rule holds for every pair at the event.
        venue = f"event:{event.id}"
        assignment = solve(
            [
                dataclasses.replace(newcomer_profile(p, now), municipality=venue, online_ok=False)
                for p in newcomers.values()
            ],
            [
                dataclasses.replace(door_opener_profile(p, 1), municipality=venue, online_ok=False)
                for p in door_openers.values()
            ],
            {(str(n), str(d)) for n, d in await uow.proposals.pairs()},
            self.weights,
        )
        outgoing: list[Outgoing] = []
        paired: set[int] = set()
        for pair in assignment.pairs:
            newcomer = newcomers[int(pair.newcomer)]
            door_opener = door_openers[int(pair.door_opener)]
            for reader, other in ((newcomer, door_opener), (door_opener, newcomer)):
                outgoing.append(Outgoing(reader, self._pair_message(event, other)))
                paired.add(reader.id or 0)
        outgoing += [
            Outgoing(p, Say("event-mingle", {"title": event.title}))
            for p in attending
            if p.id not in paired
        ]
        return outgoing

    def _pair_message(self, event: Event, other: Person) -> Say:
        return Say(
            "event-pair",
            {
                "title": event.title,
                "name": other.first_name or "",
                "occupation": other.occupation_label or other.occupation_raw or "",
            },
        )

    async def _scheduled(self, uow: UnitOfWork, job: Job, *, lock: bool = False) -> Event | None:
        """The job's event while it is open and still starts when the job was made for."""
        event = await uow.events.get(int(job.payload.get("event", 0)), lock=lock)
        if (
            event is None
            or event.status != EventStatus.OPEN
            or event.starts_at.isoformat() != job.payload.get("starts_at")
        ):
            return None
        return event
