"""Received records set aside: one the PC cannot apply waits here instead of stopping sync.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_set_aside",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("op", sa.String(6), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_sync_set_aside_row", "sync_set_aside", ["table_name", "row_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_set_aside_row", "sync_set_aside")
    op.drop_table("sync_set_aside")
