"""The «Datos personales» tab of a person's page (issue 12, point 5), real widgets on a real
database: the requests with their deadline (overdue in red), «Copia de sus datos…» writing the
PDF and the JSON and answering the request, a new request with its errors beside the fields,
the objection withdrawing the consent, and «Supresión…» showing what stays and why, then
anonymising — refused, with nothing changed, for an «apoyo» officer."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from omil_desktop.domain.privacy import RequestKind, RequestStatus
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.people.privacy_tab import OVERDUE, ErasureDialog, PrivacyTab, RequestDialog
from tests.services.rights_fixtures import add_full_person

TODAY = date(2026, 12, 10)  # the fixture's «acceso» request (02-11-2026) is overdue


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    class Calendar(date):
        @classmethod
        def today(cls) -> date:
            return TODAY

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)


@pytest.fixture
def page(window, workspace):
    recorded = add_full_person(workspace, followed_up_on=date(2026, 12, 1))
    window.people_page.run_search()
    window.people_page.select_person(recorded.person_id)
    detail = window.people_page.detail
    detail.tabs.setCurrentIndex(detail.tabs.indexOf(detail.privacy))
    return recorded, detail, detail.privacy


def cells(tab: PrivacyTab) -> list[list[str]]:
    table = tab.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def answer_boxes(*buttons: QMessageBox.StandardButton) -> list[str]:
    """Press ``buttons`` on the message boxes as they open, one each, in order; returns their
    texts as they were shown."""
    shown: list[str] = []
    waiting = list(buttons)

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            shown.append(box.text())
            box.button(waiting.pop(0)).click()
        if waiting:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return shown


def test_requests_are_listed_with_their_deadline_overdue_in_red(page):
    _recorded, detail, tab = page
    assert detail.tabs.tabText(detail.tabs.indexOf(tab)) == "Datos personales"
    assert cells(tab) == [
        ["02-11-2026", "Acceso", "02-12-2026", "Pendiente · Vencida el 02-12-2026"]
    ]
    assert tab.table.item(0, 0).foreground().color() == OVERDUE
    assert "Consentimiento de la persona" in tab.basis.text()
    assert "Consentimiento para compartir fuera de la oficina: 04-02-2026" in tab.basis.text()


def test_the_copy_writes_pdf_and_json_and_answers_the_request(page, tmp_path, monkeypatch):
    recorded, _detail, tab = page
    target = tmp_path / "copia.pdf"
    monkeypatch.setattr(tab, "ask_save_path", lambda: target)
    shown = answer_boxes(QMessageBox.StandardButton.Ok)
    assert tab.write_copy() == target
    assert shown and "copia.json" in shown[0]
    assert target.stat().st_size > 0
    document = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
    assert document["person"]["id"] == recorded.person_id
    [row] = tab.requests
    assert row.status is RequestStatus.ANSWERED
    assert "copia.pdf y copia.json" in tab.answer_view.toPlainText()
    assert tab.table.item(0, 0).foreground().color() != OVERDUE


def test_a_new_request_shows_its_errors_beside_the_fields_then_saves(page):
    _recorded, _detail, tab = page
    dialog = tab.new_request()
    assert isinstance(dialog, RequestDialog)
    dialog.received_on.setText("11-12-2026")
    dialog.save()
    assert dialog.error_text("kind") == "Elija qué solicita la persona."
    assert "futura" in dialog.error_text("received_on")
    dialog.kind.set_value(RequestKind.PORTABILITY)
    assert dialog.error_text("kind") == ""
    dialog.received_on.setText("09-12-2026")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert cells(tab)[0] == [
        "09-12-2026",
        "Portabilidad",
        "08-01-2027",
        "Pendiente · Vence el 08-01-2027",
    ]


def test_the_objection_withdraws_the_consent(page, workspace):
    recorded, _detail, tab = page
    shown = answer_boxes(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    tab.object_button.click()
    assert "se retirará su consentimiento" in shown[0]
    assert "se retiró el consentimiento" in shown[1]
    record = workspace.people.get(recorded.person_id)
    assert record.data.consent_on is None
    assert "Sin consentimiento" in tab.basis.text()
    assert not tab.object_button.isEnabled()
    assert cells(tab)[0][1] == "Oposición"


def test_erasure_shows_what_stays_and_why_then_anonymises(page, workspace):
    recorded, detail, tab = page
    dialog = tab.erase()
    assert isinstance(dialog, ErasureDialog)
    plan = dialog.plan_view.toPlainText()
    assert "Se eliminarán:" in plan and "Se conservan, sin nombre:" in plan
    assert "rendición del convenio FOMIL" in plan
    # A stray Enter anonymises nobody: the reason starts empty and is asked for beside it.
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert workspace.people.get(recorded.person_id).data.rut is not None
    assert dialog.errors.message("reason") == "Indique el motivo de la supresión."
    dialog.reason.setText("Solicitud de la persona")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert detail.title.text().startswith("Persona anonimizada")
    assert "Datos anonimizados el 10-12-2026" in tab.basis.text()
    assert not tab.erase_button.isEnabled() and not tab.rectify_button.isEnabled()
    # Nor the page's «Editar datos» (Ctrl+E), «Reactivar» or «Imprimir consentimiento».
    assert not detail.edit_button.isEnabled() and not detail.active_button.isEnabled()
    assert not detail.consent_button.isEnabled()
    assert "ninguna (datos anonimizados)" in detail.summary.text()
    erasure = next(r for r in tab.requests if r.kind is RequestKind.ERASURE)
    assert erasure.status is RequestStatus.ANSWERED and "Se conservan" in erasure.answer
    assert workspace.people.get(recorded.person_id).data.rut is None


def test_an_apoyo_officer_cannot_anonymise_and_nothing_changes(page, workspace, monkeypatch):
    recorded, _detail, tab = page

    def refuse(_self) -> None:
        raise ServiceError("Solo el encargado(a) de la OMIL puede suprimir datos.")

    monkeypatch.setattr(Workspace, "require_manager", refuse)
    dialog = tab.erase()
    assert dialog is not None
    dialog.reason.setText("Solicitud de la persona")
    shown = answer_boxes(QMessageBox.StandardButton.Ok)
    dialog.save()
    assert shown and "encargado" in shown[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert workspace.people.get(recorded.person_id).data.first_names == "Begoña Íñiga"
    assert all(r.kind is not RequestKind.ERASURE for r in tab.requests)
