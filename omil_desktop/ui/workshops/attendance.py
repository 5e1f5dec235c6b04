"""Asistencia: people × sessions, taken with the keyboard.

Arrows move; space cycles presente → ausente → justificado; P, A or J set the mark and go down to
the next person (a session is taken down its column); Supr clears. Each change is saved at once,
one cell at a time (the grid is never read again for a keypress); a refused change leaves the
cell as it was and says why. The last column is the person's attendance and whether they
complete the workshop by the completion rule.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.workshops import (
    AttendanceMark,
    attendance_percent,
    completes,
    standing,
)
from omil_desktop.services.clock import today
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.workshops import (
    AttendanceGrid,
    EnrollmentRow,
    SessionRow,
    WorkshopsService,
)

_Index = QModelIndex | QPersistentModelIndex

MARK_COLOURS = {
    AttendanceMark.PRESENT: QColor("#d7f0d2"),
    AttendanceMark.ABSENT: QColor("#f6d5d5"),
    AttendanceMark.EXCUSED: QColor("#fbeccb"),
}
LETTER_KEYS = {
    Qt.Key.Key_P: AttendanceMark.PRESENT,
    Qt.Key.Key_A: AttendanceMark.ABSENT,
    Qt.Key.Key_J: AttendanceMark.EXCUSED,
}
NAME_WIDTH = 220
"""Most room the names take; a longer name is cut and shown whole in its tooltip."""


class AttendanceModel(QAbstractTableModel):
    """The grid of one workshop: rows are the people enrolled, columns its sessions, then the
    attendance summary."""

    def __init__(self, service: WorkshopsService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.workshop_id: str | None = None
        self.sessions: list[SessionRow] = []
        self.people: list[EnrollmentRow] = []
        self.marks: dict[tuple[str, str], AttendanceMark] = {}
        self.min_attendance = 75
        self.editable = True
        self._present: list[int] = []

    # -- reading ------------------------------------------------------------------------------

    def load(self, workshop_id: str, min_attendance: int, editable: bool) -> None:
        """Read the workshop's grid (on opening it, and after enrollments or sessions change)."""
        grid: AttendanceGrid = self._service.attendance(workshop_id)
        self.beginResetModel()
        self.workshop_id = workshop_id
        self.sessions = grid.sessions
        self.people = grid.people
        self.marks = dict(grid.marks)
        self.min_attendance = min_attendance
        self.editable = editable
        self._present = [
            sum(1 for s in self.sessions if self.marks.get((p.id, s.id)) is AttendanceMark.PRESENT)
            for p in self.people
        ]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.workshop_id = None
        self.sessions, self.people, self.marks, self._present = [], [], {}, []
        self.endResetModel()

    @property
    def summary_column(self) -> int:
        return len(self.sessions)

    def mark_at(self, row: int, column: int) -> AttendanceMark | None:
        if not (0 <= row < len(self.people) and 0 <= column < len(self.sessions)):
            return None
        return self.marks.get((self.people[row].id, self.sessions[column].id))

    def present(self, row: int) -> int:
        return self._present[row]

    def percent(self, row: int) -> int:
        return attendance_percent(self._present[row], len(self.sessions))

    def completes(self, row: int) -> bool:
        return completes(self._present[row], len(self.sessions), self.min_attendance)

    def standing(self, row: int) -> str:
        """«aprueba», «puede aprobar» or «no aprueba», from the marks taken so far."""
        now = today()
        unmarked = sum(
            self.mark_at(row, c) is None and s.date >= now for c, s in enumerate(self.sessions)
        )
        return standing(self._present[row], unmarked, len(self.sessions), self.min_attendance)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.workshop_id is None else len(self.sessions) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.people):
                return None
            person = self.people[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return person.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{person.name}\n{person.rut}" if person.rut else person.name
            return None
        if section == self.summary_column:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Asistencia")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Sesiones como presente; aprueba con {n} % o más.").format(
                    n=self.min_attendance
                )
            return None
        if not 0 <= section < len(self.sessions):
            return None
        s = self.sessions[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{s.number}\n{s.date:%d-%m}"
        if role == Qt.ItemDataRole.ToolTipRole:
            where = f"\n{s.place}" if s.place else ""
            return (
                self.tr("Sesión {n}").format(n=s.number)
                + f" · {format_date(s.date)} · {s.starts_at}–{s.ends_at}{where}"
            )
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == self.summary_column:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{self.percent(row)} % · {self.standing(row)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{present} de {total} sesiones como presente").format(
                    present=self._present[row], total=len(self.sessions)
                )
            if role == Qt.ItemDataRole.ForegroundRole and self.standing(row) == "no aprueba":
                return QBrush(QColor("#8a1c1c"))
            return None
        mark = self.mark_at(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return mark.letter if mark is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return mark.label if mark is not None else self.tr("Sin marcar")
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return QBrush(MARK_COLOURS[mark])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # -- writing ------------------------------------------------------------------------------

    def set_mark(self, row: int, column: int, mark: AttendanceMark | None) -> None:
        """Save one mark (ServiceError/StorageError when refused: nothing changes) and show it."""
        if not (0 <= row < len(self.people) and 0 <= column < len(self.sessions)):
            return
        key = (self.people[row].id, self.sessions[column].id)
        if self.marks.get(key) is mark:
            return
        self._service.set_mark(key[1], key[0], mark)
        self._apply(row, column, mark)

    def fill_present(self, column: int) -> int:
        """Everyone without a mark at session ``column`` is marked present, in one save; the
        marks already taken stay. Returns how many were marked."""
        if not 0 <= column < len(self.sessions):
            return 0
        session_id = self.sessions[column].id
        blank = [row for row, p in enumerate(self.people) if (p.id, session_id) not in self.marks]
        if not blank:
            return 0
        self._service.set_marks(
            session_id, {self.people[row].id: AttendanceMark.PRESENT for row in blank}
        )
        for row in blank:
            self._apply(row, column, AttendanceMark.PRESENT)
        return len(blank)

    def _apply(self, row: int, column: int, mark: AttendanceMark | None) -> None:
        key = (self.people[row].id, self.sessions[column].id)
        before = self.marks.get(key)
        if mark is None:
            self.marks.pop(key, None)
        else:
            self.marks[key] = mark
        self._present[row] += int(mark is AttendanceMark.PRESENT) - int(
            before is AttendanceMark.PRESENT
        )
        cell = self.index(row, column)
        summary = self.index(row, self.summary_column)
        self.dataChanged.emit(cell, cell)
        self.dataChanged.emit(summary, summary)


class AttendanceTable(QTableView):
    """The grid's view: the keys of the module docstring; ``problem`` carries a refusal."""

    problem = Signal(str)
    changed = Signal()

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attendance = model
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(46)
        header.setMinimumSectionSize(30)
        header.setHighlightSections(True)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(24)
        rows.setMaximumWidth(NAME_WIDTH)
        rows.setHighlightSections(True)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        model.modelReset.connect(self._fit)

    def _fit(self) -> None:
        # Sections keep their widths by position from the workshop shown before: set them all.
        summary = self.attendance.summary_column
        default = self.horizontalHeader().defaultSectionSize()
        for column in range(summary):
            self.setColumnWidth(column, default)
        if self.attendance.columnCount():
            self.setColumnWidth(
                summary, self.fontMetrics().horizontalAdvance("100 % · puede aprobar") + 16
            )

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """The arrows stay on the sessions: the summary column is read, never marked."""
        index = super().moveCursor(action, modifiers)
        if index.isValid() and index.column() == self.attendance.summary_column:
            current = self.currentIndex()
            return current if current.isValid() else index.siblingAtColumn(index.column() - 1)
        return index

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = event.key()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if not index.isValid() or not plain:
            super().keyPressEvent(event)
            return
        row, column = index.row(), index.column()
        if key == Qt.Key.Key_Space:
            mark = self.attendance.mark_at(row, column)
            self._set(row, column, mark.following() if mark else AttendanceMark.PRESENT)
        elif key in LETTER_KEYS:
            if self._set(row, column, LETTER_KEYS[Qt.Key(key)]) and row + 1 < len(
                self.attendance.people
            ):
                self.setCurrentIndex(self.attendance.index(row + 1, column))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._set(row, column, None)
        else:
            super().keyPressEvent(event)

    def _set(self, row: int, column: int, mark: AttendanceMark | None) -> bool:
        if column >= self.attendance.summary_column:
            return False
        if not self.attendance.editable:
            self.problem.emit(
                self.tr("El taller no está abierto: reábralo para corregir la asistencia.")
            )
            return False
        try:
            self.attendance.set_mark(row, column, mark)
        except (ServiceError, StorageError) as exc:
            self.problem.emit(str(exc))
            return False
        self.changed.emit()
        return True

    def current_session_column(self) -> int:
        """The session column of the current cell; -1 when none (or the summary)."""
        index = self.currentIndex()
        if not index.isValid() or index.column() >= self.attendance.summary_column:
            return -1
        return index.column()
