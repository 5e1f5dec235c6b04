"""The rendición's rules that need the records (services/rendition.py uses them inside its
transactions): one agreement a year, dates that still hold what is recorded, installments within
the agreement's amount, budget lines with distinct names, no document charged twice, nothing
written in a closed month, and the warning of an overspent budget line."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omil_desktop.domain.money import format_clp
from omil_desktop.domain.rendition import (
    Activity,
    AgreementData,
    BudgetLineData,
    ExpenseData,
    Funding,
    InstallmentData,
    Month,
)
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import ServiceError, ValidationFailed
from omil_desktop.services.rendition_records import (
    closed_message,
    closed_months,
    document_text,
    live,
    number_key,
    terms_of,
)
from omil_desktop.store.clock import today
from omil_desktop.store.models import (
    AgreementInstallment,
    BudgetLine,
    Expense,
    FomilAgreement,
    Workshop,
)

FUTURE_DATE = "La fecha no puede ser posterior a hoy."


def refuse_closed(session: Session, agreement_id: str, day: date | Month, what: str) -> None:
    """ServiceError when ``day``'s month is closed; ``what`` completes «reábralo para …»."""
    month = day if isinstance(day, Month) else Month.of(day)
    if str(month) in closed_months(session, agreement_id):
        raise ServiceError(closed_message(month, what))


def installment_month(a: FomilAgreement, received_on: date) -> Month:
    """The rendición an installment belongs to: its month, or the period's first month for
    money that arrived before the period (it is that month's saldo anterior)."""
    return max(Month.of(received_on), Month.of(a.starts_on))


# -- agreement -----------------------------------------------------------------------------------


def check_agreement(
    session: Session, office_code: str, data: AgreementData, agreement_id: str | None
) -> AgreementData:
    """The cleaned agreement, or ValidationFailed: the domain's rules, one agreement per year,
    and (when changing one) dates and amount that still hold its expenses and installments."""
    data = data.cleaned()
    errors = data.validate()
    if "year" not in errors:
        other = session.scalars(
            select(FomilAgreement).where(
                FomilAgreement.office_code == office_code,
                FomilAgreement.deleted_at.is_(None),
                FomilAgreement.year == data.year,
                FomilAgreement.id != (agreement_id or ""),
            )
        ).first()
        if other is not None:
            errors["year"] = translate(
                "services.rendition_rules",
                "Ya hay un convenio FOMIL {year} (Res. N° {resolution_number}): cada año tiene "
                "uno solo.",
            ).format(year=data.year, resolution_number=other.resolution_number)
    if agreement_id is not None:
        _dates_against_records(session, agreement_id, data, errors)
        _period_against_closed_months(session, agreement_id, data, errors)
    if errors:
        raise ValidationFailed(errors)
    return data


def _period_against_closed_months(
    session: Session, agreement_id: str, data: AgreementData, errors: dict[str, str]
) -> None:
    """While a month is closed, the period keeps its first month (the first rendición and its
    saldo anterior) and every closed month."""
    closed = sorted(Month.parse(m) for m in closed_months(session, agreement_id))
    a = session.get(FomilAgreement, agreement_id)
    if not closed or a is None:
        return
    names = ", ".join(m.label for m in closed[:3]) + (
        translate("services.rendition_rules", " y otros") if len(closed) > 3 else ""
    )
    reopen = translate(
        "services.rendition_rules", "Hay meses cerrados ({names}): reábralos antes de"
    ).format(names=names)
    if (
        "starts_on" not in errors
        and data.starts_on is not None
        and Month.of(data.starts_on) != Month.of(a.starts_on)
    ):
        errors["starts_on"] = translate(
            "services.rendition_rules", "{reopen} cambiar el mes de inicio del período."
        ).format(reopen=reopen)
    if "ends_on" not in errors and data.ends_on is not None and Month.of(data.ends_on) < closed[-1]:
        errors["ends_on"] = translate(
            "services.rendition_rules", "{reopen} dejarlos fuera del período."
        ).format(reopen=reopen)


def _dates_against_records(
    session: Session, agreement_id: str, data: AgreementData, errors: dict[str, str]
) -> None:
    first, last = session.execute(
        select(func.min(Expense.spent_on), func.max(Expense.spent_on)).where(
            Expense.agreement_id == agreement_id, live(Expense)
        )
    ).one()
    earliest_income, latest_income, received = session.execute(
        select(
            func.min(AgreementInstallment.received_on),
            func.max(AgreementInstallment.received_on),
            func.coalesce(func.sum(AgreementInstallment.amount), 0),
        ).where(
            AgreementInstallment.agreement_id == agreement_id,
            AgreementInstallment.deleted_at.is_(None),
        )
    ).one()
    outside = translate(
        "services.rendition_rules",
        "que quedaría fuera del período de ejecución: corrija o elimine ese gasto primero.",
    )
    if data.resolution_date is not None and "resolution_date" not in errors:
        if first is not None and first < data.resolution_date:
            errors["resolution_date"] = translate(
                "services.rendition_rules",
                "Hay un gasto del {first:%d-%m-%Y}, anterior a esa fecha: ningún gasto puede ser "
                "anterior a la resolución (Res. N°30 de Contraloría, art. 13).",
            ).format(first=first)
        elif earliest_income is not None and earliest_income < data.resolution_date:
            errors["resolution_date"] = translate(
                "services.rendition_rules",
                "Hay un ingreso del {earliest_income:%d-%m-%Y}, anterior a esa fecha: ningún "
                "ingreso puede ser anterior a la resolución.",
            ).format(earliest_income=earliest_income)
    if "starts_on" not in errors and first and data.starts_on and first < data.starts_on:
        errors["starts_on"] = translate(
            "services.rendition_rules", "Hay un gasto del {first:%d-%m-%Y}, {outside}"
        ).format(first=first, outside=outside)
    if "ends_on" not in errors and last and data.ends_on and last > data.ends_on:
        errors["ends_on"] = translate(
            "services.rendition_rules", "Hay un gasto del {last:%d-%m-%Y}, {outside}"
        ).format(last=last, outside=outside)
    if (
        "ends_on" not in errors
        and latest_income is not None
        and data.ends_on is not None
        and latest_income > data.ends_on
    ):
        errors["ends_on"] = translate(
            "services.rendition_rules",
            "Hay un ingreso del {latest_income:%d-%m-%Y}, que quedaría fuera del período de "
            "ejecución (en ninguna rendición mensual): corrija o elimine ese ingreso primero.",
        ).format(latest_income=latest_income)
    if data.transfer_amount is not None and data.transfer_amount < int(received or 0):
        errors["transfer_amount"] = translate(
            "services.rendition_rules",
            "Ya se recibieron {clp} en cuotas: el monto del convenio no puede ser menor.",
        ).format(clp=format_clp(int(received)))


# -- installments --------------------------------------------------------------------------------


def live_installments(session: Session, agreement_id: str) -> list[AgreementInstallment]:
    """The agreement's installments in (date, id) order."""
    return list(
        session.scalars(
            select(AgreementInstallment)
            .where(
                AgreementInstallment.agreement_id == agreement_id,
                AgreementInstallment.deleted_at.is_(None),
            )
            .order_by(AgreementInstallment.received_on, AgreementInstallment.id)
        )
    )


def check_installment(
    session: Session, a: FomilAgreement, data: InstallmentData, installment_id: str | None
) -> InstallmentData:
    """The cleaned installment, or ValidationFailed: not before the resolution (it may arrive
    before the period starts) nor after the period, not in the future, not in a closed month,
    and never more in all than the agreement's amount."""
    data = data.cleaned()
    errors = data.validate()
    day = data.received_on
    if day is not None and "received_on" not in errors:
        if day < a.resolution_date:
            errors["received_on"] = translate(
                "services.rendition_rules",
                "La transferencia no puede ser anterior a la resolución que aprueba el convenio "
                "(N° {resolution_number}, del {resolution_date:%d-%m-%Y}).",
            ).format(resolution_number=a.resolution_number, resolution_date=a.resolution_date)
        elif day > a.ends_on:
            errors["received_on"] = translate(
                "services.rendition_rules",
                "La transferencia es posterior al término del convenio ({ends_on:%d-%m-%Y}): no "
                "quedaría en ninguna rendición mensual.",
            ).format(ends_on=a.ends_on)
        elif day > today():
            errors["received_on"] = FUTURE_DATE
        elif str(installment_month(a, day)) in closed_months(session, a.id):
            errors["received_on"] = closed_message(
                installment_month(a, day),
                translate("services.rendition_rules", "registrar ingresos en él"),
            )
    if data.amount is not None and "amount" not in errors:
        others = sum(i.amount for i in live_installments(session, a.id) if i.id != installment_id)
        left = a.transfer_amount - others
        if data.amount > left:
            rest = (
                translate("services.rendition_rules", "quedan {clp} por recibir.").format(
                    clp=format_clp(left)
                )
                if left > 0
                else translate("services.rendition_rules", "ya se recibió todo.")
            )
            errors["amount"] = translate(
                "services.rendition_rules",
                "Las cuotas sumarían {clp}, más que el monto del convenio ({clp2}): {rest}",
            ).format(
                clp=format_clp(others + data.amount), clp2=format_clp(a.transfer_amount), rest=rest
            )
    if errors:
        raise ValidationFailed(errors)
    return data


# -- budget lines --------------------------------------------------------------------------------


def live_lines(session: Session, agreement_id: str) -> list[BudgetLine]:
    """The agreement's budget lines in position order."""
    return list(
        session.scalars(
            select(BudgetLine)
            .where(BudgetLine.agreement_id == agreement_id, BudgetLine.deleted_at.is_(None))
            .order_by(BudgetLine.position, BudgetLine.id)
        )
    )


def check_line(
    session: Session, agreement_id: str, data: BudgetLineData, line_id: str | None
) -> BudgetLineData:
    """The cleaned line, or ValidationFailed; names are distinct in the plan (accents, case and
    spaces aside)."""
    data = data.cleaned()
    errors = data.validate()
    if "name" not in errors:
        key = fold(data.name)
        for line in live_lines(session, agreement_id):
            if line.id != line_id and fold(line.name) == key:
                errors["name"] = translate(
                    "services.rendition_rules", "El plan de gastos ya tiene el ítem «{name}»."
                ).format(name=line.name)
                break
    if errors:
        raise ValidationFailed(errors)
    return data


def line_spending(
    session: Session, agreement_id: str, *, line_id: str | None = None, until: date | None = None
) -> dict[str, tuple[int, int, int]]:
    """Budget line id → (SENCE executed, municipal executed, expenses), of expenses up to
    ``until`` (every one when None). An expense executes what it charges: net + IVA."""
    sence = func.sum(Expense.charged).filter(Expense.funding == Funding.SENCE.value)
    municipal = func.sum(Expense.charged).filter(Expense.funding == Funding.MUNICIPAL.value)
    stmt = (
        select(
            Expense.budget_line_id,
            func.coalesce(sence, 0),
            func.coalesce(municipal, 0),
            func.count(),
        )
        .where(Expense.agreement_id == agreement_id, live(Expense))
        .group_by(Expense.budget_line_id)
    )
    if line_id is not None:
        stmt = stmt.where(Expense.budget_line_id == line_id)
    if until is not None:
        stmt = stmt.where(Expense.spent_on <= until)
    return {line: (int(s), int(m), int(n)) for line, s, m, n in session.execute(stmt).all()}


# -- expenses ------------------------------------------------------------------------------------


def expense_errors(
    session: Session,
    office_code: str,
    a: FomilAgreement,
    data: ExpenseData,
    expense_id: str | None,
) -> tuple[ExpenseData, dict[str, str]]:
    """The cleaned expense and every problem at once: the domain's (dates against the
    agreement, RUT, amounts), a date in the future or in a closed month, a budget line not of
    this agreement, a workshop that is not there, a document already charged."""
    data = data.cleaned()
    errors = data.validate(terms_of(a))
    day = data.spent_on
    if day is not None and "spent_on" not in errors:
        if day > today():
            errors["spent_on"] = FUTURE_DATE
        elif str(Month.of(day)) in closed_months(session, a.id):
            errors["spent_on"] = closed_message(
                Month.of(day), translate("services.rendition_rules", "registrar gastos en él")
            )
    if data.budget_line_id is not None:
        line = session.get(BudgetLine, data.budget_line_id)
        if line is None or line.deleted_at is not None or line.agreement_id != a.id:
            errors["budget_line_id"] = translate(
                "services.rendition_rules", "Elija un ítem del plan de gastos de este convenio."
            )
    if data.activity is Activity.WORKSHOP and data.workshop_id:
        w = session.get(Workshop, data.workshop_id)
        if w is None or w.deleted_at is not None or w.office_code != office_code:
            errors["workshop_id"] = translate(
                "services.rendition_rules", "El taller no existe o fue eliminado: elija otro."
            )
    if "supplier_rut" not in errors and data.document_type is not None and data.number:
        other = same_document(session, office_code, data, expense_id)
        if other is not None:
            errors["number"] = translate(
                "services.rendition_rules",
                "Este documento ya está rendido: {document_text} de {supplier_name}, en el gasto "
                "del {spent_on:%d-%m-%Y}.",
            ).format(
                document_text=document_text(other.document_type, other.number),
                supplier_name=other.supplier_name,
                spent_on=other.spent_on,
            )
    return data, errors


def same_document(
    session: Session, office_code: str, data: ExpenseData, expense_id: str | None
) -> Expense | None:
    """Another expense of the office with the same supplier RUT, document type and number
    (spaces and case aside), in any of its agreements."""
    assert data.document_type is not None
    key = number_key(data.number)
    stmt = (
        select(Expense)
        .where(
            Expense.office_code == office_code,
            live(Expense),
            Expense.supplier_rut == data.rut().compact,
            Expense.document_type == data.document_type.value,
            Expense.id != (expense_id or ""),
        )
        .order_by(Expense.spent_on, Expense.id)
    )
    for e in session.scalars(stmt):
        if number_key(e.number) == key:
            return e
    return None


def overspent_warnings(session: Session, e: Expense) -> tuple[str, ...]:
    """The Spanish warning when the expense's budget line has executed more than its budget for
    the expense's funding source (the expense is saved all the same)."""
    line = session.get(BudgetLine, e.budget_line_id)
    if line is None:
        return ()
    sence, municipal, _ = line_spending(session, e.agreement_id, line_id=line.id).get(
        line.id, (0, 0, 0)
    )
    if e.funding == Funding.SENCE.value:
        spent, budget, source = sence, line.sence_amount, "SENCE"
    else:
        spent, budget, source = (
            municipal,
            line.municipal_amount,
            translate("services.rendition_rules", "del aporte municipal"),
        )
    if spent <= budget:
        return ()
    return (
        translate(
            "services.rendition_rules",
            "El ítem «{name}» queda sobregirado: lleva {clp} ejecutados con fondos {source} y su "
            "presupuesto es {clp2} (se excede en {clp3}). El gasto se guardó igual.",
        ).format(
            name=line.name,
            clp=format_clp(spent),
            source=source,
            clp2=format_clp(budget),
            clp3=format_clp(spent - budget),
        ),
    )
