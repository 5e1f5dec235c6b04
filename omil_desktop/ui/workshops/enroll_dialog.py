"""Inscribir: find a person of the registry as you type and enroll them; or register a new
person right here and enroll them, without leaving the workshop.

The dialog stays open after each enrollment (a workshop takes twenty people one after another);
Esc or Cerrar closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from omil_desktop.domain.workshops import EnrollmentStatus
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.workshops import EnrollResult
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.people.person_picker import PickPeopleDialog


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


class EnrollDialog(PickPeopleDialog):
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
        self.build(
            workspace,
            title=self.tr("Inscribir en el taller"),
            heading=workshop_name,
            act_text=self.tr("Inscribir"),
            new_tip=self.tr(
                "Registra a alguien que aún no está en el registro y lo inscribe (Ctrl+N)."
            ),
            hint=self.tr(
                "Escriba y elija con ↓ ↑; Enter inscribe a la persona elegida y la ventana queda "
                "abierta para la siguiente. Esc cierra."
            ),
            missing=self.tr("Busque y elija a la persona que inscribe."),
            existing=self.tr("Ya estaba registrada(o): Enter la(o) inscribe."),
        )
        self.enroll_button = self.act_button

    def mark(self, person_id: str) -> str:
        state = self._taken.get(person_id)
        return f"  ({state})" if state else ""

    def act(self, person_id: str) -> bool:
        return self.enroll(person_id)

    def enroll(self, person_id: str) -> bool:
        """Enroll ``person_id``; say what happened (also a refusal) in the dialog."""
        try:
            name = self._workspace.people.get(person_id).data.full_name()
            result = self._workspace.workshops.enroll(self._workshop_id, person_id)
        except (ServiceError, StorageError) as exc:
            self.say(str(exc), problem=True)
            return False
        message = outcome_text(name, result)
        self._taken[person_id] = (
            self.tr("en espera")
            if result.status is EnrollmentStatus.WAITING
            else self.tr("ya en el taller")
        )
        self.say(message, problem=False)
        self.enrolled.emit(result.enrollment_id, message)
        self.picker.reset()
        return True
