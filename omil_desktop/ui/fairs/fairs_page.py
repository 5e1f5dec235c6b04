"""Ferias: the list of the fairs the office organises or co-organises (search as you type, newest
first) and, in its place, the fair opened from it (Enter or double click)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.fairs import FairRow, FairService
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.fairs.fair_dialog import fair_service
from omil_desktop.ui.fairs.fair_view import FairView
from omil_desktop.ui.widgets.whole_list import WholeListModel, WholeListPage

HEADERS = (
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Fecha"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Nombre"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Tipo"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Lugar"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Organizan"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Asistentes"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Empresas"),
    QT_TRANSLATE_NOOP("ui.widgets.whole_list", "Cupos"),
)
_COLUMN_SAMPLES = Labels(
    "ui.fairs.fairs_page",
    {
        0: "88-88-8888",
        2: QT_TRANSLATE_NOOP("ui.fairs.fairs_page", "Reclutamiento masivo"),
        3: QT_TRANSLATE_NOOP("ui.fairs.fairs_page", "Gimnasio municipal"),
        4: QT_TRANSLATE_NOOP("ui.fairs.fairs_page", "Palena, Futaleufú"),
        5: QT_TRANSLATE_NOOP("ui.fairs.fairs_page", "Asistentes"),
        6: QT_TRANSLATE_NOOP("ui.fairs.fairs_page", "Empresas"),
        7: QT_TRANSLATE_NOOP("ui.fairs.fairs_page", "Cupos"),
    },
)
OPTIONAL_COLUMNS = (4, 3, 7, 2)
"""Left out of a narrow list, first to last (the fair's page shows them)."""
NAME_MIN = 220


class FairListModel(WholeListModel[FairRow]):
    headers = HEADERS
    centered = frozenset({0, 5, 6, 7})

    def __init__(self, service: FairService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service

    def search(self, query: str) -> None:
        self.set_rows(self._service.search_page(query, offset=0, limit=100_000))

    def tooltip(self, row: FairRow, column: int) -> str | None:
        if column != 1:
            return None
        tip = f"{row.name}\n{row.place or '—'}, {row.comuna}\n" + self.tr("Organizan: ")
        tip += row.organisers
        if not row.own:
            tip += "\n" + self.tr("Co-organizada: la registró otra oficina (solo lectura).")
        return tip

    def text(self, row: FairRow, column: int) -> str:
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


class FairsPage(WholeListPage):
    """The list of fairs."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = fair_service(workspace)
        self.build(
            FairListModel(self.service),
            search_hint=self.tr("Buscar por nombre, lugar o comuna… ej. primavera"),
            new_text=self.tr("Nueva feria (Ctrl+N)"),
            new_tip=self.tr("Registrar una feria laboral o un reclutamiento masivo (Ctrl+N)"),
            open_text=self.tr("Abrir feria"),
            open_tip=self.tr("Empresas, asistentes y derivaciones (Enter)"),
            count_text=lambda n: self.tr("%Ln feria(s)", "", n),
            stretch_column=1,
            column_samples=_COLUMN_SAMPLES,
            optional_columns=OPTIONAL_COLUMNS,
            name_min=NAME_MIN,
        )
        self.model: FairListModel
        self.run_search()

    def search_model(self) -> None:
        self.model.search(self.search_field.text())


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
        try:  # what arrived by sync while the area was closed
            self.view.service.follow_fairs()
        except StorageError as exc:
            show_problem(self, str(exc))

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
        """Records arrived by sync (or another area changed people): read again. A fair another
        office corrected takes this office's «Feria laboral» atenciones with it."""
        try:
            if self.view.service.follow_fairs():
                self.data_changed.emit()
        except StorageError as exc:
            show_problem(self, str(exc))
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
