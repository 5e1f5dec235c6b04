"""Companies, their contacts and interactions, vacancies, referrals and placements.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("shared", sa.Boolean(), nullable=False, server_default=sa.false()),
    ]


def upgrade() -> None:
    op.create_table(
        "company",
        *_synced(),
        sa.Column("rut", sa.String(10), nullable=False),
        sa.Column("legal_name", sa.String(200), nullable=False),
        sa.Column("trade_name", sa.String(200), nullable=False),
        sa.Column("activity", sa.String(200), nullable=False),
        sa.Column("size", sa.String(10), nullable=True),
        sa.Column("comuna_code", sa.String(5), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(30), nullable=False),
        sa.Column("email", sa.String(120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(300), nullable=False),
    )
    op.create_index("ux_company_office_rut", "company", ["office_code", "rut"], unique=True)
    op.create_index(
        "ix_company_list", "company", ["sort_key", "id", "deleted_at", "search_key"]
    )
    op.create_table(
        "company_contact",
        *_synced(),
        sa.Column("company_id", sa.String(36), sa.ForeignKey("company.id"), nullable=False),
        sa.Column("name", sa.String(160), nullable=False),
        sa.Column("role", sa.String(120), nullable=False),
        sa.Column("phone", sa.String(30), nullable=False),
        sa.Column("email", sa.String(120), nullable=False),
    )
    op.create_index("ix_company_contact_company", "company_contact", ["company_id"])
    op.create_table(
        "company_interaction",
        *_synced(),
        sa.Column("company_id", sa.String(36), sa.ForeignKey("company.id"), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_index(
        "ix_company_interaction_company_date", "company_interaction", ["company_id", "date"]
    )
    op.create_table(
        "vacancy",
        *_synced(),
        sa.Column("company_id", sa.String(36), sa.ForeignKey("company.id"), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("occupation", sa.String(200), nullable=False),
        sa.Column("openings", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("education_level", sa.String(30), nullable=True),
        sa.Column("experience", sa.String(500), nullable=False),
        sa.Column("licences", sa.String(120), nullable=False),
        sa.Column("workday", sa.String(20), nullable=True),
        sa.Column("salary", sa.Integer(), nullable=True),
        sa.Column("contract_type", sa.String(20), nullable=True),
        sa.Column("comuna_code", sa.String(5), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("closes_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("inclusive", sa.Boolean(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
    )
    op.create_index(
        "ix_vacancy_list", "vacancy", ["status", "published_on", "id", "deleted_at"]
    )
    op.create_index("ix_vacancy_company", "vacancy", ["company_id"])
    op.create_table(
        "referral",
        *_synced(),
        sa.Column("vacancy_id", sa.String(36), sa.ForeignKey("vacancy.id"), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=True),
        sa.Column("candidate_name", sa.String(300), nullable=False),
        sa.Column("candidate_rut", sa.String(10), nullable=True),
        sa.Column("candidate_phone", sa.String(30), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("interviewed_on", sa.Date(), nullable=True),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_index("ix_referral_vacancy", "referral", ["vacancy_id", "status"])
    op.create_index("ix_referral_person", "referral", ["person_id"])
    op.create_table(
        "placement",
        *_synced(),
        sa.Column("referral_id", sa.String(36), sa.ForeignKey("referral.id"), nullable=False),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("contract_type", sa.String(20), nullable=False),
        sa.Column("months", sa.Integer(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=False),
        sa.Column("followed_up_on", sa.Date(), nullable=True),
        sa.Column("still_employed", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_index("ux_placement_referral", "placement", ["referral_id"], unique=True)
    op.create_index("ix_placement_follow_up", "placement", ["follow_up_on", "followed_up_on"])


def downgrade() -> None:
    for table in (
        "placement",
        "referral",
        "vacancy",
        "company_interaction",
        "company_contact",
        "company",
    ):
        op.drop_table(table)
