"""Records linked to another office's record: a referral to a vacancy another office shares.

- ``record.parent_row``: the record it hangs from (a referral's vacancy), to count a vacancy's
  hires;
- ``record.also_office`` / ``change.also_office``: the other office that sees it (the vacancy's
  office sees the referrals to its vacancy, docs/sync-protocol.md §8).

No record of these tables exists before this revision (they came with protocol 4).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("record") as batch:
        batch.add_column(sa.Column("parent_row", sa.String(36), nullable=True))
        batch.add_column(sa.Column("also_office", sa.String(5), nullable=True))
        batch.create_index("ix_record_parent", ["table_name", "parent_row"])
        batch.create_index("ix_record_also_office", ["also_office"])
    with op.batch_alter_table("change") as batch:
        batch.add_column(sa.Column("also_office", sa.String(5), nullable=True))
        batch.create_index("ix_change_also_office_seq", ["also_office", "seq"])


def downgrade() -> None:
    with op.batch_alter_table("change") as batch:
        batch.drop_index("ix_change_also_office_seq")
        batch.drop_column("also_office")
    with op.batch_alter_table("record") as batch:
        batch.drop_index("ix_record_also_office")
        batch.drop_index("ix_record_parent")
        batch.drop_column("also_office")
        batch.drop_column("parent_row")
