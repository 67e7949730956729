"""Repositories: load and store records inside the caller's session; they never commit."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, event, exists, func, insert, or_, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session

from doorway.storage import tables
from doorway.storage.db import insert_ignoring_conflicts, lock_for_update, lock_rows
from doorway.storage.records import (
    Conversation,
    Event,
    EventRsvp,
    EventStatus,
    Job,
    Meeting,
    MeetingStatus,
    OutboxMessage,
    Person,
    Proposal,
    ProposalStatus,
    Recipient,
    Role,
    RsvpAnswer,
    Status,
)

STAGED_OUTBOX = "doorway.staged_outbox"  # Session.info key: OutboxRepository.stage's rows
# Execution option of a read that cannot see the outbox: staged rows need not be written first.
OUTBOX_UNREAD = "doorway_outbox_unread"


def outbox_row(
    channel: str,
    external_id: str,
    text: str,
    *,
    buttons: list[dict[str, str]],
    attachments: list[dict[str, str]],
    person_id: int | None,
    created_at: datetime,
) -> dict[str, Any]:
    """A new outbox row for OutboxRepository.queue or .stage (every row has the same keys)."""
    return {
        "channel": channel,
        "external_id": external_id,
        "text": text,
        "buttons": buttons,
        "attachments": attachments,
        "person_id": person_id,
        "created_at": created_at,
    }


def _write_staged(session: Session) -> None:
    """Write the rows OutboxRepository.stage left in the session, with one statement."""
    rows = session.info.pop(STAGED_OUTBOX, None)
    if rows:
        session.execute(insert(tables.outbox), rows)


@event.listens_for(Session, "do_orm_execute")
def _write_staged_outbox_first(state: ORMExecuteState) -> None:
    """Staged outbox rows go in before any other statement of their session, as pending ORM
    objects would by autoflush: a read of the outbox sees them, and a delete of their person
    (erasure) removes them too."""
    if not state.execution_options.get(OUTBOX_UNREAD):
        _write_staged(state.session)


class PersonRepository:
    """People, looked up by id or by channel address."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, person_id: int | None) -> Person | None:
        """The person with this id, or None (also for None: a side that erased their data)."""
        if person_id is None:
            return None
        return await self._session.get(Person, person_id)

    async def by_address(self, channel: str, external_id: str) -> Person | None:
        """The person behind a channel address, or None."""
        statement = select(Person).where(
            tables.people.c.channel == channel, tables.people.c.external_id == external_id
        )
        return (await self._session.scalars(statement)).one_or_none()

    async def with_conversation(
        self, channel: str, external_id: str
    ) -> tuple[Person, Conversation | None] | None:
        """The person behind an address and their conversation, in one query, the person's row
        locked (their updates are handled one at a time); None for someone new."""
        return (await self.with_conversations([(channel, external_id)])).get((channel, external_id))

    async def with_conversations(
        self, addresses: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[Person, Conversation | None]]:
        """with_conversation for several (channel, external id) addresses in one query, keyed
        by address; the rows are locked in id order, as every batch locks them."""
        if not addresses:
            return {}
        p, c = tables.people.c, tables.conversations.c
        statement = (
            select(Person, Conversation)
            .outerjoin(Conversation, c.person_id == p.id)
            .where(tuple_(p.channel, p.external_id).in_(list(addresses)))
            .order_by(p.id)
        )
        dialect = self._session.get_bind().dialect.name
        rows = await self._session.execute(lock_for_update(statement, dialect, of=p.id))
        return {(person.channel, person.external_id): (person, conv) for person, conv in rows}

    async def add(self, person: Person) -> Person:
        """Store a new person and give it an id."""
        self._session.add(person)
        await self._session.flush()
        return person

    async def add_all(self, people: list[Person]) -> None:
        """Store new people and give them ids, with one statement."""
        if people:
            self._session.add_all(people)
            await self._session.flush()

    async def remove(self, person: Person) -> None:
        """Delete a person; their conversation, jobs and outbox go with them (ON DELETE CASCADE)."""
        await self._session.execute(delete(tables.people).where(tables.people.c.id == person.id))
        self._session.expunge(person)

    async def many(self, ids: Collection[int]) -> Sequence[Person]:
        """The people with these ids (those that still exist)."""
        if not ids:
            return []
        statement = select(Person).where(tables.people.c.id.in_(list(ids)))
        return (await self._session.scalars(statement)).all()

    async def recipients(self, ids: Collection[int]) -> dict[int, Recipient]:
        """What sending needs of these people (those that still exist), by id."""
        if not ids:
            return {}
        p = tables.people.c
        statement = select(p.id, p.locale, p.last_seen_at, p.unreachable_at).where(
            p.id.in_(list(ids))
        )
        return {row.id: Recipient(**row._mapping) for row in await self._session.execute(statement)}

    async def matchable(
        self,
        *,
        fields: Collection[str] | None = None,
        roles: Collection[Role] = (Role.NEWCOMER, Role.DOOR_OPENER),
        free_since: datetime | None = None,
    ) -> Sequence[Person]:
        """Active, onboarded, reachable newcomers and door-openers: who matching looks at.

        `fields`: only those whose ISCO-08 code starts with one of them; `roles`: only those roles;
        `free_since`: only those who can be proposed now (newcomers with no proposal in
        progress, door-openers with a slot left since that time), so that matching one person
        does not load everyone already taken.
        """
        p = tables.people.c
        statement = (
            select(Person)
            .where(p.status == Status.ACTIVE, p.onboarded_at.is_not(None))
            .where(p.role.in_(list(roles)), p.unreachable_at.is_(None))
            .order_by(p.id)
        )
        if fields is not None:
            statement = statement.where(
                or_(*(p.occupation_isco.startswith(f, autoescape=True) for f in sorted(fields)))
            )
        if free_since is not None:
            pr = tables.proposals.c
            taking = pr.status.in_(_TAKING_CAPACITY)
            busy = exists().where(pr.newcomer_id == p.id, taking)
            taken = (
                select(func.count())
                .where(pr.door_opener_id == p.id, taking, pr.created_at >= free_since)
                .scalar_subquery()
            )
            statement = statement.where(
                or_(
                    and_(p.role == Role.NEWCOMER, ~busy),
                    and_(p.role == Role.DOOR_OPENER, func.coalesce(p.monthly_capacity, 0) > taken),
                )
            )
        return (await self._session.scalars(statement)).all()

    async def list_all(self) -> Sequence[Person]:
        """Everyone, oldest first."""
        return (await self._session.scalars(select(Person).order_by(tables.people.c.id))).all()


class ConversationRepository:
    """Per-person dialog state, loaded and saved in the same transaction as the change."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, person_id: int) -> Conversation | None:
        """The person's conversation, or None before the first one starts."""
        return await self._session.get(Conversation, person_id)

    async def add(self, conversation: Conversation, *, flush: bool = True) -> Conversation:
        """Store a new conversation (`flush` False: with the next flush)."""
        self._session.add(conversation)
        if flush:
            await self._session.flush()
        return conversation


class UpdateLog:
    """The inbound-update log that makes handling an update idempotent."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(self, channel: str, update_key: str, now: datetime) -> bool:
        """Remember the update; False if it was handled before (one statement for both).

        A concurrent handler of the same update waits on the unique key until the first one
        commits, then finds it recorded.
        """
        return bool(await self.record_many([(channel, update_key)], now))

    async def record_many(
        self, keys: Collection[tuple[str, str]], now: datetime
    ) -> set[tuple[str, str]]:
        """Remember several (channel, update key) updates in one statement; returns those not
        handled before."""
        if not keys:
            return set()
        dialect = self._session.get_bind().dialect.name
        u = tables.inbound_updates.c
        statement = insert_ignoring_conflicts(
            tables.inbound_updates, dialect, ["channel", "update_key"]
        ).returning(u.channel, u.update_key)
        # Rows as parameters, not in the statement: one cached statement for any batch size.
        rows = [{"channel": ch, "update_key": key, "received_at": now} for ch, key in keys]
        return {
            (row.channel, row.update_key) for row in await self._session.execute(statement, rows)
        }

    async def next_id(self) -> int:
        """An update number never used before, from the log itself so it survives restarts."""
        statement = select(func.max(tables.inbound_updates.c.id))
        return int((await self._session.execute(statement)).scalar_one() or 0) + 1


class JobRepository:
    """The durable job table: enqueue, claim due work, finish."""

    CLAIM_TIMEOUT = timedelta(minutes=10)

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, job: Job, *, flush: bool = True) -> Job:
        """Schedule a job (`flush` False: stored, and given an id, by the next flush)."""
        self._session.add(job)
        if flush:
            await self._session.flush()
        return job

    async def claim_due(
        self, now: datetime, worker: str, limit: int, timeout: timedelta = CLAIM_TIMEOUT
    ) -> list[Job]:
        """Claim up to `limit` due jobs, taking over claims older than `timeout` (a dead
        worker's)."""
        j = tables.jobs.c
        statement = (
            select(Job)
            .where(j.done_at.is_(None), j.due_at <= now)
            .where((j.claimed_at.is_(None)) | (j.claimed_at < now - timeout))
            .order_by(j.due_at, j.id)
            .limit(limit)
        )
        claimed = list((await self._session.scalars(lock_rows(statement, self._dialect()))).all())
        for job in claimed:
            job.claimed_by, job.claimed_at = worker, now
        return claimed

    async def pending_for(self, person_id: int, kind: str) -> list[Job]:
        """The person's unfinished jobs of one kind."""
        j = tables.jobs.c
        statement = select(Job).where(j.person_id == person_id, j.kind == kind, j.done_at.is_(None))
        return list((await self._session.scalars(statement)).all())

    async def cancel_for(self, person_id: int, now: datetime, reason: str) -> None:
        """Finish every pending job of a person without running it (they cannot be reached)."""
        j = tables.jobs.c
        await self._session.execute(
            update(tables.jobs)
            .where(j.person_id == person_id, j.done_at.is_(None))
            .values(done_at=now, last_error=reason)
        )

    async def pending_of_kind(self, kind: str) -> list[Job]:
        """Unfinished jobs of one kind, whoever they are for."""
        j = tables.jobs.c
        statement = select(Job).where(j.kind == kind, j.done_at.is_(None))
        return list((await self._session.scalars(statement)).all())

    async def next_due(self) -> datetime | None:
        """When the earliest unfinished job is due."""
        j = tables.jobs.c
        statement = select(func.min(j.due_at)).where(j.done_at.is_(None))
        return (await self._session.execute(statement)).scalar_one_or_none()

    def _dialect(self) -> str:
        return self._session.get_bind().dialect.name


class OutboxRepository:
    """Messages rendered by a transaction, waiting for their channel to send them."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, message: OutboxMessage) -> OutboxMessage:
        """Queue a message in the current transaction."""
        await self.write_staged()  # ids follow the order messages were queued in
        self._session.add(message)
        await self._session.flush()
        return message

    async def queue(self, rows: list[dict[str, Any]]) -> list[int]:
        """Queue messages (rows of `outbox_row`) in the current transaction with one
        statement; their ids, in the order given."""
        if not rows:
            return []
        statement = insert(tables.outbox).returning(
            tables.outbox.c.id, sort_by_parameter_order=True
        )
        return list((await self._session.scalars(statement, rows)).all())

    def stage(self, rows: list[dict[str, Any]]) -> None:
        """Queue messages whose ids nobody needs (a batch's replies): written with one
        statement before the session's next statement or at commit, whichever comes first.

        Rows rather than ORM objects: building and flushing an ORM object cost ~85 µs a
        message against ~15 µs for a row of one INSERT (bench/throughput.py's hottest write).
        """
        self._session.sync_session.info.setdefault(STAGED_OUTBOX, []).extend(rows)

    async def write_staged(self) -> None:
        """Write what `stage` holds now (UnitOfWork.commit calls it)."""
        if STAGED_OUTBOX in self._session.sync_session.info:
            await self._session.run_sync(_write_staged)

    async def unsent(self, channel: str, limit: int = 100) -> list[OutboxMessage]:
        """The channel's unsent messages, oldest first."""
        o = tables.outbox.c
        statement = (
            select(OutboxMessage)
            .where(o.channel == channel, o.sent_at.is_(None))
            .order_by(o.id)
            .limit(limit)
        )
        return list((await self._session.scalars(statement)).all())

    async def last_buttons(self, channel: str, external_id: str) -> list[str]:
        """The button ids of the last message with buttons sent to an address."""
        o = tables.outbox.c
        statement = (
            select(o.buttons)
            .where(o.channel == channel, o.external_id == external_id)
            .order_by(o.id.desc())
            .limit(20)
        )
        for (buttons,) in (await self._session.execute(statement)).all():
            if buttons:
                return [button["id"] for button in buttons]
        return []

    async def get(self, message_id: int) -> OutboxMessage | None:
        """One message by id."""
        return await self._session.get(OutboxMessage, message_id)

    async def remove(self, message: OutboxMessage) -> None:
        """Delete a message."""
        await self._session.delete(message)


class AliasRepository:
    """Coordinators' occupation aliases, keyed by the normalised raw text."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def lookup(self, text_key: str) -> str | None:
        """The occupation URI an alias maps this text to, or None."""
        a = tables.occupation_aliases.c
        statement = select(a.occupation_uri).where(a.text_key == text_key)
        # Aliases are written with plain statements, never through the session's pending
        # objects or staged rows, so nothing needs writing first (in a batch, each such write
        # is a round trip).
        statement = statement.execution_options(**{OUTBOX_UNREAD: True})
        with self._session.no_autoflush:
            return (await self._session.execute(statement)).scalar_one_or_none()

    async def put(
        self, text_key: str, raw_text: str, uri: str, created_by: str, now: datetime
    ) -> bool:
        """Map the text to the occupation, replacing an earlier mapping; True if it was new."""
        a = tables.occupation_aliases.c
        existing = await self.lookup(text_key)
        if existing is None:
            await self._session.execute(
                tables.occupation_aliases.insert().values(
                    text_key=text_key,
                    raw_text=raw_text,
                    occupation_uri=uri,
                    created_by=created_by,
                    created_at=now,
                )
            )
            return True
        await self._session.execute(
            tables.occupation_aliases.update()
            .where(a.text_key == text_key)
            .values(raw_text=raw_text, occupation_uri=uri, created_by=created_by, created_at=now)
        )
        return False

    async def list_all(self) -> list[tuple[str, str]]:
        """Every alias as (raw text, occupation URI)."""
        a = tables.occupation_aliases.c
        rows = await self._session.execute(select(a.raw_text, a.occupation_uri).order_by(a.id))
        return [(raw, uri) for raw, uri in rows.all()]


# A door-opener's monthly capacity is taken by proposals waiting for an answer and by accepted ones.
_TAKING_CAPACITY = (ProposalStatus.DOOR_OPENER, ProposalStatus.NEWCOMER, ProposalStatus.ACCEPTED)


class ProposalRepository:
    """Proposed pairs; the history that keeps a pair from being proposed twice."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, proposal: Proposal) -> Proposal:
        """Store a new proposal and give it an id."""
        self._session.add(proposal)
        await self._session.flush()
        return proposal

    async def get(self, proposal_id: int, *, lock: bool = False) -> Proposal | None:
        """One proposal; `lock` holds it until commit so two answers cannot both apply."""
        statement = select(Proposal).where(tables.proposals.c.id == proposal_id)
        if lock:
            statement = lock_for_update(statement, self._session.get_bind().dialect.name)
        return (await self._session.scalars(statement)).one_or_none()

    async def open_for(self, person_id: int) -> list[Proposal]:
        """Proposals waiting for an answer in which the person takes part, oldest first."""
        p = tables.proposals.c
        statement = (
            select(Proposal)
            .where((p.newcomer_id == person_id) | (p.door_opener_id == person_id))
            .where(p.status.in_([ProposalStatus.DOOR_OPENER, ProposalStatus.NEWCOMER]))
            .order_by(p.id)
        )
        return list((await self._session.scalars(statement)).all())

    async def taken_since(
        self, since: datetime, door_opener_id: int | None = None
    ) -> dict[int, int]:
        """Door-opener id → proposals taking their capacity, created since a time."""
        p = tables.proposals.c
        statement = (
            select(p.door_opener_id, func.count())
            .where(p.status.in_(_TAKING_CAPACITY), p.created_at >= since)
            .group_by(p.door_opener_id)
        )
        if door_opener_id is not None:
            statement = statement.where(p.door_opener_id == door_opener_id)
        return {person: count for person, count in (await self._session.execute(statement)).all()}

    async def take_slot(self, door_opener_id: int, since: datetime) -> bool:
        """True if the door-opener still has a free slot, re-counted under their row lock.

        The lock (FOR NO KEY UPDATE on PostgreSQL, the write lock on SQLite) makes a second
        proposer for the same door-opener wait, and its count then sees the first one's proposal.
        """
        people = tables.people.c
        locked = lock_for_update(
            select(people.monthly_capacity).where(people.id == door_opener_id), self._dialect()
        )
        capacity = (await self._session.execute(locked)).scalar_one_or_none()
        taken = (await self.taken_since(since, door_opener_id)).get(door_opener_id, 0)
        return capacity is not None and taken < capacity

    def _dialect(self) -> str:
        return self._session.get_bind().dialect.name

    async def busy_newcomers(self) -> set[int]:
        """Newcomers with a proposal in progress or accepted: they wait for nobody else."""
        p = tables.proposals.c
        statement = select(p.newcomer_id).where(p.status.in_(_TAKING_CAPACITY)).distinct()
        return set((await self._session.scalars(statement)).all())

    async def is_busy(self, newcomer_id: int) -> bool:
        """Whether the newcomer has a proposal in progress or accepted."""
        p = tables.proposals.c
        statement = select(p.id).where(p.newcomer_id == newcomer_id, p.status.in_(_TAKING_CAPACITY))
        return (await self._session.execute(statement.limit(1))).first() is not None

    async def pairs(self, involving: Collection[int] | None = None) -> set[tuple[int, int]]:
        """Every (newcomer, door-opener) pair ever proposed: never proposed again.

        `involving`: only the pairs with one of those people on either side.
        """
        p = tables.proposals.c
        statement = select(p.newcomer_id, p.door_opener_id).distinct()
        if involving is not None:
            ids = sorted(involving)
            statement = statement.where(p.newcomer_id.in_(ids) | p.door_opener_id.in_(ids))
        rows = await self._session.execute(statement)
        return {(newcomer, door_opener) for newcomer, door_opener in rows.all()}

    async def count_by_status(self) -> dict[str, int]:
        """How many proposals are in each status."""
        p = tables.proposals.c
        rows = await self._session.execute(select(p.status, func.count()).group_by(p.status))
        return {status: count for status, count in rows.all()}


class MeetingRepository:
    """Meetings of accepted proposals."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, meeting: Meeting) -> Meeting:
        """Store a new meeting and give it an id."""
        self._session.add(meeting)
        await self._session.flush()
        return meeting

    async def get(self, meeting_id: int, *, lock: bool = False) -> Meeting | None:
        """One meeting; `lock` holds it until commit."""
        statement = select(Meeting).where(tables.meetings.c.id == meeting_id)
        if lock:
            statement = lock_for_update(statement, self._session.get_bind().dialect.name)
        return (await self._session.scalars(statement)).one_or_none()

    async def current_for(self, person_id: int) -> list[Meeting]:
        """The person's meetings still to be planned, chosen or held, soonest first."""
        m = tables.meetings.c
        statement = (
            select(Meeting)
            .where((m.newcomer_id == person_id) | (m.door_opener_id == person_id))
            .where(
                m.status.in_(
                    [MeetingStatus.PLANNING, MeetingStatus.CHOOSING, MeetingStatus.CONFIRMED]
                )
            )
            .order_by(m.id)
        )
        return list((await self._session.scalars(statement)).all())

    async def no_shows_of(self, person_id: int) -> int:
        """How many meetings the person missed, by the other side's word."""
        m = tables.meetings.c
        statement = select(func.count()).where(
            m.status == MeetingStatus.NO_SHOW,
            ((m.newcomer_id == person_id) & (m.door_opener_outcome == "no_show"))
            | ((m.door_opener_id == person_id) & (m.newcomer_outcome == "no_show")),
        )
        return int((await self._session.execute(statement)).scalar_one())


class EventRepository:
    """Network meetings and the invitations to them, with each invited person's answer."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, event: Event) -> Event:
        """Store a new event and give it an id."""
        self._session.add(event)
        await self._session.flush()
        return event

    async def get(self, event_id: int, *, lock: bool = False) -> Event | None:
        """One event; `lock` holds it until commit so two answers cannot both take the last seat."""
        statement = select(Event).where(tables.events.c.id == event_id)
        if lock:
            statement = lock_for_update(statement, self._session.get_bind().dialect.name)
        return (await self._session.scalars(statement)).one_or_none()

    async def upcoming(self, now: datetime) -> list[Event]:
        """Open events that have not started yet, soonest first."""
        e = tables.events.c
        statement = (
            select(Event)
            .where(e.status == EventStatus.OPEN, e.starts_at > now)
            .order_by(e.starts_at, e.id)
        )
        return list((await self._session.scalars(statement)).all())

    async def invite(self, event_id: int, person_ids: Collection[int], now: datetime) -> None:
        """Record an invitation, not yet answered, for each person."""
        self._session.add_all(EventRsvp(event_id, person_id, now) for person_id in person_ids)
        await self._session.flush()

    async def rsvp(self, event_id: int, person_id: int) -> EventRsvp | None:
        """The person's invitation to the event, or None if they were not invited."""
        r = tables.event_rsvps.c
        statement = select(EventRsvp).where(r.event_id == event_id, r.person_id == person_id)
        return (await self._session.scalars(statement)).one_or_none()

    async def yes_count(self, event_id: int) -> int:
        """How many said yes; read under the event's lock, it decides whether a seat is left."""
        r = tables.event_rsvps.c
        statement = select(func.count()).where(r.event_id == event_id, r.answer == RsvpAnswer.YES)
        return int((await self._session.execute(statement)).scalar_one())

    async def tally(self, event_ids: Collection[int]) -> dict[int, dict[str, int]]:
        """Event id → {"invited": n, "yes": n, "no": n} for each of the events."""
        r = tables.event_rsvps.c
        counts = {event_id: {"invited": 0, "yes": 0, "no": 0} for event_id in event_ids}
        statement = (
            select(r.event_id, r.answer, func.count())
            .where(r.event_id.in_(list(event_ids)))
            .group_by(r.event_id, r.answer)
        )
        for event_id, answer, count in (await self._session.execute(statement)).all():
            counts[event_id]["invited"] += count
            if answer is not None:
                counts[event_id][answer] = count
        return counts

    async def attending(self, event_id: int, *, undecided: bool = False) -> list[Person]:
        """The people who said yes (and, with `undecided`, those yet to answer), oldest first."""
        r, p = tables.event_rsvps.c, tables.people.c
        wanted = r.answer == RsvpAnswer.YES
        if undecided:
            wanted = wanted | r.answer.is_(None)
        statement = (
            select(Person)
            .join(tables.event_rsvps, r.person_id == p.id)
            .where(r.event_id == event_id, wanted)
            .order_by(p.id)
        )
        return list((await self._session.scalars(statement)).all())
