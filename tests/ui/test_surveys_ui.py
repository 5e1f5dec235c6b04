"""Satisfaction surveys in the window (issue 11, point 3): «Registrar encuesta…» on a person's
page (choosing which of their services it rates), a score outside 1–7 or a missing one said
beside its field with nothing saved, and the «Seguimiento» tab of Metas listing who to call
(phone shown; a double click opens the survey of that service)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.surveys import SurveyChannel
from omil_desktop.domain.surveys import SurveyService as Rated
from omil_desktop.services.surveys import SurveyService
from omil_desktop.ui.targets.survey_dialog import SurveyDialog
from tests.support.keys import focus, press, wait_active

TODAY = date(2026, 11, 20)


@pytest.fixture
def calendar(monkeypatch):
    days = [TODAY]

    class Calendar(date):
        @classmethod
        def today(cls):
            return days[0]

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)
    return days


@pytest.fixture
def surveys(workspace) -> SurveyService:
    return SurveyService(workspace.db, workspace.territory, workspace.office.comuna_code)


def someone(workspace, person_data, first: str, body: int, phone: str) -> str:
    data = person_data(first_names=first, rut=Rut.from_body(body), phone=phone)
    return workspace.people.create(data, allow_likely_duplicate=True)


def test_a_survey_from_the_person_s_page(qtbot, window, workspace, person_data, calendar, surveys):
    ana = someone(workspace, person_data, "Ana María", 14_111_111, "+56 9 5555 1111")
    old = workspace.attentions.record(ana, TODAY - timedelta(days=30), ServiceKind.INFORMATION, "")
    rated = workspace.attentions.record(
        ana, TODAY - timedelta(days=9), ServiceKind.GUIDANCE, "CV revisado"
    )
    window.people_page.run_search()
    window.people_page.select_person(ana)
    detail = window.people_page.detail
    assert detail.survey_button.isVisible()

    detail.survey_button.click()
    dialog = detail.survey_dialog
    assert isinstance(dialog, SurveyDialog)
    qtbot.waitExposed(dialog)
    # The person's services, newest first, after the blank choice.
    assert [dialog.service.itemData(i) for i in range(dialog.service.count())] == [
        None,
        f"atencion:{rated}",
        f"atencion:{old}",
    ]
    assert dialog.service.itemText(1) == "11-11-2026 · Atención: Orientación laboral"

    # The atención chosen in the history (the newest) comes chosen.
    assert dialog.chosen() == (Rated.ATTENTION, rated)

    # Nothing chosen: every error beside its field, nothing saved.
    dialog.service.setCurrentIndex(0)
    wait_active(qtbot, dialog)
    focus(qtbot, dialog.answered_on)
    press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_text("service") == "Elija el servicio que la persona evalúa."
    assert dialog.error_text("score") == "Elija la nota, de 1 a 7."
    assert surveys.surveys_of(ana) == []

    dialog.service.setCurrentIndex(1)
    assert dialog.error_text("service") == ""  # gone as soon as it is fixed
    dialog.score.setCurrentIndex(dialog.score.findData(7))
    dialog.channel.set_value(SurveyChannel.IN_PERSON)
    dialog.comment.setPlainText("Muy buena orientación.")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()

    [survey] = surveys.surveys_of(ana)
    assert (survey.service_id, survey.score, survey.channel) == (
        rated,
        7,
        SurveyChannel.IN_PERSON,
    )
    assert survey.comment == "Muy buena orientación." and survey.answered_on == TODAY

    # Surveyed once: offered again marked, and refused beside the choice.
    detail.survey_button.click()
    again = detail.survey_dialog
    qtbot.waitExposed(again)
    assert again.service.itemText(1).endswith("(ya encuestado el 20-11-2026)")
    again.service.setCurrentIndex(1)
    again.score.setCurrentIndex(again.score.findData(3))
    again.save_button.click()
    assert again.isVisible()
    assert again.error_text("service") == (
        "Este servicio ya tiene su encuesta, respondida el 20-11-2026."
    )
    assert len(surveys.surveys_of(ana)) == 1
    again.reject()


def test_a_score_outside_1_to_7_is_said_beside_the_score(qtbot, workspace, person_data, calendar):
    """The form offers 1 to 7 only; a score from elsewhere (the service's word) is shown beside
    the field, with nothing saved."""
    surveys = SurveyService(workspace.db, workspace.territory, workspace.office.comuna_code)
    ana = someone(workspace, person_data, "Ana", 14_222_222, "")
    rated = workspace.attentions.record(ana, TODAY - timedelta(days=9), ServiceKind.GUIDANCE, "")
    dialog = SurveyDialog(surveys, ana, "Ana Núñez", service=(Rated.ATTENTION, rated))
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.score.itemData(i) for i in range(dialog.score.count())] == [
        None,
        7,
        6,
        5,
        4,
        3,
        2,
        1,
    ]
    dialog.score.addItem("9", 9)  # as if the list allowed it
    dialog.score.setCurrentIndex(dialog.score.count() - 1)
    dialog.save_button.click()
    assert dialog.error_text("score") == "La nota va de 1 a 7: 9 no es una nota."
    assert surveys.surveys_of(ana) == []


def test_seguimiento_lists_who_to_call_and_a_double_click_opens_the_survey(
    qtbot, window, workspace, person_data, calendar, surveys
):
    rosa = someone(workspace, person_data, "Rosa", 14_333_333, "+56 9 4444 3333")
    workspace.attentions.record(rosa, TODAY - timedelta(days=40), ServiceKind.GUIDANCE, "")
    pedro = someone(workspace, person_data, "Pedro", 14_444_444, "")
    pedro_s = workspace.attentions.record(
        pedro, TODAY - timedelta(days=20), ServiceKind.FCS_CERTIFICATION, ""
    )
    someone_recent = someone(workspace, person_data, "Luis", 14_555_555, "+56 9 1111 2222")
    workspace.attentions.record(someone_recent, TODAY - timedelta(days=2), ServiceKind.OTHER, "")

    window.sidebar.setCurrentRow(window._targets_index)
    area = window.targets_area
    area.tabs.setCurrentWidget(area.followups)
    tab = area.followups
    qtbot.waitExposed(tab.table)
    model = tab.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows == [
        ["Rosa Núñez Pérez", "+56 9 4444 3333", "Atención", "11-10-2026", ""],
        ["Pedro Núñez Pérez", "sin teléfono", "Atención", "31-10-2026", ""],
    ]
    assert tab.count.text() == "2 personas por llamar"

    rect = tab.table.visualRect(model.index(1, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    assert dialog.chosen() == (Rated.ATTENTION, pedro_s)
    dialog.score.setCurrentIndex(dialog.score.findData(5))
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()

    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Rosa Núñez Pérez"]
    assert tab.count.text() == "1 persona por llamar"
    assert [s.score for s in surveys.surveys_of(pedro)] == [5]


def test_enter_on_the_list_opens_the_chosen_person_s_survey(
    qtbot, window, workspace, person_data, calendar
):
    rosa = someone(workspace, person_data, "Rosa", 14_666_666, "+56 9 4444 3333")
    hers = workspace.attentions.record(rosa, TODAY - timedelta(days=30), ServiceKind.GUIDANCE, "")
    window.sidebar.setCurrentRow(window._targets_index)
    area = window.targets_area
    area.tabs.setCurrentWidget(area.followups)
    tab = area.followups
    qtbot.waitExposed(tab.table)
    wait_active(qtbot, window)
    focus(qtbot, tab.table)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(tab, "dialog", None) is not None, timeout=2000)
    assert tab.dialog.chosen() == (Rated.ATTENTION, hers)
    tab.dialog.reject()
