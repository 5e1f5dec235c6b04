"""How the amounts of an expense's document add up (issue 10's first part)."""

from __future__ import annotations

import pytest

from omil_desktop.domain.expenses import (
    Amounts,
    DocumentType,
    check_amounts,
    expected_amounts,
    iva_of,
    retention_of,
    retention_rate,
)


@pytest.mark.parametrize(
    ("net", "iva"), [(10_000, 1_900), (1, 0), (3, 1), (105, 20), (84_034, 15_966), (0, 0)]
)
def test_iva_is_19_percent_rounded_to_the_peso(net, iva):
    assert iva_of(net) == iva


@pytest.mark.parametrize(
    ("year", "rate", "gross", "retention"),
    [(2024, 1375, 100_000, 13_750), (2025, 1450, 100_000, 14_500), (2026, 1525, 100_000, 15_250),
     (2026, 1525, 333_333, 50_833), (2028, 1700, 100_000, 17_000), (2031, 1700, 10_000, 1_700)],
)  # fmt: skip
def test_the_retention_of_a_fee_follows_the_year(year, rate, gross, retention):
    assert retention_rate(year) == rate
    assert retention_of(gross, year) == retention


def test_a_factura_adds_up_and_its_errors_say_the_right_figure():
    good = expected_amounts(DocumentType.INVOICE, total=0, net=84_034, year=2026)
    assert good == Amounts(total=100_000, net=84_034, iva=15_966)
    assert check_amounts(DocumentType.INVOICE, good, 2026) == {}
    one_peso_off = Amounts(total=100_001, net=84_034, iva=15_967)  # rounded line by line
    assert check_amounts(DocumentType.INVOICE, one_peso_off, 2026) == {}
    wrong_iva = Amounts(total=110_000, net=100_000, iva=10_000)
    assert check_amounts(DocumentType.INVOICE, wrong_iva, 2026) == {
        "iva": "El IVA de un neto de $100.000 es $19.000 (19 %), no $10.000."
    }
    wrong_total = Amounts(total=120_000, net=100_000, iva=19_000)
    assert check_amounts(DocumentType.INVOICE, wrong_total, 2026) == {
        "total": "Neto más IVA suman $119.000, no $120.000."
    }
    assert set(check_amounts(DocumentType.INVOICE, Amounts(total=5_000), 2026)) == {"net", "iva"}


def test_a_fee_receipt_withholds_the_years_retention():
    fee = expected_amounts(DocumentType.FEE_RECEIPT, total=400_000, net=None, year=2026)
    assert fee == Amounts(total=400_000, retention=61_000)
    assert fee.paid == 339_000
    assert check_amounts(DocumentType.FEE_RECEIPT, fee, 2026) == {}
    last_years = Amounts(total=400_000, retention=58_000)  # the 2025 rate, 14,5 %
    assert check_amounts(DocumentType.FEE_RECEIPT, last_years, 2026) == {
        "retention": "La retención de 2026 es 15,25 % del bruto: $61.000, no $58.000."
    }
    assert set(check_amounts(DocumentType.FEE_RECEIPT, Amounts(total=1_000), 2026)) == {"retention"}


@pytest.mark.parametrize(
    "document",
    [DocumentType.EXEMPT_INVOICE, DocumentType.SALES_RECEIPT, DocumentType.PAYSLIP,
     DocumentType.PAYMENT_VOUCHER, DocumentType.OTHER],
)  # fmt: skip
def test_other_documents_state_a_total_only(document):
    assert check_amounts(document, Amounts(total=12_990), 2026) == {}
    errors = check_amounts(document, Amounts(total=12_990, iva=2_074, retention=100), 2026)
    assert set(errors) == {"iva", "retention"}
    assert errors["retention"] == "Solo una boleta de honorarios lleva retención."


def test_no_negative_nor_empty_amounts():
    assert check_amounts(DocumentType.OTHER, Amounts(total=0), 2026) == {
        "total": "El total del documento no puede ser $0."
    }
    errors = check_amounts(DocumentType.INVOICE, Amounts(total=-1, net=-1, iva=0), 2026)
    assert errors == {
        "total": "Los montos no pueden ser negativos.",
        "net": "Los montos no pueden ser negativos.",
    }


def test_every_document_type_has_a_spanish_label():
    assert [d.label for d in DocumentType] == [
        "Factura", "Factura exenta", "Boleta de venta", "Boleta de honorarios",
        "Liquidación de sueldo", "Comprobante de egreso", "Otro",
    ]  # fmt: skip
