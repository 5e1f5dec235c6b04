"""Derivar en la feria: an attendee sent to an open vacancy (the fair's companies' first); the
referral is dated the fair's day and goes on in Ofertas like every referral."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QVBoxLayout, QWidget

from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.services.fairs import AttendeeRow, FairService, VacancyChoice
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection


class ReferDialog(FormDialog):
    """Refer one of the fair's attendees (``person_id`` chosen first, when given)."""

    saved = Signal(str)

    def __init__(
        self,
        service: FairService,
        fair_id: str,
        attendees: list[AttendeeRow],
        person_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, preferred=(600, 360))
        self._service = service
        self._fair_id = fair_id
        self.setWindowTitle(self.tr("Derivar en la feria"))
        self.person = QComboBox()
        for row in attendees:
            self.person.addItem(f"{row.name} · {row.rut or '—'}", row.person_id)
        if person_id is not None:
            self.person.setCurrentIndex(max(self.person.findData(person_id), 0))
        self.vacancies: list[VacancyChoice] = service.vacancies(fair_id)
        self.vacancy = QComboBox()
        self.vacancy.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.vacancy.setMinimumContentsLength(30)
        for v in self.vacancies:
            label = f"{v.title} — {v.company}"
            if v.at_fair:
                label += self.tr(" (en la feria)")
            if v.office_name:
                label += f" · {v.office_name}"
            self.vacancy.addItem(label, v.id)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.section = FormSection(self.tr("Derivación"))
        self.section.add("person_id", self.tr("Asistente *"), self.person)
        self.section.add("vacancy_id", self.tr("Oferta *"), self.vacancy)
        self.section.add("notes", self.tr("Observaciones"), self.notes)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.section)
        self.hint.setText(
            self.tr(
                "Ofertas abiertas de la oficina y las que comparte la Red; primero las de las "
                "empresas de la feria. La selección y la colocación siguen en «Ofertas». "
                "Enter guarda."
            )
        )
        self.vacancy.setFocus()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.person.currentData() is None:
            errors["person_id"] = self.tr("Registre antes a la persona como asistente.")
        if self.vacancy.currentData() is None:
            errors["vacancy_id"] = self.tr("No hay ofertas abiertas a las que derivar.")
        return errors

    def save(self) -> None:
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        try:
            link = self._service.refer(
                self._fair_id,
                str(self.person.currentData()),
                str(self.vacancy.currentData()),
                self.notes.toPlainText(),
            )
        except ValidationFailed as exc:
            placed = {("vacancy_id" if k == "referred_on" else k): m for k, m in exc.errors.items()}
            self.reveal(self.errors.show(placed))
            return
        except StorageError as exc:
            show_problem(self, str(exc))
            return
        except ServiceError as exc:
            self.reveal(self.errors.show({"vacancy_id": str(exc)}))
            return
        self.saved.emit(link)
        self.accept()
