"""Applying what the regional server sends: pulled changes and snapshot records, one at a time.

Every received record is checked against the protocol's schema (``protocol.check_fields``), its
references must name records on this PC, and it is written inside its own savepoint: a record
this PC cannot apply — a value it cannot hold, a reference to a person it does not have, a person
registered here under another id that the server does not know as the same — is **set aside**
(``sync_set_aside``) with the reason, shown to the officer and tried again at the next sync, and
the rest goes on (docs/sync-protocol.md §5). Later changes of a record set aside wait behind it.

It also re-points a record: when the server answers that a new record of this PC is one it
already held (the same person registered on two PCs, §10), the local copy takes the server's id,
and so does everything that refers to it (atenciones, unsent changes, conflicts).

Writes go through the ORM in a *remote* session (no change capture). Logs hold counts and kinds
only, never a record's content.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    DateTime,
    Integer,
    delete,
    exists,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from omil_desktop.domain.expenses import DocumentType
from omil_desktop.domain.rendition import Month, MonthAction
from omil_desktop.domain.texts import translate
from omil_desktop.store.engine import in_chunks
from omil_desktop.store.models import (
    SYNCED_MODELS,
    ChangeLog,
    FomilAgreement,
    MonthClosure,
    Person,
    SyncConflict,
    Synced,
    SyncSetAside,
    new_id,
)
from omil_desktop.sync import protocol

log = logging.getLogger(__name__)

MODELS: dict[str, type[Synced]] = {
    m.__tablename__: m  # type: ignore[attr-defined]
    for m in SYNCED_MODELS
}
TABLE_ORDER = {name: index for index, name in enumerate(protocol.SYNC_TABLES)}

WAITS_BEHIND = "Espera a un cambio anterior de este registro que quedó apartado."
_LOCKED_BY_MONTH = {"expense": "spent_on", "agreement_installment": "received_on"}
"""Records a closed month locks, with the date that puts them in a month."""
_NAMED_BY = ("agreement_id", "spent_on", "received_on", "document_type", "number", "voucher_number")


@dataclass(frozen=True, slots=True)
class Received:
    """One pulled change or snapshot record, as the server sent it."""

    table: str
    row: str
    office: str
    shared: bool
    fields: dict[str, protocol.JSONValue]
    op: str
    seq: int | None = None
    received_at: datetime | None = None


@dataclass
class Applied:
    """What an :class:`Applier` did with what it was given."""

    applied: int = 0
    set_aside: int = 0


class Applier:
    """Writes received records into one remote session, setting aside what it cannot apply."""

    def __init__(
        self, session: Session, office_code: str, checks: protocol.Checks, now: datetime
    ) -> None:
        self.session = session
        self.office_code = office_code
        self.checks = checks
        self.now = now
        self.result = Applied()
        self._waiting = {
            (table, row)
            for table, row in session.execute(select(SyncSetAside.table_name, SyncSetAside.row_id))
        }
        self._objects: dict[tuple[str, str], Synced | None] = {}
        self._guarded: dict[tuple[str, str], dict[str, SyncConflict | None]] = {}
        self._people: dict[str, Person] = {}
        self._page_closures: list[Received] = []
        """Month closures among what is being applied: they count, for a change pulled after
        them, before they are written (a page is applied parents first, closures last)."""

    # -- entry points ---------------------------------------------------------------------------

    def forget_received(self) -> None:
        """Drop every local copy of another office's (or the region's) records, except those
        this office's records point at (a vacancy its referral went to, and that vacancy's
        company): they stay as the office's history, read-only."""
        for model in reversed(SYNCED_MODELS):  # children first: what they still point at stays
            query = delete(model).where(model.office_code != self.office_code)
            held = _held_here(model)
            if held is not None:
                query = query.where(~held)
            self.session.execute(query)

    def apply_changes(self, changes: Sequence[protocol.PulledChange]) -> None:
        self._apply(
            [
                Received(c.table, c.row, c.office, c.shared, dict(c.fields), c.op, c.seq)
                for c in changes
            ]
        )

    def apply_records(self, records: Sequence[protocol.SnapshotRecord]) -> None:
        self._apply(
            [
                Received(r.table, r.row, r.office, r.shared, dict(r.fields), "insert")
                for r in records
            ]
        )

    def retry_set_aside(self) -> None:
        """Try again every record set aside, oldest first (their cause may be gone: the person
        they refer to arrived, the region corrected a value, the program was updated). The
        changes of one record are folded into one, in order; what still fails is set aside
        again, as that one."""
        rows = list(self.session.scalars(select(SyncSetAside).order_by(SyncSetAside.id)))
        if not rows:
            return
        groups: dict[tuple[str, str], list[Received]] = {}
        for r in rows:
            groups.setdefault((r.table_name, r.row_id), []).append(_received(r))
        self.session.execute(delete(SyncSetAside))
        self._waiting.clear()
        self._apply([_fold(items) for items in groups.values()], keep_order=True)

    # -- applying -------------------------------------------------------------------------------

    def _apply(self, items: list[Received], *, keep_order: bool = False) -> None:
        known = [item for item in items if item.table in MODELS]
        if len(known) != len(items):
            skipped = len(items) - len(known)
            log.info("skipped %d records of tables this version does not know", skipped)
        if not keep_order:
            # Parents before children; a stable sort keeps each table's changes in seq order.
            known.sort(key=lambda item: TABLE_ORDER[item.table])
        if not known:
            return
        self._page_closures = [item for item in known if item.table == "month_closure"]
        # Fast path: the whole page in one savepoint, one flush. Should the database refuse
        # anything (a value it cannot hold), the page is undone and applied again one record at
        # a time, each in its own savepoint, so only the record at fault is set aside.
        before = (self.result.applied, self.result.set_aside, set(self._waiting))
        try:
            with self.session.begin_nested():
                self._load(known)
                for item in known:
                    self._settle(item, self._apply_one(item))
                self.session.flush()
            return
        except (SQLAlchemyError, ValueError, TypeError) as exc:
            log.info("a page was applied again record by record (%s)", type(exc).__name__)
        self.result.applied, self.result.set_aside, self._waiting = before
        self.session.expire_all()
        self._load(known)
        for item in known:
            try:
                with self.session.begin_nested():
                    reason = self._apply_one(item)
                    self.session.flush()
            except (SQLAlchemyError, ValueError, TypeError) as exc:
                log.info("a received %s was set aside (%s)", item.table, type(exc).__name__)
                self._load([item], fresh=False)
                reason = translate("sync.applier", "Este equipo no pudo guardarlo: ") + _explain(
                    exc
                )
            self._settle(item, reason)

    def _settle(self, item: Received, reason: str | None) -> None:
        if reason is None:
            self.result.applied += 1
        elif reason:
            self._set_aside(item, reason)

    def _load(self, items: Sequence[Received], *, fresh: bool = True) -> None:
        """What applying ``items`` consults, read in bulk: the records they name or refer to,
        the fields protected by unsent changes or open conflicts, and who the people are.
        ``fresh``: forget what was read for earlier items (a new page)."""
        keys = {(item.table, item.row) for item in items}
        for item in items:
            keys.update(
                (table, row)
                for _name, table, row in protocol.references(
                    item.table, item.fields, everywhere_only=True
                )
            )
        if fresh:
            self._objects = {}
            self._guarded = {}
            self._people = {}
        self._objects.update(dict.fromkeys(keys))
        for key in keys:
            self._guarded.pop(key, None)
        by_table: dict[str, list[str]] = {}
        for table, row in keys:
            by_table.setdefault(table, []).append(row)
        for table, rows in by_table.items():
            model = MODELS[table]
            for chunk in in_chunks(sorted(rows)):
                for obj in self.session.scalars(select(model).where(model.id.in_(chunk))):
                    self._objects[(table, obj.id)] = obj
        rows = sorted({row for _table, row in keys})
        for chunk in in_chunks(rows):
            for table, row, payload in self.session.execute(
                select(ChangeLog.table_name, ChangeLog.row_id, ChangeLog.payload).where(
                    ChangeLog.row_id.in_(chunk), ChangeLog.refused_reason.is_(None)
                )
            ):
                if (table, row) not in keys:
                    continue
                fields = self._guarded.setdefault((table, row), {})
                for name in json.loads(payload):
                    if name != "updated_at":
                        fields.setdefault(name, None)
            for conflict in self.session.scalars(
                select(SyncConflict).where(
                    SyncConflict.row_id.in_(chunk), SyncConflict.resolved_at.is_(None)
                )
            ):
                if (conflict.table_name, conflict.row_id) not in keys:
                    continue
                self._guarded.setdefault((conflict.table_name, conflict.row_id), {})[
                    conflict.field
                ] = conflict
        found: set[str] = set()
        for item in items:
            rut = item.fields.get("rut")
            if item.table == "person" and isinstance(rut, str):
                found.add(rut)
        ruts = sorted(found)
        for chunk in in_chunks(ruts):
            for person in self.session.scalars(select(Person).where(Person.rut.in_(chunk))):
                self._know_person(person)
        if any(item.table == "person" and not item.fields.get("rut") for item in items):
            for person in self.session.scalars(
                select(Person).where(Person.rut.is_(None), Person.document_number != "")
            ):
                self._know_person(person)

    def _know_person(self, person: Person) -> None:
        values = {name: getattr(person, name) for name in protocol.IDENTITY_FIELDS["person"]}
        key = protocol.identity_of("person", values)
        if key is not None:
            self._people.setdefault(key, person)

    def _linked_here(self, item: Received, obj: Synced | None) -> bool:
        """Whether another office's record is seen here because it points at a record of this
        office: a referral to one of its vacancies (protocol.LINKS, §8)."""
        link = protocol.LINKS.get(item.table)
        if link is None:
            return False
        if obj is not None:
            return True
        target = item.fields.get(link.field)
        parent = self._objects.get((link.table, target)) if isinstance(target, str) else None
        return parent is not None and parent.office_code == self.office_code

    def _apply_one(self, item: Received) -> str | None:
        """Check and write one record (not flushed); the reason to set it aside, ``""`` to
        skip it, None when applied."""
        model = MODELS[item.table]
        key = (item.table, item.row)
        obj = self._objects.get(key)
        visible = (
            item.office in (self.office_code, protocol.REGION_OFFICE)
            or item.shared
            or self._linked_here(item, obj)
        )
        if not visible:
            if obj is not None:
                self._remove(obj)
                self._objects[key] = None
            return None
        if key in self._waiting:
            return self._catch_up(item)
        fields = {k: v for k, v in item.fields.items() if k in protocol.SYNC_TABLES[item.table]}
        problems = protocol.check_fields(item.table, fields, checks=self.checks)
        if problems:
            return protocol.describe_problems(problems)
        if obj is None and not _complete(model, fields):
            log.info("skipped a partial %s of a %s not held here", item.op, item.table)
            return ""
        for name, target_table, target in protocol.references(
            item.table, fields, everywhere_only=True
        ):
            if self._objects.get((target_table, target)) is None:
                return translate(
                    "sync.applier", "{name}: se refiere a un registro que no está en este equipo."
                ).format(name=name)
        if item.table in _LOCKED_BY_MONTH:
            reason = self._closed_here(model, item, obj, fields)
            if reason is not None:
                return reason
        if item.table == "person":
            values: dict[str, object] = {}
            if obj is not None:
                values = {n: getattr(obj, n) for n in protocol.IDENTITY_FIELDS["person"]}
            values.update(fields)
            identity = protocol.identity_of("person", values)
            twin = self._people.get(identity) if identity is not None else None
            if twin is not None and twin.id != item.row:
                if not self._never_synced(twin):
                    return translate(
                        "sync.applier",
                        "Ya hay en este equipo otra persona con el mismo RUT o documento. "
                        "Revise ambos registros.",
                    )
                # A person registered here, not yet on the server, that the server already
                # holds from another PC of the office: this PC's copy takes the server's id
                # and its unsent data goes as a merge (§10).
                repoint(self.session, item.table, twin.id, item.row)
                if identity is not None:
                    self._people.pop(identity, None)
                self._load([item], fresh=False)
                obj = self._objects.get(key)
        self._write(model, item, obj, fields)
        return None

    def _closed_here(
        self,
        model: type[Synced],
        item: Received,
        obj: Synced | None,
        fields: dict[str, protocol.JSONValue],
    ) -> str | None:
        """Why a pulled expense or installment is set aside: it adds, changes or removes one in a
        month closed on this PC (its old month or its new one), whose rendición was signed
        without it (docs/sync-protocol.md §12). A record this PC already holds as sent is no
        change. None when it may be applied."""
        date_field = _LOCKED_BY_MONTH[item.table]
        new = _convert(model, fields)
        if obj is not None and all(
            getattr(obj, name) == value for name, value in new.items() if name != "updated_at"
        ):
            return None
        states = [{**self._values_of(obj, new), **new}]
        if obj is not None:
            states.insert(0, self._values_of(obj, new))
        for values in states:
            agreement_id, day = values.get("agreement_id"), values.get(date_field)
            if not isinstance(agreement_id, str) or not isinstance(day, date):
                continue
            month = Month.of(day)
            if item.table == "agreement_installment":
                agreement = self.session.get(FomilAgreement, agreement_id)
                if agreement is not None:  # money before the period: the first month's
                    month = max(month, Month.of(agreement.starts_on))
            if str(month) not in self._closed_months(agreement_id, item.seq):
                continue
            if item.table == "expense":
                kind = values.get("document_type")
                document = DocumentType(kind).label if isinstance(kind, str) else "documento"
                what = translate(
                    "sync.applier", "el gasto del {day:%d-%m-%Y} ({document} N° {get})"
                ).format(day=day, document=document, get=values.get("number"))
            else:
                voucher = values.get("voucher_number")
                what = translate(
                    "sync.applier", "el ingreso del {day:%d-%m-%Y} (comprobante {voucher})"
                ).format(day=day, voucher=voucher)
            change = (
                what
                if obj is None
                else translate("sync.applier", "el cambio a {removeprefix}").format(
                    removeprefix=what.removeprefix("el ")
                )
            )
            return translate(
                "sync.applier",
                "El mes de {label} está cerrado en este equipo: {change}, que llegó de otro "
                "equipo de la oficina, queda apartado para no alterar la rendición ya cerrada. "
                "Reabra el mes (con el motivo) para recibirlo.",
            ).format(label=month.label, change=change)
        return None

    @staticmethod
    def _values_of(obj: Synced | None, new: dict[str, Any]) -> dict[str, Any]:
        """What of ``obj`` places it in a month and names it (and anything ``new`` changes)."""
        if obj is None:
            return {}
        names = {*new, *_NAMED_BY}
        return {name: getattr(obj, name) for name in names if hasattr(obj, name)}

    def _closed_months(self, agreement_id: str, seq: int | None) -> set[str]:
        """The agreement's months whose latest event (in ``at``, id order, as the rendición
        orders them) is a close: the events on this PC, and those pulled along before ``seq``."""
        events: dict[str, tuple[datetime, str, str]] = {}
        for c in self.session.scalars(
            select(MonthClosure).where(
                MonthClosure.agreement_id == agreement_id, MonthClosure.deleted_at.is_(None)
            )
        ):
            events[c.id] = (c.at, c.month, c.action)
        for pulled in self._page_closures:
            if seq is None or pulled.seq is None or pulled.seq >= seq:
                continue
            values = pulled.fields
            if values.get("agreement_id") != agreement_id or values.get("deleted_at"):
                continue
            at = _column_value(DateTime(), values.get("at"))
            if isinstance(at, datetime):
                events[pulled.row] = (at, str(values.get("month")), str(values.get("action")))
        latest: dict[str, str] = {}
        for _row, (_at, month, action) in sorted(
            events.items(), key=lambda event: (event[1][0], event[0])
        ):
            latest[month] = action
        return {month for month, action in latest.items() if action == MonthAction.CLOSE.value}

    def _catch_up(self, item: Received) -> str | None:
        """A record with earlier changes set aside: fold them and ``item``, in order, and try the
        whole (a region's correction arriving after a bad value); when it applies, the earlier
        ones are done. Otherwise ``item`` waits behind them."""
        key = (item.table, item.row)
        waiting = list(
            self.session.scalars(
                select(SyncSetAside)
                .where(SyncSetAside.table_name == item.table, SyncSetAside.row_id == item.row)
                .order_by(SyncSetAside.id)
            )
        )
        self._waiting.discard(key)
        reason = self._apply_one(_fold([*map(_received, waiting), item]))
        if reason is None:
            for row in waiting:
                self.session.delete(row)
            self.result.applied += len(waiting)
            return None
        self._waiting.add(key)
        return reason or WAITS_BEHIND

    def _write(
        self,
        model: type[Synced],
        item: Received,
        obj: Synced | None,
        fields: dict[str, protocol.JSONValue],
    ) -> None:
        values = _convert(model, fields)
        values["office_code"] = item.office
        values["shared"] = item.shared
        values.pop("id", None)
        if obj is None:
            obj = model()
            obj.id = item.row
            for name, value in values.items():
                setattr(obj, name, value)
            self.session.add(obj)
            self._objects[(item.table, item.row)] = obj
            if isinstance(obj, Person):
                self._know_person(obj)
        else:
            guarded = self._guarded.get((item.table, item.row), {})
            for name, value in values.items():
                if name == "updated_at" and _older(value, obj.updated_at):
                    continue  # bookkeeping: the newest wins, as on the server
                if name in guarded:
                    conflict = guarded[name]
                    if conflict is not None:  # keep the region's newest value in view
                        conflict.server_value = json.dumps(
                            protocol.json_value(value), ensure_ascii=False
                        )
                    continue
                setattr(obj, name, value)

    def _set_aside(self, item: Received, reason: str) -> None:
        self.session.add(
            SyncSetAside(
                table_name=item.table,
                row_id=item.row,
                office_code=item.office[:5],
                shared=item.shared,
                op=item.op,
                seq=item.seq,
                fields=json.dumps(item.fields, ensure_ascii=False),
                reason=reason,
                received_at=item.received_at or self.now,
            )
        )
        self._waiting.add((item.table, item.row))
        self.result.set_aside += 1
        log.warning("a received %s change was set aside", item.table)

    def _never_synced(self, person: Person) -> bool:
        """Whether the server has never accepted ``person`` as a record of its own: its insert is
        still in the change log (unsent, or refused)."""
        insert = self.session.scalar(
            select(ChangeLog.seq).where(
                ChangeLog.table_name == "person",
                ChangeLog.row_id == person.id,
                ChangeLog.op == "insert",
            )
        )
        return insert is not None

    def _remove(self, obj: Synced) -> None:
        """Drop the local copy of a record this office may no longer see; one that records of
        this PC point at (a vacancy it referred people to) stays as history, no longer shared."""
        table = type(obj).__tablename__  # type: ignore[attr-defined]
        self.session.execute(
            delete(SyncConflict).where(
                SyncConflict.table_name == table, SyncConflict.row_id == obj.id
            )
        )
        held = _held_here(type(obj))
        if held is not None and self.session.scalar(
            select(type(obj).id).where(type(obj).id == obj.id, held)
        ):
            obj.shared = False
        else:
            self.session.delete(obj)
        self.session.flush()


def _received(row: SyncSetAside) -> Received:
    return Received(
        row.table_name,
        row.row_id,
        row.office_code,
        row.shared,
        json.loads(row.fields),
        row.op,
        row.seq,
        row.received_at,
    )


def _fold(items: Sequence[Received]) -> Received:
    """Changes of one record, in order, as one: later fields over earlier ones."""
    first, last = items[0], items[-1]
    fields: dict[str, protocol.JSONValue] = {}
    for item in items:
        fields.update(item.fields)
    op = "insert" if any(item.op == "insert" for item in items) else last.op
    return Received(
        first.table, first.row, last.office, last.shared, fields, op, last.seq, first.received_at
    )


# -- re-pointing a record to the server's id --------------------------------------------------


def repoint(session: Session, table: str, old: str, new: str) -> None:
    """Give the local record ``old`` of ``table`` the id ``new`` (the server's, §10), with
    everything that refers to it: references in other synced records, unsent changes (their row
    and their payloads; refused ones are queued again under new change ids, since the server
    answers a refused id the same way for ever), open conflicts and records set aside. When
    ``new`` is already here too, ``old`` is folded into it and removed."""
    if old == new:
        return
    model = MODELS[table]
    records = model.__table__  # type: ignore[attr-defined]
    session.flush()
    stale = session.get(model, old)
    if stale is not None:
        session.expunge(stale)
    exists = session.scalar(select(model.id).where(model.id == new)) is not None
    if not exists:
        # A copy under the new id (its unique values moved over), then the references, then the
        # old row: every foreign key holds at every step.
        row = session.execute(select(records).where(records.c.id == old)).mappings().first()
        if row is not None:
            copy = dict(row)
            unique = [column.key for column in records.columns if column.unique]
            if unique:
                session.execute(
                    update(records).where(records.c.id == old).values(dict.fromkeys(unique, None))
                )
            copy["id"] = new
            session.execute(insert(records).values(copy))
    for child_table, field_name in _referring(table):
        child = MODELS[child_table]
        column = getattr(child, field_name)
        session.execute(update(child).where(column == old).values({field_name: new}))
    session.execute(delete(model).where(model.id == old))
    _repoint_changes(session, table, old, new)
    session.execute(
        update(SyncConflict)
        .where(SyncConflict.table_name == table, SyncConflict.row_id == old)
        .values(row_id=new)
    )
    session.execute(
        update(SyncSetAside)
        .where(SyncSetAside.table_name == table, SyncSetAside.row_id == old)
        .values(row_id=new)
    )
    log.info("a local %s took the server's id", table)


def _held_here(model: type[Synced]) -> ColumnElement[bool] | None:
    """Rows of ``model`` that a record of this PC points at (None: nothing can)."""
    table = model.__tablename__  # type: ignore[attr-defined]
    conditions = [
        exists().where(getattr(MODELS[child], name) == model.id)
        for child, name in _referring(table)
        if child in MODELS
    ]
    return or_(*conditions) if conditions else None


def _referring(table: str) -> list[tuple[str, str]]:
    """``(table, field)`` of every synced field that refers to records of ``table``."""
    found = []
    for other, columns in protocol.SCHEMAS[protocol.PROTOCOL].items():
        for name, kind in columns.items():
            if isinstance(kind, protocol.Reference) and kind.table == table:
                found.append((other, name))
    return found


def _repoint_changes(session: Session, table: str, old: str, new: str) -> None:
    referring = _referring(table)
    tables = {table} | {other for other, _field in referring}
    rows = session.scalars(
        select(ChangeLog)
        .where(ChangeLog.table_name.in_(tables), ChangeLog.payload.contains(old))
        .order_by(ChangeLog.seq)
    ).all()
    own = session.scalars(
        select(ChangeLog)
        .where(ChangeLog.table_name == table, ChangeLog.row_id == old)
        .order_by(ChangeLog.seq)
    ).all()
    touched = {row.seq: row for row in (*own, *rows)}
    requeue: list[ChangeLog] = []
    for change in sorted(touched.values(), key=lambda c: c.seq):
        payload = json.loads(change.payload)
        if change.table_name == table and change.row_id == old:
            change.row_id = new
            if payload.get("id") == old:
                payload["id"] = new
        for other, name in referring:
            if change.table_name == other and payload.get(name) == old:
                payload[name] = new
        change.payload = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        if change.refused_reason is not None:
            requeue.append(change)
    session.flush()
    for change in requeue:
        # A new change id and a new (higher) sequence number: sent again as a new change.
        values = {
            "change_id": new_id(),
            "table_name": change.table_name,
            "row_id": change.row_id,
            "op": change.op,
            "payload": change.payload,
            "recorded_at": change.recorded_at,
            "base_seq": change.base_seq,
        }
        session.delete(change)
        session.flush()
        session.add(ChangeLog(**values))
    session.flush()


# -- values from the wire ---------------------------------------------------------------------


def _older(value: object, current: datetime | None) -> bool:
    return isinstance(value, datetime) and current is not None and value < current


def _convert(model: type[Synced], fields: dict[str, protocol.JSONValue]) -> dict[str, Any]:
    """Column values from the wire: ISO strings to dates and times (already schema-checked)."""
    columns = model.__table__.columns  # type: ignore[attr-defined]
    return {name: _column_value(columns[name].type, value) for name, value in fields.items()}


def _column_value(column_type: object, value: protocol.JSONValue) -> Any:
    if value is None:
        return None
    if isinstance(column_type, DateTime):
        parsed = datetime.fromisoformat(str(value))
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(UTC).replace(tzinfo=None)
        return parsed
    if isinstance(column_type, Date):
        return date.fromisoformat(str(value)[:10])
    if isinstance(column_type, Boolean):
        return bool(value)
    if isinstance(column_type, Integer):
        return int(value)
    return value


def _complete(model: type[Synced], values: dict[str, Any]) -> bool:
    """Whether ``values`` can make a new record: every required column is there."""
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if column.primary_key or not column.info.get("sync", True):
            continue
        if column.nullable or column.default is not None or column.server_default is not None:
            continue
        if values.get(column.key) is None:
            return False
    return True


def _explain(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", exc)).lower()
    if "unique" in message:
        return translate(
            "sync.applier", "ya hay en este equipo otro registro con el mismo dato único."
        )
    if "foreign key" in message:
        return translate("sync.applier", "se refiere a un registro que no está en este equipo.")
    return translate(
        "sync.applier", "trae un valor que esta versión del programa no puede guardar."
    )
