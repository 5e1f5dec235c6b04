"""The server never shows one office's people to another (DESIGN §5.5), for what issue 12 added:
the audit log (``audit_entry``), the person's requests (``data_request``) and a person's legal
basis and anonymisation. An office's entries reach its own devices only — never another office's,
not even one of its Red Territorial — and cannot be shared. On SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from omil_desktop.domain.audit import entry_hash
from omil_desktop.store.models import new_id
from tests.regional.client import NOW

CHAITEN, FUTALEUFU, OSORNO, PALENA = "10401", "10402", "10301", "10404"
"""Chaitén and Futaleufú share Red Palena; Osorno is in Red Osorno; Palena in no network."""


def audit_fields(office: str, person_id: str, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "office_code": office,
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": False,
        "at": NOW,
        "device": new_id(),
        "position": 1,
        "officer": "encargada (Encargada OMIL)",
        "action": "ver",
        "person_id": person_id,
        "record_table": "person",
        "record_id": person_id,
        "fields": "",
        "detail": "Ficha abierta",
        "previous_hash": "",
    }
    values.update(overrides)
    return values


def audit_change(device: Any, office: str, person_id: str, **overrides: Any) -> Any:
    """A new audit entry pushed by ``device``, sealed with its true hash (the server checks
    it: regional/exchange.py ``_audit_rules``)."""
    row = new_id()
    fields = audit_fields(office, person_id, **overrides)
    return device.change(
        "audit_entry", row, "insert", {**fields, "hash": entry_hash({**fields, "id": row})}
    )


def request_fields(office: str, person_id: str, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "office_code": office,
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": False,
        "person_id": person_id,
        "kind": "acceso",
        "received_on": "2026-11-21",
        "due_on": "2026-12-21",
        "status": "pendiente",
        "answered_on": None,
        "answer": "",
    }
    values.update(overrides)
    return values


def test_audit_entries_and_requests_reach_only_their_own_office(regional, api):
    chaiten = api.device(regional.code(CHAITEN), CHAITEN)
    colleague = api.device(regional.code(CHAITEN), CHAITEN)
    neighbours = [
        api.device(regional.code(office), office) for office in (FUTALEUFU, OSORNO, PALENA)
    ]
    person = chaiten.insert_person(legal_basis="consentimiento", anonymised_on=None)
    seen = audit_change(chaiten, CHAITEN, person.row)
    asked = chaiten.change("data_request", new_id(), "insert", request_fields(CHAITEN, person.row))
    shared_notice = chaiten.insert_notice(shared=True, title="Feria en Chaitén")

    reply = chaiten.sync(person, seen, asked, shared_notice)

    assert [a.status for a in reply.acks] == ["applied"] * 4, reply.acks
    mine = {(c.table, c.row): c for c in colleague.pull_all()}
    assert set(mine) == {
        ("person", person.row),
        ("audit_entry", seen.row),
        ("data_request", asked.row),
        ("notice", shared_notice.row),
    }
    assert mine["person", person.row].fields["legal_basis"] == "consentimiento"
    assert mine["audit_entry", seen.row].fields["person_id"] == person.row
    assert mine["data_request", asked.row].fields["kind"] == "acceso"
    # The network gets the shared notice, nothing of the office's people; the others nothing.
    futaleufu, osorno, palena = neighbours
    assert [(c.table, c.row) for c in futaleufu.pull_all()] == [("notice", shared_notice.row)]
    assert osorno.pull_all() == [] and palena.pull_all() == []

    # The person's anonymisation (a new field) travels to the office's devices only.
    erased = chaiten.change(
        "person", person.row, "update", {"anonymised_on": "2026-11-22", "first_names": "—"}
    )
    assert chaiten.sync(erased).acks[0].status == "applied"
    (update,) = colleague.pull_all()
    assert update.fields["anonymised_on"] == "2026-11-22"
    assert all(device.pull_all() == [] for device in neighbours)


def test_audit_entries_and_requests_cannot_be_shared(regional, api):
    chaiten = api.device(regional.code(CHAITEN), CHAITEN)
    futaleufu = api.device(regional.code(FUTALEUFU), FUTALEUFU)
    person = chaiten.insert_person()
    entry = audit_change(chaiten, CHAITEN, person.row)
    request = chaiten.change(
        "data_request", new_id(), "insert", request_fields(CHAITEN, person.row)
    )
    assert [a.status for a in chaiten.sync(person, entry, request).acks] == ["applied"] * 3

    attempts = [
        audit_change(chaiten, CHAITEN, person.row, shared=True, position=2),
        chaiten.change(
            "data_request", new_id(), "insert", request_fields(CHAITEN, person.row, shared=True)
        ),
        chaiten.change("data_request", request.row, "update", {"shared": True}),
        chaiten.change("person", person.row, "update", {"shared": True}),
    ]
    reply = chaiten.sync(*attempts)

    assert [a.status for a in reply.acks] == ["refused"] * 4
    assert all("compartir" in (a.reason or "") for a in reply.acks)
    assert futaleufu.pull_all() == []
    assert regional.service.record("data_request", request.row).shared is False


def test_another_office_cannot_write_about_an_offices_person(regional, api):
    chaiten = api.device(regional.code(CHAITEN), CHAITEN)
    futaleufu = api.device(regional.code(FUTALEUFU), FUTALEUFU)
    person = chaiten.insert_person()
    request = chaiten.change(
        "data_request", new_id(), "insert", request_fields(CHAITEN, person.row)
    )
    assert [a.status for a in chaiten.sync(person, request).acks] == ["applied"] * 2

    attempts = [
        # An entry or a request of its own naming Chaitén's person (a record it may not see).
        audit_change(futaleufu, FUTALEUFU, person.row),
        futaleufu.change("data_request", new_id(), "insert", request_fields(FUTALEUFU, person.row)),
        # Chaitén's request answered, or its person's basis changed, from Futaleufú.
        futaleufu.change("data_request", request.row, "update", {"status": "respondida"}),
        futaleufu.change("person", person.row, "update", {"legal_basis": "consentimiento"}),
        # Written as Chaitén's.
        audit_change(futaleufu, CHAITEN, person.row),
    ]
    reply = futaleufu.sync(*attempts)

    assert [a.status for a in reply.acks] == ["refused"] * 5, reply.acks
    assert regional.service.record("data_request", request.row).fields["status"] == "pendiente"
    assert regional.service.record("person", person.row).fields["legal_basis"] == "funcion_legal"
    assert regional.service.records(FUTALEUFU) == []
    assert futaleufu.pull_all() == []
