"""Companies (empresas) the office works with, their contacts and the log of its dealings.

Pure rules: what a company, a contact and an interaction hold, what makes them valid, and how a
company is found. The words (company sizes, interaction kinds) live in
:mod:`omil_desktop.domain.intermediation`; RUTs are :class:`~omil_desktop.domain.rut.Rut`; phones
are written one way by :func:`~omil_desktop.domain.people.normalize_phone`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, fields, replace
from datetime import date

from omil_desktop.domain.intermediation import CompanySize, InteractionKind
from omil_desktop.domain.people import (
    LONG_TEXT_MAX,
    normalize_phone,
    search_terms,
    tidy_lines,
    too_long,
)
from omil_desktop.domain.rut import InvalidRut, Rut
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EMAIL_MESSAGE = "El correo no parece válido (ejemplo: contacto@empresa.cl)."

COMPANY_MAX_LENGTHS: dict[str, int] = {
    "legal_name": 200,
    "trade_name": 200,
    "activity": 200,
    "address": 200,
    "phone": 30,
    "email": 120,
    "notes": LONG_TEXT_MAX,
}
"""The one place for the length limits of a company's text fields (characters, after trimming);
none above what the protocol carries (a test says so)."""

CONTACT_MAX_LENGTHS: dict[str, int] = {"name": 160, "role": 120, "phone": 30, "email": 120}
"""Length limits of a company contact's fields."""

INTERACTION_MAX_LENGTHS: dict[str, int] = {"notes": LONG_TEXT_MAX}
"""Length limits of an interaction's fields."""

COMPANY_LABELS: Mapping[str, str] = Labels(
    "domain.companies",
    {
        "rut": "RUT",
        "legal_name": QT_TRANSLATE_NOOP("domain.companies", "Razón social"),
        "trade_name": QT_TRANSLATE_NOOP("domain.companies", "Nombre de fantasía"),
        "activity": QT_TRANSLATE_NOOP("domain.companies", "Actividad económica"),
        "size": QT_TRANSLATE_NOOP("domain.companies", "Tamaño"),
        "comuna_code": QT_TRANSLATE_NOOP("domain.companies", "Comuna"),
        "address": QT_TRANSLATE_NOOP("domain.companies", "Dirección"),
        "phone": QT_TRANSLATE_NOOP("domain.companies", "Teléfono"),
        "email": QT_TRANSLATE_NOOP("domain.companies", "Correo"),
        "notes": QT_TRANSLATE_NOOP("domain.companies", "Observaciones"),
    },
)
"""Spanish labels of a company's fields: the form, the import and the messages use these."""

CONTACT_LABELS: Mapping[str, str] = Labels(
    "domain.companies",
    {
        "name": QT_TRANSLATE_NOOP("domain.companies", "Nombre"),
        "role": QT_TRANSLATE_NOOP("domain.companies", "Cargo"),
        "phone": QT_TRANSLATE_NOOP("domain.companies", "Teléfono"),
        "email": QT_TRANSLATE_NOOP("domain.companies", "Correo"),
    },
)

INTERACTION_LABELS: Mapping[str, str] = Labels(
    "domain.companies",
    {
        "date": QT_TRANSLATE_NOOP("domain.companies", "Fecha"),
        "kind": QT_TRANSLATE_NOOP("domain.companies", "Tipo"),
        "notes": QT_TRANSLATE_NOOP("domain.companies", "Notas"),
    },
)

_MULTILINE = frozenset({"notes"})


def _tidy(name: str, value: str) -> str:
    return tidy_lines(value) if name in _MULTILINE else " ".join(value.split())


def _check_lengths(
    record: object, limits: dict[str, int], labels: Mapping[str, str], errors: dict[str, str]
) -> None:
    for name, limit in limits.items():
        length = len(_tidy(name, getattr(record, name)))
        if length > limit:
            errors.setdefault(name, too_long(labels[name], limit, length))


def _check_contact_means(phone: str, email: str, errors: dict[str, str]) -> None:
    try:
        normalize_phone(phone)
    except ValueError as exc:
        errors["phone"] = str(exc)
    if email.strip() and not _EMAIL.match(email.strip()):
        errors["email"] = EMAIL_MESSAGE


@dataclass
class CompanyData:
    """Everything the officer records about a company, as entered (before storage)."""

    rut: Rut | None = None
    legal_name: str = ""
    trade_name: str = ""
    activity: str = ""
    size: CompanySize | None = None
    comuna_code: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""

    @property
    def name(self) -> str:
        """How the officer calls it: the nombre de fantasía, else the razón social."""
        return self.trade_name or self.legal_name

    def validate(self, today: date, known_comuna: bool = True) -> dict[str, str]:
        """Return field name → Spanish message for every problem; empty when the record is valid.

        ``known_comuna`` tells whether ``comuna_code`` exists in the territory catalogue.
        ``today`` is taken for symmetry with the other records (no date field yet).
        """
        del today
        errors: dict[str, str] = {}
        if self.rut is None:
            errors["rut"] = translate(
                "domain.companies", "Escriba el RUT de la empresa, por ejemplo 76.123.456-0."
            )
        if not self.legal_name.strip():
            errors["legal_name"] = translate("domain.companies", "Escriba la razón social.")
        if not self.comuna_code:
            errors["comuna_code"] = translate("domain.companies", "Elija la comuna de la empresa.")
        elif not known_comuna:
            errors["comuna_code"] = translate(
                "domain.companies", "La comuna no existe en el catálogo."
            )
        _check_contact_means(self.phone, self.email, errors)
        _check_lengths(self, COMPANY_MAX_LENGTHS, COMPANY_LABELS, errors)
        return errors

    def cleaned(self) -> CompanyData:
        """A copy with spaces tidied (notes keep their line breaks) and the phone written one
        way (:func:`normalize_phone`)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        for name, value in values.items():
            if isinstance(value, str):
                values[name] = _tidy(name, value)
        with suppress(ValueError):  # else validate() says why; the text stays as written
            values["phone"] = normalize_phone(values["phone"])
        return CompanyData(**values)


@dataclass
class ContactData:
    """A person to talk to at a company."""

    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.name.strip():
            errors["name"] = translate("domain.companies", "Escriba el nombre del contacto.")
        _check_contact_means(self.phone, self.email, errors)
        _check_lengths(self, CONTACT_MAX_LENGTHS, CONTACT_LABELS, errors)
        return errors

    def cleaned(self) -> ContactData:
        tidy = ContactData(*(" ".join(getattr(self, f.name).split()) for f in fields(self)))
        with suppress(ValueError):
            tidy = replace(tidy, phone=normalize_phone(tidy.phone))
        return tidy

    def summary(self) -> str:
        """``Nombre (cargo) teléfono correo``: one contact on one line (the export)."""
        text = self.name + (f" ({self.role})" if self.role else "")
        return " ".join(part for part in (text, self.phone, self.email) if part)


@dataclass
class InteractionData:
    """One dealing with a company: a call, a visit, a job fair…"""

    date: dt.date | None = None
    kind: InteractionKind | None = None
    notes: str = ""

    def validate(self, today: dt.date) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.date is None:
            errors["date"] = translate("domain.companies", "Indique la fecha.")
        elif self.date > today:
            errors["date"] = translate("domain.companies", "La fecha no puede ser futura.")
        if self.kind is None:
            errors["kind"] = translate(
                "domain.companies", "Elija el tipo (llamada, visita, correo…)."
            )
        _check_lengths(self, INTERACTION_MAX_LENGTHS, INTERACTION_LABELS, errors)
        return errors

    def cleaned(self) -> InteractionData:
        return replace(self, notes=tidy_lines(self.notes))


# -- finding ---------------------------------------------------------------------------------------


def company_search_key(rut: Rut | None, legal_name: str, trade_name: str) -> str:
    """The text a company is found by: RUT digits, razón social and nombre de fantasía folded
    (no accents, no case)."""
    parts = [rut.digits.lower() if rut else "", fold(legal_name), fold(trade_name)]
    return " ".join(part for part in parts if part)


def company_sort_key(legal_name: str, trade_name: str) -> str:
    """Companies are listed by the name the officer calls them, ignoring case and accents."""
    return fold(trade_name or legal_name)


company_search_terms = search_terms
"""What the officer typed, as terms matched against :func:`company_search_key`: a partial RUT in
any writing (``76.123``, ``76123456-0``), else folded words."""


def parse_company_rut(text: str) -> Rut:
    """A company's RUT as written; a wrong one is explained for a company, which has no carnet
    (its RUT is on its invoices and in the SII)."""
    try:
        return Rut.parse(text)
    except InvalidRut as exc:
        if exc.wrong_check_digit is None:
            raise
        raise InvalidRut(
            translate(
                "domain.companies",
                "El RUT {wrong_check_digit} no es válido: revise el RUT de la empresa (en una "
                "factura o en el SII).",
            ).format(wrong_check_digit=exc.wrong_check_digit),
            exc.wrong_check_digit,
        ) from None
