"""Personas: search as you type, the list, and the selected person's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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


class PeoplePage(QWidget):
    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Buscar por RUT o nombre (Ctrl+F)… por ejemplo 12.345 o nunez")
        )
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 95), (3, 120), (4, 120)):
            self.table.setColumnWidth(column, width)
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
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.search_field.returnPressed.connect(self._focus_results)
        self.show_inactive.toggled.connect(self.run_search)
        self.model.modelReset.connect(self._update_count)
        self.new_button.clicked.connect(self.new_person)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        self.detail.edit_requested.connect(self.edit_person)
        self.detail.attention_requested.connect(self.record_attention)
        self.detail.active_toggled.connect(self.set_active)
        for keys, button in (
            ("Ctrl+R", self.detail.attention_button),
            ("Ctrl+E", self.detail.edit_button),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(button.animateClick)
        self.run_search()

    # -- list -------------------------------------------------------------------------------------

    def run_search(self) -> None:
        self._search_timer.stop()
        selected = self.detail.person_id
        self.model.search(self.search_field.text(), self.show_inactive.isChecked())
        self.select_person(selected)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.result_label.setText(count_text(count, self.tr("persona"), self.tr("personas")))

    def _focus_results(self) -> None:
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
            self.table.selectRow(row)
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
        self.detail.show_person(self.model.id_at(indexes[0].row()) if indexes else None)

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
            self.run_search()
            self.select_person(person_id)
        self.data_changed.emit()

    def show_existing(self, person_id: str) -> None:
        """Show a person found as a duplicate, whatever the current search."""
        if self.model.row_of(person_id) < 0:
            self.search_field.clear()
            self.show_inactive.setChecked(True)
            self.run_search()
        self.select_person(person_id)

    def record_attention(self, person_id: str) -> None:
        from omil_desktop.ui.people.attention_dialog import AttentionDialog

        name = self.detail.title.text()
        dialog = AttentionDialog(self._workspace.attentions, person_id, name, self)
        dialog.accepted.connect(lambda: self._attention_saved(person_id))
        dialog.open()

    def _attention_saved(self, person_id: str) -> None:
        self.detail.show_person(person_id)
        self.data_changed.emit()

    def set_active(self, person_id: str, active: bool) -> None:
        if not active:
            answer = QMessageBox.question(
                self,
                self.tr("Desactivar persona"),
                self.tr(
                    "{name} dejará de aparecer en la lista (sus datos y atenciones se conservan "
                    "y puede reactivarla con «Mostrar inactivas»). ¿Desactivar?"
                ).format(name=self.detail.title.text()),
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
        self.run_search()
        self.select_person(person_id)
        self.data_changed.emit()
