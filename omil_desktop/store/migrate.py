"""Bring the database file to the program's schema at start-up, safely.

Order: check the file read-only (missing where an office was set up, damaged: refused, see
``integrity.py``); refuse a file from a newer program without touching it; back it up with
SQLite's backup API (a verified copy, encrypted as the folder is, in ``respaldos``); then run the
Alembic migrations shipped in the package, every step in ONE transaction (schema changes
included, see :func:`_transactional_ddl`): if any fails the file is left as it was and
:class:`MigrationFailed` names the backup. No migration step runs without its backup.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event

from omil_desktop.domain.texts import translate
from omil_desktop.store.backup import backup_database
from omil_desktop.store.engine import create_sqlite_engine
from omil_desktop.store.errors import (
    DATABASE_ERRORS,
    DatabaseTooNew,
    DiskFull,
    StorageError,
    explain,
)
from omil_desktop.store.integrity import (
    CheckResult,
    DatabaseDamaged,
    StartupCheck,
    check_before_opening,
    mark_damaged,
    open_read_only,
    quick_check,
)
from omil_desktop.store.permissions import secure_folder
from omil_desktop.store.vault import key_for

if TYPE_CHECKING:
    from alembic.config import Config  # imported lazily at run time

__all__ = ["DatabaseDamaged", "MigrationFailed", "open_read_only"]

log = logging.getLogger(__name__)

HEAD_REVISION = "0011"
"""The newest migration in ``migrations/versions`` (a test keeps the two in step). Knowing it here
lets an up-to-date database open without importing Alembic, which keeps start-up fast."""


def read_revision(path: Path, key: bytes | None = None) -> str | None:
    """The Alembic revision stored in the file (SQLCipher with ``key``), or None for a new or
    empty file. Never writes."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = open_read_only(path, key)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise StorageError(
                        translate(
                            "Base de datos",
                            "El archivo {path} no es una base de datos de OMIL Desktop. Elija "
                            "otra carpeta de datos.",
                        ).format(path=path)
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except DATABASE_ERRORS as exc:
        raise explain(exc) from exc
    return row[0] if row else None


def _finish_encryption(data_dir: Path, key: bytes) -> None:
    """An encrypted folder whose plain data was not (wholly) encrypted yet — the key file was
    saved, then the program was closed or the PC lost power — is encrypted now, before anything
    opens it (store/encrypt.py; the caller holds the folder's lock)."""
    from omil_desktop.store.encrypt import encrypt_in_place, needs_encryption

    if needs_encryption(data_dir):
        encrypt_in_place(data_dir, key)


def _alembic_config(path: Path) -> Config:
    from alembic.config import Config

    config = Config()
    location = resources.files("omil_desktop.store") / "migrations"
    # Config values go through ConfigParser interpolation: a '%' in a folder name must be doubled.
    config.set_main_option("script_location", str(location).replace("%", "%%"))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}".replace("%", "%%"))
    return config


class MigrationFailed(StorageError):
    """A migration step failed: the database was left as it was (every step runs in one
    transaction) and ``backup`` is the verified copy taken before it."""

    def __init__(self, message: str, backup: Path) -> None:
        super().__init__(message)
        self.backup = backup


def _transactional_ddl(engine: Engine) -> None:
    """Run the migrations in ONE SQLite transaction, schema changes included: Python's sqlite3
    starts a transaction only before INSERT/UPDATE/DELETE, so a CREATE or ALTER run first would
    be committed on its own and a failed migration would leave the file half changed. Here the
    driver's own handling is off and SQLAlchemy's ``begin`` says BEGIN itself."""

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def known_revisions(path: Path) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(path))
    return {rev.revision for rev in script.walk_revisions()}


@dataclass(frozen=True)
class Prepared:
    path: Path
    check: StartupCheck


def migrate(data_dir: Path, target: str = "head", *, check_budget: float | None = None) -> Path:
    """Make sure ``data_dir`` holds a sound database at ``target``; return its path.

    Raises :class:`DatabaseTooNew` (file untouched) or :class:`StorageError` with a Spanish
    message (:class:`DatabaseDamaged`, :class:`DatabaseMissing`: file untouched).
    """
    return prepare(data_dir, target, check_budget=check_budget).path


def prepare(
    data_dir: Path,
    target: str = "head",
    *,
    check_budget: float | None = None,
    checked: StartupCheck | None = None,
) -> Prepared:
    """:func:`migrate`, also saying how far the start-up check got (``check_budget`` bounds it,
    in seconds; None checks the whole file). ``checked``: the check already made (the window
    starts it early, in a thread) in place of a new one."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            translate(
                "Base de datos",
                "No se puede crear la carpeta de datos {folder}. Revise que la ruta sea una "
                "carpeta y que su usuario tenga permiso de escritura.",
            ).format(folder=data_dir)
        ) from exc
    secure_folder(data_dir)
    key = key_for(data_dir)
    if key is not None:
        _finish_encryption(data_dir, key)
    check = checked if checked is not None else check_before_opening(data_dir, check_budget)
    path = check.path
    current = read_revision(path, key)
    if current == HEAD_REVISION and target == "head":
        return Prepared(path, check)
    if current is not None and current not in known_revisions(path):
        raise DatabaseTooNew(
            translate(
                "Base de datos",
                "Esta base de datos fue creada por una versión más nueva de OMIL Desktop y esta "
                "versión no puede abrirla. Actualice el programa; el archivo no fue modificado.",
            )
        )
    backup: Path | None = None
    if current is not None:
        if check.result is CheckResult.PARTIAL:  # a migration rewrites tables: check it all first
            check = StartupCheck(path, quick_check(path, key=key))
        try:
            backup = backup_database(path, label=f"antes-de-migrar-desde-{current}")
        except DatabaseDamaged as exc:  # its full check found it: the next start refuses at once
            mark_damaged(data_dir, exc.detail)
            raise
        except DiskFull:
            raise
        except Exception as exc:  # never migrate without the backup
            if not isinstance(exc, (OSError, StorageError, *DATABASE_ERRORS)):
                raise
            raise StorageError(
                translate(
                    "Base de datos",
                    "No se pudo hacer la copia de respaldo que se toma antes de actualizar la "
                    "base de datos, así que no se actualizó. Revise que haya espacio en el disco "
                    "y que la carpeta «respaldos» se pueda escribir; lo ya guardado no se perdió.",
                )
            ) from exc

    from alembic import command

    config = _alembic_config(path)
    engine = create_sqlite_engine(path, key)
    _transactional_ddl(engine)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    except Exception as exc:
        problem = explain(exc, data_dir)
        if backup is None:
            raise problem from exc
        log.error("migration from %s failed (%s); backup kept", current, type(exc).__name__)
        raise MigrationFailed(
            translate(
                "Base de datos",
                "No se pudo actualizar la base de datos a esta versión del programa: {reason} "
                "La base de datos quedó como estaba. Antes de intentarlo se guardó una copia de "
                "respaldo verificada en {backup}. Avise a soporte.",
            ).format(reason=str(problem).rstrip(".") + ".", backup=backup),
            backup,
        ) from exc
    finally:
        engine.dispose()
    if current is None:  # a new database: readable only by the user from the start
        secure_folder(data_dir)
    return Prepared(path, check)
