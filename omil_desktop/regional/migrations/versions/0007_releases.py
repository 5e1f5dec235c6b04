"""Releases of OMIL Desktop published by the regional office (``omil-regional version
publicar``): the version, its notes, the installer's size and SHA-256, and the installer's bytes
in 1 MiB pieces, which devices download (docs/updates.md).

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


def upgrade() -> None:
    op.create_table(
        "release",
        sa.Column("version", sa.String(40), primary_key=True),
        sa.Column("filename", sa.String(200), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "release_chunk",
        sa.Column("version", sa.String(40), primary_key=True),
        sa.Column("part", sa.Integer(), primary_key=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("release_chunk")
    op.drop_table("release")
