"""Starting the window: open (and migrate) the data, first-run set-up, main window."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from omil_desktop import __version__
from omil_desktop.logs import log_to
from omil_desktop.services.errors import StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import install_crash_handler
from omil_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
SMOKE_TEST_COMUNA = "13101"


def _log_to(data_dir: Path) -> None:
    """Program log (no personal data is ever logged) in the data folder, as the commands do."""
    log_to(data_dir)


def install_spanish(app: QApplication) -> None:
    """Qt's own texts (Cancelar, Sí/No, the Cortar/Copiar/Pegar menu) in Spanish."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale("es_CL"), "qtbase", "_", folder):
        app.installTranslator(translator)
    QLocale.setDefault(QLocale("es_CL"))


def open_workspace(data_dir: Path) -> Workspace | None:
    """The migrated workspace, or None after telling the officer in Spanish why it can't open."""
    try:
        return Workspace(data_dir)
    except StorageError as exc:
        log.warning("Database could not be opened: %s", type(exc).__name__)
        QMessageBox.critical(None, "OMIL Desktop", str(exc))
        return None


def run_gui(data_dir: Path | None, *, smoke_test: bool = False, crash_dialog: bool = True) -> int:
    if smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        temp = tempfile.TemporaryDirectory(prefix="omil-smoke-")
        data_dir = Path(temp.name)
    assert data_dir is not None
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("OMIL Desktop")
    app.setApplicationVersion(__version__)
    install_spanish(app)
    if not smoke_test:
        with contextlib.suppress(OSError):  # a read-only folder is reported when the DB opens
            _log_to(data_dir)
    install_crash_handler(crash_dialog)
    workspace = open_workspace(data_dir)
    if workspace is None:
        return 2
    if workspace.office is None:
        if smoke_test:
            workspace.set_up_office(SMOKE_TEST_COMUNA, "Prueba de humo")
        else:
            # Only a first run needs the set-up dialog (and the comuna picker it brings).
            from omil_desktop.ui.first_run import FirstRunDialog

            if FirstRunDialog(workspace).exec() != QDialog.DialogCode.Accepted:
                workspace.close()
                return 0
    window = MainWindow(workspace)
    window.show()
    if smoke_test:
        QTimer.singleShot(0, window.close)
        app.exec()
        shown = window.people_page.model.rowCount() == 0 and workspace.office is not None
        print("OMIL Desktop: prueba de humo correcta." if shown else "Prueba de humo fallida.")
        return 0 if shown else 1
    return app.exec()
