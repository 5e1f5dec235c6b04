"""Companies from and to an office's own spreadsheets (.csv or .xlsx), like people's.

Headers are matched the way an officer writes them (any case, accents or punctuation). Every row
is checked before anything is written; the valid rows are then saved in one transaction, each
company with its contact, and every rejected row is reported with its number and reason.
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
from omil_desktop.services.companies import CompaniesService
from omil_desktop.services.errors import ValidationFailed
from omil_desktop.services.people_files import (
    MAX_ROWS,
    ImportReport,
    RejectedRow,
    UnreadableFile,
    _cell_text,
    _header_key,
    _read_rows,
)

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
    "contact_name": ("Contacto", "nombre contacto", "nombre del contacto"),
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

_ALIASES = {_header_key(alias): name for name, aliases in COLUMNS.items() for alias in aliases}


class _Rejected(Exception):
    pass


class CompaniesImporter:
    def __init__(
        self, companies: CompaniesService, territory: Territory, office_comuna: str
    ) -> None:
        self._companies = companies
        self._territory = territory
        self._office_comuna = office_comuna

    def import_file(self, path: Path, *, dry_run: bool = False) -> ImportReport:
        """Check every row, then save the valid ones together (unless ``dry_run``)."""
        if not path.is_file():
            raise UnreadableFile(f"No se encontró el archivo «{path}».")
        try:
            rows = _read_rows(path)
            header = next(rows, None)
            report = ImportReport(dry_run=dry_run)
            columns = self._map_header(header, report)
            registered = self._companies.registered_ruts()
            seen: dict[str, int] = {}
            valid: list[tuple[CompanyData, list[ContactData]]] = []
            for number, cells in enumerate(rows, start=2):
                if number > MAX_ROWS:
                    raise UnreadableFile(
                        f"El archivo tiene más de {MAX_ROWS:,} filas; divídalo en partes."
                    )
                values = {
                    name: _cell_text(cells[i]) if i < len(cells) else ""
                    for i, name in columns.items()
                }
                if not any(values.values()):
                    continue
                try:
                    data, contacts = self._company(values, report)
                    checked = self._companies.check(data)
                    checked_contacts = [self._check_contact(c) for c in contacts]
                    self._check_duplicate(checked, number, registered, seen)
                    valid.append((checked, checked_contacts))
                except _Rejected as rejected:
                    report.rejected.append(RejectedRow(number, str(rejected)))
                except ValidationFailed as failed:
                    report.rejected.append(RejectedRow(number, " ".join(failed.errors.values())))
        except (OSError, UnicodeError) as exc:
            raise UnreadableFile(f"No se pudo leer «{path.name}»: {exc}.") from exc
        if valid and not dry_run:
            self._companies.create_many(valid)
        report.imported = len(valid)
        return report

    def _map_header(self, header: list[Any] | None, report: ImportReport) -> dict[int, str]:
        if not header or not any(_cell_text(h) for h in header):
            raise UnreadableFile("El archivo está vacío o no tiene fila de encabezados.")
        columns: dict[int, str] = {}
        for index, cell in enumerate(header):
            text = _cell_text(cell)
            name = _ALIASES.get(_header_key(text))
            if name is None:
                if text:
                    report.unknown_columns.append(text)
            elif name in columns.values():
                raise UnreadableFile(f"La columna «{text}» aparece dos veces en el encabezado.")
            else:
                columns[index] = name
        missing = [COLUMNS[key][0] for key in REQUIRED if key not in columns.values()]
        if missing:
            raise UnreadableFile(
                "Faltan columnas obligatorias: " + ", ".join(missing) + ". Nada fue importado."
            )
        return columns

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
            raise _Rejected(f"Falta un dato obligatorio: {COMPANY_LABELS['legal_name']}.")
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
            raise _Rejected("Contacto: " + " ".join(errors.values()))
        return contact

    def _comuna(self, text: str) -> str:
        comuna = self._territory.find_comuna(text)
        if comuna is None:
            raise _Rejected(f"Comuna desconocida: «{text}».")
        return comuna.code

    @staticmethod
    def _check_duplicate(
        data: CompanyData, number: int, registered: dict[str, str], seen: dict[str, int]
    ) -> None:
        assert data.rut is not None
        key = data.rut.compact
        if key in registered:
            raise _Rejected(f"RUT duplicado: {data.rut} ya está registrado ({registered[key]}).")
        if key in seen:
            raise _Rejected(f"RUT duplicado: {data.rut} ya aparece en la fila {seen[key]}.")
        seen[key] = number


def _parse_rut(text: str) -> Rut:
    if not text:
        raise _Rejected(f"Falta un dato obligatorio: {COMPANY_LABELS['rut']}.")
    try:
        return parse_company_rut(text)
    except InvalidRut as exc:
        raise _Rejected(str(exc)) from exc


def _parse_size(text: str) -> CompanySize:
    key = fold(text)
    for member in CompanySize:
        if key in (member.value, fold(member.label), fold(f"{member.label} empresa")):
            return member
    if key in _SIZE_SYNONYMS:
        return CompanySize(_SIZE_SYNONYMS[key])
    options = ", ".join(member.label for member in CompanySize)
    raise _Rejected(f"Valor «{text}» no reconocido en Tamaño (use: {options}).")


def export_companies(companies: CompaniesService, territory: Territory, path: Path) -> int:
    """Write the office's companies to an .xlsx, one row per company, its contacts in one column
    («Nombre (cargo) teléfono correo; …»). Return how many companies were written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    if path.suffix.lower() != ".xlsx":
        raise UnreadableFile("La exportación se guarda como planilla .xlsx.")
    names = [f.name for f in fields(CompanyData)]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Empresas")
    sheet.append([*(COLUMNS[n][0] for n in names), CONTACTS_COLUMN])
    records = companies.all_with_contacts()
    for record, contacts in records:
        row: list[Any] = []
        for name in names:
            value = getattr(record.data, name)
            if isinstance(value, Rut):
                value = str(value)
            elif isinstance(value, StrEnum):
                value = value.label  # type: ignore[attr-defined]
            elif name == "comuna_code" and value:
                value = territory.comuna(value).name
            row.append(value if value is not None else "")
        row.append("; ".join(contact.summary() for contact in contacts))
        for index, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                cell = WriteOnlyCell(sheet, value)
                cell.data_type = "s"  # text such as "=> llamar": openpyxl would write a formula
                row[index] = cell
        sheet.append(row)
    try:
        workbook.save(path)
    except OSError as exc:
        if not sheet.closed:
            sheet.close()
        raise UnreadableFile(f"No se pudo guardar «{path}»: {exc.strerror or exc}.") from exc
    return len(records)
