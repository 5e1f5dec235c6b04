"""Configuración → Ajustes…: the office's settings in one window, no command line needed.

Pages: «Oficina» (comuna, officer, municipality, paper, logo), «Respaldos» (extra folder,
schedule, back up now, restore from a file), «Sincronización» (the Sincronización area's own
enrollment and state) and «Acerca de». Guardar (or Enter) records the Oficina and Respaldos
pages at once, every error beside its field; the older menu entries open their page.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.settings.about_page import AboutPage
from omil_desktop.ui.settings.backups_page import BackupsPage
from omil_desktop.ui.settings.office_page import OfficePage
from omil_desktop.ui.sync.controller import SyncController
from omil_desktop.ui.sync.sync_page import SyncPage
from omil_desktop.ui.widgets.form import FormDialog


class Page(IntEnum):
    OFFICE = 0
    BACKUPS = 1
    SYNC = 2
    ABOUT = 3


class SettingsDialog(FormDialog):
    office_changed = Signal()
    """The office's comuna or officer changed (the window's title and status bar say them)."""
    restored = Signal(str)
    """A backup was restored: the message; the window closes (see BackupsPage.restored)."""
    status = Signal(str)
    """A line for the window's status bar."""

    def __init__(
        self,
        workspace: Workspace,
        controller: SyncController,
        parent: QWidget | None = None,
        page: Page = Page.OFFICE,
    ) -> None:
        super().__init__(parent, preferred=(720, 560))
        self._workspace = workspace
        self.setWindowTitle(self.tr("Ajustes"))
        self.office_page = OfficePage(workspace)
        self.backups_page = BackupsPage(workspace)
        self.sync_page = SyncPage(workspace, controller)
        self.about_page = AboutPage(workspace.data_dir)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.office_page, self.tr("Oficina"))
        self.tabs.addTab(self.backups_page, self.tr("Respaldos"))
        self.tabs.addTab(self.sync_page, self.tr("Sincronización"))
        self.tabs.addTab(self.about_page, self.tr("Acerca de"))
        self.tabs.setCurrentIndex(page)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.tabs)
        self.hint.setText(self.tr("Enter guarda los datos de la oficina y de los respaldos."))
        self.backups_page.before_restore = controller.shutdown  # nothing syncs into the old file
        self.backups_page.restored.connect(self._restored)
        self.backups_page.status.connect(self.status)
        self.tabs.currentChanged.connect(self._page_shown)
        self._page_shown(page)

    def error_text(self, name: str) -> str:
        for page in (self.office_page, self.backups_page):
            if name in page.section.fields or (
                page is self.office_page and name in self.office_page.office_section.fields
            ):
                return page.error_text(name)
        return ""

    def show_page(self, page: Page) -> None:
        self.tabs.setCurrentIndex(page)

    def _page_shown(self, index: int) -> None:
        # «Guardar» and «Cancelar» stay on every page: changes typed in Oficina or Respaldos
        # are saved (or dropped) from wherever the officer is, never lost by a «Cerrar» that
        # looked like it closed only the page in sight. Enter in the Sincronización page's
        # enrollment enrolls (its own button).
        self.save_button.setVisible(True)
        self.hint.setVisible(True)
        self.cancel_button.setText(self.tr("Cancelar"))

    def save(self) -> None:
        """Record both forms; every error beside its field, the first one brought in sight."""
        if self.tabs.currentIndex() == Page.SYNC:
            focus = QApplication.focusWidget()
            box = self.sync_page.enroll_box
            if box.isVisible() and focus is not None and box.isAncestorOf(focus):
                self.sync_page.enroll_button.click()
                return
        office_before = self._workspace.office
        office = self.office_page.save()
        backups = self.backups_page.save()
        if office is not True:
            self.tabs.setCurrentIndex(Page.OFFICE)
            self.reveal(office if isinstance(office, QWidget) else None)
            return
        if office_before != self._workspace.office:
            self.office_changed.emit()
        if backups is not True:
            self.tabs.setCurrentIndex(Page.BACKUPS)
            self.reveal(backups if isinstance(backups, QWidget) else None)
            return
        self.accept()

    def _restored(self, message: str) -> None:
        self.backups_page.stop()
        self.restored.emit(message)
        self.accept()

    def done(self, result: int) -> None:
        self.backups_page.stop()  # a backup under way stops (it never counts)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.backups_page.stop()
        super().closeEvent(event)
