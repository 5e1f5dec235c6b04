"""Recording or correcting a fair, and a company taking part in it: every error beside its field,
gone when fixed; Enter saves."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.fairs import (
    MAX_LENGTHS,
    POSITIONS_MAX,
    FairCompanyData,
    FairData,
    FairKind,
)
from omil_desktop.services.clock import today
from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.services.fairs import FairCompanyRow, FairService
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.vacancies.vacancy_dialog import CompanyCombo
from omil_desktop.ui.widgets.comuna_combo import ComunaCombo
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection


def fair_service(workspace: Workspace) -> FairService:
    """The fairs' use cases for the workspace's office."""
    office = workspace.office
    assert office is not None, "the office is set up before the window opens"
    return FairService(workspace.db, workspace.territory, office.comuna_code)


def _date_of(field: DateField, name: str, errors: dict[str, str]) -> date | None:
    try:
        return field.value()
    except ValueError as exc:
        errors[name] = str(exc)
        return None


def _notes() -> QPlainTextEdit:
    notes = QPlainTextEdit()
    notes.setTabChangesFocus(True)
    notes.setMinimumHeight(60)
    notes.setMaximumHeight(100)
    notes.setToolTip(
        QCoreApplication.translate("FairDialog", "Enter: nueva línea · Ctrl+Enter: guardar")
    )
    return notes


class FairDialog(FormDialog):
    """A new fair (``fair_id`` None) or one of this office to correct."""

    saved = Signal(str)

    def __init__(
        self, workspace: Workspace, fair_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, preferred=(600, 520))
        self._service = fair_service(workspace)
        self.fair_id = fair_id
        self.setWindowTitle(self.tr("Editar feria") if fair_id else self.tr("Nueva feria"))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_LENGTHS["name"])
        self.name.setPlaceholderText(self.tr("ej. Feria Laboral de Primavera"))
        self.kind = EnumCombo(FairKind, blank=None)
        self.held_on = DateField()
        self.place = QLineEdit()
        self.place.setMaxLength(MAX_LENGTHS["place"])
        self.place.setPlaceholderText(self.tr("ej. Gimnasio municipal"))
        self.comuna = ComunaCombo(workspace.territory)
        self.organiser_boxes: dict[str, QCheckBox] = {}
        organisers = QWidget()
        column = QVBoxLayout(organisers)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        offices = self._service.network_offices()
        for office in offices:
            box = QCheckBox(office.name)
            self.organiser_boxes[office.code] = box
            column.addWidget(box)
        if not offices:
            column.addWidget(_muted(self.tr("La oficina no está en una Red Territorial.")))
        self.notes = _notes()

        self.about = FormSection(self.tr("Feria"))
        self.about.add("name", self.tr("Nombre *"), self.name)
        self.about.add("kind", self.tr("Tipo *"), self.kind)
        self.about.add("held_on", self.tr("Fecha *"), self.held_on)
        self.about.add("place", self.tr("Lugar"), self.place)
        self.about.add("comuna_code", self.tr("Comuna *"), self.comuna)
        self.together = FormSection(self.tr("Co-organizan (oficinas de la Red Territorial)"))
        self.together.add("co_organisers", self.tr("Oficinas"), organisers)
        self.together.add("notes", self.tr("Observaciones"), self.notes)
        self.sections = (self.about, self.together)
        fields = {name: f for s in self.sections for name, f in s.fields.items()}
        self.errors = FieldErrors(fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        for section in self.sections:
            body.addWidget(section)
        self.hint.setText(
            self.tr(
                "Los campos con * son obligatorios. Una feria co-organizada se comparte con la "
                "Red: las otras oficinas la ven y registran allí a sus propios asistentes. "
                "Enter guarda."
            )
        )
        if fair_id is None:
            self.held_on.set_value(today())
            own = workspace.office
            self.comuna.set_code(own.comuna_code if own is not None else None)
        else:
            self._load(fair_id)
        self.name.setFocus()

    def _load(self, fair_id: str) -> None:
        data = self._service.get(fair_id).data
        self.name.setText(data.name)
        self.kind.set_value(data.kind)
        self.held_on.set_value(data.held_on)
        self.place.setText(data.place)
        self.comuna.set_code(data.comuna_code)
        for code, box in self.organiser_boxes.items():
            box.setChecked(code in data.co_organisers)
        self.notes.setPlainText(data.notes)

    def values(self) -> tuple[FairData, dict[str, str]]:
        errors: dict[str, str] = {}
        kind = self.kind.value()
        data = FairData(
            name=self.name.text(),
            kind=FairKind(kind) if kind is not None else None,
            held_on=_date_of(self.held_on, "held_on", errors),
            place=self.place.text(),
            comuna_code=self.comuna.code() or "",
            co_organisers=tuple(c for c, box in self.organiser_boxes.items() if box.isChecked()),
            notes=self.notes.toPlainText(),
        )
        return data, errors

    def check(self) -> dict[str, str]:
        data, unreadable = self.values()
        errors = data.cleaned().validate(today())
        if self.comuna.currentText().strip() and not data.comuna_code:
            errors["comuna_code"] = self.tr("Elija una comuna de la lista.")
        return {**errors, **unreadable}

    def save(self) -> None:
        self.held_on.tidy()
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        data, _ = self.values()
        try:
            if self.fair_id is None:
                self.fair_id = self._service.create(data)
            else:
                self._service.update(self.fair_id, data)
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.saved.emit(self.fair_id)
        self.accept()


def _muted(text: str) -> QWidget:
    label = QLabel(text)
    label.setStyleSheet("color: #555;")
    label.setWordWrap(True)
    return label


class FairCompanyDialog(FormDialog):
    """A company taking part in the fair (``row`` None: a new one), with its openings."""

    saved = Signal(str)

    def __init__(
        self,
        service: FairService,
        fair_id: str,
        row: FairCompanyRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, preferred=(560, 380))
        self._service = service
        self._fair_id = fair_id
        self.fair_company_id = row.id if row is not None else None
        self.setWindowTitle(
            self.tr("Empresa en la feria") if row else self.tr("Agregar empresa a la feria")
        )
        self.company = CompanyCombo(
            [(c.id, f"{c.name} · {c.rut}") for c in service.companies_choices()]
        )
        self.openings = QLineEdit("0")
        self.openings.setMaximumWidth(90)
        self.positions = QLineEdit()
        self.positions.setMaxLength(POSITIONS_MAX)
        self.positions.setPlaceholderText(self.tr("ej. Operario(a) de planta, Cajero(a)"))
        self.notes = _notes()
        self.section = FormSection(self.tr("Empresa participante"))
        self.section.add("company_id", self.tr("Empresa *"), self.company)
        self.section.add("openings", self.tr("Cupos que trae *"), self.openings)
        self.section.add("positions", self.tr("Cargos ofrecidos"), self.positions)
        self.section.add("notes", self.tr("Observaciones"), self.notes)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.section)
        self.hint.setText(
            self.tr(
                "Empresas de la oficina y las que comparte la Red. Cupos: vacantes que la "
                "empresa trae a la feria (0 si ninguna). Enter guarda."
            )
        )
        if row is not None:
            self.company.set_company(row.company_id)
            self.openings.setText(str(row.openings))
            self.positions.setText(row.positions)
            self.notes.setPlainText(row.notes)
        self.company.setFocus()

    def values(self) -> tuple[FairCompanyData, dict[str, str]]:
        errors: dict[str, str] = {}
        text = self.openings.text().strip()
        openings: int | None = None
        if text:
            try:
                openings = int(text.replace(".", ""))
            except ValueError:
                errors["openings"] = self.tr("Escriba los cupos como un número entero, ej. 10.")
        data = FairCompanyData(
            company_id=self.company.company_id() or None,
            openings=openings,
            positions=self.positions.text(),
            notes=self.notes.toPlainText(),
        )
        return data, errors

    def check(self) -> dict[str, str]:
        data, unreadable = self.values()
        errors = data.cleaned().validate()
        if self.company.currentText().strip() and not data.company_id:
            errors["company_id"] = self.tr("Elija una empresa de la lista.")
        return {**errors, **unreadable}

    def save(self) -> None:
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        data, _ = self.values()
        try:
            if self.fair_company_id is None:
                self.fair_company_id = self._service.add_company(self._fair_id, data)
            else:
                self._service.update_company(self.fair_company_id, data)
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.saved.emit(self.fair_company_id)
        self.accept()
