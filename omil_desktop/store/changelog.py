"""Change capture: every write to a synced table appends to ``change_log`` in the same transaction.

Installed on the session factory, so no code path (form, import, future sync) can write a synced
record without its change being recorded, and a rolled-back write leaves no change behind.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from omil_desktop.store.clock import utcnow
from omil_desktop.store.models import ChangeLog, Synced, SyncState, new_id

APPLYING_REMOTE = "applying_remote"
"""``Session.info`` key set by sync while it applies the server's records: those writes are not
local changes, so they keep the server's timestamps and are not logged to be pushed back."""


class HardDeleteForbidden(RuntimeError):
    """Synced records are deleted by tombstone (``deleted_at``) so the deletion can sync."""


def remote_session(session: Session) -> Session:
    """Mark ``session`` as applying records received from the regional server."""
    session.info[APPLYING_REMOTE] = True
    return session


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _synced_columns(obj: Synced) -> list[str]:
    mapper = inspect(obj).mapper
    return [c.key for c in mapper.column_attrs if c.columns[0].info.get("sync", True)]


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    if session.info.get(APPLYING_REMOTE):
        for obj in (*session.new, *session.dirty):
            if isinstance(obj, Synced):
                obj.before_save()
        return
    now = utcnow()
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise HardDeleteForbidden(f"{type(obj).__name__} must be deleted by tombstone")
    for obj in session.new:
        if isinstance(obj, Synced):
            obj.id = obj.id or new_id()
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.before_save()
    for obj in session.dirty:
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.before_save()


def _after_flush(session: Session, _context: object) -> None:
    if session.info.get(APPLYING_REMOTE):
        return
    rows: list[dict[str, Any]] = []
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, Synced):
            payload = {key: _json_value(getattr(obj, key)) for key in _synced_columns(obj)}
            rows.append(_row(obj, "insert", payload, now))
    for obj in session.dirty:
        if not isinstance(obj, Synced):
            continue
        state = inspect(obj)
        changed: dict[str, Any] = {}
        for key in _synced_columns(obj):
            history = state.attrs[key].history
            if history.has_changes():
                changed[key] = _json_value(getattr(obj, key))
        if not changed or set(changed) == {"updated_at"}:
            continue
        tombstone = "deleted_at" in changed and obj.deleted_at is not None
        rows.append(_row(obj, "delete" if tombstone else "update", changed, now))
    if rows:
        connection = session.connection()
        base = connection.execute(select(SyncState.cursor).where(SyncState.id == 1)).scalar()
        for row in rows:
            row["base_seq"] = base or 0
        connection.execute(insert(ChangeLog), rows)


def _row(obj: Synced, op: str, payload: dict[str, Any], now: datetime) -> dict[str, Any]:
    return {
        "change_id": new_id(),
        "table_name": type(obj).__tablename__,  # type: ignore[attr-defined]
        "row_id": obj.id,
        "op": op,
        "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True),
        "recorded_at": now,
    }


def install_change_capture(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
