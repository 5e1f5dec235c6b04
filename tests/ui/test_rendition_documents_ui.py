"""The rendición's PDFs from the window: the month's rendición with the annex of its receipts,
and the valorización, made off the GUI thread and handed to the system's viewer (the edge
replaced here)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from omil_desktop.domain.rendition import Funding
from omil_desktop.ui.rendition.area import MONTHS_TAB, VALUATION_TAB
from omil_desktop.ui.workshops import documents
from tests.ui.test_rendition_ui import PNG, agreement, budget, calendar, expense, open_area

__all__ = ["calendar"]


def test_the_months_pdf_with_its_annex_and_the_valuation(
    qtbot, window, workspace, calendar, monkeypatch, tmp_path
):
    agreement_id = agreement(workspace)
    line_id = budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    scan = tmp_path / "boleta.png"
    scan.write_bytes(PNG)
    expense_id = expense(workspace, agreement_id, line_id, supplier_name="Librería Ñandú")
    workspace.rendition.attach_receipt(expense_id, scan)
    expense(workspace, agreement_id, line_id, number="78", funding=Funding.MUNICIPAL)
    suggested: list[str] = []
    opened: list[Path] = []
    monkeypatch.setattr(
        documents, "ask_save_path", lambda _p, _t, name: suggested.append(name) or tmp_path / name
    )
    monkeypatch.setattr(
        documents.QDesktopServices,
        "openUrl",
        lambda url: opened.append(Path(url.toLocalFile())) or True,
    )
    area = open_area(window)
    area.tabs.setCurrentIndex(MONTHS_TAB)
    tab = area.months_tab
    tab.table.setCurrentCell(0, 0)  # octubre de 2026
    tab.annex.setChecked(True)
    tab.pdf_button.click()
    (job,) = tab.jobs
    with qtbot.waitSignal(job.finished, timeout=60_000) as done:
        pass
    assert suggested == ["rendicion-2026-10-con-anexo.pdf"]
    assert done.args[0] == tmp_path / suggested[0] and opened == [done.args[0]]
    pages = PdfReader(done.args[0]).pages
    text = "\n".join(p.extract_text() for p in pages)
    assert "Librería Ñandú" in text and "$50.000" in text
    assert len(pages) >= 2  # the annex: the receipt on its own page

    area.tabs.setCurrentIndex(VALUATION_TAB)
    area.valuation_tab.print_button.click()
    (job,) = area.valuation_tab.jobs
    with qtbot.waitSignal(job.finished, timeout=60_000) as done:
        pass
    assert suggested[-1] == "valorizacion-2026-10-01-2026-11-16.pdf"
    text = PdfReader(done.args[0]).pages[0].extract_text()
    assert "Colocación" in text
