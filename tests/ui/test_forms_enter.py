"""Enter saves every form, every time: also after a first error has been shown and fixed.

Keys are pressed as the keyboard sends them: to the window, which hands them to the focused
field or, while one is open, to a popup (the comuna completer's list). Each case types something
wrong, presses Enter (the error shows and nothing is saved), fixes it in one kind of field, and
presses Enter again in that field: the form saves at once.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from omil_desktop.domain.people import ConsentMethod, ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.ui.people.attention_dialog import AttentionDialog
from omil_desktop.ui.people.person_dialog import PersonDialog
from tests.support.keys import POPUP_WARNINGS, focus, press, type_into, wait_active

CTRL = Qt.KeyboardModifier.ControlModifier


def new_person(qtbot, window) -> PersonDialog:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.findChild(PersonDialog)
    wait_active(qtbot, dialog)
    return dialog


def saved_person(workspace):
    ids = workspace.people.search_ids("")
    assert len(ids) == 1, "exactly one person saved"
    return workspace.people.get(ids[0]).data


def fill_valid(qtbot, form) -> None:
    type_into(qtbot, form.rut, "12.345.678-5")
    type_into(qtbot, form.first_names, "Ana")
    type_into(qtbot, form.last_name_1, "Soto")


def test_line_edit(qtbot, window, workspace):
    dialog = new_person(qtbot, window)
    type_into(qtbot, dialog.form.rut, "12.345.678-5")
    type_into(qtbot, dialog.form.last_name_1, "Soto")
    press(Qt.Key.Key_Return)
    assert dialog.form.error_text("first_names") == "Escriba los nombres."
    type_into(qtbot, dialog.form.first_names, "Ana")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert saved_person(workspace).first_names == "Ana"


def test_rut_field(qtbot, window, workspace):
    dialog = new_person(qtbot, window)
    fill_valid(qtbot, dialog.form)
    dialog.form.rut.clear()
    type_into(qtbot, dialog.form.rut, "12.345.678-9")
    press(Qt.Key.Key_Return)
    assert "revise el número en el carnet" in dialog.form.error_text("rut")
    dialog.form.rut.clear()
    type_into(qtbot, dialog.form.rut, "12345678-5")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert saved_person(workspace).rut == Rut.parse("12.345.678-5")


def test_date_field(qtbot, window, workspace):
    dialog = new_person(qtbot, window)
    fill_valid(qtbot, dialog.form)
    type_into(qtbot, dialog.form.birth_date, "31-02-1990")
    press(Qt.Key.Key_Return)
    assert "no existe" in dialog.form.error_text("birth_date")
    dialog.form.birth_date.clear()
    type_into(qtbot, dialog.form.birth_date, "15-3-1990")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert saved_person(workspace).birth_date == date(1990, 3, 15)


@POPUP_WARNINGS
def test_comuna_completer(qtbot, window, workspace):
    dialog = new_person(qtbot, window)
    fill_valid(qtbot, dialog.form)
    combo = dialog.form.comuna_code
    combo.lineEdit().clear()
    type_into(qtbot, combo, "zzq")
    press(Qt.Key.Key_Return)
    assert dialog.form.error_text("comuna_code") == "Elija una comuna de la lista."
    combo.lineEdit().clear()
    type_into(qtbot, combo, "niquen")
    qtbot.waitUntil(combo.completer().popup().isVisible)
    press(Qt.Key.Key_Return)  # the list of matches is open: the key goes to it first
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert saved_person(workspace).comuna_code == "16303"  # Ñiquén


def test_combo(qtbot, window, workspace):
    dialog = new_person(qtbot, window)
    fill_valid(qtbot, dialog.form)
    type_into(qtbot, dialog.form.consent_on, "01-01-2020")
    press(Qt.Key.Key_Return)
    assert dialog.form.error_text("consent_on").startswith("Indique la fecha y la forma")
    focus(qtbot, dialog.form.consent_method)
    press(Qt.Key.Key_Down)  # the next choice, without opening the list
    assert dialog.form.consent_method.value() is ConsentMethod.SIGNED
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert saved_person(workspace).consent_method is ConsentMethod.SIGNED


def test_check_box(qtbot, window, workspace):
    dialog = new_person(qtbot, window)
    type_into(qtbot, dialog.form.rut, "12.345.678-5")
    type_into(qtbot, dialog.form.first_names, "Ana")
    press(Qt.Key.Key_Return)
    assert dialog.form.error_text("last_name_1") != ""
    type_into(qtbot, dialog.form.last_name_1, "Soto")
    focus(qtbot, dialog.form.migrant)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert saved_person(workspace).migrant is True


def test_multi_line_notes_take_enter_as_a_new_line_and_ctrl_enter_saves(qtbot, window, workspace):
    dialog = new_person(qtbot, window)
    type_into(qtbot, dialog.form.rut, "12.345.678-5")
    type_into(qtbot, dialog.form.last_name_1, "Soto")
    type_into(qtbot, dialog.form.notes, "Llamar")
    press(Qt.Key.Key_Return, CTRL)
    assert dialog.form.error_text("first_names") == "Escriba los nombres."
    type_into(qtbot, dialog.form.first_names, "Ana")
    type_into(qtbot, dialog.form.notes, "")
    dialog.form.notes.moveCursor(dialog.form.notes.textCursor().MoveOperation.End)
    press(Qt.Key.Key_Return)  # a new line in the notes, not a save
    qtbot.keyClicks(dialog.form.notes, "el lunes")
    assert dialog.isVisible()
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert saved_person(workspace).notes == "Llamar\nel lunes"


@pytest.fixture
def attention_dialog(qtbot, window, workspace, person_data):
    person_id = workspace.people.create(person_data())
    page = window.people_page
    page.run_search()
    page.select_person(person_id)
    page.detail.attention_button.click()
    dialog = window.findChild(AttentionDialog)
    wait_active(qtbot, dialog)
    return dialog, person_id


def test_attention_shows_every_error_then_saves_with_enter(qtbot, workspace, attention_dialog):
    dialog, person_id = attention_dialog
    dialog.date.clear()
    type_into(qtbot, dialog.date, "32-1-2026")
    press(Qt.Key.Key_Return)
    assert "no existe" in dialog.error_text("date")
    assert dialog.error_text("kind") == "Elija el tipo de atención."  # both at once
    focus(qtbot, dialog.kind)
    press(Qt.Key.Key_Down)
    assert dialog.error_text("kind") == ""  # gone as soon as it is fixed
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and "no existe" in dialog.error_text("date")
    dialog.date.clear()
    type_into(qtbot, dialog.date, "2/1/2026")
    assert dialog.error_text("date") == ""
    type_into(qtbot, dialog.notes, "CV revisado")
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (row,) = workspace.attentions.history(person_id)
    assert (row.date, row.kind, row.notes) == (
        date(2026, 1, 2),
        ServiceKind.INFORMATION,
        "CV revisado",
    )


@POPUP_WARNINGS
def test_first_run_saves_with_enter_in_the_comuna_list_after_an_error(qtbot, data_dir):
    from omil_desktop.services.workspace import Workspace
    from omil_desktop.ui.first_run import FirstRunDialog

    workspace = Workspace(data_dir)
    dialog = FirstRunDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_active(qtbot, dialog)
    type_into(qtbot, dialog.officer, "Ana Perez")
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.section.fields["comuna_code"][1].text() != ""
    type_into(qtbot, dialog.comuna, "niquen")
    qtbot.waitUntil(dialog.comuna.completer().popup().isVisible)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert workspace.office is not None and workspace.office.comuna_code == "16303"
    workspace.close()
