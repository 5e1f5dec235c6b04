"""Personal data under Ley 21.719: officers' accounts, the audit log (a hash chain per PC), the
person's requests, retention periods, each person's legal basis and anonymisation, and the
window's idle lock.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[object]]:
    # A migration is a frozen picture of its revision: it keeps its own copy of these columns.
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("shared", sa.Boolean(), nullable=False, server_default=sa.false()),
    ]


def upgrade() -> None:
    with op.batch_alter_table("person") as person:
        person.add_column(
            sa.Column("legal_basis", sa.String(20), nullable=False, server_default="funcion_legal")
        )
        person.add_column(sa.Column("anonymised_on", sa.Date(), nullable=True))
    with op.batch_alter_table("office") as office:
        office.add_column(
            sa.Column("lock_minutes", sa.Integer(), nullable=False, server_default="10")
        )
        office.add_column(sa.Column("retention_reviewed_on", sa.Date(), nullable=True))
    op.create_table(
        "officer_account",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("username", sa.String(40), nullable=False, unique=True),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "retention_period",
        sa.Column("kind", sa.String(40), primary_key=True),
        sa.Column("years", sa.Integer(), nullable=False),
    )
    op.create_table(
        "audit_entry",
        *_synced(),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("device", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id"), nullable=True),
        sa.Column("record_table", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("detail", sa.String(300), nullable=False),
        sa.Column("previous_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_entry_person", "audit_entry", ["person_id", "at"])
    op.create_index("ix_audit_entry_chain", "audit_entry", ["device", "position"], unique=True)
    op.create_table(
        "data_request",
        *_synced(),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
    )
    op.create_index("ix_data_request_person", "data_request", ["person_id", "received_on"])
    # A person's placements, read by the copy of their data, erasure and the retention review.
    op.create_index("ix_placement_person", "placement", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_placement_person", table_name="placement")
    for table in ("data_request", "audit_entry", "retention_period", "officer_account"):
        op.drop_table(table)
    with op.batch_alter_table("office") as office:
        office.drop_column("retention_reviewed_on")
        office.drop_column("lock_minutes")
    with op.batch_alter_table("person") as person:
        person.drop_column("anonymised_on")
        person.drop_column("legal_basis")
