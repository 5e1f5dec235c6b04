"""RenditionDocuments on a real data folder: the rendición and the valorización from the
service's figures, on the office's paper with its letterhead and officer, written whole or not
at all."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from omil_desktop.domain.rendition import Funding, InstallmentData, Month
from omil_desktop.reports.paper import Paper
from omil_desktop.services.errors import ServiceError, ValidationFailed
from omil_desktop.services.rendition_documents import RenditionDocuments
from tests.reports.rendition_samples import png
from tests.services.rendition_fixtures import (
    agreement_id,
    calendar,
    expense_data,
    line,
    service,
)

__all__ = ["agreement_id", "calendar", "line", "service"]  # fixtures

MARCH = Month(2026, 3)


@pytest.fixture
def folder(tmp_path):
    """Where the PDFs go (apart from the data folder)."""
    path = tmp_path / "documentos"
    path.mkdir()
    return path


@pytest.fixture
def documents(workspace):
    assert workspace.office is not None
    return RenditionDocuments(
        workspace.db,
        workspace.territory,
        workspace.office.comuna_code,
        now=lambda: datetime(2026, 4, 2, 10, 0),
    )


def test_the_rendition_of_a_month_on_the_office_paper(
    workspace, service, agreement_id, line, documents, folder
):
    municipality = "Ilustre Municipalidad de Palena"
    workspace.office_service.save_document_settings(municipality, Paper.A4, None)
    service.add_installment(agreement_id, InstallmentData(date(2026, 3, 2), 5_000_000, "CI-7"))
    service.add_expense(agreement_id, expense_data(line), [png(folder / "boleta.png")])
    service.add_expense(
        agreement_id,
        expense_data(line, number="1002", net=50_000, funding=Funding.MUNICIPAL),
    )
    out = folder / "rendición marzo.pdf"

    pages = documents.rendition(agreement_id, MARCH, out, annex=True)

    reader = PdfReader(out)
    assert pages == len(reader.pages)
    assert ["Anexo" in page.extract_text() for page in reader.pages][-2:] == [False, True]
    assert tuple(map(float, reader.pages[0].mediabox[2:])) == pytest.approx(A4)
    whole = "".join(page.extract_text() for page in reader.pages)
    assert "Ilustre Municipalidad de Palena" in whole and "OMIL Palena" in whole
    assert "Generado el 02-04-2026 10:00" in whole
    assert "Ana Pérez\nEncargado(a) OMIL" in whole.replace(" \n", "\n").replace("\n ", "\n")
    statement = service.statement(agreement_id, MARCH)
    assert statement.closing_balance == 5_000_000 - 119_000
    assert "$4.881.000" in whole and "$59.500" in whole
    assert "Anexo: documento de respaldo 1 de 1" in reader.pages[-1].extract_text()


def test_nothing_is_written_when_the_month_cannot_be_printed(
    service, agreement_id, documents, folder
):
    out = folder / "r.pdf"
    out.write_bytes(b"an older file")
    with pytest.raises(ServiceError, match="fuera del período de ejecución"):
        documents.rendition(agreement_id, Month(2027, 1), out)
    with pytest.raises(ServiceError, match=r"Ningún convenio FOMIL .* en enero de 2025"):
        documents.agreement_of_month(Month(2025, 1))
    assert documents.agreement_of_month(MARCH).id == agreement_id
    with pytest.raises(ValidationFailed):
        documents.valuation(date(2026, 5, 1), date(2026, 3, 1), out)
    assert out.read_bytes() == b"an older file"
    assert sorted(p.name for p in folder.iterdir()) == ["r.pdf"]


def test_a_failed_render_leaves_no_file(service, agreement_id, documents, folder, monkeypatch):
    from omil_desktop.reports import rendition as printed

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(printed, "rendition", broken)
    with pytest.raises(ServiceError, match="No se pudo guardar"):
        documents.rendition(agreement_id, MARCH, folder / "r.pdf")
    assert list(folder.iterdir()) == []


def test_the_valuation_of_a_period(service, agreement_id, line, documents, folder):
    service.add_expense(agreement_id, expense_data(line))
    out = folder / "valorizacion.pdf"
    assert documents.valuation(date(2026, 3, 1), date(2026, 3, 31), out) == 1
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Período: 01-03-2026 al 31-03-2026" in text
    assert "Con fondos SENCE $119.000" in text


def test_a_receipt_not_yet_on_this_pc_prints_a_page_that_says_so(
    workspace, service, agreement_id, line, documents, folder
):
    """Sync brought a receipt's record before its bytes: the window is told how many are
    missing, and the annex prints a page saying that one could not be read, instead of
    leaving it out silently."""
    from omil_desktop.reports.rendition import UNREADABLE
    from omil_desktop.store.models import ExpenseReceipt

    service.add_expense(agreement_id, expense_data(line), [png(folder / "boleta.png")])
    away = service.add_expense(agreement_id, expense_data(line, number="1002", net=50_000))
    assert service.missing_receipts(agreement_id, MARCH) == 0
    with workspace.db.transaction() as session:  # as sync brings a record before its bytes
        session.add(
            ExpenseReceipt(
                office_code=workspace.office.comuna_code,
                expense_id=away.id,
                sha256="ab" * 32,
                file_name="factura 1002.pdf",
                media_type="application/pdf",
                size=10,
            )
        )
    assert service.missing_receipts(agreement_id, MARCH) == 1
    assert service.missing_receipts(agreement_id, Month(2026, 4)) == 0
    statement = service.statement(agreement_id, MARCH, annex=True)
    assert [(a.caption.split(" — ")[0], a.path.exists()) for a in statement.annex] == [
        ("Factura N° 1001", True),
        ("Factura N° 1002", False),
    ]
    out = folder / "rendición marzo.pdf"

    pages = documents.rendition(agreement_id, MARCH, out, annex=True)

    reader = PdfReader(out)
    assert pages == len(reader.pages)
    last = reader.pages[-1].extract_text()
    assert "Anexo: documento de respaldo 2 de 2" in last
    assert "Factura N° 1002" in last
    assert UNREADABLE in last
    assert "sincronización" in last
    assert UNREADABLE not in reader.pages[-2].extract_text()
