"""Configuración → Bloqueo por inactividad…: the minutes without use after which the window
locks (an office setting: the encargado(a)'s)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.services.office import LOCK_MINUTES_MAX, LOCK_MINUTES_MIN
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection


class LockSettingsDialog(FormDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, preferred=(480, 260))
        self._workspace = workspace
        self.setWindowTitle(self.tr("Bloqueo por inactividad"))
        self.minutes = QSpinBox()
        self.minutes.setRange(LOCK_MINUTES_MIN, LOCK_MINUTES_MAX)
        self.minutes.setSuffix(self.tr(" minutos"))
        self.minutes.setValue(workspace.office_service.lock_minutes())
        self.section = FormSection(self.tr("Bloqueo"))
        self.section.add("lock_minutes", self.tr("Bloquear tras"), self.minutes)
        self.errors = FieldErrors(self.section.fields, lambda: {}, parent=self)
        about = QLabel(
            self.tr(
                "Sin uso del teclado ni del mouse durante ese tiempo, la ventana oculta los "
                "datos y pide la contraseña de quien la usaba. Lo que estaba escribiendo no se "
                "pierde."
            )
        )
        about.setWordWrap(True)
        about.setStyleSheet("color: #555;")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(about)
        body.addWidget(self.section)
        body.addStretch(1)
        self.hint.setText(self.tr("Enter guarda."))
        self.minutes.setFocus()

    def save(self) -> None:
        try:
            self._workspace.require_manager()
            self._workspace.office_service.save_lock_minutes(self.minutes.value())
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.accept()
