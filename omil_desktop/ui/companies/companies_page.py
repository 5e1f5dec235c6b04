"""Empresas: search as you type, the list, and the selected company's page."""

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
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.companies.company_detail import CompanyDetail
from omil_desktop.ui.companies.list_model import CompaniesListModel
from omil_desktop.ui.errors import show_problem

# The dialogs, with the form widgets they bring, are imported where they open.
if TYPE_CHECKING:
    from omil_desktop.ui.companies.company_dialog import CompanyDialog

SEARCH_DELAY_MS = 150
_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)
_COLUMN_SAMPLES = {
    0: "88.888.888-8",
    2: "Razón social de la empresa",
    3: "Puerto Montt",
    4: "+56 65 212 3456",
}
NAME_COLUMN_MIN = 170
OPTIONAL_COLUMNS = (4, 2, 3)
"""Left out of a narrow list, first to last: phone, razón social, comuna (the company's page
shows them). RUT and name always stay."""
DETAIL_SHARE = 0.45


class CompaniesPage(QWidget):
    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Buscar por RUT, razón social o nombre de fantasía (Ctrl+F)…")
        )
        self.search_field.setToolTip(self.tr("Enter va a la lista; Esc borra la búsqueda."))
        self.search_field.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("Nueva empresa (Ctrl+N)"))
        self.result_label = QLabel()
        self.model = CompaniesListModel(workspace.companies, self)
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
        header.setMinimumSectionSize(60)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        self._column_widths = {
            column: metrics.horizontalAdvance(sample) + 24
            for column, sample in _COLUMN_SAMPLES.items()
        }
        for column, width in self._column_widths.items():
            self.table.setColumnWidth(column, width)
        self.table.viewport().installEventFilter(self)
        self._shared_width = False
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.detail = CompanyDetail(workspace)

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
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
        self.model.modelReset.connect(self._update_count)
        header.sortIndicatorChanged.connect(self._sorted)
        self.new_button.clicked.connect(self.new_company)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        detail = self.detail
        detail.edit_requested.connect(self.edit_company)
        detail.delete_requested.connect(self.delete_company)
        detail.shared_toggled.connect(self.set_shared)
        detail.contact_requested.connect(self.open_contact)
        detail.contact_delete_requested.connect(self.delete_contact)
        detail.interaction_requested.connect(self.open_interaction)
        detail.interaction_delete_requested.connect(self.delete_interaction)
        for keys, button in (
            ("Ctrl+E", detail.edit_button),
            ("Ctrl+K", detail.add_contact_button),
            ("Ctrl+R", detail.add_interaction_button),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(button.animateClick)
        self.run_search()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shared_width:
            self._shared_width = True
            QTimer.singleShot(0, self._share_width)

    def _share_width(self) -> None:
        total = self.splitter.width()
        detail = max(self.detail.minimumSizeHint().width(), int(total * DETAIL_SHARE))
        self.splitter.setSizes([total - detail, detail])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        room = self.table.viewport().width() - NAME_COLUMN_MIN
        hidden: set[int] = set()
        for column in OPTIONAL_COLUMNS:
            shown = sum(w for c, w in self._column_widths.items() if c not in hidden)
            if shown <= room:
                break
            hidden.add(column)
        for column in _COLUMN_SAMPLES:
            self.table.setColumnHidden(column, column in hidden)

    # -- list -------------------------------------------------------------------------------------

    def run_search(self) -> None:
        """A new search: start at its first result."""
        self._search_timer.stop()
        self.model.search(self.search_field.text())
        self._go_to_first()

    def refresh(self) -> None:
        """The same search again after the data changed: the selected company stays selected."""
        self._search_timer.stop()
        selected = self.detail.company_id
        self.model.search(self.search_field.text())
        self.select_company(selected)

    def clear_search(self) -> None:
        """Esc in the search field: back to the whole list, from its start."""
        if self.search_field.text():
            self.search_field.clear()
            self.run_search()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _go_to_first(self) -> None:
        self.table.scrollToTop()
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), _SELECT_ROW)
        else:
            self.table.clearSelection()
            self.detail.show_company(None)

    def _sorted(self, _column: int, _order: Qt.SortOrder) -> None:
        company_id = self.detail.company_id
        if company_id is not None and self.model.row_of(company_id) >= 0:
            self.select_company(company_id)
        else:
            self._go_to_first()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.result_label.setText(count_text(count, self.tr("empresa"), self.tr("empresas")))

    def _focus_results(self) -> None:
        if self._search_timer.isActive():
            self.run_search()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def select_company(self, company_id: str | None) -> None:
        row = self.model.row_of(company_id) if company_id else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), _SELECT_ROW)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
        self.detail.show_company(company_id if row >= 0 else None)

    def _activated(self, index: QModelIndex) -> None:
        company_id = self.model.id_at(index.row())
        if company_id is not None and not self.detail.read_only:
            self.edit_company(company_id)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.detail.show_company(self.model.id_at(indexes[0].row()))
        elif not self.table.selectionModel().hasSelection():
            self.detail.show_company(None)

    # -- the company ------------------------------------------------------------------------------

    def new_record(self) -> None:
        """Ctrl+N in this area."""
        self.new_company()

    def new_company(self) -> None:
        from omil_desktop.ui.companies.company_dialog import CompanyDialog

        self._open_dialog(CompanyDialog(self._workspace, None, self))

    def edit_company(self, company_id: str) -> None:
        from omil_desktop.ui.companies.company_dialog import CompanyDialog

        try:
            dialog = CompanyDialog(self._workspace, company_id, self)
        except (NotFound, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: CompanyDialog) -> None:
        dialog.saved.connect(self._after_save)
        dialog.open_company.connect(self.show_existing)
        dialog.open()

    def _after_save(self, company_id: str) -> None:
        self.model.refresh()
        if self.model.row_of(company_id) < 0:  # saved but outside the current search
            self.search_field.clear()
            self._search_timer.stop()
            self.model.search("")
        self.select_company(company_id)
        self.data_changed.emit()

    def show_existing(self, company_id: str) -> None:
        """Show a company found as a duplicate, whatever the current search."""
        if self.model.row_of(company_id) < 0:
            self.search_field.clear()
            self._search_timer.stop()
            self.model.search("")
        self.select_company(company_id)

    def delete_company(self, company_id: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Eliminar empresa"),
            self.tr(
                "¿Eliminar {name}, con sus contactos y su bitácora? La eliminación "
                "llega también al servidor regional."
            ).format(name=self.detail.company_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._workspace.companies.delete(company_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.model.refresh()
        self._go_to_first()
        self.data_changed.emit()

    def set_shared(self, company_id: str, shared: bool) -> None:
        try:
            self._workspace.companies.set_shared(company_id, shared)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
        self.detail.show_company(company_id)
        self.data_changed.emit()

    # -- contacts and log -------------------------------------------------------------------------

    def open_contact(self, contact_id: str) -> None:
        from omil_desktop.ui.companies.record_dialogs import ContactDialog

        company_id = self.detail.company_id
        if company_id is None:
            return
        current = self.detail.current_contact() if contact_id else None
        if contact_id and (current is None or current.id != contact_id):
            return
        dialog = ContactDialog(
            self._workspace.companies, company_id, self.detail.company_name, self, current
        )
        dialog.accepted.connect(lambda: self._contact_saved(dialog.contact_id))
        dialog.open()

    def _contact_saved(self, contact_id: str | None) -> None:
        self.detail.show_contacts(current=contact_id)
        self.data_changed.emit()

    def delete_contact(self, contact_id: str) -> None:
        from omil_desktop.ui.companies.record_dialogs import confirm_delete_contact

        current = self.detail.current_contact()
        if current is None or current.id != contact_id:
            return
        if not confirm_delete_contact(self, current, self.detail.company_name):
            return
        try:
            self._workspace.companies.delete_contact(contact_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
        self.detail.show_contacts()
        self.data_changed.emit()

    def open_interaction(self, interaction_id: str) -> None:
        from omil_desktop.ui.companies.record_dialogs import InteractionDialog

        company_id = self.detail.company_id
        if company_id is None:
            return
        current = self.detail.current_interaction() if interaction_id else None
        if interaction_id and (current is None or current.id != interaction_id):
            return
        dialog = InteractionDialog(
            self._workspace.companies, company_id, self.detail.company_name, self, current
        )
        dialog.accepted.connect(lambda: self._interaction_saved(dialog.interaction_id))
        dialog.open()

    def _interaction_saved(self, interaction_id: str | None) -> None:
        self.detail.tabs.setCurrentIndex(1)
        self.detail.show_log(current=interaction_id)
        self.data_changed.emit()

    def delete_interaction(self, interaction_id: str) -> None:
        from omil_desktop.ui.companies.record_dialogs import confirm_delete_interaction

        current = self.detail.current_interaction()
        if current is None or current.id != interaction_id:
            return
        if not confirm_delete_interaction(self, current, self.detail.company_name):
            return
        try:
            self._workspace.companies.delete_interaction(interaction_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
        self.detail.show_log()
        self.data_changed.emit()
