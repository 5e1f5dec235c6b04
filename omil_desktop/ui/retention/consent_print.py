"""«Imprimir consentimiento» on a person's page: where to save the form, made off the GUI thread
and opened in the system's viewer (ui/workshops/documents.py), the print audited by the
service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from omil_desktop.services.consent_documents import ConsentDocuments
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.workshops.documents import DocumentJob, file_name, make_document


def print_consent(
    workspace: Workspace, parent: QWidget, person_id: str | None, name: str = ""
) -> DocumentJob | None:
    """The consent form of ``person_id`` (None: blank, to fill in by hand); None when nothing
    was started."""
    try:
        documents = ConsentDocuments.of(workspace)
    except (ServiceError, StorageError) as exc:
        show_problem(parent, str(exc))
        return None
    return make_document(
        parent,
        QCoreApplication.translate("ConsentPrint", "Formulario de consentimiento"),
        file_name("consentimiento", name or "en-blanco"),
        lambda out, _progress: documents.write(out, person_id),
    )
