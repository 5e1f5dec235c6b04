"""Talleres: the list of the office's workshops (search as you type, status filter, newest
first) and, in its place, the workshop opened from it (Enter or double click)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QStackedWidget, QWidget

from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels
from omil_desktop.domain.workshops import WorkshopStatus
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.whole_list import WholeListPage
from omil_desktop.ui.workshops.list_model import WorkshopListModel
from omil_desktop.ui.workshops.workshop_view import WorkshopView

_COLUMN_SAMPLES = Labels(
    "ui.workshops.workshops_page",
    {
        1: "88-88-8888",
        2: "88-88-8888",
        3: QT_TRANSLATE_NOOP("ui.workshops.workshops_page", "Sesiones"),
        4: QT_TRANSLATE_NOOP("ui.workshops.workshops_page", "Inscritos/Cupos"),
        5: QT_TRANSLATE_NOOP("ui.workshops.workshops_page", "En espera"),
        6: QT_TRANSLATE_NOOP("ui.workshops.workshops_page", "Finalizado"),
    },
)
OPTIONAL_COLUMNS = (5, 2, 3)
"""Left out of a narrow list, first to last (the workshop's page shows them)."""
NAME_MIN = 240
MARKS_QUIET_MS = 1500


class WorkshopsPage(WholeListPage):
    """The list of workshops."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Todos los estados"), None)
        for status in WorkshopStatus:
            self.status_filter.addItem(status.label, status.value)
        self.build(
            WorkshopListModel(workspace.workshops),
            search_hint=self.tr("Buscar por nombre, facilitador(a) o lugar… ej. apresto"),
            new_text=self.tr("Nuevo taller (Ctrl+N)"),
            new_tip=self.tr("Planificar un taller nuevo (Ctrl+N)"),
            open_text=self.tr("Abrir taller"),
            open_tip=self.tr("Sesiones, inscritos y asistencia (Enter)"),
            count_text=lambda n: self.tr("%Ln taller(es)", "", n),
            stretch_column=0,
            column_samples=_COLUMN_SAMPLES,
            optional_columns=OPTIONAL_COLUMNS,
            name_min=NAME_MIN,
            filters=[self.status_filter],
        )
        self.model: WorkshopListModel
        self.status_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        self.run_search()

    def status(self) -> WorkshopStatus | None:
        data = self.status_filter.currentData()
        return WorkshopStatus(data) if data else None

    def search_model(self) -> None:
        self.model.search(self.search_field.text(), self.status())

    def show_everything(self) -> None:
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)
        super().show_everything()


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
