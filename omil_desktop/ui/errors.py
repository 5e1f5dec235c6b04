"""How problems reach the officer: environment errors explained, bugs reported, nothing lost.

The crash handler catches what nothing else did, on any thread: the GUI thread and Qt's threads
(PySide hands a slot's exception to ``sys.excepthook`` on the thread it ran in) and Python's own
threads (``threading.excepthook``). It logs the type and where, never the message (it may hold
personal data), and shows its dialog on the GUI thread only: other threads post it there.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

CRASH_TEXT = (
    "Ocurrió un error inesperado en el programa. Lo ya guardado está a salvo. Si se repite, "
    "informe a soporte qué estaba haciendo; el detalle técnico quedó en el registro del programa."
)


def show_problem(parent: QWidget | None, message: str, title: str = "") -> None:
    """A Spanish message about something the officer can act on (disk full, file locked…)."""
    QMessageBox.warning(parent, title or "OMIL Desktop", message)


class _CrashDialog(QObject):
    """Lives on the GUI thread; ``requested`` may be emitted from any thread (Qt queues it)."""

    requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self.requested.connect(self._show)

    @Slot()
    def _show(self) -> None:
        if self._showing:  # one at a time: a burst of errors is one dialog
            return
        self._showing = True
        try:
            QMessageBox.critical(None, "OMIL Desktop", CRASH_TEXT)
        finally:
            self._showing = False


_dialog: _CrashDialog | None = None


def install_crash_handler(show_dialog: bool) -> None:
    """Log unexpected errors of every thread; with ``show_dialog``, tell the officer.

    Called on the GUI thread once the QApplication exists. Without the dialog (CI, the
    smoke test) the usual traceback goes to stderr as well.
    """
    global _dialog
    if show_dialog and _dialog is None:
        _dialog = _CrashDialog()
    dialog = _dialog if show_dialog else None

    def report(kind: type[BaseException], tb: TracebackType | None, thread: str) -> None:
        where = "".join(traceback.format_tb(tb))
        log.error("Unexpected %s in thread %s\n%s", kind.__name__, thread, where)
        if dialog is not None:
            dialog.requested.emit()  # direct on the GUI thread, queued to it from any other

    def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        report(kind, tb, _thread_name())
        if dialog is None:
            sys.__excepthook__(kind, exc, tb)

    def handle_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:  # a thread's normal way out, as threading's own hook
            return
        name = args.thread.name if args.thread is not None else _thread_name()
        report(args.exc_type, args.exc_traceback, name)
        if dialog is None:
            threading.__excepthook__(args)

    sys.excepthook = handle
    threading.excepthook = handle_thread


def _thread_name() -> str:
    """The Qt thread's object name (``omil-sync``…) when it has one, else Python's name."""
    return QThread.currentThread().objectName() or threading.current_thread().name
