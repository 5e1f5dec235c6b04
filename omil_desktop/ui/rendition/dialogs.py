"""The small forms of the rendición: the agreement, an installment, a budget line, and the
reason a month is reopened. Every error beside its field, gone when fixed; Enter saves."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from omil_desktop.domain.rendition import (
    AGREEMENT_LABELS,
    BUDGET_LINE_LABELS,
    INSTALLMENT_LABELS,
    AgreementData,
    BudgetLineData,
    InstallmentData,
    Month,
)
from omil_desktop.services.clock import today
from omil_desktop.services.rendition import (
    REASON_MAX,
    BudgetLineRow,
    InstallmentRow,
    RenditionService,
)
from omil_desktop.ui.rendition.common import RecordDialog, read_date, read_money
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.form import FieldErrors, FormSection
from omil_desktop.ui.widgets.money_field import MoneyField


def _required(label: str) -> str:
    return f"{label} *"


def _line(limit: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(limit)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class AgreementDialog(RecordDialog):
    """The convenio FOMIL of a year: new (``agreement_id`` None) or to correct."""

    def __init__(
        self,
        service: RenditionService,
        agreement_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, preferred=(560, 520))
        self._service = service
        self.agreement_id = agreement_id
        self.setWindowTitle(
            self.tr("Editar convenio FOMIL") if agreement_id else self.tr("Nuevo convenio FOMIL")
        )
        labels = AGREEMENT_LABELS
        self.year = _line(4, self.tr("ej. 2026"))
        self.year.setMaximumWidth(90)
        self.resolution_number = _line(40, self.tr("ej. 1234"))
        self.resolution_number.setMaximumWidth(200)
        self.resolution_date = DateField()
        self.starts_on = DateField()
        self.ends_on = DateField()
        self.transfer_amount = MoneyField(placeholder=self.tr("ej. $12.000.000"))
        self.municipal_contribution = MoneyField(placeholder=self.tr("ej. $3.000.000"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(50)
        self.notes.setMaximumHeight(90)
        self.notes.setToolTip(self.tr("Enter: nueva línea · Ctrl+Enter: guardar"))
        self.section = FormSection(self.tr("Convenio"))
        add = self.section.add
        add("year", _required(labels["year"]), self.year)
        add("resolution_number", _required(labels["resolution_number"]), self.resolution_number)
        add("resolution_date", _required(labels["resolution_date"]), self.resolution_date)
        add("starts_on", _required(labels["starts_on"]), self.starts_on)
        add("ends_on", _required(labels["ends_on"]), self.ends_on)
        add("transfer_amount", _required(labels["transfer_amount"]), self.transfer_amount)
        add(
            "municipal_contribution",
            _required(labels["municipal_contribution"]),
            self.municipal_contribution,
        )
        add("notes", labels["notes"], self.notes)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.section)
        self.hint.setText(
            self.tr(
                "Los campos con * son obligatorios. El monto se recibe en cuotas (ingresos). "
                "Enter guarda; en Observaciones, Ctrl+Enter."
            )
        )
        if agreement_id is None:  # the first year from this one without its agreement
            taken = {r.data.year for r in service.agreements()}
            year = today().year
            while year in taken:
                year += 1
            self.year.setText(str(year))
            self.starts_on.set_value(date(year, 1, 1))
            self.ends_on.set_value(date(year, 12, 31))
            self.municipal_contribution.set_value(0)
        else:
            self._load(agreement_id)
        self.year.setFocus()

    def _load(self, agreement_id: str) -> None:
        data = self._service.get_agreement(agreement_id).data
        self.year.setText("" if data.year is None else str(data.year))
        self.resolution_number.setText(data.resolution_number)
        self.resolution_date.set_value(data.resolution_date)
        self.starts_on.set_value(data.starts_on)
        self.ends_on.set_value(data.ends_on)
        self.transfer_amount.set_value(data.transfer_amount)
        self.municipal_contribution.set_value(data.municipal_contribution)
        self.notes.setPlainText(data.notes)

    def values(self) -> tuple[AgreementData, dict[str, str]]:
        errors: dict[str, str] = {}
        year: int | None = None
        text = self.year.text().strip()
        if text:
            try:
                year = int(text)
            except ValueError:
                errors["year"] = self.tr("Escriba el año con sus cuatro cifras, ej. 2026.")
        data = AgreementData(
            year=year,
            resolution_number=self.resolution_number.text(),
            resolution_date=read_date(self.resolution_date, "resolution_date", errors),
            starts_on=read_date(self.starts_on, "starts_on", errors),
            ends_on=read_date(self.ends_on, "ends_on", errors),
            transfer_amount=read_money(self.transfer_amount, "transfer_amount", errors),
            municipal_contribution=read_money(
                self.municipal_contribution, "municipal_contribution", errors
            ),
            notes=self.notes.toPlainText(),
        )
        return data, errors

    def service_check(self, data: AgreementData) -> None:
        self._service.check_agreement(data, self.agreement_id)

    def write(self, data: AgreementData) -> str:
        if self.agreement_id is None:
            self.agreement_id = self._service.create_agreement(data)
        else:
            self._service.update_agreement(self.agreement_id, data)
        return self.agreement_id


class InstallmentDialog(RecordDialog):
    """An installment (ingreso) of the agreement: new (``row`` None) or to correct."""

    def __init__(
        self,
        service: RenditionService,
        agreement_id: str,
        row: InstallmentRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, preferred=(460, 300))
        self._service = service
        self._agreement_id = agreement_id
        self.installment_id = row.id if row is not None else None
        self.setWindowTitle(self.tr("Editar ingreso") if row else self.tr("Nuevo ingreso"))
        labels = INSTALLMENT_LABELS
        self.received_on = DateField()
        self.amount = MoneyField(placeholder=self.tr("ej. $6.000.000"))
        self.voucher_number = _line(40, self.tr("ej. 4567"))
        self.voucher_number.setMaximumWidth(200)
        self.section = FormSection(self.tr("Transferencia de SENCE"))
        self.section.add("received_on", _required(labels["received_on"]), self.received_on)
        self.section.add("amount", _required(labels["amount"]), self.amount)
        self.section.add("voucher_number", _required(labels["voucher_number"]), self.voucher_number)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.section)
        self.hint.setText(self.tr("Los campos con * son obligatorios. Enter guarda."))
        if row is None:
            self.received_on.set_value(today())
        else:
            self.received_on.set_value(row.received_on)
            self.amount.set_value(row.amount)
            self.voucher_number.setText(row.voucher_number)
        self.received_on.setFocus()

    def values(self) -> tuple[InstallmentData, dict[str, str]]:
        errors: dict[str, str] = {}
        data = InstallmentData(
            received_on=read_date(self.received_on, "received_on", errors),
            amount=read_money(self.amount, "amount", errors),
            voucher_number=self.voucher_number.text(),
        )
        return data, errors

    def service_check(self, data: InstallmentData) -> None:
        self._service.check_installment(self._agreement_id, data, self.installment_id)

    def write(self, data: InstallmentData) -> str:
        if self.installment_id is None:
            self.installment_id = self._service.add_installment(self._agreement_id, data)
        else:
            self._service.update_installment(self.installment_id, data)
        return self.installment_id


class BudgetLineDialog(RecordDialog):
    """A line (ítem) of the plan de gastos: new (``row`` None) or to correct."""

    def __init__(
        self,
        service: RenditionService,
        agreement_id: str,
        row: BudgetLineRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, preferred=(460, 300))
        self._service = service
        self._agreement_id = agreement_id
        self.line_id = row.id if row is not None else None
        self.setWindowTitle(self.tr("Editar ítem") if row else self.tr("Nuevo ítem"))
        labels = BUDGET_LINE_LABELS
        self.name = _line(80, self.tr("ej. Capacitación"))
        self.sence_amount = MoneyField()
        self.municipal_amount = MoneyField()
        self.section = FormSection(self.tr("Plan de gastos"))
        self.section.add("name", _required(labels["name"]), self.name)
        self.section.add("sence_amount", _required(labels["sence_amount"]), self.sence_amount)
        self.section.add(
            "municipal_amount", _required(labels["municipal_amount"]), self.municipal_amount
        )
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.section)
        self.hint.setText(self.tr("Los montos pueden ser $0. Enter guarda."))
        if row is None:
            self.sence_amount.set_value(0)
            self.municipal_amount.set_value(0)
        else:
            self.name.setText(row.name)
            self.sence_amount.set_value(row.sence_amount)
            self.municipal_amount.set_value(row.municipal_amount)
        self.name.setFocus()

    def values(self) -> tuple[BudgetLineData, dict[str, str]]:
        errors: dict[str, str] = {}
        data = BudgetLineData(
            name=self.name.text(),
            sence_amount=read_money(self.sence_amount, "sence_amount", errors),
            municipal_amount=read_money(self.municipal_amount, "municipal_amount", errors),
        )
        return data, errors

    def service_check(self, data: BudgetLineData) -> None:
        self._service.check_budget_line(self._agreement_id, data, self.line_id)

    def write(self, data: BudgetLineData) -> str:
        if self.line_id is None:
            self.line_id = self._service.add_budget_line(self._agreement_id, data)
        else:
            self._service.update_budget_line(self.line_id, data)
        return self.line_id


class ReopenDialog(RecordDialog):
    """Why a closed month is opened again (kept in the record with the date)."""

    def __init__(
        self,
        service: RenditionService,
        agreement_id: str,
        month: Month,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, preferred=(480, 240))
        self._service = service
        self._agreement_id = agreement_id
        self.month = month
        self.setWindowTitle(self.tr("Reabrir {month}").format(month=month.label))
        self.reason = _line(REASON_MAX, self.tr("ej. Factura registrada con un monto erróneo"))
        self.section = FormSection(
            self.tr("Reabrir la rendición de {month}").format(month=month.label)
        )
        self.section.add("reason", self.tr("Motivo *"), self.reason)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.section)
        self.save_button.setText(self.tr("Reabrir"))
        self.hint.setText(
            self.tr(
                "Sus gastos se podrán corregir de nuevo. El motivo queda en el historial. "
                "Enter reabre."
            )
        )
        self.reason.setFocus()

    def values(self) -> tuple[str, dict[str, str]]:
        return self.reason.text(), {}

    def domain_errors(self, data: str) -> dict[str, str]:
        return {}  # the service says what a reason needs (shown beside it, gone once edited)

    def write(self, data: str) -> str:
        self._service.reopen_month(self._agreement_id, self.month, data.strip())
        return str(self.month)
