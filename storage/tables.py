"""The schema, as SQLAlchemy Core tables; plain records are mapped onto them in `orm.py`."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.ext.mutable import MutableDict, MutableList

from doorway.storage.types import UTCDateTime

# Stable constraint names, so migrations can refer to them on every dialect.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("channel", String(16), nullable=False),
    Column("external_id", String(64), nullable=False),
    Column("role", String(16)),
    Column("status", String(16), nullable=False),
    Column("locale", String(8), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("first_name", String(100)),
    Column("gender", String(100)),
    Column("municipality", String(100)),
    Column("country", String(2)),
    Column("meeting_languages", MutableList.as_mutable(JSON()), nullable=False),
    Column("digital_ok", Boolean),
    Column("occupation_raw", Text),
    Column("occupation_uri", String(200)),
    Column("occupation_isco", String(4)),
    Column("occupation_label", String(300)),
    Column("years_experience", Integer),
    Column("intro", Text),
    Column("monthly_capacity", Integer),
    Column("consent_at", UTCDateTime()),
    Column("consent_version", String(32)),
    Column("onboarded_at", UTCDateTime()),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("paused_until", UTCDateTime()),
    Column("lapsed_proposals", Integer, nullable=False, server_default="0"),
    Column("surveys_stopped_at", UTCDateTime()),
    # How the person came: a door-opener's relay invite (who brought whom) or an organisation.
    Column("referred_by_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    # use_alter: invites point back at people (the inviter), so this key is added after both.
    Column("invite_id", Integer, ForeignKey("invites.id", ondelete="SET NULL", use_alter=True)),
    Column("organisation_id", Integer, ForeignKey("organisations.id", ondelete="SET NULL")),
    Column("last_seen_at", UTCDateTime()),  # their last message (WhatsApp's 24-hour window)
    Column("unreachable_at", UTCDateTime()),  # the channel refused delivery (bot blocked)
    UniqueConstraint("channel", "external_id", name="uq_people_channel_external_id"),
)

conversations = Table(
    "conversations",
    metadata,
    Column(
        "person_id",
        Integer,
        ForeignKey("people.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("step", String(40), nullable=False),
    Column("data", MutableDict.as_mutable(JSON()), nullable=False),
    Column("offered", MutableList.as_mutable(JSON()), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)

# Idempotency log: one row per channel update ever handled. It holds no personal data.
inbound_updates = Table(
    "inbound_updates",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("channel", String(16), nullable=False),
    Column("update_key", String(128), nullable=False),
    Column("received_at", UTCDateTime(), nullable=False),
    UniqueConstraint("channel", "update_key", name="uq_inbound_updates_channel_update_key"),
)

jobs = Table(
    "jobs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(40), nullable=False),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE")),
    Column("payload", MutableDict.as_mutable(JSON()), nullable=False),
    Column("due_at", UTCDateTime(), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("claimed_by", String(64)),
    Column("claimed_at", UTCDateTime()),
    Column("done_at", UTCDateTime()),
    Column("last_error", Text),
    Column("created_at", UTCDateTime(), nullable=False),
    Index("ix_jobs_pending", "done_at", "due_at"),
)

# Partial-index predicates (either dialect): a message still to send, an update still waiting.
OUTBOX_PENDING = text("sent_at IS NULL AND failed_at IS NULL")
INBOX_WAITING = text("failed_at IS NULL")

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE")),
    Column("channel", String(16), nullable=False),
    Column("external_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("buttons", JSON(), nullable=False),
    Column("attachments", JSON(), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("sent_at", UTCDateTime()),
    # Why it was sent (a job kind such as survey_start; None for a reply): picks the template
    # when WhatsApp's 24-hour window is closed.
    Column("purpose", String(40)),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("parts_sent", Integer, nullable=False, server_default="0"),  # of a split message
    Column("not_before", UTCDateTime()),  # a retry waits until then
    Column("held_at", UTCDateTime()),  # waiting for the person to write (window closed)
    # Set just before an at-most-once message goes: found set after a crash, it is not resent.
    Column("sending_at", UTCDateTime()),
    # The sender that took it: a sender that lost its lease while slow may still be sending.
    Column("claimed_by", String(64)),
    Column("claimed_at", UTCDateTime()),
    Column("failed_at", UTCDateTime()),
    Column("last_error", Text),
    Column("provider_id", String(128)),  # the channel's message id (WhatsApp's wamid)
    Column("delivery_status", String(16)),  # sent, delivered, read, failed (WhatsApp statuses)
    Column("delivery_status_at", UTCDateTime()),
    # The messages still to send, by chat: the send queue reads only these, however many were
    # sent before (partial, so sent rows cost nothing once vacuumed).
    Index(
        "ix_outbox_pending",
        "channel",
        "external_id",
        "id",
        postgresql_where=OUTBOX_PENDING,
        sqlite_where=OUTBOX_PENDING,
    ),
    Index("ix_outbox_provider_id", "provider_id"),
    # One chat's messages, newest last: its last buttons, what is held for it.
    Index("ix_outbox_chat", "channel", "external_id", "id"),
)

# Updates as they arrived, kept until handled: a webhook answers 200 only once its update is
# here, so a crash before handling loses nothing. Handling deletes the row in its own transaction.
inbox = Table(
    "inbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("channel", String(16), nullable=False),
    Column("update_key", String(128), nullable=False),
    Column("chat_key", String(64), nullable=False),  # updates of one chat are handled in order
    Column("payload", JSON(), nullable=False),
    Column("received_at", UTCDateTime(), nullable=False),
    Column("claimed_by", String(64)),
    Column("claimed_at", UTCDateTime()),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("not_before", UTCDateTime()),
    Column("failed_at", UTCDateTime()),
    Column("last_error", Text),
    UniqueConstraint("channel", "update_key", name="uq_inbox_channel_update_key"),
    # Each chat's waiting updates in order; the ones given up on are out of the way.
    Index(
        "ix_inbox_waiting",
        "channel",
        "chat_key",
        "id",
        postgresql_where=INBOX_WAITING,
        sqlite_where=INBOX_WAITING,
    ),
)

# Who does one kind of work that must not run twice at once (sending on a channel, for its
# global rate limit); a lease that is not renewed expires, so a dead holder is replaced.
leases = Table(
    "leases",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("holder", String(64), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
)

# Coordinators' mappings from a raw occupation text (normalised) to an ESCO occupation.
occupation_aliases = Table(
    "occupation_aliases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("text_key", String(200), nullable=False),
    Column("raw_text", String(300), nullable=False),
    Column("occupation_uri", String(200), nullable=False),
    Column("created_by", String(80), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("text_key", name="uq_occupation_aliases_text_key"),
)

# A match offered to a door-opener, then to the newcomer; closed when either declines, when it
# lapses unanswered or when both accept. Every pair that ever had one is never proposed again.
proposals = Table(
    "proposals",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # NULL once that side erased their data (/delete): the proposal stays, anonymous, for reports.
    Column("newcomer_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("door_opener_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("status", String(16), nullable=False),
    Column("score", Float, nullable=False),
    Column("reasons", JSON(), nullable=False),
    Column("declined_by", String(16)),
    Column("decline_reason", String(32)),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("asked_at", UTCDateTime(), nullable=False),
    Column("reminded_at", UTCDateTime()),
    Column("closed_at", UTCDateTime()),
    Column("manual_by", String(80)),  # the coordinator who made this match by hand
    Index("ix_proposals_status", "status"),
    Index("ix_proposals_newcomer_id", "newcomer_id"),
    Index("ix_proposals_door_opener_id", "door_opener_id"),
)

# The one-hour meeting of an accepted proposal: times offered, the one chosen, what happened.
meetings = Table(
    "meetings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("proposal_id", Integer, ForeignKey("proposals.id", ondelete="CASCADE"), nullable=False),
    # NULL once that side erased their data: a held meeting still counts in the report.
    Column("newcomer_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("door_opener_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("status", String(16), nullable=False),
    Column("slots", JSON(), nullable=False),
    Column("place_kind", String(16)),
    Column("place_text", String(300)),
    Column("starts_at", UTCDateTime()),
    Column("newcomer_contact", String(200)),
    Column("door_opener_contact", String(200)),
    Column("sequence", Integer, nullable=False),
    Column("newcomer_outcome", String(16)),
    Column("door_opener_outcome", String(16)),
    Column("cancelled_by", String(16)),
    Column("cancel_reason", String(32)),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    UniqueConstraint("proposal_id", name="uq_meetings_proposal_id"),
    Index("ix_meetings_status", "status"),
)

# A network meeting: a group event where several newcomers and door-openers meet. `sectors`
# holds ISCO-08 group codes (1–4 digits) whose people are invited; an empty list invites everyone.
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", String(200), nullable=False),
    Column("starts_at", UTCDateTime(), nullable=False),
    Column("place", Text, nullable=False),
    Column("sectors", JSON(), nullable=False),
    Column("capacity", Integer, nullable=False),
    Column("created_by", String(80), nullable=False),
    Column("status", String(16), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Index("ix_events_status", "status"),
)

# One row per person invited to an event; `answer` stays empty until they say yes or no.
event_rsvps = Table(
    "event_rsvps",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("answer", String(8)),
    Column("invited_at", UTCDateTime(), nullable=False),
    Column("answered_at", UTCDateTime()),
    UniqueConstraint("event_id", "person_id", name="uq_event_rsvps_event_id"),
    Index("ix_event_rsvps_person_id", "person_id"),
)

# Employers and partner organisations; people who join through an organisation's link are tagged.
organisations = Table(
    "organisations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(32), nullable=False),
    Column("name", String(200), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("created_by", String(80), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("code", name="uq_organisations_code"),
)

# A code behind `/start <code>`: a door-opener's personal relay invite (used once) or an
# organisation's link (used by many).
invites = Table(
    "invites",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("inviter_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="SET NULL")),
    Column("organisation_id", Integer, ForeignKey("organisations.id", ondelete="CASCADE")),
    Column("uses", Integer, nullable=False, server_default="0"),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("code", name="uq_invites_code"),
    Index("ix_invites_inviter_id", "inviter_id"),
)

# The second half of the relay baton: a door-opener introduces the newcomer to someone.
introductions = Table(
    "introductions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="SET NULL")),
    Column("door_opener_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("newcomer_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("contact", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Index("ix_introductions_meeting_id", "meeting_id"),
)

# One survey sent to one person; `key` ("after_meeting:12", "month_3") makes it unique per
# person, so a survey is never sent twice. `position` is the next question to answer.
survey_runs = Table(
    "survey_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("survey", String(32), nullable=False),
    Column("key", String(64), nullable=False),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="SET NULL")),
    Column("status", String(16), nullable=False),
    Column("position", Integer, nullable=False),
    Column("sent_at", UTCDateTime(), nullable=False),
    Column("reminded_at", UTCDateTime()),
    Column("finished_at", UTCDateTime()),
    UniqueConstraint("person_id", "key", name="uq_survey_runs_person_id"),
    Index("ix_survey_runs_status", "status"),
)

# One row per answer, with its time; `value` is empty when the question was skipped.
survey_answers = Table(
    "survey_answers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("survey_runs.id", ondelete="CASCADE"), nullable=False),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("survey", String(32), nullable=False),
    Column("question", String(40), nullable=False),
    Column("value", Text),
    Column("answered_at", UTCDateTime(), nullable=False),
    UniqueConstraint("run_id", "question", name="uq_survey_answers_run_id"),
    Index("ix_survey_answers_question", "question"),
)

# Every coordinator action, who did it and to what; kept apart from the people it names.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor", String(80), nullable=False),
    Column("action", String(40), nullable=False),
    Column("target", String(200), nullable=False),
    Column("detail", JSON(), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Index("ix_audit_log_at", "at"),
)

# A coordinator's message to a filtered group: drafted, previewed, confirmed, then sent in
# batches by a job (`cursor` is the last person id reached, so no one gets it twice).
broadcasts = Table(
    "broadcasts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_by", String(80), nullable=False),
    Column("audience", JSON(), nullable=False),
    Column("text", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("recipients", Integer, nullable=False),
    Column("sent", Integer, nullable=False),
    Column("cursor", Integer, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("confirmed_at", UTCDateTime()),
    Column("finished_at", UTCDateTime()),
)

# Misconduct reports: a person about someone they were matched with; seen by coordinators only.
misconduct_reports = Table(
    "misconduct_reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("reporter_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("reported_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("text", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("status", String(16), nullable=False),
    Column("handled_by", String(80)),
    Column("handled_at", UTCDateTime()),
)
