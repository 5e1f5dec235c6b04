"""Storage failures explained to the officer in Spanish.

Environment problems (a locked, corrupt or full database) are not bugs: they get a message that says
what happened and what to do, and the data already saved stays saved.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from omil_desktop.domain.text import os_reason
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, translate

LOW_SPACE_BYTES = 8 * 1024 * 1024
"""Below this much free space, an I/O error of SQLite is taken for a full disk: SQLite reports
a full disk as SQLITE_IOERR (e.g. SQLITE_IOERR_SHMSIZE) rather than SQLITE_FULL when the space
runs out while it extends its shared-memory or journal files."""

DISK_FULL = QT_TRANSLATE_NOOP(
    "store.errors",
    "Disco lleno: no queda espacio en el disco de la carpeta de datos y no se pudo guardar. "
    "Libere espacio (por ejemplo, vacíe la papelera o borre descargas) e intente de nuevo; lo ya "
    "guardado no se perdió.",
)
"""Marked for translation; shown as ``translate("store.errors", DISK_FULL)``."""


DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)
"""What a DB-API call on the local database may raise: sqlite3's errors and, for an encrypted
folder, SQLCipher's (store/vault.py)."""
try:  # pragma: no branch - sqlcipher3 is a dependency
    import sqlcipher3

    DATABASE_ERRORS = (sqlite3.Error, sqlcipher3.Error)
except ImportError:  # pragma: no cover
    pass


class StorageError(Exception):
    """A problem with the database file that the officer can act on. ``str()`` is Spanish."""


class DatabaseTooNew(StorageError):
    """The file was written by a newer version of the program; it is left untouched."""


class DiskFull(StorageError):
    """No space left where the data folder is."""

    def __init__(self) -> None:
        super().__init__(translate("store.errors", DISK_FULL))


def free_space(folder: Path) -> int | None:
    """Bytes free on the disk of ``folder`` (or of its nearest existing parent); None if unknown."""
    for candidate in (folder, *folder.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return None


def _disk_is_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    free = free_space(folder)
    return free is not None and free < LOW_SPACE_BYTES


def explain(exc: BaseException, where: Path | None = None) -> StorageError:
    """Turn a low-level database or file error into a StorageError with a Spanish explanation.

    ``where`` is the data folder: an I/O error there while its disk is (nearly) full is explained
    as the full disk it is.
    """
    if isinstance(exc, StorageError):
        return exc
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(original).lower()
    code = getattr(original, "sqlite_errorname", "") or ""
    if isinstance(original, OSError) and (original.errno == errno.ENOSPC or _disk_is_full(where)):
        return DiskFull()
    if code == "SQLITE_FULL" or "disk is full" in text or "disk full" in text or "no space" in text:
        return DiskFull()
    if (code.startswith("SQLITE_IOERR") or "disk i/o error" in text) and _disk_is_full(where):
        return DiskFull()
    if "locked" in text or "busy" in text:
        return StorageError(
            translate(
                "store.errors",
                "La base de datos está ocupada por otro programa (¿OMIL Desktop abierto dos "
                "veces?). "
                "Cierre la otra ventana e intente de nuevo; lo ya guardado no se perdió.",
            )
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError(
            translate(
                "store.errors",
                "El archivo de la base de datos está dañado y no se puede leer. No lo borre: "
                "restaure la última copia de respaldo de la carpeta «respaldos» (al abrir el "
                "programa, "
                "o con «omil-desktop restore ARCHIVO») o pida ayuda a soporte.",
            )
        )
    if (
        "readonly" in text
        or "read-only" in text
        or "permission" in text
        or "unable to open" in text
    ):
        return StorageError(
            translate(
                "store.errors",
                "No se puede escribir en la carpeta de datos. Revise que exista y que su usuario "
                "tenga permiso de escritura.",
            )
        )
    if code.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return StorageError(
            translate(
                "store.errors",
                "No se pudo leer o escribir el archivo de datos (error del disco). Revise el disco "
                "o la memoria USB donde está la carpeta de datos; lo ya guardado no se perdió.",
            )
        )
    if isinstance(original, PermissionError):
        return StorageError(
            translate(
                "store.errors",
                "No se puede escribir en la carpeta de datos. Revise que exista y que su usuario "
                "tenga permiso de escritura.",
            )
        )
    if isinstance(original, OSError):
        return StorageError(
            translate(
                "store.errors",
                "No se pudo leer o escribir el archivo de datos (error del disco: {os_reason}). "
                "Revise el disco o la memoria USB donde está la carpeta de datos; lo ya guardado "
                "no se perdió.",
            ).format(os_reason=os_reason(original))
        )
    if isinstance(original, DATABASE_ERRORS):
        return StorageError(
            translate(
                "store.errors",
                "Error de la base de datos: {original}. Lo ya guardado no se perdió.",
            ).format(original=original)
        )
    return StorageError(str(exc))
