"""Copies of the database file, made with SQLite's online backup API and verified.

Every copy is written under a temporary name (``.….parcial``), checked with ``PRAGMA
integrity_check`` and only then given its final name in ``respaldos/``: a failed or partial copy
never counts as a backup, and nothing old is deleted unless the new copy is sound.

Kinds, by the label at the end of the name ``omil-AAAAMMDD-HHMMSS-ffffff-LABEL.sqlite3``:

- ``diario`` (the first start of each day, automatic) and ``manual`` (``omil-desktop backup``):
  the newest of each of the last :data:`KEEP_DAILY` days and of each of the last
  :data:`KEEP_WEEKLY` weeks are kept;
- ``antes-de-migrar-desde-…``: taken before a schema migration, the newest
  :data:`KEEP_BACKUPS` are kept.

In an encrypted data folder (store/vault.py) every copy is encrypted with the folder's key (the
backup API re-encrypts page by page; nothing plain is written) and carries a copy of the
folder's key file beside it, ``….llaves``: it holds the key only wrapped under the officers'
passwords and the recovery key, so the copy can be restored on another PC (or after the folder
is lost) with a password or the recovery key of the office, and by nobody else.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from omil_desktop.domain.texts import translate
from omil_desktop.store.engine import database_path
from omil_desktop.store.errors import DATABASE_ERRORS, StorageError, explain
from omil_desktop.store.integrity import (
    BACKUP_DIRNAME,
    DatabaseDamaged,
    Stopped,
    integrity_check,
    open_read_only,
)
from omil_desktop.store.permissions import private_dir, private_file
from omil_desktop.store.vault import KEYS_FILENAME, connect, connect_uri, key_for

KEEP_BACKUPS = 5
"""Backups taken before a migration that are kept."""
KEEP_DAILY = 7
KEEP_WEEKLY = 4
DAILY = "diario"
MANUAL = "manual"
PERIODIC_LABELS = (DAILY, MANUAL)
PARTIAL_SUFFIX = ".parcial"
_STEP_PAGES = 1024
"""Pages copied per step of the backup API: a stop request is honoured between two steps."""

KEYS_SUFFIX = ".llaves"
"""The copy of the folder's key file beside an encrypted backup: ``X.sqlite3`` → ``X.llaves``."""
_SAME = b"same"
_FILE_OR_DATABASE_ERRORS: tuple[type[Exception], ...] = (OSError, *DATABASE_ERRORS)

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<label>[a-z0-9-]+)\.sqlite3$")

__all__ = ["BACKUP_DIRNAME"]


class BackupFailed(StorageError):
    """No sound copy could be made; every earlier backup is as it was."""


BackupCancelled = Stopped
"""The program is closing: the copy under way was dropped (and never counted)."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    label: str

    @property
    def periodic(self) -> bool:
        return self.label in PERIODIC_LABELS


def backups_dir(source: Path) -> Path:
    return source.parent / BACKUP_DIRNAME


def parse_backup_name(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    return BackupFile(path, taken_at, match["label"])


def list_backups(source: Path) -> list[Path]:
    """Backups of ``source`` in ``respaldos``, newest first (partial copies are not backups)."""
    return [b.path for b in backup_files(source)]


def backup_files(source: Path, folder: Path | None = None) -> list[BackupFile]:
    """Backups of ``source`` in ``folder`` (default: ``respaldos``), newest first."""
    folder = folder if folder is not None else backups_dir(source)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{source.stem}-*.sqlite3"):
        parsed = parse_backup_name(path)
        if parsed is not None and parsed.path.name.startswith(f"{source.stem}-"):
            found.append(parsed)
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def copy_database(
    source: Path,
    target: Path,
    *,
    should_stop: Callable[[], bool] | None = None,
    key: bytes | None = None,
    target_key: bytes | None = _SAME,
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """A consistent copy of ``source`` at ``target`` (which must not exist) via the backup API.

    The source is read through a read-only connection: committed pages still in its WAL are
    included, and the officer can go on writing meanwhile. The copy is a self-contained file
    (rollback journal, no ``-wal`` beside it). Raises :class:`BackupCancelled` when
    ``should_stop`` says so between two steps, removing the unfinished copy.

    ``on_progress(pages copied, pages in all)`` is told after each step.

    ``key`` opens ``source`` (None: plain SQLite); the copy is encrypted with ``target_key``
    (default: the same key). A plain source becomes an encrypted copy through
    ``sqlcipher_export``; an encrypted one never becomes a plain copy.
    """
    target_key = key if target_key is _SAME else target_key
    if key is not None and target_key is None:
        raise ValueError("an encrypted database is never copied unencrypted")

    def progress(_status: int, remaining: int, total: int) -> None:
        if should_stop is not None and should_stop():
            raise BackupCancelled
        if on_progress is not None:
            on_progress(total - remaining, total)

    if key is None and target_key is not None:
        try:
            export_encrypted(source, target, target_key)
        except BaseException:
            _remove_with_journal(target)
            raise
        return
    uri = f"{source.resolve().as_uri()}?mode=ro"
    src = connect_uri(uri, key) if key is not None else sqlite3.connect(uri, uri=True)
    try:
        dst = connect(target, target_key)
        try:
            src.backup(dst, pages=_STEP_PAGES, progress=progress)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    except BaseException:
        _remove_with_journal(target)
        raise
    finally:
        src.close()


def export_encrypted(source: Path, target: Path, key: bytes) -> None:
    """An encrypted copy (with ``key``) of the plain database ``source`` at ``target`` (which
    must not exist), through SQLCipher's ``sqlcipher_export``; ``source`` is only read."""
    from omil_desktop.store.vault import pragma_key

    conn = connect(source, None, readonly=True, sqlcipher=True)
    try:
        attach_key = pragma_key(key).removeprefix("PRAGMA key = ")
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {attach_key}", (str(target),))
        # The copy is a new file, verified and flushed to disk as a whole before it counts:
        # no journal and no syncs while it is written.
        conn.execute("PRAGMA encrypted.journal_mode = OFF")
        conn.execute("PRAGMA encrypted.synchronous = OFF")
        conn.execute("PRAGMA encrypted.cache_size = -65536")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def _remove_with_journal(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def make_backup(
    source: Path,
    label: str,
    *,
    target: Path | None = None,
    now: datetime | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Path:
    """A verified copy of ``source``: in ``respaldos`` with ``label``, or at ``target``.

    Raises :class:`DatabaseDamaged` when the copy (hence the database) fails
    ``integrity_check``, :class:`BackupFailed`/:class:`StorageError` when it could not be
    written (disk full…), :class:`BackupCancelled`. In every failure the unfinished copy is
    removed and earlier backups are untouched.
    """
    moment = now or datetime.now()
    if target is None:
        folder = backups_dir(source)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            private_dir(folder)
        except OSError as exc:
            raise BackupFailed(
                translate(
                    "Respaldos",
                    "No se pudo crear la carpeta de copias de respaldo {folder}. Revise que se "
                    "pueda escribir en la carpeta de datos.",
                ).format(folder=folder)
            ) from exc
        _remove_stale_partials(folder)
        stamp = moment.strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{source.stem}-{stamp}-{label}.sqlite3"
    elif target.exists():
        raise BackupFailed(
            translate(
                "Respaldos", "Ya existe un archivo {file}; elija otro nombre para la copia."
            ).format(file=target)
        )
    partial = target.with_name("." + target.name + PARTIAL_SUFFIX)
    _remove_with_journal(partial)
    key = key_for(source.parent)
    try:
        copy_database(source, partial, should_stop=should_stop, key=key, on_progress=on_progress)
        integrity_check(partial, key=key, should_stop=should_stop)
        _require_omil_tables(partial, key)
        private_file(partial)
        fsync_file(partial)
        if key is not None:  # the key file first: an encrypted copy never stands without it
            copy_keys_beside(source.parent, target)
        os.replace(partial, target)
    except DatabaseDamaged as exc:
        _remove_with_journal(partial)
        raise DatabaseDamaged(source, exc.detail) from exc
    except (BackupCancelled, StorageError):
        _remove_with_journal(partial)
        raise
    except _FILE_OR_DATABASE_ERRORS as exc:
        _remove_with_journal(partial)
        raise explain(exc, source.parent) from exc
    return target


def keys_beside(backup: Path) -> Path:
    """Where the copy of the key file of an encrypted backup is."""
    return backup.with_suffix(KEYS_SUFFIX)


def copy_keys_beside(data_dir: Path, backup: Path) -> Path:
    """Put a copy of ``data_dir``'s key file beside ``backup`` (whole, under a temporary name
    first, readable only by the user)."""
    target = keys_beside(backup)
    partial = target.with_name("." + target.name + PARTIAL_SUFFIX)
    try:
        shutil.copyfile(data_dir / KEYS_FILENAME, partial)
        private_file(partial)
        fsync_file(partial)
        os.replace(partial, target)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return target


def remove_backup(path: Path) -> None:
    """Delete a backup and the copy of the key file beside it."""
    path.unlink(missing_ok=True)
    keys_beside(path).unlink(missing_ok=True)


def _require_omil_tables(path: Path, key: bytes | None = None) -> None:
    conn = open_read_only(path, key)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    if "alembic_version" not in names:
        raise BackupFailed(
            translate("Respaldos", "La base de datos no es de OMIL Desktop; no se copió.")
        )


def _remove_stale_partials(folder: Path) -> None:
    """Copies left unfinished by a process that died mid-way never count, and go."""
    for leftover in folder.glob(f".*{PARTIAL_SUFFIX}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def backup_database(source: Path, label: str, keep: int = KEEP_BACKUPS) -> Path:
    """A verified copy taken before a migration; only the newest ``keep`` such copies stay."""
    target = make_backup(source, label)
    for old in [b.path for b in backup_files(source) if not b.periodic][keep:]:
        remove_backup(old)
    return target


def daily_backup_due(source: Path, today: date) -> bool:
    """True when no periodic backup of ``source`` was taken on ``today``."""
    return periodic_backup_due(source, today, 1)


def periodic_backup_due(source: Path, today: date, days: int) -> bool:
    """True when no periodic backup of ``source`` was taken in the ``days`` days ending
    ``today`` (1: today; 7: this day or the six before it)."""
    return not any(
        b.periodic and 0 <= (today - b.taken_at.date()).days < days for b in backup_files(source)
    )


def backups_to_keep(backups: list[BackupFile], daily: int, weekly: int) -> set[Path]:
    """The newest backup of each of the last ``daily`` days and of the last ``weekly`` ISO
    weeks that have one."""
    keep: set[Path] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        day = backup.taken_at.date()
        week = day.isocalendar()[:2]
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            keep.add(backup.path)
    return keep


def rotate(
    source: Path,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    *,
    just_made: Path | None = None,
    folder: Path | None = None,
) -> list[Path]:
    """Delete the periodic backups that the daily/weekly scheme no longer keeps; return them.

    ``just_made`` always stays, even when a wrong clock dates it before the others. ``folder``:
    where the backups are (default: ``respaldos``; the extra folder of a USB stick too).
    """
    periodic = [b for b in backup_files(source, folder) if b.periodic]
    keep = backups_to_keep(periodic, daily, weekly)
    if just_made is not None:
        keep.add(just_made)
    removed = []
    for backup in periodic:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                remove_backup(backup.path)
                removed.append(backup.path)
    return removed


def periodic_backup(
    data_dir: Path,
    label: str = DAILY,
    *,
    now: datetime | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Path:
    """A verified periodic backup of the folder's database, then the rotation (only then)."""
    source = database_path(data_dir)
    target = make_backup(source, label, now=now, should_stop=should_stop, on_progress=on_progress)
    rotate(source, just_made=target)
    return target


def copy_backup_to(backup: Path, folder: Path) -> Path:
    """A copy of the verified ``backup`` (and of its key file, first, when there is one) in
    ``folder``, under the same name: written under a temporary name, flushed, then renamed, so
    a copy cut short (a USB stick pulled out) never counts. Raises OSError."""
    target = folder / backup.name
    keys = keys_beside(backup)
    if keys.is_file():
        _copy_whole(keys, keys_beside(target))
    _copy_whole(backup, target)
    return target


def _copy_whole(source: Path, target: Path) -> None:
    partial = target.with_name("." + target.name + PARTIAL_SUFFIX)
    try:
        shutil.copyfile(source, partial)
        with contextlib.suppress(OSError):  # a FAT stick has no permissions to set
            private_file(partial)
        fsync_file(partial)
        os.replace(partial, target)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


RECORD_TABLES = (
    "person",
    "attention",
    "company",
    "vacancy",
    "referral",
    "placement",
    "workshop",
    "job_fair",
    "expense",
)
"""The tables whose records a backup's preview counts (those kept in use, not deleted)."""


def count_records(path: Path, key: bytes | None = None) -> dict[str, int]:
    """How many records of each of :data:`RECORD_TABLES` the database ``path`` holds (a table
    it does not have is left out; rows marked deleted are not counted), read without writing."""
    conn = open_read_only(path, key)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts: dict[str, int] = {}
        for table in RECORD_TABLES:
            if table not in tables:
                continue
            columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
            counts[table] = conn.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0]
        return counts
    finally:
        conn.close()
