"""Ajustes → «Respaldos»: an extra folder where each backup is also copied (a USB stick), how
often a backup is taken by itself, «Respaldar ahora» (off the window's thread), the list of the
backups kept, and «Restaurar desde un archivo…» with a preview of what the file holds."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.text import size_text
from omil_desktop.services.backups import (
    BackupCancelled,
    BackupDone,
    BackupNeedsKey,
    BackupPreview,
    Backups,
    StorageError,
    unlock_backup,
)
from omil_desktop.services.device_settings import BackupSchedule, BackupSettings
from omil_desktop.services.errors import ServiceError, ValidationFailed
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.recovery import RestorePreviewDialog
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import ErrorLabel, FieldErrors, FormSection

log = logging.getLogger(__name__)

LIST_ROWS = 6
"""Backups in sight in the list (more scroll), so the page does not grow with them."""


class BackupThread(QThread):
    """«Respaldar ahora» off the GUI thread: a verified copy can take a while on a big office."""

    done = Signal(object)  # BackupDone
    failed = Signal(str)
    progress = Signal(int, int)  # pages copied, pages in all

    def __init__(self, backups: Backups) -> None:
        super().__init__()
        self._backups = backups
        self.stopping = False

    def run(self) -> None:
        try:
            result = self._backups.back_up_now(
                should_stop=lambda: self.stopping, on_progress=self.progress.emit
            )
        except BackupCancelled:
            return
        except StorageError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug must not pass silently, nor kill the program
            where = "".join(traceback.format_tb(exc.__traceback__))
            log.error("Unexpected %s in «Respaldar ahora»\n%s", type(exc).__name__, where)
            self.failed.emit(type(exc).__name__)
            return
        self.done.emit(result)


class BackupsPage(QWidget):
    backed_up = Signal(object)  # BackupDone, once «Respaldar ahora» finished
    restored = Signal(str)
    """A backup was restored: the message to show; the window must close and open again."""
    status = Signal(str)
    """A line for the window's status bar (a copy to the extra folder that failed)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.manager = workspace.officer is None or workspace.officer.is_manager
        settings: BackupSettings = workspace.device_settings.backup_settings()
        self._saved = settings
        self.worker: BackupThread | None = None
        self.before_restore: Callable[[], object] | None = None
        """Called once a restore is confirmed, before the file is replaced (stops sync)."""

        self.folder = QLineEdit(str(settings.folder) if settings.folder else "")
        self.folder.setPlaceholderText(self.tr("Ninguna: solo en la carpeta de datos"))
        self.choose_button = QPushButton(self.tr("Elegir…"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_box = QWidget()
        folder_row = QHBoxLayout(folder_box)
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        self.schedule = EnumCombo(BackupSchedule, blank=None)
        self.schedule.set_value(settings.schedule)
        self.section = FormSection(self.tr("Dónde y cada cuánto"))
        self.section.add("backup_folder", self.tr("Copiar también en"), folder_box)
        self.section.fields["backup_folder"] = (
            self.folder,
            self.section.fields["backup_folder"][1],
        )
        self.section.add("backup_schedule", self.tr("Respaldo automático"), self.schedule)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        about = QLabel(
            self.tr(
                "Cada copia de respaldo se guarda verificada en la carpeta «respaldos» de la "
                "carpeta de datos ({folder}). Si elige otra carpeta (un pendrive, un disco "
                "externo), cada copia se copia también ahí, con su archivo de llaves y los "
                "comprobantes escaneados: si el equipo se pierde, los datos no."
            ).format(folder=workspace.backups.folder)
        )
        about.setWordWrap(True)
        about.setStyleSheet("color: #555;")

        # -- now, the list, restore -------------------------------------------------------------
        self.now_button = QPushButton(self.tr("Respaldar ahora"))
        self.now_button.clicked.connect(self.back_up_now)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(160, 12)
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.problem = ErrorLabel(self)
        now_row = QHBoxLayout()
        now_row.addWidget(self.now_button)
        now_row.addWidget(self.progress)
        now_row.addStretch(1)
        self.list = QListWidget()
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * LIST_ROWS + 12)
        self.restore_button = QPushButton(self.tr("Restaurar desde un archivo…"))
        self.restore_button.clicked.connect(self.choose_backup)
        self.restore_button.setEnabled(self.manager)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        self.restore_problem = ErrorLabel(self)
        kept = QGroupBox(self.tr("Copias guardadas en este equipo"))
        column = QVBoxLayout(kept)
        column.addLayout(now_row)
        column.addWidget(self.message)
        column.addWidget(self.problem)
        column.addWidget(self.list)
        column.addLayout(restore_row)
        column.addWidget(self.restore_problem)

        self.manager_note = QLabel(
            self.tr(
                "Solo la persona encargada puede cambiar dónde y cada cuánto se respalda, y "
                "restaurar una copia; «Respaldar ahora» lo puede usar cualquier cuenta."
            )
        )
        self.manager_note.setWordWrap(True)
        self.manager_note.setStyleSheet("color: #555;")
        self.manager_note.setVisible(not self.manager)
        for widget in (self.folder, self.choose_button, self.schedule):
            widget.setEnabled(self.manager)
        layout = QVBoxLayout(self)
        layout.addWidget(self.manager_note)
        layout.addWidget(about)
        layout.addWidget(self.section)
        layout.addWidget(kept)
        layout.addStretch(1)
        self.refresh_list()

    # -- settings -----------------------------------------------------------------------------

    def error_text(self, name: str) -> str:
        return self.errors.message(name)

    def check(self) -> dict[str, str]:
        try:
            self._workspace.device_settings.check_backup_settings(
                self.folder.text(), self._schedule()
            )
        except ValidationFailed as exc:
            return exc.errors
        return {}

    def changed(self) -> bool:
        folder = self.folder.text().strip()
        saved = str(self._saved.folder) if self._saved.folder else ""
        return folder != saved or self._schedule() is not self._saved.schedule

    def save(self) -> QWidget | bool | None:
        """Record the folder and the schedule: True, or the field with the error beside it."""
        if not self.changed():
            return True
        try:
            self._workspace.require_manager()
            self._saved = self._workspace.device_settings.save_backup_settings(
                self.folder.text(), self._schedule()
            )
        except ValidationFailed as exc:
            return self.errors.show(exc.errors)
        except (ServiceError, StorageError) as exc:
            return self.errors.show({"backup_folder": str(exc)})
        self.folder.setText(str(self._saved.folder) if self._saved.folder else "")
        return True

    def choose_folder(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Carpeta donde copiar los respaldos"), start
        )
        if path:
            self.folder.setText(str(Path(path)))

    def _schedule(self) -> BackupSchedule:
        value = self.schedule.value()
        return BackupSchedule(value) if value is not None else BackupSchedule.DAILY

    # -- back up now ----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """A verified backup, off the GUI thread; the copy goes to the folder as it is saved
        (save a changed folder first)."""
        if self.worker is not None and self.worker.isRunning():
            return
        self.problem.show_message("")
        self._say(self.tr("Respaldando… puede seguir trabajando."))
        self.now_button.setEnabled(False)
        self.progress.setRange(0, 0)  # until the copy says how big it is
        self.progress.setVisible(True)
        self.worker = BackupThread(self._workspace.backups)
        self.worker.done.connect(self._backed_up)
        self.worker.failed.connect(self._backup_failed)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._thread_finished)
        self.worker.start()

    def _progress(self, copied: int, total: int) -> None:
        if copied < total:
            self.progress.setRange(0, total)
            self.progress.setValue(copied)
        else:  # copied: the whole copy is checked now, then copied to the extra folder
            self.progress.setRange(0, 0)
            self._say(self.tr("Verificando la copia…"))

    def _thread_finished(self) -> None:
        self.progress.setVisible(False)
        self.now_button.setEnabled(True)

    def _backed_up(self, done: BackupDone) -> None:
        facts = done.facts
        when = f"{format_date(facts.taken_at.date())} {facts.taken_at:%H:%M}"
        text = self.tr("Copia de respaldo verificada del {when}.").format(when=when)
        if done.copy is not None:
            text += " " + self.tr("También copiada en {folder}.").format(folder=done.copy.parent)
        self._say(text)
        if done.copy_problem is not None:
            self.problem.show_message(
                self.tr(
                    "La copia quedó guardada en la carpeta de datos, pero no en la carpeta "
                    "extra: {reason}"
                ).format(reason=str(done.copy_problem))
            )
            self.status.emit(self.tr("No se pudo copiar el respaldo a la carpeta extra."))
        self.refresh_list()
        self.backed_up.emit(done)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _backup_failed(self, message: str) -> None:
        self._say("")
        self.problem.show_message(
            self.tr(
                "No se pudo hacer la copia de respaldo: {reason} Las anteriores siguen intactas."
            ).format(reason=message)
        )

    def stop(self) -> None:
        """The dialog closes: a backup under way stops at its next step (it never counts)."""
        if self.worker is not None and self.worker.isRunning():
            self.worker.stopping = True
            self.worker.wait(10_000)

    def refresh_list(self) -> None:
        self.list.clear()
        for backup in self._workspace.backups.listed():
            when = f"{format_date(backup.taken_at.date())} {backup.taken_at:%H:%M}"
            try:
                size = size_text(backup.path.stat().st_size)
            except OSError:
                size = "?"
            self.list.addItem(
                self.tr("{when} · {kind} · {size}").format(
                    when=when, kind=self._kind(backup.label), size=size
                )
            )
        if not self.list.count():
            self.list.addItem(self.tr("Aún no hay copias de respaldo."))

    def _kind(self, label: str) -> str:
        if label == "diario":
            return self.tr("automática")
        if label == "manual":
            return self.tr("manual")
        return self.tr("antes de actualizar")

    # -- restore ----------------------------------------------------------------------------------

    def choose_backup(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Elegir la copia de respaldo"),
            str(self._workspace.backups.folder),
            self.tr("Copias de OMIL Desktop (*.sqlite3);;Todos los archivos (*)"),
        )
        if path:
            self.preview_file(Path(path))

    def preview_file(self, path: Path, password: str | None = None) -> RestorePreviewDialog | None:
        """What ``path`` holds, in a dialog that asks before restoring (shown and returned); a
        backup of another PC asks for a password of its office first (``password`` given: the
        tests'). A file that cannot be restored: the reason beside the button."""
        self.restore_problem.show_message("")
        backups = self._workspace.backups
        key: bytes | None = None
        try:
            try:
                preview: BackupPreview = backups.preview(path)
            except BackupNeedsKey as exc:
                if password is None:
                    password = self._ask_password(str(exc))
                    if password is None:
                        return None
                key = unlock_backup(path, password)
                preview = backups.preview(path, key)
        except (StorageError, ServiceError) as exc:
            self.restore_problem.show_message(str(exc))
            return None
        dialog = RestorePreviewDialog(self._workspace, preview, key, self, self.before_restore)
        dialog.restored.connect(self.restored)
        dialog.open()
        return dialog

    def _ask_password(self, why: str) -> str | None:
        password, ok = QInputDialog.getText(
            self,
            self.tr("Copia de otro equipo"),
            why + "\n\n" + self.tr("Contraseña de un(a) funcionario(a) de esa oficina:"),
            QLineEdit.EchoMode.Password,
        )
        return password if ok and password else None
