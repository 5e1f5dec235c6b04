"""The companies list: the shared paged list (``ui/widgets/paged_list.py``) over the companies
service. The network's companies show in blue, with their office's name."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor

from omil_desktop.domain.texts import QT_TRANSLATE_NOOP
from omil_desktop.services.companies import (
    NAME_ORDER,
    CompaniesService,
    CompanyColumn,
    CompanyRow,
)
from omil_desktop.services.paging import Page
from omil_desktop.ui.widgets.paged_list import ID_ROLE, Column, PagedListModel

__all__ = ["ID_ROLE", "PAGE", "CompaniesListModel"]

PAGE = 50
CACHE_PAGES = 40
NAME_COLUMN = 1


class CompaniesListModel(PagedListModel[CompanyRow]):
    COLUMNS = (
        Column("RUT", CompanyColumn.RUT),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Nombre"), CompanyColumn.NAME),
        Column(
            QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Razón social"), CompanyColumn.LEGAL_NAME
        ),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Comuna"), CompanyColumn.COMUNA),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Teléfono"), CompanyColumn.PHONE),
    )

    def __init__(self, companies: CompaniesService, parent: QObject | None = None) -> None:
        super().__init__(
            self.COLUMNS, NAME_ORDER, page_size=PAGE, cache_pages=CACHE_PAGES, parent=parent
        )
        self._companies = companies

    def _first(self, page_size: int) -> Page[CompanyRow]:
        return self._companies.search(self.query, page_size=page_size, order=self.order)

    def _page(self, offset: int, limit: int, after: str | None) -> list[CompanyRow]:
        return self._companies.search_page(
            self.query, offset=offset, limit=limit, order=self.order, after=after
        )

    def _position(self, item_id: str) -> int | None:
        return self._companies.search_position(item_id, self.query, order=self.order)

    def _text(self, row: CompanyRow, column: int) -> str:
        text = (row.rut, row.name, row.legal_name, row.comuna, row.phone)[column]
        return text + f" ({row.origin})" if column == NAME_COLUMN and row.origin else text

    def _foreground(self, row: CompanyRow) -> QBrush | None:
        return QBrush(QColor("#1f5fa8")) if row.origin else None  # the network's: read-only

    def _tooltip(self, row: CompanyRow, column: int, text: str) -> str | None:
        return text if column in (1, 2) and len(text) > 30 else None
