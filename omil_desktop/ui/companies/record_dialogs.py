"""A company's contact, and one entry of its interaction log: add, correct, delete."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import (
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.companies import (
    CONTACT_LABELS,
    CONTACT_MAX_LENGTHS,
    INTERACTION_LABELS,
    ContactData,
    InteractionData,
)
from omil_desktop.domain.dates import format_date
from omil_desktop.domain.intermediation import InteractionKind
from omil_desktop.domain.people import normalize_phone
from omil_desktop.domain.texts import translate
from omil_desktop.services.clock import today
from omil_desktop.services.companies import CompaniesService, ContactRow, InteractionRow
from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection
from omil_desktop.ui.widgets.labels import ElidedLabel


def confirm(parent: QWidget, title: str, question: str, detail: str) -> bool:
    """Ask before deleting; «No eliminar» is the default answer."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    box.setInformativeText(detail)
    delete = box.addButton(
        translate("ui.companies.record_dialogs", "Eliminar"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        translate("ui.companies.record_dialogs", "No eliminar"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is delete


def confirm_delete_contact(parent: QWidget, row: ContactRow, company: str) -> bool:
    return confirm(
        parent,
        translate("ui.companies.record_dialogs", "Eliminar contacto"),
        translate("ui.companies.record_dialogs", "¿Eliminar el contacto {name}?").format(
            name=row.data.name
        ),
        translate("ui.companies.record_dialogs", "Empresa: {company}").format(company=company),
    )


def confirm_delete_interaction(parent: QWidget, row: InteractionRow, company: str) -> bool:
    kind = row.data.kind.label if row.data.kind else ""
    return confirm(
        parent,
        translate("ui.companies.record_dialogs", "Eliminar gestión"),
        translate(
            "ui.companies.record_dialogs", "¿Eliminar la gestión del {date} ({kind})?"
        ).format(date=format_date(row.data.date), kind=kind),
        translate("ui.companies.record_dialogs", "Empresa: {company}").format(company=company),
    )


def _heading(text: str) -> ElidedLabel:
    label = ElidedLabel(text, max_lines=2)
    label.setStyleSheet("font-weight: bold;")
    return label


class ContactDialog(FormDialog):
    """New contact of ``company_id``, or (``contact``) the one to correct."""

    def __init__(
        self,
        companies: CompaniesService,
        company_id: str,
        company_name: str,
        parent: QWidget | None = None,
        contact: ContactRow | None = None,
    ) -> None:
        super().__init__(parent, preferred=(480, 300))
        self._companies = companies
        self._company_id = company_id
        self.contact_id = contact.id if contact else None
        self.setWindowTitle(self.tr("Editar contacto") if contact else self.tr("Nuevo contacto"))
        self.name = QLineEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("Ej.: jefa de personal"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+56 9 1234 5678")
        self.email = QLineEdit()
        self.section = FormSection(self.tr("Contacto"))
        for name, edit in (
            ("name", self.name),
            ("role", self.role),
            ("phone", self.phone),
            ("email", self.email),
        ):
            label = self.tr(CONTACT_LABELS[name]) + (" *" if name == "name" else "")
            self.section.add(name, label, edit)
            edit.setMaxLength(CONTACT_MAX_LENGTHS[name])
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(_heading(company_name))
        body.addWidget(self.section)
        body.addStretch(1)
        self.hint.setText(self.tr("Los campos con * son obligatorios. Enter guarda."))
        if contact is not None:
            for name in CONTACT_MAX_LENGTHS:
                edit = cast(QLineEdit, self.section.fields[name][0])
                edit.setText(getattr(contact.data, name))
                edit.setCursorPosition(0)
        self.name.setFocus()

    def collect(self) -> ContactData:
        return ContactData(self.name.text(), self.role.text(), self.phone.text(), self.email.text())

    def check(self) -> dict[str, str]:
        return self.collect().cleaned().validate()

    def save(self) -> None:
        try:
            phone = normalize_phone(self.phone.text())
        except ValueError:
            phone = ""
        if phone and phone != self.phone.text():
            self.phone.setText(phone)
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        try:
            if self.contact_id is None:
                self.contact_id = self._companies.add_contact(self._company_id, self.collect())
            else:
                self._companies.update_contact(self.contact_id, self.collect())
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (StorageError, ServiceError) as exc:
            show_problem(self, str(exc))
            return
        self.accept()


class InteractionDialog(FormDialog):
    """New entry of a company's log, a gestión (llamada, visita…), or one to correct."""

    def __init__(
        self,
        companies: CompaniesService,
        company_id: str,
        company_name: str,
        parent: QWidget | None = None,
        interaction: InteractionRow | None = None,
    ) -> None:
        super().__init__(parent, preferred=(520, 380))
        self._companies = companies
        self._company_id = company_id
        self.interaction_id = interaction.id if interaction else None
        self.setWindowTitle(
            self.tr("Editar gestión")
            if interaction
            else self.tr("Registrar gestión con la empresa")
        )
        self.date = DateField()
        self.kind = EnumCombo(InteractionKind, blank=self.tr("— Elija el tipo —"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.notes.setToolTip(self.tr("Enter: nueva línea · Ctrl+Enter: guardar"))
        self.section = FormSection(self.tr("Gestión"))
        self.section.add("date", self.tr(INTERACTION_LABELS["date"]) + " *", self.date)
        self.section.add("kind", self.tr(INTERACTION_LABELS["kind"]) + " *", self.kind)
        self.section.add("notes", self.tr(INTERACTION_LABELS["notes"]), self.notes)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(_heading(company_name))
        body.addWidget(self.section, 1)
        self.hint.setText(
            self.tr("Los campos con * son obligatorios. Enter guarda; en Notas, Ctrl+Enter.")
        )
        if interaction is None:
            self.date.set_value(today())
        else:
            self.date.set_value(interaction.data.date)
            self.kind.set_value(interaction.data.kind)
            self.notes.setPlainText(interaction.data.notes)
        self.kind.setFocus()

    def collect(self) -> tuple[InteractionData, dict[str, str]]:
        errors: dict[str, str] = {}
        try:
            on = self.date.value()
        except ValueError as exc:
            errors["date"] = str(exc)
            on = None
        kind = cast(InteractionKind | None, self.kind.value())
        return InteractionData(on, kind, self.notes.toPlainText()), errors

    def check(self) -> dict[str, str]:
        data, errors = self.collect()
        return {**data.validate(today()), **errors}

    def save(self) -> None:
        self.date.tidy()
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        data = self.collect()[0]
        try:
            if self.interaction_id is None:
                self.interaction_id = self._companies.add_interaction(self._company_id, data)
            else:
                self._companies.update_interaction(self.interaction_id, data)
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (StorageError, ServiceError) as exc:
            show_problem(self, str(exc))
            return
        self.accept()
