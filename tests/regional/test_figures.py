"""The region's figures (regional/figures.py) over hand-counted records, on SQLite and PostgreSQL.

The records are written as the server keeps them (``record`` rows with their JSON fields), so the
JSON expressions of both databases are what is tested; tests/regional/test_web_figures.py checks
the same figures end to end, from desktop databases synced to a real server.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

import pytest

from omil_desktop.regional.figures import (
    APRESTO,
    BNE_REGISTRATIONS,
    COMPANIES_CONTACTED,
    FCS_CERTIFICATIONS,
    NO_NETWORK,
    PEOPLE_SERVED,
    PLACEMENTS,
    VACANCIES_TAKEN,
    FiguresCache,
    office_detail,
    region_figures,
    years_with_data,
)
from omil_desktop.regional.models import Device, Office, Record
from omil_desktop.store.models import new_id

_SEQ = itertools.count(1)
OSORNO, PURRANQUE, PUERTO_MONTT, SANTIAGO = "10301", "10303", "10101", "13101"


class Records:
    """Writes ``record`` rows straight into the server's store."""

    def __init__(self, store) -> None:
        self.store = store

    def add(self, table: str, office: str, *, deleted: bool = False, **fields: Any) -> str:
        row = new_id()
        seq = next(_SEQ)
        values = {"id": row, "office_code": office, "deleted_at": None, **fields}
        if deleted:
            values["deleted_at"] = "2026-05-01T10:00:00"
        with self.store.write() as session:
            session.add(
                Record(
                    table_name=table,
                    row_id=row,
                    office_code=office,
                    shared=False,
                    deleted=deleted,
                    fields=values,
                    versions=dict.fromkeys(values, seq),
                    origins=dict.fromkeys(values, "test"),
                    created_seq=seq,
                    updated_seq=seq,
                )
            )
        return row

    def person(self, office: str, **fields: Any) -> str:
        return self.add("person", office, **{"bne_registered_on": None, **fields})

    def attention(self, office: str, person: str, day: str, kind: str = "orientacion", **kw) -> str:
        return self.add("attention", office, person_id=person, date=day, kind=kind, **kw)

    def placement(self, office: str, person: str, start: str, contract: str, months, **kw) -> str:
        return self.add(
            "placement", office, person_id=person, start_on=start, contract_type=contract,
            months=months, **kw,
        )  # fmt: skip


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request, regional_factory):
    return regional_factory(request.param, offices=(OSORNO, PURRANQUE, PUERTO_MONTT), serve=False)


def _fill(records: Records) -> None:
    """Osorno's 2026, hand-counted in the test below; a little of Purranque; noise around."""
    ana, luis, rosa, old = (records.person(OSORNO) for _ in range(4))
    # Atenciones: Ana twice (Jan, Mar), Luis once (Mar, FCS), Rosa a deleted one and one in 2025.
    records.attention(OSORNO, ana, "2026-01-10")
    records.attention(OSORNO, ana, "2026-03-02")
    records.attention(OSORNO, luis, "2026-03-15", kind="certificacion_fcs")
    records.attention(OSORNO, rosa, "2026-04-01", deleted=True)
    records.attention(OSORNO, old, "2025-12-31")
    # People registered in the BNE: two in 2026 (Ana, a new person), one in 2025.
    records.person(OSORNO, bne_registered_on="2026-02-03")
    records.person(OSORNO, bne_registered_on="2025-11-30")
    records.person(OSORNO, bne_registered_on="2026-07-20")
    # Placements: indefinite (counts), 3 months (counts), 2 months (no), 6 months in 2025 (no),
    # 12 months deleted (no).
    records.placement(OSORNO, ana, "2026-03-20", "indefinido", None)
    records.placement(OSORNO, luis, "2026-06-01", "plazo_fijo", 3)
    records.placement(OSORNO, rosa, "2026-06-05", "temporada", 2)
    records.placement(OSORNO, old, "2025-12-01", "plazo_fijo", 6)
    records.placement(OSORNO, rosa, "2026-08-01", "plazo_fijo", 12, deleted=True)
    # Workshops: one in May with Ana and Luis enrolled, Rosa withdrawn; one cancelled; one 2025.
    may = records.add("workshop", OSORNO, starts_on="2026-05-04", status="finalizado")
    records.add("workshop_enrollment", OSORNO, workshop_id=may, person_id=ana,
                status="inscrito", completed_on="2026-05-30")  # fmt: skip
    records.add("workshop_enrollment", OSORNO, workshop_id=may, person_id=luis,
                status="inscrito", completed_on=None)  # fmt: skip
    records.add("workshop_enrollment", OSORNO, workshop_id=may, person_id=rosa,
                status="retirado", completed_on=None)  # fmt: skip
    cancelled = records.add("workshop", OSORNO, starts_on="2026-09-01", status="cancelado")
    records.add("workshop_enrollment", OSORNO, workshop_id=cancelled, person_id=old,
                status="inscrito", completed_on=None)  # fmt: skip
    records.add("workshop", OSORNO, starts_on="2025-10-01", status="finalizado")
    # Companies: one contacted twice in 2026, another once; one in 2025 only.
    company_a, company_b, company_c = (records.add("company", OSORNO) for _ in range(3))
    records.add("company_interaction", OSORNO, company_id=company_a, date="2026-02-01")
    records.add("company_interaction", OSORNO, company_id=company_a, date="2026-02-20")
    records.add("company_interaction", OSORNO, company_id=company_b, date="2026-10-01")
    records.add("company_interaction", OSORNO, company_id=company_c, date="2025-10-01")
    # Vacancies published in 2026: 3 + 2 openings; one of 9 in 2025.
    records.add("vacancy", OSORNO, company_id=company_a, published_on="2026-02-02", openings=3)
    records.add("vacancy", OSORNO, company_id=company_b, published_on="2026-10-02", openings=2)
    records.add("vacancy", OSORNO, company_id=company_c, published_on="2025-10-02", openings=9)
    # Fairs: Osorno's own (Apr); Purranque's organised with Osorno (Jun); Purranque's alone;
    # Osorno's deleted.
    records.add("job_fair", OSORNO, held_on="2026-04-15", organisers=OSORNO)
    records.add("job_fair", PURRANQUE, held_on="2026-06-10", organisers=f"{OSORNO},{PURRANQUE}")
    records.add("job_fair", PURRANQUE, held_on="2026-07-10", organisers=PURRANQUE)
    records.add("job_fair", OSORNO, held_on="2026-08-10", organisers=OSORNO, deleted=True)

    # Rendición: January closed; February closed, reopened (latest); March reopened then
    # closed again; December 2025 closed (another year).
    def event(month: str, action: str, at: str) -> None:
        records.add("month_closure", OSORNO, month=month, action=action, at=at)

    event("2026-01", "cierre", "2026-02-05T10:00:00")
    event("2026-02", "cierre", "2026-03-05T10:00:00")
    event("2026-02", "reapertura", "2026-03-06T10:00:00")
    event("2026-03", "reapertura", "2026-04-06T09:00:00")
    event("2026-03", "cierre", "2026-04-06T10:00:00")
    event("2026-03", "cierre", "2026-04-05T10:00:00")
    event("2025-12", "cierre", "2026-01-05T10:00:00")
    # Targets for 2026 (and one for 2025 that must not show).
    for indicator, value in (
        (PLACEMENTS, 8), (PEOPLE_SERVED, 2), (BNE_REGISTRATIONS, 5), (COMPANIES_CONTACTED, 2),
    ):  # fmt: skip
        records.add("target", OSORNO, year=2026, indicator=indicator, value=value)
    records.add("target", OSORNO, year=2025, indicator=PLACEMENTS, value=99)
    # Purranque: one person served, one indefinite placement, a target of 4 placements.
    pedro = records.person(PURRANQUE)
    records.attention(PURRANQUE, pedro, "2026-11-01")
    records.placement(PURRANQUE, pedro, "2026-11-15", "indefinido", None)
    records.add("target", PURRANQUE, year=2026, indicator=PLACEMENTS, value=4)


def test_the_year_s_figures_are_the_hand_counted_ones(server):
    records = Records(server.service.store)
    _fill(records)
    with server.service.store.write() as session:
        session.add(
            Device(id=new_id(), office=OSORNO, name="PC 1", secret_sha256="0" * 64,
                   enrolled_at=datetime(2026, 1, 2), last_sync_at=datetime(2026, 11, 20, 9, 30),
                   protocol=7)
        )  # fmt: skip
        session.add(
            Device(id=new_id(), office=OSORNO, name="PC 2", secret_sha256="1" * 64,
                   enrolled_at=datetime(2026, 1, 3), last_sync_at=datetime(2026, 11, 21, 8, 0),
                   protocol=7)
        )  # fmt: skip

    region = region_figures(server.service.store, 2026)
    assert (region.region_code, region.year) == ("10", 2026)
    osorno = next(o for o in region.offices if o.cut == OSORNO)
    f = osorno.figures
    assert osorno.last_sync_at == datetime(2026, 11, 21, 8, 0)  # the latest of its two PCs
    assert (f.people_served, f.attentions, f.placements) == (2, 3, 2)
    assert (f.workshops, f.participants, f.fairs, f.months_closed) == (1, 2, 2, 2)
    assert f.indicators == {
        PEOPLE_SERVED: 2, BNE_REGISTRATIONS: 2, APRESTO: 1, FCS_CERTIFICATIONS: 1,
        COMPANIES_CONTACTED: 2, VACANCIES_TAKEN: 5, PLACEMENTS: 2,
    }  # fmt: skip
    assert f.targets == {PLACEMENTS: 8, PEOPLE_SERVED: 2, BNE_REGISTRATIONS: 5,
                         COMPANIES_CONTACTED: 2}  # fmt: skip
    assert f.placement_percent == 25
    assert (f.gestion_targets, f.gestion_met) == (3, 2)  # BNE 2 of 5 not reached

    purranque = next(o for o in region.offices if o.cut == PURRANQUE)
    assert (purranque.figures.people_served, purranque.figures.placements) == (1, 1)
    assert purranque.figures.fairs == 2  # its own and the one organised with Osorno
    assert purranque.last_sync_at is None

    # Osorno and Purranque are of Red Osorno; Puerto Montt of another network, with nothing.
    network = next(n for n in region.networks if OSORNO in {o.cut for o in n.offices})
    assert {o.cut for o in network.offices} == {OSORNO, PURRANQUE}
    assert network.subtotal.placements == 3
    assert network.subtotal.placement_target == 12
    assert network.subtotal.placement_percent == 25
    assert region.totals.people_served == 3
    assert region.totals.fairs == 4  # the shared fair counts for each organising office
    assert NO_NETWORK not in {n.name for n in region.networks}

    detail = office_detail(server.service.store, OSORNO, 2026)
    assert detail is not None
    assert detail.closed_months == [1, 3]
    assert [m.attentions for m in detail.months] == [1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    assert [m.people_served for m in detail.months][:3] == [1, 0, 2]
    assert [m.placements for m in detail.months][2:6] == [1, 0, 0, 1]
    assert detail.months[4].workshops == 1 and detail.months[4].participants == 2
    assert [m.fairs for m in detail.months][3:6] == [1, 0, 1]
    assert [d.name for d in detail.devices] == ["PC 1", "PC 2"]
    assert detail.office.figures.placements == 2

    last_year = region_figures(server.service.store, 2025)
    assert next(o for o in last_year.offices if o.cut == OSORNO).figures.placements == 1
    assert last_year.totals.targets == {PLACEMENTS: 99}
    assert years_with_data(server.service.store, around=2026) == [2026, 2025]


def test_an_office_of_another_region_never_counts(server):
    records = Records(server.service.store)
    with server.service.store.write() as session:
        session.add(
            Office(cut=SANTIAGO, name="Santiago", network="", registered_at=datetime(2026, 1, 1))
        )
    person = records.person(SANTIAGO)
    records.attention(SANTIAGO, person, "2026-03-01")
    records.add("job_fair", SANTIAGO, held_on="2026-04-15", organisers=f"{OSORNO},{SANTIAGO}")

    region = region_figures(server.service.store, 2026)
    assert SANTIAGO not in {o.cut for o in region.offices}
    assert region.totals.people_served == 0
    assert office_detail(server.service.store, SANTIAGO, 2026) is None
    # A fair of another region's office listing Osorno is still Osorno's (it organised it).
    assert next(o for o in region.offices if o.cut == OSORNO).figures.fairs == 1


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_cache_counts_again_only_the_offices_that_changed(regional_factory, backend):
    from tests.regional.client import NOW, Api

    server = regional_factory(backend, offices=(OSORNO, PURRANQUE))
    store = server.service.store
    records = Records(store)
    for cut in (OSORNO, PURRANQUE):
        records.attention(cut, records.person(cut), "2026-03-01")
    cache = FiguresCache()

    def served() -> dict[str, int]:
        region = region_figures(store, 2026, cache=cache)
        assert region == region_figures(store, 2026)  # the same as counted afresh
        return {o.cut: o.figures.people_served for o in region.offices}

    assert served() == {OSORNO: 1, PURRANQUE: 1}
    # A row written behind the server's back (no change) is not seen: the entry is kept.
    records.attention(PURRANQUE, records.person(PURRANQUE), "2026-04-01")
    assert region_figures(store, 2026, cache=cache).offices[1].figures.people_served == 1
    assert years_with_data(store, around=2026, cache=cache) == [2026]
    records.attention(PURRANQUE, records.person(PURRANQUE), "2024-04-01")  # behind its back
    assert years_with_data(store, around=2026, cache=cache) == [2026]
    assert years_with_data(store, around=2026) == [2026, 2024]
    # A change accepted from Osorno's PC counts Osorno again, and only Osorno.
    api = Api(server.url)
    try:
        device = api.device(server.code(OSORNO), OSORNO)
        person = device.insert_person()
        attention = device.change(
            "attention",
            new_id(),
            "insert",
            {
                "office_code": OSORNO, "created_at": NOW, "updated_at": NOW, "deleted_at": None,
                "shared": False, "person_id": person.row, "date": "2026-05-02",
                "kind": "orientacion", "notes": "",
            },
        )  # fmt: skip
        assert all(a.status == "applied" for a in device.sync(person, attention).acks)
    finally:
        api.close()
    region = region_figures(store, 2026, cache=cache)
    assert {o.cut: o.figures.people_served for o in region.offices} == {OSORNO: 2, PURRANQUE: 1}
    assert years_with_data(store, around=2026, cache=cache) == [2026, 2024]
    detail = office_detail(store, OSORNO, 2026, cache=cache)
    assert detail is not None and detail.months[4].people_served == 1
    detail.months[4].people_served = 99  # what a caller does to its copy stays there
    assert office_detail(store, OSORNO, 2026, cache=cache).months[4].people_served == 1
