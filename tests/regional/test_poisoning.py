"""The server never trusts a device (docs/sync-protocol.md §6): every value of every change is
checked against the protocol's schema and every reference against what the office may see,
before anything is stored or forwarded. A refused change is answered to its device alone, with
the reason; nothing of it is stored or sent on, and no other device's sync is disturbed."""

from __future__ import annotations

import gzip
import json

import pytest

from omil_desktop.regional.service import AdminError
from omil_desktop.store.models import new_id
from tests.regional.client import person_fields

BAD_VALUES = {
    "wrong type": ("phone", 56912345678, "phone: debe ser texto"),
    "number for a flag": ("migrant", 1, "migrant: debe ser verdadero o falso"),
    "date that does not exist": ("birth_date", "1990-02-30", "birth_date: no es una fecha"),
    "date as a number": ("birth_date", 19900517, "birth_date: debe ser una fecha"),
    "far future": ("consent_on", "3026-01-01", "consent_on: está fuera del rango"),
    "bad time": ("updated_at", "ayer", "updated_at: debe ser una fecha y hora"),
    "enumeration": ("sex", "Z", "sex: no es uno de los valores permitidos"),
    "too long": ("first_names", "María" * 100, "first_names: es demasiado largo"),
    "blank name": ("last_name_1", "   ", "last_name_1: no puede quedar vacío"),
    "null": ("first_names", None, "first_names: no puede quedar vacío"),
    "rut check digit": ("rut", "12345678-9", "rut: no es un RUT válido"),
    "rut format": ("rut", "12.345.678-5", "rut: no es un RUT escrito como 12345678-5"),
    "unknown comuna": ("comuna_code", "99999", "comuna_code: no es una comuna del catálogo"),
    "nul character": ("notes", "a\x00b", "notes: contiene caracteres no permitidos"),
    "unknown field": ("is_admin", True, "is_admin: no es un campo de la tabla"),
    "shared person": ("shared", True, "no se pueden compartir"),
}


def _refused(reply, index: int = 0) -> str:
    ack = reply.acks[index]
    assert ack.status == "refused", ack
    return ack.reason or ""


@pytest.mark.parametrize("case", BAD_VALUES, ids=list(BAD_VALUES))
def test_each_bad_value_is_refused_with_its_reason(sqlite_regional, sqlite_api, case):
    field, value, words = BAD_VALUES[case]
    device = sqlite_api.device(sqlite_regional.code("10401"), "10401")
    bad = device.insert_person(**{field: value})

    reply = device.sync(bad)

    assert words in _refused(reply)
    assert sqlite_regional.service.record("person", bad.row) is None
    assert sqlite_regional.service.refusals()[0].reason == reply.acks[0].reason


def test_a_poisoned_batch_refuses_each_bad_change_and_disturbs_no_one(regional, api):
    chaiten = api.device(regional.code("10401"), "10401")
    colleague = api.device(regional.code("10401"), "10401")  # another PC of the office
    neighbour = api.device(regional.code("10402"), "10402")  # same Red Territorial
    bad = [chaiten.insert_person(**{f: v}) for f, v, _words in BAD_VALUES.values()]
    good = chaiten.insert_person()
    bad_update = chaiten.change("person", good.row, "update", {"email": 3.5})
    bad_notice = chaiten.insert_notice(shared=True, title="")

    reply = chaiten.sync(*bad, good, bad_update, bad_notice)

    statuses = [ack.status for ack in reply.acks]
    assert statuses == ["refused"] * len(bad) + ["applied", "refused", "refused"]
    assert "email: debe ser texto" in reply.acks[-2].reason
    assert "title: no puede quedar vacío" in reply.acks[-1].reason
    stored = regional.service.records("10401")
    assert [r.row for r in stored] == [good.row]
    assert stored[0].fields["email"] == good.fields["email"]
    assert len(regional.service.refusals()) == len(bad) + 2
    (received,) = colleague.pull_all()
    assert received.row == good.row
    assert neighbour.pull_all() == []
    # The poisoning device goes on syncing; so does everyone else.
    assert chaiten.sync(chaiten.insert_person()).acks[0].status == "applied"
    assert colleague.sync(colleague.insert_person()).acks[0].status == "applied"


def test_a_thirty_megabyte_name_is_refused(sqlite_regional, sqlite_api):
    device = sqlite_api.device(sqlite_regional.code("10401"), "10401")
    huge = device.insert_person(first_names="N" * 30_000_000)

    reply = device.sync(huge, device.insert_person())

    assert "first_names: es demasiado largo (máximo 120 caracteres)" in _refused(reply)
    assert len(reply.acks[0].reason) < 300  # the reason never echoes the value
    assert reply.acks[1].status == "applied"


@pytest.mark.parametrize(
    "message",
    [
        {"changes": [], "cursor": 2**63},
        {"changes": [], "cursor": 0, "limit": 2**70},
        {"changes": [], "cursor": 0, "snapshot": {"at": 2**64, "after": None}},
        "change n",
        "change base",
    ],
    ids=["cursor", "limit", "snapshot", "n", "base"],
)
def test_integers_out_of_range_are_malformed_not_a_server_error(
    sqlite_regional, sqlite_api, message
):
    device = sqlite_api.device(sqlite_regional.code("10401"), "10401")
    if isinstance(message, str):
        change = device.insert_person().model_dump(mode="json")
        change["n" if message == "change n" else "base"] = 2**63
        message = {"changes": [change], "cursor": 0}

    response = device.post(gzip.compress(json.dumps(message).encode()))

    assert response.status_code == 400
    assert json.loads(response.content)["error"] == "malformed"
    assert sqlite_regional.service.identity().last_seq == 0


def test_an_atencion_may_refer_only_to_a_person_its_office_sees(regional, api):
    chaiten = api.device(regional.code("10401"), "10401")
    osorno = api.device(regional.code("10301"), "10301")
    theirs = osorno.insert_person()
    osorno.sync(theirs)
    ours = chaiten.insert_person()
    chaiten.sync(ours)

    def attention(person_id: str, row: str | None = None):
        fields = {
            "office_code": "10401",
            "created_at": "2026-11-21T10:00:00",
            "updated_at": "2026-11-21T10:00:00",
            "deleted_at": None,
            "shared": False,
            "person_id": person_id,
            "date": "2026-11-20",
            "kind": "orientacion",
            "notes": "",
        }
        return chaiten.change("attention", row or new_id(), "insert", fields)

    other_office = attention(theirs.row)
    missing = attention(new_id())
    fine = attention(ours.row)
    moved = chaiten.change("attention", fine.row, "update", {"person_id": theirs.row})

    reply = chaiten.sync(other_office, missing, fine, moved)

    assert [a.status for a in reply.acks] == ["refused", "refused", "applied", "refused"]
    for index in (0, 1, 3):
        assert "person_id: se refiere a un registro que no existe" in reply.acks[index].reason
    (stored,) = regional.service.records("10401", "attention")
    assert stored.fields["person_id"] == ours.row
    assert osorno.pull_all() == []


def test_the_regional_office_is_held_to_the_same_schema(sqlite_regional, sqlite_api):
    device = sqlite_api.device(sqlite_regional.code("10401"), "10401")
    person = device.insert_person()
    device.sync(person)
    service = sqlite_regional.service
    before = service.identity().last_seq

    with pytest.raises(AdminError, match="sex: no es uno de los valores permitidos"):
        service.regional_edit("person", person.row, {"sex": "Z"})
    with pytest.raises(AdminError, match="published_on: debe ser una fecha"):
        service.regional_insert("notice", {"title": "Aviso", "body": "", "published_on": "31-12"})
    with pytest.raises(AdminError, match="person_id: se refiere a un registro que no existe"):
        service.regional_insert(
            "attention",
            {"person_id": new_id(), "date": "2026-11-20", "kind": "otro", "notes": ""},
            office="10401",
        )

    assert service.identity().last_seq == before


def test_a_record_the_server_holds_is_always_valid_for_the_schema(sqlite_regional, sqlite_api):
    """What the server stores is exactly what passed the checks (a new record is complete)."""
    from omil_desktop.sync import protocol

    device = sqlite_api.device(sqlite_regional.code("10401"), "10401")
    device.sync(device.insert_person(), device.insert_notice())

    for record in sqlite_regional.service.records("10401"):
        assert protocol.check_fields(record.table, record.fields, complete=True) == {}
    assert set(person_fields("10401")) | {"id"} == protocol.SYNC_TABLES["person"]
