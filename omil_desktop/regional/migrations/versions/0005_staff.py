"""The region's web page for SENCE regional staff: accounts, sessions and login attempts.

``staff_user``: one row per account (``omil-regional staff add``), the Argon2 hash of its
password. ``staff_session``: the SHA-256 of each signed-in browser's cookie token, with its CSRF
token, last use and absolute end. ``login_attempt``: every attempt to sign in (the account name's
SHA-256, the account when it exists, the address, when, whether it succeeded), to slow guessing
down and to show who signed in when; never a password.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_user",
        sa.Column("username", sa.String(40), primary_key=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(), nullable=False),
        sa.Column("disabled_at", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "staff_session",
        sa.Column("token_sha256", sa.String(64), primary_key=True),
        sa.Column("username", sa.String(40), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_staff_session_user", "staff_session", ["username"])
    op.create_table(
        "login_attempt",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("user_key", sa.String(64), nullable=False),
        sa.Column("username", sa.String(40), nullable=True),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_login_attempt_user", "login_attempt", ["user_key", "at"])
    op.create_index("ix_login_attempt_address", "login_attempt", ["address", "at"])


def downgrade() -> None:
    op.drop_index("ix_login_attempt_address", "login_attempt")
    op.drop_index("ix_login_attempt_user", "login_attempt")
    op.drop_table("login_attempt")
    op.drop_index("ix_staff_session_user", "staff_session")
    op.drop_table("staff_session")
    op.drop_table("staff_user")
