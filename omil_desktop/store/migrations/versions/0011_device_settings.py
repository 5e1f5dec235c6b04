"""This PC's own settings (backup folder and schedule; the newest release the regional server
announced), local and never synced.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_settings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("backup_folder", sa.String(500), nullable=True),
        sa.Column("backup_schedule", sa.String(20), nullable=False, server_default="diario"),
        sa.Column("latest_version", sa.String(40), nullable=True),
        sa.Column("latest_version_checked_at", sa.DateTime(), nullable=True),
        sa.Column("update_announced", sa.String(40), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("device_settings")
