"""The rendición's PDFs from their buttons: where to save, made off the GUI thread with a
progress dialog (ui/workshops/documents.py), then opened in the system's viewer.

Every PDF of the area goes through this module; the documents themselves are made by
``services/rendition_documents.py``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from omil_desktop.domain.rendition import Month
from omil_desktop.services.rendition_documents import RenditionDocuments
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.workshops.documents import DocumentJob, file_name, make_document


def _documents(workspace: Workspace) -> RenditionDocuments:
    office = workspace.office
    assert office is not None, "the office is set up before its rendición is shown"
    return RenditionDocuments(workspace.db, workspace.territory, office.comuna_code)


def start_rendition_pdf(
    workspace: Workspace, parent: QWidget, agreement_id: str, month: Month, *, annex: bool
) -> DocumentJob | None:
    """Ask where to save the rendición of ``month`` and make it; None when nothing started."""
    service = _documents(workspace)
    parts = ["rendicion", str(month)] + (["con-anexo"] if annex else [])
    return make_document(
        parent,
        QCoreApplication.translate("RenditionDocuments", "Rendición de gastos de {month}").format(
            month=month.label
        ),
        file_name(*parts),
        lambda out, progress: service.rendition(
            agreement_id, month, out, progress=progress, annex=annex
        ),
    )


def start_valuation_pdf(
    workspace: Workspace, parent: QWidget, starts_on: date, ends_on: date
) -> DocumentJob | None:
    """Ask where to save the valorización of the period and make it."""
    service = _documents(workspace)
    return make_document(
        parent,
        QCoreApplication.translate("RenditionDocuments", "Valorización de servicios"),
        file_name("valorizacion", f"{starts_on:%Y-%m-%d}", f"{ends_on:%Y-%m-%d}"),
        lambda out, progress: service.valuation(starts_on, ends_on, out, progress=progress),
    )
