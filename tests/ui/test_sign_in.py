"""Signing in, the forgotten password and the recovery key's sheet, with real widgets on a real
encrypted office (the clock of the wait after wrong passwords fixed at the edge)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from omil_desktop.domain.privacy import Role
from omil_desktop.services import access
from omil_desktop.services.access import Officer, save_recovery_sheet, set_up_access
from omil_desktop.services.workspace import Workspace
from omil_desktop.store import clock
from omil_desktop.ui.first_run import NewOfficeDialog
from omil_desktop.ui.security.recovery_key import RecoveryKeyDialog
from omil_desktop.ui.security.sign_in import ForgotPasswordDialog, SignInDialog

PASSWORD = "frase de ana 2026"


@pytest.fixture
def office(data_dir):
    recovery_key = set_up_access(data_dir, "ana.perez", "Ana Pérez", PASSWORD)
    ws = Workspace(data_dir)
    ws.set_up_office("10404", "Ana Pérez")
    ws.officer = ws.access.add_officer("ana.perez", "Ana Pérez", Role.MANAGER)
    ws.close()
    access.sign_out(data_dir)
    yield data_dir, recovery_key
    access.sign_out(data_dir)


def test_a_wrong_password_is_told_and_the_wait_grows_on_the_button(qtbot, office, monkeypatch):
    data_dir, _ = office
    now = [datetime(2026, 12, 1, 9, 0)]
    monkeypatch.setattr(clock, "utcnow", lambda: now[0])
    dialog = SignInDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.user.currentText() == "ana.perez"

    dialog.ok_button.click()  # nothing typed: said beside the field
    assert dialog.section.fields["password"][1].text() == "Escriba su contraseña."
    waits = []
    for _ in range(access.FREE_ATTEMPTS + 2):
        qtbot.keyClicks(dialog.password, "no es esta")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.password.text() == ""
        assert dialog.message.text().startswith("La contraseña no es correcta.")
        waits.append(dialog.ok_button.text())
        now[0] += timedelta(seconds=60)  # long enough for each wait
        dialog.show_wait()
    assert waits == ["Ingresar", "Ingresar", "Espere 2 segundos", "Espere 4 segundos"]
    assert "espere 4 segundos" in dialog.message.text()

    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.officer == Officer("ana.perez", "Ana Pérez", Role.MANAGER)


def test_the_recovery_key_replaces_a_forgotten_password(qtbot, office):
    data_dir, recovery_key = office
    dialog = ForgotPasswordDialog(data_dir, "ana.perez")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.recovery_key.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    dialog.new_password.setText("otra frase larga")
    dialog.repeated.setText("otra frase distinta")
    dialog.ok_button.click()
    assert dialog.errors.message("repeated").startswith("Las dos contraseñas no coinciden")
    dialog.repeated.setText("otra frase larga")
    dialog.ok_button.click()
    assert "clave de recuperación no es correcta" in dialog.errors.message("recovery_key")

    dialog.recovery_key.setText(recovery_key.lower().replace("-", " "))
    dialog.ok_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.recovered is not None and dialog.recovered.recovery_key != recovery_key
    access.sign_out(data_dir)
    assert access.unlock(data_dir, "ana.perez", "otra frase larga").username == "ana.perez"


def test_the_recovery_key_is_kept_before_going_on_and_prints_on_one_page(qtbot, office, tmp_path):
    data_dir, recovery_key = office
    access.unlock(data_dir, "ana.perez", PASSWORD)
    ws = Workspace(data_dir)
    officer = Officer("ana.perez", "Ana Pérez", Role.MANAGER)
    try:
        dialog = RecoveryKeyDialog(
            recovery_key,
            lambda path: save_recovery_sheet(
                ws.office_service, path, recovery_key, officer, data_dir
            ),
        )
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.key_label.text() == recovery_key
        assert not dialog.continue_button.isEnabled()
        dialog.reject()  # Escape does not skip it
        assert dialog.isVisible()
        assert not dialog.save_sheet(tmp_path / "hoja.txt")
        assert ".pdf" in dialog.problem.text()

        assert dialog.save_sheet(tmp_path / "hoja.pdf")

        pdf = PdfReader(tmp_path / "hoja.pdf")
        assert len(pdf.pages) == 1
        text = pdf.pages[0].extract_text()
        assert recovery_key in text and "Municipalidad de Palena" in text
        assert "ana.perez" in text and "Olvidé mi contraseña" in text
        dialog.kept.setChecked(True)
        dialog.continue_button.click()
        assert dialog.result() == QDialog.DialogCode.Accepted
    finally:
        ws.close()


def test_a_new_office_asks_a_strong_password_twice(qtbot, data_dir):
    from omil_desktop.domain.territory import Territory

    dialog = NewOfficeDialog(Territory.default(), data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.comuna.set_code("10404")
    dialog.officer.setText("María José Núñez Pérez")
    assert dialog.username.text() == "maria.nunez"
    dialog.password.setText("corta")
    assert "faltan 5" in dialog.strength.text()
    dialog.ok_button.click()
    assert dialog.errors.message("password").startswith(
        "La contraseña debe tener al menos 10 caracteres"
    )
    dialog.password.setText("una frase larga")
    assert dialog.errors.message("password") == ""  # gone once fixed
    dialog.repeated.setText("otra cosa")
    dialog.ok_button.click()
    assert dialog.errors.message("repeated").startswith("Las dos contraseñas no coinciden")
    assert not (data_dir / "omil.llaves").exists()

    dialog.repeated.setText("una frase larga")
    dialog.ok_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (data_dir / "omil.llaves").exists() and dialog.recovery_key
    ws = Workspace(data_dir)
    try:
        officer = dialog.finish(ws)
        assert officer == Officer("maria.nunez", "María José Núñez Pérez", Role.MANAGER)
        assert ws.office.comuna_code == "10404"
    finally:
        ws.close()
        access.sign_out(data_dir)
