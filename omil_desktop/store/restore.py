"""Going back to a backup: verify it, keep the current database aside, put the copy in place.

Nothing is half-done: the backup is checked whole first (``integrity_check``, an OMIL Desktop
database, not from a newer program, of this office), a copy of it is prepared beside the
database, and only then is the current file (with its ``-wal``/``-shm``) moved to ``apartadas/``
— never deleted — and the prepared copy renamed into its place. If a step fails, what was
moved goes back.

The caller holds the data folder's lock (``lock.py``): no other program has the file open.

Encrypted folders and backups (store/vault.py) — a backup restores only with its key:

- a backup of this folder opens with the folder's key (unlocked in this process);
- a backup encrypted with another key (another PC, another data folder) is refused with
  :class:`BackupNeedsKey` until the caller gives its key, opened with a password or the recovery
  key of the key file beside it (:func:`backup_vault`); it is then re-encrypted with this
  folder's key (and a backup of another office is refused as always);
- restored into a folder that is not encrypted (a new PC), an encrypted backup brings its key
  file along: the folder becomes encrypted with it (and what was plain in it is encrypted);
- a plain backup (from before encryption) restored into an encrypted folder is encrypted with
  the folder's key on the way in.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from omil_desktop.domain.texts import translate
from omil_desktop.store.backup import (
    backup_files,
    copy_database,
    fsync_file,
    keys_beside,
    parse_backup_name,
)
from omil_desktop.store.engine import database_path
from omil_desktop.store.errors import DATABASE_ERRORS, StorageError, explain
from omil_desktop.store.integrity import (
    DatabaseDamaged,
    WrongKey,
    clear_damage_mark,
    damage_marker,
    has_sqlite_header,
    integrity_check,
    open_read_only,
    opens,
)
from omil_desktop.store.permissions import private_dir, private_file
from omil_desktop.store.vault import (
    Vault,
    VaultError,
    WrongPassword,
    connect,
    key_for,
    remember,
)

ASIDE_DIRNAME = "apartadas"
"""Databases replaced by a restore, kept (never deleted by the program)."""
SEQUENCE_MARGIN = 1_000_000
"""When the replaced database cannot be read, the change sequence of the restored copy jumps
this far past the highest one known, so the regional server (which refuses a device's change
numbers that go back) keeps accepting the office's changes."""
_COMPANIONS = ("-wal", "-shm", "-journal")
_UNREADABLE: tuple[type[Exception], ...] = (*DATABASE_ERRORS, WrongKey)


class BackupRefused(StorageError):
    """The file cannot be restored; nothing was changed."""


class BackupNeedsKey(BackupRefused):
    """The backup is encrypted and the key at hand (if any) does not open it: the caller asks
    for a password (or the recovery key) of the key file beside it (:func:`backup_vault`) and
    tries again with that key. Nothing was changed."""

    def __init__(self, path: Path, *, other_key: bool) -> None:
        beside = keys_beside(path)
        if other_key:
            text = translate(
                "store.restore",
                "La copia {name} está cifrada con la llave de otro equipo o de otra carpeta de "
                "datos, no con la de esta. Para restaurarla se necesita la contraseña de un(a) "
                "funcionario(a) de la oficina que la hizo, o su clave de recuperación",
            ).format(name=path.name)
        else:
            text = translate(
                "store.restore",
                "La copia {name} está cifrada. Para restaurarla se necesita la contraseña de "
                "un(a) funcionario(a) de la oficina que la hizo, o su clave de recuperación",
            ).format(name=path.name)
        if beside.is_file():
            text += translate(
                "store.restore", ", con el archivo de llaves {name} que está junto a ella."
            ).format(name=beside.name)
        else:
            text += translate(
                "store.restore",
                ", y el archivo de llaves {name} que la acompañaba, que no está junto a ella: "
                "cópielo a la misma carpeta que la copia.",
            ).format(name=beside.name)
        super().__init__(text + translate("store.restore", " No se cambió nada."))
        self.path = path
        self.key_file = beside if beside.is_file() else None


@dataclass(frozen=True)
class BackupFacts:
    """What a verified backup holds."""

    path: Path
    revision: str
    comuna_code: str | None
    people: int | None
    change_seq: int | None
    taken_at: datetime
    key: bytes | None = field(default=None, repr=False)
    """The key that opens the backup (None: a plain backup)."""


@dataclass(frozen=True)
class RestoreResult:
    facts: BackupFacts
    aside: Path | None
    """Where the replaced database went (None: there was none)."""


def backup_vault(backup: Path) -> Vault:
    """The key file beside an encrypted backup, to open with a password
    (``.unlock(username, password)``) or the recovery key (``.unlock_with_recovery``);
    :class:`BackupRefused` when it is missing or damaged."""
    beside = keys_beside(backup)
    if not beside.is_file():
        raise BackupNeedsKey(backup, other_key=False)
    try:
        return Vault.read(beside)
    except VaultError as exc:
        raise BackupRefused(
            translate("store.restore", "{exc} No se cambió nada.").format(exc=exc)
        ) from exc


def unlock_backup(backup: Path, password: str, username: str | None = None) -> bytes:
    """The key of an encrypted backup, opened with ``username``'s password from the key file
    beside it (without a username: every account's in turn, as a script giving only
    ``OMIL_DESKTOP_PASSWORD`` does); :class:`~omil_desktop.store.vault.WrongPassword` when
    none opens it."""
    keys = backup_vault(backup)
    for name in [username] if username is not None else keys.usernames:
        try:
            return keys.unlock(name, password)
        except WrongPassword:
            continue
    raise WrongPassword(
        translate(
            "store.restore",
            "La contraseña no abre la copia {name}: debe ser la de un(a) funcionario(a) de la "
            "oficina que la hizo, tal como era ese día (o use la clave de recuperación).",
        ).format(name=backup.name)
    )


def _read_facts(
    path: Path, key: bytes | None = None
) -> tuple[str | None, str | None, int | None, int | None]:
    """(revision, comuna, people, change sequence) read without writing; raises
    DATABASE_ERRORS (or WrongKey)."""
    conn = open_read_only(path, key)
    if key is not None:
        opens(conn, path)
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


def inspect_backup(path: Path, key: bytes | None = None) -> BackupFacts:
    """The facts of a sound OMIL Desktop backup; :class:`BackupRefused` (Spanish) otherwise.

    ``key`` opens an encrypted backup (a plain one needs none);
    :class:`BackupNeedsKey` when it is missing or does not open it."""
    from omil_desktop.store.migrate import known_revisions  # alembic: only when restoring

    if not path.is_file():
        raise BackupRefused(
            translate("store.restore", "No se encuentra el archivo {path}.").format(path=path)
        )
    if has_sqlite_header(path):
        key = None
    elif key is None:
        if keys_beside(path).is_file():
            raise BackupNeedsKey(path, other_key=False)
        raise BackupRefused(
            translate(
                "store.restore",
                "El archivo {name} no es una base de datos SQLite: o es una copia cifrada y su "
                "archivo de llaves {name2} no está junto a ella (cópielo a la misma carpeta que "
                "la copia), o no es una copia de respaldo de OMIL Desktop. No se cambió nada.",
            ).format(name=path.name, name2=keys_beside(path).name)
        )
    try:
        integrity_check(path, key=key)
        revision, comuna, people, seq = _read_facts(path, key)
    except WrongKey as exc:
        raise BackupNeedsKey(path, other_key=True) from exc
    except DatabaseDamaged as exc:
        raise BackupRefused(
            translate(
                "store.restore",
                "La copia {name} está dañada (no pasó la revisión de integridad); no se usó. "
                "Elija otra copia, por ejemplo una anterior.",
            ).format(name=path.name)
        ) from exc
    except DATABASE_ERRORS as exc:
        raise BackupRefused(
            translate("store.restore", "No se pudo leer la copia {name}: {explain}").format(
                name=path.name, explain=explain(exc)
            )
        ) from exc
    if revision is None:
        raise BackupRefused(
            translate(
                "store.restore",
                "El archivo {name} no es una copia de respaldo de OMIL Desktop. Elija un archivo "
                "de la carpeta «respaldos».",
            ).format(name=path.name)
        )
    if revision not in known_revisions(path):
        raise BackupRefused(
            translate(
                "store.restore",
                "La copia {name} fue hecha por una versión más nueva de OMIL Desktop y esta "
                "versión no puede usarla. Actualice el programa; no se cambió nada.",
            ).format(name=path.name)
        )
    parsed = parse_backup_name(path)
    taken_at = (
        parsed.taken_at if parsed is not None else datetime.fromtimestamp(path.stat().st_mtime)
    )
    return BackupFacts(path, revision, comuna, people, seq, taken_at, key)


def newest_verified_backup(data_dir: Path) -> BackupFacts | None:
    """The newest backup in ``respaldos`` that passes :func:`inspect_backup` (of this office,
    opened with its key when the folder is encrypted)."""
    office = folder_office(data_dir)
    key = key_for(data_dir)
    for backup in backup_files(database_path(data_dir)):
        try:
            facts = inspect_backup(backup.path, key)
        except BackupRefused:
            continue
        if office is None or facts.comuna_code in (None, office):
            return facts
    return None


def _readable(
    path: Path, key: bytes | None = None
) -> tuple[str | None, str | None, int | None, int | None] | None:
    """The facts of ``path`` (plain, or encrypted with ``key``); None when it cannot be read."""
    plain = has_sqlite_header(path)
    if not plain and key is None:
        return None
    try:
        return _read_facts(path, None if plain else key)
    except _UNREADABLE:
        return None


def folder_office(data_dir: Path) -> str | None:
    """The comuna of the office of this folder: from its database, else from its backups."""
    key = key_for(data_dir)
    current = _readable(database_path(data_dir), key)
    if current is not None and current[1] is not None:
        return current[1]
    for backup in backup_files(database_path(data_dir)):
        facts = _readable(backup.path, key)
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
    key: bytes | None = None,
) -> RestoreResult:
    """Put the backup ``backup`` in place of the folder's database (see the module doc).

    ``comuna_name`` names comunas in the "another office" refusal (CUT code → name). ``key``
    opens an encrypted backup made with another key (default: the folder's own key);
    :class:`BackupNeedsKey` when the backup is encrypted and no key at hand opens it.
    """
    target = database_path(data_dir)
    folder_key = key_for(data_dir)
    with contextlib.suppress(OSError):
        if target.exists() and backup.resolve().samefile(target):
            raise BackupRefused(
                translate(
                    "store.restore",
                    "Ese archivo es la base de datos en uso; elija una copia de la carpeta "
                    "«respaldos».",
                )
            )
    facts = inspect_backup(backup, key if key is not None else folder_key)
    adopt_keys = folder_key is None and facts.key is not None
    """A folder not encrypted takes the backup's key file: it becomes encrypted with it."""
    target_key = facts.key if adopt_keys else folder_key
    keys = _keys_to_adopt(data_dir, backup, facts) if adopt_keys else None
    office = folder_office(data_dir)
    if office is not None and facts.comuna_code is not None and facts.comuna_code != office:
        names = comuna_name or {}
        raise BackupRefused(
            translate(
                "store.restore",
                "La copia {name} es de otra oficina (OMIL {get}) y esta carpeta de datos es de la "
                "OMIL {get2}; no se restauró. Elija una copia de esta oficina.",
            ).format(
                name=backup.name,
                get=names.get(facts.comuna_code, facts.comuna_code),
                get2=names.get(office, office),
            )
        )
    moment = now or datetime.now()
    staged = data_dir / f".{target.name}.restaurando"
    for leftover in (staged, *_companions(staged)):
        leftover.unlink(missing_ok=True)
    try:
        copy_database(backup, staged, key=facts.key, target_key=target_key)
        _carry_sequence(staged, target, facts, target_key, folder_key)
        _ask_for_a_whole_copy(staged, target_key)
        integrity_check(staged, key=target_key)
        private_file(staged)
        fsync_file(staged)
        if keys is not None:  # the key file first: the encrypted file never stands without it
            assert target_key is not None
            keys.save()
            remember(data_dir, target_key)
    except BaseException as exc:
        for leftover in (staged, *_companions(staged)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, (OSError, *DATABASE_ERRORS)):
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
    if keys is not None and target_key is not None:
        # What stayed plain in the folder (the database set aside, older backups, receipts)
        # is encrypted with the key the folder just took.
        from omil_desktop.store.encrypt import encrypt_in_place

        encrypt_in_place(data_dir, target_key)
    return RestoreResult(facts, aside)


def _keys_to_adopt(data_dir: Path, backup: Path, facts: BackupFacts) -> Vault:
    """The key file beside ``backup``, to become ``data_dir``'s; it must wrap the backup's
    key."""
    vault = backup_vault(backup)
    vault.data_dir = data_dir
    if facts.key is None or not vault.fits(facts.key):
        raise BackupRefused(
            translate(
                "store.restore",
                "El archivo de llaves {name} no es el de la copia {name2}; no se restauró. Ponga "
                "junto a la copia su propio archivo de llaves.",
            ).format(name=keys_beside(backup).name, name2=backup.name)
        )
    return vault


def _ask_for_a_whole_copy(staged: Path, key: bytes | None = None) -> None:
    """An enrolled office's next sync takes a whole copy of its records from the regional server
    (docs/sync-protocol.md §7): what it synced after the backup comes back, since a device is never
    sent its own changes."""
    conn = connect(staged, key)
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


def _carry_sequence(
    staged: Path,
    current: Path,
    facts: BackupFacts,
    key: bytes | None = None,
    folder_key: bytes | None = None,
) -> None:
    """Keep the change numbers growing past every number the regional server may have seen
    (``key`` opens ``staged``; ``folder_key`` the folder's database and backups)."""
    conn = connect(staged, key)
    try:
        row = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type='table' AND name='change_log'"
        ).fetchone()
        if row is None or "AUTOINCREMENT" not in (row[0] or "").upper():
            return  # before schema 0004 there was no sync, hence no number the server saw
        known = _readable(current, folder_key) if current.exists() else None
        if known is not None:
            floor = known[3] or 0
        else:
            seen = [facts.change_seq or 0]
            for backup in backup_files(current):
                other = _readable(backup.path, folder_key)
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
    private_dir(folder)
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
    return (
        data_dir
        / ASIDE_DIRNAME
        / translate("store.restore", "{stem}-{stamp}-antes-de-restaurar.sqlite3").format(
            stem=target.stem, stamp=stamp
        )
    )


def _put_back(aside: Path, target: Path) -> None:
    for suffix in ("", *_COMPANIONS):
        moved = aside.with_name(aside.name + suffix)
        if moved.exists():
            with contextlib.suppress(OSError):
                os.replace(moved, target.with_name(target.name + suffix))
