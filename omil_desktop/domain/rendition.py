"""The FOMIL agreement and its rendición de gastos (issue 10): the words, what makes an
agreement, an installment, a budget line and an expense valid (Spanish messages, every problem at
once), the months, the monthly statement and the cost of services, as plain values.

Money is whole Chilean pesos (``int``) everywhere. The saldo is of the SENCE funds only: what was
received (the agreement's installments) less what was spent with SENCE funds; the municipal
contribution is reported apart. A month's opening balance is everything received before it less
every SENCE expense before it, so the chain of months is consistent by construction, also after a
month is reopened and changed (Contraloría, Resolución N°30 de 2015).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from omil_desktop.domain.dates import MONTH_NAMES
from omil_desktop.domain.expenses import Amounts, DocumentType, check_amounts
from omil_desktop.domain.people import LONG_TEXT_MAX, too_long
from omil_desktop.domain.rut import InvalidRut, Rut
from omil_desktop.domain.text import size_text
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate

_T = TypeVar("_T")

MAX_AMOUNT = 9_999_999_999
"""The largest amount accepted anywhere (under ten thousand million pesos)."""

MAX_RECEIPT_BYTES = 20 * 1024 * 1024
"""A scanned supporting document may be up to 20 MB."""

DEFAULT_BUDGET_LINES: tuple[str, ...] = (
    "Recursos humanos",
    "Difusión",
    "Materiales e insumos",
    "Movilización",
    "Colaciones",
    "Equipamiento",
    "Otros",
)
"""The plan de gastos' lines a new agreement starts with (renamed, added to, or removed while
no expense uses them)."""


class Funding(StrEnum):
    """Whose money paid an expense."""

    SENCE = "sence"
    MUNICIPAL = "municipal"

    @property
    def label(self) -> str:
        return {"sence": "SENCE", "municipal": translate("domain.rendition", "Aporte municipal")}[
            self.value
        ]


class Activity(StrEnum):
    """What an expense was for (the cost of services is counted per activity)."""

    GENERAL = "general"
    WORKSHOP = "taller"
    FAIR = "feria"

    @property
    def label(self) -> str:
        return {
            "general": translate("domain.rendition", "Operación general"),
            "taller": translate("domain.rendition", "Taller"),
            "feria": translate("domain.rendition", "Feria laboral"),
        }[self.value]


class MonthAction(StrEnum):
    """What happened to a month's rendición: closed (its expenses locked) or reopened."""

    CLOSE = "cierre"
    REOPEN = "reapertura"

    @property
    def label(self) -> str:
        return {
            "cierre": translate("domain.rendition", "Cerrado"),
            "reapertura": translate("domain.rendition", "Reabierto"),
        }[self.value]


_MONTH = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month: ``Month.parse("2026-10")``; ``str()`` gives it back."""

    year: int
    number: int

    def __post_init__(self) -> None:
        if not 1 <= self.number <= 12:
            raise ValueError(translate("domain.rendition", "El mes va de 1 a 12."))

    @classmethod
    def parse(cls, text: str) -> Month:
        """``AAAA-MM`` (e.g. ``2026-10``), with a Spanish message when it is not one."""
        found = _MONTH.fullmatch(text.strip())
        if not found or not 1 <= int(found[2]) <= 12:
            raise ValueError(
                translate(
                    "domain.rendition",
                    "«{strip}» no es un mes: escríbalo como AAAA-MM, p. ej. 2026-10.",
                ).format(strip=text.strip())
            )
        if not 2000 <= int(found[1]) <= 2100:
            raise ValueError(
                translate(
                    "domain.rendition",
                    "El año de «{strip}» está fuera de rango: va de 2000 a 2100.",
                ).format(strip=text.strip())
            )
        return cls(int(found[1]), int(found[2]))

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.number:02d}"

    @property
    def label(self) -> str:
        """``octubre de 2026``."""
        return f"{MONTH_NAMES[self.number - 1]} de {self.year}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.number, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.number, calendar.monthrange(self.year, self.number)[1])

    def following(self) -> Month:
        return Month(self.year + self.number // 12, self.number % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.number == 1), (self.number - 2) % 12 + 1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and (day.year, day.month) == (self.year, self.number)


def months_between(first: date, last: date) -> list[Month]:
    """Every month from ``first``'s to ``last``'s, in order."""
    months, month, end = [], Month.of(first), Month.of(last)
    while month <= end:
        months.append(month)
        month = month.following()
    return months


def _amount_error(value: int | None, label: str, *, required: bool = True) -> str | None:
    if value is None:
        return (
            translate("domain.rendition", "Indique {label}.").format(label=label)
            if required
            else None
        )
    if value < 0:
        return translate("domain.rendition", "Los montos no pueden ser negativos.")
    if value > MAX_AMOUNT:
        return translate("domain.rendition", "El monto es demasiado grande: revise los dígitos.")
    return None


def _clean_texts(data: _T, keep: tuple[str, ...] = ("notes",)) -> _T:
    values: dict[str, object] = {}
    for f in fields(data):  # type: ignore[arg-type]
        value = getattr(data, f.name)
        if type(value) is str:
            value = value.strip() if f.name in keep else " ".join(value.split())
        values[f.name] = value
    return replace(data, **values)  # type: ignore[type-var]


AGREEMENT_LABELS = Labels(
    "domain.rendition",
    {
        "year": QT_TRANSLATE_NOOP("domain.rendition", "Año"),
        "resolution_number": QT_TRANSLATE_NOOP("domain.rendition", "N° de resolución"),
        "resolution_date": QT_TRANSLATE_NOOP("domain.rendition", "Fecha de resolución"),
        "starts_on": QT_TRANSLATE_NOOP("domain.rendition", "Inicio de ejecución"),
        "ends_on": QT_TRANSLATE_NOOP("domain.rendition", "Término de ejecución"),
        "transfer_amount": QT_TRANSLATE_NOOP("domain.rendition", "Monto transferido por SENCE"),
        "municipal_contribution": QT_TRANSLATE_NOOP(
            "domain.rendition", "Aporte municipal comprometido"
        ),
        "notes": QT_TRANSLATE_NOOP("domain.rendition", "Observaciones"),
    },
)


@dataclass
class AgreementData:
    """The convenio FOMIL of a year, as entered."""

    year: int | None = None
    resolution_number: str = ""
    resolution_date: date | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    transfer_amount: int | None = None
    """What SENCE transfers in the year (received in installments)."""
    municipal_contribution: int | None = 0
    notes: str = ""

    def cleaned(self) -> AgreementData:
        return _clean_texts(self)

    def validate(self) -> dict[str, str]:
        """Field name → Spanish message for every problem; empty when valid."""
        errors: dict[str, str] = {}
        if self.year is None:
            errors["year"] = translate("domain.rendition", "Indique el año del convenio.")
        elif not 2000 <= self.year <= 2100:
            errors["year"] = translate("domain.rendition", "El año del convenio va de 2000 a 2100.")
        if not self.resolution_number.strip():
            errors["resolution_number"] = translate(
                "domain.rendition", "Escriba el número de la resolución que aprueba el convenio."
            )
        elif len(self.resolution_number.strip()) > 40:
            errors["resolution_number"] = too_long(
                translate("domain.rendition", "N° de resolución"),
                40,
                len(self.resolution_number.strip()),
            )
        if self.resolution_date is None:
            errors["resolution_date"] = translate(
                "domain.rendition", "Indique la fecha de la resolución."
            )
        if self.starts_on is None:
            errors["starts_on"] = translate(
                "domain.rendition", "Indique desde cuándo se ejecuta el convenio."
            )
        if self.ends_on is None:
            errors["ends_on"] = translate(
                "domain.rendition", "Indique hasta cuándo se ejecuta el convenio."
            )
        elif self.starts_on is not None and self.ends_on < self.starts_on:
            errors["ends_on"] = translate(
                "domain.rendition", "El término no puede ser anterior al inicio."
            )
        amounts = (
            ("transfer_amount", translate("domain.rendition", "el monto que transfiere SENCE")),
            (
                "municipal_contribution",
                translate("domain.rendition", "el aporte municipal (puede ser $0)"),
            ),
        )
        for name, label in amounts:
            message = _amount_error(getattr(self, name), label)
            if message:
                errors[name] = message
        if self.transfer_amount == 0 and "transfer_amount" not in errors:
            errors["transfer_amount"] = translate(
                "domain.rendition", "El monto transferido por SENCE no puede ser $0."
            )
        if len(self.notes.strip()) > LONG_TEXT_MAX:
            errors["notes"] = too_long(
                translate("domain.rendition", "Observaciones"),
                LONG_TEXT_MAX,
                len(self.notes.strip()),
            )
        return errors


INSTALLMENT_LABELS = Labels(
    "domain.rendition",
    {
        "received_on": QT_TRANSLATE_NOOP("domain.rendition", "Fecha de recepción"),
        "amount": QT_TRANSLATE_NOOP("domain.rendition", "Monto"),
        "voucher_number": QT_TRANSLATE_NOOP("domain.rendition", "N° de comprobante de ingreso"),
    },
)


@dataclass
class InstallmentData:
    """One transfer (cuota) SENCE made under the agreement, as entered."""

    received_on: date | None = None
    amount: int | None = None
    voucher_number: str = ""
    """The municipality's comprobante de ingreso."""

    def cleaned(self) -> InstallmentData:
        return _clean_texts(self)

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.received_on is None:
            errors["received_on"] = translate(
                "domain.rendition", "Indique cuándo llegó la transferencia."
            )
        message = _amount_error(self.amount, translate("domain.rendition", "el monto recibido"))
        if message:
            errors["amount"] = message
        elif self.amount == 0:
            errors["amount"] = translate("domain.rendition", "El monto recibido no puede ser $0.")
        if not self.voucher_number.strip():
            errors["voucher_number"] = translate(
                "domain.rendition", "Escriba el número del comprobante de ingreso."
            )
        elif len(self.voucher_number.strip()) > 40:
            errors["voucher_number"] = too_long(
                translate("domain.rendition", "N° de comprobante"),
                40,
                len(self.voucher_number.strip()),
            )
        return errors


BUDGET_LINE_LABELS = Labels(
    "domain.rendition",
    {
        "name": QT_TRANSLATE_NOOP("domain.rendition", "Ítem"),
        "sence_amount": QT_TRANSLATE_NOOP("domain.rendition", "Presupuesto SENCE"),
        "municipal_amount": QT_TRANSLATE_NOOP("domain.rendition", "Presupuesto aporte municipal"),
    },
)


@dataclass
class BudgetLineData:
    """One line of the plan de gastos, as entered."""

    name: str = ""
    sence_amount: int | None = 0
    municipal_amount: int | None = 0

    def cleaned(self) -> BudgetLineData:
        return _clean_texts(self)

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.name.strip():
            errors["name"] = translate("domain.rendition", "Escriba el nombre del ítem.")
        elif len(self.name.strip()) > 80:
            errors["name"] = too_long(
                translate("domain.rendition", "Ítem"), 80, len(self.name.strip())
            )
        amounts = (
            ("sence_amount", translate("domain.rendition", "el presupuesto SENCE (puede ser $0)")),
            (
                "municipal_amount",
                translate("domain.rendition", "el presupuesto municipal (puede ser $0)"),
            ),
        )
        for name, label in amounts:
            message = _amount_error(getattr(self, name), label)
            if message:
                errors[name] = message
        return errors


EXPENSE_LABELS = Labels(
    "domain.rendition",
    {
        "spent_on": QT_TRANSLATE_NOOP("domain.rendition", "Fecha"),
        "document_type": QT_TRANSLATE_NOOP("domain.rendition", "Tipo de documento"),
        "number": QT_TRANSLATE_NOOP("domain.rendition", "N° de documento"),
        "supplier_rut": QT_TRANSLATE_NOOP("domain.rendition", "RUT del proveedor"),
        "supplier_name": QT_TRANSLATE_NOOP("domain.rendition", "Nombre del proveedor"),
        "net": QT_TRANSLATE_NOOP("domain.rendition", "Neto"),
        "iva": "IVA",
        "retention": QT_TRANSLATE_NOOP("domain.rendition", "Retención"),
        "total": QT_TRANSLATE_NOOP("domain.rendition", "Total"),
        "budget_line_id": QT_TRANSLATE_NOOP("domain.rendition", "Ítem presupuestario"),
        "funding": QT_TRANSLATE_NOOP("domain.rendition", "Financiamiento"),
        "description": QT_TRANSLATE_NOOP("domain.rendition", "Descripción"),
        "activity": QT_TRANSLATE_NOOP("domain.rendition", "Actividad"),
        "workshop_id": QT_TRANSLATE_NOOP("domain.rendition", "Taller"),
        "activity_name": QT_TRANSLATE_NOOP("domain.rendition", "Nombre de la actividad"),
        "notes": QT_TRANSLATE_NOOP("domain.rendition", "Observaciones"),
    },
)
"""The one place each expense field's Spanish name is written."""


def amount_label(document: DocumentType | None, name: str) -> str:
    """The name of an amount on ``document``: a factura's ``net`` is its «Neto», a fee's its
    «Bruto» (and its total the «Líquido a pagar»), any other document's just its «Monto»."""
    if name == "net" and document is not DocumentType.INVOICE:
        return (
            translate("domain.rendition", "Bruto")
            if document is DocumentType.FEE_RECEIPT
            else translate("domain.rendition", "Monto")
        )
    if name == "total" and document is DocumentType.FEE_RECEIPT:
        return translate("domain.rendition", "Líquido a pagar")
    return EXPENSE_LABELS[name]


EXPENSE_MAX_LENGTHS = {
    "number": 40,
    "supplier_name": 200,
    "description": 300,
    "activity_name": 200,
}


@dataclass
class ExpenseData:
    """An expense and its supporting document, as entered."""

    spent_on: date | None = None
    """The document's date (its year sets a fee's retención)."""
    document_type: DocumentType | None = None
    number: str = ""
    supplier_rut: str = ""
    """As typed; stored as the RUT's compact form (``12345678-5``)."""
    supplier_name: str = ""
    net: int | None = None
    iva: int | None = 0
    retention: int | None = 0
    total: int | None = None
    budget_line_id: str | None = None
    funding: Funding = Funding.SENCE
    description: str = ""
    activity: Activity = Activity.GENERAL
    workshop_id: str | None = None
    """When ``activity`` is a workshop: which one."""
    activity_name: str = ""
    """When ``activity`` is a job fair: its name (fairs are recorded in a later issue)."""
    notes: str = ""

    def cleaned(self) -> ExpenseData:
        data = _clean_texts(self)
        data.activity = Activity(self.activity)
        data.funding = Funding(self.funding)
        if self.document_type is not None:
            data.document_type = DocumentType(self.document_type)
        data.budget_line_id = self.budget_line_id or None
        data.workshop_id = (
            (self.workshop_id or None) if self.activity is Activity.WORKSHOP else None
        )
        if self.activity is not Activity.FAIR:
            data.activity_name = ""
        return data

    @property
    def amounts(self) -> Amounts:
        return Amounts(self.net or 0, self.iva or 0, self.retention or 0, self.total or 0)

    def rut(self) -> Rut:
        """The supplier's RUT (raises InvalidRut with its Spanish message)."""
        return parse_supplier_rut(self.supplier_rut)

    def validate(self, agreement: AgreementTerms | None = None) -> dict[str, str]:
        """Field name → Spanish message for every problem; empty when valid.

        ``agreement``: the dates the expense must respect — not before the approving resolution
        (Res. 30 art. 13) and within the execution period. Rules that need the other records
        (a duplicate document, a closed month, an overspent line) are the service's.
        """
        errors: dict[str, str] = {}
        if self.spent_on is None:
            errors["spent_on"] = translate("domain.rendition", "Indique la fecha del documento.")
        elif agreement is not None:
            message = agreement.date_error(self.spent_on)
            if message:
                errors["spent_on"] = message
        if self.document_type is None:
            errors["document_type"] = translate("domain.rendition", "Elija el tipo de documento.")
        if not self.number.strip():
            errors["number"] = translate("domain.rendition", "Escriba el número del documento.")
        try:
            self.rut()
        except InvalidRut as exc:
            errors["supplier_rut"] = str(exc)
        if not self.supplier_name.strip():
            errors["supplier_name"] = translate(
                "domain.rendition", "Escriba el nombre o razón social del proveedor."
            )
        if not self.description.strip():
            errors["description"] = translate("domain.rendition", "Describa qué se compró o pagó.")
        if self.budget_line_id is None:
            errors["budget_line_id"] = translate(
                "domain.rendition", "Elija el ítem presupuestario."
            )
        if self.activity is Activity.WORKSHOP and not self.workshop_id:
            errors["workshop_id"] = translate(
                "domain.rendition", "Elija el taller al que corresponde el gasto."
            )
        if self.activity is Activity.FAIR and not self.activity_name.strip():
            errors["activity_name"] = translate(
                "domain.rendition", "Escriba el nombre de la feria laboral."
            )
        for name in ("net", "iva", "retention", "total"):
            label = amount_label(self.document_type, name).lower()
            message = _amount_error(getattr(self, name), f"el {label}")
            if message:
                errors[name] = message
        if self.document_type is not None and not {"net", "iva", "retention", "total"} & set(
            errors
        ):
            year = self.spent_on.year if self.spent_on else date.today().year
            errors.update(check_amounts(self.document_type, self.amounts, year))
        for name, limit in EXPENSE_MAX_LENGTHS.items():
            length = len(getattr(self, name).strip())
            if length > limit:
                errors[name] = too_long(EXPENSE_LABELS[name], limit, length)
        if len(self.notes.strip()) > LONG_TEXT_MAX:
            errors["notes"] = too_long(
                translate("domain.rendition", "Observaciones"),
                LONG_TEXT_MAX,
                len(self.notes.strip()),
            )
        return errors


def parse_supplier_rut(text: str) -> Rut:
    """A supplier's RUT as written; a wrong one is explained for a supplier, whose RUT is on the
    document itself (a factura, a boleta), not on a carnet."""
    try:
        return Rut.parse(text)
    except InvalidRut as exc:
        if exc.wrong_check_digit is None:
            raise
        raise InvalidRut(
            translate(
                "domain.rendition",
                "El RUT {wrong_check_digit} no es válido: revise el RUT del proveedor en el "
                "documento.",
            ).format(wrong_check_digit=exc.wrong_check_digit),
            exc.wrong_check_digit,
        ) from None


@dataclass(frozen=True)
class AgreementTerms:
    """The dates of an agreement every expense must respect."""

    resolution_number: str
    resolution_date: date
    starts_on: date
    ends_on: date

    def date_error(self, day: date) -> str | None:
        """The Spanish message when an expense of ``day`` cannot be charged to the agreement."""
        if day < self.resolution_date:
            return translate(
                "domain.rendition",
                "El gasto es anterior a la resolución que aprueba el convenio (N° "
                "{resolution_number}, del {resolution_date:%d-%m-%Y}): la Resolución N°30 de "
                "Contraloría (art. 13) no permite rendirlo.",
            ).format(resolution_number=self.resolution_number, resolution_date=self.resolution_date)
        if not self.starts_on <= day <= self.ends_on:
            return translate(
                "domain.rendition",
                "El gasto está fuera del período de ejecución del convenio ({starts_on:%d-%m-%Y} "
                "al {ends_on:%d-%m-%Y}).",
            ).format(starts_on=self.starts_on, ends_on=self.ends_on)
        return None


# -- supporting documents -------------------------------------------------------------------------

RECEIPT_TYPES = {"application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG"}


def receipt_media_type(head: bytes) -> str | None:
    """The media type of a supporting document from its first bytes: PDF, JPEG or PNG."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


def receipt_error(name: str, size: int, head: bytes) -> str | None:
    """The Spanish message when a file cannot be kept as a supporting document."""
    if size == 0:
        return translate("domain.rendition", "El archivo «{name}» está vacío.").format(name=name)
    if size > MAX_RECEIPT_BYTES:
        return translate(
            "domain.rendition", "El archivo «{name}» pesa {size_text}: el máximo es 20 MB."
        ).format(name=name, size_text=size_text(size))
    if receipt_media_type(head) is None:
        return translate(
            "domain.rendition", "El archivo «{name}» no es un PDF ni una imagen JPG o PNG."
        ).format(name=name)
    return None


# -- the monthly statement (what the rendición prints) --------------------------------------------


@dataclass(frozen=True)
class AgreementSummary:
    """The agreement's data printed at the top of a rendición."""

    year: int
    resolution_number: str
    resolution_date: date
    starts_on: date
    ends_on: date
    transfer_amount: int
    municipal_contribution: int
    received_to_date: int
    """Installments received up to the end of the month."""


@dataclass(frozen=True)
class IncomeRow:
    received_on: date
    voucher_number: str
    amount: int


@dataclass(frozen=True)
class ExpenseRow:
    """One expense as the rendición lists it (texts already as printed)."""

    spent_on: date
    document: str
    """``Factura N° 1234``."""
    supplier_rut: str
    """Formatted: ``76.123.456-7``."""
    supplier_name: str
    description: str
    budget_line: str
    funding: Funding
    amount: int
    """What it charges (net + IVA; a fee's gross)."""


@dataclass(frozen=True)
class LineTotals:
    """One budget line: its budget, the month's spending and what is executed to date."""

    name: str
    budget_sence: int
    budget_municipal: int
    month_sence: int
    month_municipal: int
    to_date_sence: int
    to_date_municipal: int

    @property
    def overspent(self) -> bool:
        return (
            self.to_date_sence > self.budget_sence or self.to_date_municipal > self.budget_municipal
        )


@dataclass(frozen=True)
class AnnexItem:
    """A scanned supporting document printed in the annex, one per page."""

    caption: str
    """``Factura N° 1234 — Librería El Sur — $45.000``."""
    path: Path
    media_type: str


@dataclass(frozen=True)
class MonthStatement:
    """Everything the monthly rendición prints, computed by the service."""

    month: Month
    agreement: AgreementSummary
    opening_balance: int
    """Saldo anterior: SENCE funds received before the month less SENCE spending before it."""
    incomes: tuple[IncomeRow, ...]
    expenses: tuple[ExpenseRow, ...]
    lines: tuple[LineTotals, ...]
    closed: bool
    annex: tuple[AnnexItem, ...] = ()

    @property
    def income_total(self) -> int:
        return sum(row.amount for row in self.incomes)

    @property
    def sence_spent(self) -> int:
        return sum(row.amount for row in self.expenses if row.funding is Funding.SENCE)

    @property
    def municipal_spent(self) -> int:
        return sum(row.amount for row in self.expenses if row.funding is Funding.MUNICIPAL)

    @property
    def closing_balance(self) -> int:
        """Saldo para el mes siguiente."""
        return self.opening_balance + self.income_total - self.sence_spent


# -- the cost of services -------------------------------------------------------------------------


def per_unit(amount: int, count: int) -> int | None:
    """``amount`` shared among ``count``, rounded half up to the peso; None when nobody."""
    if count <= 0:
        return None
    return (2 * amount + count) // (2 * count)


@dataclass(frozen=True)
class UnitCost:
    """The cost of one kind of service over a period, SENCE and municipal apart."""

    label: str
    """``Persona atendida``, ``Participante de taller``, ``Colocación``."""
    basis: str
    """Which expenses are counted, in a sentence."""
    count: int
    sence: int
    municipal: int

    @property
    def sence_each(self) -> int | None:
        return per_unit(self.sence, self.count)

    @property
    def municipal_each(self) -> int | None:
        return per_unit(self.municipal, self.count)

    @property
    def total_each(self) -> int | None:
        return per_unit(self.sence + self.municipal, self.count)


@dataclass(frozen=True)
class Valuation:
    """The valorización of a period."""

    starts_on: date
    ends_on: date
    costs: tuple[UnitCost, ...]
    sence_spent: int
    municipal_spent: int
