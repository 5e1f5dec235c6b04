"""Ofertas: the vacancies list (search as you type, status filter, column sort), the selected
vacancy's page with its referrals, and the «Seguimientos pendientes» view, in two tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QTabWidget, QWidget

from omil_desktop.domain.intermediation import VacancyStatus
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, translate
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.vacancies.follow_ups import FollowUpsPage
from omil_desktop.ui.vacancies.list_model import VacancyListModel
from omil_desktop.ui.vacancies.vacancy_detail import VacancyDetail
from omil_desktop.ui.widgets.paged_list import ListLayout, PagedListPage

TITLE_AND_COMPANY_MIN = 300

LAYOUT = ListLayout(
    placeholder=QT_TRANSLATE_NOOP(
        "ui.widgets.paged_list",
        "Cargo o empresa (Ctrl+F)",
    ),
    search_help=QT_TRANSLATE_NOOP(
        "ui.widgets.paged_list",
        "Busque por cargo, ocupación o empresa, con o sin tildes (ej. cocina).",
    ),
    new_label=QT_TRANSLATE_NOOP(
        "ui.widgets.paged_list",
        "Nueva oferta",
    ),
    count=lambda n: translate("ui.widgets.paged_list", "%Ln oferta(s)", None, n),
    samples=(
        (2, "10/10"),
        (3, "Cancelada"),
        (4, "88-88-8888"),
        (5, "88-88-8888"),
        (6, "Puerto Montt"),
    ),
    optional=(6, 5, 4, 2),  # comuna, dates, cupos (the vacancy's page shows them)
    keep=TITLE_AND_COMPANY_MIN,  # cargo and empresa
    stretch=0,
    sort=(4, Qt.SortOrder.DescendingOrder),
    detail_share=0.45,
    list_min_width=TITLE_AND_COMPANY_MIN + 40,
    fixed=((1, 150),),
    min_section=None,
    focus_search_on_first_show=True,
)


class VacanciesPage(PagedListPage):
    detail: VacancyDetail
    model: VacancyListModel

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        model = VacancyListModel(workspace.vacancies)
        super().__init__(LAYOUT, model, VacancyDetail(workspace), parent)
        self._workspace = workspace
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Todos los estados"), None)
        for status in VacancyStatus:
            self.status_filter.addItem(status.label, status.value)
        self.status_filter.setCurrentIndex(1)  # abiertas
        self.add_filter(self.status_filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        self.new_button.clicked.connect(self.new_vacancy)
        self.detail.edit_requested.connect(self.edit_vacancy)
        self.detail.refer_requested.connect(self.refer)
        self.detail.candidates_requested.connect(self.candidates)
        self.detail.advance_requested.connect(self.advance)
        self.detail.place_requested.connect(self.place)
        self.add_shortcuts(
            [
                ("Ctrl+D", self.detail.refer_button),
                ("Ctrl+B", self.detail.candidates_button),
                ("Ctrl+E", self.detail.edit_button),
            ]
        )
        self.run_search()

    def status(self) -> VacancyStatus | None:
        data = self.status_filter.currentData()
        return VacancyStatus(data) if data else None

    def _search_model(self, query: str) -> None:
        self.model.search(query, self.status())

    def shown_id(self) -> str | None:
        return self.detail.vacancy_id

    def show_detail(self, item_id: str | None) -> None:
        self.detail.show_vacancy(item_id)

    def edit(self, item_id: str) -> None:
        if self.detail.edit_button.isEnabled():  # not another office's
            self.edit_vacancy(item_id)

    def refresh(self, vacancy_id: str | None = None, referral_id: str | None = None) -> None:
        """The same search again after a change; the vacancy shown stays shown (with
        ``referral_id`` chosen among its referrals), even when the search does not list it."""
        self._search_timer.stop()
        shown = vacancy_id or self.detail.vacancy_id
        self._search_model(self.search_field.text())
        row = self.model.row_of(shown) if shown else -1
        if row >= 0:
            self.choose_row(row)
        if shown:
            try:
                self.detail.show_vacancy(shown, referral_id)
            except NotFound:
                self.detail.show_vacancy(None)

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
