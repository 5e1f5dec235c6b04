"""The office's activity figures: THE one definition of each count, for the municipal activity
report (``figures``) and the year's targets (``indicator_values``).

Everything is counted in SQL (COUNT, COUNT DISTINCT, GROUP BY) over the office's own records;
what comes back to Python is a few hundred grouped rows at most, however many people and
atenciones the office holds. A record with a tombstone (``deleted_at``) never counts, nor does
anything hanging from a deleted person or workshop. Records of other offices that sync left in
this database (shared vacancies, companies…) are not this office's activity.

What each figure counts (``domain/activity.py`` names them and says so on the report):

- people served: distinct people with at least one atención in the period (someone served
  twice counts once), by sex, by age group and priority group at the period's last day
  (``domain/workshops.age_group``, ``domain/people.priority_groups``), with disability;
- atenciones in the period, by kind; FCS certifications are those of kind
  ``certificacion_fcs``; BNE registrations are people whose BNE registration date falls in it;
- companies contacted: distinct companies with a gestión (bitácora) in the period;
- vacancies taken: the office's vacancies published in the period and their cupos; hires:
  referrals to the office's vacancies hired in the period;
- referrals the office made in the period;
- placements whose contract starts in the period and counts as one
  (``domain/intermediation.counts_as_placement``: indefinite, or three months or more); the
  shorter ones are counted apart, to say they were left out; follow-ups recorded in the period
  (of placements that count) and how many found the person still employed;
- workshops not cancelled starting in the period, the distinct people enrolled in them and
  those who completed one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    cast,
    distinct,
    func,
    literal,
    not_,
    or_,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Select

from omil_desktop.domain.activity import (
    AGE_LABELS,
    ENDS_BEFORE_START,
    ActivityCounts,
    ActivityFigures,
    Breakdown,
    FairCounts,
    Period,
    SurveyCount,
    birth_date_at_age,
)
from omil_desktop.domain.intermediation import (
    PLACEMENT_MIN_MONTHS,
    ContractType,
    ReferralStatus,
)
from omil_desktop.domain.people import PriorityGroup, ServiceKind, Sex, priority_groups
from omil_desktop.domain.rendition import Valuation
from omil_desktop.domain.targets import TargetIndicator
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.workshops import (
    UNKNOWN_AGE,
    EnrollmentStatus,
    WorkshopStatus,
    age_group,
)
from omil_desktop.services.errors import ValidationFailed
from omil_desktop.services.fairs import FairService
from omil_desktop.services.rendition import RenditionService
from omil_desktop.services.surveys import SurveyService as SurveysService
from omil_desktop.services.workshops import SEX_GROUPS
from omil_desktop.store.database import Database
from omil_desktop.store.models import (
    Attention,
    Company,
    CompanyInteraction,
    Person,
    Placement,
    Referral,
    Vacancy,
    Workshop,
    WorkshopEnrollment,
)

MAX_LISTED = 10_000
"""Most ids of people who never count that a statement lists (more: it asks the people)."""

Gone = list[str] | Select[str]
"""The people who never count: their ids, or the statement that finds them."""


def counts_as_placement_sql() -> ColumnElement[bool]:
    """``domain.intermediation.counts_as_placement`` of a stored placement, in SQL (a test
    checks the two agree on every contract type and length)."""
    return or_(
        Placement.contract_type == ContractType.INDEFINITE.value,
        func.coalesce(Placement.months, 0) >= PLACEMENT_MIN_MONTHS,  # never NULL: NOT works
    )


def _sorted(counts: Counter[str], order: list[str]) -> Breakdown:
    """Every label of ``order`` (zeros too), then any other label found, in that order."""
    extra = sorted(label for label in counts if label not in order)
    return tuple((label, counts.get(label, 0)) for label in [*order, *extra])


class ActivityService:
    """The office's activity over a period. Read-only: one short transaction per call."""

    def __init__(self, db: Database, territory: Territory, office_code: str) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code

    # -- what others call ----------------------------------------------------------------------

    def figures(self, period: Period) -> ActivityFigures:
        """The whole activity report: the period, the same period a year before, and the cost
        of services when a FOMIL agreement covers the period."""
        previous = period.previous_year()
        with self._db.transaction() as session:
            gone = self._gone(session)
            current_counts = self._counts(session, period.starts_on, period.ends_on, gone)
            previous_counts = self._counts(session, previous.starts_on, previous.ends_on, gone)
        return ActivityFigures(
            period=period,
            previous_period=previous,
            current=current_counts,
            previous=previous_counts,
            costs=self.costs(period, current_counts),
        )

    def costs(self, period: Period, counts: ActivityCounts | None = None) -> Valuation | None:
        """The rendición's cost of services over the period (its spending per activity); None
        when no FOMIL agreement of the office runs in it.

        Given the period's ``counts``, each cost is divided by the report's own count (people
        served, people enrolled in workshops, placements of three months or more), so the
        report never prints two numbers for one thing: the rendición's valorización counts
        every contract and the atenciones of deleted people too.
        """
        rendition = RenditionService(self._db, self._territory, self._office_code)
        covered = any(
            a.terms.starts_on <= period.ends_on and a.terms.ends_on >= period.starts_on
            for a in rendition.agreements()
        )
        if not covered:
            return None
        valuation = rendition.valuation(period.starts_on, period.ends_on)
        if counts is None or len(valuation.costs) != 3:
            return valuation
        served, participants, placed = valuation.costs
        return replace(
            valuation,
            costs=(
                replace(served, count=counts.people_served),
                replace(participants, count=counts.workshop_enrolled),
                replace(
                    placed,
                    count=counts.placements,
                    basis=placed.basis.removesuffix(".")
                    + f", indefinidos o de {PLACEMENT_MIN_MONTHS} meses o más.",
                ),
            ),
        )

    def indicator_values(self, starts_on: date, ends_on: date) -> dict[TargetIndicator, int]:
        """Each target indicator's value from ``starts_on`` to ``ends_on`` (both included), as
        the activity report counts it (the targets dashboard's progress). ValidationFailed when
        the period ends before it starts."""
        if ends_on < starts_on:
            raise ValidationFailed({"ends_on": ENDS_BEFORE_START})
        with self._db.transaction() as session:
            gone = self._gone(session)
            kinds = self._attentions_by_kind(session, starts_on, ends_on, gone)
            return {
                TargetIndicator.PEOPLE_SERVED: self._people_served(session, starts_on, ends_on),
                TargetIndicator.BNE_REGISTRATIONS: self._bne_registrations(
                    session, starts_on, ends_on
                ),
                TargetIndicator.JOB_READINESS: self._completed_workshops(
                    session, starts_on, ends_on, gone
                ),
                TargetIndicator.FCS_CERTIFICATIONS: kinds.get(
                    ServiceKind.FCS_CERTIFICATION.value, 0
                ),
                TargetIndicator.COMPANIES_CONTACTED: self._companies_contacted(
                    session, starts_on, ends_on
                ),
                TargetIndicator.OPENINGS_TAKEN: self._vacancies(session, starts_on, ends_on)[1],
                TargetIndicator.PLACEMENTS: self._placements(session, starts_on, ends_on, gone)[0],
            }

    # -- the counts ----------------------------------------------------------------------------

    def _gone(self, session: Session) -> Gone:
        """People who never count: deleted, or (never so in practice: people are not shared)
        of another office. Read once per call (one pass over the people); usually none."""
        ids = list(
            session.scalars(
                select(Person.id).where(
                    or_(Person.deleted_at.is_not(None), Person.office_code != self._office_code)
                )
            )
        )
        if len(ids) > MAX_LISTED:  # too many to list in a statement: each statement asks
            return select(Person.id).where(
                or_(Person.deleted_at.is_not(None), Person.office_code != self._office_code)
            )
        return ids

    def _counts(
        self, session: Session, starts_on: date, ends_on: date, gone: Gone
    ) -> ActivityCounts:
        people = self._people(session, starts_on, ends_on)
        kinds = self._attentions_by_kind(session, starts_on, ends_on, gone)
        vacancies, openings = self._vacancies(session, starts_on, ends_on)
        placements, short, follow_ups, still = self._placements(session, starts_on, ends_on, gone)
        workshops, enrolled, completed = self._workshops(session, starts_on, ends_on, gone)
        return ActivityCounts(
            people_served=people["total"][""],
            people_by_sex=_sorted(people["sex"], [label for _, label in SEX_GROUPS]),
            people_by_age=_sorted(people["age"], list(AGE_LABELS)),
            people_by_priority=_sorted(people["priority"], [g.label for g in PriorityGroup]),
            people_with_disability=people["disability"][""],
            attentions=sum(kinds.values()),
            attentions_by_kind=_sorted(
                Counter({_kind_label(k): n for k, n in kinds.items()}),
                [k.label for k in ServiceKind],
            ),
            bne_registrations=self._bne_registrations(session, starts_on, ends_on),
            fcs_certifications=kinds.get(ServiceKind.FCS_CERTIFICATION.value, 0),
            companies_contacted=self._companies_contacted(session, starts_on, ends_on),
            vacancies_published=vacancies,
            openings_published=openings,
            hires=self._hires(session, starts_on, ends_on),
            referrals=self._referrals(session, starts_on, ends_on),
            placements=placements,
            short_placements=short,
            follow_ups=follow_ups,
            still_employed=still,
            workshops=workshops,
            workshop_enrolled=enrolled,
            workshop_completed=completed,
            fairs=self._fairs(starts_on, ends_on),
            satisfaction=self._survey_results(starts_on, ends_on),
        )

    def _fairs(self, starts_on: date, ends_on: date) -> FairCounts:
        """The job fairs' figures, as the fairs service counts them (FairService.fair_figures)."""
        found = FairService(self._db, self._territory, self._office_code).fair_figures(
            starts_on, ends_on
        )
        return FairCounts(
            fairs=found.fairs,
            attendees=found.attendees,
            companies=found.companies,
            openings=found.openings,
            referrals=found.referrals,
            hires=found.hires,
            placements=found.placements,
        )

    def _survey_results(self, starts_on: date, ends_on: date) -> tuple[SurveyCount, ...]:
        """Satisfaction by service, as the surveys service counts it (SurveyService.results):
        every service in its order, answers and mean score (None without answers)."""
        found = SurveysService(self._db, self._territory, self._office_code).results(
            starts_on, ends_on
        )
        return tuple(SurveyCount(r.service.label, r.answers, r.average) for r in found)

    def _served(self, starts_on: date, ends_on: date) -> ColumnElement[bool]:
        """The person has a live atención in the period: the period's atenciones are read from
        ``ix_attention_date`` alone (it holds date, person and tombstone). Atenciones are never
        shared: whose they are is their person's office, checked on the person."""
        return Person.id.in_(
            select(Attention.person_id).where(
                Attention.date >= starts_on,
                Attention.date <= ends_on,
                Attention.deleted_at.is_(None),
            )
        )

    def _people_served(self, session: Session, starts_on: date, ends_on: date) -> int:
        """Distinct people with an atención in the period (the report's total, without its
        groups)."""
        return int(
            session.scalar(
                select(func.count()).where(*self._live_people(), self._served(starts_on, ends_on))
            )
            or 0
        )

    def _completed_workshops(
        self, session: Session, starts_on: date, ends_on: date, gone: Gone
    ) -> int:
        """Distinct people who completed a workshop in the period (its completion date): the
        «personas en apresto» target."""
        return int(
            session.scalar(
                select(func.count(distinct(WorkshopEnrollment.person_id)))
                .select_from(WorkshopEnrollment)
                .join(Workshop, Workshop.id == WorkshopEnrollment.workshop_id)
                .where(
                    Workshop.office_code == self._office_code,
                    Workshop.deleted_at.is_(None),
                    Workshop.status != WorkshopStatus.CANCELLED.value,
                    WorkshopEnrollment.deleted_at.is_(None),
                    WorkshopEnrollment.status == EnrollmentStatus.ENROLLED.value,
                    WorkshopEnrollment.completed_on >= starts_on,
                    WorkshopEnrollment.completed_on <= ends_on,
                    WorkshopEnrollment.person_id.not_in(gone),
                )
            )
            or 0
        )

    def _live_people(self) -> list[ColumnElement[bool]]:
        return [Person.office_code == self._office_code, Person.deleted_at.is_(None)]

    def _people(self, session: Session, starts_on: date, ends_on: date) -> dict[str, Counter[str]]:
        """People served: grouped in SQL by what the groups depend on (sex, whole years of age
        on the last day, the priority flags, disability), a few hundred rows at most."""
        birth = cast(Person.birth_date, String)
        age = (
            literal(ends_on.year)
            - cast(func.substr(birth, 1, 4), Integer)
            - case((func.substr(birth, 6, 5) > f"{ends_on:%m-%d}", 1), else_=0)
        ).label("age")
        columns = (
            Person.sex,
            age,
            Person.woman_head_of_household,
            Person.migrant,
            Person.indigenous,
            Person.has_disability,
        )
        rows = session.execute(
            select(*columns, func.count())
            .where(*self._live_people(), self._served(starts_on, ends_on))
            .group_by(*columns)
        ).all()
        result: dict[str, Counter[str]] = {
            key: Counter() for key in ("total", "sex", "age", "priority", "disability")
        }
        sex_label = dict(SEX_GROUPS)
        for sex, years, head, migrant, indigenous, disability, n in rows:
            born = None if years is None else birth_date_at_age(int(years), ends_on)
            result["total"][""] += n
            result["sex"][sex_label.get(sex, sex_label[None])] += n
            result["age"][UNKNOWN_AGE if born is None else age_group(born, ends_on)] += n
            groups = priority_groups(
                birth_date=born,
                sex=_sex(sex),
                woman_head_of_household=bool(head),
                migrant=bool(migrant),
                indigenous=bool(indigenous),
                today=ends_on,
            )
            for group in groups:
                result["priority"][group.label] += n
            if disability:
                result["disability"][""] += n
        return result

    def _attentions_by_kind(
        self, session: Session, starts_on: date, ends_on: date, gone: Gone
    ) -> dict[str, int]:
        """The period's atenciones by kind, read from ``ix_attention_date`` alone (never
        shared, an atención is its person's office's: the people who never count are left
        out by id)."""
        rows = session.execute(
            select(Attention.kind, func.count())
            .where(
                Attention.date >= starts_on,
                Attention.date <= ends_on,
                Attention.deleted_at.is_(None),
                Attention.person_id.not_in(gone),
            )
            .group_by(Attention.kind)
        ).all()
        return {kind: int(n) for kind, n in rows}

    def _bne_registrations(self, session: Session, starts_on: date, ends_on: date) -> int:
        return int(
            session.scalar(
                select(func.count()).where(
                    *self._live_people(),
                    Person.bne_registered_on >= starts_on,
                    Person.bne_registered_on <= ends_on,
                )
            )
            or 0
        )

    def _companies_contacted(self, session: Session, starts_on: date, ends_on: date) -> int:
        return int(
            session.scalar(
                select(func.count(distinct(CompanyInteraction.company_id)))
                .join(Company, Company.id == CompanyInteraction.company_id)
                .where(
                    CompanyInteraction.office_code == self._office_code,
                    CompanyInteraction.deleted_at.is_(None),
                    CompanyInteraction.date >= starts_on,
                    CompanyInteraction.date <= ends_on,
                    Company.deleted_at.is_(None),
                )
            )
            or 0
        )

    def _vacancies(self, session: Session, starts_on: date, ends_on: date) -> tuple[int, int]:
        row = session.execute(
            select(func.count(), func.coalesce(func.sum(Vacancy.openings), 0)).where(
                Vacancy.office_code == self._office_code,
                Vacancy.deleted_at.is_(None),
                Vacancy.published_on >= starts_on,
                Vacancy.published_on <= ends_on,
            )
        ).one()
        return int(row[0]), int(row[1])

    def _hires(self, session: Session, starts_on: date, ends_on: date) -> int:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Referral)
                .join(Vacancy, Vacancy.id == Referral.vacancy_id)
                .where(
                    Vacancy.office_code == self._office_code,
                    Vacancy.deleted_at.is_(None),
                    Referral.deleted_at.is_(None),
                    Referral.status == ReferralStatus.HIRED.value,
                    Referral.outcome_on >= starts_on,
                    Referral.outcome_on <= ends_on,
                )
            )
            or 0
        )

    def _referrals(self, session: Session, starts_on: date, ends_on: date) -> int:
        return int(
            session.scalar(
                select(func.count()).where(
                    Referral.office_code == self._office_code,
                    Referral.deleted_at.is_(None),
                    Referral.referred_on >= starts_on,
                    Referral.referred_on <= ends_on,
                )
            )
            or 0
        )

    def _placements(
        self, session: Session, starts_on: date, ends_on: date, gone: Gone
    ) -> tuple[int, int, int, int]:
        """(placements that count, shorter contracts left out, follow-ups recorded, of which
        the person was still employed)."""
        counts = counts_as_placement_sql()
        started = and_(Placement.start_on >= starts_on, Placement.start_on <= ends_on)
        followed = and_(
            counts, Placement.followed_up_on >= starts_on, Placement.followed_up_on <= ends_on
        )
        row = session.execute(
            select(
                func.count().filter(started, counts),
                func.count().filter(started, not_(counts)),
                func.count().filter(followed),
                func.count().filter(followed, Placement.still_employed.is_(True)),
            )
            .select_from(Placement)
            .where(
                Placement.office_code == self._office_code,
                Placement.deleted_at.is_(None),
                Placement.person_id.not_in(gone),
                or_(started, followed),
            )
        ).one()
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])

    def _workshops_in(self, starts_on: date, ends_on: date) -> list[ColumnElement[bool]]:
        return [
            Workshop.office_code == self._office_code,
            Workshop.deleted_at.is_(None),
            Workshop.status != WorkshopStatus.CANCELLED.value,
            Workshop.starts_on >= starts_on,
            Workshop.starts_on <= ends_on,
        ]

    def _workshops(
        self, session: Session, starts_on: date, ends_on: date, gone: Gone
    ) -> tuple[int, int, int]:
        """(workshops starting in the period, distinct people enrolled in them, distinct people
        who completed one of them)."""
        held = int(
            session.scalar(select(func.count()).where(*self._workshops_in(starts_on, ends_on))) or 0
        )
        row = session.execute(
            select(
                func.count(distinct(WorkshopEnrollment.person_id)),
                func.count(distinct(WorkshopEnrollment.person_id)).filter(
                    WorkshopEnrollment.completed_on.is_not(None)
                ),
            )
            .select_from(WorkshopEnrollment)
            .join(Workshop, Workshop.id == WorkshopEnrollment.workshop_id)
            .where(
                *self._workshops_in(starts_on, ends_on),
                WorkshopEnrollment.deleted_at.is_(None),
                WorkshopEnrollment.status == EnrollmentStatus.ENROLLED.value,
                WorkshopEnrollment.person_id.not_in(gone),
            )
        ).one()
        return held, int(row[0]), int(row[1])


def _kind_label(code: str) -> str:
    """An atención kind's label; a code this version does not know (from a newer PC) as is."""
    try:
        return ServiceKind(code).label
    except ValueError:
        return code


def _sex(code: str | None) -> Sex | None:
    try:
        return None if code is None else Sex(code)
    except ValueError:
        return None
