"""How problems reach the officer: environment errors explained, bugs reported, nothing lost."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def show_problem(parent: QWidget | None, message: str, title: str = "") -> None:
    """A Spanish message about something the officer can act on (disk full, file locked…)."""
    QMessageBox.warning(parent, title or "OMIL Desktop", message)


def install_crash_handler(show_dialog: bool) -> None:
    """Log unexpected errors (type and where, never their text: it may hold personal data)."""

    def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        where = "".join(traceback.format_tb(tb))
        log.error("Unexpected %s\n%s", kind.__name__, where)
        if show_dialog:
            QMessageBox.critical(
                None,
                "OMIL Desktop",
                "Ocurrió un error inesperado en el programa. Lo ya guardado está a salvo. "
                "Si se repite, informe a soporte qué estaba haciendo; el detalle técnico quedó "
                "en el registro del programa.",
            )
        else:
            sys.__excepthook__(kind, exc, tb)

    sys.excepthook = handle
