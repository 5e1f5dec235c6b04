"""The form where a person's data is written: every field an OMIL records, errors beside each."""

from __future__ import annotations

import itertools
from typing import cast

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.people import (
    MAX_LENGTHS,
    ConsentMethod,
    DocumentType,
    EducationLevel,
    JobStatus,
    PersonData,
    Sex,
    UnemploymentInsurance,
    normalize_phone,
)
from omil_desktop.domain.privacy import PROCESSING_BASIS, LegalBasis
from omil_desktop.domain.rut import InvalidRut, Rut
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.texts import translate
from omil_desktop.services.clock import today
from omil_desktop.ui.widgets.comuna_combo import ComunaCombo
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import ErrorLabel, FieldErrors, FormSection


def _notes_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(60)
    edit.setToolTip(translate("ui.people.person_form", "Enter: nueva línea · Ctrl+Enter: guardar"))
    return edit


def _processing_bases() -> QLabel:
    """The basis of each processing (domain.privacy.PROCESSING_BASIS), small, under the
    person's own basis: what needs the consent below and what does not."""
    short = {
        LegalBasis.LEGAL_FUNCTION: translate("ui.people.person_form", "función legal"),
        LegalBasis.CONSENT: "consentimiento",
    }
    lines = [f"{p.label}: {short[basis]}" for p, basis in PROCESSING_BASIS.items()]
    label = QLabel("\n".join(lines))
    label.setWordWrap(True)
    label.setStyleSheet("color: #555; font-size: 8pt;")
    return label


_DOCUMENT_FIELDS = ("document_type", "document_number", "document_country")


class PersonForm(QWidget):
    """Fields of :class:`PersonData`. ``collect()`` reads them; ``show_errors()`` marks them."""

    def __init__(self, territory: Territory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rut = QLineEdit()
        self.rut.setPlaceholderText("12.345.678-5")
        self.rut.setMaxLength(14)
        self.no_rut = QCheckBox(self.tr("No tiene RUT (persona extranjera sin RUT aún)"))
        self.document_type = EnumCombo(DocumentType)
        self.document_number = QLineEdit()
        self.document_country = QLineEdit()
        self.first_names = QLineEdit()
        self.last_name_1 = QLineEdit()
        self.last_name_2 = QLineEdit()
        self.birth_date = DateField()
        self.sex = EnumCombo(Sex)
        self.nationality = QLineEdit("Chilena")
        self.comuna_code = ComunaCombo(territory)
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+56 9 1234 5678")
        self.email = QLineEdit()
        self.education_level = EnumCombo(EducationLevel)
        self.job_status = EnumCombo(JobStatus)
        self.occupation = QLineEdit()
        self.experience = _notes_edit()
        self.has_disability = QCheckBox(self.tr("Persona con discapacidad"))
        self.rnd_registered = QCheckBox(
            self.tr("Tiene credencial del Registro Nacional de Discapacidad")
        )
        self.woman_head_of_household = QCheckBox(self.tr("Mujer jefa de hogar"))
        self.migrant = QCheckBox(self.tr("Migrante"))
        self.indigenous = QCheckBox(self.tr("Pertenece a un pueblo originario"))
        self.unemployment_insurance = EnumCombo(UnemploymentInsurance)
        self.bne_registered_on = DateField()
        self.consent_on = DateField()
        self.consent_method = EnumCombo(ConsentMethod)
        self.notes = _notes_edit()
        self.legal_basis = EnumCombo(LegalBasis, blank=None)
        self.legal_basis.setToolTip(self.tr("Por qué la OMIL trata los datos de la persona"))
        self.processing_bases = _processing_bases()

        identity = FormSection(self.tr("Identificación"))
        identity.add("rut", self.tr("RUT"), self.rut)
        identity.add("no_rut", "", self.no_rut)
        identity.add("document_type", self.tr("Tipo de documento"), self.document_type)
        identity.add("document_number", self.tr("N° de documento"), self.document_number)
        identity.add("document_country", self.tr("País del documento"), self.document_country)
        identity.add("first_names", self.tr("Nombres *"), self.first_names)
        identity.add("last_name_1", self.tr("Apellido paterno *"), self.last_name_1)
        identity.add("last_name_2", self.tr("Apellido materno"), self.last_name_2)
        identity.add("birth_date", self.tr("Fecha de nacimiento"), self.birth_date)
        identity.add("sex", self.tr("Sexo"), self.sex)
        identity.add("nationality", self.tr("Nacionalidad"), self.nationality)

        contact = FormSection(self.tr("Residencia y contacto"))
        contact.add("comuna_code", self.tr("Comuna *"), self.comuna_code)
        contact.add("address", self.tr("Dirección"), self.address)
        contact.add("phone", self.tr("Teléfono"), self.phone)
        contact.add("email", self.tr("Correo"), self.email)

        work = FormSection(self.tr("Perfil laboral"))
        work.add("education_level", self.tr("Nivel educacional"), self.education_level)
        work.add("job_status", self.tr("Situación laboral"), self.job_status)
        work.add("occupation", self.tr("Oficio u ocupación"), self.occupation)
        work.add("experience", self.tr("Experiencia"), self.experience)

        groups = FormSection(self.tr("Grupos prioritarios y protección social"))
        groups.add("has_disability", self.tr("Discapacidad"), self.has_disability)
        groups.add("rnd_registered", "", self.rnd_registered)
        groups.add("woman_head_of_household", self.tr("Grupos"), self.woman_head_of_household)
        groups.add("migrant", "", self.migrant)
        groups.add("indigenous", "", self.indigenous)
        groups.add(
            "unemployment_insurance", self.tr("Seguro de cesantía"), self.unemployment_insurance
        )
        groups.add("bne_registered_on", self.tr("Inscripción en BNE"), self.bne_registered_on)

        consent = FormSection(self.tr("Consentimiento y notas"))
        consent.add("consent_on", self.tr("Fecha del consentimiento"), self.consent_on)
        consent.add("consent_method", self.tr("Forma del consentimiento"), self.consent_method)
        consent.add("legal_basis", self.tr("Base de licitud"), self.legal_basis)
        consent.add("processing_bases", "", self.processing_bases)
        consent.add("notes", self.tr("Observaciones"), self.notes)

        self._sections = [identity, contact, work, groups, consent]
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        for section in self._sections:
            self._fields.update(section.fields)
        self.general_error = ErrorLabel(self)
        for name, limit in MAX_LENGTHS.items():
            widget = self._fields[name][0]
            if isinstance(widget, QLineEdit):
                widget.setMaxLength(limit)  # the notes are checked on save (a paste may be long)
        self.errors = FieldErrors(self._fields, self.check, self.general_error, self)

        grid = QGridLayout()
        grid.addWidget(identity, 0, 0, 2, 1)
        grid.addWidget(contact, 0, 1)
        grid.addWidget(work, 1, 1)
        grid.addWidget(groups, 2, 0)
        grid.addWidget(consent, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(grid)

        order = [w for w, _e in self._fields.values()]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.no_rut.toggled.connect(self._rut_toggled)
        self.has_disability.toggled.connect(self._disability_toggled)
        self.rut.editingFinished.connect(self._format_rut)
        self.phone.editingFinished.connect(self._format_phone)
        self._rut_toggled(False)
        self._disability_toggled(False)

    # -- behaviour ------------------------------------------------------------------------------

    def _rut_toggled(self, no_rut: bool) -> None:
        self.rut.setEnabled(not no_rut)
        if no_rut:
            self.rut.clear()
        for name in ("document_type", "document_number", "document_country"):
            self._fields[name][0].setEnabled(no_rut)

    def _disability_toggled(self, disabled: bool) -> None:
        self.rnd_registered.setEnabled(disabled)
        if not disabled:
            self.rnd_registered.setChecked(False)

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

    # -- data -----------------------------------------------------------------------------------

    def load(self, data: PersonData) -> None:
        self.no_rut.setChecked(data.rut is None and bool(data.document_number))
        self.rut.setText(str(data.rut) if data.rut else "")
        for name in (
            "document_number",
            "document_country",
            "first_names",
            "last_name_1",
            "last_name_2",
            "nationality",
            "address",
            "phone",
            "email",
            "occupation",
        ):
            edit = cast(QLineEdit, self._fields[name][0])
            value = getattr(data, name)
            # A value stored before the limits existed is shown whole (never cut without a word):
            # saving it then says it is too long, and the officer shortens it.
            edit.setMaxLength(max(MAX_LENGTHS[name], len(value)))
            edit.setText(value)
            edit.setCursorPosition(0)  # a long name or address shows its beginning
        for name in ("birth_date", "bne_registered_on", "consent_on"):
            cast(DateField, self._fields[name][0]).set_value(getattr(data, name))
        for name in (
            "document_type",
            "sex",
            "education_level",
            "job_status",
            "unemployment_insurance",
            "consent_method",
            "legal_basis",
        ):
            cast(EnumCombo, self._fields[name][0]).set_value(getattr(data, name))
        for name in (
            "has_disability",
            "rnd_registered",
            "woman_head_of_household",
            "migrant",
            "indigenous",
        ):
            cast(QCheckBox, self._fields[name][0]).setChecked(getattr(data, name))
        self.comuna_code.set_code(data.comuna_code or None)
        self.experience.setPlainText(data.experience)
        self.notes.setPlainText(data.notes)

    def collect(self) -> tuple[PersonData, dict[str, str]]:
        """The data as written, and the fields that cannot even be read (bad RUT or date)."""
        errors: dict[str, str] = {}
        rut = None
        if not self.no_rut.isChecked():
            if self.rut.text().strip():
                try:
                    rut = Rut.parse(self.rut.text())
                except InvalidRut as exc:
                    errors["rut"] = str(exc)
            else:
                errors["rut"] = self.tr(
                    "Escriba el RUT, o marque «No tiene RUT» e indique su documento."
                )
        dates = {}
        for name in ("birth_date", "bne_registered_on", "consent_on"):
            try:
                dates[name] = cast(DateField, self._fields[name][0]).value()
            except ValueError as exc:
                errors[name] = str(exc)
                dates[name] = None
        data = PersonData(
            rut=rut,
            document_type=cast(DocumentType | None, self.document_type.value()),
            document_number=self.document_number.text(),
            document_country=self.document_country.text(),
            first_names=self.first_names.text(),
            last_name_1=self.last_name_1.text(),
            last_name_2=self.last_name_2.text(),
            birth_date=dates["birth_date"],
            sex=cast(Sex | None, self.sex.value()),
            nationality=self.nationality.text(),
            comuna_code=self.comuna_code.code() or "",
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            education_level=cast(EducationLevel | None, self.education_level.value()),
            job_status=cast(JobStatus | None, self.job_status.value()),
            occupation=self.occupation.text(),
            experience=self.experience.toPlainText(),
            has_disability=self.has_disability.isChecked(),
            rnd_registered=self.rnd_registered.isChecked(),
            woman_head_of_household=self.woman_head_of_household.isChecked(),
            migrant=self.migrant.isChecked(),
            indigenous=self.indigenous.isChecked(),
            unemployment_insurance=cast(
                UnemploymentInsurance | None, self.unemployment_insurance.value()
            ),
            bne_registered_on=dates["bne_registered_on"],
            consent_on=dates["consent_on"],
            consent_method=cast(ConsentMethod | None, self.consent_method.value()),
            notes=self.notes.toPlainText(),
            legal_basis=cast(LegalBasis, self.legal_basis.value()),
        )
        if self.comuna_code.currentText().strip() and not data.comuna_code:
            errors["comuna_code"] = self.tr("Elija una comuna de la lista.")
        return data, errors

    def tidy(self) -> None:
        """Show what was written the way it is stored (RUT, phone, dates, comuna) before a save,
        so that leaving a field later changes nothing."""
        self._format_rut()
        self._format_phone()
        for name in ("birth_date", "bne_registered_on", "consent_on"):
            cast(DateField, self._fields[name][0]).tidy()
        self.comuna_code.tidy()

    def check(self) -> dict[str, str]:
        """Every problem of the form as it is now: what cannot be read (a bad RUT or date) and
        what the domain's rules refuse, field name → Spanish message."""
        data, errors = self.collect()
        known = bool(data.comuna_code)  # the combo only gives codes of the catalogue
        rules = data.cleaned().validate(today(), known_comuna=known)
        if not self.no_rut.isChecked():  # a RUT was written (or is missing): not a document
            for name in _DOCUMENT_FIELDS:
                rules.pop(name, None)
        return {**rules, **errors}

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Show every message under its field; return the first field with one (form order)."""
        return self.errors.show(errors)

    def error_text(self, name: str) -> str:
        return self.errors.message(name)

    def field(self, name: str) -> QWidget:
        return self._fields[name][0]
