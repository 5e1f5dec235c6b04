"""Personas: search as you type, the list, and the selected person's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.text import count_text
from omil_desktop.services.errors import NotFound, StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.people.list_model import PeopleListModel
from omil_desktop.ui.people.person_detail import PersonDetail

# PersonDialog and AttentionDialog, with the form widgets they bring, are imported where they
# open: start-up does not need them.
if TYPE_CHECKING:
    from omil_desktop.ui.people.person_dialog import PersonDialog

SEARCH_DELAY_MS = 150
_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)

# What each column must show whole, measured in the window's font: its width follows.
_COLUMN_SAMPLES = {0: "88.888.888-8", 2: "Nacimiento", 3: "Puerto Montt", 4: "+56 65 212 3456"}
NAME_COLUMN_MIN = 170
"""The name column is never narrower than this: a narrow list leaves other columns out."""
OPTIONAL_COLUMNS = (4, 2, 3)
"""Columns left out of a narrow list, first to last: phone, birth date, comuna (the person's
page shows them). RUT and name always stay."""
DETAIL_SHARE = 0.4


class PeoplePage(QWidget):
    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Buscar por RUT o nombre (Ctrl+F)… por ejemplo 12.345 o nunez")
        )
        self.search_field.setToolTip(self.tr("Enter va a la lista; Esc borra la búsqueda."))
        self.search_field.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Mostrar inactivas"))
        self.new_button = QPushButton(self.tr("Nueva persona (Ctrl+N)"))
        self.result_label = QLabel()
        self.model = PeopleListModel(workspace.people, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the person's buttons
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        padding = 24  # cell margins and the sort arrow
        self._column_widths = {
            column: metrics.horizontalAdvance(sample) + padding
            for column, sample in _COLUMN_SAMPLES.items()
        }
        for column, width in self._column_widths.items():
            self.table.setColumnWidth(column, width)
        self.table.viewport().installEventFilter(self)
        self._shared = False
        # Header clicks order the list; the service sorts in SQL and the pages follow.
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.detail = PersonDetail(workspace)

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.show_inactive)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.result_label)
        left.setMinimumWidth(NAME_COLUMN_MIN + 150)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.search_field.returnPressed.connect(self._focus_results)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.clear_search)
        self.show_inactive.toggled.connect(self.run_search)
        self.model.modelReset.connect(self._update_count)
        header.sortIndicatorChanged.connect(self._sorted)
        self.new_button.clicked.connect(self.new_person)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        self.detail.edit_requested.connect(self.edit_person)
        self.detail.attention_requested.connect(self.record_attention)
        self.detail.vacancies_requested.connect(self.vacancies_for)
        self.detail.active_toggled.connect(self.set_active)
        self.detail.attention_edit_requested.connect(self.edit_attention)
        self.detail.attention_delete_requested.connect(self.delete_attention)
        for keys, button in (
            ("Ctrl+R", self.detail.attention_button),
            ("Ctrl+E", self.detail.edit_button),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(button.animateClick)
        self.run_search()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shared:  # once the window has its size: the officer may move the line
            self._shared = True
            QTimer.singleShot(0, self._share_width)

    def _share_width(self) -> None:
        """The person's page gets 40 % of the width (at least what its buttons need)."""
        total = self.splitter.width()
        detail = max(self.detail.minimumSizeHint().width(), int(total * DETAIL_SHARE))
        self.splitter.setSizes([total - detail, detail])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Every column shown is readable: the name keeps its room, and a list too narrow for
        all leaves out the phone, then the birth date, then the comuna."""
        room = self.table.viewport().width() - NAME_COLUMN_MIN
        widths = {c: self._column_widths[c] for c in _COLUMN_SAMPLES}
        hidden: set[int] = set()
        for column in OPTIONAL_COLUMNS:
            if sum(w for c, w in widths.items() if c not in hidden) <= room:
                break
            hidden.add(column)
        for column in _COLUMN_SAMPLES:
            self.table.setColumnHidden(column, column in hidden)

    # -- list -------------------------------------------------------------------------------------

    def run_search(self) -> None:
        """A new search (the text or "Mostrar inactivas" changed): start at its first result."""
        self._search_timer.stop()
        self.model.search(self.search_field.text(), self.show_inactive.isChecked())
        self._go_to_first()

    def refresh(self) -> None:
        """The same search again after the data changed: the selected person stays selected."""
        self._search_timer.stop()
        selected = self.detail.person_id
        self.model.search(self.search_field.text(), self.show_inactive.isChecked())
        self.select_person(selected)

    def clear_search(self) -> None:
        """Esc in the search field: back to the whole list, from its start."""
        if self.search_field.text():
            self.search_field.clear()
            self.run_search()

    def _go_to_first(self) -> None:
        self.table.scrollToTop()
        if self.model.rowCount():
            first = self.model.index(0, 0)
            self.table.selectionModel().setCurrentIndex(first, _SELECT_ROW)
        else:
            self.table.clearSelection()
            self.detail.show_person(None)

    def _sorted(self, _column: int, _order: Qt.SortOrder) -> None:
        """The list was ordered by another column: keep the person in sight, or start at top."""
        if self.detail.person_id is not None and self.model.row_of(self.detail.person_id) >= 0:
            self.select_person(self.detail.person_id)
        else:
            self._go_to_first()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.result_label.setText(count_text(count, self.tr("persona"), self.tr("personas")))

    def _focus_results(self) -> None:
        if self._search_timer.isActive():
            self.run_search()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def select_person(self, person_id: str | None) -> None:
        row = self.model.row_of(person_id) if person_id else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), _SELECT_ROW)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
        self.detail.show_person(person_id if row >= 0 else None)

    def _activated(self, index: QModelIndex) -> None:
        person_id = self.model.id_at(index.row())
        if person_id is not None:
            self.edit_person(person_id)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.detail.show_person(self.model.id_at(indexes[0].row()))
        elif not self.table.selectionModel().hasSelection():
            self.detail.show_person(None)

    # -- actions ----------------------------------------------------------------------------------

    def new_person(self) -> None:
        from omil_desktop.ui.people.person_dialog import PersonDialog

        self._open_dialog(PersonDialog(self._workspace, None, self))

    def edit_person(self, person_id: str) -> None:
        from omil_desktop.ui.people.person_dialog import PersonDialog

        try:
            dialog = PersonDialog(self._workspace, person_id, self)
        except (NotFound, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: PersonDialog) -> None:
        dialog.saved.connect(self._after_save)
        dialog.open_person.connect(self.show_existing)
        dialog.open()

    def _after_save(self, person_id: str) -> None:
        self.model.refresh()
        self.select_person(person_id)
        if self.model.row_of(person_id) < 0:  # saved but outside the current search
            self.search_field.clear()
            self._search_timer.stop()
            self.model.search("", self.show_inactive.isChecked())
            self.select_person(person_id)
        self.data_changed.emit()

    def show_existing(self, person_id: str) -> None:
        """Show a person found as a duplicate, whatever the current search."""
        if self.model.row_of(person_id) < 0:
            self.search_field.clear()
            self._search_timer.stop()
            self.show_inactive.blockSignals(True)
            self.show_inactive.setChecked(True)
            self.show_inactive.blockSignals(False)
            self.model.search("", True)
        self.select_person(person_id)

    def vacancies_for(self, person_id: str) -> None:
        """The open vacancies that fit the person, best first; Enter refers them."""
        from omil_desktop.ui.matching.match_dialogs import VacanciesForPersonDialog

        dialog = VacanciesForPersonDialog(
            self._workspace.matching,
            person_id,
            self.detail.person_name,
            self._workspace.referrals.refer,
            self,
        )
        dialog.finished.connect(lambda _result: self.detail.show_history())
        dialog.open()

    def record_attention(self, person_id: str) -> None:
        self._open_attention(person_id, None)

    def edit_attention(self, attention_id: str) -> None:
        if self.detail.person_id is not None:
            self._open_attention(self.detail.person_id, attention_id)

    def _open_attention(self, person_id: str, attention_id: str | None) -> None:
        from omil_desktop.ui.people.attention_dialog import AttentionDialog

        name = self.detail.person_name
        try:
            dialog = AttentionDialog(
                self._workspace.attentions, person_id, name, self, attention_id=attention_id
            )
        except (NotFound, StorageError) as exc:
            show_problem(self, str(exc))
            self.detail.show_history()
            return
        dialog.accepted.connect(lambda: self._attention_saved(person_id, dialog.attention_id))
        dialog.open()

    def delete_attention(self, attention_id: str) -> None:
        from omil_desktop.ui.people.attention_dialog import confirm_delete

        row = self.detail.current_attention()
        if row is None or row.id != attention_id:
            return
        if not confirm_delete(self, row, self.detail.person_name):
            return
        try:
            self._workspace.attentions.delete(attention_id)
        except (NotFound, StorageError) as exc:
            show_problem(self, str(exc))
        self.detail.show_history()
        self.data_changed.emit()

    def _attention_saved(self, person_id: str, attention_id: str | None) -> None:
        if self.detail.person_id == person_id:
            self.detail.show_history(current=attention_id)
        self.data_changed.emit()

    def set_active(self, person_id: str, active: bool) -> None:
        if not active:
            answer = QMessageBox.question(
                self,
                self.tr("Desactivar persona"),
                self.tr(
                    "{name} dejará de aparecer en la lista (sus datos y atenciones se conservan "
                    "y puede reactivarla con «Mostrar inactivas»). ¿Desactivar?"
                ).format(name=self.detail.person_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self._workspace.people.set_active(person_id, active)
        except (NotFound, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.refresh()
        self.data_changed.emit()
