"""Storage failures explained to the officer in Spanish.

Environment problems (a locked, corrupt or full database) are not bugs: they get a message that says
what happened and what to do, and the data already saved stays saved.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError


class StorageError(Exception):
    """A problem with the database file that the officer can act on. ``str()`` is Spanish."""


class DatabaseTooNew(StorageError):
    """The file was written by a newer version of the program; it is left untouched."""


def explain(exc: BaseException) -> StorageError:
    """Turn a low-level database error into a StorageError with a Spanish explanation."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(original).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            "La base de datos está ocupada por otro programa (¿OMIL Desktop abierto dos veces?). "
            "Cierre la otra ventana e intente de nuevo; lo ya guardado no se perdió."
        )
    if "disk is full" in text or "disk full" in text or "no space" in text:
        return StorageError(
            "El disco está lleno y no se pudo guardar. Libere espacio (por ejemplo, vacíe la "
            "papelera o borre descargas) e intente de nuevo; lo ya guardado no se perdió."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError(
            "El archivo de la base de datos está dañado y no se puede leer. No lo borre: "
            "restaure la última copia de respaldo de la carpeta «respaldos» o pida ayuda a "
            "soporte."
        )
    if (
        "readonly" in text
        or "read-only" in text
        or "permission" in text
        or "unable to open" in text
    ):
        return StorageError(
            "No se puede escribir en la carpeta de datos. Revise que exista y que su usuario "
            "tenga permiso de escritura."
        )
    if isinstance(original, sqlite3.Error):
        return StorageError(f"Error de la base de datos: {original}. Lo ya guardado no se perdió.")
    return StorageError(str(exc))
