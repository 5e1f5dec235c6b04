"""Legal basis, consent and retention as the officer meets them (issue 12, points 4 and 6): the
basis on the person's form and page, «Imprimir consentimiento», the yearly review's window (who,
why, choosing, anonymising, recording the review), its reminder and the periods' settings; at
1366×768 and 1024×600."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import update

from omil_desktop.domain.people import ConsentMethod
from omil_desktop.domain.privacy import LegalBasis, RetentionKind
from omil_desktop.domain.rut import Rut
from omil_desktop.store.models import Office
from omil_desktop.ui.people.person_dialog import PersonDialog
from omil_desktop.ui.retention.periods_dialog import RetentionPeriodsDialog
from omil_desktop.ui.retention.review_dialog import RetentionReviewDialog
from omil_desktop.ui.workshops import documents
from tests.support.keys import press, wait_active

NOW = datetime(2026, 11, 20, 12, 0)
SCREENS = (QRect(0, 0, 1366, 768), QRect(0, 0, 1024, 600))


@pytest.fixture
def clock(monkeypatch):
    class Clock:
        now = NOW

    class Calendar(date):
        @classmethod
        def today(cls) -> date:
            return Clock.now.date()

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)
    monkeypatch.setattr("omil_desktop.store.changelog.utcnow", lambda: Clock.now)
    return Clock


@pytest.fixture
def inactive(workspace, person_data, clock) -> list[str]:
    """Three people registered in 2016, nothing since (past the 5 years), and one of today, in
    an office set up in 2016 (a new office's first yearly review is the next year's)."""
    with workspace.db.transaction() as session:
        session.execute(update(Office).values(created_at=datetime(2016, 3, 1, 9, 0)))
    clock.now = datetime(2016, 5, 2, 9, 0)
    ids = [
        workspace.people.create(
            person_data(first_names=name, rut=Rut.from_body(8_000_000 + n)),
            allow_likely_duplicate=True,
        )
        for n, name in enumerate(("Alba", "Berta", "Carla"))
    ]
    clock.now = NOW
    workspace.people.create(person_data(), allow_likely_duplicate=True)
    return ids


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


# -- the person's form and page ---------------------------------------------------------------


def test_the_form_shows_and_saves_the_legal_basis(qtbot, window, workspace, person_data, clock):
    person = workspace.people.create(person_data())
    dialog = PersonDialog(workspace, person, window)
    dialog.show()
    wait_active(qtbot, dialog)
    form = dialog.form
    assert form.legal_basis.value() is LegalBasis.LEGAL_FUNCTION
    bases = form.processing_bases.text()
    assert "Registro en la OMIL: función legal" in bases
    assert "Derivación a una oferta de otra oficina: consentimiento" in bases
    form.legal_basis.set_value(LegalBasis.CONSENT)
    dialog.save_button.click()
    assert "fecha y la forma" in form.error_text("legal_basis")  # no consent recorded
    form.consent_on.set_value(date(2026, 11, 3))
    form.consent_method.set_value(ConsentMethod.SIGNED)
    assert form.error_text("legal_basis") == ""  # gone once fixed
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.people.get(person).data.legal_basis is LegalBasis.CONSENT


@pytest.mark.parametrize("screen", SCREENS, ids=["1366x768", "1024x600"])
def test_the_consent_section_is_reached_on_both_screens(qtbot, window, workspace, screen):
    dialog = PersonDialog(workspace, None, window)
    dialog.show()
    dialog.fit_to_screen(screen)
    qtbot.waitUntil(lambda: dialog.height() <= screen.height() - 40)
    assert dialog.width() <= screen.width()
    dialog.reveal(dialog.form.legal_basis)
    QApplication.processEvents()
    combo = dialog.form.legal_basis
    corner = combo.mapTo(dialog.scroll_area.viewport(), combo.rect().bottomRight())
    assert dialog.scroll_area.viewport().rect().contains(corner)
    dialog.done(0)


def test_the_person_page_shows_the_basis_and_prints_the_consent_form(
    qtbot, window, workspace, person_data, monkeypatch, tmp_path, clock
):
    person = workspace.people.create(
        person_data(consent_on=date(2026, 3, 2), consent_method=ConsentMethod.SIGNED)
    )
    page = window.people_page
    page.refresh()
    page.select_person(person)
    summary = page.detail.summary.text().replace("\u200b", "")
    assert "Base de licitud: Función legal de la OMIL (Ley 19.518, art. 73)" in summary
    assert "Consentimiento para compartir fuera de la oficina: 02-03-2026" in summary

    target = tmp_path / "consentimiento.pdf"
    asked: list[str] = []
    opened: list[Path] = []
    monkeypatch.setattr(
        documents, "ask_save_path", lambda _p, _t, name: asked.append(name) or target
    )
    monkeypatch.setattr(
        documents.QDesktopServices,
        "openUrl",
        lambda url: opened.append(Path(url.toLocalFile())) or True,
    )
    page.detail.consent_button.click()
    qtbot.waitUntil(lambda: opened == [target], timeout=10_000)
    assert asked == ["consentimiento-maria-jose-nunez-perez.pdf"]
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "María José Núñez Pérez" in text and "Chaitén" not in text


def test_the_page_says_when_nothing_may_be_shared(qtbot, window, workspace, person_data):
    person = workspace.people.create(person_data())
    window.people_page.refresh()
    window.people_page.select_person(person)
    summary = window.people_page.detail.summary.text().replace("\u200b", "")
    assert "Sin consentimiento para compartir sus datos fuera de la oficina" in summary


# -- the yearly review ------------------------------------------------------------------------


def test_the_reminder_until_this_years_review_is_recorded(qtbot, window, workspace, inactive):
    qtbot.waitUntil(lambda: window.retention_reminder.isVisible())
    dialog = RetentionReviewDialog(workspace.retention, window)
    dialog.show()
    assert dialog.windowTitle() == "Revisión anual de conservación de datos"
    summary = dialog.summary.text()
    assert "Plazo de conservación: 5 años" in summary
    assert "antes del 20-11-2021: 3 personas" in summary
    assert "Aún no se ha hecho ninguna revisión" in summary
    dialog.reviewed.connect(window.refresh_retention_reminder)
    dialog.done_button.click()
    assert workspace.retention.reviewed_on() == date(2026, 11, 20)
    assert "Última revisión: 20-11-2026" in dialog.summary.text()
    assert not window.retention_reminder.isVisible()
    dialog.done(0)


def test_the_review_lists_who_and_why_and_counts_the_chosen(qtbot, workspace, inactive):
    dialog = RetentionReviewDialog(workspace.retention, None)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    assert model.rowCount() == 3
    names = [model.index(r, 1).data() for r in range(3)]
    assert names == ["Alba Núñez Pérez", "Berta Núñez Pérez", "Carla Núñez Pérez"]
    assert model.index(0, 3).data() == "02-05-2016 · registro en la OMIL"
    assert model.index(0, 4).data() == "10 años sin actividad (plazo: 5)"
    assert "el plazo de conservación es de 5 años" in model.index(0, 4).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert not dialog.apply_button.isEnabled()
    dialog.all_button.click()
    assert dialog.apply_button.text() == "Anonimizar 3 personas…"
    model.setData(model.index(1, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.apply_button.text() == "Anonimizar 2 personas…"
    assert model.chosen_ids() == [inactive[0], inactive[2]]
    dialog.none_button.click()
    assert dialog.apply_button.text() == "Anonimizar 0 personas…"
    assert not dialog.apply_button.isEnabled()


@pytest.mark.parametrize("screen", SCREENS, ids=["1366x768", "1024x600"])
def test_the_review_window_fits_the_screen(qtbot, window, workspace, inactive, screen):
    window.fit_to_screen(screen)
    dialog = RetentionReviewDialog(workspace.retention, window)
    dialog.show()
    dialog.setMaximumSize(screen.width() - 16, screen.height() - 40)
    dialog.resize(min(900, screen.width() - 16), min(560, screen.height() - 40))
    QApplication.processEvents()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height() - 40
    for widget in (dialog.apply_button, dialog.done_button, dialog.close_button):
        corner = widget.mapTo(dialog, widget.rect().bottomRight())
        assert widget.isVisible() and dialog.rect().contains(corner)
    assert dialog.minimumSizeHint().width() <= 1024 - 16
    dialog.done(0)


def test_anonymising_the_chosen_after_confirming(qtbot, workspace, inactive, when_modal):
    """The chosen are anonymised through the erasure service, once the officer confirms."""
    dialog = RetentionReviewDialog(workspace.retention, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cannot_anonymise is None, dialog.cannot_anonymise
    model = dialog.model
    model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(2, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    # First «No anonimizar»: nothing happens.
    when_modal(QMessageBox, lambda box: button(box, "No anonimizar").click())
    dialog.apply_button.click()
    assert workspace.retention.count_due(date(2026, 11, 20)) == 3
    when_modal(QMessageBox, lambda box: button(box, "Anonimizar").click())
    dialog.apply_button.click()
    qtbot.waitUntil(
        lambda: dialog.worker is None and dialog.result_label.isVisible(), timeout=10_000
    )
    assert dialog.result_label.text().startswith("Anonimizadas: 2 personas.")
    assert model.ids == [inactive[1]]
    assert workspace.retention.reviewed_on() == date(2026, 11, 20)


# -- the periods ------------------------------------------------------------------------------


def test_the_periods_are_set_in_their_dialog(qtbot, window, workspace):
    dialog = RetentionPeriodsDialog(workspace.retention, window)
    dialog.show()
    wait_active(qtbot, dialog)
    box = dialog.years[RetentionKind.INACTIVE_PEOPLE]
    assert box.value() == 5 and box.isEnabled()
    box.setValue(7)
    box.setFocus()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.retention.period() == 7


def test_the_person_page_buttons_fit_a_small_screen(qtbot, window, workspace, person_data):
    person = workspace.people.create(person_data())
    window.fit_to_screen(QRect(0, 0, 1024, 600))
    window.people_page.refresh()
    window.people_page.select_person(person)
    QApplication.processEvents()
    assert window.width() <= 1024 - 10
    assert window.minimumSizeHint().width() <= 1024 - 10  # nothing asks for more
    detail = window.people_page.detail
    row = (
        detail.attention_button,
        detail.vacancies_button,
        detail.edit_button,
        detail.active_button,
    )
    needed = sum(b.minimumSizeHint().width() + 6 for b in row)
    assert needed <= detail.width(), (needed, detail.width())
    for widget in (
        detail.attention_button,
        detail.vacancies_button,
        detail.edit_button,
        detail.consent_button,
        detail.active_button,
    ):
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert widget.isVisible() and window.rect().contains(corner), widget.text()
    assert (
        window.retention_reminder.mapTo(window, window.retention_reminder.rect().topRight()).x()
        < window.width()
    )
