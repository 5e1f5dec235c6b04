"""The workshop's PDF buttons: which document, its suggested file name, and how it is made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.workshop_documents import WorkshopDocuments
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.workshops.documents import DocumentJob, file_name, make_document
from omil_desktop.ui.workshops.workshop_view import WorkshopView


def workshop_documents(workspace: Workspace) -> WorkshopDocuments:
    office = workspace.office
    assert office is not None, "the office is set up before its workshops are shown"
    return WorkshopDocuments(workspace.db, workspace.territory, office.comuna_code)


def start_document(
    workspace: Workspace,
    view: WorkshopView,
    kind: str,
) -> DocumentJob | None:
    """Ask where to save the ``kind`` of document of the workshop ``view`` shows, and make it
    off the GUI thread; None when nothing was started."""
    record = view.record
    if record is None:
        return None
    workshop_id = record.id
    name = record.data.name
    service = workshop_documents(workspace)
    if kind == "attendance":
        session = view.selected_session()
        if session is None:
            show_problem(
                view,
                QCoreApplication.translate(
                    "WorkshopDocuments", "Agregue una sesión y elíjala en «Sesiones»."
                ),
            )
            return None
        number = session.number
        return make_document(
            view,
            QCoreApplication.translate(
                "WorkshopDocuments", "Hoja de asistencia, sesión {n}"
            ).format(n=number),
            file_name("asistencia", name, f"sesion-{number}"),
            lambda out, progress: service.attendance_sheet(workshop_id, number, out, progress),
        )
    if kind == "certificates":
        try:  # said before asking where to save
            service.check_certificates(workshop_id)
        except (ServiceError, StorageError) as exc:
            show_problem(view, str(exc))
            return None
        return make_document(
            view,
            QCoreApplication.translate("WorkshopDocuments", "Certificados de participación"),
            file_name("certificados", name),
            lambda out, progress: service.certificates(workshop_id, out, progress),
        )
    return make_document(
        view,
        QCoreApplication.translate("WorkshopDocuments", "Resumen del taller"),
        file_name("resumen", name),
        lambda out, progress: service.summary(workshop_id, out, progress),
    )
