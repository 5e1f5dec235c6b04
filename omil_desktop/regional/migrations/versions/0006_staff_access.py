"""The region's web page logs each staff access (Ley 21.719): ``staff_access`` holds every
sign-in (accepted or refused), page and office viewed and download, with when, the account, the
office, the year and the client's address. Append-only for the page; ``omil-regional accesos``
reads it. Also an index on a record's changes, for the erasure's purge of old values.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_access",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(40), nullable=True),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("office_code", sa.String(5), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(64), nullable=False),
    )
    op.create_index("ix_staff_access_at", "staff_access", ["at"])
    op.create_index("ix_staff_access_user", "staff_access", ["username", "at"])
    # A record's changes, found by the erasure's purge of old values (regional/exchange.py).
    op.create_index("ix_change_row", "change", ["table_name", "row_id"])


def downgrade() -> None:
    op.drop_index("ix_change_row", "change")
    op.drop_index("ix_staff_access_user", "staff_access")
    op.drop_index("ix_staff_access_at", "staff_access")
    op.drop_table("staff_access")
