"""Helpers for tests of the rendición de gastos (issue 10): the PC's calendar, an agreement of
2026, valid expenses and small supporting documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from omil_desktop.domain.expenses import DocumentType, iva_of, retention_of
from omil_desktop.domain.rendition import AgreementData, BudgetLineData, ExpenseData, Funding
from omil_desktop.domain.rut import Rut

TODAY = date(2026, 11, 20)
SUPPLIER = Rut.from_body(76_123_456)
OTHER_SUPPLIER = Rut.from_body(77_654_321)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 40


@pytest.fixture
def calendar(monkeypatch):
    """The PC's calendar, set by the test: ``calendar[0] = date(...)`` moves it
    (store/clock.py is the one source of the day)."""
    days = [TODAY]

    class Calendar(date):
        @classmethod
        def today(cls):
            return days[0]

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)
    return days


@pytest.fixture
def service(workspace, calendar):
    """The rendición service of the Palena office, on 20-11-2026 unless the test moves it."""
    return workspace.rendition


@pytest.fixture
def agreement_id(service):
    """The 2026 agreement (Res. N° 123 of 10-02-2026, 01-03-2026 to 31-12-2026, $30.000.000)."""
    return service.create_agreement(agreement_data())


@pytest.fixture
def line(service, agreement_id):
    """«Materiales e insumos» with $500.000 SENCE and $100.000 municipal."""
    lid = line_id(service, agreement_id, "Materiales e insumos")
    service.update_budget_line(
        lid, BudgetLineData("Materiales e insumos", sence_amount=500_000, municipal_amount=100_000)
    )
    return lid


def agreement_data(**overrides) -> AgreementData:
    values: dict = {
        "year": 2026,
        "resolution_number": "123",
        "resolution_date": date(2026, 2, 10),
        "starts_on": date(2026, 3, 1),
        "ends_on": date(2026, 12, 31),
        "transfer_amount": 30_000_000,
        "municipal_contribution": 5_000_000,
        "notes": "",
    }
    values.update(overrides)
    return AgreementData(**values)


def expense_data(budget_line_id: str | None, **overrides) -> ExpenseData:
    """A factura of $100.000 net (+ $19.000 IVA) paid with SENCE funds, unless overridden;
    ``net`` alone sets a factura's IVA and total."""
    net = overrides.pop("net", 100_000)
    values: dict = {
        "spent_on": date(2026, 3, 16),
        "document_type": DocumentType.INVOICE,
        "number": "1001",
        "supplier_rut": str(SUPPLIER),
        "supplier_name": "Librería Ñandú Ltda.",
        "net": net,
        "iva": iva_of(net),
        "retention": 0,
        "total": net + iva_of(net),
        "budget_line_id": budget_line_id,
        "funding": Funding.SENCE,
        "description": "Resmas de papel y tóner",
    }
    values.update(overrides)
    return ExpenseData(**values)


def fee_data(budget_line_id: str, gross: int, **overrides) -> ExpenseData:
    """A boleta de honorarios of ``gross`` pesos with the retención of its year."""
    spent_on = overrides.get("spent_on", date(2026, 3, 16))
    retention = retention_of(gross, spent_on.year)
    values: dict = {
        "document_type": DocumentType.FEE_RECEIPT,
        "net": gross,
        "iva": 0,
        "retention": retention,
        "total": gross - retention,
        "supplier_rut": str(Rut.from_body(15_222_333)),
        "supplier_name": "Begoña Peñailillo",
        "description": "Relatora del taller de apresto",
    }
    values.update(overrides)
    return expense_data(budget_line_id, **values)


def receipt_file(folder: Path, name: str, content: bytes = PDF) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def line_id(service, agreement_id: str, name: str) -> str:
    return next(row.id for row in service.budget(agreement_id) if row.name == name)
