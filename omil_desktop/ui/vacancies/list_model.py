"""The vacancies list: the shared paged list (``ui/widgets/paged_list.py``) over the vacancies
service. Closed ones are grey; the network's say whose they are."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor

from omil_desktop.domain.intermediation import VacancyStatus
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP
from omil_desktop.services.paging import Page
from omil_desktop.services.vacancies import (
    NEWEST_FIRST,
    VacanciesService,
    VacancyColumn,
    VacancyRow,
)
from omil_desktop.ui.widgets.paged_list import ID_ROLE, Column, PagedListModel

__all__ = ["ID_ROLE", "PAGE", "VacancyListModel"]

PAGE = 50
CACHE_PAGES = 20


class VacancyListModel(PagedListModel[VacancyRow]):
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Cargo"), VacancyColumn.TITLE),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Empresa"), VacancyColumn.COMPANY),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Cupos"), VacancyColumn.OPENINGS),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Estado"), VacancyColumn.STATUS),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Publicación"), VacancyColumn.PUBLISHED),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Cierre"), VacancyColumn.CLOSES),
        Column(QT_TRANSLATE_NOOP("ui.widgets.paged_list", "Comuna"), VacancyColumn.COMUNA),
    )

    def __init__(self, vacancies: VacanciesService, parent: QObject | None = None) -> None:
        super().__init__(
            self.COLUMNS, NEWEST_FIRST, page_size=PAGE, cache_pages=CACHE_PAGES, parent=parent
        )
        self._vacancies = vacancies
        self.status: VacancyStatus | None = None

    def search(self, query: str, status: VacancyStatus | None = None) -> None:
        self.status = status
        super().search(query)

    def _first(self, page_size: int) -> Page[VacancyRow]:
        return self._vacancies.search(
            self.query, status=self.status, page_size=page_size, order=self.order
        )

    def _page(self, offset: int, limit: int, after: str | None) -> list[VacancyRow]:
        return self._vacancies.search_page(
            self.query,
            status=self.status,
            offset=offset,
            limit=limit,
            order=self.order,
            after=after,
        )

    def _position(self, item_id: str) -> int | None:
        return self._vacancies.search_position(
            item_id, self.query, status=self.status, order=self.order
        )

    def _text(self, row: VacancyRow, column: int) -> str:
        if column == 0:
            return row.title + (f" · {row.office_name}" if row.read_only else "")
        values = (
            row.company,
            f"{row.hires}/{row.openings}",
            row.status.label,
            row.published_on,
            row.closes_on,
            row.comuna,
        )
        return values[column - 1]

    def _foreground(self, row: VacancyRow) -> QBrush | None:
        return None if row.status is VacancyStatus.OPEN else QBrush(QColor("#777777"))

    def _tooltip(self, row: VacancyRow, column: int, text: str) -> str | None:
        if row.read_only:
            return self.tr("Compartida por {office} (solo lectura)").format(office=row.office_name)
        return None
