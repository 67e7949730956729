"""Proposals (newcomer–door-opener pairs) and the people's pause and lapse counters.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from doorway.storage.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode: SQLite cannot ALTER TABLE ... ADD COLUMN with every constraint in place.
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("paused_until", UTCDateTime()))
        batch.add_column(
            sa.Column("lapsed_proposals", sa.Integer(), nullable=False, server_default="0")
        )
    op.create_table(
        "proposals",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("newcomer_id", sa.Integer(), nullable=False),
        sa.Column("door_opener_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("declined_by", sa.String(16)),
        sa.Column("decline_reason", sa.String(32)),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("asked_at", UTCDateTime(), nullable=False),
        sa.Column("reminded_at", UTCDateTime()),
        sa.Column("closed_at", UTCDateTime()),
        sa.ForeignKeyConstraint(
            ["newcomer_id"],
            ["people.id"],
            name="fk_proposals_newcomer_id_people",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["door_opener_id"],
            ["people.id"],
            name="fk_proposals_door_opener_id_people",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_proposals"),
    )
    op.create_index("ix_proposals_status", "proposals", ["status"])
    op.create_index("ix_proposals_newcomer_id", "proposals", ["newcomer_id"])
    op.create_index("ix_proposals_door_opener_id", "proposals", ["door_opener_id"])


def downgrade() -> None:
    op.drop_table("proposals")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("lapsed_proposals")
        batch.drop_column("paused_until")
