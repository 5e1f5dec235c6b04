"""The demo region (``omil-regional demo``): Los Lagos with the six Redes Territoriales' offices,
each office's year pushed by its enrolled PC through the server's own exchange."""

from __future__ import annotations

import csv
from importlib import resources

import pytest
from sqlalchemy import select

from omil_desktop.domain.fairs import organisers_of
from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.targets import TargetIndicator, TargetSource, target_id
from omil_desktop.regional.cli import main
from omil_desktop.regional.demo import NEVER_SYNCED, build_demo_region, office_records
from omil_desktop.regional.figures import region_figures
from omil_desktop.regional.models import REGION_ORIGIN, Change, Device, Record
from tests.regional.demo_region_fixture import NOW, SCALE, build, demo_region

# The session's demo region, built once, on one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("demo_region")

__all__ = ["demo_region"]  # the shared fixture


def _csv_offices() -> dict[str, str]:
    """CUT → Red Territorial, read from the shipped CSV itself."""
    path = resources.files("omil_desktop.resources") / "territory" / "redes_los_lagos.csv"
    with path.open(encoding="utf-8") as handle:
        return {row["comuna_codigo"]: row["red"] for row in csv.DictReader(handle)}


@pytest.fixture
def demo(demo_region):
    service, built, _folder = demo_region
    return service, built


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
    # Atenciones of every kind; placements followed up three months on.
    kinds = {r.fields["kind"] for cut in held for r in service.records(cut, "attention")}
    assert kinds == {kind.value for kind in ServiceKind}
    placements = [r for cut in held for r in service.records(cut, "placement")]
    assert any(p.fields["followed_up_on"] for p in placements)
    assert any(not p.fields["followed_up_on"] for p in placements)  # some still due
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
    assert set(office_records(service)[NEVER_SYNCED]) == {"target"}  # the region's, no more
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
    again, built_again = build(tmp_path / "again")
    try:
        assert office_records(again) == office_records(service)
        assert built_again.offices == built.offices
        assert region_figures(again.store, 2026) == region_figures(service.store, 2026)
        for cut in ("10101", "10402"):
            first = [(r.table, r.row, r.fields) for r in service.records(cut)]
            second = [(r.table, r.row, r.fields) for r in again.records(cut)]
            assert first == second
    finally:
        again.close()


def test_the_same_region_on_postgresql(demo, regional_factory):
    """``omil-regional demo --database-url postgresql+psycopg://…``: the same region, record for
    record and figure for figure, as on SQLite."""
    service, built = demo
    server = regional_factory("postgresql", offices=(), serve=False)
    on_postgresql = build_demo_region(server.service, now=NOW, scale=SCALE)
    assert on_postgresql.offices == built.offices
    assert office_records(server.service) == office_records(service)
    assert region_figures(server.service.store, 2026) == region_figures(service.store, 2026)
    assert server.service.refusals() == []


def test_the_region_set_every_offices_targets_for_gestion_and_colocacion(demo):
    service, built = demo
    assert built.targets == 24 * len(TargetIndicator)
    figures = region_figures(service.store, 2026)
    for office in figures.offices:
        assert set(office.figures.targets) == {i.value for i in TargetIndicator}, office.cut
        assert all(value > 0 for value in office.figures.targets.values())
        target = service.record("target", target_id(office.cut, 2026, "colocaciones"))
        assert target is not None and target.office == office.cut
        assert target.fields["source"] == TargetSource.REGION.value
        assert set(target.origins.values()) == {REGION_ORIGIN}
    never = next(o for o in figures.offices if o.cut == NEVER_SYNCED)
    assert never.last_sync_at is None and never.figures.people_served == 0
    # Some offices are ahead of their colocación target's pace, some behind.
    percents = [o.figures.placement_percent for o in figures.offices if o.cut != NEVER_SYNCED]
    assert min(p or 0 for p in percents) < 80 < max(p or 0 for p in percents)


def test_fairs_are_co_organised_by_the_offices_of_one_network(demo):
    service, _built = demo
    networks = {o.cut: o.network for o in service.offices()}
    held = office_records(service)
    fairs = [r for cut in networks for r in service.records(cut, "job_fair")]
    assert fairs
    shared = [f for f in fairs if len(organisers_of(str(f.fields["organisers"]))) > 1]
    assert {networks[f.office] for f in shared} == set(networks.values())
    for fair in shared:
        organisers = organisers_of(str(fair.fields["organisers"]))
        assert fair.shared and fair.office in organisers
        assert {networks[c] for c in organisers} == {networks[fair.office]}
        attending = {
            cut
            for cut in organisers
            for a in service.records(cut, "fair_attendee")
            if a.fields["fair_id"] == fair.row
        }
        assert len(attending) > 1  # people of several organising offices attended
    for network in set(networks.values()):
        offices = [c for c, n in networks.items() if n == network]
        assert sum(held.get(c, {}).get("satisfaction_survey", 0) for c in offices), network
    assert sum(held[c].get("fair_referral", 0) for c in held) > 0
    assert sum(held[c].get("fair_company", 0) for c in held) > 0


def test_the_command_refuses_a_server_that_already_has_offices(tmp_path, capsys):
    where = ["--data-dir", str(tmp_path / "regional")]
    assert main(["init", "--region", "10", *where]) == 0
    assert main(["office", "add", "10402", *where]) == 0
    capsys.readouterr()
    assert main(["demo", *where]) == 1
    err = capsys.readouterr().err
    assert "ya tiene oficinas registradas" in err and "base nueva o vacía" in err
