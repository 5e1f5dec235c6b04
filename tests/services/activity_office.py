"""A small office whose activity in 2026 and 2025 was counted by hand, for the activity report's
tests (services, PDF, Excel, CLI, window). Built through the services the officer uses; only
what the officer cannot do from the window (a record deleted elsewhere and received through
sync, another office's referral) is written directly.

The hand count (period: the year 2026; the comparison: 2025), the PC's calendar on 27-11-2026:

People (Palena): Ana (F, 17-05-1990, jefa de hogar, with disability), Bruno (M, 31-12-2008:
turns 18 on the period's last day), Carla (F, 01-03-1970, migrant), Diego (no sex, no birth
date, indigenous), Elena (F, 01-01-1960), Felipe (M) whose only 2026 atención was deleted, and
Gabriela, a person deleted (by the other PC) with a live atención.

- Atenciones 2026: Ana ×3 (información, orientación, certificación FCS), Bruno ×2 (inscripción
  BNE, información), Carla ×1 (orientación, on 01-01-2026), Diego ×1 (certificación FCS),
  three «apresto» atenciones added by finishing two workshops (Ana twice, Diego once) and two
  «Feria laboral» atenciones added by the fair (Bruno, Diego) = 12.
  Not counted: Felipe's (deleted), Gabriela's (person deleted).
- People served 2026: Ana, Bruno, Carla, Diego = 4 (Ana, served five times, once).
  By sex: Mujeres 2, Hombres 1, Otro 0, Sin dato 1. By age at 31-12-2026: 18 a 24 = 1 (Bruno),
  30 a 44 = 1 (Ana, 36), 45 a 59 = 1 (Carla, 56), Sin dato = 1 (Diego). Priority: jefa de
  hogar 1, joven 1, mayor de 50 1, migrante 1, pueblo originario 1. With disability: 1.
- 2025: Ana (orientación 01-07-2025), Elena (información 31-12-2025) = 2 people, 2 atenciones.
- BNE registrations 2026: Bruno (01-04-2026), Felipe (05-05-2026) = 2 (Gabriela's is a deleted
  person's); 2025: Carla (03-03-2025) = 1.
- Companies contacted 2026: Aserradero (two gestiones) and Salmones (one) = 2 (Turismo's 2026
  gestión was deleted); 2025: Turismo = 1.
- Vacancies 2026: V1 (3 cupos, 01-02-2026), V2 (2 cupos, 01-06-2026) = 2 and 5 cupos (a deleted
  one and another office's shared one do not count); 2025: V3 (1 cupo, 01-10-2025).
- Referrals made 2026: Ana→V1, Bruno→V1, Carla→V2, Diego→V2 (not selected), Diego→V1 at the
  fair = 5; 2025: Ana→V3.
- Hires in the office's vacancies 2026: Ana, Bruno, Carla, Diego, and a person another office
  referred to V2 = 5; 2025: 1.
- Placements starting 2026: Ana (indefinido, 01-03-2026), Carla (plazo fijo 3 months,
  01-07-2026), Diego (indefinido, 01-11-2026, from the fair) = 3; Bruno's 2-month contract is
  left out (1 short). 2025: Ana (temporada 4 months, 01-11-2025) = 1.
- Follow-ups recorded 2026 (of placements that count): Ana's (01-06-2026, employed), Carla's
  (01-10-2026, not employed), Ana's 2025 placement (01-02-2026, employed) = 3, still employed 2
  (Bruno's short contract's follow-up does not count).
- Workshops starting 2026: W1 (Ana, Bruno enrolled; Carla withdrew; Ana completes) and W2 (Ana,
  Diego, both complete) = 2, people enrolled 3 (Ana once), completed 2; a cancelled one does
  not count. 2025: W4 (Elena enrolled, not finished) = 1, 1, 0.
- Job fairs 2026: «Feria laboral de Palena» (15-10-2026): 1 fair, 2 attendees (Bruno, Diego),
  2 companies with 3 + 2 = 5 cupos, 1 referral (Diego→V1), 1 hire, 1 placement; 2025: none.
- Satisfaction 2026: atención 6 and 5 (2 answers, 5,5), taller 7 (1, 7,0), colocación 4
  (1, 4,0), feria none; a deleted survey does not count. 2025: atención 3 (1, 3,0).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import update

from omil_desktop.domain.companies import CompanyData, InteractionData
from omil_desktop.domain.fairs import FairCompanyData, FairData
from omil_desktop.domain.intermediation import ContractType, InteractionKind, ReferralStatus
from omil_desktop.domain.people import PersonData, ServiceKind, Sex
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.surveys import SurveyChannel, SurveyService
from omil_desktop.domain.vacancies import PlacementData, VacancyData
from omil_desktop.domain.workshops import AttendanceMark, SessionData, WorkshopData, WorkshopModule
from omil_desktop.services.fairs import FairService
from omil_desktop.store.models import Person, Referral, SatisfactionSurvey

TODAY = date(2026, 11, 27)
OFFICE = "10404"
OTHER_OFFICE = "10402"


@pytest.fixture
def calendar(monkeypatch):
    """The PC's calendar on 27-11-2026 (``calendar[0] = date(...)`` moves it)."""
    days = [TODAY]

    class Calendar(date):
        @classmethod
        def today(cls):
            return days[0]

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)
    return days


@dataclass
class Office:
    people: dict[str, str]
    companies: dict[str, str]
    vacancies: dict[str, str]
    workshops: dict[str, str]


def _person(workspace, n: int, first: str, **values) -> str:
    data = PersonData(
        first_names=first,
        last_name_1="Oyarzún",
        last_name_2="Ñancupil",
        rut=Rut.from_body(11_000_000 + n),
        comuna_code=OFFICE,
        **values,
    )
    return workspace.people.create(data, allow_likely_duplicate=True)


def _workshop(workspace, name: str, starts: date, ends: date) -> str:
    return workspace.workshops.create(
        WorkshopData(
            name=name,
            modules=(WorkshopModule.CV,),
            facilitator="Begoña Peña",
            capacity=5,
            starts_on=starts,
            ends_on=ends,
        )
    )


def build_office(workspace) -> Office:
    """The office described above, on ``workspace`` (the calendar fixture must be active)."""
    people = {
        "ana": _person(
            workspace,
            1,
            "Ana",
            sex=Sex.FEMALE,
            birth_date=date(1990, 5, 17),
            woman_head_of_household=True,
            has_disability=True,
        ),
        "bruno": _person(
            workspace,
            2,
            "Bruno",
            sex=Sex.MALE,
            birth_date=date(2008, 12, 31),
            bne_registered_on=date(2026, 4, 1),
        ),
        "carla": _person(
            workspace,
            3,
            "Carla",
            sex=Sex.FEMALE,
            birth_date=date(1970, 3, 1),
            migrant=True,
            bne_registered_on=date(2025, 3, 3),
        ),
        "diego": _person(workspace, 4, "Diego", indigenous=True),
        "elena": _person(workspace, 5, "Elena", sex=Sex.FEMALE, birth_date=date(1960, 1, 1)),
        "felipe": _person(
            workspace,
            6,
            "Felipe",
            sex=Sex.MALE,
            birth_date=date(1985, 6, 15),
            bne_registered_on=date(2026, 5, 5),
        ),
        "gabriela": _person(
            workspace,
            7,
            "Gabriela",
            sex=Sex.FEMALE,
            birth_date=date(1995, 1, 1),
            bne_registered_on=date(2026, 5, 6),
        ),
    }
    record = workspace.attentions.record
    record(people["ana"], date(2026, 2, 10), ServiceKind.INFORMATION, "")
    record(people["ana"], date(2026, 3, 5), ServiceKind.GUIDANCE, "")
    record(people["ana"], date(2026, 6, 1), ServiceKind.FCS_CERTIFICATION, "")
    record(people["ana"], date(2025, 7, 1), ServiceKind.GUIDANCE, "")
    record(people["bruno"], date(2026, 4, 1), ServiceKind.BNE_REGISTRATION, "")
    record(people["bruno"], date(2026, 11, 20), ServiceKind.INFORMATION, "")
    record(people["carla"], date(2026, 1, 1), ServiceKind.GUIDANCE, "")
    record(people["diego"], date(2026, 9, 9), ServiceKind.FCS_CERTIFICATION, "")
    record(people["elena"], date(2025, 12, 31), ServiceKind.INFORMATION, "")
    deleted = record(people["felipe"], date(2026, 5, 5), ServiceKind.INFORMATION, "")
    workspace.attentions.delete(deleted)
    record(people["gabriela"], date(2026, 5, 6), ServiceKind.INFORMATION, "")
    with workspace.db.transaction() as session:  # deleted on the other PC, received by sync
        session.execute(
            update(Person)
            .where(Person.id == people["gabriela"])
            .values(deleted_at=datetime(2026, 6, 1, 12, 0))
        )

    companies_service = workspace.companies

    def company(n: int, name: str) -> str:
        return companies_service.create(
            CompanyData(rut=Rut.from_body(76_100_000 + n), legal_name=name, comuna_code=OFFICE)
        )

    companies = {
        "aserradero": company(1, "Aserradero Palena Ltda."),
        "salmones": company(2, "Salmones del Sur S.A."),
        "turismo": company(3, "Turismo Río Palena SpA"),
    }
    gestion = companies_service.add_interaction
    gestion(companies["aserradero"], InteractionData(date(2026, 3, 1), InteractionKind.CALL))
    gestion(companies["aserradero"], InteractionData(date(2026, 4, 1), InteractionKind.VISIT))
    gestion(companies["salmones"], InteractionData(date(2026, 10, 10), InteractionKind.EMAIL))
    gestion(companies["turismo"], InteractionData(date(2025, 6, 6), InteractionKind.VISIT))
    gone = gestion(companies["turismo"], InteractionData(date(2026, 8, 8), InteractionKind.CALL))
    companies_service.delete_interaction(gone)

    def vacancy(company_id: str, openings: int, published: date, title: str) -> str:
        return workspace.vacancies.create(
            VacancyData(
                company_id=company_id,
                title=title,
                openings=openings,
                comuna_code=OFFICE,
                published_on=published,
            )
        )

    vacancies = {
        "v1": vacancy(companies["aserradero"], 3, date(2026, 2, 1), "Operario de aserradero"),
        "v2": vacancy(companies["salmones"], 2, date(2026, 6, 1), "Operario de planta"),
        "v3": vacancy(companies["turismo"], 1, date(2025, 10, 1), "Guía de turismo"),
        "v4": vacancy(companies["salmones"], 5, date(2026, 3, 3), "Vacante duplicada"),
    }
    workspace.vacancies.delete(vacancies["v4"])

    referrals = workspace.referrals

    def hire(person: str, vacancy_id: str, referred: date, hired: date) -> str:
        referral = referrals.refer(vacancy_id, people[person], referred)
        referrals.advance(referral, ReferralStatus.HIRED, hired)
        return referral

    ana_1 = hire("ana", vacancies["v1"], date(2026, 2, 5), date(2026, 2, 20))
    ana_1p = referrals.place(ana_1, PlacementData(date(2026, 3, 1), ContractType.INDEFINITE))
    bruno = hire("bruno", vacancies["v1"], date(2026, 3, 1), date(2026, 3, 10))
    bruno_p = referrals.place(bruno, PlacementData(date(2026, 3, 15), ContractType.FIXED_TERM, 2))
    carla = hire("carla", vacancies["v2"], date(2026, 6, 2), date(2026, 6, 10))
    carla_p = referrals.place(carla, PlacementData(date(2026, 7, 1), ContractType.FIXED_TERM, 3))
    diego = referrals.refer(vacancies["v2"], people["diego"], date(2026, 6, 3))
    referrals.advance(diego, ReferralStatus.NOT_SELECTED, date(2026, 6, 10))
    _other_office_records(workspace, vacancies["v2"])
    ana_2 = hire("ana", vacancies["v3"], date(2025, 10, 2), date(2025, 10, 15))
    ana_2p = referrals.place(ana_2, PlacementData(date(2025, 11, 1), ContractType.SEASONAL, 4))
    referrals.record_follow_up(ana_1p, date(2026, 6, 1), True)
    referrals.record_follow_up(bruno_p, date(2026, 6, 15), False)
    referrals.record_follow_up(carla_p, date(2026, 10, 1), False)
    referrals.record_follow_up(ana_2p, date(2026, 2, 1), True)

    service = workspace.workshops

    def run(workshop_id: str, day: date, present: list[str], absent: list[str] = ()) -> None:
        session_id = service.add_session(workshop_id, SessionData(day, "9:30", "12:30"))
        enrollments = {row.person_id: row.id for row in service.enrollments(workshop_id)}
        marks = {enrollments[people[p]]: AttendanceMark.PRESENT for p in present}
        marks |= {enrollments[people[p]]: AttendanceMark.ABSENT for p in absent}
        service.set_marks(session_id, marks)

    w1 = _workshop(workspace, "Apresto de abril", date(2026, 4, 6), date(2026, 4, 24))
    for p in ("ana", "bruno", "carla"):
        service.enroll(w1, people[p], on=date(2026, 4, 1))
    carla_w1 = next(r.id for r in service.enrollments(w1) if r.person_id == people["carla"])
    service.withdraw(carla_w1, on=date(2026, 4, 2))
    run(w1, date(2026, 4, 6), ["ana"], ["bruno"])
    service.finish(w1, on=date(2026, 4, 24))
    w2 = _workshop(workspace, "Apresto de mayo", date(2026, 5, 4), date(2026, 5, 8))
    for p in ("ana", "diego"):
        service.enroll(w2, people[p], on=date(2026, 5, 1))
    run(w2, date(2026, 5, 4), ["ana", "diego"])
    service.finish(w2, on=date(2026, 5, 8))
    w3 = _workshop(workspace, "Apresto cancelado", date(2026, 6, 1), date(2026, 6, 5))
    service.enroll(w3, people["carla"], on=date(2026, 5, 20))
    service.cancel(w3)
    w4 = _workshop(workspace, "Apresto 2025", date(2025, 9, 1), date(2025, 9, 5))
    service.enroll(w4, people["elena"], on=date(2025, 8, 20))

    fairs = FairService(workspace.db, workspace.territory, OFFICE)
    fair = fairs.create(
        FairData(name="Feria laboral de Palena", held_on=date(2026, 10, 15), comuna_code=OFFICE)
    )
    fairs.add_company(fair, FairCompanyData(companies["aserradero"], 3, "Operario"))
    fairs.add_company(fair, FairCompanyData(companies["salmones"], 2, "Operario de planta"))
    fairs.add_attendee(fair, people["bruno"])
    fairs.add_attendee(fair, people["diego"])
    fairs.refer(fair, people["diego"], vacancies["v1"])
    at_fair = referrals.referrals_of(vacancies["v1"])
    diego_v1 = next(r.id for r in at_fair if r.person_id == people["diego"])
    referrals.advance(diego_v1, ReferralStatus.HIRED, date(2026, 10, 20))
    referrals.place(diego_v1, PlacementData(date(2026, 11, 1), ContractType.INDEFINITE))

    _surveys(
        workspace,
        [
            (people["ana"], date(2026, 3, 6), SurveyService.ATTENTION, 6, None),
            (people["bruno"], date(2026, 4, 2), SurveyService.ATTENTION, 5, None),
            (people["ana"], date(2026, 4, 25), SurveyService.WORKSHOP, 7, None),
            (people["carla"], date(2026, 7, 15), SurveyService.PLACEMENT, 4, None),
            (people["elena"], date(2025, 12, 31), SurveyService.ATTENTION, 3, None),
            (people["bruno"], date(2026, 5, 5), SurveyService.ATTENTION, 1, datetime(2026, 5, 6)),
        ],
    )
    return Office(people, companies, vacancies, {"w1": w1, "w2": w2, "w3": w3, "w4": w4})


def _surveys(workspace, answers) -> None:
    """Surveys as the surveys service stores them, each rating one of the person's services on
    record: their first atención, the workshop they completed, their placement."""
    from sqlalchemy import select

    from omil_desktop.store.models import Attention, Placement, WorkshopEnrollment

    def rated(session, person: str, service: SurveyService) -> dict[str, str]:
        if service is SurveyService.ATTENTION:
            query = select(Attention.id).where(Attention.person_id == person)
            return {"attention_id": session.scalars(query.order_by(Attention.date)).first()}
        if service is SurveyService.WORKSHOP:
            query = select(WorkshopEnrollment.workshop_id).where(
                WorkshopEnrollment.person_id == person,
                WorkshopEnrollment.completed_on.is_not(None),
            )
            return {"workshop_id": session.scalars(query).first()}
        query = select(Placement.id).where(Placement.person_id == person)
        return {"placement_id": session.scalars(query).first()}

    with workspace.db.transaction() as session:
        for person, on, service, score, deleted in answers:
            session.add(
                SatisfactionSurvey(
                    office_code=OFFICE,
                    person_id=person,
                    answered_on=on,
                    service=service.value,
                    score=score,
                    channel=SurveyChannel.PHONE.value,
                    deleted_at=deleted,
                    **rated(session, person, service),
                )
            )


def _other_office_records(workspace, own_vacancy: str) -> None:
    """What sync leaves here from Futaleufú: a shared vacancy (not this office's activity) and a
    referral to this office's vacancy V2, hired (a hire in the office's vacancy)."""
    from tests.services.intermediation_fixtures import add_other_office_vacancy

    add_other_office_vacancy(workspace)
    with workspace.db.transaction() as session:
        session.add(
            Referral(
                office_code=OTHER_OFFICE,
                vacancy_id=own_vacancy,
                person_id=None,
                candidate_name="Rosa Catrilaf",
                status=ReferralStatus.HIRED.value,
                referred_on=date(2026, 6, 4),
                outcome_on=date(2026, 6, 11),
            )
        )
