"""A folder of an older version (not encrypted) at the window's start: the encargado(a)'s
account is created and the data are encrypted in place, the steps in sight; nothing is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from omil_desktop.services import access
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.engine import database_path
from omil_desktop.store.vault import is_plain_sqlite
from omil_desktop.ui.security.encrypt_folder import EncryptFolderDialog


def test_a_plain_folder_is_encrypted_with_the_encargada_s_new_account(
    qtbot, workspace, data_dir, person_data
):
    workspace.people.create(person_data())
    workspace.close()
    assert access.needs_encryption(data_dir)
    dialog = EncryptFolderDialog(data_dir, "Ana Pérez")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.text() == "ana.perez"
    dialog.password.setText("corta")
    dialog.ok_button.click()
    assert dialog.errors.message("password").startswith("La contraseña debe tener al menos")
    assert is_plain_sqlite(database_path(data_dir))  # nothing done yet

    dialog.password.setText("frase de ana 2026")
    dialog.repeated.setText("frase de ana 2026")
    dialog.ok_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.progress.text().startswith("Cifrando")  # the last step it told
    assert not is_plain_sqlite(database_path(data_dir))
    assert not access.needs_encryption(data_dir)
    recovered = dialog.recovered
    assert recovered is not None and recovered.officer.is_manager
    access.sign_out(data_dir)
    officer = access.unlock(data_dir, "ana.perez", "frase de ana 2026")
    reopened = Workspace(data_dir)
    try:
        assert reopened.people.counts()[0] == 1
        assert [a.username for a in reopened.access.accounts()] == [officer.username]
    finally:
        reopened.close()
        access.sign_out(data_dir)
