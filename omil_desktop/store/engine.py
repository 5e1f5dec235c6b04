"""The one engine factory: every connection to the local database is opened here."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from omil_desktop.domain.texts import translate

DATABASE_FILENAME = "omil.sqlite3"
BUSY_TIMEOUT_MS = 5000
CIPHER_CACHE_KIB = 32_000
"""SQLCipher's page cache per connection, in KiB: a page is decrypted and its HMAC checked each
time it enters the cache, so a search of 100,000 people kept within the default cache (8 MB)
decrypted its index pages again at every query (2.1× the plain search); within 32 MB they stay
decrypted between queries (bench/bench_encryption.py, bench/README.md)."""
IN_CHUNK = 500
"""The most values one ``IN (…)`` is given (SQLite's bound-parameter limit, PostgreSQL's
sanity)."""


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILENAME


def _set_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed atención survives a power cut, which municipal PCs do see.
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _set_cipher_cache(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA cache_size = -{CIPHER_CACHE_KIB}")
    finally:
        cursor.close()


def create_sqlite_engine(path: Path, key: bytes | None = None) -> Engine:
    """Engine for the SQLite file at ``path`` with the program's pragmas on every connection.

    With ``key`` the file is SQLCipher, opened with that raw key (store/vault.py) before any
    other statement; without, plain SQLite.
    """
    if key is None:
        # URL.create keeps the path as it is; a "sqlite:///..." string would be percent-decoded.
        engine = create_engine(URL.create("sqlite", database=str(path)), future=True)
    else:
        # The dialect runs ``PRAGMA key`` first on every new connection; its errors are
        # SQLCipher's, wrapped by SQLAlchemy like sqlite3's. The pool is the one SQLAlchemy uses
        # for a plain file (not the dialect's one-connection-per-thread default).
        url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
        engine = create_engine(url, future=True, poolclass=QueuePool)
        event.listen(engine, "connect", _set_cipher_cache)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def default_data_dir() -> Path:
    """Where the database lives unless ``--data-dir`` says otherwise (per-user data folder)."""
    from platformdirs import user_data_path

    return user_data_path(translate("store.engine", "OMIL Desktop"), appauthor=False)


def in_chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    """``items`` in pieces of at most :data:`IN_CHUNK`, each small enough for one ``IN (…)``."""
    for start in range(0, len(items), IN_CHUNK):
        yield items[start : start + IN_CHUNK]
