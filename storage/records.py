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
    BLOCKED = "blocked"  # a coordinator stopped their matching after a misconduct report


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
    surveys_stopped_at: datetime | None = None
    referred_by_id: int | None = None  # the door-opener whose relay invite brought them
    invite_id: int | None = None
    organisation_id: int | None = None
    last_seen_at: datetime | None = None
    unreachable_at: datetime | None = None
    id: int | None = None

    @property
    def address(self) -> str:
        """The person's channel address, e.g. telegram:12345."""
        return f"{self.channel}:{self.external_id}"


@dataclass(frozen=True)
class Recipient:
    """What sending needs to know of a person (not mapped: read as plain columns, which costs
    a fraction of loading the whole profile for every message)."""

    id: int
    locale: str
    last_seen_at: datetime | None
    unreachable_at: datetime | None


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
    purpose: str | None = None
    attempts: int = 0
    parts_sent: int = 0
    not_before: datetime | None = None
    held_at: datetime | None = None
    sending_at: datetime | None = None
    claimed_by: str | None = None
    claimed_at: datetime | None = None
    failed_at: datetime | None = None
    last_error: str | None = None
    provider_id: str | None = None
    delivery_status: str | None = None
    delivery_status_at: datetime | None = None
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

    newcomer_id: int | None  # None: that side erased their data
    door_opener_id: int | None
    status: str
    score: float
    reasons: list[str]
    created_at: datetime
    asked_at: datetime
    declined_by: str | None = None
    decline_reason: str | None = None
    reminded_at: datetime | None = None
    closed_at: datetime | None = None
    manual_by: str | None = None
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
    newcomer_id: int | None  # None: that side erased their data
    door_opener_id: int | None
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


@dataclass(eq=False)
class Organisation:
    """An employer or partner organisation with its own joining code."""

    code: str
    name: str
    kind: str  # "employer" or "partner"
    created_by: str
    created_at: datetime
    id: int | None = None


class InviteKind(enum.StrEnum):
    """What a `/start <code>` code is."""

    RELAY = "relay"  # a door-opener invites a colleague; used once
    ORGANISATION = "organisation"  # an organisation's link; used by many


@dataclass(eq=False)
class Invite:
    """A code behind a deep link: a relay invite or an organisation's link."""

    code: str
    kind: str
    created_at: datetime
    inviter_id: int | None = None
    meeting_id: int | None = None
    organisation_id: int | None = None
    uses: int = 0
    id: int | None = None


@dataclass(eq=False)
class Introduction:
    """A door-opener introduced the newcomer of a meeting to someone (a new contact)."""

    door_opener_id: int
    newcomer_id: int
    contact: str
    created_at: datetime
    meeting_id: int | None = None
    id: int | None = None


class SurveyStatus(enum.StrEnum):
    """Where one person's survey stands."""

    OPEN = "open"  # questions left to answer
    DONE = "done"  # every question answered or skipped
    LAPSED = "lapsed"  # no answer after the reminder
    STOPPED = "stopped"  # the person said "stop surveys"


@dataclass(eq=False)
class SurveyRun:
    """One survey sent to one person; `position` is the index of the next question."""

    person_id: int
    survey: str
    key: str
    status: str
    sent_at: datetime
    position: int = 0
    meeting_id: int | None = None
    reminded_at: datetime | None = None
    finished_at: datetime | None = None
    id: int | None = None


@dataclass(eq=False)
class SurveyAnswer:
    """One answer to one question; `value` None means the question was skipped."""

    run_id: int
    person_id: int
    survey: str
    question: str
    value: str | None
    answered_at: datetime
    id: int | None = None


@dataclass(eq=False)
class AuditEntry:
    """One coordinator action."""

    actor: str
    action: str
    target: str
    at: datetime
    detail: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


class BroadcastStatus(enum.StrEnum):
    """Where a broadcast stands."""

    DRAFT = "draft"  # previewed, waiting for the coordinator's confirmation
    SENDING = "sending"
    SENT = "sent"
    CANCELLED = "cancelled"


@dataclass(eq=False)
class Broadcast:
    """A coordinator's message to a filtered group, sent in batches."""

    created_by: str
    text: str
    created_at: datetime
    audience: dict[str, Any] = field(default_factory=dict)
    status: str = BroadcastStatus.DRAFT
    recipients: int = 0
    sent: int = 0
    cursor: int = 0
    confirmed_at: datetime | None = None
    finished_at: datetime | None = None
    id: int | None = None


@dataclass(eq=False)
class MisconductReport:
    """One side of a match reporting the other; coordinators block or dismiss it."""

    reporter_id: int | None
    reported_id: int | None
    text: str
    created_at: datetime
    status: str = "open"  # open, blocked, dismissed
    handled_by: str | None = None
    handled_at: datetime | None = None
    id: int | None = None
