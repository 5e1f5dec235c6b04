"""The window tells the officer of a newer release once per version (docs/updates.md).

After each sync (and at start) :class:`UpdateNotice` asks the update service whether the
regional server announced a release newer than this program. If so, a notice stays in the status
bar («⬆ Versión 0.3.0», it opens the dialog again), and the first time for that version
:class:`UpdateDialog` opens by itself: «Descargar e instalar» downloads the installer from the
regional server (checked against its announced SHA-256) and, on Windows, starts it; elsewhere it
says where the file is. «Más tarde» closes it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.updates import UpdateService, start_installer
from omil_desktop.services.workspace import Workspace


class _Download(QObject):
    """Runs the download on a thread of its own; its signals reach the dialog queued."""

    progress = Signal(int, int)
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, service: UpdateService) -> None:
        super().__init__()
        self._service = service

    def start(self) -> None:
        threading.Thread(target=self._run, name="omil-descarga", daemon=True).start()

    def _run(self) -> None:
        try:
            path = self._service.download(self._report)
        except ServiceError as exc:
            self.failed.emit(str(exc))
        except Exception:  # the crash handler reports it; the dialog must not wait forever
            self.failed.emit(
                translate(
                    "Actualizaciones",
                    "No se pudo descargar la versión nueva por un error inesperado. Intente más "
                    "tarde.",
                )
            )
            raise
        else:
            self.done.emit(str(path))

    def _report(self, done: int, total: int) -> None:
        self.progress.emit(done // 1024, max(total // 1024, 1))


class UpdateDialog(QDialog):
    """«Hay una versión nueva de OMIL Desktop (0.3.0)…» with «Descargar e instalar» and «Más
    tarde»."""

    installer_started = Signal()

    def __init__(self, service: UpdateService, version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.version = version
        self.setWindowTitle(self.tr("Versión nueva de OMIL Desktop"))
        self.message = QLabel(
            self.tr(
                "Hay una versión nueva de OMIL Desktop ({version}); este equipo tiene la "
                "{current}. La actualización conserva todos los datos de la oficina y hace una "
                "copia de respaldo antes de actualizar la base de datos."
            ).format(version=version, current=service.current)
        )
        self.message.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.install_button = self.buttons.addButton(
            self.tr("Descargar e instalar"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = self.buttons.addButton(
            self.tr("Más tarde"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.install_button.clicked.connect(self.download)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # Wide enough for its text in a few lines, never wider than the window.
        self.message.setMinimumWidth(min(500, (parent.width() - 60) if parent else 500))
        self.installer: Path | None = None
        self._download: _Download | None = None

    @Slot()
    def download(self) -> None:
        self.install_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._say(self.tr("Descargando el instalador del servidor regional…"))
        job = _Download(self._service)
        job.progress.connect(self._progress)
        job.done.connect(self._downloaded)
        job.failed.connect(self._failed)
        self._download = job
        job.start()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(str)
    def _downloaded(self, path: str) -> None:
        self.installer = Path(path)
        self.progress.setVisible(False)
        self.install_button.setVisible(False)
        self.later_button.setText(self.tr("Cerrar"))
        if start_installer(self.installer):
            self._say(
                self.tr(
                    "Se abrió el instalador. Cierre OMIL Desktop para que pueda actualizarlo; "
                    "los datos de la oficina se conservan."
                )
            )
            self.installer_started.emit()
        else:
            self._say(
                self.tr(
                    "El instalador quedó en {path}. Este sistema no es Windows: ejecútelo en el "
                    "PC con Windows de la oficina."
                ).format(path=path)
            )

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.install_button.setEnabled(True)
        self.install_button.setText(self.tr("Intentar de nuevo"))
        self._say(message, error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        """The line under the message (progress, where the file is, what failed); the dialog
        grows to show it whole."""
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)
        self.status.setVisible(True)
        self.adjustSize()


class UpdateNotice(QObject):
    """The status-bar notice of a newer release, and its dialog the first time."""

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self._window = window
        self.service = UpdateService(workspace)
        self.button = QPushButton()
        self.button.setFlat(True)
        self.button.setVisible(False)
        self.button.clicked.connect(self.open_dialog)
        window.statusBar().addPermanentWidget(self.button)
        self.version: str | None = None
        self.dialog: UpdateDialog | None = None

    @Slot()
    def refresh(self) -> None:
        """Show the notice when a newer release is known; the dialog once per version."""
        try:
            available = self.service.available()
        except (ServiceError, StorageError):  # the database's own problems are told elsewhere
            return
        if available is None:
            self.button.setVisible(False)
            self.version = None
            return
        self.version = available.version
        self.button.setText(self.tr("⬆ Versión {version}").format(version=available.version))
        self.button.setToolTip(
            self.tr("Hay una versión nueva de OMIL Desktop: haga clic para descargarla")
        )
        self.button.setVisible(True)
        if available.announce:
            self.service.mark_announced(available.version)
            self.open_dialog()

    @Slot()
    def open_dialog(self) -> None:
        if self.version is None or (self.dialog is not None and self.dialog.isVisible()):
            return
        self.dialog = UpdateDialog(self.service, self.version, self._window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
