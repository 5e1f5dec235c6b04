"""The Ferias area through the real window (issue 11, point 1): the list newest first with its
search, the fair's form with every error beside its field, companies with their openings,
attendees found as you type or registered without leaving the fair, a referral at the fair and
the hire that followed on the fair's page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QMessageBox

from omil_desktop.domain.fairs import FairCompanyData, FairData, FairKind
from omil_desktop.domain.intermediation import ContractType, ReferralStatus
from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.vacancies import PlacementData
from omil_desktop.services.fairs import FairService
from omil_desktop.ui.fairs.attendee_dialog import AttendeeDialog
from omil_desktop.ui.fairs.fair_dialog import FairCompanyDialog, FairDialog
from omil_desktop.ui.fairs.fair_view import ATTENDEES_TAB, COMPANIES_TAB, REFERRALS_TAB
from omil_desktop.ui.fairs.refer_dialog import ReferDialog
from omil_desktop.ui.people.person_dialog import PersonDialog
from tests.services.intermediation_fixtures import add_company, vacancy_data

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    """The PC's calendar (store/clock.py is the one source of the day)."""

    class Calendar(date):
        @classmethod
        def today(cls) -> date:
            return TODAY

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)


def fairs(workspace) -> FairService:
    return FairService(workspace.db, workspace.territory, workspace.office.comuna_code)


def visible(window, kind):
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, kind
    return found[0]


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def open_area(window):
    window.sidebar.setCurrentRow(window._fairs_index)
    return window.fairs_area


def fair(workspace, **overrides) -> str:
    values: dict = {
        "name": "Feria Laboral de Primavera",
        "kind": FairKind.FAIR,
        "held_on": date(2026, 11, 6),
        "place": "Gimnasio municipal",
        "comuna_code": workspace.office.comuna_code,
    }
    values.update(overrides)
    return fairs(workspace).create(FairData(**values))


def open_fair(qtbot, window, fair_id: str):
    area = open_area(window)
    area.list_page.refresh(fair_id)
    area.list_page.table.setFocus()
    enter(qtbot, area.list_page.table)
    assert area.currentWidget() is area.view and area.view.fair_id == fair_id
    return area.view


def test_the_list_is_newest_first_and_searches_as_you_type(qtbot, window, workspace):
    fair(workspace, name="Reclutamiento Agrícola", held_on=date(2026, 3, 4),
         kind=FairKind.RECRUITMENT)  # fmt: skip
    fair(workspace, name="Feria de Otoño en Palena", held_on=date(2026, 5, 8))
    fair(workspace, name="Feria de Verano", held_on=TODAY + timedelta(days=30))
    page = open_area(window).list_page
    model = page.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "Feria de Verano (planificada)",
        "Feria de Otoño en Palena",
        "Reclutamiento Agrícola",
    ]
    assert model.index(2, 2).data() == "Reclutamiento masivo"
    assert page.result_label.text() == "3 ferias"
    qtbot.keyClicks(page.search_field, "otono")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert model.index(0, 0).data() == "08-05-2026"
    assert page.table.currentIndex().row() == 0


def test_the_fair_form_shows_every_error_beside_its_field_and_saves_nothing(
    qtbot, window, workspace
):
    area = open_area(window)
    window.new_person_action.trigger()  # Ctrl+N in this area: a new fair
    dialog = visible(window, FairDialog)
    assert dialog.held_on.text() == "20-11-2026"
    dialog.held_on.setText("20-11-2062")
    enter(qtbot, dialog.place)
    assert dialog.error_text("name") == "Escriba el nombre de la feria."
    assert dialog.error_text("held_on").startswith("La fecha está a más de un año")
    assert fairs(workspace).search_page() == []
    qtbot.keyClicks(dialog.name, "Feria Laboral Palena")
    assert dialog.error_text("name") == ""  # gone as soon as it is fixed
    dialog.held_on.setText("06-11-2026")
    assert dialog.error_text("held_on") == ""
    qtbot.keyClicks(dialog.place, "Gimnasio")
    enter(qtbot, dialog.place)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    (row,) = fairs(workspace).search_page()
    assert (row.name, row.held_on, row.place, row.comuna) == (
        "Feria Laboral Palena",
        date(2026, 11, 6),
        "Gimnasio",
        "Palena",
    )
    view = area.view
    assert area.currentWidget() is view and view.tabs.currentIndex() == COMPANIES_TAB


def test_companies_with_their_openings_refusing_negative_ones(qtbot, window, workspace):
    fair_id = fair(workspace)
    add_company(workspace, "Forestal Palena SpA")
    view = open_fair(qtbot, window, fair_id)
    view.add_company_button.click()
    dialog = visible(window, FairCompanyDialog)
    dialog.openings.setText("-3")
    enter(qtbot, dialog.positions)
    assert dialog.error_text("company_id") == "Elija la empresa que participa."
    assert dialog.error_text("openings") == "Los cupos no pueden ser negativos."
    assert fairs(workspace).companies(fair_id) == []
    dialog.company.setCurrentIndex(0)
    dialog.openings.setText("12")
    qtbot.keyClicks(dialog.positions, "Operario(a) forestal")
    enter(qtbot, dialog.positions)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert view.companies_table.item(0, 0).text() == "Forestal Palena SpA"
    assert view.companies_table.item(0, 2).text() == "12"
    assert view.tabs.tabText(COMPANIES_TAB) == "Empresas (1)"
    assert "12 cupos ofrecidos" in view.details.text()

    view.add_company_button.click()  # the same company again: refused beside the field
    again = visible(window, FairCompanyDialog)
    again.company.setCurrentIndex(0)
    enter(qtbot, again.openings)
    assert "ya participa" in again.error_text("company_id")
    again.reject()


def test_attendees_are_found_as_you_type_or_registered_without_leaving(
    qtbot, window, workspace, person_data, when_modal
):
    fair_id = fair(workspace)
    existing = workspace.people.create(person_data())
    view = open_fair(qtbot, window, fair_id)
    view.tabs.setCurrentIndex(ATTENDEES_TAB)
    view.add_attendee_button.click()
    dialog = visible(window, AttendeeDialog)
    qtbot.keyClicks(dialog.search, "nunez")
    qtbot.waitUntil(lambda: dialog.matches.count() == 1, timeout=2000)
    enter(qtbot, dialog.search)
    assert dialog.outcome.text() == "Se registró la asistencia de María José Núñez Pérez."
    assert dialog.isVisible() and dialog.search.text() == ""
    qtbot.keyClicks(dialog.search, "12.345.678")
    qtbot.waitUntil(lambda: dialog.matches.count() == 1, timeout=2000)
    assert "(ya registrada(o))" in dialog.matches.item(0).text()
    enter(qtbot, dialog.search)
    assert "ya está registrada como asistente" in dialog.outcome.text()

    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "rosa")
    qtbot.waitUntil(lambda: dialog.matches.count() == 1, timeout=2000)  # «nadie…»
    dialog.new_person_button.click()
    person = visible(window, PersonDialog)
    form = person.form
    qtbot.keyClicks(form.rut, "11.111.111-1")
    qtbot.keyClicks(form.first_names, "Rosa")
    qtbot.keyClicks(form.last_name_1, "Vera")
    qtbot.keyClicks(form.birth_date, "02-02-1985")
    enter(qtbot, form.first_names)
    qtbot.waitUntil(lambda: not person.isVisible(), timeout=2000)
    assert dialog.outcome.text() == "Se registró la asistencia de Rosa Vera."
    dialog.reject()
    names = [view.attendees_table.item(r, 0).text() for r in range(2)]
    assert names == ["María José Núñez Pérez", "Rosa Vera"]
    assert view.tabs.tabText(ATTENDEES_TAB) == "Asistentes (2)"
    kinds = [a.kind for a in workspace.attentions.history(existing)]
    assert kinds == [ServiceKind.JOB_FAIR]

    # Removing an attendee removes the atención it added.
    view.attendees_table.setCurrentCell(0, 0)
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    view.remove_attendee_button.click()
    qtbot.waitUntil(lambda: view.attendees_table.rowCount() == 1, timeout=2000)
    assert workspace.attentions.history(existing) == []


def test_a_planned_fair_takes_no_attendees_yet(qtbot, window, workspace):
    fair_id = fair(workspace, held_on=TODAY + timedelta(days=12))
    view = open_fair(qtbot, window, fair_id)
    assert not view.add_attendee_button.isEnabled()
    assert view.attendees_notice.text() == (
        "La feria es el 02-12-2026: sus asistentes se registran desde ese día."
    )
    assert "(planificada)" in view.details.text()


def test_a_referral_at_the_fair_and_the_hire_that_followed(qtbot, window, workspace, person_data):
    fair_id = fair(workspace)
    company = add_company(workspace, "Forestal Palena SpA")
    service = fairs(workspace)
    service.add_company(fair_id, FairCompanyData(company, 2))
    vacancy = workspace.vacancies.create(vacancy_data(company, published_on=date(2026, 11, 1)))
    person = workspace.people.create(person_data())
    service.add_attendee(fair_id, person)
    view = open_fair(qtbot, window, fair_id)
    view.tabs.setCurrentIndex(ATTENDEES_TAB)
    view.attendees_table.setCurrentCell(0, 0)
    view.refer_attendee_button.click()
    dialog = visible(window, ReferDialog)
    assert dialog.vacancy.currentText().endswith("(en la feria)")
    enter(qtbot, dialog.vacancy)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert view.tabs.currentIndex() == REFERRALS_TAB
    assert view.referrals_table.item(0, 1).text() == "Operario de aserradero"
    assert view.referrals_table.item(0, 3).text() == "Derivado"

    (referral,) = workspace.referrals.referrals_of(vacancy)
    workspace.referrals.advance(referral.id, ReferralStatus.HIRED, date(2026, 11, 10))
    workspace.referrals.place(
        referral.id, PlacementData(date(2026, 11, 16), ContractType.FIXED_TERM, 2)
    )
    view.show_fair(fair_id)
    assert view.referrals_table.item(0, 4).text() == (
        "Desde el 16-11-2026: Plazo fijo, 2 meses (menos de 3 meses)"
    )
    assert "1 contratación (0 de 3 meses o más)" in view.details.text()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_fair_and_its_form_fit_small_screens(qtbot, window, workspace, person_data, size):
    fair_id = fair(workspace)
    window.fit_to_screen(QRect(0, 0, *size))
    view = open_fair(qtbot, window, fair_id)
    assert window.width() <= size[0]
    for button in (view.edit_button, view.delete_button):
        assert button.mapTo(window, button.rect().bottomRight()).x() <= window.width()
    view.edit_button.click()
    dialog = visible(window, FairDialog)
    dialog.fit_to_screen(QRect(0, 0, *size))
    dialog.name.clear()
    enter(qtbot, dialog.name)
    assert dialog.height() <= size[1] - 40
    assert dialog.error_text("name") == "Escriba el nombre de la feria."
    dialog.reject()
