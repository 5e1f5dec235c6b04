"""Signing in at every start: user and password (the wait after wrong ones counted down),
«Recordar en este equipo» (the OS keyring), «Olvidé mi contraseña» (the recovery key)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.services.access import (
    Officer,
    Recovered,
    WrongPassword,
    remember_on_this_pc,
    seconds_to_wait,
    unlock,
    unlock_with_recovery,
    usernames,
    wait_text,
)
from omil_desktop.services.errors import StorageError, ValidationFailed
from omil_desktop.ui.widgets.form import ErrorLabel, FieldErrors, FormSection


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SignInDialog(QDialog):
    """Who opens the data: ``officer`` once accepted (``recovered`` when it was through the
    recovery key: its new key is to be shown once)."""

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        intro: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.officer: Officer | None = None
        self.recovered: Recovered | None = None
        self.setWindowTitle(title or self.tr("Ingreso a OMIL Desktop"))
        heading = QLabel(
            intro
            or self.tr(
                "<h2>Ingreso</h2><p>Los datos de esta oficina están cifrados. Escriba su usuario "
                "y su contraseña.</p>"
            )
        )
        heading.setWordWrap(True)
        self.user = QComboBox()
        self.user.setEditable(True)
        self.user.addItems(usernames(data_dir))
        self.password = _password_field()
        self.remember = QCheckBox(
            self.tr("Recordar en este equipo (no pedir la contraseña al abrir)")
        )
        self.remember.setToolTip(
            self.tr(
                "Guarda la llave en el llavero de Windows de su usuario. Úselo solo si el equipo "
                "tiene su propia sesión con contraseña. El bloqueo por inactividad sigue pidiendo "
                "la contraseña."
            )
        )
        self.message = ErrorLabel(self)
        self.section = FormSection(self.tr("Cuenta"))
        self.section.add("username", self.tr("Usuario"), self.user)
        self.section.add("password", self.tr("Contraseña"), self.password)
        self.forgot_button = QPushButton(self.tr("Olvidé mi contraseña…"))
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.forgot)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Ingresar"))
        self.ok_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Salir"))
        buttons.addButton(self.forgot_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.section)
        layout.addWidget(self.remember)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(460, 300)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self.show_wait)
        self.show_wait()
        (self.password if self.user.count() == 1 else self.user).setFocus()

    def username(self) -> str:
        return self.user.currentText().strip().lower()

    def show_wait(self) -> None:
        """While a wait after wrong passwords runs: the button says how long is left."""
        wait = seconds_to_wait(self.data_dir)
        self.ok_button.setEnabled(wait == 0)
        if wait:
            self.ok_button.setText(self.tr("Espere {wait}").format(wait=wait_text(wait)))
            self._countdown.start()
        else:
            self.ok_button.setText(self.tr("Ingresar"))
            self._countdown.stop()

    def sign_in(self) -> None:
        if not self.ok_button.isEnabled():
            return
        errors: dict[str, str] = {}
        if not self.username():
            errors["username"] = self.tr("Escriba su nombre de usuario.")
        if not self.password.text():
            errors["password"] = self.tr("Escriba su contraseña.")
        self.section.show_errors(errors)
        if errors:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            officer = unlock(self.data_dir, self.username(), self.password.text())
        except WrongPassword as exc:
            self.password.clear()
            self.message.show_message(str(exc))
            self.show_wait()
            return
        except StorageError as exc:
            self.message.show_message(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.officer = officer
        if self.remember.isChecked() and not remember_on_this_pc(self.data_dir, officer):
            self.message.show_message(
                self.tr("Este equipo no tiene un llavero disponible: la contraseña se pedirá.")
            )
        self.accept()

    def forgot(self) -> None:
        dialog = ForgotPasswordDialog(self.data_dir, self.username(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.recovered is not None:
            self.recovered = dialog.recovered
            self.officer = dialog.recovered.officer
            self.accept()


class ForgotPasswordDialog(QDialog):
    """The recovery key opens the data; the account gets a new password; a NEW recovery key is
    to be shown once (``recovered``)."""

    def __init__(self, data_dir: Path, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.recovered: Recovered | None = None
        self.setWindowTitle(self.tr("Olvidé mi contraseña"))
        intro = QLabel(
            self.tr(
                "Escriba la clave de recuperación impresa al configurar el programa (seis grupos "
                "de cuatro letras y números) y una contraseña nueva. Luego el programa le "
                "mostrará una clave de recuperación nueva: la anterior dejará de servir."
            )
        )
        intro.setWordWrap(True)
        self.user = QLineEdit(username)
        self.recovery_key = QLineEdit()
        self.recovery_key.setPlaceholderText(self.tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"))
        self.new_password = _password_field()
        self.repeated = _password_field()
        self.section = FormSection(self.tr("Recuperar el acceso"))
        self.section.add("username", self.tr("Usuario"), self.user)
        self.section.add("recovery_key", self.tr("Clave de recuperación"), self.recovery_key)
        self.section.add("password", self.tr("Contraseña nueva"), self.new_password)
        self.section.add("repeated", self.tr("Repita la contraseña"), self.repeated)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Recuperar"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.section)
        layout.addWidget(buttons)
        self.resize(480, 340)
        (self.recovery_key if username else self.user).setFocus()

    def check(self) -> dict[str, str]:
        from omil_desktop.services.access import password_problem

        errors: dict[str, str] = {}
        if not self.user.text().strip():
            errors["username"] = self.tr("Escriba su nombre de usuario.")
        if not self.recovery_key.text().strip():
            errors["recovery_key"] = self.tr("Escriba la clave de recuperación.")
        problem = password_problem(self.new_password.text())
        if problem:
            errors["password"] = problem
        elif self.repeated.text() != self.new_password.text():
            errors["repeated"] = self.tr("Las dos contraseñas no coinciden: escríbala de nuevo.")
        return errors

    def save(self) -> None:
        errors = self.check()
        if errors:
            self.errors.show(errors)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.recovered = unlock_with_recovery(
                self.data_dir,
                self.recovery_key.text(),
                self.user.text(),
                self.new_password.text(),
            )
        except ValidationFailed as exc:
            self.errors.show(exc.errors)
            return
        except WrongPassword as exc:
            self.errors.show({"recovery_key": str(exc)})
            return
        except StorageError as exc:
            self.errors.show({"recovery_key": str(exc)})
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()
