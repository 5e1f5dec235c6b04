"""The same office's data gives the same numbers on the desktop's activity report (and its
targets) and on the region's page: one office syncs to a real server on loopback, then both
sides count. Also: a sum of offices measures a target only against the offices that have it."""

from __future__ import annotations

from datetime import date

from omil_desktop.domain.activity import Period
from omil_desktop.domain.people import ServiceKind
from omil_desktop.regional.figures import Figures, region_figures
from omil_desktop.services.activity import ActivityService
from omil_desktop.store.clock import today
from omil_desktop.store.models import JobFair
from tests.regional.test_web_figures import (
    OSORNO,
    attend,
    clock,
    enrolled,
    memory_keyring,
    office_factory,
    osorno_first_pc,
    person,
    server,
    set_targets,
)
from tests.services.test_workshops import workshop_data

__all__ = ["clock", "memory_keyring", "office_factory", "server"]  # the shared fixtures


def _office(region, cut: str):
    return next(o for o in region.offices if o.cut == cut)


def test_the_targets_values_are_the_same_on_the_desktop_and_on_the_regions_page(
    server, office_factory, person_data
):
    first = enrolled(server, office_factory, OSORNO, "PC Osorno 1")
    osorno_first_pc(first, person_data)
    someone = person(first, person_data, 30)  # served twice in the year: one person
    attend(first, someone, date(2026, 11, 28))
    attend(first, someone, date(2026, 1, 1), ServiceKind.FCS_CERTIFICATION)
    set_targets(first, 2026, colocaciones=4, personas_atendidas=3)
    assert first.client.sync().refused == 0
    workspace = first.workspace
    desktop = ActivityService(workspace.db, workspace.territory, OSORNO).indicator_values(
        date(2026, 1, 1), date(2026, 12, 31)
    )
    region = region_figures(server.service.store, 2026, today=today())
    assert {k.value: v for k, v in desktop.items()} == _office(region, OSORNO).figures.indicators


def test_the_activity_reports_counts_equal_the_regions_with_a_fair_planned_ahead(
    server, office_factory, person_data
):
    first = enrolled(server, office_factory, OSORNO, "PC Osorno 1")
    osorno_first_pc(first, person_data)
    ahead = date(today().year, 12, 31)
    with first.workspace.db.transaction() as session:  # planned, not held: counts nowhere yet
        session.add(
            JobFair(
                office_code=OSORNO, name="Feria de verano", kind="feria", held_on=ahead,
                comuna_code=OSORNO, organisers=OSORNO,
            )
        )  # fmt: skip
    workshops = first.workspace.workshops
    wid = workshops.create(
        workshop_data(starts_on=date(2026, 12, 7), ends_on=date(2026, 12, 18), capacity=5)
    )
    workshops.enroll(wid, person(first, person_data, 40), on=date(2026, 11, 28))
    assert first.client.sync().refused == 0
    workspace = first.workspace
    mine = ActivityService(workspace.db, workspace.territory, OSORNO)
    figures = mine.figures(Period.year(2026)).current
    theirs = _office(region_figures(server.service.store, 2026, today=today()), OSORNO).figures
    assert (
        figures.people_served,
        figures.attentions,
        figures.placements,
        figures.workshops,
        figures.workshop_enrolled,
        figures.fairs.fairs,
    ) == (
        theirs.people_served,
        theirs.attentions,
        theirs.placements,
        theirs.workshops,
        theirs.participants,
        theirs.fairs,
    )
    if today() < ahead:
        assert theirs.fairs == 1  # the September fair; December's is still ahead


def test_a_sum_of_offices_measures_each_target_against_the_offices_that_have_it():
    a = Figures(placements=2)
    a.indicators["colocaciones"] = 2
    a.indicators["personas_atendidas"] = 40
    a.targets = {"colocaciones": 10, "personas_atendidas": 30}
    b = Figures(placements=50)  # no target at all: it never inflates the network's percent
    b.indicators["colocaciones"] = 50
    c = Figures(placements=3)
    c.indicators["colocaciones"] = 3
    c.indicators["personas_atendidas"] = 5
    c.targets = {"colocaciones": 10, "personas_atendidas": 20, "empresas_contactadas": 4}
    network = Figures()
    for office in (a, b, c):
        network.add(office)
    assert network.placements == 55 and network.placement_target == 20
    assert network.placement_percent == 25  # (2 + 3) of (10 + 10)
    assert (network.gestion_met, network.gestion_targets) == (1, 3)  # each office's own, added
    region = Figures()
    region.add(network)
    region.add(Figures())
    assert region.placement_percent == 25 and (region.gestion_met, region.gestion_targets) == (1, 3)


def test_a_csv_cell_that_a_spreadsheet_would_run_as_a_formula_is_quoted():
    from omil_desktop.regional.web import _csv_cell

    for text in ("=1+1", "+56", "-2", "@SUM(A1)", "\t=1", "\r=1", "  =HYPERLINK(x)"):
        assert _csv_cell(text) == "'" + text
    assert _csv_cell("Puerto Montt") == "Puerto Montt"
    assert _csv_cell(-3) == "-3"  # a number stays a number
