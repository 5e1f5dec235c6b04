"""Recording or correcting a vacancy (oferta): every error beside its field, Enter saves."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.intermediation import ContractType, VacancyStatus, Workday
from omil_desktop.domain.people import EducationLevel
from omil_desktop.domain.text import fold
from omil_desktop.domain.vacancies import MAX_LENGTHS, VacancyData
from omil_desktop.services.clock import today
from omil_desktop.services.errors import NotFound, ServiceError, StorageError, ValidationFailed
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.comuna_combo import ComunaCombo
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection
from omil_desktop.ui.widgets.money_field import MoneyField


class CompanyCombo(QComboBox):
    """The companies a vacancy may be of; type part of the name or RUT to find one."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for company_id, label in choices:
            self.addItem(label, company_id)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        edit = self.lineEdit()
        assert edit is not None
        edit.setPlaceholderText(self.tr("Escriba para buscar la empresa…"))
        self.setCurrentIndex(-1)

    def company_id(self) -> str:
        """The chosen company's id; empty when the text names none (or several)."""
        text = fold(self.currentText())
        if not text:
            return ""
        labels = [(fold(self.itemText(i)), str(self.itemData(i))) for i in range(self.count())]
        exact = [cid for label, cid in labels if label == text]
        if exact:
            return exact[0]
        partial = [cid for label, cid in labels if text in label]
        return partial[0] if len(partial) == 1 else ""

    def set_company(self, company_id: str) -> None:
        self.setCurrentIndex(self.findData(company_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.view().isVisible():
            event.ignore()  # Enter saves the form (EnterSaves)
            return
        super().keyPressEvent(event)


class VacancyDialog(FormDialog):
    """A new vacancy of this office, or (``vacancy_id``) an own vacancy to correct."""

    saved = Signal(str)

    def __init__(
        self, workspace: Workspace, vacancy_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, preferred=(640, 560))
        self._workspace = workspace
        self.vacancy_id = vacancy_id
        self.setWindowTitle(self.tr("Editar oferta") if vacancy_id else self.tr("Nueva oferta"))
        companies = workspace.vacancies.companies()
        self.company = CompanyCombo([(c.id, f"{c.name} · {c.rut}") for c in companies])
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_LENGTHS["title"])
        self.occupation = QLineEdit()
        self.occupation.setMaxLength(MAX_LENGTHS["occupation"])
        self.openings = QLineEdit("1")
        self.openings.setMaximumWidth(90)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.description.setMaximumHeight(120)
        self.description.setToolTip(self.tr("Enter: nueva línea · Ctrl+Enter: guardar"))
        self.education = EnumCombo(EducationLevel, blank=self.tr("— No exige —"))
        self.experience = QLineEdit()
        self.experience.setMaxLength(MAX_LENGTHS["experience"])
        self.licences = QLineEdit()
        self.licences.setMaxLength(MAX_LENGTHS["licences"])
        self.licences.setPlaceholderText(self.tr("ej. Clase B"))
        self.workday = EnumCombo(Workday)
        self.salary = MoneyField(placeholder=self.tr("ej. $650.000 (bruto mensual)"))
        self.salary.setMaximumWidth(200)
        self.contract = EnumCombo(ContractType)
        self.comuna = ComunaCombo(workspace.territory)
        self.published = DateField()
        self.closes = DateField()
        self.status = EnumCombo(VacancyStatus, blank=None)
        self.inclusive = QCheckBox(self.tr("Inclusiva (Ley 21.015)"))
        self.shared = QCheckBox(self.tr("Compartir con la Red Territorial"))
        self.shared.setToolTip(
            self.tr("Las otras oficinas de la red la ven (solo lectura) y pueden derivar personas.")
        )

        self.job = FormSection(self.tr("Oferta"))
        self.job.add("company_id", self.tr("Empresa *"), self.company)
        self.job.add("title", self.tr("Cargo *"), self.title)
        self.job.add("occupation", self.tr("Ocupación"), self.occupation)
        self.job.add("openings", self.tr("Cupos *"), self.openings)
        self.job.add("description", self.tr("Descripción"), self.description)
        self.requirements = FormSection(self.tr("Requisitos y condiciones"))
        self.requirements.add("education_level", self.tr("Educación mínima"), self.education)
        self.requirements.add("experience", self.tr("Experiencia"), self.experience)
        self.requirements.add("licences", self.tr("Licencias"), self.licences)
        self.requirements.add("workday", self.tr("Jornada"), self.workday)
        self.requirements.add("salary", self.tr("Renta bruta"), self.salary)
        self.requirements.add("contract_type", self.tr("Tipo de contrato"), self.contract)
        self.requirements.add("comuna_code", self.tr("Comuna *"), self.comuna)
        self.publication = FormSection(self.tr("Publicación"))
        self.publication.add("published_on", self.tr("Publicación *"), self.published)
        self.publication.add("closes_on", self.tr("Cierre"), self.closes)
        self.publication.add("status", self.tr("Estado"), self.status)
        self.publication.add("inclusive", "", self.inclusive)
        self.publication.add("shared", "", self.shared)
        self.sections = (self.job, self.requirements, self.publication)
        fields = {name: f for s in self.sections for name, f in s.fields.items()}
        self.errors = FieldErrors(fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        for section in self.sections:
            body.addWidget(section)
        self.hint.setText(
            self.tr("Los campos con * son obligatorios. Enter guarda; en Descripción, Ctrl+Enter.")
        )
        if vacancy_id is None:
            self.published.set_value(today())
            self.comuna.set_code(workspace.office.comuna_code if workspace.office else None)
            self.status.set_value(VacancyStatus.OPEN)
        else:
            self._load(vacancy_id)
        self.company.setFocus()

    def _load(self, vacancy_id: str) -> None:
        record = self._workspace.vacancies.get(vacancy_id)
        data = record.data
        self.company.set_company(data.company_id)
        self.title.setText(data.title)
        self.occupation.setText(data.occupation)
        self.openings.setText("" if data.openings is None else str(data.openings))
        self.description.setPlainText(data.description)
        self.education.set_value(data.education_level)
        self.experience.setText(data.experience)
        self.licences.setText(data.licences)
        self.workday.set_value(data.workday)
        self.salary.set_value(data.salary)
        self.contract.set_value(data.contract_type)
        self.comuna.set_code(data.comuna_code)
        self.published.set_value(data.published_on)
        self.closes.set_value(data.closes_on)
        self.status.set_value(data.status)
        self.inclusive.setChecked(data.inclusive)
        self.shared.setChecked(data.shared)

    def values(self) -> tuple[VacancyData, dict[str, str]]:
        """The vacancy as written, and the fields that cannot be read (numbers, dates)."""
        errors: dict[str, str] = {}
        openings: int | None = None
        text = self.openings.text().strip()
        if text:
            try:
                openings = int(text)
            except ValueError:
                errors["openings"] = self.tr("Escriba los cupos como un número entero, ej. 2.")
        salary: int | None = None
        try:
            salary = self.salary.value()
        except ValueError as exc:
            errors["salary"] = str(exc)
        dates = {}
        for name, field in (("published_on", self.published), ("closes_on", self.closes)):
            try:
                dates[name] = field.value()
            except ValueError as exc:
                errors[name] = str(exc)
                dates[name] = None
        data = VacancyData(
            company_id=self.company.company_id(),
            title=self.title.text(),
            occupation=self.occupation.text(),
            openings=openings,
            description=self.description.toPlainText(),
            education_level=cast(EducationLevel | None, self.education.value()),
            experience=self.experience.text(),
            licences=self.licences.text(),
            workday=cast(Workday | None, self.workday.value()),
            salary=salary,
            contract_type=cast(ContractType | None, self.contract.value()),
            comuna_code=self.comuna.code() or "",
            published_on=dates["published_on"],
            closes_on=dates["closes_on"],
            status=cast(VacancyStatus, self.status.value()),
            inclusive=self.inclusive.isChecked(),
            shared=self.shared.isChecked(),
        )
        return data, errors

    def check(self) -> dict[str, str]:
        data, unreadable = self.values()
        errors = data.cleaned().validate()
        if self.company.currentText().strip() and not data.company_id:
            errors["company_id"] = self.tr("Elija una empresa de la lista.")
        return {**errors, **unreadable}

    def save(self) -> None:
        self.published.tidy()
        self.closes.tidy()
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        data, _ = self.values()
        service = self._workspace.vacancies
        try:
            if self.vacancy_id is None:
                self.vacancy_id = service.create(data)
            else:
                service.update(self.vacancy_id, data)
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (ServiceError, StorageError, NotFound) as exc:
            show_problem(self, str(exc))
            return
        self.saved.emit(self.vacancy_id)
        self.accept()
