"""The rendición's PDFs from their buttons: where to save, made off the GUI thread with a
progress dialog (ui/workshops/documents.py), then opened in the system's viewer.

Every PDF of the area goes through this module, and the documents themselves are made by
``services/rendition_documents.py``.
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from omil_desktop.domain.rendition import Month
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.workshops.documents import DocumentJob, file_name, make_document

DOCUMENTS_MODULE = "omil_desktop.services.rendition_documents"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RenditionDocuments", text)


def _documents(workspace: Workspace, parent: QWidget) -> Any | None:
    """The service that makes the rendición's PDFs; None (said to the officer) when this build
    does not have it yet."""
    try:
        module = importlib.import_module(DOCUMENTS_MODULE)
    except ModuleNotFoundError:
        show_problem(
            parent,
            _tr("Esta versión del programa aún no genera el PDF de la rendición."),
        )
        return None
    office = workspace.office
    assert office is not None, "the office is set up before its rendición is shown"
    return module.RenditionDocuments(workspace.db, workspace.territory, office.comuna_code)


def start_rendition_pdf(
    workspace: Workspace, parent: QWidget, agreement_id: str, month: Month, *, annex: bool
) -> DocumentJob | None:
    """Ask where to save the rendición of ``month`` and make it; None when nothing started."""
    service = _documents(workspace, parent)
    if service is None:
        return None
    parts = ["rendicion", str(month)] + (["con-anexo"] if annex else [])
    return make_document(
        parent,
        _tr("Rendición de gastos de {month}").format(month=month.label),
        file_name(*parts),
        lambda out, progress: service.rendition(
            agreement_id, month, out, progress=progress, annex=annex
        ),
    )


def start_valuation_pdf(
    workspace: Workspace, parent: QWidget, starts_on: date, ends_on: date
) -> DocumentJob | None:
    """Ask where to save the valorización of the period and make it."""
    service = _documents(workspace, parent)
    if service is None:
        return None
    return make_document(
        parent,
        _tr("Valorización de servicios"),
        file_name("valorizacion", f"{starts_on:%Y-%m-%d}", f"{ends_on:%Y-%m-%d}"),
        lambda out, progress: service.valuation(starts_on, ends_on, out, progress=progress),
    )
