"""The sync protocol: versions, limits, message shapes, and the schema of every synced value.

The contract is docs/sync-protocol.md; this module is its code, shared by the client (``sync``) and
the regional server (``regional``):

- the JSON messages (pydantic models, so both ends validate the envelope they receive);
- :data:`SCHEMAS`: for each protocol version, every synced table and every field that travels,
  with its type, length, range, enumeration or reference, **written out here** — never derived from
  the desktop's SQLAlchemy models, which may hold more (a test checks that they are a superset);
- :func:`check_fields`: every value of a change checked against that schema, with a Spanish reason
  per field, before the server stores or forwards it and before the client applies it;
- the gzip body encoding and the error codes.

It imports no Qt, no HTTP library and nothing of the desktop's store.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Container, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from omil_desktop.domain.people import DocumentType, identity_key
from omil_desktop.domain.rendition import MAX_AMOUNT as MAX_AMOUNT  # part of the protocol
from omil_desktop.domain.rendition import MAX_RECEIPT_BYTES as MAX_RECEIPT_BYTES
from omil_desktop.domain.rut import InvalidRut, Rut
from omil_desktop.domain.surveys import SurveyService
from omil_desktop.domain.territory import REGION_OFFICE as REGION_OFFICE  # part of the protocol
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import translate

PROTOCOL = 8
"""This program's protocol version."""
MIN_PROTOCOL = 2
"""The oldest client version a server of this program still serves."""

PROTOCOL_HEADER = "OMIL-Protocol"
SERVER_ID_HEADER = "OMIL-Server-Id"

MAX_BATCH = 2000
"""Most changes one pushed batch may carry."""
CLIENT_BATCH = 500
"""Changes the client sends per request."""
MAX_PULL = 2000
"""Most changes or records one answer carries."""
MAX_COMPRESSED_BYTES = 4 * 1024 * 1024
MAX_BODY_BYTES = 32 * 1024 * 1024
MAX_INT = 2**63 - 1
"""Every integer of the envelope (sequence numbers, cursors) is in ``0..MAX_INT``."""
MAX_FIELDS = 100
"""Most fields one change or record may carry."""


# -- the schema of synced values --------------------------------------------------------------

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_OFFICE = re.compile(rf"^(?:[0-9]{{5}}|{REGION_OFFICE})$")
_COMUNA = re.compile(r"^[0-9]{5}$")
_RUT = re.compile(r"^[1-9][0-9]{0,7}-[0-9K]$")
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_CLOCK = re.compile(r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$")
_SHA256_TEXT = "[0-9a-f]{64}"
_SHA256 = re.compile(_SHA256_TEXT)
"""Used with ``fullmatch`` (``$`` would also match before a final newline)."""
_MONTH = re.compile(r"(?:20[0-9]{2}|2100)-(?:0[1-9]|1[0-2])")
_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
"""Line breaks (also Unicode's line and paragraph separators), tabs and control characters."""
_EARLIEST = date(1900, 1, 1)
_LATEST = date(2100, 12, 31)


@dataclass(frozen=True, slots=True)
class Kind:
    """How one field's value travels; :meth:`problem` says what is wrong with a value, if any."""

    nullable: bool = False

    def problem(self, value: object, context: Checks) -> str | None:
        if value is None:
            return None if self.nullable else translate("sync.protocol", "no puede quedar vacío")
        return self._problem(value, context)

    def _problem(self, value: object, context: Checks) -> str | None:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class Text(Kind):
    """A string of at most ``max_length`` characters; ``required``: not blank; ``one_line``: no
    line break, tab or other control character (a field the program edits on one line)."""

    max_length: int = 0
    required: bool = False
    one_line: bool = False

    def _problem(self, value: object, context: Checks) -> str | None:
        if not isinstance(value, str):
            return "debe ser texto"
        if len(value) > self.max_length:
            return translate(
                "sync.protocol", "es demasiado largo (máximo {max_length} caracteres)"
            ).format(max_length=self.max_length)
        if self.required and not value.strip():
            return translate("sync.protocol", "no puede quedar vacío")
        if "\x00" in value:
            return translate("sync.protocol", "contiene caracteres no permitidos")
        if self.one_line and _BREAKS.search(value):
            return translate(
                "sync.protocol",
                "no puede tener saltos de línea, tabulaciones ni otros caracteres de control",
            )
        return None


@dataclass(frozen=True, slots=True)
class Flag(Kind):
    """``true`` or ``false`` (a JSON boolean, never a number)."""

    def _problem(self, value: object, context: Checks) -> str | None:
        return (
            None
            if isinstance(value, bool)
            else translate("sync.protocol", "debe ser verdadero o falso")
        )


@dataclass(frozen=True, slots=True)
class Day(Kind):
    """A calendar date ``aaaa-mm-dd`` between 1900 and 2100."""

    def _problem(self, value: object, context: Checks) -> str | None:
        if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
            return translate("sync.protocol", "debe ser una fecha aaaa-mm-dd")
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return translate("sync.protocol", "no es una fecha que exista")
        if not _EARLIEST <= day <= _LATEST:
            return translate(
                "sync.protocol", "está fuera del rango de fechas aceptado (1900 a 2100)"
            )
        return None


@dataclass(frozen=True, slots=True)
class Moment(Kind):
    """A UTC date and time, ISO-8601 (``aaaa-mm-ddThh:mm:ss[.ffffff]``), between 1900 and 2100."""

    def _problem(self, value: object, context: Checks) -> str | None:
        return _moment_problem(value)


@dataclass(frozen=True, slots=True)
class Choice(Kind):
    """One of a fixed set of codes."""

    values: frozenset[str] = frozenset()

    def _problem(self, value: object, context: Checks) -> str | None:
        if not isinstance(value, str) or value not in self.values:
            return translate("sync.protocol", "no es uno de los valores permitidos")
        return None


@dataclass(frozen=True, slots=True)
class Choices(Kind):
    """Several codes of a fixed set, separated by commas, each once (``""``: none)."""

    values: frozenset[str] = frozenset()
    max_length: int = 300

    def _problem(self, value: object, context: Checks) -> str | None:
        if not isinstance(value, str):
            return "debe ser texto"
        if len(value) > self.max_length:
            return translate(
                "sync.protocol", "es demasiado largo (máximo {max_length} caracteres)"
            ).format(max_length=self.max_length)
        codes = value.split(",") if value else []
        if any(code not in self.values for code in codes) or len(set(codes)) != len(codes):
            return translate("sync.protocol", "no es una lista de valores permitidos")
        return None


@dataclass(frozen=True, slots=True)
class ClockTime(Kind):
    """A time of day ``hh:mm`` (24 hours)."""

    def _problem(self, value: object, context: Checks) -> str | None:
        if not isinstance(value, str) or not _CLOCK.fullmatch(value):
            return translate("sync.protocol", "debe ser una hora hh:mm")
        return None


@dataclass(frozen=True, slots=True)
class Digest(Kind):
    """A SHA-256 as 64 lower-case hexadecimal digits (the name of a supporting document's
    bytes)."""

    def _problem(self, value: object, context: Checks) -> str | None:
        if not isinstance(value, str) or not _SHA256.fullmatch(value):
            return translate(
                "sync.protocol", "no es un SHA-256 (64 dígitos hexadecimales en minúscula)"
            )
        return None


@dataclass(frozen=True, slots=True)
class MonthText(Kind):
    """A calendar month ``aaaa-mm`` from 2000-01 to 2100-12."""

    def _problem(self, value: object, context: Checks) -> str | None:
        if not isinstance(value, str) or not _MONTH.fullmatch(value):
            return translate("sync.protocol", "debe ser un mes aaaa-mm")
        return None


@dataclass(frozen=True, slots=True)
class RowId(Kind):
    """A record id: a UUID in its canonical lower-case form."""

    def _problem(self, value: object, context: Checks) -> str | None:
        if not isinstance(value, str) or not _UUID.fullmatch(value):
            return translate("sync.protocol", "no es un identificador válido")
        return None


@dataclass(frozen=True, slots=True)
class Whole(Kind):
    """A whole number from ``minimum`` to ``maximum`` (a JSON integer, never a boolean)."""

    minimum: int = 0
    maximum: int = MAX_INT

    def _problem(self, value: object, context: Checks) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return translate("sync.protocol", "debe ser un número entero")
        if not self.minimum <= value <= self.maximum:
            return translate("sync.protocol", "debe estar entre {minimum} y {maximum}").format(
                minimum=self.minimum, maximum=self.maximum
            )
        return None


@dataclass(frozen=True, slots=True)
class Reference(RowId):
    """The id of a record of ``table`` that the office may see (the server checks who may).

    ``everywhere``: every PC that holds this record also holds the one it points at (the
    desktop's store keeps a foreign key). False for a referral's person: the vacancy's office
    holds another office's referral, never its person.
    """

    table: str = ""
    everywhere: bool = True


@dataclass(frozen=True, slots=True)
class OfficeCode(Kind):
    """The owning office: a comuna CUT code, or ``REG`` for the regional office."""

    def _problem(self, value: object, context: Checks) -> str | None:
        if not isinstance(value, str) or not _OFFICE.fullmatch(value):
            return translate("sync.protocol", "no es un código de oficina válido")
        return None


@dataclass(frozen=True, slots=True)
class ComunaCode(Kind):
    """A comuna by its five-digit CUT code, one of the catalogue's when the checker knows it."""

    def _problem(self, value: object, context: Checks) -> str | None:
        if not isinstance(value, str) or not _COMUNA.fullmatch(value):
            return translate("sync.protocol", "no es un código de comuna válido")
        if context.comunas is not None and value not in context.comunas:
            return translate("sync.protocol", "no es una comuna del catálogo")
        return None


@dataclass(frozen=True, slots=True)
class ComunaCodes(Kind):
    """Comunas by their CUT codes, each once, sorted and comma-separated (``""``: none); each
    one of the catalogue's when the checker knows it (a fair's organising offices)."""

    max_codes: int = 30

    def _problem(self, value: object, context: Checks) -> str | None:
        if not isinstance(value, str):
            return "debe ser texto"
        codes = value.split(",") if value else []
        if len(codes) > self.max_codes:
            return translate(
                "sync.protocol", "tiene demasiadas comunas (máximo {max_codes})"
            ).format(max_codes=self.max_codes)
        if any(not _COMUNA.fullmatch(code) for code in codes) or codes != sorted(set(codes)):
            return translate(
                "sync.protocol", "no es una lista ordenada de códigos de comuna sin repetir"
            )
        if context.comunas is not None and any(code not in context.comunas for code in codes):
            return translate("sync.protocol", "nombra una comuna que no es del catálogo")
        return None


@dataclass(frozen=True, slots=True)
class RutText(Kind):
    """A RUT as stored, ``12345678-5``, with its módulo 11 check digit right."""

    def _problem(self, value: object, context: Checks) -> str | None:
        if not isinstance(value, str) or not _RUT.fullmatch(value):
            return translate("sync.protocol", "no es un RUT escrito como 12345678-5")
        try:
            Rut.parse(value)
        except InvalidRut:
            return translate("sync.protocol", "no es un RUT válido")
        return None


@dataclass(frozen=True, slots=True)
class Checks:
    """What a check may consult beyond the value: the comuna catalogue (None: format only)."""

    comunas: Container[str] | None = None


LONG_TEXT = 10_000
"""Longest free text (notes, experience, a notice's body), in characters."""

_SEX = frozenset({"F", "M", "X"})
_DOCUMENT_TYPE = frozenset({"pasaporte", "dni_extranjero", "otro"})
_EDUCATION = frozenset(
    {
        "sin_estudios",
        "basica_incompleta",
        "basica_completa",
        "media_incompleta",
        "media_completa",
        "tecnica_incompleta",
        "tecnica_completa",
        "universitaria_incompleta",
        "universitaria_completa",
        "postgrado",
    }
)
_JOB_STATUS = frozenset({"cesante", "ocupado", "primer_empleo", "inactivo"})
_INSURANCE = frozenset({"no_afiliado", "afiliado", "cuenta_individual", "fcs"})
_CONSENT = frozenset({"firma", "verbal", "electronico"})
_SERVICE_KIND = frozenset(
    {
        "informacion",
        "orientacion",
        "inscripcion_bne",
        "certificacion_fcs",
        "derivacion_capacitacion",
        "derivacion_otro_servicio",
        "apresto",
        "otro",
    }
)

TableSchema = Mapping[str, Kind]

_SYNCED: dict[str, Kind] = {
    "id": RowId(),
    "office_code": OfficeCode(),
    "created_at": Moment(),
    "updated_at": Moment(),
    "deleted_at": Moment(nullable=True),
    "shared": Flag(),
}
"""The fields of every synced record: id, owning office, timestamps, tombstone, sharing."""

_PERSON: dict[str, Kind] = {
    **_SYNCED,
    "rut": RutText(nullable=True),
    "document_type": Choice(nullable=True, values=_DOCUMENT_TYPE),
    "document_number": Text(max_length=40),
    "document_country": Text(max_length=80),
    "first_names": Text(max_length=120, required=True),
    "last_name_1": Text(max_length=80, required=True),
    "last_name_2": Text(max_length=80),
    "birth_date": Day(nullable=True),
    "sex": Choice(nullable=True, values=_SEX),
    "nationality": Text(max_length=80),
    "comuna_code": ComunaCode(),
    "address": Text(max_length=200),
    "phone": Text(max_length=30),
    "email": Text(max_length=120),
    "education_level": Choice(nullable=True, values=_EDUCATION),
    "job_status": Choice(nullable=True, values=_JOB_STATUS),
    "occupation": Text(max_length=200),
    "experience": Text(max_length=LONG_TEXT),
    "has_disability": Flag(),
    "rnd_registered": Flag(),
    "woman_head_of_household": Flag(),
    "migrant": Flag(),
    "indigenous": Flag(),
    "unemployment_insurance": Choice(nullable=True, values=_INSURANCE),
    "bne_registered_on": Day(nullable=True),
    "consent_on": Day(nullable=True),
    "consent_method": Choice(nullable=True, values=_CONSENT),
    "notes": Text(max_length=LONG_TEXT),
    "active": Flag(),
}

_ATTENTION: dict[str, Kind] = {
    **_SYNCED,
    "person_id": Reference(table="person"),
    "date": Day(),
    "kind": Choice(values=_SERVICE_KIND),
    "notes": Text(max_length=LONG_TEXT),
}

_NOTICE: dict[str, Kind] = {
    **_SYNCED,
    "title": Text(max_length=200, required=True),
    "body": Text(max_length=LONG_TEXT),
    "published_on": Day(),
}

_TABLES_V2: dict[str, TableSchema] = {
    "person": _PERSON,
    "attention": _ATTENTION,
    "notice": _NOTICE,
}

_COMPANY_SIZE = frozenset({"micro", "pequena", "mediana", "grande"})
_INTERACTION = frozenset(
    {"llamada", "visita", "correo", "encuentro_empresarial", "feria_laboral", "reclutamiento"}
)
_WORKDAY = frozenset({"completa", "parcial", "turnos", "otra"})
_CONTRACT = frozenset({"indefinido", "plazo_fijo", "por_obra", "temporada", "honorarios"})
_VACANCY_STATUS = frozenset({"abierta", "cubierta", "cerrada", "cancelada"})
_REFERRAL_STATUS = frozenset(
    {"derivado", "entrevistado", "contratado", "no_seleccionado", "desistio"}
)
MAX_OPENINGS = 1_000
"""Most openings (cupos) one vacancy may have."""
MAX_SALARY = 100_000_000
"""Highest monthly salary, in pesos, a vacancy may state."""
MAX_CONTRACT_MONTHS = 120

_COMPANY: dict[str, Kind] = {
    **_SYNCED,
    "rut": RutText(),
    "legal_name": Text(max_length=200, required=True),
    "trade_name": Text(max_length=200),
    "activity": Text(max_length=200),
    "size": Choice(nullable=True, values=_COMPANY_SIZE),
    "comuna_code": ComunaCode(),
    "address": Text(max_length=200),
    "phone": Text(max_length=30),
    "email": Text(max_length=120),
    "notes": Text(max_length=LONG_TEXT),
}

_COMPANY_CONTACT: dict[str, Kind] = {
    **_SYNCED,
    "company_id": Reference(table="company"),
    "name": Text(max_length=160, required=True),
    "role": Text(max_length=120),
    "phone": Text(max_length=30),
    "email": Text(max_length=120),
}

_COMPANY_INTERACTION: dict[str, Kind] = {
    **_SYNCED,
    "company_id": Reference(table="company"),
    "date": Day(),
    "kind": Choice(values=_INTERACTION),
    "notes": Text(max_length=LONG_TEXT),
}

_VACANCY: dict[str, Kind] = {
    **_SYNCED,
    "company_id": Reference(table="company"),
    "title": Text(max_length=200, required=True),
    "occupation": Text(max_length=200),
    "openings": Whole(minimum=1, maximum=MAX_OPENINGS),
    "description": Text(max_length=LONG_TEXT),
    "education_level": Choice(nullable=True, values=_EDUCATION),
    "experience": Text(max_length=500),
    "licences": Text(max_length=120),
    "workday": Choice(nullable=True, values=_WORKDAY),
    "salary": Whole(nullable=True, minimum=0, maximum=MAX_SALARY),
    "contract_type": Choice(nullable=True, values=_CONTRACT),
    "comuna_code": ComunaCode(),
    "published_on": Day(),
    "closes_on": Day(nullable=True),
    "status": Choice(values=_VACANCY_STATUS),
    "inclusive": Flag(),
}

_REFERRAL: dict[str, Kind] = {
    **_SYNCED,
    "vacancy_id": Reference(table="vacancy"),
    "person_id": Reference(nullable=True, table="person", everywhere=False),
    "candidate_name": Text(max_length=300),
    "candidate_rut": RutText(nullable=True),
    "candidate_phone": Text(max_length=30),
    "status": Choice(values=_REFERRAL_STATUS),
    "referred_on": Day(),
    "interviewed_on": Day(nullable=True),
    "outcome_on": Day(nullable=True),
    "notes": Text(max_length=LONG_TEXT),
}

_PLACEMENT: dict[str, Kind] = {
    **_SYNCED,
    "referral_id": Reference(table="referral"),
    "person_id": Reference(table="person"),
    "start_on": Day(),
    "contract_type": Choice(values=_CONTRACT),
    "months": Whole(nullable=True, minimum=1, maximum=MAX_CONTRACT_MONTHS),
    "follow_up_on": Day(),
    "followed_up_on": Day(nullable=True),
    "still_employed": Flag(nullable=True),
    "notes": Text(max_length=LONG_TEXT),
}

_TABLES_V4: dict[str, TableSchema] = {
    **_TABLES_V2,
    "company": _COMPANY,
    "company_contact": _COMPANY_CONTACT,
    "company_interaction": _COMPANY_INTERACTION,
    "vacancy": _VACANCY,
    "referral": _REFERRAL,
    "placement": _PLACEMENT,
}

_WORKSHOP_MODULES = frozenset(
    {
        "cv",
        "entrevista",
        "habilidades_blandas",
        "derechos_laborales",
        "busqueda_empleo",
        "alfabetizacion_digital",
        "bolsa_nacional_empleo",
        "emprendimiento",
    }
)
_WORKSHOP_STATUS = frozenset({"abierto", "finalizado", "cancelado"})
_ENROLLMENT_STATUS = frozenset({"inscrito", "en_espera", "retirado"})
_ATTENDANCE_MARK = frozenset({"presente", "ausente", "justificado"})
MAX_CAPACITY = 500
"""Most people one workshop may enrol."""

_WORKSHOP: dict[str, Kind] = {
    **_SYNCED,
    "name": Text(max_length=200, required=True),
    "modules": Choices(values=_WORKSHOP_MODULES),
    "other_modules": Text(max_length=300),
    "facilitator": Text(max_length=160, required=True),
    "place": Text(max_length=200),
    "capacity": Whole(minimum=1, maximum=MAX_CAPACITY),
    "target_group": Text(max_length=200),
    "company_id": Reference(nullable=True, table="company"),
    "programme": Text(max_length=200),
    "starts_on": Day(),
    "ends_on": Day(),
    "min_attendance": Whole(minimum=1, maximum=100),
    "status": Choice(values=_WORKSHOP_STATUS),
    "finished_on": Day(nullable=True),
    "notes": Text(max_length=LONG_TEXT),
}

_WORKSHOP_SESSION: dict[str, Kind] = {
    **_SYNCED,
    "workshop_id": Reference(table="workshop"),
    "date": Day(),
    "starts_at": ClockTime(),
    "ends_at": ClockTime(),
    "place": Text(max_length=200),
}

_WORKSHOP_ENROLLMENT: dict[str, Kind] = {
    **_SYNCED,
    "workshop_id": Reference(table="workshop"),
    "person_id": Reference(table="person"),
    "status": Choice(values=_ENROLLMENT_STATUS),
    "enrolled_on": Day(),
    "queued_at": Moment(),
    "withdrawn_on": Day(nullable=True),
    "completed_on": Day(nullable=True),
    "attention_id": Reference(nullable=True, table="attention"),
}

_WORKSHOP_ATTENDANCE: dict[str, Kind] = {
    **_SYNCED,
    "session_id": Reference(table="workshop_session"),
    "enrollment_id": Reference(table="workshop_enrollment"),
    "mark": Choice(values=_ATTENDANCE_MARK),
}

_TABLES_V5: dict[str, TableSchema] = {
    **_TABLES_V4,
    "workshop": _WORKSHOP,
    "workshop_session": _WORKSHOP_SESSION,
    "workshop_enrollment": _WORKSHOP_ENROLLMENT,
    "workshop_attendance": _WORKSHOP_ATTENDANCE,
}

_EXPENSE_DOCUMENT = frozenset(
    {
        "factura",
        "factura_exenta",
        "boleta_venta",
        "boleta_honorarios",
        "liquidacion_sueldo",
        "comprobante_egreso",
        "otro",
    }
)
_FUNDING = frozenset({"sence", "municipal"})
_ACTIVITY = frozenset({"general", "taller", "feria"})
_MONTH_ACTION = frozenset({"cierre", "reapertura"})
_RECEIPT_MEDIA = frozenset({"application/pdf", "image/jpeg", "image/png"})
MAX_BUDGET_LINES = 1_000
"""Highest position of a line in a plan de gastos."""


def _money(*, minimum: int = 0, nullable: bool = False) -> Whole:
    """Whole pesos, never negative (``minimum``), never past ``MAX_AMOUNT``."""
    return Whole(nullable=nullable, minimum=minimum, maximum=MAX_AMOUNT)


_BALANCE = Whole(minimum=-MAX_AMOUNT, maximum=MAX_AMOUNT)
"""A saldo: received less spent, negative when a month spent more than it had."""

_FOMIL_AGREEMENT: dict[str, Kind] = {
    **_SYNCED,
    "year": Whole(minimum=2000, maximum=2100),
    "resolution_number": Text(max_length=40, required=True, one_line=True),
    "resolution_date": Day(),
    "starts_on": Day(),
    "ends_on": Day(),
    "transfer_amount": _money(minimum=1),
    "municipal_contribution": _money(),
    "notes": Text(max_length=LONG_TEXT),
}

_AGREEMENT_INSTALLMENT: dict[str, Kind] = {
    **_SYNCED,
    "agreement_id": Reference(table="fomil_agreement"),
    "received_on": Day(),
    "amount": _money(minimum=1),
    "voucher_number": Text(max_length=40, required=True, one_line=True),
}

_BUDGET_LINE: dict[str, Kind] = {
    **_SYNCED,
    "agreement_id": Reference(table="fomil_agreement"),
    "name": Text(max_length=80, required=True, one_line=True),
    "position": Whole(minimum=1, maximum=MAX_BUDGET_LINES),
    "sence_amount": _money(),
    "municipal_amount": _money(),
}

_EXPENSE: dict[str, Kind] = {
    **_SYNCED,
    "agreement_id": Reference(table="fomil_agreement"),
    "spent_on": Day(),
    "document_type": Choice(values=_EXPENSE_DOCUMENT),
    "number": Text(max_length=40, required=True, one_line=True),
    "supplier_rut": RutText(),
    "supplier_name": Text(max_length=200, required=True, one_line=True),
    "net": _money(),
    "iva": _money(),
    "retention": _money(),
    "total": _money(),
    "budget_line_id": Reference(table="budget_line"),
    "funding": Choice(values=_FUNDING),
    "description": Text(max_length=300, required=True, one_line=True),
    "activity": Choice(values=_ACTIVITY),
    "workshop_id": Reference(nullable=True, table="workshop"),
    "activity_name": Text(max_length=200, one_line=True),
    "notes": Text(max_length=LONG_TEXT),
}

_EXPENSE_RECEIPT: dict[str, Kind] = {
    **_SYNCED,
    "expense_id": Reference(table="expense"),
    "sha256": Digest(),
    "file_name": Text(max_length=200, required=True, one_line=True),
    "media_type": Choice(values=_RECEIPT_MEDIA),
    "size": Whole(minimum=1, maximum=MAX_RECEIPT_BYTES),
}

_MONTH_CLOSURE: dict[str, Kind] = {
    **_SYNCED,
    "agreement_id": Reference(table="fomil_agreement"),
    "month": MonthText(),
    "action": Choice(values=_MONTH_ACTION),
    "at": Moment(),
    "reason": Text(max_length=LONG_TEXT),
    "opening_balance": _BALANCE,
    "income": _money(),
    "sence_spent": _money(),
    "municipal_spent": _money(),
    "closing_balance": _BALANCE,
}

_TABLES_V6: dict[str, TableSchema] = {
    **_TABLES_V5,
    "fomil_agreement": _FOMIL_AGREEMENT,
    "agreement_installment": _AGREEMENT_INSTALLMENT,
    "budget_line": _BUDGET_LINE,
    "expense": _EXPENSE,
    "expense_receipt": _EXPENSE_RECEIPT,
    "month_closure": _MONTH_CLOSURE,
}

_SERVICE_KIND_V7 = _SERVICE_KIND | {"feria_laboral"}
_FAIR_KIND = frozenset({"feria", "reclutamiento"})
_TARGET_INDICATOR = frozenset(
    {
        "personas_atendidas",
        "inscripciones_bne",
        "personas_apresto",
        "certificaciones_fcs",
        "empresas_contactadas",
        "vacantes_captadas",
        "colocaciones",
    }
)
_TARGET_SOURCE = frozenset({"region", "oficina"})
_SURVEY_SERVICE = frozenset({"atencion", "taller", "colocacion", "feria"})
_SURVEY_CHANNEL = frozenset({"presencial", "telefono", "otro"})
MAX_TARGET = 1_000_000
"""The largest target value (domain.targets.MAX_TARGET)."""

_ATTENTION_V7: dict[str, Kind] = {**_ATTENTION, "kind": Choice(values=_SERVICE_KIND_V7)}

_JOB_FAIR: dict[str, Kind] = {
    **_SYNCED,
    "name": Text(max_length=200, required=True, one_line=True),
    "kind": Choice(values=_FAIR_KIND),
    "held_on": Day(),
    "place": Text(max_length=200, one_line=True),
    "comuna_code": ComunaCode(),
    "organisers": ComunaCodes(),
    "notes": Text(max_length=LONG_TEXT),
}

_FAIR_COMPANY: dict[str, Kind] = {
    **_SYNCED,
    "fair_id": Reference(table="job_fair"),
    "company_id": Reference(table="company"),
    "openings": Whole(minimum=0, maximum=MAX_OPENINGS),
    "positions": Text(max_length=300),
    "notes": Text(max_length=LONG_TEXT),
}

_FAIR_ATTENDEE: dict[str, Kind] = {
    **_SYNCED,
    "fair_id": Reference(table="job_fair"),
    "person_id": Reference(table="person"),
    "attention_id": Reference(nullable=True, table="attention"),
}

_FAIR_REFERRAL: dict[str, Kind] = {
    **_SYNCED,
    "fair_id": Reference(table="job_fair"),
    "referral_id": Reference(table="referral"),
}

_TARGET: dict[str, Kind] = {
    **_SYNCED,
    "year": Whole(minimum=2000, maximum=2100),
    "indicator": Choice(values=_TARGET_INDICATOR),
    "value": Whole(minimum=0, maximum=MAX_TARGET),
    "source": Choice(values=_TARGET_SOURCE),
}

_SATISFACTION_SURVEY: dict[str, Kind] = {
    **_SYNCED,
    "person_id": Reference(table="person"),
    "answered_on": Day(),
    "service": Choice(values=_SURVEY_SERVICE),
    "attention_id": Reference(nullable=True, table="attention"),
    "workshop_id": Reference(nullable=True, table="workshop"),
    "placement_id": Reference(nullable=True, table="placement"),
    "fair_id": Reference(nullable=True, table="job_fair"),
    "score": Whole(minimum=1, maximum=7),
    "comment": Text(max_length=2_000),
    "channel": Choice(values=_SURVEY_CHANNEL),
}

_TABLES_V7: dict[str, TableSchema] = {
    **_TABLES_V6,
    "attention": _ATTENTION_V7,
    "job_fair": _JOB_FAIR,
    "fair_company": _FAIR_COMPANY,
    "fair_attendee": _FAIR_ATTENDEE,
    "fair_referral": _FAIR_REFERRAL,
    "target": _TARGET,
    "satisfaction_survey": _SATISFACTION_SURVEY,
}

_LEGAL_BASIS = frozenset({"funcion_legal", "consentimiento"})
_AUDIT_ACTION = frozenset(
    {"ver", "crear", "modificar", "eliminar", "exportar", "imprimir", "anonimizar"}
)
_REQUEST_KIND = frozenset(
    {"acceso", "rectificacion", "supresion", "oposicion", "portabilidad", "bloqueo"}
)
_REQUEST_STATUS = frozenset({"pendiente", "respondida", "rechazada"})

_PERSON_V8: dict[str, Kind] = {
    **_PERSON,
    "legal_basis": Choice(values=_LEGAL_BASIS),
    "anonymised_on": Day(nullable=True),
}

_AUDIT_ENTRY: dict[str, Kind] = {
    **_SYNCED,
    "at": Moment(),
    "device": RowId(),
    "position": Whole(minimum=1),
    "officer": Text(max_length=200, required=True, one_line=True),
    "action": Choice(values=_AUDIT_ACTION),
    "person_id": Reference(nullable=True, table="person"),
    "record_table": Text(max_length=40, one_line=True),
    "record_id": Text(max_length=36, one_line=True),
    "fields": Text(max_length=2_000, one_line=True),
    "detail": Text(max_length=300, one_line=True),
    "previous_hash": Text(max_length=64, one_line=True),
    "hash": Digest(),
}

_DATA_REQUEST: dict[str, Kind] = {
    **_SYNCED,
    "person_id": Reference(table="person"),
    "kind": Choice(values=_REQUEST_KIND),
    "received_on": Day(),
    "due_on": Day(),
    "status": Choice(values=_REQUEST_STATUS),
    "answered_on": Day(nullable=True),
    "answer": Text(max_length=LONG_TEXT),
}

_TABLES_V8: dict[str, TableSchema] = {
    **_TABLES_V7,
    "person": _PERSON_V8,
    "audit_entry": _AUDIT_ENTRY,
    "data_request": _DATA_REQUEST,
}

SCHEMAS: dict[int, dict[str, TableSchema]] = {
    2: _TABLES_V2,
    3: _TABLES_V2,  # version 3 changed the exchange (merges, §10), not the records
    4: _TABLES_V4,  # version 4 adds companies, vacancies, referrals and placements
    5: _TABLES_V5,  # version 5 adds workshops, their sessions, enrollments and attendance
    6: _TABLES_V6,  # version 6 adds the FOMIL agreement and its rendición de gastos
    7: _TABLES_V7,  # version 7 adds job fairs, targets, satisfaction surveys, «feria_laboral»
    8: _TABLES_V8,  # version 8 adds the audit log, the person's requests, legal basis, erasure
}
"""Protocol version → synced table → field → kind. Tables are listed parents first (the order
records are applied in)."""

SHAREABLE_TABLES = frozenset({"notice", "company", "company_contact", "vacancy", "job_fair"})
"""Tables whose records an office may share with its Red Territorial."""

SHARED_FIELD = "shared"


@dataclass(frozen=True, slots=True)
class Link:
    """Records of a table that the office owning another record sees too (§8): a referral is
    seen by the office of its vacancy, which runs the selection with the company.

    ``field`` points at the record of ``table`` whose office sees it; that office receives only
    ``sent`` (every other field travels empty) and may write only ``owner_writes``.
    """

    field: str
    table: str
    sent: frozenset[str]
    owner_writes: frozenset[str]


LINKS: dict[str, Link] = {
    "referral": Link(
        field="vacancy_id",
        table="vacancy",
        sent=frozenset(_SYNCED)
        | {
            "vacancy_id",
            "candidate_name",
            "candidate_rut",
            "candidate_phone",
            "status",
            "referred_on",
            "interviewed_on",
            "outcome_on",
        },
        owner_writes=frozenset({"status", "interviewed_on", "outcome_on", "updated_at"}),
    ),
}
"""What a record's office shares with the office of the record it points at (§8). The owner of
a vacancy learns who was sent (name, RUT, phone, the sending office) and how it went; never the
person's record, id or the sender's notes."""

SELECTION_OUTCOMES = frozenset({"contratado", "no_seleccionado"})
"""Referral outcomes only the vacancy's office records."""
HIRED = "contratado"


def as_sent_to_linked_office(table: str, fields: Mapping[str, JSONValue]) -> dict[str, JSONValue]:
    """``fields`` as the linked office receives them (§8): what it may not see travels empty
    (null, or ``""`` for text), so a whole record is still whole."""
    link = LINKS[table]
    columns = SCHEMAS[PROTOCOL][table]
    sent: dict[str, JSONValue] = {}
    for name, value in fields.items():
        if name in link.sent:
            sent[name] = value
        else:
            kind = columns.get(name)
            sent[name] = "" if isinstance(kind, Text) and not kind.nullable else None
    return sent


SYNC_TABLES: dict[str, frozenset[str]] = {
    table: frozenset(schema) for table, schema in SCHEMAS[PROTOCOL].items()
}
"""Every synced table of this version, parents first, with the fields that travel."""

IDENTITY_FIELDS: dict[str, tuple[str, ...]] = {
    "person": ("rut", "document_type", "document_number"),
    "workshop_enrollment": ("workshop_id", "person_id"),
    "fomil_agreement": ("year",),
    "budget_line": ("agreement_id", "name"),
    "fair_attendee": ("fair_id", "person_id"),
    "target": ("year", "indicator"),
    "satisfaction_survey": ("service", "attention_id", "workshop_id", "placement_id", "fair_id"),
}
"""Fields that say who a record is: the same person registered on two PCs is one, and so is
the same person enrolled in the same workshop on two PCs (§10, §11), the office's agreement of
one year made on two PCs, a line of the same name in its plan de gastos (§12), the same person
recorded at the same fair on two PCs, the office's target for one indicator and year, and the
survey of one service (the atención, workshop, placement or fair it rates) (§14)."""

UNIQUE_FIELDS: dict[str, tuple[str, ...]] = {
    "expense": ("supplier_rut", "document_type", "number"),
}
"""Fields no two live records of an office may share, and that the server refuses rather than
merges: one supporting document is charged once (§12)."""


IDENTITY_LENGTH = 80
"""The longest identity the regional store keeps (record.identity)."""


_SURVEY_RATES = {
    SurveyService.ATTENTION.value: "attention_id",
    SurveyService.WORKSHOP.value: "workshop_id",
    SurveyService.PLACEMENT.value: "placement_id",
    SurveyService.FAIR.value: "fair_id",
}
"""The field naming the service a satisfaction survey rates, by its ``service``."""


def _survey_identity(fields: Mapping[str, object]) -> str | None:
    """A live survey's identity: the service it rates (``survey:atencion:<id>``), so the same
    service rated on two PCs of the office is one survey (§14). None when deleted or when the
    service or its reference is missing."""
    if fields.get("deleted_at") is not None:
        return None
    service = fields.get("service")
    name = _SURVEY_RATES.get(service) if isinstance(service, str) else None
    rated = fields.get(name) if name is not None else None
    if not isinstance(rated, str) or not rated:
        return None
    return f"survey:{service}:{rated}"  # at most 54 characters: record.identity holds 80


def identity_of(table: str, fields: Mapping[str, object]) -> str | None:
    """Who a record is, from its (valid) fields. For a person, ``rut:12345678-5``, else
    ``doc:<type>:<number>`` for a foreign document — the same key the desktop uses to refuse a
    duplicate (``domain.people.identity_key``); for an enrollment, its workshop and person; for
    an agreement its year, for a budget line its agreement and name (accents, spaces and case
    aside) while neither is deleted. None when the table or the record has none."""
    if table in ("workshop_enrollment", "fair_attendee"):
        parent, person = (fields.get(name) for name in IDENTITY_FIELDS[table])
        if isinstance(parent, str) and isinstance(person, str) and parent and person:
            return f"{parent}/{person}"  # 73 characters: record.identity holds 80
        return None
    if table == "target":
        year, indicator = (fields.get(name) for name in IDENTITY_FIELDS[table])
        alive = fields.get("deleted_at") is None
        if alive and isinstance(year, int) and not isinstance(year, bool):
            return f"target:{year}:{indicator}" if isinstance(indicator, str) else None
        return None
    if table == "satisfaction_survey":
        return _survey_identity(fields)
    if table == "fomil_agreement":
        year = fields.get("year")
        alive = fields.get("deleted_at") is None
        return (
            f"year:{year}"
            if alive and isinstance(year, int) and not isinstance(year, bool)
            else None
        )
    if table == "budget_line":
        agreement, name = fields.get("agreement_id"), fields.get("name")
        if fields.get("deleted_at") is not None or not isinstance(agreement, str):
            return None
        if not isinstance(name, str) or not name.strip():
            return None
        # The desktop refuses two lines of one plan whose names fold alike (accents, case and
        # spaces aside): the same comparison says they are one line.
        digest = hashlib.sha256(fold(name).encode("utf-8")).hexdigest()[:40]
        return f"{agreement}/{digest}"  # 77 characters
    if table != "person":
        return None
    rut, kind, number = (fields.get(name) for name in IDENTITY_FIELDS[table])
    try:
        parsed = Rut.parse(rut) if isinstance(rut, str) and rut else None
        document = DocumentType(kind) if isinstance(kind, str) and kind else None
    except (InvalidRut, ValueError):
        return None
    key = identity_key(parsed, document, number if isinstance(number, str) else "")
    if key is not None and len(key) > IDENTITY_LENGTH:
        # Lower-casing can lengthen a document number («İ» is two characters): a key that would
        # not fit record.identity is a digest of itself, still the same for the same document.
        key = f"doc:{hashlib.sha256(key.encode('utf-8')).hexdigest()[:40]}"
    return key


def unique_key_of(table: str, fields: Mapping[str, object]) -> str | None:
    """The key of :data:`UNIQUE_FIELDS` of a live record: an expense's supplier RUT, document
    type and number (spaces and case of the number aside). None otherwise."""
    if table != "expense" or fields.get("deleted_at") is not None:
        return None
    rut, kind, number = (fields.get(name) for name in UNIQUE_FIELDS[table])
    if not (isinstance(rut, str) and isinstance(kind, str) and isinstance(number, str)):
        return None
    folded = " ".join(number.split()).casefold()  # as the desktop compares numbers
    # Hashed: case-folding may lengthen a number («ß» → «ss») past what record.identity holds.
    digest = hashlib.sha256(folded.encode("utf-8")).hexdigest()[:40]
    return f"{rut}/{kind}/{digest}"  # at most 10 + 18 + 40 + 2 characters


def record_key(table: str, fields: Mapping[str, object]) -> str | None:
    """What the server keeps in ``record.identity`` to find records by: who the record is
    (:func:`identity_of`), its unique key (:func:`unique_key_of`), or for a supporting document
    the SHA-256 of its bytes (who may download them, §13)."""
    if table == "expense_receipt":
        sha = fields.get("sha256")
        return sha if isinstance(sha, str) and _SHA256.fullmatch(sha) else None
    return identity_of(table, fields) or unique_key_of(table, fields)


def schema(table: str, version: int = PROTOCOL) -> TableSchema | None:
    """The fields of ``table`` in protocol ``version``, or None when it does not sync."""
    return SCHEMAS.get(version, {}).get(table)


def as_version(table: str, fields: dict[str, JSONValue], version: int) -> dict[str, JSONValue]:
    """``fields`` as a device speaking ``version`` may receive them: the fields a later version
    added to the table (a person's ``legal_basis``, version 8) are left out, so an older program
    still applies the record."""
    columns = SCHEMAS.get(version, {}).get(table)
    if columns is None or version == PROTOCOL:
        return fields
    return {name: value for name, value in fields.items() if name in columns}


def check_fields(
    table: str,
    fields: Mapping[str, object],
    *,
    version: int = PROTOCOL,
    complete: bool = False,
    checks: Checks | None = None,
) -> dict[str, str]:
    """Field → Spanish reason for every value of ``fields`` the schema refuses (empty: all good).

    ``complete``: the fields must make a whole record (an insert, a snapshot record), so every
    field of the table must be there. Unknown field names are reported under their own (escaped)
    name; the key ``""`` reports a table that does not sync.
    """
    columns = schema(table, version)
    if columns is None:
        return {"": translate("sync.protocol", "la tabla no se sincroniza")}
    context = checks or Checks()
    problems: dict[str, str] = {}
    for name, value in fields.items():
        kind = columns.get(name)
        if kind is None:
            problems[printable(name, 60)] = translate("sync.protocol", "no es un campo de la tabla")
            continue
        problem = kind.problem(value, context)
        if problem is not None:
            problems[name] = problem
    if complete:
        for name in columns:
            if name not in fields and name != "id":
                problems[name] = "falta"
    return problems


def describe_problems(problems: Mapping[str, str], limit: int = 5) -> str:
    """A Spanish sentence listing refused fields (the first ``limit``), for a refusal reason."""
    if "" in problems:
        return translate("sync.protocol", "La tabla del cambio no se sincroniza.")
    items = [f"{name}: {reason}" for name, reason in sorted(problems.items())]
    shown = "; ".join(items[:limit])
    more = (
        translate("sync.protocol", " (y {value} más)").format(value=len(items) - limit)
        if len(items) > limit
        else ""
    )
    return translate("sync.protocol", "Valores no válidos: {shown}{more}.").format(
        shown=shown, more=more
    )


def references(
    table: str,
    fields: Mapping[str, object],
    version: int = PROTOCOL,
    *,
    everywhere_only: bool = False,
) -> list[tuple[str, str, str]]:
    """``(field, referenced table, row id)`` of every non-null reference in ``fields``;
    ``everywhere_only``: only those a PC holding the record also holds (:class:`Reference`)."""
    columns = schema(table, version) or {}
    found = []
    for name, value in fields.items():
        kind = columns.get(name)
        if not isinstance(kind, Reference) or not isinstance(value, str):
            continue
        if kind.everywhere or not everywhere_only:
            found.append((name, kind.table, value))
    return found


def printable(value: object, limit: int = 80) -> str:
    """What a device sent, safe for a log line or a message: newlines, control and other
    non-printable characters escaped (``\\n``, ``\\x1b``, ``\\u2028``…), cut to ``limit``
    characters (``…`` marks the cut). Accented letters stay as they are."""
    text = str(value)
    cut = len(text) > limit
    if cut:
        text = text[:limit]
    if not text.isprintable():
        text = "".join(
            ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
        )
    return text + "…" if cut else text


def _moment_problem(value: object) -> str | None:
    if not isinstance(value, str) or len(value) > 40 or not _ISO_DATE.match(value[:10]):
        return translate("sync.protocol", "debe ser una fecha y hora ISO (aaaa-mm-ddThh:mm:ss)")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return translate("sync.protocol", "no es una fecha y hora que exista")
    if not _EARLIEST <= moment.date() <= _LATEST:
        return translate("sync.protocol", "está fuera del rango de fechas aceptado (1900 a 2100)")
    return None


# -- messages ---------------------------------------------------------------------------------

Op = Literal["insert", "update", "delete"]
JSONValue = str | int | float | bool | None
Uuid = Annotated[str, StringConstraints(pattern=_UUID.pattern)]
Count = Annotated[int, Field(ge=0, le=MAX_INT)]
TableName = Annotated[str, StringConstraints(max_length=40)]
Fields = Annotated[dict[str, JSONValue], Field(max_length=MAX_FIELDS)]
"""A change's fields: names are checked against the schema per change (an unknown one refuses
that change alone, named in the reason at most 60 characters long)."""


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PushedChange(_Message):
    id: Uuid
    n: Annotated[int, Field(ge=1, le=MAX_INT)]
    table: TableName
    row: Uuid
    op: Op
    base: Count
    at: Annotated[str, StringConstraints(max_length=40)]
    fields: Fields


class SnapshotPosition(_Message):
    at: Count
    after: tuple[TableName, Uuid] | None = None


class SyncRequest(_Message):
    changes: list[PushedChange] = Field(default_factory=list, max_length=MAX_BATCH)
    cursor: Count
    snapshot: SnapshotPosition | None = None
    limit: int = Field(default=500, ge=1, le=MAX_PULL)


class Conflict(_Message):
    field: str
    yours: JSONValue
    theirs: JSONValue


class Ack(_Message):
    id: str
    status: Literal["applied", "duplicate", "refused"]
    reason: str | None = None
    conflicts: list[Conflict] = Field(default_factory=list)
    merged_into: str | None = None
    """Version 3: the device's new record is the same as this one the server already held (the
    same person registered on two PCs, §10); the device re-points its copy to that id."""


class PulledChange(_Message):
    seq: Count
    table: TableName
    row: Uuid
    office: str
    op: Op
    shared: bool = False
    fields: Fields


class SnapshotRecord(_Message):
    table: TableName
    row: Uuid
    office: str
    shared: bool = False
    fields: Fields


class SnapshotPage(_Message):
    at: Count
    records: list[SnapshotRecord]
    after: tuple[TableName, Uuid] | None
    done: bool


class SyncResponse(_Message):
    acks: list[Ack] = Field(default_factory=list)
    acked_rest: bool = False
    """Version 3: every pushed change not in ``acks`` was applied with nothing to report (no
    conflict, no merge); only the others (refused, already held, conflicts, merged) are listed."""
    changes: list[PulledChange] = Field(default_factory=list)
    cursor: Count
    more: bool = False
    snapshot: SnapshotPage | None = None


MAX_ENROLL_COMPRESSED_BYTES = 4 * 1024
MAX_ENROLL_BODY_BYTES = 16 * 1024
"""An enrollment needs a few hundred bytes: its body is refused past these limits (§2)."""


class EnrollRequest(_Message):
    code: str = Field(max_length=40)
    office_code: str = Field(max_length=5)
    device_name: str = Field(max_length=120)
    replaces: str | None = Field(default=None, max_length=36)
    """The device id this installation had before: the server revokes it (same office only)."""


class EnrollResponse(_Message):
    device_id: str
    secret: str
    server_id: str
    region_code: str
    region_name: str
    office_code: str
    office_name: str
    network: str
    protocol: int


MAX_BLOBS_ASKED = 500
"""Most SHA-256s one ``POST /api/blobs/missing`` may ask about (a batch's receipts at most)."""
MAX_BLOBS_COMPRESSED_BYTES = 64 * 1024
MAX_BLOBS_BODY_BYTES = 64 * 1024
"""500 SHA-256s are about 34 KB of JSON: the body is refused past these limits (§13)."""
Sha256 = Annotated[str, StringConstraints(pattern=f"^{_SHA256_TEXT}$")]


class BlobsRequest(_Message):
    """Version 6: the SHA-256s of supporting documents a device is about to reference."""

    sha256: list[Sha256] = Field(max_length=MAX_BLOBS_ASKED)


class BlobsResponse(_Message):
    """Those the server does not hold yet: the device uploads them (``PUT /api/blobs/…``)."""

    missing: list[str]


def is_sha256(text: str) -> bool:
    """Whether ``text`` names bytes as the protocol does: 64 lower-case hexadecimal digits."""
    return _SHA256.fullmatch(text) is not None


class ErrorBody(_Message):
    error: str
    message: str


# -- error codes (docs/sync-protocol.md §2) ---------------------------------------------------

MALFORMED = "malformed"
UNKNOWN_DEVICE = "unknown_device"
DEVICE_REVOKED = "device_revoked"
BAD_CODE = "bad_code"
WRONG_SERVER = "wrong_server"
OFFICE_MISMATCH = "office_mismatch"
OUT_OF_ORDER = "out_of_order"
TOO_LARGE = "too_large"
PROTOCOL_TOO_OLD = "protocol_too_old"
PROTOCOL_TOO_NEW = "protocol_too_new"
TOO_MANY_ATTEMPTS = "too_many_attempts"


class BodyError(ValueError):
    """A body that is not gzip'd JSON of the expected shape, or is too large."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# -- bodies -----------------------------------------------------------------------------------


def json_value(value: Any) -> JSONValue:
    """A column value as it travels: dates and times as ISO-8601 strings."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value  # type: ignore[no-any-return]


def encode(message: BaseModel | dict[str, Any]) -> bytes:
    """gzip'd compact JSON of a message."""
    data = message.model_dump(mode="json") if isinstance(message, BaseModel) else message
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)


def decompress(
    body: bytes,
    *,
    max_compressed: int = MAX_COMPRESSED_BYTES,
    max_inflated: int = MAX_BODY_BYTES,
) -> bytes:
    """Inflate a gzip body, refusing one larger than ``max_compressed`` or that inflates past
    ``max_inflated`` (it never inflates more than that)."""
    if len(body) > max_compressed:
        raise BodyError(
            TOO_LARGE, translate("sync.protocol", "El envío supera el tamaño máximo permitido.")
        )
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, max_inflated + 1)
    except zlib.error as exc:
        raise BodyError(
            MALFORMED, translate("sync.protocol", "El envío llegó dañado (no es gzip válido).")
        ) from exc
    if len(data) > max_inflated or inflater.unconsumed_tail:
        raise BodyError(
            TOO_LARGE, translate("sync.protocol", "El envío supera el tamaño máximo permitido.")
        )
    if not inflater.eof:
        raise BodyError(MALFORMED, translate("sync.protocol", "El envío llegó incompleto."))
    return data


M = TypeVar("M", bound=BaseModel)


def decode(model: type[M], body: bytes, *, compressed: bool = True) -> M:
    """Parse and validate a body; any problem is a :class:`BodyError`."""
    raw = decompress(body) if compressed else body
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        raise BodyError(
            MALFORMED, translate("sync.protocol", "El envío no tiene la forma esperada.")
        ) from exc
