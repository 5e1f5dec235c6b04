"""One workshop: its data, sessions, people and attendance in tabs; finishing it; its PDFs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.workshops import (
    DEFAULT_MIN_ATTENDANCE,
    EnrollmentStatus,
    WorkshopStatus,
    standing,
)
from omil_desktop.services.clock import today
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.workshops import (
    EnrollmentRow,
    SessionRow,
    WorkshopRecord,
    WorkshopsService,
)
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.labels import ElidedLabel, breakable
from omil_desktop.ui.workshops.attendance import AttendanceModel, AttendanceTable

DATA_TAB, SESSIONS_TAB, PEOPLE_TAB, ATTENDANCE_TAB = range(4)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    return table


def _notice(label: QLabel, message: str, *, problem: bool = False) -> None:
    label.setStyleSheet("color: #b00020;" if problem else "color: #1b5e20; font-weight: bold;")
    label.setText(message)
    label.setVisible(bool(message))


class WorkshopView(QWidget):
    """The workshop ``show_workshop`` was given. ``back`` asks for the list again;
    ``changed(workshop_id)`` says something of it was saved (the list's counts change)."""

    back = Signal()
    changed = Signal(str)
    edit_requested = Signal(str)
    documents_requested = Signal(str)
    """«attendance», «certificates» or «summary»."""
    marks_filled = Signal()
    """«Todos presentes» saved marks."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.service: WorkshopsService = workspace.workshops
        self.workshop_id: str | None = None
        self.record: WorkshopRecord | None = None
        self.session_rows: list[SessionRow] = []
        self.people: list[EnrollmentRow] = []

        self.back_button = QPushButton(self.tr("← Talleres"))
        self.back_button.setToolTip(self.tr("Volver a la lista de talleres (Alt+←)"))
        self.title = ElidedLabel(max_lines=1)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.state = ElidedLabel(max_lines=2)
        self.edit_button = QPushButton(self.tr("Editar taller"))
        self.edit_button.setToolTip(self.tr("Corregir los datos del taller (Ctrl+E)"))
        self.finish_button = QPushButton(self.tr("Finalizar taller…"))
        self.finish_button.setToolTip(
            self.tr("Registrar quiénes aprobaron y agregarles la atención «apresto»")
        )
        self.cancel_button = QPushButton(self.tr("Cancelar taller…"))
        self.cancel_button.setToolTip(
            self.tr("El taller no se realizará: queda como cancelado, con sus datos")
        )
        self.reopen_button = QPushButton(self.tr("Reabrir"))
        self.reopen_button.setToolTip(self.tr("Abrir el taller de nuevo para corregirlo"))
        self.sheet_button = QPushButton(self.tr("Hoja de asistencia"))
        self.sheet_button.setToolTip(
            self.tr("PDF para firmar, de la sesión elegida en «Sesiones» o en «Asistencia»")
        )
        self.certificates_button = QPushButton(self.tr("Certificados"))
        self.certificates_button.setToolTip(
            self.tr("PDF con un certificado por cada persona que aprobó")
        )
        self.summary_button = QPushButton(self.tr("Resumen"))
        self.summary_button.setToolTip(
            self.tr("PDF con inscritos, asistencia por sesión y aprobados por sexo y edad")
        )
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setVisible(False)

        # Datos
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setContentsMargins(8, 8, 8, 8)
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setWidget(self.details)

        # Sesiones
        self.sessions_table = _table(
            [self.tr("N°"), self.tr("Fecha"), self.tr("Horario"), self.tr("Lugar")]
        )
        header = self.sessions_table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.add_session_button = QPushButton(self.tr("Agregar sesión…"))
        self.edit_session_button = QPushButton(self.tr("Editar sesión…"))
        self.delete_session_button = QPushButton(self.tr("Eliminar sesión…"))
        sessions_page = QWidget()
        sessions_layout = QVBoxLayout(sessions_page)
        sessions_layout.addWidget(self.sessions_table, 1)
        row = QHBoxLayout()
        for button in (
            self.add_session_button,
            self.edit_session_button,
            self.delete_session_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        sessions_layout.addLayout(row)

        # Inscritos
        self.people_table = _table(
            [
                self.tr("Nombre"),
                self.tr("RUT"),
                self.tr("Estado"),
                self.tr("Desde"),
                self.tr("Asistencia"),
            ]
        )
        header = self.people_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.enroll_button = QPushButton(self.tr("Inscribir…"))
        self.enroll_button.setToolTip(
            self.tr("Buscar en el registro, o registrar a alguien nuevo, e inscribir (Ctrl+I)")
        )
        self.withdraw_button = QPushButton(self.tr("Retirar…"))
        self.withdraw_button.setToolTip(
            self.tr("Retirar a la persona elegida; sube la primera de la lista de espera")
        )
        self.people_count = QLabel()
        self.people_notice = QLabel()
        self.people_notice.setWordWrap(True)
        self.people_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.people_notice.setVisible(False)
        people_page = QWidget()
        people_layout = QVBoxLayout(people_page)
        people_layout.addWidget(self.people_table, 1)
        people_layout.addWidget(self.people_notice)
        row = QHBoxLayout()
        row.addWidget(self.enroll_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        row.addWidget(self.people_count)
        people_layout.addLayout(row)

        # Asistencia
        self.attendance = AttendanceModel(self.service, self)
        self.grid = AttendanceTable(self.attendance)
        self.all_present_button = QPushButton(self.tr("Todos presentes"))
        self.all_present_button.setToolTip(
            self.tr("Marca presente, en la sesión elegida, a quienes aún no tienen marca")
        )
        self.grid_hint = ElidedLabel(
            self.tr(
                "Flechas: moverse · Espacio: presente → ausente → justificado · P, A, J: marcar y "
                "bajar · Supr: borrar. Cada marca se guarda al instante."
            ),
            max_lines=2,
        )
        self.grid_hint.setStyleSheet("color: #555;")
        self.grid_notice = QLabel()
        self.grid_notice.setWordWrap(True)
        self.grid_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.grid_notice.setVisible(False)
        attendance_page = QWidget()
        attendance_layout = QVBoxLayout(attendance_page)
        attendance_layout.addWidget(self.grid, 1)
        attendance_layout.addWidget(self.grid_notice)
        row = QHBoxLayout()
        row.addWidget(self.all_present_button)
        row.addWidget(self.grid_hint, 1)
        attendance_layout.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.addTab(details_scroll, self.tr("Datos"))
        self.tabs.addTab(sessions_page, self.tr("Sesiones"))
        self.tabs.addTab(people_page, self.tr("Inscritos"))
        self.tabs.addTab(attendance_page, self.tr("Asistencia"))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        actions = QHBoxLayout()
        for button in (
            self.edit_button,
            self.finish_button,
            self.cancel_button,
            self.reopen_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        # The documents on a row of their own: one row of seven buttons does not fit 1024×600
        # once the text is longer (a translation; tests/ui/test_pseudo_locale.py).
        documents = QHBoxLayout()
        printed = QLabel(self.tr("PDF:"))
        documents.addWidget(printed)
        for button in (self.sheet_button, self.certificates_button, self.summary_button):
            documents.addWidget(button)
        documents.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addLayout(actions)
        layout.addLayout(documents)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self.back)
        self.edit_button.clicked.connect(self._edit)
        self.finish_button.clicked.connect(self.finish)
        self.reopen_button.clicked.connect(self.reopen)
        self.cancel_button.clicked.connect(self.cancel_workshop)
        self.sheet_button.clicked.connect(lambda: self._documents("attendance"))
        self.certificates_button.clicked.connect(lambda: self._documents("certificates"))
        self.summary_button.clicked.connect(lambda: self._documents("summary"))
        self.add_session_button.clicked.connect(self.add_session)
        self.edit_session_button.clicked.connect(self.edit_session)
        self.delete_session_button.clicked.connect(self.delete_session)
        self.sessions_table.cellActivated.connect(lambda *_: self.edit_session())
        self.sessions_table.currentCellChanged.connect(lambda *_: self._session_chosen())
        self.enroll_button.clicked.connect(self.enroll)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.people_table.currentCellChanged.connect(lambda *_: self._person_chosen())
        self.all_present_button.clicked.connect(self.all_present)
        self.grid.problem.connect(lambda message: _notice(self.grid_notice, message, problem=True))
        self.grid.changed.connect(self._mark_saved)
        self.grid.selectionModel().currentColumnChanged.connect(lambda *_: self._column_chosen())
        self.tabs.currentChanged.connect(self._tab_shown)
        for keys, action in (
            ("Alt+Left", self.back.emit),
            ("Ctrl+E", self.edit_button.animateClick),
            ("Ctrl+I", self._enroll_shortcut),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        self._people_stale = False
        self._grid_state = ""

    # -- showing ------------------------------------------------------------------------------

    def show_workshop(self, workshop_id: str) -> None:
        """Read the workshop and everything of it (opening it, or after a change)."""
        if workshop_id != self.workshop_id:
            for label in (self.notice, self.people_notice, self.grid_notice):
                _notice(label, "")
        self.workshop_id = workshop_id
        self.record = self.service.get(workshop_id)
        self._show_record()
        self._show_sessions()
        self._show_people()
        self._show_grid()

    @property
    def is_cancelled(self) -> bool:
        return self.record is not None and self.record.status is WorkshopStatus.CANCELLED

    @property
    def is_open(self) -> bool:
        return self.record is not None and self.record.status is WorkshopStatus.OPEN

    def _show_record(self) -> None:
        record = self.record
        assert record is not None
        data = record.data
        self.title.setText(data.name)
        self.edit_button.setEnabled(record.status is WorkshopStatus.OPEN)
        self.certificates_button.setEnabled(not self.is_cancelled)
        self.sheet_button.setEnabled(not self.is_cancelled and self.selected_session() is not None)
        self.finish_button.setVisible(record.status is WorkshopStatus.OPEN)
        self.cancel_button.setVisible(record.status is WorkshopStatus.OPEN)
        self.reopen_button.setVisible(record.status is not WorkshopStatus.OPEN)
        for button in (
            self.add_session_button,
            self.edit_session_button,
            self.delete_session_button,
            self.enroll_button,
            self.withdraw_button,
            self.all_present_button,
        ):
            button.setEnabled(self.is_open)
        lines = [
            self.tr("Módulos: ") + data.module_text,
            self.tr("Facilitador(a): ") + data.facilitator,
            self.tr("Lugar: ") + (data.place or "—"),
            self.tr("Cupos: ") + str(data.capacity),
            self.tr("Grupo objetivo: ") + (data.target_group or "—"),
            self.tr("Empresa vinculada: ") + (record.company_name or "—"),
            self.tr("Programa vinculado: ") + (data.programme or "—"),
            self.tr("Fechas: del {start} al {end}").format(
                start=format_date(data.starts_on), end=format_date(data.ends_on)
            ),
            self.tr("Aprueba con: {n} % de las sesiones como presente").format(
                n=data.min_attendance
            ),
            self.tr("Estado: ")
            + record.status.label
            + (
                self.tr(" el ") + format_date(record.finished_on)
                if record.finished_on is not None
                else ""
            ),
        ]
        if data.notes:
            lines += ["", self.tr("Observaciones:"), data.notes]
        self.details.setText(breakable("\n".join(lines)))

    def _state_line(self) -> None:
        record = self.record
        assert record is not None
        enrolled = sum(1 for p in self.people if p.status is EnrollmentStatus.ENROLLED)
        waiting = sum(1 for p in self.people if p.status is EnrollmentStatus.WAITING)
        parts = [
            record.status.label,
            self.tr("del {start} al {end}").format(
                start=format_date(record.data.starts_on), end=format_date(record.data.ends_on)
            ),
            self.tr("{n} sesiones").format(n=len(self.session_rows))
            if len(self.session_rows) != 1
            else self.tr("1 sesión"),
            self.tr("{enrolled}/{capacity} inscritos").format(
                enrolled=enrolled, capacity=record.data.capacity
            ),
        ]
        if waiting and record.status is WorkshopStatus.OPEN:
            parts.append(self.tr("{n} en espera").format(n=waiting))
        parts.append(record.data.facilitator)
        self.state.setText(" · ".join(parts))

    def _show_sessions(self, current: str | None = None) -> None:
        assert self.workshop_id is not None
        previous = self.selected_session()
        current = current or (previous.id if previous else None)
        self.session_rows = self.service.sessions(self.workshop_id)
        table = self.sessions_table
        table.setRowCount(len(self.session_rows))
        for i, s in enumerate(self.session_rows):
            values = (
                str(s.number),
                format_date(s.date),
                f"{s.starts_at}–{s.ends_at}",
                s.place,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column < 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(i, column, item)
        ids = [s.id for s in self.session_rows]
        if current in ids:
            table.setCurrentCell(ids.index(current), 0)
        elif self.session_rows:
            table.setCurrentCell(self._today_or_next(), 0)
        self.tabs.setTabText(
            SESSIONS_TAB, self.tr("Sesiones ({n})").format(n=len(self.session_rows))
        )
        self._session_chosen()

    def _today_or_next(self) -> int:
        """The row of today's session, or of the next one; the last when all are past."""
        now: date = today()
        for i, s in enumerate(self.session_rows):
            if s.date >= now:
                return i
        return len(self.session_rows) - 1

    def selected_session(self) -> SessionRow | None:
        row = self.sessions_table.currentRow()
        return self.session_rows[row] if 0 <= row < len(self.session_rows) else None

    def _session_chosen(self) -> None:
        has = self.selected_session() is not None
        self.edit_session_button.setEnabled(has and self.is_open)
        self.delete_session_button.setEnabled(has and self.is_open)
        self.sheet_button.setEnabled(has and not self.is_cancelled)

    def _show_people(self, current: str | None = None) -> None:
        assert self.workshop_id is not None
        previous = self.selected_person()
        current = current or (previous.id if previous else None)
        self.people = self.service.enrollments(self.workshop_id)
        table = self.people_table
        table.setRowCount(len(self.people))
        grey = self.palette().color(
            self.palette().ColorGroup.Disabled, self.palette().ColorRole.Text
        )
        for i, p in enumerate(self.people):
            if p.status is EnrollmentStatus.WAITING and not self.is_open:
                state = self.tr("No alcanzó cupo")  # the workshop ended or was cancelled
            elif p.status is EnrollmentStatus.WAITING:
                state = self.tr("En espera ({n})").format(n=p.position)
            else:
                state = p.status.label
            if p.status is EnrollmentStatus.ENROLLED:
                rule = self.record.data.min_attendance if self.record is not None else None
                so_far = standing(
                    p.present, p.unmarked, len(self.session_rows), rule or DEFAULT_MIN_ATTENDANCE
                )
                attendance = f"{p.percent} % · {so_far}"
                if p.completed_on is not None:
                    attendance = self.tr("{p} % · aprobó").format(p=p.percent)
                elif self.record is not None and self.record.status is WorkshopStatus.FINISHED:
                    attendance = self.tr("{p} % · no aprobó").format(p=p.percent)
            else:
                attendance = ""
            values = (p.name, p.rut, state, format_date(p.enrolled_on), attendance)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if p.status is EnrollmentStatus.WITHDRAWN:
                    item.setForeground(grey)
                table.setItem(i, column, item)
        ids = [p.id for p in self.people]
        if current in ids:
            table.setCurrentCell(ids.index(current), 0)
        elif self.people:
            table.setCurrentCell(0, 0)
        enrolled = sum(1 for p in self.people if p.status is EnrollmentStatus.ENROLLED)
        waiting = sum(1 for p in self.people if p.status is EnrollmentStatus.WAITING)
        capacity = self.record.data.capacity if self.record else 0
        self.people_count.setText(
            self.tr("{enrolled} de {capacity} cupos · {waiting} en espera").format(
                enrolled=enrolled, capacity=capacity, waiting=waiting
            )
            if self.is_open
            else self.tr("{enrolled} de {capacity} cupos").format(
                enrolled=enrolled, capacity=capacity
            )
        )
        self.tabs.setTabText(PEOPLE_TAB, self.tr("Inscritos ({n})").format(n=enrolled))
        self._people_stale = False
        self._person_chosen()
        self._state_line()

    def selected_person(self) -> EnrollmentRow | None:
        row = self.people_table.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _person_chosen(self) -> None:
        person = self.selected_person()
        self.withdraw_button.setEnabled(
            self.is_open and person is not None and person.status is not EnrollmentStatus.WITHDRAWN
        )

    def _show_grid(self) -> None:
        assert self.record is not None and self.workshop_id is not None
        column = self.grid.currentIndex().column()
        row = self.grid.currentIndex().row()
        minimum = self.record.data.min_attendance or DEFAULT_MIN_ATTENDANCE
        self.attendance.load(self.workshop_id, minimum, self.is_open)
        if self.attendance.people and self.attendance.sessions:
            chosen = self.selected_session()
            if chosen is not None:
                column = [s.id for s in self.session_rows].index(chosen.id)
            column = max(0, min(column, len(self.attendance.sessions) - 1))
            row = max(0, min(row, len(self.attendance.people) - 1))
            self.grid.setCurrentIndex(self.attendance.index(row, column))
        state = ""
        if not self.is_open:
            state = self.tr("El taller no está abierto: la asistencia se lee, no se cambia.")
        elif not self.attendance.sessions:
            state = self.tr("Agregue las sesiones del taller en «Sesiones».")
        elif not self.attendance.people:
            state = self.tr("Inscriba a las personas en «Inscritos».")
        if state:
            _notice(self.grid_notice, state, problem=not self.is_open)
        elif self._grid_state and self.grid_notice.text() == self._grid_state:
            _notice(self.grid_notice, "")
        self._grid_state = state

    def _tab_shown(self, index: int) -> None:
        if index == PEOPLE_TAB and self._people_stale:
            self._show_people()
        if index == ATTENDANCE_TAB:
            self.grid.setFocus()
            if not self.grid.currentIndex().isValid() and self.attendance.rowCount():
                # The arrows work at once: start at the first person, today's session.
                column = max(self._today_or_next(), 0)
                self.grid.setCurrentIndex(self.attendance.index(0, column))

    def _column_chosen(self) -> None:
        column = self.grid.current_session_column()
        if 0 <= column < len(self.session_rows):
            self.sessions_table.blockSignals(True)
            self.sessions_table.setCurrentCell(column, 0)
            self.sessions_table.blockSignals(False)
            self._session_chosen()

    def _mark_saved(self) -> None:
        """A mark was saved: the percentages of «Inscritos» are read again when next shown."""
        self._people_stale = True
        if self.grid_notice.isVisible() and self.is_open:
            _notice(self.grid_notice, "")

    # -- actions ------------------------------------------------------------------------------

    def _edit(self) -> None:
        if self.workshop_id is not None:
            self.edit_requested.emit(self.workshop_id)

    def _documents(self, kind: str) -> None:
        if self.workshop_id is not None:
            self.documents_requested.emit(kind)

    def _changed(self) -> None:
        assert self.workshop_id is not None
        self.changed.emit(self.workshop_id)

    def add_session(self) -> None:
        from omil_desktop.ui.workshops.workshop_dialog import SessionDialog

        if self.workshop_id is None:
            return
        dialog = SessionDialog(self.service, self.workshop_id, None, self)
        dialog.saved.connect(self._session_saved)
        dialog.open()

    def edit_session(self) -> None:
        from omil_desktop.ui.workshops.workshop_dialog import SessionDialog

        session = self.selected_session()
        if self.workshop_id is None or session is None or not self.is_open:
            return
        dialog = SessionDialog(self.service, self.workshop_id, session, self)
        dialog.saved.connect(self._session_saved)
        dialog.open()

    def _session_saved(self, session_id: str) -> None:
        self._show_sessions(session_id)
        self._show_people()
        self._show_grid()
        self._changed()

    def delete_session(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        marked = sum(1 for (_e, s) in self.attendance.marks if s == session.id)
        text = self.tr("¿Eliminar la sesión {n} del {day}?").format(
            n=session.number, day=format_date(session.date)
        )
        if marked:
            text += self.tr(" Se borra también su asistencia ({marks}).").format(
                marks=self.tr("%Ln marca(s)", "", marked)
            )
        answer = QMessageBox.question(
            self,
            self.tr("Eliminar sesión"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete_session(session.id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self._show_sessions()
        self._show_people()
        self._show_grid()
        self._changed()

    def _enroll_shortcut(self) -> None:
        if self.enroll_button.isEnabled():
            self.tabs.setCurrentIndex(PEOPLE_TAB)
            self.enroll()

    def enroll(self) -> None:
        from omil_desktop.ui.workshops.enroll_dialog import EnrollDialog

        if self.workshop_id is None or self.record is None:
            return
        taken = {
            p.person_id: (
                self.tr("ya en el taller")
                if p.status is EnrollmentStatus.ENROLLED
                else self.tr("en espera")
            )
            for p in self.people
            if p.status is not EnrollmentStatus.WITHDRAWN
        }
        dialog = EnrollDialog(self._workspace, self.workshop_id, self.record.data.name, taken, self)
        dialog.enrolled.connect(self._enrolled)
        dialog.open()

    def _enrolled(self, enrollment_id: str, message: str) -> None:
        """Someone was enrolled (or put on the waiting list): a new row, also in the grid."""
        self._show_people(enrollment_id)
        self._show_grid()
        _notice(self.people_notice, message)
        self._changed()

    def withdraw(self) -> None:
        person = self.selected_person()
        if person is None or person.status is EnrollmentStatus.WITHDRAWN:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Retirar del taller"),
            self.tr("¿Retirar a {name} del taller?").format(name=person.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self.service.withdraw(person.id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        message = self.tr("Se retiró a {name} del taller.").format(name=person.name)
        if result.moved_up_name:
            message += " " + self.tr(
                "Sube de la lista de espera: {name}, que ahora tiene cupo."
            ).format(name=result.moved_up_name)
        self._show_people(person.id)
        self._show_grid()
        _notice(self.people_notice, message)
        self._changed()

    def all_present(self) -> None:
        column = self.grid.current_session_column()
        if column < 0:
            chosen = self.selected_session()
            column = self.session_rows.index(chosen) if chosen is not None else -1
        if column < 0:
            _notice(self.grid_notice, self.tr("Elija una sesión (columna)."), problem=True)
            return
        try:
            marked = self.attendance.fill_present(column)
        except (ServiceError, StorageError) as exc:
            _notice(self.grid_notice, str(exc), problem=True)
            return
        number = self.session_rows[column].number
        _notice(
            self.grid_notice,
            self.tr("Sesión {n}: {people}.").format(
                n=number,
                people=self.tr("%Ln persona(s) marcada(s) como presente(s)", "", marked),
            )
            if marked
            else self.tr("Sesión {n}: ya todos tenían marca.").format(n=number),
        )
        self._people_stale = True
        self.marks_filled.emit()
        self.grid.setFocus()

    def finish(self) -> None:
        if self.workshop_id is None or self.record is None:
            return
        try:
            rows = self.service.enrollments(self.workshop_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        enrolled = [r for r in rows if r.status is EnrollmentStatus.ENROLLED]
        total = len(enrolled)
        passing = sum(1 for r in enrolled if r.completes)
        answer = QMessageBox.question(
            self,
            self.tr("Finalizar taller"),
            self.tr(
                "¿Finalizar «{name}»? Con la asistencia registrada aprueban {passing} de "
                "{total} inscritos (mínimo {minimum} % de las sesiones como presente). A cada "
                "persona que aprueba se le agrega una atención «apresto» en su historial."
            ).format(
                name=self.record.data.name,
                passing=passing,
                total=total,
                minimum=self.record.data.min_attendance,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self.service.finish(self.workshop_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.show_workshop(self.workshop_id)
        message = self.tr("Taller finalizado: {n} personas lo completaron.").format(
            n=result.completed
        )
        if result.completed == 1:
            message = self.tr("Taller finalizado: 1 persona lo completó.")
        if result.attentions_added:
            message += " " + self.tr("Se agregó la atención «apresto» al historial de {n}.").format(
                n=result.attentions_added
            )
        if result.completed > result.attentions_added:
            message += " " + self.tr("(Quien ya la tenía de antes no la recibe dos veces.)")
        _notice(self.notice, message)
        self._changed()

    def cancel_workshop(self) -> None:
        if self.workshop_id is None or self.record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancelar taller"),
            self.tr(
                "¿Cancelar «{name}»? No se realizará: se guarda como cancelado, con sus "
                "inscritos y su asistencia, y se puede reabrir."
            ).format(name=self.record.data.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.cancel(self.workshop_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.show_workshop(self.workshop_id)
        _notice(self.notice, self.tr("Taller cancelado."))
        self._changed()

    def reopen(self) -> None:
        if self.workshop_id is None:
            return
        try:
            self.service.reopen(self.workshop_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.show_workshop(self.workshop_id)
        _notice(
            self.notice,
            self.tr(
                "Taller reabierto: puede corregirlo. Las atenciones «apresto» ya agregadas se "
                "mantienen y al finalizar de nuevo no se repiten."
            ),
        )
        self._changed()
