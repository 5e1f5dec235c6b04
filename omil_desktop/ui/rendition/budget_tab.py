"""Presupuesto: the plan de gastos by line, SENCE and municipal apart, executed to date and the
saldo; an overspent line is marked in words (⚠ Sobregirado), not by colour alone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from omil_desktop.domain.money import format_clp
from omil_desktop.domain.rendition import BUDGET_LINE_LABELS
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.rendition import AgreementRecord, BudgetLineRow, RenditionService
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.rendition.common import (
    WARNING_MARK,
    bold_row,
    cell,
    fit_columns,
    make_table,
    money_cell,
    notice,
    notice_label,
    row_data,
    select_data,
    two_lines,
)

TOTAL_ROW = "__total__"
OVERSPENT_BRUSH = QBrush(QColor("#b00020"))


class BudgetTab(QWidget):
    changed = Signal()

    def __init__(self, service: RenditionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.agreement: AgreementRecord | None = None
        self.rows: list[BudgetLineRow] = []
        self.table = make_table(
            [
                BUDGET_LINE_LABELS["name"],
                two_lines(BUDGET_LINE_LABELS["sence_amount"]),
                two_lines(BUDGET_LINE_LABELS["municipal_amount"]),
                two_lines(self.tr("Ejecutado SENCE")),
                two_lines(self.tr("Ejecutado municipal")),
                two_lines(self.tr("Saldo SENCE")),
                two_lines(self.tr("Saldo municipal")),
            ],
            stretch=0,
        )
        self.legend = QLabel(
            self.tr(
                "{mark} Sobregirado: lo ejecutado supera lo presupuestado (SENCE o aporte "
                "municipal). Cada saldo es su presupuesto menos lo ejecutado a la fecha; "
                "los fondos SENCE y el aporte municipal no se suman."
            ).format(mark=WARNING_MARK)
        )
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555;")
        self.notice = notice_label()
        self.add_button = QPushButton(self.tr("Agregar ítem…"))
        self.edit_button = QPushButton(self.tr("Editar ítem…"))
        self.delete_button = QPushButton(self.tr("Eliminar ítem…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_line)
        self.edit_button.clicked.connect(self.edit_line)
        self.delete_button.clicked.connect(self.delete_line)
        self.table.itemActivated.connect(lambda _item: self.edit_line())
        self.table.currentCellChanged.connect(lambda *_a: self._buttons())

    def set_agreement(self, agreement: AgreementRecord | None) -> None:
        self.agreement = agreement
        notice(self.notice, "")
        self.refresh()

    def refresh(self) -> None:
        self.setEnabled(self.agreement is not None)
        if self.agreement is None:
            self.rows = []
            self.table.setRowCount(0)
            self._buttons()
            return
        chosen = row_data(self.table)
        try:
            self.rows = self._service.budget(self.agreement.id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        table = self.table
        table.setRowCount(len(self.rows) + 1)
        for i, row in enumerate(self.rows):
            table.setItem(i, 0, cell(row.name, data=row.id))
            table.setItem(i, 1, money_cell(row.sence_amount))
            table.setItem(i, 2, money_cell(row.municipal_amount))
            table.setItem(i, 3, money_cell(row.spent_sence))
            table.setItem(i, 4, money_cell(row.spent_municipal))
            saldos = (
                row.sence_amount - row.spent_sence,
                row.municipal_amount - row.spent_municipal,
            )
            for column, saldo in enumerate(saldos, start=5):
                balance = money_cell(saldo)
                if saldo < 0:
                    balance.setText(f"{WARNING_MARK} {self.tr('Sobregirado')} {format_clp(saldo)}")
                    balance.setForeground(OVERSPENT_BRUSH)
                table.setItem(i, column, balance)
            if row.overspent:
                detail = self._overspent_detail(row)
                for column in range(7):
                    item = table.item(i, column)
                    if item is not None:
                        item.setToolTip(detail)
                table.item(i, 0).setText(f"{WARNING_MARK} {row.name}")  # type: ignore[union-attr]
                bold_row(table, i)
        last = len(self.rows)
        totals = [
            sum(r.sence_amount for r in self.rows),
            sum(r.municipal_amount for r in self.rows),
            sum(r.spent_sence for r in self.rows),
            sum(r.spent_municipal for r in self.rows),
        ]
        table.setItem(last, 0, cell(self.tr("Total"), data=TOTAL_ROW))
        for column, amount in enumerate(totals, start=1):
            table.setItem(last, column, money_cell(amount))
        table.setItem(last, 5, money_cell(totals[0] - totals[2]))
        table.setItem(last, 6, money_cell(totals[1] - totals[3]))
        bold_row(table, last)
        fit_columns(table)
        select_data(table, chosen)
        self._buttons()

    def _overspent_detail(self, row: BudgetLineRow) -> str:
        parts = []
        if row.spent_sence > row.sence_amount:
            parts.append(
                self.tr("SENCE: ejecutado {spent}, presupuesto {budget}").format(
                    spent=format_clp(row.spent_sence), budget=format_clp(row.sence_amount)
                )
            )
        if row.spent_municipal > row.municipal_amount:
            parts.append(
                self.tr("Aporte municipal: ejecutado {spent}, presupuesto {budget}").format(
                    spent=format_clp(row.spent_municipal), budget=format_clp(row.municipal_amount)
                )
            )
        return self.tr("Sobregirado. ") + "; ".join(parts)

    def current(self) -> BudgetLineRow | None:
        chosen = row_data(self.table)
        return next((r for r in self.rows if r.id == chosen), None)

    def _buttons(self) -> None:
        row = self.current()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and not row.used)
        self.delete_button.setToolTip(
            self.tr("Hay gastos en este ítem: no se puede eliminar.") if row and row.used else ""
        )

    def add_line(self) -> None:
        if self.agreement is None:
            return
        from omil_desktop.ui.rendition.dialogs import BudgetLineDialog

        dialog = BudgetLineDialog(self._service, self.agreement.id, None, self)
        dialog.saved.connect(lambda line_id: self._saved(line_id, self.tr("Ítem agregado.")))
        dialog.open()

    def edit_line(self) -> None:
        row = self.current()
        if self.agreement is None or row is None:
            return
        from omil_desktop.ui.rendition.dialogs import BudgetLineDialog

        dialog = BudgetLineDialog(self._service, self.agreement.id, row, self)
        dialog.saved.connect(lambda line_id: self._saved(line_id, self.tr("Ítem corregido.")))
        dialog.open()

    def delete_line(self) -> None:
        row = self.current()
        if row is None or row.used:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Eliminar ítem"),
            self.tr("¿Eliminar el ítem «{name}» del plan de gastos?").format(name=row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service.delete_budget_line(row.id)
        except (ServiceError, StorageError, NotFound) as exc:
            show_problem(self, str(exc))
            return
        self.refresh()
        self.changed.emit()
        notice(self.notice, self.tr("Ítem «{name}» eliminado.").format(name=row.name))

    def _saved(self, line_id: str, message: str) -> None:
        self.refresh()
        select_data(self.table, line_id)
        self.changed.emit()
        notice(self.notice, message)
