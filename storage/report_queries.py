"""Read-only queries behind the impact report: counts grouped in SQL, rows for what SQL can't do.

Every method takes the same filter, a `ReportFilter`: a period (`start` inclusive, `end`
exclusive, either open) and an organisation. What the period applies to differs by table and is
documented on each method; the organisation means "people of it" and, for proposals and
meetings, "either side is one of its people".
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from doorway.storage import tables
from doorway.storage.records import InviteKind, MeetingStatus, Role, Status

REGISTERED = (Status.ACTIVE, Status.PAUSED)
PARTICIPANT_ROLES = (Role.NEWCOMER, Role.DOOR_OPENER)


@dataclass(frozen=True)
class ReportFilter:
    """Which part of the programme a report covers."""

    start: datetime | None = None
    end: datetime | None = None
    organisation_id: int | None = None


@dataclass(frozen=True)
class ParticipantGroup:
    """How many registered people share a role, gender, locale and ISCO-08 code."""

    role: str
    gender: str | None
    locale: str
    isco: str | None
    count: int


@dataclass(frozen=True)
class OutcomeAnswer:
    """One non-skipped answer to an outcome question."""

    person_id: int
    question: str
    value: str
    answered_at: datetime
    id: int


@dataclass(frozen=True)
class CohortNewcomer:
    """A registered newcomer with the time of their first proposal (None: still waiting)."""

    id: int
    isco: str | None
    onboarded_at: datetime
    first_proposal_at: datetime | None


def _period(column: Any, report_filter: ReportFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if report_filter.start is not None:
        conditions.append(column >= report_filter.start)
    if report_filter.end is not None:
        conditions.append(column < report_filter.end)
    return conditions


def _members(organisation_id: int) -> Any:
    p = tables.people.c
    return select(p.id).where(p.organisation_id == organisation_id).scalar_subquery()


def _either_side(table: Any, organisation_id: int | None) -> list[ColumnElement[bool]]:
    if organisation_id is None:
        return []
    return [
        or_(
            table.c.newcomer_id.in_(_members(organisation_id)),
            table.c.door_opener_id.in_(_members(organisation_id)),
        )
    ]


def _of_organisation(column: Any, organisation_id: int | None) -> list[ColumnElement[bool]]:
    return [] if organisation_id is None else [column == organisation_id]


def _registered(report_filter: ReportFilter) -> list[ColumnElement[bool]]:
    p = tables.people.c
    return [
        p.onboarded_at.is_not(None),
        p.status.in_(REGISTERED),
        *_period(p.onboarded_at, report_filter),
        *_of_organisation(p.organisation_id, report_filter.organisation_id),
    ]


class ImpactQueries:
    """The impact report's queries inside the caller's session; nothing here writes."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def participants(self, report_filter: ReportFilter) -> list[ParticipantGroup]:
        """Registered newcomers and door-openers (period: `onboarded_at`), grouped."""
        p = tables.people.c
        statement = (
            select(p.role, p.gender, p.locale, p.occupation_isco, func.count())
            .where(p.role.in_(PARTICIPANT_ROLES), *_registered(report_filter))
            .group_by(p.role, p.gender, p.locale, p.occupation_isco)
        )
        rows = (await self._session.execute(statement)).all()
        return [ParticipantGroup(*row) for row in rows]

    async def proposals(
        self, report_filter: ReportFilter
    ) -> list[tuple[str, str | None, bool, int]]:
        """(status, decline reason, got a meeting, count) of proposals (period: `created_at`)."""
        p, m = tables.proposals.c, tables.meetings.c
        # No bound values in grouped expressions: PostgreSQL compares them by parameter number.
        has_meeting = m.id.is_not(None)
        statement = (
            select(p.status, p.decline_reason, has_meeting, func.count())
            .select_from(tables.proposals.outerjoin(tables.meetings, m.proposal_id == p.id))
            .where(
                *_period(p.created_at, report_filter),
                *_either_side(tables.proposals, report_filter.organisation_id),
            )
            .group_by(p.status, p.decline_reason, has_meeting)
        )
        rows = (await self._session.execute(statement)).all()
        return [(status, reason, bool(met), count) for status, reason, met, count in rows]

    def _meeting_conditions(self, report_filter: ReportFilter) -> list[ColumnElement[bool]]:
        m = tables.meetings.c
        # A meeting belongs to the period of its start; one never timed, to when it was made.
        when = func.coalesce(m.starts_at, m.created_at)
        return [
            *_period(when, report_filter),
            *_either_side(tables.meetings, report_filter.organisation_id),
        ]

    async def meetings(self, report_filter: ReportFilter) -> list[tuple[str, bool, int]]:
        """(status, has a start time, count) of meetings (period: `starts_at`, else created)."""
        m = tables.meetings.c
        timed = m.starts_at.is_not(None)
        statement = (
            select(m.status, timed, func.count())
            .where(*self._meeting_conditions(report_filter))
            .group_by(m.status, timed)
        )
        rows = (await self._session.execute(statement)).all()
        return [(status, bool(has_time), count) for status, has_time, count in rows]

    async def held_meetings(self, report_filter: ReportFilter) -> list[tuple[int, int, int]]:
        """(meeting id, newcomer id, door-opener id) of every held meeting in the filter."""
        m = tables.meetings.c
        statement = (
            select(m.id, m.newcomer_id, m.door_opener_id)
            .where(m.status == MeetingStatus.HELD, *self._meeting_conditions(report_filter))
            .order_by(m.id)
        )
        return [tuple(row) for row in (await self._session.execute(statement)).all()]

    async def held_per_door_opener(self, report_filter: ReportFilter) -> dict[int, int]:
        """Door-opener id → held meetings in the filter (only those with at least one)."""
        m = tables.meetings.c
        statement = (
            select(m.door_opener_id, func.count())
            .where(m.status == MeetingStatus.HELD, *self._meeting_conditions(report_filter))
            # An erased door-opener is no one any more: not one door-opener with all their meetings.
            .where(m.door_opener_id.is_not(None))
            .group_by(m.door_opener_id)
        )
        return {person: count for person, count in (await self._session.execute(statement)).all()}

    async def outcome_answers(
        self,
        report_filter: ReportFilter,
        surveys: Collection[str],
        questions: Collection[str],
    ) -> list[OutcomeAnswer]:
        """Newcomers' non-skipped answers (period: `answered_at`), oldest first."""
        a, p = tables.survey_answers.c, tables.people.c
        conditions = [
            a.survey.in_(list(surveys)),
            a.question.in_(list(questions)),
            a.value.is_not(None),
            p.role == Role.NEWCOMER,
            *_period(a.answered_at, report_filter),
            *_of_organisation(p.organisation_id, report_filter.organisation_id),
        ]
        statement = (
            select(a.person_id, a.question, a.value, a.answered_at, a.id)
            .select_from(tables.survey_answers.join(tables.people, p.id == a.person_id))
            .where(*conditions)
            .order_by(a.answered_at, a.id)
        )
        return [OutcomeAnswer(*row) for row in (await self._session.execute(statement)).all()]

    async def relay_invites(self, report_filter: ReportFilter) -> int:
        """Relay invites created (period: `created_at`; organisation: the inviter's)."""
        i, p = tables.invites.c, tables.people.c
        statement = select(func.count()).where(
            i.kind == InviteKind.RELAY, *_period(i.created_at, report_filter)
        )
        if report_filter.organisation_id is not None:
            inviters = select(p.id).where(p.organisation_id == report_filter.organisation_id)
            statement = statement.where(i.inviter_id.in_(inviters.scalar_subquery()))
        return int((await self._session.execute(statement)).scalar_one())

    async def joined_by_relay(self, report_filter: ReportFilter) -> int:
        """People who came with a relay invite and finished onboarding (period: onboarded)."""
        i, p = tables.invites.c, tables.people.c
        statement = (
            select(func.count())
            .select_from(tables.people.join(tables.invites, i.id == p.invite_id))
            .where(
                i.kind == InviteKind.RELAY,
                p.onboarded_at.is_not(None),
                *_period(p.onboarded_at, report_filter),
                *_of_organisation(p.organisation_id, report_filter.organisation_id),
            )
        )
        return int((await self._session.execute(statement)).scalar_one())

    async def referral_edges(self) -> list[tuple[int, int]]:
        """(person, who referred them) for everyone brought in by a referral."""
        p = tables.people.c
        statement = select(p.id, p.referred_by_id).where(p.referred_by_id.is_not(None))
        return [tuple(row) for row in (await self._session.execute(statement)).all()]

    async def first_names(self, person_ids: Collection[int]) -> dict[int, str | None]:
        """Person id → first name, for the people asked about."""
        if not person_ids:
            return {}
        p = tables.people.c
        statement = select(p.id, p.first_name).where(p.id.in_(list(person_ids)))
        return {person: name for person, name in (await self._session.execute(statement)).all()}

    async def registered_newcomers(self, report_filter: ReportFilter) -> list[CohortNewcomer]:
        """Newcomers registered in the filter, with their first proposal's time (any time)."""
        p, q = tables.people.c, tables.proposals.c
        first = (
            select(q.newcomer_id, func.min(q.created_at).label("first_at"))
            .group_by(q.newcomer_id)
            .subquery()
        )
        statement = (
            select(p.id, p.occupation_isco, p.onboarded_at, first.c.first_at)
            .select_from(tables.people.outerjoin(first, first.c.newcomer_id == p.id))
            .where(p.role == Role.NEWCOMER, *_registered(report_filter))
            .order_by(p.id)
        )
        rows = (await self._session.execute(statement)).all()
        return [CohortNewcomer(*row) for row in rows]

    async def newcomers_with_meeting(self, *, held_only: bool) -> set[int]:
        """Newcomers who ever got a meeting (any status), or had one held."""
        m = tables.meetings.c
        statement = select(m.newcomer_id).distinct()
        if held_only:
            statement = statement.where(m.status == MeetingStatus.HELD)
        return set((await self._session.scalars(statement)).all())
