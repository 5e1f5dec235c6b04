"""The months of the rendición through the service, on a real SQLite file: the saldo chain, close
and reopen, the statement the PDF prints, the cost of services and the month's Excel export
(issue 10)."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

import pytest

from omil_desktop.domain.expenses import DocumentType
from omil_desktop.domain.intermediation import ContractType, ReferralStatus
from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rendition import (
    Activity,
    Funding,
    InstallmentData,
    Month,
    MonthAction,
)
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.vacancies import PlacementData
from omil_desktop.domain.workshops import WorkshopData, WorkshopModule
from omil_desktop.services import rendition_months
from omil_desktop.services.errors import ServiceError, ValidationFailed
from tests.services.intermediation_fixtures import add_company, vacancy_data
from tests.services.rendition_fixtures import (
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

MARCH, APRIL, MAY, JUNE = (Month(2026, n) for n in (3, 4, 5, 6))


def assert_chain(rows) -> None:
    """Every month opens with what the one before closed."""
    for before, after in itertools.pairwise(rows):
        assert after.opening_balance == before.closing_balance, (before.month, after.month)
        assert before.closing_balance == (
            before.opening_balance + before.income - before.sence_spent
        )


def test_months_run_from_the_period_start_to_this_month(service, agreement_id, calendar):
    assert [str(r.month) for r in service.months(agreement_id)] == [
        f"2026-{n:02d}" for n in range(3, 12)
    ]
    calendar[0] = date(2026, 2, 28)  # the period has not started
    assert service.months(agreement_id) == []
    calendar[0] = date(2027, 4, 1)  # the period is over: up to its last month
    assert str(service.months(agreement_id)[-1].month) == "2026-12"


def test_the_saldo_chain_holds_across_months_and_after_a_reopen(
    service, agreement_id, line, calendar
):
    other = line_id(service, agreement_id, "Recursos humanos")
    service.add_installment(agreement_id, InstallmentData(date(2026, 2, 20), 10_000_000, "CI-1"))
    service.add_installment(agreement_id, InstallmentData(date(2026, 5, 4), 8_000_000, "CI-2"))
    service.add_expense(agreement_id, expense_data(line, spent_on=date(2026, 3, 2), net=200_000))
    service.add_expense(
        agreement_id, fee_data(other, 500_000, number="F-1", spent_on=date(2026, 3, 31))
    )
    service.add_expense(
        agreement_id,
        expense_data(
            line,
            number="B-1",
            document_type=DocumentType.SALES_RECEIPT,
            iva=0,
            net=45_000,
            total=45_000,
            funding=Funding.MUNICIPAL,
            spent_on=date(2026, 4, 15),
        ),
    )
    service.add_expense(
        agreement_id, fee_data(other, 500_000, number="F-2", spent_on=date(2026, 5, 29))
    )
    rows = service.months(agreement_id)
    assert_chain(rows)
    march, april, may = rows[0], rows[1], rows[2]
    # March opens with the money that arrived before the period (February).
    assert (march.opening_balance, march.income, march.sence_spent, march.expenses) == (
        10_000_000,
        0,
        238_000 + 500_000,  # a fee charges its gross
        2,
    )
    assert march.closing_balance == 9_262_000
    # Municipal money is reported apart and does not touch the saldo.
    assert (april.municipal_spent, april.sence_spent, april.closing_balance) == (
        45_000,
        0,
        9_262_000,
    )
    assert (may.income, may.closing_balance) == (8_000_000, 16_762_000)
    assert all(r.signed_closing is None and not r.closed for r in rows)

    for month in (MARCH, APRIL, MAY, JUNE):
        service.close_month(agreement_id, month)
    rows = service.months(agreement_id)
    assert [r.closed for r in rows[:5]] == [True, True, True, True, False]
    assert [r.signed_closing for r in rows[:4]] == [r.closing_balance for r in rows[:4]]
    assert rows[4].signed_closing is None

    # Months reopen from the last closed back (a later signed rendición would change under its
    # signatures): April is reopened after June and May, and a SENCE expense added there. The
    # chain follows at once; what was signed stays as it was, so the difference shows.
    with pytest.raises(ServiceError, match="Reabra primero el mes de junio de 2026"):
        service.reopen_month(agreement_id, APRIL, "Faltó rendir la movilización del taller")
    assert service.is_closed(agreement_id, APRIL)
    for month in (JUNE, MAY, APRIL):
        service.reopen_month(agreement_id, month, "Faltó rendir la movilización del taller")
    service.add_expense(
        agreement_id,
        expense_data(line, number="77", spent_on=date(2026, 4, 30), net=50_000),
    )
    rows = service.months(agreement_id)
    assert_chain(rows)
    april, may = rows[1], rows[2]
    assert (april.closed, april.closing_balance, april.signed_closing) == (
        False,
        9_262_000 - 59_500,
        9_262_000,
    )
    assert not may.closed and may.opening_balance == 9_202_500
    assert may.signed_closing - may.closing_balance == 59_500
    for month in (APRIL, MAY, JUNE):
        service.close_month(agreement_id, month)
    rows = service.months(agreement_id)
    assert [r.signed_closing for r in rows[1:4]] == [r.closing_balance for r in rows[1:4]]
    assert rows[1].signed_closing == 9_202_500
    for month in range(7, 12):  # later months carry the same saldo
        row = service.months(agreement_id)[month - 3]
        assert row.opening_balance == row.closing_balance == 16_702_500
    # The statement tells the same saldo as the list of months.
    for row in service.months(agreement_id):
        st = service.statement(agreement_id, row.month)
        assert (st.opening_balance, st.closing_balance, st.closed) == (
            row.opening_balance,
            row.closing_balance,
            row.closed,
        )


def test_months_close_in_order_once_over_and_reopen_with_a_reason(
    service, agreement_id, calendar, monkeypatch
):
    with pytest.raises(ServiceError, match="Cierre primero el mes de marzo de 2026"):
        service.close_month(agreement_id, APRIL)
    with pytest.raises(ServiceError, match=r"noviembre de 2026 aún no termina.*01-12-2026"):
        service.close_month(agreement_id, Month(2026, 11))
    with pytest.raises(ServiceError, match="fuera del período de ejecución"):
        service.close_month(agreement_id, Month(2026, 2))
    calendar[0] = date(2026, 3, 31)  # the last day is not over yet
    with pytest.raises(ServiceError, match="aún no termina"):
        service.close_month(agreement_id, MARCH)
    calendar[0] = date(2026, 4, 1)
    assert service.close_refusal(agreement_id, MARCH) is None
    assert service.close_refusal(agreement_id, APRIL) == (
        "El mes de abril de 2026 aún no termina: se puede cerrar desde el 01-05-2026."
    )
    service.close_month(agreement_id, MARCH)
    assert service.close_refusal(agreement_id, MARCH) == "El mes de marzo de 2026 ya está cerrado."
    assert service.is_closed(agreement_id, MARCH)
    with pytest.raises(ServiceError, match="ya está cerrado"):
        service.close_month(agreement_id, MARCH)
    calendar[0] = date(2026, 11, 20)
    with pytest.raises(ValidationFailed) as failed:
        service.reopen_month(agreement_id, MARCH, "   ")
    assert failed.value.errors == {"reason": "Escriba por qué se reabre el mes."}
    with pytest.raises(ServiceError, match="abril de 2026 no está cerrado"):
        service.reopen_month(agreement_id, APRIL, "Error")
    assert service.is_closed(agreement_id, MARCH)
    service.reopen_month(agreement_id, MARCH, "  Factura mal digitada  ")
    assert not service.is_closed(agreement_id, MARCH)
    service.close_month(agreement_id, MARCH)
    service.close_month(agreement_id, APRIL)
    history = service.history(agreement_id)
    assert [(str(e.month), e.action, e.reason) for e in history] == [
        ("2026-04", MonthAction.CLOSE, ""),
        ("2026-03", MonthAction.CLOSE, ""),
        ("2026-03", MonthAction.REOPEN, "Factura mal digitada"),
        ("2026-03", MonthAction.CLOSE, ""),
    ]
    assert all(isinstance(e.at, datetime) for e in history)
    assert history[0].at >= history[-1].at
    # A PC clock set back does not make the newest event look older.
    utcnow = rendition_months.utcnow
    monkeypatch.setattr(rendition_months, "utcnow", lambda: datetime(2020, 1, 1))
    service.reopen_month(agreement_id, APRIL, "Reloj atrasado")
    assert not service.is_closed(agreement_id, APRIL)
    assert service.history(agreement_id)[0].reason == "Reloj atrasado"
    service.close_month(agreement_id, APRIL)
    assert service.is_closed(agreement_id, APRIL)
    monkeypatch.setattr(rendition_months, "utcnow", utcnow)
    # Months reopen from the last closed back, and close again in order.
    with pytest.raises(ServiceError, match="Reabra primero el mes de abril de 2026"):
        service.reopen_month(agreement_id, MARCH, "Revisión de Contraloría")
    service.reopen_month(agreement_id, APRIL, "Revisión de Contraloría")
    service.reopen_month(agreement_id, MARCH, "Revisión de Contraloría")
    assert [r.closed for r in service.months(agreement_id)[:3]] == [False, False, False]
    with pytest.raises(ServiceError, match="Cierre primero el mes de marzo de 2026"):
        service.close_month(agreement_id, APRIL)
    for month in (MARCH, APRIL, MAY):
        service.close_month(agreement_id, month)
    assert [r.closed for r in service.months(agreement_id)[:4]] == [True, True, True, False]


def test_a_reopen_on_a_pc_whose_clock_is_behind_the_close_takes_effect(
    calendar, monkeypatch, tmp_path
):
    """PC 1's clock is 10 minutes ahead when it closes March; PC 2 (right clock, the same
    records) reopens it: the reopen is the latest event, whatever the clocks and the ids say.
    Then PC 2 closes it again and PC 1 (still ahead) reopens it once more."""
    import shutil
    import types

    import uuid6

    from omil_desktop.services.workspace import Workspace
    from omil_desktop.store import clock
    from tests.conftest import OFFICE_COMUNA, OFFICER

    real_ns, real_datetime = uuid6.time.time_ns, clock.datetime
    ahead = timedelta(minutes=10)

    class Ahead(datetime):
        @classmethod
        def now(cls, tz=None):
            return real_datetime.now(tz) + ahead

    def pc_one() -> None:  # the store clock and the ids' clock 10 minutes ahead
        monkeypatch.setattr(clock, "datetime", Ahead)
        monkeypatch.setattr(
            uuid6, "time", types.SimpleNamespace(time_ns=lambda: real_ns() + 600 * 10**9)
        )

    def pc_two() -> None:  # the right clock, a process that never saw PC 1's ids
        monkeypatch.setattr(clock, "datetime", real_datetime)
        monkeypatch.setattr(uuid6, "time", types.SimpleNamespace(time_ns=real_ns))
        monkeypatch.setattr(uuid6, "_last_v7_timestamp", None)

    calendar[0] = date(2026, 4, 2)
    first = Workspace(tmp_path / "pc1")
    first.set_up_office(OFFICE_COMUNA, OFFICER)
    agreement_id = first.rendition.create_agreement(agreement_data())
    pc_one()
    first.rendition.close_month(agreement_id, MARCH)
    first.close()
    # PC 2 holds the same records (as sync brings them), in its own data folder.
    shutil.copytree(tmp_path / "pc1", tmp_path / "pc2")
    other = Workspace(tmp_path / "pc2")
    try:
        pc_two()
        other.rendition.reopen_month(agreement_id, MARCH, "Factura mal digitada")
        assert not other.rendition.is_closed(agreement_id, MARCH)
        events = other.rendition.history(agreement_id)
        assert [e.action for e in events] == [MonthAction.REOPEN, MonthAction.CLOSE]
        assert events[0].at > events[1].at  # one microsecond after, at least
        other.rendition.close_month(agreement_id, MARCH)
        assert other.rendition.is_closed(agreement_id, MARCH)
        pc_one()
        other.rendition.reopen_month(agreement_id, MARCH, "Otra corrección")
        assert not other.rendition.is_closed(agreement_id, MARCH)
        ats = [e.at for e in other.rendition.history(agreement_id)]
        assert ats == sorted(ats, reverse=True) and len(set(ats)) == 4
    finally:
        other.close()


def test_the_statement_has_what_the_rendicion_prints(
    service, workspace, agreement_id, line, tmp_path
):
    service.add_installment(agreement_id, InstallmentData(date(2026, 2, 20), 10_000_000, "CI-1"))
    service.add_installment(agreement_id, InstallmentData(date(2026, 3, 9), 5_000_000, "CI-2"))
    service.add_installment(agreement_id, InstallmentData(date(2026, 4, 9), 1_000_000, "CI-3"))
    fees = line_id(service, agreement_id, "Recursos humanos")
    scan = receipt_file(tmp_path, "f.pdf")
    late = service.add_expense(
        agreement_id,
        expense_data(line, number="20", spent_on=date(2026, 3, 20)),
        [scan, receipt_file(tmp_path, "f.png", PNG)],
    )
    service.add_expense(
        agreement_id,
        expense_data(
            line,
            number="9",
            spent_on=date(2026, 3, 20),
            funding=Funding.MUNICIPAL,
            supplier_rut=str(OTHER_SUPPLIER),
            supplier_name="Ferretería Río Palena",
            description="Pintura para la sala de espera",
        ),
    )
    service.add_expense(
        agreement_id, fee_data(fees, 300_000, spent_on=date(2026, 3, 5), number="44")
    )
    service.add_expense(
        agreement_id, expense_data(line, number="99", spent_on=date(2026, 4, 2), net=10_000)
    )
    st = service.statement(agreement_id, MARCH)
    assert st.month == MARCH and not st.closed and st.annex == ()
    assert st.agreement.received_to_date == 15_000_000
    assert (st.agreement.year, st.agreement.resolution_number) == (2026, "123")
    assert [(i.received_on, i.voucher_number, i.amount) for i in st.incomes] == [
        (date(2026, 3, 9), "CI-2", 5_000_000)
    ]
    assert st.opening_balance == 10_000_000
    assert [
        (e.spent_on, e.document, e.supplier_rut, e.budget_line, e.funding, e.amount)
        for e in st.expenses
    ] == [
        (
            date(2026, 3, 5),
            "Boleta de honorarios N° 44",
            str(Rut.from_body(15_222_333)),
            "Recursos humanos",
            Funding.SENCE,
            300_000,
        ),
        (
            date(2026, 3, 20),
            "Factura N° 9",
            "77.654.321-" + OTHER_SUPPLIER.dv,
            "Materiales e insumos",
            Funding.MUNICIPAL,
            119_000,
        ),
        (
            date(2026, 3, 20),
            "Factura N° 20",
            str(SUPPLIER),
            "Materiales e insumos",
            Funding.SENCE,
            119_000,
        ),
    ]
    assert (st.income_total, st.sence_spent, st.municipal_spent) == (5_000_000, 419_000, 119_000)
    assert st.closing_balance == 10_000_000 + 5_000_000 - 419_000
    lines = {t.name: t for t in st.lines}
    assert list(lines) == [row.name for row in service.budget(agreement_id)]
    materials = lines["Materiales e insumos"]
    assert (
        materials.budget_sence,
        materials.budget_municipal,
        materials.month_sence,
        materials.month_municipal,
        materials.to_date_sence,
        materials.to_date_municipal,
    ) == (500_000, 100_000, 119_000, 119_000, 119_000, 119_000)
    assert materials.overspent  # municipal: $119.000 of $100.000
    assert lines["Recursos humanos"].month_sence == 300_000
    assert lines["Difusión"].to_date_sence == 0

    april = service.statement(agreement_id, APRIL)
    assert april.opening_balance == st.closing_balance
    assert april.lines[2].month_sence == 11_900 and april.lines[2].to_date_sence == 130_900
    assert april.agreement.received_to_date == 16_000_000

    annexed = service.statement(agreement_id, MARCH, annex=True)
    receipts = service.get_expense(late.id).receipts
    assert [(a.caption, a.path, a.media_type) for a in annexed.annex] == [
        ("Factura N° 20 — Librería Ñandú Ltda. — $119.000", receipts[0].path, "application/pdf"),
        ("Factura N° 20 — Librería Ñandú Ltda. — $119.000", receipts[1].path, "image/png"),
    ]
    assert annexed.annex[0].path.read_bytes() == PDF
    with pytest.raises(ServiceError, match="fuera del período"):
        service.statement(agreement_id, Month(2027, 1))
    service.close_month(agreement_id, MARCH)
    assert service.statement(agreement_id, MARCH).closed


def test_receipts_stay_after_closing_reopening_and_a_restart(
    service, workspace, data_dir, agreement_id, line, tmp_path
):
    from omil_desktop.services.workspace import Workspace

    result = service.add_expense(
        agreement_id, expense_data(line), [receipt_file(tmp_path, "factura.pdf")]
    )
    service.close_month(agreement_id, MARCH)
    service.reopen_month(agreement_id, MARCH, "Revisión")
    service.close_month(agreement_id, MARCH)
    workspace.close()
    reopened = Workspace(data_dir)
    try:
        again = reopened.rendition
        [receipt] = again.get_expense(result.id).receipts
        assert receipt.present and receipt.path.read_bytes() == PDF
        st = again.statement(agreement_id, MARCH, annex=True)
        assert st.closed and [a.path for a in st.annex] == [receipt.path]
        assert again.months(agreement_id)[0].signed_closing == -119_000
    finally:
        reopened.close()


# -- cost of services ----------------------------------------------------------------------------


def test_the_valuation_divides_each_activity_among_those_served(
    service, workspace, agreement_id, line, person_data, calendar
):
    people = [
        workspace.people.create(
            person_data(rut=Rut.from_body(10_000_000 + i), first_names=f"Persona {i}"),
            allow_likely_duplicate=True,
        )
        for i in range(4)
    ]
    attentions = workspace.attentions
    attentions.record(people[0], date(2026, 3, 3), ServiceKind.INFORMATION, "")
    attentions.record(people[0], date(2026, 4, 3), ServiceKind.GUIDANCE, "")  # same person
    attentions.record(people[1], date(2026, 4, 7), ServiceKind.INFORMATION, "")
    attentions.record(people[2], date(2026, 5, 7), ServiceKind.GUIDANCE, "")
    attentions.record(people[3], date(2026, 2, 7), ServiceKind.GUIDANCE, "")  # before the period

    workshops = workspace.workshops
    workshop = workshops.create(
        WorkshopData(
            name="Apresto laboral",
            modules=(WorkshopModule.CV,),
            facilitator="Begoña Peña",
            capacity=2,
            starts_on=date(2026, 4, 6),
            ends_on=date(2026, 4, 24),
        )
    )
    first = workshops.enroll(workshop, people[0], on=date(2026, 4, 1)).enrollment_id
    workshops.enroll(workshop, people[1], on=date(2026, 4, 1))
    workshops.enroll(workshop, people[2], on=date(2026, 4, 1))  # waiting
    workshops.withdraw(first, on=date(2026, 4, 2))  # the waiting one moves up
    later = workshops.create(
        WorkshopData(
            name="Apresto de diciembre",
            modules=(WorkshopModule.CV,),
            facilitator="Begoña Peña",
            capacity=5,
            starts_on=date(2026, 12, 1),
            ends_on=date(2026, 12, 10),
        )
    )
    workshops.enroll(later, people[3], on=date(2026, 11, 2))  # starts after the period
    second = workshops.create(
        WorkshopData(
            name="Apresto para entrevistas",
            modules=(WorkshopModule.INTERVIEW,),
            facilitator="Begoña Peña",
            capacity=5,
            starts_on=date(2026, 5, 4),
            ends_on=date(2026, 5, 8),
        )
    )
    workshops.enroll(second, people[1], on=date(2026, 4, 28))  # counted once

    vacancy = workspace.vacancies.create(
        vacancy_data(add_company(workspace), openings=2, published_on=date(2026, 3, 2))
    )
    referrals = workspace.referrals
    for person, start in ((people[0], date(2026, 5, 4)), (people[1], date(2026, 7, 1))):
        referral = referrals.refer(vacancy, person, date(2026, 3, 10))
        referrals.advance(referral, ReferralStatus.HIRED, date(2026, 3, 20))
        referrals.place(referral, PlacementData(start, ContractType.FIXED_TERM, 6))

    workshop_line = line_id(service, agreement_id, "Recursos humanos")
    service.add_expense(  # general operation, SENCE: $119.000
        agreement_id, expense_data(line, spent_on=date(2026, 3, 10))
    )
    service.add_expense(  # a fair, municipal: $59.500
        agreement_id,
        expense_data(
            line,
            number="2",
            net=50_000,
            funding=Funding.MUNICIPAL,
            activity=Activity.FAIR,
            activity_name="Feria laboral de Palena",
            spent_on=date(2026, 4, 10),
        ),
    )
    service.add_expense(  # the workshop's facilitator, SENCE: $400.000 gross
        agreement_id,
        fee_data(
            workshop_line,
            400_000,
            activity=Activity.WORKSHOP,
            workshop_id=workshop,
            spent_on=date(2026, 4, 24),
        ),
    )
    service.add_expense(  # the workshop's snacks, municipal: $20.000
        agreement_id,
        expense_data(
            line,
            number="3",
            document_type=DocumentType.SALES_RECEIPT,
            net=20_000,
            iva=0,
            total=20_000,
            funding=Funding.MUNICIPAL,
            activity=Activity.WORKSHOP,
            workshop_id=workshop,
            spent_on=date(2026, 4, 8),
        ),
    )
    service.add_expense(  # outside the period asked for
        agreement_id, expense_data(line, number="4", spent_on=date(2026, 6, 10), net=999_000)
    )

    valuation = service.valuation(date(2026, 3, 1), date(2026, 5, 31))
    assert (valuation.sence_spent, valuation.municipal_spent) == (519_000, 79_500)
    served, participants, placed = valuation.costs
    assert (served.label, served.count, served.sence, served.municipal) == (
        "Persona atendida",
        3,
        519_000,
        79_500,
    )
    assert (served.sence_each, served.municipal_each, served.total_each) == (
        173_000,
        26_500,
        199_500,
    )
    assert (participants.label, participants.count, participants.sence) == (
        "Participante de taller",
        2,  # the withdrawn person is not counted; the one who moved up is
        400_000,
    )
    assert (participants.sence_each, participants.municipal_each) == (200_000, 10_000)
    assert (placed.label, placed.count, placed.sence, placed.municipal) == (
        "Colocación",
        1,  # the other contract starts in July
        119_000,
        59_500,
    )
    assert (placed.sence_each, placed.municipal_each) == (119_000, 59_500)
    assert all(cost.basis.endswith(".") for cost in valuation.costs)

    # Nobody to share among: no unit cost (callers show «—»).
    empty = service.valuation(date(2026, 9, 1), date(2026, 9, 30))
    assert [c.count for c in empty.costs] == [0, 0, 0]
    assert all(c.sence_each is None and c.total_each is None for c in empty.costs)
    with pytest.raises(ValidationFailed) as failed:
        service.valuation(date(2026, 9, 30), date(2026, 9, 1))
    assert "ends_on" in failed.value.errors


# -- the Excel export ----------------------------------------------------------------------------


def test_the_month_exports_to_excel_with_typed_cells(
    service, workspace, agreement_id, line, tmp_path
):
    from openpyxl import load_workbook

    workshop = workspace.workshops.create(
        WorkshopData(
            name="Apresto laboral",
            modules=(WorkshopModule.CV,),
            facilitator="Begoña Peña",
            capacity=2,
            starts_on=date(2026, 3, 2),
            ends_on=date(2026, 3, 24),
        )
    )
    fees = line_id(service, agreement_id, "Recursos humanos")
    service.add_expense(
        agreement_id,
        fee_data(
            fees,
            200_000,
            number="=7",  # a number that looks like a formula stays a text
            activity=Activity.WORKSHOP,
            workshop_id=workshop,
            spent_on=date(2026, 3, 24),
        ),
        [receipt_file(tmp_path, "boleta.pdf")],
    )
    service.add_expense(agreement_id, expense_data(line, spent_on=date(2026, 3, 2)))
    service.add_expense(agreement_id, expense_data(line, number="5", spent_on=date(2026, 4, 2)))
    target = tmp_path / "gastos marzo.xlsx"
    assert service.export_month(agreement_id, MARCH, target) == 2
    sheet = load_workbook(target).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.freeze_panes == "A2"  # the header stays in sight
    assert sheet.column_dimensions["E"].width >= len("Nombre del proveedor")
    assert rows[0] == (
        "Fecha",
        "Tipo de documento",
        "N° de documento",
        "RUT del proveedor",
        "Nombre del proveedor",
        "Descripción",
        "Ítem presupuestario",
        "Financiamiento",
        "Actividad",
        "Neto",
        "IVA",
        "Retención",
        "Total",
        "Monto rendido",
        "Comprobantes",
    )
    assert rows[1] == (
        datetime(2026, 3, 2),
        "Factura",
        "1001",
        str(SUPPLIER),
        "Librería Ñandú Ltda.",
        "Resmas de papel y tóner",
        "Materiales e insumos",
        "SENCE",
        "Operación general",
        100_000,
        19_000,
        0,
        119_000,
        119_000,
        0,
    )
    assert rows[2][1:3] == ("Boleta de honorarios", "=7")
    assert rows[2][8] == "Taller: Apresto laboral"
    assert rows[2][9:] == (200_000, 0, 30_500, 169_500, 200_000, 1)
    assert sheet.cell(2, 1).is_date and sheet.cell(2, 1).number_format == "DD-MM-YYYY"
    assert all(type(sheet.cell(r, c).value) is int for r in (2, 3) for c in range(10, 16))
    assert sheet.cell(3, 3).data_type == "s"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["gastos marzo.xlsx"]
    # An empty month writes the header only.
    assert service.export_month(agreement_id, MAY, tmp_path / "mayo.xlsx") == 0


def test_a_failed_export_leaves_the_older_file_as_it_was(
    service, agreement_id, line, tmp_path, monkeypatch
):
    target = tmp_path / "gastos.xlsx"
    target.write_bytes(b"the older export")
    service.add_expense(agreement_id, expense_data(line))

    def half_written(path, *args, **kwargs):
        path.write_bytes(b"PK half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("omil_desktop.services.rendition_months.write_xlsx", half_written)
    with pytest.raises(ServiceError, match="el disco está lleno"):
        service.export_month(agreement_id, MARCH, target)
    assert target.read_bytes() == b"the older export"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["gastos.xlsx"]
    monkeypatch.undo()
    with pytest.raises(ServiceError, match="No existe la carpeta"):
        service.export_month(agreement_id, MARCH, tmp_path / "no" / "gastos.xlsx")
    with pytest.raises(ServiceError, match=r"\.xlsx"):
        service.export_month(agreement_id, MARCH, tmp_path / "gastos.csv")


def test_a_document_number_with_a_superscript_digit_is_a_text(
    service, agreement_id, line, tmp_path
):
    """«12²» looks like digits to ``str.isdigit`` but is no number: the month's statement and
    export still work, and it sorts after the numbers."""
    service.add_expense(agreement_id, expense_data(line, number="12²"))
    service.add_expense(agreement_id, expense_data(line, number="13"))
    statement = service.statement(agreement_id, MARCH)
    assert [r.document for r in statement.expenses] == ["Factura N° 13", "Factura N° 12²"]
    target = tmp_path / "marzo.xlsx"
    assert service.export_month(agreement_id, MARCH, target) == 2
    from openpyxl import load_workbook

    numbers = [row[2] for row in load_workbook(target).worksheets[0].iter_rows(values_only=True)]
    assert numbers[1:] == ["13", "12²"]


def refuse(workspace, row_id: str, reason: str) -> None:
    """What sync/client.py does when the regional server refuses the row's change: the change
    stays in the log with its reason, never sent again, and the record stays live here."""
    from sqlalchemy import update

    from omil_desktop.store.models import ChangeLog

    with workspace.db.transaction() as session:
        done = session.execute(
            update(ChangeLog).where(ChangeLog.row_id == row_id).values(refused_reason=reason)
        )
        assert done.rowcount == 1


def test_a_month_with_a_change_the_server_refused_does_not_close(
    service, workspace, agreement_id, line, calendar
):
    """The same document entered on two PCs: the server refuses the second one, which stays
    live on its PC; the month cannot be closed (and signed) with it until it is deleted."""
    calendar[0] = date(2026, 5, 2)
    service.add_expense(agreement_id, expense_data(line, number="776"))
    twice = service.add_expense(agreement_id, expense_data(line, number="777")).id
    early = service.add_installment(
        agreement_id, InstallmentData(date(2026, 2, 20), 1_000_000, "CI-9")
    )  # before the period: March's saldo anterior
    april = service.add_expense(
        agreement_id, expense_data(line, number="9", spent_on=APRIL.first_day)
    ).id
    refuse(workspace, twice, "Este documento ya está rendido en otro PC de la oficina.")
    refuse(workspace, april, "Rechazado por el servidor regional.")
    message = (
        "El servidor regional rechazó el gasto Factura N° 777 de Librería Ñandú Ltda. "
        "(16-03-2026): Este documento ya está rendido en otro PC de la oficina. Elimínelo (y "
        "regístrelo de nuevo si corresponde) antes de cerrar el mes de marzo de 2026."
    )
    assert service.close_refusal(agreement_id, MARCH) == message
    with pytest.raises(ServiceError) as refused:
        service.close_month(agreement_id, MARCH)
    assert str(refused.value) == message
    assert not service.is_closed(agreement_id, MARCH)
    service.delete_expense(twice)
    refuse(workspace, early, "Las cuotas superan el monto del convenio.")
    assert service.close_refusal(agreement_id, MARCH) == (
        "El servidor regional rechazó el ingreso del 20-02-2026 (comprobante CI-9, $1.000.000): "
        "Las cuotas superan el monto del convenio. Elimínelo (y regístrelo de nuevo si "
        "corresponde) antes de cerrar el mes de marzo de 2026."
    )
    service.delete_installment(early)
    service.close_month(agreement_id, MARCH)  # April's refused expense is April's matter
    assert service.is_closed(agreement_id, MARCH)
    assert "Factura N° 9" in (service.close_refusal(agreement_id, APRIL) or "")
