"""A combo box over one of the domain's enums, showing its Spanish labels."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QComboBox, QWidget


class EnumCombo(QComboBox):
    def __init__(
        self, enum: type[StrEnum], blank: str | None = "—", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._enum = enum
        # Long labels do not widen the form: the closed combo may cut them, its list shows them.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        if blank is not None:
            self.addItem(blank, None)
        for member in enum:
            self.addItem(member.label, member.value)  # type: ignore[attr-defined]

    def value(self) -> StrEnum | None:
        data = self.currentData()
        return self._enum(data) if data is not None else None

    def set_value(self, value: StrEnum | None) -> None:
        index = self.findData(value.value if value is not None else None)
        self.setCurrentIndex(max(index, 0))
