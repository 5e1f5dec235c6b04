"""Registrar asistentes: find a person of the registry as you type and record them at the fair;
or register a new person right here and record them, without leaving the fair (as the workshops
enroll people).

The dialog stays open after each attendee (a fair takes dozens of people one after another);
Esc or Cerrar closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.fairs import FairService
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.widgets.form import ArrowsChoose
from omil_desktop.ui.widgets.labels import ElidedLabel

SEARCH_DELAY_MS = 150
MATCHES_SHOWN = 30
PERSON_ROLE = Qt.ItemDataRole.UserRole


class AttendeeDialog(QDialog):
    """Record people of the registry as attendees of the fair ``fair_id``."""

    added = Signal(str, str)
    """(attendee id, the Spanish outcome), after each attendee."""

    def __init__(
        self,
        workspace: Workspace,
        service: FairService,
        fair_id: str,
        fair_name: str,
        attending: set[str],
        parent: QWidget | None = None,
    ) -> None:
        """``attending``: the ids of the people already recorded, marked in the matches."""
        super().__init__(parent)
        self._workspace = workspace
        self._service = service
        self._fair_id = fair_id
        self._attending = set(attending)
        self.setWindowTitle(self.tr("Registrar asistentes"))
        heading = ElidedLabel(fair_name, max_lines=2)
        heading.setStyleSheet("font-weight: bold;")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("RUT o nombre, ej. 12.345 o nunez"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setMinimumHeight(120)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton(self.tr("Registrar asistencia"))
        self.add_button.setDefault(True)
        self.new_person_button = QPushButton(self.tr("Registrar persona nueva…"))
        self.new_person_button.setToolTip(
            self.tr("Registra a alguien que aún no está en el registro y su asistencia (Ctrl+N).")
        )
        self.new_person_button.setAutoDefault(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("Cerrar"))
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Escriba y elija con ↓ ↑; Enter registra a la persona elegida y la ventana queda "
                "abierta para la siguiente. Cada asistente recibe la atención «Feria laboral» "
                "en su historial. Esc cierra."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.new_person_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.resize(560, 420)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.find_people)
        self.search.textChanged.connect(self._timer.start)
        self._arrows = ArrowsChoose(self.search, self.matches)
        self.add_button.clicked.connect(self.add_chosen)
        self.new_person_button.clicked.connect(self.register_new)
        self.matches.itemActivated.connect(lambda _item: self.add_chosen())
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.activated.connect(self.new_person_button.animateClick)
        self.search.setFocus()

    def find_people(self) -> None:
        """The people whose RUT or name matches what is typed; the first is chosen."""
        self._timer.stop()
        self.matches.clear()
        query = self.search.text().strip()
        if not query:
            return
        try:
            rows = self._workspace.people.search_page(query, offset=0, limit=MATCHES_SHOWN)
        except StorageError as exc:
            self._say(str(exc), problem=True)
            return
        for row in rows:
            text = f"{row.full_name} · {row.rut or '—'} · {row.comuna}"
            if row.id in self._attending:
                text += self.tr("  (ya registrada(o))")
            item = QListWidgetItem(text)
            item.setData(PERSON_ROLE, row.id)
            self.matches.addItem(item)
        if rows:
            self.matches.setCurrentRow(0)
        else:
            self.matches.addItem(
                QListWidgetItem(self.tr("Nadie con ese RUT o nombre. ¿Registrar persona nueva…?"))
            )

    def chosen(self) -> str | None:
        if self._timer.isActive():
            self.find_people()
        item = self.matches.currentItem()
        value = item.data(PERSON_ROLE) if item is not None else None
        return str(value) if value else None

    def add_chosen(self) -> None:
        person_id = self.chosen()
        if person_id is None:
            self._say(self.tr("Busque y elija a la persona que asistió."), problem=True)
            self.search.setFocus()
            return
        self.add(person_id)

    def add(self, person_id: str) -> bool:
        """Record ``person_id`` at the fair; say what happened (also a refusal) here."""
        try:
            name = self._workspace.people.get(person_id).data.full_name()
            attendee_id = self._service.add_attendee(self._fair_id, person_id)
        except (ServiceError, StorageError) as exc:
            self._say(str(exc), problem=True)
            return False
        message = self.tr("Se registró la asistencia de {name}.").format(name=name)
        self._attending.add(person_id)
        self._say(message, problem=False)
        self.added.emit(attendee_id, message)
        self.search.clear()
        self.matches.clear()
        self.search.setFocus()
        return True

    def register_new(self) -> None:
        """The person form of the registry; once saved, the new person is recorded here."""
        from omil_desktop.ui.people.person_dialog import PersonDialog

        dialog = PersonDialog(self._workspace, None, self)
        dialog.saved.connect(self.add)
        dialog.open_person.connect(self._show_existing)
        dialog.open()

    def _show_existing(self, person_id: str) -> None:
        """The officer found the person already registered: choose them here."""
        try:
            record = self._workspace.people.get(person_id)
        except (ServiceError, StorageError) as exc:
            self._say(str(exc), problem=True)
            return
        self.search.blockSignals(True)
        self.search.setText(record.data.full_name())
        self.search.blockSignals(False)
        self._timer.stop()
        self.matches.clear()
        item = QListWidgetItem(f"{record.data.full_name()} · {record.data.rut or '—'}")
        item.setData(PERSON_ROLE, person_id)
        self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        self._say(self.tr("Ya estaba registrada(o): Enter registra su asistencia."), problem=False)
        self.search.setFocus()

    def _say(self, message: str, *, problem: bool) -> None:
        self.outcome.setStyleSheet("color: #b00020;" if problem else "color: #1b5e20;")
        self.outcome.setText(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_chosen()
            return
        super().keyPressEvent(event)
