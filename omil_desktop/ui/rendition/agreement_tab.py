"""Convenio: the agreement's data and its installments (ingresos), received so far against the
transfer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.money import format_clp
from omil_desktop.domain.rendition import AGREEMENT_LABELS, INSTALLMENT_LABELS
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.rendition import AgreementRecord, InstallmentRow, RenditionService
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.rendition.common import (
    CENTER,
    caption,
    cell,
    fit_columns,
    make_table,
    money_cell,
    notice,
    notice_label,
    row_data,
    select_data,
)
from omil_desktop.ui.widgets.labels import ElidedLabel

SUMMARY_LAYOUT = (
    ("year", 0, 0),
    ("resolution_number", 1, 0),
    ("resolution_date", 2, 0),
    ("starts_on", 0, 1),
    ("ends_on", 1, 1),
    ("transfer_amount", 2, 1),
    ("municipal_contribution", 3, 1),
    ("notes", 4, 0),
)
"""Where each of the agreement's data shows: (field, row, column pair)."""


class AgreementTab(QWidget):
    """The chosen agreement; ``changed`` when an installment was saved or removed."""

    changed = Signal()
    edit_requested = Signal()

    def __init__(self, service: RenditionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.agreement: AgreementRecord | None = None
        self.rows: list[InstallmentRow] = []

        self.values: dict[str, ElidedLabel] = {}
        summary = QWidget()
        grid = QGridLayout(summary)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for name, row, pair in SUMMARY_LAYOUT:
            value = ElidedLabel(max_lines=2 if name == "notes" else 1)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            grid.addWidget(caption(AGREEMENT_LABELS[name] + ":"), row, pair * 2)
            grid.addWidget(value, row, pair * 2 + 1, 1, 3 if name == "notes" else 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.edit_button = QPushButton(self.tr("Editar convenio…"))
        self.edit_button.setToolTip(self.tr("Corregir los datos del convenio"))
        self.received = QLabel()
        self.received.setWordWrap(True)
        self.received.setStyleSheet("font-weight: bold;")
        self.notice = notice_label()

        self.table = make_table(
            [
                INSTALLMENT_LABELS["received_on"],
                INSTALLMENT_LABELS["amount"],
                self.tr("Mes"),
                INSTALLMENT_LABELS["voucher_number"],
            ],
            stretch=3,
        )
        self.add_button = QPushButton(self.tr("Agregar ingreso…"))
        self.add_button.setToolTip(self.tr("Registrar una transferencia recibida de SENCE"))
        self.change_button = QPushButton(self.tr("Editar…"))
        self.delete_button = QPushButton(self.tr("Eliminar…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.received)
        layout.addWidget(self.notice)
        title = QLabel(self.tr("Ingresos (cuotas transferidas por SENCE)"))
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_installment)
        self.change_button.clicked.connect(self.edit_installment)
        self.delete_button.clicked.connect(self.delete_installment)
        self.edit_button.clicked.connect(self.edit_requested)
        self.table.itemActivated.connect(lambda _item: self.edit_installment())
        self.table.currentCellChanged.connect(lambda *_a: self._buttons())

    def set_agreement(self, agreement: AgreementRecord | None) -> None:
        self.agreement = agreement
        notice(self.notice, "")
        self.refresh()

    def refresh(self) -> None:
        agreement = self.agreement
        for label in self.values.values():
            label.setText("")
        self.setEnabled(agreement is not None)
        if agreement is None:
            self.received.setText("")
            self.rows = []
            self.table.setRowCount(0)
            self._buttons()
            return
        data = agreement.data
        shown = {
            "year": str(data.year or ""),
            "resolution_number": data.resolution_number,
            "resolution_date": format_date(data.resolution_date),
            "starts_on": format_date(data.starts_on),
            "ends_on": format_date(data.ends_on),
            "transfer_amount": format_clp(data.transfer_amount or 0),
            "municipal_contribution": format_clp(data.municipal_contribution or 0),
            "notes": data.notes or "—",
        }
        for name, text in shown.items():
            self.values[name].setText(text)
        transfer = data.transfer_amount or 0
        missing = transfer - agreement.received
        self.received.setText(
            self.tr("Recibido a la fecha: {received} de {transfer}").format(
                received=format_clp(agreement.received), transfer=format_clp(transfer)
            )
            + (
                self.tr(" (falta recibir {missing})").format(missing=format_clp(missing))
                if missing > 0
                else ""
            )
            + (
                self.tr(" — se recibió {extra} más de lo transferido por convenio").format(
                    extra=format_clp(-missing)
                )
                if missing < 0
                else ""
            )
        )
        chosen = row_data(self.table)
        try:
            self.rows = self._service.installments(agreement.id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            self.table.setItem(i, 0, cell(format_date(row.received_on), CENTER, row.id))
            self.table.setItem(i, 1, money_cell(row.amount))
            self.table.setItem(
                i, 2, cell(self.tr("Cerrado") if row.locked else self.tr("Abierto"), CENTER)
            )
            self.table.setItem(i, 3, cell(row.voucher_number))
        fit_columns(self.table)
        select_data(self.table, chosen)
        self._buttons()

    def _buttons(self) -> None:
        row = self.current()
        self.change_button.setEnabled(row is not None and not row.locked)
        self.delete_button.setEnabled(row is not None and not row.locked)
        tip = (
            self.tr("Su mes está cerrado: reábralo para corregirlo.") if row and row.locked else ""
        )
        self.change_button.setToolTip(tip)
        self.delete_button.setToolTip(tip)

    def current(self) -> InstallmentRow | None:
        chosen = row_data(self.table)
        return next((r for r in self.rows if r.id == chosen), None)

    def add_installment(self) -> None:
        if self.agreement is None:
            return
        from omil_desktop.ui.rendition.dialogs import InstallmentDialog

        dialog = InstallmentDialog(self._service, self.agreement.id, None, self)
        dialog.saved.connect(lambda _id: self._saved(_id, self.tr("Ingreso registrado.")))
        dialog.open()

    def edit_installment(self) -> None:
        row = self.current()
        if self.agreement is None or row is None or row.locked:
            return
        from omil_desktop.ui.rendition.dialogs import InstallmentDialog

        dialog = InstallmentDialog(self._service, self.agreement.id, row, self)
        dialog.saved.connect(lambda _id: self._saved(_id, self.tr("Ingreso corregido.")))
        dialog.open()

    def delete_installment(self) -> None:
        row = self.current()
        if row is None or row.locked:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Eliminar ingreso"),
            self.tr(
                "¿Eliminar el ingreso de {amount} del {day} (comprobante N° {voucher})?"
            ).format(
                amount=format_clp(row.amount),
                day=format_date(row.received_on),
                voucher=row.voucher_number,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service.delete_installment(row.id)
        except (ServiceError, StorageError, NotFound) as exc:
            show_problem(self, str(exc))
            return
        self.changed.emit()
        notice(self.notice, self.tr("Ingreso eliminado."))

    def _saved(self, installment_id: str, message: str) -> None:
        self.changed.emit()  # the area reads the agreement (received so far) again
        select_data(self.table, installment_id)
        self._buttons()
        notice(self.notice, message)
