"""«Informe de actividad»: the municipal activity report from the window.

The officer chooses the period (a month, a quarter, a year, or any two dates), sees which
period it is and which one it is compared with, and makes the PDF (opened in the system's
viewer) or the Excel export. Either is made off the GUI thread with a progress dialog
(``ui/workshops/documents.py``); Cancelar leaves no file. A period that ends before it starts is
said beside «Hasta», and nothing is made.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.activity import FIRST_YEAR, LAST_YEAR, Period, PeriodKind
from omil_desktop.domain.dates import MONTH_NAMES
from omil_desktop.domain.texts import translate
from omil_desktop.services.activity_documents import ActivityDocuments
from omil_desktop.services.clock import today
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.form import ErrorLabel
from omil_desktop.ui.workshops import documents as pdf_jobs

KINDS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR, PeriodKind.BETWEEN)
QUARTERS = ("Primer trimestre", "Segundo trimestre", "Tercer trimestre", "Cuarto trimestre")


def ask_excel_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Where to save the .xlsx (the system's dialog); None when the officer cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(pdf_jobs.documents_folder() / suggested),
        translate("ui.reports.activity_dialog", "Excel (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def _year_box(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(FIRST_YEAR, LAST_YEAR)
    box.setValue(value)
    box.setMinimumWidth(90)
    return box


class ActivityReportDialog(QDialog):
    """The period and the two buttons. ``jobs``: the documents being made (the window waits
    for them when it closes)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        office = workspace.office
        assert office is not None, "the office is set up before its reports are made"
        self._documents = ActivityDocuments(workspace.db, workspace.territory, office.comuna_code)
        self.jobs: list[QObject] = []
        self._quiet = False
        self.setWindowTitle(self.tr("Informe de actividad"))
        now = today()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(self.tr(kind.label), kind)
        self.month = QComboBox()
        for number, name in enumerate(MONTH_NAMES, start=1):
            self.month.addItem(name.capitalize(), number)
        self.month.setCurrentIndex(now.month - 1)
        self.month_year = _year_box(now.year)
        self.quarter = QComboBox()
        for number, name in enumerate(QUARTERS, start=1):
            self.quarter.addItem(self.tr(name), number)
        self.quarter.setCurrentIndex((now.month - 1) // 3)
        self.quarter_year = _year_box(now.year)
        self.year = _year_box(now.year)
        self.starts_on = DateField()
        self.ends_on = DateField()
        self.starts_on.set_value(date(now.year, 1, 1))
        self.ends_on.set_value(now)
        self.starts_error = ErrorLabel()
        self.ends_error = ErrorLabel()

        self.choices = QStackedWidget()
        self.choices.addWidget(self._row(self.month, self.month_year))
        self.choices.addWidget(self._row(self.quarter, self.quarter_year))
        self.choices.addWidget(self._row(self.year))
        between = QWidget()
        dates = QFormLayout(between)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addRow(self.tr("Desde:"), self._column(self.starts_on, self.starts_error))
        dates.addRow(self.tr("Hasta:"), self._column(self.ends_on, self.ends_error))
        self.choices.addWidget(between)

        self.period_label = QLabel()
        self.period_label.setWordWrap(True)
        self.period_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pdf_button = QPushButton(self.tr("Generar PDF…"))
        self.pdf_button.setToolTip(self.tr("El informe para imprimir, con gráficos"))
        self.excel_button = QPushButton(self.tr("Exportar a Excel…"))
        self.excel_button.setToolTip(self.tr("Las mismas cifras en una planilla"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.excel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.pdf_button.setDefault(True)  # Enter makes the PDF

        form = QFormLayout()
        form.addRow(self.tr("Período:"), self.kind)
        form.addRow("", self.choices)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Cifras de la oficina en el período, comparadas con el mismo período del "
                    "año anterior, para el municipio."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.period_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.month, self.quarter):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        for box in (self.month_year, self.quarter_year, self.year):
            box.valueChanged.connect(lambda _value: self.refresh())
        for field in (self.starts_on, self.ends_on):
            field.textChanged.connect(lambda _text: self.refresh(quiet=True))
            field.editingFinished.connect(field.tidy)
            field.editingFinished.connect(self.refresh)
        self.pdf_button.clicked.connect(self.make_pdf)
        self.excel_button.clicked.connect(self.make_excel)
        self.kind.setCurrentIndex(KINDS.index(PeriodKind.YEAR))
        self._kind_changed()

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return holder

    @staticmethod
    def _column(field: QWidget, error: ErrorLabel) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        return holder

    def _kind_changed(self) -> None:
        self.choices.setCurrentIndex(self.kind.currentIndex())
        self.refresh()

    def select_kind(self, kind: PeriodKind) -> None:
        self.kind.setCurrentIndex(KINDS.index(kind))

    def period(self, *, quiet: bool = False) -> Period | None:
        """The period chosen; None, with the reason beside its field, when there is none.
        ``quiet`` (while a date is being typed): a date not readable yet is not called wrong."""
        kind = KINDS[self.kind.currentIndex()]
        self._quiet = quiet
        self.starts_error.show_message("")
        self.ends_error.show_message("")
        try:
            if kind is PeriodKind.MONTH:
                return Period.month(self.month_year.value(), int(self.month.currentData()))
            if kind is PeriodKind.QUARTER:
                return Period.quarter(self.quarter_year.value(), int(self.quarter.currentData()))
            if kind is PeriodKind.YEAR:
                return Period.year(self.year.value())
        except ValueError as exc:  # out of range: the boxes do not allow it
            self.period_label.setText(str(exc))
            return None
        starts_on = self._date(self.starts_on, self.starts_error)
        ends_on = self._date(self.ends_on, self.ends_error)
        if starts_on is None or ends_on is None:
            return None
        try:
            return Period.between(starts_on, ends_on)
        except ValueError as exc:  # ends before it starts (or a year out of range)
            self.ends_error.show_message(str(exc))
            return None

    def _date(self, field: DateField, error: ErrorLabel) -> date | None:
        try:
            value = field.value()
        except ValueError as exc:
            if not self._quiet:
                error.show_message(str(exc))
            return None
        if value is None and not self._quiet:
            error.show_message(self.tr("Escriba la fecha."))
        return value

    def refresh(self, *, quiet: bool = False) -> None:
        """Say which period is chosen, or why there is none (``quiet`` while a date is typed:
        one not readable yet is said once the officer leaves the field or presses a button)."""
        period = self.period(quiet=quiet)
        if period is None:
            if KINDS[self.kind.currentIndex()] is PeriodKind.BETWEEN:
                self.period_label.setText("")
            return
        before = period.previous_year()
        self.period_label.setText(
            self.tr("Período: {period} ({dates}), comparado con {before} ({before_dates}).").format(
                period=period.label,
                dates=period.dates,
                before=before.label,
                before_dates=before.dates,
            )
        )

    def _file_name(self, period: Period, suffix: str) -> str:
        name = pdf_jobs.file_name("informe-actividad", period.label)
        return name.removesuffix(".pdf") + suffix

    def make_pdf(self) -> pdf_jobs.DocumentJob | None:
        period = self.period()
        if period is None:
            return None
        service = self._documents
        job = pdf_jobs.make_document(
            self,
            self.tr("Informe de actividad, {period}").format(period=period.label),
            self._file_name(period, ".pdf"),
            lambda out, progress: service.pdf(period, out, progress),
        )
        return self._keep(job)

    def make_excel(self) -> pdf_jobs.DocumentJob | None:
        period = self.period()
        if period is None:
            return None
        title = self.tr("Informe de actividad, {period} (Excel)").format(period=period.label)
        target = ask_excel_path(self, title, self._file_name(period, ".xlsx"))
        if target is None:
            return None
        service = self._documents
        job = pdf_jobs.DocumentJob(
            self, title, lambda out, progress: service.excel(period, out, progress), target
        )
        job.dialog.setWindowTitle(self.tr("Generando planilla"))
        job.start()
        return self._keep(job)

    def _keep(self, job: pdf_jobs.DocumentJob | None) -> pdf_jobs.DocumentJob | None:
        if job is not None:
            self.jobs.append(job)
            job.finished.connect(lambda _path, job=job: self.jobs.remove(job))
        return job

    def shutdown(self) -> None:
        """Stop and wait for what is being made (the window is closing)."""
        for job in list(self.jobs):
            if isinstance(job, pdf_jobs.DocumentJob):
                job.wait()

    def done(self, result: int) -> None:
        self.shutdown()  # a document being made reads the database: never left behind
        super().done(result)
