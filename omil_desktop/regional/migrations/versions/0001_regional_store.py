"""Regional server store: identity, offices, devices, enrollment codes, records, changes,
conflicts and the refusal log.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "server_info",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("server_id", sa.String(36), nullable=False),
        sa.Column("region_code", sa.String(2), nullable=False),
        sa.Column("region_name", sa.String(80), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("horizon", sa.Integer(), nullable=False),
        sa.Column("min_protocol", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "office",
        sa.Column("cut", sa.String(5), primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("network", sa.String(120), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("office", sa.String(5), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("secret_sha256", sa.String(64), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_n", sa.Integer(), nullable=False),
        sa.Column("protocol", sa.Integer(), nullable=False),
    )
    op.create_index("ix_device_office", "device", ["office"])
    op.create_table(
        "enrollment_code",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("office", sa.String(5), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("device_id", sa.String(36), nullable=True),
    )
    op.create_table(
        "record",
        sa.Column("table_name", sa.String(40), primary_key=True),
        sa.Column("row_id", sa.String(36), primary_key=True),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("fields", _JSON, nullable=False),
        sa.Column("versions", _JSON, nullable=False),
        sa.Column("origins", _JSON, nullable=False),
        sa.Column("created_seq", sa.Integer(), nullable=False),
        sa.Column("updated_seq", sa.Integer(), nullable=False),
    )
    op.create_index("ix_record_office", "record", ["office_code", "table_name", "row_id"])
    op.create_index("ix_record_shared", "record", ["shared", "office_code"])
    op.create_table(
        "change",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("change_id", sa.String(36), nullable=False, unique=True),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(6), nullable=False),
        sa.Column("fields", _JSON, nullable=True),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("visible_to_office", sa.Boolean(), nullable=False),
        sa.Column("visible_to_network", sa.Boolean(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_change_office_seq", "change", ["office_code", "seq"])
    op.create_index("ix_change_network_seq", "change", ["visible_to_network", "seq"])
    op.create_index("ix_change_device", "change", ["device_id", "change_id"])
    op.create_index("ix_change_received", "change", ["received_at"])
    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("change_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("yours", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
    )
    op.create_index("ix_conflict_change", "conflict", ["change_id"])
    op.create_table(
        "refusal",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("change_id", sa.String(36), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("refused_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_refusal_device_change", "refusal", ["device_id", "change_id"])


def downgrade() -> None:
    for table in ("refusal", "conflict", "change", "record", "enrollment_code", "device"):
        op.drop_table(table)
    op.drop_table("office")
    op.drop_table("server_info")
