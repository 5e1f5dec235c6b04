"""Sync over a bad link: delays, bodies cut mid-way in either direction, resets, refusals.

A real regional server (in a thread) behind the fault proxy; the real :class:`SyncClient`. Every
sync either completes or raises a :class:`SyncError`; either way no change the device made is
lost (each is still in its change log or already on the server, never both missing) and none is
doubled; syncing again on a good link converges.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from omil_desktop.domain.people import DocumentType, PersonData, Sex
from omil_desktop.services.workspace import Workspace
from omil_desktop.sync import protocol
from omil_desktop.sync.client import SyncClient
from omil_desktop.sync.credentials import CredentialStore
from omil_desktop.sync.transport import SyncError
from tests.support.fault_proxy import DOWN, UP, Fault, FaultProxy, Link
from tests.support.sync_checks import (
    assert_converged,
    device_change_ids,
    device_state,
    server_change_ids,
)

OFFICE = "10404"
BATCH = protocol.CLIENT_BATCH


class FileCredentials(CredentialStore):
    @staticmethod
    def _keyring_usable() -> bool:
        return False


def person(n: int) -> PersonData:
    return PersonData(
        first_names=f"Persona {n}",
        last_name_1="Falla",
        last_name_2=f"K{n}",
        document_type=DocumentType.PASSPORT,
        document_number=f"F{n:07d}",
        document_country="Perú",
        birth_date=date(1985, 1 + n % 12, 1 + n % 28),
        sex=Sex.MALE if n % 2 else Sex.FEMALE,
        comuna_code=OFFICE,
        phone=f"+56 9 {n:04d} 1111",
    )


class Office:
    """One device: its workspace, client, and every change id it ever made."""

    def __init__(self, data_dir: Path, server, proxy: FaultProxy) -> None:
        self.data_dir = data_dir
        self.workspace = Workspace(data_dir)
        self.workspace.set_up_office(OFFICE, "Ana Pérez")
        self.client = SyncClient(self.workspace, credentials=FileCredentials(data_dir))
        self.client.enroll(proxy.url, server.code(OFFICE), "PC prueba")
        self.made: set[str] = set()
        self.people: list[str] = []
        self.counter = 0

    def add_people(self, count: int) -> None:
        batch = [(person(self.counter + k), True) for k in range(count)]
        self.counter += count
        self.people += self.workspace.people.create_many(batch)
        self.note_changes()

    def edit_people(self, count: int, rng: random.Random) -> None:
        for person_id in rng.sample(self.people, min(count, len(self.people))):
            record = self.workspace.people.get(person_id)
            data = record.data
            phone = f"+56 9 {rng.randrange(10000):04d} {rng.randrange(10000):04d}"
            self.workspace.people.update(
                person_id,
                type(data)(**{**data.__dict__, "phone": phone}),
                allow_likely_duplicate=True,
            )
        self.note_changes()

    def expected(self) -> dict[Path, set[str]]:
        return {self.data_dir: self.made}

    def note_changes(self) -> None:
        self.made |= set(device_change_ids(self.data_dir))

    def close(self) -> None:
        self.client.close()
        self.workspace.close()


@pytest.fixture
def link(regional_factory, tmp_path):
    server = regional_factory("sqlite")
    server_dir = Path(server.database_url.removeprefix("sqlite:///")).parent
    host, port = server.url.removeprefix("http://").split(":")
    with FaultProxy((host, int(port)), link=Link(delay=0.02)) as proxy:
        office = Office(tmp_path / "pc", server, proxy)
        yield server, server_dir, proxy, office
        office.close()


def assert_nothing_lost(server_dir: Path, office: Office) -> None:
    """Every change made is still pending on the device or on the server (exactly once)."""
    on_server = server_change_ids(server_dir, device_state(office.data_dir)["device_id"])
    pending = set(device_change_ids(office.data_dir))
    assert all(n == 1 for n in on_server.values())
    assert office.made <= set(on_server) | pending, "a change is neither pending nor on the server"
    assert not (set(on_server) - office.made)
    # A change the server has may still be pending (reply lost): it goes again, as a duplicate.


def sync_until_done(office: Office, proxy: FaultProxy, tries: int = 5) -> None:
    proxy.disarm()
    for _ in range(tries):
        try:
            office.client.sync()
            return
        except SyncError:
            continue
    pytest.fail("sync did not complete on a good link")


FAULTS = {
    "request cut (FIN) 30% in": lambda: Fault(UP, at=0.3, action="close", path="/api/sync"),
    "request reset 70% in": lambda: Fault(UP, at=0.7, action="reset", path="/api/sync"),
    "request forwarded, reply reset": lambda: Fault(
        DOWN, at="start", action="reset", path="/api/sync"
    ),
    "reply cut (FIN) halfway": lambda: Fault(DOWN, at=0.5, action="close", path="/api/sync"),
    "reply reset after 10 bytes": lambda: Fault(DOWN, at=10, action="reset", path="/api/sync"),
    "second reply reset halfway": lambda: Fault(
        DOWN, at=0.5, action="reset", path="/api/sync", skip=1
    ),
    "second request cut at its start": lambda: Fault(
        UP, at="start", action="close", path="/api/sync", skip=1
    ),
}


@pytest.mark.parametrize("fault", list(FAULTS), ids=list(FAULTS))
def test_a_cut_anywhere_loses_nothing_and_the_next_sync_converges(link, fault):
    server, server_dir, proxy, office = link
    for k in range(3):  # something to pull as well
        server.service.regional_insert(
            "notice", {"title": f"Aviso {k}", "body": "x" * 200, "published_on": "2026-11-20"}
        )
    office.add_people(BATCH + 150)
    armed = proxy.arm(FAULTS[fault]())
    try:
        office.client.sync()
        outcome = "completed"
    except SyncError:
        outcome = "failed"
    assert armed.triggered.is_set(), "the fault never fired"
    assert outcome == "failed"  # every fault here ends the connection during an exchange
    assert office.client.status().last_error
    assert_nothing_lost(server_dir, office)

    sync_until_done(office, proxy)
    assert_converged(
        server_dir, [office.data_dir], expected_change_ids={office.data_dir: office.made}
    )


def test_refused_and_reset_connections_keep_every_change(link):
    _server, server_dir, proxy, office = link
    office.add_people(20)
    proxy.refuse()
    proxy.reset_all()  # the keep-alive connection of the enrolment, too
    with pytest.raises(SyncError) as refused:
        office.client.sync()
    assert refused.value.kind == "offline"
    proxy.refuse(False)
    proxy.reset_new_connections = True
    with pytest.raises(SyncError):
        office.client.sync()
    proxy.reset_new_connections = False
    assert device_state(office.data_dir)["pending"] == 40  # 20 people, their audit entries
    sync_until_done(office, proxy)
    assert_converged(
        server_dir, [office.data_dir], expected_change_ids={office.data_dir: office.made}
    )


def test_a_storm_of_faults_over_many_syncs_converges_without_doubles(link):
    server, server_dir, proxy, office = link
    rng = random.Random(20261121)
    proxy.link.delay = 0.01
    makers = list(FAULTS.values())
    failures = 0
    for round_ in range(10):
        office.add_people(rng.choice([1, 40, BATCH + 10]))
        office.edit_people(rng.randrange(0, 30), rng)
        if office.people and rng.random() < 0.5:  # the region edits one of the office's people
            row = rng.choice(office.people)
            if server.service.record("person", row) is not None:
                server.service.regional_edit("person", row, {"occupation": f"Oficio {round_}"})
        if rng.random() < 0.8:
            proxy.arm(rng.choice(makers)())
        try:
            office.client.sync()
        except SyncError:
            failures += 1
        proxy.disarm()
        assert_nothing_lost(server_dir, office)
    assert failures > 0
    sync_until_done(office, proxy)
    # Regional edits of fields the office also changed may be open conflicts: both sides keep
    # their say until the officer decides; choose the region's value for each and sync again.
    for conflict in office.workspace.conflicts.list_open():
        office.workspace.conflicts.resolve(conflict.id, "server")
    office.note_changes()
    sync_until_done(office, proxy)
    assert device_state(office.data_dir)["open_conflicts"] == 0
    assert_converged(
        server_dir, [office.data_dir], expected_change_ids={office.data_dir: office.made}
    )
