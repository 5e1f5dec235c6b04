"""The regional office's own writes: edits of office records and regional catalogue records
(``office = "REG"``, e.g. regional notices), which devices receive as pulled changes."""

from __future__ import annotations

from omil_desktop.regional.core import AdminError, ServiceCore, iso
from omil_desktop.regional.models import (
    REGION_ORIGIN,
    Office,
    Record,
)
from omil_desktop.regional.records import SHARED_FIELD, write_record
from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import (
    JSONValue,
)


class Authoring(ServiceCore):
    """Records written by the region itself (origin ``region``)."""

    def regional_edit(self, table: str, row: str, fields: dict[str, JSONValue]) -> int:
        """Edit a record on the server (origin ``region``); returns the change's seq. It never
        clashes here: devices receive it as a pulled change (§9)."""
        self._columns(table, fields)
        if {"id", "office_code"} & set(fields):
            raise AdminError("No se puede cambiar el identificador ni la oficina de un registro.")
        if fields.get(SHARED_FIELD) and table not in protocol.SHAREABLE_TABLES:
            raise AdminError("Los registros de esta tabla no se pueden compartir.")
        now = self.clock()
        values = dict(fields)
        values.setdefault("updated_at", iso(now))
        with self.store.write() as session:
            info = self._info(session, lock=True)
            record = session.get(Record, (table, row))
            if record is None:
                raise AdminError("El registro no existe en el servidor regional.")
            op = (
                "delete"
                if values.get("deleted_at") is not None and not record.deleted
                else "update"
            )
            outcome = write_record(
                session,
                info,
                table=table,
                row=row,
                office=record.office_code,
                op=op,
                fields=values,
                base=info.last_seq,
                author=REGION_ORIGIN,
                change_id=new_id(),
                record=record,
                now=now,
            )
            return outcome.seq

    def regional_insert(
        self,
        table: str,
        fields: dict[str, JSONValue],
        *,
        office: str = protocol.REGION_OFFICE,
        row: str | None = None,
    ) -> str:
        """Create a record on the server, by default a regional catalogue record (``office``
        ``REG``, visible to every office, e.g. a regional notice); returns its row id."""
        self._columns(table, fields)
        now = self.clock()
        row = row or new_id()
        values: dict[str, JSONValue] = {
            "id": row,
            "office_code": office,
            "created_at": iso(now),
            "updated_at": iso(now),
            "deleted_at": None,
            SHARED_FIELD: False,
            **fields,
        }
        if values["id"] != row or values["office_code"] != office:
            raise AdminError("El identificador y la oficina se indican aparte.")
        missing = sorted(protocol.SYNC_TABLES[table] - set(values))
        if missing:
            raise AdminError(f"Al registro nuevo le faltan campos: {', '.join(missing)}.")
        if values[SHARED_FIELD] and table not in protocol.SHAREABLE_TABLES:
            raise AdminError("Los registros de esta tabla no se pueden compartir.")
        with self.store.write() as session:
            info = self._info(session, lock=True)
            if office != protocol.REGION_OFFICE and session.get(Office, office) is None:
                raise AdminError(f"La oficina {office} no está registrada.")
            if session.get(Record, (table, row)) is not None:
                raise AdminError("Ya existe un registro con ese identificador.")
            write_record(
                session,
                info,
                table=table,
                row=row,
                office=office,
                op="insert",
                fields=values,
                base=info.last_seq,
                author=REGION_ORIGIN,
                change_id=new_id(),
                record=None,
                now=now,
            )
        return row

    @staticmethod
    def _columns(table: str, fields: dict[str, JSONValue]) -> frozenset[str]:
        columns = protocol.SYNC_TABLES.get(table)
        if columns is None:
            raise AdminError(f"La tabla «{table}» no se sincroniza.")
        unknown = sorted(set(fields) - columns)
        if unknown:
            raise AdminError(f"La tabla «{table}» no tiene los campos: {', '.join(unknown)}.")
        return columns
