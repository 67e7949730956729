"""Coordinators' occupation aliases (raw text → ESCO occupation).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from doorway.storage.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "occupation_aliases",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("text_key", sa.String(200), nullable=False),
        sa.Column("raw_text", sa.String(300), nullable=False),
        sa.Column("occupation_uri", sa.String(200), nullable=False),
        sa.Column("created_by", sa.String(80), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_occupation_aliases"),
        sa.UniqueConstraint("text_key", name="uq_occupation_aliases_text_key"),
    )


def downgrade() -> None:
    op.drop_table("occupation_aliases")
