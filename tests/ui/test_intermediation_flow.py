"""Issue 8, point 11: the whole intermediation flow in the window, as an officer goes through it
over three months: a company, its vacancy, the candidates (matching), the referral, the hire,
the placement, and the follow-up that falls due three months later. The clock is the only thing
not real: it is moved forward as the calendar would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.intermediation import ReferralStatus
from omil_desktop.domain.people import EducationLevel, JobStatus
from omil_desktop.domain.rut import Rut
from omil_desktop.ui.companies.company_dialog import CompanyDialog
from omil_desktop.ui.matching.match_dialogs import CandidatesDialog
from omil_desktop.ui.vacancies.referral_dialogs import (
    AdvanceDialog,
    FollowUpDialog,
    PlacementDialog,
)
from omil_desktop.ui.vacancies.vacancy_dialog import VacancyDialog
from tests.support.keys import focus, press, type_into, wait_active

START = date(2026, 8, 3)


@pytest.fixture
def calendar(monkeypatch):
    """The PC's calendar, set by the test (store/clock.py is the one source of the day)."""
    days = [START]

    class Calendar(date):
        @classmethod
        def today(cls):
            return days[0]

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)
    return days


def visible(window, kind):
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, kind
    return found[0]


def test_company_vacancy_candidates_referral_hire_placement_follow_up(
    qtbot, window, workspace, person_data, calendar
):
    welder = workspace.people.create(
        person_data(
            occupation="Soldador",
            experience="Soldadura de estructuras en salmonera",
            education_level=EducationLevel.SECONDARY,
            job_status=JobStatus.UNEMPLOYED,
        )
    )
    workspace.people.create(
        person_data(first_names="Luis", last_name_1="Soto", rut=Rut.from_body(9_876_543))
    )

    # Empresas: Ctrl+N, the company's form, Enter saves.
    window.sidebar.setCurrentRow(window.pages.indexOf(window.companies_page))
    wait_active(qtbot, window)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    company = visible(window, CompanyDialog)
    wait_active(qtbot, company)
    type_into(qtbot, company.rut, "761234560")
    type_into(qtbot, company.legal_name, "Maestranza Palena SpA")
    focus(qtbot, company.legal_name)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not company.isVisible(), timeout=2000)
    company_id = workspace.companies.find_by_rut(Rut.parse("76.123.456-0"))
    assert company_id is not None

    # Ofertas: Ctrl+N, the vacancy of that company.
    window.sidebar.setCurrentRow(window._vacancies_index)
    area = window.vacancies_area
    page = area.vacancies
    window.activateWindow()  # the company's dialog has closed
    wait_active(qtbot, window)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    vacancy = visible(window, VacancyDialog)
    vacancy.company.lineEdit().setText("maestranza")
    qtbot.keyClicks(vacancy.title, "Soldador al arco")
    vacancy.openings.setText("1")
    vacancy.published.setText(format_date(START))
    qtbot.keyClick(vacancy.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not vacancy.isVisible(), timeout=2000)
    (row,) = workspace.vacancies.search_page()
    assert page.detail.vacancy_id == row.id

    # Candidatos: the welder comes first, with the reason; Enter refers.
    page.detail.candidates_button.click()
    candidates = visible(window, CandidatesDialog)
    assert candidates.rows[0].person_id == welder
    assert "Su oficio coincide con la oferta (Soldador)" in candidates.reasons.text()
    candidates.table.setFocus()
    qtbot.keyClick(candidates.table, Qt.Key.Key_Return)
    candidates.reject()
    qtbot.waitUntil(lambda: page.detail.table.rowCount() == 1, timeout=2000)

    # A week later the company hires the welder.
    calendar[0] = START + timedelta(days=7)
    page.detail.table.selectRow(0)
    page.detail.advance_button.click()
    advance = visible(window, AdvanceDialog)
    advance.status.setCurrentIndex(advance.status.findData(ReferralStatus.HIRED.value))
    qtbot.keyClick(advance.on, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not advance.isVisible(), timeout=2000)
    assert page.detail.table.item(0, 1).text() == "Contratado"

    # The placement: an indefinite contract from the next day.
    page.detail.place_button.click()
    place = visible(window, PlacementDialog)
    place.contract.setCurrentIndex(place.contract.findText("Indefinido"))
    place.start.setText(format_date(START + timedelta(days=8)))
    assert place.counts.text().startswith("✔ Cuenta como colocación")
    qtbot.keyClick(place.start, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not place.isVisible(), timeout=2000)
    assert area.tabText(1) == "Seguimientos pendientes"  # not due yet

    # Three months later the follow-up is due, listed with its date, and recorded.
    calendar[0] = START + timedelta(days=8 + 92)
    area.refresh()
    assert area.tabText(1) == "Seguimientos pendientes (1)"
    area.setCurrentIndex(1)
    follow_ups = area.follow_ups
    assert follow_ups.table.item(0, 0).text() == format_date(date(2026, 11, 11))
    follow_ups.record_button.click()
    record = visible(window, FollowUpDialog)
    record.still_employed.setCurrentIndex(record.still_employed.findData(True))
    qtbot.keyClick(record.on, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not record.isVisible(), timeout=2000)
    assert follow_ups.table.rowCount() == 0
    assert workspace.people.get(welder).data.job_status is JobStatus.EMPLOYED
