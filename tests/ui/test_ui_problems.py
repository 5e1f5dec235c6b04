"""When the database cannot be used, the officer reads why in Spanish and loses nothing."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QLabel, QMessageBox

from omil_desktop.services.workspace import Workspace
from omil_desktop.store import engine
from omil_desktop.ui.app import open_workspace
from omil_desktop.ui.main_window import MainWindow
from omil_desktop.ui.people.person_dialog import PersonDialog


def test_corrupt_database_at_start_is_explained(qtbot, data_dir, when_modal):
    from omil_desktop.ui.recovery import RecoveryDialog

    data_dir.mkdir()
    (data_dir / "omil.sqlite3").write_bytes(b"this is not a database at all" * 200)
    messages: list[str] = []

    def read_and_quit(dialog: RecoveryDialog) -> None:
        messages.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.quit_button.click()

    when_modal(RecoveryDialog, read_and_quit)
    assert open_workspace(data_dir) is None
    assert len(messages) == 1
    assert "está dañada" in messages[0] and "copia de respaldo" in messages[0]


def test_locked_database_while_saving_keeps_the_form(qtbot, data_dir, monkeypatch, when_modal):
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    workspace = Workspace(data_dir)
    workspace.set_up_office("10404", "Ana Pérez")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.people_page.new_person()
    dialog = window.findChild(PersonDialog)
    dialog.form.rut.setText("12.345.678-5")
    dialog.form.first_names.setText("Pedro")
    dialog.form.last_name_1.setText("Soto")

    other = sqlite3.connect(workspace.db.path)
    other.execute("BEGIN EXCLUSIVE")
    messages: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    when_modal(QMessageBox, read_and_close)
    dialog.save_button.click()
    assert len(messages) == 1 and "ocupada por otro programa" in messages[0]
    assert dialog.isVisible() and dialog.form.first_names.text() == "Pedro"

    other.rollback()
    other.close()
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert len(workspace.people.search_ids("soto")) == 1
    window.close()
