"""The audit log of a person's data (Ley 21.719): who saw, created, changed, exported or printed
it, and when; what each PC's hash chain says; the log as a spreadsheet.

Creates, changes and deletes are audited by the database itself (store/audit_capture.py), in
the write's own transaction; views, exports and prints are recorded here by the screen or the
document that shows a person's data (:meth:`AuditService.record`). The service only appends:
it never changes or removes an entry, and :meth:`AuditService.verify` finds any that was.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omil_desktop.domain.audit import CONTENT_FIELDS, ChainReport, verify_chains
from omil_desktop.domain.people import full_name
from omil_desktop.domain.privacy import AuditAction
from omil_desktop.domain.text import os_reason
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.paging import Page
from omil_desktop.services.spreadsheets import write_xlsx
from omil_desktop.services.sync_conflicts import _RECORD_KINDS as RECORD_KINDS
from omil_desktop.services.sync_conflicts import field_label
from omil_desktop.store.audit_capture import append_entry, current_actor
from omil_desktop.store.database import Database
from omil_desktop.store.models import AuditEntry, Office, Person

PAGE_SIZE = 50
THIS_DEVICE = "este equipo"


class AuditExportFailed(ServiceError):
    pass


class SignedInOfficer(Protocol):
    """What an audit entry records of the officer (services/access.py's ``Officer``)."""

    @property
    def username(self) -> str: ...

    @property
    def full_name(self) -> str: ...


def officer_text(officer: SignedInOfficer) -> str:
    """How an entry names the officer: «username (Nombre Apellido)», as they were then."""
    return f"{officer.username} ({officer.full_name})"


def moment_text(at: datetime) -> str:
    """A stored (UTC) moment in the PC's local time: «29-11-2026 12:21»."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")


@dataclass(frozen=True)
class AuditRow:
    """One entry as the officer reads it."""

    id: str
    at: datetime
    officer: str
    action: AuditAction
    person_id: str | None
    person_name: str
    record_table: str
    record_id: str
    fields: tuple[str, ...]
    """The field names touched (column names; :attr:`fields_text` in the officer's words)."""
    detail: str
    device: str
    position: int

    @property
    def when(self) -> str:
        return moment_text(self.at)

    @property
    def what(self) -> str:
        """What was touched: the record's kind, and the detail of a view, export or print."""
        kind = RECORD_KINDS.get(self.record_table, self.record_table) if self.record_table else ""
        return " — ".join(part for part in (kind, self.detail) if part)

    @property
    def fields_text(self) -> str:
        return ", ".join(field_label(self.record_table, name) for name in self.fields)


class AuditService:
    """Appending to this PC's chain, reading the log, verifying it, exporting it."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(
        self,
        action: AuditAction,
        *,
        person_id: str | None = None,
        record_table: str = "",
        record_id: str = "",
        detail: str = "",
    ) -> None:
        """Append one entry: a view, export or print of a person's data (``detail`` says what,
        never a value)."""
        self.record_people(
            action,
            [person_id],
            record_table=record_table,
            record_id=record_id,
            detail=detail,
        )

    def record_people(
        self,
        action: AuditAction,
        person_ids: Iterable[str | None],
        *,
        record_table: str = "",
        record_id: str = "",
        detail: str = "",
    ) -> None:
        """One entry per person a document names (each person's «Accesos» shows it), in one
        transaction. For ``record_table="person"`` each entry's ``record_id`` is its person's id
        (sealed by the hash, unlike ``person_id``: domain/audit.py)."""
        with self._db.transaction() as session:
            actor = current_actor(session, self._db.actor)
            if actor is None:
                return
            for person_id in dict.fromkeys(person_ids):
                append_entry(
                    session,
                    actor,
                    action,
                    person_id=person_id,
                    record_table=record_table,
                    record_id=record_id or (person_id if record_table == "person" else None) or "",
                    detail=detail,
                )

    def for_person(self, person_id: str, offset: int = 0, limit: int = PAGE_SIZE) -> Page[AuditRow]:
        """The person's entries, newest first: how many, and the page from ``offset``."""
        return self._page([AuditEntry.person_id == person_id], offset, limit)

    def office_log(self, offset: int = 0, limit: int = PAGE_SIZE) -> Page[AuditRow]:
        """Every entry this PC holds (its own and those of the office's other PCs), newest
        first."""
        return self._page([], offset, limit)

    def _page(self, where: Sequence[Any], offset: int, limit: int | None) -> Page[AuditRow]:
        with self._db.transaction() as session:
            count = session.scalar(select(func.count()).select_from(AuditEntry).where(*where))
            query = (
                select(AuditEntry, Person)
                .outerjoin(Person, Person.id == AuditEntry.person_id)
                .where(*where)
                .order_by(AuditEntry.at.desc(), AuditEntry.position.desc(), AuditEntry.id)
                .offset(offset)
                .limit(limit)
            )
            rows = [audit_row(entry, person) for entry, person in session.execute(query)]
        return Page(count=count or 0, rows=rows)

    def verify(self) -> ChainReport:
        """Check every chain this PC holds: each entry's hash, the links, the positions."""
        with self._db.transaction() as session:
            names = _device_names(session)
            columns = [getattr(AuditEntry, name) for name in (*CONTENT_FIELDS, "hash")]
            entries = (
                row._asdict() for row in session.execute(select(*columns, AuditEntry.deleted_at))
            )
            return verify_chains(entries, names)

    def export(self, path: Path, person_id: str | None = None) -> int:
        """Write the log (or one person's) to ``path``: an .xlsx, or a .csv; the number of
        entries written. The export is itself recorded."""
        where = [AuditEntry.person_id == person_id] if person_id is not None else []
        rows = self._page(where, 0, None).rows
        header = [
            translate("services.audit", "Fecha y hora"),
            translate("services.audit", "Funcionario(a)"),
            translate("services.audit", "Acción"),
            translate("services.audit", "Persona"),
            translate("services.audit", "Registro"),
            translate("services.audit", "Campos"),
            translate("services.audit", "Equipo"),
            "N°",
        ]
        cells = [
            [
                row.when,
                row.officer,
                row.action.label,
                row.person_name,
                row.what,
                row.fields_text,
                row.device,
                row.position,
            ]
            for row in rows
        ]
        suffix = path.suffix.lower()
        if suffix == ".csv":
            try:
                with path.open("w", encoding="utf-8-sig", newline="") as out:
                    writer = csv.writer(out, delimiter=";")
                    writer.writerow(header)
                    writer.writerows(cells)
            except OSError as exc:
                raise AuditExportFailed(
                    translate("services.audit", "No se pudo guardar «{path}»: {os_reason}.").format(
                        path=path, os_reason=os_reason(exc)
                    )
                ) from exc
        elif suffix == ".xlsx":
            write_xlsx(
                path,
                translate("services.audit", "Registro de accesos"),
                header,
                cells,
                error=AuditExportFailed,
            )
        else:
            raise AuditExportFailed(
                translate(
                    "services.audit", "El registro se exporta como planilla .xlsx o como .csv."
                )
            )
        self.record(
            AuditAction.EXPORTED,
            person_id=person_id,
            detail=translate("services.audit", "Registro de accesos")
            + (translate("services.audit", " de la persona") if person_id else ""),
        )
        return len(rows)


def _device_names(session: Session) -> dict[str, str]:
    this = session.scalar(select(Office.id).limit(1))
    return {this: THIS_DEVICE} if this else {}


def audit_row(entry: AuditEntry, person: Person | None = None) -> AuditRow:
    """A stored entry as the officer reads it (``person``: whom it names, for their name)."""
    name = ""
    if person is not None:
        name = full_name(person.first_names, person.last_name_1, person.last_name_2)
    return AuditRow(
        id=entry.id,
        at=entry.at,
        officer=entry.officer,
        action=AuditAction(entry.action),
        person_id=entry.person_id,
        person_name=name,
        record_table=entry.record_table,
        record_id=entry.record_id,
        fields=tuple(name for name in entry.fields.split(",") if name),
        detail=entry.detail,
        device=entry.device,
        position=entry.position,
    )
