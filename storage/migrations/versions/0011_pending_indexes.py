"""Partial indexes on what still waits: the send queue and the inbox read only pending rows.

The outbox keeps every sent message (delivery statuses, exports), so an index over all of it made
each look at the queue read the whole history; the inbox index leaves out updates given up on.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

OUTBOX_PENDING = "sent_at IS NULL AND failed_at IS NULL"
INBOX_WAITING = "failed_at IS NULL"


def upgrade() -> None:
    op.drop_index("ix_outbox_unsent", table_name="outbox")
    op.create_index(
        "ix_outbox_pending",
        "outbox",
        ["channel", "external_id", "id"],
        postgresql_where=sa.text(OUTBOX_PENDING),
        sqlite_where=sa.text(OUTBOX_PENDING),
    )
    op.drop_index("ix_inbox_chat", table_name="inbox")
    op.create_index(
        "ix_inbox_waiting",
        "inbox",
        ["channel", "chat_key", "id"],
        postgresql_where=sa.text(INBOX_WAITING),
        sqlite_where=sa.text(INBOX_WAITING),
    )


def downgrade() -> None:
    op.drop_index("ix_inbox_waiting", table_name="inbox")
    op.create_index("ix_inbox_chat", "inbox", ["channel", "chat_key", "id"])
    op.drop_index("ix_outbox_pending", table_name="outbox")
    op.create_index("ix_outbox_unsent", "outbox", ["channel", "sent_at"])
