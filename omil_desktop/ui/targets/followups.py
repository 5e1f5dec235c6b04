"""«Seguimiento»: who to call for a satisfaction survey — people with a service from two months
to a week ago that has no survey yet, oldest first, with their phone. A double click (or Enter)
opens the survey of that service."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.surveys import FOLLOW_UP_AFTER_DAYS, FOLLOW_UP_WITHIN_DAYS
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.paging import Order, Page
from omil_desktop.services.surveys import DueRow, SurveyService
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.paged_list import Column, PagedListModel

PAGE_SIZE = 100


class DueColumn(StrEnum):
    """The list has one order (the oldest service first): its columns do not sort it."""

    OLDEST = "oldest"


class DueListModel(PagedListModel[DueRow]):
    def __init__(self, surveys: SurveyService, parent: QWidget | None = None) -> None:
        columns = [
            Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Persona"), DueColumn.OLDEST),
            Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Teléfono"), DueColumn.OLDEST),
            Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Servicio"), DueColumn.OLDEST),
            Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Fecha"), DueColumn.OLDEST),
            Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Otros"), DueColumn.OLDEST),
        ]
        super().__init__(
            columns, Order(DueColumn.OLDEST), page_size=PAGE_SIZE, cache_pages=10, parent=parent
        )
        self.surveys = surveys

    def _first(self, page_size: int) -> Page[DueRow]:
        return self.surveys.due_first(page_size)

    def _page(self, offset: int, limit: int, after: str | None) -> list[DueRow]:
        return self.surveys.due(offset, limit)

    def _position(self, item_id: str) -> int | None:
        return self.surveys.due_position(item_id)

    def _text(self, row: DueRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.phone or self.tr("sin teléfono")
        if column == 2:
            return row.service.label
        if column == 3:
            return format_date(row.on)
        return self.tr("y {n} más").format(n=row.others) if row.others else ""

    def _tooltip(self, row: DueRow, column: int, text: str) -> str | None:
        return text or None

    def row(self, number: int) -> DueRow | None:
        return self._row(number)


class FollowUpTab(QWidget):
    """The people to call, paged; ``survey_requested(person_id, name, kind, service_id)``."""

    survey_saved = Signal()

    def __init__(self, surveys: SurveyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.surveys = surveys
        self.explain = QLabel(
            self.tr(
                "Personas a llamar para una encuesta de satisfacción: recibieron un servicio hace "
                "entre {after} y {within} días y aún no lo evalúan. Primero las más antiguas. "
                "Doble clic o Enter: registrar su encuesta."
            ).format(after=FOLLOW_UP_AFTER_DAYS, within=FOLLOW_UP_WITHIN_DAYS)
        )
        self.explain.setWordWrap(True)
        self.model = DueListModel(surveys, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (1, "+56 9 1234 5678"),
            (2, self.tr("Taller de apresto")),
            (3, "88-88-8888"),
        ):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.table.setColumnWidth(4, metrics.horizontalAdvance(self.tr("y 88 más")) + 24)
        self.count = QLabel()
        self.survey_button = QPushButton(self.tr("Registrar encuesta…"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.survey_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.table.doubleClicked.connect(self._activated)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.survey_current)
        self.survey_button.clicked.connect(self.survey_current)

    def refresh(self) -> None:
        try:
            self.model.refresh()
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        count = self.model.rowCount()
        self.count.setText(
            self.tr("%Ln persona(s) por llamar", "", count)
            if count
            else self.tr("Nadie por llamar por ahora.")
        )
        self.survey_button.setEnabled(count > 0)
        if count:
            self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        self.open_survey(index.row())

    def survey_current(self) -> None:
        index = self.table.currentIndex()
        self.open_survey(index.row() if index.isValid() else 0)

    def open_survey(self, number: int) -> None:
        """The survey form of row ``number``'s person, its service chosen."""
        row = self.model.row(number)
        if row is None:
            return
        from omil_desktop.ui.targets.survey_dialog import SurveyDialog

        try:
            dialog = SurveyDialog(
                self.surveys, row.id, row.name, self, service=(row.service, row.service_id)
            )
        except (NotFound, ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        dialog.saved.connect(lambda _id: self._saved())
        dialog.open()
        self.dialog: SurveyDialog | None = dialog

    def _saved(self) -> None:
        self.refresh()
        self.survey_saved.emit()


__all__ = ["DueListModel", "FollowUpTab"]
