"""Valorización: what each service cost over a period (per person served, per workshop
participant, per placement), SENCE and municipal apart, and the sentence saying which expenses
each counts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.money import format_clp
from omil_desktop.domain.rendition import Valuation
from omil_desktop.services.clock import today
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.rendition import AgreementRecord, RenditionService
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.rendition.common import (
    CENTER,
    cell,
    fit_columns,
    make_table,
    money,
    money_cell,
)
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.form import ErrorLabel


class ValuationTab(QWidget):
    def __init__(
        self, workspace: Workspace, service: RenditionService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._service = service
        self.agreement: AgreementRecord | None = None
        self.valuation: Valuation | None = None
        self.jobs: list[QObject] = []
        self.starts_on = DateField()
        self.ends_on = DateField()
        self.calculate_button = QPushButton(self.tr("Calcular"))
        self.print_button = QPushButton(self.tr("Imprimir…"))
        self.print_button.setToolTip(self.tr("PDF de la valorización del período"))
        self.period_error = ErrorLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Desde:")))
        top.addWidget(self.starts_on)
        top.addWidget(QLabel(self.tr("Hasta:")))
        top.addWidget(self.ends_on)
        top.addWidget(self.calculate_button)
        top.addStretch(1)
        top.addWidget(self.print_button)
        self.table = make_table(
            [
                self.tr("Servicio"),
                self.tr("Cantidad"),
                self.tr("Gasto SENCE"),
                self.tr("Gasto municipal"),
                self.tr("Por unidad SENCE"),
                self.tr("Por unidad municipal"),
                self.tr("Por unidad total"),
            ],
            stretch=0,
        )
        self.spent = QLabel()
        self.spent.setWordWrap(True)
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.basis.setTextFormat(Qt.TextFormat.PlainText)
        self.basis.setStyleSheet("color: #444;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.period_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.spent)
        layout.addWidget(self.basis)
        self.calculate_button.clicked.connect(self.calculate)
        self.starts_on.returnPressed.connect(self.calculate)
        self.ends_on.returnPressed.connect(self.calculate)
        self.print_button.clicked.connect(self.print_valuation)

    def set_agreement(self, agreement: AgreementRecord | None) -> None:
        """The agreement's year to date (its whole period once it ended)."""
        self.agreement = agreement
        self.setEnabled(agreement is not None)
        if agreement is None:
            self.table.setRowCount(0)
            return
        terms = agreement.terms
        self.starts_on.set_value(terms.starts_on)
        self.ends_on.set_value(max(terms.starts_on, min(today(), terms.ends_on)))
        self.calculate()

    def refresh(self) -> None:
        if self.agreement is not None:
            self.calculate()

    def period(self) -> tuple[date, date] | None:
        """The period written; None (its message shown) when it cannot be read."""
        problems = []
        try:
            starts_on = self.starts_on.value()
        except ValueError as exc:
            starts_on, problems = None, [str(exc)]
        try:
            ends_on = self.ends_on.value()
        except ValueError as exc:
            ends_on = None
            problems.append(str(exc))
        if not problems and (starts_on is None or ends_on is None):
            problems.append(self.tr("Indique desde y hasta qué fecha."))
        elif starts_on and ends_on and ends_on < starts_on:
            problems.append(self.tr("«Hasta» no puede ser anterior a «Desde»."))
        self.period_error.show_message(" ".join(problems))
        if problems or starts_on is None or ends_on is None:
            return None
        return starts_on, ends_on

    def calculate(self) -> None:
        self.starts_on.tidy()
        self.ends_on.tidy()
        period = self.period()
        if period is None:
            return
        try:
            valuation = self._service.valuation(*period)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.valuation = valuation
        self.table.setRowCount(len(valuation.costs))
        for i, cost in enumerate(valuation.costs):
            self.table.setItem(i, 0, cell(cost.label))
            self.table.setItem(i, 1, cell(f"{cost.count:,}".replace(",", "."), CENTER))
            self.table.setItem(i, 2, money_cell(cost.sence))
            self.table.setItem(i, 3, money_cell(cost.municipal))
            self.table.setItem(i, 4, money_cell(cost.sence_each))
            self.table.setItem(i, 5, money_cell(cost.municipal_each))
            self.table.setItem(i, 6, money_cell(cost.total_each))
            for column in range(7):
                item = self.table.item(i, column)
                if item is not None:
                    item.setToolTip(cost.basis)
        fit_columns(self.table)
        self.spent.setText(
            self.tr(
                "Del {start} al {end}: gasto SENCE {sence}, gasto municipal {municipal}. "
                "«—»: nadie en el período."
            ).format(
                start=format_date(valuation.starts_on),
                end=format_date(valuation.ends_on),
                sence=format_clp(valuation.sence_spent),
                municipal=money(valuation.municipal_spent),
            )
        )
        self.basis.setText("\n".join(f"• {c.label}: {c.basis}" for c in valuation.costs))

    def print_valuation(self) -> None:
        period = self.period()
        if period is None:
            return
        from omil_desktop.ui.rendition.documents import start_valuation_pdf

        job = start_valuation_pdf(self._workspace, self, *period)
        if job is not None:
            self.jobs.append(job)
            job.finished.connect(lambda _path, job=job: self.jobs.remove(job))
