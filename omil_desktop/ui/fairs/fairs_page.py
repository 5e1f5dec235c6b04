"""Ferias: the list of the fairs the office organises or co-organises (search as you type, newest
first) and, in its place, the fair opened from it (Enter or double click)."""

from __future__ import annotations

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
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.text import count_text
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.fairs import FairRow, FairService
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.fairs.fair_dialog import fair_service
from omil_desktop.ui.fairs.fair_view import FairView

SEARCH_DELAY_MS = 150
HEADERS = ("Fecha", "Nombre", "Tipo", "Lugar", "Organizan", "Asistentes", "Empresas", "Cupos")
_CENTERED = {0, 5, 6, 7}
_COLUMN_SAMPLES = {
    0: "88-88-8888",
    2: "Reclutamiento masivo",
    3: "Gimnasio municipal",
    4: "Palena, Futaleufú",
    5: "Asistentes",
    6: "Empresas",
    7: "Cupos",
}
OPTIONAL_COLUMNS = (4, 3, 7, 2)
"""Left out of a narrow list, first to last (the fair's page shows them)."""
NAME_MIN = 220
_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)
_Index = QModelIndex | QPersistentModelIndex


class FairListModel(QAbstractTableModel):
    def __init__(self, service: FairService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.rows: list[FairRow] = []

    def search(self, query: str) -> None:
        rows = self._service.search_page(query, offset=0, limit=100_000)
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, fair_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row.id == fair_id:
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
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            tip = f"{row.name}\n{row.place or '—'}, {row.comuna}\n" + self.tr("Organizan: ")
            tip += row.organisers
            if not row.own:
                tip += "\n" + self.tr("Co-organizada: la registró otra oficina (solo lectura).")
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _CENTERED:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: FairRow, column: int) -> str:
        if column == 0:
            return format_date(row.held_on)
        if column == 1:
            return row.name + (self.tr(" (planificada)") if row.planned else "")
        if column == 2:
            return row.kind.label
        if column == 3:
            return row.place or row.comuna
        if column == 4:
            return row.organisers
        if column == 5:
            return "" if row.planned else str(row.attendees)
        if column == 6:
            return str(row.companies)
        return str(row.openings)


class FairsPage(QWidget):
    """The list of fairs."""

    open_requested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = fair_service(workspace)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Buscar por nombre, lugar o comuna… ej. primavera")
        )
        self.search_field.setToolTip(self.tr("Enter va a la lista; Esc borra la búsqueda."))
        self.search_field.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("Nueva feria (Ctrl+N)"))
        self.new_button.setToolTip(
            self.tr("Registrar una feria laboral o un reclutamiento masivo (Ctrl+N)")
        )
        self.open_button = QPushButton(self.tr("Abrir feria"))
        self.open_button.setToolTip(self.tr("Empresas, asistentes y derivaciones (Enter)"))
        self.result_label = QLabel()
        self.model = FairListModel(self.service, self)
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
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        self._widths = {c: metrics.horizontalAdvance(s) + 24 for c, s in _COLUMN_SAMPLES.items()}
        for column, width in self._widths.items():
            self.table.setColumnWidth(column, width)

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
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
        self.run_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The name keeps its room; a narrow list leaves out the organisers, the place, …"""
        room = self.table.viewport().width() - NAME_MIN
        hidden: set[int] = set()
        for column in OPTIONAL_COLUMNS:
            if sum(w for c, w in self._widths.items() if c not in hidden) <= room:
                break
            hidden.add(column)
        for column in self._widths:
            self.table.setColumnHidden(column, column in hidden)

    def run_search(self) -> None:
        """A new search: the list starts at its first result."""
        self._timer.stop()
        try:
            self.model.search(self.search_field.text())
        except StorageError as exc:
            show_problem(self, str(exc))
            return
        self.table.scrollToTop()
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), _SELECT_ROW)
        else:
            self.table.clearSelection()
        self.open_button.setEnabled(self.model.rowCount() > 0)

    def refresh(self, fair_id: str | None = None) -> None:
        """The same search again after a change; ``fair_id`` (or the chosen one) stays chosen."""
        self._timer.stop()
        chosen = fair_id or self.current_id()
        try:
            self.model.search(self.search_field.text())
        except StorageError as exc:
            show_problem(self, str(exc))
            return
        row = self.model.row_of(chosen) if chosen else -1
        if row < 0 and fair_id is not None:  # outside the search: show everything
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
            self.model.search("")
            row = self.model.row_of(fair_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), _SELECT_ROW)
            self.table.scrollTo(self.model.index(row, 0))
        elif self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), _SELECT_ROW)
        self.open_button.setEnabled(self.model.rowCount() > 0)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def clear_search(self) -> None:
        if self.search_field.text():
            self.search_field.clear()
            self.run_search()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.result_label.setText(count_text(count, self.tr("feria"), self.tr("ferias")))

    def _focus_results(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.model.rowCount():
            self.table.setFocus()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        fair_id = self.model.id_at(index.row())
        if fair_id is not None:
            self.open_requested.emit(fair_id)

    def _open_current(self) -> None:
        fair_id = self.current_id()
        if fair_id is not None:
            self.open_requested.emit(fair_id)


class FairsArea(QStackedWidget):
    """The Ferias area: the list, or one fair in its place."""

    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.list_page = FairsPage(workspace)
        self.view = FairView(workspace)
        self.addWidget(self.list_page)
        self.addWidget(self.view)
        self._shown = False
        self.list_page.open_requested.connect(self.open_fair)
        self.list_page.new_button.clicked.connect(self.new_record)
        self.view.back.connect(self.show_list)
        self.view.changed.connect(self._changed)
        self.view.edit_requested.connect(self.edit_fair)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.list_page.focus_search()

    def open_fair(self, fair_id: str) -> None:
        try:
            self.view.show_fair(fair_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            self.list_page.refresh()
            return
        self.setCurrentWidget(self.view)
        self.view.tabs.setFocus()

    def show_list(self) -> None:
        self.list_page.refresh(self.view.fair_id)
        self.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def refresh(self) -> None:
        """Records arrived by sync (or another area changed people): read again."""
        self.list_page.refresh()
        if self.currentWidget() is self.view and self.view.fair_id is not None:
            try:
                self.view.show_fair(self.view.fair_id)
            except NotFound:
                self.show_list()

    def new_record(self) -> None:
        """Ctrl+N in this area: a new fair."""
        from omil_desktop.ui.fairs.fair_dialog import FairDialog

        try:
            dialog = FairDialog(self._workspace, None, self)
        except StorageError as exc:
            show_problem(self, str(exc))
            return
        dialog.saved.connect(self._created)
        dialog.open()

    def edit_fair(self, fair_id: str) -> None:
        from omil_desktop.ui.fairs.fair_dialog import FairDialog

        try:
            dialog = FairDialog(self._workspace, fair_id, self)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        dialog.saved.connect(self._edited)
        dialog.open()

    def _created(self, fair_id: str) -> None:
        """A new fair opens at once, on its companies (what comes next)."""
        self.list_page.refresh(fair_id)
        self.open_fair(fair_id)
        self.view.tabs.setCurrentIndex(1)
        self.data_changed.emit()

    def _edited(self, fair_id: str) -> None:
        self.view.show_fair(fair_id)
        self._changed(fair_id)

    def _changed(self, fair_id: str) -> None:
        self.list_page.refresh(fair_id)
        self.data_changed.emit()

    def focus_search(self) -> None:
        """Ctrl+F in this area: the list's search."""
        if self.currentWidget() is not self.list_page:
            self.show_list()
        self.list_page.focus_search()
