"""Meetings: the one-hour meeting of an accepted proposal.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from doorway.storage.types import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("newcomer_id", sa.Integer(), nullable=False),
        sa.Column("door_opener_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("slots", sa.JSON(), nullable=False),
        sa.Column("place_kind", sa.String(16)),
        sa.Column("place_text", sa.String(300)),
        sa.Column("starts_at", UTCDateTime()),
        sa.Column("newcomer_contact", sa.String(200)),
        sa.Column("door_opener_contact", sa.String(200)),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("newcomer_outcome", sa.String(16)),
        sa.Column("door_opener_outcome", sa.String(16)),
        sa.Column("cancelled_by", sa.String(16)),
        sa.Column("cancel_reason", sa.String(32)),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposals.id"],
            name="fk_meetings_proposal_id_proposals",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["newcomer_id"],
            ["people.id"],
            name="fk_meetings_newcomer_id_people",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["door_opener_id"],
            ["people.id"],
            name="fk_meetings_door_opener_id_people",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meetings"),
        sa.UniqueConstraint("proposal_id", name="uq_meetings_proposal_id"),
    )
    op.create_index("ix_meetings_status", "meetings", ["status"])


def downgrade() -> None:
    op.drop_table("meetings")
