"""Candidates for a vacancy and vacancies for a person, ranked, filtered, own and shared."""

from __future__ import annotations

import itertools
from datetime import date, datetime

import pytest

from omil_desktop.domain.people import EducationLevel, JobStatus
from omil_desktop.domain.rut import Rut
from omil_desktop.services.errors import NotFound
from omil_desktop.services.matching import CandidateFilter, MatchingService, Scope
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.models import Company, Referral, Vacancy

CHAITEN, FUTALEUFU, PUERTO_MONTT = "10401", "10402", "10101"
COMPANY_RUTS = itertools.count(76_000_000)


@pytest.fixture
def office(data_dir):
    """Chaitén, of the Red Palena (with Futaleufú and Hualaihué)."""
    ws = Workspace(data_dir)
    ws.set_up_office(CHAITEN, "Ana Pérez")
    yield ws
    ws.close()


def add_person(office, person_data, n: int, **changes) -> str:
    values = {
        "first_names": f"Persona {n}",
        "rut": Rut.from_body(15_000_000 + n),
        "comuna_code": CHAITEN,
        "occupation": "Soldador",
        "education_level": EducationLevel.SECONDARY,
        "job_status": JobStatus.UNEMPLOYED,
        "email": "",
    }
    values.update(changes)
    return office.people.create(person_data(**values), allow_likely_duplicate=True)


def add_vacancy(office, *, owner: str = CHAITEN, shared: bool = False, **changes) -> str:
    """A company and a vacancy written straight to the store, as sync would leave them."""
    stamp = datetime(2026, 11, 1, 12)
    with office.db.transaction() as session:
        company = Company(
            office_code=owner,
            rut=Rut.from_body(next(COMPANY_RUTS)).compact,
            legal_name="Salmones Austral SpA",
            comuna_code=owner,
            shared=shared,
            created_at=stamp,
        )
        session.add(company)
        session.flush()
        values = {
            "title": "Soldador(a)",
            "occupation": "Soldadura",
            "openings": 2,
            "comuna_code": owner,
            "published_on": date(2026, 11, 1),
            "status": "abierta",
            "education_level": "media_completa",
        }
        values.update(changes)
        vacancy = Vacancy(
            office_code=owner, company_id=company.id, shared=shared, created_at=stamp, **values
        )
        session.add(vacancy)
        session.flush()
        return vacancy.id


def refer(office, vacancy_id: str, person_id: str) -> None:
    with office.db.transaction() as session:
        session.add(
            Referral(
                office_code=CHAITEN,
                vacancy_id=vacancy_id,
                person_id=person_id,
                status="derivado",
                referred_on=date(2026, 11, 20),
            )
        )


def matching(office) -> MatchingService:
    return MatchingService(office.db, office.territory, CHAITEN)


def test_candidates_come_best_first_with_their_reasons(office, person_data):
    welder = add_person(office, person_data, 1)
    employed = add_person(office, person_data, 2, job_status=JobStatus.EMPLOYED)
    neighbour = add_person(office, person_data, 3, comuna_code=FUTALEUFU)
    cook = add_person(office, person_data, 4, occupation="Cocinera")
    far = add_person(office, person_data, 5, comuna_code=PUERTO_MONTT)
    vacancy = add_vacancy(office)

    found = matching(office).candidates(vacancy)

    assert [c.person_id for c in found.rows] == [welder, employed, neighbour, cook]
    assert far not in {c.person_id for c in found.rows}  # not in the Red Palena
    assert found.count == 4
    top = found.rows[0]
    assert top.full_name == "Persona 1 Núñez Pérez" and top.rut == "15.000.001-" + top.rut[-1]
    assert top.fit.reasons[0] == "Su oficio coincide con la oferta (Soldador)"
    assert "Vive en Chaitén, la comuna de la oferta" in top.fit.reasons
    assert top.comuna == "Chaitén" and top.job_status == "Cesante"


def test_filters_narrow_the_candidates(office, person_data):
    here = add_person(office, person_data, 1)
    add_person(office, person_data, 2, comuna_code=FUTALEUFU)
    far = add_person(office, person_data, 3, comuna_code=PUERTO_MONTT)
    low = add_person(office, person_data, 4, education_level=EducationLevel.PRIMARY)
    employed = add_person(office, person_data, 5, job_status=JobStatus.EMPLOYED)
    vacancy = add_vacancy(office)
    service = matching(office)

    def ids(**where) -> set[str]:
        return {c.person_id for c in service.candidates(vacancy, CandidateFilter(**where)).rows}

    assert ids(scope=Scope.COMUNA) == {here, low, employed}
    assert far in ids(scope=Scope.ANYWHERE)
    assert low not in ids(meets_education_only=True)
    assert ids(scope=Scope.COMUNA, job_statuses=frozenset({JobStatus.EMPLOYED})) == {employed}


def test_people_already_referred_are_left_out_unless_asked_for(office, person_data):
    referred = add_person(office, person_data, 1)
    other = add_person(office, person_data, 2)
    vacancy = add_vacancy(office)
    refer(office, vacancy, referred)
    service = matching(office)

    assert [c.person_id for c in service.candidates(vacancy).rows] == [other]
    shown = service.candidates(vacancy, CandidateFilter(include_referred=True)).rows
    assert {c.person_id: c.referred for c in shown} == {referred: True, other: False}


def test_a_vacancy_shared_by_a_neighbour_gets_candidates_from_this_office(office, person_data):
    ours = add_person(office, person_data, 1)
    shared = add_vacancy(office, owner=FUTALEUFU, shared=True)
    hidden = add_vacancy(office, owner=FUTALEUFU, shared=False, title="Bodeguero")

    found = matching(office).candidates(shared)

    assert [c.person_id for c in found.rows] == [ours]
    assert "Vive en Chaitén, de la misma Red Territorial" in found.rows[0].fit.reasons
    with pytest.raises(NotFound):
        matching(office).candidates(hidden)


def test_vacancies_for_a_person_are_the_open_ones_own_and_shared(office, person_data):
    person = add_person(office, person_data, 1, occupation="Cocinero")
    kitchen = add_vacancy(office, title="Ayudante de cocina", occupation="")
    welding = add_vacancy(office, title="Soldador", occupation="", openings=3)
    shared = add_vacancy(
        office, owner=FUTALEUFU, shared=True, title="Cocinero(a) de faena", occupation=""
    )
    add_vacancy(office, title="Cocinero", occupation="", status="cerrada")
    add_vacancy(office, title="Cocinera", occupation="", closes_on=date(2020, 1, 31))
    add_vacancy(office, owner=FUTALEUFU, shared=False, title="Cocinero jefe", occupation="")
    refer(office, welding, person)

    found = matching(office).vacancies_for(person)

    assert [m.vacancy_id for m in found] == [kitchen, shared]
    assert [m.own for m in found] == [True, False]
    assert found[0].company == "Salmones Austral SpA" and found[0].comuna == "Chaitén"
    with_referred = matching(office).vacancies_for(person, include_referred=True)
    assert welding in {m.vacancy_id for m in with_referred}
