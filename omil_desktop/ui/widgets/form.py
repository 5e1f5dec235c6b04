"""Form rows with a Spanish error message right under the field."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setVisible(False)

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class FormSection(QGroupBox):
    """A titled group of labelled fields; each field name gets its own error label."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._layout = QFormLayout(self)
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        error = ErrorLabel(self)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self._layout.addRow(caption, holder)
        self.fields[name] = (widget, error)
        return widget

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field (and clear the others)."""
        for name, (_widget, label) in self.fields.items():
            label.show_message(errors.get(name, ""))
