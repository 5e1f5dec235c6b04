"""The companies list as a lazy table model: a count, and rows fetched a page at a time.

Like the people list: a search asks the service for the number of matches and the first page;
other pages are read as the view shows them and kept in a bounded cache. The model only calls
the companies service; it never opens a session.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from omil_desktop.services.companies import (
    NAME_ORDER,
    CompaniesService,
    CompanyColumn,
    CompanyOrder,
    CompanyRow,
)

PAGE = 50
CACHE_PAGES = 40
ID_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex


class CompaniesListModel(QAbstractTableModel):
    HEADERS = ("RUT", "Nombre", "Razón social", "Comuna", "Teléfono")
    COLUMNS = (
        CompanyColumn.RUT,
        CompanyColumn.NAME,
        CompanyColumn.LEGAL_NAME,
        CompanyColumn.COMUNA,
        CompanyColumn.PHONE,
    )

    def __init__(self, companies: CompaniesService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._companies = companies
        self._count = 0
        self._pages: OrderedDict[int, list[CompanyRow]] = OrderedDict()
        self.query = ""
        self.order: CompanyOrder = NAME_ORDER

    def search(self, query: str) -> None:
        self.query = query
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the list by a column: the service sorts in SQL, and pages keep that order."""
        if not 0 <= column < len(self.COLUMNS):
            return
        wanted = CompanyOrder(self.COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self.order:
            self.order = wanted
            self.refresh()

    def refresh(self) -> None:
        """Run the search again (after a save) and forget cached rows."""
        self.beginResetModel()
        result = self._companies.search(self.query, page_size=PAGE, order=self.order)
        self._count = result.count
        self._pages.clear()
        self._pages[0] = result.rows
        self.endResetModel()

    def row_of(self, company_id: str) -> int:
        """The company's row in the current search, or -1 when the search does not list it."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == company_id:
                    return number * PAGE + offset
        position = self._companies.search_position(company_id, self.query, order=self.order)
        return -1 if position is None or position >= self._count else position

    def id_at(self, row: int) -> str | None:
        found = self._row(row)
        return found.id if found is not None else None

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
        if role not in (
            ID_ROLE,
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:  # the network's companies: read-only
            return QBrush(QColor("#1f5fa8")) if row.origin else None
        column = index.column()
        text = (row.rut, row.name, row.legal_name, row.comuna, row.phone)[column]
        if column == 1 and row.origin:
            text += f" ({row.origin})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if column in (1, 2) and len(text) > 30 else None
        return text

    def _row(self, row: int) -> CompanyRow | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE)
        rows = self._pages.get(number)
        if rows is None:
            rows = self._companies.search_page(
                self.query, offset=number * PAGE, limit=PAGE, order=self.order
            )
            self._pages[number] = rows
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return rows[offset] if offset < len(rows) else None
