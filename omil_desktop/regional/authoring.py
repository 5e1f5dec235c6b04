"""The regional office's own writes: edits of office records and regional catalogue records
(``office = "REG"``, e.g. regional notices), which devices receive as pulled changes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from omil_desktop.regional.admin import NOTICE_TABLE
from omil_desktop.regional.core import AdminError, ServiceCore, iso
from omil_desktop.regional.models import (
    REGION_ORIGIN,
    Office,
    Record,
)
from omil_desktop.regional.records import write_record
from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import (
    SHARED_FIELD,
    JSONValue,
)


class Authoring(ServiceCore):
    """Records written by the region itself (origin ``region``)."""

    def regional_edit(self, table: str, row: str, fields: dict[str, JSONValue]) -> int:
        """Edit a record on the server (origin ``region``); returns the change's seq. It never
        clashes here: devices receive it as a pulled change (§9). Every value is checked against
        the protocol's schema, as a device's would be."""
        if protocol.schema(table) is None:
            raise AdminError(f"La tabla «{protocol.printable(table)}» no se sincroniza.")
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
            self._check(table, fields, complete=False)
            self._check_references(session, table, fields, record.office_code)
            self._check_identity(
                session, table, row, record.office_code, {**record.fields, **fields}
            )
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
        self._check(table, fields, complete=False)
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
        self._check(table, values, complete=True)
        if values[SHARED_FIELD] and table not in protocol.SHAREABLE_TABLES:
            raise AdminError("Los registros de esta tabla no se pueden compartir.")
        with self.store.write() as session:
            info = self._info(session, lock=True)
            if office != protocol.REGION_OFFICE and session.get(Office, office) is None:
                raise AdminError(f"La oficina {office} no está registrada.")
            if session.get(Record, (table, row)) is not None:
                raise AdminError("Ya existe un registro con ese identificador.")
            self._check_references(session, table, values, office)
            self._check_identity(session, table, row, office, values)
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

    def _check(self, table: str, fields: dict[str, JSONValue], *, complete: bool) -> None:
        """Refuse values the protocol's schema refuses (AdminError with every reason)."""
        if protocol.schema(table) is None:
            raise AdminError(f"La tabla «{protocol.printable(table)}» no se sincroniza.")
        comunas = frozenset(comuna.code for comuna in self.territory.comunas)
        problems = protocol.check_fields(
            table, fields, complete=complete, checks=protocol.Checks(comunas=comunas)
        )
        if problems:
            raise AdminError(protocol.describe_problems(problems, limit=20))

    @staticmethod
    def _check_references(
        session: Session, table: str, fields: dict[str, JSONValue], office: str
    ) -> None:
        """A reference names a record of the same office (or a regional one)."""
        for name, target_table, target_row in protocol.references(table, fields):
            target = session.get(Record, (target_table, target_row))
            if target is None or target.office_code not in (office, protocol.REGION_OFFICE):
                raise AdminError(
                    f"{name}: se refiere a un registro que no existe o que es de otra oficina."
                )

    @staticmethod
    def _check_identity(
        session: Session, table: str, row: str, office: str, values: dict[str, JSONValue]
    ) -> None:
        """The region may not make two records of one office the same person (§10)."""
        key = protocol.identity_of(table, values)
        if key is None:
            return
        twin = session.scalars(
            select(Record.row_id).where(
                Record.office_code == office,
                Record.table_name == table,
                Record.identity == key,
                Record.row_id != row,
            )
        ).first()
        if twin is not None:
            raise AdminError(
                f"Esa persona ya está registrada en la oficina {office} (registro {twin})."
            )

    # -- what `omil-regional notice` and `omil-regional record` do -------------------------------

    def add_notice(
        self,
        title: str,
        body: str = "",
        *,
        office: str = protocol.REGION_OFFICE,
        published_on: date | None = None,
    ) -> str:
        """Publish a notice: the region's to every office (``REG``), or one for a single office
        (its CUT or comuna name); returns its row id. Offices receive it in their next sync."""
        target = self._notice_office(office)
        fields: dict[str, JSONValue] = {
            "title": self._notice_title(title),
            "body": body.strip(),
            "published_on": (published_on or date.today()).isoformat(),
        }
        return self.regional_insert(NOTICE_TABLE, fields, office=target)

    def edit_notice(
        self,
        row: str,
        *,
        title: str | None = None,
        body: str | None = None,
        published_on: date | None = None,
    ) -> int:
        """Correct a notice (only the fields given); returns the change's seq."""
        self._live_notice(row)
        fields: dict[str, JSONValue] = {}
        if title is not None:
            fields["title"] = self._notice_title(title)
        if body is not None:
            fields["body"] = body.strip()
        if published_on is not None:
            fields["published_on"] = published_on.isoformat()
        if not fields:
            raise AdminError("Indique qué cambiar: --title, --body o --published.")
        return self.regional_edit(NOTICE_TABLE, row, fields)

    def delete_notice(self, row: str) -> int:
        """Delete a notice by tombstone: offices remove it in their next sync."""
        self._live_notice(row)
        return self.regional_edit(NOTICE_TABLE, row, {"deleted_at": iso(self.clock())})

    def _live_notice(self, row: str) -> None:
        with self.store.read() as session:
            record = session.get(Record, (NOTICE_TABLE, row.strip()))
            if record is None:
                raise AdminError(f"No existe el aviso {row}.")
            if record.deleted:
                raise AdminError(f"El aviso {row} fue eliminado.")

    def _notice_office(self, office: str) -> str:
        wanted = office.strip()
        if wanted.upper() == protocol.REGION_OFFICE:
            return protocol.REGION_OFFICE
        comuna = self.territory.find_comuna(wanted)
        if comuna is None:
            raise AdminError(f"No existe la comuna «{office}».")
        return comuna.code

    @staticmethod
    def _notice_title(title: str) -> str:
        cleaned = " ".join(title.split())
        if not cleaned:
            raise AdminError("Escriba el título del aviso.")
        return cleaned
