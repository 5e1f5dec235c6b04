"""The workshops list: every workshop matching a search, newest start first.

An office runs tens of workshops a year, so a search reads them all at once (one count, one
page) rather than page by page.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.workshops import WorkshopStatus
from omil_desktop.services.workshops import WorkshopRow, WorkshopsService

HEADERS = ("Nombre", "Inicio", "Término", "Sesiones", "Inscritos/Cupos", "En espera", "Estado")
_CENTERED = {1, 2, 3, 4, 5}

_Index = QModelIndex | QPersistentModelIndex


class WorkshopListModel(QAbstractTableModel):
    def __init__(self, service: WorkshopsService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.rows: list[WorkshopRow] = []

    def search(self, query: str, status: WorkshopStatus | None) -> None:
        """Read the workshops matching ``query`` (and ``status``, when given) again."""
        count = self._service.count(query, status=status)
        rows = self._service.search_page(query, status=status, offset=0, limit=max(count, 1))
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, workshop_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row.id == workshop_id:
                return i
        return -1

    def id_at(self, row: int) -> str | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{row.name}\n{row.facilitator}" + (f" · {row.place}" if row.place else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _CENTERED:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: WorkshopRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return format_date(row.starts_on)
        if column == 2:
            return format_date(row.ends_on)
        if column == 3:
            return str(row.sessions)
        if column == 4:
            return f"{row.enrolled}/{row.capacity}"
        if column == 5:
            return str(row.waiting) if row.waiting else ""
        return row.status.label
