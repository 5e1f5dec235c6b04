"""The sync client against a real regional server on loopback (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.store.models import ChangeLog, Notice, Person, SyncState
from omil_desktop.sync.client import SyncError


def enroll(regional, office):
    comuna = office.workspace.office.comuna_code
    return office.client.enroll(regional.url, regional.code(comuna), "PC de prueba")


def pending(office) -> list[ChangeLog]:
    with office.db.transaction() as session:
        return list(session.scalars(select(ChangeLog).order_by(ChangeLog.seq)))


def test_enroll_then_sync_people_and_attentions_up(regional, office_factory, person_data):
    office = office_factory("10401")
    status = enroll(regional, office)
    assert status.enrolled and status.region_name and status.credential_store == "keyring"
    assert status.network == "Red Palena"
    people = office.workspace.people
    person_id = people.create(person_data(comuna_code="10401"))
    office.workspace.attentions.record(person_id, date(2026, 11, 2), ServiceKind.GUIDANCE, "")
    assert office.client.status().pending == 4  # each with its audit entry
    report = office.client.sync()
    assert (report.pushed, report.refused, report.conflicts) == (4, 0, 0)
    assert report.round_trips == 1
    assert report.bytes_sent > 0 and report.bytes_received > 0
    assert pending(office) == []
    record = regional.service.record("person", person_id)
    assert record is not None
    status = office.client.status()
    assert (status.pending, status.last_error) == (0, None)
    assert status.last_sync_at is not None


@pytest.fixture
def server(regional_factory):
    """One regional server over SQLite (the scenarios below; both databases run the first)."""
    return regional_factory("sqlite")


def synced_person(office, person_data, **overrides) -> str:
    comuna = office.workspace.office.comuna_code
    person_id = office.workspace.people.create(person_data(comuna_code=comuna, **overrides))
    office.client.sync()
    return person_id


def set_field(office, person_id: str, **values) -> None:
    """An officer's edit of single fields, as the form saves it (one logged change)."""
    with office.db.transaction() as session:
        person = session.get(Person, person_id)
        for name, value in values.items():
            setattr(person, name, value)


def local_person(office, person_id: str) -> Person | None:
    with office.db.transaction() as session:
        return session.get(Person, person_id)


def test_a_one_field_edit_costs_one_round_trip_and_little_more_than_its_bytes(
    server, office_factory, person_data
):
    office = office_factory("10401")
    enroll(server, office)
    person_id = synced_person(office, person_data)
    set_field(office, person_id, phone="+56 9 8765 4321")
    report = office.client.sync()
    assert (report.pushed, report.round_trips) == (2, 1)  # the edit and its audit entry
    assert report.bytes_sent < 1000, report.bytes_sent
    assert server.service.record("person", person_id).fields["phone"] == "+56 9 8765 4321"
    quiet = office.client.sync()
    assert (quiet.pushed, quiet.pulled, quiet.round_trips) == (0, 0, 1)


def test_revoked_device_is_refused_keeps_its_changes_and_syncs_after_enrolling_again(
    server, office_factory, person_data, memory_keyring
):
    office = office_factory("10401")
    first = enroll(server, office)
    server.service.revoke(first.device_id)
    person_id = office.workspace.people.create(person_data(comuna_code="10401"))
    with pytest.raises(SyncError) as error:
        office.client.sync()
    assert error.value.kind == "revoked"
    status = office.client.status()
    assert status.pending == 2  # the person and its audit entry
    assert status.last_error == error.value.message
    assert "dado de baja" in status.last_error and "inscríbalo de nuevo" in status.last_error
    assert status.needs_enrollment
    second = enroll(server, office)
    assert second.device_id != first.device_id
    assert second.last_error is None and not second.needs_enrollment
    assert len(memory_keyring.passwords) == 1  # the old device's secret is gone
    assert office.client.sync().pushed == 2
    assert server.service.record("person", person_id) is not None


def test_a_regional_edit_of_another_field_merges(server, office_factory, person_data):
    office = office_factory("10401")
    enroll(server, office)
    person_id = synced_person(office, person_data)
    server.service.regional_edit("person", person_id, {"email": "region@example.cl"})
    set_field(office, person_id, phone="+56 9 8765 4321")
    report = office.client.sync()
    assert (report.pushed, report.pulled, report.conflicts) == (2, 1, 0)  # and its audit entry
    person = local_person(office, person_id)
    assert (person.email, person.phone) == ("region@example.cl", "+56 9 8765 4321")
    fields = server.service.record("person", person_id).fields
    assert (fields["email"], fields["phone"]) == ("region@example.cl", "+56 9 8765 4321")
    assert office.client.status().conflicts == 0
    assert pending(office) == []  # pulled changes are not logged to be pushed back


@pytest.mark.parametrize("keep", ["local", "server"])
def test_the_same_field_edited_on_both_sides_is_a_conflict_the_officer_resolves(
    server, office_factory, person_data, keep
):
    office = office_factory("10401")
    enroll(server, office)
    person_id = synced_person(office, person_data, phone="+56 9 1111 1111")
    server.service.regional_edit("person", person_id, {"phone": "+56 9 2222 2222"})
    set_field(office, person_id, phone="+56 9 3333 3333")
    report = office.client.sync()
    assert report.conflicts == 1
    assert local_person(office, person_id).phone == "+56 9 3333 3333"  # not overwritten
    assert server.service.record("person", person_id).fields["phone"] == "+56 9 2222 2222"
    (view,) = office.workspace.conflicts.list_open()
    assert (view.field_label, view.local_value, view.server_value) == (
        "Teléfono",
        "+56 9 3333 3333",
        "+56 9 2222 2222",
    )
    assert view.record == "María José Núñez Pérez (12.345.678-5)"
    assert office.client.status().conflicts == 1
    office.client.sync()  # syncing again does not repeat or lose the conflict
    assert len(office.workspace.conflicts.list_open()) == 1
    office.workspace.conflicts.resolve(view.id, keep)
    report = office.client.sync()
    assert (report.pushed, report.conflicts) == (2, 0)  # the chosen value and its audit entry
    expected = "+56 9 3333 3333" if keep == "local" else "+56 9 2222 2222"
    assert local_person(office, person_id).phone == expected
    assert server.service.record("person", person_id).fields["phone"] == expected
    assert office.client.status().conflicts == 0


def test_a_pulled_change_does_not_overwrite_an_unsent_local_edit(
    server, office_factory, person_data
):
    office = office_factory("10401")
    enroll(server, office)
    person_id = synced_person(office, person_data)
    server.service.regional_edit("person", person_id, {"phone": "+56 9 2222 2222"})
    set_field(office, person_id, phone="+56 9 3333 3333")
    # A page pulled while the edit still waits in a later batch: the officer's value stays.
    request, sent = office.client._next_request()
    url, credential = office.client._credential()
    empty = request.model_copy(update={"changes": []})
    response = office.client.transport.sync(url, empty, credential)
    office.client._apply(empty, {}, response)
    assert local_person(office, person_id).phone == "+56 9 3333 3333"
    assert len(sent) == 2  # the edit and its audit entry


def test_a_shared_notice_reaches_the_network_read_only_and_leaves_when_unshared(
    server, office_factory
):
    chaiten, futaleufu, osorno = (office_factory(c) for c in ("10401", "10402", "10301"))
    for office in (chaiten, futaleufu, osorno):
        enroll(server, office)
    notice_id = chaiten.workspace.notices.create(
        "Feria laboral", "En la plaza.", date(2026, 11, 20), shared=True
    )
    private_id = chaiten.workspace.notices.create("Interno", "", date(2026, 11, 20))
    chaiten.client.sync()
    futaleufu.client.sync()
    osorno.client.sync()
    (row,) = futaleufu.workspace.notices.list()
    assert (row.id, row.title, row.read_only, row.office_name) == (
        notice_id,
        "Feria laboral",
        True,
        "OMIL Chaitén",
    )
    assert osorno.workspace.notices.list() == []  # another network
    assert private_id not in {n.id for n in futaleufu.workspace.notices.list()}
    chaiten.workspace.notices.update(
        notice_id, "Feria laboral 2026", "En la plaza.", row.published_on
    )
    chaiten.client.sync()
    futaleufu.client.sync()
    assert futaleufu.workspace.notices.list()[0].title == "Feria laboral 2026"
    chaiten.workspace.notices.set_shared(notice_id, False)
    chaiten.client.sync()
    futaleufu.client.sync()
    assert futaleufu.workspace.notices.list() == []
    with futaleufu.db.transaction() as session:
        assert session.get(Notice, notice_id) is None  # the copy is removed, not hidden
    assert {n.id for n in chaiten.workspace.notices.list()} == {private_id, notice_id}


def test_a_regional_notice_reaches_every_office_read_only(server, office_factory):
    chaiten, osorno = office_factory("10401"), office_factory("10301")
    for office in (chaiten, osorno):
        enroll(server, office)
    row = server.service.regional_insert(
        "notice",
        {"title": "Cierre de postulaciones", "body": "", "published_on": "2026-11-30"},
    )
    for office in (chaiten, osorno):
        office.client.sync()
        (notice,) = office.workspace.notices.list()
        assert (notice.id, notice.read_only, notice.office_name) == (
            row,
            True,
            "Dirección Regional",
        )
        assert notice.published_on == date(2026, 11, 30)


def test_a_device_behind_the_horizon_gets_a_snapshot_in_pages(
    server, office_factory, person_data, monkeypatch
):
    from omil_desktop.sync import protocol

    monkeypatch.setattr(protocol, "CLIENT_BATCH", 2)
    first = office_factory("10401")
    enroll(server, first)
    ids = []
    for number in range(5):
        rut = Rut.from_body(11_111_110 + number)
        ids.append(
            first.workspace.people.create(
                person_data(comuna_code="10401", rut=rut, first_names=f"Persona {number}"),
                allow_likely_duplicate=True,
            )
        )
    report = first.client.sync()
    assert (report.pushed, report.round_trips) == (10, 5)  # batches of 2, audit entries too
    server.service.regional_edit("person", ids[0], {"phone": "+56 9 4444 4444"})
    server.service.compact(up_to_seq=10_000)
    second = office_factory("10401")  # a new PC of the same office
    enroll(server, second)
    progress = []
    report = second.client.sync(progress=progress.append)
    assert report.pulled == 10  # five people and their audit entries
    assert report.round_trips >= 3 and len(progress) == report.round_trips
    with second.db.transaction() as session:
        people = {p.id: p for p in session.scalars(select(Person))}
        state = session.get(SyncState, 1)
        assert set(people) == set(ids)
        assert people[ids[0]].phone == "+56 9 4444 4444"
        assert people[ids[1]].search_key  # derived columns computed locally
        assert state.snapshot_at is None and state.cursor > 0
    assert pending(second) == []
    set_field(first, ids[1], email="nuevo@example.cl")
    first.client.sync()
    assert second.client.sync().pulled == 2  # the edit and its audit entry
    assert local_person(second, ids[1]).email == "nuevo@example.cl"


def test_a_snapshot_drops_copies_the_network_stopped_sharing_meanwhile(server, office_factory):
    sharer = office_factory("10402")
    neighbour = office_factory("10401")
    enroll(server, sharer)
    enroll(server, neighbour)
    kept = sharer.workspace.notices.create("Sigue", "", date(2026, 11, 21), shared=True)
    withdrawn = sharer.workspace.notices.create("Retirado", "", date(2026, 11, 21), shared=True)
    sharer.client.sync()
    neighbour.client.sync()
    assert {n.title for n in neighbour.workspace.notices.list()} == {"Sigue", "Retirado"}

    # Un-shared while the neighbour is offline, and that history compacted away.
    sharer.workspace.notices.set_shared(withdrawn, False)
    sharer.client.sync()
    server.service.compact(up_to_seq=10_000)
    neighbour.client.sync()

    assert [n.id for n in neighbour.workspace.notices.list()] == [kept]


def test_should_stop_cancels_between_exchanges_keeping_the_rest(
    server, office_factory, person_data, monkeypatch
):
    from omil_desktop.sync import protocol

    monkeypatch.setattr(protocol, "CLIENT_BATCH", 2)
    office = office_factory("10401")
    enroll(server, office)
    for number in range(5):
        office.workspace.people.create(
            person_data(comuna_code="10401", rut=Rut.from_body(22_222_220 + number)),
            allow_likely_duplicate=True,
        )
    exchanges = []
    report = office.client.sync(progress=exchanges.append, should_stop=lambda: len(exchanges) >= 1)
    # Ten changes: five people and their audit entries.
    assert report.stopped and (report.pushed, report.remaining, report.round_trips) == (2, 8, 1)
    assert "interrumpida" in report.summary()
    assert office.client.sync().pushed == 8


def test_a_lost_reply_is_resent_without_duplicates(server, office_factory, person_data):
    office = office_factory("10401")
    enroll(server, office)
    person_id = office.workspace.people.create(person_data(comuna_code="10401"))
    server.service.regional_insert(
        "notice", {"title": "Regional", "body": "", "published_on": "2026-11-30"}
    )
    # The server commits the batch, but its reply never arrives.
    request, _sent = office.client._next_request()
    url, credential = office.client._credential()
    office.client.transport.sync(url, request, credential)
    changes_on_server = server.service.change_count()
    assert len(pending(office)) == 2  # the person and its audit entry
    report = office.client.sync()
    assert (report.pushed, report.pulled, report.round_trips) == (2, 1, 1)
    assert server.service.change_count() == changes_on_server  # acknowledged as duplicate
    assert pending(office) == []
    assert [r.row for r in server.service.records("10401", "person")] == [person_id]
    assert len(office.workspace.notices.list()) == 1


def test_probe(server, office_factory, closed_port_url):
    office = office_factory("10401")
    assert office.client.probe() is False  # not enrolled
    enroll(server, office)
    assert office.client.probe() is True
    with office.db.transaction() as session:
        session.get(SyncState, 1).server_url = closed_port_url
    assert office.client.probe(timeout=1) is False


def test_sync_before_enrolling_says_so(office_factory):
    office = office_factory("10401")
    with pytest.raises(SyncError) as error:
        office.client.sync()
    assert error.value.kind == "not_enrolled"
    assert office.client.status().last_error == error.value.message


def test_enroll_with_a_used_code_or_one_of_another_comuna_is_refused(server, office_factory):
    office = office_factory("10401")
    code = server.code("10401")
    office.client.enroll(server.url, code)
    with pytest.raises(SyncError) as error:
        office.client.enroll(server.url, code)
    assert error.value.kind == "bad_code"
    with pytest.raises(SyncError) as error:
        office.client.enroll(server.url, server.code("10402"))
    assert error.value.kind == "office_mismatch"
    assert office.client.status().enrolled  # the first enrollment stands


def test_pushed_changes_are_the_change_log_rows(server, office_factory, person_data):
    office = office_factory("10401")
    enroll(server, office)
    person_id = office.workspace.people.create(person_data(comuna_code="10401"))
    request, _ = office.client._next_request()
    change, _audited = request.changes
    row, _audit_row = pending(office)
    assert (change.n, change.base, change.row, change.op) == (row.seq, 0, person_id, "insert")
    assert change.fields == json.loads(row.payload)
    assert "search_key" not in change.fields
