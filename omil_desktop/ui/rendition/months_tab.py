"""Rendición mensual: the months of the agreement with their saldos, and for the chosen month
its preview, PDF, Excel, closing and reopening; the history of closes and reopens below."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.money import format_clp
from omil_desktop.domain.rendition import BUDGET_LINE_LABELS, MonthAction, MonthStatement
from omil_desktop.domain.text import os_reason
from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.services.rendition import AgreementRecord, MonthRow, RenditionService
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.rendition.common import (
    CENTER,
    WARNING_MARK,
    bold_row,
    caption,
    cell,
    fit_columns,
    make_table,
    money_cell,
    notice,
    notice_label,
    row_data,
    select_data,
    spread_columns,
    two_lines,
)
from omil_desktop.ui.widgets.form import WINDOW_FRAME_HEIGHT
from omil_desktop.ui.workshops.documents import documents_folder

MONEY_COLUMNS = (3, 4, 5, 6, 7)
"""Ingresos, gastos SENCE and municipal, saldo anterior and siguiente."""
LINE_MONEY_COLUMNS = (1, 2, 3, 4, 5, 6)
"""The preview's budget lines: budget, month and to date, SENCE and municipal."""


def month_title(row: MonthRow) -> str:
    return row.month.label.capitalize()


class PreviewDialog(QDialog):
    """The month's rendición in the window: the saldos and the totals per budget line."""

    def __init__(self, statement: MonthStatement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statement = statement
        self.setWindowTitle(
            self.tr("Vista previa: rendición de {month}").format(month=statement.month.label)
        )
        state = self.tr("Mes cerrado") if statement.closed else self.tr("Mes abierto")
        title = QLabel(
            self.tr("Rendición de {month} · {state} · {count}").format(
                month=statement.month.label,
                state=state,
                count=self.tr("%Ln gasto(s)", "", len(statement.expenses)),
            )
        )
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.totals: dict[str, QLabel] = {}
        grid = QGridLayout()
        figures = (
            ("opening", self.tr("Saldo anterior"), statement.opening_balance),
            ("income", self.tr("Ingresos del mes"), statement.income_total),
            ("sence", self.tr("Gastos SENCE del mes"), statement.sence_spent),
            ("municipal", self.tr("Gastos aporte municipal del mes"), statement.municipal_spent),
            ("closing", self.tr("Saldo para el mes siguiente"), statement.closing_balance),
        )
        for i, (key, text, amount) in enumerate(figures):
            value = QLabel(format_clp(amount))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key == "closing":
                value.setStyleSheet("font-weight: bold;")
            self.totals[key] = value
            grid.addWidget(caption(text + ":"), i, 0)
            grid.addWidget(value, i, 1)
        grid.setColumnStretch(2, 1)
        sums = QLabel(
            self.tr(
                "Saldo anterior + ingresos − gastos SENCE = saldo siguiente. El aporte "
                "municipal se informa aparte."
            )
        )
        sums.setWordWrap(True)
        sums.setStyleSheet("color: #555;")
        self.lines = make_table(
            [
                BUDGET_LINE_LABELS["name"],
                two_lines(BUDGET_LINE_LABELS["sence_amount"]),
                two_lines(BUDGET_LINE_LABELS["municipal_amount"]),
                two_lines(self.tr("Mes SENCE")),
                two_lines(self.tr("Mes municipal")),
                self.tr("A la fecha\nSENCE"),
                self.tr("A la fecha\nmunicipal"),
            ],
            stretch=0,
        )
        self.lines.setRowCount(len(statement.lines))
        for i, line in enumerate(statement.lines):
            name = f"{WARNING_MARK} {line.name}" if line.overspent else line.name
            self.lines.setItem(i, 0, cell(name))
            amounts = (
                line.budget_sence,
                line.budget_municipal,
                line.month_sence,
                line.month_municipal,
                line.to_date_sence,
                line.to_date_municipal,
            )
            for column, amount in enumerate(amounts, start=1):
                self.lines.setItem(i, column, money_cell(amount))
            if line.overspent:
                bold_row(self.lines, i)
                self.lines.item(i, 0).setToolTip(self.tr("Sobregirado"))  # type: ignore[union-attr]
        spread_columns(self.lines, LINE_MONEY_COLUMNS)
        self.lines.viewport().installEventFilter(self)
        self.lines.setMinimumHeight(120)
        body = QWidget()
        content = QVBoxLayout(body)
        content.addWidget(title)
        content.addLayout(grid)
        content.addWidget(sums)
        content.addWidget(QLabel(self.tr("Por ítem del plan de gastos:")))
        content.addWidget(self.lines, 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Cerrar"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.setMaximumSize(screen.width() - 16, screen.height() - WINDOW_FRAME_HEIGHT)
        self.resize(min(860, screen.width() - 16), min(560, screen.height() - WINDOW_FRAME_HEIGHT))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lines.viewport() and event.type() == QEvent.Type.Resize:
            spread_columns(self.lines, LINE_MONEY_COLUMNS)
        return super().eventFilter(watched, event)


class MonthsTab(QWidget):
    changed = Signal()

    def __init__(
        self, workspace: Workspace, service: RenditionService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._service = service
        self.agreement: AgreementRecord | None = None
        self.rows: list[MonthRow] = []
        self.jobs: list[QObject] = []
        self.table = make_table(
            [
                self.tr("Mes"),
                self.tr("Estado"),
                self.tr("Gastos"),
                self.tr("Ingresos"),
                two_lines(self.tr("Gastos SENCE")),
                two_lines(self.tr("Gastos municipal")),
                two_lines(self.tr("Saldo anterior")),
                two_lines(self.tr("Saldo siguiente")),
            ],
            stretch=0,
        )
        self.legend = QLabel(
            self.tr(
                "{mark} El saldo cambió después de cerrar el mes (se reabrió y corrigió un mes "
                "anterior): vuelva a generar su rendición."
            ).format(mark=WARNING_MARK)
        )
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555;")
        self.legend.setVisible(False)
        self.notice = notice_label()
        self.preview_button = QPushButton(self.tr("Vista previa…"))
        self.pdf_button = QPushButton(self.tr("Generar PDF…"))
        self.annex = QCheckBox(self.tr("Incluir anexo con comprobantes"))
        self.annex.setToolTip(self.tr("Cada comprobante escaneado en una página, al final"))
        self.excel_button = QPushButton(self.tr("Exportar a Excel…"))
        self.close_button = QPushButton(self.tr("Cerrar mes"))
        self.close_button.setToolTip(self.tr("Bloquea los gastos del mes"))
        self.reopen_button = QPushButton(self.tr("Reabrir mes…"))
        self.reopen_button.setToolTip(self.tr("Permite corregir sus gastos; pide un motivo"))
        documents = QHBoxLayout()
        documents.addWidget(self.preview_button)
        documents.addWidget(self.pdf_button)
        documents.addWidget(self.annex)
        documents.addStretch(1)
        documents.addWidget(self.excel_button)
        self.close_hint = QLabel()
        """Why the chosen month cannot be closed yet (beside the disabled «Cerrar mes»)."""
        self.close_hint.setStyleSheet("color: #555;")
        self.close_hint.setWordWrap(True)
        states = QHBoxLayout()
        states.addWidget(self.close_button)
        states.addWidget(self.reopen_button)
        states.addWidget(self.close_hint, 1)

        self.history = make_table(
            [self.tr("Fecha y hora"), self.tr("Mes"), self.tr("Acción"), self.tr("Motivo")],
            stretch=3,
        )
        self.history.setSelectionMode(self.history.SelectionMode.NoSelection)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.notice)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.legend)
        top_layout.addLayout(documents)
        top_layout.addLayout(states)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        history_title = QLabel(self.tr("Historial de cierres y reaperturas"))
        history_title.setStyleSheet("font-weight: bold;")
        bottom_layout.addWidget(history_title)
        bottom_layout.addWidget(self.history, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self.make_pdf)
        self.excel_button.clicked.connect(self.export_excel)
        self.close_button.clicked.connect(self.close_month)
        self.reopen_button.clicked.connect(self.reopen_month)
        self.table.viewport().installEventFilter(self)
        self.table.itemActivated.connect(lambda _item: self.preview())
        self.table.currentCellChanged.connect(lambda *_a: self._buttons())

    # -- layout -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._spread()
        return super().eventFilter(watched, event)

    def _spread(self) -> None:
        """The month's name as wide as it needs; the money columns share the rest."""
        spread_columns(self.table, MONEY_COLUMNS)

    # -- reading ----------------------------------------------------------------------------------

    def set_agreement(self, agreement: AgreementRecord | None) -> None:
        self.agreement = agreement
        notice(self.notice, "")
        self.table.setCurrentCell(-1, -1)
        self.refresh()

    def refresh(self) -> None:
        self.setEnabled(self.agreement is not None)
        if self.agreement is None:
            self.rows = []
            self.table.setRowCount(0)
            self.history.setRowCount(0)
            self._buttons()
            return
        chosen = row_data(self.table)
        try:
            self.rows = self._service.months(self.agreement.id)
            events = self._service.history(self.agreement.id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        table = self.table
        table.setRowCount(len(self.rows))
        changed_any = False
        for i, row in enumerate(self.rows):
            table.setItem(i, 0, cell(month_title(row), data=str(row.month)))
            state = self.tr("Cerrado") if row.closed else self.tr("Abierto")
            table.setItem(i, 1, cell(state, CENTER))
            table.setItem(i, 2, cell(str(row.expenses), CENTER))
            table.setItem(i, 3, money_cell(row.income))
            table.setItem(i, 4, money_cell(row.sence_spent))
            table.setItem(i, 5, money_cell(row.municipal_spent))
            table.setItem(i, 6, money_cell(row.opening_balance))
            closing = money_cell(row.closing_balance)
            if row.signed_closing is not None and row.signed_closing != row.closing_balance:
                changed_any = True
                closing.setText(f"{WARNING_MARK} {format_clp(row.closing_balance)}")
                closing.setToolTip(
                    self.tr(
                        "Al cerrarse el mes, el saldo era {signed}; hoy es {now} porque se "
                        "reabrió y corrigió un mes anterior."
                    ).format(
                        signed=format_clp(row.signed_closing), now=format_clp(row.closing_balance)
                    )
                )
            table.setItem(i, 7, closing)
        self._spread()
        self.legend.setVisible(changed_any)
        if chosen is not None:
            select_data(table, chosen)
        else:  # the last month: the one being rendered
            last_open = next((i for i, r in enumerate(self.rows) if not r.closed), None)
            table.setCurrentCell(last_open if last_open is not None else len(self.rows) - 1, 0)
        self.history.setRowCount(len(events))
        for i, event in enumerate(events):
            local = event.at.replace(tzinfo=UTC).astimezone()  # stored in UTC
            self.history.setItem(i, 0, cell(local.strftime("%d-%m-%Y %H:%M"), CENTER))
            self.history.setItem(i, 1, cell(event.month.label.capitalize()))
            self.history.setItem(i, 2, cell(event.action.label))
            reason = event.reason if event.action is MonthAction.REOPEN else ""
            item = cell(reason)
            item.setToolTip(reason)
            self.history.setItem(i, 3, item)
        fit_columns(self.history)
        self._buttons()

    def current(self) -> MonthRow | None:
        chosen = row_data(self.table)
        return next((r for r in self.rows if str(r.month) == chosen), None)

    def _buttons(self) -> None:
        row = self.current()
        for button in (self.preview_button, self.pdf_button, self.excel_button):
            button.setEnabled(row is not None)
        refusal = None
        if row is not None and not row.closed and self.agreement is not None:
            try:
                refusal = self._service.close_refusal(self.agreement.id, row.month)
            except (ServiceError, StorageError) as exc:
                refusal = str(exc)
        self.close_button.setEnabled(row is not None and not row.closed and refusal is None)
        self.close_hint.setText(refusal or "")
        self.reopen_button.setEnabled(row is not None and row.closed)

    # -- the month's documents --------------------------------------------------------------------

    def preview(self) -> None:
        row = self.current()
        if self.agreement is None or row is None:
            return
        try:
            statement = self._service.statement(self.agreement.id, row.month)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        dialog = PreviewDialog(statement, self)
        dialog.open()

    def make_pdf(self) -> None:
        row = self.current()
        if self.agreement is None or row is None:
            return
        annex = self.annex.isChecked()
        if annex and not self._annex_despite_missing(row):
            return
        from omil_desktop.ui.rendition.documents import start_rendition_pdf

        job = start_rendition_pdf(self._workspace, self, self.agreement.id, row.month, annex=annex)
        if job is not None:
            self.jobs.append(job)
            job.finished.connect(lambda _path, job=job: self.jobs.remove(job))

    def _annex_despite_missing(self, row: MonthRow) -> bool:
        """Whether to make the annex: at once when every receipt of the month is on this PC;
        else the officer is told how many have not arrived (sync brings them) and decides."""
        assert self.agreement is not None
        try:
            missing = self._service.missing_receipts(self.agreement.id, row.month)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return False
        if not missing:
            return True
        if missing == 1:
            text = self.tr(
                "1 comprobante aún no llega a este equipo: el anexo dirá que no se pudo leer. "
                "¿Generar igual?"
            )
        else:
            text = self.tr(
                "{count} aún no llegan a este equipo: el anexo dirá que no se pudieron leer. "
                "¿Generar igual?"
            ).format(count=self.tr("%Ln comprobante(s)", "", missing))
        answer = QMessageBox.question(self, self.tr("Comprobantes que faltan"), text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_excel_path(self, suggested: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportar gastos a Excel"),
            str(documents_folder() / suggested),
            self.tr("Excel (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def export_excel(self) -> None:
        row = self.current()
        if self.agreement is None or row is None:
            return
        target = self.ask_excel_path(f"gastos-{row.month}.xlsx")
        if target is None:
            return
        try:
            count = self._service.export_month(self.agreement.id, row.month, target)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        except OSError as exc:
            show_problem(
                self,
                self.tr(
                    "No se pudo guardar «{path}»: {reason}. Elija otra carpeta, o cierre el "
                    "archivo si está abierto en otro programa."
                ).format(path=target, reason=os_reason(exc)),
            )
            return
        notice(
            self.notice,
            self.tr("{count} de {month} exportados a «{path}».").format(
                count=self.tr("%Ln gasto(s)", "", count),
                month=row.month.label,
                path=target,
            ),
        )

    # -- closing and reopening --------------------------------------------------------------------

    def close_month(self) -> None:
        row = self.current()
        if self.agreement is None or row is None or row.closed:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cerrar mes"),
            self.tr(
                "¿Cerrar la rendición de {month}?\n\nSus {count} quedarán bloqueados: no se "
                "podrán registrar, corregir ni eliminar gastos de {month} hasta reabrir el mes, "
                "con un motivo. El saldo para el mes siguiente será {closing}."
            ).format(
                month=row.month.label,
                count=self.tr("%Ln gasto(s)", "", row.expenses),
                closing=format_clp(row.closing_balance),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service.close_month(self.agreement.id, row.month)
        except ValidationFailed as exc:
            show_problem(self, " ".join(exc.errors.values()))
            return
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.refresh()
        notice(self.notice, self.tr("{month} cerrado.").format(month=month_title(row)))
        self.changed.emit()

    def reopen_month(self) -> None:
        row = self.current()
        if self.agreement is None or row is None or not row.closed:
            return
        from omil_desktop.ui.rendition.dialogs import ReopenDialog

        dialog = ReopenDialog(self._service, self.agreement.id, row.month, self)
        dialog.saved.connect(lambda _m: self._reopened(row))
        dialog.open()

    def _reopened(self, row: MonthRow) -> None:
        self.refresh()
        notice(
            self.notice,
            self.tr("{month} reabierto: sus gastos se pueden corregir.").format(
                month=month_title(row)
            ),
        )
        self.changed.emit()

    def shutdown(self) -> None:
        from omil_desktop.ui.workshops.documents import DocumentJob

        for job in list(self.jobs):
            if isinstance(job, DocumentJob):
                job.wait()
