"""The workshops list: every workshop matching a search, newest start first.

An office runs tens of workshops a year, so a search reads them all at once (one count, one
page) rather than page by page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP
from omil_desktop.domain.workshops import WorkshopStatus
from omil_desktop.services.workshops import WorkshopRow, WorkshopsService
from omil_desktop.ui.widgets.whole_list import WholeListModel

HEADERS = (
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Nombre"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Inicio"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Término"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Sesiones"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Inscritos/Cupos"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "En espera"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Estado"),
)


class WorkshopListModel(WholeListModel[WorkshopRow]):
    headers = HEADERS
    centered = frozenset({1, 2, 3, 4, 5})

    def __init__(self, service: WorkshopsService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service

    def search(self, query: str, status: WorkshopStatus | None) -> None:
        """Read the workshops matching ``query`` (and ``status``, when given) again."""
        count = self._service.count(query, status=status)
        self.set_rows(
            self._service.search_page(query, status=status, offset=0, limit=max(count, 1))
        )

    def tooltip(self, row: WorkshopRow, column: int) -> str | None:
        if column != 0:
            return None
        return f"{row.name}\n{row.facilitator}" + (f" · {row.place}" if row.place else "")

    def text(self, row: WorkshopRow, column: int) -> str:
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
