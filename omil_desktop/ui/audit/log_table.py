"""The audit log as a table read a page at a time, newest first: a person's «Accesos» tab and the
office's «Registro de accesos» show the same thing (the latter with the person's column)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.services.audit import PAGE_SIZE, AuditRow
from omil_desktop.services.paging import Page

PageReader = Callable[[int, int], Page[AuditRow]]
"""Reads the entries ``offset`` to ``offset + limit`` (through the audit service)."""


class AuditLogTable(QWidget):
    """Who, when, what and which fields; «Más recientes» / «Anteriores» move a page."""

    def __init__(
        self, *, with_person: bool, page_size: int = PAGE_SIZE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._read: PageReader | None = None
        self._with_person = with_person
        self.page_size = page_size
        self.offset = 0
        self.count = 0
        headers = [self.tr("Fecha y hora"), self.tr("Funcionario(a)"), self.tr("Acción")]
        if with_person:
            headers.append(self.tr("Persona"))
        headers += [self.tr("Registro"), self.tr("Campos")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr("Sin registros de acceso."))
        self.position_label = QLabel()
        self.newer_button = QPushButton(self.tr("Más recientes"))
        self.older_button = QPushButton(self.tr("Anteriores"))
        self.newer_button.clicked.connect(lambda: self._move(-1))
        self.older_button.clicked.connect(lambda: self._move(1))
        pager = QHBoxLayout()
        pager.addWidget(self.position_label, 1)
        pager.addWidget(self.newer_button)
        pager.addWidget(self.older_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(pager)

    def show_log(self, read: PageReader) -> None:
        """Show the log ``read`` gives, from its newest entry."""
        self._read = read
        self.offset = 0
        self.refresh()

    def refresh(self) -> None:
        if self._read is None:
            return
        page = self._read(self.offset, self.page_size)
        self.count = page.count
        self.table.setRowCount(len(page.rows))
        for number, row in enumerate(page.rows):
            cells = [row.when, row.officer, row.action.label]
            if self._with_person:
                cells.append(row.person_name)
            cells += [row.what, row.fields_text]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.empty.setVisible(page.count == 0)
        self.table.setVisible(page.count > 0)
        last = self.offset + len(page.rows)
        self.position_label.setText(
            self.tr("{first}–{last} de {total}").format(
                first=self.offset + 1,
                last=last,
                total=self.tr("%Ln entrada(s)", "", page.count),
            )
            if page.count
            else ""
        )
        self.newer_button.setEnabled(self.offset > 0)
        self.older_button.setEnabled(last < page.count)

    def _move(self, direction: int) -> None:
        self.offset = max(0, self.offset + direction * self.page_size)
        self.refresh()
