"""«Importar planilla»: the office's own spreadsheet of people or companies into the program, in
steps, through THE import engine the command line uses (``services/spreadsheets.py``):

1. *Archivo*: people or companies, and the .xlsx/.csv (checked at once: a damaged file, an old
   .xls, an .xlsx bomb are refused with the reason beside the field).
2. *Columnas*: each column of the sheet with an example and the field it goes to (a combo per
   column; «No importar» for the ones the program does not know); what keeps it from importing
   (a field chosen twice, a required one missing) is said under the table.
3. *Revisión*: every row read off the window's thread (progress, «Cancelar»): the first rows that
   will be imported and every rejected row with its number and reason.
4. *Importación*: the rows read again and saved in one transaction, with progress; «Cancelar»
   before the save leaves nothing saved.
5. *Resumen*: how many were imported and rejected; «Guardar rechazados…» writes the rejected
   rows with their reasons to an .xlsx (THE writer), to fix them and import them again.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.services.company_files import CompaniesImporter
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.people_files import PeopleImporter
from omil_desktop.services.spreadsheets import (
    Checked,
    ImportCancelled,
    ImportReport,
    Sheet,
    SheetImporter,
    column_title,
    write_rejected,
)
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem

log = logging.getLogger(__name__)

FILE_STEP, COLUMNS_STEP, PREVIEW_STEP, IMPORT_STEP, SUMMARY_STEP = range(5)
_Index = QModelIndex | QPersistentModelIndex
_ERROR_STYLE = "color: #b00020;"


def _number(count: int) -> str:
    """A count as written in Chile: 20.000."""
    return f"{count:,}".replace(",", ".")


class RowsModel(QAbstractTableModel):
    """Rows of texts under a header: the preview's tables (read whole; the view shows only what
    is in sight, so every rejected row of a large sheet fits)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[list[str]] = []

    def set_rows(self, headers: Sequence[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        return None


class ImportWorker(QThread):
    """One step of the engine off the window's thread: ``progressed(done, expected)``, then
    ``succeeded(result)`` or ``failed(message)`` (``cancelled`` when the officer stopped it)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal(str)

    def __init__(self, job: Callable[[Any, Any], object], parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("omil-import")
        self._job = job
        self.stopping = False

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, lambda: self.stopping)
        except ImportCancelled as exc:
            self.cancelled.emit(str(exc))
        except (ServiceError, StorageError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: logged (type and place only), never silent
            where = "".join(traceback.format_tb(exc.__traceback__))
            log.error("Unexpected %s in the import\n%s", type(exc).__name__, where)
            self.failed.emit(
                self.tr(
                    "La importación se detuvo por un error inesperado del programa; no se guardó "
                    "nada y el detalle quedó en su registro."
                )
            )
        else:
            self.succeeded.emit(result)


class ImportWizard(QDialog):
    """The import in steps (see the module). ``imported`` is emitted after a save."""

    imported = Signal()

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, kind: str = "people"
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("Importar planilla de la oficina"))
        self.importer: SheetImporter[Any] | None = None
        self.sheet: Sheet | None = None
        self.checked: Checked[Any] | None = None
        self.report: ImportReport | None = None
        self.worker: ImportWorker | None = None
        self.combos: list[QComboBox] = []

        self.step_label = QLabel()
        self.step_label.setStyleSheet("font-weight: bold;")
        self.steps = QStackedWidget()
        self.steps.addWidget(self._file_step(kind))
        self.steps.addWidget(self._columns_step())
        self.steps.addWidget(self._preview_step())
        self.steps.addWidget(self._import_step())
        self.steps.addWidget(self._summary_step())

        self.back_button = QPushButton(self.tr("< Atrás"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Siguiente >"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.cancel_button = QPushButton(self.tr("Cancelar"))
        self.cancel_button.clicked.connect(self.reject)
        # Enter is always «Siguiente»/«Importar», never the button that happens to have the
        # focus: while a step is being checked «Siguiente» is disabled and the focus may fall
        # on «Cancelar», whose Enter would throw the officer's column choices away.
        self.back_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self._fit_to_screen()
        self._go(FILE_STEP)

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(900, screen.width() - 40), min(620, screen.height() - 80))

    # -- the steps' widgets -------------------------------------------------------------------

    def _file_step(self, kind: str) -> QWidget:
        page = QWidget()
        self.people_radio = QRadioButton(self.tr("Personas (usuarios de la oficina)"))
        self.companies_radio = QRadioButton(self.tr("Empresas (con un contacto por fila)"))
        group = QButtonGroup(page)
        group.addButton(self.people_radio)
        group.addButton(self.companies_radio)
        (self.companies_radio if kind == "companies" else self.people_radio).setChecked(True)
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("Planilla .xlsx o archivo .csv"))
        choose = QPushButton(self.tr("Elegir archivo…"))
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        self.file_error = QLabel()
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet(_ERROR_STYLE)
        self.file_error.hide()
        self.file_edit.textChanged.connect(self.file_error.hide)
        intro = QLabel(
            self.tr(
                "Elija la planilla de la oficina (Excel .xlsx o CSV). En el paso siguiente verá "
                "cómo se leen sus columnas y, antes de guardar nada, qué filas se importarán y "
                "cuáles no, con el motivo."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("¿Qué contiene la planilla?")))
        layout.addWidget(self.people_radio)
        layout.addWidget(self.companies_radio)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Archivo:")))
        layout.addLayout(row)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        return page

    def _columns_step(self) -> QWidget:
        page = QWidget()
        self.columns_intro = QLabel()
        self.columns_intro.setWordWrap(True)
        self.columns_table = QTableWidget(0, 3)
        self.columns_table.setHorizontalHeaderLabels(
            [self.tr("Columna de la planilla"), self.tr("Ejemplo"), self.tr("Se importa como")]
        )
        self.columns_table.verticalHeader().hide()
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.columns_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.columns_problems = QLabel()
        self.columns_problems.setWordWrap(True)
        self.columns_problems.setStyleSheet(_ERROR_STYLE)
        layout = QVBoxLayout(page)
        layout.addWidget(self.columns_intro)
        layout.addWidget(self.columns_table, 1)
        layout.addWidget(self.columns_problems)
        return page

    def _preview_step(self) -> QWidget:
        page = QWidget()
        self.preview_summary = QLabel()
        self.preview_summary.setWordWrap(True)
        self.preview_progress = QProgressBar()
        self.valid_label = QLabel(self.tr("Primeras filas que se importarán:"))
        self.valid_model = RowsModel([])
        self.valid_view = self._table(self.valid_model)
        self.rejected_label = QLabel(self.tr("Filas que no se importarán, con el motivo:"))
        self.rejected_model = RowsModel([self.tr("Fila"), self.tr("Motivo")])
        self.rejected_view = self._table(self.rejected_model)
        self.rejected_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.rejected_view.horizontalHeader().setStretchLastSection(True)
        self.rejected_view.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.preview_summary)
        layout.addWidget(self.preview_progress)
        layout.addWidget(self.valid_label)
        layout.addWidget(self.valid_view, 1)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected_view, 1)
        return page

    def _import_step(self) -> QWidget:
        page = QWidget()
        self.import_label = QLabel()
        self.import_label.setWordWrap(True)
        self.import_progress = QProgressBar()
        layout = QVBoxLayout(page)
        layout.addWidget(self.import_label)
        layout.addWidget(self.import_progress)
        layout.addStretch(1)
        return page

    def _summary_step(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_rejected_button = QPushButton(self.tr("Guardar rechazados…"))
        self.save_rejected_button.clicked.connect(lambda: self.save_rejected())
        row = QHBoxLayout()
        row.addWidget(self.save_rejected_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    @staticmethod
    def _table(model: RowsModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setStretchLastSection(True)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        return view

    # -- moving between steps -----------------------------------------------------------------

    def _go(self, step: int) -> None:
        titles = {
            FILE_STEP: self.tr("Paso 1 de 4: el archivo"),
            COLUMNS_STEP: self.tr("Paso 2 de 4: las columnas"),
            PREVIEW_STEP: self.tr("Paso 3 de 4: revisión antes de importar"),
            IMPORT_STEP: self.tr("Paso 4 de 4: importación"),
            SUMMARY_STEP: self.tr("Importación terminada"),
        }
        self.steps.setCurrentIndex(step)
        self.step_label.setText(titles[step])
        self.back_button.setVisible(step in (COLUMNS_STEP, PREVIEW_STEP))
        self.back_button.setEnabled(True)
        self.next_button.setVisible(step != IMPORT_STEP)
        self.next_button.setText(
            self.tr("Cerrar") if step == SUMMARY_STEP else self.tr("Siguiente >")
        )
        self.cancel_button.setVisible(step != SUMMARY_STEP)
        self.cancel_button.setEnabled(True)
        # Coming back to a step, «Siguiente» is as that step says (a step further on may have
        # disabled it): the file step always lets the officer go on, the columns step when its
        # matches have no problem.
        self.next_button.setEnabled(True)
        if step == COLUMNS_STEP and self.importer is not None and self.sheet is not None:
            self._matches_changed()
        if step == FILE_STEP:
            self.file_edit.setFocus()

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def next(self) -> None:
        step = self.step
        if step == FILE_STEP:
            self.open_file()
        elif step == COLUMNS_STEP:
            self.start_preview()
        elif step == PREVIEW_STEP:
            self.start_import()
        elif step == SUMMARY_STEP:
            self.accept()

    def back(self) -> None:
        if self.worker is not None:
            return
        self._go(self.step - 1)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Elegir la planilla de la oficina"),
            str(Path.home()),
            self.tr("Planillas (*.xlsx *.csv *.txt);;Todos los archivos (*)"),
        )
        if chosen:
            self.file_edit.setText(chosen)

    def open_file(self) -> None:
        """Step 1 → 2: check the file and match its columns."""
        text = self.file_edit.text().strip()
        if not text:
            self._file_problem(self.tr("Elija el archivo de la planilla."))
            return
        office = self._workspace.office
        assert office is not None
        importer: SheetImporter[Any]
        if self.companies_radio.isChecked():
            importer = CompaniesImporter(
                self._workspace.companies, self._workspace.territory, office.comuna_code
            )
        else:
            importer = PeopleImporter(
                self._workspace.people, self._workspace.territory, office.comuna_code
            )
        try:
            sheet = importer.open(Path(text))
        except (ServiceError, StorageError) as exc:
            self._file_problem(str(exc))
            return
        self.importer, self.sheet = importer, sheet
        self._fill_columns(importer, sheet)
        self._go(COLUMNS_STEP)

    def _file_problem(self, message: str) -> None:
        self.file_error.setText(message)
        self.file_error.show()
        self.file_edit.setFocus()

    def _fill_columns(self, importer: SheetImporter[Any], sheet: Sheet) -> None:
        matches = importer.match(sheet)
        fields = importer.fields()
        self.columns_intro.setText(
            self.tr(
                "Encabezados en la fila {row} de «{name}». Revise a qué dato va cada columna y "
                "cámbielo si hace falta; las columnas con «No importar» no se guardan."
            ).format(row=sheet.header_row, name=sheet.path.name)
        )
        self.columns_table.setRowCount(len(sheet.header))
        self.combos = []
        for index in range(len(sheet.header)):
            title = QTableWidgetItem(column_title(sheet, index))
            example = next((s[index] for s in sheet.samples if index < len(s) and s[index]), "")
            self.columns_table.setItem(index, 0, title)
            self.columns_table.setItem(index, 1, QTableWidgetItem(example))
            combo = QComboBox()
            combo.addItem(self.tr("No importar"), None)
            for name, label in fields.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(combo.findData(matches.get(index)), 0))
            combo.currentIndexChanged.connect(self._matches_changed)
            self.columns_table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.columns_table.scrollToTop()
        self._matches_changed()

    def matches(self) -> dict[int, str | None]:
        return {i: combo.currentData() for i, combo in enumerate(self.combos)}

    def _matches_changed(self) -> None:
        assert self.importer is not None and self.sheet is not None
        problems = self.importer.match_problems(self.sheet, self.matches())
        self.columns_problems.setText("\n".join(problems))
        self.columns_problems.setVisible(bool(problems))
        self.next_button.setEnabled(not problems)

    def start_preview(self) -> None:
        """Step 2 → 3: read and check every row (nothing saved)."""
        importer, sheet, matches = self.importer, self.sheet, self.matches()
        assert importer is not None and sheet is not None
        self.checked = None
        self.valid_model.set_rows([], [])
        self.rejected_model.set_rows(self.rejected_model.headers, [])
        self.preview_summary.setText(self.tr("Revisando las filas de la planilla…"))
        self.preview_progress.show()
        self._set_progress(self.preview_progress, 0, sheet.expected_rows)
        self._go(PREVIEW_STEP)
        self.next_button.setEnabled(False)

        def job(progress: Any, cancelled: Any) -> object:
            return importer.check(sheet, matches, progress=progress, cancelled=cancelled)

        self._run(job, self.preview_progress, self._previewed)

    def _previewed(self, checked: object) -> None:
        assert isinstance(checked, Checked) and self.importer is not None
        self.checked = checked
        report = checked.report
        self.preview_progress.hide()
        fields = self.importer.fields()
        shown = [name for name in fields if any(name in row for row in checked.shown)]
        self.valid_model.set_rows(
            [self.tr("Fila"), *(fields[n] for n in shown)],
            [
                [str(number), *(row.get(n, "") for n in shown)]
                for number, row in zip(checked.numbers, checked.shown, strict=False)
            ],
        )
        self.rejected_model.set_rows(
            self.rejected_model.headers, [[str(r.row), r.reason] for r in report.rejected]
        )
        self.valid_view.scrollToTop()
        self.rejected_view.scrollToTop()
        self.valid_view.resizeColumnsToContents()
        if len(report.rejected) <= 500:  # a long reason wraps; beyond that, its tooltip
            self.rejected_view.resizeRowsToContents()
        text = self.tr(
            "Filas que se importarán: {valid}. Filas que no se importarán: {rejected}."
        ).format(valid=_number(len(checked.valid)), rejected=_number(len(report.rejected)))
        if report.unknown_columns:
            text += " " + self.tr("No se importan las columnas: {columns}.").format(
                columns=", ".join(report.unknown_columns)
            )
        if report.default_comuna_used:
            text += " " + self.tr("Las filas sin comuna quedan con la comuna de la oficina.")
        self.preview_summary.setText(text)
        self.rejected_label.setVisible(bool(report.rejected))
        self.rejected_view.setVisible(bool(report.rejected))
        self.next_button.setText(
            self.tr("Importar ({count})").format(count=_number(len(checked.valid)))
        )
        self.next_button.setEnabled(bool(checked.valid))

    def start_import(self) -> None:
        """Step 3 → 4: read again and save in one transaction (the command line's one call)."""
        importer, sheet, matches = self.importer, self.sheet, self.matches()
        assert importer is not None and sheet is not None
        self.import_label.setText(
            self.tr(
                "Importando «{name}»: se revisa cada fila y al final se guardan todas juntas. "
                "«Cancelar» antes de terminar no guarda nada."
            ).format(name=sheet.path.name)
        )
        self._set_progress(self.import_progress, 0, sheet.expected_rows)
        self._go(IMPORT_STEP)

        def job(progress: Any, cancelled: Any) -> object:
            return importer.import_file(
                sheet.path, matches=matches, progress=progress, cancelled=cancelled
            )

        self._run(job, self.import_progress, self._imported)

    def _imported(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        self.report = report
        text = self.tr("Importadas: {imported}. Rechazadas: {rejected}.").format(
            imported=_number(report.imported), rejected=_number(len(report.rejected))
        )
        if report.rejected:
            text += "\n\n" + self.tr(
                "Guarde las filas rechazadas en una planilla con el motivo de cada una, "
                "corríjalas e impórtelas de nuevo."
            )
        self.summary_label.setText(text)
        self.save_rejected_button.setVisible(bool(report.rejected))
        self._go(SUMMARY_STEP)
        self.imported.emit()

    # -- the worker ---------------------------------------------------------------------------

    def _run(
        self,
        job: Callable[[Any, Any], object],
        bar: QProgressBar,
        done: Callable[[object], None],
    ) -> None:
        worker = ImportWorker(job, self)
        self.worker = worker
        self.back_button.setEnabled(False)
        worker.progressed.connect(lambda d, t: self._set_progress(bar, d, t))
        worker.succeeded.connect(done)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        worker.finished.connect(self._worker_finished)
        worker.start()

    def _worker_finished(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self.back_button.setEnabled(True)

    @staticmethod
    def _set_progress(bar: QProgressBar, done: int, expected: int) -> None:
        if expected <= 0:
            bar.setRange(0, 0)  # busy: the size of the sheet is not known
            return
        bar.setRange(0, expected)
        bar.setValue(min(done, expected))

    def _failed(self, message: str) -> None:
        show_problem(self, message, self.tr("Importar planilla"))
        self._go(COLUMNS_STEP if self.sheet is not None else FILE_STEP)
        if self.sheet is not None:
            self._matches_changed()

    def _cancelled(self, message: str) -> None:
        self.summary_label.setText(message)
        self.save_rejected_button.hide()
        self.report = None
        self._go(SUMMARY_STEP)

    def reject(self) -> None:
        """«Cancelar» or Esc: a running step is stopped (nothing saved; the wizard then says
        so); otherwise the wizard closes."""
        if self.worker is not None:
            self.worker.stopping = True
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.worker is not None:  # closing for good: the running step stops first
            self.worker.stopping = True
            self.worker.wait()
        super().done(result)

    # -- the rejected rows --------------------------------------------------------------------

    def save_rejected(self, path: Path | None = None) -> bool:
        """«Guardar rechazados…»: the rejected rows, with the reason, to an .xlsx."""
        if self.report is None:
            return False
        if path is None:
            suggested = Path.home() / self.tr("rechazadas.xlsx")
            if self.sheet is not None:
                suggested = self.sheet.path.with_name(
                    self.tr("{name} - rechazadas.xlsx").format(name=self.sheet.path.stem)
                )
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Guardar las filas rechazadas"),
                str(suggested),
                self.tr("Planilla Excel (*.xlsx)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_name(path.name + ".xlsx")
        try:
            write_rejected(path, self.sheet, self.report)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc), self.tr("Guardar rechazados"))
            return False
        self.summary_label.setText(
            self.summary_label.text()
            + "\n\n"
            + self.tr("Filas rechazadas guardadas en «{path}».").format(path=path)
        )
        return True
