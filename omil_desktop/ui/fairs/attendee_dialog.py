"""Registrar asistentes: find a person of the registry as you type and record them at the fair;
or register a new person right here and record them, without leaving the fair (as the workshops
enroll people).

The dialog stays open after each attendee (a fair takes dozens of people one after another);
Esc or Cerrar closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.fairs import FairService
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.people.person_picker import PersonPicker
from omil_desktop.ui.widgets.labels import ElidedLabel


class AttendeeDialog(QDialog):
    """Record people of the registry as attendees of the fair ``fair_id``."""

    added = Signal(str, str)
    """(attendee id, the Spanish outcome), after each attendee."""

    def __init__(
        self,
        workspace: Workspace,
        service: FairService,
        fair_id: str,
        fair_name: str,
        attending: set[str],
        parent: QWidget | None = None,
    ) -> None:
        """``attending``: the ids of the people already recorded, marked in the matches."""
        super().__init__(parent)
        self._workspace = workspace
        self._service = service
        self._fair_id = fair_id
        self._attending = set(attending)
        self.setWindowTitle(self.tr("Registrar asistentes"))
        heading = ElidedLabel(fair_name, max_lines=2)
        heading.setStyleSheet("font-weight: bold;")
        self.picker = PersonPicker(workspace, self._mark, self)
        self.search = self.picker.search
        self.matches = self.picker.matches
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton(self.tr("Registrar asistencia"))
        self.add_button.setDefault(True)
        self.new_person_button = QPushButton(self.tr("Registrar persona nueva…"))
        self.new_person_button.setToolTip(
            self.tr("Registra a alguien que aún no está en el registro y su asistencia (Ctrl+N).")
        )
        self.new_person_button.setAutoDefault(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("Cerrar"))
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Escriba y elija con ↓ ↑; Enter registra a la persona elegida y la ventana queda "
                "abierta para la siguiente. Cada asistente recibe la atención «Feria laboral» "
                "en su historial. Esc cierra."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.new_person_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.resize(560, 420)
        self.add_button.clicked.connect(self.add_chosen)
        self.new_person_button.clicked.connect(self.picker.register_new)
        self.picker.activated.connect(self.add_chosen)
        self.picker.registered.connect(self.add)
        self.picker.found_existing.connect(
            lambda _person_id: self._say(
                self.tr("Ya estaba registrada(o): Enter registra su asistencia."), problem=False
            )
        )
        self.picker.failed.connect(lambda message: self._say(message, problem=True))
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.activated.connect(self.new_person_button.animateClick)
        self.search.setFocus()

    def _mark(self, person_id: str) -> str:
        return self.tr("  (ya registrada(o))") if person_id in self._attending else ""

    def chosen(self) -> str | None:
        return self.picker.chosen()

    def add_chosen(self) -> None:
        person_id = self.chosen()
        if person_id is None:
            self._say(self.tr("Busque y elija a la persona que asistió."), problem=True)
            self.search.setFocus()
            return
        self.add(person_id)

    def add(self, person_id: str) -> bool:
        """Record ``person_id`` at the fair; say what happened (also a refusal) here."""
        try:
            name = self._workspace.people.get(person_id).data.full_name()
            attendee_id = self._service.add_attendee(self._fair_id, person_id)
        except (ServiceError, StorageError) as exc:
            self._say(str(exc), problem=True)
            return False
        message = self.tr("Se registró la asistencia de {name}.").format(name=name)
        self._attending.add(person_id)
        self._say(message, problem=False)
        self.added.emit(attendee_id, message)
        self.picker.reset()
        return True

    def _say(self, message: str, *, problem: bool) -> None:
        self.outcome.setStyleSheet("color: #b00020;" if problem else "color: #1b5e20;")
        self.outcome.setText(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_chosen()
            return
        super().keyPressEvent(event)
