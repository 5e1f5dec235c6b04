"""The vacancies list as a lazy table model: a count, and rows read a page at a time."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from omil_desktop.domain.intermediation import VacancyStatus
from omil_desktop.services.vacancies import (
    NEWEST_FIRST,
    VacanciesService,
    VacancyColumn,
    VacancyOrder,
    VacancyRow,
)

PAGE = 50
CACHE_PAGES = 20
ID_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex


class VacancyListModel(QAbstractTableModel):
    HEADERS = ("Cargo", "Empresa", "Cupos", "Estado", "Publicación", "Cierre", "Comuna")
    COLUMNS = (
        VacancyColumn.TITLE,
        VacancyColumn.COMPANY,
        VacancyColumn.OPENINGS,
        VacancyColumn.STATUS,
        VacancyColumn.PUBLISHED,
        VacancyColumn.CLOSES,
        VacancyColumn.COMUNA,
    )

    def __init__(self, vacancies: VacanciesService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vacancies = vacancies
        self._count = 0
        self._pages: OrderedDict[int, list[VacancyRow]] = OrderedDict()
        self.query = ""
        self.status: VacancyStatus | None = None
        self.order: VacancyOrder = NEWEST_FIRST

    def search(self, query: str, status: VacancyStatus | None) -> None:
        self.query = query
        self.status = status
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        wanted = VacancyOrder(self.COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self.order:
            self.order = wanted
            self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._pages[0] = self._vacancies.search_page(
            self.query, status=self.status, offset=0, limit=PAGE, order=self.order
        )
        if len(self._pages[0]) < PAGE:
            self._count = len(self._pages[0])
        else:
            self._count = self._vacancies.count(self.query, status=self.status)
        self.endResetModel()

    def id_at(self, row: int) -> str | None:
        found = self._row(row)
        return found.id if found is not None else None

    def row_of(self, vacancy_id: str) -> int:
        """The vacancy's row among the pages read so far, or -1."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == vacancy_id:
                    return number * PAGE + offset
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if row.status is VacancyStatus.OPEN else QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.read_only:
                return self.tr("Compartida por {office} (solo lectura)").format(
                    office=row.office_name
                )
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        title = row.title + (f" · {row.office_name}" if row.read_only else "")
        values = (
            title,
            row.company,
            f"{row.hires}/{row.openings}",
            row.status.label,
            row.published_on,
            row.closes_on,
            row.comuna,
        )
        return values[index.column()]

    def _row(self, row: int) -> VacancyRow | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE)
        rows = self._pages.get(number)
        if rows is None:
            rows = self._vacancies.search_page(
                self.query, status=self.status, offset=number * PAGE, limit=PAGE, order=self.order
            )
            self._pages[number] = rows
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        return rows[offset] if offset < len(rows) else None
