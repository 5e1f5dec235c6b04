"""The people list as a lazy table model: it holds only ids and fetches rows a page at a time.

With 100,000 people the model keeps a list of ids (what the search matched, in order) and asks
the service for the visible rows in blocks, keeping a bounded cache; no widget per row.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from omil_desktop.services.people import PeopleService, PersonRow

BLOCK = 100
CACHE_ROWS = 3000
ID_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex


class PeopleListModel(QAbstractTableModel):
    HEADERS = ("RUT", "Nombre", "Nacimiento", "Comuna", "Teléfono")

    def __init__(self, people: PeopleService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._ids: list[str] = []
        self._cache: OrderedDict[str, PersonRow] = OrderedDict()
        self.query = ""
        self.include_inactive = False

    def search(self, query: str, include_inactive: bool = False) -> None:
        self.query = query
        self.include_inactive = include_inactive
        self.refresh()

    def refresh(self) -> None:
        """Run the search again (after a save) and forget cached rows."""
        self.beginResetModel()
        self._ids = self._people.search_ids(self.query, include_inactive=self.include_inactive)
        self._cache.clear()
        self.endResetModel()

    def row_of(self, person_id: str) -> int:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return -1

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if row.active else QBrush(QColor("#888888"))
        column = index.column()
        values = (row.rut, row.full_name, row.birth_date, row.comuna, row.phone)
        text = values[column]
        if column == 1 and not row.active:
            text += self.tr(" (inactiva)")
        return text

    def _row(self, row: int) -> PersonRow | None:
        person_id = self._ids[row]
        cached = self._cache.get(person_id)
        if cached is not None:
            return cached
        start = row - row % BLOCK
        block = self._ids[start : start + BLOCK]
        fetched = self._people.rows(block)
        for pid in block:
            if pid in fetched:
                self._cache[pid] = fetched[pid]
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return fetched.get(person_id)
