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
    _create_partial("ix_outbox_pending", "outbox", ["channel", "external_id", "id"], OUTBOX_PENDING)
    op.drop_index("ix_inbox_chat", table_name="inbox")
    _create_partial("ix_inbox_waiting", "inbox", ["channel", "chat_key", "id"], INBOX_WAITING)


def _create_partial(name: str, table: str, columns: list[str], where: str) -> None:
    """An index over the rows `where` holds for, in either dialect."""
    predicate = sa.text(where)
    op.create_index(name, table, columns, postgresql_where=predicate, sqlite_where=predicate)


def downgrade() -> None:
    op.drop_index("ix_inbox_waiting", table_name="inbox")
    op.create_index("ix_inbox_chat", "inbox", ["channel", "chat_key", "id"])
    op.drop_index("ix_outbox_pending", table_name="outbox")
    op.create_index("ix_outbox_unsent", "outbox", ["channel", "sent_at"])
