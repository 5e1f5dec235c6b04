"""Job fairs sync like every record (protocol 7): a fair co-organised by two offices of Red
Palena reaches the co-organiser read-only; each office records its own companies, attendees and
referrals there, and each office's figures count what it recorded; the fair's owner's other PC
gets the whole fair; an office of the network that does not organise it lists nothing. A real
regional server on loopback, real SQLite files, the services the window uses."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from omil_desktop.domain.fairs import FairCompanyData, FairData, FairKind
from omil_desktop.domain.intermediation import ContractType, ReferralStatus
from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.vacancies import PlacementData, VacancyData
from omil_desktop.services.fairs import FairFigures, FairService
from omil_desktop.store.models import FairAttendee, JobFair
from tests.services.intermediation_fixtures import add_company

CHAITEN, FUTALEUFU, HUALAIHUE = "10401", "10402", "10403"
TODAY = date(2026, 11, 20)
FAIR_DAY = date(2026, 11, 6)
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    class Calendar(date):
        @classmethod
        def today(cls) -> date:
            return TODAY

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite")


def pc(server, office_factory, comuna: str, name: str):
    office = office_factory(comuna, name)
    office.client.enroll(server.url, server.code(comuna), name)
    return office


def fairs(office) -> FairService:
    ws = office.workspace
    return FairService(ws.db, ws.territory, ws.office.comuna_code)


def people(office, person_data, names: list[str], base: int) -> list[str]:
    ws = office.workspace
    return [
        ws.people.create(
            person_data(
                first_names=name,
                rut=Rut.from_body(base + n * 11),
                comuna_code=ws.office.comuna_code,
                email="",
            ),
            allow_likely_duplicate=True,
        )
        for n, name in enumerate(names)
    ]


def vacancy(office, company: str) -> str:
    return office.workspace.vacancies.create(
        VacancyData(
            company_id=company,
            title="Operario(a) de planta",
            openings=3,
            comuna_code=office.workspace.office.comuna_code,
            published_on=date(2026, 11, 2),
        )
    )


def view(office, fair_id: str):
    service = fairs(office)
    return (
        service.get(fair_id),
        service.companies(fair_id),
        service.attendees(fair_id),
        service.referrals(fair_id),
        service.figures(fair_id),
    )


def test_a_co_organised_fair_syncs_both_ways_and_each_office_counts_its_own(
    server, office_factory, person_data
):
    chaiten = pc(server, office_factory, CHAITEN, "Chaitén")
    futaleufu = pc(server, office_factory, FUTALEUFU, "Futaleufú")
    hualaihue = pc(server, office_factory, HUALAIHUE, "Hualaihué")
    for office in (chaiten, futaleufu, hualaihue):
        office.client.sync()  # the server places each office in its network

    # Chaitén records the fair, co-organised with Futaleufú, and what it did there.
    ours = fairs(chaiten)
    assert [o.code for o in ours.network_offices()] == [FUTALEUFU, HUALAIHUE]
    fair_id = ours.create(
        FairData(
            name="Feria Laboral de la Provincia de Palena",
            kind=FairKind.FAIR,
            held_on=FAIR_DAY,
            place="Gimnasio municipal",
            comuna_code=CHAITEN,
            co_organisers=(FUTALEUFU,),
        )
    )
    company = add_company(chaiten.workspace, "Forestal Chaitén SpA")
    ours.add_company(fair_id, FairCompanyData(company, 6, "Operario(a) forestal"))
    opening = vacancy(chaiten, company)
    a, b, c = people(chaiten, person_data, ["Begoña", "Íñigo", "Ñanculef"], 16_100_000)
    for person in (a, b, c):
        ours.add_attendee(fair_id, person)
    ours.refer(fair_id, a, opening)
    (referral,) = chaiten.workspace.referrals.referrals_of(opening)
    chaiten.workspace.referrals.advance(referral.id, ReferralStatus.HIRED, date(2026, 11, 10))
    chaiten.workspace.referrals.place(
        referral.id, PlacementData(date(2026, 11, 16), ContractType.FIXED_TERM, 6)
    )
    assert chaiten.client.sync().refused == 0

    # Futaleufú receives it read-only and records its own people and company there.
    report = futaleufu.client.sync()
    assert report.set_aside == 0
    theirs = fairs(futaleufu)
    (row,) = theirs.search_page()
    assert (row.id, row.own, row.organisers) == (fair_id, False, "Futaleufú, Chaitén")
    assert theirs.attendees(fair_id) == [] and theirs.companies(fair_id) == []
    hotel = add_company(futaleufu.workspace, "Hostería Río Espolón", rut="96500000-3")
    theirs.add_company(fair_id, FairCompanyData(hotel, 2, "Garzón(a)"))
    x, y = people(futaleufu, person_data, ["Zoë", "Andrés"], 17_200_000)
    theirs.add_attendee(fair_id, x)
    theirs.add_attendee(fair_id, y)
    theirs.refer(fair_id, x, vacancy(futaleufu, hotel))
    assert futaleufu.client.sync().refused == 0
    assert [a.kind for a in futaleufu.workspace.attentions.history(x)] == [ServiceKind.JOB_FAIR]

    # The owner corrects the fair: the co-organiser receives the change, and its attendees'
    # «Feria laboral» atenciones follow the fair's new day.
    ours.update(
        fair_id,
        FairData(
            name="Feria Laboral Provincial 2026",
            kind=FairKind.FAIR,
            held_on=FAIR_DAY + timedelta(days=1),
            place="Gimnasio municipal",
            comuna_code=CHAITEN,
            co_organisers=(FUTALEUFU,),
        ),
    )
    assert chaiten.client.sync().refused == 0
    futaleufu.client.sync()
    assert theirs.get(fair_id).data.name == "Feria Laboral Provincial 2026"
    assert theirs.follow_fairs() == 2 and theirs.follow_fairs() == 0
    moved = futaleufu.workspace.attentions.history(x)[0]
    assert moved.date == FAIR_DAY + timedelta(days=1) and "Provincial 2026" in moved.notes
    assert chaiten.workspace.attentions.history(a)[0].date == FAIR_DAY + timedelta(days=1)
    assert futaleufu.client.sync().refused == 0  # the corrected atenciones travel too

    # Each office counts what it recorded; neither counts the other's people.
    assert ours.fair_figures(*NOVEMBER) == FairFigures(
        fairs=1, attendees=3, companies=1, openings=6, referrals=1, hires=1, placements=1
    )
    assert theirs.fair_figures(*NOVEMBER) == FairFigures(
        fairs=1, attendees=2, companies=1, openings=2, referrals=1, hires=0, placements=0
    )
    with chaiten.workspace.db.transaction() as session:
        offices = set(session.scalars(select(FairAttendee.office_code)))
        assert offices == {CHAITEN}  # Futaleufú's people never reach Chaitén

    # Chaitén's other PC gets the whole fair, as the first PC shows it.
    second = pc(server, office_factory, CHAITEN, "Chaitén PC 2")
    assert second.client.sync().set_aside == 0
    assert view(second, fair_id) == view(chaiten, fair_id)
    assert [a.kind for a in second.workspace.attentions.history(b)] == [ServiceKind.JOB_FAIR]

    # Hualaihué, of the network, holds the shared fair but does not organise it: nothing listed.
    hualaihue.client.sync()
    with hualaihue.workspace.db.transaction() as session:
        assert session.scalars(select(JobFair.id)).all() == [fair_id]
    assert fairs(hualaihue).search_page() == []
    assert fairs(hualaihue).fair_figures(*NOVEMBER).fairs == 0

    # Futaleufú removes an attendee recorded by mistake; the removal syncs, the count follows.
    removed = next(r for r in theirs.attendees(fair_id) if r.person_id == y)
    theirs.remove_attendee(removed.id)
    assert futaleufu.client.sync().refused == 0
    assert theirs.fair_figures(*NOVEMBER).attendees == 1
    assert futaleufu.workspace.attentions.history(y) == []


def test_the_owner_s_pc_is_refused_deleting_a_fair_where_a_co_organiser_has_people(
    server, office_factory, person_data, qtbot
):
    """Chaitén's PC cannot see Futaleufú's attendees (they are Futaleufú's records), so its own
    check lets it delete the co-organised fair; the server refuses that deletion to it alone, the
    PC shows it as a refused change in its sync status, and Futaleufú keeps the fair."""
    from omil_desktop.ui.sync.controller import SyncController

    chaiten = pc(server, office_factory, CHAITEN, "Chaitén")
    futaleufu = pc(server, office_factory, FUTALEUFU, "Futaleufú")
    for office in (chaiten, futaleufu):
        office.client.sync()
    ours = fairs(chaiten)
    fair_id = ours.create(
        FairData(
            name="Feria Laboral de la Provincia de Palena",
            kind=FairKind.FAIR,
            held_on=FAIR_DAY,
            place="Gimnasio municipal",
            comuna_code=CHAITEN,
            co_organisers=(FUTALEUFU,),
        )
    )
    assert chaiten.client.sync().refused == 0
    futaleufu.client.sync()
    (zoe,) = people(futaleufu, person_data, ["Zoë"], 17_200_000)
    fairs(futaleufu).add_attendee(fair_id, zoe)
    assert futaleufu.client.sync().refused == 0

    ours.delete(fair_id)
    report = chaiten.client.sync()

    assert report.refused == 1 and chaiten.client.status().refused == 1
    controller = SyncController(chaiten.workspace)
    try:
        shown = controller.view()
    finally:
        controller.shutdown()
    assert shown.text == "Error de sincronización"
    assert shown.reason == "1 cambio rechazado por el servidor regional"
    assert not server.service.record("job_fair", fair_id).deleted
    futaleufu.client.sync()
    assert [r.id for r in fairs(futaleufu).search_page()] == [fair_id]
    assert [a.person_id for a in fairs(futaleufu).attendees(fair_id)] == [zoe]
