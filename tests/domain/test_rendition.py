"""The rendición's words and rules as pure values: months, agreements, installments, budget
lines, expenses, supporting documents and the statement's saldo."""

from __future__ import annotations

from datetime import date

import pytest

from omil_desktop.domain.expenses import DocumentType
from omil_desktop.domain.rendition import (
    MAX_RECEIPT_BYTES,
    Activity,
    AgreementData,
    AgreementSummary,
    AgreementTerms,
    BudgetLineData,
    ExpenseData,
    ExpenseRow,
    Funding,
    IncomeRow,
    InstallmentData,
    Month,
    MonthStatement,
    UnitCost,
    amount_label,
    months_between,
    per_unit,
    receipt_error,
    receipt_media_type,
)
from omil_desktop.domain.text import size_text

TERMS = AgreementTerms("123", date(2026, 1, 12), date(2026, 1, 1), date(2026, 12, 31))


def test_months_parse_print_and_step():
    october = Month.parse(" 2026-10 ")
    assert str(october) == "2026-10" and october.label == "octubre de 2026"
    assert october.first_day == date(2026, 10, 1) and october.last_day == date(2026, 10, 31)
    assert Month.parse("2028-02").last_day == date(2028, 2, 29)
    assert Month(2026, 12).following() == Month(2027, 1)
    assert Month(2027, 1).previous() == Month(2026, 12)
    assert date(2026, 10, 31) in october and date(2026, 11, 1) not in october
    assert months_between(date(2025, 11, 30), date(2026, 2, 1)) == [
        Month(2025, 11), Month(2025, 12), Month(2026, 1), Month(2026, 2)
    ]  # fmt: skip
    for wrong in ("2026-13", "10-2026", "2026/10", ""):
        with pytest.raises(ValueError, match="AAAA-MM"):
            Month.parse(wrong)
    with pytest.raises(ValueError, match="«1999-05» está fuera de rango: va de 2000 a 2100"):
        Month.parse("1999-05")


def test_an_agreement_says_every_problem_at_once():
    errors = AgreementData(transfer_amount=0, municipal_contribution=-5).validate()
    assert set(errors) == {
        "year", "resolution_number", "resolution_date", "starts_on", "ends_on",
        "transfer_amount", "municipal_contribution",
    }  # fmt: skip
    assert errors["transfer_amount"] == "El monto transferido por SENCE no puede ser $0."
    good = AgreementData(
        2026, " 123 ", date(2026, 1, 12), date(2026, 1, 1), date(2026, 12, 31), 24_000_000, 0
    ).cleaned()
    assert good.resolution_number == "123" and good.validate() == {}
    backwards = AgreementData(2026, "1", date(2026, 1, 2), date(2026, 5, 1), date(2026, 4, 1), 1)
    assert backwards.validate() == {"ends_on": "El término no puede ser anterior al inicio."}


def test_installments_and_budget_lines():
    assert set(InstallmentData(amount=0).validate()) == {"received_on", "amount", "voucher_number"}
    assert InstallmentData(date(2026, 2, 1), 8_000_000, "CI-45").validate() == {}
    assert BudgetLineData("Difusión", 500_000, 0).validate() == {}
    errors = BudgetLineData("  ", -1, None).validate()
    assert errors == {
        "name": "Escriba el nombre del ítem.",
        "sence_amount": "Los montos no pueden ser negativos.",
        "municipal_amount": "Indique el presupuesto municipal (puede ser $0).",
    }


def _invoice(**changes) -> ExpenseData:
    data = ExpenseData(
        spent_on=date(2026, 3, 10), document_type=DocumentType.INVOICE, number="1234",
        supplier_rut="76.086.428-5", supplier_name="Librería El Sur", net=84_034, iva=15_966,
        total=100_000, budget_line_id="line", description="Resmas y carpetas",
    )  # fmt: skip
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_an_expense_is_checked_against_the_resolution_and_the_period():
    assert _invoice().validate(TERMS) == {}
    before = _invoice(spent_on=date(2026, 1, 5)).validate(TERMS)["spent_on"]
    assert "anterior a la resolución" in before and "art. 13" in before
    outside = _invoice(spent_on=date(2027, 1, 5)).validate(TERMS)["spent_on"]
    assert outside == (
        "El gasto está fuera del período de ejecución del convenio (01-01-2026 al 31-12-2026)."
    )


def test_an_expense_says_every_problem_at_once():
    errors = _invoice(
        supplier_rut="76.086.428-4", number=" ", supplier_name="", iva=10_000, budget_line_id=None,
        description="", activity=Activity.WORKSHOP,
    ).validate(TERMS)  # fmt: skip
    assert set(errors) == {
        "supplier_rut", "number", "supplier_name", "iva", "budget_line_id", "description",
        "workshop_id",
    }  # fmt: skip
    assert errors["supplier_rut"] == (
        "El RUT 76.086.428-4 no es válido: revise el RUT del proveedor en el documento."
    )
    assert set(ExpenseData().validate()) >= {"spent_on", "document_type", "net", "total"}


def test_a_cleaned_expense_keeps_only_its_activitys_link():
    cleaned = _invoice(activity=Activity.GENERAL, workshop_id="w1", activity_name="Feria").cleaned()
    assert cleaned.workshop_id is None and cleaned.activity_name == ""


@pytest.mark.parametrize(
    ("head", "media"),
    [(b"%PDF-1.7\n", "application/pdf"), (b"\xff\xd8\xff\xe0", "image/jpeg"),
     (b"\x89PNG\r\n\x1a\n", "image/png"), (b"PK\x03\x04", None), (b"", None)],
)  # fmt: skip
def test_supporting_documents_are_known_by_their_first_bytes(head, media):
    assert receipt_media_type(head) == media


def test_a_receipt_that_cannot_be_kept_says_why():
    assert receipt_error("f.pdf", 100, b"%PDF-1.4") is None
    assert receipt_error("f.pdf", 0, b"") == "El archivo «f.pdf» está vacío."
    big = receipt_error("scan.jpg", MAX_RECEIPT_BYTES + 1, b"\xff\xd8\xff")
    assert big == "El archivo «scan.jpg» pesa 20,1 MB: el máximo es 20 MB."
    assert receipt_error("planilla.xlsx", 10, b"PK\x03\x04") == (
        "El archivo «planilla.xlsx» no es un PDF ni una imagen JPG o PNG."
    )


def test_the_statement_carries_the_saldo_and_keeps_the_two_fundings_apart():
    summary = AgreementSummary(2026, "123", date(2026, 1, 12), date(2026, 1, 1),
                               date(2026, 12, 31), 24_000_000, 3_000_000, 16_000_000)  # fmt: skip

    def row(amount: int, funding: Funding) -> ExpenseRow:
        return ExpenseRow(date(2026, 3, 2), "Factura N° 1", "76.086.428-5", "Proveedor", "x",
                          "Difusión", funding, amount)  # fmt: skip

    statement = MonthStatement(
        month=Month(2026, 3),
        agreement=summary,
        opening_balance=1_500_000,
        incomes=(IncomeRow(date(2026, 3, 5), "CI-9", 8_000_000),),
        expenses=(
            row(100_000, Funding.SENCE),
            row(40_000, Funding.MUNICIPAL),
            row(25_000, Funding.SENCE),
        ),
        lines=(),
        closed=False,
        annex=(),
    )
    assert (statement.sence_spent, statement.municipal_spent) == (125_000, 40_000)
    assert statement.closing_balance == 1_500_000 + 8_000_000 - 125_000


def test_unit_costs_round_to_the_peso_and_say_nothing_for_nobody():
    assert per_unit(100, 3) == 33 and per_unit(200, 3) == 67 and per_unit(5, 2) == 3
    assert per_unit(1_000, 0) is None
    cost = UnitCost("Colocación", "x", 3, 1_000_000, 200_000)
    assert (cost.sence_each, cost.municipal_each, cost.total_each) == (333_333, 66_667, 400_000)
    assert UnitCost("Colocación", "x", 0, 5, 5).total_each is None


def test_an_amount_is_named_as_its_document_names_it():
    assert amount_label(DocumentType.INVOICE, "net") == "Neto"
    assert amount_label(DocumentType.FEE_RECEIPT, "net") == "Bruto"
    assert amount_label(DocumentType.FEE_RECEIPT, "total") == "Líquido a pagar"
    assert amount_label(DocumentType.SALES_RECEIPT, "net") == "Monto"
    assert amount_label(None, "net") == "Monto"
    fee = ExpenseData(document_type=DocumentType.FEE_RECEIPT).validate()
    assert (fee["net"], fee["total"]) == ("Indique el bruto.", "Indique el líquido a pagar.")
    assert ExpenseData().validate()["net"] == "Indique el monto."
    assert _invoice(net=None).validate(TERMS)["net"] == "Indique el neto."


def test_a_file_size_reads_rounded_up():
    assert [size_text(n) for n in (1, 1024, 1025, 348_160)] == ["1 kB", "1 kB", "2 kB", "340 kB"]
    assert size_text(20 * 1024 * 1024) == "20,0 MB" and size_text(20 * 1024 * 1024 + 1) == "20,1 MB"
