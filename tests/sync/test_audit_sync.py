"""The audit log syncs to the region (protocol 8, docs/sync-protocol.md §16): two PCs of one
office each keep their own chain; both chains reach the server and the other PC and verify there;
an entry tampered with before it is pushed is refused for that PC alone, and the other PC's sync
goes on. The same person registered on both PCs (merged, §10) leaves every chain intact. A real
regional server on loopback, real SQLite files, the services the window uses."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from omil_desktop.domain.audit import entry_hash
from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.privacy import AuditAction
from omil_desktop.domain.rut import Rut
from omil_desktop.store.models import ChangeLog

CHAITEN = "10401"


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite")


@pytest.fixture
def two_pcs(office_factory, server):
    first = office_factory(CHAITEN, "pc-recepcion")
    second = office_factory(CHAITEN, "pc-terreno")
    for pc in (first, second):
        pc.client.enroll(server.url, server.code(CHAITEN))
    return first, second


def register(pc, person_data, rut: Rut, name: str) -> str:
    ws = pc.workspace
    person = ws.people.create(
        person_data(first_names=name, rut=rut, comuna_code=CHAITEN, email=""),
        allow_likely_duplicate=True,
    )
    ws.attentions.record(person, date(2026, 11, 20), ServiceKind.GUIDANCE, "")
    ws.audit.record(AuditAction.VIEWED, person_id=person, record_table="person", record_id=person)
    return person


def server_chain(server, device: str) -> list[dict]:
    entries = [r.fields for r in server.service.records(CHAITEN, "audit_entry")]
    return sorted((e for e in entries if e["device"] == device), key=lambda e: e["position"])


def device_of(pc) -> str:
    with pc.db.transaction() as session:
        from omil_desktop.store.models import Office

        return session.scalars(select(Office.id)).one()


def test_both_chains_reach_the_server_and_the_other_pc_and_verify(two_pcs, server, person_data):
    first, second = two_pcs
    ana = register(first, person_data, Rut.from_body(16_100_000), "Ana")
    register(second, person_data, Rut.from_body(17_200_000), "Berta")
    # The same person on both PCs: merged by the server, re-pointed on the second PC.
    same = Rut.from_body(18_300_000)
    register(first, person_data, same, "Carla")
    register(second, person_data, same, "Carla")
    for pc in (first, second, first, second):
        assert pc.client.sync().refused == 0

    for pc in (first, second):
        report = pc.workspace.audit.verify()
        assert report.summary() == f"Íntegro: {report.entries} entradas de 2 equipos.", (
            report.summary()
        )
    assert first.workspace.audit.verify().entries == second.workspace.audit.verify().entries == 12
    for pc in (first, second):
        chain = server_chain(server, device_of(pc))
        assert [e["position"] for e in chain] == list(range(1, 7))
        assert all(entry_hash({**e, "id": e["id"]}) == e["hash"] for e in chain)
    # The second PC's view of Ana is none: each PC's «Accesos» shows what reached it.
    assert [r.action for r in second.workspace.audit.for_person(ana).rows] == [
        AuditAction.VIEWED,
        AuditAction.CREATED,  # the atención
        AuditAction.CREATED,
    ]


def test_a_tampered_entry_is_refused_for_its_pc_alone(two_pcs, server, person_data):
    first, second = two_pcs
    register(first, person_data, Rut.from_body(16_100_000), "Ana")
    register(second, person_data, Rut.from_body(17_200_000), "Berta")
    with first.db.transaction() as session:  # the view, edited before it was pushed
        change = session.scalars(
            select(ChangeLog)
            .where(ChangeLog.table_name == "audit_entry")
            .order_by(ChangeLog.seq.desc())
        ).first()
        payload = json.loads(change.payload)
        payload["action"] = "modificar"
        change.payload = json.dumps(payload)

    report = first.client.sync()
    assert report.refused == 1
    assert second.client.sync().refused == 0  # the other PC's sync goes on
    assert [e["position"] for e in server_chain(server, device_of(first))] == [1, 2]
    assert [e["position"] for e in server_chain(server, device_of(second))] == [1, 2, 3]
    # What reached the second PC: the first PC's chain without the refused entry, intact.
    assert second.client.sync().refused == 0
    assert second.workspace.audit.verify().intact
    # The first PC's next entry follows its own chain; the server has no entry 3 to compare.
    first.workspace.audit.record(AuditAction.EXPORTED, detail="Planilla de personas")
    assert first.client.sync().refused == 0
    assert [e["position"] for e in server_chain(server, device_of(first))] == [1, 2, 4]
    second.client.sync()
    problems = second.workspace.audit.verify().problems
    assert [(p.kind, p.position) for p in problems] == [("faltante", 3)]
