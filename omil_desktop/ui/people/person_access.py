"""The «Accesos» tab of a person's page: who saw, created, changed, exported or printed the
person's data, and when (field names, never values), newest first, a page at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.audit.log_table import AuditLogTable


class PersonAccessTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.person_id: str | None = None
        note = QLabel(self.tr("Registro de accesos a los datos de esta persona (Ley 21.719)."))
        note.setWordWrap(True)
        self.log = AuditLogTable(with_person=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.log, 1)

    def show_person(self, person_id: str) -> None:
        self.person_id = person_id
        audit = self._workspace.audit
        self.log.show_log(lambda offset, limit: audit.for_person(person_id, offset, limit))
