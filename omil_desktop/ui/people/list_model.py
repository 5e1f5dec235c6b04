"""The people list: the shared paged list (``ui/widgets/paged_list.py``) over the people service.

With 100,000 people the model never holds the whole result: a count, the first page, then pages
as the view shows them, sought from the page above.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor

from omil_desktop.domain.texts import QT_TRANSLATE_NOOP
from omil_desktop.services.paging import Page
from omil_desktop.services.people import NAME_ORDER, ListColumn, PeopleService, PersonRow
from omil_desktop.ui.widgets.paged_list import ID_ROLE, Column, PagedListModel

__all__ = ["CACHE_PAGES", "ID_ROLE", "PAGE", "PeopleListModel"]

PAGE = 50  # a screenful or two: 28 rows show at 1280×780
CACHE_PAGES = 60  # 3,000 rows
NAME_COLUMN = 1


class PeopleListModel(PagedListModel[PersonRow]):
    COLUMNS = (
        Column("RUT", ListColumn.RUT),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Nombre"), ListColumn.NAME),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Nacimiento"), ListColumn.BIRTH_DATE),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Comuna"), ListColumn.COMUNA),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Teléfono"), ListColumn.PHONE),
    )

    def __init__(self, people: PeopleService, parent: QObject | None = None) -> None:
        super().__init__(
            self.COLUMNS, NAME_ORDER, page_size=PAGE, cache_pages=CACHE_PAGES, parent=parent
        )
        self._people = people
        self.include_inactive = False

    def search(self, query: str, include_inactive: bool = False) -> None:
        self.include_inactive = include_inactive
        super().search(query)

    def _first(self, page_size: int) -> Page[PersonRow]:
        return self._people.search(
            self.query,
            include_inactive=self.include_inactive,
            page_size=page_size,
            order=self.order,
        )

    def _page(self, offset: int, limit: int, after: str | None) -> list[PersonRow]:
        return self._people.search_page(
            self.query,
            include_inactive=self.include_inactive,
            offset=offset,
            limit=limit,
            order=self.order,
            after=after,
        )

    def _position(self, item_id: str) -> int | None:
        return self._people.search_position(
            item_id, self.query, include_inactive=self.include_inactive, order=self.order
        )

    def _text(self, row: PersonRow, column: int) -> str:
        text = (row.rut, row.full_name, row.birth_date, row.comuna, row.phone)[column]
        if column == NAME_COLUMN and not row.active:
            text += self.tr(" (inactiva)")
        return text

    def _foreground(self, row: PersonRow) -> QBrush | None:
        return None if row.active else QBrush(QColor("#888888"))

    def _tooltip(self, row: PersonRow, column: int, text: str) -> str | None:
        # A long name is cut in its column: whole here.
        return text if column == NAME_COLUMN and len(text) > 30 else None
