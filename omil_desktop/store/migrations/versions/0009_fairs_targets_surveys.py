"""Ferias laborales (the fair, its companies, attendees and referrals), the year's targets
(metas) and satisfaction surveys; an index for counting a period's atenciones.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
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


def _fair() -> sa.Column[object]:
    return sa.Column("fair_id", sa.String(36), sa.ForeignKey("job_fair.id"), nullable=False)


def upgrade() -> None:
    op.create_index("ix_attention_date", "attention", ["date", "kind", "person_id", "deleted_at"])
    op.create_table(
        "job_fair",
        *_synced(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("comuna_code", sa.String(5), nullable=False),
        sa.Column("organisers", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_index("ix_job_fair_list", "job_fair", ["held_on", "id", "deleted_at"])
    op.create_table(
        "fair_company",
        *_synced(),
        _fair(),
        sa.Column("company_id", sa.String(36), sa.ForeignKey("company.id"), nullable=False),
        sa.Column("openings", sa.Integer(), nullable=False),
        sa.Column("positions", sa.String(300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_index("ix_fair_company_fair", "fair_company", ["fair_id", "company_id"])
    op.create_table(
        "fair_attendee",
        *_synced(),
        _fair(),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("attention_id", sa.String(36), sa.ForeignKey("attention.id"), nullable=True),
    )
    op.create_index("ix_fair_attendee_fair", "fair_attendee", ["fair_id", "person_id"])
    op.create_index("ix_fair_attendee_person", "fair_attendee", ["person_id"])
    op.create_table(
        "fair_referral",
        *_synced(),
        _fair(),
        sa.Column("referral_id", sa.String(36), sa.ForeignKey("referral.id"), nullable=False),
    )
    op.create_index("ix_fair_referral_fair", "fair_referral", ["fair_id"])
    op.create_index("ix_fair_referral_referral", "fair_referral", ["referral_id"])
    op.create_table(
        "target",
        *_synced(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(30), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
    )
    op.create_index("ix_target_year", "target", ["year", "indicator", "deleted_at"])
    op.create_table(
        "satisfaction_survey",
        *_synced(),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("service", sa.String(20), nullable=False),
        sa.Column("attention_id", sa.String(36), sa.ForeignKey("attention.id"), nullable=True),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshop.id"), nullable=True),
        sa.Column("placement_id", sa.String(36), sa.ForeignKey("placement.id"), nullable=True),
        sa.Column("fair_id", sa.String(36), sa.ForeignKey("job_fair.id"), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
    )
    op.create_index(
        "ix_satisfaction_survey_person", "satisfaction_survey", ["person_id", "service"]
    )
    op.create_index("ix_satisfaction_survey_date", "satisfaction_survey", ["answered_on"])


def downgrade() -> None:
    for table in (
        "satisfaction_survey",
        "target",
        "fair_referral",
        "fair_attendee",
        "fair_company",
        "job_fair",
    ):
        op.drop_table(table)
    op.drop_index("ix_attention_date", table_name="attention")
