"""People, conversations, the inbound-update log, jobs and the outbox.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from doorway.storage.types import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("external_id", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("first_name", sa.String(100)),
        sa.Column("gender", sa.String(100)),
        sa.Column("municipality", sa.String(100)),
        sa.Column("country", sa.String(2)),
        sa.Column("meeting_languages", sa.JSON(), nullable=False),
        sa.Column("digital_ok", sa.Boolean()),
        sa.Column("occupation_raw", sa.Text()),
        sa.Column("occupation_uri", sa.String(200)),
        sa.Column("occupation_isco", sa.String(4)),
        sa.Column("occupation_label", sa.String(300)),
        sa.Column("years_experience", sa.Integer()),
        sa.Column("intro", sa.Text()),
        sa.Column("monthly_capacity", sa.Integer()),
        sa.Column("consent_at", UTCDateTime()),
        sa.Column("consent_version", sa.String(32)),
        sa.Column("onboarded_at", UTCDateTime()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_people"),
        sa.UniqueConstraint("channel", "external_id", name="uq_people_channel_external_id"),
    )
    op.create_table(
        "conversations",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(40), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("offered", sa.JSON(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("person_id", name="pk_conversations"),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name="fk_conversations_person_id_people",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "inbound_updates",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("update_key", sa.String(128), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_inbound_updates"),
        sa.UniqueConstraint("channel", "update_key", name="uq_inbound_updates_channel_update_key"),
    )
    op.create_table(
        "jobs",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("person_id", sa.Integer()),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_by", sa.String(64)),
        sa.Column("claimed_at", UTCDateTime()),
        sa.Column("done_at", UTCDateTime()),
        sa.Column("last_error", sa.Text()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_jobs"),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name="fk_jobs_person_id_people", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_jobs_pending", "jobs", ["done_at", "due_at"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("person_id", sa.Integer()),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("external_id", sa.String(64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("buttons", sa.JSON(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name="fk_outbox_person_id_people", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_outbox_unsent", "outbox", ["channel", "sent_at"])


def downgrade() -> None:
    op.drop_index("ix_outbox_unsent", table_name="outbox")
    op.drop_table("outbox")
    op.drop_index("ix_jobs_pending", table_name="jobs")
    op.drop_table("jobs")
    op.drop_table("inbound_updates")
    op.drop_table("conversations")
    op.drop_table("people")
