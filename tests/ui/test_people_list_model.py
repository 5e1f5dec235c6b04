"""The people list model on a real database larger than one page: count, lazy pages, rows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from omil_desktop.domain.rut import Rut
from omil_desktop.ui.people.list_model import ID_ROLE, PAGE, PeopleListModel

SURNAMES = ("Núñez", "Muñoz", "Ávila", "Soto", "Oyarzún")
PEOPLE = 260


@pytest.fixture
def crowd(workspace, person_data) -> list[str]:
    """260 people, every 10th inactive, many sharing their names; returns their ids."""
    records = [
        (
            person_data(
                first_names=("María José", "José", "Ana")[i % 3],
                last_name_1=SURNAMES[i % 5],
                last_name_2=SURNAMES[(i // 15) % 5],
                rut=Rut.from_body(10_000_000 + 7 * i),
                birth_date=date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
            ),
            i % 10 != 4,
        )
        for i in range(PEOPLE)
    ]
    return workspace.people.create_many(records)


@pytest.fixture
def model(qtbot, workspace, crowd, monkeypatch) -> PeopleListModel:
    def whole_list(*_args, **_kwargs):
        raise AssertionError("the list model must not read every id")

    people_model = PeopleListModel(workspace.people)
    # (workspace.people makes a new service at each call: the model's own one is watched.)
    monkeypatch.setattr(people_model._people, "search_ids", whole_list)
    people_model.search("")
    return people_model


def names(model: PeopleListModel) -> list[str]:
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_row_count_comes_from_the_count_and_only_the_first_page_is_read(model):
    assert model.rowCount() == PEOPLE - PEOPLE // 10
    assert model.is_fetched(0) and model.is_fetched(PAGE - 1)
    assert not model.is_fetched(PAGE)
    assert not model.is_fetched(model.rowCount() - 1)


def test_rows_are_read_as_they_are_shown_in_list_order(model, workspace):
    last = model.rowCount() - 1
    assert model.index(last, 1).data()
    assert model.is_fetched(last) and not model.is_fetched(PAGE)

    listed = [row.id for row in workspace.people.search_page(offset=0, limit=PEOPLE)]
    assert [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())] == listed
    assert [model.id_at(row) for row in range(model.rowCount())] == listed


def test_the_row_cache_is_bounded(model, monkeypatch):
    monkeypatch.setattr(model, "cache_pages", 2)
    for row in range(model.rowCount()):
        model.index(row, 1).data()
    last = model.rowCount() - 1
    before_last = last - last % PAGE - 1  # the last row of the page before the last one
    assert last >= 3 * PAGE
    assert model.is_fetched(last) and model.is_fetched(before_last)
    assert not model.is_fetched(before_last - PAGE) and not model.is_fetched(0)

    assert model.index(0, 1).data()  # read again when shown again
    assert model.is_fetched(0) and model.is_fetched(last)
    assert not model.is_fetched(before_last)  # the least recently used page went


def test_rows_outside_the_list_have_no_data(model):
    assert model.id_at(model.rowCount()) is None
    assert model.id_at(-1) is None
    assert model.data(model.index(model.rowCount(), 1)) is None


def test_row_of_finds_a_person_on_a_page_not_read_yet_without_reading_it(model, workspace):
    rows = workspace.people.search_page(offset=0, limit=PEOPLE)
    far = 2 * PAGE + 17
    assert not model.is_fetched(far)

    assert model.row_of(rows[far].id) == far
    assert not model.is_fetched(far)
    assert model.row_of(rows[3].id) == 3  # on a page already read
    assert model.id_at(far) == rows[far].id


def test_row_of_someone_not_listed(model, crowd):
    inactive = crowd[4]
    assert model.row_of(inactive) == -1
    assert model.row_of("no-such-id") == -1
    model.search("", include_inactive=True)
    assert model.row_of(inactive) >= 0


def test_search_through_the_model(model, workspace, crowd):
    everyone = model.rowCount()
    model.search("  soto nunez ")
    shown = names(model)
    assert 0 < len(shown) < everyone
    assert all("Soto" in name and "Núñez" in name for name in shown)
    expected = workspace.people.search_page("soto nunez", offset=0, limit=PEOPLE)
    assert shown == [row.full_name for row in expected]

    model.search("xyzw")
    assert model.rowCount() == 0 and names(model) == []

    model.search("10000")  # RUT 10.000.xxx: the first 143 people, more than a page
    assert model.rowCount() == len([i for i in range(143) if i % 10 != 4])


def test_inactive_people_are_listed_grey_only_when_asked(model, crowd):
    everyone = model.rowCount()
    model.search("", include_inactive=True)
    assert model.rowCount() == PEOPLE
    assert model.rowCount() > everyone

    row = model.row_of(crowd[4])
    assert model.index(row, 1).data().endswith(" (inactiva)")
    assert model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    active_row = model.row_of(crowd[0])
    assert model.index(active_row, 1).data(Qt.ItemDataRole.ForegroundRole) is None


def test_refresh_sees_a_new_person_in_the_middle_of_the_list(model, workspace, person_data):
    before = model.rowCount()
    new_id = workspace.people.create(
        person_data(
            first_names="Bernardita",
            last_name_1="Muñoz",
            last_name_2="Soto",
            rut=Rut.from_body(30_000_000),
            birth_date=None,
        )
    )
    assert model.rowCount() == before  # until refreshed

    model.refresh()

    row = model.row_of(new_id)
    assert model.rowCount() == before + 1
    assert 0 < row < model.rowCount() - 1
    assert model.index(row, 1).data() == "Bernardita Muñoz Soto"


def test_an_ordered_list_is_read_in_pages_that_seek_from_the_page_above(
    model, workspace, monkeypatch
):
    from omil_desktop.services.people import ListColumn, ListOrder

    order = ListOrder(ListColumn.RUT, descending=True)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.order == order
    asked: list[tuple[int, str | None]] = []
    people = model._people
    real = people.search_page

    def spy(*args, **kwargs):
        asked.append((kwargs["offset"], kwargs.get("after")))
        return real(*args, **kwargs)

    monkeypatch.setattr(people, "search_page", spy)
    listed = [row.id for row in real("", offset=0, limit=PEOPLE, order=order)]
    assert [model.id_at(row) for row in range(model.rowCount())] == listed
    assert [offset for offset, _after in asked] == [PAGE, 2 * PAGE, 3 * PAGE, 4 * PAGE]
    assert all(after == listed[offset - 1] for offset, after in asked)
    last = model.rowCount() - 1
    ruts = [int(model.index(row, 0).data().split("-")[0].replace(".", "")) for row in (0, 1, last)]
    assert ruts[0] > ruts[1] > ruts[2]
