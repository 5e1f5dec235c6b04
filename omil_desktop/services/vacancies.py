"""Vacancies (ofertas): the office's own, which it may share with its Red Territorial, and those
other offices of the network share with it (read-only here; the office may refer its people).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session, outerjoin

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.intermediation import (
    ContractType,
    ReferralStatus,
    VacancyStatus,
    Workday,
)
from omil_desktop.domain.people import EducationLevel
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import translate
from omil_desktop.domain.vacancies import VacancyData
from omil_desktop.services.companies import (
    CompanyChoice,
    company_choices,
    company_name,
    rut_text,
    share_with_network,
)
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from omil_desktop.services.paging import (
    Listing,
    Order,
    Page,
    by_comuna,
    comuna_ranks,
    date_blank_last,
)
from omil_desktop.store.clock import utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.models import REGION_OFFICE, Company, Referral, Vacancy

_FIELD_NAMES = tuple(f.name for f in fields(VacancyData))
_ENUMS: dict[str, type[StrEnum]] = {
    "education_level": EducationLevel,
    "workday": Workday,
    "contract_type": ContractType,
    "status": VacancyStatus,
}


class ReadOnlyVacancy(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "services.vacancies",
                "Esta oferta es de otra oficina de la Red Territorial: solo lectura. "
                "Puede derivar a sus personas.",
            )
        )


class VacancyInUse(ServiceError):
    pass


def office_name(territory: Territory, office_code: str) -> str:
    """«OMIL Palena», or «Dirección Regional» for the region."""
    if office_code == REGION_OFFICE:
        return translate("services.vacancies", "Dirección Regional")
    try:
        return translate("services.vacancies", "OMIL {name}").format(
            name=territory.comuna(office_code).name
        )
    except KeyError:
        return translate("services.vacancies", "Oficina {office_code}").format(
            office_code=office_code
        )


@dataclass(frozen=True)
class VacancyRecord:
    """A stored vacancy: what was entered, whose it is, and how far it is filled."""

    id: str
    data: VacancyData
    office_code: str
    office_name: str
    read_only: bool
    """Another office's shared vacancy: shown, never edited here."""
    company_name: str
    company_legal_name: str
    company_rut: str
    comuna: str
    hires: int
    referrals: int
    updated_at: datetime


@dataclass(frozen=True)
class VacancyRow:
    """What the vacancies list shows for one vacancy."""

    id: str
    title: str
    company: str
    comuna: str
    openings: int
    hires: int
    status: VacancyStatus
    published_on: str
    closes_on: str
    office_name: str
    read_only: bool


@dataclass(frozen=True)
class BneRow:
    """An open vacancy as the officer types it into the BNE (bne.cl, «publicar oferta»)."""

    title: str
    occupation: str
    description: str
    openings: int
    comuna: str
    region: str
    workday: str
    contract_type: str
    salary: int | None
    education: str
    experience: str
    licences: str
    closes_on: date | None
    inclusive: bool
    company_rut: str
    company_legal_name: str


class VacancyColumn(StrEnum):
    """What the vacancies list can be ordered by (its columns)."""

    TITLE = "title"
    COMPANY = "company"
    COMUNA = "comuna"
    OPENINGS = "openings"
    STATUS = "status"
    PUBLISHED = "published_on"
    CLOSES = "closes_on"


VacancyOrder = Order[VacancyColumn]
NEWEST_FIRST = VacancyOrder(VacancyColumn.PUBLISHED, descending=True)


def _to_columns(data: VacancyData) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in _FIELD_NAMES:
        value = getattr(data, name)
        values[name] = value.value if isinstance(value, StrEnum) else value
    return values


def _to_data(vacancy: Vacancy) -> VacancyData:
    values: dict[str, Any] = {}
    for name in _FIELD_NAMES:
        value = getattr(vacancy, name)
        if name in _ENUMS and value:
            value = _ENUMS[name](value)
        values[name] = value
    return VacancyData(**values)


def hires_of(session: Session, vacancy_id: str, *, excluding: str | None = None) -> int:
    """How many live referrals of a vacancy ended in a hire."""
    stmt = select(func.count()).where(
        Referral.vacancy_id == vacancy_id,
        Referral.deleted_at.is_(None),
        Referral.status == ReferralStatus.HIRED.value,
    )
    if excluding is not None:
        stmt = stmt.where(Referral.id != excluding)
    return int(session.scalar(stmt) or 0)


def _share_company(session: Session, company_id: str) -> None:
    """A vacancy goes to the Red Territorial with its company and the company's contacts (the
    other offices could not hold the vacancy without its company), written and logged before
    the vacancy so the server receives them first."""
    company = session.get(Company, company_id)
    if company is not None and not company.shared:  # another office's is shared already
        share_with_network(session, company, True)


class VacanciesService:
    def __init__(self, db: Database, territory: Territory, office_code: str) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code

    # -- writing -------------------------------------------------------------------------------

    def check(self, data: VacancyData) -> VacancyData:
        """The cleaned vacancy, or ValidationFailed with a Spanish message per field."""
        data = data.cleaned()
        known = bool(data.comuna_code) and self._territory.find_comuna(data.comuna_code) is not None
        errors = data.validate(known_comuna=known)
        if errors:
            raise ValidationFailed(errors)
        return data

    def create(self, data: VacancyData) -> str:
        """Record a vacancy of this office; return its id. All or nothing."""
        data = self.check(data)
        with self._db.transaction() as session:
            self._company(session, data.company_id)
            if data.shared:
                _share_company(session, data.company_id)
            vacancy = Vacancy(office_code=self._office_code, **_to_columns(data))
            session.add(vacancy)
            session.flush()
            return vacancy.id

    def update(self, vacancy_id: str, data: VacancyData) -> None:
        """Correct an own vacancy (only the fields that changed are written and travel)."""
        data = self.check(data)
        with self._db.transaction() as session:
            vacancy = self._own(session, vacancy_id)
            if data.company_id != vacancy.company_id:
                self._company(session, data.company_id)
            hires = hires_of(session, vacancy_id)
            if data.openings is not None and data.openings < hires:
                message = translate(
                    "services.vacancies",
                    "Ya hay {hires} personas contratadas: los cupos no pueden ser menos.",
                ).format(hires=hires)
                raise ValidationFailed({"openings": message})
            if data.shared:
                _share_company(session, data.company_id)
            for name, value in _to_columns(data).items():
                if getattr(vacancy, name) != value:
                    setattr(vacancy, name, value)

    def set_status(self, vacancy_id: str, status: VacancyStatus) -> None:
        """Mark an own vacancy abierta, cubierta, cerrada or cancelada."""
        with self._db.transaction() as session:
            vacancy = self._own(session, vacancy_id)
            if vacancy.status != status.value:
                vacancy.status = status.value

    def set_shared(self, vacancy_id: str, shared: bool) -> None:
        with self._db.transaction() as session:
            vacancy = self._own(session, vacancy_id)
            if shared:
                _share_company(session, vacancy.company_id)
            if vacancy.shared != shared:
                vacancy.shared = shared

    def delete(self, vacancy_id: str) -> None:
        """Delete an own vacancy entered by mistake (a tombstone, so the deletion syncs).

        A vacancy people were referred to is kept (their history points to it): close or cancel
        it instead.
        """
        with self._db.transaction() as session:
            vacancy = self._own(session, vacancy_id)
            referred = session.scalar(
                select(func.count()).where(
                    Referral.vacancy_id == vacancy_id, Referral.deleted_at.is_(None)
                )
            )
            if referred:
                raise VacancyInUse(
                    translate(
                        "services.vacancies",
                        "Esta oferta tiene derivaciones y queda en el historial de esas personas: "
                        "ciérrela o cancélela en vez de eliminarla.",
                    )
                )
            vacancy.deleted_at = utcnow()

    # -- reading -------------------------------------------------------------------------------

    def get(self, vacancy_id: str) -> VacancyRecord:
        with self._db.transaction() as session:
            vacancy = self._visible(session, vacancy_id)
            company = session.get(Company, vacancy.company_id)
            referrals = session.scalar(
                select(func.count()).where(
                    Referral.vacancy_id == vacancy_id, Referral.deleted_at.is_(None)
                )
            )
            return VacancyRecord(
                id=vacancy.id,
                data=_to_data(vacancy),
                office_code=vacancy.office_code,
                office_name=office_name(self._territory, vacancy.office_code),
                read_only=vacancy.office_code != self._office_code,
                company_name=company_name(company),
                company_legal_name=company.legal_name if company else "",
                company_rut=rut_text(company.rut) if company else "",
                comuna=self._comuna_name(vacancy.comuna_code),
                hires=hires_of(session, vacancy_id),
                referrals=int(referrals or 0),
                updated_at=vacancy.updated_at,
            )

    def companies(self) -> list[CompanyChoice]:
        """The companies a vacancy may be of: this office's and those shared with it, by name."""
        with self._db.transaction() as session:
            return company_choices(session, self._office_code)

    def count(self, query: str = "", *, status: VacancyStatus | None = None) -> int:
        """How many vacancies the list holds for ``query`` and ``status``."""
        with self._db.transaction() as session:
            return self._listing(session, query, status, NEWEST_FIRST).count()

    def search(
        self,
        query: str = "",
        *,
        status: VacancyStatus | None = None,
        page_size: int,
        order: VacancyOrder = NEWEST_FIRST,
    ) -> Page[VacancyRow]:
        """How many vacancies match and the first ``page_size`` of them, in one read."""
        with self._db.transaction() as session:
            return self._listing(session, query, status, order).first(page_size)

    def search_page(
        self,
        query: str = "",
        *,
        status: VacancyStatus | None = None,
        offset: int = 0,
        limit: int = 100,
        order: VacancyOrder = NEWEST_FIRST,
        after: str | None = None,
    ) -> list[VacancyRow]:
        """Rows ``offset`` to ``offset + limit`` of the list (own and shared vacancies) for
        ``query`` (words of the title, occupation or company name, without accents) and
        ``status``; ties go by id."""
        with self._db.transaction() as session:
            return self._listing(session, query, status, order).page(offset, limit, after)

    def search_position(
        self,
        vacancy_id: str,
        query: str = "",
        *,
        status: VacancyStatus | None = None,
        order: VacancyOrder = NEWEST_FIRST,
    ) -> int | None:
        """The row of ``vacancy_id`` in the list, or None when the search does not list it."""
        with self._db.transaction() as session:
            return self._listing(session, query, status, order).position(vacancy_id)

    def open_for_bne(self) -> list[BneRow]:
        """This office's open vacancies, with what the BNE asks to publish them, newest first."""
        stmt = (
            select(Vacancy, Company)
            .join(Company, Company.id == Vacancy.company_id, isouter=True)
            .where(
                Vacancy.deleted_at.is_(None),
                Vacancy.office_code == self._office_code,
                Vacancy.status == VacancyStatus.OPEN.value,
            )
            .order_by(Vacancy.published_on.desc(), Vacancy.id)
        )
        rows: list[BneRow] = []
        with self._db.transaction() as session:
            for v, c in session.execute(stmt):
                try:
                    region = self._territory.region_of_comuna(v.comuna_code).name
                except KeyError:
                    region = ""
                rows.append(
                    BneRow(
                        title=v.title,
                        occupation=v.occupation,
                        description=v.description,
                        openings=v.openings,
                        comuna=self._comuna_name(v.comuna_code),
                        region=region,
                        workday=Workday(v.workday).label if v.workday else "",
                        contract_type=ContractType(v.contract_type).label
                        if v.contract_type
                        else "",
                        salary=v.salary,
                        education=EducationLevel(v.education_level).label
                        if v.education_level
                        else "",
                        experience=v.experience,
                        licences=v.licences,
                        closes_on=v.closes_on,
                        inclusive=v.inclusive,
                        company_rut=rut_text(c.rut) if c is not None else "",
                        company_legal_name=c.legal_name if c is not None else "",
                    )
                )
        return rows

    # -- helpers --------------------------------------------------------------------------------

    def _listing(
        self, session: Session, query: str, status: VacancyStatus | None, order: VacancyOrder
    ) -> Listing[VacancyRow]:
        """Live vacancies this office sees (its own, and those the network shares) matching
        every word of ``query`` in the title, occupation or company name."""
        conditions: list[ColumnElement[bool]] = [
            Vacancy.deleted_at.is_(None),
            or_(Vacancy.office_code == self._office_code, Vacancy.shared.is_(True)),
        ]
        if status is not None:
            conditions.append(Vacancy.status == status.value)
        terms = fold(query).split()
        if terms:
            # Company names are folded here (an office knows hundreds of companies, not more),
            # so a renamed company is found by its new name at once.
            names = [
                (cid, fold(f"{legal} {trade}"))
                for cid, legal, trade in session.execute(
                    select(Company.id, Company.legal_name, Company.trade_name).where(
                        Company.deleted_at.is_(None)
                    )
                )
            ]
            for term in terms:
                companies = [cid for cid, name in names if term in name]
                conditions.append(
                    or_(
                        Vacancy.search_key.contains(term, autoescape=True),
                        Vacancy.company_id.in_(companies),
                    )
                )
        return Listing(
            session,
            id_column=Vacancy.id,
            where=conditions,
            keys=lambda: self._order_keys(session, order.column),
            descending=order.descending,
            rows=self._rows,
            source=outerjoin(Vacancy, Company, Company.id == Vacancy.company_id),
        )

    def _order_keys(self, session: Session, column: VacancyColumn) -> list[ColumnElement[Any]]:
        tail: list[ColumnElement[Any]] = [Vacancy.id.expression]
        if column is VacancyColumn.TITLE:
            return [Vacancy.search_key.expression, *tail]
        if column is VacancyColumn.COMPANY:
            name = func.lower(
                func.coalesce(func.nullif(Company.trade_name, ""), Company.legal_name)
            )
            return [name, *tail]
        if column is VacancyColumn.COMUNA:
            return [*by_comuna(session, Vacancy.comuna_code, comuna_ranks(self._territory)), *tail]
        if column is VacancyColumn.OPENINGS:
            return [Vacancy.openings.expression, *tail]
        if column is VacancyColumn.STATUS:
            rank = {s.value: n for n, s in enumerate(VacancyStatus)}
            return [case(rank, value=Vacancy.status, else_=len(rank)), *tail]
        if column is VacancyColumn.CLOSES:
            return [date_blank_last(Vacancy.closes_on), *tail]
        return [Vacancy.published_on.expression, *tail]

    def _rows(self, session: Session, ids: list[str]) -> list[VacancyRow]:
        found = session.execute(
            select(Vacancy, Company)
            .join(Company, Company.id == Vacancy.company_id, isouter=True)
            .where(Vacancy.id.in_(ids))
        ).all()
        hires = self._hires(session, ids)
        return [
            VacancyRow(
                id=v.id,
                title=v.title,
                company=company_name(c),
                comuna=self._comuna_name(v.comuna_code),
                openings=v.openings,
                hires=hires.get(v.id, 0),
                status=VacancyStatus(v.status),
                published_on=format_date(v.published_on),
                closes_on=format_date(v.closes_on),
                office_name=office_name(self._territory, v.office_code),
                read_only=v.office_code != self._office_code,
            )
            for v, c in found
        ]

    @staticmethod
    def _hires(session: Session, ids: list[str]) -> dict[str, int]:
        if not ids:
            return {}
        stmt = (
            select(Referral.vacancy_id, func.count())
            .where(
                and_(
                    Referral.vacancy_id.in_(ids),
                    Referral.deleted_at.is_(None),
                    Referral.status == ReferralStatus.HIRED.value,
                )
            )
            .group_by(Referral.vacancy_id)
        )
        return {vid: int(n) for vid, n in session.execute(stmt)}

    def _company(self, session: Session, company_id: str) -> Company:
        company = session.get(Company, company_id)
        visible = company is not None and (
            company.office_code == self._office_code or company.shared
        )
        if company is None or company.deleted_at is not None or not visible:
            raise ValidationFailed(
                {
                    "company_id": translate(
                        "services.vacancies", "La empresa no existe o fue eliminada."
                    )
                }
            )
        return company

    def _visible(self, session: Session, vacancy_id: str) -> Vacancy:
        vacancy = session.get(Vacancy, vacancy_id)
        if (
            vacancy is None
            or vacancy.deleted_at is not None
            or not (vacancy.office_code == self._office_code or vacancy.shared)
        ):
            raise NotFound(translate("services.vacancies", "La oferta no existe o fue eliminada."))
        return vacancy

    def _own(self, session: Session, vacancy_id: str) -> Vacancy:
        vacancy = self._visible(session, vacancy_id)
        if vacancy.office_code != self._office_code:
            raise ReadOnlyVacancy()
        return vacancy

    def _comuna_name(self, code: str) -> str:
        try:
            return self._territory.comuna(code).name
        except KeyError:
            return code
