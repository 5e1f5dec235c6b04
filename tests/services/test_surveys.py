"""Satisfaction surveys (issue 11, point 3): a survey rates one service of the person — an
atención, a completed workshop, a placement, a fair — with a nota 1–7; nothing is saved
half-way when it is refused; the people due a follow-up call (a service from two months to a
week ago, without a survey) oldest first and paged; the results by service for the reports."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from omil_desktop.domain.intermediation import ContractType, ReferralStatus
from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.surveys import SurveyChannel, SurveyData
from omil_desktop.domain.surveys import SurveyService as Rated
from omil_desktop.domain.vacancies import PlacementData
from omil_desktop.domain.workshops import AttendanceMark, SessionData, WorkshopData, WorkshopModule
from omil_desktop.services.errors import ValidationFailed
from omil_desktop.services.surveys import SurveyService
from omil_desktop.store.models import ChangeLog, SatisfactionSurvey
from tests.services.intermediation_fixtures import add_company, vacancy_data
from tests.services.rendition_fixtures import TODAY, calendar  # noqa: F401 - the PC's calendar

DAY = TODAY  # 20-11-2026


@pytest.fixture
def surveys(workspace, calendar) -> SurveyService:  # noqa: F811
    office = workspace.office.comuna_code
    return SurveyService(workspace.db, workspace.territory, office)


_ruts = iter(range(15_000_001, 15_100_000))


def person(workspace, person_data, first: str = "María José", phone: str = "+56 9 1234 5678"):
    data = person_data(first_names=first, rut=Rut.from_body(next(_ruts)), phone=phone)
    return workspace.people.create(data, allow_likely_duplicate=True)


def attention(workspace, person_id: str, days_ago: int, kind=ServiceKind.GUIDANCE) -> str:
    return workspace.attentions.record(person_id, DAY - timedelta(days=days_ago), kind, "")


def placement(workspace, person_id: str, days_ago: int) -> str:
    company = add_company(workspace)
    vacancy = workspace.vacancies.create(
        vacancy_data(company, published_on=DAY - timedelta(days=days_ago + 10))
    )
    on = DAY - timedelta(days=days_ago)
    referral = workspace.referrals.refer(vacancy, person_id, on=on)
    workspace.referrals.advance(referral, ReferralStatus.HIRED, on=on)
    return workspace.referrals.place(
        referral, PlacementData(start_on=on, contract_type=ContractType.INDEFINITE)
    )


def completed_workshop(workspace, person_id: str, days_ago: int) -> str:
    """A one-session workshop the person attended, finished ``days_ago`` days ago."""
    on = DAY - timedelta(days=days_ago)
    service = workspace.workshops
    workshop = service.create(
        WorkshopData(
            name="Apresto en Palena",
            modules=(WorkshopModule.CV,),
            facilitator="Begoña Muñoz",
            starts_on=on,
            ends_on=on,
        )
    )
    session = service.add_session(workshop, SessionData(on, "09:00", "12:00"))
    enrollment = service.enroll(workshop, person_id, on=on).enrollment_id
    service.set_marks(session, {enrollment: AttendanceMark.PRESENT})
    service.finish(workshop, on=on)
    return workshop


def survey(person_id: str, kind: Rated, ref: str, **overrides) -> SurveyData:
    values = {
        "person_id": person_id,
        "service": kind,
        "service_id": ref,
        "answered_on": DAY,
        "score": 6,
        "comment": "Me ayudaron con el currículum.",
        "channel": SurveyChannel.PHONE,
    }
    values.update(overrides)
    return SurveyData(**values)


def stored(workspace) -> tuple[int, int]:
    """Surveys and change-log rows on record."""
    with workspace.db.transaction() as session:
        return (
            int(session.scalar(select(func.count()).select_from(SatisfactionSurvey)) or 0),
            int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0),
        )


def test_a_survey_of_an_atencion_is_recorded_and_the_service_shows_it(
    workspace, person_data, surveys
):
    ana = person(workspace, person_data)
    rated = attention(workspace, ana, 10)

    survey_id = surveys.add(survey(ana, Rated.ATTENTION, rated, comment="  Muy amable.  "))

    [row] = surveys.surveys_of(ana)
    assert (row.id, row.service, row.service_id, row.score) == (
        survey_id,
        Rated.ATTENTION,
        rated,
        6,
    )
    assert row.comment == "Muy amable." and row.channel is SurveyChannel.PHONE
    [offered] = surveys.services_of(ana)
    assert offered.id == rated and offered.surveyed_on == DAY
    assert offered.description == "Atención: Orientación laboral"


@pytest.mark.parametrize("score", [0, 8, -1, 70])
def test_a_score_outside_1_to_7_is_refused_and_nothing_is_saved(
    workspace, person_data, surveys, score
):
    ana = person(workspace, person_data)
    rated = attention(workspace, ana, 10)
    before = stored(workspace)

    with pytest.raises(ValidationFailed) as refused:
        surveys.add(survey(ana, Rated.ATTENTION, rated, score=score))

    assert refused.value.errors == {"score": f"La nota va de 1 a 7: {score} no es una nota."}
    assert stored(workspace) == before


def test_every_problem_is_said_at_once_beside_its_field(workspace, person_data, surveys):
    ana = person(workspace, person_data)
    before = stored(workspace)
    with pytest.raises(ValidationFailed) as refused:
        surveys.add(
            survey(
                ana,
                None,
                None,
                answered_on=DAY + timedelta(days=1),
                score=None,
                comment="x" * 2001,
                channel=None,
            )
        )
    assert set(refused.value.errors) == {"service", "answered_on", "score", "comment", "channel"}
    assert refused.value.errors["answered_on"] == "La fecha de la respuesta no puede ser futura."
    assert stored(workspace) == before


def test_a_survey_rates_only_a_service_of_the_person_and_only_once(workspace, person_data, surveys):
    ana, luis = person(workspace, person_data), person(workspace, person_data, "Luis")
    hers = attention(workspace, ana, 10)

    with pytest.raises(ValidationFailed) as other:
        surveys.add(survey(luis, Rated.ATTENTION, hers))
    assert other.value.errors["service"] == "El servicio elegido no es de esta persona."

    with pytest.raises(ValidationFailed) as early:
        surveys.add(survey(ana, Rated.ATTENTION, hers, answered_on=DAY - timedelta(days=11)))
    assert early.value.errors["answered_on"].startswith(
        "La respuesta no puede ser anterior al servicio"
    )

    surveys.add(survey(ana, Rated.ATTENTION, hers))
    with pytest.raises(ValidationFailed) as twice:
        surveys.add(survey(ana, Rated.ATTENTION, hers, score=2))
    assert twice.value.errors["service"] == (
        "Este servicio ya tiene su encuesta, respondida el 20-11-2026."
    )
    assert [s.score for s in surveys.surveys_of(ana)] == [6]


def test_a_workshop_and_a_placement_are_rated_as_themselves(workspace, person_data, surveys):
    ana = person(workspace, person_data)
    workshop = completed_workshop(workspace, ana, 20)
    hired = placement(workspace, ana, 15)

    offered = surveys.services_of(ana)
    # The «apresto» atención finishing the workshop added is rated as the workshop.
    assert [(s.kind, s.id) for s in offered] == [
        (Rated.PLACEMENT, hired),
        (Rated.WORKSHOP, workshop),
    ]
    assert offered[0].description == "Colocación: Operario de aserradero en Forestal Palena SpA"
    assert offered[1].description == "Taller «Apresto en Palena»"
    surveys.add(survey(ana, Rated.WORKSHOP, workshop, score=7))
    surveys.add(survey(ana, Rated.PLACEMENT, hired, score=5, channel=SurveyChannel.IN_PERSON))
    assert {s.service: s.score for s in surveys.surveys_of(ana)} == {
        Rated.WORKSHOP: 7,
        Rated.PLACEMENT: 5,
    }


def test_who_is_due_a_follow_up_call(workspace, person_data, surveys):
    """A service from 60 to 7 days ago without a survey of the person: oldest first, one line
    per person about their oldest such service (and how many more)."""
    old = person(workspace, person_data, "Rosa")
    attention(workspace, old, 61)  # too old
    recent = person(workspace, person_data, "Pedro")
    attention(workspace, recent, 6)  # too recent
    twice = person(workspace, person_data, "Camila")
    first = attention(workspace, twice, 40)
    attention(workspace, twice, 8)
    placed = person(workspace, person_data, "Héctor", phone="+56 9 8888 7777")
    hired = placement(workspace, placed, 50)
    trained = person(workspace, person_data, "Javiera")
    workshop = completed_workshop(workspace, trained, 7)
    answered = person(workspace, person_data, "Luis")
    surveys.add(survey(answered, Rated.ATTENTION, attention(workspace, answered, 30)))
    gone = person(workspace, person_data, "Diego")
    attention(workspace, gone, 30)
    workspace.people.set_active(gone, False)

    due = surveys.due()

    assert [(r.id, r.service, r.service_id, r.others) for r in due] == [
        (placed, Rated.PLACEMENT, hired, 0),
        (twice, Rated.ATTENTION, first, 1),
        (trained, Rated.WORKSHOP, workshop, 0),
    ]
    assert due[0].phone == "+56 9 8888 7777" and due[0].on == DAY - timedelta(days=50)
    assert due[0].name.startswith("Héctor")
    assert surveys.due_count() == 3
    assert [r.id for r in surveys.due(1, 1)] == [twice]
    assert surveys.due_first(2).count == 3 and len(surveys.due_first(2).rows) == 2
    assert surveys.due_position(trained) == 2 and surveys.due_position(old) is None

    surveys.add(survey(twice, Rated.ATTENTION, first))
    assert [(r.id, r.others) for r in surveys.due()][1] == (twice, 0)


def test_results_by_service_for_a_period(workspace, person_data, surveys):
    ana, luis = person(workspace, person_data), person(workspace, person_data, "Luis")
    surveys.add(survey(ana, Rated.ATTENTION, attention(workspace, ana, 30), score=7))
    surveys.add(survey(luis, Rated.ATTENTION, attention(workspace, luis, 30), score=4))
    surveys.add(
        survey(
            luis,
            Rated.ATTENTION,
            attention(workspace, luis, 40),
            score=1,
            answered_on=DAY - timedelta(days=35),
        )
    )
    surveys.add(survey(ana, Rated.PLACEMENT, placement(workspace, ana, 20), score=6))

    results = {r.service: r for r in surveys.results(DAY - timedelta(days=10), DAY)}

    assert list(results) == list(Rated)
    assert (results[Rated.ATTENTION].answers, results[Rated.ATTENTION].average) == (2, 5.5)
    assert (results[Rated.PLACEMENT].answers, results[Rated.PLACEMENT].average) == (1, 6.0)
    assert (results[Rated.WORKSHOP].answers, results[Rated.WORKSHOP].average) == (0, None)
    whole = {r.service: r for r in surveys.results(date(2026, 1, 1), DAY)}
    assert (whole[Rated.ATTENTION].answers, whole[Rated.ATTENTION].average) == (3, 4.0)


def test_a_job_fair_is_rated_as_the_fair_not_as_its_atencion(workspace, person_data, surveys):
    from omil_desktop.domain.fairs import FairData
    from omil_desktop.services.fairs import FairService

    ana = person(workspace, person_data)
    fairs = FairService(workspace.db, workspace.territory, workspace.office.comuna_code)
    fair = fairs.create(
        FairData(
            name="Feria laboral de Palena",
            held_on=DAY - timedelta(days=12),
            place="Gimnasio municipal",
            comuna_code="10404",
        )
    )
    fairs.add_attendee(fair, ana)  # adds the «Feria laboral» atención too

    [offered] = surveys.services_of(ana)
    assert (offered.kind, offered.id, offered.description) == (
        Rated.FAIR,
        fair,
        "Feria «Feria laboral de Palena»",
    )
    [due] = surveys.due()
    assert (due.id, due.service, due.service_id) == (ana, Rated.FAIR, fair)
    surveys.add(survey(ana, Rated.FAIR, fair, score=7))
    assert surveys.due() == []
    assert {r.service: r.answers for r in surveys.results(DAY, DAY)}[Rated.FAIR] == 1
