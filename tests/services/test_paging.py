"""The paged search the lists share (services/paging.py), through the vacancies and companies
services on a real database: pages by offset and sought from the row above agree, a row's place
is its index, every order is total, and the count comes without a page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from omil_desktop.domain.intermediation import VacancyStatus
from omil_desktop.domain.rut import Rut
from omil_desktop.services.companies import CompanyColumn, CompanyOrder
from omil_desktop.services.vacancies import VacancyColumn, VacancyOrder
from tests.services.intermediation_fixtures import add_company, vacancy_data
from tests.services.test_companies import company

VACANCIES = 61
COMUNAS = ("10404", "10401", "10402", "10403")  # Palena, Chaitén, Futaleufú, Hualaihué
TITLES = ("Cocinero", "ayudante de cocina", "Operario de aserradero", "Guía de turismo")


@pytest.fixture
def vacancies(workspace) -> list[str]:
    """61 vacancies of three companies, with many ties in every column; every 9th one closed."""
    firms = [
        add_company(workspace, name, rut=rut, trade_name=trade)
        for name, rut, trade in (
            ("Forestal Palena SpA", "76123456-0", ""),
            ("Hostería Futaleufú Ltda.", "77222333-1", "Hostería del Río"),
            ("Ñandú Servicios EIRL", "78111222-9", ""),
        )
    ]
    ids = []
    for i in range(VACANCIES):
        data = vacancy_data(
            firms[i % 3],
            title=TITLES[i % 4],
            openings=1 + i % 5,
            comuna_code=COMUNAS[i % 4],
            published_on=date(2026, 10, 1) + timedelta(days=i % 6),
            closes_on=None if i % 7 == 0 else date(2026, 12, 1) + timedelta(days=i % 3),
        )
        ids.append(workspace.vacancies.create(data))
    for vacancy_id in ids[::9]:
        workspace.vacancies.set_status(vacancy_id, VacancyStatus.CLOSED)
    return ids


VACANCY_ORDERS = [
    VacancyOrder(column, descending) for column in VacancyColumn for descending in (False, True)
]


def test_vacancy_pages_by_offset_and_by_seeking_agree_in_every_order(workspace, vacancies):
    service = workspace.vacancies
    for order in VACANCY_ORDERS:
        whole = [row.id for row in service.search_page(order=order, limit=VACANCIES + 5)]
        assert sorted(whole) == sorted(vacancies), order  # a total order: each once

        by_offset: list[str] = []
        sought: list[str] = []
        while len(by_offset) < VACANCIES:
            page = service.search_page(offset=len(by_offset), limit=7, order=order)
            by_offset += [r.id for r in page]
            after = sought[-1] if sought else None
            page = service.search_page(offset=len(sought), limit=7, order=order, after=after)
            sought += [r.id for r in page]
        assert by_offset == whole, order
        assert sought == whole, order

        first = service.search(page_size=10, order=order)
        assert first.count == VACANCIES and [r.id for r in first.rows] == whole[:10], order
        for row in (0, 9, 10, 33, VACANCIES - 1):
            assert service.search_position(whole[row], order=order) == row, order


def test_vacancy_orders_follow_their_columns(workspace, vacancies):
    service = workspace.vacancies

    def rows(column, descending=False):
        return service.search_page(order=VacancyOrder(column, descending), limit=VACANCIES)

    published = [r.published_on for r in rows(VacancyColumn.PUBLISHED, True)]
    as_dates = [date(int(d[6:]), int(d[3:5]), int(d[:2])) for d in published]
    assert as_dates == sorted(as_dates, reverse=True)
    assert [r.openings for r in rows(VacancyColumn.OPENINGS)] == sorted(
        r.openings for r in rows(VacancyColumn.OPENINGS)
    )
    closes = [r.closes_on for r in rows(VacancyColumn.CLOSES)]
    assert closes[-1] == "" and closes[0] != ""  # no closing date: last
    comunas = [r.comuna for r in rows(VacancyColumn.COMUNA)]
    assert list(dict.fromkeys(comunas)) == ["Chaitén", "Futaleufú", "Hualaihué", "Palena"]
    companies = [r.company for r in rows(VacancyColumn.COMPANY, True)]
    assert companies[0].startswith("Ñandú") and companies[-1].startswith("Forestal")


def test_a_filtered_search_places_only_what_it_lists(workspace, vacancies):
    service = workspace.vacancies
    closed = vacancies[9]
    open_ones = service.search(status=VacancyStatus.OPEN, page_size=100)
    assert open_ones.count == VACANCIES - len(vacancies[::9])
    assert service.count(status=VacancyStatus.OPEN) == open_ones.count
    assert service.search_position(closed, status=VacancyStatus.OPEN) is None
    assert service.search_position(closed, status=VacancyStatus.CLOSED) is not None
    assert service.search_position("no-such-id") is None
    # Seeking from a row the search does not list (or that is gone) reads by the offset.
    assert service.search_page(offset=0, limit=5, after="no-such-id") == service.search_page(
        offset=0, limit=5
    )


def test_a_whole_list_on_its_first_page_is_counted_without_a_count(workspace, vacancies):
    found = workspace.vacancies.search("cocina", page_size=100)
    cooks = [v for i, v in enumerate(vacancies) if i % 4 == 1]
    assert sorted(r.id for r in found.rows) == sorted(cooks)
    assert found.count == len(cooks)


COMPANY_ORDERS = [
    CompanyOrder(column, descending) for column in CompanyColumn for descending in (False, True)
]


def test_company_pages_seek_from_the_row_above_in_every_order(workspace):
    companies = workspace.companies
    for i in range(23):
        companies.create(
            company(
                rut=Rut.from_body(76_000_000 + 37 * i),
                legal_name=f"Empresa {i % 4}",
                trade_name="" if i % 3 else f"Fantasía {i % 2}",
                phone="" if i % 5 == 0 else f"65 212 {3400 + i % 6}",
                comuna_code=COMUNAS[i % 4],
            )
        )
    for order in COMPANY_ORDERS:
        whole = [r.id for r in companies.search_page(offset=0, limit=50, order=order)]
        assert len(set(whole)) == 23, order
        sought: list[str] = []
        while len(sought) < 23:
            after = sought[-1] if sought else None
            page = companies.search_page(offset=len(sought), limit=4, order=order, after=after)
            sought += [r.id for r in page]
        assert sought == whole, order
        places = [companies.search_position(cid, order=order) for cid in whole]
        assert places == list(range(23)), order
