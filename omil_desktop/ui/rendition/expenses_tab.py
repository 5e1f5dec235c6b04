"""Gastos: the month's expenses (search as you type, the month chosen above, the current one
first), «Registrar gasto…» (Ctrl+N), Enter opens one; what a save warns about stays in a line
above the list.

The list reads a page at a time through the service (count, then pages by offset): a month of a
thousand expenses opens at once. PagedListPage is not used: its model orders by any column and
finds a row by a position query, which the expenses' service has no need for, and its side page
would leave the columns no room at 1024×600.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.money import format_clp
from omil_desktop.domain.rendition import (
    EXPENSE_LABELS,
    Month,
    months_between,
)
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate
from omil_desktop.services.clock import today
from omil_desktop.services.errors import NotFound, ServiceError, StorageError
from omil_desktop.services.rendition import (
    AgreementRecord,
    ExpenseListRow,
    RenditionService,
    SaveResult,
)
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.rendition.common import (
    CENTER,
    RIGHT,
    WARNING_MARK,
    notice,
    notice_label,
    two_lines,
)

PAGE_SIZE = 100
SEARCH_DELAY_MS = 150
_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)
_Index = QModelIndex | QPersistentModelIndex

(DATE, DOCUMENT, RUT, SUPPLIER, DESCRIPTION, LINE, FUNDING, AMOUNT, RECEIPTS, STATE) = range(10)


def headers() -> tuple[str, ...]:
    """The column titles, in the running language."""
    return (
        EXPENSE_LABELS["spent_on"],
        translate(
            "ui.rendition.expenses_tab", "Documento"
        ),  # its type and number in one cell: the domain names each apart
        two_lines(EXPENSE_LABELS["supplier_rut"]),
        two_lines(EXPENSE_LABELS["supplier_name"]),
        EXPENSE_LABELS["description"],
        two_lines(EXPENSE_LABELS["budget_line_id"]),
        EXPENSE_LABELS["funding"],
        translate(
            "ui.rendition.expenses_tab", "Monto"
        ),  # what it charges to its line (net + IVA): no field of the form holds it
        translate("ui.rendition.expenses_tab", "Compr."),
        translate("ui.rendition.expenses_tab", "Mes"),
    )


_SAMPLES = Labels(
    "ui.rendition.expenses_tab",
    {
        DATE: "88-88-8888",
        DOCUMENT: QT_TRANSLATE_NOOP("ui.rendition.expenses_tab", "Boleta de honorarios N° 888"),
        RUT: "88.888.888-8",
        SUPPLIER: QT_TRANSLATE_NOOP("ui.rendition.expenses_tab", "Librería El Sur Ltda."),
        LINE: QT_TRANSLATE_NOOP("ui.rendition.expenses_tab", "Materiales e insumos"),
        FUNDING: QT_TRANSLATE_NOOP("ui.rendition.expenses_tab", "Aporte municipal"),
        AMOUNT: "$8.888.888",
        RECEIPTS: QT_TRANSLATE_NOOP("ui.rendition.expenses_tab", "Compr."),
        STATE: "cerrado",
    },
)
OPTIONAL = (STATE, RUT, RECEIPTS, LINE, SUPPLIER)
"""Left out of a narrow list, first to last (the expense's form shows them)."""
DESCRIPTION_MIN = 200


class ExpenseListModel(QAbstractTableModel):
    """The expenses of a search, read a page at a time."""

    def __init__(self, service: RenditionService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._agreement_id: str | None = None
        self._query = ""
        self._month: Month | None = None
        self._count = 0
        self._pages: dict[int, list[ExpenseListRow]] = {}

    def search(self, agreement_id: str | None, query: str, month: Month | None) -> None:
        self.beginResetModel()
        self._agreement_id, self._query, self._month = agreement_id, query, month
        self._pages = {}
        self._count = 0
        try:
            if agreement_id is not None:
                self._count = self._service.count_expenses(agreement_id, query, month=month)
        finally:
            self.endResetModel()

    def row(self, row: int) -> ExpenseListRow | None:
        if not 0 <= row < self._count or self._agreement_id is None:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._service.expenses_page(
                self._agreement_id,
                self._query,
                month=self._month,
                offset=number * PAGE_SIZE,
                limit=PAGE_SIZE,
            )
            self._pages[number] = page
        return page[offset] if offset < len(page) else None

    def row_of(self, expense_id: str) -> int:
        for number in range((self._count + PAGE_SIZE - 1) // PAGE_SIZE):
            self.row(number * PAGE_SIZE)
            for offset, found in enumerate(self._pages.get(number, [])):
                if found.id == expense_id:
                    return number * PAGE_SIZE + offset
        return -1

    def id_at(self, row: int) -> str | None:
        found = self.row(row)
        return found.id if found is not None else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.document} · {row.supplier_name} ({row.supplier_rut})\n{row.description}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == AMOUNT:
                return int(RIGHT)
            if column in (DATE, RECEIPTS, STATE):
                return int(CENTER)
        return None

    def text(self, row: ExpenseListRow, column: int) -> str:
        values = {
            DATE: format_date(row.spent_on),
            DOCUMENT: row.document,
            RUT: row.supplier_rut,
            SUPPLIER: row.supplier_name,
            DESCRIPTION: row.description,
            LINE: row.budget_line,
            FUNDING: row.funding.label,
            AMOUNT: format_clp(row.amount),
            RECEIPTS: str(row.receipts) if row.receipts else "—",
            STATE: self.tr("cerrado") if row.locked else "",
        }
        return values[column]


class ExpensesTab(QWidget):
    changed = Signal()

    def __init__(self, service: RenditionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.agreement: AgreementRecord | None = None
        self.month_filter = QComboBox()
        self.month_filter.setToolTip(self.tr("Los gastos de qué mes se muestran"))
        self.month_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Buscar proveedor, RUT, N° o descripción…"))
        self.search_field.setToolTip(self.tr("Enter va a la lista; Esc borra la búsqueda."))
        self.search_field.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("Registrar gasto… (Ctrl+N)"))
        self.new_button.setToolTip(self.tr("Registrar un gasto con su documento de respaldo"))
        self.open_button = QPushButton(self.tr("Abrir gasto"))
        self.open_button.setToolTip(self.tr("Ver o corregir el gasto elegido (Enter)"))
        self.delete_button = QPushButton(self.tr("Eliminar gasto…"))
        self.result_label = QLabel()
        self.notice = notice_label()
        self.model = ExpenseListModel(service, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        self._widths = {
            c: max(metrics.horizontalAdvance(t) for t in (s, *headers()[c].split("\n"))) + 20
            for c, s in _SAMPLES.items()
        }
        for column, width in self._widths.items():
            self.table.setColumnWidth(column, width)
        # What an empty list means, in the table's own area (ListLayout.placeholder is the
        # search field's hint, not this): drawn over the viewport, letting clicks through.
        self.empty = QLabel(self.table.viewport())
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555;")
        self.empty.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mes:")))
        top.addWidget(self.month_filter)
        top.addWidget(self.search_field, 1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.result_label, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(self._timer.start)
        self.search_field.returnPressed.connect(self._focus_results)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.clear_search)
        self.month_filter.currentIndexChanged.connect(lambda _i: self._month_chosen())
        self.table.activated.connect(lambda index: self.open_expense(self.model.id_at(index.row())))
        self.open_button.clicked.connect(lambda: self.open_expense(self.current_id()))
        self.new_button.clicked.connect(self.new_expense)
        self.delete_button.clicked.connect(self.delete_expense)
        self.model.modelReset.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._buttons())
        self.table.viewport().installEventFilter(self)

    # -- layout -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            self._place_empty()
        return super().eventFilter(watched, event)

    def _place_empty(self) -> None:
        """The empty list's line across the top of the table's area, a little below the
        headers."""
        width = self.table.viewport().width()
        margin = 16
        self.empty.setGeometry(
            margin, margin, max(width - 2 * margin, 0), self.empty.heightForWidth(width) + 8
        )

    def _fit_columns(self) -> None:
        """The description keeps its room; a narrow list leaves out the optional columns."""
        room = self.table.viewport().width() - DESCRIPTION_MIN
        hidden: set[int] = set()
        for column in OPTIONAL:
            if sum(w for c, w in self._widths.items() if c not in hidden) <= room:
                break
            hidden.add(column)
        for column in self._widths:
            self.table.setColumnHidden(column, column in hidden)

    # -- the agreement and the month --------------------------------------------------------------

    def set_agreement(self, agreement: AgreementRecord | None) -> None:
        self.agreement = agreement
        notice(self.notice, "")
        self.setEnabled(agreement is not None)
        self.month_filter.blockSignals(True)
        self.month_filter.clear()
        if agreement is not None:
            terms = agreement.terms
            months = months_between(terms.starts_on, terms.ends_on)
            for month in months:
                self.month_filter.addItem(month.label.capitalize(), str(month))
            self.month_filter.addItem(self.tr("Todos los meses"), None)
            self.month_filter.setCurrentIndex(
                self.month_filter.findData(str(self._default(months)))
            )
        self.month_filter.blockSignals(False)
        self.run_search()

    @staticmethod
    def _default(months: list[Month]) -> Month:
        """This month when the agreement runs in it; else the nearest of its months."""
        now = Month.of(today())
        if now in months:
            return now
        return months[-1] if months and now > months[-1] else months[0]

    def month(self) -> Month | None:
        data = self.month_filter.currentData()
        return Month.parse(data) if data else None

    def show_month(self, month: Month | None) -> None:
        index = self.month_filter.findData(str(month) if month is not None else None)
        if index >= 0:
            self.month_filter.setCurrentIndex(index)

    # -- the list ---------------------------------------------------------------------------------

    def _month_chosen(self) -> None:
        """Another month: what was said of the last save belongs to the month left behind."""
        notice(self.notice, "")
        self.run_search()

    def run_search(self) -> None:
        """A new search (text or month changed): the list starts at its first result."""
        self._timer.stop()
        agreement_id = self.agreement.id if self.agreement else None
        try:
            self.model.search(agreement_id, self.search_field.text(), self.month())
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.table.scrollToTop()
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), _SELECT_ROW)
        else:
            self.table.clearSelection()
        self._buttons()

    def refresh(self, expense_id: str | None = None) -> None:
        """The same search again; ``expense_id`` (or the chosen one) stays chosen. A saved
        expense outside the search shows: its month is chosen and the search cleared."""
        self._timer.stop()
        chosen = expense_id or self.current_id()
        agreement_id = self.agreement.id if self.agreement else None
        try:
            self.model.search(agreement_id, self.search_field.text(), self.month())
            row = self.model.row_of(chosen) if chosen else -1
            if row < 0 and expense_id is not None:
                self.search_field.blockSignals(True)
                self.search_field.clear()
                self.search_field.blockSignals(False)
                month = self._month_of(expense_id)
                self.month_filter.blockSignals(True)
                self.show_month(month)
                if self.month() != month:
                    self.show_month(None)
                self.month_filter.blockSignals(False)
                self.model.search(agreement_id, "", self.month())
                row = self.model.row_of(expense_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), _SELECT_ROW)
            self.table.scrollTo(self.model.index(row, 0))
        elif self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), _SELECT_ROW)
        self._buttons()

    def _month_of(self, expense_id: str) -> Month | None:
        try:
            spent_on = self._service.get_expense(expense_id).data.spent_on
        except NotFound:
            return None
        return Month.of(spent_on) if isinstance(spent_on, date) else None

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def current(self) -> ExpenseListRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def clear_search(self) -> None:
        if self.search_field.text():
            self.search_field.clear()
            self.run_search()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _focus_results(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.model.rowCount():
            self.table.setFocus()

    def _update_count(self) -> None:
        self.result_label.setText(self.tr("%Ln gasto(s)", "", self.model.rowCount()))
        self._show_empty()

    def _show_empty(self) -> None:
        """An empty list says why, and what to do: the month has no expenses yet, or the
        search finds none."""
        text = ""
        if self.agreement is not None and not self.model.rowCount():
            month = self.month()
            if self.search_field.text().strip():
                text = self.tr("Ningún gasto coincide con la búsqueda.")
            elif month is not None and self._closed(month):
                text = self.tr("Sin gastos en {month} (mes cerrado).").format(month=month.label)
            else:
                where = month.label if month is not None else self.tr("el convenio")
                text = self.tr(
                    "Sin gastos en {where}. Regístrelos con «Registrar gasto…» (Ctrl+N)."
                ).format(where=where)
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        if text:
            self._place_empty()

    def _closed(self, month: Month) -> bool:
        assert self.agreement is not None
        try:
            return self._service.is_closed(self.agreement.id, month)
        except (ServiceError, StorageError):
            return False

    def _buttons(self) -> None:
        row = self.current()
        self.open_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and not row.locked)
        self.delete_button.setToolTip(
            self.tr("Su mes está cerrado: reábralo para eliminarlo.") if row and row.locked else ""
        )

    # -- records ----------------------------------------------------------------------------------

    def new_expense(self) -> None:
        if self.agreement is None:
            return
        from omil_desktop.ui.rendition.expense_dialog import ExpenseDialog

        try:
            dialog = ExpenseDialog(self._service, self.agreement, None, self, day=self._new_day())
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        dialog.saved.connect(
            lambda _id: self._saved(dialog.save_result, self.tr("Gasto registrado"))
        )
        dialog.open()

    def _new_day(self) -> date | None:
        """Today, when the list shows this month (or every month); otherwise none, so that an
        expense of an earlier month is not dated today by mistake."""
        month = self.month()
        now = today()
        return now if month is None or now in month else None

    def open_expense(self, expense_id: str | None) -> None:
        if self.agreement is None or expense_id is None:
            return
        from omil_desktop.ui.rendition.expense_dialog import ExpenseDialog

        try:
            dialog = ExpenseDialog(self._service, self.agreement, expense_id, self)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            self.refresh()
            return
        dialog.saved.connect(
            lambda _id: self._saved(dialog.save_result, self.tr("Gasto corregido"))
        )
        dialog.open()

    def _saved(self, result: SaveResult | None, what: str) -> None:
        if result is None:
            return
        self.refresh(result.id)
        row = self.current()
        message = what
        if row is not None and row.id == result.id:
            message += f": {row.document}, {row.supplier_name}, {format_clp(row.amount)}"
        message += "."
        if result.warnings:
            message += " " + self.tr("Atención:") + " " + " ".join(result.warnings)
            message = f"{WARNING_MARK} {message}"
        notice(self.notice, message, problem=bool(result.warnings))
        self.changed.emit()

    def delete_expense(self) -> None:
        row = self.current()
        if row is None or row.locked:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Eliminar gasto"),
            self.tr("¿Eliminar el gasto {document} de {supplier} por {amount}?").format(
                document=row.document, supplier=row.supplier_name, amount=format_clp(row.amount)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service.delete_expense(row.id)
        except (ServiceError, StorageError, NotFound) as exc:
            show_problem(self, str(exc))
            return
        self.refresh()
        notice(self.notice, self.tr("Gasto eliminado: {document}.").format(document=row.document))
        self.changed.emit()
