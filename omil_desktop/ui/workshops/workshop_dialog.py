"""Recording or correcting a workshop, and one of its sessions: every error beside its field,
gone when fixed; Enter saves."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.workshops import (
    MAX_LENGTHS,
    SESSION_PLACE_MAX,
    SessionData,
    WorkshopData,
    WorkshopModule,
)
from omil_desktop.services.clock import today
from omil_desktop.services.errors import NotFound, ServiceError, StorageError, ValidationFailed
from omil_desktop.services.workshops import SessionRow, WorkshopsService
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.vacancies.vacancy_dialog import CompanyCombo
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection

MODULE_COLUMNS = 2


def _date_of(field: DateField, name: str, errors: dict[str, str]) -> date | None:
    try:
        return field.value()
    except ValueError as exc:
        errors[name] = str(exc)
        return None


def _whole_number(text: str, name: str, message: str, errors: dict[str, str]) -> int | None:
    text = text.strip().rstrip("%").strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        errors[name] = message
        return None


def _line(limit: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(limit)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class WorkshopDialog(FormDialog):
    """A new workshop (``workshop_id`` None) or one to correct."""

    saved = Signal(str)

    def __init__(
        self, service: WorkshopsService, workshop_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, preferred=(640, 560))
        self._service = service
        self.workshop_id = workshop_id
        self.setWindowTitle(self.tr("Editar taller") if workshop_id else self.tr("Nuevo taller"))
        self.name = _line(MAX_LENGTHS["name"], self.tr("ej. Apresto laboral para jóvenes"))
        self.module_boxes: dict[WorkshopModule, QCheckBox] = {}
        modules = QWidget()
        grid = QGridLayout(modules)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for i, module in enumerate(WorkshopModule):
            box = QCheckBox(module.label)
            self.module_boxes[module] = box
            grid.addWidget(box, i // MODULE_COLUMNS, i % MODULE_COLUMNS)
        self.other_modules = _line(MAX_LENGTHS["other_modules"], self.tr("ej. Atención al cliente"))
        self.facilitator = _line(MAX_LENGTHS["facilitator"])
        self.place = _line(MAX_LENGTHS["place"], self.tr("ej. Sala multiuso, Municipalidad"))
        self.capacity = QLineEdit("20")
        self.capacity.setMaximumWidth(90)
        self.target_group = _line(
            MAX_LENGTHS["target_group"], self.tr("ej. Jóvenes de 18 a 29 años")
        )
        self.company = CompanyCombo([(c.id, f"{c.name} · {c.rut}") for c in service.companies()])
        self.programme = _line(MAX_LENGTHS["programme"], self.tr("ej. Programa Más Capaz"))
        self.starts_on = DateField()
        self.ends_on = DateField()
        self.min_attendance = QLineEdit("75")
        self.min_attendance.setMaximumWidth(90)
        min_row = QWidget()
        min_layout = QHBoxLayout(min_row)
        min_layout.setContentsMargins(0, 0, 0, 0)
        min_layout.addWidget(self.min_attendance)
        min_layout.addWidget(QLabel(self.tr("% de las sesiones, como presente")))
        min_layout.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)
        self.notes.setMaximumHeight(100)
        self.notes.setToolTip(self.tr("Enter: nueva línea · Ctrl+Enter: guardar"))

        self.about = FormSection(self.tr("Taller"))
        self.about.add("name", self.tr("Nombre *"), self.name)
        self.about.add("modules", self.tr("Módulos *"), modules)
        self.about.add("other_modules", self.tr("Otros módulos"), self.other_modules)
        self.about.add("facilitator", self.tr("Facilitador(a) *"), self.facilitator)
        self.about.add("place", self.tr("Lugar"), self.place)
        self.about.add("capacity", self.tr("Cupos *"), self.capacity)
        self.about.add("target_group", self.tr("Grupo objetivo"), self.target_group)
        self.links = FormSection(self.tr("Vinculación (opcional)"))
        self.links.add("company_id", self.tr("Empresa"), self.company)
        self.links.add("programme", self.tr("Programa"), self.programme)
        self.schedule = FormSection(self.tr("Fechas y aprobación"))
        self.schedule.add("starts_on", self.tr("Inicio *"), self.starts_on)
        self.schedule.add("ends_on", self.tr("Término *"), self.ends_on)
        self.schedule.add("min_attendance", self.tr("Asistencia mínima *"), min_row)
        self.schedule.add("notes", self.tr("Observaciones"), self.notes)
        # The minimum's error goes when its own field (not the row around it) is edited.
        self.schedule.fields["min_attendance"] = (
            self.min_attendance,
            self.schedule.fields["min_attendance"][1],
        )
        self.sections = (self.about, self.links, self.schedule)
        fields = {name: f for s in self.sections for name, f in s.fields.items()}
        self.errors = FieldErrors(fields, self.check, parent=self)
        for box in self.module_boxes.values():
            box.toggled.connect(lambda _on: self.errors._edited("modules"))
        self.other_modules.textChanged.connect(lambda _t: self.errors._edited("modules"))
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        for section in self.sections:
            body.addWidget(section)
        self.hint.setText(
            self.tr(
                "Los campos con * son obligatorios. Enter guarda; en Observaciones, Ctrl+Enter."
            )
        )
        self._session_dates: list[date] = []
        if workshop_id is None:
            self.starts_on.set_value(today())
        else:
            self._load(workshop_id)
        self.name.setFocus()

    def _load(self, workshop_id: str) -> None:
        record = self._service.get(workshop_id)
        data = record.data
        self.name.setText(data.name)
        for module, box in self.module_boxes.items():
            box.setChecked(module in data.modules)
        self.other_modules.setText(data.other_modules)
        self.facilitator.setText(data.facilitator)
        self.place.setText(data.place)
        self.capacity.setText("" if data.capacity is None else str(data.capacity))
        self.target_group.setText(data.target_group)
        if data.company_id:
            self.company.set_company(data.company_id)
        self.programme.setText(data.programme)
        self.starts_on.set_value(data.starts_on)
        self.ends_on.set_value(data.ends_on)
        self.min_attendance.setText("" if data.min_attendance is None else str(data.min_attendance))
        self.notes.setPlainText(data.notes)
        self._session_dates = [s.date for s in self._service.sessions(workshop_id)]

    def values(self) -> tuple[WorkshopData, dict[str, str]]:
        """The workshop as written, and the fields that cannot be read (numbers, dates)."""
        errors: dict[str, str] = {}
        capacity = _whole_number(
            self.capacity.text(),
            "capacity",
            self.tr("Escriba los cupos como un número entero, ej. 20."),
            errors,
        )
        minimum = _whole_number(
            self.min_attendance.text(),
            "min_attendance",
            self.tr("Escriba la asistencia mínima como un número entero, ej. 75."),
            errors,
        )
        data = WorkshopData(
            name=self.name.text(),
            modules=tuple(m for m, box in self.module_boxes.items() if box.isChecked()),
            other_modules=self.other_modules.text(),
            facilitator=self.facilitator.text(),
            place=self.place.text(),
            capacity=capacity,
            target_group=self.target_group.text(),
            company_id=self.company.company_id() or None,
            programme=self.programme.text(),
            starts_on=_date_of(self.starts_on, "starts_on", errors),
            ends_on=_date_of(self.ends_on, "ends_on", errors),
            min_attendance=minimum,
            notes=self.notes.toPlainText(),
        )
        return data, errors

    def check(self) -> dict[str, str]:
        data, unreadable = self.values()
        errors = data.cleaned().validate(self._session_dates)
        if self.company.currentText().strip() and not data.company_id:
            errors["company_id"] = self.tr("Elija una empresa de la lista, o deje el campo vacío.")
        return {**errors, **unreadable}

    def save(self) -> None:
        self.starts_on.tidy()
        self.ends_on.tidy()
        errors = self.check()
        data, unreadable = self.values()
        if errors and self.workshop_id is not None and not unreadable:
            # What only the records know (cupos below those enrolled) is shown with the rest,
            # read once here rather than at every key (check() runs while errors are shown).
            try:
                self._service.check(data, self.workshop_id)
            except ValidationFailed as exc:
                errors = {**exc.errors, **errors}
            except (ServiceError, StorageError):
                pass  # said when saving
        if errors:
            self.reveal(self.errors.show(errors))
            return
        try:
            if self.workshop_id is None:
                self.workshop_id = self._service.create(data)
            else:
                self._service.update(self.workshop_id, data)
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.saved.emit(self.workshop_id)
        self.accept()


class SessionDialog(FormDialog):
    """A new session of a workshop, or (``row``) one to correct."""

    saved = Signal(str)

    def __init__(
        self,
        service: WorkshopsService,
        workshop_id: str,
        row: SessionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, preferred=(480, 340))
        self._service = service
        self._workshop_id = workshop_id
        self.session_id = row.id if row is not None else None
        record = service.get(workshop_id)
        self._starts_on = record.data.starts_on
        self._ends_on = record.data.ends_on
        self.setWindowTitle(
            self.tr("Sesión {n}").format(n=row.number) if row else self.tr("Nueva sesión")
        )
        self.date = DateField()
        self.starts_at = QLineEdit()
        self.starts_at.setPlaceholderText(self.tr("ej. 09:30"))
        self.starts_at.setMaximumWidth(110)
        self.ends_at = QLineEdit()
        self.ends_at.setPlaceholderText(self.tr("ej. 12:30"))
        self.ends_at.setMaximumWidth(110)
        self.place = QLineEdit()
        self.place.setMaxLength(SESSION_PLACE_MAX)
        self.place.setPlaceholderText(record.data.place or self.tr("el lugar del taller"))
        self.place.setToolTip(self.tr("Vacío: el lugar del taller."))
        self.section = FormSection(record.data.name)
        self.section.add("date", self.tr("Fecha *"), self.date)
        self.section.add("starts_at", self.tr("Inicio *"), self.starts_at)
        self.section.add("ends_at", self.tr("Término *"), self.ends_at)
        self.section.add("place", self.tr("Lugar"), self.place)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.section)
        self.hint.setText(
            self.tr("Entre el {start} y el {end}. Horas como 09:30. Enter guarda.").format(
                start=f"{self._starts_on:%d-%m-%Y}" if self._starts_on else "",
                end=f"{self._ends_on:%d-%m-%Y}" if self._ends_on else "",
            )
        )
        if row is not None:
            self.date.set_value(row.date)
            self.starts_at.setText(row.starts_at)
            self.ends_at.setText(row.ends_at)
            self.place.setText(row.own_place)
        else:  # the first session on the first day; the next ones a week after the last, at
            # the same hours (the date left empty when that week falls after the workshop)
            earlier = service.sessions(workshop_id)
            if earlier:
                self.starts_at.setText(earlier[-1].starts_at)
                self.ends_at.setText(earlier[-1].ends_at)
                next_week = earlier[-1].date + timedelta(days=7)
                if self._ends_on is not None and next_week <= self._ends_on:
                    self.date.set_value(next_week)
            else:
                self.date.set_value(self._starts_on)
        self.date.setFocus()

    def values(self) -> tuple[SessionData, dict[str, str]]:
        errors: dict[str, str] = {}
        data = SessionData(
            date=_date_of(self.date, "date", errors),
            starts_at=self.starts_at.text(),
            ends_at=self.ends_at.text(),
            place=self.place.text(),
        )
        return data, errors

    def check(self) -> dict[str, str]:
        data, unreadable = self.values()
        errors = data.cleaned().validate(self._starts_on, self._ends_on)
        return {**errors, **unreadable}

    def save(self) -> None:
        self.date.tidy()
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        data, _ = self.values()
        try:
            if self.session_id is None:
                self.session_id = self._service.add_session(self._workshop_id, data)
            else:
                self._service.update_session(self.session_id, data)
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (ServiceError, StorageError, NotFound) as exc:
            show_problem(self, str(exc))
            return
        self.saved.emit(self.session_id)
        self.accept()
