"""Office identity, people and the change log.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "office",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("comuna_code", sa.String(5), nullable=False),
        sa.Column("officer_name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "person",
        *synced_columns(),
        sa.Column("rut", sa.String(10), nullable=True, unique=True),
        sa.Column("document_type", sa.String(20), nullable=True),
        sa.Column("document_number", sa.String(40), nullable=False),
        sa.Column("document_country", sa.String(80), nullable=False),
        sa.Column("first_names", sa.String(120), nullable=False),
        sa.Column("last_name_1", sa.String(80), nullable=False),
        sa.Column("last_name_2", sa.String(80), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(1), nullable=True),
        sa.Column("nationality", sa.String(80), nullable=False),
        sa.Column("comuna_code", sa.String(5), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(30), nullable=False),
        sa.Column("email", sa.String(120), nullable=False),
        sa.Column("education_level", sa.String(30), nullable=True),
        sa.Column("job_status", sa.String(20), nullable=True),
        sa.Column("occupation", sa.String(200), nullable=False),
        sa.Column("experience", sa.Text(), nullable=False),
        sa.Column("has_disability", sa.Boolean(), nullable=False),
        sa.Column("rnd_registered", sa.Boolean(), nullable=False),
        sa.Column("woman_head_of_household", sa.Boolean(), nullable=False),
        sa.Column("migrant", sa.Boolean(), nullable=False),
        sa.Column("indigenous", sa.Boolean(), nullable=False),
        sa.Column("unemployment_insurance", sa.String(20), nullable=True),
        sa.Column("bne_registered_on", sa.Date(), nullable=True),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("consent_method", sa.String(20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(300), nullable=False),
    )
    op.create_index("ix_person_sort_key", "person", ["sort_key"])
    op.create_index("ix_person_comuna_code", "person", ["comuna_code"])
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("change_id", sa.String(36), nullable=False, unique=True),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(6), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("change_log")
    op.drop_index("ix_person_comuna_code", "person")
    op.drop_index("ix_person_sort_key", "person")
    op.drop_table("person")
    op.drop_table("office")
