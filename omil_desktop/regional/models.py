"""SQLAlchemy 2.0 models of the regional server's own database (SQLite or PostgreSQL).

Separate from the client's models (its own :class:`RegionalBase`): the server keeps, for every
synced record, its current fields with the sequence number and author of each field's last write
(docs/sync-protocol.md §9), and every accepted change in ``change`` under the server-assigned
``seq``. The schema changes only through ``regional/migrations``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JSONType = JSON().with_variant(postgresql.JSONB(), "postgresql")
"""JSON column: JSONB on PostgreSQL, JSON text on SQLite."""
Seq = BigInteger().with_variant(Integer(), "sqlite")
"""Sequence numbers and counters: 64-bit (SQLite's INTEGER already is, and stays a rowid)."""

REGION_ORIGIN = "region"
"""``origins`` value of a field last written by a regional edit."""


class RegionalBase(DeclarativeBase):
    pass


class ServerInfo(RegionalBase):
    """This server's identity and counters. One row (id 1), locked to assign sequence numbers."""

    __tablename__ = "server_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_id: Mapped[str] = mapped_column(String(36))
    region_code: Mapped[str] = mapped_column(String(2))
    region_name: Mapped[str] = mapped_column(String(80))
    last_seq: Mapped[int] = mapped_column(Seq, default=0)
    """The highest ``seq`` assigned so far."""
    horizon: Mapped[int] = mapped_column(Seq, default=1)
    """The lowest ``seq`` whose payload is still kept (``compact`` raises it)."""
    min_protocol: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Office(RegionalBase):
    """An OMIL of the region, by its comuna CUT code."""

    __tablename__ = "office"

    cut: Mapped[str] = mapped_column(String(5), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    network: Mapped[str] = mapped_column(String(120), default="")
    """The office's Red Territorial; empty when it belongs to none."""
    registered_at: Mapped[datetime] = mapped_column(DateTime)


class Device(RegionalBase):
    """An enrolled installation. Only the SHA-256 of its secret is kept."""

    __tablename__ = "device"
    __table_args__ = (Index("ix_device_office", "office"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office: Mapped[str] = mapped_column(String(5))
    name: Mapped[str] = mapped_column(String(120))
    secret_sha256: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    last_n: Mapped[int] = mapped_column(Seq, default=0)
    """The highest change ``n`` received from the device (applied or refused)."""
    protocol: Mapped[int] = mapped_column(Integer)
    """The protocol version of the device's latest request."""


class EnrollmentCode(RegionalBase):
    """A one-time enrollment code, kept only as its SHA-256."""

    __tablename__ = "enrollment_code"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    office: Mapped[str] = mapped_column(String(5))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Record(RegionalBase):
    """The current state of one synced record, with each field's last write (seq and author)."""

    __tablename__ = "record"
    __table_args__ = (
        Index("ix_record_office", "office_code", "table_name", "row_id"),
        Index("ix_record_shared", "shared", "office_code"),
        Index("ix_record_identity", "office_code", "table_name", "identity"),
        Index("ix_record_parent", "table_name", "parent_row"),
        Index("ix_record_also_office", "also_office"),
    )

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(5))
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    fields: Mapped[dict[str, Any]] = mapped_column(JSONType)
    versions: Mapped[dict[str, int]] = mapped_column(JSONType)
    """Field → ``seq`` of its last write."""
    origins: Mapped[dict[str, str]] = mapped_column(JSONType)
    """Field → device id of its last write, or ``"region"``."""
    created_seq: Mapped[int] = mapped_column(Seq)
    updated_seq: Mapped[int] = mapped_column(Seq)
    identity: Mapped[str | None] = mapped_column(String(80), default=None)
    """Who the record is (a person's RUT or foreign document, §10), to find the same person
    registered on another PC of the office; None for tables without identity."""
    parent_row: Mapped[str | None] = mapped_column(String(36), default=None)
    """The record it hangs from, when that matters to a rule (a referral's vacancy)."""
    also_office: Mapped[str | None] = mapped_column(String(5), default=None)
    """Another office that sees the record (a referral's vacancy's office, §8)."""


class Change(RegionalBase):
    """An accepted change under its server ``seq``; its id is kept forever, its payload until
    ``compact``."""

    __tablename__ = "change"
    __table_args__ = (
        Index("ix_change_office_seq", "office_code", "seq"),
        Index("ix_change_network_seq", "visible_to_network", "seq"),
        Index("ix_change_device", "device_id", "change_id"),
        Index("ix_change_received", "received_at"),
        Index("ix_change_also_office_seq", "also_office", "seq"),
        Index("ix_change_row", "table_name", "row_id"),
    )

    seq: Mapped[int] = mapped_column(Seq, primary_key=True, autoincrement=False)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    """The device that pushed it; NULL for a regional edit or a server-made change."""
    office_code: Mapped[str] = mapped_column(String(5))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(6))
    fields: Mapped[dict[str, Any] | None] = mapped_column(JSONType, default=None)
    """The fields written (NULL once compacted)."""
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    """The record's ``shared`` after the change."""
    visible_to_office: Mapped[bool] = mapped_column(Boolean, default=True)
    visible_to_network: Mapped[bool] = mapped_column(Boolean, default=False)
    to_author: Mapped[bool] = mapped_column(Boolean, default=False)
    """Pulled by its own device too: a merge (§10) whose result the device must see whole."""
    merged_from: Mapped[str | None] = mapped_column(String(36), default=None)
    """The device's own row id when its new record was merged into ``row_id`` (§10)."""
    also_office: Mapped[str | None] = mapped_column(String(5), default=None)
    """Another office that receives it: the record's ``also_office`` (§8)."""
    received_at: Mapped[datetime] = mapped_column(DateTime)


class ChangeConflict(RegionalBase):
    """A clash reported in a change's ack, kept so a duplicate of the change repeats it."""

    __tablename__ = "conflict"
    __table_args__ = (Index("ix_conflict_change", "change_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    yours: Mapped[str] = mapped_column(Text)
    """JSON of the device's value."""
    theirs: Mapped[str] = mapped_column(Text)
    """JSON of the server's value, which was kept."""


class Refusal(RegionalBase):
    """A refused change: who, where and why, never the record's content."""

    __tablename__ = "refusal"
    __table_args__ = (Index("ix_refusal_device_change", "device_id", "change_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36))
    office_code: Mapped[str] = mapped_column(String(5))
    change_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text)
    refused_at: Mapped[datetime] = mapped_column(DateTime)


class RowAlias(RegionalBase):
    """A device's row id that names a record the server already held under another id: the
    same person registered on two PCs (§10). Later changes and references through the alias are
    written to the canonical record."""

    __tablename__ = "row_alias"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    alias_row: Mapped[str] = mapped_column(String(36), primary_key=True)
    canonical_row: Mapped[str] = mapped_column(String(36))
    office_code: Mapped[str] = mapped_column(String(5))
    device_id: Mapped[str] = mapped_column(String(36))
    created_seq: Mapped[int] = mapped_column(Seq)


class Blob(RegionalBase):
    """The bytes of a supporting document, by their SHA-256 (protocol 6, §13): stored once
    whichever devices and offices upload them, verified against the hash, never changed. Who
    may download them is read from the ``expense_receipt`` records that name them."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    device_id: Mapped[str] = mapped_column(String(36))
    """The device that uploaded them first."""
    office_code: Mapped[str] = mapped_column(String(5))
    received_at: Mapped[datetime] = mapped_column(DateTime)


class StaffUser(RegionalBase):
    """A SENCE regional staff account of the region's web page (``omil-regional staff``). Only
    the Argon2 hash of its password is kept."""

    __tablename__ = "staff_user"

    username: Mapped[str] = mapped_column(String(40), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class StaffSession(RegionalBase):
    """A signed-in browser: only the SHA-256 of the cookie's random token is kept. It ends at
    logout, after a while unused, or at its absolute end, whichever comes first."""

    __tablename__ = "staff_session"
    __table_args__ = (Index("ix_staff_session_user", "username"),)

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(40))
    csrf_token: Mapped[str] = mapped_column(String(64))
    """Sent back in every form of the session (a forged form from another site lacks it)."""
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    """The absolute end, however active the session is."""


class LoginAttempt(RegionalBase):
    """One attempt to sign in to the web page: who (the account, when it exists), from where,
    when, and whether it succeeded; never the password. Failures are counted from here to slow
    down guessing (per account name and per address)."""

    __tablename__ = "login_attempt"
    __table_args__ = (
        Index("ix_login_attempt_user", "user_key", "at"),
        Index("ix_login_attempt_address", "address", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_key: Mapped[str] = mapped_column(String(64))
    """SHA-256 of the account name as typed (normalised): an unknown name is counted too,
    without storing what was typed (it may be a password typed in the wrong box)."""
    username: Mapped[str | None] = mapped_column(String(40), default=None)
    """The account's name, when such an account exists."""
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)


class StaffAccess(RegionalBase):
    """One thing a staff member did on the region's web page (Ley 21.719: who saw what): a
    sign-in (ok or refused), a page or an office viewed, a download. Written by the page only,
    never changed or deleted by it; read with ``omil-regional accesos``."""

    __tablename__ = "staff_access"
    __table_args__ = (
        Index("ix_staff_access_at", "at"),
        Index("ix_staff_access_user", "username", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    username: Mapped[str | None] = mapped_column(String(40), default=None)
    """The account; None for a refused sign-in to no existing account (what was typed is not
    kept: it may be a password typed in the wrong box)."""
    action: Mapped[str] = mapped_column(String(20))
    """An :class:`~omil_desktop.regional.access_log.Access` value."""
    office_code: Mapped[str | None] = mapped_column(String(5), default=None)
    """The office viewed (its CUT), when the action is about one."""
    year: Mapped[int | None] = mapped_column(Integer, default=None)
    """The year of the figures viewed or downloaded."""
    address: Mapped[str] = mapped_column(String(64))


class Release(RegionalBase):
    """A release of OMIL Desktop the regional office published for its devices (``omil-regional
    version publicar``): the newest one is what devices are told about. The installer's bytes
    are kept in :class:`ReleaseChunk` pieces, so they stream out without being read whole."""

    __tablename__ = "release"

    version: Mapped[str] = mapped_column(String(40), primary_key=True)
    filename: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime] = mapped_column(DateTime)


class ReleaseChunk(RegionalBase):
    """One piece (at most 1 MiB) of a release's installer, in order."""

    __tablename__ = "release_chunk"

    version: Mapped[str] = mapped_column(String(40), primary_key=True)
    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
