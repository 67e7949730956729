"""Erasure: a proposal or meeting outlives a person who deleted their data, with that side NULL.

Before, deleting a person cascaded to their proposals and meetings, and the impact report lost
them (and the other side's history with them). Now those rows stay, anonymous on that side.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_SIDES = ("newcomer_id", "door_opener_id")
_TABLES = ("proposals", "meetings")


def _relink(*, nullable: bool, ondelete: str) -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            for column in _SIDES:
                name = f"fk_{table}_{column}_people"
                batch.drop_constraint(name, type_="foreignkey")
                batch.alter_column(column, existing_type=sa.Integer(), nullable=nullable)
                batch.create_foreign_key(name, "people", [column], ["id"], ondelete=ondelete)


def upgrade() -> None:
    _relink(nullable=True, ondelete="SET NULL")


def downgrade() -> None:
    # Rows whose side was erased cannot go back under NOT NULL: they leave with the old schema.
    for table in ("meetings", "proposals"):
        condition = " OR ".join(f"{column} IS NULL" for column in _SIDES)
        op.execute(sa.text(f"DELETE FROM {table} WHERE {condition}"))
    _relink(nullable=False, ondelete="CASCADE")
