"""Configuración → Cuentas…: the officers who may open the data on this PC. The encargado(a)
adds and deactivates accounts; everyone changes their own password. No one can set another's
password: a forgotten one is recovered with the recovery key (said so here)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.privacy import Role
from omil_desktop.services.access import check_account, password_problem
from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class AccountsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("Cuentas de los funcionarios"))
        officer = workspace.officer
        manager = officer is None or officer.is_manager
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Usuario"), self.tr("Nombre"), self.tr("Rol"), self.tr("Estado"),
             self.tr("Último ingreso")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Agregar cuenta…"))
        self.add_button.clicked.connect(self.add_account)
        self.deactivate_button = QPushButton(self.tr("Desactivar"))
        self.deactivate_button.clicked.connect(self.deactivate)
        self.password_button = QPushButton(self.tr("Cambiar mi contraseña…"))
        self.password_button.clicked.connect(self.change_password)
        self.password_button.setEnabled(officer is not None)
        for button in (self.add_button, self.deactivate_button):
            button.setEnabled(manager)
            if not manager:
                button.setToolTip(self.tr("Solo la persona encargada de la OMIL maneja cuentas."))
        self.note = note = QLabel(
            self.tr(
                "Cada funcionario(a) tiene su propia cuenta: no comparta contraseñas. Nadie "
                "puede cambiar la contraseña de otra persona: si alguien olvida la suya, se "
                "recupera con la clave de recuperación impresa («Olvidé mi contraseña» al "
                "ingresar). Una cuenta desactivada deja de abrir los datos de inmediato."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.deactivate_button)
        row.addStretch(1)
        row.addWidget(self.password_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(close)
        self.resize(640, 380)
        self.refresh()

    def refresh(self) -> None:
        accounts = self._workspace.access.accounts()
        self.table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            values = [
                account.username,
                account.full_name,
                account.role.label,
                self.tr("Activa") if account.active else self.tr("Desactivada"),
                format_date(account.last_login_at.date()) if account.last_login_at else "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, account.username)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def selected_username(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def add_account(self) -> None:
        if AddAccountDialog(self._workspace, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def deactivate(self) -> None:
        username = self.selected_username()
        if username is None:
            show_problem(self, self.tr("Elija en la lista la cuenta que desea desactivar."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Desactivar cuenta"),
            self.tr(
                "¿Desactivar la cuenta «{user}»? Su contraseña dejará de abrir los datos. Su "
                "nombre queda en el registro de lo que hizo."
            ).format(user=username),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.deactivate_username(username)

    def deactivate_username(self, username: str) -> bool:
        try:
            self._workspace.access.deactivate(username)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return False
        self.refresh()
        return True

    def change_password(self) -> None:
        ChangePasswordDialog(self._workspace, self).exec()


class AddAccountDialog(FormDialog):
    """A new officer's account: username, name, role, the first password (twice)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, preferred=(500, 380))
        self._workspace = workspace
        self.setWindowTitle(self.tr("Agregar cuenta"))
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("ej. pedro.soto"))
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in (Role.SUPPORT, Role.MANAGER):
            self.role.addItem(role.label, role.value)
        self.password = _password_field()
        self.repeated = _password_field()
        self.section = FormSection(self.tr("Cuenta nueva"))
        self.section.add("username", self.tr("Usuario"), self.username)
        self.section.add("full_name", self.tr("Nombre completo"), self.full_name)
        self.section.add("role", self.tr("Rol"), self.role)
        self.section.add("password", self.tr("Contraseña inicial"), self.password)
        self.section.add("repeated", self.tr("Repita la contraseña"), self.repeated)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        about = QLabel(
            self.tr(
                "Apoyo: el trabajo diario (personas, atenciones, empresas, talleres). "
                "Encargado(a): además las cuentas, la configuración de la oficina, la retención "
                "y la eliminación de datos. Entregue la contraseña inicial a la persona en "
                "privado; ella puede cambiarla después."
            )
        )
        about.setWordWrap(True)
        about.setStyleSheet("color: #555;")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.section)
        body.addWidget(about)
        body.addStretch(1)
        self.username.setFocus()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        try:
            check_account(self.username.text(), self.full_name.text(), self.password.text())
        except ValidationFailed as exc:
            errors.update(exc.errors)
        if "password" not in errors and self.repeated.text() != self.password.text():
            errors["repeated"] = self.tr("Las dos contraseñas no coinciden: escríbala de nuevo.")
        return errors

    def save(self) -> None:
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        try:
            self._workspace.access.add_officer(
                self.username.text(),
                self.full_name.text(),
                Role(self.role.currentData()),
                self.password.text(),
            )
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.accept()


class ChangePasswordDialog(FormDialog):
    """The signed-in officer's own password: the current one, the new one twice."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, preferred=(480, 300))
        self._workspace = workspace
        self.setWindowTitle(self.tr("Cambiar mi contraseña"))
        self.current = _password_field()
        self.password = _password_field()
        self.repeated = _password_field()
        self.section = FormSection(self.tr("Contraseña"))
        self.section.add("current", self.tr("Contraseña actual"), self.current)
        self.section.add("password", self.tr("Contraseña nueva"), self.password)
        self.section.add("repeated", self.tr("Repita la nueva"), self.repeated)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.section)
        body.addStretch(1)
        self.current.setFocus()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.current.text():
            errors["current"] = self.tr("Escriba su contraseña actual.")
        problem = password_problem(self.password.text())
        if problem:
            errors["password"] = problem
        elif self.repeated.text() != self.password.text():
            errors["repeated"] = self.tr("Las dos contraseñas no coinciden: escríbala de nuevo.")
        return errors

    def save(self) -> None:
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        try:
            self._workspace.access.change_password(self.current.text(), self.password.text())
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.accept()
