"""A printed document of a workshop, from a button: where to save it, made off the GUI thread
with a progress dialog (Cancelar leaves no file behind), then opened in the system's viewer.

The service writes the document beside the chosen file and renames it only once it is whole, so a
cancelled (progress raises) or failed generation never leaves (or overwrites with) half a PDF.
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from omil_desktop.domain.text import fold, os_reason
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.ui.errors import show_problem

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Generate = Callable[[Path, Progress], object]
"""Writes the document to the path given, calling progress(done, total) as it goes."""

STOP_WAIT_MS = 10_000
PROGRESS_WIDTH = 380


class _Cancelled(Exception):
    pass


def file_name(*parts: str) -> str:
    """A file name made of ``parts`` without accents or spaces: ``asistencia-apresto-sesion-3``."""
    words = [re.sub(r"[^a-z0-9]+", "-", fold(p).lower()).strip("-") for p in parts]
    name = "-".join(w for w in words if w)
    return (name[:80].rstrip("-") or "documento") + ".pdf"


def documents_folder() -> Path:
    """The officer's Documents folder (their home when the system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_save_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Where to save the PDF (the system's dialog); None when the officer cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(documents_folder() / suggested),
        translate("ui.workshops.documents", "PDF (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def open_in_viewer(path: Path) -> bool:
    """Show the file in the system's PDF viewer (the edge tests replace)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class _Worker(QThread):
    progressed = Signal(int, int)
    failed = Signal(str)

    def __init__(self, generate: Generate, target: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("omil-pdf")
        self._generate = generate
        self.target = target
        self.cancelling = False
        self.done = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancelling:
            raise _Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            self._generate(self.target, self._progress)
            self.done = True
        except _Cancelled:
            pass
        except (ServiceError, StorageError) as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(
                self.tr(
                    "No se pudo guardar el PDF en «{target}»: {os_reason}. Elija otra carpeta, o "
                    "cierre el archivo si está abierto en otro programa."
                ).format(target=self.target, os_reason=os_reason(exc))
            )
        except Exception as exc:  # a bug: logged (type and place only), never silent
            where = "".join(traceback.format_tb(exc.__traceback__))
            log.error("Unexpected %s making a PDF\n%s", type(exc).__name__, where)
            self.failed.emit(
                self.tr(
                    "No se pudo generar el documento por un error inesperado del programa; "
                    "el detalle quedó en su registro."
                )
            )


class DocumentJob(QObject):
    """One document being made. ``finished(path or None)`` on the GUI thread when it ends:
    the path when the PDF was saved (and handed to the viewer), None when cancelled or failed."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, title: str, generate: Generate, target: Path) -> None:
        super().__init__(parent)
        self._parent = parent
        self.target = target
        self.worker = _Worker(generate, target, self)
        self.dialog = QProgressDialog(title, self.tr("Cancelar"), 0, 0, parent)
        self.dialog.setWindowTitle(self.tr("Generando PDF"))
        # Modal: the window cannot be closed under the job (its database stays open for it).
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(PROGRESS_WIDTH)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.worker.progressed.connect(self._progressed)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._ended)
        self._problem: str | None = None

    def start(self) -> None:
        self.dialog.show()
        self.worker.start()

    def cancel(self) -> None:
        self.worker.cancelling = True
        self.dialog.setLabelText(self.tr("Cancelando…"))

    def wait(self) -> None:
        """Stop and wait for the worker (the window is closing)."""
        self.worker.cancelling = True
        self.worker.wait(STOP_WAIT_MS)

    def _progressed(self, done: int, total: int) -> None:
        if self.worker.cancelling:
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _failed(self, message: str) -> None:
        self._problem = message

    def _ended(self) -> None:
        self.worker.wait()  # «finished» comes from the thread's last steps: let them end
        self.dialog.hide()
        self.dialog.deleteLater()
        saved = self.worker.done and not self.worker.cancelling
        if self._problem is not None:
            show_problem(self._parent, self._problem)
        elif saved and not open_in_viewer(self.target):
            show_problem(
                self._parent,
                self.tr(
                    "El PDF quedó guardado en «{path}», pero no se pudo abrir: "
                    "ábralo desde esa carpeta."
                ).format(path=self.target),
            )
        self.finished.emit(self.target if saved else None)
        self.worker.deleteLater()


def make_document(
    parent: QWidget, title: str, suggested: str, generate: Generate
) -> DocumentJob | None:
    """Ask where to save ``suggested`` and start making it; None when the officer cancels."""
    target = ask_save_path(parent, title, suggested)
    if target is None:
        return None
    job = DocumentJob(parent, title, generate, target)
    job.start()
    return job
