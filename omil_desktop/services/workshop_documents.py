"""The printed documents of a workshop, as PDF files: the sign-in sheet of a session, the
certificates of those who completed it, and its summary.

The data comes from :class:`WorkshopsService` (the same rules the window shows), the letterhead
and paper from the office's settings (:meth:`OfficeService.letterhead`). A PDF is written to a
temporary file beside ``out`` and renamed once complete: a failed run leaves no half file, and
an earlier file of the same name stays until the new one is whole.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from omil_desktop.domain.privacy import AuditAction
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import os_reason
from omil_desktop.domain.texts import translate
from omil_desktop.domain.workshops import EnrollmentStatus, WorkshopStatus
from omil_desktop.services.audit import AuditService
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.office import OfficeService
from omil_desktop.services.workshops import (
    EnrollmentRow,
    SessionRow,
    WorkshopRecord,
    WorkshopsService,
)
from omil_desktop.store.database import Database

if TYPE_CHECKING:
    from omil_desktop.reports.template import Letterhead, Paper, Progress
    from omil_desktop.reports.workshops import SessionFacts, WorkshopFacts

NOBODY_COMPLETED = "Nadie ha completado este taller todavía."


class WorkshopDocuments:
    """``now``: the clock of the generation date printed on every page (and of the date of
    the certificates); the PC's local time by default."""

    def __init__(
        self,
        db: Database,
        territory: Territory,
        office_code: str,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._workshops = WorkshopsService(db, territory, office_code)
        self._office = OfficeService(db, territory)
        self._audit = AuditService(db)
        self._now = now

    def attendance_sheet(
        self,
        workshop_id: str,
        session_number: int,
        out: Path,
        progress: Progress | None = None,
    ) -> int:
        """The sign-in sheet of session ``session_number`` (1..n) with everyone enrolled (in
        name order), and a few blank rows; returns its number of pages. NotFound for a workshop
        or session that does not exist."""
        from omil_desktop.reports import workshops as printed

        workshop = self._facts(self._workshops.get(workshop_id))
        self._workshops.session_by_number(workshop_id, session_number)  # NotFound, in Spanish
        named = [
            row
            for row in self._workshops.enrollments(workshop_id)
            if row.status is EnrollmentStatus.ENROLLED
        ]
        people = tuple(printed.Signer(row.name, row.rut) for row in named)
        sheet = printed.AttendanceSheet(workshop, workshop.sessions[session_number - 1], people)
        letterhead, paper = self._printing()
        pages = write_whole(
            out,
            lambda file: printed.attendance_sheet(
                sheet, letterhead, file, generated=self._now(), paper=paper, progress=progress
            ),
        )
        self._audit_print(
            named,
            translate(
                "services.workshop_documents", "Hoja de asistencia, sesión {session_number}"
            ).format(session_number=session_number),
        )
        return pages

    def check_certificates(self, workshop_id: str) -> list[EnrollmentRow]:
        """Those who get a certificate (enrolled, meeting the completion rule); ServiceError when
        nobody does or the workshop was cancelled. The window asks it before the file's name."""
        if self._workshops.get(workshop_id).status is WorkshopStatus.CANCELLED:
            raise ServiceError(
                translate(
                    "services.workshop_documents",
                    "El taller está cancelado: no entrega certificados.",
                )
            )
        people = [
            row
            for row in self._workshops.enrollments(workshop_id)
            if row.status is EnrollmentStatus.ENROLLED and row.completes
        ]
        if not people:
            raise ServiceError(NOBODY_COMPLETED)
        return people

    def certificates(self, workshop_id: str, out: Path, progress: Progress | None = None) -> int:
        """One certificate of participation per page for everyone enrolled who completed the
        workshop (its completion rule, with the attendance recorded); returns the number of
        pages. ServiceError when nobody did, or the workshop was cancelled."""
        from omil_desktop.reports import workshops as printed

        record = self._workshops.get(workshop_id)
        workshop = self._facts(record)
        named = self.check_certificates(workshop_id)
        people = tuple(
            printed.Completer(row.name, row.rut, row.present, row.percent) for row in named
        )
        settings = self._office.document_settings()
        generated = self._now()
        batch = printed.Certificates(
            workshop=workshop,
            people=people,
            comuna=settings.comuna_name,
            office=translate("services.workshop_documents", "OMIL {comuna_name}").format(
                comuna_name=settings.comuna_name
            ),
            officer_name=settings.officer_name,
            issued_on=generated.date(),
        )
        letterhead, paper = self._printing()
        pages = write_whole(
            out,
            lambda file: printed.certificates(
                batch, letterhead, file, generated=generated, paper=paper, progress=progress
            ),
        )
        self._audit_print(
            named, translate("services.workshop_documents", "Certificado de participación")
        )
        return pages

    def summary(self, workshop_id: str, out: Path, progress: Progress | None = None) -> int:
        """The workshop's summary (WorkshopsService.summary); returns its number of pages."""
        from omil_desktop.reports import workshops as printed

        record = self._workshops.get(workshop_id)
        workshop = self._facts(record)
        counts = self._workshops.summary(workshop_id)
        facts = printed.SummaryFacts(
            workshop=workshop,
            status=record.status.label,
            capacity=record.data.capacity or 0,
            min_attendance=record.data.min_attendance or 0,
            enrolled=counts.enrolled,
            waiting=counts.waiting,
            withdrawn=counts.withdrawn,
            completed=counts.completed,
            per_session=tuple(
                printed.SessionCount(_session(s), present, excused, absent)
                for s, present, excused, absent in counts.per_session
            ),
            by_sex=tuple((label, n, done) for label, (n, done) in counts.by_sex.items()),
            by_age=tuple((label, n, done) for label, (n, done) in counts.by_age.items()),
        )
        letterhead, paper = self._printing()
        return write_whole(
            out,
            lambda file: printed.workshop_summary(
                facts, letterhead, file, generated=self._now(), paper=paper, progress=progress
            ),
        )

    def _audit_print(self, named: list[EnrollmentRow], what: str) -> None:
        """One «imprimir» entry per person the document names (each person's «Accesos» shows
        it), once the document is whole."""
        self._audit.record_people(
            AuditAction.PRINTED,
            [row.person_id for row in named],
            record_table="person",
            detail=what,
        )

    def _facts(self, record: WorkshopRecord) -> WorkshopFacts:
        from omil_desktop.reports.workshops import WorkshopFacts

        data = record.data
        assert data.starts_on is not None and data.ends_on is not None  # a stored workshop's
        return WorkshopFacts(
            name=data.name,
            modules=data.module_text,
            facilitator=data.facilitator,
            place=data.place,
            starts_on=data.starts_on,
            ends_on=data.ends_on,
            sessions=tuple(_session(s) for s in self._workshops.sessions(record.id)),
        )

    def _printing(self) -> tuple[Letterhead, Paper]:
        settings = self._office.document_settings()
        return self._office.letterhead(settings), settings.paper


def _session(row: SessionRow) -> SessionFacts:
    from omil_desktop.reports.workshops import SessionFacts

    return SessionFacts(row.number, row.date, row.starts_at, row.ends_at, row.place)


def write_whole(out: Path, render: Callable[[Path], int]) -> int:
    """Run ``render`` into a temporary file beside ``out``, then rename it to ``out``: THE way a
    printed document is saved, so a failed or cancelled run (an exception out of ``render``)
    leaves no half file and keeps an older ``out`` as it was."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ServiceError(
            translate(
                "services.workshop_documents",
                "No existe la carpeta «{folder}»: elija otra para guardar el PDF.",
            ).format(folder=folder)
        )
    # Named, not created, here: the renderer creates it with the folder's usual permissions.
    temporary = folder / f".{out.name}.{uuid.uuid4().hex[:12]}.tmp"
    try:
        pages = render(temporary)
        os.replace(temporary, out)
    except PermissionError:
        raise ServiceError(
            translate(
                "services.workshop_documents",
                "No se pudo guardar «{name}»: si el PDF está abierto en otro programa, ciérrelo y "
                "vuelva a intentarlo.",
            ).format(name=out.name)
        ) from None
    except OSError as exc:
        raise ServiceError(
            translate(
                "services.workshop_documents", "No se pudo guardar «{name}» ({os_reason})."
            ).format(name=out.name, os_reason=os_reason(exc))
        ) from None
    finally:
        temporary.unlink(missing_ok=True)
    return pages
