"""Lists read a page at a time: the one way the people, companies and vacancies lists search.

A list is the rows a search matches (``where``) in one order (``keys``, the id last so that the
order is total). A search gives the count and the first page at once; other pages are read by
their offset, or sought from the row just above them (keyset) when the caller knows it; a row's
place is a count of the rows before it. Only the page's ids are read in list order; the service
then turns those ids into its rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Integer,
    Select,
    case,
    func,
    literal,
    select,
    tuple_,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from omil_desktop.domain.rut import MAX_BODY
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import fold


class HasId(Protocol):
    @property
    def id(self) -> str: ...


C = TypeVar("C", bound=StrEnum)
R = TypeVar("R", bound=HasId)


@dataclass(frozen=True)
class Order(Generic[C]):
    """The order of a list: one of its columns, ascending or not (ties go by the list's own
    order, then by id)."""

    column: C
    descending: bool = False


@dataclass(frozen=True)
class Page(Generic[R]):
    """How many rows a search matches, and the first page of them in list order."""

    count: int
    rows: list[R]


class Listing(Generic[R]):
    """One search of one list, inside a session: count, pages, a row's place, every id.

    ``id_column`` is the listed table's primary key; ``keys`` gives the SQL sort keys (called
    at most once, and only when an order is needed: a count never pays for it); ``rows`` turns
    a page of ids into the list's rows, in any order; ``source`` is what the keys read from
    when they need another table (a join), else the id's own table.
    """

    def __init__(
        self,
        session: Session,
        *,
        id_column: InstrumentedAttribute[str],
        where: Sequence[ColumnElement[bool]],
        keys: Callable[[], list[ColumnElement[Any]]],
        descending: bool,
        rows: Callable[[Session, list[str]], Iterable[R]],
        source: FromClause | None = None,
    ) -> None:
        self._session = session
        self._id = id_column
        self._where = list(where)
        self._keys = keys
        self._descending = descending
        self._rows = rows
        self._source: Any = source if source is not None else id_column.class_

    @cached_property
    def keys(self) -> list[ColumnElement[Any]]:
        return self._keys()

    def _ordered(self, *extra: ColumnElement[bool]) -> Select[str]:
        ordering = [key.desc() for key in self.keys] if self._descending else self.keys
        return (
            select(self._id)
            .select_from(self._source)
            .where(*self._where, *extra)
            .order_by(*ordering)
        )

    def count(self, *extra: ColumnElement[bool]) -> int:
        stmt = select(func.count()).select_from(self._source).where(*self._where, *extra)
        return int(self._session.scalar(stmt) or 0)

    def first(self, page_size: int) -> Page[R]:
        """The count and the first ``page_size`` rows, in one read."""
        rows = self.page(0, page_size)
        if len(rows) < page_size:  # the whole result is on this page: no need to count it
            return Page(len(rows), rows)
        return Page(self.count(), rows)

    def page(self, offset: int, limit: int, after: str | None = None) -> list[R]:
        """Rows ``offset`` to ``offset + limit`` (fewer at the list's end).

        ``after``, the id of the row just before ``offset`` (the last of the page above, when
        the list is read downwards), lets SQL seek the page instead of counting ``offset`` rows:
        deep in a list ordered by a column without an index, that is a scan, not a sort.
        """
        extra: list[ColumnElement[bool]] = []
        if after is not None:
            mark = self._mark(self._id == after)
            if mark is not None:
                keys = tuple_(*self.keys)
                extra.append(keys < mark if self._descending else keys > mark)
                offset = 0
        ids = list(self._session.scalars(self._ordered(*extra).offset(offset).limit(limit)))
        if not ids:
            return []
        place = {item_id: n for n, item_id in enumerate(ids)}
        return sorted(self._rows(self._session, ids), key=lambda row: place[row.id])

    def position(self, item_id: str) -> int | None:
        """The row of ``item_id`` in the list, or None when the search does not list it."""
        mark = self._mark(self._id == item_id, *self._where)
        if mark is None:
            return None
        keys = tuple_(*self.keys)
        return self.count(keys > mark if self._descending else keys < mark)

    def ids(self) -> list[str]:
        """Every id of the list, in list order, at once (for checks of a whole result)."""
        # Core, not ORM, execution: plain strings for up to 100,000 ids, without ORM loading.
        return list(self._session.connection().execute(self._ordered()).scalars())

    def _mark(self, *where: ColumnElement[bool]) -> ColumnElement[Any] | None:
        """The sort keys of the one row ``where`` picks, as SQL values to compare with."""
        stmt = select(*self.keys).select_from(self._source).where(*where)
        found = self._session.execute(stmt).first()
        if found is None:
            return None
        return tuple_(*(literal(v, k.type) for k, v in zip(self.keys, found, strict=True)))


# -- sort keys the lists share -------------------------------------------------------------------


def comuna_ranks(territory: Territory) -> dict[str, int]:
    """Each comuna's place when the comunas are in order of their names (accents aside)."""
    by_name = sorted(territory.comunas, key=lambda c: (fold(c.name), c.code))
    return {c.code: rank for rank, c in enumerate(by_name)}


def by_comuna(
    session: Session, code: InstrumentedAttribute[str], ranks: dict[str, int]
) -> list[ColumnElement[Any]]:
    """A list ordered by comuna: by the comunas' names, not their codes. Each comuna on record
    gets its place among the names (an office deals with a few dozen comunas; the index lists
    them at once); unknown codes go last. Empty when nothing is on record."""
    codes = session.scalars(select(code).distinct()).all()
    places = {c: ranks.get(c, len(ranks)) for c in codes}
    return [case(places, value=code, else_=len(ranks))] if places else []


def by_rut(rut: InstrumentedAttribute[Any]) -> ColumnElement[Any]:
    """A list ordered by RUT: by its number (a compact RUT is «12345678-5»), blanks last."""
    body = func.cast(func.substr(rut, 1, func.instr(rut, "-") - 1), Integer)
    return func.coalesce(body, MAX_BODY + 1)


def blank_last(text: InstrumentedAttribute[str]) -> list[ColumnElement[Any]]:
    """A list ordered by a text column, empty ones after the filled ones."""
    return [case((text == "", 1), else_=0), text.expression]


def date_blank_last(day: InstrumentedAttribute[Any]) -> ColumnElement[Any]:
    """A list ordered by a date column, rows without one after the others."""
    return func.coalesce(day, date.max)
