"""The idle lock on a real encrypted office: after the idle time every window is covered (an
open form stays as it was behind), and the same officer's password uncovers it; another officer
may sign in instead. The clock of the wait after wrong passwords is fixed at the edge."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from omil_desktop.domain.privacy import Role
from omil_desktop.services import access
from omil_desktop.services.access import set_up_access
from omil_desktop.services.workspace import Workspace
from omil_desktop.store import clock
from omil_desktop.ui.main_window import MainWindow
from omil_desktop.ui.people.person_dialog import PersonDialog
from omil_desktop.ui.security.accounts import AccountsDialog
from omil_desktop.ui.security.session import Session
from omil_desktop.ui.security.sign_in import SignInDialog
from omil_desktop.ui.settings import lock_settings
from omil_desktop.ui.settings.lock_settings import LockSettingsDialog

PASSWORD = "frase de ana 2026"
SUPPORT_PASSWORD = "frase de pedro 2026"


@pytest.fixture
def office(data_dir):
    """An encrypted office run by Ana (encargada), with Pedro (apoyo); Ana signed in."""
    set_up_access(data_dir, "ana.perez", "Ana Pérez", PASSWORD)
    ws = Workspace(data_dir)
    ws.set_up_office("10404", "Ana Pérez")
    ws.officer = ws.access.add_officer("ana.perez", "Ana Pérez", Role.MANAGER)
    ws.access.add_officer("pedro.soto", "Pedro Soto", Role.SUPPORT, SUPPORT_PASSWORD)
    yield ws
    ws.close()
    access.sign_out(data_dir)


def open_window(qtbot, workspace, size):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.fit_to_screen(QRect(0, 0, *size))
    session = Session(window, workspace)
    window.show()
    qtbot.waitExposed(window)
    return window, session


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_idle_time_covers_every_window_and_the_password_uncovers_them(qtbot, office, size):
    window, session = open_window(qtbot, office, size)
    assert session.officer_label.text() == "Sesión: Ana Pérez (Encargado(a))"
    assert session.lock.timer.interval() == 10 * 60_000  # the office's default
    window.people_page.new_person()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.form.first_names, "Maria Jose")

    session.lock.set_interval_ms(30)  # the idle time, made short
    qtbot.waitUntil(lambda: session.lock.locked)

    covers = session.lock.covers
    assert [c.parentWidget() for c in covers] == [window, dialog]
    for cover in covers:  # each covers its whole window, on top of everything in it
        assert cover.isVisible() and cover.geometry() == cover.parentWidget().rect()
    form = session.lock.form
    assert form is not None and form.parentWidget() is covers[1]  # asked on the modal one
    assert form.isVisible()
    qtbot.waitUntil(lambda: dialog.focusWidget() is form.password)
    # On a real display a key reaches the native window first, then the focused field.
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    assert form.password.text() == "a"
    form.password.clear()
    assert dialog.geometry().contains(form.geometry().translated(dialog.geometry().topLeft()))
    # Neither a field behind the cover nor a shortcut takes keys while locked.
    qtbot.keyClicks(dialog.form.first_names, "XYZ")
    assert dialog.form.first_names.text() == "Maria Jose"
    qtbot.keyClick(window, "n", Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is dialog

    qtbot.keyClicks(form.password, "no es la clave")
    form.unlock_button.click()
    assert session.lock.locked
    assert form.message.text().startswith("La contraseña no es correcta.")
    assert form.password.text() == ""

    qtbot.keyClicks(form.password, PASSWORD)
    form.unlock_button.click()

    assert not session.lock.locked
    assert dialog.isVisible() and dialog.form.first_names.text() == "Maria Jose"  # not lost
    qtbot.keyClicks(dialog.form.first_names, " Soto")
    assert dialog.form.first_names.text() == "Maria Jose Soto"  # and it takes keys again
    assert session.lock.timer.isActive()  # counting again
    dialog.done(QDialog.DialogCode.Rejected)


def test_activity_restarts_the_count(qtbot, office):
    window, session = open_window(qtbot, office, (1366, 768))
    session.lock.set_interval_ms(400)
    session.lock.timer.stop()
    qtbot.keyClick(window.people_page, "a")  # a key pressed restarts it
    assert session.lock.timer.isActive() and not session.lock.locked


def test_the_wait_after_wrong_passwords_shows_on_the_lock(qtbot, office, monkeypatch):
    now = [datetime(2026, 12, 1, 9, 0)]
    monkeypatch.setattr(clock, "utcnow", lambda: now[0])
    _window, session = open_window(qtbot, office, (1024, 600))
    session.lock.lock()
    form = session.lock.form
    for _ in range(access.FREE_ATTEMPTS + 1):
        qtbot.keyClicks(form.password, "otra cosa")
        form.unlock_button.click()
    assert "espere 2 segundos" in form.message.text()
    assert not form.unlock_button.isEnabled()
    assert form.unlock_button.text() == "Espere 2 segundos"
    now[0] += timedelta(seconds=3)
    form._tick()  # the countdown's second
    assert form.unlock_button.isEnabled() and form.unlock_button.text() == "Desbloquear"


def test_another_officer_signs_in_from_the_lock(qtbot, office, when_modal, monkeypatch):
    window, session = open_window(qtbot, office, (1366, 768))
    session.lock.lock()

    def sign_in(dialog: SignInDialog) -> None:
        dialog.user.setCurrentText("pedro.soto")
        dialog.password.setText(SUPPORT_PASSWORD)
        dialog.ok_button.click()

    when_modal(SignInDialog, sign_in)
    session.lock.form.switch_button.click()

    assert not session.lock.locked
    assert office.officer.username == "pedro.soto"
    assert session.officer_label.text() == "Sesión: Pedro Soto (Apoyo)"
    # An apoyo account cannot change the office's settings nor manage accounts.
    assert not window.document_settings_action.isEnabled()
    assert not session.lock_settings_action.isEnabled()
    accounts = AccountsDialog(office, window)
    qtbot.addWidget(accounts)
    assert not accounts.add_button.isEnabled() and not accounts.deactivate_button.isEnabled()
    assert "Nadie puede cambiar la contraseña de otra persona" in accounts.note.text()
    settings = LockSettingsDialog(office, window)
    qtbot.addWidget(settings)
    refused: list[str] = []
    monkeypatch.setattr(
        lock_settings, "show_problem", lambda _parent, message, title="": refused.append(message)
    )
    settings.save()
    assert refused and "su cuenta es de apoyo" in refused[0]
    assert settings.result() != QDialog.DialogCode.Accepted


def test_the_encargada_sets_the_idle_time(qtbot, office, when_modal):
    _window, session = open_window(qtbot, office, (1366, 768))

    def set_three(dialog: LockSettingsDialog) -> None:
        dialog.minutes.setValue(3)
        dialog.save_button.click()

    when_modal(LockSettingsDialog, set_three)
    session.open_lock_settings()

    assert office.office_service.lock_minutes() == 3
    assert session.lock.timer.interval() == 3 * 60_000
