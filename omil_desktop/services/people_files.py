"""People from and to an office's own spreadsheets (.csv or .xlsx), read and written as every
spreadsheet of the office is (``services/spreadsheets.py``): headers as an officer writes them,
every row checked before anything is saved, each rejected row reported with its reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from omil_desktop.domain.dates import format_date, parse_date
from omil_desktop.domain.people import ENUM_FIELDS, PersonData, identity_key, sort_key
from omil_desktop.domain.privacy import AuditAction
from omil_desktop.domain.rut import InvalidRut, Rut
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import count_text, fold
from omil_desktop.domain.texts import translate
from omil_desktop.services.people import PeopleService
from omil_desktop.services.spreadsheets import (
    ImportReport,
    RejectedRow,
    RowRejected,
    SheetImporter,
    UnreadableFile,
    excel_serial_date,
    write_xlsx,
)

if TYPE_CHECKING:
    from omil_desktop.services.audit import AuditService

__all__ = ["COLUMNS", "PeopleImporter", "RejectedRow", "UnreadableFile", "export_people"]

_CONTEXT = "Planillas"

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
    "legal_basis": ("Base de licitud", "base legal", "base de licitud del tratamiento"),
    "active": ("Activa", "activo", "vigente"),
}
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
    "legal_basis": {
        "funcion legal": "funcion_legal",
        "funcion legal de la omil": "funcion_legal",
        "consentimiento de la persona": "consentimiento",
    },
}
_TRUE = {"si", "s", "x", "1", "true", "verdadero"}
_FALSE = {"no", "n", "0", "false", "falso", ""}


class PeopleImporter(SheetImporter[tuple[PersonData, bool]]):
    COLUMNS = COLUMNS
    REQUIRED = ("first_names", "last_name_1")
    # A merged cell over several rows (a group of people of one comuna, one status…) holds the
    # value of each row; in a column of a person's own (RUT, names, birth date, contact data)
    # it refuses the rows it covers, for the officer to write each one.
    FILL_DOWN = frozenset(
        {
            "document_type",
            "document_country",
            "sex",
            "nationality",
            "comuna_code",
            "education_level",
            "job_status",
            "occupation",
            *_BOOL_FIELDS,
            "unemployment_insurance",
            "bne_registered_on",
            "consent_on",
            "consent_method",
            "legal_basis",
        }
    )

    def __init__(self, people: PeopleService, territory: Territory, office_comuna: str) -> None:
        super().__init__(territory, office_comuna)
        self._people = people
        self._registered: dict[str, str] = {}
        self._births: dict[tuple[str, date], str] = {}
        self._seen: dict[object, int] = {}

    def _start(self) -> None:
        self._registered, self._births = self._people.registered_keys()
        self._seen = {}

    def _row(
        self, values: dict[str, str], number: int, report: ImportReport
    ) -> tuple[PersonData, bool]:
        data, active = self._person(values, report)
        self._check_duplicates(data, number, self._registered, self._births, self._seen)
        return self._people.check(data), active

    def _save(self, valid: list[tuple[PersonData, bool]]) -> None:
        self._people.create_many(valid)

    def _display(self, record: tuple[PersonData, bool], names: list[str]) -> dict[str, str]:
        data, active = record
        shown = {"last_name_1", "last_name_2"} if "last_names" in names else set()
        return {
            name: str(
                _cell(self._territory, active if name == "active" else getattr(data, name), name)
            )
            for name in COLUMNS
            if (name in names or name in shown or name == "comuna_code") and name != "last_names"
        }

    def _missing(self, names: set[str]) -> list[str]:
        if "last_names" in names:  # «Apellidos»: both surnames in one column
            names = names | {"last_name_1"}
        return super()._missing(names)

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
        for key in self.REQUIRED:
            if not getattr(data, key):
                raise RowRejected(
                    translate(_CONTEXT, "Falta un dato obligatorio: {column}.").format(
                        column=COLUMNS[key][0]
                    )
                )
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
        if data.rut:
            registered_text = translate(
                _CONTEXT, "RUT duplicado: {rut} ya está registrado ({name})."
            )
            seen_text = translate(_CONTEXT, "RUT duplicado: {rut} ya aparece en la fila {row}.")
        else:
            registered_text = translate(
                _CONTEXT, "Documento duplicado: {document} ya está registrado ({name})."
            )
            seen_text = translate(
                _CONTEXT, "Documento duplicado: {document} ya aparece en la fila {row}."
            )
        which = {"rut": data.rut, "document": data.document_number}
        if identity in registered:
            raise RowRejected(registered_text.format(name=registered[identity], **which))
        if identity in seen:
            raise RowRejected(seen_text.format(row=seen[identity], **which))
        likely = None
        if data.birth_date is not None:
            likely = (
                sort_key(data.first_names, data.last_name_1, data.last_name_2),
                data.birth_date,
            )
            if likely in births:
                raise RowRejected(
                    translate(
                        _CONTEXT,
                        "Posible duplicado: mismo nombre y fecha de nacimiento que {name}, ya "
                        "registrada. Revíselo y, si es otra persona, ingrésela desde la ventana.",
                    ).format(name=births[likely])
                )
            if likely in seen:
                raise RowRejected(
                    translate(
                        _CONTEXT,
                        "Posible duplicado: mismo nombre y fecha de nacimiento que la fila {row}.",
                    ).format(row=seen[likely])
                )
        for key in (identity, likely):
            if key is not None:
                seen[key] = number


def _parse_rut(text: str) -> Rut:
    try:
        return Rut.parse(text)
    except InvalidRut as exc:
        raise RowRejected(translate(_CONTEXT, "RUT inválido: {reason}").format(reason=exc)) from exc


def _parse_date(text: str) -> date:
    serial = excel_serial_date(text)  # a date Excel shows as a number (its format lost)
    if serial is not None:
        return serial
    try:
        return parse_date(text)
    except ValueError as exc:
        raise RowRejected(
            translate(_CONTEXT, "Fecha inválida «{text}»: {reason}").format(text=text, reason=exc)
        ) from exc


def _parse_bool(text: str, label: str) -> bool:
    key = fold(text)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise RowRejected(
        translate(_CONTEXT, "«{text}» no es Sí o No en la columna {column}.").format(
            text=text, column=label
        )
    )


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
    raise RowRejected(
        translate(_CONTEXT, "Valor «{text}» no reconocido en {column} (use: {options}).").format(
            text=text, column=COLUMNS[name][0], options=options
        )
    )


def _cell(territory: Territory, value: Any, name: str) -> Any:
    """A field's value as the export (and the import's preview) writes it."""
    if isinstance(value, bool):
        return "Sí" if value else "No"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Rut):
        return str(value)
    if isinstance(value, StrEnum):
        return value.label  # type: ignore[attr-defined]
    if name == "comuna_code" and value:
        return territory.comuna(value).name
    return value if value is not None else ""


def export_people(
    people: PeopleService, territory: Territory, path: Path, *, audit: AuditService | None = None
) -> int:
    """Write everyone on record to an .xlsx that :class:`PeopleImporter` reads back; ``audit``
    records the export (one entry for the whole list, its size in the detail)."""
    names = [n for n in COLUMNS if n != "last_names"]
    records = people.all_records()

    def cells(value: Any, name: str) -> Any:
        return _cell(territory, value, name)

    rows = (
        [
            cells(record.active if name == "active" else getattr(record.data, name), name)
            for name in names
        ]
        for record in records
    )
    write_xlsx(path, "Personas", [COLUMNS[n][0] for n in names], rows)
    if audit is not None:
        audit.record(
            AuditAction.EXPORTED,
            record_table="person",
            detail=f"Planilla de personas ({count_text(len(records), 'persona', 'personas')})",
        )
    return len(records)
