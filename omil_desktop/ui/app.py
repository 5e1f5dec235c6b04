"""Starting the window: open (and migrate) the data, first-run set-up, main window."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from omil_desktop import __version__
from omil_desktop.logs import log_to
from omil_desktop.services.backups import (
    LOG_DIRNAME,
    STARTUP_CHECK_BUDGET_S,
    Backups,
    DatabaseDamaged,
    DatabaseMissing,
    DataFolderInUse,
    DataFolderLock,
    EarlyCheck,
    StorageError,
)
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.backup_job import AfterStartJob
from omil_desktop.ui.errors import install_crash_handler
from omil_desktop.ui.i18n import install_translations
from omil_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from omil_desktop.services.access import Officer, Recovered
    from omil_desktop.ui.first_run import NewOfficeDialog

log = logging.getLogger(__name__)
_early_checks: dict[Path, EarlyCheck] = {}
"""The start-up check of a data folder, begun before Qt starts; open_workspace collects it."""
SMOKE_TEST_COMUNA = "13101"
"""The office set up by a smoke test in its temporary folder (never in a folder it was given)."""


def _log_to(data_dir: Path) -> None:
    """Program log (no personal data is ever logged) in the data folder, as the commands do."""
    if log_to(data_dir) is None:
        raise OSError("registro/ cannot be written")


def _try_log_to(data_dir: Path) -> bool:
    try:
        _log_to(data_dir)
    except OSError:  # a read-only folder is reported when the database opens
        return False
    return True


def install_spanish(app: QApplication) -> None:
    """The program's translations and Qt's own texts (Cancelar, Sí/No, the Cortar/Copiar/Pegar
    menu) in Spanish; the services translate through Qt too (ui/i18n.py)."""
    install_translations(app)


def _tell(
    message: str, interactive: bool, title: str = "OMIL Desktop", *, problem: bool = True
) -> None:
    """A Spanish message: a dialog in the window, stderr in the smoke test (no one to click)."""
    if interactive:
        if problem:
            QMessageBox.critical(None, title, message)
        else:
            QMessageBox.information(None, title, message)
    else:
        print(f"Error: {message}", file=sys.stderr)


def open_workspace(data_dir: Path, *, interactive: bool = True) -> Workspace | None:
    """The checked and migrated workspace, holding the data folder's lock; or None after telling
    the officer in Spanish why it can't open (another window has it, it is damaged or lost and
    no backup was restored, …).

    A damaged or lost database is never opened: the officer is offered the newest sound backup
    (:class:`RecoveryDialog`), and the workspace opens once it is restored.
    """
    early = _early_checks.pop(data_dir, None)
    lock = DataFolderLock(data_dir)
    try:
        lock.acquire()
    except DataFolderInUse as exc:
        log.warning("Data folder in use by another OMIL Desktop")
        _tell(
            QCoreApplication.translate(
                "OmilApp",
                "OMIL Desktop ya está abierto con esta carpeta de datos en este equipo, así que "
                "no se abrió una segunda ventana (dos a la vez podrían pisarse los datos).\n\n"
                "Use la ventana que ya está abierta: búsquela en la barra de tareas. Si la "
                "cerró hace un momento, espere unos segundos y vuelva a abrir el programa.\n\n",
            )
            + QCoreApplication.translate("OmilApp", "Carpeta de datos: ")
            + str(exc.data_dir.absolute()),
            interactive,
            QCoreApplication.translate("OmilApp", "OMIL Desktop ya está abierto"),
            problem=False,
        )
        return None
    except StorageError as exc:
        _tell(str(exc), interactive)
        return None
    while True:
        try:
            pending, early = early, None  # after a restore, the file is checked again
            checked = pending.result() if pending is not None else None
            return Workspace(
                data_dir, check_budget=STARTUP_CHECK_BUDGET_S, lock=lock, checked=checked
            )
        except (DatabaseDamaged, DatabaseMissing) as exc:
            log.warning("Database refused at start-up: %s", type(exc).__name__)
            if not interactive:
                _tell(str(exc), interactive)
                break
            from omil_desktop.ui.recovery import RecoveryDialog, newest_sound_backup

            backups = Backups(data_dir)
            dialog = RecoveryDialog(exc, backups, lock, newest_sound_backup(backups))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                break
        except StorageError as exc:
            log.warning("Database could not be opened: %s", type(exc).__name__)
            _tell(str(exc), interactive)
            break
    lock.release()
    return None


def run_gui(
    data_dir: Path | None,
    *,
    smoke_test: bool = False,
    crash_dialog: bool = True,
    early: EarlyCheck | None = None,
) -> int:
    """The window on ``data_dir``; ``smoke_test``: offscreen, no dialogs, open and close at once
    (in ``data_dir``, or in a temporary folder when it is None). ``early``: the start-up check
    of ``data_dir``, already under way."""
    temp: tempfile.TemporaryDirectory[str] | None = None
    if smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if data_dir is None:
            temp = tempfile.TemporaryDirectory(prefix="omil-smoke-")
            data_dir = Path(temp.name)
    assert data_dir is not None
    try:
        if early is None or early.data_dir != data_dir:
            # A smoke test checks the whole file: no one waits for it, and within the window's
            # budget a slow or busy PC could pass a damaged store as sound.
            early = EarlyCheck(data_dir, None if smoke_test else STARTUP_CHECK_BUDGET_S)
        # The check reads the file in a thread while Qt starts; open_workspace collects it.
        _early_checks[data_dir] = early
        return _run(data_dir, smoke_test, crash_dialog, temp_folder=temp is not None)
    finally:
        if temp is not None:
            temp.cleanup()


def _run(data_dir: Path, smoke_test: bool, crash_dialog: bool, *, temp_folder: bool) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("OMIL Desktop")
    app.setApplicationVersion(__version__)
    install_spanish(app)
    install_crash_handler(crash_dialog)
    # The program's log never goes to the console (the officer reads dialogs); it goes to the
    # data folder, set up once the database opened: an existing log tells the start-up check
    # that an office already worked in this folder (so a lost database is not a new office).
    logging.getLogger().addHandler(logging.NullHandler())
    logged = not smoke_test and (data_dir / LOG_DIRNAME).is_dir() and _try_log_to(data_dir)
    signed = _sign_in(data_dir, interactive=not smoke_test)
    if signed is None:
        return 2
    if signed.quit:
        return 0
    # (One argument for the window: bench/startup_child.py wraps open_workspace(path).)
    workspace = (
        open_workspace(data_dir, interactive=False) if smoke_test else open_workspace(data_dir)
    )
    if not smoke_test and not logged:
        _try_log_to(data_dir)
    if workspace is None:
        return 2
    workspace.officer = signed.officer
    if not smoke_test:
        _after_sign_in(workspace, signed)
    if workspace.office is None and smoke_test and temp_folder:
        workspace.set_up_office(SMOKE_TEST_COMUNA, "Prueba de humo")
    first_day = workspace.office is None or signed.new_office is not None
    if workspace.office is None:
        if smoke_test:
            return _smoke_first_run(workspace)
        # Only a first run needs the set-up dialog (and the comuna picker it brings).
        from omil_desktop.ui.first_run import FirstRunDialog

        if FirstRunDialog(workspace).exec() != QDialog.DialogCode.Accepted:
            workspace.close()
            return 0
    if smoke_test:
        return _smoke_window(app, workspace)
    window = MainWindow(workspace)
    if workspace.officer is not None:
        from omil_desktop.ui.security.session import Session

        window.session = Session(window, workspace)  # type: ignore[attr-defined]
    window.show()
    if first_day:  # an office just set up: offer its spreadsheet (ui/imports/)
        QTimer.singleShot(0, window.offer_first_import)
    job = AfterStartJob(workspace.backups, workspace.startup_check, window)
    job.start_later()
    try:
        return app.exec()
    finally:
        job.stop()


def _smoke_window(app: QApplication, workspace: Workspace) -> int:
    """The main window, shown and closed; it must list every person the service finds."""
    expected = workspace.people.search("", page_size=1).count
    window = MainWindow(workspace)
    window.show()
    seen: list[int] = []

    def look_and_close() -> None:
        if window.isVisible():
            seen.append(window.people_page.model.rowCount())
        window.close()

    QTimer.singleShot(0, look_and_close)
    app.exec()
    if seen == [expected]:
        print("OMIL Desktop: prueba de humo correcta.")
        return 0
    print("OMIL Desktop: prueba de humo fallida (la ventana no mostró la lista).", file=sys.stderr)
    return 1


def _smoke_first_run(workspace: Workspace) -> int:
    """Smoke test of a folder with no office yet: the set-up dialog opens; nothing is saved."""
    from omil_desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(workspace)
    dialog.show()
    QTimer.singleShot(0, dialog.reject)
    dialog.exec()
    workspace.close()
    print("OMIL Desktop: prueba de humo correcta (oficina aún sin configurar).")
    return 0


# -- signing in (services/access.py, ui/security/) -----------------------------------------------


@dataclass
class SignedIn:
    """What signing in left for the window: who (None: a plain legacy folder), a new office to
    record (its first-run dialog), a recovery key renewed (to show once), or «Salir»."""

    officer: Officer | None = None
    new_office: NewOfficeDialog | None = None
    recovered: Recovered | None = None
    first_key: bool = False
    """The recovery key of ``recovered`` is the folder's first (a plain folder just encrypted)."""
    quit: bool = False


def _sign_in(data_dir: Path, *, interactive: bool) -> SignedIn | None:
    """Before the database opens: a new office is set up encrypted (its first run), an
    encrypted one asks who signs in (the keyring when the officer chose it; the smoke test
    takes OMIL_DESKTOP_PASSWORD, as a command does). None after telling why it cannot open."""
    from omil_desktop.services.access import (
        finish_encryption,
        has_database,
        is_encrypted,
        unlock_for_command,
        unlock_from_keyring,
    )

    try:
        if not is_encrypted(data_dir):
            if not interactive:
                return SignedIn()  # the smoke test's folder, or a plain one it was given
            if has_database(data_dir):
                return _offer_encryption(data_dir)  # a folder of an older version
            from omil_desktop.domain.territory import Territory
            from omil_desktop.ui.first_run import NewOfficeDialog

            dialog = NewOfficeDialog(Territory.default(), data_dir)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return SignedIn(quit=True)
            _early_checks.pop(data_dir, None)  # made before the folder had its key
            return SignedIn(officer=None, new_office=dialog)
        _early_checks.pop(data_dir, None)  # a locked folder is checked once it is unlocked
        if not interactive:
            return SignedIn(officer=unlock_for_command(data_dir))
        officer = unlock_from_keyring(data_dir)
        recovered = None
        if officer is None:
            from omil_desktop.ui.security.sign_in import SignInDialog

            sign_in = SignInDialog(data_dir)
            if sign_in.exec() != QDialog.DialogCode.Accepted or sign_in.officer is None:
                return SignedIn(quit=True)
            officer, recovered = sign_in.officer, sign_in.recovered
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            finish_encryption(data_dir)  # a migration a power cut left half-way
        finally:
            QApplication.restoreOverrideCursor()
        return SignedIn(officer=officer, recovered=recovered)
    except (StorageError, ServiceError) as exc:
        log.warning("Data folder could not be unlocked: %s", type(exc).__name__)
        _tell(str(exc), interactive)
        return None


def _offer_encryption(data_dir: Path) -> SignedIn:
    """A plain folder of an older version: the encargado(a) creates their account and the data
    are encrypted in place (holding the folder's lock); «Ahora no» goes on unencrypted."""
    from omil_desktop.services.access import needs_encryption

    if not needs_encryption(data_dir):
        return SignedIn()  # nothing to encrypt (or no migration in this version)
    lock = DataFolderLock(data_dir)
    try:
        lock.acquire()
    except StorageError:
        return SignedIn()  # open_workspace says why (another window has it, …)
    try:
        workspace = Workspace(data_dir)
        try:
            office = workspace.office
        finally:
            workspace.close()
        from omil_desktop.ui.security.encrypt_folder import EncryptFolderDialog

        dialog = EncryptFolderDialog(data_dir, office.officer_name if office else "")
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.recovered is None:
            return SignedIn()
        return SignedIn(
            officer=dialog.recovered.officer, recovered=dialog.recovered, first_key=True
        )
    finally:
        lock.release()


def _after_sign_in(workspace: Workspace, signed: SignedIn) -> None:
    """The new office and its account recorded, the recovery key shown once (new or renewed),
    the sign-in noted."""
    from omil_desktop.services.access import save_recovery_sheet
    from omil_desktop.ui.security.recovery_key import RecoveryKeyDialog

    recovery_key = None
    if signed.new_office is not None:
        signed.officer = signed.new_office.finish(workspace)
        recovery_key = signed.new_office.recovery_key
    elif signed.recovered is not None:
        recovery_key = signed.recovered.recovery_key
    officer = signed.officer
    if officer is None:
        return
    workspace.officer = officer
    workspace.access.signed_in(officer.username)
    if recovery_key is not None:

        def print_sheet(path: Path) -> int:
            assert officer is not None and recovery_key is not None
            return save_recovery_sheet(
                workspace.office_service, path, recovery_key, officer, workspace.data_dir
            )

        RecoveryKeyDialog(
            recovery_key,
            print_sheet if workspace.office is not None else None,
            renewed=signed.new_office is None and not signed.first_key,
        ).exec()
