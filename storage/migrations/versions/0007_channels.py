"""Channels in production: the durable inbox, send-queue state on the outbox, leases, and
when a person last wrote or became unreachable.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from doorway.storage.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_OUTBOX_COLUMNS = (
    ("purpose", sa.String(40), None),
    ("attempts", sa.Integer(), "0"),
    ("parts_sent", sa.Integer(), "0"),
    ("not_before", UTCDateTime(), None),
    ("held_at", UTCDateTime(), None),
    ("sending_at", UTCDateTime(), None),
    ("claimed_by", sa.String(64), None),
    ("claimed_at", UTCDateTime(), None),
    ("failed_at", UTCDateTime(), None),
    ("last_error", sa.Text(), None),
    ("provider_id", sa.String(128), None),
    ("delivery_status", sa.String(16), None),
    ("delivery_status_at", UTCDateTime(), None),
)


def upgrade() -> None:
    op.create_table(
        "inbox",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("update_key", sa.String(128), nullable=False),
        sa.Column("chat_key", sa.String(64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("claimed_by", sa.String(64)),
        sa.Column("claimed_at", UTCDateTime()),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("not_before", UTCDateTime()),
        sa.Column("failed_at", UTCDateTime()),
        sa.Column("last_error", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_inbox"),
        sa.UniqueConstraint("channel", "update_key", name="uq_inbox_channel_update_key"),
    )
    op.create_index("ix_inbox_chat", "inbox", ["channel", "chat_key", "id"])
    op.create_table(
        "leases",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("holder", sa.String(64), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_leases"),
    )
    with op.batch_alter_table("outbox") as batch:
        for name, type_, default in _OUTBOX_COLUMNS:
            nullable = default is None
            batch.add_column(sa.Column(name, type_, nullable=nullable, server_default=default))
    op.create_index("ix_outbox_provider_id", "outbox", ["provider_id"])
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("last_seen_at", UTCDateTime()))
        batch.add_column(sa.Column("unreachable_at", UTCDateTime()))


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("unreachable_at")
        batch.drop_column("last_seen_at")
    op.drop_index("ix_outbox_provider_id", table_name="outbox")
    with op.batch_alter_table("outbox") as batch:
        for name, _type, _default in reversed(_OUTBOX_COLUMNS):
            batch.drop_column(name)
    op.drop_table("leases")
    op.drop_index("ix_inbox_chat", table_name="inbox")
    op.drop_table("inbox")
