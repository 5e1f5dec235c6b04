"""A company's page: who it is, sharing with the Red Territorial, its contacts and its log."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.services.companies import CompanyRecord, ContactRow, InteractionRow
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.widgets.labels import ElidedLabel, breakable


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if len(text) > 30 or "\n" in text:
                item.setToolTip(text if len(text) <= 1000 else text[:1000] + "…")
            table.setItem(i, column, item)


class CompanyDetail(QWidget):
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    shared_toggled = Signal(str, bool)
    contact_requested = Signal(str)  # "" for a new one, else the contact's id
    contact_delete_requested = Signal(str)
    interaction_requested = Signal(str)  # "" for a new one, else the entry's id
    interaction_delete_requested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.company_id: str | None = None
        self.record: CompanyRecord | None = None
        self.contacts: list[ContactRow] = []
        self.interactions: list[InteractionRow] = []
        self.company_name = ""
        self.title = ElidedLabel(max_lines=2)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shared = QCheckBox(self.tr("Compartir con la Red Territorial"))
        self.shared.setToolTip(
            self.tr(
                "La empresa y sus contactos llegan, solo para lectura, a las otras OMIL de la red."
            )
        )
        self.edit_button = QPushButton(self.tr("Editar datos"))
        self.edit_button.setToolTip(self.tr("Editar los datos de la empresa (Ctrl+E)"))
        self.delete_button = QPushButton(self.tr("Eliminar…"))
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: #1f5fa8;")

        self.contacts_table = _table([self.tr("Nombre y cargo"), self.tr("Teléfono y correo")], 1)
        self.add_contact_button = QPushButton(self.tr("Agregar contacto"))
        self.add_contact_button.setToolTip(self.tr("Agregar un contacto (Ctrl+K)"))
        self.edit_contact_button = QPushButton(self.tr("Editar"))
        self.delete_contact_button = QPushButton(self.tr("Eliminar…"))
        contacts = QWidget()
        contacts_layout = QVBoxLayout(contacts)
        contacts_buttons = QHBoxLayout()
        contacts_buttons.addWidget(self.add_contact_button)
        contacts_buttons.addStretch(1)
        contacts_buttons.addWidget(self.edit_contact_button)
        contacts_buttons.addWidget(self.delete_contact_button)
        contacts_layout.addLayout(contacts_buttons)
        contacts_layout.addWidget(self.contacts_table, 1)

        self.log_table = _table([self.tr("Fecha"), self.tr("Tipo"), self.tr("Notas")], 2)
        self.add_interaction_button = QPushButton(self.tr("Registrar gestión"))
        self.add_interaction_button.setToolTip(
            self.tr("Registrar una llamada, visita, correo, feria… (Ctrl+R)")
        )
        self.edit_interaction_button = QPushButton(self.tr("Editar"))
        self.delete_interaction_button = QPushButton(self.tr("Eliminar…"))
        self.notes_view = QPlainTextEdit()
        self.notes_view.setReadOnly(True)
        log = QWidget()
        log_layout = QVBoxLayout(log)
        log_buttons = QHBoxLayout()
        log_buttons.addWidget(self.add_interaction_button)
        log_buttons.addStretch(1)
        log_buttons.addWidget(self.edit_interaction_button)
        log_buttons.addWidget(self.delete_interaction_button)
        log_split = QSplitter(Qt.Orientation.Vertical)
        log_split.addWidget(self.log_table)
        log_split.addWidget(self.notes_view)
        log_split.setStretchFactor(0, 3)
        log_split.setStretchFactor(1, 2)
        log_split.setChildrenCollapsible(False)
        log_layout.addLayout(log_buttons)
        log_layout.addWidget(log_split, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(contacts, self.tr("Contactos"))
        self.tabs.addTab(log, self.tr("Bitácora"))
        self.empty = QLabel(self.tr("Seleccione una empresa de la lista o cree una con Ctrl+N."))
        self.empty.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.shared, 1)
        buttons.addWidget(self.delete_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.summary)
        body.addWidget(self.read_only_note)
        body.addLayout(buttons)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)

        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.shared.clicked.connect(self._shared_clicked)
        self.add_contact_button.clicked.connect(lambda: self._emit_new(self.contact_requested))
        self.edit_contact_button.clicked.connect(self._edit_contact)
        self.delete_contact_button.clicked.connect(self._delete_contact)
        self.contacts_table.cellActivated.connect(lambda *_: self._edit_contact())
        self.contacts_table.cellDoubleClicked.connect(lambda *_: self._edit_contact())
        self.contacts_table.currentCellChanged.connect(lambda *_: self._enable())
        self.add_interaction_button.clicked.connect(
            lambda: self._emit_new(self.interaction_requested)
        )
        self.edit_interaction_button.clicked.connect(self._edit_interaction)
        self.delete_interaction_button.clicked.connect(self._delete_interaction)
        self.log_table.cellActivated.connect(lambda *_: self._edit_interaction())
        self.log_table.cellDoubleClicked.connect(lambda *_: self._edit_interaction())
        self.log_table.currentCellChanged.connect(lambda *_: self._current_entry_changed())
        for table, handler in (
            (self.contacts_table, self._delete_contact),
            (self.log_table, self._delete_interaction),
        ):
            delete_key = QShortcut(QKeySequence.StandardKey.Delete, table)
            delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            delete_key.activated.connect(handler)
        self.show_company(None)

    @property
    def read_only(self) -> bool:
        return self.record is None or self.record.read_only

    def show_company(self, company_id: str | None) -> None:
        self.company_id = company_id
        self.record = None
        self.company_name = ""
        self.empty.setVisible(company_id is None)
        self.body.setVisible(company_id is not None)
        if company_id is None:
            return
        record = self._workspace.companies.get(company_id)
        self.record = record
        data = record.data
        self.company_name = data.name
        self.title.setText(data.name)
        lines = [self.tr("RUT: ") + str(data.rut)]
        if data.trade_name and data.trade_name != data.legal_name:
            lines.append(self.tr("Razón social: ") + data.legal_name)
        kind = " · ".join(x for x in (data.activity, data.size.label if data.size else "") if x)
        if kind:
            lines.append(self.tr("Actividad: ") + kind)
        try:
            place = self._workspace.territory.comuna(data.comuna_code).name
        except KeyError:
            place = data.comuna_code
        lines.append(self.tr("Comuna: ") + place + (f", {data.address}" if data.address else ""))
        reach = " · ".join(x for x in (data.phone, data.email) if x)
        if reach:
            lines.append(self.tr("Contacto: ") + reach)
        if data.notes:
            lines.append(self.tr("Observaciones: ") + " / ".join(data.notes.splitlines()))
        self.summary.setText(breakable("\n".join(lines)))
        self.shared.setChecked(record.shared)
        self.read_only_note.setText(
            self.tr("Empresa de {office}, compartida con la red: solo lectura.").format(
                office=record.office_name
            )
        )
        self.read_only_note.setVisible(record.read_only)
        for widget in (
            self.edit_button,
            self.delete_button,
            self.shared,
            self.add_contact_button,
            self.add_interaction_button,
        ):
            widget.setVisible(not record.read_only)
        self.show_contacts()
        self.show_log()

    def show_contacts(self, current: str | None = None) -> None:
        if self.company_id is None:
            return
        self.contacts = self._workspace.companies.contacts(self.company_id)
        # Two lines a contact, so that name, role, phone and email show whole at 1024×600.
        _fill(
            self.contacts_table,
            [
                (
                    "\n".join(x for x in (c.data.name, c.data.role) if x),
                    "\n".join(x for x in (c.data.phone, c.data.email) if x),
                )
                for c in self.contacts
            ],
        )
        self.contacts_table.resizeColumnToContents(0)
        sample = (
            self.contacts_table.fontMetrics().horizontalAdvance(self.tr("Nombre y apellido")) + 16
        )
        width = self.contacts_table.columnWidth(0)
        self.contacts_table.setColumnWidth(0, max(sample, min(width, 240)))
        self.contacts_table.resizeRowsToContents()
        ids = [c.id for c in self.contacts]
        if self.contacts:
            self.contacts_table.setCurrentCell(ids.index(current) if current in ids else 0, 0)
        self.tabs.setTabText(0, self.tr("Contactos ({n})").format(n=len(self.contacts)))
        self._enable()

    def show_log(self, current: str | None = None) -> None:
        if self.company_id is None:
            return
        self.interactions = self._workspace.companies.interactions(self.company_id)
        rows = []
        for entry in self.interactions:
            notes = " / ".join(line for line in entry.data.notes.splitlines() if line.strip())
            kind = entry.data.kind.label if entry.data.kind else ""
            rows.append((format_date(entry.data.date), kind, notes))
        _fill(self.log_table, rows)
        metrics = self.log_table.fontMetrics()
        for column, sample in enumerate(("88-88-8888", self.tr("Encuentro empresarial"))):
            self.log_table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        ids = [entry.id for entry in self.interactions]
        if self.interactions:
            self.log_table.setCurrentCell(ids.index(current) if current in ids else 0, 0)
        self.tabs.setTabText(1, self.tr("Bitácora ({n})").format(n=len(self.interactions)))
        self._current_entry_changed()

    def current_contact(self) -> ContactRow | None:
        row = self.contacts_table.currentRow()
        return self.contacts[row] if 0 <= row < len(self.contacts) else None

    def current_interaction(self) -> InteractionRow | None:
        row = self.log_table.currentRow()
        return self.interactions[row] if 0 <= row < len(self.interactions) else None

    def _current_entry_changed(self) -> None:
        current = self.current_interaction()
        self.notes_view.setPlaceholderText(
            self.tr("La gestión elegida no tiene notas.")
            if self.interactions
            else self.tr("Aún no hay llamadas, visitas ni otras gestiones registradas.")
        )
        self.notes_view.setPlainText(current.data.notes if current else "")
        self._enable()

    def _enable(self) -> None:
        editable = not self.read_only
        for button, has in (
            (self.edit_contact_button, self.current_contact() is not None),
            (self.delete_contact_button, self.current_contact() is not None),
            (self.edit_interaction_button, self.current_interaction() is not None),
            (self.delete_interaction_button, self.current_interaction() is not None),
        ):
            button.setVisible(editable)
            button.setEnabled(editable and has)

    # -- requests ---------------------------------------------------------------------------------

    def _emit(self, signal: SignalInstance) -> None:
        if self.company_id is not None and not self.read_only:
            signal.emit(self.company_id)

    def _emit_new(self, signal: SignalInstance) -> None:
        if self.company_id is not None and not self.read_only:
            signal.emit("")

    def _shared_clicked(self, checked: bool) -> None:
        if self.company_id is not None and not self.read_only:
            self.shared_toggled.emit(self.company_id, checked)

    def _edit_contact(self) -> None:
        current = self.current_contact()
        if current is not None and not self.read_only:
            self.contact_requested.emit(current.id)

    def _delete_contact(self) -> None:
        current = self.current_contact()
        if current is not None and not self.read_only:
            self.contact_delete_requested.emit(current.id)

    def _edit_interaction(self) -> None:
        current = self.current_interaction()
        if current is not None and not self.read_only:
            self.interaction_requested.emit(current.id)

    def _delete_interaction(self) -> None:
        current = self.current_interaction()
        if current is not None and not self.read_only:
            self.interaction_delete_requested.emit(current.id)
