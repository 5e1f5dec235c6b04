"""Empresas: search as you type, the list, and the selected company's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, translate
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.companies.company_detail import CompanyDetail
from omil_desktop.ui.companies.list_model import CompaniesListModel
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.paged_list import ListLayout, PagedListPage

# The dialogs, with the form widgets they bring, are imported where they open.
if TYPE_CHECKING:
    from omil_desktop.ui.companies.company_dialog import CompanyDialog

NAME_COLUMN_MIN = 170

LAYOUT = ListLayout(
    placeholder=QT_TRANSLATE_NOOP(
        "ui.widgets.paged_list",
        "RUT o nombre (Ctrl+F)",
    ),
    search_help=QT_TRANSLATE_NOOP(
        "ui.widgets.paged_list",
        "Busque por RUT, en cualquier formato o una parte, por razón social o por nombre "
        "de fantasía, con o sin tildes.",
    ),
    new_label=QT_TRANSLATE_NOOP(
        "ui.widgets.paged_list",
        "Nueva empresa (Ctrl+N)",
    ),
    count=lambda n: translate("ui.widgets.paged_list", "%Ln empresa(s)", None, n),
    samples=(
        (0, "88.888.888-8"),
        (2, "Razón social de la empresa"),
        (3, "Puerto Montt"),
        (4, "+56 65 212 3456"),
    ),
    # Left out of a narrow list, first to last: phone, razón social, comuna (the company's page
    # shows them). RUT and name always stay.
    optional=(4, 2, 3),
    keep=NAME_COLUMN_MIN,
    stretch=1,
    sort=(1, Qt.SortOrder.AscendingOrder),
    detail_share=0.45,
    list_min_width=NAME_COLUMN_MIN + 150,
)


class CompaniesPage(PagedListPage):
    detail: CompanyDetail
    model: CompaniesListModel

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        model = CompaniesListModel(workspace.companies)
        super().__init__(LAYOUT, model, CompanyDetail(workspace), parent)
        self._workspace = workspace
        self.new_button.clicked.connect(self.new_company)
        detail = self.detail
        detail.edit_requested.connect(self.edit_company)
        detail.delete_requested.connect(self.delete_company)
        detail.shared_toggled.connect(self.set_shared)
        detail.contact_requested.connect(self.open_contact)
        detail.contact_delete_requested.connect(self.delete_contact)
        detail.interaction_requested.connect(self.open_interaction)
        detail.interaction_delete_requested.connect(self.delete_interaction)
        self.add_shortcuts(
            [
                ("Ctrl+E", detail.edit_button),
                ("Ctrl+K", detail.add_contact_button),
                ("Ctrl+R", detail.add_interaction_button),
            ]
        )
        self.run_search()

    def shown_id(self) -> str | None:
        return self.detail.company_id

    def show_detail(self, item_id: str | None) -> None:
        self.detail.show_company(item_id)

    def edit(self, item_id: str) -> None:
        if not self.detail.read_only:  # the network's companies are read-only here
            self.edit_company(item_id)

    def select_company(self, company_id: str | None) -> None:
        self.select(company_id)

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
            self._show_all()
        self.select_company(company_id)
        self.data_changed.emit()

    def show_existing(self, company_id: str) -> None:
        """Show a company found as a duplicate, whatever the current search."""
        if self.model.row_of(company_id) < 0:
            self._show_all()
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
