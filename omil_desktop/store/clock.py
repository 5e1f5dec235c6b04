"""The one source of "now" for stored timestamps (UTC, naive), so tests can fix the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def today() -> date:
    """The officer's calendar day (local time of the PC)."""
    return date.today()
