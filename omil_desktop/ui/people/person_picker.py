"""Choose a person of the registry as you type, or register a new one without leaving.

Shared by the dialogs that take people one after another (enroll in a workshop, record
attendees of a job fair): the search field, its matches and the quick registration
(:class:`PersonPicker`), and the dialog around them (:class:`PickPeopleDialog`) live here; what
is done with the chosen person, and what is said about it, stay in each dialog.
"""

from __future__ import annotations

from collections.abc import Callable

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
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.widgets.form import ArrowsChoose
from omil_desktop.ui.widgets.labels import ElidedLabel

SEARCH_DELAY_MS = 150
MATCHES_SHOWN = 30
PERSON_ROLE = Qt.ItemDataRole.UserRole


class PersonPicker(QWidget):
    """The search field and its matches; the first match is chosen as the officer types."""

    activated = Signal()
    """A match was activated (double click): the dialog acts on ``chosen()``."""
    registered = Signal(str)
    """(person id) of a person just saved through ``register_new()``."""
    found_existing = Signal(str)
    """(person id) the person form found already registered, now the only match, chosen."""
    failed = Signal(str)
    """(the Spanish message) a search or a look-up was refused."""

    def __init__(
        self,
        workspace: Workspace,
        mark: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        """``mark``: person id → what to add after their match ('' for nothing)."""
        super().__init__(parent)
        self._workspace = workspace
        self._mark = mark
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("RUT o nombre, ej. 12.345 o nunez"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.find_people)
        self.search.textChanged.connect(self._timer.start)
        self._arrows = ArrowsChoose(self.search, self.matches)
        self.matches.itemActivated.connect(lambda _item: self.activated.emit())
        self.setFocusProxy(self.search)

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
            self.failed.emit(str(exc))
            return
        for row in rows:
            text = f"{row.full_name} · {row.rut or '—'} · {row.comuna}" + self._mark(row.id)
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
        """The id of the chosen person (searching first what was just typed), or None."""
        if self._timer.isActive():
            self.find_people()
        item = self.matches.currentItem()
        value = item.data(PERSON_ROLE) if item is not None else None
        return str(value) if value else None

    def reset(self) -> None:
        """Empty, ready for the next person."""
        self.search.clear()
        self.matches.clear()
        self.search.setFocus()

    def register_new(self) -> None:
        """The person form of the registry; once saved, ``registered`` says who."""
        from omil_desktop.ui.people.person_dialog import PersonDialog

        dialog = PersonDialog(self._workspace, None, self.window())
        dialog.saved.connect(self.registered.emit)
        dialog.open_person.connect(self._show_existing)
        dialog.open()

    def _show_existing(self, person_id: str) -> None:
        """The officer found the person already registered: choose them here."""
        try:
            record = self._workspace.people.get(person_id)
        except (ServiceError, StorageError) as exc:
            self.failed.emit(str(exc))
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
        self.found_existing.emit(person_id)
        self.search.setFocus()


class PickPeopleDialog(QDialog):
    """The dialog around a :class:`PersonPicker` that takes people one after another: a heading,
    what happened to the last one, a hint, the action (Enter), «Registrar persona nueva…»
    (Ctrl+N) and Cerrar (Esc). A subclass calls ``super().__init__``, keeps its state, then
    ``build(...)``; it says what a match is marked with (``mark``) and what the action does
    (``act``: says what happened, True when done)."""

    def build(
        self,
        workspace: Workspace,
        *,
        title: str,
        heading: str,
        act_text: str,
        new_tip: str,
        hint: str,
        missing: str,
        existing: str,
    ) -> None:
        """``missing``: said when the action finds nobody chosen; ``existing``: said when the
        person form found the person already registered (now chosen)."""
        self._missing = missing
        self.setWindowTitle(title)
        heading_label = ElidedLabel(heading, max_lines=2)
        heading_label.setStyleSheet("font-weight: bold;")
        self.picker = PersonPicker(workspace, self.mark, self)
        self.search = self.picker.search
        self.matches = self.picker.matches
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.act_button = QPushButton(act_text)
        self.act_button.setDefault(True)
        self.new_person_button = QPushButton(self.tr("Registrar persona nueva…"))
        self.new_person_button.setToolTip(new_tip)
        self.new_person_button.setAutoDefault(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("Cerrar"))
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)
        hint_label = QLabel(hint)
        hint_label.setWordWrap(True)
        hint_label.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.act_button)
        buttons.addWidget(self.new_person_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(hint_label)
        layout.addLayout(buttons)
        self.resize(560, 420)
        self.act_button.clicked.connect(self.act_on_chosen)
        self.new_person_button.clicked.connect(self.picker.register_new)
        self.picker.activated.connect(self.act_on_chosen)
        self.picker.registered.connect(self.act)
        self.picker.found_existing.connect(lambda _person_id: self.say(existing, problem=False))
        self.picker.failed.connect(lambda message: self.say(message, problem=True))
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.activated.connect(self.new_person_button.animateClick)
        self.search.setFocus()

    def mark(self, person_id: str) -> str:
        """What to add after the match of ``person_id`` ('' for nothing)."""
        return ""

    def act(self, person_id: str) -> bool:
        raise NotImplementedError

    def chosen(self) -> str | None:
        return self.picker.chosen()

    def act_on_chosen(self) -> None:
        person_id = self.chosen()
        if person_id is None:
            self.say(self._missing, problem=True)
            self.search.setFocus()
            return
        self.act(person_id)

    def say(self, message: str, *, problem: bool) -> None:
        self.outcome.setStyleSheet("color: #b00020;" if problem else "color: #1b5e20;")
        self.outcome.setText(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.act_on_chosen()
            return
        super().keyPressEvent(event)
