"""First run: which comuna this office serves and who runs it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from omil_desktop.services.errors import StorageError, ValidationFailed
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.comuna_combo import ComunaCombo
from omil_desktop.ui.widgets.form import EnterSaves, FormSection


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
