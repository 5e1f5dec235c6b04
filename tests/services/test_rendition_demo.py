"""The demo office's rendición de gastos FOMIL: the agreement of the year, its budget and
installments, 8 to 20 expenses in every month up to the previous one, scanned receipts, and
every month before the previous one closed, built through RenditionService with dates around
the day the demo is built."""

from __future__ import annotations

import itertools
from datetime import date

from omil_desktop.domain.expenses import DocumentType, iva_of, retention_of
from omil_desktop.domain.rendition import Activity, Funding, Month
from omil_desktop.services.demo import _people, _rendition, _workshops, build_demo
from omil_desktop.services.workspace import Workspace


def expenses_of(service, agreement_id: str) -> list:
    return [
        service.get_expense(row.id) for row in service.expenses_page(agreement_id, limit=10_000)
    ]


def test_the_demo_has_an_agreement_with_expenses_and_closed_months(data_dir):
    workspace = Workspace(data_dir)
    try:
        demo = build_demo(workspace)
        day = date.today()
        service = workspace.rendition
        agreement = service.current_agreement()
        assert agreement is not None and len(service.agreements()) == 1
        data = agreement.data
        assert (data.year, data.resolution_date) == (day.year, date(day.year, 1, 8))
        assert (data.starts_on, data.ends_on) == (date(day.year, 1, 1), date(day.year, 12, 31))
        assert (data.transfer_amount, data.municipal_contribution) == (24_000_000, 6_000_000)

        budget = service.budget(agreement.id)
        assert len(budget) == 7 and all(line.sence_amount > 0 for line in budget)
        assert sum(line.sence_amount for line in budget) == 24_000_000
        assert sum(line.municipal_amount for line in budget) == 6_000_000
        assert not any(line.overspent for line in budget)

        installments = service.installments(agreement.id)
        assert all(i.amount == 8_000_000 and i.received_on <= day for i in installments)
        assert [i.received_on for i in installments] == [
            d
            for d in (date(day.year, 1, 20), date(day.year, 5, 12), date(day.year, 9, 8))
            if d <= day
        ]

        months = service.months(agreement.id)
        past = [m for m in months if m.month.last_day < day]
        assert [m.month for m in past] == [Month(day.year, n) for n in range(1, day.month)]
        assert all(8 <= m.expenses <= 20 for m in past)
        assert [m.closed for m in past] == [True] * (len(past) - 1) + [False] * bool(past)
        assert all(m.expenses == 0 and not m.closed for m in months if m not in past)
        for before, after in itertools.pairwise(months):  # the saldo chain
            assert after.opening_balance == before.closing_balance

        expenses = expenses_of(service, agreement.id)
        assert ("gastos FOMIL", len(expenses)) in demo.parts
        assert sum(m.expenses for m in past) == len(expenses)
        kinds = {e.data.document_type for e in expenses}
        if past:
            assert {DocumentType.INVOICE, DocumentType.FEE_RECEIPT, DocumentType.PAYSLIP} <= kinds
            assert {e.data.funding for e in expenses} == {Funding.SENCE, Funding.MUNICIPAL}
            assert any(e.receipts and all(r.present for r in e.receipts) for e in expenses)
            assert any(c in e.data.supplier_name for e in expenses for c in "ñÑ")
        for e in expenses:
            d = e.data
            assert (
                d.spent_on is not None
                and d.net is not None
                and date(day.year, 1, 8) <= d.spent_on < day
            )
            if d.document_type is DocumentType.INVOICE:
                assert d.iva == iva_of(d.net) > 0
            if d.document_type is DocumentType.FEE_RECEIPT:
                assert d.retention == retention_of(d.net, day.year) > 0
                assert d.total == d.net - d.retention
        started = [
            w
            for w in service.workshop_choices()
            if Month.of(w.starts_on) in [m.month for m in past]
        ]
        linked = {e.data.workshop_id for e in expenses if e.data.activity is Activity.WORKSHOP}
        assert linked == {w.id for w in started}
    finally:
        workspace.close()


def test_the_demo_rendition_is_the_same_every_time(tmp_path):
    def build(folder) -> list[tuple]:
        workspace = Workspace(folder)
        try:
            build_demo(workspace, parts=[_people, _workshops, _rendition])
            service = workspace.rendition
            agreement = service.current_agreement()
            assert agreement is not None
            return [
                (r.spent_on, r.document, r.supplier_rut, r.description, r.amount, r.receipts)
                for r in service.expenses_page(agreement.id, limit=10_000)
            ]
        finally:
            workspace.close()

    assert build(tmp_path / "a") == build(tmp_path / "b")
