"""Candidates for a vacancy in the window: ranked with reasons, filtered, referred with Enter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from omil_desktop.domain.people import EducationLevel, JobStatus
from omil_desktop.domain.rut import Rut
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.matching import Scope
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.models import Referral
from omil_desktop.ui.matching.match_dialogs import CandidatesDialog, VacanciesForPersonDialog
from tests.services.intermediation_fixtures import add_company, vacancy_data
from tests.services.test_matching import CHAITEN, FUTALEUFU, add_person, add_vacancy


@pytest.fixture
def office(data_dir):
    ws = Workspace(data_dir)
    ws.set_up_office(CHAITEN, "Ana Pérez")
    yield ws
    ws.close()


def write_referral(office):
    def refer(vacancy_id: str, person_id: str) -> None:
        with office.db.transaction() as session:
            session.add(
                Referral(
                    office_code=CHAITEN,
                    vacancy_id=vacancy_id,
                    person_id=person_id,
                    status="derivado",
                    referred_on=date(2026, 11, 20),
                )
            )

    return refer


def test_candidates_are_ranked_filtered_and_referred_with_enter(qtbot, office, person_data):
    best = add_person(office, person_data, 1)
    neighbour = add_person(office, person_data, 2, comuna_code=FUTALEUFU)
    employed = add_person(office, person_data, 3, job_status=JobStatus.EMPLOYED)
    vacancy = add_vacancy(office)
    dialog = CandidatesDialog(office.matching, vacancy, "Soldador(a)", write_referral(office))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert [c.person_id for c in dialog.rows] == [best, neighbour, employed]  # ties: by name
    assert dialog.table.currentRow() == 0
    assert dialog.reasons.text().startswith("Por qué: Su oficio coincide con la oferta")
    assert dialog.count_label.text() == "3 personas"

    dialog.table.selectRow(2)
    dialog.scope.setCurrentIndex(dialog.scope.findData(Scope.COMUNA.value))
    assert [c.person_id for c in dialog.rows] == [best, employed]
    assert dialog.table.currentRow() == 0  # a new filter starts at the best

    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert [c.person_id for c in dialog.rows] == [best]  # referred: out of the list
    assert dialog.isVisible()
    assert dialog.count_label.text().startswith("✔ Derivado: Persona 3 Núñez Pérez · ")
    assert dialog.table.currentRow() == 0  # the row that took its place (the last one here)
    dialog.include_referred.setChecked(True)
    assert {c.person_id: c.referred for c in dialog.rows} == {best: False, employed: True}


def test_a_refused_referral_is_told_and_changes_nothing(qtbot, office, person_data, when_modal):
    add_person(office, person_data, 1)
    vacancy = add_vacancy(office)

    def refuse(vacancy_id: str, person_id: str) -> None:
        raise ServiceError("La oferta ya tiene sus 2 cupos ocupados.")

    dialog = CandidatesDialog(office.matching, vacancy, "Soldador(a)", refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[str] = []

    def read(box):
        seen.append(box.text())
        box.accept()

    when_modal(QMessageBox, read)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    assert seen == ["La oferta ya tiene sus 2 cupos ocupados."]
    assert len(dialog.rows) == 1


def test_vacancies_for_a_person_show_own_and_shared(qtbot, office, person_data):
    person = add_person(office, person_data, 1, occupation="Cocinero")
    add_vacancy(office, title="Ayudante de cocina", occupation="")
    add_vacancy(office, owner=FUTALEUFU, shared=True, title="Cocinero(a)", occupation="")
    dialog = VacanciesForPersonDialog(office.matching, person, "Persona 1")
    qtbot.addWidget(dialog)
    dialog.show()

    titles = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert titles == ["Ayudante de cocina", "Cocinero(a) (Red Territorial)"]
    assert dialog.count_label.text() == "2 ofertas abiertas"
    assert not dialog.refer_button.isVisible()  # no refer given: only to look


def test_from_a_vacancy_the_candidates_button_ranks_and_enter_refers(
    qtbot, window, workspace, person_data
):
    operator = workspace.people.create(
        person_data(occupation="Operador de maquinaria", education_level=EducationLevel.SECONDARY)
    )
    workspace.people.create(
        person_data(
            first_names="Luis",
            last_name_1="Soto",
            rut=Rut.from_body(9_876_543),
            occupation="Garzón",
        )
    )
    vacancy = workspace.vacancies.create(vacancy_data(add_company(workspace)))
    window.sidebar.setCurrentRow(window._vacancies_index)
    page = window.vacancies_area.vacancies
    page.refresh(vacancy)
    assert page.detail.vacancy_id == vacancy and page.detail.candidates_button.isEnabled()

    page.detail.candidates_button.click()
    dialog = next(d for d in page.findChildren(CandidatesDialog) if d.isVisible())
    first, reasons = dialog.rows[0].person_id, dialog.reasons.text()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # refers the best, through the service
    left = [c.person_id for c in dialog.rows]
    dialog.reject()

    assert first == operator
    assert "Su oficio coincide con la oferta (Operador de maquinaria)" in reasons
    assert operator not in left
    qtbot.waitUntil(lambda: page.detail.table.rowCount() == 1, timeout=2000)
    assert page.detail.table.item(0, 0).text() == "María José Núñez Pérez"
    assert [r.person_id for r in workspace.referrals.referrals_of(vacancy)] == [operator]


def test_after_a_referral_the_next_candidate_is_chosen_not_the_first(qtbot, office, person_data):
    people = [add_person(office, person_data, n) for n in range(1, 5)]  # equal fit: by name
    vacancy = add_vacancy(office)
    dialog = CandidatesDialog(office.matching, vacancy, "Soldador(a)", write_referral(office))
    qtbot.addWidget(dialog)
    dialog.show()
    assert [c.person_id for c in dialog.rows] == people

    dialog.table.selectRow(1)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    assert [c.person_id for c in dialog.rows] == [people[0], people[2], people[3]]
    assert dialog.rows[dialog.table.currentRow()].person_id == people[2]
