"""Finding who fits a vacancy, and which vacancies fit a person (the rule: domain/matching.py).

Candidates are the office's own active people (an office refers its own people, also to a
vacancy another office of the Red Territorial shares). Vacancies for a person are the open ones
the office holds: its own and those shared with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from omil_desktop.domain.intermediation import VacancyStatus
from omil_desktop.domain.matching import Fit, Opening, Seeker, fit, takes_referrals
from omil_desktop.domain.people import EducationLevel, JobStatus, full_name
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import NotFound
from omil_desktop.store.clock import today
from omil_desktop.store.database import Database
from omil_desktop.store.models import Company, Person, Referral, SyncState, Vacancy


class Scope(StrEnum):
    """Where candidates may live."""

    COMUNA = "comuna"
    NETWORK = "red"
    ANYWHERE = "todas"

    @property
    def label(self) -> str:
        return {
            "comuna": translate("services.matching", "En la comuna de la oferta"),
            "red": translate("services.matching", "En la Red Territorial"),
            "todas": translate("services.matching", "En cualquier comuna"),
        }[self.value]


@dataclass(frozen=True)
class CandidateFilter:
    """What the officer narrows the candidates to."""

    scope: Scope = Scope.NETWORK
    meets_education_only: bool = False
    job_statuses: frozenset[JobStatus] | None = None
    """None: any job situation."""
    include_referred: bool = False


@dataclass(frozen=True)
class Candidate:
    person_id: str
    full_name: str
    rut: str
    comuna: str
    job_status: str
    fit: Fit
    referred: bool


@dataclass(frozen=True)
class Candidates:
    count: int
    """How many people passed the filter (the list holds the best ``limit`` of them)."""
    rows: list[Candidate]


@dataclass(frozen=True)
class VacancyMatch:
    vacancy_id: str
    title: str
    company: str
    comuna: str
    own: bool
    """False: shared by another office of the Red Territorial."""
    openings: int
    fit: Fit
    referred: bool


E = TypeVar("E", bound=StrEnum)


def _enum(kind: type[E], value: str | None) -> E | None:
    return kind(value) if value else None


class MatchingService:
    def __init__(self, db: Database, territory: Territory, office_code: str) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code
        self._names = {c.code: c.name for c in territory.comunas}

    def network_comunas(self, comuna_code: str) -> frozenset[str]:
        """The comunas of the Red Territorial of ``comuna_code``: the network the regional
        server placed this office in when enrolled and the comuna is this office's, else the
        catalogue's; always ``comuna_code`` itself."""
        with self._db.transaction() as session:
            return self._network(session, comuna_code)

    def _network(self, session: Session, comuna_code: str) -> frozenset[str]:
        networks = self._territory.networks()
        name: str | None = None
        if comuna_code == self._office_code:
            state = session.get(SyncState, 1)
            if state is not None and state.network in networks:
                name = state.network
        name = name or self._territory.network_of(comuna_code)
        members = networks.get(name, ()) if name else ()
        return frozenset(members) | {comuna_code}

    def candidates(
        self, vacancy_id: str, where: CandidateFilter | None = None, *, limit: int = 100
    ) -> Candidates:
        """The office's active people ranked by fit for the vacancy (best first; ties by name),
        with the reasons; ``limit`` of them."""
        where = where or CandidateFilter()
        with self._db.transaction() as session:
            vacancy = self._vacancy(session, vacancy_id)
            opening = _opening(vacancy)
            network = self._network(session, vacancy.comuna_code)
            query = select(
                Person.id,
                Person.first_names,
                Person.last_name_1,
                Person.last_name_2,
                Person.rut,
                Person.comuna_code,
                Person.occupation,
                Person.experience,
                Person.education_level,
                Person.job_status,
                Person.has_disability,
                Person.sort_key,
            ).where(
                Person.office_code == self._office_code,
                Person.active.is_(True),
                Person.deleted_at.is_(None),
            )
            if where.scope is Scope.COMUNA:
                query = query.where(Person.comuna_code == vacancy.comuna_code)
            elif where.scope is Scope.NETWORK:
                query = query.where(Person.comuna_code.in_(sorted(network)))
            if where.job_statuses is not None:
                query = query.where(Person.job_status.in_(sorted(where.job_statuses)))
            referred = self._referred_people(session, [vacancy_id])
            ranked: list[tuple[int, str, Candidate]] = []
            for row in session.execute(query):
                if row.id in referred and not where.include_referred:
                    continue
                seeker = Seeker(
                    occupation=row.occupation,
                    experience=row.experience,
                    comuna_code=row.comuna_code,
                    education_level=_enum(EducationLevel, row.education_level),
                    job_status=_enum(JobStatus, row.job_status),
                    has_disability=row.has_disability,
                )
                found = fit(opening, seeker, network_comunas=network, comuna_name=self._names)
                if where.meets_education_only and found.meets_education is False:
                    continue
                status = _enum(JobStatus, row.job_status)
                candidate = Candidate(
                    person_id=row.id,
                    full_name=full_name(row.first_names, row.last_name_1, row.last_name_2),
                    rut=str(Rut.parse(row.rut)) if row.rut else "",
                    comuna=self._names.get(row.comuna_code, row.comuna_code),
                    job_status=status.label if status is not None else "",
                    fit=found,
                    referred=row.id in referred,
                )
                ranked.append((-found.score, row.sort_key, candidate))
        ranked.sort(key=lambda item: (item[0], item[1]))
        return Candidates(len(ranked), [candidate for _s, _k, candidate in ranked[:limit]])

    def vacancies_for(
        self, person_id: str, *, include_referred: bool = False, limit: int = 50
    ) -> list[VacancyMatch]:
        """The vacancies taking referrals that fit the person, own and shared, best first."""
        day = today()
        with self._db.transaction() as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFound(translate("services.matching", "La persona no existe."))
            seeker = Seeker(
                occupation=person.occupation,
                experience=person.experience,
                comuna_code=person.comuna_code,
                education_level=_enum(EducationLevel, person.education_level),
                job_status=_enum(JobStatus, person.job_status),
                has_disability=person.has_disability,
            )
            rows = session.execute(
                select(Vacancy, Company.legal_name, Company.trade_name)
                .join(Company, Company.id == Vacancy.company_id)
                .where(
                    Vacancy.deleted_at.is_(None),
                    Vacancy.status == VacancyStatus.OPEN.value,
                    (Vacancy.office_code == self._office_code) | Vacancy.shared.is_(True),
                )
            ).all()
            referred = self._referred_vacancies(session, person_id)
            networks: dict[str, frozenset[str]] = {}  # one read per comuna, not per vacancy
            matches: list[VacancyMatch] = []
            for vacancy, legal_name, trade_name in rows:
                if not takes_referrals(VacancyStatus.OPEN, vacancy.closes_on, day):
                    continue
                if vacancy.id in referred and not include_referred:
                    continue
                if vacancy.comuna_code not in networks:
                    networks[vacancy.comuna_code] = self._network(session, vacancy.comuna_code)
                found = fit(
                    _opening(vacancy),
                    seeker,
                    network_comunas=networks[vacancy.comuna_code],
                    comuna_name=self._names,
                )
                matches.append(
                    VacancyMatch(
                        vacancy_id=vacancy.id,
                        title=vacancy.title,
                        company=trade_name or legal_name,
                        comuna=self._names.get(vacancy.comuna_code, vacancy.comuna_code),
                        own=vacancy.office_code == self._office_code,
                        openings=vacancy.openings,
                        fit=found,
                        referred=vacancy.id in referred,
                    )
                )
        matches.sort(key=lambda m: (-m.fit.score, m.title))
        return matches[:limit]

    def _vacancy(self, session: Session, vacancy_id: str) -> Vacancy:
        vacancy = session.get(Vacancy, vacancy_id)
        visible = vacancy is not None and (
            vacancy.office_code == self._office_code or vacancy.shared
        )
        if vacancy is None or vacancy.deleted_at is not None or not visible:
            raise NotFound(translate("services.matching", "La oferta no existe."))
        return vacancy

    @staticmethod
    def _referred_people(session: Session, vacancy_ids: Iterable[str]) -> set[str]:
        query = select(Referral.person_id).where(
            Referral.vacancy_id.in_(list(vacancy_ids)),
            Referral.deleted_at.is_(None),
            Referral.person_id.is_not(None),
        )
        return {person for person in session.scalars(query) if person is not None}

    @staticmethod
    def _referred_vacancies(session: Session, person_id: str) -> set[str]:
        query = select(Referral.vacancy_id).where(
            Referral.person_id == person_id, Referral.deleted_at.is_(None)
        )
        return set(session.scalars(query))


def _opening(vacancy: Vacancy) -> Opening:
    return Opening(
        title=vacancy.title,
        occupation=vacancy.occupation,
        comuna_code=vacancy.comuna_code,
        education_level=_enum(EducationLevel, vacancy.education_level),
        inclusive=vacancy.inclusive,
    )
