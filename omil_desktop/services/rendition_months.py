"""The months of a rendición (services/rendition.py uses these inside its transactions): their
totals and saldo, the statement the monthly report prints, the record of closes and reopens, the
cost of services over a period and the rows of the month's Excel export.

The saldo is of the SENCE funds and is computed, never carried: the opening balance of a month is
every installment received before its first day less every SENCE expense dated before it, so
``opening(M + 1) == closing(M)`` always holds, also after an earlier month is reopened and
changed.
"""

from __future__ import annotations

import os
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, distinct, func, select
from sqlalchemy.orm import Session

from omil_desktop.domain.expenses import DocumentType
from omil_desktop.domain.money import format_clp
from omil_desktop.domain.rendition import (
    EXPENSE_LABELS,
    Activity,
    AgreementSummary,
    AnnexItem,
    ExpenseRow,
    Funding,
    IncomeRow,
    LineTotals,
    Month,
    MonthAction,
    MonthStatement,
    UnitCost,
    Valuation,
    months_between,
)
from omil_desktop.domain.text import os_reason
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate
from omil_desktop.domain.workshops import EnrollmentStatus, WorkshopStatus
from omil_desktop.services.companies import rut_text
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.rendition_receipts import ReceiptFiles, live_receipts, receipt_counts
from omil_desktop.services.rendition_records import (
    ClosureEvent,
    MonthRow,
    closed_months,
    document_text,
    live,
)
from omil_desktop.services.rendition_rules import (
    installment_month,
    line_spending,
    live_installments,
    live_lines,
)
from omil_desktop.services.spreadsheets import write_xlsx
from omil_desktop.store.clock import utcnow
from omil_desktop.store.models import (
    AgreementInstallment,
    Attention,
    BudgetLine,
    ChangeLog,
    Expense,
    ExpenseReceipt,
    FomilAgreement,
    MonthClosure,
    Placement,
    Workshop,
    WorkshopEnrollment,
)

EVENT_STEP = timedelta(microseconds=1)
"""How much later than a month's latest event its next one is, at the least."""


@dataclass(frozen=True)
class MonthTotals:
    opening_balance: int
    income: int
    sence_spent: int
    municipal_spent: int
    expenses: int

    @property
    def closing_balance(self) -> int:
        return self.opening_balance + self.income - self.sence_spent


def period_months(a: FomilAgreement, today: date) -> list[Month]:
    """The months of the execution period up to ``today``'s month."""
    if today < a.starts_on.replace(day=1):
        return []
    return months_between(a.starts_on, min(a.ends_on, today))


def in_period(a: FomilAgreement, month: Month) -> bool:
    return Month.of(a.starts_on) <= month <= Month.of(a.ends_on)


def outside_message(a: FomilAgreement, month: Month) -> str:
    return translate(
        "services.rendition_months",
        "El mes de {label} está fuera del período de ejecución del convenio ({starts_on:%d-%m-%Y} "
        "al {ends_on:%d-%m-%Y}).",
    ).format(label=month.label, starts_on=a.starts_on, ends_on=a.ends_on)


def close_refusal(session: Session, a: FomilAgreement, month: Month, today: date) -> str | None:
    """Why ``month`` cannot be closed on ``today`` (Spanish), or None: a month closes once it
    is over, after every earlier month of the period, once, and not while it holds an expense
    or installment the regional server refused (``refused_change``)."""
    if not in_period(a, month):
        return outside_message(a, month)
    if month.last_day >= today:
        return translate(
            "services.rendition_months",
            "El mes de {label} aún no termina: se puede cerrar desde el {first_day:%d-%m-%Y}.",
        ).format(label=month.label, first_day=month.following().first_day)
    closed = closed_months(session, a.id)
    if str(month) in closed:
        return translate("services.rendition_months", "El mes de {label} ya está cerrado.").format(
            label=month.label
        )
    for earlier in period_months(a, month.first_day):
        if earlier < month and str(earlier) not in closed:
            return translate(
                "services.rendition_months",
                "Cierre primero el mes de {label}: los meses se cierran en orden.",
            ).format(label=earlier.label)
    return refused_change(session, a, month)


def _refused(table: str) -> Select[str]:
    """The ids of ``table``'s rows with a local change the regional server refused (kept in
    the change log, never sent again)."""
    return select(ChangeLog.row_id).where(
        ChangeLog.table_name == table, ChangeLog.refused_reason.is_not(None)
    )


def _reason(session: Session, row_id: str) -> str:
    reason = session.scalar(
        select(ChangeLog.refused_reason)
        .where(ChangeLog.row_id == row_id, ChangeLog.refused_reason.is_not(None))
        .order_by(ChangeLog.seq.desc())
        .limit(1)
    )
    return (reason or "").strip().rstrip(".")


def refused_change(session: Session, a: FomilAgreement, month: Month) -> str | None:
    """Why ``month`` cannot be closed while one of its expenses or installments is a change the
    regional server refused (e.g. a document another PC already charged): counted here but not
    in the region, it would be signed twice or not at all. Spanish, naming the document."""
    e = session.scalars(
        select(Expense)
        .where(
            Expense.agreement_id == a.id,
            live(Expense),
            Expense.spent_on >= month.first_day,
            Expense.spent_on <= month.last_day,
            Expense.id.in_(_refused(Expense.__tablename__)),
        )
        .order_by(Expense.spent_on, Expense.id)
        .limit(1)
    ).first()
    if e is not None:
        return translate(
            "services.rendition_months",
            "El servidor regional rechazó el gasto {document_text} de {supplier_name} "
            "({spent_on:%d-%m-%Y}): {reason}. Elimínelo (y regístrelo de nuevo si corresponde) "
            "antes de cerrar el mes de {label}.",
        ).format(
            document_text=document_text(e.document_type, e.number),
            supplier_name=e.supplier_name,
            spent_on=e.spent_on,
            reason=_reason(session, e.id),
            label=month.label,
        )
    for i in session.scalars(
        select(AgreementInstallment)
        .where(
            AgreementInstallment.agreement_id == a.id,
            AgreementInstallment.deleted_at.is_(None),
            AgreementInstallment.id.in_(_refused(AgreementInstallment.__tablename__)),
        )
        .order_by(AgreementInstallment.received_on, AgreementInstallment.id)
    ):
        if installment_month(a, i.received_on) == month:
            return translate(
                "services.rendition_months",
                "El servidor regional rechazó el ingreso del {received_on:%d-%m-%Y} (comprobante "
                "{voucher_number}, {clp}): {reason}. Elimínelo (y regístrelo de nuevo si "
                "corresponde) antes de cerrar el mes de {label}.",
            ).format(
                received_on=i.received_on,
                voucher_number=i.voucher_number,
                clp=format_clp(i.amount),
                reason=_reason(session, i.id),
                label=month.label,
            )
    return None


class Ledger:
    """What an agreement received and spent, month by month (read at once: a year has a few
    thousand expenses at most)."""

    def __init__(self, session: Session, agreement_id: str) -> None:
        self.income: dict[str, int] = defaultdict(int)
        self.sence: dict[str, int] = defaultdict(int)
        self.municipal: dict[str, int] = defaultdict(int)
        self.count: dict[str, int] = defaultdict(int)
        for i in live_installments(session, agreement_id):
            self.income[str(Month.of(i.received_on))] += i.amount
        month = func.substr(Expense.spent_on, 1, 7)
        stmt = (
            select(month, Expense.funding, func.sum(Expense.charged), func.count())
            .where(Expense.agreement_id == agreement_id, live(Expense))
            .group_by(month, Expense.funding)
        )
        for key, funding, amount, n in session.execute(stmt).all():
            target = self.sence if funding == Funding.SENCE.value else self.municipal
            target[key] += int(amount or 0)
            self.count[key] += int(n)

    def totals(self, month: Month) -> MonthTotals:
        key = str(month)
        before_income = sum(v for k, v in self.income.items() if k < key)
        before_spent = sum(v for k, v in self.sence.items() if k < key)
        return MonthTotals(
            opening_balance=before_income - before_spent,
            income=self.income.get(key, 0),
            sence_spent=self.sence.get(key, 0),
            municipal_spent=self.municipal.get(key, 0),
            expenses=self.count.get(key, 0),
        )


def saldo_warnings(session: Session, e: Expense) -> tuple[str, ...]:
    """The Spanish warning when, with the SENCE-funded expense ``e``, the agreement's SENCE
    spending exceeds all that SENCE transfers under it (the expense is saved all the same)."""
    if e.funding != Funding.SENCE.value:
        return ()
    agreement = session.get(FomilAgreement, e.agreement_id)
    if agreement is None:
        return ()
    spent = sum(Ledger(session, e.agreement_id).sence.values())
    if spent <= agreement.transfer_amount:
        return ()
    return (
        translate(
            "services.rendition_months",
            "Con este gasto, lo gastado con fondos SENCE ({clp}) supera todo lo que SENCE "
            "transfiere por el convenio ({clp2}) en {clp3}: el saldo SENCE quedará negativo. El "
            "gasto se guardó igual; revise su monto o su financiamiento.",
        ).format(
            clp=format_clp(spent),
            clp2=format_clp(agreement.transfer_amount),
            clp3=format_clp(spent - agreement.transfer_amount),
        ),
    )


def event_time(session: Session, agreement_id: str, month: Month) -> datetime:
    """When a close or reopen of ``month`` happens: now, and always strictly after the month's
    latest event (one microsecond after it when this PC's clock is behind the PC that made it),
    so the new event is the latest whatever the clocks and ids of the PCs say."""
    latest = session.scalar(
        select(func.max(MonthClosure.at)).where(
            MonthClosure.agreement_id == agreement_id,
            MonthClosure.month == str(month),
            MonthClosure.deleted_at.is_(None),
        )
    )
    now = utcnow()
    return max(now, latest + EVENT_STEP) if latest is not None else now


def closures(session: Session, agreement_id: str) -> list[MonthClosure]:
    """Every close and reopen of the agreement, oldest first."""
    return list(
        session.scalars(
            select(MonthClosure)
            .where(MonthClosure.agreement_id == agreement_id, MonthClosure.deleted_at.is_(None))
            .order_by(MonthClosure.at, MonthClosure.id)
        )
    )


def month_rows(session: Session, a: FomilAgreement, today: date) -> list[MonthRow]:
    ledger = Ledger(session, a.id)
    latest: dict[str, MonthClosure] = {}
    signed: dict[str, int] = {}
    for c in closures(session, a.id):
        latest[c.month] = c
        if c.action == MonthAction.CLOSE.value:
            signed[c.month] = c.closing_balance
    rows = []
    for month in period_months(a, today):
        totals = ledger.totals(month)
        last = latest.get(str(month))
        rows.append(
            MonthRow(
                month=month,
                closed=last is not None and last.action == MonthAction.CLOSE.value,
                expenses=totals.expenses,
                income=totals.income,
                sence_spent=totals.sence_spent,
                municipal_spent=totals.municipal_spent,
                opening_balance=totals.opening_balance,
                closing_balance=totals.closing_balance,
                signed_closing=signed.get(str(month)),
            )
        )
    return rows


def history(session: Session, agreement_id: str) -> list[ClosureEvent]:
    """Closes and reopens, newest first."""
    return [
        ClosureEvent(Month.parse(c.month), MonthAction(c.action), c.at, c.reason or "")
        for c in reversed(closures(session, agreement_id))
    ]


# -- the statement -------------------------------------------------------------------------------


DIGITS = re.compile(r"[0-9]+")
"""A document number made of ASCII digits only (``str.isdigit`` also takes «²», which
``int`` then refuses)."""


def _natural(number: str) -> tuple[int, int, str]:
    """Numbers in numeric order, before any other text in alphabetical order."""
    text = number.strip()
    return (0, int(text), "") if DIGITS.fullmatch(text) else (1, 0, text.casefold())


def missing_receipts(session: Session, files: ReceiptFiles, agreement_id: str, month: Month) -> int:
    """How many receipts of the month's expenses have their bytes not in this data folder."""
    found = month_expenses(session, agreement_id, month)
    return sum(not files.row(r).present for r in live_receipts(session, [e.id for e, _ in found]))


def month_expenses(session: Session, agreement_id: str, month: Month) -> list[tuple[Expense, str]]:
    """The month's expenses with their budget line's name, in (date, document) order."""
    stmt = (
        select(Expense, BudgetLine.name)
        .join(BudgetLine, BudgetLine.id == Expense.budget_line_id, isouter=True)
        .where(
            Expense.agreement_id == agreement_id,
            live(Expense),
            Expense.spent_on >= month.first_day,
            Expense.spent_on <= month.last_day,
        )
    )
    found = [(e, name or "") for e, name in session.execute(stmt).all()]
    found.sort(
        key=lambda pair: (
            pair[0].spent_on,
            DocumentType(pair[0].document_type).label,
            _natural(pair[0].number),
            pair[0].id,
        )
    )
    return found


def statement(
    session: Session,
    a: FomilAgreement,
    month: Month,
    *,
    closed: bool,
    files: ReceiptFiles | None,
) -> MonthStatement:
    """What the month's rendición prints; ``files``: add the annex of the month's receipts."""
    totals = Ledger(session, a.id).totals(month)
    received = session.scalar(
        select(func.coalesce(func.sum(AgreementInstallment.amount), 0)).where(
            AgreementInstallment.agreement_id == a.id,
            AgreementInstallment.deleted_at.is_(None),
            AgreementInstallment.received_on <= month.last_day,
        )
    )
    incomes = tuple(
        IncomeRow(i.received_on, i.voucher_number, i.amount)
        for i in live_installments(session, a.id)
        if i.received_on in month
    )
    found = month_expenses(session, a.id, month)
    rows = tuple(
        ExpenseRow(
            spent_on=e.spent_on,
            document=document_text(e.document_type, e.number),
            supplier_rut=rut_text(e.supplier_rut),
            supplier_name=e.supplier_name,
            description=e.description,
            budget_line=line,
            funding=Funding(e.funding),
            amount=e.charged,
        )
        for e, line in found
    )
    in_month: dict[str, tuple[int, int]] = {}
    for e, _ in found:
        sence, municipal = in_month.get(e.budget_line_id, (0, 0))
        if e.funding == Funding.SENCE.value:
            sence += e.charged
        else:
            municipal += e.charged
        in_month[e.budget_line_id] = (sence, municipal)
    to_date = line_spending(session, a.id, until=month.last_day)
    lines = []
    for line in live_lines(session, a.id):
        month_sence, month_municipal = in_month.get(line.id, (0, 0))
        to_date_sence, to_date_municipal, _ = to_date.get(line.id, (0, 0, 0))
        lines.append(
            LineTotals(
                name=line.name,
                budget_sence=line.sence_amount,
                budget_municipal=line.municipal_amount,
                month_sence=month_sence,
                month_municipal=month_municipal,
                to_date_sence=to_date_sence,
                to_date_municipal=to_date_municipal,
            )
        )
    return MonthStatement(
        month=month,
        agreement=AgreementSummary(
            year=a.year,
            resolution_number=a.resolution_number,
            resolution_date=a.resolution_date,
            starts_on=a.starts_on,
            ends_on=a.ends_on,
            transfer_amount=a.transfer_amount,
            municipal_contribution=a.municipal_contribution,
            received_to_date=int(received or 0),
        ),
        opening_balance=totals.opening_balance,
        incomes=incomes,
        expenses=rows,
        lines=tuple(lines),
        closed=closed,
        annex=_annex(session, found, files) if files is not None else (),
    )


def _annex(
    session: Session, found: list[tuple[Expense, str]], files: ReceiptFiles
) -> tuple[AnnexItem, ...]:
    """One item per receipt of the month's expenses, in the expenses' order. A receipt whose
    bytes are not in this data folder yet (sync has not brought them) is an item all the same:
    its path does not exist, and the report prints a page saying it could not be read, so no
    document leaves the annex silently."""
    by_expense: dict[str, list[ExpenseReceipt]] = defaultdict(list)
    for r in live_receipts(session, [e.id for e, _ in found]):
        by_expense[r.expense_id].append(r)
    items = []
    for e, _ in found:
        caption = (
            f"{document_text(e.document_type, e.number)} — {e.supplier_name} — "
            f"{format_clp(e.charged)}"
        )
        for r in by_expense.get(e.id, []):
            items.append(AnnexItem(caption, files.row(r).path, r.media_type))
    return tuple(items)


# -- the cost of services ------------------------------------------------------------------------


def valuation(session: Session, office_code: str, starts_on: date, ends_on: date) -> Valuation:
    """Cost per person served, per workshop participant and per placement over a period, SENCE
    and municipal apart, from the expenses of every agreement of the office dated in it."""
    in_period = (
        Expense.office_code == office_code,
        live(Expense),
        Expense.spent_on >= starts_on,
        Expense.spent_on <= ends_on,
    )

    def spent(*where: ColumnElement[bool]) -> tuple[int, int]:
        amount = Expense.charged
        row = session.execute(
            select(
                func.coalesce(func.sum(amount).filter(Expense.funding == Funding.SENCE.value), 0),
                func.coalesce(
                    func.sum(amount).filter(Expense.funding == Funding.MUNICIPAL.value), 0
                ),
            ).where(*in_period, *where)
        ).one()
        return int(row[0]), int(row[1])

    served = session.scalar(
        select(func.count(distinct(Attention.person_id))).where(
            Attention.office_code == office_code,
            Attention.deleted_at.is_(None),
            Attention.date >= starts_on,
            Attention.date <= ends_on,
        )
    )
    participants = session.scalar(
        select(func.count(distinct(WorkshopEnrollment.person_id)))
        .select_from(WorkshopEnrollment)
        .join(Workshop, Workshop.id == WorkshopEnrollment.workshop_id)
        .where(
            Workshop.office_code == office_code,
            Workshop.deleted_at.is_(None),
            Workshop.status != WorkshopStatus.CANCELLED.value,
            Workshop.starts_on >= starts_on,
            Workshop.starts_on <= ends_on,
            WorkshopEnrollment.deleted_at.is_(None),
            WorkshopEnrollment.status == EnrollmentStatus.ENROLLED.value,
        )
    )
    placements = session.scalar(
        select(func.count())
        .select_from(Placement)
        .where(
            Placement.office_code == office_code,
            Placement.deleted_at.is_(None),
            Placement.start_on >= starts_on,
            Placement.start_on <= ends_on,
        )
    )
    every = spent()
    workshops = spent(Expense.activity == Activity.WORKSHOP.value)
    operation = spent(Expense.activity.in_([Activity.GENERAL.value, Activity.FAIR.value]))
    costs = (
        UnitCost(
            label=translate("services.rendition_months", "Persona atendida"),
            basis=translate(
                "services.rendition_months",
                "Todos los gastos del período, divididos por las personas distintas con al "
                "menos "
                "una atención en el período.",
            ),
            count=int(served or 0),
            sence=every[0],
            municipal=every[1],
        ),
        UnitCost(
            label=translate("services.rendition_months", "Participante de taller"),
            basis=translate(
                "services.rendition_months",
                "Los gastos asociados a talleres, divididos por las personas inscritas (sin "
                "retiradas ni en lista de espera) en talleres que comienzan en el período.",
            ),
            count=int(participants or 0),
            sence=workshops[0],
            municipal=workshops[1],
        ),
        UnitCost(
            label=translate("services.rendition_months", "Colocación"),
            basis=translate(
                "services.rendition_months",
                "Los gastos de operación general y de ferias laborales, divididos por las "
                "colocaciones con contrato iniciado en el período.",
            ),
            count=int(placements or 0),
            sence=operation[0],
            municipal=operation[1],
        ),
    )
    return Valuation(starts_on, ends_on, costs, every[0], every[1])


# -- the Excel export ----------------------------------------------------------------------------

EXPORT_HEADER = [
    *(
        EXPENSE_LABELS[name]
        for name in (
            "spent_on",
            "document_type",
            "number",
            "supplier_rut",
            "supplier_name",
            "description",
            "budget_line_id",
            "funding",
            "activity",
            "net",
            "iva",
            "retention",
            "total",
        )
    ),
    "Monto rendido",
    "Comprobantes",
]
"""The export's columns: each expense field by its one Spanish name (domain.rendition), then what
the expense charges (net + IVA) and how many receipts it has."""
EXPORT_FORMATS = Labels(
    "services.rendition_months",
    {
        0: QT_TRANSLATE_NOOP("services.rendition_months", "DD-MM-YYYY"),
        **{i: "#,##0" for i in range(9, 15)},
    },
)
"""Column index → Excel number format: dates as dd-mm-aaaa, pesos with thousands."""


def export_rows(session: Session, agreement_id: str, month: Month) -> list[list[Any]]:
    """The month's expenses as typed cells (dates as dates, pesos as integers)."""
    found = month_expenses(session, agreement_id, month)
    counts = receipt_counts(session, [e.id for e, _ in found])
    workshops: dict[str, str] = {}
    workshop_ids = {e.workshop_id for e, _ in found if e.workshop_id}
    if workshop_ids:
        stmt_w = select(Workshop.id, Workshop.name).where(Workshop.id.in_(workshop_ids))
        workshops = {wid: name for wid, name in session.execute(stmt_w).all()}
    rows = []
    for e, line in found:
        activity = Activity(e.activity)
        what = activity.label
        if activity is Activity.WORKSHOP and e.workshop_id:
            what += f": {workshops.get(e.workshop_id, '')}".rstrip(": ")
        elif activity is Activity.FAIR and e.activity_name:
            what += f": {e.activity_name}"
        rows.append(
            [
                e.spent_on,
                DocumentType(e.document_type).label,
                e.number,
                rut_text(e.supplier_rut),
                e.supplier_name,
                e.description,
                line,
                Funding(e.funding).label,
                what,
                e.net,
                e.iva,
                e.retention,
                e.total,
                e.charged,
                counts.get(e.id, 0),
            ]
        )
    return rows


def write_export(target: Path, month: Month, rows: list[list[Any]]) -> None:
    """Write the export whole or not at all: into a temporary file beside ``target``, then
    renamed over it, so a failed write leaves an older ``target`` as it was."""
    folder = target.parent if str(target.parent) else Path(".")
    if target.suffix.lower() != ".xlsx":
        raise ServiceError(
            translate("services.rendition_months", "La exportación se guarda como planilla .xlsx.")
        )
    if not folder.is_dir():
        raise ServiceError(
            translate(
                "services.rendition_months",
                "No existe la carpeta «{folder}»: elija otra para guardar.",
            ).format(folder=folder)
        )
    temporary = folder / f".{target.stem}.{uuid.uuid4().hex[:12]}.tmp.xlsx"
    try:
        write_xlsx(
            temporary,
            translate("services.rendition_months", "Gastos {month}").format(month=month),
            EXPORT_HEADER,
            rows,
            error=ServiceError,
            formats=EXPORT_FORMATS,
        )
        os.replace(temporary, target)
    except PermissionError:
        raise ServiceError(
            translate(
                "services.rendition_months",
                "No se pudo guardar «{name}»: si la planilla está abierta en otro programa, "
                "ciérrela y vuelva a intentarlo.",
            ).format(name=target.name)
        ) from None
    except OSError as exc:
        raise ServiceError(
            translate(
                "services.rendition_months", "No se pudo guardar «{name}» ({os_reason})."
            ).format(name=target.name, os_reason=os_reason(exc))
        ) from None
    finally:
        temporary.unlink(missing_ok=True)
