"""Queries behind the coordinators' admin commands: broadcast audiences and the CSV export.

The export names its columns here, table by table, so what leaves the database is decided in
one place: no channel user ids, no free-text introductions and no contact details or places
from meetings (coordinators get what running the programme needs, nothing more).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Table, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from doorway.storage import tables
from doorway.storage.records import Person, Role, Status

PARTICIPANT_ROLES = (Role.NEWCOMER.value, Role.DOOR_OPENER.value)

EXPORT_COLUMNS: dict[str, tuple[Table, tuple[str, ...]]] = {
    "people": (
        tables.people,
        (
            "id",
            "channel",
            "role",
            "status",
            "locale",
            "first_name",
            "gender",
            "municipality",
            "country",
            "meeting_languages",
            "digital_ok",
            "occupation_raw",
            "occupation_uri",
            "occupation_isco",
            "occupation_label",
            "years_experience",
            "monthly_capacity",
            "consent_at",
            "consent_version",
            "onboarded_at",
            "created_at",
            "paused_until",
            "lapsed_proposals",
            "referred_by_id",
            "organisation_id",
        ),
    ),
    "matches": (
        tables.proposals,
        (
            "id",
            "newcomer_id",
            "door_opener_id",
            "status",
            "score",
            "reasons",
            "declined_by",
            "decline_reason",
            "created_at",
            "asked_at",
            "reminded_at",
            "closed_at",
            "manual_by",
        ),
    ),
    "meetings": (
        tables.meetings,
        (
            "id",
            "proposal_id",
            "newcomer_id",
            "door_opener_id",
            "status",
            "place_kind",
            "starts_at",
            "sequence",
            "newcomer_outcome",
            "door_opener_outcome",
            "cancelled_by",
            "cancel_reason",
            "created_at",
            "updated_at",
        ),
    ),
    "survey_answers": (
        tables.survey_answers,
        ("id", "run_id", "person_id", "survey", "question", "value", "answered_at"),
    ),
}


@dataclass(frozen=True)
class Audience:
    """Who a broadcast is for: roles, ISCO-08 prefixes (none = every field) and a locale."""

    roles: tuple[str, ...] = PARTICIPANT_ROLES
    sectors: tuple[str, ...] = field(default=())
    locale: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The form stored in `broadcasts.audience`."""
        return {"roles": list(self.roles), "sectors": list(self.sectors), "locale": self.locale}

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> Audience:
        """The audience a stored broadcast was made for."""
        return cls(
            tuple(document.get("roles") or PARTICIPANT_ROLES),
            tuple(document.get("sectors") or ()),
            document.get("locale"),
        )


def _reached_by(audience: Audience, after: int) -> list[ColumnElement[bool]]:
    p = tables.people.c
    # Only people who took part to the end of onboarding and consented, and are not paused.
    conditions = [
        p.id > after,
        p.role.in_(audience.roles),
        p.status == Status.ACTIVE.value,
        p.consent_at.is_not(None),
        p.onboarded_at.is_not(None),
    ]
    if audience.sectors:
        conditions.append(or_(*(p.occupation_isco.like(f"{code}%") for code in audience.sectors)))
    if audience.locale is not None:
        conditions.append(p.locale == audience.locale)
    return conditions


class AdminQueries:
    """Read-only queries in the caller's session; nothing here writes."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def recipients(
        self, audience: Audience, *, after: int = 0, limit: int | None = None
    ) -> list[Person]:
        """The people a broadcast reaches now, with ids above `after`, in id order."""
        statement = select(Person).where(*_reached_by(audience, after)).order_by(tables.people.c.id)
        if limit is not None:
            statement = statement.limit(limit)
        return list((await self._session.scalars(statement)).all())

    async def count_recipients(self, audience: Audience) -> int:
        """How many people a broadcast reaches now."""
        statement = select(func.count()).select_from(tables.people)
        statement = statement.where(*_reached_by(audience, 0))
        return int((await self._session.execute(statement)).scalar_one())

    async def export_rows(self, name: str) -> tuple[tuple[str, ...], list[dict[str, Any]]]:
        """The export columns of one table and its rows (dicts by column), in id order."""
        table, columns = EXPORT_COLUMNS[name]
        statement = select(*(table.c[column] for column in columns)).order_by(table.c.id)
        rows = (await self._session.execute(statement)).mappings().all()
        return columns, [dict(row) for row in rows]
