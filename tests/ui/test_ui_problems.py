"""When the database cannot be used, the officer reads why in Spanish and loses nothing."""

from __future__ import annotations

import logging
import sqlite3
import threading

import pytest
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

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


# -- the crash handler: logs on every thread, its dialog on the GUI thread only ------------------

SECRET = "María José Núñez 12.345.678-5"


@pytest.fixture
def crash_handler(monkeypatch, caplog):
    """Install the program's crash handler for one test (the previous hooks come back)."""
    import sys
    import threading

    from omil_desktop.ui.errors import install_crash_handler

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    caplog.set_level(logging.ERROR, logger="omil_desktop.ui.errors")
    return install_crash_handler


def crash_logs(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "omil_desktop.ui.errors"]


def assert_logged_without_the_message(caplog, thread: str) -> None:
    (text,) = crash_logs(caplog)
    assert text.startswith(f"Unexpected ValueError in thread {thread}\n")
    assert "test_ui_problems.py" in text and "in fail" in text  # where: file and function
    assert "Núñez" not in text and "12.345.678" not in text


def fail() -> None:
    raise ValueError(SECRET)


def dialogs_seen(qtbot, when_modal) -> list[tuple[str, bool]]:
    """Each crash dialog: its text, and whether it was made on the GUI thread."""
    seen: list[tuple[str, bool]] = []

    def read_and_close(box: QMessageBox) -> None:
        seen.append((box.text(), box.thread() is QApplication.instance().thread()))
        box.accept()

    when_modal(QMessageBox, read_and_close)
    return seen


@pytest.mark.qt_no_exception_capture
def test_a_python_threads_error_is_logged_and_the_dialog_shows_on_the_gui_thread(
    qtbot, crash_handler, caplog, when_modal
):
    crash_handler(show_dialog=True)
    seen = dialogs_seen(qtbot, when_modal)

    worker = threading.Thread(target=fail, name="omil-prueba")
    worker.start()
    worker.join(10)

    qtbot.waitUntil(lambda: len(seen) == 1)
    assert_logged_without_the_message(caplog, "omil-prueba")
    text, on_gui_thread = seen[0]
    assert on_gui_thread
    assert "error inesperado" in text and "registro" in text


class _Failing(QObject):
    go = Signal()

    @Slot()
    def run(self) -> None:
        fail()


@pytest.mark.qt_no_exception_capture
def test_a_qt_threads_slot_error_is_logged_and_the_dialog_shows_on_the_gui_thread(
    qtbot, crash_handler, caplog, when_modal
):
    crash_handler(show_dialog=True)
    seen = dialogs_seen(qtbot, when_modal)
    thread = QThread()
    thread.setObjectName("omil-prueba-qt")
    worker = _Failing()
    worker.moveToThread(thread)
    worker.go.connect(worker.run)
    thread.start()
    try:
        worker.go.emit()  # queued to the thread: the slot raises there
        qtbot.waitUntil(lambda: len(seen) == 1)
    finally:
        thread.quit()
        thread.wait()
    assert_logged_without_the_message(caplog, "omil-prueba-qt")
    assert seen[0][1]
    assert thread.isFinished()


@pytest.mark.qt_no_exception_capture
def test_a_gui_threads_error_shows_the_dialog_at_once(qtbot, crash_handler, caplog, when_modal):
    crash_handler(show_dialog=True)
    seen = dialogs_seen(qtbot, when_modal)

    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: len(seen) == 1)

    (text,) = crash_logs(caplog)
    assert text.startswith("Unexpected ValueError in thread ")
    assert "Núñez" not in text


@pytest.mark.qt_no_exception_capture
def test_without_the_dialog_a_threads_error_is_logged_and_printed(
    qtbot, crash_handler, caplog, capsys
):
    """``--no-crash-dialog`` (CI, the smoke test): the traceback goes to stderr too."""
    crash_handler(show_dialog=False)

    worker = threading.Thread(target=fail, name="omil-prueba")
    worker.start()
    worker.join(10)

    assert_logged_without_the_message(caplog, "omil-prueba")
    assert "ValueError" in capsys.readouterr().err
    assert QApplication.activeModalWidget() is None
