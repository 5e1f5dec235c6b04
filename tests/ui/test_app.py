"""Start-up: first run, the comuna picker, and the smoke test of the installed entry point."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt

from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.first_run import FirstRunDialog
from omil_desktop.ui.widgets.comuna_combo import ComunaCombo


def test_comuna_picker_finds_comunas_typed_without_accents(qtbot, workspace):
    combo = ComunaCombo(workspace.territory)
    qtbot.addWidget(combo)
    completer = combo.completer()
    completer.setCompletionPrefix("niquen")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Ñiquén (Ñuble)"
    completer.setCompletionPrefix("PUERTO")
    found = []
    for row in range(completer.completionCount()):
        completer.setCurrentRow(row)
        found.append(completer.currentCompletion())
    assert found == [
        "Puerto Montt (Los Lagos)",
        "Puerto Octay (Los Lagos)",
        "Puerto Varas (Los Lagos)",
    ]
    combo.set_code("10404")
    assert combo.currentText() == "Palena (Los Lagos)"
    assert combo.code() == "10404"
    combo.setEditText("Comuna que no existe")
    assert combo.code() is None
    combo.setEditText("niquen")  # typed, not picked: one comuna matches
    assert combo.code() == "16303"
    combo.setEditText("Ñiquén")
    assert combo.code() == "16303"
    combo.setEditText("puerto")  # three comunas match: the officer must choose
    assert combo.code() is None


def test_first_run_sets_up_the_office_and_explains_mistakes(qtbot, data_dir):
    workspace = Workspace(data_dir)
    assert workspace.office is None
    dialog = FirstRunDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok_button.click()
    assert dialog.isVisible()
    errors = {name: label.text() for name, (_w, label) in dialog.section.fields.items()}
    assert errors["comuna_code"] == "Elija la comuna de la oficina de la lista."
    assert errors["officer_name"] == "Escriba el nombre completo de la persona a cargo."

    dialog.comuna.set_code("16303")
    qtbot.keyClicks(dialog.officer, "Ana Perez")
    qtbot.keyClick(dialog.officer, Qt.Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    workspace.close()
    reopened = Workspace(data_dir)
    assert reopened.office is not None
    assert reopened.office.comuna_name == "Ñiquén"
    assert reopened.office.officer_name == "Ana Perez"
    reopened.close()


def test_smoke_test_opens_the_window_offscreen_and_exits_zero(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    env.pop("QT_QPA_PLATFORM", None)  # the switch itself must choose offscreen
    result = subprocess.run(
        [sys.executable, "-m", "omil_desktop", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "prueba de humo correcta" in result.stdout
    assert not (tmp_path / "xdg").exists()  # it used a temporary folder, not the user's data


def test_qt_standard_buttons_speak_spanish(qtbot, qapp):
    from PySide6.QtWidgets import QMessageBox

    from omil_desktop.ui.app import install_spanish

    install_spanish(qapp)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "t",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Sí"
