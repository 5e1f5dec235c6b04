"""A person's page: who they are, and their atenciones newest first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import age_on, format_date
from omil_desktop.domain.people import priority_groups
from omil_desktop.services.clock import today
from omil_desktop.services.workspace import Workspace


class PersonDetail(QWidget):
    edit_requested = Signal(str)
    attention_requested = Signal(str)
    active_toggled = Signal(str, bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.person_id: str | None = None
        self._active = True
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(self.summary.textFormat().PlainText)
        self.attention_button = QPushButton(self.tr("Registrar atención (Ctrl+R)"))
        self.edit_button = QPushButton(self.tr("Editar datos (Ctrl+E)"))
        self.active_button = QPushButton(self.tr("Desactivar"))
        self.history = QTableWidget(0, 3)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Fecha"), self.tr("Atención"), self.tr("Notas")]
        )
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.empty = QLabel(self.tr("Seleccione una persona de la lista o cree una con Ctrl+N."))
        self.empty.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.attention_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.active_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.summary)
        body.addLayout(buttons)
        body.addWidget(QLabel(self.tr("<b>Atenciones</b> (la más reciente primero)")))
        body.addWidget(self.history, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.attention_button.clicked.connect(self._attention)
        self.edit_button.clicked.connect(self._edit)
        self.active_button.clicked.connect(self._toggle)
        self.show_person(None)

    def show_person(self, person_id: str | None) -> None:
        self.person_id = person_id
        self.empty.setVisible(person_id is None)
        self.body.setVisible(person_id is not None)
        if person_id is None:
            return
        record = self._workspace.people.get(person_id)
        data = record.data
        self._active = record.active
        self.title.setText(data.full_name() + ("" if record.active else self.tr(" (inactiva)")))
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
        self.summary.setText("\n".join(lines))
        self.active_button.setText(self.tr("Desactivar") if record.active else self.tr("Reactivar"))
        self.attention_button.setEnabled(record.active)
        rows = self._workspace.attentions.history(person_id)
        self.history.setRowCount(len(rows))
        for i, row in enumerate(rows):
            self.history.setItem(i, 0, QTableWidgetItem(format_date(row.date)))
            self.history.setItem(i, 1, QTableWidgetItem(row.kind.label))
            self.history.setItem(i, 2, QTableWidgetItem(row.notes))
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)

    def _attention(self) -> None:
        if self.person_id:
            self.attention_requested.emit(self.person_id)

    def _edit(self) -> None:
        if self.person_id:
            self.edit_requested.emit(self.person_id)

    def _toggle(self) -> None:
        if self.person_id:
            self.active_toggled.emit(self.person_id, not self._active)
