"""A locked or full database is explained in Spanish and loses nothing already saved."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import event

from omil_desktop.domain.rut import Rut
from omil_desktop.store import engine as engine_module
from omil_desktop.store.errors import StorageError


@pytest.fixture
def saved(workspace, person_data):
    """One person already on record."""
    return workspace.people.create(person_data())


def test_locked_database_gives_spanish_error_and_keeps_saved_data(
    workspace, person_data, saved, monkeypatch
):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    workspace.db.engine.dispose()  # new connections pick up the short timeout
    other = sqlite3.connect(workspace.db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as caught:
            workspace.people.create(
                person_data(first_names="Pedro", last_name_1="Soto", rut=Rut.from_body(11111111))
            )
        message = str(caught.value)
        assert "ocupada" in message
        assert "no se perdió" in message
        # WAL readers are not blocked: what was saved is still there while the lock is held.
        assert workspace.people.get(saved).data.first_names == "María José"
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert workspace.people.search_ids() == [saved]
    assert workspace.people.counts() == (1, 0)
    # Once the other program lets go, the same save works.
    workspace.people.create(
        person_data(first_names="Pedro", last_name_1="Soto", rut=Rut.from_body(11111111))
    )
    assert workspace.people.counts() == (2, 0)


def test_full_disk_gives_spanish_error_and_keeps_saved_data(workspace, person_data, saved):
    def cap_file_size(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    engine = workspace.db.engine
    engine.dispose()
    event.listen(engine, "connect", cap_file_size)
    try:
        with pytest.raises(StorageError) as caught:
            for body in range(2_000_000, 2_000_200):
                workspace.people.create(
                    person_data(
                        first_names=f"Persona {body}",
                        last_name_1="Araya",
                        rut=Rut.from_body(body),
                        experience="Temporada de salmón. " * 200,
                    ),
                    allow_likely_duplicate=True,
                )
        message = str(caught.value)
        assert "disco está lleno" in message
        assert "no se perdió" in message
    finally:
        event.remove(engine, "connect", cap_file_size)
        engine.dispose()

    record = workspace.people.get(saved)
    assert record.data == person_data().cleaned()
    with closing(sqlite3.connect(workspace.db.path)) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        people = check.execute("SELECT count(*) FROM person").fetchone()[0]
        logged = check.execute("SELECT count(*) FROM change_log").fetchone()[0]
    assert people == logged, "every saved person has its change, none without"
