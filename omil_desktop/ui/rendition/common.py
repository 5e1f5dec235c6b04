"""What the rendición's tabs and dialogs share: the service, tables of money, notices."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from omil_desktop.domain.money import format_clp
from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.form import FormDialog
from omil_desktop.ui.widgets.money_field import MoneyField

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
WARNING_MARK = "⚠"
"""Beside what needs the officer's eye (an overspent line, a saldo that changed): never colour
alone."""


def money(amount: int | None) -> str:
    """``$1.234.567``; "—" when there is no amount."""
    return "—" if amount is None else format_clp(amount)


def two_lines(label: str) -> str:
    """A column header in two lines (its first space broken), so money columns stay narrow."""
    return label.replace(" ", "\n", 1)


def make_table(headers: Sequence[str], stretch: int = 0) -> QTableWidget:
    """A read-only table of rows chosen whole. Only the ``stretch`` column takes the free width;
    the others keep their content's width and the table scrolls sideways when narrow, so no
    table widens the window."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(50)
    table.setMinimumWidth(200)
    fit_columns(table)  # the headers whole, also while the table is empty
    return table


def fit_columns(table: QTableWidget) -> None:
    """Every column but the stretching one as wide as its content (capped)."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        if header.sectionResizeMode(column) is not QHeaderView.ResizeMode.Stretch:
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), 260))


def spread_columns(table: QTableWidget, grow: Sequence[int], *, padding: int = 16) -> None:
    """Every column as wide as its content and header plus ``padding``; the width left over
    is shared evenly by the ``grow`` columns (the money), so no column of words takes it all.
    A table too narrow scrolls sideways instead."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, table.columnWidth(column) + padding)
    spare = table.viewport().width() - header.length()
    if spare > 0 and grow:
        share, rest = divmod(spare, len(grow))
        for i, column in enumerate(grow):
            extra = share + (1 if i < rest else 0)
            table.setColumnWidth(column, table.columnWidth(column) + extra)


def cell(text: str, align: Qt.AlignmentFlag | None = None, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align is not None:
        item.setTextAlignment(align)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def money_cell(amount: int | None) -> QTableWidgetItem:
    return cell(money(amount), RIGHT)


def bold_row(table: QTableWidget, row: int) -> None:
    for column in range(table.columnCount()):
        item = table.item(row, column)
        if item is not None:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)


def row_data(table: QTableWidget) -> Any:
    """The id (UserRole of the first column) of the chosen row; None when none."""
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def select_data(table: QTableWidget, value: Any) -> None:
    """Choose the row whose first column holds ``value`` (the first row when none does)."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and value is not None and item.data(Qt.ItemDataRole.UserRole) == value:
            table.setCurrentCell(row, 0)
            return
    if table.rowCount():
        table.setCurrentCell(0, 0)


def notice(label: QLabel, message: str, *, problem: bool = False) -> None:
    """A line of news above a list: what was saved, or (``problem``) what needs attention."""
    label.setStyleSheet("color: #8a4b00; font-weight: bold;" if problem else "color: #1b5e20;")
    label.setText(message)
    label.setVisible(bool(message))


def notice_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def read_date(field: DateField, name: str, errors: dict[str, str]) -> date | None:
    try:
        return field.value()
    except ValueError as exc:
        errors[name] = str(exc)
        return None


def read_money(field: MoneyField, name: str, errors: dict[str, str]) -> int | None:
    try:
        return field.value()
    except ValueError as exc:
        errors[name] = str(exc)
        return None


class RecordDialog(FormDialog):
    """A form of one record: :meth:`values` reads it (and what cannot be read), the domain
    validates it as the officer types, and the service has the last word at save (what only the
    records know — a duplicate, a closed month — shown beside its field with the rest)."""

    saved = Signal(str)

    def values(self) -> tuple[Any, dict[str, str]]:
        raise NotImplementedError

    def domain_errors(self, data: Any) -> dict[str, str]:
        errors: dict[str, str] = data.cleaned().validate()
        return errors

    def service_check(self, data: Any) -> None:
        """Raise ValidationFailed with everything the service refuses (nothing is written)."""

    def write(self, data: Any) -> str:
        raise NotImplementedError

    def tidy(self) -> None:
        for field in self.body.findChildren(DateField):
            field.tidy()
        for money_field in self.body.findChildren(MoneyField):
            money_field.tidy()

    def check(self) -> dict[str, str]:
        data, unreadable = self.values()
        return {**self.domain_errors(data), **unreadable}

    def save(self) -> None:
        self.tidy()
        errors = self.check()
        data, _unreadable = self.values()
        if errors:
            try:  # what only the records know, shown with the rest
                self.service_check(data)
            except ValidationFailed as exc:
                errors = {**exc.errors, **errors}
            except (ServiceError, StorageError):
                pass  # said when saving
            self.reveal(self.errors.show(errors))
            return
        try:
            record_id = self.write(data)
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.saved.emit(record_id)
        self.accept()


def caption(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("color: #555;")
    return label
