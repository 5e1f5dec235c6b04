"""After start-up, off the GUI thread: finish the start-up check, take the day's backup.

Started a moment after the window is up, so none of it delays the first paint. It reads
the database through its own read-only connections (never the window's sessions). On quit it is
asked to stop: a copy or check under way stops at its next step, and the unfinished copy is
removed (it never counts as a backup).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import traceback

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from omil_desktop.services.backups import AfterStart as AfterStartResult
from omil_desktop.services.backups import BackupCancelled, Backups, CheckResult
from omil_desktop.ui.errors import show_problem

log = logging.getLogger(__name__)

AFTER_START_DELAY_MS = 1000
"""After the first paint: the rest of the start-up check, then the day's backup."""
STOP_WAIT_MS = 10_000
"""Longest wait for the job on quit; a step of the copy or the check takes far less."""


class _Thread(QThread):
    done = Signal(object)  # AfterStartResult

    def __init__(self, backups: Backups, check: CheckResult) -> None:
        super().__init__()
        self._backups = backups
        self._check = check
        self.stopping = False

    def run(self) -> None:
        if sys.platform.startswith("linux"):  # Qt's LowPriority is ignored there; niceness is not
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        try:
            result = self._backups.after_start(self._check, should_stop=lambda: self.stopping)
        except BackupCancelled:
            log.info("Daily backup stopped: the program is closing")
            return
        except Exception as exc:  # a bug must not pass silently, nor kill the program
            # Type and place only: the text may hold a path with the officer's name.
            where = "".join(traceback.format_tb(exc.__traceback__))
            log.error("Unexpected %s in the backup job\n%s", type(exc).__name__, where)
            return
        self.done.emit(result)


class AfterStartJob(QObject):
    """Runs :meth:`Backups.after_start` in a thread and tells the officer what matters."""

    finished = Signal(object)  # AfterStartResult, on the GUI thread

    def __init__(self, backups: Backups, check: CheckResult, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._thread = _Thread(backups, check)
        self._thread.done.connect(self._report)

    def start_later(self, delay_ms: int = AFTER_START_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self.start)

    def start(self) -> None:
        if not self._thread.stopping and not self._thread.isRunning():
            self._thread.start(QThread.Priority.LowPriority)

    def stop(self) -> None:
        """Ask the job to stop and wait for it (bounded)."""
        self._thread.stopping = True
        if self._thread.isRunning() and not self._thread.wait(STOP_WAIT_MS):
            log.warning("Backup job still running at exit")

    def _report(self, result: AfterStartResult) -> None:
        window = self._window
        if result.damaged is not None:
            QMessageBox.critical(
                window,
                self.tr("OMIL Desktop — base de datos dañada"),
                self.tr(
                    "La revisión completa de la base de datos encontró daños. Termine lo que "
                    "está haciendo y cierre OMIL Desktop: al abrirlo de nuevo se le ofrecerá "
                    "volver a la copia de respaldo más reciente en buen estado (la base dañada "
                    "se guarda aparte, no se borra). Mientras tanto no se hacen copias de "
                    "respaldo de la base dañada, para no reemplazar las buenas."
                ),
            )
        elif result.problem is not None:
            show_problem(
                window,
                self.tr(
                    "No se pudo hacer la copia de respaldo del día. {reason} Las copias "
                    "anteriores siguen intactas; se intentará de nuevo la próxima vez que abra "
                    "el programa."
                ).format(reason=str(result.problem)),
            )
        elif result.copy_problem is not None:  # the backup is made; only its extra copy is not
            window.statusBar().showMessage(
                self.tr(
                    "Copia de respaldo del día guardada, pero no se pudo copiar a la carpeta "
                    "extra: {reason}"
                ).format(reason=str(result.copy_problem)),
                0,
            )
        elif result.backup is not None:
            window.statusBar().showMessage(self.tr("Copia de respaldo del día guardada."), 15000)
        self.finished.emit(result)
