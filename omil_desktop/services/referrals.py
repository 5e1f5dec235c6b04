"""Referrals (derivaciones), placements (colocaciones) and their three-month follow-ups.

Who may do what (the rules hold also for records of other offices already in this database):

- The office refers its own people to an open vacancy: its own, or one another office of the Red
  Territorial shares. To another office's vacancy only people who consented (``consent_on``)
  are referred, and the referral then carries their name, RUT and phone for the owner office;
  to an own vacancy those fields stay empty (the person is here).
- The selection's outcome (contratado / no seleccionado) is recorded only by the vacancy's
  office; never more hires than openings (counted in the same transaction as the write). When
  the hires reach the openings the vacancy becomes *cubierta* at once; a hire that withdraws
  reopens it.
- The placement is recorded by the person's office, once per hired referral; its follow-up is due
  three months after the contract starts (``intermediation.follow_up_date``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.intermediation import (
    NEXT_STATUSES,
    SELECTION_OUTCOMES,
    ContractType,
    ReferralStatus,
    VacancyStatus,
    counts_as_placement,
    follow_up_date,
)
from omil_desktop.domain.people import JobStatus, full_name, tidy_lines
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.texts import translate
from omil_desktop.domain.vacancies import NOTES_MAX, PlacementData
from omil_desktop.services.companies import company_name, rut_text
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from omil_desktop.services.vacancies import hires_of, office_name
from omil_desktop.store.clock import today
from omil_desktop.store.database import Database
from omil_desktop.store.models import Company, Person, Placement, Referral, Vacancy

FOLLOW_UP_WINDOW_DAYS = 14
"""Follow-ups due within this many days are listed as pending already (to call ahead)."""


class ReferralRefused(ServiceError):
    """A referral, outcome or placement the rules do not allow; ``str()`` says why."""


@dataclass(frozen=True)
class ReferralRow:
    id: str
    vacancy_id: str
    person_id: str | None
    candidate: str
    rut: str
    phone: str
    office_name: str
    """The referring office."""
    status: ReferralStatus
    referred_on: date
    interviewed_on: date | None
    outcome_on: date | None
    next_statuses: tuple[ReferralStatus, ...]
    """Where this office may take the referral from here (empty: nothing to do)."""
    placement_id: str | None
    can_place: bool
    """Hired, of a person of this office, and no placement yet."""


@dataclass(frozen=True)
class AdvanceResult:
    status: ReferralStatus
    vacancy_status: VacancyStatus
    """The vacancy's status after the change (``cubierta`` when the hires reached the openings)."""


@dataclass(frozen=True)
class FollowUpRow:
    placement_id: str
    due_on: date
    person_id: str
    person: str
    company: str
    vacancy: str
    start_on: date
    overdue: bool


@dataclass(frozen=True)
class HistoryItem:
    """One line of a person's intermediation history."""

    on: date
    kind: str
    """«Derivación» or «Colocación»."""
    description: str


class ReferralsService:
    def __init__(self, db: Database, territory: Territory, office_code: str) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code

    # -- referring -----------------------------------------------------------------------------

    def refer(
        self, vacancy_id: str, person_id: str, on: date | None = None, notes: str = ""
    ) -> str:
        """Refer a person of this office to an open vacancy on ``on`` (today by default)."""
        with self._db.transaction() as session:
            return self.refer_in(session, vacancy_id, person_id, on, notes)

    def refer_in(
        self, session: Session, vacancy_id: str, person_id: str, on: date | None, notes: str
    ) -> str:
        """:meth:`refer` inside the caller's transaction (a referral made at a job fair is
        recorded with its link to the fair, all or nothing)."""
        on = on or today()
        notes = tidy_lines(notes)
        errors: dict[str, str] = {}
        if on > today():
            errors["referred_on"] = translate(
                "services.referrals", "La fecha de la derivación no puede ser futura."
            )
        if len(notes) > NOTES_MAX:
            errors["notes"] = translate(
                "services.referrals", "Las observaciones no pueden pasar de {NOTES_MAX} caracteres."
            ).format(NOTES_MAX=NOTES_MAX)
        vacancy = self._vacancy(session, vacancy_id)
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise NotFound(translate("services.referrals", "La persona no existe o fue eliminada."))
        if vacancy.status != VacancyStatus.OPEN.value:
            raise ReferralRefused(
                translate(
                    "services.referrals",
                    "Solo se deriva a ofertas abiertas: esta oferta está {lower}.",
                ).format(lower=VacancyStatus(vacancy.status).label.lower())
            )
        if on < vacancy.published_on:
            errors["referred_on"] = translate(
                "services.referrals",
                "La derivación no puede ser anterior a la publicación de la oferta ({date}).",
            ).format(date=format_date(vacancy.published_on))
        if errors:
            raise ValidationFailed(errors)
        already = session.scalar(
            select(Referral.id).where(
                Referral.vacancy_id == vacancy_id,
                Referral.person_id == person_id,
                Referral.deleted_at.is_(None),
            )
        )
        name = full_name(person.first_names, person.last_name_1, person.last_name_2)
        if already is not None:
            raise ReferralRefused(
                translate("services.referrals", "{name} ya fue derivada a esta oferta.").format(
                    name=name
                )
            )
        referral = Referral(
            office_code=self._office_code,
            vacancy_id=vacancy_id,
            person_id=person_id,
            status=ReferralStatus.REFERRED.value,
            referred_on=on,
            notes=notes,
        )
        if vacancy.office_code != self._office_code:
            if person.consent_on is None:
                raise ReferralRefused(
                    translate(
                        "services.referrals",
                        "{name} no ha dado su consentimiento para compartir sus datos: no se "
                        "puede derivar a una oferta de otra oficina. Registre el consentimiento "
                        "en su ficha y vuelva a intentarlo.",
                    ).format(name=name)
                )
            # What the owner office needs to call the candidate, and nothing more.
            referral.candidate_name = name
            referral.candidate_rut = person.rut
            referral.candidate_phone = person.phone
        session.add(referral)
        session.flush()
        return referral.id

    def referrals_of(self, vacancy_id: str) -> list[ReferralRow]:
        """Everyone referred to a vacancy that this office may see, oldest first.

        On its own vacancy the office sees every referral (also those other offices sent); on
        another office's vacancy, only its own.
        """
        with self._db.transaction() as session:
            vacancy = self._vacancy(session, vacancy_id)
            stmt = select(Referral).where(
                Referral.vacancy_id == vacancy_id, Referral.deleted_at.is_(None)
            )
            if vacancy.office_code != self._office_code:
                stmt = stmt.where(Referral.office_code == self._office_code)
            referrals = list(session.scalars(stmt.order_by(Referral.referred_on, Referral.id)))
            return [self._row(session, r, vacancy) for r in referrals]

    def get(self, referral_id: str) -> ReferralRow:
        with self._db.transaction() as session:
            referral = self._referral(session, referral_id)
            vacancy = session.get(Vacancy, referral.vacancy_id)
            assert vacancy is not None
            return self._row(session, referral, vacancy)

    # -- the selection -------------------------------------------------------------------------

    def advance(
        self, referral_id: str, status: ReferralStatus, on: date | None = None
    ) -> AdvanceResult:
        """Move a referral to ``status`` on ``on`` (today by default), as NEXT_STATUSES allows.

        A hire is recorded only by the vacancy's office and never beyond its openings; the check
        and the write are one transaction. When the hires reach the openings the vacancy becomes
        *cubierta*.
        """
        on = on or today()
        with self._db.transaction() as session:
            referral = self._referral(session, referral_id)
            vacancy = session.get(Vacancy, referral.vacancy_id)
            assert vacancy is not None
            current = ReferralStatus(referral.status)
            if status not in self._allowed(referral, vacancy):
                if status in SELECTION_OUTCOMES and vacancy.office_code != self._office_code:
                    raise ReferralRefused(
                        translate(
                            "services.referrals",
                            "El resultado de la selección lo registra la oficina dueña de la "
                            "oferta ({office_name}).",
                        ).format(office_name=office_name(self._territory, vacancy.office_code))
                    )
                raise ReferralRefused(
                    translate(
                        "services.referrals",
                        "Una derivación «{label}» no puede pasar a «{label2}».",
                    ).format(label=current.label, label2=status.label)
                )
            since = referral.interviewed_on or referral.referred_on
            if on > today():
                raise ValidationFailed(
                    {"on": translate("services.referrals", "La fecha no puede ser futura.")}
                )
            if on < since:
                raise ValidationFailed(
                    {
                        "on": translate(
                            "services.referrals", "La fecha no puede ser anterior al {date}."
                        ).format(date=format_date(since))
                    }
                )
            if status is ReferralStatus.HIRED:
                hired = hires_of(session, vacancy.id, excluding=referral.id)
                if hired >= vacancy.openings:
                    cupos = translate("services.referrals", "%n cupo(s)", None, vacancy.openings)
                    hires = translate(
                        "services.referrals", "%n persona(s) contratada(s)", None, hired
                    )
                    raise ReferralRefused(
                        translate(
                            "services.referrals",
                            "La oferta tiene {cupos} y ya hay {hires}: no se puede contratar a "
                            "nadie más. Registre a esta persona como «No seleccionado» o aumente "
                            "los cupos.",
                        ).format(cupos=cupos, hires=hires)
                    )
            if current is ReferralStatus.HIRED and status is ReferralStatus.WITHDREW:
                placed = session.scalar(
                    select(Placement.id).where(
                        Placement.referral_id == referral.id, Placement.deleted_at.is_(None)
                    )
                )
                if placed is not None:
                    raise ReferralRefused(
                        translate(
                            "services.referrals",
                            "Esta persona ya tiene su colocación registrada: registre el "
                            "seguimiento "
                            "en vez de cambiar la derivación.",
                        )
                    )
            referral.status = status.value
            if status is ReferralStatus.INTERVIEWED:
                referral.interviewed_on = on
            else:
                referral.outcome_on = on
            session.flush()
            if vacancy.office_code == self._office_code:
                hired = hires_of(session, vacancy.id)
                if hired >= vacancy.openings and vacancy.status == VacancyStatus.OPEN.value:
                    vacancy.status = VacancyStatus.FILLED.value
                elif hired < vacancy.openings and vacancy.status == VacancyStatus.FILLED.value:
                    vacancy.status = VacancyStatus.OPEN.value
            return AdvanceResult(status, VacancyStatus(vacancy.status))

    # -- placements ----------------------------------------------------------------------------

    def place(
        self, referral_id: str, data: PlacementData, *, update_job_status: bool = True
    ) -> str:
        """Record the contract a hire ended in (colocación); return its id.

        Only for a hired referral of a person of this office, once. ``update_job_status`` marks
        the person *ocupado*.
        """
        data = data.cleaned()
        with self._db.transaction() as session:
            referral = session.get(Referral, referral_id)
            if referral is None or referral.deleted_at is not None:
                raise ReferralRefused(
                    translate(
                        "services.referrals",
                        "No hay derivación para esta colocación: primero derive a la persona a la "
                        "oferta y registre su contratación.",
                    )
                )
            person = session.get(Person, referral.person_id) if referral.person_id else None
            if (
                referral.office_code != self._office_code
                or person is None
                or person.deleted_at is not None
            ):
                raise ReferralRefused(
                    translate(
                        "services.referrals",
                        "La colocación la registra la oficina que derivó a la persona.",
                    )
                )
            if referral.status != ReferralStatus.HIRED.value:
                raise ReferralRefused(
                    translate(
                        "services.referrals",
                        "Solo se registra la colocación de una derivación con resultado "
                        "«Contratado».",
                    )
                )
            existing = session.scalar(
                select(Placement.id).where(
                    Placement.referral_id == referral_id, Placement.deleted_at.is_(None)
                )
            )
            if existing is not None:
                raise ReferralRefused(
                    translate(
                        "services.referrals", "Esta contratación ya tiene su colocación registrada."
                    )
                )
            errors = data.validate(referred_on=referral.referred_on)
            if errors or data.start_on is None or data.contract_type is None:
                raise ValidationFailed(errors)
            placement = Placement(
                office_code=self._office_code,
                referral_id=referral_id,
                person_id=person.id,
                start_on=data.start_on,
                contract_type=data.contract_type.value,
                months=data.months,
                follow_up_on=follow_up_date(data.start_on),
                notes=data.notes,
            )
            session.add(placement)
            if update_job_status and person.job_status != JobStatus.EMPLOYED.value:
                person.job_status = JobStatus.EMPLOYED.value
            session.flush()
            return placement.id

    def pending_follow_ups(
        self, on: date | None = None, *, window_days: int = FOLLOW_UP_WINDOW_DAYS
    ) -> list[FollowUpRow]:
        """This office's placements not followed up yet whose follow-up is due by ``on`` (today)
        plus ``window_days``, soonest first."""
        on = on or today()
        stmt = (
            select(Placement, Person, Vacancy, Company)
            .join(Person, Person.id == Placement.person_id)
            .join(Referral, Referral.id == Placement.referral_id)
            .join(Vacancy, Vacancy.id == Referral.vacancy_id)
            .join(Company, Company.id == Vacancy.company_id, isouter=True)
            .where(
                Placement.office_code == self._office_code,
                Placement.deleted_at.is_(None),
                Placement.followed_up_on.is_(None),
                Placement.follow_up_on <= on + timedelta(days=window_days),
            )
            .order_by(Placement.follow_up_on, Placement.id)
        )
        with self._db.transaction() as session:
            return [
                FollowUpRow(
                    placement_id=p.id,
                    due_on=p.follow_up_on,
                    person_id=person.id,
                    person=full_name(person.first_names, person.last_name_1, person.last_name_2),
                    company=company_name(company),
                    vacancy=vacancy.title,
                    start_on=p.start_on,
                    overdue=p.follow_up_on < on,
                )
                for p, person, vacancy, company in session.execute(stmt)
            ]

    def record_follow_up(
        self, placement_id: str, on: date | None, still_employed: bool, notes: str = ""
    ) -> None:
        """Record the three-month call: whether the person is still employed."""
        on = on or today()
        with self._db.transaction() as session:
            placement = session.get(Placement, placement_id)
            if (
                placement is None
                or placement.deleted_at is not None
                or placement.office_code != self._office_code
            ):
                raise NotFound(
                    translate("services.referrals", "La colocación no existe o fue eliminada.")
                )
            if placement.followed_up_on is not None:
                raise ReferralRefused(
                    translate(
                        "services.referrals", "El seguimiento ya se registró el {date}."
                    ).format(date=format_date(placement.followed_up_on))
                )
            if on > today():
                raise ValidationFailed(
                    {
                        "on": translate(
                            "services.referrals", "La fecha del seguimiento no puede ser futura."
                        )
                    }
                )
            if on < placement.start_on:
                raise ValidationFailed(
                    {
                        "on": translate(
                            "services.referrals",
                            "El seguimiento no puede ser anterior al inicio del contrato.",
                        )
                    }
                )
            placement.followed_up_on = on
            placement.still_employed = still_employed
            notes = tidy_lines(notes)
            if notes:
                placement.notes = f"{placement.notes}\n{notes}".strip()

    # -- the person's history ------------------------------------------------------------------

    def history(self, person_id: str) -> list[HistoryItem]:
        """The person's referrals and placements, newest first."""
        items: list[HistoryItem] = []
        referrals = (
            select(Referral, Vacancy, Company)
            .join(Vacancy, Vacancy.id == Referral.vacancy_id)
            .join(Company, Company.id == Vacancy.company_id, isouter=True)
            .where(Referral.person_id == person_id, Referral.deleted_at.is_(None))
        )
        placements = (
            select(Placement, Vacancy, Company)
            .join(Referral, Referral.id == Placement.referral_id)
            .join(Vacancy, Vacancy.id == Referral.vacancy_id)
            .join(Company, Company.id == Vacancy.company_id, isouter=True)
            .where(Placement.person_id == person_id, Placement.deleted_at.is_(None))
        )
        with self._db.transaction() as session:
            for r, v, c in session.execute(referrals):
                status = ReferralStatus(r.status)
                when = r.outcome_on or r.interviewed_on or r.referred_on
                state = status.label
                if status is not ReferralStatus.REFERRED:
                    state += f" el {format_date(when)}"
                items.append(
                    HistoryItem(
                        r.referred_on,
                        translate("services.referrals", "Derivación"),
                        f"{v.title} — {company_name(c)}: {state}",
                    )
                )
            for p, v, c in session.execute(placements):
                contract = ContractType(p.contract_type)
                length = "" if p.months is None else f", {p.months} meses"
                counted = (
                    translate("services.referrals", "cuenta como colocación")
                    if counts_as_placement(contract, p.months)
                    else translate(
                        "services.referrals", "menos de 3 meses: no cuenta como colocación"
                    )
                )
                if p.followed_up_on is None:
                    follow = translate("services.referrals", "seguimiento el {date}").format(
                        date=format_date(p.follow_up_on)
                    )
                elif p.still_employed:
                    follow = f"seguimiento {format_date(p.followed_up_on)}: sigue trabajando"
                else:
                    follow = translate(
                        "services.referrals", "seguimiento {date}: ya no trabaja ahí"
                    ).format(date=format_date(p.followed_up_on))
                items.append(
                    HistoryItem(
                        p.start_on,
                        translate("services.referrals", "Colocación"),
                        f"{v.title} — {company_name(c)}: {contract.label}{length} ({counted}); "
                        f"{follow}",
                    )
                )
        # Newest first; on one day the placement above the referral it came from.
        order = {id(item): n for n, item in enumerate(items)}
        return sorted(items, key=lambda item: (item.on, order[id(item)]), reverse=True)

    # -- helpers --------------------------------------------------------------------------------

    def _allowed(self, referral: Referral, vacancy: Vacancy) -> tuple[ReferralStatus, ...]:
        """The statuses this office may take a referral to."""
        own_vacancy = vacancy.office_code == self._office_code
        own_referral = referral.office_code == self._office_code
        if not (own_vacancy or own_referral):
            return ()
        return tuple(
            s
            for s in ReferralStatus
            if s in NEXT_STATUSES[ReferralStatus(referral.status)]
            and (own_vacancy or s not in SELECTION_OUTCOMES)
        )

    def _row(self, session: Session, referral: Referral, vacancy: Vacancy) -> ReferralRow:
        person = session.get(Person, referral.person_id) if referral.person_id else None
        if person is not None and person.deleted_at is None:
            name = full_name(person.first_names, person.last_name_1, person.last_name_2)
            rut, phone = person.rut, person.phone
        else:
            name = referral.candidate_name or translate("services.referrals", "(sin datos)")
            rut, phone = referral.candidate_rut, referral.candidate_phone
        placement_id = session.scalar(
            select(Placement.id).where(
                Placement.referral_id == referral.id, Placement.deleted_at.is_(None)
            )
        )
        status = ReferralStatus(referral.status)
        return ReferralRow(
            id=referral.id,
            vacancy_id=referral.vacancy_id,
            person_id=referral.person_id,
            candidate=name,
            rut=rut_text(rut),
            phone=phone or "",
            office_name=office_name(self._territory, referral.office_code),
            status=status,
            referred_on=referral.referred_on,
            interviewed_on=referral.interviewed_on,
            outcome_on=referral.outcome_on,
            next_statuses=self._allowed(referral, vacancy),
            placement_id=placement_id,
            can_place=status is ReferralStatus.HIRED
            and placement_id is None
            and referral.office_code == self._office_code
            and person is not None,
        )

    def _vacancy(self, session: Session, vacancy_id: str) -> Vacancy:
        vacancy = session.get(Vacancy, vacancy_id)
        if (
            vacancy is None
            or vacancy.deleted_at is not None
            or not (vacancy.office_code == self._office_code or vacancy.shared)
        ):
            raise NotFound(translate("services.referrals", "La oferta no existe o fue eliminada."))
        return vacancy

    def _referral(self, session: Session, referral_id: str) -> Referral:
        referral = session.get(Referral, referral_id)
        if referral is None or referral.deleted_at is not None:
            raise NotFound(
                translate("services.referrals", "La derivación no existe o fue eliminada.")
            )
        return referral

    def count_pending(self, on: date | None = None) -> int:
        """How many follow-ups :meth:`pending_follow_ups` lists (for the area's title)."""
        on = on or today()
        with self._db.transaction() as session:
            return int(
                session.scalar(
                    select(func.count()).where(
                        Placement.office_code == self._office_code,
                        Placement.deleted_at.is_(None),
                        Placement.followed_up_on.is_(None),
                        Placement.follow_up_on <= on + timedelta(days=FOLLOW_UP_WINDOW_DAYS),
                    )
                )
                or 0
            )
