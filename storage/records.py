"""Plain domain records the repositories hand out; no SQLAlchemy import here."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class Role(enum.StrEnum):
    """What a person is in the programme."""

    NEWCOMER = "newcomer"
    DOOR_OPENER = "door_opener"
    COORDINATOR = "coordinator"


class Status(enum.StrEnum):
    """Where a person stands: still registering, taking part, or paused."""

    ONBOARDING = "onboarding"
    ACTIVE = "active"
    PAUSED = "paused"


@dataclass(eq=False)
class Person:
    """Someone who talks to Doorway on one channel; the profile fills in during onboarding."""

    channel: str
    external_id: str
    locale: str
    timezone: str
    status: str = Status.ONBOARDING
    role: str | None = None
    first_name: str | None = None
    gender: str | None = None
    municipality: str | None = None
    country: str | None = None
    meeting_languages: list[str] = field(default_factory=list)
    digital_ok: bool | None = None
    occupation_raw: str | None = None
    occupation_uri: str | None = None
    occupation_isco: str | None = None
    occupation_label: str | None = None
    years_experience: int | None = None
    intro: str | None = None
    monthly_capacity: int | None = None
    consent_at: datetime | None = None
    consent_version: str | None = None
    onboarded_at: datetime | None = None
    created_at: datetime | None = None
    paused_until: datetime | None = None
    lapsed_proposals: int = 0
    id: int | None = None

    @property
    def address(self) -> str:
        """The person's channel address, e.g. telegram:12345."""
        return f"{self.channel}:{self.external_id}"


@dataclass(eq=False)
class Conversation:
    """Where a person is in a dialog: the current step, its scratch data and the buttons offered."""

    person_id: int
    step: str
    data: dict[str, Any] = field(default_factory=dict)
    offered: list[str] = field(default_factory=list)
    updated_at: datetime | None = None


@dataclass(eq=False)
class Job:
    """A durable piece of scheduled work, claimed and run by a worker."""

    kind: str
    due_at: datetime
    person_id: int | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0
    claimed_by: str | None = None
    claimed_at: datetime | None = None
    done_at: datetime | None = None
    last_error: str | None = None
    created_at: datetime | None = None
    id: int | None = None


@dataclass(eq=False)
class OutboxMessage:
    """A rendered message waiting to be sent (or already sent) on its channel."""

    channel: str
    external_id: str
    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)
    attachments: list[dict[str, str]] = field(default_factory=list)
    person_id: int | None = None
    created_at: datetime | None = None
    sent_at: datetime | None = None
    id: int | None = None


class ProposalStatus(enum.StrEnum):
    """Who a proposal waits for, or how it ended."""

    DOOR_OPENER = "door_opener"  # asked the door-opener (the scarce side chooses first)
    NEWCOMER = "newcomer"  # the door-opener said yes; now the newcomer
    ACCEPTED = "accepted"  # both said yes: a meeting is to be scheduled
    DECLINED = "declined"
    LAPSED = "lapsed"  # no answer in time
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """True while someone still has to answer."""
        return self in (ProposalStatus.DOOR_OPENER, ProposalStatus.NEWCOMER)


@dataclass(eq=False)
class Proposal:
    """A proposed newcomer–door-opener pair and where it stands."""

    newcomer_id: int
    door_opener_id: int
    status: str
    score: float
    reasons: list[str]
    created_at: datetime
    asked_at: datetime
    declined_by: str | None = None
    decline_reason: str | None = None
    reminded_at: datetime | None = None
    closed_at: datetime | None = None
    id: int | None = None


class MeetingStatus(enum.StrEnum):
    """Where a meeting stands."""

    PLANNING = "planning"  # the door-opener is to offer times
    CHOOSING = "choosing"  # the newcomer is to pick one
    CONFIRMED = "confirmed"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


@dataclass(eq=False)
class Meeting:
    """The one-hour meeting of an accepted proposal."""

    proposal_id: int
    newcomer_id: int
    door_opener_id: int
    status: str
    created_at: datetime
    updated_at: datetime
    slots: list[str] = field(default_factory=list)  # ISO times in UTC
    place_kind: str | None = None
    place_text: str | None = None
    starts_at: datetime | None = None
    newcomer_contact: str | None = None
    door_opener_contact: str | None = None
    sequence: int = 0
    newcomer_outcome: str | None = None
    door_opener_outcome: str | None = None
    cancelled_by: str | None = None
    cancel_reason: str | None = None
    id: int | None = None


class EventStatus(enum.StrEnum):
    """Where a network meeting stands."""

    OPEN = "open"  # invitations out, answers taken until it starts
    CANCELLED = "cancelled"
    DONE = "done"  # it started; the pairs for it were made


class RsvpAnswer(enum.StrEnum):
    """An invited person's answer to a network meeting."""

    YES = "yes"
    NO = "no"


@dataclass(eq=False)
class Event:
    """A network meeting: several newcomers and door-openers of some sectors meet in one place."""

    title: str
    starts_at: datetime
    place: str
    capacity: int
    created_by: str
    created_at: datetime
    sectors: list[str] = field(default_factory=list)  # ISCO-08 group codes; empty = everyone
    status: str = EventStatus.OPEN
    id: int | None = None


@dataclass(eq=False)
class EventRsvp:
    """One person's invitation to an event, and their answer once they gave one."""

    event_id: int
    person_id: int
    invited_at: datetime
    answer: str | None = None
    answered_at: datetime | None = None
    id: int | None = None
