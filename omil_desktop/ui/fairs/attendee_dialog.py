"""Registrar asistentes: find a person of the registry as you type and record them at the fair;
or register a new person right here and record them, without leaving the fair (as the workshops
enroll people).

The dialog stays open after each attendee (a fair takes dozens of people one after another);
Esc or Cerrar closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.fairs import FairService
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.people.person_picker import PickPeopleDialog


class AttendeeDialog(PickPeopleDialog):
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
        self.build(
            workspace,
            title=self.tr("Registrar asistentes"),
            heading=fair_name,
            act_text=self.tr("Registrar asistencia"),
            new_tip=self.tr(
                "Registra a alguien que aún no está en el registro y su asistencia (Ctrl+N)."
            ),
            hint=self.tr(
                "Escriba y elija con ↓ ↑; Enter registra a la persona elegida y la ventana queda "
                "abierta para la siguiente. Cada asistente recibe la atención «Feria laboral» "
                "en su historial. Esc cierra."
            ),
            missing=self.tr("Busque y elija a la persona que asistió."),
            existing=self.tr("Ya estaba registrada(o): Enter registra su asistencia."),
        )
        self.add_button = self.act_button

    def mark(self, person_id: str) -> str:
        return self.tr("  (ya registrada(o))") if person_id in self._attending else ""

    def act(self, person_id: str) -> bool:
        return self.add(person_id)

    def add(self, person_id: str) -> bool:
        """Record ``person_id`` at the fair; say what happened (also a refusal) here."""
        try:
            name = self._workspace.people.get(person_id).data.full_name()
            attendee_id = self._service.add_attendee(self._fair_id, person_id)
        except (ServiceError, StorageError) as exc:
            self.say(str(exc), problem=True)
            return False
        message = self.tr("Se registró la asistencia de {name}.").format(name=name)
        self._attending.add(person_id)
        self.say(message, problem=False)
        self.added.emit(attendee_id, message)
        self.picker.reset()
        return True
