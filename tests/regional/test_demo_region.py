"""The demo region (``omil-regional demo``): Los Lagos with the six Redes Territoriales' offices,
each office's year pushed by its enrolled PC through the server's own exchange."""

from __future__ import annotations

import csv
from datetime import datetime
from importlib import resources

import pytest
from sqlalchemy import select

from omil_desktop.regional.cli import main
from omil_desktop.regional.demo import NEVER_SYNCED, build_demo_region, office_records
from omil_desktop.regional.models import REGION_ORIGIN, Change, Device, Record
from omil_desktop.regional.service import RegionalService

NOW = datetime(2026, 11, 27, 15, 30)
SCALE = 0.04
"""Offices of 12 to 72 people: the whole region in a few seconds."""


def _csv_offices() -> dict[str, str]:
    """CUT → Red Territorial, read from the shipped CSV itself."""
    path = resources.files("omil_desktop.resources") / "territory" / "redes_los_lagos.csv"
    with path.open(encoding="utf-8") as handle:
        return {row["comuna_codigo"]: row["red"] for row in csv.DictReader(handle)}


def _build(folder) -> tuple[RegionalService, object]:
    service = RegionalService.open(data_dir=folder)
    return service, build_demo_region(service, now=NOW, scale=SCALE)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    service, built = _build(tmp_path_factory.mktemp("demo-region"))
    yield service, built
    service.close()


def test_every_network_and_office_of_the_csv_is_registered_in_its_network(demo):
    service, built = demo
    assert service.identity().region_code == "10"
    registered = {o.cut: o.network for o in service.offices()}
    assert registered == _csv_offices()
    assert len(registered) == 24 and len(set(registered.values())) == 6
    assert {o.cut for o in built.offices} == set(registered)


def test_each_networks_offices_hold_a_year_of_every_kind_of_record(demo):
    service, _built = demo
    held = office_records(service)
    every_office = (
        "person", "attention", "company", "company_contact", "company_interaction", "vacancy",
        "referral", "workshop", "workshop_session", "workshop_enrollment", "workshop_attendance",
        "fomil_agreement", "agreement_installment", "budget_line", "expense", "month_closure",
    )  # fmt: skip
    for cut, network in _csv_offices().items():
        if cut == NEVER_SYNCED:
            continue
        missing = [t for t in every_office if not held.get(cut, {}).get(t)]
        assert not missing, (cut, network, missing)
    for network in set(_csv_offices().values()):
        offices = [c for c, n in _csv_offices().items() if n == network]
        assert sum(held.get(c, {}).get("placement", 0) for c in offices) > 0, network
    # Sizes vary as the comunas do: Puerto Montt is the largest office, Futaleufú among the least.
    people = {cut: tables.get("person", 0) for cut, tables in held.items()}
    assert max(people, key=people.__getitem__) == "10101"
    assert people["10101"] > 4 * people["10402"]


def test_every_record_arrived_through_its_offices_enrolled_pc(demo):
    service, _built = demo
    assert service.refusals() == []
    with service.store.read() as session:
        devices = {d.id: d.office for d in session.scalars(select(Device))}
        changes = session.execute(select(Change.office_code, Change.device_id)).all()
        records = list(session.scalars(select(Record)))
    assert len(devices) == 24
    pushed = [(office, device) for office, device in changes if device is not None]
    assert pushed and all(devices[device] == office for office, device in pushed)
    for record in records:
        authors = set(record.origins.values())
        assert REGION_ORIGIN not in authors or record.table_name == "target", record.table_name
        assert authors <= {d for d, o in devices.items() if o == record.office_code} | {
            REGION_ORIGIN
        }


def test_the_devices_last_synced_at_different_times_and_one_never(demo):
    service, built = demo
    last = {d.office: d.last_sync_at for d in service.devices()}
    assert last[NEVER_SYNCED] is None
    assert NEVER_SYNCED not in office_records(service)
    synced = [moment for cut, moment in last.items() if cut != NEVER_SYNCED]
    assert all(moment is not None and moment <= NOW for moment in synced)
    assert len(set(synced)) == 23
    assert min(m for m in synced if m is not None) < NOW.replace(day=10)  # weeks behind
    # No record of an office is dated after its last sync.
    for office in built.offices:
        if office.last_sync_at is None:
            continue
        for record in service.records(office.cut):
            assert record.fields["created_at"] < office.last_sync_at.isoformat(), record.table


def test_a_second_build_is_the_same_region(demo, tmp_path):
    service, built = demo
    again, built_again = _build(tmp_path / "again")
    try:
        assert office_records(again) == office_records(service)
        assert built_again.offices == built.offices
        for cut in ("10101", "10402"):
            first = [(r.table, r.row, r.fields) for r in service.records(cut)]
            second = [(r.table, r.row, r.fields) for r in again.records(cut)]
            assert first == second
    finally:
        again.close()


def test_the_command_refuses_a_server_that_already_has_offices(tmp_path, capsys):
    where = ["--data-dir", str(tmp_path / "regional")]
    assert main(["init", "--region", "10", *where]) == 0
    assert main(["office", "add", "10402", *where]) == 0
    capsys.readouterr()
    assert main(["demo", *where]) == 1
    err = capsys.readouterr().err
    assert "ya tiene oficinas registradas" in err and "base nueva o vacía" in err
