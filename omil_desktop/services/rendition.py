"""Rendición de gastos FOMIL (issue 10): the agreement of each year, the SENCE installments, the
plan de gastos, the expenses with their scanned supporting documents, the months (closed, reopened,
their statement and saldo), the cost of services and the month's Excel export.

Rules the service keeps (every write is one transaction: nothing is saved half-way):

- One agreement per office and year; a new one starts with the seven default budget lines at $0.
  Its dates cannot change so that a recorded expense falls before the resolution or outside the
  period, nor its amount fall below what was received (services/rendition_rules.py).
- An installment is never dated before the resolution nor in the future (money may arrive before
  the period starts); the installments never add up to more than the agreement's amount.
- An expense keeps the domain's rules (dates, RUT, amounts), is not a document already charged
  (same supplier, document type and number, in any agreement of the office), is not in a closed
  month nor in the future. An overspent budget line is a warning: the expense is saved anyway.
- A month is closed when its latest MonthClosure (by ``at``, then id) is a *cierre*: its
  expenses, installments and receipts are locked until it is reopened, with a reason. Months
  close in order, once they are over.
- The saldo is computed, never carried (services/rendition_months.py), so the chain of months is
  consistent by construction; a close keeps the totals signed (``MonthRow.signed_closing``).
- Receipts are content-addressed files in the data folder (store/blobs.py): a removed receipt's
  record goes (a tombstone), its bytes stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from omil_desktop.domain.rendition import (
    DEFAULT_BUDGET_LINES,
    AgreementData,
    BudgetLineData,
    ExpenseData,
    Funding,
    InstallmentData,
    Month,
    MonthAction,
    MonthStatement,
    Valuation,
)
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import translate
from omil_desktop.services.companies import rut_text
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from omil_desktop.services.rendition_months import (
    Ledger,
    close_refusal,
    event_time,
    export_rows,
    history,
    in_period,
    missing_receipts,
    month_rows,
    outside_message,
    saldo_warnings,
    statement,
    valuation,
    write_export,
)
from omil_desktop.services.rendition_receipts import (
    ReceiptFiles,
    StoredFile,
    live_receipts,
    receipt_counts,
    receipt_record,
)
from omil_desktop.services.rendition_records import (
    AgreementRecord,
    BudgetLineRow,
    ClosureEvent,
    ExpenseListRow,
    ExpenseRecord,
    InstallmentRow,
    MonthRow,
    ReceiptRow,
    SaveResult,
    WorkshopChoice,
    agreement_data_of,
    agreement_label,
    assign,
    closed_months,
    document_text,
    expense_data_of,
    expense_values,
    live,
    terms_of,
)
from omil_desktop.services.rendition_rules import (
    check_agreement,
    check_installment,
    check_line,
    expense_errors,
    installment_month,
    line_spending,
    live_installments,
    live_lines,
    overspent_warnings,
    refuse_closed,
)
from omil_desktop.store.clock import today, utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.models import (
    AgreementInstallment,
    BudgetLine,
    Expense,
    ExpenseReceipt,
    FomilAgreement,
    MonthClosure,
    Workshop,
)

REASON_MAX = 500
"""Longest reason for reopening a month."""

__all__ = [
    "AgreementRecord",
    "BudgetLineRow",
    "ClosureEvent",
    "ExpenseListRow",
    "ExpenseRecord",
    "InstallmentRow",
    "MonthRow",
    "ReceiptRow",
    "RenditionService",
    "SaveResult",
    "WorkshopChoice",
]


class RenditionService:
    def __init__(self, db: Database, territory: Territory, office_code: str) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code
        self._files = ReceiptFiles(db.data_dir)

    # -- agreement -----------------------------------------------------------------------------

    def agreements(self) -> list[AgreementRecord]:
        """The office's agreements, newest year first."""
        with self._db.transaction() as session:
            stmt = (
                select(FomilAgreement)
                .where(*self._own_agreements())
                .order_by(FomilAgreement.year.desc(), FomilAgreement.id.desc())
            )
            return [self._agreement_record(session, a) for a in session.scalars(stmt)]

    def current_agreement(self) -> AgreementRecord | None:
        """This year's agreement (by the PC's calendar), else the newest one; None when none."""
        found = self.agreements()
        year = today().year
        for record in found:
            if record.data.year == year:
                return record
        return found[0] if found else None

    def agreement_of_month(self, month: Month) -> AgreementRecord | None:
        """The agreement whose execution period holds ``month`` (newest year first), if any."""
        for record in self.agreements():
            terms = record.terms
            if Month.of(terms.starts_on) <= month <= Month.of(terms.ends_on):
                return record
        return None

    def get_agreement(self, agreement_id: str) -> AgreementRecord:
        with self._db.transaction() as session:
            return self._agreement_record(session, self._agreement(session, agreement_id))

    def check_agreement(
        self, data: AgreementData, agreement_id: str | None = None
    ) -> AgreementData:
        """The cleaned agreement, or ValidationFailed with every problem beside its field."""
        with self._db.transaction() as session:
            return check_agreement(session, self._office_code, data, agreement_id)

    def create_agreement(self, data: AgreementData) -> str:
        """Record the agreement of a year, with the default budget lines at $0."""
        with self._db.transaction() as session:
            data = check_agreement(session, self._office_code, data, None)
            a = FomilAgreement(office_code=self._office_code)
            assign(a, self._agreement_values(data))
            session.add(a)
            session.flush()
            for position, name in enumerate(DEFAULT_BUDGET_LINES, start=1):
                session.add(
                    BudgetLine(
                        office_code=self._office_code,
                        agreement_id=a.id,
                        name=name,
                        position=position,
                        sence_amount=0,
                        municipal_amount=0,
                    )
                )
            return a.id

    def update_agreement(self, agreement_id: str, data: AgreementData) -> None:
        with self._db.transaction() as session:
            a = self._agreement(session, agreement_id)
            data = check_agreement(session, self._office_code, data, agreement_id)
            assign(a, self._agreement_values(data))

    # -- installments --------------------------------------------------------------------------

    def installments(self, agreement_id: str) -> list[InstallmentRow]:
        """The agreement's installments in date order."""
        with self._db.transaction() as session:
            a = self._agreement(session, agreement_id)
            closed = closed_months(session, agreement_id)
            return [
                InstallmentRow(
                    id=i.id,
                    received_on=i.received_on,
                    amount=i.amount,
                    voucher_number=i.voucher_number,
                    locked=str(installment_month(a, i.received_on)) in closed,
                )
                for i in live_installments(session, agreement_id)
            ]

    def check_installment(
        self, agreement_id: str, data: InstallmentData, installment_id: str | None = None
    ) -> InstallmentData:
        with self._db.transaction() as session:
            a = self._agreement(session, agreement_id)
            return check_installment(session, a, data, installment_id)

    def add_installment(self, agreement_id: str, data: InstallmentData) -> str:
        with self._db.transaction() as session:
            a = self._agreement(session, agreement_id)
            data = check_installment(session, a, data, None)
            i = AgreementInstallment(
                office_code=self._office_code,
                agreement_id=a.id,
                received_on=data.received_on,
                amount=data.amount,
                voucher_number=data.voucher_number,
            )
            session.add(i)
            session.flush()
            return i.id

    def update_installment(self, installment_id: str, data: InstallmentData) -> None:
        with self._db.transaction() as session:
            i = self._installment(session, installment_id)
            a = self._agreement(session, i.agreement_id)
            refuse_closed(
                session,
                a.id,
                installment_month(a, i.received_on),
                translate("services.rendition", "modificar sus ingresos"),
            )
            data = check_installment(session, a, data, installment_id)
            assign(
                i,
                {
                    "received_on": data.received_on,
                    "amount": data.amount,
                    "voucher_number": data.voucher_number,
                },
            )

    def delete_installment(self, installment_id: str) -> None:
        with self._db.transaction() as session:
            i = self._installment(session, installment_id)
            a = self._agreement(session, i.agreement_id)
            refuse_closed(
                session,
                a.id,
                installment_month(a, i.received_on),
                translate("services.rendition", "eliminar sus ingresos"),
            )
            i.deleted_at = utcnow()

    # -- budget --------------------------------------------------------------------------------

    def budget(self, agreement_id: str) -> list[BudgetLineRow]:
        """The plan de gastos in position order, with what each line has executed."""
        with self._db.transaction() as session:
            self._agreement(session, agreement_id)
            spent = line_spending(session, agreement_id)
            rows = []
            for line in live_lines(session, agreement_id):
                sence, municipal, used = spent.get(line.id, (0, 0, 0))
                rows.append(
                    BudgetLineRow(
                        id=line.id,
                        name=line.name,
                        position=line.position,
                        sence_amount=line.sence_amount,
                        municipal_amount=line.municipal_amount,
                        spent_sence=sence,
                        spent_municipal=municipal,
                        used=used > 0,
                    )
                )
            return rows

    def check_budget_line(
        self, agreement_id: str, data: BudgetLineData, line_id: str | None = None
    ) -> BudgetLineData:
        with self._db.transaction() as session:
            self._agreement(session, agreement_id)
            return check_line(session, agreement_id, data, line_id)

    def add_budget_line(self, agreement_id: str, data: BudgetLineData) -> str:
        """Add a line after the last one."""
        with self._db.transaction() as session:
            self._agreement(session, agreement_id)
            data = check_line(session, agreement_id, data, None)
            last = session.scalar(
                select(func.max(BudgetLine.position)).where(
                    BudgetLine.agreement_id == agreement_id, BudgetLine.deleted_at.is_(None)
                )
            )
            line = BudgetLine(
                office_code=self._office_code,
                agreement_id=agreement_id,
                name=data.name,
                position=(last or 0) + 1,
                sence_amount=data.sence_amount or 0,
                municipal_amount=data.municipal_amount or 0,
            )
            session.add(line)
            session.flush()
            return line.id

    def update_budget_line(self, line_id: str, data: BudgetLineData) -> None:
        with self._db.transaction() as session:
            line = self._line(session, line_id)
            data = check_line(session, line.agreement_id, data, line_id)
            assign(
                line,
                {
                    "name": data.name,
                    "sence_amount": data.sence_amount or 0,
                    "municipal_amount": data.municipal_amount or 0,
                },
            )

    def delete_budget_line(self, line_id: str) -> None:
        """Delete a line no expense uses (ServiceError while one does)."""
        with self._db.transaction() as session:
            line = self._line(session, line_id)
            used = session.scalar(
                select(func.count())
                .select_from(Expense)
                .where(Expense.budget_line_id == line_id, live(Expense))
            )
            if used:
                raise ServiceError(
                    translate(
                        "services.rendition",
                        "El ítem «{name}» tiene {used} gasto(s) registrado(s): cámbielos de ítem "
                        "antes de eliminarlo.",
                    ).format(name=line.name, used=used)
                )
            line.deleted_at = utcnow()

    # -- expenses ------------------------------------------------------------------------------

    def check_expense(
        self, agreement_id: str, data: ExpenseData, expense_id: str | None = None
    ) -> ExpenseData:
        """The cleaned expense, or ValidationFailed with every problem at once: the domain's
        (dates against the agreement, RUT, amounts) and the records' (a document already
        charged, a closed month, a budget line or workshop that is not there)."""
        with self._db.transaction() as session:
            a = self._agreement(session, agreement_id)
            if expense_id is not None:
                old = self._expense(session, expense_id)
                refuse_closed(
                    session,
                    old.agreement_id,
                    old.spent_on,
                    translate("services.rendition", "modificar sus gastos"),
                )
            return self._check_expense(session, a, data, expense_id)

    def add_expense(
        self, agreement_id: str, data: ExpenseData, receipts: Sequence[Path] = ()
    ) -> SaveResult:
        """Record an expense with its supporting documents, all or nothing.

        Everything is checked first (the expense and every file: ValidationFailed with the
        files' problems under ``receipts``), then the files are stored, then the expense and its
        receipt records are written in one transaction. Should that transaction fail, the files
        already stored stay in the data folder without a record: harmless, since a content
        file is only ever read through a record naming it (and the same scan attached again
        reuses it).
        """
        with self._db.transaction() as session:
            a = self._agreement(session, agreement_id)
            errors = expense_errors(session, self._office_code, a, data, None)[1]
        stored = self._checked_and_stored(errors, receipts)
        with self._db.transaction() as session:
            a = self._agreement(session, agreement_id)
            data = self._check_expense(session, a, data, None)
            e = Expense(office_code=self._office_code, agreement_id=a.id)
            assign(e, expense_values(data))
            session.add(e)
            session.flush()
            seen: set[str] = set()
            for f in stored:
                if f.sha256 not in seen:
                    seen.add(f.sha256)
                    session.add(receipt_record(self._office_code, e.id, f))
            session.flush()
            return SaveResult(e.id, overspent_warnings(session, e) + saldo_warnings(session, e))

    def update_expense(
        self,
        expense_id: str,
        data: ExpenseData,
        receipts_added: Sequence[Path] = (),
        receipts_removed: Sequence[str] = (),
    ) -> SaveResult:
        """Correct an expense and its supporting documents, all or nothing; refused when its
        month, or the month it moves to, is closed.

        As :meth:`add_expense`: everything is checked first (the expense's every problem, and
        the new files' under ``receipts``: ValidationFailed with all of them), then the new
        files are stored, then ONE transaction writes the expense, the new receipt records and
        the tombstones of ``receipts_removed`` (ids of this expense's receipts; their files
        stay). A file already attached (and not removed) is not attached twice.
        """
        removed = set(receipts_removed)
        with self._db.transaction() as session:
            e = self._expense(session, expense_id)
            refuse_closed(
                session,
                e.agreement_id,
                e.spent_on,
                translate("services.rendition", "modificar sus gastos"),
            )
            self._own_receipts(session, e, removed)
            a = self._agreement(session, e.agreement_id)
            errors = expense_errors(session, self._office_code, a, data, expense_id)[1]
        stored = self._checked_and_stored(errors, receipts_added)
        with self._db.transaction() as session:
            e = self._expense(session, expense_id)
            refuse_closed(
                session,
                e.agreement_id,
                e.spent_on,
                translate("services.rendition", "modificar sus gastos"),
            )
            kept = self._own_receipts(session, e, removed)
            a = self._agreement(session, e.agreement_id)
            data = self._check_expense(session, a, data, expense_id)
            assign(e, expense_values(data))
            now = utcnow()
            seen = {r.sha256 for r in kept}
            for r in live_receipts(session, [e.id]):
                if r.id in removed:
                    r.deleted_at = now
            for f in stored:
                if f.sha256 not in seen:
                    seen.add(f.sha256)
                    session.add(receipt_record(self._office_code, e.id, f))
            session.flush()
            return SaveResult(e.id, overspent_warnings(session, e) + saldo_warnings(session, e))

    def delete_expense(self, expense_id: str) -> None:
        """Delete an expense and its receipt records (the files stay); refused in a closed
        month."""
        with self._db.transaction() as session:
            e = self._expense(session, expense_id)
            refuse_closed(
                session,
                e.agreement_id,
                e.spent_on,
                translate("services.rendition", "eliminar sus gastos"),
            )
            now = utcnow()
            for r in live_receipts(session, [e.id]):
                r.deleted_at = now
            e.deleted_at = now

    def get_expense(self, expense_id: str) -> ExpenseRecord:
        with self._db.transaction() as session:
            e = self._expense(session, expense_id)
            closed = closed_months(session, e.agreement_id)
            return ExpenseRecord(
                id=e.id,
                agreement_id=e.agreement_id,
                data=expense_data_of(e),
                receipts=[self._files.row(r) for r in live_receipts(session, [e.id])],
                locked=str(Month.of(e.spent_on)) in closed,
            )

    def count_expenses(
        self, agreement_id: str, query: str = "", *, month: Month | None = None
    ) -> int:
        with self._db.transaction() as session:
            self._agreement(session, agreement_id)
            stmt = (
                select(func.count())
                .select_from(Expense)
                .where(*self._expense_filter(agreement_id, query, month))
            )
            return int(session.scalar(stmt) or 0)

    def expenses_page(
        self,
        agreement_id: str,
        query: str = "",
        *,
        month: Month | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> list[ExpenseListRow]:
        """Rows ``offset`` to ``offset + limit`` of the expenses whose number, supplier RUT or
        name, or description hold every word of ``query`` (accents aside), in (date, id)
        order."""
        with self._db.transaction() as session:
            self._agreement(session, agreement_id)
            stmt = (
                select(Expense, BudgetLine.name)
                .join(BudgetLine, BudgetLine.id == Expense.budget_line_id, isouter=True)
                .where(*self._expense_filter(agreement_id, query, month))
                .order_by(Expense.spent_on, Expense.id)
                .offset(offset)
                .limit(limit)
            )
            found = session.execute(stmt).all()
            counts = receipt_counts(session, [e.id for e, _ in found])
            closed = closed_months(session, agreement_id)
            return [
                ExpenseListRow(
                    id=e.id,
                    spent_on=e.spent_on,
                    document=document_text(e.document_type, e.number),
                    supplier_rut=rut_text(e.supplier_rut),
                    supplier_name=e.supplier_name,
                    description=e.description,
                    budget_line=line_name or "",
                    funding=Funding(e.funding),
                    amount=e.charged,
                    receipts=counts.get(e.id, 0),
                    locked=str(Month.of(e.spent_on)) in closed,
                )
                for e, line_name in found
            ]

    def workshop_choices(self) -> list[WorkshopChoice]:
        """The office's workshops an expense may be linked to, newest start first."""
        with self._db.transaction() as session:
            stmt = (
                select(Workshop.id, Workshop.name, Workshop.starts_on)
                .where(Workshop.office_code == self._office_code, Workshop.deleted_at.is_(None))
                .order_by(Workshop.starts_on.desc(), Workshop.id.desc())
            )
            return [WorkshopChoice(i, n, s) for i, n, s in session.execute(stmt)]

    # -- supporting documents ------------------------------------------------------------------

    def check_receipt(self, path: Path) -> str | None:
        """The Spanish message when ``path`` cannot be kept as a supporting document (not a PDF,
        JPG or PNG, empty, over 20 MB, unreadable); None when it can."""
        return self._files.check(path)

    def attach_receipt(self, expense_id: str, path: Path) -> ReceiptRow:
        """Keep a scanned document with an expense (ValidationFailed{"receipts"} when the file
        cannot be kept; ServiceError in a closed month)."""
        with self._db.transaction() as session:
            e = self._expense(session, expense_id)
            refuse_closed(
                session,
                e.agreement_id,
                e.spent_on,
                translate("services.rendition", "cambiar sus comprobantes"),
            )
        problem = self.check_receipt(path)
        if problem:
            raise ValidationFailed({"receipts": problem})
        stored = self._files.store(path)
        with self._db.transaction() as session:
            e = self._expense(session, expense_id)
            refuse_closed(
                session,
                e.agreement_id,
                e.spent_on,
                translate("services.rendition", "cambiar sus comprobantes"),
            )
            for r in live_receipts(session, [e.id]):
                if r.sha256 == stored.sha256:
                    raise ValidationFailed(
                        {
                            "receipts": translate(
                                "services.rendition",
                                "Ese archivo ya está adjunto al gasto: «{file_name}».",
                            ).format(file_name=r.file_name)
                        }
                    )
            r = receipt_record(self._office_code, e.id, stored)
            session.add(r)
            session.flush()
            return self._files.row(r)

    def remove_receipt(self, receipt_id: str) -> None:
        """Take a receipt off its expense: the record goes (a tombstone), the file stays."""
        with self._db.transaction() as session:
            r = self._receipt(session, receipt_id)
            e = self._expense(session, r.expense_id)
            refuse_closed(
                session,
                e.agreement_id,
                e.spent_on,
                translate("services.rendition", "cambiar sus comprobantes"),
            )
            r.deleted_at = utcnow()

    def receipt(self, receipt_id: str) -> ReceiptRow:
        with self._db.transaction() as session:
            return self._files.row(self._receipt(session, receipt_id))

    # -- months --------------------------------------------------------------------------------

    def months(self, agreement_id: str) -> list[MonthRow]:
        """The execution period's months up to the current one, each with its totals, saldo and
        whether it is closed."""
        with self._db.transaction() as session:
            return month_rows(session, self._agreement(session, agreement_id), today())

    def is_closed(self, agreement_id: str, month: Month) -> bool:
        with self._db.transaction() as session:
            self._agreement(session, agreement_id)
            return str(month) in closed_months(session, agreement_id)

    def statement(self, agreement_id: str, month: Month, *, annex: bool = False) -> MonthStatement:
        """What the month's rendición prints; ``annex``: with every receipt of the month's
        expenses (one whose file is not in this data folder prints as a page that says it could
        not be read: see :meth:`missing_receipts`)."""
        with self._db.transaction() as session:
            a = self._agreement(session, agreement_id)
            self._refuse_outside(a, month)
            closed = str(month) in closed_months(session, a.id)
            return statement(session, a, month, closed=closed, files=self._files if annex else None)

    def missing_receipts(self, agreement_id: str, month: Month) -> int:
        """How many receipts of the month's expenses are not on this PC yet (their files have
        not arrived through sync): the annex would print them as unreadable pages."""
        with self._db.transaction() as session:
            a = self._agreement(session, agreement_id)
            return missing_receipts(session, self._files, a.id, month)

    def close_month(self, agreement_id: str, month: Month) -> None:
        """Close a month that is over, after every earlier month of the period: its expenses are
        locked and its totals kept as signed."""
        with self._db.transaction() as session:
            a = self._agreement(session, agreement_id)
            problem = close_refusal(session, a, month, today())
            if problem:
                raise ServiceError(problem)
            totals = Ledger(session, a.id).totals(month)
            session.add(
                MonthClosure(
                    office_code=self._office_code,
                    agreement_id=a.id,
                    month=str(month),
                    action=MonthAction.CLOSE.value,
                    at=event_time(session, a.id, month),
                    reason="",
                    opening_balance=totals.opening_balance,
                    income=totals.income,
                    sence_spent=totals.sence_spent,
                    municipal_spent=totals.municipal_spent,
                    closing_balance=totals.closing_balance,
                )
            )

    def close_refusal(self, agreement_id: str, month: Month) -> str | None:
        """Why ``month`` cannot be closed now (Spanish), or None when it can: e.g. to say so
        beside a disabled «Cerrar mes»."""
        with self._db.transaction() as session:
            return close_refusal(session, self._agreement(session, agreement_id), month, today())

    def reopen_month(self, agreement_id: str, month: Month, reason: str) -> None:
        """Reopen a closed month, stating why (ValidationFailed{"reason"} without one): kept in
        the month's record. Refused (ServiceError) while a later month is closed: months reopen
        from the last closed back, so a closed rendición never changes under its signatures."""
        reason = reason.strip()
        if not reason:
            raise ValidationFailed(
                {"reason": translate("services.rendition", "Escriba por qué se reabre el mes.")}
            )
        if len(reason) > REASON_MAX:
            raise ValidationFailed(
                {
                    "reason": translate(
                        "services.rendition", "El motivo puede tener hasta {REASON_MAX} caracteres."
                    ).format(REASON_MAX=REASON_MAX)
                }
            )
        with self._db.transaction() as session:
            a = self._agreement(session, agreement_id)
            closed = closed_months(session, a.id)
            if str(month) not in closed:
                raise ServiceError(
                    translate("services.rendition", "El mes de {label} no está cerrado.").format(
                        label=month.label
                    )
                )
            later = sorted(m for m in map(Month.parse, closed) if m > month)
            if later:
                # A later month's signed rendición opens with this month's saldo: it would
                # change under its signatures. Months reopen from the last one closed back.
                raise ServiceError(
                    translate(
                        "services.rendition",
                        "Reabra primero el mes de {label}: su rendición cerrada parte del saldo "
                        "de {label2}. Los meses se reabren del último cerrado hacia atrás.",
                    ).format(label=later[-1].label, label2=month.label)
                )
            session.add(
                MonthClosure(
                    office_code=self._office_code,
                    agreement_id=a.id,
                    month=str(month),
                    action=MonthAction.REOPEN.value,
                    at=event_time(session, a.id, month),
                    reason=reason,
                )
            )

    def history(self, agreement_id: str) -> list[ClosureEvent]:
        """Every close and reopen of the agreement's months, newest first."""
        with self._db.transaction() as session:
            self._agreement(session, agreement_id)
            return history(session, agreement_id)

    # -- cost of services ----------------------------------------------------------------------

    def valuation(self, starts_on: date, ends_on: date) -> Valuation:
        """The cost per person served, per workshop participant and per placement over a
        period, SENCE and municipal apart (rendition_months.valuation says what is counted)."""
        if ends_on < starts_on:
            raise ValidationFailed(
                {
                    "ends_on": translate(
                        "services.rendition", "El término no puede ser anterior al inicio."
                    )
                }
            )
        with self._db.transaction() as session:
            return valuation(session, self._office_code, starts_on, ends_on)

    # -- Excel ---------------------------------------------------------------------------------

    def export_month(self, agreement_id: str, month: Month, target: Path) -> int:
        """Write the month's expenses to ``target`` (.xlsx; dates and pesos as typed cells),
        whole or not at all: a failed write leaves an older ``target`` as it was. Returns the
        number of expenses written."""
        with self._db.transaction() as session:
            a = self._agreement(session, agreement_id)
            self._refuse_outside(a, month)
            rows = export_rows(session, a.id, month)
        write_export(target, month, rows)
        return len(rows)

    # -- internals -----------------------------------------------------------------------------

    def _checked_and_stored(
        self, errors: dict[str, str], receipts: Sequence[Path]
    ) -> list[StoredFile]:
        """Every file checked beside the record's own ``errors`` (ValidationFailed with all of
        them, the files' under ``receipts``), then the files stored."""
        problems = [m for m in (self.check_receipt(Path(p)) for p in receipts) if m]
        if problems:
            errors["receipts"] = " ".join(problems)
        if errors:
            raise ValidationFailed(errors)
        return [self._files.store(Path(p)) for p in receipts]

    def _own_agreements(self) -> list[ColumnElement[bool]]:
        return [
            FomilAgreement.office_code == self._office_code,
            FomilAgreement.deleted_at.is_(None),
        ]

    def _agreement(self, session: Session, agreement_id: str) -> FomilAgreement:
        a = session.get(FomilAgreement, agreement_id)
        if a is None or a.deleted_at is not None or a.office_code != self._office_code:
            raise NotFound(
                translate("services.rendition", "El convenio no existe o fue eliminado.")
            )
        return a

    def _agreement_record(self, session: Session, a: FomilAgreement) -> AgreementRecord:
        received = session.scalar(
            select(func.coalesce(func.sum(AgreementInstallment.amount), 0)).where(
                AgreementInstallment.agreement_id == a.id,
                AgreementInstallment.deleted_at.is_(None),
            )
        )
        return AgreementRecord(
            id=a.id,
            data=agreement_data_of(a),
            terms=terms_of(a),
            received=int(received or 0),
            label=agreement_label(a),
        )

    @staticmethod
    def _agreement_values(data: AgreementData) -> dict[str, object]:
        return {
            "year": data.year,
            "resolution_number": data.resolution_number,
            "resolution_date": data.resolution_date,
            "starts_on": data.starts_on,
            "ends_on": data.ends_on,
            "transfer_amount": data.transfer_amount,
            "municipal_contribution": data.municipal_contribution or 0,
            "notes": data.notes,
        }

    @staticmethod
    def _refuse_outside(a: FomilAgreement, month: Month) -> None:
        if not in_period(a, month):
            raise ServiceError(outside_message(a, month))

    def _installment(self, session: Session, installment_id: str) -> AgreementInstallment:
        i = session.get(AgreementInstallment, installment_id)
        if i is None or i.deleted_at is not None or i.office_code != self._office_code:
            raise NotFound(translate("services.rendition", "El ingreso no existe o fue eliminado."))
        return i

    def _line(self, session: Session, line_id: str) -> BudgetLine:
        line = session.get(BudgetLine, line_id)
        if line is None or line.deleted_at is not None or line.office_code != self._office_code:
            raise NotFound(
                translate(
                    "services.rendition", "El ítem del plan de gastos no existe o fue eliminado."
                )
            )
        return line

    def _expense(self, session: Session, expense_id: str) -> Expense:
        e = session.get(Expense, expense_id)
        if e is None or e.deleted_at is not None or e.office_code != self._office_code:
            raise NotFound(translate("services.rendition", "El gasto no existe o fue eliminado."))
        return e

    def _check_expense(
        self, session: Session, a: FomilAgreement, data: ExpenseData, expense_id: str | None
    ) -> ExpenseData:
        data, errors = expense_errors(session, self._office_code, a, data, expense_id)
        if errors:
            raise ValidationFailed(errors)
        return data

    def _expense_filter(
        self, agreement_id: str, query: str, month: Month | None
    ) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [
            Expense.agreement_id == agreement_id,
            live(Expense),
        ]
        if month is not None:
            conditions += [Expense.spent_on >= month.first_day, Expense.spent_on <= month.last_day]
        for term in fold(query).split():
            if any(c.isdigit() for c in term):
                term = term.replace(".", "")  # a RUT as written, 76.123.456-0: stored compact
            conditions.append(Expense.search_key.contains(term, autoescape=True))
        return conditions

    def _own_receipts(
        self, session: Session, e: Expense, removed: set[str]
    ) -> list[ExpenseReceipt]:
        """The expense's receipts that stay; NotFound when one of ``removed`` is not a receipt
        of it (one already removed is fine: it is gone either way)."""
        live_ids = {r.id for r in live_receipts(session, [e.id])}
        for receipt_id in removed - live_ids:
            r = session.get(ExpenseReceipt, receipt_id)
            if r is None or r.expense_id != e.id or r.office_code != self._office_code:
                raise NotFound(
                    translate("services.rendition", "El comprobante no es de este gasto.")
                )
        return [r for r in live_receipts(session, [e.id]) if r.id not in removed]

    def _receipt(self, session: Session, receipt_id: str) -> ExpenseReceipt:
        r = session.get(ExpenseReceipt, receipt_id)
        if r is None or r.deleted_at is not None or r.office_code != self._office_code:
            raise NotFound(
                translate("services.rendition", "El comprobante no existe o fue quitado.")
            )
        return r
