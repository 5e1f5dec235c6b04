"""Ferias laborales and reclutamientos masivos: the fair, its organising offices, the companies
taking part with the openings they bring, the people who attended, the referrals made there and
the hires that followed; and the fairs' figures for the reports (:meth:`FairService.fair_figures`).

Rules the service keeps (every write is one transaction: nothing is saved half-way):

- A fair belongs to the office that recorded it; it may be organised together with other offices
  of its Red Territorial (``organisers``: every organising office's CUT code, the owner's
  included). A co-organised fair is shared with the network, so the co-organisers see it
  read-only: only its owner changes or deletes it.
- Every organising office records at the fair its OWN companies, attendees and referrals (its
  people, its records): each office's figures count what it recorded. The fair's page of an
  office shows what that office holds.
- A company takes part once per fair and office; openings are 0 or more.
- A person attends once per fair; attending adds one «Feria laboral» atención to their history,
  dated the fair's day; removing the attendee removes that atención. People are recorded from
  the fair's day on (a planned fair has no attendees yet).
- A referral at the fair is an ordinary referral (``ReferralsService``), of an attendee, dated
  the fair's day, linked to the fair (``FairReferral``); the hire that follows is the referral's
  placement, recorded where every placement is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.fairs import (
    FairCompanyData,
    FairData,
    FairKind,
    organisers_of,
    organisers_text,
)
from omil_desktop.domain.intermediation import (
    ContractType,
    ReferralStatus,
    VacancyStatus,
    counts_as_placement,
)
from omil_desktop.domain.people import ServiceKind, full_name
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import translate
from omil_desktop.services.companies import CompanyChoice, company_choices, company_name, rut_text
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from omil_desktop.services.matching import MatchingService
from omil_desktop.services.referrals import ReferralRefused, ReferralsService
from omil_desktop.services.surveys import retire_surveys_of
from omil_desktop.services.vacancies import office_name
from omil_desktop.store.clock import today, utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.engine import in_chunks
from omil_desktop.store.models import (
    Attention,
    Company,
    FairAttendee,
    FairCompany,
    FairReferral,
    JobFair,
    Person,
    Placement,
    Referral,
    Vacancy,
)

_Part = TypeVar("_Part", FairCompany, FairAttendee, FairReferral)

ALREADY_ATTENDING = "Esta persona ya está registrada como asistente de la feria."
COMPANY_TWICE = (
    "La empresa ya participa en la feria: corrija sus cupos en vez de agregarla otra vez."
)


class ReadOnlyFair(ServiceError):
    def __init__(self, owner: str) -> None:
        super().__init__(
            translate(
                "services.fairs",
                "La feria la registró {owner}, que la co-organiza con esta oficina: sus datos los "
                "corrige esa oficina. Aquí se registran las empresas, asistentes y derivaciones "
                "de esta oficina.",
            ).format(owner=owner)
        )


# -- what the service hands out ------------------------------------------------------------------


@dataclass(frozen=True)
class FairFigures:
    """What the reports count of the office's fairs held in a period (or of one fair)."""

    fairs: int
    """Fairs held (from ``starts_on`` up to ``ends_on`` and today) that the office organised or
    co-organised."""
    attendees: int
    """Distinct people the office recorded as attending them."""
    companies: int
    """Distinct companies the office recorded taking part."""
    openings: int
    """Openings (cupos) those companies brought."""
    referrals: int
    """Referrals the office made at them."""
    hires: int
    """Of those referrals, the hires that followed: a placement recorded (any length)."""
    placements: int = 0
    """Of those placements, the ones that count as colocación (3 months or more, or
    indefinite)."""


@dataclass(frozen=True)
class FairRow:
    """What the fairs list shows for one fair."""

    id: str
    name: str
    kind: FairKind
    held_on: date
    place: str
    comuna: str
    organisers: str
    """The organising offices' comunas, this office first: «Palena, Futaleufú»."""
    own: bool
    """Recorded by this office (False: a co-organiser's, read-only here)."""
    planned: bool
    attendees: int
    companies: int
    openings: int
    referrals: int


@dataclass(frozen=True)
class OfficeChoice:
    code: str
    name: str
    """«OMIL Futaleufú»."""


@dataclass(frozen=True)
class FairRecord:
    id: str
    data: FairData
    """``co_organisers``: the organising offices other than the owner."""
    office_code: str
    owner_name: str
    own: bool
    organisers: tuple[OfficeChoice, ...]
    """Every organising office, the owner first."""
    comuna_name: str
    planned: bool


@dataclass(frozen=True)
class FairCompanyRow:
    id: str
    company_id: str
    name: str
    rut: str
    openings: int
    positions: str
    notes: str


@dataclass(frozen=True)
class AttendeeRow:
    id: str
    person_id: str
    name: str
    rut: str
    """«12.345.678-5», or the foreign document's number."""
    phone: str
    referrals: int
    """Referrals made to this person at the fair."""


@dataclass(frozen=True)
class FairReferralRow:
    id: str
    """The FairReferral's id."""
    referral_id: str
    person_id: str | None
    person: str
    vacancy_id: str
    vacancy: str
    company: str
    status: ReferralStatus
    referred_on: date
    placement_start: date | None
    placement_contract: ContractType | None
    placement_months: int | None
    counts: bool
    """The placement counts as colocación (3 months or more)."""


@dataclass(frozen=True)
class VacancyChoice:
    id: str
    title: str
    company: str
    openings: int
    at_fair: bool
    """Its company takes part in the fair."""
    office_name: str
    """Empty for the office's own vacancies."""


def _person_name(p: Person | None) -> str:
    if p is None:
        return translate("services.fairs", "(persona no disponible)")
    return full_name(p.first_names, p.last_name_1, p.last_name_2 or "")


def _person_id_text(p: Person | None) -> str:
    if p is None:
        return ""
    return rut_text(p.rut) if p.rut else (p.document_number or "")


class FairService:
    def __init__(self, db: Database, territory: Territory, office_code: str) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code

    # -- fairs ----------------------------------------------------------------------------------

    def network_offices(self) -> list[OfficeChoice]:
        """The other offices of the Red Territorial, which may co-organise a fair."""
        codes = MatchingService(self._db, self._territory, self._office_code).network_comunas(
            self._office_code
        )
        return sorted(
            (
                OfficeChoice(code, office_name(self._territory, code))
                for code in codes
                if code != self._office_code
            ),
            key=lambda o: fold(o.name),
        )

    def check(self, data: FairData, fair_id: str | None = None) -> FairData:
        """The cleaned fair, or ValidationFailed with a Spanish message per field."""
        with self._db.transaction() as session:
            return self._check(session, data, fair_id)

    def create(self, data: FairData) -> str:
        """Record a fair of this office; return its id. A co-organised fair is shared with the
        network (its co-organisers see it)."""
        with self._db.transaction() as session:
            data = self._check(session, data, None)
            fair = JobFair(office_code=self._office_code)
            self._write(fair, data)
            session.add(fair)
            session.flush()
            return fair.id

    def update(self, fair_id: str, data: FairData) -> None:
        """Correct a fair of this office. Its attendees' «Feria laboral» atenciones follow its
        date."""
        with self._db.transaction() as session:
            fair = self._owned(session, fair_id)
            data = self._check(session, data, fair_id)
            self._write(fair, data)
            self._follow(session, fair)

    def follow_fairs(self) -> int:
        """Bring the office's «Feria laboral» atenciones in line with their fairs' dates and
        names, as the fairs' owners corrected them (a co-organised fair changes on another
        office's PC and arrives by sync); return how many changed."""
        with self._db.transaction() as session:
            return sum(self._follow(session, fair) for fair in self._fairs(session))

    def delete(self, fair_id: str) -> None:
        """Delete a fair entered by mistake, with its companies. Refused once people attended
        it (they have it in their history) or referrals were made there."""
        with self._db.transaction() as session:
            fair = self._owned(session, fair_id)
            attended = bool(self._live(session, FairAttendee, fair_id, own=False))
            referred = bool(self._live(session, FairReferral, fair_id, own=False))
            if attended or referred:
                raise ServiceError(
                    translate(
                        "services.fairs",
                        "La feria tiene asistentes o derivaciones registradas, que quedan en el "
                        "historial de las personas: quítelos antes de eliminarla.",
                    )
                )
            now = utcnow()
            for company in self._live(session, FairCompany, fair_id, own=True):
                company.deleted_at = now
            fair.deleted_at = now

    def get(self, fair_id: str) -> FairRecord:
        with self._db.transaction() as session:
            fair = self._visible(session, fair_id)
            return self._record(fair)

    def count(self, query: str = "") -> int:
        return len(self.search_page(query, offset=0, limit=1_000_000))

    def search_page(self, query: str = "", *, offset: int = 0, limit: int = 100) -> list[FairRow]:
        """Rows ``offset`` to ``offset + limit`` of the fairs this office organises (its own and
        those it co-organises) whose name, place or comuna hold every word of ``query`` (without
        accents), newest first. An office holds tens of fairs: they are filtered here."""
        terms = fold(query).split()
        with self._db.transaction() as session:
            fairs = self._fairs(session)
            names = {c.code: c.name for c in self._territory.comunas}
            found = [
                f
                for f in fairs
                if all(
                    t in fold(f"{f.name} {f.place} {names.get(f.comuna_code, '')}") for t in terms
                )
            ]
            found.sort(key=lambda f: (f.held_on, f.id), reverse=True)
            return self._rows(session, found[offset : offset + limit])

    def companies_choices(self) -> list[CompanyChoice]:
        """The companies that may take part: this office's and those the network shares."""
        with self._db.transaction() as session:
            return company_choices(session, self._office_code)

    # -- companies ------------------------------------------------------------------------------

    def companies(self, fair_id: str) -> list[FairCompanyRow]:
        """The companies this office recorded at the fair, by name."""
        with self._db.transaction() as session:
            self._visible(session, fair_id)
            rows = []
            for fc in self._live(session, FairCompany, fair_id, own=True):
                company = session.get(Company, fc.company_id)
                rows.append(
                    FairCompanyRow(
                        id=fc.id,
                        company_id=fc.company_id,
                        name=company_name(company),
                        rut=rut_text(company.rut) if company is not None else "",
                        openings=fc.openings,
                        positions=fc.positions or "",
                        notes=fc.notes or "",
                    )
                )
            return sorted(rows, key=lambda r: fold(r.name))

    def check_company(
        self, fair_id: str, data: FairCompanyData, fair_company_id: str | None = None
    ) -> FairCompanyData:
        with self._db.transaction() as session:
            return self._check_company(session, fair_id, data, fair_company_id)

    def add_company(self, fair_id: str, data: FairCompanyData) -> str:
        """A company of this office (or shared with it) takes part, with its openings."""
        with self._db.transaction() as session:
            self._visible(session, fair_id)
            data = self._check_company(session, fair_id, data, None)
            assert data.company_id is not None and data.openings is not None
            fc = FairCompany(
                office_code=self._office_code,
                fair_id=fair_id,
                company_id=data.company_id,
                openings=data.openings,
                positions=data.positions,
                notes=data.notes,
            )
            session.add(fc)
            session.flush()
            return fc.id

    def update_company(self, fair_company_id: str, data: FairCompanyData) -> None:
        with self._db.transaction() as session:
            fc = self._own_part(
                session, FairCompany, fair_company_id, translate("services.fairs", "La empresa")
            )
            data = self._check_company(session, fc.fair_id, data, fair_company_id)
            for name in ("company_id", "openings", "positions", "notes"):
                value = getattr(data, name)
                if getattr(fc, name) != value:
                    setattr(fc, name, value)

    def remove_company(self, fair_company_id: str) -> None:
        with self._db.transaction() as session:
            fc = self._own_part(
                session, FairCompany, fair_company_id, translate("services.fairs", "La empresa")
            )
            fc.deleted_at = utcnow()

    # -- attendees ------------------------------------------------------------------------------

    def attendees(self, fair_id: str) -> list[AttendeeRow]:
        """The people this office recorded at the fair, by name."""
        with self._db.transaction() as session:
            self._visible(session, fair_id)
            referred: dict[str, int] = {}
            for link in self._live(session, FairReferral, fair_id, own=True):
                referral = session.get(Referral, link.referral_id)
                if referral is not None and referral.deleted_at is None and referral.person_id:
                    referred[referral.person_id] = referred.get(referral.person_id, 0) + 1
            stmt = (
                select(FairAttendee, Person)
                .join(Person, Person.id == FairAttendee.person_id, isouter=True)
                .where(
                    FairAttendee.fair_id == fair_id,
                    FairAttendee.office_code == self._office_code,
                    FairAttendee.deleted_at.is_(None),
                )
                .order_by(Person.sort_key, FairAttendee.id)
            )
            return [
                AttendeeRow(
                    id=a.id,
                    person_id=a.person_id,
                    name=_person_name(p),
                    rut=_person_id_text(p),
                    phone=p.phone if p is not None else "",
                    referrals=referred.get(a.person_id, 0),
                )
                for a, p in session.execute(stmt)
            ]

    def add_attendee(self, fair_id: str, person_id: str) -> str:
        """Record that a person of this office attended the fair, and add the «Feria laboral»
        atención to their history (once); return the attendee's id."""
        with self._db.transaction() as session:
            fair = self._visible(session, fair_id)
            if fair.held_on > today():
                raise ServiceError(
                    translate(
                        "services.fairs",
                        "La feria es el {date}: sus asistentes se registran desde ese día.",
                    ).format(date=format_date(fair.held_on))
                )
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFound(translate("services.fairs", "La persona no existe o fue eliminada."))
            if person.office_code != self._office_code:
                raise ServiceError(
                    translate(
                        "services.fairs",
                        "Solo se registran personas de esta oficina como asistentes.",
                    )
                )
            found = list(
                session.scalars(
                    select(FairAttendee)
                    .where(FairAttendee.fair_id == fair_id, FairAttendee.person_id == person_id)
                    .order_by(FairAttendee.deleted_at.is_not(None), FairAttendee.id)
                )
            )
            if any(a.deleted_at is None for a in found):
                raise ServiceError(ALREADY_ATTENDING)
            attention = Attention(
                office_code=self._office_code,
                person_id=person_id,
                date=fair.held_on,
                kind=ServiceKind.JOB_FAIR.value,
                notes=self._attention_notes(fair),
            )
            session.add(attention)
            session.flush()
            if found:  # removed before and added again: the same record (one per fair and person)
                attendee = found[0]
                attendee.deleted_at = None
            else:
                attendee = FairAttendee(
                    office_code=self._office_code, fair_id=fair_id, person_id=person_id
                )
                session.add(attendee)
            attendee.attention_id = attention.id
            session.flush()
            return attendee.id

    def remove_attendee(self, attendee_id: str) -> None:
        """Remove an attendee recorded by mistake, the «Feria laboral» atención it added and
        their survey of the fair.
        Refused while a referral made at the fair names them."""
        with self._db.transaction() as session:
            attendee = self._own_part(
                session, FairAttendee, attendee_id, translate("services.fairs", "El asistente")
            )
            for link in self._live(session, FairReferral, attendee.fair_id, own=True):
                referral = session.get(Referral, link.referral_id)
                if referral is not None and referral.person_id == attendee.person_id:
                    raise ServiceError(
                        translate(
                            "services.fairs",
                            "La persona tiene derivaciones hechas en la feria: quítelas antes de "
                            "quitarla de los asistentes.",
                        )
                    )
            now = utcnow()
            if attendee.attention_id:
                attention = session.get(Attention, attendee.attention_id)
                if attention is not None and attention.deleted_at is None:
                    attention.deleted_at = now
            attendee.deleted_at = now
            retire_surveys_of(session, fair_id=attendee.fair_id, person_id=attendee.person_id)

    # -- referrals ------------------------------------------------------------------------------

    def vacancies(self, fair_id: str) -> list[VacancyChoice]:
        """The open vacancies an attendee may be sent to (this office's and those the network
        shares), those of the fair's companies first."""
        with self._db.transaction() as session:
            self._visible(session, fair_id)
            at_fair = {c.company_id for c in self._live(session, FairCompany, fair_id, own=False)}
            stmt = (
                select(Vacancy, Company)
                .join(Company, Company.id == Vacancy.company_id, isouter=True)
                .where(
                    Vacancy.deleted_at.is_(None),
                    Vacancy.status == VacancyStatus.OPEN.value,
                    or_(Vacancy.office_code == self._office_code, Vacancy.shared.is_(True)),
                )
            )
            found = [
                VacancyChoice(
                    id=v.id,
                    title=v.title,
                    company=company_name(c),
                    openings=v.openings,
                    at_fair=v.company_id in at_fair,
                    office_name=""
                    if v.office_code == self._office_code
                    else office_name(self._territory, v.office_code),
                )
                for v, c in session.execute(stmt)
            ]
            return sorted(found, key=lambda v: (not v.at_fair, fold(v.title), v.id))

    def refer(self, fair_id: str, person_id: str, vacancy_id: str, notes: str = "") -> str:
        """Send an attendee to a vacancy at the fair: a referral dated the fair's day (through
        the referrals service, with its rules) linked to the fair; return the link's id."""
        with self._db.transaction() as session:
            fair = self._visible(session, fair_id)
            attending = session.scalar(
                select(FairAttendee.id).where(
                    FairAttendee.fair_id == fair_id,
                    FairAttendee.person_id == person_id,
                    FairAttendee.office_code == self._office_code,
                    FairAttendee.deleted_at.is_(None),
                )
            )
            if attending is None:
                raise ReferralRefused(
                    translate(
                        "services.fairs",
                        "Solo se deriva en la feria a sus asistentes: registre antes a la persona "
                        "como asistente.",
                    )
                )
            referrals = ReferralsService(self._db, self._territory, self._office_code)
            referral_id = referrals.refer_in(session, vacancy_id, person_id, fair.held_on, notes)
            link = FairReferral(
                office_code=self._office_code, fair_id=fair_id, referral_id=referral_id
            )
            session.add(link)
            session.flush()
            return link.id

    def referrals(self, fair_id: str) -> list[FairReferralRow]:
        """The referrals this office made at the fair and where each stands (the hire and its
        placement), by person."""
        with self._db.transaction() as session:
            self._visible(session, fair_id)
            rows = []
            for link in self._live(session, FairReferral, fair_id, own=True):
                referral = session.get(Referral, link.referral_id)
                if referral is None or referral.deleted_at is not None:
                    continue
                vacancy = session.get(Vacancy, referral.vacancy_id)
                company = session.get(Company, vacancy.company_id) if vacancy else None
                person = session.get(Person, referral.person_id) if referral.person_id else None
                placement = session.scalar(
                    select(Placement).where(
                        Placement.referral_id == referral.id, Placement.deleted_at.is_(None)
                    )
                )
                contract = ContractType(placement.contract_type) if placement else None
                rows.append(
                    FairReferralRow(
                        id=link.id,
                        referral_id=referral.id,
                        person_id=referral.person_id,
                        person=_person_name(person),
                        vacancy_id=referral.vacancy_id,
                        vacancy=vacancy.title if vacancy is not None else "",
                        company=company_name(company),
                        status=ReferralStatus(referral.status),
                        referred_on=referral.referred_on,
                        placement_start=placement.start_on if placement else None,
                        placement_contract=contract,
                        placement_months=placement.months if placement else None,
                        counts=placement is not None
                        and contract is not None
                        and counts_as_placement(contract, placement.months),
                    )
                )
            return sorted(rows, key=lambda r: (fold(r.person), r.referred_on, r.id))

    def remove_referral(self, fair_referral_id: str) -> None:
        """Undo a referral recorded at the fair by mistake: the link and the referral go. Refused
        once the selection went on (interview, outcome): it is the vacancy's history then."""
        with self._db.transaction() as session:
            link = self._own_part(
                session,
                FairReferral,
                fair_referral_id,
                translate("services.fairs", "La derivación"),
            )
            referral = session.get(Referral, link.referral_id)
            now = utcnow()
            if referral is not None and referral.deleted_at is None:
                if referral.status != ReferralStatus.REFERRED.value:
                    raise ServiceError(
                        translate(
                            "services.fairs",
                            "La derivación ya avanzó en la selección ({lower}): no se quita.",
                        ).format(lower=ReferralStatus(referral.status).label.lower())
                    )
                referral.deleted_at = now
            link.deleted_at = now

    # -- figures ---------------------------------------------------------------------------------

    def fair_figures(self, starts_on: date, ends_on: date) -> FairFigures:
        """The office's fairs held from ``starts_on`` to ``ends_on`` (not after today) and what
        the office recorded at them (see :class:`FairFigures`)."""
        last = min(ends_on, today())
        with self._db.transaction() as session:
            fairs = [f for f in self._fairs(session) if starts_on <= f.held_on <= last]
            return self._figures(session, [f.id for f in fairs])

    def figures(self, fair_id: str) -> FairFigures:
        """One fair's figures, as the office recorded them."""
        with self._db.transaction() as session:
            fair = self._visible(session, fair_id)
            return self._figures(session, [fair.id])

    # -- inside ----------------------------------------------------------------------------------

    def _check(self, session: Session, data: FairData, fair_id: str | None) -> FairData:
        data = data.cleaned()
        comuna = self._territory.find_comuna(data.comuna_code) if data.comuna_code else None
        network = [o.code for o in self.network_offices()]
        errors = data.validate(
            today(),
            known_comuna=comuna is not None,
            network=network,
            office_code=self._office_code,
        )
        if comuna is not None:
            data = FairData(**{**data.__dict__, "comuna_code": comuna.code})
        if fair_id is not None:
            fair = self._owned(session, fair_id)
            if (
                data.held_on is not None
                and data.held_on > today()
                and self._live(session, FairAttendee, fair_id, own=False)
            ):
                errors["held_on"] = translate(
                    "services.fairs",
                    "La feria ya tiene asistentes registrados: no puede quedar en una fecha "
                    "futura.",
                )
            del fair
        if errors:
            raise ValidationFailed(errors)
        return data

    def _check_company(
        self,
        session: Session,
        fair_id: str,
        data: FairCompanyData,
        fair_company_id: str | None,
    ) -> FairCompanyData:
        data = data.cleaned()
        errors = data.validate()
        if data.company_id:
            choices = {c.id for c in company_choices(session, self._office_code)}
            if data.company_id not in choices:
                errors["company_id"] = translate(
                    "services.fairs", "La empresa elegida no existe o fue eliminada."
                )
            else:
                twice = [
                    fc
                    for fc in self._live(session, FairCompany, fair_id, own=True)
                    if fc.company_id == data.company_id and fc.id != fair_company_id
                ]
                if twice:
                    errors["company_id"] = COMPANY_TWICE
        if errors:
            raise ValidationFailed(errors)
        return data

    def _write(self, fair: JobFair, data: FairData) -> None:
        """Copy ``data`` onto the record, writing only what changed (so only that travels)."""
        assert data.kind is not None and data.held_on is not None
        organisers = data.organisers(self._office_code)
        values: dict[str, object] = {
            "name": data.name,
            "kind": data.kind.value,
            "held_on": data.held_on,
            "place": data.place,
            "comuna_code": data.comuna_code,
            "organisers": organisers_text(organisers),
            "notes": data.notes,
            "shared": len(organisers) > 1,
        }
        for name, value in values.items():
            if getattr(fair, name) != value:
                setattr(fair, name, value)

    def _follow(self, session: Session, fair: JobFair) -> int:
        """The atenciones of this office's attendees of ``fair`` dated and described as the
        fair is now; how many changed."""
        changed = 0
        notes = self._attention_notes(fair)
        for attendee in self._live(session, FairAttendee, fair.id, own=True):
            if not attendee.attention_id:
                continue
            attention = session.get(Attention, attendee.attention_id)
            if attention is None or attention.deleted_at is not None:
                continue
            if attention.date != fair.held_on or attention.notes != notes:
                changed += 1
            if attention.date != fair.held_on:
                attention.date = fair.held_on
            if attention.notes != notes:
                attention.notes = notes
        return changed

    @staticmethod
    def _attention_notes(fair: JobFair) -> str:
        kind = (
            FairKind(fair.kind).label
            if fair.kind in set(FairKind)
            else translate("services.fairs", "Feria laboral")
        )
        where = f", {fair.place}" if fair.place else ""
        return translate("services.fairs", "Asistió a «{name}» ({kind}{where}, {date}).").format(
            name=fair.name, kind=kind, where=where, date=format_date(fair.held_on)
        )

    def _organises(self, fair: JobFair) -> bool:
        if fair.deleted_at is not None:
            return False
        if fair.office_code == self._office_code:
            return True
        return bool(fair.shared) and self._office_code in organisers_of(fair.organisers or "")

    def _fairs(self, session: Session) -> list[JobFair]:
        """The live fairs this office owns or co-organises."""
        stmt = select(JobFair).where(
            JobFair.deleted_at.is_(None),
            or_(
                JobFair.office_code == self._office_code,
                JobFair.organisers.contains(self._office_code, autoescape=True),
            ),
        )
        return [f for f in session.scalars(stmt) if self._organises(f)]

    def _visible(self, session: Session, fair_id: str) -> JobFair:
        fair = session.get(JobFair, fair_id)
        if fair is None or not self._organises(fair):
            raise NotFound(translate("services.fairs", "La feria no existe o fue eliminada."))
        return fair

    def _owned(self, session: Session, fair_id: str) -> JobFair:
        fair = self._visible(session, fair_id)
        if fair.office_code != self._office_code:
            raise ReadOnlyFair(office_name(self._territory, fair.office_code))
        return fair

    def _own_part(self, session: Session, model: type[_Part], row_id: str, what: str) -> _Part:
        part = session.get(model, row_id)
        if part is None or part.deleted_at is not None or part.office_code != self._office_code:
            raise NotFound(
                translate(
                    "services.fairs", "{what} no existe en la feria o ya fue quitado."
                ).format(what=what)
            )
        self._visible(session, part.fair_id)
        return part

    def _live(
        self, session: Session, model: type[_Part], fair_id: str, *, own: bool
    ) -> list[_Part]:
        stmt = select(model).where(model.fair_id == fair_id, model.deleted_at.is_(None))
        if own:
            stmt = stmt.where(model.office_code == self._office_code)
        return list(session.scalars(stmt.order_by(model.id)))

    def _record(self, fair: JobFair) -> FairRecord:
        codes = organisers_of(fair.organisers or "") or (fair.office_code,)
        ordered = [fair.office_code, *[c for c in codes if c != fair.office_code]]
        comuna = self._territory.find_comuna(fair.comuna_code or "")
        return FairRecord(
            id=fair.id,
            data=FairData(
                name=fair.name,
                kind=FairKind(fair.kind),
                held_on=fair.held_on,
                place=fair.place or "",
                comuna_code=fair.comuna_code or "",
                co_organisers=tuple(c for c in codes if c != fair.office_code),
                notes=fair.notes or "",
            ),
            office_code=fair.office_code,
            owner_name=office_name(self._territory, fair.office_code),
            own=fair.office_code == self._office_code,
            organisers=tuple(OfficeChoice(c, office_name(self._territory, c)) for c in ordered),
            comuna_name=comuna.name if comuna is not None else (fair.comuna_code or ""),
            planned=fair.held_on > today(),
        )

    def _rows(self, session: Session, fairs: list[JobFair]) -> list[FairRow]:
        names = {c.code: c.name for c in self._territory.comunas}
        rows = []
        for fair in fairs:
            figures = self._figures(session, [fair.id])
            codes = organisers_of(fair.organisers or "") or (fair.office_code,)
            ordered = [self._office_code, *[c for c in codes if c != self._office_code]]
            rows.append(
                FairRow(
                    id=fair.id,
                    name=fair.name,
                    kind=FairKind(fair.kind),
                    held_on=fair.held_on,
                    place=fair.place or "",
                    comuna=names.get(fair.comuna_code or "", fair.comuna_code or ""),
                    organisers=", ".join(names.get(c, c) for c in ordered if c in codes),
                    own=fair.office_code == self._office_code,
                    planned=fair.held_on > today(),
                    attendees=figures.attendees,
                    companies=figures.companies,
                    openings=figures.openings,
                    referrals=figures.referrals,
                )
            )
        return rows

    def _figures(self, session: Session, fair_ids: list[str]) -> FairFigures:
        people: set[str] = set()
        companies: set[str] = set()
        openings = 0
        referral_ids: list[str] = []
        office = self._office_code
        for chunk in in_chunks(fair_ids):
            people.update(
                session.scalars(
                    select(FairAttendee.person_id).where(
                        FairAttendee.fair_id.in_(chunk),
                        FairAttendee.office_code == office,
                        FairAttendee.deleted_at.is_(None),
                    )
                )
            )
            for company_id, brought in session.execute(
                select(FairCompany.company_id, FairCompany.openings).where(
                    FairCompany.fair_id.in_(chunk),
                    FairCompany.office_code == office,
                    FairCompany.deleted_at.is_(None),
                )
            ):
                companies.add(company_id)
                openings += brought or 0
            referral_ids.extend(
                session.scalars(
                    select(FairReferral.referral_id)
                    .join(Referral, Referral.id == FairReferral.referral_id)
                    .where(
                        FairReferral.fair_id.in_(chunk),
                        FairReferral.office_code == office,
                        FairReferral.deleted_at.is_(None),
                        Referral.deleted_at.is_(None),
                    )
                )
            )
        referral_ids = sorted(set(referral_ids))
        hires = placements = 0
        for chunk in in_chunks(referral_ids):
            for contract, months in session.execute(
                select(Placement.contract_type, Placement.months).where(
                    Placement.referral_id.in_(chunk), Placement.deleted_at.is_(None)
                )
            ):
                hires += 1
                if counts_as_placement(ContractType(contract), months):
                    placements += 1
        return FairFigures(
            fairs=len(fair_ids),
            attendees=len(people),
            companies=len(companies),
            openings=openings,
            referrals=len(referral_ids),
            hires=hires,
            placements=placements,
        )
