"""The regional store: migrations agree with the models on SQLite and PostgreSQL."""

from __future__ import annotations

from contextlib import closing

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from omil_desktop.regional.models import RegionalBase
from omil_desktop.regional.service import NotInitialized, RegionalService
from omil_desktop.regional.store import (
    HEAD_REVISION,
    RegionalStorageError,
    RegionalStore,
    _alembic_config,
    create_regional_engine,
    database_key,
)
from omil_desktop.store import vault
from omil_desktop.store.engine import CIPHER_CACHE_KIB


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_models_match_the_migrations(backend, tmp_path, request):
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'data' / 'regional.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_cluster").create_database()
    store = RegionalStore.open(url)
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, RegionalBase.metadata) == []
            assert context.get_current_revision() == HEAD_REVISION
    finally:
        store.close()


def test_head_revision_is_the_newest_migration(tmp_path):
    engine = create_regional_engine(f"sqlite:///{tmp_path / 'unused-regional.sqlite3'}")
    try:
        script = ScriptDirectory.from_config(_alembic_config(engine))
        assert script.get_heads() == [HEAD_REVISION]
    finally:
        engine.dispose()


def test_sqlite_file_has_the_programs_pragmas(tmp_path):
    path = tmp_path / "regional.sqlite3"
    store = RegionalStore.open(f"sqlite:///{path}")
    try:
        with store.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert raw.execute("PRAGMA busy_timeout").fetchone()[0] > 0
            # SQLCipher keeps decrypted pages in a larger cache (store/engine.py).
            assert raw.execute("PRAGMA cache_size").fetchone()[0] == -CIPHER_CACHE_KIB
    finally:
        store.close()


def test_a_database_of_a_newer_program_is_refused_untouched(tmp_path):
    path = tmp_path / "regional.sqlite3"
    RegionalStore.open(f"sqlite:///{path}").close()
    with closing(vault.connect(path, database_key(path))) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()

    with pytest.raises(RegionalStorageError, match="versión más nueva"):
        RegionalStore.open(f"sqlite:///{path}")

    assert path.read_bytes() == before


def test_an_uninitialised_server_says_what_to_do(tmp_path):
    service = RegionalService.open(data_dir=tmp_path)
    try:
        with pytest.raises(NotInitialized, match="omil-regional init"):
            service.identity()
        assert (tmp_path / "regional.sqlite3").exists()
        assert service.integrity_check() == "ok"
    finally:
        service.close()


def test_other_databases_are_refused():
    with pytest.raises(RegionalStorageError, match="SQLite o PostgreSQL"):
        create_regional_engine("mysql://localhost/omil")
