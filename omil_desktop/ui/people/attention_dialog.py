"""Recording one service (atención) given to a person."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from omil_desktop.domain.people import ServiceKind
from omil_desktop.services.attentions import AttentionsService
from omil_desktop.services.clock import today
from omil_desktop.services.errors import NotFound, StorageError, ValidationFailed
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import FormSection


class AttentionDialog(QDialog):
    def __init__(
        self,
        attentions: AttentionsService,
        person_id: str,
        person_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attentions = attentions
        self._person_id = person_id
        self.setWindowTitle(self.tr("Registrar atención"))
        self.date = DateField()
        self.date.set_value(today())
        self.kind = EnumCombo(ServiceKind, blank=self.tr("— Elija el tipo —"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.section = FormSection(person_name)
        self.section.add("date", self.tr("Fecha *"), self.date)
        self.section.add("kind", self.tr("Tipo de atención *"), self.kind)
        self.section.add("notes", self.tr("Notas"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Guardar"))
        save.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section)
        layout.addWidget(buttons)
        self.kind.setFocus()
        self.resize(480, 260)

    def save(self) -> None:
        errors: dict[str, str] = {}
        try:
            on = self.date.value()
        except ValueError as exc:
            errors["date"] = str(exc)
            on = None
        try:
            if not errors:
                self._attentions.record(
                    self._person_id,
                    on,
                    cast(ServiceKind | None, self.kind.value()),
                    self.notes.toPlainText(),
                )
        except ValidationFailed as exc:
            errors = exc.errors
        except (StorageError, NotFound) as exc:
            show_problem(self, str(exc))
            return
        self.section.show_errors(errors)
        if not errors:
            self.accept()
