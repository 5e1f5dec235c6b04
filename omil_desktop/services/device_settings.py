"""This PC's own settings (never synced): where the office's backups are also copied (a USB
stick: a drive letter is a fact of this PC) and how often a backup is taken by itself.

The window's Configuración → Ajustes… → «Respaldos» and the command line use this service; the
backup job reads the settings through :class:`BackupSettings` (services/backups.py).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from omil_desktop.domain.text import os_reason
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, translate
from omil_desktop.services.errors import ValidationFailed
from omil_desktop.store.database import Database
from omil_desktop.store.models import DeviceSettings

BACKUP_FOLDER_MAX = 500
"""Longest path of the extra backup folder (the column's size)."""


class BackupSchedule(StrEnum):
    """How often a backup is taken without the officer asking (stored in
    ``device_settings.backup_schedule``)."""

    DAILY = "diario"
    """The first time the program opens each day (the default)."""
    WEEKLY = "semanal"
    """When the program opens and the last automatic backup is 7 days old or more."""
    MANUAL = "manual"
    """Only with «Respaldar ahora» (or ``omil-desktop backup``); a migration still takes its
    own backup first."""

    @property
    def label(self) -> str:
        return translate("Respaldos", _SCHEDULE_LABELS[self])

    @property
    def every_days(self) -> int | None:
        """Days between automatic backups (None: none)."""
        return {BackupSchedule.DAILY: 1, BackupSchedule.WEEKLY: 7}.get(self)


_SCHEDULE_LABELS = {
    BackupSchedule.DAILY: QT_TRANSLATE_NOOP("Respaldos", "Diario, al abrir el programa"),
    BackupSchedule.WEEKLY: QT_TRANSLATE_NOOP("Respaldos", "Semanal, al abrir el programa"),
    BackupSchedule.MANUAL: QT_TRANSLATE_NOOP("Respaldos", "Solo manual («Respaldar ahora»)"),
}


@dataclass(frozen=True)
class BackupSettings:
    """Where and how often this PC's backups are made."""

    folder: Path | None = None
    """An extra folder (a USB stick) where each backup is also copied; None: only the data
    folder's ``respaldos``."""
    schedule: BackupSchedule = BackupSchedule.DAILY


def schedule_from(value: str | None) -> BackupSchedule:
    """The stored schedule; an unknown value (a newer program's) reads as the default."""
    try:
        return BackupSchedule(value or BackupSchedule.DAILY)
    except ValueError:
        return BackupSchedule.DAILY


def check_backup_folder(text: str, data_dir: Path | None = None) -> Path | None:
    """The extra backup folder written as ``text``, checked: it exists, is a folder outside the
    data folder, and a file can be written in it (a stick locked against writing is refused
    now, not at the next backup). Empty: None (no extra copy). ValidationFailed (field
    ``backup_folder``) with a Spanish message otherwise."""
    text = text.strip()
    if not text:
        return None
    folder = Path(text).expanduser()

    def refuse(message: str) -> ValidationFailed:
        return ValidationFailed({"backup_folder": message})

    if len(text) > BACKUP_FOLDER_MAX:
        raise refuse(
            translate(
                "Respaldos", "La ruta de la carpeta admite hasta {max} caracteres (tiene {n})."
            ).format(max=BACKUP_FOLDER_MAX, n=len(text))
        )
    if not folder.is_absolute():
        raise refuse(
            translate(
                "Respaldos",
                "Escriba la ruta completa de la carpeta (por ejemplo E:\\Respaldos OMIL), o "
                "elíjala con «Elegir…».",
            )
        )
    if not folder.exists():
        raise refuse(
            translate(
                "Respaldos",
                "No se encuentra la carpeta «{folder}». Si está en un pendrive o disco externo, "
                "conéctelo y vuelva a intentarlo.",
            ).format(folder=folder)
        )
    if not folder.is_dir():
        raise refuse(
            translate("Respaldos", "«{folder}» es un archivo, no una carpeta.").format(
                folder=folder
            )
        )
    if data_dir is not None and _inside(folder, data_dir):
        raise refuse(
            translate(
                "Respaldos",
                "Esa carpeta está dentro de la carpeta de datos, donde ya se guardan las copias. "
                "Elija otra, idealmente en un pendrive o disco externo.",
            )
        )
    problem = write_problem(folder)
    if problem is not None:
        raise refuse(
            translate(
                "Respaldos",
                "No se puede escribir en la carpeta «{folder}» ({reason}). Si es un pendrive, "
                "revise que no esté protegido contra escritura, o elija otra carpeta.",
            ).format(folder=folder, reason=problem)
        )
    return folder


def write_problem(folder: Path) -> str | None:
    """Why a file cannot be written in ``folder`` (Spanish), or None when one can: a small file
    is really created and removed (permission bits say little on a USB stick or on Windows)."""
    probe = folder / f".omil-prueba-{uuid.uuid4().hex}"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except OSError as exc:
        return os_reason(exc)
    os.close(fd)
    with contextlib.suppress(OSError):
        probe.unlink()
    return None


def _inside(folder: Path, data_dir: Path) -> bool:
    try:
        folder.resolve().relative_to(data_dir.resolve())
    except ValueError:
        return False
    return True


class DeviceSettingsService:
    """Reads and records this PC's settings (one row, absent: the defaults)."""

    def __init__(self, db: Database, data_dir: Path) -> None:
        self._db = db
        self._data_dir = data_dir

    def backup_settings(self) -> BackupSettings:
        with self._db.transaction() as session:
            row = session.get(DeviceSettings, 1)
            if row is None:
                return BackupSettings()
            folder = Path(row.backup_folder) if row.backup_folder else None
            return BackupSettings(folder, schedule_from(row.backup_schedule))

    def check_backup_settings(
        self, folder: str, schedule: BackupSchedule | str
    ) -> tuple[Path | None, BackupSchedule]:
        """The settings cleaned, or ValidationFailed (fields ``backup_folder``,
        ``backup_schedule``) with every problem at once."""
        errors: dict[str, str] = {}
        checked: Path | None = None
        try:
            checked = check_backup_folder(folder, self._data_dir)
        except ValidationFailed as exc:
            errors.update(exc.errors)
        chosen = BackupSchedule.DAILY
        try:
            chosen = BackupSchedule(str(schedule))
        except ValueError:
            errors["backup_schedule"] = translate(
                "Respaldos", "Elija cada cuánto se respalda: diario, semanal o solo manual."
            )
        if errors:
            raise ValidationFailed(errors)
        return checked, chosen

    def save_backup_settings(self, folder: str, schedule: BackupSchedule | str) -> BackupSettings:
        """Record the extra backup folder (empty: none) and the schedule; nothing is saved when
        either is wrong (ValidationFailed, every problem at once)."""
        checked, chosen = self.check_backup_settings(folder, schedule)
        with self._db.transaction() as session:
            row = session.get(DeviceSettings, 1)
            if row is None:
                row = DeviceSettings(id=1)
                session.add(row)
            row.backup_folder = str(checked) if checked is not None else None
            row.backup_schedule = chosen.value
        return self.backup_settings()


@dataclass(frozen=True)
class DataFolderFacts:
    """Where this office's data and log are, for «Acerca de»."""

    data_dir: Path
    log_dir: Path
    database_size: int
    """Bytes of the database file with its write-ahead log (0: none yet)."""


def data_folder_facts(data_dir: Path) -> DataFolderFacts:
    from omil_desktop.store.engine import database_path
    from omil_desktop.store.integrity import LOG_DIRNAME

    database = database_path(data_dir)
    size = 0
    for part in (database, database.with_name(database.name + "-wal")):
        with contextlib.suppress(OSError):
            size += part.stat().st_size
    return DataFolderFacts(data_dir.absolute(), (data_dir / LOG_DIRNAME).absolute(), size)
