"""Change capture: one change_log row per write to a synced record, in the same transaction."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from omil_desktop.store.changelog import HardDeleteForbidden
from omil_desktop.store.clock import utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.errors import StorageError
from omil_desktop.store.migrate import migrate
from omil_desktop.store.models import Attention, ChangeLog, Person

LOCAL_ONLY = {"search_key", "sort_key"}


@pytest.fixture
def db(data_dir):
    migrate(data_dir)
    database = Database(data_dir)
    yield database
    database.close()


def new_person(**values) -> Person:
    fields = {
        "office_code": "10404",
        "first_names": "María José",
        "last_name_1": "Núñez",
        "last_name_2": "Pérez",
        "comuna_code": "10404",
        "rut": "12345678-5",
        "birth_date": date(1990, 5, 17),
    }
    fields.update(values)
    return Person(**fields)


def add(db, **values) -> str:
    with db.transaction() as session:
        person = new_person(**values)
        session.add(person)
        session.flush()
        return person.id


def changes(db) -> list[ChangeLog]:
    with db.transaction() as session:
        return list(session.scalars(select(ChangeLog).order_by(ChangeLog.seq)))


def count(db, model) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_insert_adds_one_change_with_every_synced_column(db):
    person_id = add(db)

    (change,) = changes(db)
    assert (change.table_name, change.row_id, change.op) == ("person", person_id, "insert")
    payload = json.loads(change.payload)
    synced = {c.key for c in Person.__mapper__.column_attrs} - LOCAL_ONLY
    assert set(payload) == synced
    assert payload["id"] == person_id
    assert payload["rut"] == "12345678-5"
    assert payload["birth_date"] == "1990-05-17"
    assert payload["first_names"] == "María José"
    assert payload["active"] is True
    assert payload["deleted_at"] is None
    assert payload["document_number"] == "", "column defaults travel as stored, not as null"
    assert payload["has_disability"] is False
    assert payload["created_at"] == payload["updated_at"]
    assert "María José" in change.payload, "accents are stored as text, not escaped"


def test_update_adds_one_change_with_only_the_changed_fields(db):
    person_id = add(db)
    with db.transaction() as session:
        person = session.get(Person, person_id)
        created = person.created_at
        person.phone = "+56 9 8765 4321"
        person.first_names = "María Josefa"  # also changes search_key and sort_key

    insert, update = changes(db)
    assert insert.op == "insert"
    assert (update.op, update.row_id) == ("update", person_id)
    payload = json.loads(update.payload)
    assert set(payload) == {"phone", "first_names", "updated_at"}
    assert payload["phone"] == "+56 9 8765 4321"
    with db.transaction() as session:
        person = session.get(Person, person_id)
        assert payload["updated_at"] == person.updated_at.isoformat()
        assert person.updated_at >= created
        assert person.created_at == created
        assert "maria josefa" in person.search_key, "derived columns are still kept locally"


def test_setting_a_field_to_its_current_value_logs_nothing(db):
    person_id = add(db)
    with db.transaction() as session:
        person = session.get(Person, person_id)
        person.phone = person.phone
        person.first_names = "María José"

    assert [c.op for c in changes(db)] == ["insert"]


def test_tombstone_adds_one_delete_change_and_keeps_the_row(db):
    person_id = add(db)
    with db.transaction() as session:
        attention = Attention(
            office_code="10404", person_id=person_id, date=date(2026, 1, 5), kind="orientacion"
        )
        session.add(attention)
        session.flush()
        attention_id = attention.id
    with db.transaction() as session:
        session.get(Attention, attention_id).deleted_at = utcnow()

    log = changes(db)
    assert [(c.table_name, c.op) for c in log] == [
        ("person", "insert"),
        ("attention", "insert"),
        ("attention", "delete"),
    ]
    assert log[2].row_id == attention_id
    assert set(json.loads(log[2].payload)) == {"deleted_at", "updated_at"}
    assert count(db, Attention) == 1


def test_local_only_columns_never_travel(db):
    person_id = add(db)
    with db.transaction() as session:
        person = session.get(Person, person_id)
        person.last_name_1 = "Nuñes"
        person.last_name_2 = "Peres"
    with db.transaction() as session:
        session.get(Person, person_id).active = False

    log = changes(db)
    assert len(log) == 3
    for change in log:
        payload = json.loads(change.payload)
        assert not LOCAL_ONLY & set(payload), change.op
        assert "nunes" not in change.payload


def test_exception_inside_transaction_leaves_no_row_and_no_change(db):
    class Oops(Exception):
        pass

    with pytest.raises(Oops), db.transaction() as session:
        session.add(new_person())
        session.flush()  # the change row is written now, inside the transaction
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == 1
        raise Oops

    assert count(db, Person) == 0
    assert count(db, ChangeLog) == 0


def test_flush_error_leaves_no_row_and_no_change(db):
    existing = add(db)

    with pytest.raises(StorageError), db.transaction() as session:
        session.add(new_person(rut="11111111-1", first_names="Pedro", last_name_1="Soto"))
        session.flush()
        session.add(new_person(first_names="Otra", last_name_1="Persona"))  # same RUT: refused
        session.flush()

    with db.transaction() as session:
        assert session.scalars(select(Person.id)).all() == [existing]
    assert [c.row_id for c in changes(db)] == [existing]


def test_hard_delete_of_a_synced_record_is_refused(db):
    person_id = add(db)
    other_id = add(db, rut="11111111-1", first_names="Pedro", last_name_1="Soto")

    with pytest.raises(HardDeleteForbidden), db.transaction() as session:
        session.get(Person, other_id).phone = "+56 9 5555 5555"
        session.delete(session.get(Person, person_id))

    with db.transaction() as session:
        assert session.get(Person, person_id) is not None
        assert session.get(Person, other_id).phone == ""
    assert [c.op for c in changes(db)] == ["insert", "insert"]


def test_change_ids_are_unique_and_sequence_follows_commits(db):
    ids = [
        add(db, rut=rut, first_names=name)
        for rut, name in (("11111111-1", "Ana"), ("22222222-2", "Berta"), ("12345678-5", "Carla"))
    ]

    log = changes(db)
    assert [c.row_id for c in log] == ids
    assert len({c.change_id for c in log}) == 3
    assert [c.seq for c in log] == sorted(c.seq for c in log)
