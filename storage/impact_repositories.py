"""Repositories for the follow-up: surveys, invites, organisations, audit log, broadcasts."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from doorway.storage import tables
from doorway.storage.db import lock_for_update
from doorway.storage.records import (
    AuditEntry,
    Broadcast,
    Introduction,
    Invite,
    MisconductReport,
    Organisation,
    SurveyAnswer,
    SurveyRun,
    SurveyStatus,
)

T = TypeVar("T")


class _Repository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _add(self, record: T) -> T:
        self._session.add(record)
        await self._session.flush()
        return record

    @property
    def _dialect(self) -> str:
        return self._session.get_bind().dialect.name


class SurveyRepository(_Repository):
    """Survey runs (one per person and key) and their answers."""

    async def add(self, run: SurveyRun) -> SurveyRun:
        """Store a new run and give it an id."""
        return await self._add(run)

    async def get(self, run_id: int, *, lock: bool = False) -> SurveyRun | None:
        """One run; `lock` holds it until commit so one answer is taken once."""
        statement = select(SurveyRun).where(tables.survey_runs.c.id == run_id)
        if lock:
            statement = lock_for_update(statement, self._dialect)
        return (await self._session.scalars(statement)).one_or_none()

    async def by_key(self, person_id: int, key: str) -> SurveyRun | None:
        """The person's run with this key (e.g. "month_3"), sent or not."""
        r = tables.survey_runs.c
        statement = select(SurveyRun).where(r.person_id == person_id, r.key == key)
        return (await self._session.scalars(statement)).one_or_none()

    async def open_for(self, person_id: int) -> list[SurveyRun]:
        """The person's unfinished runs, oldest first."""
        r = tables.survey_runs.c
        statement = (
            select(SurveyRun)
            .where(r.person_id == person_id, r.status == SurveyStatus.OPEN)
            .order_by(r.id)
        )
        return list((await self._session.scalars(statement)).all())

    async def answer(self, answer: SurveyAnswer) -> SurveyAnswer:
        """Store one answer."""
        return await self._add(answer)

    async def last_answer_at(self, run_id: int) -> datetime | None:
        """When the run's latest answer was given, or None."""
        a = tables.survey_answers.c
        statement = select(func.max(a.answered_at)).where(a.run_id == run_id)
        return (await self._session.execute(statement)).scalar_one()

    async def answers_of(self, run_id: int) -> dict[str, str | None]:
        """Question id → value for one run."""
        a = tables.survey_answers.c
        rows = await self._session.execute(
            select(a.question, a.value).where(a.run_id == run_id).order_by(a.id)
        )
        return {question: value for question, value in rows.all()}


class InviteRepository(_Repository):
    """Codes behind `/start <code>`."""

    async def add(self, invite: Invite) -> Invite:
        """Store a new invite and give it an id."""
        return await self._add(invite)

    async def by_code(self, code: str, *, lock: bool = False) -> Invite | None:
        """The invite with this code, or None."""
        statement = select(Invite).where(tables.invites.c.code == code)
        if lock:
            statement = lock_for_update(statement, self._dialect)
        return (await self._session.scalars(statement)).one_or_none()

    async def count_for_meeting(self, meeting_id: int) -> int:
        """How many relay invites a meeting's door-opener has made for it."""
        i = tables.invites.c
        statement = select(func.count()).where(i.meeting_id == meeting_id)
        return int((await self._session.execute(statement)).scalar_one())

    async def for_organisation(self, organisation_id: int) -> Invite | None:
        """An organisation's link."""
        statement = select(Invite).where(tables.invites.c.organisation_id == organisation_id)
        return (await self._session.scalars(statement)).first()


class IntroductionRepository(_Repository):
    """Contacts a door-opener introduced a newcomer to."""

    async def add(self, introduction: Introduction) -> Introduction:
        """Store a new introduction."""
        return await self._add(introduction)

    async def count_for_meeting(self, meeting_id: int) -> int:
        """How many introductions were made after one meeting."""
        i = tables.introductions.c
        statement = select(func.count()).where(i.meeting_id == meeting_id)
        return int((await self._session.execute(statement)).scalar_one())


class OrganisationRepository(_Repository):
    """Employers and partner organisations."""

    async def add(self, organisation: Organisation) -> Organisation:
        """Store a new organisation and give it an id."""
        return await self._add(organisation)

    async def get(self, organisation_id: int) -> Organisation | None:
        """One organisation by id."""
        return await self._session.get(Organisation, organisation_id)

    async def by_code(self, code: str) -> Organisation | None:
        """One organisation by its code."""
        statement = select(Organisation).where(tables.organisations.c.code == code)
        return (await self._session.scalars(statement)).one_or_none()

    async def list_all(self) -> list[Organisation]:
        """Every organisation, oldest first."""
        statement = select(Organisation).order_by(tables.organisations.c.id)
        return list((await self._session.scalars(statement)).all())

    async def member_counts(self) -> dict[int, int]:
        """Organisation id → how many people joined through it."""
        p = tables.people.c
        statement = (
            select(p.organisation_id, func.count())
            .where(p.organisation_id.is_not(None))
            .group_by(p.organisation_id)
        )
        return {org: count for org, count in (await self._session.execute(statement)).all()}


class AuditLog(_Repository):
    """The coordinators' audit trail; written in the same transaction as the action."""

    async def record(
        self, actor: str, action: str, target: str, at: datetime, **detail: Any
    ) -> AuditEntry:
        """Write one entry."""
        return await self._add(AuditEntry(actor[:80], action[:40], target[:200], at, detail))

    async def entries(self, action: str | None = None) -> list[AuditEntry]:
        """Every entry (of one action), oldest first."""
        statement = select(AuditEntry).order_by(tables.audit_log.c.id)
        if action is not None:
            statement = statement.where(tables.audit_log.c.action == action)
        return list((await self._session.scalars(statement)).all())


class BroadcastRepository(_Repository):
    """Coordinators' broadcasts."""

    async def add(self, broadcast: Broadcast) -> Broadcast:
        """Store a new broadcast and give it an id."""
        return await self._add(broadcast)

    async def get(self, broadcast_id: int, *, lock: bool = False) -> Broadcast | None:
        """One broadcast; `lock` serialises confirmation and sending."""
        statement = select(Broadcast).where(tables.broadcasts.c.id == broadcast_id)
        if lock:
            statement = lock_for_update(statement, self._dialect)
        return (await self._session.scalars(statement)).one_or_none()

    async def confirmed_since(self, actor: str, since: datetime) -> int:
        """How many broadcasts a coordinator confirmed since a time (the rate limit)."""
        b = tables.broadcasts.c
        statement = select(func.count()).where(b.created_by == actor, b.confirmed_at >= since)
        return int((await self._session.execute(statement)).scalar_one())


class MisconductRepository(_Repository):
    """Misconduct reports."""

    async def add(self, report: MisconductReport) -> MisconductReport:
        """Store a report and give it an id."""
        return await self._add(report)

    async def get(self, report_id: int) -> MisconductReport | None:
        """One report by id."""
        return await self._session.get(MisconductReport, report_id)
