"""The same person from two PCs (docs/sync-protocol.md §10) and 64-bit sequence numbers.

- ``record.identity`` (who a record is: a person's RUT or foreign document), indexed per office,
  filled in for the people already held;
- ``row_alias``: a device's row id merged into the record the server already held;
- ``change.to_author`` / ``change.merged_from``: a merge is pulled back by its own device;
- sequence numbers and counters become 64-bit on PostgreSQL (SQLite's INTEGER already is).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

import json

import sqlalchemy as sa
from alembic import op

from omil_desktop.sync.protocol import identity_of

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_64_BIT = (
    ("server_info", "last_seq"),
    ("server_info", "horizon"),
    ("device", "last_n"),
    ("record", "created_seq"),
    ("record", "updated_seq"),
    ("change", "seq"),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table, column in _64_BIT:
            op.alter_column(table, column, type_=sa.BigInteger(), existing_nullable=False)
    with op.batch_alter_table("record") as batch:
        batch.add_column(sa.Column("identity", sa.String(80), nullable=True))
        batch.create_index("ix_record_identity", ["office_code", "table_name", "identity"])
    with op.batch_alter_table("change") as batch:
        batch.add_column(
            sa.Column("to_author", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("merged_from", sa.String(36), nullable=True))
    op.create_table(
        "row_alias",
        sa.Column("table_name", sa.String(40), primary_key=True),
        sa.Column("alias_row", sa.String(36), primary_key=True),
        sa.Column("canonical_row", sa.String(36), nullable=False),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column(
            "created_seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
    )
    record = sa.table(
        "record",
        sa.column("table_name", sa.String),
        sa.column("row_id", sa.String),
        sa.column("fields", sa.JSON),
        sa.column("identity", sa.String),
    )
    rows = bind.execute(
        sa.select(record.c.row_id, record.c.fields).where(record.c.table_name == "person")
    ).all()
    for row_id, fields in rows:
        values = json.loads(fields) if isinstance(fields, str) else fields
        key = identity_of("person", values or {})
        if key is not None:
            bind.execute(
                record.update()
                .where(record.c.table_name == "person", record.c.row_id == row_id)
                .values(identity=key)
            )


def downgrade() -> None:
    op.drop_table("row_alias")
    with op.batch_alter_table("change") as batch:
        batch.drop_column("merged_from")
        batch.drop_column("to_author")
    with op.batch_alter_table("record") as batch:
        batch.drop_index("ix_record_identity")
        batch.drop_column("identity")
