"""The rendición de gastos through its service, on a real SQLite file: the agreement of a year,
installments, the plan de gastos, expenses with every rule, supporting documents (issue 10)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from omil_desktop.domain.expenses import DocumentType
from omil_desktop.domain.rendition import (
    DEFAULT_BUDGET_LINES,
    Activity,
    BudgetLineData,
    Funding,
    InstallmentData,
    Month,
)
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.blobs import BLOBS_DIRNAME
from omil_desktop.store.models import (
    AgreementInstallment,
    BudgetLine,
    ChangeLog,
    Expense,
    ExpenseReceipt,
    FomilAgreement,
)
from tests.services.rendition_fixtures import (
    JPEG,
    OTHER_SUPPLIER,
    PDF,
    PNG,
    SUPPLIER,
    agreement_data,
    agreement_id,
    calendar,
    expense_data,
    fee_data,
    line,
    line_id,
    receipt_file,
    service,
)

__all__ = ["agreement_id", "calendar", "line", "service"]  # fixtures


def count(workspace, model) -> int:
    with workspace.db.transaction() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
            or 0
        )


def blobs(workspace) -> list:
    root = workspace.data_dir / BLOBS_DIRNAME
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as failed:
        call(*args, **kwargs)
    return failed.value.errors


# -- agreement -----------------------------------------------------------------------------------


def test_an_agreement_starts_with_the_default_budget_lines_at_zero(service, agreement_id):
    record = service.get_agreement(agreement_id)
    assert record.label == "Convenio FOMIL 2026 (Res. N° 123)"
    assert record.data.transfer_amount == 30_000_000 and record.received == 0
    assert record.terms.resolution_date == date(2026, 2, 10)
    budget = service.budget(agreement_id)
    assert [row.name for row in budget] == list(DEFAULT_BUDGET_LINES)
    assert [row.position for row in budget] == list(range(1, 8))
    assert all(row.sence_amount == row.municipal_amount == row.spent_sence == 0 for row in budget)
    assert not any(row.used or row.overspent for row in budget)


def test_one_agreement_per_year_newest_first_and_current_by_the_clock(
    service,
    agreement_id,
    calendar,
):
    assert errors_of(service.create_agreement, agreement_data(resolution_number="999"))[
        "year"
    ].startswith("Ya hay un convenio FOMIL 2026 (Res. N° 123)")
    older = service.create_agreement(
        agreement_data(
            year=2025,
            resolution_number="77",
            resolution_date=date(2025, 2, 1),
            starts_on=date(2025, 3, 1),
            ends_on=date(2025, 12, 31),
        )
    )
    assert [a.id for a in service.agreements()] == [agreement_id, older]
    assert service.current_agreement().id == agreement_id
    assert service.agreement_of_month(Month(2025, 7)).id == older
    assert service.agreement_of_month(Month(2026, 1)) is None
    calendar[0] = date(2025, 6, 1)
    assert service.current_agreement().id == older
    calendar[0] = date(2027, 6, 1)  # no 2027 agreement yet: the newest
    assert service.current_agreement().id == agreement_id
    with pytest.raises(NotFound):
        service.get_agreement("no-such-id")
    # Changing an agreement to its own year is no duplicate; to another's year is.
    service.update_agreement(older, agreement_data(year=2025, resolution_number="78"))
    assert service.get_agreement(older).data.resolution_number == "78"
    assert "year" in errors_of(service.update_agreement, older, agreement_data(year=2026))


def test_agreement_dates_cannot_leave_a_recorded_expense_out(service, agreement_id, line):
    service.add_expense(agreement_id, expense_data(line, spent_on=date(2026, 3, 16)))
    service.add_expense(agreement_id, expense_data(line, number="2", spent_on=date(2026, 10, 5)))
    service.add_installment(agreement_id, InstallmentData(date(2026, 2, 20), 10_000_000, "CI-1"))
    errors = errors_of(
        service.update_agreement,
        agreement_id,
        agreement_data(
            resolution_date=date(2026, 3, 20),
            starts_on=date(2026, 4, 1),
            ends_on=date(2026, 9, 30),
            transfer_amount=9_000_000,
        ),
    )
    assert errors["resolution_date"].startswith("Hay un gasto del 16-03-2026")
    assert errors["starts_on"].startswith("Hay un gasto del 16-03-2026")
    assert errors["ends_on"].startswith("Hay un gasto del 05-10-2026")
    assert "$10.000.000" in errors["transfer_amount"]
    # The income alone also holds the resolution date.
    errors = errors_of(
        service.update_agreement, agreement_id, agreement_data(resolution_date=date(2026, 2, 25))
    )
    assert errors == {"resolution_date": errors["resolution_date"]}
    assert "ingreso del 20-02-2026" in errors["resolution_date"]
    assert service.get_agreement(agreement_id).data == agreement_data()  # nothing changed
    service.update_agreement(agreement_id, agreement_data(ends_on=date(2026, 10, 31)))
    assert service.get_agreement(agreement_id).terms.ends_on == date(2026, 10, 31)


def test_a_shorter_period_cannot_leave_an_installment_out(service, agreement_id):
    """Money received after the new end would be in no month's rendición: the saldo of the
    last month would no longer hold what was received."""
    service.add_installment(agreement_id, InstallmentData(date(2026, 3, 5), 1_000_000, "A1"))
    service.add_installment(agreement_id, InstallmentData(date(2026, 11, 10), 2_000_000, "A2"))
    errors = errors_of(
        service.update_agreement, agreement_id, agreement_data(ends_on=date(2026, 10, 31))
    )
    assert errors == {"ends_on": errors["ends_on"]}
    assert errors["ends_on"].startswith("Hay un ingreso del 10-11-2026")
    assert service.get_agreement(agreement_id).terms.ends_on == date(2026, 12, 31)
    # Up to the day of the latest installment the period may still be shortened.
    service.update_agreement(agreement_id, agreement_data(ends_on=date(2026, 11, 10)))
    rows = service.months(agreement_id)
    assert rows[-1].closing_balance == service.get_agreement(agreement_id).received == 3_000_000


def test_closed_months_keep_the_period_that_holds_them(service, agreement_id):
    for month in (3, 4):
        service.close_month(agreement_id, Month(2026, month))
    errors = errors_of(
        service.update_agreement,
        agreement_id,
        agreement_data(starts_on=date(2026, 2, 15), ends_on=date(2026, 3, 31)),
    )
    assert errors == {
        "starts_on": "Hay meses cerrados (marzo de 2026, abril de 2026): reábralos antes de "
        "cambiar el mes de inicio del período.",
        "ends_on": "Hay meses cerrados (marzo de 2026, abril de 2026): reábralos antes de "
        "dejarlos fuera del período.",
    }
    # Within the same months, and other fields, the agreement may still be corrected.
    service.update_agreement(
        agreement_id,
        agreement_data(starts_on=date(2026, 3, 2), ends_on=date(2026, 4, 30), notes="Addendum"),
    )
    assert service.get_agreement(agreement_id).data.notes == "Addendum"


# -- installments --------------------------------------------------------------------------------


def test_installments_may_come_before_the_period_but_not_before_the_resolution(
    service, agreement_id
):
    errors = errors_of(
        service.add_installment, agreement_id, InstallmentData(date(2026, 2, 9), 1_000, "CI-0")
    )
    assert "anterior a la resolución" in errors["received_on"]
    errors = errors_of(
        service.add_installment, agreement_id, InstallmentData(date(2026, 11, 21), 1_000, "X")
    )
    assert errors["received_on"] == "La fecha no puede ser posterior a hoy."
    service.update_agreement(agreement_id, agreement_data(ends_on=date(2026, 9, 30)))
    errors = errors_of(
        service.add_installment, agreement_id, InstallmentData(date(2026, 10, 1), 1_000, "X")
    )
    assert errors["received_on"] == (
        "La transferencia es posterior al término del convenio (30-09-2026): no quedaría en "
        "ninguna rendición mensual."
    )
    second = service.add_installment(
        agreement_id, InstallmentData(date(2026, 7, 1), 15_000_000, " CI-2 ")
    )
    first = service.add_installment(
        agreement_id, InstallmentData(date(2026, 2, 20), 10_000_000, "CI-1")
    )
    rows = service.installments(agreement_id)
    assert [(r.id, r.voucher_number, r.locked) for r in rows] == [
        (first, "CI-1", False),
        (second, "CI-2", False),
    ]
    assert service.get_agreement(agreement_id).received == 25_000_000


def test_installments_never_add_up_to_more_than_the_agreement(service, agreement_id):
    first = service.add_installment(
        agreement_id, InstallmentData(date(2026, 3, 2), 20_000_000, "CI-1")
    )
    errors = errors_of(
        service.add_installment, agreement_id, InstallmentData(date(2026, 4, 2), 10_000_001, "2")
    )
    assert errors["amount"] == (
        "Las cuotas sumarían $30.000.001, más que el monto del convenio ($30.000.000): "
        "quedan $10.000.000 por recibir."
    )
    service.add_installment(agreement_id, InstallmentData(date(2026, 4, 2), 10_000_000, "CI-2"))
    assert (
        "ya se recibió todo"
        in errors_of(
            service.add_installment, agreement_id, InstallmentData(date(2026, 5, 2), 1, "CI-3")
        )["amount"]
    )
    # Changing one counts the others only.
    service.update_installment(first, InstallmentData(date(2026, 3, 3), 19_000_000, "CI-1"))
    assert service.get_agreement(agreement_id).received == 29_000_000
    with pytest.raises(ValidationFailed):
        service.update_installment(first, InstallmentData(date(2026, 3, 3), 20_000_001, "CI-1"))


def test_an_installment_of_a_closed_month_is_locked(service, agreement_id, calendar):
    march = service.add_installment(
        agreement_id, InstallmentData(date(2026, 3, 2), 1_000_000, "CI-1")
    )
    service.close_month(agreement_id, Month(2026, 3))
    assert service.installments(agreement_id)[0].locked
    with pytest.raises(ServiceError, match="marzo de 2026 está cerrado"):
        service.update_installment(march, InstallmentData(date(2026, 4, 2), 1_000_000, "CI-1"))
    with pytest.raises(ServiceError, match="marzo de 2026 está cerrado"):
        service.delete_installment(march)
    errors = errors_of(
        service.add_installment, agreement_id, InstallmentData(date(2026, 3, 30), 1_000, "CI-2")
    )
    assert "marzo de 2026 está cerrado" in errors["received_on"]
    april = service.add_installment(agreement_id, InstallmentData(date(2026, 4, 2), 5, "CI-3"))
    # Moving an open month's installment into a closed month is refused too.
    assert "received_on" in errors_of(
        service.update_installment, april, InstallmentData(date(2026, 3, 31), 5, "CI-3")
    )
    service.reopen_month(agreement_id, Month(2026, 3), "Faltaba un ingreso")
    # Money that came before the period is March's saldo anterior: locked with March.
    early = service.add_installment(agreement_id, InstallmentData(date(2026, 2, 20), 7, "CI-0"))
    service.delete_installment(march)
    service.close_month(agreement_id, Month(2026, 3))
    assert [(r.id, r.locked) for r in service.installments(agreement_id)] == [
        (early, True),
        (april, False),
    ]
    with pytest.raises(ServiceError, match="marzo de 2026 está cerrado"):
        service.delete_installment(early)
    with pytest.raises(ServiceError, match="marzo de 2026 está cerrado"):
        service.update_installment(early, InstallmentData(date(2026, 2, 20), 8, "CI-0"))
    errors = errors_of(
        service.add_installment, agreement_id, InstallmentData(date(2026, 2, 21), 7, "CI-9")
    )
    assert "marzo de 2026 está cerrado" in errors["received_on"]


# -- budget --------------------------------------------------------------------------------------


def test_budget_lines_have_distinct_names_go_last_and_stay_while_used(service, agreement_id, line):
    assert errors_of(service.add_budget_line, agreement_id, BudgetLineData("  DIFUSION "))[
        "name"
    ] == ("El plan de gastos ya tiene el ítem «Difusión».")
    new = service.add_budget_line(agreement_id, BudgetLineData("Arriendo de  salón", 300_000, 0))
    rows = service.budget(agreement_id)
    assert (rows[-1].id, rows[-1].name, rows[-1].position) == (new, "Arriendo de salón", 8)
    # Renaming a line to its own name in other letters is fine; to another's is not.
    service.update_budget_line(new, BudgetLineData("ARRIENDO DE SALÓN", 300_000, 0))
    assert "name" in errors_of(service.update_budget_line, new, BudgetLineData("otros"))
    # Another agreement may use the same names.
    other = service.create_agreement(
        agreement_data(
            year=2025,
            resolution_date=date(2025, 1, 5),
            starts_on=date(2025, 2, 1),
            ends_on=date(2025, 12, 31),
        )
    )
    service.add_budget_line(other, BudgetLineData("Arriendo de salón"))

    service.add_expense(agreement_id, expense_data(line))
    with pytest.raises(ServiceError, match="«Materiales e insumos» tiene 1 gasto"):
        service.delete_budget_line(line)
    row = next(r for r in service.budget(agreement_id) if r.id == line)
    assert (row.used, row.spent_sence, row.spent_municipal) == (True, 119_000, 0)
    service.delete_budget_line(new)
    assert new not in [r.id for r in service.budget(agreement_id)]
    with pytest.raises(NotFound):
        service.update_budget_line(new, BudgetLineData("Otro nombre"))
    # The position after a deletion is still after the last line.
    again = service.add_budget_line(agreement_id, BudgetLineData("Imprevistos"))
    assert service.budget(agreement_id)[-1].id == again


# -- expenses ------------------------------------------------------------------------------------


def test_an_expense_is_stored_with_its_rut_compact_and_read_back(service, agreement_id, line):
    result = service.add_expense(
        agreement_id,
        expense_data(line, supplier_rut=f" {SUPPLIER.digits} "),
    )
    assert result.warnings == ()
    with service._db.transaction() as session:
        assert session.get(Expense, result.id).supplier_rut == SUPPLIER.compact
    record = service.get_expense(result.id)
    assert record.data.supplier_rut == str(SUPPLIER)
    assert (record.data.net, record.data.iva, record.data.total) == (100_000, 19_000, 119_000)
    assert record.agreement_id == agreement_id and not record.locked and record.receipts == []
    [row] = service.expenses_page(agreement_id)
    assert (row.document, row.supplier_rut, row.budget_line, row.amount, row.funding) == (
        "Factura N° 1001",
        str(SUPPLIER),
        "Materiales e insumos",
        119_000,
        Funding.SENCE,
    )


def test_check_expense_gives_every_error_at_once(service, workspace, agreement_id, line):
    other_agreement = service.create_agreement(
        agreement_data(
            year=2025,
            resolution_date=date(2025, 1, 5),
            starts_on=date(2025, 2, 1),
            ends_on=date(2025, 12, 31),
        )
    )
    foreign_line = line_id(service, other_agreement, "Difusión")
    first = service.add_expense(
        other_agreement,
        expense_data(foreign_line, spent_on=date(2025, 6, 3), number=" a-77 "),
    )
    assert first.warnings  # the line has a $0 budget
    errors = errors_of(
        service.check_expense,
        agreement_id,
        expense_data(
            foreign_line,
            number="A-77",  # the same document, case aside, in the other agreement
            spent_on=date(2026, 2, 1),  # before the resolution
            net=100_000,
            iva=19_000,
            total=120_000,  # does not add up
            activity=Activity.WORKSHOP,
            workshop_id="not-a-workshop",
        ),
    )
    assert set(errors) == {"spent_on", "number", "total", "budget_line_id", "workshop_id"}
    assert "anterior a la resolución" in errors["spent_on"]
    assert errors["number"] == (
        "Este documento ya está rendido: Factura N° a-77 de Librería Ñandú Ltda., en el gasto "
        "del 03-06-2025."
    )
    assert errors["total"] == "Neto más IVA suman $119.000, no $120.000."
    assert errors["budget_line_id"] == "Elija un ítem del plan de gastos de este convenio."
    assert "taller no existe" in errors["workshop_id"]
    # Another supplier, or another document type, is no duplicate.
    service.check_expense(
        agreement_id, expense_data(line, number="A-77", supplier_rut=str(OTHER_SUPPLIER))
    )
    service.check_expense(
        agreement_id,
        expense_data(
            line, number="A-77", document_type=DocumentType.SALES_RECEIPT, iva=0, total=100_000
        ),
    )
    # A wrong RUT (módulo 11), a fee's retención, a future date.
    errors = errors_of(
        service.check_expense,
        agreement_id,
        fee_data(line, 200_000, supplier_rut="12.345.678-9", retention=1),
    )
    assert errors["supplier_rut"] == (
        "El RUT 12.345.678-9 no es válido: revise el RUT del proveedor en el documento."
    )
    assert errors["retention"].startswith("La retención de 2026 es 15,25 % del bruto: $30.500")
    errors = errors_of(
        service.check_expense, agreement_id, expense_data(line, spent_on=date(2026, 11, 21))
    )
    assert errors == {"spent_on": "La fecha no puede ser posterior a hoy."}
    assert count(workspace, Expense) == 1


def test_an_expense_may_be_linked_to_a_workshop_or_a_fair(service, workspace, agreement_id, line):
    from omil_desktop.domain.workshops import WorkshopData, WorkshopModule

    workshop = workspace.workshops.create(
        WorkshopData(
            name="Apresto para el turismo",
            modules=(WorkshopModule.CV,),
            facilitator="Begoña Peña",
            capacity=10,
            starts_on=date(2026, 3, 2),
            ends_on=date(2026, 3, 27),
        )
    )
    assert [(c.id, c.name) for c in service.workshop_choices()] == [
        (workshop, "Apresto para el turismo")
    ]
    linked = service.add_expense(
        agreement_id, expense_data(line, activity=Activity.WORKSHOP, workshop_id=workshop)
    )
    fair = service.add_expense(
        agreement_id,
        expense_data(line, number="2", activity=Activity.FAIR, activity_name="Feria de Palena"),
    )
    assert service.get_expense(linked.id).data.workshop_id == workshop
    assert service.get_expense(fair.id).data.activity_name == "Feria de Palena"
    errors = errors_of(
        service.check_expense, agreement_id, expense_data(line, number="3", activity=Activity.FAIR)
    )
    assert errors == {"activity_name": "Escriba el nombre de la feria laboral."}


def test_what_an_expense_charges_is_one_expression_on_records_and_in_sql(
    service, workspace, agreement_id, line
):
    """Net + IVA (a fee's gross, not its líquido): the record's value, the SQL sum, the
    domain's Amounts.charged, the list, the budget and the month's totals all agree."""
    from omil_desktop.domain.expenses import Amounts

    service.add_expense(agreement_id, expense_data(line, net=100_000))  # $119.000
    service.add_expense(agreement_id, fee_data(line, 200_000, number="7"))  # $200.000
    with workspace.db.transaction() as session:
        found = list(session.scalars(select(Expense)))
        in_sql = session.scalar(select(func.sum(Expense.charged)))
        assert sorted(e.charged for e in found) == [119_000, 200_000]
        assert [e.charged for e in found] == [
            Amounts(e.net, e.iva, e.retention, e.total).charged for e in found
        ]
    assert in_sql == 319_000
    assert sum(r.amount for r in service.expenses_page(agreement_id)) == 319_000
    row = next(r for r in service.budget(agreement_id) if r.id == line)
    assert row.spent_sence == 319_000
    march = next(r for r in service.months(agreement_id) if r.month == Month(2026, 3))
    assert march.sence_spent == 319_000


def test_an_overspent_line_warns_and_saves(service, agreement_id, line):
    within = service.add_expense(agreement_id, expense_data(line, net=400_000))
    assert within.warnings == ()
    over = service.add_expense(agreement_id, expense_data(line, number="2", net=20_000))
    assert over.warnings == ()  # $499.800 of $500.000
    third = service.add_expense(agreement_id, expense_data(line, number="3", net=1_000))
    assert third.warnings == (
        "El ítem «Materiales e insumos» queda sobregirado: lleva $500.990 ejecutados con "
        "fondos SENCE y su presupuesto es $500.000 (se excede en $990). El gasto se guardó igual.",
    )
    # Municipal money is counted against the municipal budget only.
    municipal = service.add_expense(
        agreement_id, expense_data(line, number="4", net=50_000, funding=Funding.MUNICIPAL)
    )
    assert municipal.warnings == ()
    row = next(r for r in service.budget(agreement_id) if r.id == line)
    assert (row.spent_sence, row.spent_municipal, row.overspent) == (500_990, 59_500, True)
    # Correcting the amount down: saved without a warning.
    assert service.update_expense(third.id, expense_data(line, number="3", net=100)).warnings == ()
    assert len(service.expenses_page(agreement_id)) == 4


def test_expenses_of_a_closed_month_are_locked(service, workspace, agreement_id, line):
    march = service.add_expense(agreement_id, expense_data(line, spent_on=date(2026, 3, 31)))
    april = service.add_expense(
        agreement_id, expense_data(line, number="2", spent_on=date(2026, 4, 1))
    )
    service.close_month(agreement_id, Month(2026, 3))
    assert service.get_expense(march.id).locked
    assert [r.locked for r in service.expenses_page(agreement_id)] == [True, False]
    with pytest.raises(ServiceError, match="marzo de 2026 está cerrado"):
        service.update_expense(march.id, expense_data(line, spent_on=date(2026, 4, 2)))
    with pytest.raises(ServiceError, match="marzo de 2026 está cerrado"):
        service.delete_expense(march.id)
    with pytest.raises(ServiceError, match="marzo de 2026 está cerrado"):
        service.check_expense(agreement_id, expense_data(line), march.id)
    # Moving an open month's expense into the closed one, or adding one there: refused.
    errors = errors_of(
        service.update_expense,
        april.id,
        expense_data(line, number="2", spent_on=date(2026, 3, 5)),
    )
    assert "marzo de 2026 está cerrado" in errors["spent_on"]
    errors = errors_of(
        service.add_expense, agreement_id, expense_data(line, number="3", spent_on=date(2026, 3, 5))
    )
    assert set(errors) == {"spent_on"}
    assert service.get_expense(april.id).data.spent_on == date(2026, 4, 1)
    assert count(workspace, Expense) == 2
    service.reopen_month(agreement_id, Month(2026, 3), "Factura anulada por el proveedor")
    service.delete_expense(march.id)
    assert [r.id for r in service.expenses_page(agreement_id)] == [april.id]


def test_expenses_are_listed_searched_and_counted_by_month(service, agreement_id, line):
    service.add_expense(agreement_id, expense_data(line, spent_on=date(2026, 4, 9), number="9"))
    service.add_expense(
        agreement_id,
        expense_data(
            line,
            spent_on=date(2026, 3, 20),
            number="10",
            supplier_rut=str(OTHER_SUPPLIER),
            supplier_name="Transportes Futaleufú",
            description="Traslado de usuarios a la feria",
        ),
    )
    service.add_expense(agreement_id, expense_data(line, spent_on=date(2026, 3, 20), number="3"))
    assert [(r.spent_on, r.document) for r in service.expenses_page(agreement_id)] == [
        (date(2026, 3, 20), "Factura N° 10"),  # same day: in the order they were entered
        (date(2026, 3, 20), "Factura N° 3"),
        (date(2026, 4, 9), "Factura N° 9"),
    ]
    assert service.count_expenses(agreement_id, month=Month(2026, 3)) == 2
    assert service.count_expenses(agreement_id, "futaleufu traslado") == 1
    assert service.count_expenses(agreement_id, str(OTHER_SUPPLIER)) == 1
    assert service.count_expenses(agreement_id, "ñandú", month=Month(2026, 4)) == 1
    assert service.count_expenses(agreement_id, "nadie") == 0
    assert [r.document for r in service.expenses_page(agreement_id, offset=1, limit=1)] == [
        "Factura N° 3"
    ]


# -- supporting documents ------------------------------------------------------------------------


def test_receipts_are_kept_by_content_and_survive_a_restart(
    service, workspace, data_dir, agreement_id, line, tmp_path
):
    scan = receipt_file(tmp_path / "escaneos", "factura 1001.pdf")
    photo = receipt_file(tmp_path / "escaneos", "foto.png", PNG)
    result = service.add_expense(agreement_id, expense_data(line), [scan, photo])
    record = service.get_expense(result.id)
    assert [(r.file_name, r.media_type, r.size, r.present) for r in record.receipts] == [
        ("factura 1001.pdf", "application/pdf", len(PDF), True),
        ("foto.png", "image/png", len(PNG), True),
    ]
    assert record.receipts[0].path.read_bytes() == PDF
    assert len(blobs(workspace)) == 2
    # The same scan for another expense is stored once.
    other = service.add_expense(agreement_id, expense_data(line, number="2"), [scan])
    assert len(blobs(workspace)) == 2
    # Attaching the same file twice to one expense is refused; a JPEG is welcome.
    assert "ya está adjunto" in errors_of(service.attach_receipt, other.id, scan)["receipts"]
    assert errors_of(service.attach_receipt, other.id, receipt_file(tmp_path, "a.txt", b"x")) == {
        "receipts": "El archivo «a.txt» no es un PDF ni una imagen JPG o PNG."
    }
    assert len(blobs(workspace)) == 2
    jpeg = service.attach_receipt(other.id, receipt_file(tmp_path, "boleta.jpg", JPEG))
    assert (jpeg.media_type, jpeg.present) == ("image/jpeg", True)
    assert service.expenses_page(agreement_id)[1].receipts == 2
    # Removing a receipt drops its record, never the file (another record or a backup may name it).
    service.remove_receipt(record.receipts[0].id)
    assert [r.file_name for r in service.get_expense(result.id).receipts] == ["foto.png"]
    assert record.receipts[0].path.is_file()
    with pytest.raises(NotFound):
        service.receipt(record.receipts[0].id)

    scan.unlink()
    workspace.close()
    reopened = Workspace(data_dir)
    try:
        again = reopened.rendition.get_expense(other.id)
        assert [(r.file_name, r.present) for r in again.receipts] == [
            ("factura 1001.pdf", True),
            ("boleta.jpg", True),
        ]
        assert again.receipts[0].path.read_bytes() == PDF
        assert reopened.rendition.receipt(jpeg.id).path.read_bytes() == JPEG
    finally:
        reopened.close()


def test_a_receipt_whose_bytes_have_not_arrived_is_not_present(
    service, workspace, agreement_id, line
):
    result = service.add_expense(agreement_id, expense_data(line))
    with workspace.db.transaction() as session:  # as sync brings a record before its bytes
        session.add(
            ExpenseReceipt(
                office_code=workspace.office.comuna_code,
                expense_id=result.id,
                sha256="ab" * 32,
                file_name="remota.pdf",
                media_type="application/pdf",
                size=10,
            )
        )
    [row] = service.get_expense(result.id).receipts
    assert (row.file_name, row.present, row.path.name) == ("remota.pdf", False, "ab" * 32)


def test_receipts_of_a_closed_month_cannot_change(service, agreement_id, line, tmp_path):
    result = service.add_expense(
        agreement_id, expense_data(line), [receipt_file(tmp_path, "a.pdf")]
    )
    service.close_month(agreement_id, Month(2026, 3))
    receipt = service.get_expense(result.id).receipts[0]
    with pytest.raises(ServiceError, match="cerrado"):
        service.attach_receipt(result.id, receipt_file(tmp_path, "b.png", PNG))
    with pytest.raises(ServiceError, match="cerrado"):
        service.remove_receipt(receipt.id)
    assert len(service.get_expense(result.id).receipts) == 1


def test_check_receipt_explains_what_cannot_be_kept(service, tmp_path):
    assert service.check_receipt(receipt_file(tmp_path, "ok.pdf")) is None
    assert service.check_receipt(receipt_file(tmp_path, "planilla.xlsx", b"PK\x03\x04xx")) == (
        "El archivo «planilla.xlsx» no es un PDF ni una imagen JPG o PNG."
    )
    assert service.check_receipt(receipt_file(tmp_path, "vacío.pdf", b"")) == (
        "El archivo «vacío.pdf» está vacío."
    )
    big = tmp_path / "escaneo grande.pdf"
    with big.open("wb") as file:  # sparse: 21 MB on paper, nothing on disk
        file.write(PDF)
        file.truncate(21 * 1024 * 1024)
    assert service.check_receipt(big) == (
        "El archivo «escaneo grande.pdf» pesa 21,0 MB: el máximo es 20 MB."
    )
    assert service.check_receipt(tmp_path / "no existe.pdf") == (
        "No se pudo leer «no existe.pdf»: la carpeta o el archivo no existe."
    )
    assert service.check_receipt(tmp_path) == (
        f"No se pudo leer «{tmp_path.name}»: es una carpeta, no un archivo."
    )


# -- bad input: a clear Spanish message, nothing saved half-way ----------------------------------


def test_bad_input_saves_nothing(service, workspace, agreement_id, line, tmp_path):
    good = receipt_file(tmp_path, "factura.pdf")
    bad = receipt_file(tmp_path, "notas.txt", b"hola")
    big = tmp_path / "grande.png"
    with big.open("wb") as file:
        file.write(PNG)
        file.truncate(20 * 1024 * 1024 + 1)
    before_changes = count_changes(workspace)

    # A receipt that is not a PDF or image, or too big, among good ones: nothing kept at all.
    errors = errors_of(service.add_expense, agreement_id, expense_data(line), [good, bad, big])
    assert errors == {
        "receipts": "El archivo «notas.txt» no es un PDF ni una imagen JPG o PNG. El archivo "
        "«grande.png» pesa 20,1 MB: el máximo es 20 MB."
    }
    # The expense's own errors come with the receipts' ones, all at once.
    errors = errors_of(
        service.add_expense,
        agreement_id,
        expense_data(line, total=1, supplier_rut="76.123.456-1", spent_on=date(2026, 1, 5)),
        [bad],
    )
    assert set(errors) == {"total", "supplier_rut", "spent_on", "receipts"}
    assert "Resolución N°30" in errors["spent_on"]
    # An expense in a closed month, with a good receipt.
    service.close_month(agreement_id, Month(2026, 3))
    changes = count_changes(workspace)
    assert changes == before_changes + 1  # the close itself
    errors = errors_of(service.add_expense, agreement_id, expense_data(line), [good])
    assert errors == {
        "spent_on": "El mes de marzo de 2026 está cerrado: reábralo (con el motivo) para "
        "registrar gastos en él."
    }
    assert count(workspace, Expense) == 0 and count(workspace, ExpenseReceipt) == 0
    assert blobs(workspace) == []
    assert count_changes(workspace) == changes


def test_a_failed_write_after_the_files_leaves_only_orphan_files(
    service, workspace, agreement_id, line, tmp_path, monkeypatch
):
    def broken(session, expense):
        raise OSError("disk gone")

    monkeypatch.setattr("omil_desktop.services.rendition.overspent_warnings", broken)
    with pytest.raises(OSError):
        service.add_expense(agreement_id, expense_data(line), [receipt_file(tmp_path, "a.pdf")])
    assert count(workspace, Expense) == 0 and count(workspace, ExpenseReceipt) == 0
    assert len(blobs(workspace)) == 1  # an orphan content file: harmless, never read


def test_an_expense_and_its_receipts_are_corrected_in_one_save(
    service, workspace, agreement_id, line, tmp_path, monkeypatch
):
    first = receipt_file(tmp_path, "factura.pdf")
    photo = receipt_file(tmp_path, "foto.png", PNG)
    result = service.add_expense(agreement_id, expense_data(line), [first, photo])
    old = service.get_expense(result.id)
    pdf_id, png_id = (r.id for r in old.receipts)
    scan = receipt_file(tmp_path, "boleta.jpg", JPEG)
    bad = receipt_file(tmp_path, "notas.txt", b"hola")
    changes = count_changes(workspace)

    # Every problem at once, the expense's and the files'; nothing saved, nothing stored.
    errors = errors_of(
        service.update_expense,
        result.id,
        expense_data(line, total=1),
        receipts_added=[scan, bad],
        receipts_removed=[pdf_id],
    )
    assert set(errors) == {"total", "receipts"}
    assert "notas.txt" in errors["receipts"] and "boleta.jpg" not in errors["receipts"]
    assert len(blobs(workspace)) == 2  # the scan was not stored

    # A failure inside the write: neither the expense nor a receipt changes.
    def broken(session, expense):
        raise OSError("disk gone")

    monkeypatch.setattr("omil_desktop.services.rendition.overspent_warnings", broken)
    with pytest.raises(OSError):
        service.update_expense(
            result.id,
            expense_data(line, description="Otra"),
            receipts_added=[scan],
            receipts_removed=[pdf_id],
        )
    monkeypatch.undo()
    assert service.get_expense(result.id) == old
    assert count_changes(workspace) == changes

    # All of it at once: the expense, a new scan, the PDF removed (its file stays), and a
    # file already attached is not attached twice.
    saved = service.update_expense(
        result.id,
        expense_data(line, description="Resmas y tóner negro"),
        receipts_added=[scan, photo],
        receipts_removed=[pdf_id],
    )
    assert saved.id == result.id
    now = service.get_expense(result.id)
    assert now.data.description == "Resmas y tóner negro"
    assert [r.file_name for r in now.receipts] == ["foto.png", "boleta.jpg"]
    assert now.receipts[0].id == png_id
    assert old.receipts[0].path.is_file()
    with workspace.db.transaction() as session:
        removed = session.get(ExpenseReceipt, pdf_id)
        assert removed is not None and removed.deleted_at is not None  # a tombstone, to travel
    # The old form still corrects the expense alone.
    service.update_expense(result.id, expense_data(line, description="Solo el texto"))
    assert service.get_expense(result.id).data.description == "Solo el texto"
    assert len(service.get_expense(result.id).receipts) == 2
    # A receipt of another expense is not this one's to remove.
    other = service.add_expense(
        agreement_id, expense_data(line, number="2"), [receipt_file(tmp_path, "x.pdf", PDF + b"x")]
    )
    foreign = service.get_expense(other.id).receipts[0].id
    with pytest.raises(NotFound):
        service.update_expense(result.id, expense_data(line), receipts_removed=[foreign])
    assert len(service.get_expense(other.id).receipts) == 1
    # In a closed month nothing changes.
    service.close_month(agreement_id, Month(2026, 3))
    with pytest.raises(ServiceError, match="marzo de 2026 está cerrado"):
        service.update_expense(
            result.id, expense_data(line), receipts_added=[first], receipts_removed=[png_id]
        )
    assert len(service.get_expense(result.id).receipts) == 2


def test_records_of_another_office_are_not_found(service, workspace, agreement_id):
    with workspace.db.transaction() as session:
        session.get(FomilAgreement, agreement_id).office_code = "10402"
        lines = session.scalars(select(BudgetLine)).all()
        for b in lines:
            b.office_code = "10402"
    assert service.agreements() == []
    with pytest.raises(NotFound):
        service.budget(agreement_id)
    with pytest.raises(NotFound):
        service.update_budget_line(lines[0].id, BudgetLineData("x"))
    # Its year is free for this office.
    service.create_agreement(agreement_data())


def count_changes(workspace) -> int:
    with workspace.db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def test_installment_rows_are_tombstoned_and_travel(service, workspace, agreement_id):
    installment = service.add_installment(
        agreement_id, InstallmentData(date(2026, 3, 2), 1_000, "CI-1")
    )
    service.delete_installment(installment)
    assert service.installments(agreement_id) == []
    with workspace.db.transaction() as session:
        assert session.get(AgreementInstallment, installment).deleted_at is not None
        tables = set(session.scalars(select(ChangeLog.table_name)))
    assert {"fomil_agreement", "budget_line", "agreement_installment"} <= tables


def test_sence_spending_beyond_the_whole_transfer_warns_and_saves(service, agreement_id, line):
    transfer = service.get_agreement(agreement_id).data.transfer_amount
    assert transfer is not None
    big = service.add_expense(agreement_id, expense_data(line, net=transfer))  # net + IVA: over
    over = transfer * 119 // 100 - transfer
    assert (
        big.warnings[-1].startswith("Con este gasto, lo gastado con fondos SENCE ($")
        and f"en ${over:,}".replace(",", ".") in big.warnings[-1]
    )
    assert len(service.expenses_page(agreement_id)) == 1  # saved all the same
    municipal = service.add_expense(
        agreement_id, expense_data(line, number="2", net=transfer, funding=Funding.MUNICIPAL)
    )
    assert not any("SENCE transfiere" in w for w in municipal.warnings)
