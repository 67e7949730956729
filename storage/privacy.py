"""What Doorway holds about one person: read it all (`/mydata`), or erase it (`/delete`).

Erasure is a hard delete. What is not deleted is detached: a proposal or meeting the person
took part in stays for the impact report with their side set NULL and every free text of it
cleared; texts that others received naming them are redacted. Every table that references a
person or may hold their words is handled here, so a new table needs a line here too.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, Text, cast, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from doorway.storage import tables
from doorway.storage.records import Conversation, Person, Role

REDACTED = "…"
MIN_REDACTED_LENGTH = 3  # shorter strings would mangle unrelated words


@dataclass
class PersonalRows:
    """Every row about one person, as plain dicts per table (column name → value)."""

    conversation: dict[str, Any] | None = None
    proposals: list[dict[str, Any]] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    event_rsvps: list[dict[str, Any]] = field(default_factory=list)
    survey_runs: list[dict[str, Any]] = field(default_factory=list)
    survey_answers: list[dict[str, Any]] = field(default_factory=list)
    invites_made: list[dict[str, Any]] = field(default_factory=list)
    joined_with: dict[str, Any] | None = None
    introductions: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    outbox: list[dict[str, Any]] = field(default_factory=list)
    jobs: list[dict[str, Any]] = field(default_factory=list)
    first_names: dict[int, str | None] = field(default_factory=dict)  # the other sides'


def _rows(result: Any) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in result.all()]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def redactable(strings: Collection[str]) -> list[str]:
    """The strings worth redacting, the longest first (so "Anna Berg" goes before "Anna")."""
    wanted = {s.strip() for s in strings if s and len(s.strip()) >= MIN_REDACTED_LENGTH}
    return sorted(wanted, key=len, reverse=True)


def redactor(strings: Collection[str]) -> re.Pattern[str] | None:
    """A pattern matching any of the strings as whole words (case-insensitive), or None."""
    wanted = redactable(strings)
    if not wanted:
        return None
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(s) for s in wanted) + r")(?!\w)", re.IGNORECASE
    )


def _redact_json(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(REDACTED, value)
    if isinstance(value, list):
        return [_redact_json(item, pattern) for item in value]
    if isinstance(value, dict):
        return {key: _redact_json(item, pattern) for key, item in value.items()}
    return value


class PrivacyRepository:
    """Reads and erases everything about one person, inside the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- reading ------------------------------------------------------------------------------

    async def _select(self, table: Table, *where: Any) -> list[dict[str, Any]]:
        statement = select(table).where(*where).order_by(table.c.id)
        return _rows(await self._session.execute(statement))

    async def rows_of(self, person: Person) -> PersonalRows:
        """Every row that is about the person or was sent to them."""
        pid = person.id
        t = tables
        rows = PersonalRows()
        conversation = await self._session.execute(
            select(t.conversations).where(t.conversations.c.person_id == pid)
        )
        found = _rows(conversation)
        rows.conversation = found[0] if found else None
        p, m = t.proposals.c, t.meetings.c
        rows.proposals = await self._select(
            t.proposals, or_(p.newcomer_id == pid, p.door_opener_id == pid)
        )
        rows.meetings = await self._select(
            t.meetings, or_(m.newcomer_id == pid, m.door_opener_id == pid)
        )
        r, e = t.event_rsvps.c, t.events.c
        rsvps = await self._session.execute(
            select(r.answer, r.invited_at, r.answered_at, e.title, e.starts_at, e.place)
            .select_from(t.event_rsvps.join(t.events, e.id == r.event_id))
            .where(r.person_id == pid)
            .order_by(r.id)
        )
        rows.event_rsvps = _rows(rsvps)
        rows.survey_runs = await self._select(t.survey_runs, t.survey_runs.c.person_id == pid)
        rows.survey_answers = await self._select(
            t.survey_answers, t.survey_answers.c.person_id == pid
        )
        rows.invites_made = await self._select(t.invites, t.invites.c.inviter_id == pid)
        if person.invite_id is not None:
            joined = await self._select(t.invites, t.invites.c.id == person.invite_id)
            rows.joined_with = joined[0] if joined else None
        i = t.introductions.c
        rows.introductions = await self._select(
            t.introductions, or_(i.newcomer_id == pid, i.door_opener_id == pid)
        )
        a = t.audit_log.c
        rows.audit = await self._select(
            t.audit_log,
            or_(a.target.in_([f"#{pid}", person.address]), a.actor == person.address),
        )
        rows.outbox = await self._select(t.outbox, self._addressed_to(person))
        j = t.jobs.c
        rows.jobs = await self._select(t.jobs, j.person_id == pid, j.done_at.is_(None))
        others = {
            side
            for row in (*rows.proposals, *rows.meetings)
            for side in (row["newcomer_id"], row["door_opener_id"])
            if side is not None and side != pid
        }
        if others:
            names = await self._session.execute(
                select(t.people.c.id, t.people.c.first_name).where(t.people.c.id.in_(others))
            )
            rows.first_names = {other: name for other, name in names.all()}
        return rows

    def _addressed_to(self, person: Person) -> Any:
        o = tables.outbox.c
        return or_(
            o.person_id == person.id,
            (o.channel == person.channel) & (o.external_id == person.external_id),
        )

    async def own_texts(self, person: Person) -> set[str]:
        """What the person wrote or gave that may have reached others: redacted on erasure."""
        pid = person.id
        texts = {person.first_name, person.intro, person.occupation_raw}
        m, i, a = tables.meetings.c, tables.introductions.c, tables.survey_answers.c
        given = await self._session.execute(
            select(m.newcomer_contact)
            .where(m.newcomer_id == pid)
            .union_all(
                select(m.door_opener_contact).where(m.door_opener_id == pid),
                select(m.place_text).where(m.door_opener_id == pid),
                select(i.contact).where(i.door_opener_id == pid),
                select(a.value).where(a.person_id == pid),
            )
        )
        texts.update(value for (value,) in given.all())
        return {text for text in texts if text}

    # -- who is inactive ----------------------------------------------------------------------

    async def inactive(
        self, cutoff: datetime, exclude: Collection[int], limit: int
    ) -> Sequence[Person]:
        """People who neither wrote nor had a meeting since `cutoff` (coordinators aside)."""
        p, m = tables.people.c, tables.meetings.c
        last_seen = func.coalesce(p.last_seen_at, p.created_at)
        met_since = (
            select(m.id)
            .where(or_(m.newcomer_id == p.id, m.door_opener_id == p.id))
            .where(func.coalesce(m.starts_at, m.updated_at) >= cutoff)
            .exists()
        )
        statement = (
            select(Person)
            .where(last_seen < cutoff, ~met_since)
            .where(or_(p.role.is_(None), p.role != Role.COORDINATOR))
            .order_by(p.id)
            .limit(limit)
        )
        if exclude:
            statement = statement.where(p.id.not_in(list(exclude)))
        return (await self._session.scalars(statement)).all()

    async def met_since(self, person_id: int, since: datetime) -> bool:
        """True if the person had a meeting (planned, held or moved) since a time."""
        m = tables.meetings.c
        statement = (
            select(func.count())
            .where(or_(m.newcomer_id == person_id, m.door_opener_id == person_id))
            .where(func.coalesce(m.starts_at, m.updated_at) >= since)
        )
        return int((await self._session.execute(statement)).scalar_one()) > 0

    # -- erasing ------------------------------------------------------------------------------

    async def erase(self, person: Person, *, keep_job: int | None = None) -> None:
        """Delete or detach every row about the person except the `people` row itself.

        The caller deletes that row last (`PersonRepository.remove`), in the same transaction.
        `keep_job`: the running job doing this, which its runner still has to finish.
        """
        session, t, pid = self._session, tables, person.id
        # Texts to redact must be read before the rows holding them go.
        texts = await self.own_texts(person)
        pattern = redactor(texts)
        await session.flush()  # pending ORM changes first, so none re-writes what goes here
        p, m, i = t.proposals.c, t.meetings.c, t.introductions.c
        for side in ("newcomer", "door_opener"):
            await session.execute(
                update(t.proposals).where(p[f"{side}_id"] == pid).values({f"{side}_id": None})
            )
            # The meeting's facts stay (status, time, outcomes); who and what was said do not.
            await session.execute(
                update(t.meetings)
                .where(m[f"{side}_id"] == pid)
                .values({f"{side}_id": None, f"{side}_contact": None, "place_text": None})
            )
        await session.execute(
            delete(t.introductions).where(or_(i.newcomer_id == pid, i.door_opener_id == pid))
        )
        await session.execute(delete(t.survey_answers).where(t.survey_answers.c.person_id == pid))
        await session.execute(delete(t.survey_runs).where(t.survey_runs.c.person_id == pid))
        await session.execute(delete(t.event_rsvps).where(t.event_rsvps.c.person_id == pid))
        # Their own reports (their words) go; reports about them stay, about nobody.
        r = t.misconduct_reports.c
        await session.execute(delete(t.misconduct_reports).where(r.reporter_id == pid))
        await session.execute(
            update(t.misconduct_reports).where(r.reported_id == pid).values(reported_id=None)
        )
        await session.execute(
            update(t.invites).where(t.invites.c.inviter_id == pid).values(inviter_id=None)
        )
        await session.execute(
            update(t.people).where(t.people.c.referred_by_id == pid).values(referred_by_id=None)
        )
        jobs = delete(t.jobs).where(t.jobs.c.person_id == pid)
        if keep_job is not None:
            jobs = jobs.where(t.jobs.c.id != keep_job)
        await session.execute(jobs)
        await session.execute(delete(t.outbox).where(self._addressed_to(person)))
        await session.execute(
            delete(t.inbox).where(
                t.inbox.c.channel == person.channel, t.inbox.c.chat_key == person.external_id
            )
        )
        conversation = await session.get(Conversation, pid)
        if conversation is not None:
            await session.delete(conversation)
        await session.flush()
        await self._detach_audit(person)
        if pattern is not None:
            await self._redact_outbox(pattern, redactable(texts))
            await self._redact_audit(pattern)

    async def _detach_audit(self, person: Person) -> None:
        """Coordinator actions stay accountable, but name the person by a dead number only."""
        a = tables.audit_log.c
        anonymous = f"#{person.id}"
        await self._session.execute(
            update(tables.audit_log).where(a.target == person.address).values(target=anonymous)
        )
        await self._session.execute(
            update(tables.audit_log).where(a.actor == person.address).values(actor=anonymous)
        )

    async def _redact_outbox(self, pattern: re.Pattern[str], strings: Collection[str]) -> None:
        """Messages others got that quote the person (a proposal with their name, a contact)."""
        o = tables.outbox.c
        # SQL narrows the rows to look at (exact or ASCII-lowered text, any attachment);
        # the pattern decides.
        mentions = [o.text.like(_like(s), escape="\\") for s in strings]
        mentions += [func.lower(o.text).like(_like(s.lower()), escape="\\") for s in strings]
        has_files = func.length(cast(o.attachments, Text)) > 2  # not "[]"
        statement = select(o.id, o.text, o.attachments).where(or_(has_files, *mentions))
        for row in (await self._session.execute(statement)).all():
            text = pattern.sub(REDACTED, row.text)
            attachments = [a for a in row.attachments if not _mentions(a, pattern)]
            if text != row.text or len(attachments) != len(row.attachments):
                await self._session.execute(
                    update(tables.outbox)
                    .where(o.id == row.id)
                    .values(text=text, attachments=attachments)
                )

    async def _redact_audit(self, pattern: re.Pattern[str]) -> None:
        a = tables.audit_log.c
        for row in (await self._session.execute(select(a.id, a.target, a.detail))).all():
            target, detail = pattern.sub(REDACTED, row.target), _redact_json(row.detail, pattern)
            if target != row.target or detail != row.detail:
                await self._session.execute(
                    update(tables.audit_log)
                    .where(a.id == row.id)
                    .values(target=target, detail=detail)
                )


def _mentions(attachment: dict[str, str], pattern: re.Pattern[str]) -> bool:
    """True if a stored (base64) attachment, such as an .ics invite, contains the texts."""
    try:
        content = base64.b64decode(attachment.get("data", "")).decode("utf-8", "replace")
    except ValueError:
        return False
    # iCalendar folds long lines (CRLF + space); unfold before looking.
    return pattern.search(content.replace("\r\n ", "")) is not None
