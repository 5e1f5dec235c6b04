"""Registering, finding and correcting the people the office serves."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.people import (
    ENUM_FIELDS,
    DocumentType,
    PersonData,
    full_name,
    identity_key,
    search_terms,
    similar_names,
    sort_key,
)
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import (
    DuplicateCandidate,
    DuplicateDocument,
    DuplicateRut,
    LikelyDuplicate,
    NotFound,
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
    date_blank_last,
)
from omil_desktop.store.clock import today
from omil_desktop.store.database import Database
from omil_desktop.store.models import Attention, Person

_FIELD_NAMES = tuple(f.name for f in fields(PersonData))


@dataclass(frozen=True)
class PersonRecord:
    """A stored person: what was entered plus its identity and state."""

    id: str
    data: PersonData
    active: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class PersonRow:
    """What the people list shows for one person."""

    id: str
    rut: str
    full_name: str
    birth_date: str
    comuna: str
    phone: str
    active: bool


class ListColumn(StrEnum):
    """What the people list can be ordered by (its columns)."""

    RUT = "rut"
    NAME = "name"
    BIRTH_DATE = "birth_date"
    COMUNA = "comuna"
    PHONE = "phone"


ListOrder = Order[ListColumn]
"""The order of the people list: a column, ascending or not. Ties go by name, then id."""

NAME_ORDER = ListOrder(ListColumn.NAME)


_ROW_COLUMNS = (
    Person.id,
    Person.rut,
    Person.first_names,
    Person.last_name_1,
    Person.last_name_2,
    Person.birth_date,
    Person.comuna_code,
    Person.phone,
    Person.active,
    Person.sort_key,
)


def _matching(query: str, include_inactive: bool) -> list[ColumnElement[bool]]:
    """The filter of a search: the people the list shows for ``query``.

    Every term of the query (partial RUT, names without accents) must be in the search key;
    deleted people never match, deactivated ones only with ``include_inactive``. Every column
    involved is in the covering index ``ix_person_list``, ordered like the list.
    """
    conditions: list[ColumnElement[bool]] = [Person.deleted_at.is_(None)]
    if not include_inactive:
        conditions.append(Person.active.is_(True))
    conditions += [
        Person.search_key.contains(term, autoescape=True) for term in search_terms(query)
    ]
    return conditions


def _to_columns(data: PersonData) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in _FIELD_NAMES:
        value = getattr(data, name)
        if isinstance(value, Rut):
            value = value.compact
        elif isinstance(value, StrEnum):
            value = value.value
        values[name] = value
    return values


def _to_data(person: Person) -> PersonData:
    values: dict[str, Any] = {}
    for name in _FIELD_NAMES:
        value = getattr(person, name)
        if name == "rut" and value:
            value = Rut.parse(value)
        elif name in ENUM_FIELDS and value:
            value = ENUM_FIELDS[name](value)
        values[name] = value
    return PersonData(**values)


class PeopleService:
    def __init__(self, db: Database, territory: Territory, office_code: str) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code
        self._comuna_rank = comuna_ranks(territory)

    # -- writing -------------------------------------------------------------------------------

    def create(self, data: PersonData, *, allow_likely_duplicate: bool = False) -> str:
        """Register a person; return the new id. All or nothing."""
        data = self.check(data)
        with self._db.transaction() as session:
            self._refuse_duplicates(session, data, None, allow_likely_duplicate)
            person = Person(office_code=self._office_code, **_to_columns(data))
            session.add(person)
            self._flush(session, data)
            return person.id

    def update(
        self, person_id: str, data: PersonData, *, allow_likely_duplicate: bool = False
    ) -> None:
        data = self.check(data)
        with self._db.transaction() as session:
            person = self._get(session, person_id)
            self._refuse_duplicates(session, data, person_id, allow_likely_duplicate)
            for name, value in _to_columns(data).items():
                if getattr(person, name) != value:
                    setattr(person, name, value)
            self._flush(session, data)

    def create_many(self, records: list[tuple[PersonData, bool]]) -> list[str]:
        """Register ``(person, active)`` pairs in one transaction (an import): all or none."""
        checked = [(self.check(data), active) for data, active in records]
        with self._db.transaction() as session:
            people = [
                Person(office_code=self._office_code, active=active, **_to_columns(d))
                for d, active in checked
            ]
            session.add_all(people)
            session.flush()
            return [p.id for p in people]

    def registered_keys(self) -> tuple[dict[str, str], dict[tuple[str, date], str]]:
        """For checking an import up front: identity key → name, and (name key, birth) → name."""
        stmt = select(
            Person.rut,
            Person.document_type,
            Person.document_number,
            Person.sort_key,
            Person.birth_date,
            Person.first_names,
            Person.last_name_1,
            Person.last_name_2,
        ).where(Person.deleted_at.is_(None))
        identities: dict[str, str] = {}
        births: dict[tuple[str, date], str] = {}
        with self._db.transaction() as session:
            for r in session.execute(stmt):
                name = full_name(r.first_names, r.last_name_1, r.last_name_2)
                kind = DocumentType(r.document_type) if r.document_type else None
                key = identity_key(Rut.parse(r.rut) if r.rut else None, kind, r.document_number)
                if key:
                    identities[key] = name
                if r.birth_date:
                    births[(r.sort_key, r.birth_date)] = name
        return identities, births

    def all_records(self) -> list[PersonRecord]:
        """Everyone on record (active or not), in list order, for an export."""
        stmt = select(Person).where(Person.deleted_at.is_(None)).order_by(Person.sort_key)
        with self._db.transaction() as session:
            return [self._record(p) for p in session.scalars(stmt)]

    def set_active(self, person_id: str, active: bool) -> None:
        """Deactivate (or reactivate) a person: kept on record, hidden from the daily list."""
        with self._db.transaction() as session:
            person = self._get(session, person_id)
            if person.active != active:
                person.active = active

    def check(self, data: PersonData) -> PersonData:
        """The cleaned record, or ValidationFailed with a Spanish message per field."""
        data = data.cleaned()
        known = bool(data.comuna_code) and self._territory.find_comuna(data.comuna_code) is not None
        errors = data.validate(today(), known_comuna=known)
        if errors:
            raise ValidationFailed(errors)
        return data

    def _flush(self, session: Session, data: PersonData) -> None:
        try:
            session.flush()
        except IntegrityError as exc:  # another writer took the RUT between check and flush
            if data.rut is None:
                raise
            raise DuplicateRut(
                str(data.rut), "", translate("services.people", "otra persona"), True
            ) from exc

    def _refuse_duplicates(
        self, session: Session, data: PersonData, person_id: str | None, allow_likely: bool
    ) -> None:
        if data.rut is not None:
            existing = session.scalars(
                select(Person).where(Person.rut == data.rut.compact, Person.id != (person_id or ""))
            ).first()
            if existing is not None:
                raise DuplicateRut(
                    str(data.rut), existing.id, _person_name(existing), existing.active
                )
        else:
            key = identity_key(None, data.document_type, data.document_number)
            same_kind = select(Person).where(
                Person.rut.is_(None),
                Person.deleted_at.is_(None),
                Person.document_type == (str(data.document_type) if data.document_type else None),
                Person.id != (person_id or ""),
            )
            for other in session.scalars(same_kind):
                if key and identity_key(None, data.document_type, other.document_number) == key:
                    raise DuplicateDocument(
                        data.document_number, other.id, _person_name(other), other.active
                    )
        if not allow_likely:
            candidates = self._likely_duplicates(session, data, person_id)
            if candidates:
                raise LikelyDuplicate(candidates)

    # -- duplicates ----------------------------------------------------------------------------

    def likely_duplicates(
        self, data: PersonData, exclude_id: str | None = None
    ) -> list[DuplicateCandidate]:
        with self._db.transaction() as session:
            return self._likely_duplicates(session, data.cleaned(), exclude_id)

    def _likely_duplicates(
        self, session: Session, data: PersonData, exclude_id: str | None
    ) -> list[DuplicateCandidate]:
        key = sort_key(data.first_names, data.last_name_1, data.last_name_2)
        live = (Person.deleted_at.is_(None), Person.id != (exclude_id or ""))
        found: dict[str, str] = {}
        if data.birth_date is not None:
            same = select(Person.id).where(
                *live, Person.sort_key == key, Person.birth_date == data.birth_date
            )
            for pid in session.scalars(same):
                found[pid] = translate("services.people", "mismo nombre y fecha de nacimiento")
        if data.comuna_code:
            rows = session.execute(
                select(Person.id, Person.sort_key).where(
                    *live, Person.comuna_code == data.comuna_code
                )
            )
            for pid in similar_names(key, ((r[0], r[1]) for r in rows)):
                found.setdefault(pid, "nombre muy parecido en la misma comuna")
        if not found:
            return []
        people = session.scalars(select(Person).where(Person.id.in_(found))).all()
        return [
            DuplicateCandidate(
                person_id=p.id,
                full_name=_person_name(p),
                rut=str(Rut.parse(p.rut)) if p.rut else "",
                birth_date=format_date(p.birth_date),
                comuna=self._comuna_name(p.comuna_code),
                reason=found[p.id],
            )
            for p in sorted(people, key=lambda p: p.sort_key)
        ]

    # -- reading -------------------------------------------------------------------------------

    def get(self, person_id: str) -> PersonRecord:
        with self._db.transaction() as session:
            return self._record(self._get(session, person_id))

    @staticmethod
    def _record(person: Person) -> PersonRecord:
        return PersonRecord(
            id=person.id,
            data=_to_data(person),
            active=person.active,
            created_at=person.created_at,
            updated_at=person.updated_at,
        )

    def find_by_rut(self, rut: Rut) -> str | None:
        with self._db.transaction() as session:
            return session.scalars(select(Person.id).where(Person.rut == rut.compact)).first()

    # The list: people in list order (by surnames, then names, ignoring case and accents, then id,
    # unless the officer orders it by another column). A search is a count plus pages of that
    # order, never every matching row at once.

    def search(
        self,
        query: str = "",
        *,
        include_inactive: bool = False,
        page_size: int,
        order: ListOrder = NAME_ORDER,
    ) -> Page[PersonRow]:
        """How many people match ``query`` and the first ``page_size`` of them, in one read."""
        with self._db.transaction() as session:
            return self._listing(session, query, include_inactive, order).first(page_size)

    def search_page(
        self,
        query: str = "",
        *,
        include_inactive: bool = False,
        offset: int,
        limit: int,
        order: ListOrder = NAME_ORDER,
        after: str | None = None,
    ) -> list[PersonRow]:
        """Rows ``offset`` to ``offset + limit`` of the list for ``query`` (fewer at its end);
        ``after``: the id of the row above ``offset``, to seek the page (:meth:`Listing.page`)."""
        with self._db.transaction() as session:
            listing = self._listing(session, query, include_inactive, order)
            return listing.page(offset, limit, after)

    def search_position(
        self,
        person_id: str,
        query: str = "",
        *,
        include_inactive: bool = False,
        order: ListOrder = NAME_ORDER,
    ) -> int | None:
        """The row of ``person_id`` in the list for ``query``, or None when not in it."""
        with self._db.transaction() as session:
            return self._listing(session, query, include_inactive, order).position(person_id)

    def search_ids(
        self, query: str = "", *, include_inactive: bool = False, order: ListOrder = NAME_ORDER
    ) -> list[str]:
        """Every id the list for ``query`` holds, in list order, at once.

        For checks of a whole result; the list itself reads pages (:meth:`search`).
        """
        with self._db.transaction() as session:
            return self._listing(session, query, include_inactive, order).ids()

    def _listing(
        self, session: Session, query: str, include_inactive: bool, order: ListOrder
    ) -> Listing[PersonRow]:
        return Listing(
            session,
            id_column=Person.id,
            where=_matching(query, include_inactive),
            keys=lambda: self._order_keys(session, order.column),
            descending=order.descending,
            rows=self._rows,
        )

    def _order_keys(self, session: Session, column: ListColumn) -> list[ColumnElement[Any]]:
        """The SQL sort keys of the list ordered by ``column``; unique thanks to the id last.

        Blanks (no RUT, birth date or phone) come after the filled ones. Ordering by name reads
        the covering index ``ix_person_list``; the other orders sort the matching rows (SQLite
        keeps only the rows up to the page asked for).
        """
        tail = [Person.sort_key.expression, Person.id.expression]
        if column is ListColumn.RUT:
            return [by_rut(Person.rut), *tail]
        if column is ListColumn.BIRTH_DATE:
            return [date_blank_last(Person.birth_date), *tail]
        if column is ListColumn.COMUNA:
            return [*by_comuna(session, Person.comuna_code, self._comuna_rank), *tail]
        if column is ListColumn.PHONE:
            return [*blank_last(Person.phone), *tail]
        return tail

    def _rows(self, session: Session, ids: list[str]) -> list[PersonRow]:
        # The page's ids came first (by name from the covering index alone); now only those
        # rows are read from the table.
        return [
            PersonRow(
                id=r.id,
                rut=str(Rut.parse(r.rut)) if r.rut else "",
                full_name=full_name(r.first_names, r.last_name_1, r.last_name_2),
                birth_date=format_date(r.birth_date),
                comuna=self._comuna_name(r.comuna_code),
                phone=r.phone,
                active=r.active,
            )
            for r in session.execute(select(*_ROW_COLUMNS).where(Person.id.in_(ids)))
        ]

    def counts(self) -> tuple[int, int]:
        """(active people, atenciones) on record."""
        with self._db.transaction() as session:
            people = session.scalar(
                select(func.count()).where(Person.deleted_at.is_(None), Person.active.is_(True))
            )
            attentions = session.scalar(
                select(func.count()).select_from(Attention).where(Attention.deleted_at.is_(None))
            )
        return int(people or 0), int(attentions or 0)

    def _get(self, session: Session, person_id: str) -> Person:
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise NotFound(translate("services.people", "La persona no existe o fue eliminada."))
        return person

    def _comuna_name(self, code: str) -> str:
        try:
            return self._territory.comuna(code).name
        except KeyError:
            return code


def _person_name(person: Person) -> str:
    return full_name(person.first_names, person.last_name_1, person.last_name_2)
