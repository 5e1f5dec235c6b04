"""The dated log of atenciones given to a person."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

import pytest

from omil_desktop.domain.people import ServiceKind
from omil_desktop.services.errors import NotFound, ValidationFailed


@pytest.fixture
def person(workspace, person_data):
    return workspace.people.create(person_data())


def log_rows(workspace):
    conn = sqlite3.connect(workspace.db.path)
    try:
        return conn.execute(
            "SELECT table_name, op, row_id, payload FROM change_log "
            "WHERE table_name != 'audit_entry' ORDER BY seq"
        ).fetchall()
    finally:
        conn.close()


def test_record_and_read_back(workspace, person):
    attention_id = workspace.attentions.record(
        person, date(2026, 1, 5), ServiceKind.FCS_CERTIFICATION, "  Certificado entregado.  "
    )

    (row,) = workspace.attentions.history(person)
    assert row.id == attention_id
    assert row.date == date(2026, 1, 5)
    assert row.kind is ServiceKind.FCS_CERTIFICATION
    assert row.notes == "Certificado entregado."
    table, op, row_id, payload = log_rows(workspace)[-1]
    assert (table, op, row_id) == ("attention", "insert", attention_id)
    assert json.loads(payload)["kind"] == "certificacion_fcs"
    assert json.loads(payload)["office_code"] == "10404"


def test_history_is_newest_first_and_per_person(workspace, person, person_data):
    from omil_desktop.domain.rut import Rut

    other = workspace.people.create(
        person_data(first_names="Pedro", last_name_1="Soto", rut=Rut.from_body(11111111))
    )
    record = workspace.attentions.record
    old = record(person, date(2025, 3, 10), ServiceKind.INFORMATION, "")
    newest = record(person, date(2026, 2, 1), ServiceKind.BNE_REGISTRATION, "")
    middle = record(person, date(2025, 12, 24), ServiceKind.GUIDANCE, "")
    same_day_later = record(person, date(2026, 2, 1), ServiceKind.JOB_READINESS, "")
    theirs = record(other, date(2026, 1, 1), ServiceKind.OTHER, "")

    history = workspace.attentions.history(person)
    assert [r.id for r in history] == [same_day_later, newest, middle, old]
    assert [r.id for r in workspace.attentions.history(other)] == [theirs]


def test_today_is_allowed(workspace, person):
    workspace.attentions.record(person, date.today(), ServiceKind.GUIDANCE, "")
    assert [r.date for r in workspace.attentions.history(person)] == [date.today()]


@pytest.mark.parametrize(
    ("on", "kind", "fields"),
    [
        (date.today() + timedelta(days=1), ServiceKind.GUIDANCE, {"date"}),
        (None, ServiceKind.GUIDANCE, {"date"}),
        (date(2026, 1, 5), None, {"kind"}),
        (None, None, {"date", "kind"}),
    ],
)
def test_validation(workspace, person, on, kind, fields):
    changes_before = len(log_rows(workspace))

    with pytest.raises(ValidationFailed) as caught:
        workspace.attentions.record(person, on, kind, "")

    errors = caught.value.errors
    assert set(errors) == fields
    if on is not None and "date" in fields:
        assert errors["date"] == "La fecha de la atención no puede ser futura."
    if on is None:
        assert errors["date"] == "Indique la fecha de la atención."
    if kind is None:
        assert errors["kind"] == "Elija el tipo de atención."
    assert workspace.attentions.history(person) == []
    assert len(log_rows(workspace)) == changes_before


def test_unknown_person_is_refused(workspace, person):
    with pytest.raises(NotFound):
        workspace.attentions.record("nobody", date(2026, 1, 5), ServiceKind.GUIDANCE, "")
    assert len(log_rows(workspace)) == 1


def test_delete_is_a_tombstone_hidden_from_history(workspace, person):
    keep = workspace.attentions.record(person, date(2026, 1, 5), ServiceKind.GUIDANCE, "")
    mistake = workspace.attentions.record(person, date(2026, 1, 6), ServiceKind.OTHER, "error")

    workspace.attentions.delete(mistake)

    assert [r.id for r in workspace.attentions.history(person)] == [keep]
    conn = sqlite3.connect(workspace.db.path)
    try:
        (deleted_at,) = conn.execute(
            "SELECT deleted_at FROM attention WHERE id = ?", (mistake,)
        ).fetchone()
    finally:
        conn.close()
    assert deleted_at is not None, "the row stays, marked deleted, so the deletion can sync"
    table, op, row_id, payload = log_rows(workspace)[-1]
    assert (table, op, row_id) == ("attention", "delete", mistake)
    assert json.loads(payload)["deleted_at"] is not None

    with pytest.raises(NotFound) as caught:
        workspace.attentions.delete(mistake)
    assert "ya fue eliminada" in str(caught.value)
    with pytest.raises(NotFound):
        workspace.attentions.delete("no-such-id")


def test_an_attention_is_corrected_and_only_what_changed_is_logged(workspace, person):
    attention_id = workspace.attentions.record(
        person, date(2026, 1, 5), ServiceKind.INFORMATION, "primera"
    )

    workspace.attentions.update(
        attention_id, date(2026, 1, 6), ServiceKind.GUIDANCE, "  CV revisado\n\n  llamar  "
    )

    row = workspace.attentions.get(attention_id)
    assert (row.date, row.kind, row.notes) == (
        date(2026, 1, 6),
        ServiceKind.GUIDANCE,
        "CV revisado\n\nllamar",
    )
    assert workspace.attentions.history(person) == [row]
    table, op, row_id, payload = log_rows(workspace)[-1]
    assert (table, op, row_id) == ("attention", "update", attention_id)
    assert json.loads(payload)["kind"] == "orientacion"


def test_a_wrong_correction_changes_nothing(workspace, person):
    attention_id = workspace.attentions.record(person, date(2026, 1, 5), ServiceKind.OTHER, "x")
    changes_before = len(log_rows(workspace))

    with pytest.raises(ValidationFailed) as caught:
        workspace.attentions.update(attention_id, None, None, "y" * 10_001)

    assert set(caught.value.errors) == {"date", "kind", "notes"}
    assert caught.value.errors["notes"] == "Notas: hasta 10.000 caracteres (tiene 10.001)."
    row = workspace.attentions.get(attention_id)
    assert (row.date, row.kind, row.notes) == (date(2026, 1, 5), ServiceKind.OTHER, "x")
    assert len(log_rows(workspace)) == changes_before


def test_a_deleted_attention_cannot_be_read_or_corrected(workspace, person):
    attention_id = workspace.attentions.record(person, date(2026, 1, 5), ServiceKind.OTHER, "")
    workspace.attentions.delete(attention_id)
    with pytest.raises(NotFound):
        workspace.attentions.get(attention_id)
    with pytest.raises(NotFound):
        workspace.attentions.update(attention_id, date(2026, 1, 5), ServiceKind.OTHER, "")


def test_long_notes_are_refused_when_recorded(workspace, person):
    with pytest.raises(ValidationFailed) as caught:
        workspace.attentions.record(person, date(2026, 1, 5), ServiceKind.OTHER, "n" * 10_001)
    assert set(caught.value.errors) == {"notes"}
    workspace.attentions.record(person, date(2026, 1, 5), ServiceKind.OTHER, "n" * 10_000)
