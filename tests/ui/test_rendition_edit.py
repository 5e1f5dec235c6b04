"""Correcting an expense is saved whole or not at all (review of issue 10, #8): the amounts,
the files added and the receipts removed, in one service call."""

from __future__ import annotations

from omil_desktop.ui.rendition.area import EXPENSES_TAB
from omil_desktop.ui.rendition.expense_dialog import ExpenseDialog
from tests.ui.test_rendition_ui import (
    PNG,
    agreement,
    budget,
    calendar,
    enter,
    expense,
    open_area,
    visible,
    write,
)

__all__ = ["calendar"]


def test_an_edit_with_a_refused_receipt_saves_nothing(qtbot, window, workspace, calendar, tmp_path):
    agreement_id = agreement(workspace)
    line_id = budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    expense_id = expense(workspace, agreement_id, line_id)  # $50.000
    scan = tmp_path / "boleta.png"
    scan.write_bytes(PNG)
    service = workspace.rendition
    service.attach_receipt(expense_id, scan)
    area = open_area(window)
    area.tabs.setCurrentIndex(EXPENSES_TAB)
    area.expenses_tab.open_expense(expense_id)
    dialog = visible(window, ExpenseDialog)
    write(qtbot, dialog.net, "60000")
    dialog.receipt_list.setCurrentRow(0)
    dialog.remove_button.click()  # boleta.png out
    fake = tmp_path / "factura.pdf"
    fake.write_bytes(b"%PDF-1.4\n" + bytes(100))
    dialog.attach_files([fake])
    assert dialog.receipt_list.count() == 1 and dialog.error_text("receipts") == ""
    fake.write_text("no es un PDF, solo un texto renombrado")  # changed before the save
    enter(qtbot, dialog.number)

    assert dialog.isVisible() and "factura.pdf" in dialog.error_text("receipts")
    record = service.get_expense(expense_id)
    assert record.data.net == 50_000 and record.data.total == 50_000  # nothing saved
    assert [r.file_name for r in record.receipts] == ["boleta.png"]  # nor removed

    dialog.receipt_list.setCurrentRow(0)
    dialog.remove_button.click()  # the refused file out: the edit saves whole
    enter(qtbot, dialog.number)
    assert not dialog.isVisible()
    record = service.get_expense(expense_id)
    assert record.data.net == 60_000 and record.receipts == []
    assert area.expenses_tab.notice.text().startswith("Gasto corregido")
