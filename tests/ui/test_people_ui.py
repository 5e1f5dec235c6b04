"""The officer's daily flow through the real window: register, find, avoid duplicates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from omil_desktop.domain.dates import parse_date
from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.store.models import Attention
from omil_desktop.ui.people.attention_dialog import AttentionDialog
from omil_desktop.ui.people.people_page import NAME_COLUMN_MIN
from omil_desktop.ui.people.person_dialog import DuplicatesDialog, PersonDialog


def open_new_person(qtbot, window) -> PersonDialog:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PersonDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_text(qtbot, widget, text: str) -> None:
    """Type like the officer; QTest can only synthesise ASCII keys, so accents are inserted."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def fill(
    qtbot, dialog: PersonDialog, rut: str, names: str, surname1: str, surname2: str, birth: str
) -> None:
    form = dialog.form
    for widget, text in (
        (form.rut, rut),
        (form.first_names, names),
        (form.last_name_1, surname1),
        (form.last_name_2, surname2),
        (form.birth_date, birth),
    ):
        type_text(qtbot, widget, text)


def search(qtbot, window, text: str) -> list[str]:
    page = window.people_page
    page.search_field.clear()
    qtbot.keyClicks(page.search_field, text)
    qtbot.waitUntil(lambda: page.model.query == text, timeout=2000)
    model = page.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_create_person_through_the_form_with_keyboard(qtbot, window, workspace):
    dialog = open_new_person(qtbot, window)
    assert dialog.form.comuna_code.code() == "10404"  # the office's comuna by default
    fill(qtbot, dialog, "12345678-5", "María José", "Núñez", "Pérez", "17-05-1990")
    qtbot.keyClick(dialog.form.last_name_2, Qt.Key.Key_Return)  # Enter saves

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    ids = workspace.people.search_ids("")
    assert len(ids) == 1
    record = workspace.people.get(ids[0])
    assert record.data.rut == Rut.parse("12.345.678-5")
    assert record.data.birth_date == date(1990, 5, 17)
    assert record.data.full_name() == "María José Núñez Pérez"
    assert window.people_page.detail.person_id == ids[0]
    assert window.counts_label.text() == "1 persona · 0 atenciones"
    assert window.people_page.result_label.text() == "1 persona"


def test_bad_input_is_explained_beside_the_field_and_nothing_is_saved(qtbot, window, workspace):
    dialog = open_new_person(qtbot, window)
    qtbot.keyClicks(dialog.form.rut, "12.345.678-9")
    qtbot.keyClicks(dialog.form.birth_date, "31-02-1990")
    dialog.save_button.click()

    assert dialog.isVisible()
    assert dialog.form.error_text("rut") == (
        "El RUT 12.345.678-9 no es válido: revise el número en el carnet."
    )
    assert "no existe" in dialog.form.error_text("birth_date")
    dialog.form.rut.clear()
    qtbot.keyClicks(dialog.form.rut, "12.345.678-5")
    dialog.form.birth_date.clear()
    dialog.save_button.click()
    assert dialog.form.error_text("rut") == ""
    assert dialog.form.error_text("first_names") == "Escriba los nombres."
    assert dialog.form.error_text("last_name_1").startswith("Escriba el apellido paterno")
    assert workspace.people.search_ids("") == []


def test_likely_duplicate_warns_before_saving_and_can_open_the_existing(
    qtbot, window, workspace, person_data, when_modal
):
    existing = workspace.people.create(person_data())
    window.people_page.run_search()
    dialog = open_new_person(qtbot, window)
    fill(qtbot, dialog, "11.111.111-1", "Maria Jose", "Nunez", "Perez", "17-05-1990")

    when_modal(DuplicatesDialog, lambda d: d.open_button.click())
    dialog.save_button.click()

    assert len(when_modal.seen) == 1
    assert when_modal.seen[0].candidates[0].person_id == existing
    assert not dialog.isVisible()
    assert workspace.people.find_by_rut(Rut.parse("11.111.111-1")) is None
    assert window.people_page.detail.person_id == existing


def test_likely_duplicate_can_be_saved_when_it_is_another_person(
    qtbot, window, workspace, person_data, when_modal
):
    workspace.people.create(person_data())
    dialog = open_new_person(qtbot, window)
    fill(qtbot, dialog, "11.111.111-1", "Maria Jose", "Nunez", "Perez", "17-05-1990")
    when_modal(DuplicatesDialog, lambda d: d.save_button.click())
    dialog.save_button.click()
    assert workspace.people.find_by_rut(Rut.parse("11111111-1")) is not None


def test_same_rut_in_another_form_is_refused_and_offers_the_existing(
    qtbot, window, workspace, person_data, when_modal
):
    existing = workspace.people.create(person_data())
    dialog = open_new_person(qtbot, window)
    fill(qtbot, dialog, "123456785", "Otra", "Persona", "", "")

    def go_back(box: QMessageBox) -> None:
        assert "ya está registrado" in box.text()
        box.buttons()[-1].click()  # "Volver al formulario"

    when_modal(QMessageBox, go_back)
    dialog.save_button.click()
    assert len(when_modal.seen) == 1
    assert dialog.isVisible()  # what was typed is still there
    assert dialog.form.first_names.text() == "Otra"
    assert "ya está registrado" in dialog.form.error_text("rut")
    assert workspace.people.search_ids("") == [existing]


def test_search_by_partial_rut_and_by_name_without_accents(qtbot, window, workspace, person_data):
    workspace.people.create(person_data())
    workspace.people.create(
        person_data(
            rut=Rut.parse("11.111.111-1"),
            first_names="Pedro",
            last_name_1="Soto",
            last_name_2="Muñoz",
            birth_date=date(1970, 1, 1),
        )
    )
    assert search(qtbot, window, "12.345") == ["María José Núñez Pérez"]
    assert search(qtbot, window, "2345678-5") == ["María José Núñez Pérez"]
    assert search(qtbot, window, "nunez") == ["María José Núñez Pérez"]
    assert search(qtbot, window, "MUNOZ pedro") == ["Pedro Soto Muñoz"]
    assert search(qtbot, window, "zzz") == []
    assert window.people_page.result_label.text() == "0 personas"


def test_ctrl_f_focuses_search_and_enter_goes_to_the_results(qtbot, window, workspace, person_data):
    workspace.people.create(person_data())
    window.people_page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.people_page.search_field
    qtbot.keyClicks(window.people_page.search_field, "maria")
    qtbot.keyClick(window.people_page.search_field, Qt.Key.Key_Return)
    assert window.people_page.detail.person_id is not None


def test_record_an_attention_and_see_history_newest_first(
    qtbot, window, workspace, person_data, when_modal
):
    pid = workspace.people.create(person_data())
    workspace.attentions.record(pid, date(2026, 3, 2), ServiceKind.INFORMATION, "primera")
    window.people_page.run_search()
    window.people_page.select_person(pid)
    detail = window.people_page.detail

    detail.attention_button.click()
    dialog = window.findChild(AttentionDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ServiceKind.GUIDANCE.value))
    qtbot.keyClicks(dialog.notes, "CV revisado")
    dialog.findChild(type(dialog.kind)).setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: detail.history.rowCount() == 2, timeout=2000)
    assert detail.history.item(0, 1).text() == "Orientación laboral"
    assert detail.history.item(0, 2).text() == "CV revisado"
    assert detail.history.item(1, 1).text() == "Información"
    assert "2 atenciones" in window.counts_label.text()


def test_deactivate_hides_from_list_but_keeps_record(
    qtbot, window, workspace, person_data, when_modal
):
    pid = workspace.people.create(person_data())
    window.people_page.run_search()
    window.people_page.select_person(pid)
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.people_page.detail.active_button.click()
    assert window.people_page.model.rowCount() == 0
    window.people_page.show_inactive.setChecked(True)
    assert window.people_page.model.rowCount() == 1
    assert workspace.people.get(pid).active is False


def test_edit_a_person_from_the_list_and_cancel_asks_before_discarding(
    qtbot, window, workspace, person_data, when_modal
):
    pid = workspace.people.create(person_data(phone=""))
    page = window.people_page
    page.run_search()
    page.table.setFocus()
    page.select_person(pid)
    page.table.activated.emit(page.model.index(0, 1))  # Enter / double-click on the row
    dialog = window.findChild(PersonDialog)
    assert dialog.windowTitle() == "Editar persona"
    assert dialog.form.rut.text() == "12.345.678-5"
    qtbot.keyClicks(dialog.form.phone, "+56 9 8765 4321")

    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # the officer chose not to throw the change away
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert workspace.people.get(pid).data.phone == "+56 9 8765 4321"
    assert "8765" in page.model.index(0, 4).data()


def test_person_actions_have_keyboard_shortcuts(qtbot, window, workspace, person_data):
    pid = workspace.people.create(person_data())
    page = window.people_page
    page.run_search()
    page.select_person(pid)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(AttentionDialog) is not None, timeout=2000)
    window.findChild(AttentionDialog).reject()
    window.activateWindow()  # a window manager gives focus back when the dialog closes
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(PersonDialog) is not None, timeout=2000)
    assert window.findChild(PersonDialog).person_id == pid


def test_a_long_list_pages_and_a_saved_person_is_selected_beyond_the_first_page(
    qtbot, window, workspace, person_data
):
    surnames = ("Ávila", "Bravo", "Cárcamo", "Díaz", "Muñoz", "Oyarzún", "Soto", "Vera")
    workspace.people.create_many(
        [
            (
                person_data(
                    first_names=f"Persona {i:03d}",
                    last_name_1=surnames[i % len(surnames)],
                    rut=Rut.from_body(10_000_000 + i),
                    birth_date=None,
                ),
                True,
            )
            for i in range(240)
        ]
    )
    page = window.people_page
    page.run_search()
    assert page.model.rowCount() == 240
    assert page.result_label.text() == "240 personas"

    dialog = open_new_person(qtbot, window)
    fill(qtbot, dialog, "9.876.543-3", "Zoila", "Soto", "Ruiz", "")
    qtbot.keyClick(dialog.form.last_name_2, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    new_id = workspace.people.find_by_rut(Rut.parse("9.876.543-3"))
    row = page.model.row_of(new_id)
    assert row > 100  # Soto sorts after Ávila … Oyarzún: beyond the first page
    assert page.model.rowCount() == 241
    assert page.detail.person_id == new_id
    assert page.table.selectionModel().selectedRows()[0].row() == row
    assert page.model.index(row, 1).data() == "Zoila Soto Ruiz"
    assert search(qtbot, window, "soto zoila") == ["Zoila Soto Ruiz"]


def crowd_of(workspace, person_data, count: int = 240) -> list[str]:
    surnames = ("Ávila", "Bravo", "Cárcamo", "Díaz", "Muñoz", "Oyarzún", "Soto", "Vera")
    return workspace.people.create_many(
        [
            (
                person_data(
                    first_names=f"Persona {i:03d}",
                    last_name_1=surnames[i % len(surnames)],
                    rut=Rut.from_body(10_000_000 + i),
                    birth_date=date(1950 + (i * 7) % 50, 1 + i % 12, 1 + i % 28),
                ),
                True,
            )
            for i in range(count)
        ]
    )


def button(box: QMessageBox, text: str):
    (found,) = [b for b in box.buttons() if b.text() == text]
    return found


def current_row(page) -> int:
    return page.table.currentIndex().row()


def test_a_new_search_starts_at_its_first_result(qtbot, window, workspace, person_data):
    crowd_of(workspace, person_data)
    page = window.people_page
    page.refresh()
    far = page.model.id_at(200)
    page.select_person(far)  # the officer was looking at someone far down the list
    assert page.table.verticalScrollBar().value() > 0

    qtbot.keyClicks(page.search_field, "soto")
    qtbot.waitUntil(lambda: page.model.query == "soto")

    assert page.table.verticalScrollBar().value() == 0
    assert current_row(page) == 0
    assert page.table.selectionModel().isRowSelected(0)
    assert page.detail.person_id == page.model.id_at(0) != far
    assert QApplication.focusWidget() is page.search_field  # typing goes on in the search

    qtbot.keyClicks(page.search_field, " 01")  # narrowing the search starts again at the top
    qtbot.waitUntil(lambda: page.model.query == "soto 01")
    assert current_row(page) == 0 and page.detail.person_id == page.model.id_at(0)


def test_esc_clears_the_search(qtbot, window, workspace, person_data):
    crowd_of(workspace, person_data, 30)
    page = window.people_page
    page.focus_search()
    qtbot.keyClicks(page.search_field, "vera")
    qtbot.waitUntil(lambda: page.model.query == "vera")
    assert page.model.rowCount() < 30

    qtbot.keyClick(page.search_field, Qt.Key.Key_Escape)

    assert page.search_field.text() == "" and page.model.query == ""
    assert page.model.rowCount() == 30
    assert current_row(page) == 0 and page.table.verticalScrollBar().value() == 0
    assert window.isVisible()  # Esc did nothing else


def test_column_headers_order_the_list_in_the_service_and_keep_paging(
    qtbot, window, workspace, person_data
):
    crowd_of(workspace, person_data)
    window.fit_to_screen(QRect(0, 0, 1366, 768))
    page = window.people_page
    page.refresh()
    header = page.table.horizontalHeader()
    qtbot.waitUntil(lambda: not page.table.isColumnHidden(2))
    births = [workspace.people.get(pid).data.birth_date for pid in workspace.people.search_ids("")]

    click_at = QPoint(header.sectionViewportPosition(2) + 10, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    assert page.model.order.column.value == "birth_date" and not page.model.order.descending
    assert not page.model.is_fetched(150)  # still paged: only what was shown was read
    shown = [page.model.index(row, 2).data() for row in range(page.model.rowCount())]
    assert [parse_date(text) for text in shown] == sorted(births)

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    assert page.model.order.descending
    assert parse_date(page.model.index(0, 2).data()) == max(births)
    assert parse_date(page.model.index(239, 2).data()) == min(births)

    # A person saved while the list is ordered is found in that order.
    dialog = open_new_person(qtbot, window)
    fill(qtbot, dialog, "9.876.543-3", "Zoila", "Soto", "Ruiz", "01-01-1975")
    qtbot.keyClick(dialog.form.last_name_2, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    new_id = workspace.people.find_by_rut(Rut.parse("9.876.543-3"))
    row = page.model.row_of(new_id)
    assert page.model.index(row, 1).data() == "Zoila Soto Ruiz"
    assert 50 < row < 200
    assert parse_date(page.model.index(row - 1, 2).data()) >= date(1975, 1, 1)
    assert parse_date(page.model.index(row + 1, 2).data()) <= date(1975, 1, 1)
    assert page.detail.person_id == new_id and current_row(page) == row


def test_an_attention_is_edited_its_notes_read_whole_and_deleted_with_confirmation(
    qtbot, window, workspace, person_data, when_modal
):
    pid = workspace.people.create(person_data())
    long_notes = "Primera entrevista.\n" + " ".join(["Busca trabajo en pesca."] * 60) + "\nFin."
    first = workspace.attentions.record(pid, date(2026, 3, 2), ServiceKind.GUIDANCE, long_notes)
    workspace.attentions.record(pid, date(2026, 4, 1), ServiceKind.INFORMATION, "otra")
    page = window.people_page
    page.refresh()
    page.select_person(pid)
    detail = page.detail

    detail.history.setCurrentCell(1, 0)  # the older one
    assert detail.notes_view.toPlainText() == long_notes  # the whole notes
    assert "Primera entrevista. / Busca" in detail.history.item(1, 2).text()

    detail.history.cellActivated.emit(1, 0)  # Enter or double click on the row
    dialog = window.findChild(AttentionDialog)
    assert dialog.windowTitle() == "Editar atención"
    assert dialog.notes.toPlainText() == long_notes
    dialog.kind.set_value(ServiceKind.JOB_READINESS)
    dialog.date.setText("3-3-2026")
    dialog.save_button.click()
    assert not dialog.isVisible()
    row = workspace.attentions.get(first)
    assert (row.date, row.kind) == (date(2026, 3, 3), ServiceKind.JOB_READINESS)
    assert detail.history.item(1, 1).text() == "Apresto laboral"
    assert detail.current_attention().id == first  # the corrected one stays chosen

    when_modal(QMessageBox, lambda box: button(box, "No eliminar").click())
    detail.delete_attention_button.click()
    assert len(workspace.attentions.history(pid)) == 2

    def confirm(box: QMessageBox) -> None:
        assert box.text() == "¿Eliminar la atención del 03-03-2026 (Apresto laboral)?"
        assert box.defaultButton().text() == "No eliminar"
        button(box, "Eliminar").click()

    when_modal(QMessageBox, confirm)
    detail.delete_attention_button.click()
    assert [r.date for r in workspace.attentions.history(pid)] == [date(2026, 4, 1)]
    assert detail.history.rowCount() == 1
    assert "1 atención" in window.counts_label.text()
    with workspace.db.transaction() as session:
        assert session.get(Attention, first).deleted_at is not None  # a tombstone


def test_delete_from_the_attention_dialog(qtbot, window, workspace, person_data, when_modal):
    pid = workspace.people.create(person_data())
    only = workspace.attentions.record(pid, date(2026, 3, 2), ServiceKind.OTHER, "por error")
    page = window.people_page
    page.refresh()
    page.select_person(pid)
    page.detail.edit_attention_button.click()
    dialog = window.findChild(AttentionDialog)
    when_modal(QMessageBox, lambda box: button(box, "Eliminar").click())
    dialog.delete_button.click()
    assert not dialog.isVisible()
    assert workspace.attentions.history(pid) == []
    assert page.detail.history.rowCount() == 0 and not page.detail.edit_attention_button.isEnabled()
    with workspace.db.transaction() as session:
        assert session.get(Attention, only).deleted_at is not None


def test_a_long_name_never_stretches_the_window(qtbot, window, workspace, person_data):
    long_first = ("Bernardita Alejandra Guadalupe Constanza de la Santísima Trinidad " * 2)[:120]
    pid = workspace.people.create(
        person_data(
            first_names=long_first,
            last_name_1="Fernández de Córdoba y Montenegro Larraín Errázuriz Echeverría Valdés",
            email="bernardita.alejandra.guadalupe.constanza" + "x" * 60 + "@palena.cl",
            address="Camino a Alto Palena sin número, sector El Tigre " * 4,
        )
    )
    window.resize(1000, 560)
    qtbot.waitUntil(lambda: window.width() == 1000)
    page = window.people_page
    page.refresh()
    page.select_person(pid)
    qtbot.wait(50)

    assert window.width() == 1000 and window.height() == 560
    full = workspace.people.get(pid).data.full_name()
    title = page.detail.title
    assert title.text() == full and title.toolTip() == full
    assert title.shown_text().endswith("…") and title.shown_text().count("\n") <= 1
    assert page.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == full
    assert page.detail.width() <= window.width() // 2

    page.detail.attention_button.click()
    dialog = window.findChild(AttentionDialog)
    assert dialog.width() <= 1000 and dialog.person.toolTip() == full


def test_the_main_window_fits_a_small_screen_and_keeps_the_list_readable(window):
    page = window.people_page
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 - 10 and hint.height() <= 600 - 40
    for area, hidden in ((QRect(0, 0, 1366, 768), set()), (QRect(0, 0, 1024, 600), {4})):
        window.fit_to_screen(area)
        QApplication.processEvents()
        assert window.width() <= area.width() and window.height() <= area.height() - 40
        page._share_width()
        QApplication.processEvents()
        shown = {c for c in range(5) if not page.table.isColumnHidden(c)}
        assert shown == set(range(5)) - hidden, area
        assert page.table.columnWidth(1) >= NAME_COLUMN_MIN
        metrics = page.table.fontMetrics()
        assert page.table.columnWidth(0) > metrics.horizontalAdvance("88.888.888-8")
        assert page.table.columnWidth(2) > metrics.horizontalAdvance("31-12-1990")


def test_the_delete_key_on_the_history_asks_before_deleting(
    qtbot, window, workspace, person_data, when_modal
):
    pid = workspace.people.create(person_data())
    workspace.attentions.record(pid, date(2026, 3, 2), ServiceKind.OTHER, "por error")
    page = window.people_page
    page.refresh()
    page.select_person(pid)
    page.detail.history.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.detail.history)
    when_modal(QMessageBox, lambda box: button(box, "Eliminar").click())
    qtbot.keyClick(page.detail.history, Qt.Key.Key_Delete)
    assert len(when_modal.seen) == 1
    assert workspace.attentions.history(pid) == []
