"""Vacancies (ofertas): recording, correcting, the paged list and what another office shares."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from omil_desktop.domain.intermediation import VacancyStatus
from omil_desktop.services.errors import NotFound, ValidationFailed
from omil_desktop.services.vacancies import (
    NEWEST_FIRST,
    ReadOnlyVacancy,
    VacancyColumn,
    VacancyInUse,
    VacancyOrder,
)
from omil_desktop.store.models import ChangeLog, Vacancy
from tests.services.intermediation_fixtures import (
    add_company,
    add_other_office_vacancy,
    vacancy_data,
)


@pytest.fixture
def company_id(workspace):
    return add_company(workspace, trade_name="Maderas del Sur")


def test_a_vacancy_is_recorded_and_read_back(workspace, company_id):
    service = workspace.vacancies
    vacancy_id = service.create(vacancy_data(company_id, salary=650_000, inclusive=True))
    record = service.get(vacancy_id)
    assert record.data.title == "Operario de aserradero"
    assert record.data.salary == 650_000 and record.data.inclusive
    assert record.data.status is VacancyStatus.OPEN
    assert record.company_name == "Maderas del Sur"
    assert record.company_rut == "76.123.456-0"
    assert not record.read_only and record.hires == 0
    with workspace.db.transaction() as session:
        logged = session.query(ChangeLog).filter_by(table_name="vacancy").count()
    assert logged == 1  # it travels to the region like people do


def test_bad_input_is_refused_with_every_message_and_nothing_saved(workspace, company_id):
    with pytest.raises(ValidationFailed) as refused:
        workspace.vacancies.create(
            vacancy_data(company_id, openings=0, closes_on=date(2026, 11, 1))
        )
    assert refused.value.errors == {
        "openings": "Los cupos deben ser al menos 1.",
        "closes_on": "La fecha de cierre no puede ser anterior a la de publicación.",
    }
    with pytest.raises(ValidationFailed) as unknown:
        workspace.vacancies.create(vacancy_data("no-such-company"))
    assert set(unknown.value.errors) == {"company_id"}
    assert workspace.vacancies.count() == 0


def test_search_by_title_occupation_or_company_and_filter_by_status(workspace, company_id):
    service = workspace.vacancies
    other = add_company(workspace, "Hostería Río Palena Ltda.", rut="77222333-1")
    saw = service.create(vacancy_data(company_id))
    cook = service.create(vacancy_data(other, title="Maestro de cocina", occupation="Cocinero"))
    service.set_status(cook, VacancyStatus.CLOSED)

    def ids(query="", status=None, order=NEWEST_FIRST):
        return [r.id for r in service.search_page(query, status=status, order=order, limit=10)]

    assert ids("aserradero") == [saw]
    assert ids("COCINERO") == [cook]
    assert ids("hosteria rio") == [cook]  # the company's name, without accents
    assert ids("maderas") == [saw]  # its nombre de fantasía
    assert ids("cocina hosteria") == [cook] and ids("cocina maderas") == []
    assert ids(status=VacancyStatus.OPEN) == [saw]
    assert service.count("", status=VacancyStatus.CLOSED) == 1
    assert ids(order=VacancyOrder(VacancyColumn.TITLE, descending=False)) == [cook, saw]
    assert ids(order=VacancyOrder(VacancyColumn.COMPANY, descending=False)) == [cook, saw]
    assert [r.id for r in service.search_page(offset=1, limit=1)] + ids()[:1] == ids()[::-1]


def test_update_changes_only_an_own_vacancy(workspace, company_id):
    service = workspace.vacancies
    vacancy_id = service.create(vacancy_data(company_id))
    service.update(vacancy_id, replace(service.get(vacancy_id).data, openings=5))
    assert service.get(vacancy_id).data.openings == 5
    shared = add_other_office_vacancy(workspace)
    record = service.get(shared)
    assert record.read_only and record.office_name == "OMIL Futaleufú"
    with pytest.raises(ReadOnlyVacancy):
        service.update(shared, record.data)
    with pytest.raises(ReadOnlyVacancy):
        service.set_status(shared, VacancyStatus.CLOSED)


def test_the_list_shows_own_and_shared_vacancies_but_not_unshared_ones_of_others(
    workspace, company_id
):
    own = workspace.vacancies.create(vacancy_data(company_id))
    shared = add_other_office_vacancy(workspace)
    hidden = add_other_office_vacancy(workspace, shared=False)
    rows = workspace.vacancies.search_page(limit=10)
    assert {r.id for r in rows} == {own, shared}
    assert [r.read_only for r in rows if r.id == shared] == [True]
    with pytest.raises(NotFound):
        workspace.vacancies.get(hidden)


def test_a_vacancy_is_deleted_by_tombstone_unless_someone_was_referred(
    workspace, company_id, person_data
):
    service = workspace.vacancies
    mistaken = service.create(vacancy_data(company_id))
    service.delete(mistaken)
    assert service.count() == 0
    with workspace.db.transaction() as session:
        assert session.get(Vacancy, mistaken).deleted_at is not None
    used = service.create(vacancy_data(company_id))
    person_id = workspace.people.create(person_data())
    workspace.referrals.refer(used, person_id, date(2026, 11, 3))
    with pytest.raises(VacancyInUse):
        service.delete(used)


def test_a_vacancy_found_by_title_after_sync_writes_it(workspace):
    """Vacancies other offices share get their search key from the store's hook."""
    shared = add_other_office_vacancy(workspace)
    assert [r.id for r in workspace.vacancies.search_page("rafting")] == [shared]


def test_open_vacancies_for_the_bne(workspace, company_id):
    service = workspace.vacancies
    open_id = service.create(vacancy_data(company_id, salary=700_000))
    closed = service.create(vacancy_data(company_id, title="Cerrada"))
    service.set_status(closed, VacancyStatus.CLOSED)
    add_other_office_vacancy(workspace)  # not this office's to publish
    rows = service.open_for_bne()
    assert [r.title for r in rows] == ["Operario de aserradero"]
    assert rows[0].company_rut == "76.123.456-0" and rows[0].region == "Región de Los Lagos"
    assert open_id


def test_a_company_rut_that_cannot_be_read_does_not_break_the_vacancy(workspace):
    odd = add_company(workspace, "Agrícola Valle", rut="76111222-6")  # fails módulo 11
    vacancy_id = workspace.vacancies.create(vacancy_data(odd))
    assert workspace.vacancies.get(vacancy_id).company_rut == "76111222-6"
    assert [c.rut for c in workspace.vacancies.companies()] == ["76111222-6"]


def test_the_list_orders_comunas_by_name(workspace, company_id):
    service = workspace.vacancies
    futaleufu = service.create(vacancy_data(company_id, comuna_code="10402"))  # code < Palena's
    chaiten = service.create(vacancy_data(company_id, comuna_code="10401"))
    palena = service.create(vacancy_data(company_id))
    order = VacancyOrder(VacancyColumn.COMUNA, descending=False)
    assert [r.id for r in service.search_page(order=order)] == [chaiten, futaleufu, palena]
    assert [r.comuna for r in service.search_page(order=order)] == [
        "Chaitén",
        "Futaleufú",
        "Palena",
    ]
