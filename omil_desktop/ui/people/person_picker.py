"""Choose a person of the registry as you type, or register a new one without leaving.

Shared by the dialogs that take people one after another (enroll in a workshop, record
attendees of a job fair): the search field, its matches and the quick registration live here;
what is done with the chosen person, and what the dialog says about it, stay in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.widgets.form import ArrowsChoose

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
