"""Conflicts of sync: listed in the officer's words, resolved as a new local change."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import delete, select

from omil_desktop.services.errors import NotFound, ValidationFailed
from omil_desktop.store.models import ChangeLog, Person, SyncConflict, SyncState


def _conflict(workspace, table, row, field, local, server) -> int:
    with workspace.db.transaction() as session:
        conflict = SyncConflict(
            table_name=table,
            row_id=row,
            field=field,
            local_value=json.dumps(local),
            server_value=json.dumps(server),
            detected_at=datetime(2026, 11, 21, 10),
        )
        session.add(conflict)
        session.flush()
        return conflict.id


def _forget_changes(workspace) -> None:
    with workspace.db.transaction() as session:
        session.execute(delete(ChangeLog))


def _changes(workspace):
    with workspace.db.transaction() as session:
        return [
            (c.op, json.loads(c.payload), c.base_seq)
            for c in session.scalars(
                select(ChangeLog)
                .where(ChangeLog.table_name != "audit_entry")  # the audit log's own entries
                .order_by(ChangeLog.seq)
            )
        ]


def test_open_conflicts_are_described_with_labels_and_display_values(workspace, person_data):
    person_id = workspace.people.create(person_data())
    attention_id = workspace.attentions.record(person_id, date(2026, 11, 2), _kind(), "")
    notice_id = workspace.notices.create("Feria laboral", "", date(2026, 11, 20))
    _conflict(workspace, "person", person_id, "phone", "+56 9 1111 1111", "+56 9 2222 2222")
    _conflict(workspace, "person", person_id, "job_status", "cesante", None)
    _conflict(workspace, "person", person_id, "birth_date", "1990-05-17", "1990-05-18")
    _conflict(workspace, "attention", attention_id, "kind", "informacion", "orientacion")
    _conflict(workspace, "notice", notice_id, "shared", False, True)
    views = workspace.conflicts.list_open()
    assert workspace.conflicts.count_open() == 5
    got = [(v.record_kind, v.record, v.field_label, v.local_value, v.server_value) for v in views]
    person = "María José Núñez Pérez (12.345.678-5)"
    assert got == [
        ("Persona", person, "Teléfono", "+56 9 1111 1111", "+56 9 2222 2222"),
        ("Persona", person, "Situación laboral", "Cesante", "(vacío)"),
        ("Persona", person, "Fecha de nacimiento", "17-05-1990", "18-05-1990"),
        ("Atención", f"Información del 02-11-2026, {person}", "Tipo de atención",
         "Información", "Orientación laboral"),
        ("Aviso", "«Feria laboral»", "Compartido con la red", "No", "Sí"),
    ]  # fmt: skip


def test_every_synced_table_is_named_in_the_officers_words(workspace):
    from omil_desktop.domain.workshops import WorkshopData, WorkshopModule
    from omil_desktop.services.sync_conflicts import _RECORD_KINDS, _TABLE_LABELS
    from omil_desktop.store.models import SYNCED_MODELS
    from omil_desktop.sync import protocol

    workshop_id = workspace.workshops.create(
        WorkshopData(
            name="Apresto en Ñuble",
            modules=(WorkshopModule.CV,),
            facilitator="Ana Peña",
            capacity=20,
            starts_on=date(2026, 11, 2),
            ends_on=date(2026, 11, 27),
        )
    )
    _conflict(workspace, "workshop", workshop_id, "status", "finalizado", "abierto")
    _conflict(workspace, "workshop", workshop_id, "modules", "cv,entrevista", "cv")
    got = [
        (v.record_kind, v.record, v.field_label, v.local_value, v.server_value)
        for v in workspace.conflicts.list_open()
    ]
    assert got == [
        ("Taller", "«Apresto en Ñuble»", "Estado", "Finalizado", "Abierto"),
        ("Taller", "«Apresto en Ñuble»", "Módulos", "Currículum vitae, Entrevista laboral",
         "Currículum vitae"),
    ]  # fmt: skip
    for model in SYNCED_MODELS:
        table = model.__tablename__  # type: ignore[attr-defined]
        assert table in _RECORD_KINDS
        if table != "person":  # a person's fields are named by the spreadsheet's headers
            unnamed = set(protocol.SCHEMAS[protocol.PROTOCOL][table]) - set(_TABLE_LABELS[table])
            assert unnamed <= {"id", "office_code", "created_at", "updated_at", "deleted_at",
                               "shared"}, table  # fmt: skip


def _kind():
    from omil_desktop.domain.people import ServiceKind

    return ServiceKind.INFORMATION


@pytest.mark.parametrize("keep", ["local", "server"])
def test_resolving_writes_the_chosen_value_as_a_new_change_made_after_the_region(
    workspace, person_data, keep
):
    person_id = workspace.people.create(person_data(phone="+56 9 1111 1111"))
    _forget_changes(workspace)
    with workspace.db.transaction() as session:
        session.add(SyncState(id=1, cursor=42))
    conflict_id = _conflict(
        workspace, "person", person_id, "phone", "+56 9 1111 1111", "+56 9 2222 2222"
    )
    workspace.conflicts.resolve(conflict_id, keep)
    expected = "+56 9 1111 1111" if keep == "local" else "+56 9 2222 2222"
    assert workspace.people.get(person_id).data.phone == expected
    ((op, payload, base),) = _changes(workspace)  # logged even when the value did not change
    assert (op, payload["phone"], base) == ("update", expected, 42)
    assert workspace.conflicts.list_open() == []
    with workspace.db.transaction() as session:
        conflict = session.get(SyncConflict, conflict_id)
        assert conflict.resolution == keep and conflict.resolved_at is not None
    with pytest.raises(NotFound):
        workspace.conflicts.resolve(conflict_id, keep)


def test_resolving_a_date_field_stores_a_date(workspace, person_data):
    person_id = workspace.people.create(person_data())
    conflict_id = _conflict(
        workspace, "person", person_id, "birth_date", "1990-05-17", "1991-01-02"
    )
    workspace.conflicts.resolve(conflict_id, "server")
    with workspace.db.transaction() as session:
        assert session.get(Person, person_id).birth_date == date(1991, 1, 2)


def test_resolve_refuses_an_unknown_choice(workspace, person_data):
    person_id = workspace.people.create(person_data())
    conflict_id = _conflict(workspace, "person", person_id, "phone", "1", "2")
    with pytest.raises(ValidationFailed):
        workspace.conflicts.resolve(conflict_id, "both")  # type: ignore[arg-type]
