"""The regional server's database: engine, migrations at start-up, and transactions.

SQLite (a file in the data folder, the client's pragmas) or PostgreSQL (``postgresql+psycopg://``).
Writers are serialised: an in-process lock, plus ``BEGIN IMMEDIATE`` on SQLite and
``SELECT … FOR UPDATE`` of the ``server_info`` row on PostgreSQL (done by the service), so sequence
numbers are assigned one transaction at a time even with several server processes.
"""

from __future__ import annotations

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
HEAD_REVISION = "0005"
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
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RegionalStorageError(
                f"No se puede crear la carpeta de datos {path.parent}. "
                "Revise la ruta y los permisos."
            ) from exc
        engine = create_sqlite_engine(path)
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
