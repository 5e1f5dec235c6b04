"""Going back to a backup from the window.

- :class:`RecoveryDialog`: when the office's database is damaged or lost, say so and offer the
  newest sound backup. Shown at start-up instead of the main window. The damaged file is never
  opened for writing; restoring keeps it aside (``apartadas/``) and puts the chosen backup,
  verified, in its place.
- :class:`RestorePreviewDialog`: Ajustes → Respaldos → «Restaurar desde un archivo…» shows what
  the file holds (office, date, records, whether it needed another key) before restoring it.

Both restore through :func:`restore_and_tell` (Backups.restore, then the receipts kept beside).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.services.backups import (
    BackupFacts,
    BackupPreview,
    Backups,
    DatabaseMissing,
    DataFolderLock,
    RestoreResult,
    StorageError,
)
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.widgets.form import ErrorLabel

_CONTEXT = "Recuperación"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def describe(facts: BackupFacts) -> str:
    """«27-11-2026 09:14 · 1.234 personas»"""
    when = f"{format_date(facts.taken_at.date())} {facts.taken_at:%H:%M}"
    people = QCoreApplication.translate("Recuperación", "%Ln persona(s)", None, facts.people or 0)
    return f"{when} · {people}"


def restore_and_tell(
    backups: Backups, path: Path, lock: DataFolderLock | None, key: bytes | None = None
) -> tuple[RestoreResult, str]:
    """Restore ``path`` (:meth:`Backups.restore`), bring the receipts kept beside it, and say
    what happened in Spanish; raises StorageError (nothing changed) as the restore does."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        restored = backups.restore(path, lock=lock, key=key)
    finally:
        QGuiApplication.restoreOverrideCursor()
    message = _tr("Copia restaurada: los datos del {backup} están de nuevo en uso.").format(
        backup=describe(restored.facts)
    )
    if restored.aside is not None:
        message += " " + _tr("La base de datos que se reemplazó quedó guardada en {path}.").format(
            path=restored.aside
        )
    try:  # a copy written elsewhere (a USB stick) carries the scanned receipts beside it
        brought = backups.take_receipts_from(path, key)
    except StorageError as exc:
        message += " " + str(exc)
    else:
        if brought:
            message += " " + _tr("Comprobantes escaneados traídos desde {folder}: {count}.").format(
                folder=backups.receipts_from(path), count=brought
            )
    return restored, message


def newest_sound_backup(backups: Backups) -> BackupFacts | None:
    """The newest backup that passes the full check (reading them may take a moment)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return backups.newest_verified()
    except StorageError:
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()


class RecoveryDialog(QDialog):
    """The database cannot be opened safely: restore a backup, choose another one, or quit."""

    def __init__(
        self,
        problem: StorageError,
        backups: Backups,
        lock: DataFolderLock,
        newest: BackupFacts | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._lock = lock
        self._newest = newest
        self.restored: RestoreResult | None = None
        missing = isinstance(problem, DatabaseMissing)
        self.setWindowTitle(self.tr("OMIL Desktop — recuperar los datos"))
        if missing:
            heading = self.tr("No se encontró la base de datos de la oficina")
            body = self.tr(
                "El archivo de datos falta o está vacío, pero en esta carpeta ya trabajaba una "
                "oficina (hay copias de respaldo o registro del programa). Para no empezar por "
                "error una oficina nueva y vacía, OMIL Desktop no la abrió."
            )
        else:
            heading = self.tr("La base de datos de la oficina está dañada")
            body = self.tr(
                "Para no empeorar el daño, OMIL Desktop no la abrió y no la modificó. Puede "
                "volver a una copia de respaldo en buen estado: la base dañada no se borra, "
                "queda guardada aparte en la carpeta «apartadas»."
            )
        title = QLabel(f"<h3>{heading}</h3>")
        title.setWordWrap(True)
        explanation = QLabel(body)
        explanation.setWordWrap(True)
        where = QLabel(
            self.tr("Carpeta de datos: {folder}").format(folder=backups.data_dir.absolute())
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("color: #555;")
        if newest is not None:
            offer = QLabel(
                self.tr(
                    "Copia de respaldo más reciente en buen estado: <b>{backup}</b>. Los cambios "
                    "hechos después de esa copia no están en ella."
                ).format(backup=_html(describe(newest)))
            )
        else:
            offer = QLabel(
                self.tr(
                    "No hay en la carpeta «respaldos» una copia en buen estado de esta oficina. "
                    "Si tiene una en otro lugar (por ejemplo, en un pendrive), elíjala con "
                    "«Elegir otra copia…»; si no, pida ayuda a soporte."
                )
            )
        offer.setWordWrap(True)
        self.error = ErrorLabel(self)

        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if newest is not None:
            self.restore_button = buttons.addButton(
                self.tr("Restaurar esta copia"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(self.restore_newest)
        self.choose_button = buttons.addButton(
            self.tr("Elegir otra copia…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.choose_button.clicked.connect(self.choose_file)
        self.quit_button = buttons.addButton(
            self.tr("Salir"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.clicked.connect(self.reject)
        if newest is None:
            self.choose_button.setDefault(True)

        layout = QVBoxLayout(self)
        for widget in (title, explanation, where, offer, self.error):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def restore_newest(self) -> None:
        if self._newest is not None:
            self.restore_file(self._newest.path)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Elegir la copia de respaldo"),
            str(self._backups.folder),
            self.tr("Copias de OMIL Desktop (*.sqlite3);;Todos los archivos (*)"),
        )
        if path:
            self.restore_file(Path(path))

    def restore_file(self, path: Path) -> None:
        try:
            self.restored, message = restore_and_tell(self._backups, path, self._lock)
        except StorageError as exc:
            self.error.show_message(str(exc))
            return
        QMessageBox.information(self, self.tr("OMIL Desktop"), message)
        self.accept()


class RestorePreviewDialog(QDialog):
    """What a backup file holds, and «Restaurar esta copia» after a clear warning. Restoring
    from the running window closes the program afterwards (:attr:`restored`): every page
    showed the data being replaced."""

    restored = Signal(str)
    """The backup is in place: the message to show before the window closes."""

    def __init__(
        self,
        workspace: Workspace,
        preview: BackupPreview,
        key: bytes | None,
        parent: QWidget | None = None,
        before_restore: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._key = key
        self._before_restore = before_restore
        """Stops what else uses the database (the window's sync) before the file is replaced."""
        self.preview = preview
        facts = preview.facts
        backups = workspace.backups
        self.setWindowTitle(self.tr("Restaurar una copia de respaldo"))
        title = QLabel("<h3>" + self.tr("¿Restaurar esta copia?") + "</h3>")
        rows = [
            (self.tr("Archivo"), str(facts.path)),
            (self.tr("Oficina"), "OMIL " + backups.comuna_name(facts.comuna_code)),
            (
                self.tr("Fecha de la copia"),
                f"{format_date(facts.taken_at.date())} {facts.taken_at:%H:%M}",
            ),
            (self.tr("Contiene"), self.counts_text()),
        ]
        if key is not None:
            rows.append(
                (
                    self.tr("Llave"),
                    self.tr(
                        "Cifrada con la llave de otro equipo; se abrió con la contraseña dada y "
                        "quedará cifrada con la de este."
                    ),
                )
            )
        self.facts_label = QLabel(
            "<table>"
            + "".join(
                f"<tr><td><b>{_html(name)}</b>&nbsp;&nbsp;</td><td>{_html(value)}</td></tr>"
                for name, value in rows
            )
            + "</table>"
        )
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if preview.same_office:
            warning_text = self.tr(
                "Los datos actuales se reemplazan por los de la copia: lo registrado después "
                "de esa fecha no está en ella (si el equipo está inscrito, la próxima "
                "sincronización trae de vuelta lo que ya se había enviado). La base de datos "
                "actual no se borra: queda guardada en la carpeta «apartadas». Después, OMIL "
                "Desktop se cierra; ábralo de nuevo."
            )
        else:
            warning_text = self.tr(
                "Esta copia es de otra oficina: no se puede restaurar en esta carpeta de datos."
            )
        self.warning = QLabel(warning_text)
        self.warning.setWordWrap(True)
        self.error = ErrorLabel(self)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("Restaurar esta copia"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(preview.same_office)
        self.restore_button.clicked.connect(self.restore)
        self.cancel_button = buttons.addButton(
            self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, self.facts_label, self.warning, self.error):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(560, self.screen().availableGeometry().width() - 40))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A stray Enter restores nothing (the button box makes the accept button the default).
        self.restore_button.setAutoDefault(False)
        self.restore_button.setDefault(False)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()

    def counts_text(self) -> str:
        names: dict[str, Callable[[int], str]] = {
            "person": lambda n: self.tr("%Ln persona(s)", "", n),
            "attention": lambda n: self.tr("%Ln atención(es)", "", n),
            "company": lambda n: self.tr("%Ln empresa(s)", "", n),
            "vacancy": lambda n: self.tr("%Ln oferta(s)", "", n),
            "referral": lambda n: self.tr("%Ln derivación(es)", "", n),
            "placement": lambda n: self.tr("%Ln colocación(es)", "", n),
            "workshop": lambda n: self.tr("%Ln taller(es)", "", n),
            "job_fair": lambda n: self.tr("%Ln feria(s)", "", n),
            "expense": lambda n: self.tr("%Ln gasto(s)", "", n),
        }
        parts = [
            words(self.preview.counts.get(table, 0))
            for table, words in names.items()
            if table in self.preview.counts
            and (table in ("person", "attention", "company") or self.preview.counts[table])
        ]
        return ", ".join(parts)

    def restore(self) -> None:
        """Restore the copy (the encargado(a)'s): the window's database is closed first, the
        replaced one kept aside; then :attr:`restored` asks the window to close."""
        try:
            self._workspace.require_manager()
        except ServiceError as exc:
            self.error.show_message(str(exc))
            return
        if self._before_restore is not None:
            self._before_restore()
        self._workspace.db.close()  # no connection of the window stays on the file replaced
        try:
            _restored, message = restore_and_tell(
                self._workspace.backups, self.preview.facts.path, self._workspace.lock, self._key
            )
        except StorageError as exc:
            self.error.show_message(str(exc))
            return
        message += " " + self.tr("OMIL Desktop se cerrará ahora: ábralo de nuevo para seguir.")
        self.accept()
        self.restored.emit(message)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
