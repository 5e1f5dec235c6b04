"""Encuestas de satisfacción: a short survey (nota 1–7 and a comment) a person answers about one
of their services — an atención, a workshop they completed, a placement or a job fair they
attended — the people due a follow-up call, and the results by service for the reports.

A service is due a follow-up call from a week to two months after it
(``FOLLOW_UP_AFTER_DAYS``..``FOLLOW_UP_WITHIN_DAYS``) while it has no survey of that person. The
«apresto» atención a completed workshop adds, and the «Feria laboral» atención of a fair, are
rated as the workshop and the fair: they are not offered twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Exists,
    Select,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.people import ServiceKind, full_name
from omil_desktop.domain.surveys import (
    FOLLOW_UP_AFTER_DAYS,
    FOLLOW_UP_WITHIN_DAYS,
    SurveyChannel,
    SurveyData,
)
from omil_desktop.domain.surveys import SurveyService as RatedKind
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.texts import translate
from omil_desktop.domain.workshops import EnrollmentStatus
from omil_desktop.services.companies import company_name
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from omil_desktop.services.paging import Page
from omil_desktop.store.clock import today, utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.models import (
    Attention,
    Company,
    FairAttendee,
    JobFair,
    Person,
    Placement,
    Referral,
    SatisfactionSurvey,
    Vacancy,
    Workshop,
    WorkshopEnrollment,
)

REFERENCE: dict[RatedKind, str] = {
    RatedKind.ATTENTION: "attention_id",
    RatedKind.WORKSHOP: "workshop_id",
    RatedKind.PLACEMENT: "placement_id",
    RatedKind.FAIR: "fair_id",
}
"""The survey's field that names the service it rates, by kind of service."""
_LINKED_TO_WORKSHOPS = select(WorkshopEnrollment.attention_id).where(
    WorkshopEnrollment.attention_id.is_not(None)
)
"""The «apresto» atenciones finishing a workshop added: rated as the workshop."""
_LINKED_TO_FAIRS = select(FairAttendee.attention_id).where(FairAttendee.attention_id.is_not(None))
"""The «Feria laboral» atenciones of fair attendance: rated as the fair."""


@dataclass(frozen=True)
class RatedService:
    """One of a person's services a survey may rate."""

    kind: RatedKind
    id: str
    """The atención's, workshop's, placement's or fair's id."""
    on: date
    description: str
    surveyed_on: date | None
    """When the person answered its survey (None: not yet)."""


@dataclass(frozen=True)
class DueRow:
    """Someone due a follow-up call, about their oldest service without a survey."""

    id: str
    """The person's id."""
    name: str
    phone: str
    service: RatedKind
    service_id: str
    on: date
    others: int
    """Their other services due a call too."""


@dataclass(frozen=True)
class SurveyRow:
    id: str
    person_id: str
    service: RatedKind
    service_id: str
    answered_on: date
    score: int
    comment: str
    channel: SurveyChannel
    office_code: str = ""
    """The office that recorded it: only that office corrects or removes it."""


@dataclass(frozen=True)
class SurveyResult:
    """The surveys answered in a period about one kind of service."""

    service: RatedKind
    answers: int
    average: float | None
    """The mean score, to one decimal (None without answers)."""


def _rated_id(survey: SatisfactionSurvey) -> str | None:
    value = getattr(survey, REFERENCE[RatedKind(survey.service)])
    return str(value) if value else None


def retire_surveys_of(
    session: Session,
    *,
    attention_id: str | None = None,
    workshop_id: str | None = None,
    placement_id: str | None = None,
    fair_id: str | None = None,
    person_id: str | None = None,
) -> int:
    """Tombstone the live surveys rating a service being removed, in the caller's transaction
    (the survey of a service recorded by mistake goes with it); returns how many. Give one
    service: an atención or a placement by its id; a workshop or a fair by its id and the
    ``person_id`` whose enrollment or attendance goes (others keep theirs)."""
    given = {
        kind: ref
        for kind, ref in (
            (RatedKind.ATTENTION, attention_id),
            (RatedKind.WORKSHOP, workshop_id),
            (RatedKind.PLACEMENT, placement_id),
            (RatedKind.FAIR, fair_id),
        )
        if ref is not None
    }
    if len(given) != 1:
        raise ValueError("retire_surveys_of needs exactly one service")
    [(kind, ref)] = given.items()
    if kind in (RatedKind.WORKSHOP, RatedKind.FAIR) and person_id is None:
        raise ValueError("a workshop's or a fair's surveys are retired per person")
    wanted = [
        SatisfactionSurvey.service == kind.value,
        getattr(SatisfactionSurvey, REFERENCE[kind]) == ref,
        SatisfactionSurvey.deleted_at.is_(None),
    ]
    if person_id is not None:
        wanted.append(SatisfactionSurvey.person_id == person_id)
    now = utcnow()
    retired = 0
    for survey in session.scalars(select(SatisfactionSurvey).where(*wanted)):
        survey.deleted_at = now
        retired += 1
    return retired


def _service_alive() -> ColumnElement[bool]:
    """True for a survey whose service is still on record: a live atención or placement, a
    workshop the person completed (and not withdrew from), a fair they still attended. A
    removal that arrives by sync from another PC leaves the survey behind; it no longer
    counts."""
    s = SatisfactionSurvey
    attention = exists().where(Attention.id == s.attention_id, Attention.deleted_at.is_(None))
    workshop = exists().where(
        WorkshopEnrollment.workshop_id == s.workshop_id,
        WorkshopEnrollment.person_id == s.person_id,
        WorkshopEnrollment.deleted_at.is_(None),
        WorkshopEnrollment.status == EnrollmentStatus.ENROLLED.value,
        WorkshopEnrollment.completed_on.is_not(None),
    )
    placement = exists().where(Placement.id == s.placement_id, Placement.deleted_at.is_(None))
    fair = exists().where(
        FairAttendee.fair_id == s.fair_id,
        FairAttendee.person_id == s.person_id,
        FairAttendee.deleted_at.is_(None),
    )
    return or_(
        and_(s.service == RatedKind.ATTENTION.value, attention),
        and_(s.service == RatedKind.WORKSHOP.value, workshop),
        and_(s.service == RatedKind.PLACEMENT.value, placement),
        and_(s.service == RatedKind.FAIR.value, fair),
    )


class SurveyService:
    def __init__(self, db: Database, territory: Territory, office_code: str) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code

    # -- writing --------------------------------------------------------------------------------

    def add(self, data: SurveyData) -> str:
        """Record a person's survey about one of their services; returns its id. Refused
        (ValidationFailed, each message by its field): a score outside 1–7, a date in the future
        or before the service, a service that is not the person's, one already surveyed."""
        data = data.cleaned()
        errors = data.validate(today())
        with self._db.transaction() as session:
            self._person(session, data.person_id)
            self._check_service(session, data, errors)
            if errors:
                raise ValidationFailed(errors)
            assert data.service is not None and data.answered_on is not None
            assert data.score is not None and data.channel is not None
            survey = SatisfactionSurvey(
                office_code=self._office_code,
                person_id=data.person_id,
                answered_on=data.answered_on,
                service=data.service.value,
                score=data.score,
                comment=data.comment,
                channel=data.channel.value,
            )
            setattr(survey, REFERENCE[data.service], data.service_id)
            session.add(survey)
            session.flush()
            return survey.id

    def update(self, survey_id: str, data: SurveyData) -> None:
        """Correct a survey this office recorded (its service, date, nota, comment, channel),
        refused as :meth:`add` refuses; nothing changes when refused."""
        data = data.cleaned()
        errors = data.validate(today())
        with self._db.transaction() as session:
            survey = self._own(session, survey_id)
            if data.person_id != survey.person_id:
                raise NotFound(translate("services.surveys", "La encuesta no es de esta persona."))
            self._person(session, data.person_id)
            self._check_service(session, data, errors, excluding=survey_id)
            if errors:
                raise ValidationFailed(errors)
            assert data.service is not None and data.answered_on is not None
            assert data.score is not None and data.channel is not None
            values: dict[str, Any] = {
                "answered_on": data.answered_on,
                "service": data.service.value,
                "score": data.score,
                "comment": data.comment,
                "channel": data.channel.value,
            }
            values.update({field: None for field in REFERENCE.values()})
            values[REFERENCE[data.service]] = data.service_id
            for name, value in values.items():
                if getattr(survey, name) != value:
                    setattr(survey, name, value)

    def delete(self, survey_id: str) -> None:
        """Remove a survey recorded by mistake (a tombstone, so the removal syncs); its service
        is due a call again while in the follow-up window."""
        with self._db.transaction() as session:
            self._own(session, survey_id).deleted_at = utcnow()

    def get(self, survey_id: str) -> SurveyRow:
        with self._db.transaction() as session:
            survey = session.get(SatisfactionSurvey, survey_id)
            if survey is None or survey.deleted_at is not None:
                raise NotFound(
                    translate("services.surveys", "La encuesta no existe o fue eliminada.")
                )
            return _row(survey)

    def _own(self, session: Session, survey_id: str) -> SatisfactionSurvey:
        survey = session.get(SatisfactionSurvey, survey_id)
        if survey is None or survey.deleted_at is not None:
            raise NotFound(translate("services.surveys", "La encuesta no existe o fue eliminada."))
        if survey.office_code != self._office_code:
            raise ServiceError(
                translate(
                    "services.surveys",
                    "Esta encuesta la registró otra oficina: solo esa oficina puede corregirla o "
                    "eliminarla.",
                )
            )
        return survey

    def _check_service(
        self,
        session: Session,
        data: SurveyData,
        errors: dict[str, str],
        *,
        excluding: str | None = None,
    ) -> None:
        """Add to ``errors`` what is wrong with the chosen service: not the person's, already
        surveyed (by a survey other than ``excluding``), answered before it."""
        if "service" not in errors and data.service is not None and data.service_id:
            rated = self._service(
                session, data.person_id, data.service, data.service_id, excluding=excluding
            )
            if rated is None:
                errors["service"] = translate(
                    "services.surveys", "El servicio elegido no es de esta persona."
                )
            elif rated.surveyed_on is not None:
                errors["service"] = translate(
                    "services.surveys", "Este servicio ya tiene su encuesta, respondida el {date}."
                ).format(date=format_date(rated.surveyed_on))
            elif data.answered_on is not None and data.answered_on < rated.on:
                errors.setdefault(
                    "answered_on",
                    f"La respuesta no puede ser anterior al servicio ({format_date(rated.on)}).",
                )

    # -- reading --------------------------------------------------------------------------------

    def services_of(self, person_id: str, *, excluding: str | None = None) -> list[RatedService]:
        """The person's services a survey may rate, newest first, each with its survey's date
        when it has one (the survey ``excluding``, being corrected, left out)."""
        with self._db.transaction() as session:
            self._person(session, person_id)
            return self._services(session, person_id, excluding=excluding)

    def surveys_of(self, person_id: str) -> list[SurveyRow]:
        """The person's surveys, newest answer first."""
        stmt = (
            select(SatisfactionSurvey)
            .where(
                SatisfactionSurvey.person_id == person_id,
                SatisfactionSurvey.deleted_at.is_(None),
                _service_alive(),
            )
            .order_by(SatisfactionSurvey.answered_on.desc(), SatisfactionSurvey.id.desc())
        )
        with self._db.transaction() as session:
            return [_row(s) for s in session.scalars(stmt)]

    def results(self, starts_on: date, ends_on: date) -> list[SurveyResult]:
        """For each kind of service, the surveys answered from ``starts_on`` to ``ends_on``
        (both included): how many and their mean score."""
        stmt = (
            select(
                SatisfactionSurvey.service,
                func.count(),
                func.sum(SatisfactionSurvey.score),
            )
            .where(
                SatisfactionSurvey.office_code == self._office_code,
                SatisfactionSurvey.deleted_at.is_(None),
                _service_alive(),
                SatisfactionSurvey.answered_on >= starts_on,
                SatisfactionSurvey.answered_on <= ends_on,
            )
            .group_by(SatisfactionSurvey.service)
        )
        with self._db.transaction() as session:
            found = {kind: (int(n), int(total or 0)) for kind, n, total in session.execute(stmt)}
        results = []
        for kind in RatedKind:
            answers, total = found.get(kind.value, (0, 0))
            average = round(total / answers, 1) if answers else None
            results.append(SurveyResult(kind, answers, average))
        return results

    # -- who to call ----------------------------------------------------------------------------

    def due_count(self) -> int:
        with self._db.transaction() as session:
            stmt = select(func.count()).select_from(self._due_query().subquery())
            return int(session.scalar(stmt) or 0)

    def due(self, offset: int = 0, limit: int = 100) -> list[DueRow]:
        """People due a follow-up call, rows ``offset`` to ``offset + limit``: whoever had a
        service from two months to a week ago without a survey, about their oldest such
        service, oldest first."""
        with self._db.transaction() as session:
            return self._due_rows(session, self._due_query().offset(offset).limit(limit))

    def due_first(self, page_size: int) -> Page[DueRow]:
        """The count and the first ``page_size`` people due a call."""
        with self._db.transaction() as session:
            rows = self._due_rows(session, self._due_query().limit(page_size))
            if len(rows) < page_size:
                return Page(len(rows), rows)
            count = session.scalar(select(func.count()).select_from(self._due_query().subquery()))
            return Page(int(count or 0), rows)

    def due_position(self, person_id: str) -> int | None:
        """The row of ``person_id`` in the list of people due a call (None: not due)."""
        query = self._due_query().subquery()
        with self._db.transaction() as session:
            ids = list(session.scalars(select(query.c.person_id)))
        return ids.index(person_id) if person_id in ids else None

    # -- inside ---------------------------------------------------------------------------------

    def _person(self, session: Session, person_id: str) -> Person:
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise NotFound(translate("services.surveys", "La persona no existe o fue eliminada."))
        return person

    @staticmethod
    def _surveyed(ref: Any, person: Any, kind: RatedKind) -> Exists:
        column = getattr(SatisfactionSurvey, REFERENCE[kind])
        return exists().where(
            SatisfactionSurvey.person_id == person,
            column == ref,
            SatisfactionSurvey.deleted_at.is_(None),
        )

    def _candidates(self, starts_on: date, ends_on: date) -> Select[Any]:
        """Every (person, kind, service id, date) of the office's services in the window that
        has no survey of the person yet."""
        attentions = select(
            Attention.person_id.label("person_id"),
            literal(RatedKind.ATTENTION.value).label("service"),
            Attention.id.label("ref"),
            Attention.date.label("on"),
        ).where(
            Attention.office_code == self._office_code,
            Attention.deleted_at.is_(None),
            Attention.date >= starts_on,
            Attention.date <= ends_on,
            Attention.id.not_in(_LINKED_TO_WORKSHOPS),
            Attention.id.not_in(_LINKED_TO_FAIRS),
            ~self._surveyed(Attention.id, Attention.person_id, RatedKind.ATTENTION),
        )
        workshops = select(
            WorkshopEnrollment.person_id,
            literal(RatedKind.WORKSHOP.value),
            WorkshopEnrollment.workshop_id,
            WorkshopEnrollment.completed_on,
        ).where(
            WorkshopEnrollment.office_code == self._office_code,
            WorkshopEnrollment.deleted_at.is_(None),
            WorkshopEnrollment.status == EnrollmentStatus.ENROLLED.value,
            WorkshopEnrollment.completed_on >= starts_on,
            WorkshopEnrollment.completed_on <= ends_on,
            ~self._surveyed(
                WorkshopEnrollment.workshop_id, WorkshopEnrollment.person_id, RatedKind.WORKSHOP
            ),
        )
        placements = select(
            Placement.person_id,
            literal(RatedKind.PLACEMENT.value),
            Placement.id,
            Placement.start_on,
        ).where(
            Placement.office_code == self._office_code,
            Placement.deleted_at.is_(None),
            Placement.start_on >= starts_on,
            Placement.start_on <= ends_on,
            ~self._surveyed(Placement.id, Placement.person_id, RatedKind.PLACEMENT),
        )
        fairs = (
            select(
                FairAttendee.person_id,
                literal(RatedKind.FAIR.value),
                FairAttendee.fair_id,
                JobFair.held_on,
            )
            .join(JobFair, JobFair.id == FairAttendee.fair_id)
            .where(
                FairAttendee.office_code == self._office_code,
                FairAttendee.deleted_at.is_(None),
                JobFair.deleted_at.is_(None),
                JobFair.held_on >= starts_on,
                JobFair.held_on <= ends_on,
                ~self._surveyed(FairAttendee.fair_id, FairAttendee.person_id, RatedKind.FAIR),
            )
        )
        return union_all(attentions, workshops, placements, fairs)  # type: ignore[return-value]

    def _due_query(self) -> Select[Any]:
        day = today()
        candidates = self._candidates(
            day - timedelta(days=FOLLOW_UP_WITHIN_DAYS), day - timedelta(days=FOLLOW_UP_AFTER_DAYS)
        ).subquery()
        ranked = select(
            candidates.c.person_id,
            candidates.c.service,
            candidates.c.ref,
            candidates.c.on,
            func.row_number()
            .over(
                partition_by=candidates.c.person_id,
                order_by=(candidates.c.on, candidates.c.service, candidates.c.ref),
            )
            .label("rank"),
            func.count().over(partition_by=candidates.c.person_id).label("services"),
        ).subquery()
        return (
            select(
                ranked.c.person_id,
                ranked.c.service,
                ranked.c.ref,
                ranked.c.on,
                ranked.c.services,
            )
            .join(Person, Person.id == ranked.c.person_id)
            .where(ranked.c.rank == 1, Person.deleted_at.is_(None), Person.active.is_(True))
            .order_by(ranked.c.on, Person.sort_key, Person.id)
        )

    def _due_rows(self, session: Session, stmt: Select[Any]) -> list[DueRow]:
        found = list(session.execute(stmt))
        people = {
            p.id: p
            for p in session.scalars(select(Person).where(Person.id.in_([r[0] for r in found])))
        }
        rows = []
        for person_id, kind, ref, on, services in found:
            person = people[person_id]
            rows.append(
                DueRow(
                    id=person_id,
                    name=full_name(person.first_names, person.last_name_1, person.last_name_2),
                    phone=person.phone or "",
                    service=RatedKind(kind),
                    service_id=ref,
                    on=on if isinstance(on, date) else date.fromisoformat(str(on)),
                    others=int(services) - 1,
                )
            )
        return rows

    def _services(
        self, session: Session, person_id: str, *, excluding: str | None = None
    ) -> list[RatedService]:
        surveys: dict[tuple[str, str], date] = {}
        for s in session.scalars(
            select(SatisfactionSurvey).where(
                SatisfactionSurvey.person_id == person_id,
                SatisfactionSurvey.deleted_at.is_(None),
                SatisfactionSurvey.id != (excluding or ""),
            )
        ):
            ref = _rated_id(s)
            if ref is not None:
                previous = surveys.get((s.service, ref))
                surveys[(s.service, ref)] = (
                    s.answered_on if previous is None else min(previous, s.answered_on)
                )

        def rated(kind: RatedKind, ref: str, on: date, description: str) -> RatedService:
            return RatedService(kind, ref, on, description, surveys.get((kind.value, ref)))

        found: list[RatedService] = []
        for a in session.scalars(
            select(Attention).where(
                Attention.person_id == person_id,
                Attention.deleted_at.is_(None),
                Attention.id.not_in(_LINKED_TO_WORKSHOPS),
                Attention.id.not_in(_LINKED_TO_FAIRS),
            )
        ):
            found.append(
                rated(
                    RatedKind.ATTENTION,
                    a.id,
                    a.date,
                    translate("services.surveys", "Atención: {kind_label}").format(
                        kind_label=_kind_label(a.kind)
                    ),
                )
            )
        for enrollment, workshop in session.execute(
            select(WorkshopEnrollment, Workshop)
            .join(Workshop, Workshop.id == WorkshopEnrollment.workshop_id)
            .where(
                WorkshopEnrollment.person_id == person_id,
                WorkshopEnrollment.deleted_at.is_(None),
                WorkshopEnrollment.status == EnrollmentStatus.ENROLLED.value,
                WorkshopEnrollment.completed_on.is_not(None),
                Workshop.deleted_at.is_(None),
            )
        ):
            found.append(
                rated(
                    RatedKind.WORKSHOP,
                    workshop.id,
                    enrollment.completed_on or workshop.ends_on,
                    translate("services.surveys", "Taller «{name}»").format(name=workshop.name),
                )
            )
        for placement, vacancy, company in session.execute(
            select(Placement, Vacancy, Company)
            .join(Referral, Referral.id == Placement.referral_id)
            .join(Vacancy, Vacancy.id == Referral.vacancy_id)
            .join(Company, Company.id == Vacancy.company_id, isouter=True)
            .where(Placement.person_id == person_id, Placement.deleted_at.is_(None))
        ):
            where = f" en {company_name(company)}" if company is not None else ""
            found.append(
                rated(
                    RatedKind.PLACEMENT,
                    placement.id,
                    placement.start_on,
                    translate("services.surveys", "Colocación: {title}{where}").format(
                        title=vacancy.title, where=where
                    ),
                )
            )
        for fair in session.scalars(
            select(JobFair)
            .join(FairAttendee, FairAttendee.fair_id == JobFair.id)
            .where(
                FairAttendee.person_id == person_id,
                FairAttendee.deleted_at.is_(None),
                JobFair.deleted_at.is_(None),
            )
        ):
            found.append(
                rated(
                    RatedKind.FAIR,
                    fair.id,
                    fair.held_on,
                    translate("services.surveys", "Feria «{name}»").format(name=fair.name),
                )
            )
        found.sort(key=lambda s: (s.on, s.kind.value, s.id), reverse=True)
        return found

    def _service(
        self,
        session: Session,
        person_id: str,
        kind: RatedKind,
        ref: str,
        *,
        excluding: str | None = None,
    ) -> RatedService | None:
        for service in self._services(session, person_id, excluding=excluding):
            if service.kind is kind and service.id == ref:
                return service
        return None


def _row(s: SatisfactionSurvey) -> SurveyRow:
    return SurveyRow(
        id=s.id,
        person_id=s.person_id,
        service=RatedKind(s.service),
        service_id=_rated_id(s) or "",
        answered_on=s.answered_on,
        score=s.score,
        comment=s.comment,
        channel=SurveyChannel(s.channel),
        office_code=s.office_code,
    )


def _kind_label(kind: str) -> str:
    try:
        return ServiceKind(kind).label
    except ValueError:
        return kind


__all__ = [
    "REFERENCE",
    "DueRow",
    "RatedService",
    "SurveyResult",
    "SurveyRow",
    "SurveyService",
    "retire_surveys_of",
]
