"""People from and to an office's own spreadsheets (.csv or .xlsx).

Headers are matched the way an officer would write them, in Spanish, without regard to case,
accents or punctuation ("Fecha de Nacimiento", "FECHA NACIMIENTO", "fecha_nacimiento"). Every row
is checked before anything is written; the valid rows are then saved in one transaction and every
rejected row is reported with its number and reason.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from omil_desktop.domain.dates import format_date, parse_date
from omil_desktop.domain.people import (
    ENUM_FIELDS,
    PersonData,
    identity_key,
    sort_key,
    tidy_lines,
)
from omil_desktop.domain.rut import InvalidRut, Rut
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import fold
from omil_desktop.services.errors import ServiceError, ValidationFailed
from omil_desktop.services.people import PeopleService

# Column name in exports (first) and the other ways an office writes it.
COLUMNS: dict[str, tuple[str, ...]] = {
    "rut": ("RUT", "run", "rut persona", "rut usuario", "cedula", "cedula de identidad", "ci"),
    "document_type": ("Tipo de documento", "tipo documento", "tipo doc"),
    "document_number": ("Número de documento", "numero documento", "n documento", "pasaporte"),
    "document_country": ("País del documento", "pais documento", "pais emisor"),
    "first_names": ("Nombres", "nombre", "nombres completos"),
    "last_name_1": ("Apellido paterno", "primer apellido", "ap paterno", "apellido 1"),
    "last_name_2": ("Apellido materno", "segundo apellido", "ap materno", "apellido 2"),
    "last_names": ("Apellidos",),
    "birth_date": (
        "Fecha de nacimiento",
        "fecha nacimiento",
        "nacimiento",
        "f nacimiento",
        "fec nac",
        "fecha nac",
    ),
    "sex": ("Sexo", "genero"),
    "nationality": ("Nacionalidad",),
    "comuna_code": ("Comuna", "comuna de residencia", "cut comuna", "codigo comuna", "cut"),
    "address": ("Dirección", "domicilio"),
    "phone": ("Teléfono", "fono", "celular", "telefono movil", "movil", "telefono celular"),
    "email": ("Correo", "correo electronico", "email", "e mail", "mail"),
    "education_level": ("Nivel educacional", "escolaridad", "educacion", "nivel de estudios"),
    "job_status": ("Situación laboral", "situacion ocupacional", "estado laboral"),
    "occupation": ("Oficio", "ocupacion", "profesion", "oficio u ocupacion"),
    "experience": ("Experiencia", "experiencia laboral"),
    "has_disability": ("Discapacidad", "persona con discapacidad"),
    "rnd_registered": ("Credencial RND", "rnd", "registro nacional de discapacidad"),
    "woman_head_of_household": ("Mujer jefa de hogar", "jefa de hogar"),
    "migrant": ("Migrante",),
    "indigenous": ("Pueblo originario", "indigena"),
    "unemployment_insurance": ("Seguro de cesantía", "afc", "seguro cesantia fcs"),
    "bne_registered_on": ("Inscripción BNE", "fecha inscripcion bne", "bne"),
    "consent_on": ("Fecha consentimiento", "consentimiento"),
    "consent_method": ("Forma del consentimiento", "forma consentimiento", "medio consentimiento"),
    "notes": ("Observaciones", "notas", "comentarios"),
    "active": ("Activa", "activo", "vigente"),
}
REQUIRED_LABELS = {"first_names": "Nombres", "last_name_1": "Apellido paterno"}
_BOOL_FIELDS = {
    "has_disability",
    "rnd_registered",
    "woman_head_of_household",
    "migrant",
    "indigenous",
    "active",
}
_DATE_FIELDS = {"birth_date", "bne_registered_on", "consent_on"}
_ENUM_SYNONYMS: dict[str, dict[str, str]] = {
    "sex": {
        "f": "F",
        "femenino": "F",
        "mujer": "F",
        "m": "M",
        "masculino": "M",
        "hombre": "M",
        "otro": "X",
        "x": "X",
    },
    "job_status": {
        "cesante": "cesante",
        "desempleado": "cesante",
        "ocupado": "ocupado",
        "empleado": "ocupado",
        "primer empleo": "primer_empleo",
        "busca trabajo por primera vez": "primer_empleo",
        "inactivo": "inactivo",
    },
    "unemployment_insurance": {"no": "no_afiliado", "si": "afiliado", "fcs": "fcs"},
    "consent_method": {
        "escrito": "firma",
        "firmado": "firma",
        "verbal": "verbal",
        "electronico": "electronico",
        "digital": "electronico",
    },
}
_TRUE = {"si", "s", "x", "1", "true", "verdadero"}
_FALSE = {"no", "n", "0", "false", "falso", ""}
MAX_ROWS = 200_000


def _header_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


_ALIASES = {_header_key(alias): name for name, aliases in COLUMNS.items() for alias in aliases}


class UnreadableFile(ServiceError):
    """The file cannot be read as a spreadsheet of people; nothing was imported."""


@dataclass(frozen=True)
class RejectedRow:
    row: int
    reason: str


@dataclass
class ImportReport:
    imported: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    default_comuna_used: bool = False
    dry_run: bool = False


def _read_rows(path: Path) -> Iterator[list[Any]]:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        yield from _read_xlsx(path)
    elif suffix in {".csv", ".txt"}:
        yield from _read_csv(path)
    else:
        raise UnreadableFile(
            f"No se puede importar «{path.name}»: use una planilla .xlsx o un archivo .csv."
        )


def _read_xlsx(path: Path) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise UnreadableFile(
            f"No se pudo leer «{path.name}» como planilla Excel (.xlsx): el archivo está dañado o "
            "no es una planilla. Ábralo en Excel y guárdelo de nuevo como .xlsx."
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # read every row, even if the file declares a smaller range
        for row in sheet.iter_rows(values_only=True):
            yield list(row)
    finally:
        workbook.close()


def _read_csv(path: Path) -> Iterator[list[Any]]:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise UnreadableFile(f"«{path.name}» no es un archivo de texto CSV.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's "CSV" on a Spanish Windows
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    try:
        yield from csv.reader(io.StringIO(text), delimiter=delimiter)
    except csv.Error as exc:
        raise UnreadableFile(f"«{path.name}» no es un CSV bien formado: {exc}.") from exc


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return tidy_lines(str(value))  # PersonData.cleaned() flattens all but the long fields


class PeopleImporter:
    def __init__(self, people: PeopleService, territory: Territory, office_comuna: str) -> None:
        self._people = people
        self._territory = territory
        self._office_comuna = office_comuna

    def import_file(self, path: Path, *, dry_run: bool = False) -> ImportReport:
        """Check every row, then save the valid ones together (unless ``dry_run``)."""
        if not path.is_file():  # else a missing .xlsx reads as "damaged"
            raise UnreadableFile(f"No se encontró el archivo «{path}».")
        try:
            rows = _read_rows(path)
            header = next(rows, None)
            report = ImportReport(dry_run=dry_run)
            columns = self._map_header(header, report)
            registered, births = self._people.registered_keys()
            seen: dict[object, int] = {}
            valid: list[tuple[PersonData, bool]] = []
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
                    data, active = self._person(values, report)
                    self._check_duplicates(data, number, registered, births, seen)
                    valid.append((self._people.check(data), active))
                except _Rejected as rejected:
                    report.rejected.append(RejectedRow(number, str(rejected)))
                except ValidationFailed as failed:
                    report.rejected.append(RejectedRow(number, " ".join(failed.errors.values())))
        except (OSError, UnicodeError) as exc:
            raise UnreadableFile(f"No se pudo leer «{path.name}»: {exc}.") from exc
        if valid and not dry_run:
            self._people.create_many(valid)
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
        names = set(columns.values())
        missing = [label for key, label in REQUIRED_LABELS.items() if key not in names]
        if "last_names" in names and "Apellido paterno" in missing:
            missing.remove("Apellido paterno")
        if missing:
            raise UnreadableFile(
                "Faltan columnas obligatorias: " + ", ".join(missing) + ". Nada fue importado."
            )
        return columns

    def _person(self, values: dict[str, str], report: ImportReport) -> tuple[PersonData, bool]:
        data = PersonData(nationality="")
        active = True
        for name, text in values.items():
            if name == "last_names":
                parts = text.split(maxsplit=1)
                data.last_name_1 = data.last_name_1 or (parts[0] if parts else "")
                data.last_name_2 = data.last_name_2 or (parts[1] if len(parts) > 1 else "")
            elif name == "active":
                active = _parse_bool(text, "Activa")
            else:
                setattr(data, name, self._parse(name, text))
        if not data.comuna_code:
            data.comuna_code = self._office_comuna
            report.default_comuna_used = True
        data.nationality = data.nationality or ("Chilena" if data.rut else "")
        for key, label in REQUIRED_LABELS.items():
            if not getattr(data, key):
                raise _Rejected(f"Falta un dato obligatorio: {label}.")
        return data, active

    def _parse(self, name: str, text: str) -> Any:
        parsers: dict[str, Callable[[str], Any]] = {"rut": _parse_rut, "comuna_code": self._comuna}
        if name in parsers:
            return parsers[name](text) if text else ("" if name == "comuna_code" else None)
        if name in _DATE_FIELDS:
            return _parse_date(text) if text else None
        if name in _BOOL_FIELDS:
            return _parse_bool(text, COLUMNS[name][0])
        if name in ENUM_FIELDS:
            return _parse_enum(name, text) if text else None
        return text

    def _comuna(self, text: str) -> str:
        comuna = self._territory.find_comuna(text)
        if comuna is None:
            raise _Rejected(f"Comuna desconocida: «{text}».")
        return comuna.code

    @staticmethod
    def _check_duplicates(
        data: PersonData,
        number: int,
        registered: dict[str, str],
        births: dict[tuple[str, date], str],
        seen: dict[object, int],
    ) -> None:
        """Refuse a row that is surely (same RUT or document) or likely (same names and birth
        date) someone already on record or on an earlier row; the form can still add a true
        namesake after the officer checks."""
        identity = identity_key(data.rut, data.document_type, data.document_number)
        what = (
            f"RUT duplicado: {data.rut}"
            if data.rut
            else (f"Documento duplicado: {data.document_number}")
        )
        if identity in registered:
            raise _Rejected(f"{what} ya está registrado ({registered[identity]}).")
        if identity in seen:
            raise _Rejected(f"{what} ya aparece en la fila {seen[identity]}.")
        likely = None
        if data.birth_date is not None:
            likely = (
                sort_key(data.first_names, data.last_name_1, data.last_name_2),
                data.birth_date,
            )
            if likely in births:
                raise _Rejected(
                    "Posible duplicado: mismo nombre y fecha de nacimiento que "
                    f"{births[likely]}, ya registrada. Revíselo y, si es otra persona, "
                    "ingrésela desde la ventana."
                )
            if likely in seen:
                raise _Rejected(
                    "Posible duplicado: mismo nombre y fecha de nacimiento que la fila "
                    f"{seen[likely]}."
                )
        for key in (identity, likely):
            if key is not None:
                seen[key] = number


class _Rejected(Exception):
    pass


def _parse_rut(text: str) -> Rut:
    try:
        return Rut.parse(text)
    except InvalidRut as exc:
        raise _Rejected(f"RUT inválido: {exc}") from exc


def _parse_date(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise _Rejected(f"Fecha inválida «{text}»: {exc}") from exc


def _parse_bool(text: str, label: str) -> bool:
    key = fold(text)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise _Rejected(f"«{text}» no es Sí o No en la columna {label}.")


def _parse_enum(name: str, text: str) -> StrEnum:
    enum = ENUM_FIELDS[name]
    key = fold(text)
    for member in enum:
        if key in (fold(member.value), fold(member.label)):  # type: ignore[attr-defined]
            return member
    synonym = _ENUM_SYNONYMS.get(name, {}).get(key)
    if synonym is not None:
        return enum(synonym)
    options = ", ".join(member.label for member in enum)  # type: ignore[attr-defined]
    raise _Rejected(f"Valor «{text}» no reconocido en {COLUMNS[name][0]} (use: {options}).")


def export_people(people: PeopleService, territory: Territory, path: Path) -> int:
    """Write everyone on record to an .xlsx that :class:`PeopleImporter` reads back."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    if path.suffix.lower() != ".xlsx":
        raise UnreadableFile("La exportación se guarda como planilla .xlsx.")
    names = [n for n in COLUMNS if n != "last_names"]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Personas")
    sheet.append([COLUMNS[n][0] for n in names])
    records = people.all_records()
    for record in records:
        row: list[Any] = []
        for name in names:
            value = record.active if name == "active" else getattr(record.data, name)
            if isinstance(value, bool):
                value = "Sí" if value else "No"
            elif isinstance(value, date):
                value = format_date(value)
            elif isinstance(value, Rut):
                value = str(value)
            elif isinstance(value, StrEnum):
                value = value.label  # type: ignore[attr-defined]
            elif name == "comuna_code" and value:
                value = territory.comuna(value).name
            elif isinstance(value, str) and value.startswith("="):
                value = WriteOnlyCell(sheet, value)
                value.data_type = "s"  # text such as "=> llamar": openpyxl would write a formula
            row.append(value if value is not None else "")
        sheet.append(row)
    try:
        workbook.save(path)
    except OSError as exc:
        if not sheet.closed:  # else its half-written rows complain when garbage-collected
            sheet.close()
        raise UnreadableFile(f"No se pudo guardar «{path}»: {exc.strerror or exc}.") from exc
    return len(records)
