"""Version skew (docs/sync-protocol.md §3): a client one protocol version behind still syncs; one
the server no longer serves, or one newer than the server, is told clearly and keeps its changes.

The older client is this client announcing the previous version
(``Transport(protocol_version=PROTOCOL - 1)``): what changes between versions is the server's
answer, which is what these tests look at.
"""

from __future__ import annotations

import pytest

from omil_desktop.sync import protocol
from omil_desktop.sync.client import SyncClient
from omil_desktop.sync.transport import UPDATE_CLIENT, UPDATE_SERVER, SyncError, Transport


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite")


def office_speaking(office_factory, server, comuna: str, version: int):
    office = office_factory(comuna)
    office.client.close()
    office.client = SyncClient(office.workspace, transport=Transport(protocol_version=version))
    office.client.enroll(server.url, server.code(comuna))
    return office


def test_a_client_one_version_behind_still_syncs_its_own_records(
    office_factory, server, person_data
):
    old = office_speaking(office_factory, server, "10401", protocol.PROTOCOL - 1)
    person_id = old.workspace.people.create(person_data())

    report = old.client.sync()
    server.service.regional_edit("person", person_id, {"email": "region@example.cl"})
    old.client.sync()

    assert report.pushed == 1
    assert server.service.record("person", person_id).fields["first_names"] == "María José"
    assert old.workspace.people.get(person_id).data.email == "region@example.cl"
    assert old.client.status().pending == 0


def test_a_version_2_client_is_never_sent_a_merge_it_cannot_read(
    office_factory, server, person_data
):
    """Merging the same person from two PCs (§10) came with version 3: a version-2 device's copy
    is refused, with the reason, and kept on the PC; nothing of it is stored or forwarded."""
    current = office_speaking(office_factory, server, "10401", protocol.PROTOCOL)
    old = office_speaking(office_factory, server, "10401", 2)
    first = current.workspace.people.create(person_data())
    current.client.sync()
    second = old.workspace.people.create(person_data(phone="+56 9 7777 7777"))

    old.client.sync()

    assert server.service.record("person", second) is None
    assert server.service.record("person", first).fields["phone"] == "+56 9 1234 5678"
    assert "Actualice OMIL Desktop" in (server.service.refusals()[0].reason or "")


def test_a_client_the_server_no_longer_serves_is_told_to_update_and_keeps_its_changes(
    office_factory, server, person_data
):
    old = office_speaking(office_factory, server, "10401", protocol.PROTOCOL - 1)
    server.service.set_min_protocol(protocol.PROTOCOL)
    person_id = old.workspace.people.create(person_data())

    with pytest.raises(SyncError) as refused:
        old.client.sync()

    assert refused.value.kind == UPDATE_CLIENT
    assert "Actualice OMIL Desktop" in refused.value.message
    status = old.client.status()
    assert status.pending == 2  # the person and its audit entry
    assert "Actualice OMIL Desktop" in (status.last_error or "")
    assert server.service.record("person", person_id) is None

    # Updated, the same installation sends what it kept.
    updated = SyncClient(old.workspace)
    try:
        updated.sync()
    finally:
        updated.close()
    assert server.service.record("person", person_id) is not None


def test_a_client_newer_than_the_server_is_told_the_server_must_update(
    office_factory, server, person_data
):
    office = office_speaking(office_factory, server, "10401", protocol.PROTOCOL)
    office.client.close()
    office.client = SyncClient(
        office.workspace, transport=Transport(protocol_version=protocol.PROTOCOL + 1)
    )
    office.workspace.people.create(person_data())

    with pytest.raises(SyncError) as refused:
        office.client.sync()

    assert refused.value.kind == UPDATE_SERVER
    assert "servidor regional aún no se actualiza" in refused.value.message
    assert office.client.status().pending == 2  # the person and its audit entry


def _company(office, name: str, body: int) -> str:
    from omil_desktop.domain.rut import Rut
    from omil_desktop.store.models import Company

    with office.workspace.db.transaction() as session:
        company = Company(
            office_code="10401",
            rut=Rut.from_body(body).compact,
            legal_name=name,
            comuna_code="10401",
        )
        session.add(company)
        session.flush()
        return company.id


def _companies(office) -> list[str]:
    from sqlalchemy import select

    from omil_desktop.store.models import Company

    with office.workspace.db.transaction() as session:
        return list(session.scalars(select(Company.legal_name)))


def test_an_older_device_is_never_sent_tables_it_cannot_hold_and_gets_them_once_updated(
    office_factory, server, person_data
):
    """Version 4 added companies. A version-3 PC of the same office keeps syncing people and is
    never sent a company (its program could not hold one); updated, it gets a whole copy once,
    companies included."""
    current = office_speaking(office_factory, server, "10401", protocol.PROTOCOL)
    old = office_speaking(office_factory, server, "10401", 3)
    person_id = current.workspace.people.create(person_data())
    _company(current, "Salmones Palena SpA", 76_123_456)
    current.client.sync()

    report = old.client.sync()

    assert old.workspace.people.get(person_id).data.first_names == "María José"
    assert _companies(old) == []
    assert report.set_aside == 0 and old.client.status().set_aside == 0

    old.client.close()
    old.client = SyncClient(old.workspace, transport=Transport(protocol_version=protocol.PROTOCOL))
    old.client.sync()
    assert _companies(old) == ["Salmones Palena SpA"]
    _company(current, "Maderas Chaitén Ltda", 77_654_321)  # a later one comes as a change, as usual
    current.client.sync()
    old.client.sync()
    assert sorted(_companies(old)) == ["Maderas Chaitén Ltda", "Salmones Palena SpA"]
