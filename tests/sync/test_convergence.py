"""Two offices of one Red Territorial and the regional office edit at will; sync converges.

A hypothesis state machine drives one real regional server (in a thread, SQLite) and two offices
of Red Palena, Chaitén (10401) and Futaleufú (10402), each with its own data folder and
:class:`SyncClient`, plus the regional office editing records on the server. Rules: create, edit
and delete people and notices (shared with the network or not), regional edits of random fields
and regional notices, syncs of either office, syncs whose reply is lost at the network edge (the
server commits, the device never hears), and the officer resolving open conflicts either way.

After every step nothing any office made is lost (each change is pending or on the server, once).
At the end, once every conflict is resolved and both offices have synced until quiet, each office
holds exactly the server's records it may see (its own, its network's shared ones, the region's).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import httpx
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)

from omil_desktop.domain.people import DocumentType, PersonData, Sex
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.clock import utcnow
from omil_desktop.store.models import Person
from omil_desktop.sync.client import SyncClient
from omil_desktop.sync.credentials import CredentialStore
from omil_desktop.sync.transport import SyncError, Transport
from tests.support.sync_checks import (
    assert_converged,
    device_change_ids,
    device_records,
    device_state,
    server_change_ids,
    server_records,
)

CHAITEN, FUTALEUFU = "10401", "10402"  # both in Red Palena
OFFICES = (CHAITEN, FUTALEUFU)
NETWORK = {CHAITEN: {FUTALEUFU}, FUTALEUFU: {CHAITEN}}

PHONES = ["+56 9 1111 1111", "+56 9 2222 2222", "+56 9 3333 3333"]
WORDS = ["Carpintería", "Cocina", "Salmonicultura", "Turismo"]
PERSON_FIELDS = {"phone": PHONES, "occupation": WORDS, "address": ["Ruta 7 km 3", "Costanera 12"]}

FIELDS = st.sampled_from(sorted(PERSON_FIELDS))
OFFICE_OPS = st.tuples(
    st.sampled_from(
        ["create_person"] * 2
        + ["edit_person"] * 4
        + ["delete_person", "create_notice"]
        + ["change_notice"] * 2
    ),
    st.integers(0, 1000),
    FIELDS,
    st.integers(0, 2),
)
REGION_OPS = st.tuples(
    st.sampled_from(["person"] * 4 + ["new_notice"] * 2 + ["notice"]),
    st.sampled_from(OFFICES),
    st.integers(0, 1000),
    FIELDS,
    st.integers(0, 2),
)

SETTINGS = settings(
    max_examples=12,
    stateful_step_count=25,
    deadline=None,
    derandomize=True,  # the same examples on every run: stable in CI
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


class FileCredentials(CredentialStore):
    @staticmethod
    def _keyring_usable() -> bool:
        return False


class EdgeTransport(httpx.AsyncHTTPTransport):
    """The network edge of a device: can lose the next sync reply after the server sent it."""

    def __init__(self) -> None:
        super().__init__()
        self.lose_next_reply = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        if self.lose_next_reply and request.url.path == "/api/sync":
            self.lose_next_reply = False
            await response.aread()  # the server answered in full: it has committed
            await response.aclose()
            raise httpx.ReadError("reply lost on the way", request=request)
        return response


class Device:
    def __init__(self, data_dir: Path, office: str, server) -> None:
        self.data_dir = data_dir
        self.office = office
        self.workspace = Workspace(data_dir)
        self.workspace.set_up_office(office, "Oficial")
        self.edge = EdgeTransport()
        self.client = SyncClient(
            self.workspace,
            credentials=FileCredentials(data_dir),
            transport=Transport(http_transport=self.edge),
        )
        self.client.enroll(server.url, server.code(office), f"PC {office}")
        self.made: set[str] = set()

    def note(self) -> None:
        self.made |= set(device_change_ids(self.data_dir))

    def own_live(self, table: str) -> list[str]:
        model = {"person": Person}.get(table)
        if model is None:
            return [n.id for n in self.workspace.notices.list() if not n.read_only]
        from sqlalchemy import select

        with self.workspace.db.transaction() as session:
            return sorted(
                session.scalars(
                    select(model.id).where(
                        model.office_code == self.office, model.deleted_at.is_(None)
                    )
                )
            )

    def sync(self) -> bool:
        try:
            self.client.sync()
        except SyncError:
            return False
        return True

    def close(self) -> None:
        self.client.close()
        self.client.transport.close()
        self.workspace.close()


def test_two_offices_and_the_region_converge(regional_factory, tmp_path):
    examples = iter(range(10_000))

    class Convergence(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            n = next(examples)
            self.server = regional_factory("sqlite", offices=OFFICES)
            self.server_dir = Path(self.server.database_url.removeprefix("sqlite:///")).parent
            self.devices = {
                office: Device(tmp_path / f"ex{n}-{office}", office, self.server)
                for office in OFFICES
            }
            self.counter = 0

        # -- the offices -----------------------------------------------------------------

        @rule(office=st.sampled_from(OFFICES), ops=st.lists(OFFICE_OPS, min_size=1, max_size=4))
        def office_work(self, office, ops):
            device = self.devices[office]
            for op, pick, field, value in ops:
                getattr(self, op)(device, pick, field, value)
            device.note()

        def create_person(self, device, pick, field, value):
            self.counter += 1
            n = self.counter
            data = PersonData(
                first_names=f"Persona {n}",
                last_name_1="Estado",
                last_name_2=device.office,
                document_type=DocumentType.PASSPORT,
                document_number=f"{device.office}-{n:05d}",
                document_country="Argentina",
                birth_date=date(1970 + n % 30, 1 + n % 12, 1 + n % 28),
                sex=Sex.FEMALE if n % 2 else Sex.MALE,
                comuna_code=device.office,
            )
            device.workspace.people.create(data, allow_likely_duplicate=True)

        def edit_person(self, device, pick, field, value):
            people = device.own_live("person")
            if people:
                person_id = people[pick % len(people)]
                record = device.workspace.people.get(person_id)
                values = PERSON_FIELDS[field]
                changed = replace(record.data, **{field: values[value % len(values)]})
                device.workspace.people.update(person_id, changed, allow_likely_duplicate=True)

        def delete_person(self, device, pick, field, value):
            people = device.own_live("person")
            if people:
                with device.workspace.db.transaction() as session:  # a tombstone, as sync has it
                    session.get(Person, people[pick % len(people)]).deleted_at = utcnow()

        def create_notice(self, device, pick, field, value):
            self.counter += 1
            device.workspace.notices.create(
                f"Aviso {self.counter}", "Texto.", date(2026, 11, 20), shared=value % 2 == 0
            )

        def change_notice(self, device, pick, field, value):
            notices = device.own_live("notice")
            if not notices:
                return
            notice_id = notices[pick % len(notices)]
            service = device.workspace.notices
            what = ["title", "title", "share", "unshare", "delete"][(pick + value) % 5]
            if what == "title":
                row = service.get(notice_id)
                title = f"Aviso editado {pick}"
                service.update(notice_id, title, row.body, row.published_on)
            elif what == "delete":
                service.delete(notice_id)
            else:
                service.set_shared(notice_id, what == "share")

        # -- the region ------------------------------------------------------------------

        @rule(ops=st.lists(REGION_OPS, min_size=1, max_size=3))
        def region_work(self, ops):
            service = self.server.service
            for op, office, pick, field, value in ops:
                if op == "new_notice":
                    self.counter += 1
                    service.regional_insert(
                        "notice",
                        {
                            "title": f"Regional {self.counter}",
                            "body": "",
                            "published_on": "2026-11-20",
                        },
                    )
                    continue
                live = [r for r in service.records(office, op) if not r.deleted]
                if not live:
                    continue
                row = live[pick % len(live)].row
                if op == "person":
                    values = PERSON_FIELDS[field]
                    service.regional_edit("person", row, {field: values[value % len(values)]})
                else:
                    service.regional_edit("notice", row, {"body": f"Revisado ({value})."})

        @rule(
            office=st.sampled_from(OFFICES),
            pick=st.integers(0, 1000),
            field=FIELDS,
            value=st.integers(0, 2),
        )
        def clash(self, office, pick, field, value):
            """The region and the office change the same field of the same person, apart."""
            device = self.devices[office]
            on_server = {r.row for r in self.server.service.records(office, "person")}
            people = [p for p in device.own_live("person") if p in on_server]
            event(f"clash {'made' if people else 'skipped: no synced person'}")
            if not people:
                return
            person_id = people[pick % len(people)]
            values = PERSON_FIELDS[field]
            theirs, mine = values[value % len(values)], values[(value + 1) % len(values)]
            self.server.service.regional_edit("person", person_id, {field: theirs})
            record = device.workspace.people.get(person_id)
            changed = replace(record.data, **{field: mine})
            device.workspace.people.update(person_id, changed, allow_likely_duplicate=True)
            device.note()

        # -- sync --------------------------------------------------------------------------

        @rule(office=st.sampled_from(OFFICES), lose_reply=st.booleans())
        def sync(self, office, lose_reply):
            device = self.devices[office]
            device.edge.lose_next_reply = lose_reply
            event("sync " + ("completed" if device.sync() else "failed (reply lost)"))
            device.edge.lose_next_reply = False
            device.note()

        @rule()
        def sync_both(self):
            for device in self.devices.values():
                event("sync " + ("completed" if device.sync() else "failed"))
                device.note()

        @rule(office=st.sampled_from(OFFICES), keep=st.sampled_from(["local", "server"]))
        def resolve_conflicts(self, office, keep):
            device = self.devices[office]
            conflicts = device.workspace.conflicts.list_open()
            event(f"conflicts resolved at once: {min(len(conflicts), 3)}")
            for conflict in conflicts:
                device.workspace.conflicts.resolve(conflict.id, keep)
            device.note()

        # -- what must always hold ---------------------------------------------------------

        @invariant()
        def nothing_lost_nothing_doubled(self):
            for device in self.devices.values():
                state = device_state(device.data_dir)
                if state["device_id"] is None:
                    continue
                on_server = server_change_ids(self.server_dir, state["device_id"])
                pending = set(device_change_ids(device.data_dir))
                assert all(count == 1 for count in on_server.values())
                assert device.made <= set(on_server) | pending
                assert set(on_server) <= device.made

        def teardown(self):
            try:
                self.settle()
                assert_converged(
                    self.server_dir,
                    [d.data_dir for d in self.devices.values()],
                    expected_change_ids={d.data_dir: d.made for d in self.devices.values()},
                    network_offices=NETWORK,
                )
            finally:
                for device in self.devices.values():
                    device.close()
                self.server.stop()

        def settle(self) -> None:
            """Resolve every conflict and sync both offices until neither has anything to do."""
            for _ in range(6):
                for device in self.devices.values():
                    for conflict in device.workspace.conflicts.list_open():
                        event("conflict left for the end")
                        device.workspace.conflicts.resolve(conflict.id, "local")
                    device.note()  # before the sync that sends the resolutions away
                    assert device.sync(), "a sync failed on a good link"
                quiet = all(
                    device_state(d.data_dir)["pending"] == 0
                    and device_state(d.data_dir)["open_conflicts"] == 0
                    for d in self.devices.values()
                )
                if quiet:
                    for device in self.devices.values():  # everyone sees the last changes
                        assert device.sync()
                    return
            raise AssertionError("the offices did not settle after six rounds")

    run_state_machine_as_test(Convergence, settings=SETTINGS)


def test_an_older_pulled_updated_at_does_not_overwrite_a_newer_own_one(regional_factory, tmp_path):
    """Found by the state machine: the answer acknowledging the office's edit also carried the
    region's older edit of the same record; its ``updated_at`` must not win on the device."""
    server = regional_factory("sqlite", offices=OFFICES)
    server_dir = Path(server.database_url.removeprefix("sqlite:///")).parent
    device = Device(tmp_path / "pc", CHAITEN, server)
    try:
        person_id = device.workspace.people.create(
            PersonData(
                first_names="Rosa",
                last_name_1="Estado",
                document_type=DocumentType.PASSPORT,
                document_number="X-1",
                document_country="Argentina",
                comuna_code=CHAITEN,
            ),
            allow_likely_duplicate=True,
        )
        assert device.sync()
        server.service.regional_edit("person", person_id, {"occupation": "Cocina"})
        record = device.workspace.people.get(person_id)  # not yet pulled: base is older
        device.workspace.people.update(
            person_id, replace(record.data, phone="+56 9 1111 1111"), allow_likely_duplicate=True
        )
        assert device.sync()
        theirs = server_records(server_dir)[("person", person_id)]["updated_at"]
        mine = device_records(device.data_dir)[("person", person_id)]["updated_at"]
        assert mine == theirs
    finally:
        device.close()


def test_a_pulled_change_older_than_the_offices_own_write_does_not_undo_it(
    regional_factory, tmp_path
):
    """Found by the state machine: the answer to the office's edit carried the region's earlier
    edit of the same record. The office's newer value (a field, and the notice's sharing) must
    stay on the PC, as it stays on the server."""
    server = regional_factory("sqlite", offices=OFFICES)
    server_dir = Path(server.database_url.removeprefix("sqlite:///")).parent
    device = Device(tmp_path / "pc", CHAITEN, server)
    try:
        notices = device.workspace.notices
        notice_id = notices.create("Feria", "Texto.", date(2026, 11, 20))
        person_id = device.workspace.people.create(
            PersonData(
                first_names="Rosa",
                last_name_1="Estado",
                document_type=DocumentType.PASSPORT,
                document_number="X-2",
                document_country="Argentina",
                comuna_code=CHAITEN,
            ),
            allow_likely_duplicate=True,
        )
        assert device.sync()
        server.service.regional_edit("notice", notice_id, {"body": "Revisado."})
        server.service.regional_edit("person", person_id, {"address": "Costanera 12"})
        notices.set_shared(notice_id, True)  # not yet pulled: the office had not seen the region
        record = device.workspace.people.get(person_id)
        device.workspace.people.update(
            person_id, replace(record.data, address="Costanera 12"), allow_likely_duplicate=True
        )
        device.workspace.people.update(
            person_id, replace(record.data, address="Ruta 7 km 3"), allow_likely_duplicate=True
        )

        assert device.sync()

        mine, theirs = device_records(device.data_dir), server_records(server_dir)
        for key, field in ((("notice", notice_id), "shared"), (("person", person_id), "address")):
            assert mine[key][field] == theirs[key][field], field
        assert mine[("notice", notice_id)]["shared"] in (1, True)
        assert mine[("person", person_id)]["address"] == "Ruta 7 km 3"
    finally:
        device.close()
