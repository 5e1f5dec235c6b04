"""A data folder of a version before Ley 21.719 (not encrypted): at start the window asks the
encargado(a) to create their account, and encrypts the data in place (store/encrypt.py), saying
what it is doing; a power cut mid-way loses nothing and is finished at the next sign-in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.services.access import (
    Recovered,
    check_account,
    encrypt_plain_folder,
    password_problem,
    suggest_username,
)
from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.form import FieldErrors, FormSection


class EncryptFolderDialog(QDialog):
    """Accepted once the folder is encrypted; ``recovered`` holds the officer and the recovery
    key to show once. The caller holds the folder's lock and has no workspace open on it."""

    def __init__(self, data_dir: Path, officer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.recovered: Recovered | None = None
        self.setWindowTitle(self.tr("Cifrar los datos de la oficina"))
        intro = QLabel(
            self.tr(
                "<h2>Los datos de esta oficina no están cifrados</h2><p>La Ley 21.719 pide "
                "proteger los datos personales: desde ahora se guardan cifrados y se abren con "
                "la contraseña de cada funcionario(a). Cree la cuenta de la persona encargada; "
                "luego el programa cifra los datos, sus copias de respaldo y los comprobantes "
                "(puede tardar unos minutos; si se corta la luz, no se pierde nada).</p>"
            )
        )
        intro.setWordWrap(True)
        self.officer = QLineEdit(officer_name)
        self.username = QLineEdit(suggest_username(officer_name) if officer_name else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        self.section = FormSection(self.tr("Cuenta de la persona encargada"))
        self.section.add("full_name", self.tr("Nombre completo"), self.officer)
        self.section.add("username", self.tr("Usuario"), self.username)
        self.section.add("password", self.tr("Contraseña"), self.password)
        self.section.add("repeated", self.tr("Repita la contraseña"), self.repeated)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.progress.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Cifrar y continuar"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Ahora no"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.section)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 460)
        self.password.setFocus()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        try:
            check_account(self.username.text(), self.officer.text(), None)
        except ValidationFailed as exc:
            errors.update(exc.errors)
        problem = password_problem(self.password.text())
        if problem:
            errors["password"] = problem
        elif self.repeated.text() != self.password.text():
            errors["repeated"] = self.tr("Las dos contraseñas no coinciden: escríbala de nuevo.")
        return errors

    def say(self, text: str) -> None:
        self.progress.setText(text)
        self.progress.show()
        QApplication.processEvents()  # the step in sight while the migration runs

    def save(self) -> None:
        errors = self.check()
        if errors:
            self.errors.show(errors)
            return
        self.ok_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.recovered = encrypt_plain_folder(
                self.data_dir,
                self.username.text(),
                self.officer.text(),
                self.password.text(),
                progress=self.say,
            )
        except ValidationFailed as exc:
            self.errors.show(exc.errors)
            return
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.ok_button.setEnabled(True)
        self.accept()
