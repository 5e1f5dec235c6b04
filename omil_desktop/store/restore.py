"""Going back to a backup: verify it, keep the current database aside, put the copy in place.

Nothing is half-done: the backup is checked whole first (``integrity_check``, an OMIL Desktop
database, not from a newer program, of this office), a copy of it is prepared beside the
database, and only then is the current file (with its ``-wal``/``-shm``) moved to ``apartadas/``
— never deleted — and the prepared copy renamed into its place. If a step fails, what was
moved goes back.

The caller holds the data folder's lock (``lock.py``): no other program has the file open.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from omil_desktop.store.backup import (
    backup_files,
    copy_database,
    fsync_file,
    parse_backup_name,
)
from omil_desktop.store.engine import database_path
from omil_desktop.store.errors import StorageError, explain
from omil_desktop.store.integrity import (
    DatabaseDamaged,
    clear_damage_mark,
    damage_marker,
    has_sqlite_header,
    integrity_check,
    open_read_only,
)

ASIDE_DIRNAME = "apartadas"
"""Databases replaced by a restore, kept (never deleted by the program)."""
SEQUENCE_MARGIN = 1_000_000
"""When the replaced database cannot be read, the change sequence of the restored copy jumps
this far past the highest one known, so the regional server (which refuses a device's change
numbers that go back) keeps accepting the office's changes."""
_COMPANIONS = ("-wal", "-shm", "-journal")


class BackupRefused(StorageError):
    """The file cannot be restored; nothing was changed."""


@dataclass(frozen=True)
class BackupFacts:
    """What a verified backup holds."""

    path: Path
    revision: str
    comuna_code: str | None
    people: int | None
    change_seq: int | None
    taken_at: datetime


@dataclass(frozen=True)
class RestoreResult:
    facts: BackupFacts
    aside: Path | None
    """Where the replaced database went (None: there was none)."""


def _read_facts(path: Path) -> tuple[str | None, str | None, int | None, int | None]:
    """(revision, comuna, people, change sequence) read without writing; raises sqlite3.Error."""
    conn = open_read_only(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        comuna = None
        if "office" in tables:
            row = conn.execute("SELECT comuna_code FROM office LIMIT 1").fetchone()
            comuna = row[0] if row else None
        people = None
        if "person" in tables:
            people = conn.execute(
                "SELECT count(*) FROM person WHERE deleted_at IS NULL"
            ).fetchone()[0]
        seq = None
        if "sqlite_sequence" in tables:
            row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name='change_log'").fetchone()
            seq = row[0] if row else None
        return revision, comuna, people, seq
    finally:
        conn.close()


def inspect_backup(path: Path) -> BackupFacts:
    """The facts of a sound OMIL Desktop backup; :class:`BackupRefused` (Spanish) otherwise."""
    from omil_desktop.store.migrate import known_revisions  # alembic: only when restoring

    if not path.is_file():
        raise BackupRefused(f"No se encuentra el archivo {path}.")
    if not has_sqlite_header(path):
        raise BackupRefused(
            f"El archivo {path.name} no es una copia de respaldo de OMIL Desktop (no es una base "
            "de datos SQLite). Elija un archivo de la carpeta «respaldos»."
        )
    try:
        integrity_check(path)
        revision, comuna, people, seq = _read_facts(path)
    except DatabaseDamaged as exc:
        raise BackupRefused(
            f"La copia {path.name} está dañada (no pasó la revisión de integridad); no se usó. "
            "Elija otra copia, por ejemplo una anterior."
        ) from exc
    except sqlite3.Error as exc:
        raise BackupRefused(f"No se pudo leer la copia {path.name}: {explain(exc)}") from exc
    if revision is None:
        raise BackupRefused(
            f"El archivo {path.name} no es una copia de respaldo de OMIL Desktop. Elija un "
            "archivo de la carpeta «respaldos»."
        )
    if revision not in known_revisions(path):
        raise BackupRefused(
            f"La copia {path.name} fue hecha por una versión más nueva de OMIL Desktop y esta "
            "versión no puede usarla. Actualice el programa; no se cambió nada."
        )
    parsed = parse_backup_name(path)
    taken_at = (
        parsed.taken_at if parsed is not None else datetime.fromtimestamp(path.stat().st_mtime)
    )
    return BackupFacts(path, revision, comuna, people, seq, taken_at)


def newest_verified_backup(data_dir: Path) -> BackupFacts | None:
    """The newest backup in ``respaldos`` that passes :func:`inspect_backup` (of this office)."""
    office = folder_office(data_dir)
    for backup in backup_files(database_path(data_dir)):
        try:
            facts = inspect_backup(backup.path)
        except BackupRefused:
            continue
        if office is None or facts.comuna_code in (None, office):
            return facts
    return None


def _readable(path: Path) -> tuple[str | None, str | None, int | None, int | None] | None:
    if not has_sqlite_header(path):
        return None
    try:
        return _read_facts(path)
    except sqlite3.Error:
        return None


def folder_office(data_dir: Path) -> str | None:
    """The comuna of the office of this folder: from its database, else from its backups."""
    current = _readable(database_path(data_dir))
    if current is not None and current[1] is not None:
        return current[1]
    for backup in backup_files(database_path(data_dir)):
        facts = _readable(backup.path)
        if facts is not None and facts[1] is not None:
            return facts[1]
    return None


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in _COMPANIONS]


def restore_backup(
    data_dir: Path,
    backup: Path,
    *,
    comuna_name: dict[str, str] | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Put the backup ``backup`` in place of the folder's database (see the module doc).

    ``comuna_name`` names comunas in the "another office" refusal (CUT code → name).
    """
    target = database_path(data_dir)
    with contextlib.suppress(OSError):
        if target.exists() and backup.resolve().samefile(target):
            raise BackupRefused(
                "Ese archivo es la base de datos en uso; elija una copia de la carpeta «respaldos»."
            )
    facts = inspect_backup(backup)
    office = folder_office(data_dir)
    if office is not None and facts.comuna_code is not None and facts.comuna_code != office:
        names = comuna_name or {}
        raise BackupRefused(
            f"La copia {backup.name} es de otra oficina (OMIL "
            f"{names.get(facts.comuna_code, facts.comuna_code)}) y esta carpeta de datos es de "
            f"la OMIL {names.get(office, office)}; no se restauró. Elija una copia de esta "
            "oficina."
        )
    moment = now or datetime.now()
    staged = data_dir / f".{target.name}.restaurando"
    for leftover in (staged, *_companions(staged)):
        leftover.unlink(missing_ok=True)
    try:
        copy_database(backup, staged)
        _carry_sequence(staged, target, facts)
        _ask_for_a_whole_copy(staged)
        integrity_check(staged)
        fsync_file(staged)
    except BaseException as exc:
        for leftover in (staged, *_companions(staged)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise explain(exc, data_dir) from exc
        raise

    aside = _set_aside(data_dir, target, moment)
    try:
        os.replace(staged, target)
    except OSError as exc:
        _put_back(_aside_name(data_dir, target, moment), target)
        staged.unlink(missing_ok=True)
        raise explain(exc, data_dir) from exc
    marker = damage_marker(data_dir)
    if aside is not None and marker.exists():
        with contextlib.suppress(OSError):
            os.replace(marker, aside.with_name(aside.name + ".danada.txt"))
    clear_damage_mark(data_dir)
    return RestoreResult(facts, aside)


def _ask_for_a_whole_copy(staged: Path) -> None:
    """An enrolled office's next sync takes a whole copy of its records from the regional server
    (docs/sync-protocol.md §7): what it synced after the backup comes back, since a device is never
    sent its own changes."""
    conn = sqlite3.connect(staged)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "sync_state" not in tables:
            return  # before schema 0004: never synced
        conn.execute(
            "UPDATE sync_state SET snapshot_at = 0, snapshot_after = NULL "
            "WHERE device_id IS NOT NULL"
        )
        conn.commit()
    finally:
        conn.close()


def _carry_sequence(staged: Path, current: Path, facts: BackupFacts) -> None:
    """Keep the change numbers growing past every number the regional server may have seen."""
    conn = sqlite3.connect(staged)
    try:
        row = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type='table' AND name='change_log'"
        ).fetchone()
        if row is None or "AUTOINCREMENT" not in (row[0] or "").upper():
            return  # before schema 0004 there was no sync, hence no number the server saw
        known = _readable(current) if current.exists() else None
        if known is not None:
            floor = known[3] or 0
        else:
            seen = [facts.change_seq or 0]
            for backup in backup_files(current):
                other = _readable(backup.path)
                if other is not None and other[3] is not None:
                    seen.append(other[3])
            floor = max(seen) + SEQUENCE_MARGIN
        have = conn.execute("SELECT seq FROM sqlite_sequence WHERE name='change_log'").fetchone()
        if have is None:
            conn.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES ('change_log', ?)", (floor,)
            )
        elif have[0] < floor:
            conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'change_log'", (floor,))
        conn.commit()
    finally:
        conn.close()


def _set_aside(data_dir: Path, target: Path, moment: datetime) -> Path | None:
    """Move the current database and its -wal/-shm to ``apartadas/``; None if there was no
    database. A -wal left without its database goes too: SQLite would replay it into the
    restored file."""
    present = [p for p in (target, *_companions(target)) if p.exists()]
    if not present:
        return None
    folder = data_dir / ASIDE_DIRNAME
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise explain(exc, data_dir) from exc
    aside = _aside_name(data_dir, target, moment)
    moved: list[tuple[Path, Path]] = []
    try:
        for path in present:
            destination = aside.with_name(aside.name + path.name[len(target.name) :])
            os.replace(path, destination)
            moved.append((destination, path))
    except OSError as exc:
        for destination, path in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(destination, path)
        raise explain(exc, data_dir) from exc
    return aside if target in present else None


def _aside_name(data_dir: Path, target: Path, moment: datetime) -> Path:
    stamp = moment.strftime("%Y%m%d-%H%M%S-%f")
    return data_dir / ASIDE_DIRNAME / f"{target.stem}-{stamp}-antes-de-restaurar.sqlite3"


def _put_back(aside: Path, target: Path) -> None:
    for suffix in ("", *_COMPANIONS):
        moved = aside.with_name(aside.name + suffix)
        if moved.exists():
            with contextlib.suppress(OSError):
                os.replace(moved, target.with_name(target.name + suffix))
