"""The rendición's window after the review of issue 10: the expenses list named by the domain's
labels and saying why it is empty; an edit saved whole or not at all; the annex's missing
receipts said before the PDF is made."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from omil_desktop.domain.rendition import EXPENSE_LABELS, Month
from omil_desktop.ui.rendition.area import EXPENSES_TAB, MONTHS_TAB
from omil_desktop.ui.rendition.expenses_tab import AMOUNT, DATE, FUNDING, LINE, RUT, SUPPLIER
from omil_desktop.ui.rendition.months_tab import LINE_MONEY_COLUMNS, MONEY_COLUMNS, PreviewDialog
from omil_desktop.ui.workshops import documents
from tests.ui.test_rendition_ui import (
    PNG,
    agreement,
    budget,
    calendar,
    expense,
    open_area,
    visible,
)

__all__ = ["calendar"]


def header(tab, column: int) -> str:
    return tab.model.headerData(column, Qt.Orientation.Horizontal).replace("\n", " ")


def test_the_expenses_list_is_headed_by_the_domains_labels(qtbot, window, workspace, calendar):
    agreement(workspace)
    area = open_area(window)
    area.tabs.setCurrentIndex(EXPENSES_TAB)
    tab = area.expenses_tab
    assert header(tab, DATE) == EXPENSE_LABELS["spent_on"]
    assert header(tab, RUT) == EXPENSE_LABELS["supplier_rut"]
    assert header(tab, SUPPLIER) == EXPENSE_LABELS["supplier_name"]
    assert header(tab, LINE) == EXPENSE_LABELS["budget_line_id"]
    assert header(tab, FUNDING) == EXPENSE_LABELS["funding"]
    assert header(tab, AMOUNT) == "Monto"
    # A header in two lines is not cut: its column is as wide as its longest line.
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: not tab.table.isColumnHidden(RUT), timeout=2000)
    metrics = tab.table.fontMetrics()
    for column in (RUT, SUPPLIER, LINE):
        lines = tab.model.headerData(column, Qt.Orientation.Horizontal).split("\n")
        assert len(lines) == 2
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        assert tab.table.columnWidth(column) >= widest


def test_an_empty_month_says_so_in_the_list(qtbot, window, workspace, calendar):
    calendar[0] = date(2026, 12, 16)
    agreement_id = agreement(workspace)
    line_id = budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    expense(workspace, agreement_id, line_id)  # October
    workspace.rendition.close_month(agreement_id, Month(2026, 10))
    workspace.rendition.close_month(agreement_id, Month(2026, 11))
    area = open_area(window)
    area.tabs.setCurrentIndex(EXPENSES_TAB)
    tab = area.expenses_tab
    assert tab.month() == Month(2026, 12) and tab.model.rowCount() == 0
    assert tab.empty.isVisibleTo(tab)
    assert tab.empty.text() == (
        "Sin gastos en diciembre de 2026. Regístrelos con «Registrar gasto…» (Ctrl+N)."
    )
    # Drawn inside the table's area, whole.
    assert tab.table.viewport().rect().contains(tab.empty.geometry())
    assert tab.empty.height() >= tab.empty.heightForWidth(tab.empty.width())

    tab.show_month(Month(2026, 11))  # closed: nothing to register there
    assert tab.empty.text() == "Sin gastos en noviembre de 2026 (mes cerrado)."

    tab.show_month(Month(2026, 10))
    assert tab.model.rowCount() == 1 and not tab.empty.isVisibleTo(tab)
    qtbot.keyClicks(tab.search_field, "nadie")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=2000)
    assert tab.empty.isVisibleTo(tab)
    assert tab.empty.text() == "Ningún gasto coincide con la búsqueda."
    tab.clear_search()
    assert tab.model.rowCount() == 1 and not tab.empty.isVisibleTo(tab)


def test_the_annex_warns_of_receipts_not_on_this_pc(
    qtbot, window, workspace, calendar, when_modal, monkeypatch, tmp_path
):
    agreement_id = agreement(workspace)
    line_id = budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    first = expense(workspace, agreement_id, line_id)
    second = expense(workspace, agreement_id, line_id, number="78")
    service = workspace.rendition
    here = tmp_path / "aqui.png"
    here.write_bytes(PNG)
    service.attach_receipt(first, here)
    away = tmp_path / "lejos.png"
    away.write_bytes(PNG + b"otro")
    # As a receipt synced from another PC before its file: the record, not the bytes.
    service.attach_receipt(second, away).path.unlink()
    made: list[Path] = []
    monkeypatch.setattr(documents, "ask_save_path", lambda _p, _t, name: tmp_path / name)
    monkeypatch.setattr(
        documents.QDesktopServices,
        "openUrl",
        lambda url: made.append(Path(url.toLocalFile())) or True,
    )
    area = open_area(window)
    area.tabs.setCurrentIndex(MONTHS_TAB)
    tab = area.months_tab
    tab.table.setCurrentCell(0, 0)  # octubre de 2026
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):
        def press(box: QMessageBox) -> None:
            asked.append(box.text())
            box.button(button).click()

        return press

    tab.annex.setChecked(False)  # without the annex: nothing to ask
    tab.pdf_button.click()
    assert asked == [] and len(tab.jobs) == 1
    with qtbot.waitSignal(tab.jobs[0].finished, timeout=60_000):
        pass

    tab.annex.setChecked(True)
    when_modal(QMessageBox, answer(QMessageBox.StandardButton.No))
    tab.pdf_button.click()
    assert asked == [
        "1 comprobante aún no llega a este equipo: el anexo dirá que no se pudo leer. "
        "¿Generar igual?"
    ]
    assert tab.jobs == []  # not made

    when_modal(QMessageBox, answer(QMessageBox.StandardButton.Yes))
    tab.pdf_button.click()
    assert len(asked) == 2 and len(tab.jobs) == 1
    with qtbot.waitSignal(tab.jobs[0].finished, timeout=60_000) as done:
        pass
    text = "\n".join(p.extract_text() for p in PdfReader(done.args[0]).pages)
    assert "No se pudo leer" in text  # the annex says which one did not arrive


def test_the_months_money_columns_get_the_room_not_the_months_name(
    qtbot, window, workspace, calendar
):
    agreement(workspace)
    area = open_area(window)
    area.tabs.setCurrentIndex(MONTHS_TAB)
    table = area.months_tab.table
    for size in ((1366, 740), (1024, 572)):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: window.width() == size[0], timeout=2000)
        header = table.horizontalHeader()
        name = table.columnWidth(0)
        assert name < 2 * table.sizeHintForColumn(0)  # «Noviembre de 2026», not half the table
        for column in MONEY_COLUMNS:
            wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            assert table.columnWidth(column) >= wanted  # never cut
            assert table.columnWidth(column) > name / 2
        if header.length() > table.viewport().width():
            continue  # too narrow for all: it scrolls sideways, nothing squeezed
        assert header.length() >= table.viewport().width() - len(MONEY_COLUMNS)  # filled


def test_the_previews_budget_lines_give_the_money_the_room(qtbot, window, workspace, calendar):
    agreement(workspace)
    area = open_area(window)
    area.tabs.setCurrentIndex(MONTHS_TAB)
    tab = area.months_tab
    tab.table.setCurrentCell(0, 0)
    tab.preview()
    preview = visible(window, PreviewDialog)
    qtbot.waitExposed(preview)
    lines = preview.lines
    header = lines.horizontalHeader()
    assert lines.columnWidth(0) < 2 * lines.sizeHintForColumn(0)  # «Materiales e insumos»
    for column in LINE_MONEY_COLUMNS:
        assert lines.columnWidth(column) >= header.sectionSizeHint(column)
    assert header.length() >= lines.viewport().width() - len(LINE_MONEY_COLUMNS)
    preview.reject()
