"""A person's surveys on their page (review of issue 11): the «Encuestas» tab lists them (date,
service, nota, comment); «Corregir…» opens the survey form filled in (Enter saves, errors beside
the field); «Eliminar…» asks first; deleting an atención takes its survey with it; the «Notas»
caption reads whole at 1024×600."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.surveys import SurveyChannel, SurveyData
from omil_desktop.domain.surveys import SurveyService as Rated
from omil_desktop.ui.targets.survey_dialog import SurveyDialog
from tests.support.keys import focus, press, wait_active
from tests.ui.test_surveys_ui import TODAY, calendar, someone, surveys  # noqa: F401


def answer(ana: str, ref: str, score: int, comment: str, days_ago: int = 0) -> SurveyData:
    return SurveyData(
        person_id=ana,
        service=Rated.ATTENTION,
        service_id=ref,
        answered_on=TODAY - timedelta(days=days_ago),
        score=score,
        comment=comment,
        channel=SurveyChannel.PHONE,
    )


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def cells(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_person_s_surveys_are_listed_corrected_and_removed(
    qtbot,
    window,
    workspace,
    person_data,
    calendar,  # noqa: F811
    surveys,  # noqa: F811
    when_modal,
):
    ana = someone(workspace, person_data, "Ana María", 14_333_333, "+56 9 5555 3333")
    first = workspace.attentions.record(ana, TODAY - timedelta(days=9), ServiceKind.GUIDANCE, "")
    second = workspace.attentions.record(
        ana, TODAY - timedelta(days=20), ServiceKind.INFORMATION, ""
    )
    corrected = surveys.add(answer(ana, first, 3, "Tuve que esperar mucho."))
    surveys.add(answer(ana, second, 6, "Bien.", days_ago=5))
    window.people_page.run_search()
    window.people_page.select_person(ana)
    detail = window.people_page.detail

    assert detail.tabs.tabText(1) == "Encuestas (2)"
    detail.tabs.setCurrentIndex(1)
    assert cells(detail.surveys_table) == [
        ["20-11-2026", "Atención: Orientación laboral", "3", "Tuve que esperar mucho."],
        ["15-11-2026", "Atención: Información", "6", "Bien."],
    ]

    # «Corregir…»: the same form, filled in; an error shows beside its field, nothing saved.
    detail.correct_survey_button.click()
    dialog = detail.survey_dialog
    assert isinstance(dialog, SurveyDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Corregir encuesta de satisfacción"
    assert dialog.chosen() == (Rated.ATTENTION, first)
    assert dialog.score.currentData() == 3 and dialog.channel.value() is SurveyChannel.PHONE
    assert dialog.comment.toPlainText() == "Tuve que esperar mucho."
    assert "ya encuestado" not in dialog.service.currentText()
    dialog.choose(Rated.ATTENTION, second)  # already rated by the other survey
    wait_active(qtbot, dialog)
    focus(qtbot, dialog.answered_on)
    press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_text("service") == (
        "Este servicio ya tiene su encuesta, respondida el 15-11-2026."
    )
    assert surveys.get(corrected).service_id == first

    dialog.choose(Rated.ATTENTION, first)
    dialog.score.setCurrentIndex(dialog.score.findData(5))
    dialog.comment.setPlainText("Me llamaron de vuelta.")
    focus(qtbot, dialog.answered_on)
    with qtbot.waitSignal(dialog.saved):
        press(Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    row = surveys.get(corrected)
    assert (row.score, row.comment) == (5, "Me llamaron de vuelta.")
    assert cells(detail.surveys_table)[0][2:] == ["5", "Me llamaron de vuelta."]
    assert detail.current_survey().id == corrected
    assert detail.survey_comment.toPlainText() == "Me llamaron de vuelta."  # read whole below
    detail.surveys_table.setCurrentCell(1, 0)
    assert detail.survey_comment.toPlainText() == "Bien."
    detail.surveys_table.setCurrentCell(0, 0)

    # «Eliminar…» asks first: «No eliminar» keeps it.
    when_modal(QMessageBox, lambda box: button(box, "No eliminar").click())
    detail.delete_survey_button.click()
    assert len(surveys.surveys_of(ana)) == 2
    when_modal(QMessageBox, lambda box: button(box, "Eliminar").click())
    with qtbot.waitSignal(window.people_page.data_changed):  # the counts and sync status too
        detail.delete_survey_button.click()
    assert [s.score for s in surveys.surveys_of(ana)] == [6]
    assert detail.surveys_table.rowCount() == 1 and detail.tabs.tabText(1) == "Encuestas (1)"


def test_deleting_an_atencion_takes_its_survey_off_the_page(
    qtbot,
    window,
    workspace,
    person_data,
    calendar,  # noqa: F811
    surveys,  # noqa: F811
    when_modal,
):
    ana = someone(workspace, person_data, "Ana", 14_444_444, "")
    rated = workspace.attentions.record(ana, TODAY - timedelta(days=9), ServiceKind.GUIDANCE, "")
    surveys.add(answer(ana, rated, 2, "Por error."))
    window.people_page.run_search()
    window.people_page.select_person(ana)
    detail = window.people_page.detail
    assert detail.surveys_table.rowCount() == 1

    asked: list[str] = []

    def delete(box: QMessageBox) -> None:
        asked.append(box.informativeText())
        button(box, "Eliminar").click()

    when_modal(QMessageBox, delete)
    detail.delete_attention_button.click()

    assert "su encuesta de satisfacción, si la tiene, se elimina con ella" in asked[0]

    assert surveys.surveys_of(ana) == []
    assert detail.surveys_table.rowCount() == 0 and detail.tabs.tabText(1) == "Encuestas"
    detail.tabs.setCurrentIndex(1)
    assert detail.surveys_empty.isVisible()
    assert not detail.correct_survey_button.isEnabled()
    assert not detail.delete_survey_button.isEnabled()
    assert {r.service: r.answers for r in surveys.results(TODAY, TODAY)}[Rated.ATTENTION] == 0


def test_the_notes_caption_reads_whole_on_a_small_screen(
    qtbot,
    window,
    workspace,
    person_data,
    calendar,  # noqa: F811
):
    ana = someone(workspace, person_data, "Ana", 14_555_555, "")
    workspace.attentions.record(ana, TODAY - timedelta(days=9), ServiceKind.GUIDANCE, "CV")
    for area in (QRect(0, 0, 1024, 600), QRect(0, 0, 1366, 768)):
        window.fit_to_screen(area)
        QApplication.processEvents()
        window.people_page.run_search()
        window.people_page.select_person(ana)
        qtbot.wait(50)
        detail = window.people_page.detail
        caption = detail.notes_caption
        assert caption.isVisible() and caption.text() == "Notas"
        assert caption.width() >= caption.fontMetrics().horizontalAdvance("Notas")
        for b in (
            detail.edit_attention_button,
            detail.delete_attention_button,
            detail.survey_button,
        ):
            assert b.width() >= b.sizeHint().width(), b.text()
        assert window.width() <= area.width()
