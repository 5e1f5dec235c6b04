"""First run: which comuna this office serves and who runs it (and, for a new office, the
encargado(a)'s account: the data are encrypted from the first record)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.privacy import Role
from omil_desktop.domain.territory import Territory
from omil_desktop.services.access import (
    MIN_PASSWORD_LENGTH,
    Officer,
    check_account,
    password_problem,
    set_up_access,
    suggest_username,
)
from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.services.office import check_office
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.comuna_combo import ComunaCombo
from omil_desktop.ui.widgets.form import EnterSaves, FieldErrors, FormSection


class FirstRunDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("Bienvenida a OMIL Desktop"))
        intro = QLabel(
            self.tr(
                "<h2>Configuración de la oficina</h2>"
                "<p>Indique la comuna de esta OMIL y el nombre de la persona a cargo. "
                "Esto identifica a la oficina en los informes y ante SENCE; puede corregirse "
                "después.</p>"
            )
        )
        intro.setWordWrap(True)
        self.comuna = ComunaCombo(workspace.territory)
        self.officer = QLineEdit()
        self.officer.setPlaceholderText(self.tr("Nombre y apellidos"))
        self.section = FormSection(self.tr("Oficina"))
        self.section.add("comuna_code", self.tr("Comuna de la OMIL"), self.comuna)
        self.section.add("officer_name", self.tr("Encargado(a)"), self.officer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Comenzar"))
        EnterSaves(self, self.ok_button)  # also from the comuna's list of matches
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.section)
        layout.addWidget(buttons)
        self.resize(520, 300)
        self.comuna.setFocus()

    def save(self) -> None:
        code = self.comuna.code() or ""
        try:
            self._workspace.set_up_office(code, self.officer.text())
        except ValidationFailed as exc:
            self.section.show_errors(exc.errors)
            return
        except StorageError as exc:
            show_problem(self, str(exc))
            return
        self.accept()


class NewOfficeDialog(QDialog):
    """First run of a new office: its comuna, the encargado(a)'s name, username and password
    (twice). Accepted once the data folder's key file exists (encrypted from the first record);
    ``recovery_key`` is then to be shown once, and the caller opens the workspace and records
    the office and the account (:meth:`finish`)."""

    def __init__(self, territory: Territory, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._territory = territory
        self.data_dir = data_dir
        self.recovery_key: str | None = None
        self.setWindowTitle(self.tr("Bienvenida a OMIL Desktop"))
        intro = QLabel(
            self.tr(
                "<h2>Configuración de la oficina</h2>"
                "<p>Indique la comuna de esta OMIL y los datos de la persona a cargo, que será "
                "la primera cuenta del programa. Los datos de las personas atendidas se guardan "
                "cifrados: se abren solo con su contraseña.</p>"
            )
        )
        intro.setWordWrap(True)
        self.comuna = ComunaCombo(territory)
        self.officer = QLineEdit()
        self.officer.setPlaceholderText(self.tr("Nombre y apellidos"))
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("ej. ana.perez"))
        self.officer.textChanged.connect(self._suggest_username)
        self._username_typed = False
        self.username.textEdited.connect(self._typed_username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setStyleSheet("color: #555;")
        self.password.textChanged.connect(self._show_strength)
        self.section = FormSection(self.tr("Oficina y cuenta de la persona encargada"))
        self.section.add("comuna_code", self.tr("Comuna de la OMIL"), self.comuna)
        self.section.add("officer_name", self.tr("Encargado(a)"), self.officer)
        self.section.add("username", self.tr("Usuario"), self.username)
        self.section.add("password", self.tr("Contraseña"), self.password)
        self.section.add("repeated", self.tr("Repita la contraseña"), self.repeated)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Comenzar"))
        EnterSaves(self, self.ok_button)  # also from the comuna's list of matches
        buttons.accepted.connect(self.save)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(intro)
        body.addWidget(self.section)
        body.addWidget(self.strength)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._show_strength()
        self.resize(560, 520)
        self.comuna.setFocus()

    def _typed_username(self) -> None:
        self._username_typed = bool(self.username.text())

    def _suggest_username(self, name: str) -> None:
        if not self._username_typed:
            self.username.setText(suggest_username(name) if name.strip() else "")

    def _show_strength(self) -> None:
        missing = MIN_PASSWORD_LENGTH - len(self.password.text())
        self.strength.setText(
            self.tr("La contraseña lleva al menos {n} caracteres; faltan {missing}.").format(
                n=MIN_PASSWORD_LENGTH, missing=missing
            )
            if missing > 0
            else self.tr("Largo suficiente. Una frase que solo usted conozca es lo mejor.")
        )

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        try:
            check_office(self._territory, self.comuna.code() or "", self.officer.text())
        except ValidationFailed as exc:
            errors.update(exc.errors)
        try:
            check_account(self.username.text(), self.officer.text() or "xxx", None)
        except ValidationFailed as exc:
            errors.update({k: v for k, v in exc.errors.items() if k == "username"})
        problem = password_problem(self.password.text())
        if problem:
            errors["password"] = problem
        elif self.repeated.text() != self.password.text():
            errors["repeated"] = self.tr("Las dos contraseñas no coinciden: escríbala de nuevo.")
        return errors

    def save(self) -> None:
        errors = self.check()
        if errors:
            self.errors.show(errors)
            return
        try:
            self.recovery_key = set_up_access(
                self.data_dir, self.username.text(), self.officer.text(), self.password.text()
            )
        except ValidationFailed as exc:
            self.errors.show(exc.errors)
            return
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.accept()

    def finish(self, workspace: Workspace) -> Officer:
        """Record the office and the encargado(a)'s account in the opened workspace."""
        workspace.set_up_office(self.comuna.code() or "", self.officer.text())
        officer = workspace.access.add_officer(
            self.username.text(), self.officer.text(), Role.MANAGER
        )
        workspace.officer = officer
        return officer
