"""Audit capture: every create, change or delete of a person's data appends an ``AuditEntry`` in
the same transaction (field names, never values).

The writes are read before each flush and their entries added right after it, so the next
flush (at the latest the commit's: it flushes until nothing is pending) inserts them after the
records they name, and the change capture (store/changelog.py) stamps them and logs them to be
pushed like any synced record; a rolled-back write leaves no entry behind. Sessions applying
records received by sync (``APPLYING_REMOTE``) are not audited: the PC that made those changes
audited them.

:func:`append_entry` is the one way an entry is written (this hook, and services/audit.py for
views, exports and prints): it numbers the entry in this PC's chain and seals it with its hash
(domain/audit.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from omil_desktop.domain.audit import CONTENT_FIELDS, entry_hash, field_names
from omil_desktop.domain.privacy import AuditAction
from omil_desktop.store.changelog import APPLYING_REMOTE
from omil_desktop.store.clock import utcnow
from omil_desktop.store.models import (
    AuditEntry,
    Office,
    Person,
    Referral,
    Synced,
    WorkshopEnrollment,
    new_id,
)

PERSON_TABLES = frozenset(
    {
        "person",
        "attention",
        "referral",
        "placement",
        "workshop_enrollment",
        "workshop_attendance",
        "fair_attendee",
        "fair_referral",
        "satisfaction_survey",
        "data_request",
    }
)
"""The tables whose records are a person's data: each write to one of them is audited."""

_NOT_CONTENT = frozenset(
    {
        "id",
        "office_code",
        "created_at",
        "updated_at",
        "deleted_at",
        "shared",
        "search_key",
        "sort_key",
    }
)
"""Bookkeeping a write touches that is not the person's data."""


@dataclass(frozen=True)
class Actor:
    """Who acts on this PC, as an entry records it."""

    device: str
    """The ``office`` row's id: this PC's chain."""
    office_code: str
    officer: str
    """«username (Nombre Apellido)» of the signed-in officer, else the office's officer."""


def current_actor(session: Session, signed_in: str | None) -> Actor | None:
    """This PC's device and officer; None before the office is set up (nothing to audit)."""
    office = session.execute(
        select(Office.id, Office.comuna_code, Office.officer_name).limit(1)
    ).first()
    if office is None:
        return None
    return Actor(
        device=office.id, office_code=office.comuna_code, officer=signed_in or office.officer_name
    )


def append_entry(
    session: Session,
    actor: Actor,
    action: AuditAction,
    *,
    person_id: str | None = None,
    record_table: str = "",
    record_id: str = "",
    fields: str = "",
    detail: str = "",
) -> AuditEntry:
    """Add to ``session`` the next entry of this PC's chain, numbered and sealed."""
    position, previous_hash = _tail(session, actor.device)
    entry = AuditEntry(
        id=new_id(),
        office_code=actor.office_code,
        at=utcnow(),
        device=actor.device,
        position=position + 1,
        officer=actor.officer[:200],
        action=action.value,
        person_id=person_id,
        record_table=record_table,
        record_id=record_id,
        fields=fields,
        detail=detail[:300],
        previous_hash=previous_hash,
    )
    entry.hash = entry_hash({name: getattr(entry, name) for name in CONTENT_FIELDS})
    session.add(entry)
    session.info.setdefault(_TAIL, {})[actor.device] = entry
    return entry


def _tail(session: Session, device: str) -> tuple[int, str]:
    """The position and hash of the last entry of ``device``'s chain, written or pending."""
    last_added = session.info.get(_TAIL, {}).get(device)
    if last_added is not None and inspect(last_added).pending:
        # The entry this session added last (an import adds thousands: no scan of them all).
        return last_added.position, last_added.hash
    pending = [e for e in session.new if isinstance(e, AuditEntry) and e.device == device]
    if pending:
        last = max(pending, key=lambda e: e.position)
        return last.position, last.hash
    row = session.execute(
        select(AuditEntry.position, AuditEntry.hash)
        .where(AuditEntry.device == device)
        .order_by(AuditEntry.position.desc())
        .limit(1)
    ).first()
    return (row.position, row.hash) if row is not None else (0, "")


def _changes(obj: Synced, *, new: bool) -> tuple[AuditAction, list[str]] | None:
    """What a write does to the record: the action and the names of the fields it touches;
    None when it touches only bookkeeping."""
    state = inspect(obj)
    touched = [
        attr.key
        for attr in state.mapper.column_attrs
        if state.attrs[attr.key].history.has_changes()
    ]
    if new:  # the fields given a value
        given = [k for k in touched if getattr(obj, k) not in (None, "", False)]
        return AuditAction.CREATED, [k for k in given if k not in _NOT_CONTENT]
    if "deleted_at" in touched and obj.deleted_at is not None:
        return AuditAction.DELETED, []
    names = [k for k in touched if k not in _NOT_CONTENT]
    if "deleted_at" in touched:  # brought back
        names.append("deleted_at")
    return (AuditAction.CHANGED, names) if names else None


def _person_of(session: Session, obj: Synced) -> str | None:
    table = type(obj).__tablename__  # type: ignore[attr-defined]
    if table == "person":
        return obj.id
    if table == "workshop_attendance":
        return _read(session, WorkshopEnrollment, getattr(obj, "enrollment_id", None))
    if table == "fair_referral":
        return _read(session, Referral, getattr(obj, "referral_id", None))
    person = getattr(obj, "person_id", None)
    return person if isinstance(person, str) else None


def _read(
    session: Session, model: type[WorkshopEnrollment] | type[Referral], row: Any
) -> str | None:
    if not isinstance(row, str):
        return None
    for pending in session.new:  # the parent may be written in this same flush
        if isinstance(pending, model) and pending.id == row:
            return pending.person_id
    found: str | None = session.execute(
        select(model.person_id).where(model.id == row)
    ).scalar_one_or_none()
    return found


def install_audit_capture(
    factory: sessionmaker[Session], signed_in: Callable[[], str | None]
) -> None:
    """Audit every write of a person's data made through ``factory``'s sessions; ``signed_in``
    gives the officer acting (None: the office's officer, a folder without accounts).

    What a flush writes is read in ``before_flush`` (the attributes' history is still there);
    the entries are added after it (``after_flush_postexec``), so the flush that follows, the
    commit's own included, inserts them after the records they name (their ``person_id`` is a
    foreign key) and the change capture logs them to be pushed like any record."""

    def before_flush(session: Session, _context: object, _instances: object) -> None:
        if session.info.get(APPLYING_REMOTE):
            return
        writes: list[tuple[Synced, bool]] = [(obj, True) for obj in session.new if _audited(obj)]
        writes += [
            (obj, False)
            for obj in session.dirty
            if _audited(obj) and session.is_modified(obj, include_collections=False)
        ]
        pending: list[_Write] = []
        for obj, new in writes:
            change = _changes(obj, new=new)
            if change is None:
                continue
            if new:
                obj.id = obj.id or new_id()
            action, names = change
            pending.append(
                _Write(
                    action=action,
                    person_id=_person_of(session, obj),
                    record_table=type(obj).__tablename__,  # type: ignore[attr-defined]
                    record_id=obj.id,
                    fields=field_names(names),
                )
            )
        session.info[_PENDING] = pending

    def after_flush_postexec(session: Session, _context: object) -> None:
        pending: list[_Write] = session.info.pop(_PENDING, [])
        if not pending:
            return
        actor = current_actor(session, signed_in())
        if actor is None:
            return
        # A referral to this office's vacancy may name another office's person, not held here.
        # (Elsewhere ``person_id`` is a foreign key: the person is here.)
        named = {w.person_id for w in pending if w.record_table in _LOOSE and w.person_id}
        held = (
            set(session.scalars(select(Person.id).where(Person.id.in_(named)))) if named else set()
        )
        for write in pending:
            loose = write.record_table in _LOOSE and write.person_id not in held
            append_entry(
                session,
                actor,
                write.action,
                person_id=None if loose else write.person_id,
                record_table=write.record_table,
                record_id=write.record_id,
                fields=write.fields,
            )

    event.listen(factory, "before_flush", before_flush)
    event.listen(factory, "after_flush_postexec", after_flush_postexec)


_LOOSE = frozenset({"referral", "fair_referral"})
"""Tables whose person may be another office's (a referral to this office's vacancy)."""

_PENDING = "audit_pending"
_TAIL = "audit_tail"
"""session.info key: device → the entry :func:`append_entry` added last in the session."""
"""``Session.info`` key: the writes of the flush under way, to be audited once it is done."""


@dataclass(frozen=True)
class _Write:
    action: AuditAction
    person_id: str | None
    record_table: str
    record_id: str
    fields: str


def _audited(obj: object) -> bool:
    return (
        isinstance(obj, Synced)
        and not isinstance(obj, AuditEntry)
        and type(obj).__tablename__ in PERSON_TABLES  # type: ignore[attr-defined]
    )
