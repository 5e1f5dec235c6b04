"""When the office's database is damaged or lost: say so, and offer the newest sound backup.

Shown at start-up instead of the main window. The damaged file is never opened for writing;
restoring keeps it aside (``apartadas/``) and puts the chosen backup, verified, in its place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
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
from omil_desktop.domain.text import count_text
from omil_desktop.services.backups import (
    BackupFacts,
    Backups,
    DatabaseMissing,
    DataFolderLock,
    RestoreResult,
    StorageError,
)
from omil_desktop.ui.widgets.form import ErrorLabel


def describe(facts: BackupFacts) -> str:
    """«27-11-2026 09:14 · 1.234 personas»"""
    when = f"{format_date(facts.taken_at.date())} {facts.taken_at:%H:%M}"
    people = count_text(facts.people or 0, "persona", "personas")
    return f"{when} · {people}"


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
        where = QLabel(self.tr("Carpeta de datos: ") + str(backups.data_dir.absolute()))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("color: #555;")
        if newest is not None:
            offer = QLabel(
                self.tr("Copia de respaldo más reciente en buen estado: ")
                + f"<b>{describe(newest)}</b>. "
                + self.tr("Los cambios hechos después de esa copia no están en ella.")
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
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.restored = self._backups.restore(path, lock=self._lock)
        except StorageError as exc:
            self.error.show_message(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        message = (
            self.tr("Copia restaurada: los datos del ")
            + describe(self.restored.facts)
            + self.tr(" están de nuevo en uso.")
        )
        if self.restored.aside is not None:
            message += self.tr(" La base de datos que se reemplazó quedó guardada en ") + str(
                self.restored.aside
            )
        try:  # a copy written elsewhere (a USB stick) carries the scanned receipts beside it
            brought = self._backups.take_receipts_from(path)
        except StorageError as exc:
            message += " " + str(exc)
        else:
            if brought:
                message += " " + self.tr(
                    "Comprobantes escaneados traídos desde {folder}: {count}."
                ).format(folder=self._backups.receipts_beside(path), count=brought)
        QMessageBox.information(self, self.tr("OMIL Desktop"), message)
        self.accept()
