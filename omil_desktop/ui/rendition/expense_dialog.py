"""Registering or correcting an expense and its supporting documents.

The document type decides the amounts asked for: a factura's neto (its IVA computed, and
editable: suppliers round their own way), a boleta de honorarios' bruto (its retención computed
for the document's year), any other document's single amount. The total is always computed and
shown. Every error beside its field, all at once (the domain's as the officer types, the
service's — a duplicate document, a closed month — at save); Enter saves. An expense of a closed
month opens read-only, saying why.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.expenses import DocumentType, expected_amounts
from omil_desktop.domain.money import format_clp
from omil_desktop.domain.rendition import (
    EXPENSE_LABELS,
    EXPENSE_MAX_LENGTHS,
    Activity,
    ExpenseData,
    Funding,
    Month,
    amount_label,
    parse_supplier_rut,
)
from omil_desktop.domain.rut import InvalidRut, Rut
from omil_desktop.domain.text import size_text
from omil_desktop.services.clock import today
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.rendition import (
    AgreementRecord,
    ReceiptRow,
    RenditionService,
    SaveResult,
)
from omil_desktop.services.rendition_receipts import receipt_bytes
from omil_desktop.ui.rendition.common import RecordDialog, read_date, read_money
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import FieldErrors, FormSection
from omil_desktop.ui.widgets.money_field import MoneyField
from omil_desktop.ui.workshops.documents import documents_folder

RECEIPT_FILTER = "Comprobantes (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)"
_EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


def open_file(path: Path) -> bool:
    """Show a file in the system's viewer (the edge the tests replace)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def viewable_copy(row: ReceiptRow) -> Path:
    """The stored document under its own name and extension, in the temporary folder: the
    data folder keeps it under its SHA-256 without an extension, which no viewer can open."""
    folder = (
        Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))
        / "omil-comprobantes"
    )
    name = Path(row.file_name).name or "comprobante"
    extension = _EXTENSIONS.get(row.media_type, "")
    if extension and Path(name).suffix.lower() not in (extension, ".jpeg"):
        name += extension
    target = folder / row.sha256[:12] / name
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(receipt_bytes(row))  # decrypted: a viewer reads only plain files
    return target


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(EXPENSE_MAX_LENGTHS.get(name, 200))
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class _Receipt:
    """A row of the receipts list: one already kept (``row``) or a file chosen now (``path``)."""

    def __init__(self, row: ReceiptRow | None = None, path: Path | None = None) -> None:
        self.row = row
        self.path = path


class ExpenseDialog(RecordDialog):
    """A new expense of ``agreement`` (``expense_id`` None) or one to correct (or only to see,
    when its month is closed)."""

    def __init__(
        self,
        service: RenditionService,
        agreement: AgreementRecord,
        expense_id: str | None = None,
        parent: QWidget | None = None,
        *,
        day: date | None = None,
    ) -> None:
        """``day``: a new expense's date to start with (none: the field starts empty)."""
        super().__init__(parent, preferred=(660, 640))
        self._service = service
        self._agreement = agreement
        self.expense_id = expense_id
        self.save_result: SaveResult | None = None
        self.locked = False
        self._loading = False
        labels = EXPENSE_LABELS
        self.setWindowTitle(self.tr("Editar gasto") if expense_id else self.tr("Registrar gasto"))

        self.locked_line = QLabel()
        self.locked_line.setWordWrap(True)
        self.locked_line.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.locked_line.setVisible(False)

        # -- the document
        self.spent_on = DateField()
        self.document_type = EnumCombo(DocumentType, blank=self.tr("— Elija —"))
        self.number = _line("number", self.tr("ej. 12345"))
        self.number.setMaximumWidth(200)
        self.supplier_rut = QLineEdit()
        self.supplier_rut.setMaxLength(14)
        self.supplier_rut.setMaximumWidth(200)
        self.supplier_rut.setPlaceholderText(self.tr("ej. 76.123.456-7"))
        self.supplier_name = _line("supplier_name", self.tr("ej. Librería El Sur Ltda."))
        self.document = FormSection(self.tr("Documento de respaldo"))
        self.document.add("spent_on", labels["spent_on"] + " *", self.spent_on)
        self.document.add("document_type", labels["document_type"] + " *", self.document_type)
        self.document.add("number", labels["number"] + " *", self.number)
        self.document.add("supplier_rut", labels["supplier_rut"] + " *", self.supplier_rut)
        self.document.add("supplier_name", labels["supplier_name"] + " *", self.supplier_name)

        # -- the amounts
        self.net = MoneyField()
        self.iva = MoneyField()
        self.iva.setToolTip(
            self.tr("19 % del neto, calculado; corríjalo si el documento dice otro")
        )
        self.retention = MoneyField()
        self.retention.setToolTip(self.tr("Calculada según el año del documento (Ley 21.133)"))
        self.total = QLabel()
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.total.setStyleSheet("font-weight: bold;")
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.amounts = FormSection(self.tr("Montos"))
        self.amounts.add("net", labels["net"] + " *", self.net)
        self.amounts.add("iva", labels["iva"], self.iva)
        self.amounts.add("retention", labels["retention"], self.retention)
        self.amounts.add("total", labels["total"], self.total)

        # -- what it was for
        self.budget_line = QComboBox()
        self.budget_line.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.budget_line.setMinimumContentsLength(18)
        self.budget_line.addItem(self.tr("— Elija —"), None)
        for line in service.budget(agreement.id):
            self.budget_line.addItem(line.name, line.id)
        self.funding = EnumCombo(Funding, blank=None)
        self.description = _line("description", self.tr("ej. Resmas de papel para talleres"))
        self.activity = EnumCombo(Activity, blank=None)
        self.workshop = QComboBox()
        self.workshop.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.workshop.setMinimumContentsLength(18)
        workshops = service.workshop_choices()
        self.workshop.addItem(
            self.tr("— Elija el taller —") if workshops else self.tr("— No hay talleres —"), None
        )
        for choice in workshops:
            self.workshop.addItem(f"{choice.name} ({format_date(choice.starts_on)})", choice.id)
        self.activity_name = _line("activity_name", self.tr("ej. Feria laboral de primavera"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(44)
        self.notes.setMaximumHeight(80)
        self.notes.setToolTip(self.tr("Enter: nueva línea · Ctrl+Enter: guardar"))
        self.purpose = FormSection(self.tr("Imputación"))
        self.purpose.add("budget_line_id", labels["budget_line_id"] + " *", self.budget_line)
        self.purpose.add("funding", labels["funding"] + " *", self.funding)
        self.purpose.add("description", labels["description"] + " *", self.description)
        self.purpose.add("activity", labels["activity"], self.activity)
        self.purpose.add("workshop_id", labels["workshop_id"] + " *", self.workshop)
        self.purpose.add("activity_name", labels["activity_name"] + " *", self.activity_name)
        self.purpose.add("notes", labels["notes"], self.notes)

        # -- supporting documents
        self.receipt_list = QListWidget()
        self.receipt_list.setMaximumHeight(96)
        self.receipt_list.setMinimumHeight(48)
        self.attach_button = QPushButton(self.tr("Adjuntar…"))
        self.attach_button.setToolTip(self.tr("PDF, JPG o PNG de hasta 20 MB"))
        self.view_button = QPushButton(self.tr("Ver"))
        self.remove_button = QPushButton(self.tr("Quitar"))
        self.receipt_note = QLabel()
        self.receipt_note.setWordWrap(True)
        self.receipt_note.setTextFormat(Qt.TextFormat.PlainText)
        self.receipt_note.setVisible(False)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        receipts = QWidget()
        column = QVBoxLayout(receipts)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.receipt_list)
        column.addLayout(buttons)
        column.addWidget(self.receipt_note)
        self.receipts = FormSection(self.tr("Comprobantes escaneados"))
        self.receipts.add("receipts", self.tr("Archivos"), receipts)
        self._removed: list[str] = []

        self.sections = (self.document, self.amounts, self.purpose, self.receipts)
        fields = {name: f for s in self.sections for name, f in s.fields.items()}
        self.errors = FieldErrors(fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.locked_line)
        for section in self.sections:
            body.addWidget(section)
        self.hint.setText(
            self.tr(
                "Los campos con * son obligatorios. Enter guarda; en Observaciones, Ctrl+Enter."
            )
        )

        self.document_type.currentIndexChanged.connect(lambda _i: self._type_changed())
        self.net.textChanged.connect(lambda _t: self._recompute())
        self.spent_on.textChanged.connect(lambda _t: self._recompute(retention_only=True))
        self.iva.textChanged.connect(lambda _t: self._show_total())
        self.retention.textChanged.connect(lambda _t: self._show_total())
        self.activity.currentIndexChanged.connect(lambda _i: self._activity_changed())
        self.supplier_rut.editingFinished.connect(self._rut_finished)
        self.attach_button.clicked.connect(self.choose_files)
        self.view_button.clicked.connect(self.view_receipt)
        self.remove_button.clicked.connect(self.remove_receipt)
        self.receipt_list.currentRowChanged.connect(lambda _r: self._receipt_buttons())
        self.receipt_list.itemActivated.connect(lambda _i: self.view_receipt())

        if expense_id is None:
            self.spent_on.set_value(day)
        else:
            self._load(expense_id)
        self._type_changed()
        self._activity_changed()
        self._receipt_buttons()
        if not self.locked:
            self.spent_on.setFocus()

    # -- loading ----------------------------------------------------------------------------------

    def _load(self, expense_id: str) -> None:
        record = self._service.get_expense(expense_id)
        data = record.data
        self._loading = True
        try:
            self.spent_on.set_value(data.spent_on)
            self.document_type.set_value(data.document_type)
            self.number.setText(data.number)
            self.supplier_rut.setText(self._rut_text(data.supplier_rut))
            self.supplier_name.setText(data.supplier_name)
            self.net.set_value(data.net)
            self.iva.set_value(data.iva)
            self.retention.set_value(data.retention)
            self.budget_line.setCurrentIndex(max(self.budget_line.findData(data.budget_line_id), 0))
            self.funding.set_value(data.funding)
            self.description.setText(data.description)
            self.activity.set_value(data.activity)
            if data.workshop_id:
                self.workshop.setCurrentIndex(max(self.workshop.findData(data.workshop_id), 0))
            self.activity_name.setText(data.activity_name)
            self.notes.setPlainText(data.notes)
        finally:
            self._loading = False
        for row in record.receipts:
            self._add_item(_Receipt(row=row))
        if record.locked:
            self._lock(data)

    def _rut_text(self, text: str) -> str:
        try:
            return str(Rut.parse(text))
        except InvalidRut:
            return text

    def _lock(self, data: ExpenseData) -> None:
        """A closed month's expense: everything shown, nothing changed."""
        self.locked = True
        month = Month.of(data.spent_on) if data.spent_on else None
        self.locked_line.setText(
            self.tr(
                "Este gasto es de {month}, mes cerrado: solo se puede ver. Para corregirlo, "
                "reabra el mes en «Rendición mensual»."
            ).format(month=month.label if month else "")
        )
        self.locked_line.setVisible(True)
        self.setWindowTitle(self.tr("Gasto (mes cerrado)"))
        for edit in self.body.findChildren(QLineEdit):
            edit.setReadOnly(True)
        for text in self.body.findChildren(QPlainTextEdit):
            text.setReadOnly(True)
        for combo in self.body.findChildren(QComboBox):
            combo.setEnabled(False)
        self.spent_on.calendar_action.setEnabled(False)
        self.attach_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.save_button.setVisible(False)
        self.cancel_button.setText(self.tr("Cerrar"))
        self.hint.setText(self.tr("Ver abre el comprobante elegido."))

    # -- the amounts ------------------------------------------------------------------------------

    def _set_row_visible(self, section: FormSection, name: str, visible: bool) -> None:
        widget = section.fields[name][0]
        holder = widget.parentWidget()
        form = section.layout()
        if isinstance(form, QFormLayout) and holder is not None:
            form.setRowVisible(holder, visible)

    def _caption(self, section: FormSection, name: str) -> QLabel | None:
        holder = section.fields[name][0].parentWidget()
        form = section.layout()
        if isinstance(form, QFormLayout) and holder is not None:
            label = form.labelForField(holder)
            return label if isinstance(label, QLabel) else None
        return None

    def _kind(self) -> DocumentType | None:
        value = self.document_type.value()
        return DocumentType(value) if value is not None else None

    def _type_changed(self) -> None:
        kind = self._kind()
        self._set_row_visible(self.amounts, "iva", kind is DocumentType.INVOICE)
        self._set_row_visible(self.amounts, "retention", kind is DocumentType.FEE_RECEIPT)
        net_caption = self._caption(self.amounts, "net")
        total_caption = self._caption(self.amounts, "total")
        if net_caption is not None:
            net_caption.setText(amount_label(kind, "net") + " *")
        if total_caption is not None:
            total_caption.setText(amount_label(kind, "total"))
        self._recompute()

    def _year(self) -> int:
        try:
            day = self.spent_on.value()
        except ValueError:
            day = None
        return (day or today()).year

    def _recompute(self, *, retention_only: bool = False) -> None:
        """The IVA (factura) or retención (boleta de honorarios) of the amount typed."""
        if self._loading or self.locked:
            return
        kind = self._kind()
        try:
            net = self.net.value()
        except ValueError:
            net = None
        if kind is not None and net is not None and net >= 0:
            expected = expected_amounts(kind, net, self._year())
            if kind is DocumentType.INVOICE and not retention_only:
                self.iva.set_value(expected.iva)
            if kind is DocumentType.FEE_RECEIPT:
                self.retention.set_value(expected.retention)
        self._show_total()

    def _amount_values(self) -> tuple[int | None, int | None, int | None, dict[str, str]]:
        errors: dict[str, str] = {}
        kind = self._kind()
        net = read_money(self.net, "net", errors)
        iva = read_money(self.iva, "iva", errors) if kind is DocumentType.INVOICE else 0
        retention = (
            read_money(self.retention, "retention", errors)
            if kind is DocumentType.FEE_RECEIPT
            else 0
        )
        return net, iva, retention, errors

    def _show_total(self) -> None:
        net, iva, retention, errors = self._amount_values()
        if errors or net is None:
            self.total.setText("—")
            return
        total = net + (iva or 0) - (retention or 0)
        text = format_clp(total)
        if self._kind() is DocumentType.FEE_RECEIPT:
            text += self.tr(" (se imputa el bruto, {gross})").format(gross=format_clp(net))
        self.total.setText(text)

    def _activity_changed(self) -> None:
        activity = self.activity.value()
        self._set_row_visible(self.purpose, "workshop_id", activity is Activity.WORKSHOP)
        self._set_row_visible(self.purpose, "activity_name", activity is Activity.FAIR)

    def _rut_finished(self) -> None:
        """The RUT is checked as soon as it is written: its message beside it, or its usual
        writing (76.123.456-7)."""
        text = self.supplier_rut.text().strip()
        if not text or self.locked:
            return
        try:
            rut = parse_supplier_rut(text)
        except InvalidRut as exc:
            self.document.fields["supplier_rut"][1].show_message(str(exc))
            return
        if self.supplier_rut.text() != str(rut):
            self.supplier_rut.setText(str(rut))

    # -- reading the form -------------------------------------------------------------------------

    def values(self) -> tuple[ExpenseData, dict[str, str]]:
        errors: dict[str, str] = {}
        net, iva, retention, amount_errors = self._amount_values()
        errors.update(amount_errors)
        total: int | None = None
        if not amount_errors:
            total = (net or 0) + (iva or 0) - (retention or 0)
        funding = self.funding.value()
        activity = self.activity.value()
        data = ExpenseData(
            spent_on=read_date(self.spent_on, "spent_on", errors),
            document_type=self._kind(),
            number=self.number.text(),
            supplier_rut=self.supplier_rut.text(),
            supplier_name=self.supplier_name.text(),
            net=net,
            iva=iva,
            retention=retention,
            total=total,
            budget_line_id=self.budget_line.currentData() or None,
            funding=Funding(funding) if funding is not None else Funding.SENCE,
            description=self.description.text(),
            activity=Activity(activity) if activity is not None else Activity.GENERAL,
            workshop_id=self.workshop.currentData() or None,
            activity_name=self.activity_name.text(),
            notes=self.notes.toPlainText(),
        )
        return data, errors

    def domain_errors(self, data: ExpenseData) -> dict[str, str]:
        return data.cleaned().validate(self._agreement.terms)

    def service_check(self, data: ExpenseData) -> None:
        self._service.check_expense(self._agreement.id, data, self.expense_id)

    def write(self, data: ExpenseData) -> str:
        """One service call, all or nothing: a new expense with its files, or a correction with
        the files added and the receipts removed (a refused file leaves the expense as it was,
        and the form as the officer left it, to fix and save again)."""
        new_files = [r.path for r in self._receipts() if r.path is not None]
        if self.expense_id is None:
            self.save_result = self._service.add_expense(self._agreement.id, data, new_files)
            self.expense_id = self.save_result.id
            return self.expense_id
        self.save_result = self._service.update_expense(
            self.expense_id,
            data,
            receipts_added=new_files,
            receipts_removed=tuple(self._removed),
        )
        return self.expense_id

    def save(self) -> None:
        if self.locked:
            return
        super().save()

    # -- supporting documents ---------------------------------------------------------------------

    def _receipts(self) -> list[_Receipt]:
        found = []
        for i in range(self.receipt_list.count()):
            item = self.receipt_list.item(i)
            if item is not None:
                found.append(item.data(Qt.ItemDataRole.UserRole))
        return found

    def _item_text(self, receipt: _Receipt) -> str:
        if receipt.row is not None:
            row = receipt.row
            text = f"{row.file_name} · {size_text(row.size)}"
            if not row.present:
                text += self.tr(" · no está en este equipo todavía")
            return text
        assert receipt.path is not None
        text = f"{receipt.path.name} · {size_text(receipt.path.stat().st_size)}"
        return text + self.tr(" · se guarda al guardar el gasto")

    def _add_item(self, receipt: _Receipt) -> None:
        text = self._item_text(receipt)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, receipt)
        item.setToolTip(text)
        self.receipt_list.addItem(item)
        self.receipt_list.setCurrentItem(item)

    def _receipt_buttons(self) -> None:
        chosen = self.receipt_list.currentRow() >= 0
        self.view_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not self.locked)

    def _receipt_problem(self, message: str) -> None:
        self.receipts.fields["receipts"][1].show_message(message)
        if message:
            self.reveal(self.receipt_list)

    def choose_files(self) -> None:
        """Adjuntar…: the system's dialog, PDF, JPG or PNG."""
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Adjuntar comprobantes"),
            str(documents_folder()),
            self.tr(RECEIPT_FILTER),
        )
        self.attach_files([Path(p) for p in chosen])

    def attach_files(self, paths: list[Path]) -> None:
        """Add ``paths`` to the list (kept when the expense is saved); a file that cannot be
        kept is said beside the list and left out."""
        problems = []
        known = {r.path for r in self._receipts() if r.path is not None}
        for path in paths:
            if path in known:
                continue
            try:
                problem = self._service.check_receipt(path)
            except (ServiceError, StorageError, OSError) as exc:
                problem = str(exc)
            if problem:
                problems.append(problem)
                continue
            self._add_item(_Receipt(path=path))
        self._receipt_problem(" ".join(problems))
        self._receipt_buttons()

    def view_receipt(self) -> None:
        row_number = self.receipt_list.currentRow()
        if row_number < 0:
            return
        receipt: _Receipt = self.receipt_list.item(row_number).data(Qt.ItemDataRole.UserRole)
        self.receipt_note.setVisible(False)
        if receipt.path is not None:
            target = receipt.path
        else:
            row = receipt.row
            assert row is not None
            if not row.present:
                self._note(
                    self.tr(
                        "«{name}» no está en este equipo todavía: llegará con la próxima "
                        "sincronización."
                    ).format(name=row.file_name)
                )
                return
            try:
                target = viewable_copy(row)
            except OSError:
                self._note(
                    self.tr("No se pudo preparar «{name}» para verlo.").format(name=row.file_name)
                )
                return
        if not open_file(target):
            self._note(self.tr("No se pudo abrir «{name}».").format(name=target.name))

    def _note(self, message: str) -> None:
        self.receipt_note.setText(message)
        self.receipt_note.setVisible(True)

    def remove_receipt(self) -> None:
        row = self.receipt_list.currentRow()
        if row < 0 or self.locked:
            return
        item = self.receipt_list.takeItem(row)
        if item is not None:
            receipt: _Receipt = item.data(Qt.ItemDataRole.UserRole)
            if receipt.row is not None:
                self._removed.append(receipt.row.id)
        self._receipt_buttons()
