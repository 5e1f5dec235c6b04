"""The audit log on screen (issue 12, point 3): a person's page records one «ver» per opening and
lists who did what in its «Accesos» tab, newest first and a page at a time; the office's
«Registro de accesos» (Configuración menu, encargado(a) only) verifies the chains and exports."""

from __future__ import annotations

import dataclasses

from openpyxl import load_workbook
from sqlalchemy import text

from omil_desktop.domain.privacy import AuditAction
from omil_desktop.domain.rut import Rut
from omil_desktop.services.errors import ServiceError
from omil_desktop.ui.audit.log_dialog import AuditLogDialog


def cells(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def views(workspace, person: str) -> int:
    page = workspace.audit.for_person(person, 0, 500)
    return sum(1 for row in page.rows if row.action is AuditAction.VIEWED)


def test_the_person_page_records_each_opening_and_lists_the_accesses(
    qtbot, window, workspace, person_data
):
    ana = workspace.people.create(person_data())
    pedro = workspace.people.create(
        person_data(first_names="Pedro", rut=Rut.parse("11.111.111-1"), email="")
    )
    record = workspace.people.get(ana)
    workspace.people.update(ana, dataclasses.replace(record.data, phone="+56 9 8765 4321"))
    page = window.people_page
    page.run_search()
    page.select_person(ana)
    detail = page.detail
    assert views(workspace, ana) == 1
    detail.show_person(ana)  # read again after an edit: not another opening
    assert views(workspace, ana) == 1
    page.select_person(pedro)
    page.select_person(ana)
    assert (views(workspace, ana), views(workspace, pedro)) == (2, 1)

    assert detail.tabs.tabText(2) == "Accesos"
    detail.tabs.setCurrentIndex(2)
    rows = cells(detail.access_tab.log.table)
    assert [row[1:4] for row in rows] == [
        ["Ana Pérez", "Vio", "Persona"],
        ["Ana Pérez", "Vio", "Persona"],
        ["Ana Pérez", "Modificó", "Persona"],
        ["Ana Pérez", "Creó", "Persona"],
    ]
    assert rows[2][4] == "Teléfono"
    assert "8765" not in str(rows)


def test_a_long_log_is_read_a_page_at_a_time(qtbot, window, workspace, person_data):
    ana = workspace.people.create(person_data())
    workspace.audit.record_people(AuditAction.PRINTED, [ana] * 1, detail="Certificado")
    for _ in range(58):
        workspace.audit.record(AuditAction.VIEWED, person_id=ana)
    window.people_page.run_search()
    window.people_page.select_person(ana)
    log = window.people_page.detail.access_tab.log
    assert log.position_label.text() == "1–50 de 61 entradas"
    assert not log.newer_button.isEnabled() and log.older_button.isEnabled()
    log.older_button.click()
    assert log.position_label.text() == "51–61 de 61 entradas"
    assert cells(log.table)[-1][2] == "Creó"
    assert cells(log.table)[-2][2:4] == ["Imprimió", "Certificado"]
    assert not log.older_button.isEnabled()
    log.newer_button.click()
    assert log.offset == 0


def test_the_office_log_verifies_and_exports(qtbot, window, workspace, person_data, tmp_path):
    ana = workspace.people.create(person_data())
    window.audit_log_action.trigger()
    dialog = window.audit_log_dialog
    assert isinstance(dialog, AuditLogDialog)
    qtbot.addWidget(dialog)
    assert cells(dialog.log.table)[0][2:4] == ["Creó", "María José Núñez Pérez"]
    dialog.verify_button.click()
    assert dialog.outcome.text() == "Íntegro: 1 entrada de 1 equipo."

    dialog.export(tmp_path / "accesos.xlsx")
    sheet = load_workbook(tmp_path / "accesos.xlsx").active
    assert [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["Creó"]
    assert dialog.log.count == 2  # the export itself
    workspace.audit.record(AuditAction.VIEWED, person_id=ana)
    with workspace.db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET fields = '' WHERE position = 1"))
    dialog.verify_button.click()
    assert "La entrada N° 1 de este equipo fue modificada." in dialog.outcome.text()


def test_an_apoyo_is_told_why_the_office_log_does_not_open(qtbot, window, workspace, monkeypatch):
    told: list[str] = []

    def refuse() -> None:
        raise ServiceError("Solo el encargado(a) de la OMIL puede ver el registro de accesos.")

    monkeypatch.setattr(workspace, "require_manager", refuse)
    monkeypatch.setattr(
        "omil_desktop.ui.audit.log_dialog.show_problem", lambda _p, message: told.append(message)
    )
    window.audit_log_action.trigger()
    assert window.audit_log_dialog is None
    assert told == ["Solo el encargado(a) de la OMIL puede ver el registro de accesos."]
