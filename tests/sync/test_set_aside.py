"""A received record this PC cannot apply is set aside, shown, and tried again; the rest goes on.

The server here is a scripted one (``tiny_server``) standing in for a regional server of another
version, or one with a bug: the real server refuses bad values before storing them (see
tests/regional/test_poisoning.py), so only such a server could send them.
"""

from __future__ import annotations

import gzip
import json

import pytest
from sqlalchemy import select

from omil_desktop.domain.rut import Rut
from omil_desktop.store.models import Attention, Person
from omil_desktop.sync import protocol

from .conftest import Answer

ENROLLED = {
    "device_id": "0193aaaa-0000-7000-8000-000000000001",
    "secret": "s3cret",
    "server_id": "server-1",
    "region_code": "10",
    "region_name": "Los Lagos",
    "office_code": "10401",
    "office_name": "Chaitén",
    "network": "Red Palena",
    "protocol": protocol.PROTOCOL,
}
PERSON = "0193bbbb-0000-7000-8000-00000000000a"
OTHER_PERSON = "0193bbbb-0000-7000-8000-00000000000b"
ATTENTION = "0193bbbb-0000-7000-8000-00000000000c"
NOW = "2026-11-21T10:00:00"


def person(row: str, rut: str, **overrides) -> dict:
    fields = {
        "id": row,
        "office_code": "10401",
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": False,
        "rut": rut,
        "document_type": None,
        "document_number": "",
        "document_country": "",
        "first_names": "Rosa",
        "last_name_1": "Paillamanque",
        "last_name_2": "",
        "birth_date": "1980-04-02",
        "sex": "F",
        "nationality": "Chilena",
        "comuna_code": "10401",
        "address": "",
        "phone": "",
        "email": "",
        "education_level": None,
        "job_status": None,
        "occupation": "",
        "experience": "",
        "has_disability": False,
        "rnd_registered": False,
        "woman_head_of_household": False,
        "migrant": False,
        "indigenous": False,
        "unemployment_insurance": None,
        "bne_registered_on": None,
        "consent_on": None,
        "consent_method": None,
        "notes": "",
        "active": True,
        "legal_basis": "funcion_legal",
        "anonymised_on": None,
    }
    fields.update(overrides)
    return fields


def attention(row: str, person_id: str) -> dict:
    return {
        "id": row,
        "office_code": "10401",
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": False,
        "person_id": person_id,
        "date": "2026-11-20",
        "kind": "orientacion",
        "notes": "",
    }


def change(seq: int, table: str, row: str, fields: dict, op: str = "insert") -> dict:
    return {"seq": seq, "table": table, "row": row, "office": "10401", "op": op, "fields": fields}


class Script:
    """Answers each sync with the next scripted list of pulled changes (then nothing new)."""

    def __init__(self, *pages: list[dict]) -> None:
        self.pages = list(pages)
        self.cursor = 0

    def __call__(self, seen) -> Answer:
        request = json.loads(gzip.decompress(seen.body))
        changes = self.pages.pop(0) if self.pages else []
        self.cursor = max([self.cursor, *(c["seq"] for c in changes)])
        return Answer(
            body={
                "acks": [{"id": c["id"], "status": "applied"} for c in request["changes"]],
                "changes": changes,
                "cursor": self.cursor,
                "more": False,
            },
            headers={"OMIL-Protocol": str(protocol.PROTOCOL), "OMIL-Server-Id": "server-1"},
        )


@pytest.fixture
def office(tiny_server, office_factory):
    office = office_factory("10401")
    tiny_server.answer = lambda seen: Answer(body=ENROLLED)
    office.client.enroll(tiny_server.url, "K7QM-2XHD-P4NA")
    return office


def local_people(office) -> list[str]:
    with office.db.transaction() as session:
        return sorted(session.scalars(select(Person.id)))


@pytest.mark.parametrize(
    ("overrides", "words"),
    [
        ({"sex": "Z"}, "sex: no es uno de los valores permitidos"),
        ({"birth_date": "1990-02-30"}, "birth_date: no es una fecha que exista"),
        ({"first_names": "x" * 30_000}, "first_names: es demasiado largo"),
        ({"has_disability": "sí"}, "has_disability: debe ser verdadero o falso"),
        ({"rut": "12345678-9"}, "rut: no es un RUT válido"),
        ({"comuna_code": "99999"}, "comuna_code: no es una comuna del catálogo"),
        ({"first_names": None}, "first_names: no puede quedar vacío"),
    ],
    ids=["enum", "date", "length", "bool", "rut", "comuna", "null"],
)
def test_a_bad_value_is_set_aside_and_the_rest_applied(tiny_server, office, overrides, words):
    bad = {**person(PERSON, "11111111-1"), **overrides}
    tiny_server.answer = Script(
        [
            change(1, "person", PERSON, bad),
            change(2, "person", OTHER_PERSON, person(OTHER_PERSON, "22222222-2")),
        ]
    )

    report = office.client.sync()

    assert (report.pulled, report.set_aside) == (1, 1)
    assert local_people(office) == [OTHER_PERSON]
    (aside,) = office.workspace.set_aside.list_all()
    assert words in aside.reason
    assert office.client.status().set_aside == 1


def test_the_regions_correction_of_a_record_set_aside_brings_it_in(tiny_server, office):
    tiny_server.answer = Script(
        [change(1, "person", PERSON, person(PERSON, "11111111-1", sex="Z"))],
        [change(2, "person", PERSON, {"sex": "F", "updated_at": NOW}, op="update")],
    )

    office.client.sync()
    assert local_people(office) == []
    report = office.client.sync()

    assert local_people(office) == [PERSON]
    assert office.workspace.people.get(PERSON).data.sex.value == "F"
    assert office.workspace.set_aside.list_all() == []
    assert report.set_aside == 0


def test_an_atencion_of_a_person_not_here_waits_until_the_person_arrives(tiny_server, office):
    tiny_server.answer = Script(
        [change(1, "attention", ATTENTION, attention(ATTENTION, PERSON))],
        [change(2, "person", PERSON, person(PERSON, "11111111-1"))],
        [],
    )

    office.client.sync()
    (aside,) = office.workspace.set_aside.list_all()
    assert "person_id: se refiere a un registro que no está en este equipo" in aside.reason
    office.client.sync()  # the person arrives
    office.client.sync()  # the atención is tried again first thing

    with office.db.transaction() as session:
        assert [a.person_id for a in session.scalars(select(Attention))] == [PERSON]
    assert office.workspace.set_aside.list_all() == []


def test_a_person_that_cannot_sit_beside_one_already_here_is_set_aside(
    tiny_server, office, person_data
):
    """The same RUT as a person this PC already synced (so the server knows them as two): the
    received one is set aside and shown, never written over the local one."""
    tiny_server.answer = Script()
    local = office.workspace.people.create(person_data(rut=Rut.parse("11.111.111-1")))
    office.client.sync()  # acknowledged: the server holds it under its own id
    tiny_server.answer = Script([change(1, "person", PERSON, person(PERSON, "11111111-1"))])

    report = office.client.sync()

    assert report.set_aside == 1
    assert local_people(office) == [local]
    (aside,) = office.workspace.set_aside.list_all()
    assert "mismo RUT" in aside.reason


def test_the_officer_may_discard_a_record_set_aside(tiny_server, office):
    tiny_server.answer = Script([change(1, "person", PERSON, person(PERSON, "x"))])
    office.client.sync()
    (aside,) = office.workspace.set_aside.list_all()

    office.workspace.set_aside.discard(aside.id)
    office.client.sync()

    assert office.workspace.set_aside.list_all() == []
    assert office.client.status().set_aside == 0


def test_a_bad_record_in_a_snapshot_page_is_set_aside(tiny_server, office, person_data):
    records = [
        {"table": "person", "row": PERSON, "office": "10401", "fields": person(PERSON, "bad")},
        {
            "table": "person",
            "row": OTHER_PERSON,
            "office": "10401",
            "fields": person(OTHER_PERSON, "22222222-2"),
        },
    ]

    def answer(seen):
        request = json.loads(gzip.decompress(seen.body))
        return Answer(
            body={
                "acks": [{"id": c["id"], "status": "applied"} for c in request["changes"]],
                "cursor": 9 if request["snapshot"] else 0,
                "snapshot": {"at": 9, "records": records, "after": None, "done": True},
            }
        )

    tiny_server.answer = answer
    report = office.client.sync()

    assert (report.pulled, report.set_aside) == (1, 1)
    assert local_people(office) == [OTHER_PERSON]


def test_what_a_pc_sets_aside_is_counted_in_the_reply_summary(tiny_server, office):
    tiny_server.answer = Script([change(1, "person", PERSON, person(PERSON, "x"))])

    report = office.client.sync()

    assert "recibidos apartados 1" in report.summary()


def test_nothing_of_the_record_reaches_the_log(tiny_server, office, caplog):
    tiny_server.answer = Script(
        [change(1, "person", PERSON, person(PERSON, "11111111-1", last_name_1="Secreto", sex="Z"))]
    )
    with caplog.at_level("DEBUG"):
        office.client.sync()
    assert "set aside" in caplog.text  # the log says what happened, never to whom
    assert "Secreto" not in caplog.text and "11111111" not in caplog.text


def test_a_record_the_database_itself_refuses_is_set_aside_alone(tiny_server, office):
    """A page is written at once; should the database refuse one record (here a trigger stands
    for any constraint a value may break), the page is applied again record by record and only
    that one is set aside."""
    from sqlalchemy import text

    with office.db.transaction() as session:
        session.execute(
            text(
                "CREATE TRIGGER refuse_poison BEFORE INSERT ON person "
                "WHEN NEW.first_names = 'Veneno' BEGIN SELECT RAISE(ABORT, 'refused'); END"
            )
        )
    third = "0193bbbb-0000-7000-8000-00000000000d"
    tiny_server.answer = Script(
        [
            change(1, "person", PERSON, person(PERSON, "11111111-1")),
            change(
                2, "person", OTHER_PERSON, person(OTHER_PERSON, "22222222-2", first_names="Veneno")
            ),
            change(3, "person", third, person(third, "33333333-3")),
        ]
    )

    report = office.client.sync()

    assert (report.pulled, report.set_aside) == (2, 1)
    assert local_people(office) == sorted([PERSON, third])
    (aside,) = office.workspace.set_aside.list_all()
    assert aside.reason.startswith("Este equipo no pudo guardarlo")
