"""«Editar metas»: the office's own targets of a year, one field per indicator (blank: no
target); those the Dirección Regional set are shown, read-only, with who set them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from omil_desktop.domain.targets import (
    TargetArea,
    TargetIndicator,
    check_target_value,
    check_target_year,
)
from omil_desktop.services.clock import today
from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.services.targets import TargetRow, TargetService
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.targets.dashboard import REGION_SET
from omil_desktop.ui.widgets.form import ErrorLabel, FieldErrors, FormDialog, FormSection

NOT_A_NUMBER = "Escriba la meta como un número entero, p. ej. 120 (en blanco: sin meta)."


def read_target(text: str) -> int | None:
    """The number typed («1.200» is 1200); None when blank; ValueError when it is none."""
    cleaned = text.strip().replace(".", "").replace(" ", "")
    if not cleaned:
        return None
    sign = -1 if cleaned.startswith("-") else 1
    digits = cleaned.lstrip("-")
    if not digits.isascii() or not digits.isdigit():
        raise ValueError(NOT_A_NUMBER)
    return sign * int(digits)


class TargetsDialog(FormDialog):
    """The year's targets to type in; ``saved`` when written."""

    saved = Signal(int)

    def __init__(self, service: TargetService, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, preferred=(520, 380))
        self._service = service
        self.year = year
        self.setWindowTitle(self.tr("Metas de {year}").format(year=year))
        self.rows: dict[TargetIndicator, TargetRow] = {
            r.indicator: r for r in service.targets(year)
        }
        self.fields: dict[TargetIndicator, QLineEdit] = {}
        self.fixed: dict[TargetIndicator, QLabel] = {}
        self.general = ErrorLabel()
        intro = QLabel(
            self.tr(
                "Escriba la meta de cada indicador para el año {year}; deje en blanco los que no "
                "tienen meta. Las que fijó la Dirección Regional no se cambian aquí."
            ).format(year=year)
        )
        intro.setWordWrap(True)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(intro)
        body.addWidget(self.general)
        self.sections: list[FormSection] = []
        all_fields = {}
        for area in TargetArea:
            section = FormSection(area.label)
            for indicator in TargetIndicator:
                if indicator.area is not area:
                    continue
                row = self.rows.get(indicator)
                caption = indicator.label
                if row is not None and row.read_only:
                    fixed = QLabel(
                        self.tr("{value} — {who}").format(
                            value=f"{row.value:,}".replace(",", "."), who=self.tr(REGION_SET)
                        )
                    )
                    fixed.setWordWrap(True)
                    section.add(indicator.value, caption, fixed)
                    self.fixed[indicator] = fixed
                    continue
                edit = QLineEdit()
                edit.setPlaceholderText(self.tr("sin meta"))
                edit.setMaximumWidth(160)
                if row is not None:
                    edit.setText(str(row.value))
                section.add(indicator.value, caption, edit)
                self.fields[indicator] = edit
            all_fields.update(section.fields)
            self.sections.append(section)
            body.addWidget(section)
        body.addStretch(1)
        self.errors = FieldErrors(all_fields, self.check, general=self.general, parent=self)
        self.hint.setText(self.tr("Enter guarda."))
        closed = check_target_year(year, today())
        if closed:
            self.general.show_message(closed)
            self.save_button.setEnabled(False)
            for edit in self.fields.values():
                edit.setReadOnly(True)
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    def values(self) -> tuple[dict[TargetIndicator, int | None], dict[str, str]]:
        """What each editable field says, and the fields that cannot be read."""
        values: dict[TargetIndicator, int | None] = {}
        errors: dict[str, str] = {}
        for indicator, edit in self.fields.items():
            try:
                values[indicator] = read_target(edit.text())
            except ValueError as exc:
                errors[indicator.value] = str(exc)
        return values, errors

    def check(self) -> dict[str, str]:
        values, errors = self.values()
        for indicator, value in values.items():
            problem = check_target_value(value) if value is not None else ""
            if problem:
                errors[indicator.value] = problem
        return errors

    def save(self) -> None:
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        values, _unreadable = self.values()
        try:
            self._service.set_targets(self.year, values)
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.saved.emit(self.year)
        self.accept()
