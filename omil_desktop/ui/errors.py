"""How problems reach the officer: environment errors explained, bugs reported, nothing lost.

The crash handler catches what nothing else did, on any thread: the GUI thread and Qt's threads
(PySide hands a slot's exception to ``sys.excepthook`` on the thread it ran in) and Python's own
threads (``threading.excepthook``). It logs the type and where, never the message (it may hold
personal data), and shows its dialog on the GUI thread only: other threads post it there.

Each unexpected error also leaves a crash report, ``registro/fallo-AAAAMMDD-HHMMSS.txt``
(readable only by the user): the program's version, the system, Python's and Qt's versions, the
time, the thread, the error's type and the traceback's frames (file, line, function) — never the
exception's message nor any variable, which may hold a person's data. The dialog's «Copiar
detalles» copies the same text; the next start of the window mentions the report once.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from omil_desktop import __version__
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, translate
from omil_desktop.logs import log_folder

log = logging.getLogger(__name__)

CRASH_PREFIX = "fallo-"
CRASH_SUFFIX = ".txt"
KEEP_CRASH_REPORTS = 20
NOTICED_MARK = ".fallo-avisado"
"""In ``registro/``: the name of the newest crash report the window already mentioned."""


CRASH_TEXT = QT_TRANSLATE_NOOP(
    "Errores",
    "Ocurrió un error inesperado en el programa. Lo ya guardado está a salvo. Si se repite, "
    "informe a soporte qué estaba haciendo; el detalle técnico quedó en el registro del programa.",
)


def show_problem(parent: QWidget | None, message: str, title: str = "") -> None:
    """A Spanish message about something the officer can act on (disk full, file locked…)."""
    QMessageBox.warning(parent, title or "OMIL Desktop", message)


# -- the crash report ----------------------------------------------------------------------------


def _where(filename: str) -> str:
    """A frame's file without the folders above the program or Python (a Windows user folder
    holds the officer's name): ``omil_desktop/ui/x.py``, ``threading.py``."""
    path = filename.replace("\\", "/")
    marker = "/omil_desktop/"
    if marker in path:
        return "omil_desktop/" + path.rsplit(marker, 1)[1]
    return path.rsplit("/", 1)[-1]


def crash_report(
    kind: type[BaseException],
    tb: TracebackType | None,
    thread: str,
    now: datetime | None = None,
) -> str:
    """The text of a crash report: no exception message, no variables (see the module)."""
    moment = now or datetime.now()
    lines = [
        f"OMIL Desktop {__version__}",
        f"Sistema: {platform.system()} {platform.release()} ({platform.machine()})",
        f"Python: {platform.python_version()}  Qt: {qVersion()}  PySide6: {PySide6.__version__}",
        f"Hora: {moment:%d-%m-%Y %H:%M:%S}",
        f"Hilo: {thread}",
        f"Error: {kind.__module__}.{kind.__qualname__}",
        "Dónde (de la llamada más externa a la más interna):",
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_where(frame.filename)}, línea {frame.lineno}, en {frame.name}")
    return "\n".join(lines) + "\n"


def write_crash_report(text: str, folder: Path | None, now: datetime | None = None) -> Path | None:
    """Write ``text`` as ``folder/fallo-AAAAMMDD-HHMMSS.txt`` (0600; ``-2``… when a report of
    that second exists); None when there is no folder or it cannot be written."""
    if folder is None:
        return None
    stamp = f"{now or datetime.now():%Y%m%d-%H%M%S}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(1, 100):
            name = f"{CRASH_PREFIX}{stamp}{'' if n == 1 else f'-{n}'}{CRASH_SUFFIX}"
            path = folder / name
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            _keep_newest(folder)
            return path
    except OSError:
        log.warning("crash report not written: the log folder cannot be written")
    return None


def _order(name: str) -> tuple[str, int]:
    """Reports in the order they were written: ``fallo-…-HHMMSS.txt`` before ``…-HHMMSS-2``."""
    stem = name.removeprefix(CRASH_PREFIX).removesuffix(CRASH_SUFFIX)
    day, _, rest = stem.partition("-")
    clock, _, number = rest.partition("-")
    return (f"{day}-{clock}", int(number) if number.isdigit() else 1)


def _reports(folder: Path) -> list[Path]:
    return sorted(
        (p for p in folder.glob(f"{CRASH_PREFIX}*{CRASH_SUFFIX}") if p.is_file()),
        key=lambda p: _order(p.name),
    )


def _keep_newest(folder: Path) -> None:
    """Only the newest :data:`KEEP_CRASH_REPORTS` reports stay (a burst of errors does not
    fill the disk)."""
    for old in _reports(folder)[:-KEEP_CRASH_REPORTS]:
        old.unlink(missing_ok=True)


def unmentioned_crash(folder: Path) -> Path | None:
    """The newest crash report in ``folder`` the window has not mentioned yet."""
    try:
        reports = _reports(folder)
        mark = folder / NOTICED_MARK
        seen = mark.read_text(encoding="utf-8").strip() if mark.exists() else ""
    except OSError:
        return None
    if not reports or (seen and _order(reports[-1].name) <= _order(seen)):
        return None
    return reports[-1]


def mark_crash_mentioned(report: Path) -> None:
    try:
        mark = report.parent / NOTICED_MARK
        fd = os.open(mark, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(report.name)
    except OSError:
        log.warning("could not record that the crash report was mentioned")


def mention_last_crash(parent: QWidget, folder: Path) -> QMessageBox | None:
    """Once per crash report: tell the officer the program failed last time and where the
    detail is (a box that does not block the window). Returns the box shown, if any."""
    report = unmentioned_crash(folder)
    if report is None:
        return None
    mark_crash_mentioned(report)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "OMIL Desktop",
        translate(
            "Errores",
            "La última vez el programa tuvo un error inesperado. Lo ya guardado está a salvo. "
            "Si se repite, envíe a soporte el detalle, que quedó en:\n{path}",
        ).format(path=report),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


# -- the handler and its dialog ------------------------------------------------------------------


class CrashBox(QMessageBox):
    """The crash dialog: what happened, where the report is, «Copiar detalles» and «Cerrar»."""

    def __init__(self, report: str, path: str) -> None:
        super().__init__(QMessageBox.Icon.Critical, "OMIL Desktop", "")
        if path:
            text = self.tr(
                "Ocurrió un error inesperado en el programa. Lo ya guardado está a salvo. Si se "
                "repite, informe a soporte qué estaba haciendo y envíe los detalles; quedaron en "
                "el registro del programa:\n{path}"
            ).format(path=path)
        else:
            text = translate("Errores", CRASH_TEXT)
        self.setText(text)
        self.report = report
        self.setDetailedText(report)
        self.copy_button = self.addButton(
            self.tr("Copiar detalles"), QMessageBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(
            self.tr("Copia la versión y dónde ocurrió el error, sin datos de personas")
        )
        self.copy_button.clicked.connect(self.copy_details)
        close = self.addButton(self.tr("Cerrar"), QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(close)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


class _CrashDialog(QObject):
    """Lives on the GUI thread; ``requested`` may be emitted from any thread (Qt queues it)."""

    requested = Signal(str, str)  # the report, its file ("" when none was written)

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self.requested.connect(self._show)

    @Slot(str, str)
    def _show(self, report: str, path: str) -> None:
        if self._showing:  # one at a time: a burst of errors is one dialog
            return
        self._showing = True
        try:
            CrashBox(report, path).exec()
        finally:
            self._showing = False


_dialog: _CrashDialog | None = None


def install_crash_handler(show_dialog: bool) -> None:
    """Log unexpected errors of every thread and write their crash report; with
    ``show_dialog``, tell the officer.

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
        text = crash_report(kind, tb, thread)
        path = write_crash_report(text, log_folder())
        if dialog is not None:
            # direct on the GUI thread, queued to it from any other
            dialog.requested.emit(text, str(path or ""))

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


__all__ = [
    "CRASH_TEXT",
    "CrashBox",
    "crash_report",
    "install_crash_handler",
    "mention_last_crash",
    "show_problem",
    "unmentioned_crash",
    "write_crash_report",
]
