"""The companies (empresas) the office works with: their contacts and the log of its dealings.

A company is registered once per office, whatever the writing of its RUT. The office may share a
company, with its contacts, with its Red Territorial; companies other offices share arrive by
sync and are read-only here. Every use case is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from omil_desktop.domain.companies import (
    CompanyData,
    ContactData,
    InteractionData,
    company_search_terms,
)
from omil_desktop.domain.intermediation import CompanySize, InteractionKind
from omil_desktop.domain.rut import InvalidRut, Rut
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import (
    DuplicateCompany,
    NotFound,
    ServiceError,
    ValidationFailed,
)
from omil_desktop.services.paging import (
    Listing,
    Order,
    Page,
    blank_last,
    by_comuna,
    by_rut,
    comuna_ranks,
)
from omil_desktop.store.clock import today, utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.models import (
    REGION_OFFICE,
    Company,
    CompanyContact,
    CompanyInteraction,
    Vacancy,
    new_id,
)

_COMPANY_FIELDS = tuple(f.name for f in fields(CompanyData))
_CONTACT_FIELDS = tuple(f.name for f in fields(ContactData))


class ReadOnlyCompany(ServiceError):
    def __init__(self, office_name: str) -> None:
        super().__init__(
            translate(
                "services.companies",
                "Esta empresa es de {office_name}, compartida con la Red Territorial: solo "
                "lectura.",
            ).format(office_name=office_name)
        )


class CompanyInUse(ServiceError):
    def __init__(self, vacancies: int) -> None:
        what = translate("services.companies", "%n oferta(s) registrada(s)", None, vacancies)
        super().__init__(
            translate(
                "services.companies",
                "La empresa tiene {what}: no se puede eliminar. Elimine o cierre antes sus "
                "ofertas.",
            ).format(what=what)
        )


@dataclass(frozen=True)
class CompanyRecord:
    """A stored company: what was entered plus where it comes from."""

    id: str
    data: CompanyData
    shared: bool
    office_code: str
    office_name: str
    read_only: bool
    """Another office's company, shared with the network: shown, never edited here."""
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class CompanyRow:
    """What the companies list shows for one company."""

    id: str
    rut: str
    name: str
    """Nombre de fantasía, else razón social."""
    legal_name: str
    comuna: str
    phone: str
    shared: bool
    origin: str
    """Empty for the office's own companies, else «OMIL Chaitén»."""


@dataclass(frozen=True)
class ContactRow:
    id: str
    company_id: str
    data: ContactData


@dataclass(frozen=True)
class InteractionRow:
    id: str
    company_id: str
    data: InteractionData


class CompanyColumn(StrEnum):
    """What the companies list can be ordered by (its columns)."""

    RUT = "rut"
    NAME = "name"
    LEGAL_NAME = "legal_name"
    COMUNA = "comuna"
    PHONE = "phone"


CompanyOrder = Order[CompanyColumn]
NAME_ORDER = CompanyOrder(CompanyColumn.NAME)


def _to_columns(data: CompanyData) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in _COMPANY_FIELDS:
        value = getattr(data, name)
        if isinstance(value, Rut):
            value = value.compact
        elif isinstance(value, StrEnum):
            value = value.value
        values[name] = value
    return values


def _to_data(company: Company) -> CompanyData:
    values: dict[str, Any] = {name: getattr(company, name) for name in _COMPANY_FIELDS}
    values["rut"] = Rut.parse(company.rut)
    values["size"] = CompanySize(company.size) if company.size else None
    return CompanyData(**values)


def _contact_row(contact: CompanyContact) -> ContactRow:
    data = ContactData(**{name: getattr(contact, name) for name in _CONTACT_FIELDS})
    return ContactRow(contact.id, contact.company_id, data)


def _interaction_row(item: CompanyInteraction) -> InteractionRow:
    data = InteractionData(item.date, InteractionKind(item.kind), item.notes)
    return InteractionRow(item.id, item.company_id, data)


def share_with_network(session: Session, company: Company, shared: bool) -> None:
    """Share a company with its contacts, or stop sharing both (contacts follow their company).

    Logged in the order the server must see them: a shared contact needs its company shared
    first; a company stops being shared after its contacts. The one way of sharing a company,
    also when a vacancy of it is shared.
    """
    contacts = list(
        session.scalars(
            select(CompanyContact).where(
                CompanyContact.company_id == company.id, CompanyContact.deleted_at.is_(None)
            )
        )
    )
    if shared and company.shared != shared:
        company.shared = shared
        session.flush()
    for contact in contacts:
        if contact.shared != shared:
            contact.shared = shared
    session.flush()
    if company.shared != shared:
        company.shared = shared
        session.flush()


def rut_text(compact: str | None) -> str:
    """A stored RUT as the officer reads it (``76.123.456-0``); as stored if it cannot be read."""
    if not compact:
        return ""
    try:
        return str(Rut.parse(compact))
    except InvalidRut:
        return compact


def company_name(company: Company | None) -> str:
    """How a company is named in lists: its nombre de fantasía, else its razón social."""
    if company is None:
        return translate("services.companies", "(empresa no disponible)")
    return company.trade_name or company.legal_name


@dataclass(frozen=True)
class CompanyChoice:
    id: str
    name: str
    rut: str
    comuna_code: str


def company_choices(session: Session, office_code: str) -> list[CompanyChoice]:
    """The companies a record of ``office_code`` may point at (a vacancy's, a workshop's): the
    office's own and those its network shares, by name."""
    stmt = select(Company).where(
        Company.deleted_at.is_(None),
        or_(Company.office_code == office_code, Company.shared.is_(True)),
    )
    found = [
        CompanyChoice(c.id, company_name(c), rut_text(c.rut), c.comuna_code)
        for c in session.scalars(stmt)
    ]
    return sorted(found, key=lambda c: fold(c.name))


class CompaniesService:
    def __init__(self, db: Database, territory: Territory, office_code: str) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code
        self._comuna_rank = comuna_ranks(territory)

    # -- companies ---------------------------------------------------------------------------------

    def check(self, data: CompanyData) -> CompanyData:
        """The cleaned record, or ValidationFailed with a Spanish message per field."""
        data = data.cleaned()
        known = bool(data.comuna_code) and self._territory.find_comuna(data.comuna_code) is not None
        errors = data.validate(today(), known_comuna=known)
        if errors:
            raise ValidationFailed(errors)
        return data

    def create(self, data: CompanyData, *, shared: bool = False) -> str:
        """Register a company of this office; return its id. All or nothing.

        A company deleted before and registered again with the same RUT comes back (same
        record, new data), so the office never holds it twice.
        """
        data = self.check(data)
        with self._db.transaction() as session:
            return self._insert(session, data, shared)

    def create_many(self, records: list[tuple[CompanyData, list[ContactData]]]) -> list[str]:
        """Register companies with their contacts in one transaction (an import): all or none."""
        checked = [
            (self.check(data), [self._check_contact(c) for c in contacts])
            for data, contacts in records
        ]
        with self._db.transaction() as session:
            # The office's records of these RUTs (live ones refuse, deleted ones come back),
            # read at once rather than one query a company.
            ruts = [data.rut.compact for data, _contacts in checked if data.rut is not None]
            held: set[str] = set()
            for start in range(0, len(ruts), 500):
                held.update(
                    session.scalars(
                        select(Company.rut).where(
                            Company.office_code == self._office_code,
                            Company.rut.in_(ruts[start : start + 500]),
                        )
                    )
                )
            ids: list[str] = []
            added: dict[str, str] = {}
            for data, contacts in checked:
                assert data.rut is not None
                rut = data.rut.compact
                if rut in added:
                    raise DuplicateCompany(str(data.rut), added[rut], data.legal_name, False)
                if rut in held:
                    company_id = self._insert(session, data, False)
                else:
                    company_id = new_id()
                    columns = _to_columns(data)
                    session.add(Company(id=company_id, office_code=self._office_code, **columns))
                added[rut] = company_id
                for contact in contacts:
                    session.add(self._new_contact(company_id, contact, False))
                ids.append(company_id)
            session.flush()
            return ids

    def update(self, company_id: str, data: CompanyData) -> None:
        """Correct an own company (only the fields that changed are written and travel)."""
        data = self.check(data)
        with self._db.transaction() as session:
            company = self._own(session, company_id)
            self._refuse_duplicate(session, data, company_id)
            for name, value in _to_columns(data).items():
                if getattr(company, name) != value:
                    setattr(company, name, value)

    def delete(self, company_id: str) -> None:
        """Delete an own company with its contacts and log (tombstones, so deletion syncs).

        Refused while vacancies of the company are on record."""
        with self._db.transaction() as session:
            company = self._own(session, company_id)
            vacancies = session.scalar(
                select(func.count())
                .select_from(Vacancy)
                .where(Vacancy.company_id == company_id, Vacancy.deleted_at.is_(None))
            )
            if vacancies:
                raise CompanyInUse(int(vacancies))
            now = utcnow()
            company.deleted_at = now
            children: list[CompanyContact | CompanyInteraction] = [
                *session.scalars(
                    select(CompanyContact).where(
                        CompanyContact.company_id == company_id,
                        CompanyContact.deleted_at.is_(None),
                    )
                ),
                *session.scalars(
                    select(CompanyInteraction).where(
                        CompanyInteraction.company_id == company_id,
                        CompanyInteraction.deleted_at.is_(None),
                    )
                ),
            ]
            for child in children:
                child.deleted_at = now

    def set_shared(self, company_id: str, shared: bool) -> None:
        """Share an own company and its contacts with the Red Territorial, or stop sharing."""
        with self._db.transaction() as session:
            share_with_network(session, self._own(session, company_id), shared)

    def get(self, company_id: str) -> CompanyRecord:
        with self._db.transaction() as session:
            return self._record(self._visible(session, company_id))

    def find_by_rut(self, rut: Rut) -> str | None:
        """The id of this office's company with ``rut``, if any."""
        with self._db.transaction() as session:
            return session.scalars(
                select(Company.id).where(
                    Company.office_code == self._office_code,
                    Company.rut == rut.compact,
                    Company.deleted_at.is_(None),
                )
            ).first()

    def registered_ruts(self) -> dict[str, str]:
        """This office's companies, compact RUT → name (to check an import up front)."""
        stmt = select(Company.rut, Company.legal_name, Company.trade_name).where(
            Company.office_code == self._office_code, Company.deleted_at.is_(None)
        )
        with self._db.transaction() as session:
            return {r.rut: r.trade_name or r.legal_name for r in session.execute(stmt)}

    def all_with_contacts(self) -> list[tuple[CompanyRecord, list[ContactData]]]:
        """This office's companies in list order, each with its contacts (an export)."""
        with self._db.transaction() as session:
            companies = session.scalars(
                select(Company)
                .where(Company.office_code == self._office_code, Company.deleted_at.is_(None))
                .order_by(Company.sort_key, Company.id)
            ).all()
            contacts: dict[str, list[ContactData]] = {}
            for contact in session.scalars(
                select(CompanyContact)
                .join(Company, Company.id == CompanyContact.company_id)
                .where(
                    Company.office_code == self._office_code,
                    CompanyContact.deleted_at.is_(None),
                )
                .order_by(CompanyContact.name, CompanyContact.id)
            ):
                contacts.setdefault(contact.company_id, []).append(_contact_row(contact).data)
            return [(self._record(c), contacts.get(c.id, [])) for c in companies]

    # -- the list ----------------------------------------------------------------------------------

    def search(
        self, query: str = "", *, page_size: int, order: CompanyOrder = NAME_ORDER
    ) -> Page[CompanyRow]:
        """How many companies match ``query`` and the first ``page_size`` of them."""
        with self._db.transaction() as session:
            return self._listing(session, query, order).first(page_size)

    def search_page(
        self,
        query: str = "",
        *,
        offset: int,
        limit: int,
        order: CompanyOrder = NAME_ORDER,
        after: str | None = None,
    ) -> list[CompanyRow]:
        """Rows ``offset`` to ``offset + limit`` of the list for ``query`` (fewer at its end)."""
        with self._db.transaction() as session:
            return self._listing(session, query, order).page(offset, limit, after)

    def search_position(
        self, company_id: str, query: str = "", *, order: CompanyOrder = NAME_ORDER
    ) -> int | None:
        """The row of ``company_id`` in the list for ``query``, or None when not in it."""
        with self._db.transaction() as session:
            return self._listing(session, query, order).position(company_id)

    def count(self, query: str = "") -> int:
        """How many companies the list shows for ``query``."""
        with self._db.transaction() as session:
            return self._listing(session, query, NAME_ORDER).count()

    def _listing(self, session: Session, query: str, order: CompanyOrder) -> Listing[CompanyRow]:
        """Own companies and those the network shares, matching every term of ``query``."""
        where: list[ColumnElement[bool]] = [
            Company.deleted_at.is_(None),
            or_(Company.office_code == self._office_code, Company.shared.is_(True)),
        ]
        where += [
            Company.search_key.contains(term, autoescape=True)
            for term in company_search_terms(query)
        ]
        return Listing(
            session,
            id_column=Company.id,
            where=where,
            keys=lambda: self._order_keys(session, order.column),
            descending=order.descending,
            rows=self._rows,
        )

    def _order_keys(self, session: Session, column: CompanyColumn) -> list[ColumnElement[Any]]:
        tail = [Company.sort_key.expression, Company.id.expression]
        if column is CompanyColumn.RUT:
            return [by_rut(Company.rut), *tail]
        if column is CompanyColumn.LEGAL_NAME:
            return [func.lower(Company.legal_name), *tail]
        if column is CompanyColumn.COMUNA:
            return [*by_comuna(session, Company.comuna_code, self._comuna_rank), *tail]
        if column is CompanyColumn.PHONE:
            return [*blank_last(Company.phone), *tail]
        return tail

    def _rows(self, session: Session, ids: list[str]) -> list[CompanyRow]:
        return [
            CompanyRow(
                id=c.id,
                rut=str(Rut.parse(c.rut)),
                name=c.trade_name or c.legal_name,
                legal_name=c.legal_name,
                comuna=self._comuna_name(c.comuna_code),
                phone=c.phone,
                shared=c.shared,
                origin=self._origin(c.office_code),
            )
            for c in session.scalars(select(Company).where(Company.id.in_(ids)))
        ]

    # -- contacts ----------------------------------------------------------------------------------

    def add_contact(self, company_id: str, data: ContactData) -> str:
        """Add a contact to an own company; it is shared when its company is."""
        data = self._check_contact(data)
        with self._db.transaction() as session:
            company = self._own(session, company_id)
            contact = self._new_contact(company_id, data, company.shared)
            session.add(contact)
            session.flush()
            return contact.id

    def update_contact(self, contact_id: str, data: ContactData) -> None:
        data = self._check_contact(data)
        with self._db.transaction() as session:
            contact = self._contact(session, contact_id)
            self._own(session, contact.company_id)
            for name in _CONTACT_FIELDS:
                value = getattr(data, name)
                if getattr(contact, name) != value:
                    setattr(contact, name, value)

    def delete_contact(self, contact_id: str) -> None:
        with self._db.transaction() as session:
            contact = self._contact(session, contact_id)
            self._own(session, contact.company_id)
            contact.deleted_at = utcnow()

    def contacts(self, company_id: str) -> list[ContactRow]:
        """The company's contacts, by name."""
        stmt = (
            select(CompanyContact)
            .where(CompanyContact.company_id == company_id, CompanyContact.deleted_at.is_(None))
            .order_by(func.lower(CompanyContact.name), CompanyContact.id)
        )
        with self._db.transaction() as session:
            return [_contact_row(c) for c in session.scalars(stmt)]

    @staticmethod
    def _check_contact(data: ContactData) -> ContactData:
        data = data.cleaned()
        errors = data.validate()
        if errors:
            raise ValidationFailed(errors)
        return data

    def _new_contact(self, company_id: str, data: ContactData, shared: bool) -> CompanyContact:
        values = {name: getattr(data, name) for name in _CONTACT_FIELDS}
        return CompanyContact(
            office_code=self._office_code, company_id=company_id, shared=shared, **values
        )

    @staticmethod
    def _contact(session: Session, contact_id: str) -> CompanyContact:
        contact = session.get(CompanyContact, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFound(
                translate("services.companies", "El contacto no existe o fue eliminado.")
            )
        return contact

    # -- interactions ------------------------------------------------------------------------------

    @staticmethod
    def check_interaction(data: InteractionData) -> InteractionData:
        data = data.cleaned()
        errors = data.validate(today())
        if errors:
            raise ValidationFailed(errors)
        return data

    def add_interaction(self, company_id: str, data: InteractionData) -> str:
        """Log a dealing with an own company (llamada, visita…); return its id."""
        data = self.check_interaction(data)
        assert data.date is not None and data.kind is not None
        with self._db.transaction() as session:
            self._own(session, company_id)
            item = CompanyInteraction(
                office_code=self._office_code,
                company_id=company_id,
                date=data.date,
                kind=data.kind.value,
                notes=data.notes,
            )
            session.add(item)
            session.flush()
            return item.id

    def update_interaction(self, interaction_id: str, data: InteractionData) -> None:
        data = self.check_interaction(data)
        assert data.date is not None and data.kind is not None
        with self._db.transaction() as session:
            item = self._interaction(session, interaction_id)
            self._own(session, item.company_id)
            for name, value in (
                ("date", data.date),
                ("kind", data.kind.value),
                ("notes", data.notes),
            ):
                if getattr(item, name) != value:
                    setattr(item, name, value)

    def delete_interaction(self, interaction_id: str) -> None:
        with self._db.transaction() as session:
            item = self._interaction(session, interaction_id)
            self._own(session, item.company_id)
            item.deleted_at = utcnow()

    def interactions(self, company_id: str) -> list[InteractionRow]:
        """The company's log, newest first."""
        stmt = (
            select(CompanyInteraction)
            .where(
                CompanyInteraction.company_id == company_id,
                CompanyInteraction.deleted_at.is_(None),
            )
            .order_by(CompanyInteraction.date.desc(), CompanyInteraction.created_at.desc())
        )
        with self._db.transaction() as session:
            return [_interaction_row(i) for i in session.scalars(stmt)]

    @staticmethod
    def _interaction(session: Session, interaction_id: str) -> CompanyInteraction:
        item = session.get(CompanyInteraction, interaction_id)
        if item is None or item.deleted_at is not None:
            raise NotFound(
                translate("services.companies", "El registro no existe o fue eliminado.")
            )
        return item

    # -- helpers -----------------------------------------------------------------------------------

    def _insert(self, session: Session, data: CompanyData, shared: bool) -> str:
        assert data.rut is not None
        existing = self._holder_of(session, data.rut, None)
        if existing is not None and existing.deleted_at is None:
            raise DuplicateCompany(str(data.rut), existing.id, _name(existing), False)
        if existing is not None:  # deleted before: the same company comes back
            for name, value in _to_columns(data).items():
                if getattr(existing, name) != value:
                    setattr(existing, name, value)
            existing.deleted_at = None
            existing.shared = shared
            session.flush()
            return existing.id
        company = Company(office_code=self._office_code, shared=shared, **_to_columns(data))
        session.add(company)
        session.flush()
        return company.id

    def _refuse_duplicate(self, session: Session, data: CompanyData, company_id: str) -> None:
        assert data.rut is not None
        existing = self._holder_of(session, data.rut, company_id)
        if existing is not None:
            deleted = existing.deleted_at is not None
            raise DuplicateCompany(str(data.rut), existing.id, _name(existing), deleted)

    def _holder_of(self, session: Session, rut: Rut, exclude_id: str | None) -> Company | None:
        """This office's company (live or deleted) with ``rut``: one per office, by the index."""
        return session.scalars(
            select(Company).where(
                Company.office_code == self._office_code,
                Company.rut == rut.compact,
                Company.id != (exclude_id or ""),
            )
        ).first()

    def _visible(self, session: Session, company_id: str) -> Company:
        company = session.get(Company, company_id)
        if (
            company is None
            or company.deleted_at is not None
            or (company.office_code != self._office_code and not company.shared)
        ):
            raise NotFound(translate("services.companies", "La empresa no existe o fue eliminada."))
        return company

    def _own(self, session: Session, company_id: str) -> Company:
        company = self._visible(session, company_id)
        if company.office_code != self._office_code:
            raise ReadOnlyCompany(self.office_name(company.office_code))
        return company

    def _record(self, company: Company) -> CompanyRecord:
        return CompanyRecord(
            id=company.id,
            data=_to_data(company),
            shared=company.shared,
            office_code=company.office_code,
            office_name=self.office_name(company.office_code),
            read_only=company.office_code != self._office_code,
            created_at=company.created_at,
            updated_at=company.updated_at,
        )

    def office_name(self, office_code: str) -> str:
        if office_code == REGION_OFFICE:
            return translate("services.companies", "Dirección Regional")
        try:
            return translate("services.companies", "OMIL {name}").format(
                name=self._territory.comuna(office_code).name
            )
        except KeyError:
            return translate("services.companies", "Oficina {office_code}").format(
                office_code=office_code
            )

    def _origin(self, office_code: str) -> str:
        return "" if office_code == self._office_code else self.office_name(office_code)

    def _comuna_name(self, code: str) -> str:
        try:
            return self._territory.comuna(code).name
        except KeyError:
            return code


def _name(company: Company) -> str:
    """«Salmones del Sur SpA (Salmones Palena)»: razón social and nombre de fantasía."""
    if company.trade_name and company.trade_name != company.legal_name:
        return f"{company.legal_name} ({company.trade_name})"
    return company.legal_name
