"""The Rendición FOMIL area through the real window, on a real SQLite file through the real
service (issue 10): the agreement and its installments, expenses with their amounts computed and
checked, supporting documents, closing and reopening a month, the overspent warning."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QMessageBox

from omil_desktop.domain.expenses import DocumentType
from omil_desktop.domain.rendition import (
    AgreementData,
    BudgetLineData,
    ExpenseData,
    Funding,
    Month,
)
from omil_desktop.domain.rut import Rut
from omil_desktop.ui.rendition import expense_dialog as expense_module
from omil_desktop.ui.rendition.area import BUDGET_TAB, EXPENSES_TAB, MONTHS_TAB
from omil_desktop.ui.rendition.dialogs import AgreementDialog, InstallmentDialog, ReopenDialog
from omil_desktop.ui.rendition.expense_dialog import ExpenseDialog

TODAY = date(2026, 11, 16)
SUPPLIER = str(Rut.from_body(76123456))  # 76.123.456-?, módulo 11 right
PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)


@pytest.fixture
def calendar(monkeypatch):
    """The PC's calendar, 16 November 2026 unless the test turns the page (store/clock.py is the
    one source of the day)."""
    days = [TODAY]

    class Calendar(date):
        @classmethod
        def today(cls):
            return days[0]

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)
    return days


def visible(window, kind):
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, kind
    return found[0]


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def write(qtbot, field, text: str) -> None:
    """Replace what ``field`` holds with ``text``, typed (QTest types ASCII only)."""
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)


def open_area(window):
    window.sidebar.setCurrentRow(window._rendition_index)
    return window.rendition_area


def agreement(workspace, **overrides) -> str:
    """The 2026 agreement, run from October (so October is the first month to close)."""
    values = {
        "year": 2026,
        "resolution_number": "1234",
        "resolution_date": date(2026, 9, 20),
        "starts_on": date(2026, 10, 1),
        "ends_on": date(2026, 12, 31),
        "transfer_amount": 12_000_000,
        "municipal_contribution": 3_000_000,
    }
    values.update(overrides)
    return workspace.rendition.create_agreement(AgreementData(**values))


def budget(workspace, agreement_id: str, name: str, sence: int) -> str:
    service = workspace.rendition
    line = next(r for r in service.budget(agreement_id) if r.name == name)
    service.update_budget_line(line.id, BudgetLineData(name, sence, 0))
    return line.id


def expense(workspace, agreement_id: str, line_id: str, **overrides) -> str:
    values = {
        "spent_on": date(2026, 10, 10),
        "document_type": DocumentType.SALES_RECEIPT,
        "number": "77",
        "supplier_rut": SUPPLIER,
        "supplier_name": "Librería El Sur",
        "net": 50_000,
        "total": 50_000,
        "budget_line_id": line_id,
        "funding": Funding.SENCE,
        "description": "Resmas de papel",
    }
    values.update(overrides)
    return workspace.rendition.add_expense(agreement_id, ExpenseData(**values)).id


def new_expense(qtbot, window, area) -> ExpenseDialog:
    area.tabs.setCurrentIndex(EXPENSES_TAB)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    return visible(window, ExpenseDialog)


def fill_expense(qtbot, dialog: ExpenseDialog, kind: DocumentType, net: str, **texts) -> None:
    write(qtbot, dialog.spent_on, texts.get("spent_on", "10-10-2026"))
    dialog.document_type.set_value(kind)
    write(qtbot, dialog.number, texts.get("number", "123"))
    write(qtbot, dialog.supplier_rut, texts.get("supplier_rut", SUPPLIER))
    write(qtbot, dialog.supplier_name, "Librería El Sur")
    write(qtbot, dialog.net, net)
    dialog.budget_line.setCurrentIndex(dialog.budget_line.findText("Materiales e insumos"))
    write(qtbot, dialog.description, "Materiales para el taller")


def test_an_agreement_is_created_with_every_error_at_once_and_an_installment_added(
    qtbot, window, workspace, calendar
):
    area = open_area(window)
    assert area.agreement is None
    assert area.missing.isVisibleTo(area) and "2026" in area.missing.text()
    area.new_button.click()
    dialog = visible(window, AgreementDialog)
    assert dialog.year.text() == "2026" and dialog.starts_on.text() == "01-01-2026"
    write(qtbot, dialog.transfer_amount, "12.000,5")
    enter(qtbot, dialog.year)  # Enter saves: every error at once, each beside its field
    assert dialog.isVisible()
    assert "resolución" in dialog.error_text("resolution_number")
    assert dialog.error_text("resolution_date")
    assert "pesos enteros" in dialog.error_text("transfer_amount")
    write(qtbot, dialog.resolution_number, "1234")
    assert dialog.error_text("resolution_number") == ""  # gone once fixed
    assert dialog.error_text("transfer_amount")
    write(qtbot, dialog.resolution_date, "20-01-2026")
    write(qtbot, dialog.transfer_amount, "12000000")
    enter(qtbot, dialog.transfer_amount)
    assert not dialog.isVisible()

    assert area.agreement is not None and area.agreement.data.transfer_amount == 12_000_000
    assert "2026" in area.chooser.currentText()
    assert "registrado" in area.missing.text() and "Presupuesto" in area.missing.text()
    assert area.budget_tab.table.rowCount() == 7 + 1  # the default lines and the totals
    assert area.budget_tab.table.item(7, 0).text() == "Total"

    tab = area.agreement_tab
    assert tab.values["transfer_amount"].text() == "$12.000.000"
    tab.add_button.click()
    installment = visible(window, InstallmentDialog)
    assert installment.received_on.text() == "16-11-2026"
    write(qtbot, installment.amount, "6000000")
    write(qtbot, installment.voucher_number, "4567")
    enter(qtbot, installment.amount)
    assert not installment.isVisible()
    assert tab.table.rowCount() == 1
    assert [tab.table.item(0, c).text() for c in range(4)] == [
        "16-11-2026",
        "$6.000.000",
        "Abierto",
        "4567",
    ]
    assert "$6.000.000 de $12.000.000" in tab.received.text()
    assert "falta recibir $6.000.000" in tab.received.text()


def test_a_factura_gets_its_iva_and_an_overspent_line_is_warned(qtbot, window, workspace, calendar):
    agreement_id = agreement(workspace)
    budget(workspace, agreement_id, "Materiales e insumos", 100_000)
    area = open_area(window)
    dialog = new_expense(qtbot, window, area)
    fill_expense(qtbot, dialog, DocumentType.INVOICE, "100000")
    assert dialog.iva.isVisibleTo(dialog) and not dialog.retention.isVisibleTo(dialog)
    assert dialog.iva.text() == "$19.000"  # computed, and editable
    assert dialog.total.text() == "$119.000"
    write(qtbot, dialog.iva, "19001")
    assert dialog.total.text() == "$119.001"
    write(qtbot, dialog.net, "100000")
    assert dialog.iva.text() == "$19.000"
    enter(qtbot, dialog.description)
    assert not dialog.isVisible()

    service = workspace.rendition
    [row] = service.expenses_page(agreement_id, month=Month(2026, 10))
    assert row.amount == 119_000 and row.document == "Factura N° 123"
    tab = area.expenses_tab
    assert tab.month() == Month(2026, 10)  # the saved expense's month is shown, chosen
    assert tab.current_id() == row.id
    # Saved, and the warning said: the line's SENCE budget is $100.000.
    assert tab.notice.isVisibleTo(tab)
    assert "Atención" in tab.notice.text() and "⚠" in tab.notice.text()
    assert "Materiales e insumos" in tab.notice.text()
    lines = area.budget_tab.table
    materials = next(r for r in range(lines.rowCount()) if "Materiales" in lines.item(r, 0).text())
    assert "Sobregirado" in lines.item(materials, 5).text()  # in words, not colour alone
    assert lines.item(materials, 3).text() == "$119.000"
    # Each funding has its own saldo: the municipal one is untouched by a SENCE expense.
    assert "Sobregirado" not in lines.item(materials, 6).text()
    # What was said of the save belongs to its month: choosing another one clears it.
    tab.month_filter.setCurrentIndex(tab.month_filter.findData("2026-11"))
    assert tab.month() == Month(2026, 11) and not tab.notice.isVisibleTo(tab)


def test_a_wrong_rut_is_said_beside_it_and_nothing_is_saved(qtbot, window, workspace, calendar):
    agreement_id = agreement(workspace)
    area = open_area(window)
    dialog = new_expense(qtbot, window, area)
    right = Rut.from_body(76123456)
    wrong_digit = "0" if right.dv != "0" else "1"
    wrong = f"76.123.456-{wrong_digit}"
    fill_expense(qtbot, dialog, DocumentType.SALES_RECEIPT, "45000", supplier_rut=wrong)
    dialog.supplier_rut.editingFinished.emit()  # leaving the field checks it
    assert dialog.error_text("supplier_rut")
    write(qtbot, dialog.description, "")
    enter(qtbot, dialog.number)
    assert dialog.isVisible()
    assert dialog.error_text("supplier_rut") and dialog.error_text("description")
    assert workspace.rendition.count_expenses(agreement_id) == 0
    write(qtbot, dialog.supplier_rut, "76123456" + right.dv)
    assert dialog.error_text("supplier_rut") == ""
    assert dialog.error_text("description")  # still wrong


def test_a_fee_receipt_gets_its_retention_for_the_year(qtbot, window, workspace, calendar):
    agreement_id = agreement(workspace)
    area = open_area(window)
    dialog = new_expense(qtbot, window, area)
    fill_expense(qtbot, dialog, DocumentType.FEE_RECEIPT, "100000")
    assert dialog.retention.isVisibleTo(dialog) and not dialog.iva.isVisibleTo(dialog)
    assert dialog.retention.text() == "$15.250"  # 15,25 % in 2026
    assert dialog.total.text().startswith("$84.750")
    caption = dialog._caption(dialog.amounts, "net")
    assert caption is not None and caption.text().startswith("Bruto")
    enter(qtbot, dialog.net)
    assert not dialog.isVisible()
    service = workspace.rendition
    [row] = service.expenses_page(agreement_id)
    data = service.get_expense(row.id).data
    assert (data.net, data.retention, data.total) == (100_000, 15_250, 84_750)
    assert row.amount == 100_000  # the gross is what the agreement pays


def test_a_duplicate_document_is_refused_beside_its_number(qtbot, window, workspace, calendar):
    agreement_id = agreement(workspace)
    line_id = budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    expense(workspace, agreement_id, line_id, number="77")
    area = open_area(window)
    dialog = new_expense(qtbot, window, area)
    fill_expense(qtbot, dialog, DocumentType.SALES_RECEIPT, "50000", number="77")
    write(qtbot, dialog.description, "")
    enter(qtbot, dialog.number)
    assert dialog.isVisible()
    assert dialog.error_text("number")  # what only the records know, with the rest
    assert dialog.error_text("description")
    write(qtbot, dialog.description, "Otra compra")
    enter(qtbot, dialog.number)
    assert dialog.isVisible() and dialog.error_text("number")
    assert workspace.rendition.count_expenses(agreement_id) == 1
    write(qtbot, dialog.number, "78")
    assert dialog.error_text("number") == ""
    enter(qtbot, dialog.number)
    assert not dialog.isVisible()
    assert workspace.rendition.count_expenses(agreement_id) == 2


def test_a_png_receipt_is_attached_kept_and_shown(
    qtbot, window, workspace, calendar, tmp_path, monkeypatch
):
    agreement_id = agreement(workspace)
    budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    scan = tmp_path / "boleta.png"
    scan.write_bytes(PNG)
    note = tmp_path / "notas.txt"
    note.write_text("no es un comprobante")
    area = open_area(window)
    dialog = new_expense(qtbot, window, area)
    fill_expense(qtbot, dialog, DocumentType.SALES_RECEIPT, "45000")
    dialog.attach_files([scan, note])
    assert "notas.txt" in dialog.error_text("receipts")  # refused, beside the list
    assert dialog.receipt_list.count() == 1
    assert "boleta.png" in dialog.receipt_list.item(0).text()
    enter(qtbot, dialog.number)
    assert not dialog.isVisible()

    service = workspace.rendition
    [row] = service.expenses_page(agreement_id)
    assert row.receipts == 1
    [receipt] = service.get_expense(row.id).receipts
    assert receipt.file_name == "boleta.png" and receipt.media_type == "image/png"
    assert receipt.present and receipt.path.read_bytes() == PNG

    opened: list[Path] = []
    monkeypatch.setattr(expense_module, "open_file", lambda path: opened.append(path) or True)
    area.expenses_tab.open_expense(row.id)
    again = visible(window, ExpenseDialog)
    assert again.receipt_list.count() == 1
    again.receipt_list.setCurrentRow(0)
    again.view_button.click()
    [shown] = opened
    assert shown.suffix == ".png" and shown.read_bytes() == PNG  # a viewer can open it

    # Correcting the expense: another scan instead of this one, kept once saved.
    photo = tmp_path / "factura.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(300))
    again.remove_button.click()
    again.attach_files([photo])
    assert service.get_expense(row.id).receipts[0].file_name == "boleta.png"  # not yet
    enter(qtbot, again.number)
    assert not again.isVisible()
    [kept] = service.get_expense(row.id).receipts
    assert kept.file_name == "factura.jpg" and kept.media_type == "image/jpeg"
    assert receipt.path.read_bytes() == PNG  # the bytes stay, for the backups that name them


def test_a_closed_month_locks_its_expenses_until_reopened_with_a_reason(
    qtbot, window, workspace, calendar, when_modal
):
    agreement_id = agreement(workspace)
    line_id = budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    expense_id = expense(workspace, agreement_id, line_id)
    area = open_area(window)
    area.tabs.setCurrentIndex(MONTHS_TAB)
    tab = area.months_tab
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == [
        "Octubre de 2026",
        "Noviembre de 2026",
    ]
    tab.table.setCurrentCell(0, 0)
    assert tab.close_button.isEnabled() and not tab.reopen_button.isEnabled()
    asked: list[str] = []

    def yes(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(QMessageBox, yes)
    tab.close_button.click()
    assert "octubre de 2026" in asked[0] and "bloqueados" in asked[0]
    assert tab.table.item(0, 1).text() == "Cerrado"
    assert tab.history.rowCount() == 1 and tab.history.item(0, 2).text() == "Cerrado"

    area.tabs.setCurrentIndex(EXPENSES_TAB)
    area.expenses_tab.show_month(Month(2026, 10))
    assert area.expenses_tab.model.rowCount() == 1
    assert not area.expenses_tab.delete_button.isEnabled()
    area.expenses_tab.open_expense(expense_id)
    locked = visible(window, ExpenseDialog)
    assert locked.locked and "octubre de 2026" in locked.locked_line.text()
    assert locked.locked_line.isVisibleTo(locked) and not locked.save_button.isVisibleTo(locked)
    assert locked.number.isReadOnly() and not locked.document_type.isEnabled()
    enter(qtbot, locked.number)  # nothing to save
    assert locked.isVisible()
    locked.reject()

    area.tabs.setCurrentIndex(MONTHS_TAB)
    tab.table.setCurrentCell(0, 0)
    tab.reopen_button.click()
    reopen = visible(window, ReopenDialog)
    enter(qtbot, reopen.reason)
    assert reopen.isVisible() and reopen.error_text("reason")  # a reason is required
    write(qtbot, reopen.reason, "Factura con monto equivocado")
    assert reopen.error_text("reason") == ""
    enter(qtbot, reopen.reason)
    assert not reopen.isVisible()
    assert tab.table.item(0, 1).text() == "Abierto"
    assert tab.history.item(0, 2).text() == "Reabierto"
    assert tab.history.item(0, 3).text() == "Factura con monto equivocado"
    events = workspace.rendition.history(agreement_id)
    assert events[0].reason == "Factura con monto equivocado"

    area.expenses_tab.open_expense(expense_id)
    editable = visible(window, ExpenseDialog)
    assert not editable.locked and editable.save_button.isVisibleTo(editable)
    editable.reject()


def test_the_preview_shows_the_months_saldos(qtbot, window, workspace, calendar):
    agreement_id = agreement(workspace)
    line_id = budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    expense(workspace, agreement_id, line_id, net=50_000, total=50_000)
    expense(
        workspace,
        agreement_id,
        line_id,
        number="78",
        net=20_000,
        total=20_000,
        funding=Funding.MUNICIPAL,
    )
    area = open_area(window)
    area.tabs.setCurrentIndex(MONTHS_TAB)
    tab = area.months_tab
    tab.table.setCurrentCell(0, 0)
    assert tab.table.item(0, 2).text() == "2"  # expenses
    tab.preview_button.click()
    from omil_desktop.ui.rendition.months_tab import PreviewDialog

    preview = visible(window, PreviewDialog)
    assert preview.totals["sence"].text() == "$50.000"
    assert preview.totals["municipal"].text() == "$20.000"
    assert preview.totals["closing"].text() == "-$50.000"  # nothing received yet
    preview.reject()


def test_nothing_stretches_the_window_at_1024x600(qtbot, window, workspace, calendar):
    agreement_id = agreement(workspace)
    budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    area = open_area(window)
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        assert window.minimumSizeHint().width() <= 1014, area.tabs.tabText(index)
        assert window.minimumSizeHint().height() <= 560, area.tabs.tabText(index)
    area.tabs.setCurrentIndex(BUDGET_TAB)
    dialog = new_expense(qtbot, window, area)
    dialog.fit_to_screen(QRect(0, 0, 1024, 600))
    assert dialog.height() <= 560 and dialog.width() <= 1008
    dialog.reject()


def test_a_search_starts_at_its_first_result(qtbot, window, workspace, calendar):
    agreement_id = agreement(workspace)
    line_id = budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    for number, supplier in enumerate(["Librería El Sur", "Transportes Palena", "Ferretería Sur"]):
        expense(workspace, agreement_id, line_id, number=str(100 + number), supplier_name=supplier)
    area = open_area(window)
    area.tabs.setCurrentIndex(EXPENSES_TAB)
    tab = area.expenses_tab
    assert tab.month() == Month(2026, 11)  # this month first
    assert tab.model.rowCount() == 0 and tab.result_label.text() == "0 gastos"
    tab.show_month(Month(2026, 10))
    assert tab.model.rowCount() == 3 and tab.result_label.text() == "3 gastos"
    tab.table.selectRow(2)
    qtbot.keyClicks(tab.search_field, "sur")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=2000)
    assert tab.table.currentIndex().row() == 0  # the new search starts at its first result
    assert {tab.model.row(r).supplier_name for r in range(2)} == {
        "Librería El Sur",
        "Ferretería Sur",
    }
    tab.show_month(None)  # «Todos los meses»: the same search, from its first result
    assert tab.model.rowCount() == 2 and tab.table.currentIndex().row() == 0
    tab.show_month(Month(2026, 10))
    dialog = new_expense(qtbot, window, area)
    assert dialog.spent_on.text() == ""  # not today, in October's list
    dialog.reject()


def test_an_expense_in_a_closed_month_is_refused_beside_its_date(
    qtbot, window, workspace, calendar
):
    agreement_id = agreement(workspace)
    budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    workspace.rendition.close_month(agreement_id, Month(2026, 10))
    area = open_area(window)
    dialog = new_expense(qtbot, window, area)
    assert dialog.spent_on.text() == "16-11-2026"  # the list shows this month: today
    fill_expense(qtbot, dialog, DocumentType.SALES_RECEIPT, "45000")  # 10-10-2026
    enter(qtbot, dialog.number)
    assert dialog.isVisible() and "cerrado" in dialog.error_text("spent_on")
    assert workspace.rendition.count_expenses(agreement_id) == 0
    write(qtbot, dialog.spent_on, "02-11-2026")
    assert dialog.error_text("spent_on") == ""
    enter(qtbot, dialog.number)
    assert not dialog.isVisible()
    assert workspace.rendition.count_expenses(agreement_id) == 1


def test_a_saldo_changed_after_its_close_is_marked(qtbot, window, workspace, calendar):
    calendar[0] = date(2026, 12, 16)
    agreement_id = agreement(workspace)
    line_id = budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    service = workspace.rendition
    expense(workspace, agreement_id, line_id)
    service.close_month(agreement_id, Month(2026, 10))
    service.close_month(agreement_id, Month(2026, 11))
    service.reopen_month(agreement_id, Month(2026, 11), "Faltó una boleta")
    service.reopen_month(agreement_id, Month(2026, 10), "Faltó una boleta")
    expense(workspace, agreement_id, line_id, number="99", net=10_000, total=10_000)
    service.close_month(agreement_id, Month(2026, 10))  # November waits, as signed before
    area = open_area(window)
    area.tabs.setCurrentIndex(MONTHS_TAB)
    tab = area.months_tab
    table = tab.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    november = rows["Noviembre de 2026"]
    assert table.item(november, 1).text() == "Abierto"
    assert table.item(november, 7).text() == "⚠ -$60.000"  # signed at -$50.000
    assert "-$50.000" in table.item(november, 7).toolTip()
    assert tab.legend.isVisibleTo(tab)
    assert not table.item(rows["Diciembre de 2026"], 7).text().startswith("⚠")


def test_the_months_expenses_go_to_excel(qtbot, window, workspace, calendar, tmp_path):
    from openpyxl import load_workbook

    agreement_id = agreement(workspace)
    line_id = budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    expense(workspace, agreement_id, line_id, supplier_name="Librería Ñandú")
    area = open_area(window)
    area.tabs.setCurrentIndex(MONTHS_TAB)
    tab = area.months_tab
    tab.table.setCurrentCell(0, 0)
    asked: list[str] = []
    target = tmp_path / "octubre.xlsx"
    tab.ask_excel_path = lambda name: asked.append(name) or target
    tab.excel_button.click()
    assert asked == ["gastos-2026-10.xlsx"]
    assert "1 gasto de octubre de 2026" in tab.notice.text()
    sheet = load_workbook(target).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "Librería Ñandú" in values and 50_000 in values  # a number, not a text


def test_budget_lines_are_added_corrected_and_removed_unless_used(
    qtbot, window, workspace, calendar, when_modal
):
    from omil_desktop.ui.rendition.dialogs import BudgetLineDialog

    agreement_id = agreement(workspace)
    line_id = budget(workspace, agreement_id, "Materiales e insumos", 1_000_000)
    expense(workspace, agreement_id, line_id)
    area = open_area(window)
    area.tabs.setCurrentIndex(BUDGET_TAB)
    tab = area.budget_tab
    table = tab.table

    def row_of(name: str) -> int:
        return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)

    table.setCurrentCell(row_of("Materiales e insumos"), 0)
    assert not tab.delete_button.isEnabled()  # an expense is charged to it
    tab.add_button.click()
    dialog = visible(window, BudgetLineDialog)
    write(qtbot, dialog.sence_amount, "1.5")
    enter(qtbot, dialog.name)
    assert dialog.error_text("name") and dialog.error_text("sence_amount")  # both at once
    write(qtbot, dialog.name, "Arriendo de sala")
    write(qtbot, dialog.sence_amount, "$250.000")
    enter(qtbot, dialog.name)
    assert not dialog.isVisible()
    added = row_of("Arriendo de sala")
    assert table.currentRow() == added and table.item(added, 1).text() == "$250.000"
    assert table.item(table.rowCount() - 1, 1).text() == "$1.250.000"  # the total
    tab.edit_button.click()
    dialog = visible(window, BudgetLineDialog)
    write(qtbot, dialog.municipal_amount, "100000")
    enter(qtbot, dialog.name)
    assert table.item(row_of("Arriendo de sala"), 2).text() == "$100.000"
    assert tab.delete_button.isEnabled()
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    tab.delete_button.click()
    assert "Arriendo de sala" not in [table.item(r, 0).text() for r in range(table.rowCount())]
    assert len(workspace.rendition.budget(agreement_id)) == 7


def test_a_month_that_cannot_close_yet_says_why_beside_the_button(
    qtbot, window, workspace, calendar
):
    agreement_id = agreement(workspace)
    area = open_area(window)
    area.tabs.setCurrentIndex(MONTHS_TAB)
    tab = area.months_tab
    table = tab.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    table.setCurrentCell(rows["Noviembre de 2026"], 0)
    assert not tab.close_button.isEnabled()
    assert tab.close_hint.text() == (
        "El mes de noviembre de 2026 aún no termina: se puede cerrar desde el 01-12-2026."
    )
    table.setCurrentCell(rows["Octubre de 2026"], 0)
    assert tab.close_button.isEnabled() and tab.close_hint.text() == ""
    workspace.rendition.close_month(agreement_id, Month(2026, 10))
    tab.refresh()
    table.setCurrentCell(rows["Octubre de 2026"], 0)
    assert not tab.close_button.isEnabled() and tab.reopen_button.isEnabled()
