"""An unencrypted data folder (of a version before Ley 21.719) encrypted in place, safely.

Order (every step can be cut by a power cut or a kill; the next call resumes and finishes,
nothing is lost):

1. The key file must be saved first (``vault.Vault.create(...)`` then ``.save()``, or pass the
   vault here and it is saved before anything else): an encrypted file without its key file
   would be lost. The key must be the one the key file wraps.
2. A marker file :data:`MARKER_FILENAME` says a migration is under way (so
   :func:`needs_encryption` is True until the very end).
3. The database: its WAL is checkpointed into the file; ``sqlcipher_export`` writes an
   encrypted copy under a temporary name; the copy is verified (``integrity_check`` and the
   row count of every table against the plain file), flushed to disk, and only then renamed
   over the database; the old ``-wal``/``-shm`` go. Until the rename the plain file is whole
   and in use; after it, the encrypted one is.
4. Every plain backup in ``respaldos/`` (and every database set aside by a restore in
   ``apartadas/``) is replaced the same way by an encrypted copy with the key file beside it,
   so no plain copy of the data stays behind in the folder. A plain backup that fails its
   integrity check (which the program would refuse to restore anyway) is deleted.
5. Every plain receipt in ``comprobantes/`` is encrypted (each a whole new file renamed over
   the old one); the folder's files and sub-folders become readable only by the user.
6. The marker goes.

The caller holds the data folder's lock (store/lock.py). Blocks freed on the disk by the plain
files are not overwritten (no program can promise that on an SSD): see README «Cifrado».
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from omil_desktop.domain.texts import translate
from omil_desktop.store.backup import (
    PARTIAL_SUFFIX,
    copy_keys_beside,
    export_encrypted,
    fsync_file,
    keys_beside,
)
from omil_desktop.store.blobs import BLOBS_DIRNAME, BlobStore
from omil_desktop.store.engine import database_path
from omil_desktop.store.errors import DATABASE_ERRORS, StorageError, explain
from omil_desktop.store.integrity import (
    BACKUP_DIRNAME,
    DatabaseDamaged,
    integrity_check,
    open_read_only,
)
from omil_desktop.store.permissions import private_file, secure_folder
from omil_desktop.store.vault import (
    Vault,
    VaultError,
    is_encrypted_folder,
    is_plain_sqlite,
    keys_path,
    remember,
)

log = logging.getLogger(__name__)
_FILE_OR_DATABASE_ERRORS: tuple[type[Exception], ...] = (OSError, *DATABASE_ERRORS)

MARKER_FILENAME = "omil.cifrando"
"""Present while a folder is being encrypted (removed once everything is)."""
ASIDE_DIRNAME = "apartadas"
_COMPANIONS = ("-wal", "-shm", "-journal")

Progress = Callable[[str], None]
"""Told in Spanish what is being done (for a status line or the terminal)."""


class EncryptionFailed(StorageError):
    """The folder could not be encrypted now; what was plain is still whole (and in use)."""


def marker_path(data_dir: Path) -> Path:
    return data_dir / MARKER_FILENAME


def needs_encryption(data_dir: Path) -> bool:
    """Whether ``data_dir`` holds an unencrypted database, or an encryption left unfinished
    (a kill or a power cut mid-way). Cheap: looks at two files."""
    if marker_path(data_dir).exists():
        return True
    return is_plain_sqlite(database_path(data_dir))


def encrypt_in_place(
    data_dir: Path,
    key: bytes,
    *,
    vault: Vault | None = None,
    progress: Progress | None = None,
) -> None:
    """Encrypt the plain data folder ``data_dir`` with ``key`` (see the module doc); resumes
    an unfinished run. ``vault``: the new key file, saved here first when not saved yet.

    Afterwards ``key`` is remembered for the folder (``vault.remember``). Raises
    :class:`VaultError` when the folder's key file is missing or does not wrap ``key``, and
    :class:`EncryptionFailed`/:class:`StorageError` (Spanish) when a step fails: then what is
    still plain is whole, and the next call goes on from there.
    """
    say = progress or (lambda _text: None)
    if vault is not None and not is_encrypted_folder(data_dir):
        if not vault.fits(key):
            raise VaultError(
                translate(
                    "store.encrypt", "La llave no es la del archivo de llaves que se quiso guardar."
                )
            )
        vault.save()
    if not Vault.load(data_dir).fits(key):
        raise VaultError(
            translate(
                "store.encrypt",
                "El archivo de llaves {keys_path} no es el de esta llave; no se cifró nada.",
            ).format(keys_path=keys_path(data_dir))
        )
    private_file(keys_path(data_dir))
    marker = marker_path(data_dir)
    if not marker.exists():
        _write_marker(marker)
    try:
        say(translate("store.encrypt", "Cifrando la base de datos…"))
        _encrypt_database(data_dir, key)
        say(translate("store.encrypt", "Cifrando las copias de respaldo…"))
        copies = _encrypt_copies(data_dir, key)
        say(translate("store.encrypt", "Cifrando los comprobantes escaneados…"))
        receipts = _encrypt_receipts(data_dir, key)
    except _FILE_OR_DATABASE_ERRORS as exc:
        raise explain(exc, data_dir) from exc
    secure_folder(data_dir)
    marker.unlink(missing_ok=True)
    _fsync_dir(data_dir)
    remember(data_dir, key)
    log.info("Data folder encrypted: %d backups, %d receipts", copies, receipts)


def _write_marker(marker: Path) -> None:
    fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        file.write(
            translate(
                "store.encrypt",
                "OMIL Desktop está cifrando esta carpeta de datos. Si el programa se cerró antes "
                "de "
                "terminar, al abrirlo otra vez con su contraseña termina el trabajo: no borre "
                "nada.\n",
            )
        )
        file.flush()
        os.fsync(file.fileno())
    _fsync_dir(marker.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + s) for s in _COMPANIONS)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in sorted(names)}


def _encrypted_copy(plain: Path, partial: Path, key: bytes) -> None:
    """``plain`` exported encrypted to ``partial``, verified whole and flushed to disk."""
    _remove(partial)
    try:
        export_encrypted(plain, partial, key)
        integrity_check(partial, key=key)
        source = open_read_only(plain)
        try:
            expected = _row_counts(source)
        finally:
            source.close()
        copy = open_read_only(partial, key)
        try:
            found = _row_counts(copy)
        finally:
            copy.close()
        if found != expected:
            raise EncryptionFailed(
                translate(
                    "store.encrypt",
                    "La copia cifrada de la base de datos no tiene las mismas filas que la "
                    "original; "
                    "no se reemplazó nada. Intente de nuevo o pida ayuda a soporte.",
                )
            )
        private_file(partial)
        fsync_file(partial)
    except BaseException:
        _remove(partial)
        raise


def _encrypt_database(data_dir: Path, key: bytes) -> None:
    path = database_path(data_dir)
    partial = path.with_name(f".{path.name}.cifrando")
    _remove(path.with_name(f".{path.name}.restaurando"))  # a restore cut short: plain, unused
    if not is_plain_sqlite(path):
        _remove(partial)  # the rename was done (or there is no database): a leftover goes
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists() and _is_plain_companion(companion):
                companion.unlink()
        return
    conn = sqlite3.connect(path)
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy:
        raise EncryptionFailed(
            translate(
                "store.encrypt",
                "La base de datos está en uso por otro programa; ciérrelo y vuelva a intentarlo.",
            )
        )
    _encrypted_copy(path, partial, key)
    os.replace(partial, path)
    _fsync_dir(data_dir)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _is_plain_companion(companion: Path) -> bool:
    """A ``-wal``/``-shm`` left by the plain database (the encrypted one was never opened in
    WAL mode before the rename, so any present at this point are the plain file's)."""
    return companion.stat().st_size == 0 or companion.name.endswith("-shm")


def _encrypt_copies(data_dir: Path, key: bytes) -> int:
    done = 0
    for folder in (data_dir / BACKUP_DIRNAME, data_dir / ASIDE_DIRNAME):
        if not folder.is_dir():
            continue
        for leftover in folder.glob(f".*{PARTIAL_SUFFIX}*"):
            _remove(leftover)
        for copy in sorted(folder.glob("*.sqlite3")):
            if is_plain_sqlite(copy):
                try:
                    integrity_check(copy)
                except DatabaseDamaged:
                    # A damaged plain copy cannot be restored anyway; no plain data stays.
                    log.warning("A damaged unencrypted backup was deleted while encrypting")
                    _remove(copy)
                    continue
                partial = copy.with_name(f".{copy.name}{PARTIAL_SUFFIX}")
                _encrypted_copy(copy, partial, key)
                if folder.name == BACKUP_DIRNAME:
                    copy_keys_beside(data_dir, copy)
                os.replace(partial, copy)
                done += 1
            elif folder.name == BACKUP_DIRNAME and not keys_beside(copy).exists():
                copy_keys_beside(data_dir, copy)
            private_file(copy)
    return done


def _encrypt_receipts(data_dir: Path, key: bytes) -> int:
    store = BlobStore.at(data_dir / BLOBS_DIRNAME, key)
    if store.root.is_dir():
        for leftover in store.root.glob(f"??/.*{PARTIAL_SUFFIX}"):  # cut short by a kill
            leftover.unlink(missing_ok=True)
    done = 0
    for sha256 in store.plain_files():
        if store.encrypt_file(sha256):
            done += 1
    if store.root.is_dir():
        for path in store.root.rglob("*"):
            if path.is_file():
                private_file(path)
    return done
