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
from omil_desktop.store.backup import (
    DAILY,
    MANUAL,
    BackupCancelled,
    BackupFailed,
    backups_dir,
    daily_backup_due,
    make_backup,
    periodic_backup,
)
from omil_desktop.store.blobs import BlobStore
from omil_desktop.store.engine import database_path
from omil_desktop.store.errors import StorageError
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
    "BackupFacts",
    "BackupFailed",
    "BackupNeedsKey",
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


class Backups:
    """Backups of one data folder."""

    def __init__(self, data_dir: Path, territory: Territory | None = None) -> None:
        self.data_dir = data_dir
        self._territory = territory

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
        """Finish a start-up check cut short by its time budget, then the day's backup if due.

        A database found damaged is marked so (the next start refuses it and offers the newest
        sound backup) and no backup is taken of it. Raises :class:`BackupCancelled` when
        ``should_stop`` asks to stop (the window is closing).
        """
        path = database_path(self.data_dir)
        moment = now or datetime.now()
        try:
            if check is CheckResult.PARTIAL:
                quick_check(path, key=key_for(self.data_dir), should_stop=should_stop)
            if not daily_backup_due(path, moment.date()):
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
        return AfterStart(backup=target)

    def make(self, target: Path | None = None, *, now: datetime | None = None) -> BackupFacts:
        """A verified backup now: into ``respaldos`` (rotated with the daily ones) or ``target``.

        Raises :class:`DatabaseDamaged` (the database itself fails the check) or
        :class:`StorageError`.
        """
        path = database_path(self.data_dir)
        if not path.exists() or path.stat().st_size == 0:
            raise StorageError(
                f"No hay base de datos que respaldar en {self.data_dir}: la oficina aún no está "
                "configurada ahí."
            )
        try:
            if target is None:
                made = periodic_backup(self.data_dir, MANUAL, now=now)
            else:
                made = make_backup(path, MANUAL, target=target, now=now)
        except DatabaseDamaged as exc:  # the full check of the copy is the database's own
            mark_damaged(self.data_dir, exc.detail, now)
            raise
        return inspect_backup(made, key_for(self.data_dir))

    @staticmethod
    def receipts_beside(backup: Path) -> Path:
        """Where a backup written outside the data folder keeps the scanned receipts:
        ``copia.sqlite3`` → ``copia.comprobantes``."""
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
                f"La base de datos quedó respaldada, pero no se pudieron copiar los comprobantes "
                f"junto a ella: {os_reason(exc)}."
            ) from exc

    def take_receipts_from(self, backup: Path, key: bytes | None = None) -> int:
        """After restoring ``backup``, bring into the data folder the receipts kept beside it
        that are not here (each checked against its hash); returns how many. ``key`` opens
        them (default: the key the backup was restored with, else the folder's)."""
        beside = self.receipts_beside(backup)
        if not beside.is_dir():
            return 0
        if key is None:
            key = _restored_with.get(backup.resolve()) or key_for(self.data_dir)
        try:
            return BlobStore.at(beside, key).copy_into(BlobStore(self.data_dir))
        except OSError as exc:
            raise StorageError(
                f"La copia quedó restaurada, pero no se pudieron traer sus comprobantes desde "
                f"{beside}: {os_reason(exc)}."
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
