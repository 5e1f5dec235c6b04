"""Sync in the status bar: its state in words, a progress bar during long syncs, a button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from omil_desktop.ui.sync.controller import SyncController, SyncState, SyncView

_COLOURS = {
    SyncState.UP_TO_DATE: "#1b5e20",
    SyncState.PENDING: "#8a6d00",
    SyncState.SYNCING: "#0d47a1",
    SyncState.OFFLINE: "#555555",
    SyncState.ERROR: "#b00020",
    SyncState.NOT_ENROLLED: "#555555",
}


class SyncStatusWidget(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.button = QToolButton()
        self.button.setText(self.tr("Sincronizar"))
        self.button.setToolTip(self.tr("Sincronizar ahora con el servidor regional"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.button)
        self.button.clicked.connect(controller.sync_now)
        controller.view_changed.connect(self.show_view)
        controller.progress.connect(self._progress)
        self.button.setVisible(False)  # until the controller starts and says where sync stands

    def show_view(self, view: SyncView) -> None:
        error = view.state is SyncState.ERROR and view.reason
        self.label.setText(f"{view.text}: {view.reason}" if error else view.text)
        self.label.setToolTip(view.reason)
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
