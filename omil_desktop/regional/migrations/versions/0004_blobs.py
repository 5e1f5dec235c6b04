"""The bytes of supporting documents (protocol 6, docs/sync-protocol.md §13).

``blob``: one row per SHA-256, the bytes as uploaded by the first device that had them (checked
against the hash and the 20 MB limit), never changed. Who may download them is read from the
``expense_receipt`` records (``record.identity`` holds their SHA-256).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("blob")
