"""The Ofertas area through the real window (issue 8, point 11): a vacancy, a referral, the hire,
the placement, its follow-up listed as pending and then recorded; the person's history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.intermediation import ReferralStatus, VacancyStatus
from omil_desktop.services.clock import today
from omil_desktop.ui.vacancies.referral_dialogs import (
    AdvanceDialog,
    FollowUpDialog,
    PlacementDialog,
    ReferDialog,
)
from omil_desktop.ui.vacancies.vacancy_dialog import VacancyDialog
from tests.services.intermediation_fixtures import add_company, vacancy_data


def visible(window, kind):
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, kind
    return found[0]


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def open_area(window):
    window.sidebar.setCurrentRow(window._vacancies_index)
    return window.vacancies_area


def test_vacancy_referral_hire_placement_and_follow_up(qtbot, window, workspace, person_data):
    add_company(workspace, trade_name="Maderas del Sur")
    person_id = workspace.people.create(person_data())
    now = today()
    area = open_area(window)
    page = area.vacancies

    # A vacancy, first with bad input: every error beside its field, nothing saved.
    page.new_button.click()
    dialog = visible(window, VacancyDialog)
    dialog.company.lineEdit().setText("maderas")  # a part of the name is enough
    qtbot.keyClicks(dialog.title, "Operario de aserradero")
    dialog.openings.setText("0")
    dialog.published.setText(format_date(now - timedelta(days=100)))
    dialog.closes.setText(format_date(now - timedelta(days=101)))
    enter(qtbot, dialog.title)
    assert dialog.error_text("openings") == "Los cupos deben ser al menos 1."
    assert dialog.error_text("closes_on") == (
        "La fecha de cierre no puede ser anterior a la de publicación."
    )
    assert workspace.vacancies.count() == 0
    dialog.openings.setText("1")
    assert dialog.error_text("openings") == ""  # gone as soon as it is fixed
    dialog.closes.clear()
    assert dialog.error_text("closes_on") == ""
    enter(qtbot, dialog.openings)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    (row,) = workspace.vacancies.search_page()
    assert page.detail.vacancy_id == row.id and row.company == "Maderas del Sur"

    # Refer the person: search as you type in the registry, Enter refers.
    page.detail.refer_button.click()
    refer = visible(window, ReferDialog)
    qtbot.keyClicks(refer.search, "nunez")
    qtbot.waitUntil(lambda: refer.matches.count() == 1, timeout=2000)
    refer.on.setText(format_date(now - timedelta(days=95)))
    enter(qtbot, refer.search)
    qtbot.waitUntil(lambda: not refer.isVisible(), timeout=2000)
    assert page.detail.table.rowCount() == 1
    assert page.detail.table.item(0, 0).text() == "María José Núñez Pérez"

    # Hired, with its date: the only cupo is taken, the vacancy is cubierta.
    page.detail.advance_button.click()
    advance = visible(window, AdvanceDialog)
    advance.status.setCurrentIndex(advance.status.findData(ReferralStatus.HIRED.value))
    advance.on.setText(format_date(now - timedelta(days=90)))
    enter(qtbot, advance.on)
    qtbot.waitUntil(lambda: not advance.isVisible(), timeout=2000)
    assert page.detail.table.item(0, 1).text() == "Contratado"
    assert workspace.vacancies.get(row.id).data.status is VacancyStatus.FILLED
    assert "Estado: Cubierta" in page.detail.summary.text()

    # The placement: the form says whether the contract counts.
    assert page.detail.place_button.isEnabled()
    page.detail.place_button.click()
    place = visible(window, PlacementDialog)
    place.contract.setCurrentIndex(place.contract.findText("Plazo fijo"))
    place.months.setText("2")
    assert "no cuenta como colocación" in place.counts.text()
    place.months.setText("6")
    assert place.counts.text().startswith("✔ Cuenta como colocación")
    place.start.setText(format_date(now - timedelta(days=90)))
    enter(qtbot, place.months)
    qtbot.waitUntil(lambda: not place.isVisible(), timeout=2000)
    assert page.detail.table.item(0, 1).text() == "Colocada"
    assert not page.detail.place_button.isEnabled()

    # The follow-up at three months is pending, with its due date.
    assert area.tabText(1) == "Seguimientos pendientes (1)"
    area.setCurrentIndex(1)
    follow_ups = area.follow_ups
    assert follow_ups.table.rowCount() == 1
    cells = [follow_ups.table.item(0, c).text() for c in range(4)]
    (due,) = workspace.referrals.pending_follow_ups()
    assert cells == [
        format_date(due.due_on),
        "María José Núñez Pérez",
        "Maderas del Sur",
        "Operario de aserradero",
    ]
    follow_ups.record_button.click()
    dialog = visible(window, FollowUpDialog)
    enter(qtbot, dialog.on)  # still working? never assumed
    assert dialog.error_text("still_employed") == "Indique si la persona sigue en ese empleo."
    dialog.still_employed.setCurrentIndex(dialog.still_employed.findData(True))
    assert dialog.error_text("still_employed") == ""
    enter(qtbot, dialog.on)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert follow_ups.table.rowCount() == 0
    assert area.tabText(1) == "Seguimientos pendientes"

    # Everything is in the person's history, and they are now «Ocupado».
    window.sidebar.setCurrentRow(0)
    window.people_page.select_person(person_id)
    detail = window.people_page.detail
    kinds = [detail.history.item(r, 1).text() for r in range(detail.history.rowCount())]
    assert sorted(kinds) == ["Colocación", "Derivación"]
    assert "Situación laboral: Ocupado" in detail.summary.text()


def test_the_list_searches_filters_and_starts_at_the_first_result(qtbot, window, workspace):
    company = add_company(workspace, trade_name="Hostería Río Palena")
    for title in ("Maestro de cocina", "Ayudante de cocina", "Guardia"):
        workspace.vacancies.create(vacancy_data(company, title=title))
    closed = workspace.vacancies.create(vacancy_data(company, title="Garzón de cocina"))
    workspace.vacancies.set_status(closed, VacancyStatus.CLOSED)
    page = open_area(window).vacancies
    page.run_search()
    assert page.model.rowCount() == 3  # open ones by default
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search_field)
    qtbot.keyClicks(page.search_field, "cocina")
    qtbot.waitUntil(lambda: page.model.query == "cocina", timeout=2000)
    assert page.model.rowCount() == 2
    assert page.table.currentIndex().row() == 0
    page.status_filter.setCurrentIndex(0)  # every status
    assert page.model.rowCount() == 3 and page.table.currentIndex().row() == 0
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert titles == ["Ayudante de cocina", "Garzón de cocina", "Maestro de cocina"]
    page.search_field.setFocus()
    qtbot.keyClick(page.search_field, Qt.Key.Key_Escape)
    assert page.search_field.text() == "" and page.model.rowCount() == 4
    # Ctrl+E edits the vacancy shown (the Personas page's Ctrl+E is not in the way).
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(VacancyDialog)))
    dialog = visible(window, VacancyDialog)
    assert dialog.vacancy_id == page.detail.vacancy_id
    dialog.reject()


def test_a_refusal_is_shown_beside_the_person_and_nothing_saved(
    qtbot, window, workspace, person_data
):
    company = add_company(workspace)
    vacancy = workspace.vacancies.create(vacancy_data(company, published_on=today()))
    person = workspace.people.create(person_data())
    workspace.referrals.refer(vacancy, person, today())
    page = open_area(window).vacancies
    page.refresh(vacancy)
    page.detail.refer_button.click()
    refer = visible(window, ReferDialog)
    qtbot.keyClicks(refer.search, "maria")
    qtbot.waitUntil(lambda: refer.matches.count() == 1, timeout=2000)
    enter(qtbot, refer.search)
    assert refer.isVisible()
    assert refer.error_text("person_id") == "María José Núñez Pérez ya fue derivada a esta oferta."
    assert len(workspace.referrals.referrals_of(vacancy)) == 1
    refer.reject()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_vacancy_form_fits_small_screens(qtbot, window, workspace, size):
    add_company(workspace)
    page = open_area(window).vacancies
    page.new_button.click()
    dialog = visible(window, VacancyDialog)
    dialog.fit_to_screen(QRect(0, 0, *size))
    qtbot.waitUntil(lambda: dialog.height() <= size[1] - 40 and dialog.width() <= size[0])
    dialog.reject()


def test_a_shared_vacancy_of_another_office_is_read_only_but_open_to_referrals(
    qtbot, window, workspace
):
    from tests.services.intermediation_fixtures import add_other_office_vacancy

    shared = add_other_office_vacancy(workspace)
    page = open_area(window).vacancies
    page.run_search()
    assert page.model.index(0, 0).data() == "Guía de rafting · OMIL Futaleufú"
    assert page.detail.vacancy_id == shared
    assert not page.detail.edit_button.isEnabled()
    assert page.detail.refer_button.isEnabled()
    assert "Compartida por OMIL Futaleufú: solo lectura" in page.detail.summary.text()


def test_the_area_fits_a_small_screen_with_cargo_and_empresa_readable(qtbot, window, workspace):
    company = add_company(workspace)
    workspace.vacancies.create(vacancy_data(company))
    area = open_area(window)
    page = area.vacancies
    for screen in (QRect(0, 0, 1366, 768), QRect(0, 0, 1024, 600)):
        window.fit_to_screen(screen)
        QApplication.processEvents()
        page._share_width()
        QApplication.processEvents()
        assert window.width() <= screen.width() and window.height() <= screen.height() - 40
        assert not page.table.isColumnHidden(0) and not page.table.isColumnHidden(1)
        assert page.table.columnWidth(0) >= 120
        for button in (page.detail.refer_button, page.detail.edit_button, page.new_button):
            assert button.isVisible() and button.visibleRegion().boundingRect().width() == (
                button.width()
            )


def test_ctrl_n_and_ctrl_f_act_on_the_ofertas_area(qtbot, window, workspace):
    add_company(workspace)
    area = open_area(window)
    area.setCurrentIndex(1)  # on the follow-ups tab

    window._new_person()  # what Ctrl+N runs
    dialog = visible(window, VacancyDialog)
    dialog.reject()
    window._find()  # what Ctrl+F runs
    assert area.currentWidget() is area.vacancies
    qtbot.waitUntil(lambda: area.vacancies.search_field.hasFocus(), timeout=2000)


def test_the_placement_form_starts_from_the_vacancy_s_contract(
    qtbot, window, workspace, person_data
):
    from omil_desktop.domain.intermediation import ContractType

    company = add_company(workspace)
    vacancy = workspace.vacancies.create(
        vacancy_data(company, contract_type=ContractType.FIXED_TERM)
    )
    person = workspace.people.create(person_data())
    referral = workspace.referrals.refer(vacancy, person, date(2026, 11, 3))
    workspace.referrals.advance(referral, ReferralStatus.HIRED, date(2026, 11, 4))
    page = open_area(window).vacancies
    page.refresh(vacancy, referral)

    page.detail.place_button.click()
    place = visible(window, PlacementDialog)

    assert place.contract.value() is ContractType.FIXED_TERM
    assert place.counts.text() == "Escriba la duración: cuenta como colocación desde 3 meses."
    place.months.setText("2")
    assert "no cuenta como colocación" in place.counts.text()
    place.reject()
