"""Start-up: first run, the comuna picker, and the smoke test of the installed entry point."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from omil_desktop.services.access import sign_out
from omil_desktop.services.backups import Backups, DatabaseDamaged, DataFolderLock
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.backup import periodic_backup
from omil_desktop.store.blobs import BlobStore
from omil_desktop.store.engine import database_path
from omil_desktop.store.integrity import DAMAGE_MARKER, CheckResult
from omil_desktop.store.vault import is_encrypted_folder
from omil_desktop.ui.app import open_workspace, run_gui
from omil_desktop.ui.backup_job import AfterStartJob
from omil_desktop.ui.first_run import FirstRunDialog, NewOfficeDialog
from omil_desktop.ui.main_window import MainWindow
from omil_desktop.ui.recovery import RecoveryDialog, newest_sound_backup
from omil_desktop.ui.security.recovery_key import RecoveryKeyDialog
from omil_desktop.ui.security.sign_in import SignInDialog
from omil_desktop.ui.widgets.comuna_combo import ComunaCombo
from tests.support.damage import damage_page, digest, folder_state, office_with_people


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


# -- a damaged or lost database, a second window, the day's backup ----------------------------


@pytest.fixture
def root_log_handlers():
    """run_gui logs to the data folder: take its handlers off again after the test."""
    before = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers[:]:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_a_copy_chosen_on_a_usb_stick_brings_its_receipts_back(
    qtbot, data_dir, tmp_path, when_modal
):
    office_with_people(data_dir, 3)
    scan = BlobStore(data_dir).put_bytes(b"%PDF-1.4 boleta 3012")
    stick = tmp_path / "pendrive"
    stick.mkdir()
    backups = Backups(data_dir)
    copy = backups.make(stick / "copia.sqlite3").path
    assert backups.copy_receipts_beside(copy) == 1
    shutil.rmtree(data_dir / "comprobantes")  # the PC's disk lost them
    damage_page(database_path(data_dir), "person")
    seen: list[str] = []

    def restore(dialog: RecoveryDialog) -> None:
        dialog.restore_file(copy)  # as chosen with «Elegir otra copia…»

    def confirm(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    when_modal(RecoveryDialog, restore)
    when_modal(QMessageBox, confirm)
    workspace = open_workspace(data_dir)
    assert workspace is not None
    workspace.close()
    (confirmation,) = seen
    assert confirmation.endswith(
        f"Comprobantes escaneados traídos desde {stick / 'copia.comprobantes'}: 1."
    )
    assert BlobStore(data_dir).read(scan) == b"%PDF-1.4 boleta 3012"


def test_damaged_database_offers_the_newest_sound_backup_and_opens_it(qtbot, data_dir, when_modal):
    office_with_people(data_dir, 300)
    periodic_backup(data_dir)
    damage_page(database_path(data_dir), "person")
    damaged = digest(database_path(data_dir))
    seen: list[str] = []

    def restore(dialog: RecoveryDialog) -> None:
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        assert dialog.restore_button is not None and dialog.restore_button.isDefault()
        dialog.restore_button.click()

    def confirm(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    when_modal(RecoveryDialog, restore)
    when_modal(QMessageBox, confirm)
    workspace = open_workspace(data_dir)

    assert workspace is not None
    try:
        assert workspace.people.counts()[0] == 300
    finally:
        workspace.close()
    offer, confirmation = seen
    assert "La base de datos de la oficina está dañada" in offer
    assert "Copia de respaldo más reciente en buen estado: " in offer and "300 personas" in offer
    assert confirmation.startswith("Copia restaurada: los datos del ")
    (aside,) = (data_dir / "apartadas").glob("*-antes-de-restaurar.sqlite3")
    assert digest(aside) == damaged and str(aside) in confirmation


def test_lost_database_the_officer_may_quit_and_nothing_changes(qtbot, data_dir, when_modal):
    office_with_people(data_dir, 2)
    periodic_backup(data_dir)
    database_path(data_dir).unlink()
    before = folder_state(data_dir)
    seen: list[str] = []

    def read_and_quit(dialog: RecoveryDialog) -> None:
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.quit_button.click()

    when_modal(RecoveryDialog, read_and_quit)
    assert open_workspace(data_dir) is None
    assert "No se encontró la base de datos de la oficina" in seen[0]
    assert "2 personas" in seen[0]
    assert folder_state(data_dir) == before
    DataFolderLock(data_dir).acquire().release()  # and the folder is free again


def test_without_a_sound_backup_another_file_can_be_chosen_and_is_checked(
    qtbot, data_dir, tmp_path
):
    office_with_people(data_dir, 2)
    other = tmp_path / "futaleufu"
    office_with_people(other, 1, comuna="10402")
    foreign = tmp_path / "pendrive.sqlite3"
    Backups(other).make(foreign)
    damage_page(database_path(data_dir), "person")
    backups = Backups(data_dir)
    lock = DataFolderLock(data_dir).acquire()
    try:
        dialog = RecoveryDialog(
            DatabaseDamaged(database_path(data_dir)), backups, lock, newest_sound_backup(backups)
        )
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.restore_button is None
        assert dialog.choose_button.isDefault()
        before = folder_state(data_dir)

        dialog.restore_file(foreign)

        assert dialog.isVisible() and dialog.restored is None
        assert "es de otra oficina (OMIL Futaleufú)" in dialog.error.text()
        assert folder_state(data_dir) == before
    finally:
        lock.release()


def test_a_second_window_on_the_same_folder_says_so_and_does_not_open(qtbot, workspace, when_modal):
    first = open_workspace(workspace.data_dir.parent / "otra")
    assert first is not None
    seen: list[tuple[str, str]] = []

    def read(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    when_modal(QMessageBox, read)
    try:
        assert open_workspace(first.data_dir) is None
    finally:
        first.close()
    ((title, text),) = seen
    assert title == "OMIL Desktop ya está abierto"
    assert text.startswith("OMIL Desktop ya está abierto con esta carpeta de datos en este equipo")
    assert str(first.data_dir) in text
    again = open_workspace(first.data_dir)  # once the first one closed, it opens
    assert again is not None
    again.close()


def test_the_days_backup_runs_off_the_gui_thread_after_the_window_is_up(
    qtbot, workspace, monkeypatch
):
    from omil_desktop.services import backups as backups_module

    threads: list[int] = []
    real = backups_module.periodic_backup

    def watched(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(backups_module, "periodic_backup", watched)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    job = AfterStartJob(workspace.backups, CheckResult.OK, window)

    with qtbot.waitSignal(job.finished, timeout=30_000) as finished:
        job.start()

    result = finished.args[0]
    assert result.backup is not None and result.backup.is_file()
    assert threads and threads[0] != threading.get_ident()
    assert window.statusBar().currentMessage() == "Copia de respaldo del día guardada."
    job.stop()


def test_damage_found_after_start_is_told_and_remembered(qtbot, data_dir, when_modal):
    office_with_people(data_dir, 600)
    periodic_backup(data_dir)
    damage_page(database_path(data_dir), "change_log")
    workspace = Workspace(data_dir, check_budget=0.0)  # the start-up check did not get there
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    job = AfterStartJob(workspace.backups, workspace.startup_check, window)
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    when_modal(QMessageBox, read)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        job.start()

    assert "encontró daños" in seen[0] and "cierre OMIL Desktop" in seen[0]
    assert (data_dir / DAMAGE_MARKER).is_file()
    job.stop()
    window.close()
    with pytest.raises(DatabaseDamaged):
        Workspace(data_dir, check_budget=0.0)


def test_closing_stops_the_job_and_leaves_no_half_copy(qtbot, workspace):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    job = AfterStartJob(workspace.backups, CheckResult.OK, window)
    job.start()
    job.stop()
    assert not job._thread.isRunning()
    folder = workspace.data_dir / "respaldos"
    left = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    assert all(name.endswith("-diario.sqlite3") for name in left)  # whole copies or none


def test_first_start_then_a_normal_start(qtbot, data_dir, when_modal, root_log_handlers):
    """The real start sequence twice: the log written by the first start never makes the
    second one take the office for lost."""

    def set_up(dialog: NewOfficeDialog) -> None:
        dialog.comuna.set_code("10404")
        dialog.officer.setText("Ana Pérez")
        dialog.password.setText("frase de ana 2026")
        dialog.repeated.setText("frase de ana 2026")
        dialog.ok_button.click()

    def keep_the_key(dialog: RecoveryKeyDialog) -> None:
        assert not dialog.continue_button.isEnabled()
        dialog.kept.setChecked(True)
        dialog.continue_button.click()

    def sign_in(dialog: SignInDialog) -> None:
        assert dialog.user.currentText() == "ana.perez"
        dialog.password.setText("frase de ana 2026")
        dialog.ok_button.click()

    def close_window(window: MainWindow) -> None:
        QTimer.singleShot(0, window.close)

    def close_when_shown() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                       and w.isVisible()), None)  # fmt: skip
        if window is None:
            QTimer.singleShot(20, close_when_shown)
        else:
            close_window(window)

    when_modal(NewOfficeDialog, set_up)
    when_modal(RecoveryKeyDialog, keep_the_key)
    QTimer.singleShot(0, close_when_shown)
    assert run_gui(data_dir, crash_dialog=False) == 0
    assert (data_dir / "registro" / "omil.log").is_file()
    assert is_encrypted_folder(data_dir)  # the new office is encrypted from its first record
    sign_out(data_dir)  # as a new start of the program

    when_modal(SignInDialog, sign_in)
    QTimer.singleShot(0, close_when_shown)
    assert run_gui(data_dir, crash_dialog=False) == 0
    workspace = Workspace(data_dir)
    try:
        assert workspace.office.comuna_code == "10404"
        (account,) = workspace.access.accounts()
        assert (account.username, account.role.value) == ("ana.perez", "encargado")
        assert account.last_login_at is not None
    finally:
        workspace.close()
        sign_out(data_dir)
