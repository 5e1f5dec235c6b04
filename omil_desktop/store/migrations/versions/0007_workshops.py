"""Talleres de apresto: workshops, their sessions, enrollments and attendance; and the office's
settings for printed documents (municipality name, paper size, logo).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[object]]:
    # A migration is a frozen picture of its revision: it keeps its own copy of these columns.
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("shared", sa.Boolean(), nullable=False, server_default=sa.false()),
    ]


def upgrade() -> None:
    with op.batch_alter_table("office") as batch:
        batch.add_column(
            sa.Column("municipality_name", sa.String(200), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("paper_size", sa.String(10), nullable=False, server_default="carta")
        )
        batch.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))
    op.create_table(
        "workshop",
        *_synced(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("modules", sa.String(300), nullable=False),
        sa.Column("other_modules", sa.String(300), nullable=False),
        sa.Column("facilitator", sa.String(160), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("target_group", sa.String(200), nullable=False),
        sa.Column("company_id", sa.String(36), sa.ForeignKey("company.id"), nullable=True),
        sa.Column("programme", sa.String(200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("min_attendance", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("finished_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
    )
    op.create_index("ix_workshop_list", "workshop", ["starts_on", "id", "deleted_at"])
    op.create_table(
        "workshop_session",
        *_synced(),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshop.id"), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.String(5), nullable=False),
        sa.Column("ends_at", sa.String(5), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
    )
    op.create_index("ix_workshop_session_workshop", "workshop_session", ["workshop_id", "date"])
    op.create_table(
        "workshop_enrollment",
        *_synced(),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshop.id"), nullable=False),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("attention_id", sa.String(36), sa.ForeignKey("attention.id"), nullable=True),
    )
    op.create_index(
        "ix_workshop_enrollment_workshop", "workshop_enrollment", ["workshop_id", "status"]
    )
    op.create_index("ix_workshop_enrollment_person", "workshop_enrollment", ["person_id"])
    op.create_table(
        "workshop_attendance",
        *_synced(),
        sa.Column(
            "session_id", sa.String(36), sa.ForeignKey("workshop_session.id"), nullable=False
        ),
        sa.Column(
            "enrollment_id",
            sa.String(36),
            sa.ForeignKey("workshop_enrollment.id"),
            nullable=False,
        ),
        sa.Column("mark", sa.String(12), nullable=False),
    )
    op.create_index(
        "ix_workshop_attendance_session", "workshop_attendance", ["session_id", "enrollment_id"]
    )
    op.create_index("ix_workshop_attendance_enrollment", "workshop_attendance", ["enrollment_id"])


def downgrade() -> None:
    for table in (
        "workshop_attendance",
        "workshop_enrollment",
        "workshop_session",
        "workshop",
    ):
        op.drop_table(table)
    with op.batch_alter_table("office") as batch:
        batch.drop_column("logo")
        batch.drop_column("paper_size")
        batch.drop_column("municipality_name")
