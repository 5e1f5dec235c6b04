"""The shared paged list (ui/widgets/paged_list.py) in the areas besides Personas, through the
real window: lists longer than a page are read as shown, seeking from the page above; a header
click orders the list and keeps the chosen row chosen, wherever it is; a new search starts at
its first result."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt

from omil_desktop.domain.rut import Rut
from omil_desktop.ui.widgets.paged_list import PagedListPage
from tests.services.intermediation_fixtures import add_company, vacancy_data
from tests.services.test_companies import company

VACANCIES = 130  # two pages and a half


def click_header(qtbot, page: PagedListPage, column: int) -> None:
    header = page.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(column) + 10, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_a_vacancy_far_down_stays_chosen_when_the_list_is_ordered(qtbot, window, workspace):
    firm = add_company(workspace, "Forestal Palena SpA")
    titles = ("Cocinero", "Ayudante de cocina", "Operario de aserradero", "Guía de turismo")
    ids = [
        workspace.vacancies.create(
            vacancy_data(
                firm,
                title=f"{titles[i % 4]} {i:03d}",
                published_on=date(2026, 6, 1) + timedelta(days=i),
            )
        )
        for i in range(VACANCIES)
    ]
    window.sidebar.setCurrentRow(window._vacancies_index)
    page = window.vacancies_area.vacancies
    page.refresh()
    assert page.model.rowCount() == VACANCIES
    assert page.result_label.text() == f"{VACANCIES} ofertas"
    assert not page.model.is_fetched(VACANCIES - 1)

    oldest = ids[0]  # newest first: the last row, on a page not read yet
    page.select(oldest)
    assert page.table.currentIndex().row() == VACANCIES - 1
    assert page.detail.vacancy_id == oldest
    assert not page.model.is_fetched(60)  # found by a count, not by reading the pages between

    click_header(qtbot, page, 0)  # by cargo: «Ayudante de cocina …» first, «… 000» a cook
    assert page.model.order.column.value == "title"
    row = page.table.currentIndex().row()
    assert page.model.id_at(row) == oldest and page.detail.vacancy_id == oldest
    assert row == sorted(f"{titles[i % 4]} {i:03d}".lower() for i in range(VACANCIES)).index(
        "cocinero 000"
    )
    shown = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert shown == sorted(shown, key=str.lower)

    qtbot.keyClicks(page.search_field, "turismo")  # a new search: its first result
    qtbot.waitUntil(lambda: page.model.query == "turismo")
    assert page.model.rowCount() == VACANCIES // 4
    assert page.table.currentIndex().row() == 0
    assert page.table.verticalScrollBar().value() == 0
    assert page.detail.vacancy_id == page.model.id_at(0) != oldest


def test_companies_beyond_the_first_page_are_read_seeking_from_the_page_above(
    qtbot, window, workspace, monkeypatch
):
    for i in range(120):
        workspace.companies.create(
            company(rut=Rut.from_body(76_000_000 + 37 * i), legal_name=f"Empresa {i:03d}")
        )
    page = window.companies_page
    page.refresh()
    model = page.model
    assert model.rowCount() == 120 and model.is_fetched(49) and not model.is_fetched(50)

    chosen = page.detail.company_id
    assert chosen == model.id_at(0)  # «Empresa 000», the lowest RUT
    asked: list[tuple[int, str | None]] = []
    service = model._companies
    real = service.search_page

    def spy(*args, **kwargs):
        asked.append((kwargs["offset"], kwargs["after"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "search_page", spy)
    click_header(qtbot, page, 0)  # by RUT
    click_header(qtbot, page, 0)  # highest first
    assert model.order.column.value == "rut" and model.order.descending
    assert page.table.currentIndex().row() == 119 and page.detail.company_id == chosen

    listed = [model.id_at(row) for row in range(120)]
    assert {offset for offset, _after in asked} == {50, 100}
    seeking = [(offset, after) for offset, after in asked if after is not None]
    assert seeking and all(after == listed[offset - 1] for offset, after in seeking)
    ruts = [int(model.index(r, 0).data().split("-")[0].replace(".", "")) for r in range(120)]
    assert ruts == sorted(ruts, reverse=True) and len(set(ruts)) == 120
