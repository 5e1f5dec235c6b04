"""The rendición's window after the review of issue 10: the expenses list named by the domain's
labels and saying why it is empty; an edit saved whole or not at all; the annex's missing
receipts said before the PDF is made."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from omil_desktop.domain.rendition import EXPENSE_LABELS, Month
from omil_desktop.ui.rendition.area import EXPENSES_TAB
from omil_desktop.ui.rendition.expenses_tab import AMOUNT, DATE, FUNDING, LINE, RUT, SUPPLIER
from tests.ui.test_rendition_ui import agreement, budget, calendar, expense, open_area

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
