"""A person with every field filled and something of every kind recorded about them: what the
tests of the person's rights (copy of their data, requests, erasure) work on. Records of other
parts of the program are inserted directly (through the change capture, as any write)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from omil_desktop.store.models import (
    Attention,
    Company,
    DataRequest,
    FairAttendee,
    JobFair,
    Person,
    Placement,
    Referral,
    SatisfactionSurvey,
    Vacancy,
    Workshop,
    WorkshopAttendance,
    WorkshopEnrollment,
    WorkshopSession,
)

FULL_PERSON: dict[str, object] = {
    "rut": "12345678-5",
    "document_type": "pasaporte",
    "document_number": "P-99887766",
    "document_country": "Perú",
    "first_names": "Begoña Íñiga",
    "last_name_1": "Ñanculef",
    "last_name_2": "Zúñiga",
    "birth_date": date(1988, 3, 14),
    "sex": "F",
    "nationality": "Peruana",
    "comuna_code": "10404",
    "address": "Pasaje Los Coihues 742, Villa Alegre",
    "phone": "+56 9 8765 4321",
    "email": "begona.nanculef@example.cl",
    "education_level": "media_completa",
    "job_status": "cesante",
    "occupation": "Cocinera de faenas mineras",
    "experience": "Tres temporadas en el hotel Termas del Amarillo",
    "has_disability": True,
    "rnd_registered": True,
    "woman_head_of_household": True,
    "migrant": True,
    "indigenous": True,
    "unemployment_insurance": "cuenta_individual",
    "bne_registered_on": date(2026, 2, 3),
    "consent_on": date(2026, 2, 4),
    "consent_method": "firma",
    "notes": "Prefiere que la llamen después de las 17:00",
    "active": True,
    "legal_basis": "consentimiento",
    "shared": False,
}
"""Every field of the person, none empty (``anonymised_on`` and ``deleted_at`` aside)."""

ATTENTION_NOTES = "Conversamos sobre su licencia de conducir clase B"
SURVEY_COMMENT = "La señorita Ana fue muy amable con mis hijos"
REFERRAL_NOTES = "Llevar certificado de antecedentes"
PLACEMENT_NOTES = "Contrato firmado en la oficina de la empresa"


@dataclass
class Recorded:
    person_id: str
    attention_id: str
    referral_id: str
    placement_id: str
    enrollment_id: str
    survey_id: str
    request_id: str


def add_full_person(
    workspace,
    *,
    follow_up_on: date = date(2027, 2, 1),
    followed_up_on: date | None = None,
    rut: str = "12345678-5",
) -> Recorded:
    office = workspace.office.comuna_code
    with workspace.db.transaction() as session:
        person = Person(office_code=office, **{**FULL_PERSON, "rut": rut})
        session.add(person)
        session.flush()
        attention = Attention(
            office_code=office,
            person_id=person.id,
            date=date(2026, 10, 5),
            kind="orientacion",
            notes=ATTENTION_NOTES,
        )
        company = Company(
            office_code=office, rut="76123456-0", legal_name="Hotel Austral SpA", comuna_code=office
        )
        session.add_all([attention, company])
        session.flush()
        vacancy = Vacancy(
            office_code=office,
            company_id=company.id,
            title="Ayudante de cocina de temporada",
            openings=1,
            comuna_code=office,
            published_on=date(2026, 10, 1),
            status="cubierta",
        )
        session.add(vacancy)
        session.flush()
        referral = Referral(
            office_code=office,
            vacancy_id=vacancy.id,
            person_id=person.id,
            candidate_name="Begoña Íñiga Ñanculef Zúñiga",
            candidate_rut=rut,
            candidate_phone="+56 9 8765 4321",
            status="contratado",
            referred_on=date(2026, 10, 6),
            interviewed_on=date(2026, 10, 9),
            outcome_on=date(2026, 10, 20),
            notes=REFERRAL_NOTES,
        )
        session.add(referral)
        session.flush()
        placement = Placement(
            office_code=office,
            referral_id=referral.id,
            person_id=person.id,
            start_on=date(2026, 11, 1),
            contract_type="plazo_fijo",
            months=4,
            follow_up_on=follow_up_on,
            followed_up_on=followed_up_on,
            still_employed=True if followed_up_on else None,
            notes=PLACEMENT_NOTES,
        )
        workshop = Workshop(
            office_code=office,
            name="Apresto laboral de primavera",
            facilitator="Luis Soto",
            capacity=20,
            starts_on=date(2026, 9, 1),
            ends_on=date(2026, 9, 30),
            status="finalizado",
        )
        session.add_all([placement, workshop])
        session.flush()
        workshop_session = WorkshopSession(
            office_code=office,
            workshop_id=workshop.id,
            date=date(2026, 9, 3),
            starts_at="10:00",
            ends_at="12:00",
        )
        enrollment = WorkshopEnrollment(
            office_code=office,
            workshop_id=workshop.id,
            person_id=person.id,
            status="inscrito",
            enrolled_on=date(2026, 8, 20),
            queued_at=datetime(2026, 8, 20, 10, 0),
        )
        fair = JobFair(
            office_code=office,
            name="Feria Laboral de Palena",
            kind="feria",
            held_on=date(2026, 10, 15),
            comuna_code=office,
            organisers=office,
        )
        session.add_all([workshop_session, enrollment, fair])
        session.flush()
        session.add_all(
            [
                WorkshopAttendance(
                    office_code=office,
                    session_id=workshop_session.id,
                    enrollment_id=enrollment.id,
                    mark="presente",
                ),
                FairAttendee(office_code=office, fair_id=fair.id, person_id=person.id),
            ]
        )
        survey = SatisfactionSurvey(
            office_code=office,
            person_id=person.id,
            answered_on=date(2026, 10, 5),
            service="atencion",
            attention_id=attention.id,
            score=7,
            comment=SURVEY_COMMENT,
            channel="presencial",
        )
        request = DataRequest(
            office_code=office,
            person_id=person.id,
            kind="acceso",
            received_on=date(2026, 11, 2),
            due_on=date(2026, 12, 2),
            status="pendiente",
        )
        session.add_all([survey, request])
        session.flush()
        return Recorded(
            person.id,
            attention.id,
            referral.id,
            placement.id,
            enrollment.id,
            survey.id,
            request.id,
        )
