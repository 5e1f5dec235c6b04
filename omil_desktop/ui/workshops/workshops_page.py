"""Talleres: the list of the office's workshops (search as you type, status filter, newest
first) and, in its place, the workshop opened from it (Enter or double click)."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from omil_desktop.domain.text import count_text
from omil_desktop.domain.workshops import WorkshopStatus
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.workshops.list_model import WorkshopListModel
from omil_desktop.ui.workshops.workshop_view import WorkshopView

SEARCH_DELAY_MS = 150
_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)
_COLUMN_SAMPLES = {
    1: "88-88-8888",
    2: "88-88-8888",
    3: "Sesiones",
    4: "Inscritos/Cupos",
    5: "En espera",
    6: "Finalizado",
}
OPTIONAL_COLUMNS = (5, 2, 3)
"""Left out of a narrow list, first to last (the workshop's page shows them)."""
NAME_MIN = 240
MARKS_QUIET_MS = 1500


class WorkshopsPage(QWidget):
    """The list of workshops."""

    open_requested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Buscar por nombre, facilitador(a) o lugar… ej. apresto")
        )
        self.search_field.setToolTip(self.tr("Enter va a la lista; Esc borra la búsqueda."))
        self.search_field.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Todos los estados"), None)
        for status in WorkshopStatus:
            self.status_filter.addItem(status.label, status.value)
        self.new_button = QPushButton(self.tr("Nuevo taller (Ctrl+N)"))
        self.new_button.setToolTip(self.tr("Planificar un taller nuevo (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Abrir taller"))
        self.open_button.setToolTip(self.tr("Sesiones, inscritos y asistencia (Enter)"))
        self.result_label = QLabel()
        self.model = WorkshopListModel(workspace.workshops, self)
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
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        self._widths = {c: metrics.horizontalAdvance(s) + 24 for c, s in _COLUMN_SAMPLES.items()}
        for column, width in self._widths.items():
            self.table.setColumnWidth(column, width)

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.status_filter)
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
        self.status_filter.currentIndexChanged.connect(lambda _i: self.run_search())
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
        """The name keeps its room; a narrow list leaves out «En espera», «Término», «Sesiones»."""
        room = self.table.viewport().width() - NAME_MIN
        hidden: set[int] = set()
        for column in OPTIONAL_COLUMNS:
            if sum(w for c, w in self._widths.items() if c not in hidden) <= room:
                break
            hidden.add(column)
        for column in self._widths:
            self.table.setColumnHidden(column, column in hidden)

    def status(self) -> WorkshopStatus | None:
        data = self.status_filter.currentData()
        return WorkshopStatus(data) if data else None

    def run_search(self) -> None:
        """A new search (text or status changed): the list starts at its first result."""
        self._timer.stop()
        try:
            self.model.search(self.search_field.text(), self.status())
        except StorageError as exc:
            show_problem(self, str(exc))
            return
        self.table.scrollToTop()
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), _SELECT_ROW)
        else:
            self.table.clearSelection()
        self.open_button.setEnabled(self.model.rowCount() > 0)

    def refresh(self, workshop_id: str | None = None) -> None:
        """The same search again after a change; ``workshop_id`` (or the chosen one) stays
        chosen."""
        self._timer.stop()
        chosen = workshop_id or self.current_id()
        try:
            self.model.search(self.search_field.text(), self.status())
        except StorageError as exc:
            show_problem(self, str(exc))
            return
        row = self.model.row_of(chosen) if chosen else -1
        if row < 0 and workshop_id is not None:  # outside the search: show everything
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(0)
            self.status_filter.blockSignals(False)
            self.model.search("", None)
            row = self.model.row_of(workshop_id)
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
        self.result_label.setText(count_text(count, self.tr("taller"), self.tr("talleres")))

    def _focus_results(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.model.rowCount():
            self.table.setFocus()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        workshop_id = self.model.id_at(index.row())
        if workshop_id is not None:
            self.open_requested.emit(workshop_id)

    def _open_current(self) -> None:
        workshop_id = self.current_id()
        if workshop_id is not None:
            self.open_requested.emit(workshop_id)


class WorkshopsArea(QStackedWidget):
    """The Talleres area: the list, or one workshop in its place."""

    data_changed = Signal()
    marks_saved = Signal()
    """Attendance was saved (at most once per MARKS_QUIET_MS while marks are being taken): the
    sync status's count of changes to send is stale, nothing else is."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.list_page = WorkshopsPage(workspace)
        self.view = WorkshopView(workspace)
        self.addWidget(self.list_page)
        self.addWidget(self.view)
        self._shown = False
        self.jobs: list[QObject] = []
        self.list_page.open_requested.connect(self.open_workshop)
        self.list_page.new_button.clicked.connect(self.new_record)
        self.view.back.connect(self.show_list)
        self.view.changed.connect(self._changed)
        self.view.edit_requested.connect(self.edit_workshop)
        self.view.documents_requested.connect(self.make_document)
        self._marks_timer = QTimer(self)
        self._marks_timer.setSingleShot(True)
        self._marks_timer.setInterval(MARKS_QUIET_MS)
        self._marks_timer.timeout.connect(self.marks_saved)
        self.view.grid.changed.connect(self._marks_timer.start)
        self.view.marks_filled.connect(self._marks_timer.start)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:  # the first time the area opens: typing searches at once
            self._shown = True
            self.list_page.focus_search()

    def open_workshop(self, workshop_id: str) -> None:
        try:
            self.view.show_workshop(workshop_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            self.list_page.refresh()
            return
        self.setCurrentWidget(self.view)
        self.view.tabs.setFocus()

    def show_list(self) -> None:
        self.list_page.refresh(self.view.workshop_id)
        self.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def refresh(self) -> None:
        """Records arrived by sync (or another area changed people): read again."""
        self.list_page.refresh()
        if self.currentWidget() is self.view and self.view.workshop_id is not None:
            try:
                self.view.show_workshop(self.view.workshop_id)
            except NotFound:
                self.show_list()

    def new_record(self) -> None:
        """Ctrl+N in this area: a new workshop."""
        from omil_desktop.ui.workshops.workshop_dialog import WorkshopDialog

        try:
            dialog = WorkshopDialog(self._workspace.workshops, None, self)
        except StorageError as exc:
            show_problem(self, str(exc))
            return
        dialog.saved.connect(self._created)
        dialog.open()

    def edit_workshop(self, workshop_id: str) -> None:
        from omil_desktop.ui.workshops.workshop_dialog import WorkshopDialog

        try:
            dialog = WorkshopDialog(self._workspace.workshops, workshop_id, self)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        dialog.saved.connect(self._edited)
        dialog.open()

    def _created(self, workshop_id: str) -> None:
        """A new workshop opens at once, on its sessions (what comes next)."""
        self.list_page.refresh(workshop_id)
        self.open_workshop(workshop_id)
        self.view.tabs.setCurrentIndex(1)
        self.data_changed.emit()

    def _edited(self, workshop_id: str) -> None:
        self.view.show_workshop(workshop_id)
        self._changed(workshop_id)

    def _changed(self, workshop_id: str) -> None:
        self.list_page.refresh(workshop_id)
        self.data_changed.emit()

    def focus_search(self) -> None:
        """Ctrl+F in this area: the list's search."""
        if self.currentWidget() is not self.list_page:
            self.show_list()
        self.list_page.focus_search()

    def make_document(self, kind: str) -> None:
        from omil_desktop.ui.workshops.printing import start_document

        job = start_document(self._workspace, self.view, kind)
        if job is not None:
            self.jobs.append(job)
            job.finished.connect(lambda _path, job=job: self.jobs.remove(job))

    def shutdown(self) -> None:
        """The window is closing: stop a document being made, and wait for it."""
        from omil_desktop.ui.workshops.documents import DocumentJob

        for job in list(self.jobs):
            if isinstance(job, DocumentJob):
                job.wait()
