"""How the server writes a record: field by field with the seq and author of each write
(docs/sync-protocol.md §9), every accepted change logged under a new seq, a record that becomes
shared published whole to its network (§8), and a new record merged into the one the server
already held for the same person (§10). Used by the exchange and by regional authoring."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from omil_desktop.regional.models import (
    REGION_ORIGIN,
    Change,
    Record,
    ServerInfo,
)
from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import SHARED_FIELD, Conflict, JSONValue, record_key

BOOKKEEPING_FIELDS = frozenset({"updated_at"})
"""Fields that never clash: the newest value wins (every edit on either side changes them)."""
KEPT_ON_MERGE = frozenset({"id", "office_code", "created_at", SHARED_FIELD})
"""Fields a merge never takes from the device's copy: the record's own."""


@dataclass(slots=True)
class WriteOutcome:
    seq: int
    record: Record
    conflicts: list[Conflict] = field(default_factory=list)


def next_seq(info: ServerInfo) -> int:
    info.last_seq += 1
    return info.last_seq


def write_record(
    session: Session,
    info: ServerInfo,
    *,
    table: str,
    row: str,
    office: str,
    op: str,
    fields: dict[str, JSONValue],
    base: int,
    author: str,
    change_id: str,
    record: Record | None,
    now: datetime,
    merged_from: str | None = None,
) -> WriteOutcome:
    """Write ``fields`` field by field (§9), log the change under a new seq, and publish the
    whole record to the network when it becomes shared (§8).

    An insert of a record the server already holds — the device's new record is one the server
    had (``merged_from``: the device's own row id, when it differs) — is merged (§10): see
    :func:`_merge`; its result is pulled back by the device too.
    """
    seq = next_seq(info)
    conflicts: list[Conflict] = []
    merging = record is not None and op == "insert"
    if record is not None and merging:
        was_shared = record.shared
        values, applied = _merge(record, fields, seq, author, conflicts)
    elif record is None:
        values = {"id": row, **fields}
        record = Record(
            table_name=table,
            row_id=row,
            office_code=office,
            fields=values,
            versions=dict.fromkeys(values, seq),
            origins=dict.fromkeys(values, author),
            created_seq=seq,
            updated_seq=seq,
        )
        session.add(record)
        was_shared = False
        applied = dict(fields)
    else:
        was_shared = record.shared
        values = dict(record.fields)
        versions = dict(record.versions)
        origins = dict(record.origins)
        applied = {}
        for name, value in fields.items():
            current = values.get(name)
            if name in BOOKKEEPING_FIELDS:
                if current is not None and value is not None and str(value) <= str(current):
                    continue
            elif (
                author != REGION_ORIGIN
                and versions.get(name, 0) > base
                and origins.get(name) != author
                and current != value
            ):
                conflicts.append(Conflict(field=name, yours=value, theirs=current))
                continue
            values[name] = value
            versions[name] = seq
            origins[name] = author
            applied[name] = value
        record.fields = values
        record.versions = versions
        record.origins = origins
        record.updated_seq = seq
    record.shared = bool(values.get(SHARED_FIELD))
    record.deleted = values.get("deleted_at") is not None
    record.identity = record_key(table, values)
    record.parent_row, record.also_office = _linked(session, table, values, record.office_code)
    session.add(
        Change(
            seq=seq,
            change_id=change_id,
            device_id=None if author == REGION_ORIGIN else author,
            office_code=record.office_code,
            table_name=table,
            row_id=row,
            # A merge is pulled whole, by its own device too: the device's copy becomes the
            # server's, except the fields it must decide (its conflicts).
            op="update" if merging else op,
            fields=dict(values) if merging else applied,
            shared=record.shared,
            visible_to_office=merging or bool(applied),
            visible_to_network=was_shared and bool(applied),
            to_author=merging,
            merged_from=merged_from,
            also_office=record.also_office,
            received_at=now,
        )
    )
    if record.shared and not was_shared:
        session.add(
            Change(
                seq=next_seq(info),
                change_id=new_id(),
                device_id=None,
                office_code=record.office_code,
                table_name=table,
                row_id=row,
                op="insert",
                fields=dict(values),
                shared=True,
                visible_to_office=False,
                visible_to_network=True,
                received_at=now,
            )
        )
    return WriteOutcome(seq, record, conflicts)


def _linked(
    session: Session, table: str, values: dict[str, JSONValue], office: str
) -> tuple[str | None, str | None]:
    """The record this one hangs from, and the other office that sees it (protocol.LINKS)."""
    link = protocol.LINKS.get(table)
    target = values.get(link.field) if link is not None else None
    if link is None or not isinstance(target, str):
        return None, None
    parent = session.get(Record, (link.table, target))
    owner = parent.office_code if parent is not None else None
    return target, owner if owner is not None and owner != office else None


def _merge(
    record: Record, fields: dict[str, JSONValue], seq: int, author: str, conflicts: list[Conflict]
) -> tuple[dict[str, JSONValue], dict[str, JSONValue]]:
    """Merge a device's new copy of ``record`` into it (§10); returns the record's new values
    and the fields written.

    A field the server holds empty (null, ``""`` or false) takes the device's value; a field the
    device has empty keeps the server's; two different non-empty values clash and the server's is
    kept (the officer decides, as for any clash). A record deleted on one side and not on the
    other clashes on ``deleted_at``. ``updated_at``: the newest wins.
    """
    values = dict(record.fields)
    versions = dict(record.versions)
    origins = dict(record.origins)
    applied: dict[str, JSONValue] = {}
    for name, value in fields.items():
        current = values.get(name)
        if name in KEPT_ON_MERGE or value == current:
            continue
        if name in BOOKKEEPING_FIELDS:
            if current is not None and value is not None and str(value) <= str(current):
                continue
        elif name == "deleted_at" or not (_empty(current) or _empty(value)):
            conflicts.append(Conflict(field=name, yours=value, theirs=current))
            continue
        elif _empty(value):
            continue
        values[name] = value
        versions[name] = seq
        origins[name] = author
        applied[name] = value
    record.fields = values
    record.versions = versions
    record.origins = origins
    record.updated_seq = seq
    return values, applied


def _empty(value: JSONValue) -> bool:
    return value is None or value == "" or value is False
