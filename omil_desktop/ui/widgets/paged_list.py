"""The one paged list of the window: a lazy table model and the page around it.

Personas, Empresas and Ofertas (and any later list) are the same thing: search as you type, a
table ordered by any column header, a count under it, the chosen row's page beside it. An area
says what differs: its columns and how a row shows (a :class:`PagedListModel` subclass that
fetches through its service), and its layout, filters and detail (a :class:`PagedListPage`
subclass). The rules hold for every list: a new search starts at its first result, a column
header orders the list in SQL, and the chosen row stays chosen when the list is read again.

The model never holds the whole result: a search asks the service for the number of matches
(the row count) and the first page; other pages are read as the view shows them, by their
offset in the list order (sought from the page above when it is known), and kept in a bounded
cache. Finding a row is a small query too. The model calls its service only, never a session.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.texts import translate
from omil_desktop.services.paging import HasId, Order, Page

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 150
_ROLES = (
    ID_ROLE,
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
)
_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)

R = TypeVar("R", bound=HasId)
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column of a list: its header (Spanish, through ``tr()``) and what ordering by it asks
    the service for (the service's column)."""

    header: str
    sort_by: StrEnum


class PagedListModel(QAbstractTableModel, Generic[R]):
    """A list's rows, read a page at a time through the area's service.

    The area's subclass gives its columns and fills in :meth:`_first`, :meth:`_page`,
    :meth:`_position` (its service's ``search``, ``search_page``, ``search_position``) and
    :meth:`_text`; :meth:`_foreground` and :meth:`_tooltip` are optional.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        order: Order[Any],
        *,
        page_size: int,
        cache_pages: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.page_size = page_size
        self.cache_pages = cache_pages
        self.query = ""
        self.order = order
        self._count = 0
        self._pages: OrderedDict[int, list[R]] = OrderedDict()

    # -- what the area fills in -------------------------------------------------------------------

    def _first(self, page_size: int) -> Page[R]:
        """How many rows the search matches, and its first ``page_size`` rows."""
        raise NotImplementedError

    def _page(self, offset: int, limit: int, after: str | None) -> list[R]:
        """Rows ``offset`` to ``offset + limit``; ``after`` is the id of the row just above."""
        raise NotImplementedError

    def _position(self, item_id: str) -> int | None:
        """The row of ``item_id`` in the search, or None when it does not list it."""
        raise NotImplementedError

    def _text(self, row: R, column: int) -> str:
        raise NotImplementedError

    def _foreground(self, row: R) -> QBrush | None:
        return None

    def _tooltip(self, row: R, column: int, text: str) -> str | None:
        return None

    # -- the list ---------------------------------------------------------------------------------

    def search(self, query: str) -> None:
        self.query = query
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the list by a column: the service sorts in SQL, and pages keep that order."""
        if not 0 <= column < len(self.columns):
            return
        wanted = Order(self.columns[column].sort_by, order == Qt.SortOrder.DescendingOrder)
        if wanted != self.order:
            self.order = wanted
            self.refresh()

    def refresh(self) -> None:
        """Run the search again (after a save) and forget cached rows."""
        self.beginResetModel()
        first = self._first(self.page_size)
        self._count = first.count
        self._pages.clear()
        self._pages[0] = first.rows
        self.endResetModel()

    def row_of(self, item_id: str) -> int:
        """The row of ``item_id`` in the current search, or -1 when the search does not list it."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == item_id:
                    return number * self.page_size + offset
        position = self._position(item_id)
        return -1 if position is None or position >= self._count else position

    def id_at(self, row: int) -> str | None:
        found = self._row(row)
        return found.id if found is not None else None

    def is_fetched(self, row: int) -> bool:
        """Whether the row is in the cache already (reading it needs no query)."""
        return row // self.page_size in self._pages

    # -- Qt's model -------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ui.widgets.paged_list", self.columns[section].header)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in _ROLES:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row)
        text = self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column(), text)
        return text

    def _row(self, row: int) -> R | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.page_size)
        rows = self._pages.get(number)
        if rows is None:
            above = self._pages.get(number - 1)
            after = above[-1].id if above and len(above) == self.page_size else None
            rows = self._page(number * self.page_size, self.page_size, after)
            self._pages[number] = rows
            while len(self._pages) > self.cache_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        # Fewer rows than counted only when the data changed since the count; refresh() fixes it.
        return rows[offset] if offset < len(rows) else None


@dataclass(frozen=True)
class ListLayout:
    """How an area's list looks. Texts are Spanish and go through ``tr()``."""

    placeholder: str
    """The search field's hint: short, it must fit the field at 1024×600."""
    search_help: str
    """What the search finds, with an example (the field's tooltip)."""
    new_label: str
    """The button that adds a record."""
    count: Callable[[int], str]
    """The count under the list, a Qt plural: «1 persona», «2.345 personas»
    (a function of the number through ``translate`` with «%Ln persona(s)» and the number)."""
    samples: tuple[tuple[int, str], ...]
    """Columns that must show whole, with a text as wide as they need (in the window's font)."""
    optional: tuple[int, ...]
    """Columns left out of a narrow list, first to last (the row's page shows them)."""
    keep: int
    """The room the columns always shown keep, in pixels."""
    stretch: int
    """The column that takes the rest of the width."""
    sort: tuple[int, Qt.SortOrder]
    """The column and direction the list starts ordered by (the model's order)."""
    detail_share: float
    """The share of the width the row's page gets when the area first shows."""
    list_min_width: int
    fixed: tuple[tuple[int, int], ...] = ()
    """Columns of a set width, outside the samples."""
    min_section: int | None = 60
    focus_search_on_first_show: bool = False


class PagedListPage(QWidget):
    """Search field, filters and *new* button above the list, the count below, the chosen
    row's page beside it.

    The subclass builds its model and detail, passes them with its layout, adds its filters,
    fills in :meth:`shown_id`, :meth:`show_detail`, :meth:`edit` (and :meth:`_search_model` when
    it has filters), and calls :meth:`run_search` once it is ready.
    """

    data_changed = Signal()

    def __init__(
        self,
        layout: ListLayout,
        model: PagedListModel[Any],
        detail: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._layout = layout
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(translate("ui.widgets.paged_list", layout.placeholder))
        self.search_field.setToolTip(
            translate("ui.widgets.paged_list", layout.search_help)
            + "\n"
            + self.tr("Enter va a la lista; Esc borra la búsqueda.")
        )
        self.search_field.setClearButtonEnabled(True)
        self.new_button = QPushButton(translate("ui.widgets.paged_list", layout.new_label))
        self.result_label = QLabel()
        self.model = model
        model.setParent(self)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the row's buttons
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(layout.stretch, QHeaderView.ResizeMode.Stretch)
        if layout.min_section is not None:
            header.setMinimumSectionSize(layout.min_section)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        padding = 24  # cell margins and the sort arrow
        self._column_widths = {
            column: metrics.horizontalAdvance(self.tr(sample)) + padding
            for column, sample in layout.samples
        }
        for column, width in (*self._column_widths.items(), *layout.fixed):
            self.table.setColumnWidth(column, width)
        self.table.viewport().installEventFilter(self)
        self._first_show = True
        # Header clicks order the list; the service sorts in SQL and the pages follow.
        header.setSortIndicator(*layout.sort)
        self.table.setSortingEnabled(True)
        self.detail = detail

        self._top = QHBoxLayout()
        self._top.addWidget(self.search_field, 1)
        self._top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self._top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.result_label)
        left.setMinimumWidth(layout.list_min_width)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(detail)
        self.splitter.setChildrenCollapsible(False)
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.search_field.returnPressed.connect(self._focus_results)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.clear_search)
        model.modelReset.connect(self._update_count)
        header.sortIndicatorChanged.connect(self._sorted)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)

    def add_filter(self, widget: QWidget) -> None:
        """A filter beside the search field (the area connects it to :meth:`run_search`)."""
        self._top.insertWidget(self._top.indexOf(self.new_button), widget)

    def add_shortcuts(self, keys: Sequence[tuple[str, QPushButton]]) -> None:
        """Keys that press the row page's buttons, from anywhere in the area."""
        for sequence, button in keys:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(button.animateClick)

    # -- what the area fills in -------------------------------------------------------------------

    def shown_id(self) -> str | None:
        """The id of the row whose page is shown."""
        raise NotImplementedError

    def show_detail(self, item_id: str | None) -> None:
        raise NotImplementedError

    def edit(self, item_id: str) -> None:
        """Enter or a double click on a row (the area decides whether it may be edited)."""
        raise NotImplementedError

    def _search_model(self, query: str) -> None:
        """Hand the model the search: the text and the area's filters."""
        self.model.search(query)

    # -- window -----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:  # once the window has its size: the officer may move the line
            self._first_show = False
            QTimer.singleShot(0, self._share_width)
            if self._layout.focus_search_on_first_show:  # typing searches at once
                self.focus_search()

    def _share_width(self) -> None:
        """The row's page gets its share of the width (at least what its buttons need)."""
        total = self.splitter.width()
        share = int(total * self._layout.detail_share)
        detail = max(self.detail.minimumSizeHint().width(), share)
        self.splitter.setSizes([total - detail, detail])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Every column shown is readable: the columns always shown keep their room, and a list
        too narrow for all leaves out the optional ones, in their order."""
        room = self.table.viewport().width() - self._layout.keep
        hidden: set[int] = set()
        for column in self._layout.optional:
            if sum(w for c, w in self._column_widths.items() if c not in hidden) <= room:
                break
            hidden.add(column)
        for column in self._column_widths:
            self.table.setColumnHidden(column, column in hidden)

    # -- the list ---------------------------------------------------------------------------------

    def run_search(self) -> None:
        """A new search (the text or a filter changed): start at its first result."""
        self._search_timer.stop()
        self._search_model(self.search_field.text())
        self._go_to_first()

    def refresh(self) -> None:
        """The same search again after the data changed: the chosen row stays chosen."""
        self._search_timer.stop()
        shown = self.shown_id()
        self._search_model(self.search_field.text())
        self.select(shown)

    def clear_search(self) -> None:
        """Esc in the search field: back to the whole list, from its start."""
        if self.search_field.text():
            self.search_field.clear()
            self.run_search()

    def _show_all(self) -> None:
        """Forget the search text (the filters stay): a record saved outside it shows."""
        self.search_field.clear()
        self._search_timer.stop()
        self._search_model("")

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def select(self, item_id: str | None) -> None:
        """Choose the row of ``item_id`` and show its page, or none when the list lacks it."""
        row = self.model.row_of(item_id) if item_id else -1
        if row >= 0:
            self.choose_row(row)
        else:
            self.table.clearSelection()
        self.show_detail(item_id if row >= 0 else None)

    def choose_row(self, row: int) -> None:
        """Make ``row`` the chosen one (its page shows) and scroll to it."""
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), _SELECT_ROW)
        self.table.scrollTo(self.model.index(row, 0))

    def _go_to_first(self) -> None:
        self.table.scrollToTop()
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), _SELECT_ROW)
        else:
            self.table.clearSelection()
            self.show_detail(None)

    def _sorted(self, _column: int, _order: Qt.SortOrder) -> None:
        """The list was ordered by another column: keep the chosen row in sight, or start at
        the top."""
        shown = self.shown_id()
        if shown is not None and self.model.row_of(shown) >= 0:
            self.select(shown)
        else:
            self._go_to_first()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        layout = self._layout
        self.result_label.setText(layout.count(count))

    def _focus_results(self) -> None:
        if self._search_timer.isActive():
            self.run_search()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        item_id = self.model.id_at(index.row())
        if item_id is not None:
            self.edit(item_id)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.show_detail(self.model.id_at(indexes[0].row()))
        elif not self.table.selectionModel().hasSelection():
            self.show_detail(None)
