"""SIGKILL at the exact points where exactly-once sync could break (DESIGN.md §5.1, §5.2).

Client and server are real processes (``python -m omil_desktop ... sync``, ``omil-regional
serve``) talking through the fault proxy, which holds the traffic at the chosen point so the kill
lands there and nowhere else:

- the client, after committing the answer to its first batch (its second request is held);
- the client, after its request reached the server (the reply is held, the server commits);
- the client, halfway through receiving a page of pulled changes;
- the server, after committing and before its reply leaves (reply held, server killed, dropped).

After each: start again what was killed, sync to completion, then check that every change the
device made is on the server exactly once, that the device's records are the server's, that its
change log is empty, and that both SQLite files pass ``PRAGMA integrity_check``.
"""

from __future__ import annotations

import os
import signal
import time
from datetime import date

import pytest

from omil_desktop.domain.people import PersonData, Sex
from omil_desktop.regional.service import RegionalService
from omil_desktop.services.workspace import Workspace
from omil_desktop.sync import protocol
from omil_desktop.sync.client import SyncClient
from omil_desktop.sync.credentials import CredentialStore
from tests.support.fault_proxy import DOWN, UP, Fault, FaultProxy
from tests.support.processes import RegionalProcess, desktop, kill, start_desktop
from tests.support.sync_checks import (
    assert_converged,
    device_change_ids,
    device_state,
    server_change_ids,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and loopback proxy: POSIX")

OFFICE = "10404"  # Palena
WAIT = 120.0
"""Generous: a shared 2-core machine may be slow; every wait is for an event, not a sleep."""
BATCH = protocol.CLIENT_BATCH


def wait_until(condition, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.05)


class FileCredentials(CredentialStore):
    """The credential file, as the child processes (no OS keyring) will read it."""

    @staticmethod
    def _keyring_usable() -> bool:
        return False


def people(count: int, start: int = 0) -> list[tuple[PersonData, bool]]:
    """``count`` valid people without RUT (foreign documents), distinct names."""
    from omil_desktop.domain.people import DocumentType

    return [
        (
            PersonData(
                first_names=f"Persona {n}",
                last_name_1="Prueba",
                last_name_2=f"K{n}",
                document_type=DocumentType.PASSPORT,
                document_number=f"P{n:07d}",
                document_country="Argentina",
                birth_date=date(1980, 1, 1 + n % 28),
                sex=Sex.FEMALE if n % 2 else Sex.MALE,
                comuna_code=OFFICE,
                phone=f"+56 9 {n % 10_000:04d} 0000",  # a valid mobile for any n
            ),
            True,
        )
        for n in range(start, start + count)
    ]


class Rig:
    """A regional server process, the proxy in front of it, and devices enrolled through it."""

    def __init__(self, tmp_path) -> None:
        self.tmp = tmp_path
        self.server_dir = tmp_path / "server"
        self.server_dir.mkdir()
        service = RegionalService.open(data_dir=self.server_dir)
        try:
            service.initialize("10")
            service.add_office(OFFICE)
            self._codes = [service.issue_code(OFFICE).code for _ in range(2)]
        finally:
            service.close()
        self.server = RegionalProcess(self.server_dir, logs=tmp_path)
        self.server.start()
        self.proxy = FaultProxy(self.server.address).start()
        self.made: dict[object, set[str]] = {}

    def device(self, name: str, backlog: int, start: int = 0):
        """A set-up office with ``backlog`` unsynced changes (half as many people, each with
        its audit entry), enrolled through the proxy."""
        data_dir = self.tmp / name
        workspace = Workspace(data_dir)
        try:
            workspace.set_up_office(OFFICE, "Ana Pérez")
            if backlog:
                workspace.people.create_many(people(backlog // 2, start))
            with SyncClient(workspace, credentials=FileCredentials(data_dir)) as client:
                client.enroll(self.proxy.url, self._codes.pop(0), name)
        finally:
            workspace.close()
        self.made[data_dir] = set(device_change_ids(data_dir))
        return data_dir

    def restart_server(self) -> None:
        self.server.kill()
        self.server.start()
        self.proxy.target = self.server.address

    def sync(self, data_dir) -> None:
        """A sync to completion, on a link without faults (any not yet fired is forgotten)."""
        self.proxy.disarm()
        done = desktop(data_dir, "sync")
        assert done.returncode == 0, done.stderr

    def close(self) -> None:
        self.proxy.stop()
        self.server.stop()


@pytest.fixture
def rig(tmp_path):
    r = Rig(tmp_path)
    yield r
    r.close()


def test_client_killed_after_its_local_commit(rig):
    device = rig.device("pc", backlog=BATCH + 200)
    # The second request can only start once the answer to the first is committed locally.
    second = rig.proxy.arm(Fault(UP, at="start", action="hold", path="/api/sync", skip=1))
    child = start_desktop(device, "sync", log=rig.tmp / "client.log")
    assert second.triggered.wait(WAIT)
    kill(child)
    second.drop(reset=True)

    assert device_state(device)["pending"] == 200  # the first batch is acknowledged and forgotten
    assert sum(server_change_ids(rig.server_dir).values()) == BATCH

    rig.sync(device)
    assert_converged(rig.server_dir, [device], expected_change_ids=rig.made)


@pytest.mark.parametrize("close_reaches_server", [False, True], ids=["close-held", "close-sent"])
def test_client_killed_after_sending_before_the_reply(rig, close_reaches_server):
    device = rig.device("pc", backlog=BATCH + 200)
    # "end" + hold: the whole request reaches the server, then nothing more goes up (not even
    # the close of the killed client) until the test lets it; "notify" lets the close through.
    sent = rig.proxy.arm(
        Fault(UP, at="end", action="notify" if close_reaches_server else "hold", path="/api/sync")
    )
    reply = rig.proxy.arm(Fault(DOWN, at="start", action="hold", path="/api/sync"))
    child = start_desktop(device, "sync", log=rig.tmp / "client.log")
    assert sent.triggered.wait(WAIT)
    kill(child)
    if close_reaches_server:
        # The server may see the client gone before it reads the body (uvicorn then reports a
        # disconnect and nothing is applied) or after (the batch is applied, the reply lost).
        # Nothing outside the server tells which, or when: poll until its change count settles.
        counts = [-1]

        def settled() -> bool:
            counts.append(sum(server_change_ids(rig.server_dir).values()))
            return counts[-1] == BATCH or (len(counts) > 40 and set(counts[-40:]) == {0})

        wait_until(settled)
        assert counts[-1] in (0, BATCH)
    else:
        assert reply.triggered.wait(WAIT)  # the server answered: it has committed the batch
        assert sum(server_change_ids(rig.server_dir).values()) == BATCH
    reply.drop(reset=True)
    sent.drop(reset=True)
    assert device_state(device)["pending"] == BATCH + 200  # the device never heard back

    rig.sync(device)
    assert_converged(rig.server_dir, [device], expected_change_ids=rig.made)


def test_client_killed_mid_pull(rig):
    other = rig.device("other-pc", backlog=2 * BATCH + 100)  # another device of the same office
    rig.sync(other)
    device = rig.device("pc", backlog=20, start=10_000)
    # The second answer (a full page of pulled changes) is cut halfway through, then the kill.
    half = rig.proxy.arm(Fault(DOWN, at=0.5, action="hold", path="/api/sync", skip=1))
    child = start_desktop(device, "sync", log=rig.tmp / "client.log")
    assert half.triggered.wait(WAIT)
    kill(child)
    half.drop(reset=True)

    state = device_state(device)
    assert state["pending"] == 0  # the 20 went with the first request, acknowledged
    assert 0 < state["cursor"] < 2 * BATCH + 100 + 20  # the first page applied, not the rest

    rig.sync(device)
    rig.sync(other)  # receives the device's 20
    assert_converged(rig.server_dir, [device, other], expected_change_ids=rig.made)


def test_server_killed_after_commit_before_replying(rig):
    device = rig.device("pc", backlog=BATCH + 200)
    reply = rig.proxy.arm(Fault(DOWN, at="start", action="hold", path="/api/sync"))
    child = start_desktop(device, "sync", log=rig.tmp / "client.log")
    assert reply.triggered.wait(WAIT)  # the server committed and started answering
    rig.server.process.send_signal(signal.SIGKILL)
    rig.server.process.wait(60)
    reply.drop(reset=True)
    assert child.wait(WAIT) == 1  # the client reports the cut and keeps its changes
    assert "Error" in (rig.tmp / "client.log").read_text()

    assert device_state(device)["pending"] == BATCH + 200
    assert sum(server_change_ids(rig.server_dir).values()) == BATCH

    rig.restart_server()
    rig.sync(device)
    assert_converged(rig.server_dir, [device], expected_change_ids=rig.made)
