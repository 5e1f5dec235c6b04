"""A person's page: who they are, and their atenciones newest first, each readable whole."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import age_on, format_date
from omil_desktop.domain.people import priority_groups
from omil_desktop.services.attentions import AttentionRow
from omil_desktop.services.clock import today
from omil_desktop.services.referrals import HistoryItem
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.widgets.labels import ElidedLabel, breakable


class PersonDetail(QWidget):
    edit_requested = Signal(str)
    attention_requested = Signal(str)
    vacancies_requested = Signal(str)
    active_toggled = Signal(str, bool)
    attention_edit_requested = Signal(str)
    attention_delete_requested = Signal(str)
    survey_saved = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.person_id: str | None = None
        self._active = True
        self.rows: list[AttentionRow] = []
        self.entries: list[AttentionRow | HistoryItem] = []
        self.person_name = ""
        self.title = ElidedLabel(max_lines=2)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attention_button = QPushButton(self.tr("Registrar atención"))
        self.attention_button.setToolTip(self.tr("Registrar una atención (Ctrl+R)"))
        self.vacancies_button = QPushButton(self.tr("Ofertas…"))
        self.vacancies_button.setToolTip(
            self.tr("Ofertas abiertas, propias y de la Red Territorial, que calzan con la persona")
        )
        self.survey_button = QPushButton(self.tr("Registrar encuesta…"))
        self.survey_button.setToolTip(
            self.tr("Encuesta de satisfacción (nota 1 a 7) sobre uno de sus servicios")
        )
        self.edit_button = QPushButton(self.tr("Editar datos"))
        self.edit_button.setToolTip(self.tr("Editar los datos de la persona (Ctrl+E)"))
        self.active_button = QPushButton(self.tr("Desactivar"))
        self.history = QTableWidget(0, 3)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Fecha"), self.tr("Atención"), self.tr("Notas")]
        )
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setTabKeyNavigation(False)
        self.history.setWordWrap(False)
        self.notes_view = QPlainTextEdit()
        self.notes_view.setReadOnly(True)
        self.notes_view.setPlaceholderText(self.tr("La atención elegida no tiene notas."))
        self.edit_attention_button = QPushButton(self.tr("Editar atención"))
        self.delete_attention_button = QPushButton(self.tr("Eliminar atención…"))
        self.empty = QLabel(self.tr("Seleccione una persona de la lista o cree una con Ctrl+N."))
        self.empty.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.attention_button)
        buttons.addWidget(self.vacancies_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.active_button)
        history_title = ElidedLabel(self.tr("Atenciones, derivaciones y colocaciones"))
        history_title.setStyleSheet("font-weight: bold;")
        attention_buttons = QHBoxLayout()
        attention_buttons.addWidget(ElidedLabel(self.tr("Notas")), 1)
        attention_buttons.addWidget(self.edit_attention_button)
        attention_buttons.addWidget(self.delete_attention_button)
        attention_buttons.addWidget(self.survey_button)
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.setSpacing(2)
        notes_layout.addLayout(attention_buttons)
        notes_layout.addWidget(self.notes_view, 1)
        # The history and the chosen atención's notes share the height; the officer can move
        # the line between them to read long notes.
        self.history_split = QSplitter(Qt.Orientation.Vertical)
        self.history_split.addWidget(self.history)
        self.history_split.addWidget(notes)
        self.history_split.setStretchFactor(0, 3)
        self.history_split.setStretchFactor(1, 2)
        self.history_split.setChildrenCollapsible(False)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.summary)
        body.addLayout(buttons)
        body.addWidget(history_title)
        body.addWidget(self.history_split, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.attention_button.clicked.connect(self._attention)
        self.vacancies_button.clicked.connect(self._vacancies)
        self.edit_button.clicked.connect(self._edit)
        self.survey_button.clicked.connect(self.record_survey)
        self.active_button.clicked.connect(self._toggle)
        self.history.currentCellChanged.connect(self._current_attention_changed)
        self.history.cellActivated.connect(lambda *_: self._edit_attention())
        self.history.cellDoubleClicked.connect(lambda *_: self._edit_attention())
        self.edit_attention_button.clicked.connect(self._edit_attention)
        self.delete_attention_button.clicked.connect(self._delete_attention)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.history)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_attention)
        self.show_person(None)

    def _vacancies(self) -> None:
        if self.person_id is not None:
            self.vacancies_requested.emit(self.person_id)

    def show_person(self, person_id: str | None) -> None:
        self.person_id = person_id
        self.person_name = ""
        self.empty.setVisible(person_id is None)
        self.body.setVisible(person_id is not None)
        if person_id is None:
            return
        record = self._workspace.people.get(person_id)
        data = record.data
        self._active = record.active
        self.title.setText(data.full_name() + ("" if record.active else self.tr(" (inactiva)")))
        self.person_name = data.full_name()
        now = today()
        lines = []
        ident = (
            str(data.rut)
            if data.rut
            else (
                f"{data.document_type.label if data.document_type else ''} {data.document_number} "
                f"({data.document_country})"
            )
        )
        lines.append(self.tr("Identificación: ") + ident)
        if data.birth_date:
            lines.append(
                self.tr("Nacimiento: ")
                + self.tr("{date} ({age} años)").format(
                    date=format_date(data.birth_date), age=age_on(data.birth_date, now)
                )
            )
        place = self._workspace.territory.comuna(data.comuna_code).name
        lines.append(self.tr("Comuna: ") + place + (f", {data.address}" if data.address else ""))
        contact = " · ".join(x for x in (data.phone, data.email) if x)
        if contact:
            lines.append(self.tr("Contacto: ") + contact)
        if data.job_status:
            job = data.job_status.label
            lines.append(
                self.tr("Situación laboral: ")
                + job
                + (f" — {data.occupation}" if data.occupation else "")
            )
        groups = priority_groups(
            birth_date=data.birth_date,
            sex=data.sex,
            woman_head_of_household=data.woman_head_of_household,
            migrant=data.migrant,
            indigenous=data.indigenous,
            today=now,
        )
        if data.has_disability:
            lines.append(
                self.tr("Persona con discapacidad")
                + (self.tr(" (credencial RND)") if data.rnd_registered else "")
            )
        if groups:
            lines.append(self.tr("Grupos prioritarios: ") + ", ".join(g.label for g in groups))
        if data.consent_on is None:
            lines.append(
                self.tr("⚠ Falta registrar el consentimiento para el tratamiento de datos.")
            )
        self.summary.setText(breakable("\n".join(lines)))
        self.active_button.setText(self.tr("Desactivar") if record.active else self.tr("Reactivar"))
        self.attention_button.setEnabled(record.active)
        self.show_history()

    def show_history(self, current: str | None = None) -> None:
        """Read the person's atenciones again; ``current`` (an id) is chosen, else the newest."""
        if self.person_id is None:
            return
        self.rows = self._workspace.attentions.history(self.person_id)
        # Referrals and placements join the atenciones by date (read-only lines).
        self.entries = self._with_intermediation(self.rows)
        self.history.setRowCount(len(self.entries))
        for i, row in enumerate(self.entries):
            if isinstance(row, HistoryItem):
                cells = (format_date(row.on), row.kind, row.description)
            else:
                notes_line = " / ".join(line for line in row.notes.splitlines() if line.strip())
                cells = (format_date(row.date), row.kind.label, notes_line)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                tip = cells[2] if isinstance(row, HistoryItem) else row.notes
                if column == 2 and tip:
                    item.setToolTip(tip if len(tip) <= 1000 else tip[:1000] + "…")
                self.history.setItem(i, column, item)
        self.history.resizeColumnToContents(1)
        self.history.setColumnWidth(1, min(self.history.columnWidth(1), 220))
        ids = [getattr(row, "id", None) for row in self.entries]
        chosen = ids.index(current) if current in ids else 0
        if self.entries:
            self.history.setCurrentCell(chosen, 0)
        self._current_attention_changed(self.history.currentRow())

    def _with_intermediation(
        self, attentions: list[AttentionRow]
    ) -> list[AttentionRow | HistoryItem]:
        assert self.person_id is not None
        items = self._workspace.referrals.history(self.person_id)
        merged: list[AttentionRow | HistoryItem] = [*attentions, *items]
        return sorted(  # stable: newest first, atenciones of a day as they were listed
            merged, key=lambda e: e.on if isinstance(e, HistoryItem) else e.date, reverse=True
        )

    def current_attention(self) -> AttentionRow | None:
        row = self.history.currentRow()
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        return entry if isinstance(entry, AttentionRow) else None

    def _current_attention_changed(self, row: int, *_args: int) -> None:
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        current = entry if isinstance(entry, AttentionRow) else None
        self.notes_view.setPlaceholderText(
            self.tr("La atención elegida no tiene notas.")
            if self.entries
            else self.tr("Esta persona aún no tiene atenciones.")
        )
        if isinstance(entry, HistoryItem):
            self.notes_view.setPlainText(entry.description)
        else:
            self.notes_view.setPlainText(current.notes if current else "")
        self.edit_attention_button.setEnabled(current is not None)
        self.delete_attention_button.setEnabled(current is not None)

    def _edit_attention(self) -> None:
        current = self.current_attention()
        if current is not None:
            self.attention_edit_requested.emit(current.id)

    def _delete_attention(self) -> None:
        current = self.current_attention()
        if current is not None:
            self.attention_delete_requested.emit(current.id)

    def record_survey(self) -> None:
        """«Registrar encuesta…»: the person rates one of their services."""
        office = self._workspace.office
        if self.person_id is None or office is None:
            return
        from omil_desktop.domain.surveys import SurveyService as RatedKind
        from omil_desktop.services.surveys import SurveyService
        from omil_desktop.ui.targets.survey_dialog import SurveyDialog

        surveys = SurveyService(self._workspace.db, self._workspace.territory, office.comuna_code)
        current = self.current_attention()  # the chosen atención, when it can be rated
        dialog = SurveyDialog(surveys, self.person_id, self.person_name, self)
        if current is not None:
            dialog.choose(RatedKind.ATTENTION, current.id)
        dialog.saved.connect(self.survey_saved)
        dialog.open()
        self.survey_dialog = dialog

    def _attention(self) -> None:
        if self.person_id:
            self.attention_requested.emit(self.person_id)

    def _edit(self) -> None:
        if self.person_id:
            self.edit_requested.emit(self.person_id)

    def _toggle(self) -> None:
        if self.person_id:
            self.active_toggled.emit(self.person_id, not self._active)
