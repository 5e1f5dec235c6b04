"""Recording one service (atención) given to a person, correcting it, or deleting it."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.people import ServiceKind, validate_attention
from omil_desktop.domain.texts import translate
from omil_desktop.services.attentions import AttentionRow, AttentionsService
from omil_desktop.services.clock import today
from omil_desktop.services.errors import NotFound, StorageError, ValidationFailed
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection
from omil_desktop.ui.widgets.labels import ElidedLabel


def confirm_delete(parent: QWidget, row: AttentionRow, person_name: str) -> bool:
    """Ask before deleting an atención; No is the default answer."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ui.people.attention_dialog", "Eliminar atención"))
    box.setText(
        translate(
            "ui.people.attention_dialog", "¿Eliminar la atención del {date} ({kind})?"
        ).format(date=format_date(row.date), kind=row.kind.label)
    )
    name = person_name if len(person_name) <= 80 else person_name[:79].rstrip() + "…"
    box.setInformativeText(
        translate(
            "ui.people.attention_dialog",
            "Persona: {name}\n\nDeja de contar en su historial y en los informes; su encuesta "
            "de satisfacción, si la tiene, se elimina con ella. Use esto solo para una atención "
            "registrada por error.",
        ).format(name=name)
    )
    delete = box.addButton(
        translate("ui.people.attention_dialog", "Eliminar"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        translate("ui.people.attention_dialog", "No eliminar"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is delete


class AttentionDialog(FormDialog):
    """New atención for ``person_id``, or (``attention_id``) the one to correct or delete."""

    deleted = Signal(str)

    def __init__(
        self,
        attentions: AttentionsService,
        person_id: str,
        person_name: str,
        parent: QWidget | None = None,
        attention_id: str | None = None,
    ) -> None:
        super().__init__(parent, preferred=(520, 380))
        self._attentions = attentions
        self._person_id = person_id
        self._person_name = person_name
        self.attention_id = attention_id
        self.setWindowTitle(
            self.tr("Editar atención") if attention_id else self.tr("Registrar atención")
        )
        self.person = ElidedLabel(person_name, max_lines=2)
        self.person.setStyleSheet("font-weight: bold;")
        self.date = DateField()
        self.kind = EnumCombo(ServiceKind, blank=self.tr("— Elija el tipo —"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.notes.setToolTip(self.tr("Enter: nueva línea · Ctrl+Enter: guardar"))
        self.section = FormSection(self.tr("Atención"))
        self.section.add("date", self.tr("Fecha *"), self.date)
        self.section.add("kind", self.tr("Tipo de atención *"), self.kind)
        self.section.add("notes", self.tr("Notas"), self.notes)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.person)
        body.addWidget(self.section, 1)
        self.hint.setText(
            self.tr("Los campos con * son obligatorios. Enter guarda; en Notas, Ctrl+Enter.")
        )
        self.delete_button: QPushButton | None = None
        if attention_id is None:
            self.date.set_value(today())
        else:
            row = attentions.get(attention_id)
            self.date.set_value(row.date)
            self.kind.set_value(row.kind)
            self.notes.setPlainText(row.notes)
            self.delete_button = self.buttons.addButton(
                self.tr("Eliminar atención…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.setAutoDefault(False)
            self.delete_button.clicked.connect(self.delete)
        self.kind.setFocus()

    def values(self) -> tuple[date | None, ServiceKind | None, str, dict[str, str]]:
        """Date, kind and notes as written, and the fields that cannot be read (the date)."""
        errors: dict[str, str] = {}
        try:
            on = self.date.value()
        except ValueError as exc:
            errors["date"] = str(exc)
            on = None
        return on, cast(ServiceKind | None, self.kind.value()), self.notes.toPlainText(), errors

    def check(self) -> dict[str, str]:
        on, kind, notes, errors = self.values()
        return {**validate_attention(on, kind, notes, today()), **errors}

    def error_text(self, name: str) -> str:
        return self.section.fields[name][1].message()

    def save(self) -> None:
        self.date.tidy()
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        on, kind, notes, _unreadable = self.values()
        try:
            if self.attention_id is None:
                self.attention_id = self._attentions.record(self._person_id, on, kind, notes)
            else:
                self._attentions.update(self.attention_id, on, kind, notes)
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (StorageError, NotFound) as exc:
            show_problem(self, str(exc))
            return
        self.accept()

    def delete(self) -> None:
        if self.attention_id is None:
            return
        try:
            row = self._attentions.get(self.attention_id)
            if not confirm_delete(self, row, self._person_name):
                return
            self._attentions.delete(self.attention_id)
        except (StorageError, NotFound) as exc:
            show_problem(self, str(exc))
            return
        self.deleted.emit(self.attention_id)
        self.accept()
