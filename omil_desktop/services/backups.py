"""Backups and restore of an office's data folder: what the window and the CLI call.

- :meth:`Backups.after_start` runs off the GUI thread once the window is up (and before a
  command that changes data): it finishes the start-up check when that one ran out of time, and
  takes the day's backup if none was taken today (verified before older ones are rotated).
- :meth:`Backups.make` is ``omil-desktop backup``; :meth:`Backups.restore` is
  ``omil-desktop restore FILE`` and the window's "Restaurar" when the database is damaged or lost.

In an encrypted folder everything here is encrypted with the folder's key (``vault.key_for``:
the caller unlocked the folder first), the receipts copied beside a backup too. A backup made
with another key restores with that key (:class:`BackupNeedsKey`, :func:`backup_vault`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import os_reason
from omil_desktop.domain.texts import translate
from omil_desktop.services.device_settings import BackupSettings
from omil_desktop.store.backup import (
    DAILY,
    MANUAL,
    BackupCancelled,
    BackupFailed,
    BackupFile,
    backup_files,
    backups_dir,
    copy_backup_to,
    count_records,
    make_backup,
    periodic_backup,
    periodic_backup_due,
    rotate,
)
from omil_desktop.store.blobs import BLOBS_DIRNAME, BlobStore
from omil_desktop.store.engine import database_path
from omil_desktop.store.errors import DATABASE_ERRORS, StorageError, explain
from omil_desktop.store.integrity import (
    LOG_DIRNAME,
    STARTUP_CHECK_BUDGET_S,
    CheckResult,
    DatabaseDamaged,
    DatabaseMissing,
    EarlyCheck,
    mark_damaged,
    quick_check,
)
from omil_desktop.store.lock import DataFolderInUse, DataFolderLock
from omil_desktop.store.restore import (
    BackupFacts,
    BackupNeedsKey,
    BackupRefused,
    RestoreResult,
    backup_vault,
    folder_office,
    inspect_backup,
    newest_verified_backup,
    restore_backup,
    unlock_backup,
)
from omil_desktop.store.vault import key_for

log = logging.getLogger(__name__)

__all__ = [
    "LOG_DIRNAME",
    "STARTUP_CHECK_BUDGET_S",
    "BackupCancelled",
    "BackupDone",
    "BackupFacts",
    "BackupFailed",
    "BackupFile",
    "BackupNeedsKey",
    "BackupPreview",
    "BackupRefused",
    "Backups",
    "CheckResult",
    "DataFolderInUse",
    "DataFolderLock",
    "DatabaseDamaged",
    "DatabaseMissing",
    "EarlyCheck",
    "RestoreResult",
    "StorageError",
    "backup_vault",
    "unlock_backup",
]

SHARED_RECEIPTS_DIRNAME = "comprobantes"
"""In the extra backup folder, the scanned receipts of every backup there (by content)."""

_restored_with: dict[Path, bytes] = {}
"""The key each backup restored in this process was opened with, so that the receipts beside
it (encrypted with the same key) can be brought in afterwards."""


@dataclass(frozen=True)
class AfterStart:
    """What the background work after start-up did."""

    backup: Path | None = None
    """The day's backup, when one was due and taken."""
    damaged: DatabaseDamaged | None = None
    """The full check (or the backup's verification) found the database damaged."""
    problem: StorageError | None = None
    """The day's backup could not be made (disk full…); older backups are untouched."""
    copy: Path | None = None
    """The copy of :attr:`backup` in the extra backup folder (a USB stick), when one is set and
    the copy was made."""
    copy_problem: StorageError | None = None
    """The extra folder is set but the copy could not be made there (the stick is not plugged
    in, it is locked against writing, full…): the backup in the data folder stands."""


@dataclass(frozen=True)
class BackupDone:
    """«Respaldar ahora»: the verified backup in ``respaldos`` and its copy, if any."""

    facts: BackupFacts
    copy: Path | None = None
    copy_problem: StorageError | None = None


@dataclass(frozen=True)
class BackupPreview:
    """What a backup file holds, shown before it is restored."""

    facts: BackupFacts
    counts: dict[str, int]
    """Records by table (``person``, ``attention``, ``company``…; see store/backup.py)."""
    same_office: bool
    """The backup is of this folder's office (or the folder has none yet)."""


class Backups:
    """Backups of one data folder."""

    def __init__(
        self,
        data_dir: Path,
        territory: Territory | None = None,
        settings: BackupSettings | None = None,
    ) -> None:
        self.data_dir = data_dir
        self._territory = territory
        self.settings = settings or BackupSettings()
        """This PC's schedule and extra folder (services/device_settings.py)."""

    @property
    def folder(self) -> Path:
        return backups_dir(database_path(self.data_dir))

    def after_start(
        self,
        check: CheckResult,
        *,
        now: datetime | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> AfterStart:
        """Finish a start-up check cut short by its time budget, then the day's backup if due by
        the schedule (daily, weekly, or never: only manual), copied to the extra folder if set.

        A database found damaged is marked so (the next start refuses it and offers the newest
        sound backup) and no backup is taken of it. Raises :class:`BackupCancelled` when
        ``should_stop`` asks to stop (the window is closing).
        """
        path = database_path(self.data_dir)
        moment = now or datetime.now()
        try:
            if check is CheckResult.PARTIAL:
                quick_check(path, key=key_for(self.data_dir), should_stop=should_stop)
            every = self.settings.schedule.every_days
            if every is None or not periodic_backup_due(path, moment.date(), every):
                return AfterStart()
            target = periodic_backup(self.data_dir, DAILY, now=moment, should_stop=should_stop)
        except DatabaseDamaged as exc:
            log.error("Full check found the database damaged")
            mark_damaged(self.data_dir, exc.detail, moment)
            return AfterStart(damaged=exc)
        except BackupCancelled:
            raise
        except StorageError as exc:
            log.warning("Daily backup failed: %s", type(exc).__name__)
            return AfterStart(problem=exc)
        log.info("Daily backup taken")
        copy, copy_problem = self._copy_to_folder(target)
        return AfterStart(backup=target, copy=copy, copy_problem=copy_problem)

    def back_up_now(
        self,
        *,
        now: datetime | None = None,
        should_stop: Callable[[], bool] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> BackupDone:
        """«Respaldar ahora»: a verified backup in ``respaldos`` (rotated with the daily ones),
        then its copy in the extra folder when one is set. A copy that cannot be made there is
        said in :attr:`BackupDone.copy_problem`; the backup in the data folder stands. Raises
        like :meth:`make`, and :class:`BackupCancelled`. ``on_progress(pages copied, pages in
        all)`` follows the copy (the check of the copy comes after it)."""
        self._require_database()
        try:
            made = periodic_backup(
                self.data_dir, MANUAL, now=now, should_stop=should_stop, on_progress=on_progress
            )
        except DatabaseDamaged as exc:
            mark_damaged(self.data_dir, exc.detail, now)
            raise
        facts = inspect_backup(made, key_for(self.data_dir))
        copy, copy_problem = self._copy_to_folder(made)
        return BackupDone(facts, copy, copy_problem)

    def _copy_to_folder(self, backup: Path) -> tuple[Path | None, StorageError | None]:
        """Copy ``backup`` (key file, receipts) into the extra folder, rotated as ``respaldos``;
        (the copy, None) or (None, why not), never an exception: the backup is made."""
        folder = self.settings.folder
        if folder is None:
            return None, None
        try:
            if not folder.is_dir():
                raise StorageError(
                    translate(
                        "Respaldos",
                        "No se encuentra la carpeta de respaldo extra «{folder}»: si es un "
                        "pendrive, conéctelo y use «Respaldar ahora».",
                    ).format(folder=folder)
                )
            copy = copy_backup_to(backup, folder)
            self.copy_receipts_to(folder)
            rotate(database_path(self.data_dir), folder=folder, just_made=copy)
        except StorageError as exc:
            log.warning("Copy to the extra backup folder failed: %s", type(exc).__name__)
            return None, exc
        except OSError as exc:
            log.warning("Copy to the extra backup folder failed: %s", type(exc).__name__)
            return None, StorageError(
                translate(
                    "Respaldos",
                    "No se pudo copiar el respaldo a la carpeta «{folder}»: {reason}.",
                ).format(folder=folder, reason=os_reason(exc))
            )
        return copy, None

    def copy_receipts_to(self, folder: Path) -> int:
        """The scanned receipts, into the one receipts folder of an extra backup folder
        (``comprobantes``, shared by every backup there: each file is kept by its content)."""
        target = BlobStore.at(folder / SHARED_RECEIPTS_DIRNAME, key_for(self.data_dir))
        return BlobStore(self.data_dir).copy_into(target)

    def listed(self) -> list[BackupFile]:
        """The backups in ``respaldos``, newest first (not opened: a list to choose from)."""
        return backup_files(database_path(self.data_dir))

    def preview(self, file: Path, key: bytes | None = None) -> BackupPreview:
        """What the backup ``file`` holds (office, date, records), checked whole as a restore
        would; :class:`BackupNeedsKey` (a backup of another PC) or :class:`BackupRefused`."""
        facts = self.inspect(file, key)
        try:
            counts = count_records(file, facts.key)
        except DATABASE_ERRORS as exc:
            raise BackupRefused(
                translate("Respaldos", "No se pudo leer la copia {name}: {reason}").format(
                    name=file.name, reason=explain(exc)
                )
            ) from exc
        office = folder_office(self.data_dir)
        same = office is None or facts.comuna_code in (None, office)
        return BackupPreview(facts, counts, same)

    def comuna_name(self, code: str | None) -> str:
        """The comuna's name for a backup's office code («?» when unknown)."""
        if code is None:
            return "?"
        return self._comuna_names().get(code, code)

    def make(self, target: Path | None = None, *, now: datetime | None = None) -> BackupFacts:
        """A verified backup now: into ``respaldos`` (rotated with the daily ones) or ``target``.

        Raises :class:`DatabaseDamaged` (the database itself fails the check) or
        :class:`StorageError`.
        """
        path = self._require_database()
        try:
            if target is None:
                made = periodic_backup(self.data_dir, MANUAL, now=now)
            else:
                made = make_backup(path, MANUAL, target=target, now=now)
        except DatabaseDamaged as exc:  # the full check of the copy is the database's own
            mark_damaged(self.data_dir, exc.detail, now)
            raise
        return inspect_backup(made, key_for(self.data_dir))

    def _require_database(self) -> Path:
        path = database_path(self.data_dir)
        if not path.exists() or path.stat().st_size == 0:
            raise StorageError(
                translate(
                    "Respaldos",
                    "No hay base de datos que respaldar en {folder}: la oficina aún no está "
                    "configurada ahí.",
                ).format(folder=self.data_dir)
            )
        return path

    @staticmethod
    def receipts_beside(backup: Path) -> Path:
        """Where a backup written outside the data folder keeps the scanned receipts:
        ``copia.sqlite3`` → ``copia.comprobantes`` (in the extra backup folder they are in one
        shared ``comprobantes`` folder instead: see :meth:`take_receipts_from`)."""
        return backup.with_name(f"{backup.stem}.comprobantes")

    def copy_receipts_beside(self, backup: Path) -> int:
        """Copy the scanned receipts the backup's database names (every one in the data folder:
        they are never deleted) beside it, those not there yet; returns how many were copied.
        Raises StorageError (e.g. the disk is full)."""
        try:
            beside = BlobStore.at(self.receipts_beside(backup), key_for(self.data_dir))
            return BlobStore(self.data_dir).copy_into(beside)
        except OSError as exc:
            raise StorageError(
                translate(
                    "Respaldos",
                    "La base de datos quedó respaldada, pero no se pudieron copiar los "
                    "comprobantes junto a ella: {reason}.",
                ).format(reason=os_reason(exc))
            ) from exc

    def receipts_from(self, backup: Path) -> Path:
        """Where the receipts of ``backup`` written outside the data folder are: beside it
        (``copia.comprobantes``), or the extra folder's shared ``comprobantes``."""
        beside = self.receipts_beside(backup)
        if beside.is_dir():
            return beside
        return backup.parent / SHARED_RECEIPTS_DIRNAME

    def take_receipts_from(self, backup: Path, key: bytes | None = None) -> int:
        """After restoring ``backup``, bring into the data folder the receipts kept beside it
        that are not here (each checked against its hash); returns how many. ``key`` opens
        them (default: the key the backup was restored with, else the folder's)."""
        beside = self.receipts_from(backup)
        if not beside.is_dir() or beside.resolve() == (self.data_dir / BLOBS_DIRNAME).resolve():
            return 0
        if key is None:
            key = _restored_with.get(backup.resolve()) or key_for(self.data_dir)
        try:
            return BlobStore.at(beside, key).copy_into(BlobStore(self.data_dir))
        except OSError as exc:
            raise StorageError(
                translate(
                    "Respaldos",
                    "La copia quedó restaurada, pero no se pudieron traer sus comprobantes "
                    "desde {folder}: {reason}.",
                ).format(folder=beside, reason=os_reason(exc))
            ) from exc

    def newest_verified(self) -> BackupFacts | None:
        """The newest backup of this office in ``respaldos`` that passes the full check."""
        return newest_verified_backup(self.data_dir)

    def inspect(self, file: Path, key: bytes | None = None) -> BackupFacts:
        return inspect_backup(file, key if key is not None else key_for(self.data_dir))

    def restore(
        self, file: Path, *, lock: DataFolderLock | None = None, key: bytes | None = None
    ) -> RestoreResult:
        """Put the backup ``file`` in place of the database; the current one is kept aside.

        ``lock``: the folder's lock, already held by the caller (the window); without it the
        lock is taken here, and :class:`DataFolderInUse` says the window has the folder open.
        ``key``: the key of a backup encrypted elsewhere (:class:`BackupNeedsKey` without it;
        open it with :func:`backup_vault`).
        """
        names = self._comuna_names()
        if lock is not None and lock.held:
            done = restore_backup(self.data_dir, file, comuna_name=names, key=key)
        else:
            with DataFolderLock(self.data_dir):
                done = restore_backup(self.data_dir, file, comuna_name=names, key=key)
        if done.facts.key is not None:
            _restored_with[file.resolve()] = done.facts.key
        return done

    def _comuna_names(self) -> dict[str, str]:
        territory = self._territory or Territory.default()
        return {c.code: c.name for c in territory.comunas}
