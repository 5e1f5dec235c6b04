"""An amount in whole pesos, typed as people write it ($1.234.567, 1234567), shown as $1.234.567."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from omil_desktop.domain.money import format_clp, parse_clp


class MoneyField(QLineEdit):
    """A peso amount, which may be left empty. :meth:`value` reads it with the domain's
    ``parse_clp`` (ValueError with its Spanish message when it is not an amount)."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder or self.tr("ej. $150.000"))
        self.setMaxLength(20)
        self.setMaximumWidth(170)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self.tidy)

    def value(self) -> int | None:
        text = self.text().strip()
        return parse_clp(text) if text else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else format_clp(value))

    def tidy(self) -> None:
        """Show an amount written another way (150000) as $150.000 once it is finished."""
        try:
            value = self.value()
        except ValueError:
            return
        if value is not None and self.text() != format_clp(value):
            self.set_value(value)
