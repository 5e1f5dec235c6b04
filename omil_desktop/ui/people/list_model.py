"""The people list as a lazy table model: a count, and rows fetched a page at a time.

With 100,000 people the model never holds the whole result. A search asks the service for the
number of matches (the row count) and the first page; other pages are read as the view shows
them, by their offset in the list order, and kept in a bounded cache. Finding a person's row is a
small query too. The model only calls the people service; it never opens a session.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from omil_desktop.services.people import (
    NAME_ORDER,
    ListColumn,
    ListOrder,
    PeopleService,
    PersonRow,
)

PAGE = 50  # a screenful or two: 28 rows show at 1280×780
CACHE_PAGES = 60  # 3,000 rows
ID_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex


class PeopleListModel(QAbstractTableModel):
    HEADERS = ("RUT", "Nombre", "Nacimiento", "Comuna", "Teléfono")
    COLUMNS = (
        ListColumn.RUT,
        ListColumn.NAME,
        ListColumn.BIRTH_DATE,
        ListColumn.COMUNA,
        ListColumn.PHONE,
    )

    def __init__(self, people: PeopleService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._count = 0
        self._pages: OrderedDict[int, list[PersonRow]] = OrderedDict()
        self.query = ""
        self.include_inactive = False
        self.order: ListOrder = NAME_ORDER

    def search(self, query: str, include_inactive: bool = False) -> None:
        self.query = query
        self.include_inactive = include_inactive
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the list by a column: the service sorts in SQL, and pages keep that order."""
        if not 0 <= column < len(self.COLUMNS):
            return
        wanted = ListOrder(self.COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self.order:
            self.order = wanted
            self.refresh()

    def refresh(self) -> None:
        """Run the search again (after a save) and forget cached rows."""
        self.beginResetModel()
        result = self._people.search(
            self.query, include_inactive=self.include_inactive, page_size=PAGE, order=self.order
        )
        self._count = result.count
        self._pages.clear()
        self._pages[0] = result.rows
        self.endResetModel()

    def row_of(self, person_id: str) -> int:
        """The person's row in the current search, or -1 when the search does not list them."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == person_id:
                    return number * PAGE + offset
        position = self._people.search_position(
            person_id, self.query, include_inactive=self.include_inactive, order=self.order
        )
        return -1 if position is None or position >= self._count else position

    def id_at(self, row: int) -> str | None:
        found = self._row(row)
        return found.id if found is not None else None

    def is_fetched(self, row: int) -> bool:
        """Whether the row is in the cache already (reading it needs no query)."""
        return row // PAGE in self._pages

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
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if row.active else QBrush(QColor("#888888"))
        column = index.column()
        values = (row.rut, row.full_name, row.birth_date, row.comuna, row.phone)
        text = values[column]
        if column == 1 and not row.active:
            text += self.tr(" (inactiva)")
        if role == Qt.ItemDataRole.ToolTipRole:  # a long name is cut in its column: whole here
            return text if column == 1 and len(text) > 30 else None
        return text

    def _row(self, row: int) -> PersonRow | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE)
        rows = self._pages.get(number)
        if rows is None:
            above = self._pages.get(number - 1)
            rows = self._people.search_page(
                self.query,
                include_inactive=self.include_inactive,
                offset=number * PAGE,
                limit=PAGE,
                order=self.order,
                after=above[-1].id if above and len(above) == PAGE else None,
            )
            self._pages[number] = rows
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        # Fewer rows than counted only when the data changed since the count; refresh() fixes it.
        return rows[offset] if offset < len(rows) else None
