"""Impact: surveys and their answers, relay invites and introductions, organisations, audit log,
broadcasts; how a person came (referrer, invite, organisation) and manual matches.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from doorway.storage.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("created_by", sa.String(80), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_organisations"),
        sa.UniqueConstraint("code", name="uq_organisations_code"),
    )
    op.create_table(
        "invites",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("inviter_id", sa.Integer()),
        sa.Column("meeting_id", sa.Integer()),
        sa.Column("organisation_id", sa.Integer()),
        sa.Column("uses", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk("invites", "inviter_id", "people", "SET NULL"),
        _fk("invites", "meeting_id", "meetings", "SET NULL"),
        _fk("invites", "organisation_id", "organisations", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_invites"),
        sa.UniqueConstraint("code", name="uq_invites_code"),
    )
    op.create_index("ix_invites_inviter_id", "invites", ["inviter_id"])
    op.create_table(
        "introductions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("meeting_id", sa.Integer()),
        sa.Column("door_opener_id", sa.Integer(), nullable=False),
        sa.Column("newcomer_id", sa.Integer(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk("introductions", "meeting_id", "meetings", "SET NULL"),
        _fk("introductions", "door_opener_id", "people", "CASCADE"),
        _fk("introductions", "newcomer_id", "people", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_introductions"),
    )
    op.create_index("ix_introductions_meeting_id", "introductions", ["meeting_id"])
    op.create_table(
        "survey_runs",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("survey", sa.String(32), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("meeting_id", sa.Integer()),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=False),
        sa.Column("reminded_at", UTCDateTime()),
        sa.Column("finished_at", UTCDateTime()),
        _fk("survey_runs", "person_id", "people", "CASCADE"),
        _fk("survey_runs", "meeting_id", "meetings", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_survey_runs"),
        sa.UniqueConstraint("person_id", "key", name="uq_survey_runs_person_id"),
    )
    op.create_index("ix_survey_runs_status", "survey_runs", ["status"])
    op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("survey", sa.String(32), nullable=False),
        sa.Column("question", sa.String(40), nullable=False),
        sa.Column("value", sa.Text()),
        sa.Column("answered_at", UTCDateTime(), nullable=False),
        _fk("survey_answers", "run_id", "survey_runs", "CASCADE"),
        _fk("survey_answers", "person_id", "people", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_survey_answers"),
        sa.UniqueConstraint("run_id", "question", name="uq_survey_answers_run_id"),
    )
    op.create_index("ix_survey_answers_question", "survey_answers", ["question"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_table(
        "broadcasts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("created_by", sa.String(80), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.Column("cursor", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("confirmed_at", UTCDateTime()),
        sa.Column("finished_at", UTCDateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_broadcasts"),
    )
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("surveys_stopped_at", UTCDateTime()))
        batch.add_column(sa.Column("referred_by_id", sa.Integer()))
        batch.add_column(sa.Column("invite_id", sa.Integer()))
        batch.add_column(sa.Column("organisation_id", sa.Integer()))
        batch.create_foreign_key(
            "fk_people_referred_by_id_people",
            "people",
            ["referred_by_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_foreign_key(
            "fk_people_invite_id_invites", "invites", ["invite_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_foreign_key(
            "fk_people_organisation_id_organisations",
            "organisations",
            ["organisation_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("proposals") as batch:
        batch.add_column(sa.Column("manual_by", sa.String(80)))


def downgrade() -> None:
    with op.batch_alter_table("proposals") as batch:
        batch.drop_column("manual_by")
    with op.batch_alter_table("people") as batch:
        batch.drop_constraint("fk_people_organisation_id_organisations", type_="foreignkey")
        batch.drop_constraint("fk_people_invite_id_invites", type_="foreignkey")
        batch.drop_constraint("fk_people_referred_by_id_people", type_="foreignkey")
        batch.drop_column("organisation_id")
        batch.drop_column("invite_id")
        batch.drop_column("referred_by_id")
        batch.drop_column("surveys_stopped_at")
    for table in (
        "broadcasts",
        "audit_log",
        "survey_answers",
        "survey_runs",
        "introductions",
        "invites",
        "organisations",
    ):
        op.drop_table(table)
