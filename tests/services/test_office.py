"""First-run set-up of the office: which comuna it serves and who runs it."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from omil_desktop.services.errors import ValidationFailed
from omil_desktop.services.workspace import OfficeNotSetUp, Workspace


def office_rows(workspace):
    with closing(sqlite3.connect(workspace.db.path)) as conn:
        return conn.execute("SELECT comuna_code, officer_name FROM office").fetchall()


def test_new_workspace_has_no_office_and_refuses_people(data_dir):
    ws = Workspace(data_dir)
    try:
        assert ws.office is None
        assert ws.office_service.current() is None
        with pytest.raises(OfficeNotSetUp) as caught:
            ws.people  # noqa: B018 - the property is what refuses
        assert "no está configurada" in str(caught.value)
        with pytest.raises(OfficeNotSetUp):
            ws.attentions  # noqa: B018
    finally:
        ws.close()


def test_set_up_records_comuna_and_officer(workspace):
    office = workspace.office
    assert office.comuna_code == "10404"
    assert office.comuna_name == "Palena"
    assert office.region_name == "Región de Los Lagos"
    assert office.officer_name == "Ana Pérez"
    assert office.title == "OMIL Palena"
    assert office_rows(workspace) == [("10404", "Ana Pérez")]


def test_office_survives_reopening(workspace, data_dir):
    workspace.close()
    again = Workspace(data_dir)
    try:
        assert again.office == workspace.office
        assert again.people is not None
    finally:
        again.close()


@pytest.mark.parametrize(
    ("comuna", "officer", "fields"),
    [
        ("99999", "Ana Pérez", {"comuna_code"}),
        ("Atlántida", "Ana Pérez", {"comuna_code"}),
        ("", "Ana Pérez", {"comuna_code"}),
        ("10404", "Al", {"officer_name"}),
        ("10404", "   A  ", {"officer_name"}),
        ("nada", "", {"comuna_code", "officer_name"}),
    ],
)
def test_set_up_validation_is_per_field_and_spanish(data_dir, comuna, officer, fields):
    ws = Workspace(data_dir)
    try:
        with pytest.raises(ValidationFailed) as caught:
            ws.set_up_office(comuna, officer)
        errors = caught.value.errors
        assert set(errors) == fields
        if "comuna_code" in fields:
            assert errors["comuna_code"] == "Elija la comuna de la oficina de la lista."
        if "officer_name" in fields:
            assert "nombre completo" in errors["officer_name"]
        assert str(caught.value).startswith("Revise los campos marcados")
        assert ws.office is None
        assert office_rows(ws) == []
    finally:
        ws.close()


def test_set_up_accepts_comuna_name_and_tidies_officer_name(data_dir):
    ws = Workspace(data_dir)
    try:
        office = ws.set_up_office("  futaleufu ", "  Ana   María  Pérez ")
        assert (office.comuna_code, office.comuna_name) == ("10402", "Futaleufú")
        assert office.officer_name == "Ana María Pérez"
    finally:
        ws.close()


def test_running_set_up_again_corrects_the_single_office(workspace):
    corrected = workspace.set_up_office("10402", "Juan Carrasco")

    assert corrected.comuna_name == "Futaleufú"
    assert workspace.office == corrected
    assert workspace.office_service.current() == corrected
    assert office_rows(workspace) == [("10402", "Juan Carrasco")]


def test_invalid_correction_keeps_the_office_as_it_was(workspace):
    with pytest.raises(ValidationFailed):
        workspace.set_up_office("00000", "Juan Carrasco")

    assert office_rows(workspace) == [("10404", "Ana Pérez")]
    assert workspace.office.comuna_code == "10404"
