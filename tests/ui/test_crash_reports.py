"""Crash reports (issue 13, point 6): an unexpected error shows the Spanish dialog with «Copiar
detalles» (version, system, thread and the traceback's frames; never the error's message nor
any variable), writes the same report to ``registro/fallo-AAAAMMDD-HHMMSS.txt`` (0600), and the
next start of the window mentions it once."""

from __future__ import annotations

import re
import sys
import threading

import pytest
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from omil_desktop import __version__
from omil_desktop.logs import FOLDER, log_to, stop_logging
from omil_desktop.ui.errors import CrashBox, install_crash_handler

SECRET_NAME = "María José Núñez"
SECRET_RUT = "12.345.678-5"


class _Failing(QObject):
    go = Signal()

    @Slot()
    def save_person(self) -> None:
        record = {"nombre": SECRET_NAME, "rut": SECRET_RUT}  # a local that must not travel
        raise ValueError(f"No se pudo guardar a {record['nombre']} ({record['rut']})")


@pytest.fixture
def crash_folder(tmp_path, monkeypatch):
    """The program's crash handler and log for one test (the previous hooks come back)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    data_dir = tmp_path / "datos"
    log_to(data_dir)
    install_crash_handler(show_dialog=True)
    yield data_dir / FOLDER
    stop_logging()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_the_dialog_writes_the_report_and_copies_no_personal_data(
    qtbot, crash_folder, when_modal
):
    QGuiApplication.clipboard().clear()
    seen: list[str] = []

    def copy(box: CrashBox) -> None:
        seen.append(box.text())
        box.copy_button.click()  # «Copiar detalles» (the box closes)

    when_modal(CrashBox, copy)
    failing = _Failing()
    failing.go.connect(failing.save_person)
    QTimer.singleShot(0, failing.go.emit)
    qtbot.waitUntil(lambda: bool(seen))

    (report,) = crash_folder.glob("fallo-*.txt")
    assert re.fullmatch(r"fallo-\d{8}-\d{6}\.txt", report.name)
    assert report.stat().st_mode & 0o777 == 0o600
    assert str(report) in seen[0] and "error inesperado" in seen[0]
    copied = QGuiApplication.clipboard().text()
    assert copied == report.read_text(encoding="utf-8")
    assert f"OMIL Desktop {__version__}" in copied
    assert "Python: " in copied and "Qt: " in copied and "Hilo: " in copied
    assert "Hora: " in copied and "Sistema: " in copied
    assert "Error: builtins.ValueError" in copied
    assert re.search(r"tests/ui/test_crash_reports\.py, línea \d+, en save_person", copied) or (
        re.search(r"test_crash_reports\.py, línea \d+, en save_person", copied)
    )
    for secret in ("Núñez", "María", "12.345.678", "No se pudo guardar", "nombre"):
        assert secret not in copied
    assert QApplication.activeModalWidget() is None


def test_the_next_start_of_the_window_mentions_the_report_once(qtbot, workspace):
    from omil_desktop.ui.main_window import MainWindow

    folder = workspace.data_dir / FOLDER
    folder.mkdir(exist_ok=True)
    (folder / "fallo-20261128-101500.txt").write_text("OMIL Desktop 0.2.0\n", encoding="utf-8")

    def mentions(window: MainWindow) -> list[QMessageBox]:
        return [
            box
            for box in window.findChildren(QMessageBox)
            if box.isVisible() and "La última vez" in box.text()
        ]

    first = MainWindow(workspace)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: len(mentions(first)) == 1)
    (box,) = mentions(first)
    assert str(folder / "fallo-20261128-101500.txt") in box.text()
    assert not box.isModal()  # the window stays usable
    box.close()
    first.close()

    second = MainWindow(workspace)  # the start after: not again
    qtbot.addWidget(second)
    second.show()
    qtbot.wait(50)
    assert mentions(second) == []
    second.close()

    (folder / "fallo-20261129-090000.txt").write_text("OMIL Desktop 0.2.0\n", encoding="utf-8")
    third = MainWindow(workspace)  # a newer report is mentioned, once
    qtbot.addWidget(third)
    third.show()
    qtbot.waitUntil(lambda: len(mentions(third)) == 1)
    assert "fallo-20261129-090000.txt" in mentions(third)[0].text()
    third.close()


def test_a_burst_of_errors_keeps_only_the_newest_reports(tmp_path):
    from datetime import datetime, timedelta

    from omil_desktop.ui.errors import KEEP_CRASH_REPORTS, write_crash_report

    start = datetime(2026, 11, 29, 10, 0, 0)
    written = [
        write_crash_report(f"informe {n}\n", tmp_path, start + timedelta(seconds=n // 2))
        for n in range(KEEP_CRASH_REPORTS + 5)
    ]
    kept = sorted(p.name for p in tmp_path.glob("fallo-*.txt"))
    assert len(kept) == KEEP_CRASH_REPORTS
    assert written[-1].name in kept and written[0].name not in kept
    assert "fallo-20261129-100000-2.txt" in {p.name for p in written}  # same second: -2
