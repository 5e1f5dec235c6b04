"""Inscribir: find a person of the registry as you type and enroll them; or register a new
person right here and enroll them, without leaving the workshop.

The dialog stays open after each enrollment (a workshop takes twenty people one after another);
Esc or Cerrar closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from omil_desktop.domain.workshops import EnrollmentStatus
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.workshops import EnrollResult
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.people.person_picker import PersonPicker
from omil_desktop.ui.widgets.labels import ElidedLabel


def outcome_text(name: str, result: EnrollResult) -> str:
    """What happened to an enrollment, as the officer reads it."""
    if result.status is EnrollmentStatus.WAITING:
        return QCoreApplication.translate(
            "EnrollDialog",
            "El taller está lleno: {name} quedó en la lista de espera, lugar {position}.",
        ).format(name=name, position=result.position)
    return QCoreApplication.translate("EnrollDialog", "Se inscribió a {name} en el taller.").format(
        name=name
    )


class EnrollDialog(QDialog):
    """Enroll people of the registry in the workshop ``workshop_id``."""

    enrolled = Signal(str, str)
    """(enrollment id, the Spanish outcome), after each enrollment."""

    def __init__(
        self,
        workspace: Workspace,
        workshop_id: str,
        workshop_name: str,
        taken: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """``taken``: person id → their state in this workshop (enrolled, waiting), shown
        beside their name."""
        super().__init__(parent)
        self._workspace = workspace
        self._workshop_id = workshop_id
        self._taken = dict(taken)
        self.setWindowTitle(self.tr("Inscribir en el taller"))
        heading = ElidedLabel(workshop_name, max_lines=2)
        heading.setStyleSheet("font-weight: bold;")
        self.picker = PersonPicker(workspace, self._mark, self)
        self.search = self.picker.search
        self.matches = self.picker.matches
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.enroll_button = QPushButton(self.tr("Inscribir"))
        self.enroll_button.setDefault(True)
        self.new_person_button = QPushButton(self.tr("Registrar persona nueva…"))
        self.new_person_button.setToolTip(
            self.tr("Registra a alguien que aún no está en el registro y lo inscribe (Ctrl+N).")
        )
        self.new_person_button.setAutoDefault(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("Cerrar"))
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Escriba y elija con ↓ ↑; Enter inscribe a la persona elegida y la ventana queda "
                "abierta para la siguiente. Esc cierra."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.enroll_button)
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
        self.enroll_button.clicked.connect(self.enroll_chosen)
        self.new_person_button.clicked.connect(self.picker.register_new)
        self.picker.activated.connect(self.enroll_chosen)
        self.picker.registered.connect(self.enroll)
        self.picker.found_existing.connect(
            lambda _person_id: self._say(
                self.tr("Ya estaba registrada(o): Enter la(o) inscribe."), problem=False
            )
        )
        self.picker.failed.connect(lambda message: self._say(message, problem=True))
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.activated.connect(self.new_person_button.animateClick)
        self.search.setFocus()

    def _mark(self, person_id: str) -> str:
        state = self._taken.get(person_id)
        return f"  ({state})" if state else ""

    def chosen(self) -> str | None:
        return self.picker.chosen()

    def enroll_chosen(self) -> None:
        person_id = self.chosen()
        if person_id is None:
            self._say(self.tr("Busque y elija a la persona que inscribe."), problem=True)
            self.search.setFocus()
            return
        self.enroll(person_id)

    def enroll(self, person_id: str) -> bool:
        """Enroll ``person_id``; say what happened (also a refusal) in the dialog."""
        try:
            name = self._workspace.people.get(person_id).data.full_name()
            result = self._workspace.workshops.enroll(self._workshop_id, person_id)
        except (ServiceError, StorageError) as exc:
            self._say(str(exc), problem=True)
            return False
        message = outcome_text(name, result)
        self._taken[person_id] = (
            self.tr("en espera")
            if result.status is EnrollmentStatus.WAITING
            else self.tr("ya en el taller")
        )
        self._say(message, problem=False)
        self.enrolled.emit(result.enrollment_id, message)
        self.picker.reset()
        return True

    def _say(self, message: str, *, problem: bool) -> None:
        self.outcome.setStyleSheet("color: #b00020;" if problem else "color: #1b5e20;")
        self.outcome.setText(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enroll_chosen()
            return
        super().keyPressEvent(event)
