"""A person's page: who they are; their atenciones newest first, each readable whole; and their
satisfaction surveys, which the officer corrects or removes."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import age_on, format_date
from omil_desktop.domain.people import priority_groups
from omil_desktop.domain.privacy import AuditAction
from omil_desktop.services.attentions import AttentionRow
from omil_desktop.services.clock import today
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.referrals import HistoryItem
from omil_desktop.services.surveys import SurveyRow, SurveyService
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.people.person_access import PersonAccessTab
from omil_desktop.ui.people.privacy_tab import PrivacyTab
from omil_desktop.ui.widgets.labels import ElidedLabel, breakable

log = logging.getLogger(__name__)


PERSON_BUTTONS_MAX = 500
"""Wider than this, the person's four buttons take two rows (the page fits 1024×600)."""
ATTENTION_BUTTONS_MAX = 440
"""Wider than this, the attention's three buttons take two rows (the page fits 1024×600)."""


class PersonDetail(QWidget):
    edit_requested = Signal(str)
    attention_requested = Signal(str)
    vacancies_requested = Signal(str)
    active_toggled = Signal(str, bool)
    attention_edit_requested = Signal(str)
    attention_delete_requested = Signal(str)
    survey_saved = Signal(str)
    survey_deleted = Signal(str)

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
        # Beside the name (which shortens itself), not in the row of buttons: that row has no
        # room left beside the list at 1024×600.
        self.consent_button = QPushButton(self.tr("Imprimir consentimiento"))
        self.consent_button.setToolTip(
            self.tr("Imprimir consentimiento: el formulario para el tratamiento de datos, a firmar")
        )
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
        four = (self.attention_button, self.vacancies_button, self.edit_button, self.active_button)
        if sum(b.sizeHint().width() for b in four) <= PERSON_BUTTONS_MAX:
            buttons.addWidget(self.active_button)
            second_row = None
        else:  # a longer translation: the fourth button on a row of its own (fits 1024×600)
            second_row = QHBoxLayout()
            second_row.addStretch(1)
            second_row.addWidget(self.active_button)
        # Two rows when the three buttons do not fit side by side (a longer translation at
        # 1024×600: tests/ui/test_pseudo_locale.py); one row in Spanish.
        attention_buttons = QGridLayout()
        attention_buttons.addWidget(self.edit_attention_button, 0, 0)
        attention_buttons.addWidget(self.delete_attention_button, 0, 1)
        trio = (self.edit_attention_button, self.delete_attention_button, self.survey_button)
        one_row = sum(b.sizeHint().width() for b in trio) <= ATTENTION_BUTTONS_MAX
        attention_buttons.addWidget(self.survey_button, *((0, 2) if one_row else (1, 0)))
        attention_buttons.setColumnStretch(3, 1)
        # The caption on its own line: beside three buttons it had no room at 1024×600.
        self.notes_caption = QLabel(self.tr("Notas"))
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.setSpacing(2)
        notes_layout.addLayout(attention_buttons)
        notes_layout.addWidget(self.notes_caption)
        notes_layout.addWidget(self.notes_view, 1)
        # The history and the chosen atención's notes share the height; the officer can move
        # the line between them to read long notes.
        self.history_split = QSplitter(Qt.Orientation.Vertical)
        self.history_split.addWidget(self.history)
        self.history_split.addWidget(notes)
        self.history_split.setStretchFactor(0, 3)
        self.history_split.setStretchFactor(1, 2)
        self.history_split.setChildrenCollapsible(False)
        self.survey_rows: list[SurveyRow] = []
        self.surveys_table = QTableWidget(0, 4)
        self.surveys_table.setHorizontalHeaderLabels(
            [self.tr("Fecha"), self.tr("Servicio evaluado"), self.tr("Nota"), self.tr("Comentario")]
        )
        survey_header = self.surveys_table.horizontalHeader()
        survey_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # The service and the comment share what is left; each reads whole in its tooltip, the
        # chosen survey's comment below.
        survey_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        survey_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        survey_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.surveys_table.verticalHeader().setVisible(False)
        self.surveys_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.surveys_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.surveys_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.surveys_table.setTabKeyNavigation(False)
        self.surveys_table.setWordWrap(False)
        self.new_survey_button = QPushButton(self.tr("Registrar encuesta…"))
        self.correct_survey_button = QPushButton(self.tr("Corregir…"))
        self.correct_survey_button.setToolTip(self.tr("Corregir la encuesta elegida (Enter)"))
        self.delete_survey_button = QPushButton(self.tr("Eliminar…"))
        self.delete_survey_button.setToolTip(self.tr("Eliminar la encuesta elegida (Supr)"))
        self.survey_comment = QPlainTextEdit()
        self.survey_comment.setReadOnly(True)
        self.survey_comment.setPlaceholderText(self.tr("La encuesta elegida no tiene comentario."))
        self.survey_comment.setMaximumHeight(self.survey_comment.fontMetrics().lineSpacing() * 5)
        self.surveys_empty = QLabel(self.tr("Esta persona aún no responde encuestas."))
        self.surveys_empty.setWordWrap(True)
        survey_buttons = QHBoxLayout()
        survey_buttons.addWidget(self.new_survey_button)
        survey_buttons.addWidget(self.correct_survey_button)
        survey_buttons.addWidget(self.delete_survey_button)
        survey_buttons.addStretch(1)
        surveys_box = QWidget()
        surveys_layout = QVBoxLayout(surveys_box)
        surveys_layout.setContentsMargins(0, 0, 0, 0)
        surveys_layout.addLayout(survey_buttons)
        surveys_layout.addWidget(self.surveys_empty)
        surveys_layout.addWidget(self.surveys_table, 1)
        surveys_layout.addWidget(self.survey_comment)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.history_split, self.tr("Atenciones, derivaciones y colocaciones"))
        self.tabs.addTab(surveys_box, self.tr("Encuestas"))
        self.access_tab = PersonAccessTab(workspace)
        self.tabs.addTab(self.access_tab, self.tr("Accesos"))
        self._viewed: str | None = None
        self.privacy = PrivacyTab(workspace)  # Ley 21.719: the person's rights and requests
        index = self.tabs.addTab(self.privacy, self.tr("Datos personales"))
        self.tabs.setTabToolTip(index, self.tr("Datos personales: sus derechos y solicitudes"))
        self.privacy.edit_requested.connect(self.edit_requested)
        self.privacy.person_changed.connect(self.show_person)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(heading)
        body.addWidget(self.summary)
        body.addLayout(buttons)
        if second_row is not None:
            body.addLayout(second_row)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.attention_button.clicked.connect(self._attention)
        self.vacancies_button.clicked.connect(self._vacancies)
        self.edit_button.clicked.connect(self._edit)
        self.survey_button.clicked.connect(self.record_survey)
        self.active_button.clicked.connect(self._toggle)
        self.consent_button.clicked.connect(self.print_consent)
        self.history.currentCellChanged.connect(self._current_attention_changed)
        self.history.cellActivated.connect(lambda *_: self._edit_attention())
        self.history.cellDoubleClicked.connect(lambda *_: self._edit_attention())
        self.edit_attention_button.clicked.connect(self._edit_attention)
        self.delete_attention_button.clicked.connect(self._delete_attention)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.history)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_attention)
        self.new_survey_button.clicked.connect(lambda: self.record_survey(with_attention=False))
        self.correct_survey_button.clicked.connect(self.correct_survey)
        self.delete_survey_button.clicked.connect(self.delete_survey)
        self.surveys_table.cellActivated.connect(lambda *_: self.correct_survey())
        self.surveys_table.cellDoubleClicked.connect(lambda *_: self.correct_survey())
        self.surveys_table.currentCellChanged.connect(lambda *_: self._survey_buttons())
        survey_delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.surveys_table)
        survey_delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        survey_delete_key.activated.connect(self.delete_survey)
        self.survey_saved.connect(lambda _id: self.show_surveys(current=_id))
        self.show_person(None)

    def print_consent(self) -> None:
        """«Imprimir consentimiento»: the person's consent form as PDF, to sign."""
        from omil_desktop.ui.retention.consent_print import print_consent

        if self.person_id is not None:
            self.consent_job = print_consent(
                self._workspace, self, self.person_id, self.person_name
            )

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
        self._audit_view(person_id)
        data = record.data
        self._active = record.active
        # An anonymised person's identifying data is gone for good (Ley 21.719): nothing to edit.
        anonymised = self._workspace.erasure.state(person_id).anonymised_on is not None
        self.edit_button.setEnabled(not anonymised)
        self.active_button.setEnabled(not anonymised)  # nobody to reactivate, nothing to consent
        self.consent_button.setEnabled(not anonymised)
        self.edit_button.setToolTip(
            self.tr("Persona anonimizada (supresión de sus datos): sus datos ya no se editan.")
            if anonymised
            else self.tr("Editar los datos de la persona (Ctrl+E)")
        )
        self.title.setText(data.full_name() + ("" if record.active else self.tr(" (inactiva)")))
        self.person_name = data.full_name()
        now = today()
        lines = []
        ident = (
            str(data.rut)
            if data.rut
            else self.tr("ninguna (datos anonimizados)")
            if anonymised
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
        lines.append(self.tr("Base de licitud: ") + data.legal_basis.label)
        if data.consent_on is None:
            lines.append(
                self.tr(
                    "⚠ Sin consentimiento para compartir sus datos fuera de la oficina "
                    "(derivación a ofertas de otras oficinas)."
                )
            )
        else:
            method = data.consent_method.label if data.consent_method else ""
            lines.append(
                self.tr("Consentimiento para compartir fuera de la oficina: ")
                + f"{format_date(data.consent_on)} ({method.lower()})"
            )
        self.summary.setText(breakable("\n".join(lines)))
        self.active_button.setText(self.tr("Desactivar") if record.active else self.tr("Reactivar"))
        self.attention_button.setEnabled(record.active)
        self.show_history()
        self.privacy.show_person(person_id)

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
        self.show_surveys()

    # -- surveys --------------------------------------------------------------------------------

    def _survey_service(self) -> SurveyService | None:
        office = self._workspace.office
        if office is None:
            return None
        return SurveyService(self._workspace.db, self._workspace.territory, office.comuna_code)

    def show_surveys(self, current: str | None = None) -> None:
        """Read the person's surveys again (newest answer first); ``current`` is chosen."""
        surveys = self._survey_service()
        if self.person_id is None or surveys is None:
            return
        self.survey_rows = surveys.surveys_of(self.person_id)
        described = {(s.kind, s.id): s.description for s in surveys.services_of(self.person_id)}
        self.surveys_table.setRowCount(len(self.survey_rows))
        for i, row in enumerate(self.survey_rows):
            service = described.get((row.service, row.service_id), row.service.label)
            comment = " / ".join(line for line in row.comment.splitlines() if line.strip())
            cells = (format_date(row.answered_on), service, str(row.score), comment)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(service)
                elif column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setToolTip(
                        self.tr("Nota de 1 a 7 · {channel}").format(channel=row.channel.label)
                    )
                elif column == 3 and row.comment:
                    tip = row.comment
                    item.setToolTip(tip if len(tip) <= 1000 else tip[:1000] + "…")
                self.surveys_table.setItem(i, column, item)
        ids = [row.id for row in self.survey_rows]
        if ids:
            self.surveys_table.setCurrentCell(ids.index(current) if current in ids else 0, 0)
        count = len(self.survey_rows)
        self.tabs.setTabText(
            1, self.tr("Encuestas ({n})").format(n=count) if count else self.tr("Encuestas")
        )
        self.surveys_empty.setVisible(not count)
        self.surveys_table.setVisible(bool(count))
        self.survey_comment.setVisible(bool(count))
        self._survey_buttons()

    def current_survey(self) -> SurveyRow | None:
        row = self.surveys_table.currentRow()
        return self.survey_rows[row] if 0 <= row < len(self.survey_rows) else None

    def _survey_buttons(self) -> None:
        current = self.current_survey()
        self.survey_comment.setPlainText(current.comment if current is not None else "")
        office = self._workspace.office
        own = (
            current is not None and office is not None and current.office_code == office.comuna_code
        )
        self.correct_survey_button.setEnabled(own)
        self.delete_survey_button.setEnabled(own)

    def correct_survey(self) -> None:
        """«Corregir…»: the survey form, filled in with the chosen survey."""
        from omil_desktop.ui.targets.survey_dialog import SurveyDialog

        surveys = self._survey_service()
        current = self.current_survey()
        if self.person_id is None or surveys is None or current is None:
            return
        if not self.correct_survey_button.isEnabled():
            return
        dialog = SurveyDialog(surveys, self.person_id, self.person_name, self, editing=current)
        dialog.saved.connect(self.survey_saved)
        dialog.open()
        self.survey_dialog = dialog

    def delete_survey(self) -> None:
        """«Eliminar…»: after confirming, the chosen survey goes (its service may be asked
        again)."""
        surveys = self._survey_service()
        current = self.current_survey()
        if surveys is None or current is None or not self.delete_survey_button.isEnabled():
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Eliminar encuesta"))
        box.setText(
            self.tr("¿Eliminar la encuesta del {date} (nota {score})?").format(
                date=format_date(current.answered_on), score=current.score
            )
        )
        name = self.person_name
        name = name if len(name) <= 80 else name[:79].rstrip() + "…"
        box.setInformativeText(
            self.tr(
                "Persona: {name}\n\nDeja de contar en los resultados de las encuestas. Use esto "
                "solo para una encuesta registrada por error."
            ).format(name=name)
        )
        delete = box.addButton(self.tr("Eliminar"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("No eliminar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            surveys.delete(current.id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
        self.show_surveys()
        self.survey_deleted.emit(current.id)

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

    def record_survey(self, *, with_attention: bool = True) -> None:
        """«Registrar encuesta…»: the person rates one of their services (from the history,
        the atención chosen there comes chosen)."""
        surveys = self._survey_service()
        if self.person_id is None or surveys is None:
            return
        from omil_desktop.domain.surveys import SurveyService as RatedKind
        from omil_desktop.ui.targets.survey_dialog import SurveyDialog

        current = self.current_attention() if with_attention else None
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

    def _audit_view(self, person_id: str) -> None:
        """One «ver» entry per opening of a person's page (not per repaint after an edit), and
        the «Accesos» tab read again."""
        try:
            if person_id != self._viewed:
                self._workspace.audit.record(
                    AuditAction.VIEWED,
                    person_id=person_id,
                    record_table="person",
                    record_id=person_id,
                )
                self._viewed = person_id
            self.access_tab.show_person(person_id)
        except StorageError:
            # A damaged or full database: the page still shows what could be read; the
            # start-up check and the next save tell the officer.
            log.warning("the view of a person's page could not be audited")
