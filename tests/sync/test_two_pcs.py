"""One office, two PCs (docs/sync-protocol.md §10): the same person registered on both while
offline is one person in the end, on the server and on both PCs; what differs is for the officer
to decide; nothing is lost, nothing doubled, and no sync fails.

Two enrolled devices of Chaitén (10401), each with its own data folder, against a real regional
server on loopback (SQLite and PostgreSQL).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import httpx
import pytest
from sqlalchemy import select

from omil_desktop.domain.people import DocumentType, ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.store.models import Attention, ChangeLog, Person
from omil_desktop.sync import protocol
from omil_desktop.sync.client import SyncClient
from omil_desktop.sync.transport import SyncError, Transport

CHAITEN = "10401"
RUT = Rut.parse("12.345.678-5")


@pytest.fixture
def two_pcs(office_factory, regional):
    first = office_factory(CHAITEN, "pc-recepcion")
    second = office_factory(CHAITEN, "pc-terreno")
    for pc in (first, second):
        pc.client.enroll(regional.url, regional.code(CHAITEN))
    return first, second


def people(pc) -> list[Person]:
    with pc.db.transaction() as session:
        rows = session.scalars(select(Person).where(Person.deleted_at.is_(None))).all()
        return sorted(rows, key=lambda p: p.id)


def attentions(pc) -> list[tuple[str, str, str]]:
    with pc.db.transaction() as session:
        rows = session.scalars(select(Attention)).all()
        return sorted((a.id, a.person_id, a.notes) for a in rows)


def server_people(regional) -> list:
    return [r for r in regional.service.records(CHAITEN, "person") if not r.deleted]


def register(pc, person_data, notes: str, **fields) -> str:
    person_id = pc.workspace.people.create(person_data(rut=RUT, **fields))
    pc.workspace.attentions.record(person_id, date(2026, 11, 20), ServiceKind.GUIDANCE, notes)
    return person_id


def test_the_same_rut_on_two_pcs_ends_as_one_person_with_both_histories(
    two_pcs, regional, person_data
):
    first, second = two_pcs
    kept = register(first, person_data, "Atendida en la oficina", email="", occupation="Cocina")
    merged = register(
        second,
        person_data,
        "Atendida en terreno",
        email="maria@terreno.cl",
        occupation="Cocina",
        phone="+56 9 7777 7777",
    )

    first.client.sync()
    report = second.client.sync()
    first.client.sync()

    assert report.merged == 1 and report.refused == 0
    (person,) = server_people(regional)
    assert person.row == kept
    assert regional.service.record("person", merged) is None
    # The empty field took the other PC's value; the one both filled differently is a conflict.
    assert person.fields["email"] == "maria@terreno.cl"
    assert person.fields["phone"] == "+56 9 1234 5678"
    on_server = {
        r.row: r.fields["person_id"] for r in regional.service.records(CHAITEN, "attention")
    }
    assert set(on_server.values()) == {kept}
    for pc in (first, second):
        (local,) = people(pc)
        assert (local.id, local.rut, local.email) == (kept, RUT.compact, "maria@terreno.cl")
        rows = attentions(pc)
        assert {notes for _id, _person, notes in rows} == {
            "Atendida en la oficina",
            "Atendida en terreno",
        }
        assert {person for _id, person, _notes in rows} == {kept}
        assert pc.client.status().pending == 0
    (conflict,) = second.workspace.conflicts.list_open()
    assert (conflict.field, conflict.local_value, conflict.server_value) == (
        "phone",
        "+56 9 7777 7777",
        "+56 9 1234 5678",
    )
    assert first.workspace.conflicts.list_open() == []
    assert second.workspace.people.get(kept).data.phone == "+56 9 7777 7777"  # until decided

    second.workspace.conflicts.resolve(conflict.id, "local")
    second.client.sync()
    first.client.sync()

    assert regional.service.record("person", kept).fields["phone"] == "+56 9 7777 7777"
    assert first.workspace.people.get(kept).data.phone == "+56 9 7777 7777"
    assert regional.service.integrity_check() == "ok"


def test_a_pc_that_receives_the_person_before_sending_its_own_copy_merges_it_locally(
    two_pcs, regional, person_data, monkeypatch
):
    """The other PC's person arrives while this PC's own copy still waits in its change log
    (a long backlog): its copy takes the server's id at once and goes as a merge."""
    first, second = two_pcs
    kept = register(first, person_data, "Oficina")
    first.client.sync()
    second.workspace.notices.create("Feria", "", date(2026, 11, 21))  # queued before the person
    register(second, person_data, "Terreno", occupation="Salmonicultura")
    monkeypatch.setattr(protocol, "CLIENT_BATCH", 1)  # one change per request: the pull comes first

    report = second.client.sync()
    first.client.sync()

    assert report.refused == 0 and report.set_aside == 0
    (person,) = server_people(regional)
    assert person.row == kept and person.fields["occupation"] == "Salmonicultura"
    for pc in (first, second):
        assert [p.id for p in people(pc)] == [kept]
        assert {person for _id, person, _notes in attentions(pc)} == {kept}
        assert len(attentions(pc)) == 2
        assert pc.client.status().pending == 0


def test_the_same_foreign_document_is_the_same_person_too(two_pcs, regional, person_data):
    first, second = two_pcs
    document = {
        "rut": None,
        "document_type": DocumentType.PASSPORT,
        "document_number": "AB 123.456",
        "document_country": "Venezuela",
    }
    kept = first.workspace.people.create(person_data(**document))
    second.workspace.people.create(person_data(**{**document, "document_number": "ab123456"}))

    first.client.sync()
    second.client.sync()

    assert [p.row for p in server_people(regional)] == [kept]
    assert [p.id for p in people(second)] == [kept]


def test_namesakes_with_different_ruts_stay_two_people(two_pcs, regional, person_data):
    """Only the RUT (or a foreign document) says two records are one person: same names and
    birth date are not enough to merge without the officer."""
    first, second = two_pcs
    first.workspace.people.create(person_data(rut=Rut.parse("11.111.111-1")))
    second.workspace.people.create(person_data(rut=Rut.parse("22.222.222-2")))

    first.client.sync()
    second.client.sync()
    first.client.sync()

    assert len(server_people(regional)) == 2
    for pc in (first, second):
        assert len(people(pc)) == 2


class LosingEdge(httpx.AsyncHTTPTransport):
    """The PC's network edge: loses the next sync reply after the server sent it whole."""

    lose_next_reply = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        if self.lose_next_reply and request.url.path == "/api/sync":
            self.lose_next_reply = False
            await response.aread()  # the server answered in full: it has committed
            await response.aclose()
            raise httpx.ReadError("reply lost on the way", request=request)
        return response


def test_a_lost_reply_to_a_merge_is_repeated_whole(office_factory, regional, person_data, request):
    """The server merged, the reply never arrived: the same batch sent again gets the same
    answer (the merge and its conflicts), not a second person."""
    first = office_factory(CHAITEN, "pc-recepcion")
    second = office_factory(CHAITEN, "pc-terreno")
    edge = LosingEdge()
    transport = Transport(http_transport=edge)
    request.addfinalizer(transport.close)  # a transport given to a client is not its to close
    second.client.close()
    second.client = SyncClient(second.workspace, transport=transport)
    for pc in (first, second):
        pc.client.enroll(regional.url, regional.code(CHAITEN))
    kept = register(first, person_data, "Oficina")
    first.client.sync()
    merged = register(second, person_data, "Terreno", phone="+56 9 7777 7777")

    edge.lose_next_reply = True
    with pytest.raises(SyncError):
        second.client.sync()
    assert [p.id for p in people(second)] == [merged]  # nothing of the answer was applied
    report = second.client.sync()

    assert report.merged == 1
    assert [p.row for p in server_people(regional)] == [kept]
    assert [p.id for p in people(second)] == [kept]
    assert [c.field for c in second.workspace.conflicts.list_open()] == ["phone"]
    assert {person for _id, person, _notes in attentions(second)} == {kept}
    with second.db.transaction() as session:
        assert session.scalars(select(ChangeLog)).all() == []


def test_a_rut_edited_into_another_persons_is_refused_for_that_pc_alone(
    two_pcs, regional, person_data
):
    first, second = two_pcs
    first.workspace.people.create(person_data())
    other = second.workspace.people.create(person_data(rut=Rut.parse("11.111.111-1")))
    second.client.sync()
    data = second.workspace.people.get(other).data
    second.workspace.people.update(other, replace(data, rut=RUT), allow_likely_duplicate=True)

    first.client.sync()
    report = second.client.sync()

    assert report.refused == 1
    assert regional.service.record("person", other).fields["rut"] == "11111111-1"
    assert "ya pertenece a otra persona" in regional.service.refusals()[0].reason
    # The other PC's record arrives at this one but cannot sit beside its own: set aside, shown
    # (with the other PC's audit entry of it, which names it).
    assert second.client.status().set_aside == 2
    assert first.client.sync().refused == 0
