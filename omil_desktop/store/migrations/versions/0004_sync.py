"""Sync with the regional server: enrollment and cursor, conflicts, notices, shared records.

``change_log`` is rebuilt with AUTOINCREMENT so a sequence number is never reused after the
acknowledged rows are deleted, and gains the cursor the change was made at (``base_seq``) and the
server's refusal reason.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_SYNCED = ("person", "attention")


def upgrade() -> None:
    for table in _SYNCED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("shared", sa.Boolean(), nullable=False, server_default=sa.false())
            )
    with op.batch_alter_table(
        "change_log", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        batch.add_column(sa.Column("base_seq", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("refused_reason", sa.Text(), nullable=True))
        batch.create_index("ix_change_log_refused", ["refused_reason"])
    op.create_table(
        "notice",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("shared", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("server_url", sa.String(300), nullable=True),
        sa.Column("server_id", sa.String(36), nullable=True),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("region_name", sa.String(80), nullable=False),
        sa.Column("network", sa.String(120), nullable=False),
        sa.Column("credential_store", sa.String(10), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=True),
        sa.Column("cursor", sa.Integer(), nullable=False),
        sa.Column("snapshot_at", sa.Integer(), nullable=True),
        sa.Column("snapshot_after", sa.String(80), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("local_value", sa.Text(), nullable=False),
        sa.Column("server_value", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(10), nullable=True),
    )
    op.create_index(
        "ix_sync_conflict_open", "sync_conflict", ["resolved_at", "table_name", "row_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_sync_conflict_open", "sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_state")
    op.drop_table("notice")
    with op.batch_alter_table("change_log", recreate="always") as batch:
        batch.drop_index("ix_change_log_refused")
        batch.drop_column("refused_reason")
        batch.drop_column("base_seq")
    for table in _SYNCED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("shared")
