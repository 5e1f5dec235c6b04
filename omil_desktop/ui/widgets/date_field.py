"""A date typed as dd-mm-aaaa; may be left empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from omil_desktop.domain.dates import format_date, parse_date


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-aaaa"))
        self.setMaxLength(10)
        self.setMaximumWidth(130)

    def value(self) -> date | None:
        """The date written, None when empty; ValueError (Spanish) when it is not a date."""
        text = self.text().strip()
        return parse_date(text) if text else None

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value))
