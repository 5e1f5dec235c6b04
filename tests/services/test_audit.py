"""The audit log through the services, on real SQLite files (issue 12, point 3): every write of a
person's data audited in its own transaction with the field names (never values), views and
exports recorded, the chain verified, an edited or removed row found, the log exported."""

from __future__ import annotations

import csv
import dataclasses
from datetime import date, datetime
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.privacy import AuditAction
from omil_desktop.services.errors import DuplicateRut
from omil_desktop.store.changelog import remote_session
from omil_desktop.store.models import AuditEntry, ChangeLog, Person, new_id


def entries(ws) -> list[AuditEntry]:
    with ws.db.transaction() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.position)))


def test_creating_and_changing_a_person_is_audited_with_field_names_only(workspace, person_data):
    person = workspace.people.create(person_data())
    record = workspace.people.get(person)
    workspace.people.update(
        person, dataclasses.replace(record.data, phone="+56 9 8765 4321", occupation="Soldador")
    )
    workspace.people.set_active(person, False)
    created, changed, deactivated = entries(workspace)
    assert (created.action, created.person_id, created.record_table) == ("crear", person, "person")
    assert {"rut", "first_names", "phone", "email", "birth_date"} <= set(created.fields.split(","))
    assert "search_key" not in created.fields and "office_code" not in created.fields
    assert (changed.action, changed.fields) == ("modificar", "occupation,phone")
    assert (deactivated.action, deactivated.fields) == ("modificar", "active")
    assert [e.position for e in entries(workspace)] == [1, 2, 3]
    assert changed.previous_hash == created.hash and deactivated.previous_hash == changed.hash
    assert created.officer == "Ana Pérez"  # a folder without accounts: the office's officer
    with workspace.db.engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM audit_entry")).all()
    for value in ("8765", "Soldador", "12345678", "Núñez", "maria.nunez"):
        assert not any(value in str(cell) for row in rows for cell in row), value
    assert workspace.audit.verify().summary() == "Íntegro: 3 entradas de 1 equipo."


def test_the_entry_is_itself_a_synced_change_of_the_same_transaction(workspace, person_data):
    person = workspace.people.create(person_data())
    with workspace.db.transaction() as session:
        logged = session.execute(select(ChangeLog.table_name, ChangeLog.row_id)).all()
    entry = entries(workspace)[0]
    assert logged == [("person", person), ("audit_entry", entry.id)]


def test_a_refused_write_leaves_no_entry(workspace, person_data):
    workspace.people.create(person_data())
    with pytest.raises(DuplicateRut):
        workspace.people.create(person_data(first_names="Otra"))
    assert len(entries(workspace)) == 1


def test_records_of_the_person_name_the_person(workspace, person_data):
    person = workspace.people.create(person_data())
    attention = workspace.attentions.record(
        person, date(2026, 11, 2), ServiceKind.GUIDANCE, "Orientación"
    )
    workspace.attentions.delete(attention)
    _created, recorded, deleted = entries(workspace)
    assert (recorded.action, recorded.person_id, recorded.record_table) == (
        "crear",
        person,
        "attention",
    )
    assert (recorded.record_id, deleted.record_id) == (attention, attention)
    assert (deleted.action, deleted.person_id, deleted.fields) == ("eliminar", person, "")


def test_records_received_by_sync_are_not_audited_here(workspace):
    with workspace.db.transaction() as session:
        remote_session(session)
        session.add(
            Person(
                id=new_id(),
                office_code="10404",
                first_names="Pedro",
                last_name_1="Soto",
                comuna_code="10404",
                birth_date=date(1980, 1, 2),
                created_at=datetime(2026, 11, 2),
                updated_at=datetime(2026, 11, 2),
            )
        )
    assert entries(workspace) == []


def test_views_and_the_signed_in_officer(workspace, person_data):
    person = workspace.people.create(person_data())
    workspace.officer = SimpleNamespace(username="mrojas", full_name="Marta Rojas", role="apoyo")
    workspace.audit.record(AuditAction.VIEWED, person_id=person, record_table="person")
    viewed = entries(workspace)[-1]
    assert (viewed.action, viewed.officer, viewed.person_id) == (
        "ver",
        "mrojas (Marta Rojas)",
        person,
    )
    page = workspace.audit.for_person(person)
    assert page.count == 2
    assert [row.action for row in page.rows] == [AuditAction.VIEWED, AuditAction.CREATED]
    assert page.rows[1].what == "Persona" and "RUT" in page.rows[1].fields_text


def test_the_person_log_is_paged_newest_first(workspace, person_data):
    person = workspace.people.create(person_data())
    for _ in range(7):
        workspace.audit.record(AuditAction.VIEWED, person_id=person)
    first = workspace.audit.for_person(person, 0, 5)
    rest = workspace.audit.for_person(person, 5, 5)
    assert (first.count, len(first.rows), len(rest.rows)) == (8, 5, 3)
    assert rest.rows[-1].action == AuditAction.CREATED
    positions = [r.position for r in first.rows + rest.rows]
    assert positions == sorted(positions, reverse=True)


def test_an_edited_row_is_detected(workspace, person_data):
    person = workspace.people.create(person_data())
    for _ in range(3):
        workspace.audit.record(AuditAction.VIEWED, person_id=person)
    with workspace.db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET officer = 'nadie' WHERE position = 3"))
    report = workspace.audit.verify()
    assert [p.message for p in report.problems] == [
        "La entrada N° 3 de este equipo fue modificada."
    ]


def test_a_removed_row_is_detected(workspace, person_data):
    person = workspace.people.create(person_data())
    for _ in range(3):
        workspace.audit.record(AuditAction.VIEWED, person_id=person)
    with workspace.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry WHERE position = 2"))
    report = workspace.audit.verify()
    assert [p.kind for p in report.problems] == ["faltante"]
    assert "Falta la entrada N° 2 de este equipo" in report.summary()


def test_export_as_spreadsheet_and_csv_is_itself_recorded(workspace, person_data, tmp_path):
    person = workspace.people.create(person_data())
    workspace.audit.record(AuditAction.PRINTED, person_id=person, detail="Certificado")
    assert workspace.audit.export(tmp_path / "log.xlsx") == 2
    sheet = load_workbook(tmp_path / "log.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Fecha y hora", "Funcionario(a)", "Acción", "Persona")
    assert rows[1][2:5] == ("Imprimió", "María José Núñez Pérez", "Certificado")
    assert rows[2][2] == "Creó"
    exported = entries(workspace)[-1]
    assert (exported.action, exported.person_id) == ("exportar", None)
    assert workspace.audit.export(tmp_path / "persona.csv", person_id=person) == 2
    with (tmp_path / "persona.csv").open(encoding="utf-8-sig") as f:
        lines = list(csv.reader(f, delimiter=";"))
    assert [line[2] for line in lines[1:]] == ["Imprimió", "Creó"]
    assert workspace.audit.verify().intact


def test_export_refuses_another_kind_of_file(workspace, tmp_path):
    from omil_desktop.services.audit import AuditExportFailed

    with pytest.raises(AuditExportFailed, match=r"\.xlsx o como \.csv"):
        workspace.audit.export(tmp_path / "log.pdf")
