"""Seguimientos pendientes: placements whose three-month follow-up is due (or nearly), soonest
first, with the due date; the officer calls and records whether the person still works there."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.services.referrals import FOLLOW_UP_WINDOW_DAYS, FollowUpRow
from omil_desktop.services.workspace import Workspace


class FollowUpsPage(QWidget):
    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.rows: list[FollowUpRow] = []
        intro = QLabel(
            self.tr(
                "Colocaciones cuyo seguimiento a los tres meses vence hasta dentro de {days} días "
                "(las vencidas, en rojo). Llame a la persona y registre si sigue trabajando."
            ).format(days=FOLLOW_UP_WINDOW_DAYS)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Vence"),
                self.tr("Persona"),
                self.tr("Empresa"),
                self.tr("Oferta"),
                self.tr("Inicio"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(2, 180)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.record_button = QPushButton(self.tr("Registrar seguimiento…"))
        self.count_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.record_button.clicked.connect(self.record)
        self.table.cellActivated.connect(lambda *_: self.record())
        self.table.currentCellChanged.connect(lambda *_: self._update_button())

    def refresh(self) -> int:
        """Read the pending follow-ups again; return how many."""
        self.rows = self._workspace.referrals.pending_follow_ups()
        self.table.setRowCount(len(self.rows))
        overdue = QBrush(QColor("#b00020"))
        for i, row in enumerate(self.rows):
            cells = (
                format_date(row.due_on),
                row.person,
                row.company,
                row.vacancy,
                format_date(row.start_on),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.overdue and column == 0:
                    item.setForeground(overdue)
                    item.setToolTip(self.tr("Vencido"))
                self.table.setItem(i, column, item)
        if self.rows:
            self.table.setCurrentCell(0, 0)
        self.count_label.setText(
            self.tr("Sin seguimientos pendientes.")
            if not self.rows
            else self.tr("%Ln pendiente(s)", "", len(self.rows))
        )
        self._update_button()
        return len(self.rows)

    def current(self) -> FollowUpRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_button(self) -> None:
        self.record_button.setEnabled(self.current() is not None)

    def record(self) -> None:
        from omil_desktop.ui.vacancies.referral_dialogs import FollowUpDialog

        row = self.current()
        if row is None:
            return
        heading = f"{row.person} — {row.vacancy}, {row.company}"
        dialog = FollowUpDialog(self._workspace.referrals, row.placement_id, heading, self)
        dialog.accepted.connect(self._recorded)
        dialog.open()

    def _recorded(self) -> None:
        self.refresh()
        self.data_changed.emit()
