"""Misconduct reports (one side of a match about the other).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from doorway.storage.types import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "misconduct_reports",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("reporter_id", sa.Integer()),
        sa.Column("reported_id", sa.Integer()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("handled_by", sa.String(80)),
        sa.Column("handled_at", UTCDateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_misconduct_reports"),
        sa.ForeignKeyConstraint(
            ["reporter_id"],
            ["people.id"],
            name="fk_misconduct_reports_reporter_id_people",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reported_id"],
            ["people.id"],
            name="fk_misconduct_reports_reported_id_people",
            ondelete="SET NULL",
        ),
    )


def downgrade() -> None:
    op.drop_table("misconduct_reports")
