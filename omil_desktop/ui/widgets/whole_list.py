"""A list read whole: a table model and the page around it, for the areas with tens of records a
year (Talleres, Ferias), where a search reads every match at once rather than page by page (the
long lists of the registry use :mod:`omil_desktop.ui.widgets.paged_list`).

An area says what differs: its columns and how a row shows (a :class:`WholeListModel` subclass
with its own ``search``), and its texts and filters (a :class:`WholeListPage` subclass). The rules
hold for every list: a new search starts at its first result, the chosen row stays chosen when the
list is read again, and a narrow list leaves out its optional columns before the name's room.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import StorageError
from omil_desktop.services.paging import HasId
from omil_desktop.ui.errors import show_problem

SEARCH_DELAY_MS = 150
SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)

_Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT", bound=HasId)


class WholeListModel(QAbstractTableModel, Generic[RowT]):
    """Every row of the last search. A subclass sets ``headers`` and ``centered``, reads its rows
    in its ``search`` (through ``set_rows``) and says how a row shows (``text``, ``tooltip``)."""

    headers: Sequence[str] = ()
    centered: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RowT] = []

    def set_rows(self, rows: list[RowT]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, record_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row.id == record_id:
                return i
        return -1

    def id_at(self, row: int) -> str | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ui.widgets.whole_list", self.headers[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.centered:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def text(self, row: RowT, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: RowT, column: int) -> str | None:
        return None


class WholeListPage(QWidget):
    """Search as you type over a :class:`WholeListModel`, a count under the table, Enter or
    double click opens the chosen record (``open_requested``).

    A subclass calls ``super().__init__``, makes its filters, then ``build(...)``; it says how
    to search (``search_model``) and, when it has filters, how to show everything
    (``show_everything``); and it runs the first search at the end of its ``__init__``."""

    open_requested = Signal(str)

    def build(
        self,
        model: WholeListModel[Any],
        *,
        search_hint: str,
        new_text: str,
        new_tip: str,
        open_text: str,
        open_tip: str,
        count_text: Callable[[int], str],
        stretch_column: int,
        column_samples: Mapping[int, str],
        optional_columns: Sequence[int],
        name_min: int,
        filters: Sequence[QWidget] = (),
    ) -> None:
        """``count_text``: the count under the list for a number, a Qt plural («%Ln taller(es)»
        through the page's ``tr``); ``optional_columns``: left out of a narrow list, first to
        last, while the stretched column has less than ``name_min``."""
        self._count_text = count_text
        self._optional_columns = tuple(optional_columns)
        self._name_min = name_min
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(search_hint)
        self.search_field.setToolTip(self.tr("Enter va a la lista; Esc borra la búsqueda."))
        self.search_field.setClearButtonEnabled(True)
        self.new_button = QPushButton(new_text)
        self.new_button.setToolTip(new_tip)
        self.open_button = QPushButton(open_text)
        self.open_button.setToolTip(open_tip)
        self.result_label = QLabel()
        self.model = model
        model.setParent(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        self._widths = {c: metrics.horizontalAdvance(s) + 24 for c, s in column_samples.items()}
        for column, width in self._widths.items():
            self.table.setColumnWidth(column, width)

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        for widget in filters:
            top.addWidget(widget)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.result_label, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(self._timer.start)
        self.search_field.returnPressed.connect(self._focus_results)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.clear_search)
        self.model.modelReset.connect(self._update_count)
        self.table.activated.connect(self._activated)
        self.open_button.clicked.connect(self._open_current)
        self.table.viewport().installEventFilter(self)

    def search_model(self) -> None:
        """Read the model again for what is typed (and the filters)."""
        raise NotImplementedError

    def show_everything(self) -> None:
        """Empty the search (and the filters, in a subclass that has them) and read again."""
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.search_model()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The name keeps its room; a narrow list leaves out the optional columns in order."""
        room = self.table.viewport().width() - self._name_min
        hidden: set[int] = set()
        for column in self._optional_columns:
            if sum(w for c, w in self._widths.items() if c not in hidden) <= room:
                break
            hidden.add(column)
        for column in self._widths:
            self.table.setColumnHidden(column, column in hidden)

    def run_search(self) -> None:
        """A new search (text or filter changed): the list starts at its first result."""
        self._timer.stop()
        try:
            self.search_model()
        except StorageError as exc:
            show_problem(self, str(exc))
            return
        self.table.scrollToTop()
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), SELECT_ROW)
        else:
            self.table.clearSelection()
        self.open_button.setEnabled(self.model.rowCount() > 0)

    def refresh(self, record_id: str | None = None) -> None:
        """The same search again after a change; ``record_id`` (or the chosen one) stays
        chosen."""
        self._timer.stop()
        chosen = record_id or self.current_id()
        try:
            self.search_model()
        except StorageError as exc:
            show_problem(self, str(exc))
            return
        row = self.model.row_of(chosen) if chosen else -1
        if row < 0 and record_id is not None:  # outside the search: show everything
            self.show_everything()
            row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), SELECT_ROW)
            self.table.scrollTo(self.model.index(row, 0))
        elif self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), SELECT_ROW)
        self.open_button.setEnabled(self.model.rowCount() > 0)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def clear_search(self) -> None:
        if self.search_field.text():
            self.search_field.clear()
            self.run_search()

    def _update_count(self) -> None:
        self.result_label.setText(self._count_text(self.model.rowCount()))

    def _focus_results(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.model.rowCount():
            self.table.setFocus()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row())
        if record_id is not None:
            self.open_requested.emit(record_id)

    def _open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open_requested.emit(record_id)
