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
    good = expected_amounts(DocumentType.INVOICE, 84_034, 2026)
    assert good == Amounts(net=84_034, iva=15_966, retention=0, total=100_000)
    assert good.charged == 100_000
    assert check_amounts(DocumentType.INVOICE, good, 2026) == {}
    one_peso_off = Amounts(net=84_034, iva=15_967, total=100_001)  # rounded line by line
    assert check_amounts(DocumentType.INVOICE, one_peso_off, 2026) == {}
    wrong_iva = Amounts(net=100_000, iva=10_000, total=110_000)
    assert check_amounts(DocumentType.INVOICE, wrong_iva, 2026) == {
        "iva": "El IVA de un neto de $100.000 es $19.000 (19 %), no $10.000."
    }
    wrong_total = Amounts(net=100_000, iva=19_000, total=120_000)
    assert check_amounts(DocumentType.INVOICE, wrong_total, 2026) == {
        "total": "Neto más IVA suman $119.000, no $120.000."
    }


def test_a_fee_receipt_withholds_the_years_retention_and_charges_its_gross():
    fee = expected_amounts(DocumentType.FEE_RECEIPT, 400_000, 2026)
    assert fee == Amounts(net=400_000, iva=0, retention=61_000, total=339_000)
    assert fee.charged == 400_000
    assert check_amounts(DocumentType.FEE_RECEIPT, fee, 2026) == {}
    last_years = Amounts(net=400_000, retention=58_000, total=342_000)  # the 2025 rate, 14,5 %
    assert check_amounts(DocumentType.FEE_RECEIPT, last_years, 2026) == {
        "retention": "La retención de 2026 es 15,25 % del bruto: $61.000, no $58.000."
    }
    gross_as_total = Amounts(net=400_000, retention=61_000, total=400_000)
    assert check_amounts(DocumentType.FEE_RECEIPT, gross_as_total, 2026) == {
        "total": "El bruto menos la retención deja $339.000, no $400.000."
    }


@pytest.mark.parametrize(
    "document",
    [DocumentType.EXEMPT_INVOICE, DocumentType.SALES_RECEIPT, DocumentType.PAYSLIP,
     DocumentType.PAYMENT_VOUCHER, DocumentType.OTHER],
)  # fmt: skip
def test_other_documents_state_one_amount(document):
    assert expected_amounts(document, 12_990, 2026) == Amounts(net=12_990, total=12_990)
    assert check_amounts(document, Amounts(net=12_990, total=12_990), 2026) == {}
    errors = check_amounts(document, Amounts(net=12_990, iva=2_074, retention=100), 2026)
    assert set(errors) == {"iva", "retention"}
    assert errors["retention"] == "Solo una boleta de honorarios lleva retención."
    assert check_amounts(document, Amounts(net=12_990, total=12_000), 2026) == {
        "total": "El monto es $12.990, no $12.000."
    }


def test_no_negative_nor_empty_amounts():
    assert check_amounts(DocumentType.OTHER, Amounts(net=0), 2026) == {
        "net": "El monto del documento no puede ser $0."
    }
    errors = check_amounts(DocumentType.INVOICE, Amounts(net=-1, iva=0, total=-1), 2026)
    assert errors == {"net": "Los montos no pueden ser negativos.",
                      "total": "Los montos no pueden ser negativos."}  # fmt: skip
