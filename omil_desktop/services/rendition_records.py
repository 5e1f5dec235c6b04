"""The values the rendición service hands out (services/rendition.py) and the small helpers its
modules share: how a document is named, a RUT shown, which months are closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from omil_desktop.domain.expenses import DocumentType
from omil_desktop.domain.rendition import (
    Activity,
    AgreementData,
    AgreementTerms,
    ExpenseData,
    Funding,
    Month,
    MonthAction,
)
from omil_desktop.domain.texts import translate
from omil_desktop.services.companies import rut_text
from omil_desktop.store.models import Expense, ExpenseReceipt, FomilAgreement, MonthClosure

# -- what the service hands out ------------------------------------------------------------------


@dataclass(frozen=True)
class AgreementRecord:
    id: str
    data: AgreementData
    terms: AgreementTerms
    received: int
    """The installments recorded so far."""
    label: str
    """``Convenio FOMIL 2026 (Res. N° 123)``."""


@dataclass(frozen=True)
class InstallmentRow:
    id: str
    received_on: date
    amount: int
    voucher_number: str
    locked: bool
    """Its month is closed."""


@dataclass(frozen=True)
class BudgetLineRow:
    id: str
    name: str
    position: int
    sence_amount: int
    municipal_amount: int
    spent_sence: int
    """Executed to date with SENCE funds (what the expenses charge: net + IVA)."""
    spent_municipal: int
    used: bool
    """Some expense is charged to it (it cannot be deleted)."""

    @property
    def overspent(self) -> bool:
        return self.spent_sence > self.sence_amount or self.spent_municipal > self.municipal_amount


@dataclass(frozen=True)
class ExpenseListRow:
    id: str
    spent_on: date
    document: str
    """``Factura N° 123``."""
    supplier_rut: str
    """Formatted: ``76.123.456-0``."""
    supplier_name: str
    description: str
    budget_line: str
    funding: Funding
    amount: int
    """What it charges: net + IVA."""
    receipts: int
    locked: bool


@dataclass(frozen=True)
class ReceiptRow:
    id: str
    expense_id: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    path: Path
    present: bool
    """False while sync has not brought the bytes yet."""


@dataclass(frozen=True)
class ExpenseRecord:
    id: str
    agreement_id: str
    data: ExpenseData
    """``supplier_rut`` formatted (``76.123.456-0``)."""
    receipts: list[ReceiptRow]
    locked: bool


@dataclass(frozen=True)
class SaveResult:
    id: str
    warnings: tuple[str, ...] = ()
    """Spanish, e.g. the budget line is overspent (saved anyway)."""


@dataclass(frozen=True)
class WorkshopChoice:
    id: str
    name: str
    starts_on: date


@dataclass(frozen=True)
class MonthRow:
    month: Month
    closed: bool
    expenses: int
    income: int
    sence_spent: int
    municipal_spent: int
    opening_balance: int
    closing_balance: int
    signed_closing: int | None
    """The closing balance stored when the month was last closed (None if never closed); it
    differs from ``closing_balance`` after an earlier month was reopened and changed."""


@dataclass(frozen=True)
class ClosureEvent:
    month: Month
    action: MonthAction
    at: datetime
    reason: str


# -- helpers -------------------------------------------------------------------------------------


def document_text(document_type: str, number: str) -> str:
    """``Factura N° 123``."""
    try:
        label = DocumentType(document_type).label
    except ValueError:
        label = document_type
    return f"{label} N° {number}"


def agreement_label(a: FomilAgreement) -> str:
    return translate(
        "services.rendition_records", "Convenio FOMIL {year} (Res. N° {resolution_number})"
    ).format(year=a.year, resolution_number=a.resolution_number)


def terms_of(a: FomilAgreement) -> AgreementTerms:
    return AgreementTerms(a.resolution_number, a.resolution_date, a.starts_on, a.ends_on)


def closed_months(session: Session, agreement_id: str) -> set[str]:
    """The months (``AAAA-MM``) of the agreement whose latest event is a close."""
    latest: dict[str, str] = {}
    stmt = (
        select(MonthClosure.month, MonthClosure.action)
        .where(MonthClosure.agreement_id == agreement_id, MonthClosure.deleted_at.is_(None))
        .order_by(MonthClosure.at, MonthClosure.id)
    )
    for month, action in session.execute(stmt):
        latest[month] = action
    return {m for m, action in latest.items() if action == MonthAction.CLOSE.value}


def closed_message(month: Month, what: str) -> str:
    """«El mes de marzo de 2026 está cerrado: reábralo (con el motivo) para ``what``.»"""
    return translate(
        "services.rendition_records",
        "El mes de {label} está cerrado: reábralo (con el motivo) para {what}.",
    ).format(label=month.label, what=what)


def number_key(number: str) -> str:
    """A document number as compared for duplicates: spaces and case aside."""
    return " ".join(number.split()).casefold()


def live(model: type[Expense] | type[ExpenseReceipt]) -> ColumnElement[bool]:
    """Not deleted (no tombstone)."""
    return model.deleted_at.is_(None)


def agreement_data_of(a: FomilAgreement) -> AgreementData:
    return AgreementData(
        year=a.year,
        resolution_number=a.resolution_number,
        resolution_date=a.resolution_date,
        starts_on=a.starts_on,
        ends_on=a.ends_on,
        transfer_amount=a.transfer_amount,
        municipal_contribution=a.municipal_contribution,
        notes=a.notes or "",
    )


def expense_data_of(e: Expense) -> ExpenseData:
    return ExpenseData(
        spent_on=e.spent_on,
        document_type=DocumentType(e.document_type),
        number=e.number,
        supplier_rut=rut_text(e.supplier_rut),
        supplier_name=e.supplier_name,
        net=e.net,
        iva=e.iva,
        retention=e.retention,
        total=e.total,
        budget_line_id=e.budget_line_id,
        funding=Funding(e.funding),
        description=e.description,
        activity=Activity(e.activity),
        workshop_id=e.workshop_id,
        activity_name=e.activity_name or "",
        notes=e.notes or "",
    )


def assign(record: object, values: dict[str, object]) -> None:
    """Write only what changed (so only that travels in sync)."""
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)


def expense_values(data: ExpenseData) -> dict[str, object]:
    """A checked expense as the record's columns (the supplier's RUT compact)."""
    assert data.document_type is not None
    return {
        "spent_on": data.spent_on,
        "document_type": data.document_type.value,
        "number": data.number,
        "supplier_rut": data.rut().compact,
        "supplier_name": data.supplier_name,
        "net": data.net,
        "iva": data.iva or 0,
        "retention": data.retention or 0,
        "total": data.total,
        "budget_line_id": data.budget_line_id,
        "funding": data.funding.value,
        "description": data.description,
        "activity": data.activity.value,
        "workshop_id": data.workshop_id,
        "activity_name": data.activity_name,
        "notes": data.notes,
    }
