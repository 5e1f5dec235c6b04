"""Pragmas in force on every connection the program opens."""

from __future__ import annotations

from datetime import date

import pytest

from omil_desktop.store import engine as engine_module
from omil_desktop.store.database import Database
from omil_desktop.store.errors import StorageError
from omil_desktop.store.migrate import migrate
from omil_desktop.store.models import Attention

EXPECTED = {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2}


@pytest.fixture
def db(data_dir):
    migrate(data_dir)
    database = Database(data_dir)
    yield database
    database.close()


def pragmas(connection) -> dict:
    values = {
        name: connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
        for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    }
    values["journal_mode"] = values["journal_mode"].lower()
    return values


def test_pragmas_on_a_plain_connection(db):
    with db.engine.connect() as connection:
        values = pragmas(connection)
    assert {k: values[k] for k in EXPECTED} == EXPECTED
    assert values["busy_timeout"] == engine_module.BUSY_TIMEOUT_MS > 0


def test_pragmas_on_every_pooled_connection(db):
    # Two connections at once: both come from the factory, both get the pragmas.
    with db.engine.connect() as first, db.engine.connect() as second:
        assert pragmas(first)["foreign_keys"] == 1
        assert pragmas(second)["foreign_keys"] == 1
        assert pragmas(second)["synchronous"] == 2


def test_pragmas_inside_a_service_transaction(db):
    with db.transaction() as session:
        values = pragmas(session.connection())
    assert {k: values[k] for k in EXPECTED} == EXPECTED
    assert values["busy_timeout"] > 0


def test_foreign_keys_are_enforced(db):
    attention = Attention(office_code="10404", person_id="nobody", date=date(2026, 1, 5))
    attention.kind = "orientacion"
    with pytest.raises(StorageError), db.transaction() as session:
        session.add(attention)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM attention").scalar_one() == 0
        assert connection.exec_driver_sql("SELECT count(*) FROM change_log").scalar_one() == 0
