"""Creating or editing a company: every error beside its field, Enter saves, a RUT already on
record refused with the company it belongs to."""

from __future__ import annotations

import itertools
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.companies import (
    COMPANY_LABELS,
    COMPANY_MAX_LENGTHS,
    CompanyData,
    parse_company_rut,
)
from omil_desktop.domain.intermediation import CompanySize
from omil_desktop.domain.people import normalize_phone
from omil_desktop.domain.rut import InvalidRut, Rut
from omil_desktop.services.clock import today
from omil_desktop.services.errors import (
    DuplicateCompany,
    NotFound,
    ServiceError,
    StorageError,
    ValidationFailed,
)
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.comuna_combo import ComunaCombo
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import ErrorLabel, FieldErrors, FormDialog, FormSection

_LINE_FIELDS = ("legal_name", "trade_name", "activity", "address", "phone", "email")


class CompanyDialog(FormDialog):
    """New company (``company_id`` None) or edit. Emits ``open_company`` to show an existing one."""

    saved = Signal(str)
    open_company = Signal(str)

    def __init__(
        self, workspace: Workspace, company_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, preferred=(620, 560))
        self._workspace = workspace
        self.company_id = company_id
        self._discarding = False
        self.setWindowTitle(self.tr("Editar empresa") if company_id else self.tr("Nueva empresa"))
        self.hint.setText(
            self.tr(
                "Los campos con * son obligatorios. Enter guarda; en Observaciones, Ctrl+Enter."
            )
        )
        self.rut = QLineEdit()
        self.rut.setPlaceholderText("76.123.456-0")
        self.rut.setMaxLength(14)
        self.legal_name = QLineEdit()
        self.trade_name = QLineEdit()
        self.activity = QLineEdit()
        self.activity.setPlaceholderText(self.tr("Ej.: acuicultura, comercio, construcción"))
        self.company_size = EnumCombo(CompanySize)
        self.comuna_code = ComunaCombo(workspace.territory)
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+56 65 212 3456")
        self.email = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.notes.setToolTip(self.tr("Enter: nueva línea · Ctrl+Enter: guardar"))

        labels = COMPANY_LABELS
        company = FormSection(self.tr("Empresa"))
        company.add("rut", self.tr(labels["rut"]) + " *", self.rut)
        company.add("legal_name", self.tr(labels["legal_name"]) + " *", self.legal_name)
        company.add("trade_name", self.tr(labels["trade_name"]), self.trade_name)
        company.add("activity", self.tr(labels["activity"]), self.activity)
        company.add("size", self.tr(labels["size"]), self.company_size)
        place = FormSection(self.tr("Ubicación y contacto"))
        place.add("comuna_code", self.tr(labels["comuna_code"]) + " *", self.comuna_code)
        place.add("address", self.tr(labels["address"]), self.address)
        place.add("phone", self.tr(labels["phone"]), self.phone)
        place.add("email", self.tr(labels["email"]), self.email)
        place.add("notes", self.tr(labels["notes"]), self.notes)
        self._fields = {**company.fields, **place.fields}
        # One label column for both sections: the fields line up.
        captions = [c for sec in (company, place) for c in sec.findChildren(QLabel) if c.buddy()]
        widest = max(caption.sizeHint().width() for caption in captions)
        for caption in captions:
            caption.setMinimumWidth(widest)
        for name in _LINE_FIELDS:
            cast(QLineEdit, self._fields[name][0]).setMaxLength(COMPANY_MAX_LENGTHS[name])
        self.general_error = ErrorLabel(self)
        self.errors = FieldErrors(self._fields, self.check, self.general_error, self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.general_error)
        body.addWidget(company)
        body.addWidget(place)
        body.addStretch(1)
        for first, second in itertools.pairwise(w for w, _e in self._fields.values()):
            QWidget.setTabOrder(first, second)
        self.rut.editingFinished.connect(self._format_rut)
        self.phone.editingFinished.connect(self._format_phone)

        if company_id is None:
            office = workspace.office
            self.comuna_code.set_code(office.comuna_code if office else None)
        else:
            self.load(workspace.companies.get(company_id).data)
        self._initial = self.collect()[0]
        self.rut.setFocus()

    # -- data -------------------------------------------------------------------------------------

    def load(self, data: CompanyData) -> None:
        self.rut.setText(str(data.rut) if data.rut else "")
        for name in _LINE_FIELDS:
            edit = cast(QLineEdit, self._fields[name][0])
            value = getattr(data, name)
            edit.setMaxLength(max(COMPANY_MAX_LENGTHS[name], len(value)))
            edit.setText(value)
            edit.setCursorPosition(0)
        self.company_size.set_value(data.size)
        self.comuna_code.set_code(data.comuna_code or None)
        self.notes.setPlainText(data.notes)

    def collect(self) -> tuple[CompanyData, dict[str, str]]:
        """The data as written, and the fields that cannot even be read (a bad RUT)."""
        errors: dict[str, str] = {}
        rut = None
        if self.rut.text().strip():
            try:
                rut = parse_company_rut(self.rut.text())
            except InvalidRut as exc:
                errors["rut"] = str(exc)
        data = CompanyData(
            rut=rut,
            legal_name=self.legal_name.text(),
            trade_name=self.trade_name.text(),
            activity=self.activity.text(),
            size=cast(CompanySize | None, self.company_size.value()),
            comuna_code=self.comuna_code.code() or "",
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
        )
        if self.comuna_code.currentText().strip() and not data.comuna_code:
            errors["comuna_code"] = self.tr("Elija una comuna de la lista.")
        return data, errors

    def check(self) -> dict[str, str]:
        """Every problem of the form as it is now, field name → Spanish message."""
        data, errors = self.collect()
        rules = data.cleaned().validate(today(), known_comuna=bool(data.comuna_code))
        return {**rules, **errors}

    def field(self, name: str) -> QWidget:
        return self._fields[name][0]

    def _format_rut(self) -> None:
        text = self.rut.text()
        if Rut.is_valid(text) and str(Rut.parse(text)) != text:
            self.rut.setText(str(Rut.parse(text)))

    def _format_phone(self) -> None:
        try:
            phone = normalize_phone(self.phone.text())
        except ValueError:
            return
        if phone and phone != self.phone.text():
            self.phone.setText(phone)

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> None:
        self._format_rut()
        self._format_phone()
        self.comuna_code.tidy()
        errors = self.check()
        if errors:  # every one at once, next to its field
            self.reveal(self.errors.show(errors))
            return
        data = self.collect()[0]
        companies = self._workspace.companies
        try:
            if self.company_id is None:
                self.company_id = companies.create(data)
            else:
                companies.update(self.company_id, data)
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except DuplicateCompany as exc:
            self.reveal(self.errors.show({"rut": str(exc)}))
            if not exc.deleted:
                self._offer_existing(exc)
            return
        except (StorageError, NotFound, ServiceError) as exc:
            show_problem(self, str(exc))
            return
        self.saved.emit(self.company_id)
        self.accept()

    def _offer_existing(self, exc: DuplicateCompany) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("RUT ya registrado"))
        box.setText(str(exc))
        open_button = box.addButton(
            self.tr("Abrir la empresa registrada"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Volver al formulario"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self._discarding = True
            self.open_company.emit(exc.existing_id)
            self.reject()

    def reject(self) -> None:
        """Cancel or Esc: ask before throwing away what was typed."""
        if self.collect()[0] != self._initial and not self._discarding:
            answer = QMessageBox.question(
                self,
                self.tr("Descartar cambios"),
                self.tr("Hay datos sin guardar. ¿Descartarlos?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
