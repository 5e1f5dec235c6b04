"""The regional server's database: engine, migrations at start-up, and transactions.

SQLite (a file in the data folder, the client's pragmas) or PostgreSQL (``postgresql+psycopg://``).
The SQLite file is encrypted with SQLCipher under a random 32-byte key (docs/regional-security.md):
``OMIL_REGIONAL_KEY`` (64 hex digits) when the environment gives it (a service manager's secret),
else the key file ``regional.llave`` beside the database, created readable by its user alone
(0600) with the database. A plain SQLite file of an older server is encrypted in place on its
first open (exported to a new file, then swapped in: a power cut leaves one of the two whole).
Writers are serialised: an in-process lock, plus ``BEGIN IMMEDIATE`` on SQLite and
``SELECT … FOR UPDATE`` of the ``server_info`` row on PostgreSQL (done by the service), so sequence
numbers are assigned one transaction at a time even with several server processes.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from omil_desktop.store.engine import create_sqlite_engine

if TYPE_CHECKING:
    from alembic.config import Config  # imported lazily at run time

DATABASE_FILENAME = "regional.sqlite3"
KEY_FILENAME = "regional.llave"
KEY_VARIABLE = "OMIL_REGIONAL_KEY"
"""The environment variable that gives the SQLite database's key (64 hex digits)."""
_KEY_BYTES = 32
_HEX_KEY = re.compile(r"^[0-9a-fA-F]{64}$")
_SQLITE_HEADER = b"SQLite format 3\x00"
HEAD_REVISION = "0007"
"""The newest migration in ``regional/migrations/versions`` (a test keeps the two in step)."""


class RegionalStorageError(RuntimeError):
    """The database cannot be opened or brought up to date; the message is Spanish."""


def default_data_dir() -> Path:
    """Where the server's SQLite file lives unless ``--data-dir`` or ``--database-url`` say."""
    from platformdirs import user_data_path

    return user_data_path("omil-regional", appauthor=False)


def database_url_for(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / DATABASE_FILENAME}"


def _begin_immediate(connection: Any) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _driver_autocommit(dbapi_connection: Any, _record: object) -> None:
    # pysqlite's own transaction handling is off so that SQLAlchemy's "begin" event decides.
    dbapi_connection.isolation_level = None


def create_regional_engine(url: str) -> Engine:
    """Engine for ``url``; a SQLite file gets the client's pragmas and immediate transactions."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise RegionalStorageError("El servidor regional necesita un archivo de base de datos.")
        path = Path(parsed.database)
        try:
            # A new folder and a new file are their user's alone (0700, 0600; SQLite gives its
            # journal files the database file's mode).
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        except OSError as exc:
            raise RegionalStorageError(
                f"No se puede crear la carpeta de datos {path.parent}. "
                "Revise la ruta y los permisos."
            ) from exc
        engine = create_sqlite_engine(path, database_key(path))
        event.listen(engine, "connect", _driver_autocommit)
        event.listen(engine, "begin", _begin_immediate)
        engine.hide_parameters = True  # record content never reaches an error message or log
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(
            url, pool_pre_ping=True, pool_size=10, max_overflow=10, hide_parameters=True
        )
    raise RegionalStorageError(
        "La base de datos debe ser un archivo SQLite o PostgreSQL "
        "(postgresql+psycopg://usuario@servidor/base)."
    )


def key_path(database: Path) -> Path:
    """The key file of the SQLite database at ``database`` (beside it)."""
    return database.with_name(KEY_FILENAME)


def database_key(database: Path) -> bytes:
    """The key of the SQLite database at ``database``, ready to open it.

    From ``OMIL_REGIONAL_KEY`` when set, else from the key file beside the database; a new
    database gets a new key file (0600). A plain file of an older server is encrypted with the
    key first. Refused (Spanish, nothing changed): a malformed key, an encrypted database whose
    key is missing, a key that does not open the database.
    """
    given = os.environ.get(KEY_VARIABLE)
    key_file = key_path(database)
    if given is not None:
        key = _parse_key(given.strip(), f"La variable {KEY_VARIABLE}")
    elif key_file.exists():
        try:
            text = key_file.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise RegionalStorageError(
                f"No se puede leer la llave de la base de datos regional ({key_file})."
            ) from exc
        key = _parse_key(text, f"El archivo de llave {key_file}")
    elif _holds_data(database) and not _is_plain(database):
        raise RegionalStorageError(
            f"La base de datos regional {database} está cifrada y falta su llave: copie el "
            f"archivo {KEY_FILENAME} de su respaldo a {database.parent}, o désela en la variable "
            f"{KEY_VARIABLE}. La base no fue modificada."
        )
    else:
        key = _new_key_file(key_file)
    if _holds_data(database) and _is_plain(database):
        _encrypt_in_place(database, key)
    _check_key(database, key)
    return key


def _parse_key(text: str, where: str) -> bytes:
    if not _HEX_KEY.match(text):
        raise RegionalStorageError(
            f"{where} no tiene una llave válida: debe ser de 64 dígitos hexadecimales."
        )
    return bytes.fromhex(text)


def _holds_data(database: Path) -> bool:
    try:
        return database.stat().st_size > 0
    except FileNotFoundError:
        return False


def _is_plain(database: Path) -> bool:
    with database.open("rb") as file:
        return file.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows has no folder handles to sync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_key_file(key_file: Path) -> bytes:
    """A new random key, written to ``key_file`` readable and writable by its owner only."""
    key = os.urandom(_KEY_BYTES)
    try:
        key_file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, (key.hex() + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        _fsync_folder(key_file.parent)
    except OSError as exc:
        raise RegionalStorageError(
            f"No se puede crear la llave de la base de datos regional en {key_file.parent}. "
            "Revise la ruta y los permisos."
        ) from exc
    return key


def _encrypt_in_place(database: Path, key: bytes) -> None:
    """Encrypt the plain SQLite file ``database`` with ``key``: everything (its journal too) is
    exported into a new SQLCipher file beside it, which then replaces it in one rename. Killed
    at any point, the folder holds the plain file (encrypted again at the next open, the key
    file being kept) or the encrypted one, never half of one."""
    import sqlcipher3

    partial = database.with_name(database.name + ".cifrando")
    partial.unlink(missing_ok=True)
    try:
        source = sqlcipher3.connect(str(database))  # no key: plain SQLite
        try:
            source.execute("PRAGMA busy_timeout = 5000")
            busy, _log, _done = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                raise RegionalStorageError(
                    "La base de datos regional está en uso por otro proceso; detenga el "
                    "servidor y vuelva a intentarlo."
                )
            source.execute("ATTACH DATABASE ? AS cifrada KEY ?", (str(partial), f"x'{key.hex()}'"))
            source.execute("SELECT sqlcipher_export('cifrada')")
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
            source.execute(f"PRAGMA cifrada.user_version = {version}")
            source.execute("DETACH DATABASE cifrada")
        finally:
            source.close()
        with partial.open("rb+") as file:
            os.fsync(file.fileno())
        for leftover in ("-wal", "-shm"):  # the plain file's, emptied by the checkpoint
            database.with_name(database.name + leftover).unlink(missing_ok=True)
        os.replace(partial, database)
        _fsync_folder(database.parent)
    except (sqlcipher3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise RegionalStorageError(
            "No se pudo cifrar la base de datos regional; sigue como estaba "
            f"({type(exc).__name__})."
        ) from exc


def _check_key(database: Path, key: bytes) -> None:
    """Refuse a key that does not open an existing database (a clear message rather than
    SQLCipher's «file is not a database» at the first query)."""
    if not _holds_data(database):
        return
    import sqlcipher3

    try:
        connection = sqlcipher3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlcipher3.DatabaseError as exc:
        raise RegionalStorageError(
            f"La llave no abre la base de datos regional {database} (revise {KEY_FILENAME} o "
            f"la variable {KEY_VARIABLE}). La base no fue modificada."
        ) from exc


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    location = resources.files("omil_desktop.regional") / "migrations"
    config.set_main_option("script_location", str(location).replace("%", "%%"))
    config.set_main_option(
        "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return config


def migrate(engine: Engine, target: str = "head") -> None:
    """Bring the database to ``target`` (Alembic); refuse a database of a newer program."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _alembic_config(engine)
    try:
        with engine.begin() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            if current == HEAD_REVISION and target == "head":
                return
            known = {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}
            if current is not None and current not in known:
                raise RegionalStorageError(
                    "La base de datos del servidor regional fue creada por una versión más nueva "
                    "del programa. Actualice omil-regional; la base no fue modificada."
                )
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    except SQLAlchemyError as exc:
        raise RegionalStorageError(
            "No se pudo abrir o actualizar la base de datos del servidor regional "
            f"({type(exc).__name__})."
        ) from exc


class RegionalStore:
    """The engine and the two kinds of transaction the service uses."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._write_lock = threading.Lock()
        self._writer = sessionmaker(engine, expire_on_commit=False)
        reader_engine = (
            engine.execution_options(sqlite_begin="DEFERRED")
            if self.dialect == "sqlite"
            else engine
        )
        self._reader = sessionmaker(reader_engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> RegionalStore:
        """Connect to ``url`` and migrate it to the newest schema."""
        engine = create_regional_engine(url)
        try:
            migrate(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One writing transaction, serialised with every other writer; commit or roll back."""
        with self._write_lock, self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One reading transaction (never writes)."""
        with self._reader() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
