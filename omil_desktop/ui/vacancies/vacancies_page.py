"""Ofertas: the vacancies list (search as you type, status filter, column sort), the selected
vacancy's page with its referrals, and the «Seguimientos pendientes» view, in two tabs."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
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
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.intermediation import VacancyStatus
from omil_desktop.domain.text import count_text
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.vacancies.follow_ups import FollowUpsPage
from omil_desktop.ui.vacancies.list_model import VacancyListModel
from omil_desktop.ui.vacancies.vacancy_detail import VacancyDetail

SEARCH_DELAY_MS = 150
DETAIL_SHARE = 0.45
_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)
_COLUMN_SAMPLES = {2: "10/10", 3: "Cancelada", 4: "88-88-8888", 5: "88-88-8888", 6: "Puerto Montt"}
OPTIONAL_COLUMNS = (6, 5, 4, 2)
"""Left out of a narrow list, first to last (the vacancy's page shows them)."""
TITLE_AND_COMPANY_MIN = 300


class VacanciesPage(QWidget):
    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Buscar por cargo, ocupación o empresa… ej. cocina")
        )
        self.search_field.setToolTip(self.tr("Enter va a la lista; Esc borra la búsqueda."))
        self.search_field.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Todos los estados"), None)
        for status in VacancyStatus:
            self.status_filter.addItem(status.label, status.value)
        self.status_filter.setCurrentIndex(1)  # abiertas
        self.new_button = QPushButton(self.tr("Nueva oferta"))
        self.result_label = QLabel()
        self.model = VacancyListModel(workspace.vacancies, self)
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
        self._widths[1] = 150
        for column, width in self._widths.items():
            self.table.setColumnWidth(column, width)
        header.setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.detail = VacancyDetail(workspace)
        self._shared = False

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.result_label)
        left.setMinimumWidth(TITLE_AND_COMPANY_MIN + 40)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

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
        header.sortIndicatorChanged.connect(lambda *_: self._sorted())
        self.new_button.clicked.connect(self.new_vacancy)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        self.detail.edit_requested.connect(self.edit_vacancy)
        self.detail.refer_requested.connect(self.refer)
        self.detail.candidates_requested.connect(self.candidates)
        self.detail.advance_requested.connect(self.advance)
        self.detail.place_requested.connect(self.place)
        for keys, button in (
            ("Ctrl+D", self.detail.refer_button),
            ("Ctrl+B", self.detail.candidates_button),
            ("Ctrl+E", self.detail.edit_button),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(button.animateClick)
        self.table.viewport().installEventFilter(self)
        self.run_search()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shared:  # the first time the area opens: typing searches at once
            self._shared = True
            QTimer.singleShot(0, self._share_width)
            self.focus_search()

    def _share_width(self) -> None:
        total = self.splitter.width()
        detail = max(self.detail.minimumSizeHint().width(), int(total * DETAIL_SHARE))
        self.splitter.setSizes([total - detail, detail])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Cargo and empresa keep their room; a narrow list leaves out comuna, dates, cupos."""
        room = self.table.viewport().width() - TITLE_AND_COMPANY_MIN
        widths = {c: w for c, w in self._widths.items() if c != 1}
        hidden: set[int] = set()
        for column in OPTIONAL_COLUMNS:
            if sum(w for c, w in widths.items() if c not in hidden) <= room:
                break
            hidden.add(column)
        for column in widths:
            self.table.setColumnHidden(column, column in hidden)

    # -- the list -------------------------------------------------------------------------------

    def status(self) -> VacancyStatus | None:
        data = self.status_filter.currentData()
        return VacancyStatus(data) if data else None

    def run_search(self) -> None:
        """A new search (text or status filter changed): start at its first result."""
        self._timer.stop()
        self.model.search(self.search_field.text(), self.status())
        self._go_to_first()

    def refresh(self, vacancy_id: str | None = None, referral_id: str | None = None) -> None:
        """The same search again after a change; the vacancy shown stays shown."""
        self._timer.stop()
        shown = vacancy_id or self.detail.vacancy_id
        self.model.search(self.search_field.text(), self.status())
        row = self.model.row_of(shown) if shown else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), _SELECT_ROW)
            self.table.scrollTo(self.model.index(row, 0))
        if shown:
            try:
                self.detail.show_vacancy(shown, referral_id)
            except NotFound:
                self.detail.show_vacancy(None)

    def clear_search(self) -> None:
        if self.search_field.text():
            self.search_field.clear()
            self.run_search()

    def _go_to_first(self) -> None:
        self.table.scrollToTop()
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), _SELECT_ROW)
        else:
            self.table.clearSelection()
            self.detail.show_vacancy(None)

    def _sorted(self) -> None:
        shown = self.detail.vacancy_id
        row = self.model.row_of(shown) if shown else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), _SELECT_ROW)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self._go_to_first()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.result_label.setText(count_text(count, self.tr("oferta"), self.tr("ofertas")))

    def _focus_results(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.model.rowCount():
            self.table.setFocus()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.detail.show_vacancy(self.model.id_at(indexes[0].row()))

    def _activated(self, index: QModelIndex) -> None:
        vacancy_id = self.model.id_at(index.row())
        if vacancy_id is not None and self.detail.edit_button.isEnabled():
            self.edit_vacancy(vacancy_id)

    # -- actions --------------------------------------------------------------------------------

    def new_vacancy(self) -> None:
        from omil_desktop.ui.vacancies.vacancy_dialog import VacancyDialog

        dialog = VacancyDialog(self._workspace, None, self)
        dialog.saved.connect(self._saved)
        dialog.open()

    def edit_vacancy(self, vacancy_id: str) -> None:
        from omil_desktop.ui.vacancies.vacancy_dialog import VacancyDialog

        try:
            dialog = VacancyDialog(self._workspace, vacancy_id, self)
        except (NotFound, StorageError) as exc:
            show_problem(self, str(exc))
            return
        dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self, vacancy_id: str) -> None:
        self.refresh(vacancy_id)
        if self.model.row_of(vacancy_id) < 0:  # outside the current search or filter
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(0)
            self.status_filter.blockSignals(False)
            self.refresh(vacancy_id)
        self.data_changed.emit()

    def refer(self, vacancy_id: str) -> None:
        from omil_desktop.ui.vacancies.referral_dialogs import ReferDialog

        record = self.detail.record
        dialog = ReferDialog(self._workspace, vacancy_id, record.data.title if record else "", self)
        dialog.accepted.connect(lambda: self._changed(vacancy_id, dialog.referral_id))
        dialog.open()

    def candidates(self, vacancy_id: str) -> None:
        """The office's people ranked for the vacancy; Enter refers the chosen one."""
        from omil_desktop.ui.matching.match_dialogs import CandidatesDialog

        record = self.detail.record
        dialog = CandidatesDialog(
            self._workspace.matching,
            vacancy_id,
            record.data.title if record else "",
            self._workspace.referrals.refer,
            self,
        )
        dialog.finished.connect(lambda _result: self._changed(vacancy_id, None))
        dialog.open()

    def advance(self, referral_id: str) -> None:
        from omil_desktop.ui.vacancies.referral_dialogs import AdvanceDialog

        row = self.detail.current_referral()
        if row is None or row.id != referral_id:
            return
        dialog = AdvanceDialog(self._workspace.referrals, row, self)
        dialog.accepted.connect(lambda: self._changed(row.vacancy_id, referral_id))
        dialog.open()

    def place(self, referral_id: str) -> None:
        from omil_desktop.ui.vacancies.referral_dialogs import PlacementDialog

        row = self.detail.current_referral()
        if row is None or row.id != referral_id:
            return
        record = self.detail.record
        dialog = PlacementDialog(
            self._workspace.referrals,
            row,
            self,
            contract=record.data.contract_type if record is not None else None,
        )
        dialog.accepted.connect(lambda: self._changed(row.vacancy_id, referral_id))
        dialog.open()

    def _changed(self, vacancy_id: str, referral_id: str | None) -> None:
        try:
            self.refresh(vacancy_id, referral_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
        self.data_changed.emit()


class VacanciesArea(QTabWidget):
    """The Ofertas area: the list of vacancies, and the follow-ups due."""

    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vacancies = VacanciesPage(workspace)
        self.follow_ups = FollowUpsPage(workspace)
        self.addTab(self.vacancies, self.tr("Ofertas"))
        self.addTab(self.follow_ups, self.tr("Seguimientos pendientes"))
        self.vacancies.data_changed.connect(self._changed)
        self.follow_ups.data_changed.connect(self._changed)
        self.currentChanged.connect(lambda _i: self._refresh_follow_ups())
        self._refresh_follow_ups()

    def _changed(self) -> None:
        self._refresh_follow_ups()
        self.data_changed.emit()

    def _refresh_follow_ups(self) -> None:
        count = self.follow_ups.refresh()
        self.setTabText(
            1,
            self.tr("Seguimientos pendientes") + (f" ({count})" if count else ""),
        )

    def refresh(self) -> None:
        """Records arrived by sync: read both views again."""
        self.vacancies.refresh()
        self._refresh_follow_ups()

    def new_record(self) -> None:
        """Ctrl+N in this area: a new vacancy."""
        self.setCurrentWidget(self.vacancies)
        self.vacancies.new_vacancy()

    def focus_search(self) -> None:
        """Ctrl+F in this area: the vacancies' search."""
        self.setCurrentWidget(self.vacancies)
        self.vacancies.focus_search()
