"""Ferias laborales through the service, on real SQLite files: the fair and its organisers, the
companies with their openings, attendees with their «Feria laboral» atención, referrals at the
fair and the hires that followed, and the figures the reports use (issue 11, point 1)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from omil_desktop.domain.fairs import FairCompanyData, FairData, FairKind, organisers_text
from omil_desktop.domain.intermediation import ContractType, ReferralStatus
from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.vacancies import PlacementData
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from omil_desktop.services.fairs import FairFigures, FairService, ReadOnlyFair
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.models import Attention, FairAttendee, FairReferral, JobFair, Referral
from tests.services.intermediation_fixtures import add_company, vacancy_data

TODAY = date(2026, 11, 20)
CHAITEN, FUTALEUFU, HUALAIHUE, OSORNO = "10401", "10402", "10403", "10301"


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    """The PC's calendar (store/clock.py is the one source of the day)."""

    class Calendar(date):
        @classmethod
        def today(cls) -> date:
            return TODAY

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)


def office(tmp_path, comuna: str, officer: str = "Ana Pérez") -> Workspace:
    ws = Workspace(tmp_path / comuna)
    ws.set_up_office(comuna, officer)
    return ws


@pytest.fixture
def chaiten(tmp_path):
    ws = office(tmp_path, CHAITEN)
    yield ws
    ws.close()


def fairs(ws: Workspace) -> FairService:
    return FairService(ws.db, ws.territory, ws.office.comuna_code)


def fair_data(**overrides) -> FairData:
    values: dict = {
        "name": "Feria Laboral de Primavera",
        "kind": FairKind.FAIR,
        "held_on": date(2026, 11, 6),
        "place": "Gimnasio municipal",
        "comuna_code": CHAITEN,
    }
    values.update(overrides)
    return FairData(**values)


def people(ws: Workspace, person_data, count: int, base: int = 16_000_000) -> list[str]:
    names = ["Begoña", "Íñigo", "Ñanculef", "Zoë", "Andrés", "Sofía"]
    return [
        ws.people.create(
            person_data(
                first_names=names[n],
                rut=Rut.from_body(base + n * 7),
                comuna_code=ws.office.comuna_code,
                email="",
            ),
            allow_likely_duplicate=True,
        )
        for n in range(count)
    ]


def history(ws: Workspace, person_id: str) -> list[ServiceKind]:
    return [a.kind for a in ws.attentions.history(person_id)]


def test_a_fair_is_recorded_with_its_network_co_organiser_and_listed_newest_first(chaiten):
    service = fairs(chaiten)
    assert [o.code for o in service.network_offices()] == [FUTALEUFU, HUALAIHUE]
    older = service.create(
        fair_data(
            name="Reclutamiento Salmones Austral",
            held_on=date(2026, 3, 2),
            kind=FairKind.RECRUITMENT,
        )
    )
    newer = service.create(fair_data(co_organisers=(FUTALEUFU,)))
    rows = service.search_page()
    assert [r.id for r in rows] == [newer, older]
    assert rows[0].organisers == "Chaitén, Futaleufú" and rows[0].own
    assert rows[1].kind is FairKind.RECRUITMENT
    assert [r.id for r in service.search_page("primavera gimnasio")] == [newer]
    assert [r.id for r in service.search_page("chaiten salmon")] == [older]  # comuna, accents
    with chaiten.db.transaction() as session:
        stored = session.get(JobFair, newer)
        assert stored.organisers == organisers_text((CHAITEN, FUTALEUFU))
        assert stored.shared  # the co-organisers see it
        assert not session.get(JobFair, older).shared
    record = service.get(newer)
    assert [o.name for o in record.organisers] == ["OMIL Chaitén", "OMIL Futaleufú"]
    assert record.data.co_organisers == (FUTALEUFU,)

    service.update(newer, fair_data(co_organisers=()))
    with chaiten.db.transaction() as session:
        assert not session.get(JobFair, newer).shared


def test_bad_fairs_are_refused_with_every_error_at_once_and_nothing_saved(chaiten):
    service = fairs(chaiten)
    with pytest.raises(ValidationFailed) as caught:
        service.create(fair_data(name="  ", held_on=None, comuna_code="", co_organisers=(OSORNO,)))
    assert set(caught.value.errors) == {"name", "held_on", "comuna_code", "co_organisers"}
    assert caught.value.errors["name"] == "Escriba el nombre de la feria."
    assert "Red Territorial" in caught.value.errors["co_organisers"]
    with pytest.raises(ValidationFailed) as caught:
        service.create(fair_data(held_on=TODAY + timedelta(days=400)))
    assert "más de un año" in caught.value.errors["held_on"]
    with pytest.raises(ValidationFailed) as caught:
        service.create(fair_data(name="F" * 201))
    assert "hasta 200 caracteres" in caught.value.errors["name"]
    assert service.search_page() == []
    planned = service.create(fair_data(held_on=TODAY + timedelta(days=300)))  # planned: fine
    assert service.get(planned).planned


def test_companies_take_part_once_with_their_openings(chaiten):
    service = fairs(chaiten)
    fair = service.create(fair_data())
    forestal = add_company(chaiten, "Forestal Palena SpA")
    salmones = add_company(chaiten, "Salmones Austral S.A.", rut="96500000-0")
    first = service.add_company(fair, FairCompanyData(forestal, 12, "Operario(a) forestal"))
    service.add_company(fair, FairCompanyData(salmones, 0))
    with pytest.raises(ValidationFailed) as caught:
        service.add_company(fair, FairCompanyData(forestal, 3))
    assert "ya participa" in caught.value.errors["company_id"]
    with pytest.raises(ValidationFailed) as caught:
        service.add_company(fair, FairCompanyData(None, -2, "x" * 301))
    assert set(caught.value.errors) == {"company_id", "openings", "positions"}
    assert caught.value.errors["openings"] == "Los cupos no pueden ser negativos."
    service.update_company(first, FairCompanyData(forestal, 15, "Operario(a) forestal"))
    rows = service.companies(fair)
    assert [(r.name, r.openings) for r in rows] == [
        ("Forestal Palena SpA", 15),
        ("Salmones Austral S.A.", 0),
    ]
    assert service.figures(fair).openings == 15 and service.figures(fair).companies == 2
    service.remove_company(first)
    assert [r.name for r in service.companies(fair)] == ["Salmones Austral S.A."]


def test_each_attendee_gets_one_feria_laboral_atencion_removed_with_them(chaiten, person_data):
    service = fairs(chaiten)
    fair = service.create(fair_data())
    begona, inigo = people(chaiten, person_data, 2)
    first = service.add_attendee(fair, begona)
    service.add_attendee(fair, inigo)
    with pytest.raises(ServiceError, match="ya está registrada como asistente"):
        service.add_attendee(fair, begona)
    assert history(chaiten, begona) == [ServiceKind.JOB_FAIR]
    atencion = chaiten.attentions.history(begona)[0]
    assert atencion.date == date(2026, 11, 6) and "Feria Laboral de Primavera" in atencion.notes
    assert [r.name for r in service.attendees(fair)] == [
        "Begoña Núñez Pérez",
        "Íñigo Núñez Pérez",
    ]

    service.remove_attendee(first)
    assert history(chaiten, begona) == []
    assert [r.person_id for r in service.attendees(fair)] == [inigo]
    again = service.add_attendee(fair, begona)  # the same record, one atención again
    assert again == first and history(chaiten, begona) == [ServiceKind.JOB_FAIR]
    with chaiten.db.transaction() as session:
        kinds = session.scalars(select(Attention.kind).where(Attention.person_id == begona)).all()
        assert len(kinds) == 2  # the removed one is a tombstone (it syncs)

    # The fair's date moves: the atenciones follow it.
    service.update(fair, fair_data(held_on=date(2026, 11, 7)))
    assert chaiten.attentions.history(inigo)[0].date == date(2026, 11, 7)
    with pytest.raises(ValidationFailed) as caught:
        service.update(fair, fair_data(held_on=TODAY + timedelta(days=3)))
    assert "asistentes" in caught.value.errors["held_on"]
    with pytest.raises(ServiceError, match="asistentes o derivaciones"):
        service.delete(fair)


def test_a_planned_fair_takes_no_attendees_and_only_own_people_attend(chaiten, person_data):
    service = fairs(chaiten)
    planned = service.create(fair_data(held_on=TODAY + timedelta(days=10)))
    (person,) = people(chaiten, person_data, 1)
    with pytest.raises(ServiceError, match="sus asistentes se registran desde ese día"):
        service.add_attendee(planned, person)
    with pytest.raises(NotFound):
        service.add_attendee("no-such-fair", person)
    service.delete(planned)  # nothing recorded at it: it may go
    assert service.search_page() == []


def test_referrals_at_the_fair_and_the_hires_that_follow(chaiten, person_data):
    service = fairs(chaiten)
    fair = service.create(fair_data())
    company = add_company(chaiten, "Forestal Palena SpA")
    other = add_company(chaiten, "Hostal Yelcho", rut="96500000-0")
    service.add_company(fair, FairCompanyData(company, 4))
    vacancy = chaiten.vacancies.create(vacancy_data(company, openings=3, comuna_code=CHAITEN,
                                                    published_on=date(2026, 11, 1)))  # fmt: skip
    chaiten.vacancies.create(vacancy_data(other, title="Recepcionista", comuna_code=CHAITEN,
                                          published_on=date(2026, 11, 1)))  # fmt: skip
    begona, inigo, nancu = people(chaiten, person_data, 3)
    choices = service.vacancies(fair)
    assert [(c.title, c.at_fair) for c in choices] == [
        ("Operario de aserradero", True),
        ("Recepcionista", False),
    ]
    with pytest.raises(ServiceError, match="Solo se deriva en la feria a sus asistentes"):
        service.refer(fair, begona, vacancy)
    for person in (begona, inigo, nancu):
        service.add_attendee(fair, person)
    links = [service.refer(fair, p, vacancy) for p in (begona, inigo, nancu)]
    with pytest.raises(ServiceError, match="ya fue derivada"):
        service.refer(fair, begona, vacancy)
    referrals = chaiten.referrals.referrals_of(vacancy)
    assert {r.referred_on for r in referrals} == {date(2026, 11, 6)}  # the fair's day
    by_person = {r.person_id: r.id for r in referrals}

    # The selection goes on in Ofertas: two hired, one for three months, one for a month.
    for person, months in ((begona, 6), (inigo, 1)):
        chaiten.referrals.advance(by_person[person], ReferralStatus.HIRED, date(2026, 11, 12))
        chaiten.referrals.place(
            by_person[person],
            PlacementData(date(2026, 11, 16), ContractType.FIXED_TERM, months),
        )
    rows = service.referrals(fair)
    assert [(r.person.split()[0], r.status, r.counts) for r in rows] == [
        ("Begoña", ReferralStatus.HIRED, True),
        ("Íñigo", ReferralStatus.HIRED, False),
        ("Ñanculef", ReferralStatus.REFERRED, False),
    ]
    assert (
        rows[0].placement_start == date(2026, 11, 16) and rows[0].company == "Forestal Palena SpA"
    )
    assert service.figures(fair) == FairFigures(
        fairs=1, attendees=3, companies=1, openings=4, referrals=3, hires=2, placements=1
    )
    with pytest.raises(ServiceError, match="quítelas antes"):
        service.remove_attendee(service.attendees(fair)[0].id)
    with pytest.raises(ServiceError, match="ya avanzó"):
        service.remove_referral(links[0])
    service.remove_referral(links[2])  # still «derivado»: the link and the referral go
    assert len(chaiten.referrals.referrals_of(vacancy)) == 2
    assert service.figures(fair).referrals == 2


def test_a_referral_refused_by_the_referrals_rules_leaves_nothing(chaiten, person_data):
    service = fairs(chaiten)
    fair = service.create(fair_data())
    company = add_company(chaiten)
    late = chaiten.vacancies.create(vacancy_data(company, comuna_code=CHAITEN,
                                                 published_on=date(2026, 11, 10)))  # fmt: skip
    (person,) = people(chaiten, person_data, 1)
    service.add_attendee(fair, person)
    with pytest.raises(ValidationFailed) as caught:
        service.refer(fair, person, late)
    assert "anterior a la publicación" in caught.value.errors["referred_on"]
    with chaiten.db.transaction() as session:
        assert session.scalars(select(Referral.id)).all() == []
        assert session.scalars(select(FairReferral.id)).all() == []


def test_fair_figures_count_the_period_distinct_people_and_not_the_planned(chaiten, person_data):
    service = fairs(chaiten)
    spring = service.create(fair_data(held_on=date(2026, 10, 2)))
    autumn = service.create(fair_data(name="Feria de Otoño", held_on=date(2026, 4, 15)))
    service.create(fair_data(name="Feria de Verano", held_on=TODAY + timedelta(days=20)))
    a, b, c = people(chaiten, person_data, 3)
    for person in (a, b):
        service.add_attendee(spring, person)
    for person in (b, c):
        service.add_attendee(autumn, person)
    company = add_company(chaiten)
    service.add_company(spring, FairCompanyData(company, 5))
    service.add_company(autumn, FairCompanyData(company, 2))
    year = service.fair_figures(date(2026, 1, 1), date(2026, 12, 31))
    assert year == FairFigures(
        fairs=2, attendees=3, companies=1, openings=7, referrals=0, hires=0, placements=0
    )
    october = service.fair_figures(date(2026, 10, 1), date(2026, 10, 31))
    assert (october.fairs, october.attendees, october.openings) == (1, 2, 5)
    assert service.fair_figures(date(2025, 1, 1), date(2025, 12, 31)) == FairFigures(
        0, 0, 0, 0, 0, 0, 0
    )


def test_a_co_organiser_sees_the_fair_read_only_and_records_its_own_people(
    chaiten, tmp_path, person_data
):
    """Futaleufú holds Chaitén's shared fair (as sync leaves it): it records its own attendees
    there; the fair itself stays Chaitén's."""
    futaleufu = office(tmp_path, FUTALEUFU)
    try:
        with futaleufu.db.transaction() as session:
            fair = JobFair(
                office_code=CHAITEN,
                name="Feria Laboral Provincia de Palena",
                kind=FairKind.FAIR.value,
                held_on=date(2026, 11, 6),
                place="Gimnasio municipal",
                comuna_code=CHAITEN,
                organisers=organisers_text((CHAITEN, FUTALEUFU)),
                notes="",
                shared=True,
            )
            not_ours = JobFair(
                office_code=HUALAIHUE,
                name="Feria de Hualaihué",
                kind=FairKind.FAIR.value,
                held_on=date(2026, 11, 3),
                place="",
                comuna_code=HUALAIHUE,
                organisers=organisers_text((HUALAIHUE,)),
                notes="",
                shared=True,
            )
            session.add_all([fair, not_ours])
            session.flush()
            fair_id, other_id = fair.id, not_ours.id
        service = fairs(futaleufu)
        rows = service.search_page()
        assert [r.id for r in rows] == [fair_id]  # a network's fair it does not organise: no
        assert not rows[0].own and rows[0].organisers == "Futaleufú, Chaitén"
        record = service.get(fair_id)
        assert not record.own and record.owner_name == "OMIL Chaitén"
        with pytest.raises(ReadOnlyFair, match="OMIL Chaitén"):
            service.update(fair_id, fair_data(comuna_code=CHAITEN))
        with pytest.raises(ReadOnlyFair):
            service.delete(fair_id)
        with pytest.raises(NotFound):
            service.get(other_id)
        a, b = people(futaleufu, person_data, 2)
        service.add_attendee(fair_id, a)
        service.add_attendee(fair_id, b)
        assert history(futaleufu, a) == [ServiceKind.JOB_FAIR]
        figures = service.fair_figures(date(2026, 11, 1), date(2026, 11, 30))
        assert (figures.fairs, figures.attendees) == (1, 2)
        with futaleufu.db.transaction() as session:
            offices = session.scalars(select(FairAttendee.office_code)).all()
            assert offices == [FUTALEUFU, FUTALEUFU]
    finally:
        futaleufu.close()
