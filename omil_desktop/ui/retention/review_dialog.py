"""«Revisión anual de conservación de datos»: who is past the retention period and why; the
officer chooses all or some and anonymises them in one step (confirmed first, off the GUI thread
with its progress), or records that the review was done with nobody to anonymise.

The list holds the ids only and reads the rows a page at a time as they come into sight (the
first review of an old office may list thousands).
"""

from __future__ import annotations

import logging
import traceback
from datetime import date

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
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import age_on, format_date
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, translate
from omil_desktop.services.clock import today
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.retention import (
    ApplyResult,
    DuePerson,
    RetentionService,
    cutoff,
)
from omil_desktop.ui.errors import show_problem

log = logging.getLogger(__name__)

PAGE = 100
Index = QModelIndex | QPersistentModelIndex


class DueModel(QAbstractTableModel):
    """The people past the period: a check box each, name, identification, last activity and
    the reason."""

    checked_changed = Signal(int)

    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("DueModel", "Nombre"),
        QT_TRANSLATE_NOOP("DueModel", "RUT o documento"),
        QT_TRANSLATE_NOOP("DueModel", "Última actividad"),
        QT_TRANSLATE_NOOP("DueModel", "Motivo"),
    )

    def __init__(self, retention: RetentionService, day: date, parent: QObject) -> None:
        super().__init__(parent)
        self._retention = retention
        self._day = day
        self.ids: list[str] = []
        self.checked: set[str] = set()
        self._pages: dict[int, list[DuePerson]] = {}

    def reload(self) -> None:
        self.beginResetModel()
        self.ids = self._retention.due_ids(self._day)
        self.checked &= set(self.ids)
        self._pages = {}
        self.endResetModel()
        self.checked_changed.emit(len(self.checked))

    def row(self, row: int) -> DuePerson:
        page = row // PAGE
        if page not in self._pages:
            self._pages[page] = self._retention.describe(self.ids[page * PAGE : (page + 1) * PAGE])
        rows = self._pages[page]
        return rows[row - page * PAGE]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("DueModel", self.HEADERS[section]) if self.HEADERS[section] else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.ids):
            return None
        if index.column() == 0:
            if role == Qt.ItemDataRole.CheckStateRole:
                chosen = self.ids[index.row()] in self.checked
                return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        person = self.row(index.row())
        if index.column() == 4:
            if role == Qt.ItemDataRole.ToolTipRole:
                return person.reason
            idle = age_on(person.last_activity_on, self._day)
            return self.tr("{idle} años sin actividad (plazo: {years})").format(
                idle=idle, years=person.years
            )
        return (
            "",
            person.name,
            person.identification,
            f"{format_date(person.last_activity_on)} · {person.last_activity.label}",
        )[index.column()]

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        person_id = self.ids[index.row()]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self.checked.add(person_id)
        else:
            self.checked.discard(person_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit(len(self.checked))
        return True

    def check_all(self, checked: bool) -> None:
        self.checked = set(self.ids) if checked else set()
        if self.ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.ids) - 1, 0), [Qt.ItemDataRole.CheckStateRole]
            )
        self.checked_changed.emit(len(self.checked))

    def chosen_ids(self) -> list[str]:
        """The checked ids, in list order."""
        return [i for i in self.ids if i in self.checked]


class _Cancelled(Exception):
    pass


class ApplyWorker(QThread):
    """``RetentionService.apply`` off the GUI thread: ``progressed(done, total)``, then
    ``applied(result)`` or ``failed(message)``."""

    progressed = Signal(int, int)
    applied = Signal(object)
    failed = Signal(str)

    def __init__(
        self, retention: RetentionService, ids: list[str], day: date, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.setObjectName("omil-retention")
        self._retention = retention
        self._ids = ids
        self._day = day
        self.cancelling = False
        self.done = 0

    def _progress(self, done: int, total: int) -> None:
        self.done = done
        self.progressed.emit(done, total)
        if self.cancelling and done < total:
            raise _Cancelled

    def run(self) -> None:
        try:
            self.applied.emit(self._retention.apply(self._ids, self._day, self._progress))
        except _Cancelled:
            self.failed.emit(
                self.tr(
                    "Revisión detenida: se anonimizaron %Ln persona(s); las demás siguen en la "
                    "lista.",
                    "",
                    self.done,
                )
            )
        except (ServiceError, StorageError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: logged (type and place only), never silent
            where = "".join(traceback.format_tb(exc.__traceback__))
            log.error("Unexpected %s in the retention review\n%s", type(exc).__name__, where)
            self.failed.emit(
                self.tr(
                    "La anonimización se detuvo por un error inesperado del programa; el detalle "
                    "quedó en su registro."
                )
            )


class RetentionReviewDialog(QDialog):
    """The yearly review. ``reviewed`` is emitted when people were anonymised or the review was
    recorded (the window refreshes its lists and its reminder)."""

    reviewed = Signal()

    def __init__(
        self, retention: RetentionService, parent: QWidget | None = None, *, day: date | None = None
    ) -> None:
        super().__init__(parent)
        self._retention = retention
        self._day = day or today()
        self.worker: ApplyWorker | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Revisión anual de conservación de datos"))
        self.refusal = retention.may_manage()
        self.problem: str | None = None
        self.last_result: ApplyResult | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("font-weight: bold;")
        self.result_label.setVisible(False)
        self.model = DueModel(retention, self._day, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 220)
        self.cannot_anonymise = self.refusal
        self.note = QLabel(self.cannot_anonymise or "")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b00020;")
        self.note.setVisible(self.cannot_anonymise is not None)
        self.all_button = QPushButton(self.tr("Seleccionar todas"))
        self.none_button = QPushButton(self.tr("Quitar selección"))
        self.apply_button = QPushButton()
        self.done_button = QPushButton(self.tr("Registrar revisión sin anonimizar"))
        self.done_button.setToolTip(
            self.tr("Deja constancia de la revisión de este año sin anonimizar a nadie")
        )
        self.close_button = QPushButton(self.tr("Cerrar"))
        choose = QHBoxLayout()
        choose.addWidget(self.all_button)
        choose.addWidget(self.none_button)
        choose.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.apply_button)
        actions.addWidget(self.done_button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.result_label)
        layout.addWidget(self.note)
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.all_button.clicked.connect(lambda: self.model.check_all(True))
        self.none_button.clicked.connect(lambda: self.model.check_all(False))
        self.apply_button.clicked.connect(self.anonymise)
        self.done_button.clicked.connect(self.record_review)
        self.close_button.clicked.connect(self.reject)
        self.model.checked_changed.connect(self._chosen)
        self.refresh()
        self._fit()

    def _fit(self) -> None:
        area = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(900, area.width() - 16), min(560, area.height() - 40))
        self.setMaximumSize(area.width() - 16, area.height() - 40)

    def refresh(self) -> None:
        self.model.reload()
        years = self._retention.period()
        since = cutoff(self._day, years)
        reviewed = self._retention.reviewed_on()
        last = (
            self.tr("Última revisión: {date}.").format(date=format_date(reviewed))
            if reviewed
            else self.tr("Aún no se ha hecho ninguna revisión.")
        )
        count = len(self.model.ids)
        self.summary.setText(
            self.tr(
                "Plazo de conservación: {years} años. Personas sin actividad desde antes del "
                "{since}: {count}. {last} Al anonimizar, se borran su nombre, RUT, contacto y "
                "datos sensibles; lo que la ley obliga a conservar (atenciones, talleres, "
                "colocaciones) queda sin nombre, también en el servidor regional."
            ).format(
                years=years,
                since=format_date(since),
                count=self.tr("%Ln persona(s)", "", count),
                last=last,
            )
        )
        self.table.resizeColumnToContents(0)
        self._chosen(len(self.model.checked))

    def _chosen(self, count: int) -> None:
        allowed = self.refusal is None
        self.apply_button.setText(
            self.tr("Anonimizar {n}…").format(n=self.tr("%Ln persona(s)", "", count))
        )
        self.apply_button.setEnabled(self.cannot_anonymise is None and count > 0)
        self.done_button.setEnabled(allowed)
        has_rows = bool(self.model.ids)
        self.all_button.setEnabled(has_rows)
        self.none_button.setEnabled(has_rows)

    def record_review(self) -> None:
        try:
            self._retention.mark_reviewed(self._day)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.reviewed.emit()
        self.refresh()

    def confirm(self, count: int) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Anonimizar personas"))
        box.setText(self.tr("¿Anonimizar {n}?").format(n=self.tr("%Ln persona(s)", "", count)))
        box.setInformativeText(
            self.tr(
                "Se borran sus nombres, RUT, contacto y datos sensibles, en este equipo y en el "
                "servidor regional. No se puede deshacer. Lo que la ley obliga a conservar "
                "queda, sin nombre."
            )
        )
        go = box.addButton(self.tr("Anonimizar"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("No anonimizar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is go

    def anonymise(self) -> None:
        ids = self.model.chosen_ids()
        if not ids or self.cannot_anonymise is not None or not self.confirm(len(ids)):
            return
        self.worker = ApplyWorker(self._retention, ids, self._day, self)
        progress = QProgressDialog(self.tr("Anonimizando…"), self.tr("Detener"), 0, len(ids), self)
        progress.setWindowTitle(self.tr("Revisión anual de conservación de datos"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self._stop)
        self.progress = progress
        self.worker.progressed.connect(lambda done, total: progress.setValue(done))
        self.worker.applied.connect(self._applied)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._ended)
        progress.show()
        self.worker.start()

    def _stop(self) -> None:
        if self.worker is not None:
            self.worker.cancelling = True

    def _applied(self, result: ApplyResult) -> None:
        self.last_result = result
        message = self.tr("Anonimizadas: {n}. Revisión de este año registrada.").format(
            n=self.tr("%Ln persona(s)", "", result.anonymised)
        )
        if result.skipped:
            message += " " + self.tr(
                "{n} no se anonimizaron: tuvieron actividad después de abrir la lista."
            ).format(n=self.tr("%Ln persona(s)", "", result.skipped))
        self.result_label.setText(message)
        self.result_label.setVisible(True)

    def _failed(self, message: str) -> None:
        self.problem = message

    def _ended(self) -> None:
        worker = self.worker
        assert worker is not None
        worker.wait()
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        problem, self.problem = self.problem, None
        self.worker = None
        worker.deleteLater()
        self.refresh()
        self.reviewed.emit()
        if problem:
            show_problem(self, problem)

    def wait(self) -> None:
        """Stop and wait for the worker (the window is closing)."""
        if self.worker is not None:
            self.worker.cancelling = True
            self.worker.wait()
