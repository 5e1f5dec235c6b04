"""Personas: search as you type, the list, and the selected person's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, translate
from omil_desktop.services.errors import NotFound, StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.people.list_model import PeopleListModel
from omil_desktop.ui.people.person_detail import PersonDetail
from omil_desktop.ui.widgets.paged_list import ListLayout, PagedListPage

# PersonDialog and AttentionDialog, with the form widgets they bring, are imported where they
# open: start-up does not need them.
if TYPE_CHECKING:
    from omil_desktop.ui.people.person_dialog import PersonDialog

NAME_COLUMN_MIN = 170
"""The name column is never narrower than this: a narrow list leaves other columns out."""

LAYOUT = ListLayout(
    placeholder=QT_TRANSLATE_NOOP(
        "ui.widgets.paged_list",
        "RUT o nombre (Ctrl+F)",
    ),
    search_help=QT_TRANSLATE_NOOP(
        "ui.widgets.paged_list",
        "Busque por RUT, en cualquier formato o una parte (12.345), o por nombre, con o "
        "sin tildes (nunez encuentra Núñez).",
    ),
    new_label=QT_TRANSLATE_NOOP(
        "ui.widgets.paged_list",
        "Nueva persona (Ctrl+N)",
    ),
    count=lambda n: translate("ui.widgets.paged_list", "%Ln persona(s)", None, n),
    # What each column must show whole, measured in the window's font: its width follows.
    samples=((0, "88.888.888-8"), (2, "Nacimiento"), (3, "Puerto Montt"), (4, "+56 65 212 3456")),
    # Left out of a narrow list, first to last: phone, birth date, comuna (the person's page
    # shows them). RUT and name always stay.
    optional=(4, 2, 3),
    keep=NAME_COLUMN_MIN,
    stretch=1,
    sort=(1, Qt.SortOrder.AscendingOrder),
    detail_share=0.4,
    list_min_width=NAME_COLUMN_MIN + 150,
)


class PeoplePage(PagedListPage):
    detail: PersonDetail
    model: PeopleListModel

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(LAYOUT, PeopleListModel(workspace.people), PersonDetail(workspace), parent)
        self._workspace = workspace
        self.show_inactive = QCheckBox(self.tr("Mostrar inactivas"))
        self.add_filter(self.show_inactive)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.show_inactive.toggled.connect(self.run_search)
        self.new_button.clicked.connect(self.new_person)
        self.detail.edit_requested.connect(self.edit_person)
        self.detail.attention_requested.connect(self.record_attention)
        self.detail.survey_saved.connect(lambda _id: self.data_changed.emit())
        self.detail.survey_deleted.connect(lambda _id: self.data_changed.emit())
        self.detail.vacancies_requested.connect(self.vacancies_for)
        self.detail.active_toggled.connect(self.set_active)
        self.detail.attention_edit_requested.connect(self.edit_attention)
        self.detail.attention_delete_requested.connect(self.delete_attention)
        self.add_shortcuts(
            [("Ctrl+R", self.detail.attention_button), ("Ctrl+E", self.detail.edit_button)]
        )
        self.run_search()

    def _search_model(self, query: str) -> None:
        self.model.search(query, self.show_inactive.isChecked())

    def shown_id(self) -> str | None:
        return self.detail.person_id

    def show_detail(self, item_id: str | None) -> None:
        self.detail.show_person(item_id)

    def edit(self, item_id: str) -> None:
        self.edit_person(item_id)

    def select_person(self, person_id: str | None) -> None:
        self.select(person_id)

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
            self._show_all()
            self.select_person(person_id)
        self.data_changed.emit()

    def show_existing(self, person_id: str) -> None:
        """Show a person found as a duplicate, whatever the current search."""
        if self.model.row_of(person_id) < 0:
            self.show_inactive.blockSignals(True)
            self.show_inactive.setChecked(True)
            self.show_inactive.blockSignals(False)
            self._show_all()
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
