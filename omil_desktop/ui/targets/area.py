"""Metas: the year chosen above and two tabs — the targets' dashboard («Metas») and the people
to call for a satisfaction survey («Seguimiento»)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.services.clock import today
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.surveys import SurveyService
from omil_desktop.services.targets import TargetService
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.targets.dashboard import TargetsDashboard
from omil_desktop.ui.targets.followups import FollowUpTab

TARGETS_TAB, FOLLOW_UP_TAB = range(2)


class TargetsArea(QWidget):
    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        office = workspace.office
        assert office is not None, "the office is set up before the window opens"
        self.service = TargetService(workspace.db, workspace.territory, office.comuna_code)
        self.surveys = SurveyService(workspace.db, workspace.territory, office.comuna_code)
        self.year_box = QComboBox()
        self.year_box.setToolTip(self.tr("El año de las metas que se muestran"))
        self.edit_button = QPushButton(self.tr("Editar metas…"))
        self.edit_button.setToolTip(
            self.tr("Escribir las metas propias de la oficina para el año elegido")
        )
        self.closed = QLabel()
        self.closed.setWordWrap(True)
        self.closed.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Año:")))
        top.addWidget(self.year_box)
        top.addWidget(self.closed, 1)
        top.addWidget(self.edit_button)
        self.dashboard = TargetsDashboard()
        targets_page = QWidget()
        targets_layout = QVBoxLayout(targets_page)
        targets_layout.setContentsMargins(0, 0, 0, 0)
        targets_layout.addLayout(top)
        targets_layout.addWidget(self.dashboard, 1)
        self.followups = FollowUpTab(self.surveys)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(targets_page, self.tr("Metas"))
        self.tabs.addTab(self.followups, self.tr("Seguimiento"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        self.year_box.currentIndexChanged.connect(lambda _i: self.show_year())
        self.edit_button.clicked.connect(self.edit_targets)
        self.followups.survey_saved.connect(self.data_changed)
        self._shown_once = False
        self.load()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the area: the atenciones, placements… saved meanwhile count."""
        super().showEvent(event)
        if self._shown_once:
            self.load()
        self._shown_once = True

    @property
    def year(self) -> int:
        chosen = self.year_box.currentData()
        return int(chosen) if chosen is not None else today().year

    def load(self, year: int | None = None) -> None:
        """Read the years again and show ``year`` (by default the one shown, or this one)."""
        wanted = year if year is not None else self.year_box.currentData() or today().year
        try:
            years = self.service.years()
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for found in years:
            self.year_box.addItem(str(found), found)
        index = self.year_box.findData(wanted)
        self.year_box.setCurrentIndex(max(index, 0))
        self.year_box.blockSignals(False)
        self.show_year()
        self.followups.refresh()

    def show_year(self) -> None:
        year = self.year
        try:
            progress = self.service.progress(year)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        closed = self.service.is_closed(year)
        self.dashboard.show_progress(year, progress, closed=closed)
        self.edit_button.setEnabled(not closed)
        if closed:
            self.closed.setText(
                self.tr("El año {year} terminó: se muestra su resultado final.").format(year=year)
            )
            self.edit_button.setToolTip(self.tr("Las metas de un año terminado no se cambian."))
        else:
            self.closed.setText(
                self.tr("Avance al {day}.").format(day=today().strftime("%d-%m-%Y"))
                if year == today().year
                else ""
            )
            self.edit_button.setToolTip(
                self.tr("Escribir las metas propias de la oficina para el año elegido")
            )

    def edit_targets(self) -> None:
        from omil_desktop.ui.targets.edit_dialog import TargetsDialog

        try:
            dialog = TargetsDialog(self.service, self.year, self)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        dialog.saved.connect(self._saved)
        dialog.open()
        self.dialog = dialog

    def _saved(self, year: int) -> None:
        self.load(year)
        self.data_changed.emit()

    # -- what the window asks of an area ----------------------------------------------------------

    def refresh(self) -> None:
        """Records arrived by sync (the region's targets) or were saved elsewhere."""
        self.load()
