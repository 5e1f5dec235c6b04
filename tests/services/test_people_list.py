"""The people list read in pages: a count, LIMIT/OFFSET pages in list order, a person's row.

The list order is by surnames, then names (ignoring case and accents), then id; many of the
people here share their names, so pages cut through runs of equal names and the id decides.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from omil_desktop.domain.people import DocumentType, sort_key
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.text import fold
from omil_desktop.services.people import ListColumn, ListOrder
from omil_desktop.store.clock import utcnow
from omil_desktop.store.models import Person

SURNAMES = ("Núñez", "Muñoz", "Ávila", "Soto", "Oyarzún")
NAMES = ("María José", "José", "Ana")
PEOPLE = 250  # two and a half pages of 100


@pytest.fixture
def crowd(workspace, person_data):
    """250 people (every 7th inactive, every 50th deleted); returns id → (sort key, active)."""
    records = []
    for i in range(PEOPLE):
        data = person_data(
            first_names=NAMES[i % len(NAMES)],
            last_name_1=SURNAMES[i % len(SURNAMES)],
            last_name_2=SURNAMES[(i // 15) % len(SURNAMES)],
            rut=Rut.from_body(10_000_000 + 7 * i),
            birth_date=date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
        )
        records.append((data, i % 7 != 3))
    ids = workspace.people.create_many(records)
    deleted = ids[::50]
    with workspace.db.transaction() as session:
        session.execute(update(Person).where(Person.id.in_(deleted)).values(deleted_at=utcnow()))
    return {
        pid: (sort_key(d.first_names, d.last_name_1, d.last_name_2), active)
        for pid, (d, active) in zip(ids, records, strict=True)
        if pid not in deleted
    }


def expected_ids(crowd, *, include_inactive=False, surname: str | None = None) -> list[str]:
    """The list order worked out here, independently of the service."""
    live = [
        (key, pid)
        for pid, (key, active) in crowd.items()
        if (active or include_inactive) and (surname is None or surname in key)
    ]
    return [pid for _key, pid in sorted(live)]


def all_pages(people, query: str, include_inactive: bool, limit: int) -> list[str]:
    ids: list[str] = []
    while True:
        page = people.search_page(
            query, include_inactive=include_inactive, offset=len(ids), limit=limit
        )
        ids += [row.id for row in page]
        if len(page) < limit:
            return ids


@pytest.mark.parametrize("include_inactive", [False, True])
@pytest.mark.parametrize("limit", [1, 7, 100, 300])
def test_pages_put_together_are_the_whole_list_in_order(workspace, crowd, include_inactive, limit):
    expected = expected_ids(crowd, include_inactive=include_inactive)
    assert len(expected) > 200

    assert all_pages(workspace.people, "", include_inactive, limit) == expected
    assert workspace.people.search_ids("", include_inactive=include_inactive) == expected


def test_search_counts_every_match_and_returns_the_first_page(workspace, crowd):
    everyone = expected_ids(crowd)
    found = workspace.people.search("", page_size=100)

    assert found.count == len(everyone)  # deleted and inactive people are not counted
    assert [row.id for row in found.rows] == everyone[:100]
    with_inactive = workspace.people.search("", include_inactive=True, page_size=100)
    assert with_inactive.count == len(expected_ids(crowd, include_inactive=True))


@pytest.mark.parametrize(
    ("query", "surname"),
    [("nunez", "nunez"), ("  MUÑOZ ", "munoz"), ("avila maria", None), ("1000", None)],
)
def test_search_of_a_query_counts_and_pages_with_the_same_filter(workspace, crowd, query, surname):
    expected = workspace.people.search_ids(query)
    if surname is not None:
        assert expected == expected_ids(crowd, surname=surname)
    assert expected  # every query here matches someone

    for page_size in (5, 100):
        found = workspace.people.search(query, page_size=page_size)
        assert found.count == len(expected)
        assert [row.id for row in found.rows] == expected[:page_size]
    assert all_pages(workspace.people, query, False, 9) == expected


@pytest.mark.parametrize("page_size", [1, 10, 11, 12])
def test_count_is_exact_around_a_full_first_page(workspace, person_data, page_size):
    workspace.people.create_many(
        [
            (
                person_data(
                    first_names=f"Persona {chr(65 + i)}", rut=Rut.from_body(20_000_000 + i)
                ),
                True,
            )
            for i in range(11)
        ]
    )

    found = workspace.people.search("persona", page_size=page_size)

    assert found.count == 11
    assert len(found.rows) == min(page_size, 11)


def test_a_search_that_matches_nobody(workspace, crowd):
    found = workspace.people.search("xyzw", page_size=100)
    assert found.count == 0 and found.rows == []
    assert workspace.people.search_page("xyzw", offset=0, limit=100) == []


def test_a_page_past_the_end_is_empty(workspace, crowd):
    count = workspace.people.search("", page_size=100).count
    assert len(workspace.people.search_page("", offset=count - 3, limit=100)) == 3
    assert workspace.people.search_page("", offset=count, limit=100) == []


@pytest.mark.parametrize(("query", "include_inactive"), [("", False), ("", True), ("soto", False)])
def test_position_is_the_row_of_the_person_in_the_list(workspace, crowd, query, include_inactive):
    listed = workspace.people.search_ids(query, include_inactive=include_inactive)
    assert len(listed) > 10

    for row, person_id in enumerate(listed):
        assert (
            workspace.people.search_position(person_id, query, include_inactive=include_inactive)
            == row
        ), row


def test_position_of_someone_the_list_does_not_show(workspace, crowd):
    people = workspace.people
    inactive = next(pid for pid, (_key, active) in crowd.items() if not active)
    not_soto = next(pid for pid, (key, active) in crowd.items() if active and "soto" not in key)

    assert people.search_position(inactive) is None
    assert people.search_position(inactive, include_inactive=True) is not None
    assert people.search_position(not_soto, "soto") is None
    assert people.search_position("no-such-id") is None


def test_deleted_people_are_never_listed_counted_or_found(workspace, crowd):
    with workspace.db.transaction() as session:
        deleted = list(session.scalars(select(Person.id).where(Person.deleted_at.is_not(None))))
    assert len(deleted) == PEOPLE // 50

    everyone = workspace.people.search("", include_inactive=True, page_size=PEOPLE)
    assert everyone.count == PEOPLE - len(deleted)
    assert not set(deleted) & {row.id for row in everyone.rows}
    for person_id in deleted:
        assert workspace.people.search_position(person_id, include_inactive=True) is None


# -- ordered by a column -------------------------------------------------------------------------

COMUNAS = ("10404", "10101", "16303", "13101", "10401", "05101")  # Palena, Puerto Montt, Ñiquén…


@pytest.fixture
def varied(workspace, person_data):
    """60 people with and without RUT, birth date, phone, over several comunas; every 9th
    inactive. Returns id → the record as saved, and whether it is active."""
    records = []
    for i in range(60):
        has_rut = i % 11 != 5
        records.append(
            (
                person_data(
                    first_names=NAMES[i % len(NAMES)],
                    last_name_1=SURNAMES[(i * 7) % len(SURNAMES)],
                    last_name_2=SURNAMES[i % 4],
                    rut=Rut.from_body(30_000_000 - 997 * i if i % 2 else 1_000_000 + 13 * i)
                    if has_rut
                    else None,
                    document_type=None if has_rut else DocumentType.PASSPORT,
                    document_number="" if has_rut else f"P{i:05d}",
                    document_country="" if has_rut else "Perú",
                    birth_date=None if i % 8 == 3 else date(1950 + (i * 37) % 50, 1 + i % 12, 1),
                    comuna_code=COMUNAS[(i * 5) % len(COMUNAS)],
                    phone="" if i % 6 == 1 else f"9{(i * 7919) % 100_000_000:08d}",
                ),
                i % 9 != 4,
            )
        )
    ids = workspace.people.create_many(records)
    return {pid: (data.cleaned(), active) for pid, (data, active) in zip(ids, records, strict=True)}


def expected_order(workspace, varied, order: ListOrder, include_inactive=False) -> list[str]:
    """The list order for ``order``, worked out here from the records."""
    territory = workspace.territory
    by_name = sorted(territory.comunas, key=lambda c: (fold(c.name), c.code))
    comuna_rank = {c.code: n for n, c in enumerate(by_name)}

    def key(item):
        pid, (data, _active) = item
        name = sort_key(data.first_names, data.last_name_1, data.last_name_2)
        first = {
            ListColumn.NAME: (),
            ListColumn.RUT: (data.rut.body if data.rut else 10**9,),
            ListColumn.BIRTH_DATE: (data.birth_date or date.max,),
            ListColumn.COMUNA: (comuna_rank[data.comuna_code],),
            ListColumn.PHONE: (data.phone == "", data.phone),
        }[order.column]
        return (*first, name, pid)

    listed = [item for item in varied.items() if item[1][1] or include_inactive]
    ids = [pid for pid, _ in sorted(listed, key=key)]
    return ids[::-1] if order.descending else ids


ORDERS = [ListOrder(column, descending) for column in ListColumn for descending in (False, True)]


@pytest.mark.parametrize(
    "order", ORDERS, ids=lambda o: f"{o.column}-{'desc' if o.descending else 'asc'}"
)
def test_every_column_orders_the_list_and_pages_keep_the_order(workspace, varied, order):
    people = workspace.people
    expected = expected_order(workspace, varied, order)

    assert people.search_ids("", order=order) == expected
    pages: list[str] = []
    while len(pages) < len(expected):
        page = people.search_page("", offset=len(pages), limit=7, order=order)
        assert page, "a page before the end is never empty"
        pages += [row.id for row in page]
    assert pages == expected
    first = people.search("", page_size=10, order=order)
    assert (first.count, [r.id for r in first.rows]) == (len(expected), expected[:10])
    for row in (*range(0, len(expected), 4), len(expected) - 1):
        assert people.search_position(expected[row], order=order) == row
    # Read downwards, each page seeks from the last row of the one above: the same rows.
    sought: list[str] = []
    while len(sought) < len(expected):
        after = sought[-1] if sought else None
        page = people.search_page("", offset=len(sought), limit=7, order=order, after=after)
        sought += [row.id for row in page]
    assert sought == expected


def test_an_ordered_search_keeps_its_filter(workspace, varied):
    order = ListOrder(ListColumn.BIRTH_DATE, descending=True)
    found = workspace.people.search_ids("soto", include_inactive=True, order=order)
    everyone = expected_order(workspace, varied, order, include_inactive=True)
    assert found == [
        pid
        for pid in everyone
        if pid in set(workspace.people.search_ids("soto", include_inactive=True))
    ]
    assert found and len(found) < len(everyone)


def test_comunas_are_ordered_by_name_not_by_code(workspace, varied):
    rows = workspace.people.search("", page_size=200, order=ListOrder(ListColumn.COMUNA)).rows
    names = list(dict.fromkeys(row.comuna for row in rows))
    assert names == sorted(names, key=fold)
    assert len(names) == len(COMUNAS)
    # By code Puerto Montt (10101) would come before Palena (10404); by name it comes after.
    assert names.index("Palena") < names.index("Puerto Montt")
