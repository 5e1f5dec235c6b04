"""Companies from and to an office's own spreadsheets (.csv or .xlsx), read and written as
every spreadsheet of the office is (``services/spreadsheets.py``); each company is saved with its
contact, every rejected row reported with its number and reason.
"""

from __future__ import annotations

from dataclasses import fields
from enum import StrEnum
from pathlib import Path
from typing import Any

from omil_desktop.domain.companies import (
    COMPANY_LABELS,
    CompanyData,
    ContactData,
    parse_company_rut,
)
from omil_desktop.domain.intermediation import CompanySize
from omil_desktop.domain.rut import InvalidRut, Rut
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import translate
from omil_desktop.services.companies import CompaniesService
from omil_desktop.services.spreadsheets import (
    Checked,
    ImportReport,
    RowRejected,
    SheetImporter,
    write_xlsx,
)

_CONTEXT = "Planillas"

# Column name in exports (first: the field's label) and the other ways an office writes it.
_L = COMPANY_LABELS
COLUMNS: dict[str, tuple[str, ...]] = {
    "rut": (_L["rut"], "rut empresa", "rol unico tributario"),
    "legal_name": (_L["legal_name"], "razon social empresa", "empresa", "nombre empresa"),
    "trade_name": (_L["trade_name"], "nombre fantasia", "fantasia", "nombre comercial"),
    "activity": (_L["activity"], "actividad", "giro", "rubro"),
    "size": (_L["size"], "tamano empresa"),
    "comuna_code": (_L["comuna_code"], "cut comuna", "codigo comuna", "cut"),
    "address": (_L["address"], "domicilio"),
    "phone": (_L["phone"], "fono", "telefono empresa"),
    "email": (_L["email"], "correo electronico", "email", "e mail", "mail"),
    "notes": (_L["notes"], "notas", "comentarios"),
    "contact_name": (
        "Contacto",
        "nombre contacto",
        "nombre del contacto",
        "persona de contacto",
        "encargado",
        "encargada",
    ),
    "contact_role": ("Cargo", "cargo contacto", "cargo del contacto"),
    "contact_phone": ("Teléfono contacto", "fono contacto", "telefono del contacto"),
    "contact_email": ("Correo contacto", "email contacto", "correo del contacto"),
}
CONTACTS_COLUMN = "Contactos"
"""The export's one column of contacts: «Nombre (cargo) teléfono correo; …»."""
REQUIRED = ("rut", "legal_name")
_CONTACT_FIELDS = {
    "contact_name": "name",
    "contact_role": "role",
    "contact_phone": "phone",
    "contact_email": "email",
}
_SIZE_SYNONYMS = {"pequena empresa": "pequena", "mediana empresa": "mediana", "pyme": "pequena"}


class CompaniesImporter(SheetImporter[tuple[CompanyData, list[ContactData]]]):
    COLUMNS = COLUMNS
    REQUIRED = REQUIRED
    # A merged cell over several rows holds the value of each row in the columns a group of
    # companies shares (a sector, a size, a comuna); elsewhere it refuses the rows it covers.
    FILL_DOWN = frozenset({"activity", "size", "comuna_code"})

    def __init__(
        self, companies: CompaniesService, territory: Territory, office_comuna: str
    ) -> None:
        super().__init__(territory, office_comuna)
        self._companies = companies
        self._registered: dict[str, str] = {}
        self._seen: dict[str, int] = {}

    def _start(self) -> None:
        self._registered = self._companies.registered_ruts()
        self._seen = {}

    def _row(
        self, values: dict[str, str], number: int, report: ImportReport
    ) -> tuple[CompanyData, list[ContactData]]:
        data, contacts = self._company(values, report)
        checked = self._companies.check(data)
        checked_contacts = [self._check_contact(c) for c in contacts]
        self._check_duplicate(checked, number, self._registered, self._seen)
        return checked, checked_contacts

    def _save(self, valid: list[tuple[CompanyData, list[ContactData]]]) -> None:
        self._companies.create_many(valid)

    def _continues(
        self,
        merged: set[str],
        origin: int,
        values: dict[str, str],
        checked: Checked[tuple[CompanyData, list[ContactData]]],
    ) -> bool:
        """The company's cells merged down over several rows, a contact on each: the row is
        another contact of the company of row ``origin``."""
        if merged & set(_CONTACT_FIELDS) or not merged & {"rut", "legal_name"}:
            return False
        if any(
            v for name, v in values.items() if name not in set(_CONTACT_FIELDS) | self.FILL_DOWN
        ):
            return False  # company data of its own: not a continuation
        for index in range(len(checked.numbers) - 1, -1, -1):
            if checked.numbers[index] == origin:
                break
        else:
            raise RowRejected(
                translate(
                    _CONTEXT,
                    "Contacto de la empresa de la fila {row}, que no se importa.",
                ).format(row=origin)
            )
        contact = ContactData(**{_CONTACT_FIELDS[n]: values.get(n, "") for n in _CONTACT_FIELDS})
        if any(getattr(contact, f.name) for f in fields(contact)):
            checked.valid[index][1].append(self._check_contact(contact))
        return True

    def _display(
        self, record: tuple[CompanyData, list[ContactData]], names: list[str]
    ) -> dict[str, str]:
        data, contacts = record
        contact = contacts[0] if contacts else ContactData()
        shown: dict[str, str] = {}
        for name in COLUMNS:
            if name not in names and name != "comuna_code":
                continue
            if name in _CONTACT_FIELDS:
                value: Any = getattr(contact, _CONTACT_FIELDS[name])
            else:
                value = getattr(data, name)
            if isinstance(value, Rut):
                value = str(value)
            elif isinstance(value, StrEnum):
                value = value.label  # type: ignore[attr-defined]
            elif name == "comuna_code" and value:
                value = self._territory.comuna(value).name
            shown[name] = "" if value is None else str(value)
        return shown

    def _company(
        self, values: dict[str, str], report: ImportReport
    ) -> tuple[CompanyData, list[ContactData]]:
        data = CompanyData()
        contact = ContactData()
        for name, text in values.items():
            if name in _CONTACT_FIELDS:
                setattr(contact, _CONTACT_FIELDS[name], text)
            elif name == "rut":
                data.rut = _parse_rut(text)
            elif name == "size":
                data.size = _parse_size(text) if text else None
            elif name == "comuna_code":
                data.comuna_code = self._comuna(text) if text else ""
            else:
                setattr(data, name, text)
        if not data.legal_name:
            raise RowRejected(_missing_text().format(column=COMPANY_LABELS["legal_name"]))
        if not data.comuna_code:
            data.comuna_code = self._office_comuna
            report.default_comuna_used = True
        has_contact = any(getattr(contact, f.name) for f in fields(contact))
        return data, [contact] if has_contact else []

    @staticmethod
    def _check_contact(contact: ContactData) -> ContactData:
        contact = contact.cleaned()
        errors = contact.validate()
        if errors:
            raise RowRejected(
                translate(_CONTEXT, "Contacto: {problems}").format(
                    problems=" ".join(errors.values())
                )
            )
        return contact

    @staticmethod
    def _check_duplicate(
        data: CompanyData, number: int, registered: dict[str, str], seen: dict[str, int]
    ) -> None:
        assert data.rut is not None
        key = data.rut.compact
        if key in registered:
            raise RowRejected(
                translate(_CONTEXT, "RUT duplicado: {rut} ya está registrado ({name}).").format(
                    rut=data.rut, name=registered[key]
                )
            )
        if key in seen:
            raise RowRejected(
                translate(_CONTEXT, "RUT duplicado: {rut} ya aparece en la fila {row}.").format(
                    rut=data.rut, row=seen[key]
                )
            )
        seen[key] = number


def _missing_text() -> str:
    return translate(_CONTEXT, "Falta un dato obligatorio: {column}.")


def _parse_rut(text: str) -> Rut:
    if not text:
        raise RowRejected(_missing_text().format(column=COMPANY_LABELS["rut"]))
    try:
        return parse_company_rut(text)
    except InvalidRut as exc:
        raise RowRejected(str(exc)) from exc


def _parse_size(text: str) -> CompanySize:
    key = fold(text)
    for member in CompanySize:
        if key in (member.value, fold(member.label), fold(f"{member.label} empresa")):
            return member
    if key in _SIZE_SYNONYMS:
        return CompanySize(_SIZE_SYNONYMS[key])
    options = ", ".join(member.label for member in CompanySize)
    raise RowRejected(
        translate(_CONTEXT, "Valor «{text}» no reconocido en {column} (use: {options}).").format(
            text=text, column=COMPANY_LABELS["size"], options=options
        )
    )


def export_companies(companies: CompaniesService, territory: Territory, path: Path) -> int:
    """Write the office's companies to an .xlsx, one row per company, its contacts in one column
    («Nombre (cargo) teléfono correo; …»). Return how many companies were written."""
    names = [f.name for f in fields(CompanyData)]
    records = companies.all_with_contacts()

    def cell(name: str, value: Any) -> Any:
        if isinstance(value, Rut):
            return str(value)
        if isinstance(value, StrEnum):
            return value.label  # type: ignore[attr-defined]
        if name == "comuna_code" and value:
            return territory.comuna(value).name
        return value if value is not None else ""

    rows = (
        [
            *(cell(name, getattr(record.data, name)) for name in names),
            "; ".join(contact.summary() for contact in contacts),
        ]
        for record, contacts in records
    )
    write_xlsx(path, "Empresas", [*(COLUMNS[n][0] for n in names), CONTACTS_COLUMN], rows)
    return len(records)
