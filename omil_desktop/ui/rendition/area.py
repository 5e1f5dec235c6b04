"""Rendición FOMIL: the year's agreement chosen above, and its five tabs — Convenio,
Presupuesto, Gastos, Rendición mensual, Valorización."""

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
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.rendition import AgreementRecord
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.rendition.agreement_tab import AgreementTab
from omil_desktop.ui.rendition.budget_tab import BudgetTab
from omil_desktop.ui.rendition.common import notice, notice_label
from omil_desktop.ui.rendition.expenses_tab import ExpensesTab
from omil_desktop.ui.rendition.months_tab import MonthsTab
from omil_desktop.ui.rendition.valuation_tab import ValuationTab

AGREEMENT_TAB, BUDGET_TAB, EXPENSES_TAB, MONTHS_TAB, VALUATION_TAB = range(5)


class RenditionArea(QWidget):
    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.service = workspace.rendition
        self.agreement: AgreementRecord | None = None
        self.chooser = QComboBox()
        self.chooser.setToolTip(self.tr("El convenio FOMIL del año que se muestra"))
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(28)
        self.new_button = QPushButton(self.tr("Nuevo convenio…"))
        self.new_button.setToolTip(self.tr("Registrar el convenio FOMIL de un año"))
        self.missing = notice_label()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Convenio:")))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)

        self.agreement_tab = AgreementTab(self.service)
        self.budget_tab = BudgetTab(self.service)
        self.expenses_tab = ExpensesTab(self.service)
        self.months_tab = MonthsTab(workspace, self.service)
        self.valuation_tab = ValuationTab(workspace, self.service)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agreement_tab, self.tr("Convenio"))
        self.tabs.addTab(self.budget_tab, self.tr("Presupuesto"))
        self.tabs.addTab(self.expenses_tab, self.tr("Gastos"))
        self.tabs.addTab(self.months_tab, self.tr("Rendición mensual"))
        self.tabs.addTab(self.valuation_tab, self.tr("Valorización"))
        self.tabs.setDocumentMode(True)
        self.all_tabs = (
            self.agreement_tab,
            self.budget_tab,
            self.expenses_tab,
            self.months_tab,
            self.valuation_tab,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.missing)
        layout.addWidget(self.tabs, 1)

        self.chooser.currentIndexChanged.connect(lambda _i: self._chosen())
        self.new_button.clicked.connect(self.new_agreement)
        self.agreement_tab.edit_requested.connect(self.edit_agreement)
        for tab in self.all_tabs:
            changed = getattr(tab, "changed", None)
            if changed is not None:
                changed.connect(lambda tab=tab: self._changed(tab))
        self._shown = False
        self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            if self.agreement is None:
                self.new_button.setFocus()

    # -- the agreement ----------------------------------------------------------------------------

    def load(self, agreement_id: str | None = None) -> None:
        """Read the agreements again and show ``agreement_id`` (by default the one shown, or
        this year's)."""
        wanted = agreement_id or (self.agreement.id if self.agreement else None)
        try:
            records = self.service.agreements()
            if wanted is None:
                current = self.service.current_agreement()
                wanted = current.id if current else None
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for record in records:
            self.chooser.addItem(record.label, record.id)
        index = self.chooser.findData(wanted) if wanted else -1
        self.chooser.setCurrentIndex(index if index >= 0 else (0 if records else -1))
        self.chooser.blockSignals(False)
        self.chooser.setEnabled(bool(records))
        year = today().year
        if not records:
            notice(
                self.missing,
                self.tr(
                    "Aún no hay convenios FOMIL registrados: registre el de {year} con "
                    "«Nuevo convenio…»."
                ).format(year=year),
                problem=True,
            )
        elif not any(r.data.year == year for r in records):
            notice(
                self.missing,
                self.tr("No hay convenio para {year}: regístrelo con «Nuevo convenio…».").format(
                    year=year
                ),
                problem=True,
            )
        else:
            notice(self.missing, "")
        self._chosen()

    def _chosen(self) -> None:
        agreement_id = self.chooser.currentData()
        record: AgreementRecord | None = None
        if agreement_id:
            try:
                record = self.service.get_agreement(agreement_id)
            except NotFound:
                record = None
            except (ServiceError, StorageError) as exc:
                show_problem(self, str(exc))
                return
        self.agreement = record
        for tab in self.all_tabs:
            tab.set_agreement(record)

    def new_agreement(self) -> None:
        from omil_desktop.ui.rendition.dialogs import AgreementDialog

        dialog = AgreementDialog(self.service, None, self)
        dialog.saved.connect(self._agreement_created)
        dialog.open()

    def edit_agreement(self) -> None:
        if self.agreement is None:
            return
        from omil_desktop.ui.rendition.dialogs import AgreementDialog

        try:
            dialog = AgreementDialog(self.service, self.agreement.id, self)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        dialog.saved.connect(self._agreement_saved)
        dialog.open()

    def _agreement_saved(self, agreement_id: str) -> None:
        self.agreement = None
        self.load(agreement_id)
        self.data_changed.emit()

    def _agreement_created(self, agreement_id: str) -> None:
        """What comes next: the plan de gastos, which starts with its lines at $0."""
        self._agreement_saved(agreement_id)
        if self.agreement is not None and not self.missing.isVisibleTo(self):
            notice(
                self.missing,
                self.tr(
                    "{label} registrado. Su plan de gastos parte con los ítems en $0: "
                    "complételo en «Presupuesto»."
                ).format(label=self.agreement.label),
            )

    def _changed(self, source: QWidget) -> None:
        """A tab saved something: the others show its effect (received, executed, saldos)."""
        if self.agreement is not None:
            try:
                self.agreement = self.service.get_agreement(self.agreement.id)
            except (ServiceError, StorageError) as exc:
                show_problem(self, str(exc))
                return
        for tab in self.all_tabs:
            tab.agreement = self.agreement
            if tab is not source or tab is self.agreement_tab:
                tab.refresh()
        self.data_changed.emit()

    # -- what the window asks of an area ----------------------------------------------------------

    def new_record(self) -> None:
        """Ctrl+N: a new expense (a new agreement while there is none)."""
        if self.agreement is None:
            self.new_agreement()
            return
        self.tabs.setCurrentWidget(self.expenses_tab)
        self.expenses_tab.new_expense()

    def focus_search(self) -> None:
        """Ctrl+F: the expenses' search."""
        self.tabs.setCurrentWidget(self.expenses_tab)
        self.expenses_tab.focus_search()

    def refresh(self) -> None:
        """Records arrived by sync: read everything again."""
        self.load()

    def shutdown(self) -> None:
        """The window is closing: wait for a PDF being made."""
        self.months_tab.shutdown()
        from omil_desktop.ui.workshops.documents import DocumentJob

        for job in list(self.valuation_tab.jobs):
            if isinstance(job, DocumentJob):
                job.wait()
