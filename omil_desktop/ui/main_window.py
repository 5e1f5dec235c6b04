"""The main window: areas in a sidebar, the area's page beside it, the office in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from omil_desktop.services.errors import StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.people.people_page import PeoplePage
from omil_desktop.ui.sync.controller import SyncController
from omil_desktop.ui.sync.status_widget import SyncStatusWidget

if TYPE_CHECKING:
    from omil_desktop.ui.companies.companies_page import CompaniesPage
    from omil_desktop.ui.fairs.fairs_page import FairsArea
    from omil_desktop.ui.rendition.area import RenditionArea
    from omil_desktop.ui.sync.notices_page import NoticesPage
    from omil_desktop.ui.sync.sync_page import SyncPage
    from omil_desktop.ui.targets.area import TargetsArea
    from omil_desktop.ui.vacancies.vacancies_page import VacanciesArea
    from omil_desktop.ui.workshops.workshops_page import WorkshopsArea

SYNC_START_DELAY_MS = 1000
PREFERRED_SIZE = (1280, 780)
WINDOW_FRAME = (10, 40)
"""Room the window manager takes around the window: borders, and the title bar above."""


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        office = workspace.office
        assert office is not None, "the office is set up before the main window opens"
        self.setWindowTitle(self.tr("OMIL Desktop — ") + office.title)
        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(130)
        self.sidebar.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px; }"
        )
        self.pages = QStackedWidget()
        self.people_page = PeoplePage(workspace)
        self._add_area(self.tr("Personas"), self.people_page)
        self.sync = SyncController(workspace, self)
        # Areas other than Personas are built the first time they are opened.
        self._lazy: dict[int, Callable[[], QWidget]] = {}
        self._companies_index = self._add_lazy_area(self.tr("Empresas"), self._build_companies)
        self._notices_index = self._add_lazy_area(self.tr("Avisos"), self._build_notices)
        self._vacancies_index = self._add_lazy_area(self.tr("Ofertas"), self._build_vacancies)
        self._workshops_index = self._add_lazy_area(self.tr("Talleres"), self._build_workshops)
        self._fairs_index = self._add_lazy_area(self.tr("Ferias"), self._build_fairs)
        self.sidebar.item(self._fairs_index).setToolTip(
            self.tr("Ferias laborales y reclutamientos masivos")
        )
        self._rendition_index = self._add_lazy_area(self.tr("Rendición"), self._build_rendition)
        self.sidebar.item(self._rendition_index).setToolTip(self.tr("Rendición de gastos FOMIL"))
        self._targets_index = self._add_lazy_area(self.tr("Metas"), self._build_targets)
        self.sidebar.item(self._targets_index).setToolTip(
            self.tr("Metas del año y seguimiento de la satisfacción")
        )
        self._sync_index = self._add_lazy_area(self.tr("Sincronización"), self._build_sync)
        self.sidebar.currentRowChanged.connect(self._show_area)
        self.sidebar.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.office_label = QLabel(f"{office.title} ({office.region_name}) · {office.officer_name}")
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.office_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.sync_status = SyncStatusWidget(self.sync)
        self.statusBar().addPermanentWidget(self.sync_status)

        new_person = QAction(self.tr("Nueva persona"), self)
        new_person.setShortcut(QKeySequence.StandardKey.New)
        new_person.triggered.connect(self._new_person)
        find = QAction(self.tr("Buscar"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        self.addActions([new_person, find])
        self.new_person_action = new_person
        self.find_action = find
        settings_menu = self.menuBar().addMenu(self.tr("&Configuración"))
        self.settings_menu = settings_menu
        self._add_settings(settings_menu)
        self.document_settings_action = settings_menu.addAction(self.tr("Documentos impresos…"))
        self.document_settings_action.triggered.connect(self.edit_document_settings)
        self.audit_log_action = settings_menu.addAction(self.tr("Registro de accesos…"))
        self.audit_log_action.triggered.connect(self.open_audit_log)
        self._add_retention(settings_menu)
        self._add_import(settings_menu)
        reports_menu = self.menuBar().addMenu(self.tr("&Informes"))
        self.activity_report_action = reports_menu.addAction(self.tr("Informe de actividad…"))
        self.activity_report_action.triggered.connect(self.open_activity_report)

        self.people_page.data_changed.connect(self.refresh_counts)
        self.people_page.data_changed.connect(self.sync.refresh)
        self.sync.data_changed.connect(self._records_arrived)
        # Sync state, connectivity and schedule start a moment after the window is up, so none
        # of it delays the first paint.
        QTimer.singleShot(SYNC_START_DELAY_MS, self.sync.start)
        # The counts (two more reads of the whole table) come right after the first paint.
        QTimer.singleShot(0, self.refresh_counts)
        self._add_updates(workspace)
        self.fit_to_screen()
        self.people_page.focus_search()

    def _add_updates(self, workspace: Workspace) -> None:
        """A newer release announced by the regional server (after each sync, and at start),
        and the crash report of the last run, mentioned once (issue 13)."""
        from omil_desktop.logs import FOLDER
        from omil_desktop.ui.errors import mention_last_crash
        from omil_desktop.ui.updates.notice import UpdateNotice

        self.update_notice = UpdateNotice(self, workspace)
        self.sync.view_changed.connect(self.update_notice.refresh)
        QTimer.singleShot(0, self.update_notice.refresh)
        QTimer.singleShot(0, lambda: mention_last_crash(self, workspace.data_dir / FOLDER))

    def fit_to_screen(self, area: QRect | None = None) -> None:
        """1280×780 where the screen allows; on a laptop's 1366×768 or a netbook's 1024×600 the
        free area of the screen (the window manager's frame and the taskbar left out)."""
        area = area or self.screen().availableGeometry()
        self.resize(
            min(PREFERRED_SIZE[0], area.width() - WINDOW_FRAME[0]),
            min(PREFERRED_SIZE[1], area.height() - WINDOW_FRAME[1]),
        )

    def _add_area(self, title: str, page: QWidget) -> None:
        self.sidebar.addItem(title)
        self.pages.addWidget(page)

    def _show_people(self) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(self.people_page))

    def _new_person(self) -> None:
        # Ctrl+N makes a record of the area in sight when it has one (Empresas: a company).
        new_record = getattr(self.pages.currentWidget(), "new_record", None)
        if callable(new_record):
            new_record()
            return
        self._show_people()
        self.people_page.new_person()

    def _find(self) -> None:
        page = self.pages.currentWidget()
        if page is not self.people_page and callable(getattr(page, "focus_search", None)):
            page.focus_search()  # type: ignore[union-attr]
            return
        self._show_people()
        self.people_page.focus_search()

    def edit_document_settings(self) -> None:
        """Configuración → Documentos impresos…: Ajustes at «Oficina» (municipality, paper and
        logo of every PDF)."""
        self.open_settings()

    # -- settings in the window (issue 13, point 2) ------------------------------------------

    def _add_settings(self, menu: QMenu) -> None:
        """Configuración → Ajustes… (every page), Respaldos…, Acerca de…"""
        self.settings_action = menu.addAction(self.tr("Ajustes…"))
        self.settings_action.triggered.connect(lambda: self.open_settings())
        self.backup_settings_action = menu.addAction(self.tr("Respaldos…"))
        self.backup_settings_action.triggered.connect(lambda: self.open_settings(1))
        self.about_action = menu.addAction(self.tr("Acerca de OMIL Desktop…"))
        self.about_action.triggered.connect(lambda: self.open_settings(3))
        menu.addSeparator()

    def open_settings(self, page: int = 0) -> None:
        """The settings window at ``page`` (0 Oficina, 1 Respaldos, 2 Sincronización, 3 Acerca
        de); a restored backup closes the program (every page showed the replaced data)."""
        from PySide6.QtWidgets import QMessageBox

        from omil_desktop.ui.settings.settings_dialog import Page, SettingsDialog

        dialog = SettingsDialog(self._workspace, self.sync, self, Page(page))
        dialog.status.connect(lambda text: self.statusBar().showMessage(text, 0))
        dialog.office_changed.connect(self._office_changed)
        restored: list[str] = []
        dialog.restored.connect(restored.append)
        self.settings_dialog = dialog
        dialog.exec()
        dialog.deleteLater()  # its Sincronización page stops listening to the controller
        if restored:
            QMessageBox.information(self, self.tr("OMIL Desktop"), restored[0])
            self.close()

    def _office_changed(self) -> None:
        office = self._workspace.office
        if office is not None:
            self.setWindowTitle(self.tr("OMIL Desktop — ") + office.title)
            self.office_label.setText(
                f"{office.title} ({office.region_name}) · {office.officer_name}"
            )

    def open_activity_report(self) -> None:
        """Informes → Informe de actividad…: the municipal activity report, PDF or Excel."""
        from omil_desktop.ui.reports.activity_dialog import ActivityReportDialog

        ActivityReportDialog(self._workspace, self).exec()

    # -- retention (issue 12, point 6) ----------------------------------------------------------

    def _add_retention(self, menu: QMenu) -> None:
        """Configuración → the retention periods and the yearly review; in the status bar, a
        reminder while this calendar year's review is not done."""
        self.retention_periods_action = menu.addAction(self.tr("Plazos de conservación…"))
        self.retention_periods_action.triggered.connect(self.edit_retention_periods)
        self.retention_review_action = menu.addAction(
            self.tr("Revisión anual de conservación de datos…")
        )
        self.retention_review_action.triggered.connect(self.open_retention_review)
        self.retention_reminder = QPushButton(self.tr("⚠ Revisión anual pendiente"))
        self.retention_reminder.setFlat(True)
        self.retention_reminder.setToolTip(
            self.tr(
                "Revisión anual de conservación de datos: este año aún no se revisa qué datos "
                "pasaron su plazo"
            )
        )
        self.retention_reminder.setVisible(False)
        self.retention_reminder.clicked.connect(self.open_retention_review)
        self.statusBar().addWidget(self.retention_reminder)
        QTimer.singleShot(0, self.refresh_retention_reminder)

    def refresh_retention_reminder(self) -> None:
        try:
            due = self._workspace.retention.review_due()
        except StorageError:
            due = False
        self.retention_reminder.setVisible(due)

    def edit_retention_periods(self) -> None:
        """Configuración → Plazos de conservación…: years per kind of record (encargado)."""
        from omil_desktop.ui.retention.periods_dialog import RetentionPeriodsDialog

        RetentionPeriodsDialog(self._workspace.retention, self).exec()

    def open_retention_review(self) -> None:
        """Configuración → Revisión anual de conservación de datos…"""
        from omil_desktop.ui.retention.review_dialog import RetentionReviewDialog

        dialog = RetentionReviewDialog(self._workspace.retention, self)
        dialog.reviewed.connect(self.refresh_retention_reminder)
        dialog.reviewed.connect(self._records_arrived)  # anonymised people: lists and counts
        dialog.reviewed.connect(self.sync.refresh)
        self.retention_dialog = dialog
        dialog.exec()

    def _add_import(self, menu: QMenu) -> None:
        """Configuración → «Importar planilla…» (ui/imports/): people or companies from the
        office's own spreadsheet."""
        self.import_action = menu.addAction(self.tr("Importar planilla de personas o empresas…"))
        self.import_action.triggered.connect(lambda: self.open_import())

    def open_import(self, kind: str = "people") -> None:
        from omil_desktop.ui.imports.import_wizard import ImportWizard

        wizard = ImportWizard(self._workspace, self, kind=kind)
        wizard.imported.connect(self._records_arrived)
        wizard.imported.connect(self.sync.refresh)
        self.import_wizard = wizard
        wizard.open()

    def offer_first_import(self) -> None:
        """The first day (an office just set up): offer to bring in the office's spreadsheet."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Importar la planilla de la oficina"),
            self.tr(
                "La oficina está lista. Si ya lleva una planilla Excel o CSV con sus personas o "
                "empresas, puede importarla ahora (también más tarde, desde Configuración)."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        importing = box.addButton(
            self.tr("Importar la planilla de la oficina…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Ahora no"), QMessageBox.ButtonRole.RejectRole)
        self.first_import_box = box
        box.buttonClicked.connect(
            lambda button: self.open_import() if button is importing else None
        )
        box.open()

    def _add_lazy_area(self, title: str, build: Callable[[], QWidget]) -> int:
        self.sidebar.addItem(title)
        index = self.pages.addWidget(QWidget())
        self._lazy[index] = build
        return index

    def _page(self, index: int) -> QWidget:
        """The area's page, built now if it was never opened."""
        build = self._lazy.pop(index, None)
        if build is not None:
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, build())
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
        page = self.pages.widget(index)
        assert page is not None, "every area has a page"
        return page

    def _show_area(self, index: int) -> None:
        self.pages.setCurrentWidget(self._page(index))

    def _build_companies(self) -> CompaniesPage:
        from omil_desktop.ui.companies.companies_page import CompaniesPage

        page = CompaniesPage(self._workspace)
        page.data_changed.connect(self.sync.refresh)
        return page

    @property
    def companies_page(self) -> CompaniesPage:
        return cast("CompaniesPage", self._page(self._companies_index))

    def _build_notices(self) -> NoticesPage:
        from omil_desktop.ui.sync.notices_page import NoticesPage

        page = NoticesPage(self._workspace, self.sync)
        page.data_changed.connect(self.sync.refresh)
        return page

    def _build_sync(self) -> SyncPage:
        from omil_desktop.ui.sync.sync_page import SyncPage

        page = SyncPage(self._workspace, self.sync)
        page.data_changed.connect(self._records_arrived)
        return page

    def _build_vacancies(self) -> VacanciesArea:
        from omil_desktop.ui.vacancies.vacancies_page import VacanciesArea

        area = VacanciesArea(self._workspace)
        area.data_changed.connect(self.sync.refresh)
        area.data_changed.connect(self.people_page.refresh)  # job situation, history
        return area

    @property
    def vacancies_area(self) -> VacanciesArea:
        return cast("VacanciesArea", self._page(self._vacancies_index))

    def _build_workshops(self) -> WorkshopsArea:
        from omil_desktop.ui.workshops.workshops_page import WorkshopsArea

        area = WorkshopsArea(self._workspace)
        area.data_changed.connect(self.sync.refresh)
        area.data_changed.connect(self.people_page.refresh)  # new people, «apresto» atenciones
        area.data_changed.connect(self.refresh_counts)
        area.marks_saved.connect(self.sync.refresh)
        return area

    @property
    def workshops_area(self) -> WorkshopsArea:
        return cast("WorkshopsArea", self._page(self._workshops_index))

    def _build_fairs(self) -> FairsArea:
        from omil_desktop.ui.fairs.fairs_page import FairsArea

        area = FairsArea(self._workspace)
        area.data_changed.connect(self.sync.refresh)
        area.data_changed.connect(self.people_page.refresh)  # new people, «Feria laboral»
        area.data_changed.connect(self.refresh_counts)
        return area

    @property
    def fairs_area(self) -> FairsArea:
        return cast("FairsArea", self._page(self._fairs_index))

    def _build_rendition(self) -> RenditionArea:
        from omil_desktop.ui.rendition.area import RenditionArea

        area = RenditionArea(self._workspace)
        area.data_changed.connect(self.sync.refresh)
        return area

    @property
    def rendition_area(self) -> RenditionArea:
        return cast("RenditionArea", self._page(self._rendition_index))

    def _build_targets(self) -> TargetsArea:
        from omil_desktop.ui.targets.area import TargetsArea

        area = TargetsArea(self._workspace)
        area.data_changed.connect(self.sync.refresh)
        return area

    @property
    def targets_area(self) -> TargetsArea:
        return cast("TargetsArea", self._page(self._targets_index))

    @property
    def notices_page(self) -> NoticesPage:
        return cast("NoticesPage", self._page(self._notices_index))

    @property
    def sync_page(self) -> SyncPage:
        return cast("SyncPage", self._page(self._sync_index))

    def _records_arrived(self) -> None:
        """The server sent records (or a conflict was decided): show them."""
        self.people_page.refresh()
        if self._notices_index not in self._lazy:
            self.notices_page.refresh()
        if self._vacancies_index not in self._lazy:
            self.vacancies_area.refresh()
        if self._companies_index not in self._lazy:
            self.companies_page.refresh()
        if self._workshops_index not in self._lazy:
            self.workshops_area.refresh()
        if self._rendition_index not in self._lazy:
            self.rendition_area.refresh()
        if self._targets_index not in self._lazy:
            self.targets_area.refresh()  # the region's targets arrive by sync
        if self._fairs_index not in self._lazy:
            self.fairs_area.refresh()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        try:
            people, attentions = self._workspace.people.counts()
        except StorageError:
            self.counts_label.setText(self.tr("Base de datos no disponible"))
            return
        self.counts_label.setText(
            self.tr("{people} · {attentions}").format(
                people=self.tr("%Ln persona(s)", "", people),
                attentions=self.tr("%Ln atención(es)", "", attentions),
            )
        )

    def open_audit_log(self) -> None:
        """«Registro de accesos» (ui/audit/): the office's audit log, for the encargado(a)."""
        from omil_desktop.ui.audit.log_dialog import open_audit_log

        self.audit_log_dialog = open_audit_log(self._workspace, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._workshops_index not in self._lazy:
            self.workshops_area.shutdown()  # a PDF being made reads the database
        if self._rendition_index not in self._lazy:
            self.rendition_area.shutdown()
        self.sync.shutdown()
        self._workspace.close()
        super().closeEvent(event)
