"""Configuración → Ajustes…: the office's settings in the window (issue 13, point 2), on a real
data folder: each page loads and saves, bad input is refused beside its field in Spanish
(a backup folder missing or read-only, a logo that is not an image), «Respaldar ahora» copies
to the extra folder, a restore shows what the file holds first, and an «apoyo» account cannot
change the office's data."""

from __future__ import annotations

import shutil
from datetime import datetime
from io import BytesIO

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLineEdit

import omil_desktop
from omil_desktop.domain.privacy import Role
from omil_desktop.domain.rut import Rut
from omil_desktop.reports.template import Paper
from omil_desktop.services.access import Officer
from omil_desktop.services.backups import Backups, CheckResult
from omil_desktop.services.device_settings import BackupSchedule
from omil_desktop.services.workspace import Workspace
from omil_desktop.store import vault
from omil_desktop.ui.backup_job import AfterStartJob
from omil_desktop.ui.settings.settings_dialog import Page, SettingsDialog
from tests.store.test_encryption import PASSWORD, encrypted_office
from tests.support.folders import read_only_folder  # noqa: F401 (a fixture)
from tests.support.keys import focus, press, type_into, wait_active


def png(path, size=(200, 100)):
    out = BytesIO()
    Image.new("RGB", size, (20, 90, 160)).save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "PENDRIVE"
    folder.mkdir()
    return folder


@pytest.fixture
def settings(qtbot, window):
    def open_at(page: Page) -> SettingsDialog:
        dialog = SettingsDialog(window._workspace, window.sync, window, page)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_active(qtbot, dialog)
        return dialog

    return open_at


def test_the_menu_opens_the_settings_and_enter_saves_them(qtbot, window, when_modal, tmp_path):
    logo = png(tmp_path / "escudo.png")
    problems: list[BaseException] = []

    def fill(dialog: SettingsDialog) -> None:
        try:
            enter_settings(dialog)
        except BaseException as exc:  # seen by the test, and the dialog does not stay open
            problems.append(exc)
            dialog.reject()

    def enter_settings(dialog: SettingsDialog) -> None:
        wait_active(qtbot, dialog)
        page = dialog.office_page
        assert dialog.tabs.currentWidget() is page
        assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
            "Oficina",
            "Respaldos",
            "Sincronización",
            "Acerca de",
        ]
        assert page.comuna.code() == "10404" and page.comuna.isEnabled()  # no records yet
        assert page.officer.text() == "Ana Pérez"
        assert page.municipality.placeholderText() == "Municipalidad de Palena"
        assert page.paper.value() is Paper.LETTER and page.logo is None
        assert not page.remove_button.isEnabled()
        page.officer.clear()
        type_into(qtbot, page.officer, "Ana Perez Soto")
        type_into(qtbot, page.municipality, "Ilustre Municipalidad de Palena")
        page.paper.set_value(Paper.A4)
        assert page.use_logo_file(logo)
        shown = page.preview.pixmap()
        assert (shown.width(), shown.height()) == (152, 76)  # in the box, proportions kept
        assert "PNG de 200 × 100 píxeles" in page.logo_info.text()
        focus(qtbot, page.municipality)
        press(Qt.Key.Key_Return)

    when_modal(SettingsDialog, fill)
    menu = window.menuBar().actions()[0]
    assert menu.text() == "&Configuración"
    assert window.settings_action in menu.menu().actions()
    window.document_settings_action.trigger()  # the older entry opens the Oficina page

    if problems:
        raise problems[0]
    assert when_modal.seen and when_modal.seen[0].result() == 1
    settings = window._workspace.office_service.document_settings()
    assert settings.municipality == "Ilustre Municipalidad de Palena"
    assert settings.paper is Paper.A4
    assert settings.logo == logo.read_bytes()
    assert window._workspace.office.officer_name == "Ana Perez Soto"
    assert "Ana Perez Soto" in window.office_label.text()


def test_a_file_that_is_not_an_image_is_refused_beside_the_field(settings, workspace, tmp_path):
    service = workspace.office_service
    kept = png(tmp_path / "escudo.png").read_bytes()
    service.save_document_settings("", Paper.LETTER, kept)
    letter = tmp_path / "oficio.pdf"
    letter.write_bytes(b"%PDF-1.4 a scanned letter")
    dialog = settings(Page.OFFICE)
    page = dialog.office_page
    assert page.remove_button.isEnabled()

    assert not page.use_logo_file(letter)
    assert "no es una imagen PNG o JPEG" in dialog.error_text("logo")
    assert page.logo == kept  # the preview still shows the logo on record
    press(Qt.Key.Key_Return)  # nothing is saved while the refusal shows
    assert dialog.isVisible() and "no es una imagen" in dialog.error_text("logo")


def test_the_comuna_is_read_only_with_its_reason_once_records_exist(
    settings, workspace, person_data
):
    workspace.people.create(person_data())
    page = settings(Page.OFFICE).office_page
    assert not page.comuna.isEnabled()
    assert page.comuna_note.isVisibleTo(page) and "ya tiene registros" in page.comuna_note.text()


def test_a_backup_folder_missing_or_read_only_is_refused_beside_the_field(
    qtbot,
    settings,
    workspace,
    stick,
    tmp_path,
    read_only_folder,  # noqa: F811
):
    dialog = settings(Page.BACKUPS)
    page = dialog.backups_page
    assert page.folder.text() == "" and page.schedule.value() is BackupSchedule.DAILY
    type_into(qtbot, page.folder, str(tmp_path / "E"))
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.tabs.currentWidget() is page
    assert "No se encuentra la carpeta" in dialog.error_text("backup_folder")
    assert "conéctelo" in dialog.error_text("backup_folder")
    page.folder.setText(str(read_only_folder))
    dialog.save()
    assert "No se puede escribir en la carpeta" in dialog.error_text("backup_folder")
    assert workspace.device_settings.backup_settings().folder is None  # nothing saved

    page.folder.setText(str(stick))
    assert dialog.error_text("backup_folder") == ""  # gone once fixed
    page.schedule.set_value(BackupSchedule.WEEKLY)
    press(Qt.Key.Key_Return)
    assert dialog.result() == 1
    saved = workspace.device_settings.backup_settings()
    assert saved.folder == stick and saved.schedule is BackupSchedule.WEEKLY


def test_back_up_now_copies_to_the_folder_and_says_when_it_cannot(
    qtbot, settings, workspace, stick
):
    workspace.device_settings.save_backup_settings(str(stick), BackupSchedule.MANUAL)
    dialog = settings(Page.BACKUPS)
    page = dialog.backups_page
    assert page.list.item(0).text() == "Aún no hay copias de respaldo."
    with qtbot.waitSignal(page.backed_up, timeout=20_000) as done:
        page.now_button.click()
    qtbot.waitUntil(lambda: page.now_button.isEnabled())
    assert done.args[0].copy == stick / done.args[0].facts.path.name
    assert done.args[0].copy.is_file()
    assert "Copia de respaldo verificada" in page.message.text()
    assert str(stick) in page.message.text()
    assert "manual" in page.list.item(0).text()

    shutil.rmtree(stick)  # the stick is pulled out
    with (
        qtbot.waitSignal(page.status, timeout=20_000) as status,
        qtbot.waitSignal(page.backed_up, timeout=20_000),
    ):
        page.now_button.click()
    assert status.args[0] == "No se pudo copiar el respaldo a la carpeta extra."
    assert "quedó guardada en la carpeta de datos" in page.problem.text()
    assert "No se encuentra la carpeta de respaldo extra" in page.problem.text()
    assert len(workspace.backups.listed()) == 1  # the day's newest, in the data folder


def test_a_restore_shows_what_the_file_holds_before_it_replaces_the_data(
    qtbot, settings, workspace, person_data, tmp_path
):
    workspace.people.create(person_data())
    backup = workspace.backups.make(now=datetime(2026, 11, 2, 9, 14))
    workspace.people.create(person_data(rut=Rut.parse("11.111.111-1"), first_names="Otra"))
    page = settings(Page.BACKUPS).backups_page

    preview = page.preview_file(backup.path)
    assert preview is not None
    qtbot.addWidget(preview)
    text = preview.facts_label.text()
    assert "OMIL Palena" in text and "02-11-2026 09:14" in text
    assert "1 persona, 0 atenciones, 0 empresas" in text
    assert "apartadas" in preview.warning.text()
    assert preview.restore_button.isEnabled()
    assert preview.cancel_button.isDefault()  # a stray Enter restores nothing

    with qtbot.waitSignal(page.restored) as restored:
        preview.restore_button.click()
    assert restored.args[0].startswith("Copia restaurada: los datos del 02-11-2026 09:14")
    assert "se cerrará" in restored.args[0]
    again = Workspace(workspace.data_dir)
    try:
        assert again.people.counts()[0] + again.people.counts()[1] == 1
    finally:
        again.close()


def test_a_file_that_is_not_a_backup_is_refused_beside_the_button(settings, tmp_path):
    page = settings(Page.BACKUPS).backups_page
    other = tmp_path / "planilla.sqlite3"
    other.write_bytes(b"not a database at all" * 100)
    assert page.preview_file(other) is None
    assert "no es una base de datos SQLite" in page.restore_problem.message()


def test_an_apoyo_account_cannot_change_the_office_data(settings, workspace):
    workspace.officer = Officer("pedro", "Pedro Soto", Role.SUPPORT)
    dialog = settings(Page.OFFICE)
    page = dialog.office_page
    assert page.manager_note.isVisibleTo(page)
    assert not page.officer.isEnabled() and not page.municipality.isEnabled()
    assert not dialog.backups_page.folder.isEnabled()
    assert not dialog.backups_page.restore_button.isEnabled()
    assert dialog.backups_page.now_button.isEnabled()  # any account may back up

    page.officer.setText("Pedro Soto")  # even if a field were changed, nothing is saved
    dialog.save()
    assert dialog.isVisible() and "persona encargada" in page.general.message()
    assert workspace.office.officer_name == "Ana Pérez"


def test_about_says_the_version_and_opens_the_folders(settings, workspace, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = settings(Page.ABOUT)
    about = dialog.about_page
    assert dialog.save_button.isVisible()  # what was typed on another page is saved from here
    assert about.version_label.text() == omil_desktop.__version__
    assert about.data_label.text() == str(workspace.data_dir.absolute())
    assert about.log_label.text() == str((workspace.data_dir / "registro").absolute())
    assert "Python 3." in about.qt_label.text() and "Qt 6." in about.qt_label.text()
    about.open_log_button.click()
    assert opened[0].toLocalFile() == str((workspace.data_dir / "registro").absolute())


def test_the_sync_page_is_the_areas_own_enrollment(settings):
    dialog = settings(Page.SYNC)
    sync = dialog.sync_page
    assert sync.enroll_box.isVisible() and not sync.state_box.isVisible()
    sync.enroll_box.findChildren(QLineEdit)[0].setFocus()
    press(Qt.Key.Key_Return)  # Enter in the enrollment enrolls (here: says what is missing)
    assert dialog.isVisible()


def test_a_change_typed_on_one_page_is_saved_from_another(settings, workspace, tmp_path):
    """«Guardar»/«Cancelar» stay on every page: nothing typed is lost by a «Cerrar» that looked
    like it closed only the page in sight."""
    stick = tmp_path / "pendrive"
    stick.mkdir()
    dialog = settings(Page.BACKUPS)
    dialog.backups_page.folder.setText(str(stick))
    dialog.show_page(Page.ABOUT)
    assert dialog.save_button.isVisible() and dialog.cancel_button.text() == "Cancelar"
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert workspace.device_settings.backup_settings().folder == stick


def test_a_backup_of_another_pc_is_opened_with_its_password_before_the_preview(settings, tmp_path):
    other_pc = tmp_path / "otro-equipo"
    encrypted_office(other_pc, 3)
    try:
        copy = Backups(other_pc).make(tmp_path / "pendrive.sqlite3").path
    finally:
        vault.forget(other_pc)
    page = settings(Page.BACKUPS).backups_page

    assert page.preview_file(copy, password="no es la clave") is None
    assert "La contraseña no abre la copia" in page.restore_problem.message()
    preview = page.preview_file(copy, password=PASSWORD)
    assert preview is not None and page.restore_problem.message() == ""
    preview.reject()
    assert "3 personas" in preview.facts_label.text()
    assert "Cifrada con la llave de otro equipo" in preview.facts_label.text()


def test_the_days_backup_job_says_in_the_status_bar_when_the_stick_is_missing(
    qtbot, window, workspace, stick
):
    workspace.device_settings.save_backup_settings(str(stick), BackupSchedule.DAILY)
    shutil.rmtree(stick)  # unplugged before the program opened
    job = AfterStartJob(workspace.backups, CheckResult.OK, window)
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        job.start()
    job.stop()
    assert finished.args[0].backup.is_file()  # the day's backup is made all the same
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Copia de respaldo del día guardada, pero no se pudo copiar")
    assert "No se encuentra la carpeta de respaldo extra" in shown
