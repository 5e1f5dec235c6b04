"""Services given to people (atenciones).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attention",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_index("ix_attention_person_date", "attention", ["person_id", "date"])


def downgrade() -> None:
    op.drop_index("ix_attention_person_date", "attention")
    op.drop_table("attention")
