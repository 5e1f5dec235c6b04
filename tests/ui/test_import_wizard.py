"""The import wizard: choose the file → the columns (one changed by hand) → the preview with a
rejected row and why → the import → the counts; for companies too; «Cancelar» saves nothing."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from omil_desktop.ui.imports.import_wizard import (
    COLUMNS_STEP,
    FILE_STEP,
    PREVIEW_STEP,
    SUMMARY_STEP,
    ImportWizard,
)


def count(workspace, sql):
    conn = sqlite3.connect(workspace.db.path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def wizard(qtbot, workspace):
    def make(kind="people"):
        dialog = ImportWizard(workspace, kind=kind)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def combo_of(dialog, column):
    return dialog.combos[column]


def test_people_choose_match_by_hand_preview_rejected_import(qtbot, workspace, wizard, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Usuarios de la OMIL", None, None, None])
    sheet.merge_cells("A1:D1")
    sheet.append(["RUT", "Nombres", "Apellido paterno", "Cel."])
    sheet.append(["12.345.678-5", "Ana", "Soto", "+56 9 1234 5678"])
    sheet.append(["12.345.678-9", "Berta", "Vera", ""])
    sheet.append(["16.543.210-K", "Carla", "Mora", "+56 9 8765 4321"])
    path = tmp_path / "usuarios.xlsx"
    book.save(path)
    dialog = wizard()
    assert dialog.step == FILE_STEP

    dialog.next()  # no file yet: said beside the field
    assert dialog.file_error.isVisible()
    assert dialog.file_error.text() == "Elija el archivo de la planilla."
    dialog.file_edit.setText(str(path))
    assert not dialog.file_error.isVisible()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    assert dialog.step == COLUMNS_STEP
    assert dialog.columns_table.item(3, 0).text() == "«Cel.»"
    assert dialog.columns_table.item(3, 1).text() == "+56 9 1234 5678"
    assert combo_of(dialog, 3).currentText() == "No importar"
    assert combo_of(dialog, 1).currentData() == "first_names"
    combo_of(dialog, 1).setCurrentIndex(0)  # «Nombres» not imported: a required one missing
    assert dialog.columns_problems.text() == (
        "Faltan columnas obligatorias: Nombres. Nada fue importado."
    )
    assert not dialog.next_button.isEnabled()
    combo_of(dialog, 1).setCurrentIndex(combo_of(dialog, 1).findData("first_names"))
    combo_of(dialog, 3).setCurrentIndex(combo_of(dialog, 3).findText("Teléfono"))  # by hand
    assert dialog.next_button.isEnabled()

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step == PREVIEW_STEP
    qtbot.waitUntil(lambda: dialog.checked is not None and dialog.worker is None)
    assert dialog.preview_summary.text() == (
        "Filas que se importarán: 2. Filas que no se importarán: 1. Las filas sin comuna quedan "
        "con la comuna de la oficina."
    )
    assert dialog.valid_model.headers == [
        "Fila",
        "RUT",
        "Nombres",
        "Apellido paterno",
        "Comuna",
        "Teléfono",
    ]
    assert dialog.valid_model.rows == [
        ["3", "12.345.678-5", "Ana", "Soto", "Palena", "+56 9 1234 5678"],
        ["5", "16.543.210-K", "Carla", "Mora", "Palena", "+56 9 8765 4321"],
    ]
    assert dialog.rejected_model.rows == [
        ["4", "RUT inválido: El RUT 12.345.678-9 no es válido: revise el número en el carnet."]
    ]
    assert dialog.rejected_view.isVisible()
    assert count(workspace, "SELECT count(*) FROM person") == 0  # the preview saved nothing
    assert dialog.next_button.text() == "Importar (2)"

    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step == SUMMARY_STEP
    assert dialog.summary_label.text().startswith("Importadas: 2. Rechazadas: 1.")
    phones = {r.data.first_names: r.data.phone for r in workspace.people.all_records()}
    assert set(phones) == {"Ana", "Carla"}
    assert phones["Ana"]
    # the audit capture recorded each person the import created
    assert count(workspace, "SELECT count(*) FROM audit_entry WHERE action = 'crear'") == 2

    out = tmp_path / "rechazadas.xlsx"
    assert dialog.save_rejected(out)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][:4] == (4, dialog.rejected_model.rows[0][1], "12.345.678-9", "Berta")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # «Cerrar»
    assert not dialog.isVisible()


def test_companies_from_a_chilean_csv(qtbot, workspace, wizard, tmp_path):
    path = tmp_path / "empresas.csv"
    path.write_bytes(
        "RUT;Razón social;Rubro;Quién atiende\r\n"
        "76.086.428-5;Maderas del Sur SpA;Aserraderos;Luis Peña\r\n"
        "76.086.428-5;Otra Ltda.;;\r\n".encode("cp1252")
    )
    dialog = wizard("companies")
    dialog.file_edit.setText(str(path))
    dialog.next()
    assert dialog.step == COLUMNS_STEP
    assert combo_of(dialog, 3).currentText() == "No importar"
    combo_of(dialog, 3).setCurrentIndex(combo_of(dialog, 3).findData("contact_name"))
    dialog.next()
    qtbot.waitUntil(lambda: dialog.checked is not None and dialog.worker is None)
    assert dialog.rejected_model.rows == [
        ["3", "RUT duplicado: 76.086.428-5 ya aparece en la fila 2."]
    ]

    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.next()
    assert dialog.summary_label.text().startswith("Importadas: 1. Rechazadas: 1.")
    ((company, contacts),) = workspace.companies.all_with_contacts()
    assert company.data.legal_name == "Maderas del Sur SpA"
    assert [c.name for c in contacts] == ["Luis Peña"]


def test_a_bad_file_is_said_beside_the_field(qtbot, workspace, wizard, tmp_path):
    path = tmp_path / "viejo.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 64)
    dialog = wizard()
    dialog.file_edit.setText(str(path))
    dialog.next()
    assert dialog.step == FILE_STEP
    assert "Excel antigua (.xls)" in dialog.file_error.text()


def test_cancel_during_the_import_saves_nothing(qtbot, workspace, wizard, tmp_path, monkeypatch):
    path = tmp_path / "p.csv"
    path.write_text("RUT;Nombres;Apellido paterno\n12.345.678-5;Ana;Soto\n", encoding="utf-8")
    dialog = wizard()
    dialog.file_edit.setText(str(path))
    dialog.next()
    dialog.next()
    qtbot.waitUntil(lambda: dialog.checked is not None and dialog.worker is None)
    importer = dialog.importer
    real_check = importer.check
    reading, pressed = threading.Event(), threading.Event()

    def check_after_cancel(*args, **kwargs):  # the officer presses «Cancelar» while it reads
        reading.set()
        pressed.wait(10)
        return real_check(*args, **kwargs)

    monkeypatch.setattr(importer, "check", check_after_cancel)
    dialog.next()
    qtbot.waitUntil(reading.is_set)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    pressed.set()
    qtbot.waitUntil(lambda: dialog.step == SUMMARY_STEP and dialog.worker is None)

    assert dialog.summary_label.text() == "Importación cancelada: no se guardó nada."
    assert dialog.isVisible()
    assert count(workspace, "SELECT count(*) FROM person") == 0
    assert count(workspace, "SELECT count(*) FROM change_log") == 0


def test_opened_from_the_menu_and_offered_on_the_first_day(qtbot, window):
    window.import_action.trigger()
    assert window.import_wizard.isVisible()
    assert window.import_wizard.step == FILE_STEP
    window.import_wizard.reject()

    window.offer_first_import()
    box = window.first_import_box
    assert box.isVisible()
    (importing,) = [b for b in box.buttons() if b.text() == "Importar la planilla de la oficina…"]
    importing.click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.import_wizard.isVisible()
    window.import_wizard.reject()


def test_back_from_a_preview_with_nothing_to_import_lets_the_officer_go_on(
    qtbot, workspace, wizard, tmp_path
):
    """«Importar (0)» is disabled; going back, each step's «Siguiente» is as that step says,
    and Enter never lands on «Cancelar» (the column choices would be lost)."""
    path = tmp_path / "malas.csv"
    path.write_text("RUT;Nombres;Apellido paterno\n12.345.678-9;Berta;Vera\n", encoding="utf-8")
    good = tmp_path / "buenas.csv"
    good.write_text("RUT;Nombres;Apellido paterno\n12.345.678-5;Ana;Soto\n", encoding="utf-8")
    dialog = wizard()
    dialog.file_edit.setText(str(path))
    dialog.next()
    dialog.next()
    qtbot.waitUntil(lambda: dialog.checked is not None and dialog.worker is None)
    assert not dialog.next_button.isEnabled()
    assert not dialog.cancel_button.autoDefault() and not dialog.back_button.autoDefault()

    dialog.back_button.click()
    assert dialog.step == COLUMNS_STEP and dialog.next_button.isEnabled()
    dialog.back_button.click()
    assert dialog.step == FILE_STEP and dialog.next_button.isEnabled()
    dialog.file_edit.setText(str(good))
    dialog.next_button.click()
    assert dialog.step == COLUMNS_STEP
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.checked is not None and dialog.worker is None)
    assert dialog.next_button.isEnabled()
