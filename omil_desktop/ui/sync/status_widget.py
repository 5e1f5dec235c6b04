"""Sync in the status bar: its state in words, a progress bar during long syncs, a button.

The words never widen the window: a long reason (a Spanish explanation of a storage or server
problem) is cut with "…" to the room the status bar has, and is read whole in the tooltip and in
the Sincronización area.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from omil_desktop.ui.sync.controller import SyncController, SyncState, SyncView

_COLOURS = {
    SyncState.UP_TO_DATE: "#1b5e20",
    SyncState.PENDING: "#8a6d00",
    SyncState.SYNCING: "#0d47a1",
    SyncState.OFFLINE: "#555555",
    SyncState.ERROR: "#b00020",
    SyncState.NOT_ENROLLED: "#555555",
}

_MIN_CHARS = 12
"""The label may shrink to about this many characters (then "…")."""


class ElidedLabel(QLabel):
    """One line of text that takes the room it is given and ends in "…" when that is too little.

    ``text()`` is what shows; :meth:`full_text` is the whole of it, and the tooltip when cut.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._hint = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str, tooltip: str = "") -> None:
        """Show ``text`` (cut if need be); ``tooltip`` is shown while it is not cut."""
        self._full = text
        self._hint = tooltip
        self._elide()
        self.updateGeometry()

    def elided(self) -> bool:
        return self.text() != self._full

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(width + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * _MIN_CHARS
        return QSize(min(width, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width()
        fits = self.fontMetrics().horizontalAdvance(self._full) <= room
        shown = (
            self._full
            if fits
            else self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        )
        if shown != self.text():
            super().setText(shown)
        self.setToolTip(self._full if shown != self._full else self._hint)


class SyncStatusWidget(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.label = ElidedLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.button = QToolButton()
        self.button.setText(self.tr("Sincronizar"))
        self.button.setToolTip(self.tr("Sincronizar ahora con el servidor regional"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.button)
        self.button.clicked.connect(controller.sync_now)
        controller.view_changed.connect(self.show_view)
        controller.progress.connect(self._progress)
        self.button.setVisible(False)  # until the controller starts and says where sync stands

    def text(self) -> str:
        """The whole state, as the officer reads it (the bar may show it cut)."""
        return self.label.full_text()

    def show_view(self, view: SyncView) -> None:
        error = view.state is SyncState.ERROR and view.reason
        self.label.set_full_text(f"{view.text}: {view.reason}" if error else view.text, view.reason)
        self.label.setStyleSheet(f"color: {_COLOURS[view.state]};")
        syncing = view.state is SyncState.SYNCING
        self.button.setVisible(view.state is not SyncState.NOT_ENROLLED)
        self.button.setEnabled(not syncing)
        self.progress.setVisible(syncing)
        if syncing:
            self.progress.setRange(0, 0)  # busy until the first progress report

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
