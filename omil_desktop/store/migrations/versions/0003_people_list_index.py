"""A covering index for the people list, so search as you type reads no table rows.

The list query filters by search_key, active and deleted_at and orders by sort_key, id; with all
of them in one index ordered by sort_key SQLite scans the index alone (see bench/README.md).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_person_sort_key", "person")
    op.create_index(
        "ix_person_list", "person", ["sort_key", "id", "active", "deleted_at", "search_key"]
    )


def downgrade() -> None:
    op.drop_index("ix_person_list", "person")
    op.create_index("ix_person_sort_key", "person", ["sort_key"])
