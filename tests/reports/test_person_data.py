"""The copy of a person's data (issue 12, points 5 and 9): the PDF read back with pypdf and the
JSON read back hold every field of a fully-filled person — the fields taken from the model's
columns, not a hand list — with the person form's labels, and everything recorded about them,
including who accessed their data. Writing it records an «exportar» entry in the audit log."""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum

import pytest
from pypdf import PdfReader

from omil_desktop.domain.people import (
    ConsentMethod,
    DocumentType,
    EducationLevel,
    JobStatus,
    Sex,
    UnemploymentInsurance,
)
from omil_desktop.domain.privacy import AuditAction, LegalBasis
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.person_data import PERSON_LABELS, columns
from omil_desktop.store.models import AuditEntry, Person
from tests.services.rights_fixtures import (
    ATTENTION_NOTES,
    PLACEMENT_NOTES,
    REFERRAL_NOTES,
    SURVEY_COMMENT,
    add_full_person,
)

CODED: dict[str, type[StrEnum]] = {
    "document_type": DocumentType,
    "sex": Sex,
    "education_level": EducationLevel,
    "job_status": JobStatus,
    "unemployment_insurance": UnemploymentInsurance,
    "consent_method": ConsentMethod,
    "legal_basis": LegalBasis,
}


def _squash(text: str) -> str:
    """Text without any whitespace: a long value wraps inside its table cell."""
    return "".join(text.split())


def _printed(value: object, name: str) -> str:
    """How a stored value must read in the PDF, worked out here, apart from the program."""
    if isinstance(value, bool):
        return "Sí" if value else "No"
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if name in CODED:
        return CODED[name](value).label  # type: ignore[attr-defined]
    if name == "rut":
        return "12.345.678-5"
    return str(value)


@pytest.fixture
def copy(workspace, tmp_path):
    recorded = add_full_person(workspace)
    with workspace.db.transaction() as session:
        session.add(
            AuditEntry(
                office_code="10404",
                at=datetime(2026, 11, 3, 9, 15),
                device="pc-1",
                position=1,
                officer="avaldes (Andrea Valdés)",
                action="ver",
                person_id=recorded.person_id,
                record_table="person",
                record_id=recorded.person_id,
                fields="phone,email",
                hash="0" * 64,
            )
        )
    pdf, data = tmp_path / "copia.pdf", tmp_path / "copia.json"
    pages = workspace.person_data.write_copy(recorded.person_id, pdf, data)
    with workspace.db.transaction() as session:
        person = session.get(Person, recorded.person_id)
        stored = {name: getattr(person, name) for name in columns(Person)}
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    document = json.loads(data.read_text(encoding="utf-8"))
    return recorded, stored, text, document, pages


def test_every_column_of_the_person_has_the_forms_label():
    assert set(PERSON_LABELS) == set(columns(Person))


def test_the_pdf_holds_every_field_of_the_person_with_its_label(copy):
    _recorded, stored, text, _document, pages = copy
    assert pages >= 2
    squashed = _squash(text)
    for name, value in stored.items():
        assert _squash(PERSON_LABELS[name]) in squashed, name
        if value is None or value == "":
            continue
        assert _squash(_printed(value, name)) in squashed, (name, value)
    assert "Copia de datos personales" in text and "Página 1 de" in text


def test_the_json_holds_every_field_of_the_person_as_stored(copy):
    _recorded, stored, _text, document, _pages = copy
    assert document["format"] == "omil-desktop/person-data" and document["version"] == 1
    person = document["person"]
    assert set(person) == set(stored)
    for name, value in stored.items():
        expected = value.isoformat() if isinstance(value, date | datetime) else value
        assert person[name] == expected, name
    assert document["office"]["comuna_code"] == "10404"


def test_everything_recorded_about_the_person_is_in_both(copy):
    recorded, _stored, text, document, _pages = copy
    squashed = _squash(text)
    for words in (
        ATTENTION_NOTES,
        SURVEY_COMMENT,
        REFERRAL_NOTES,
        PLACEMENT_NOTES,
        "Ayudante de cocina de temporada",  # the referral's vacancy
        "Apresto laboral de primavera",  # the workshop
        "Feria Laboral de Palena",
        "avaldes (Andrea Valdés)",  # who viewed their data
        "Teléfono, Correo",  # the fields they touched, in the form's words
        "Acceso",  # their request, with its deadline
        "02-12-2026",
        "01-02-2027",  # the placement's follow-up
    ):
        assert _squash(words) in squashed, words
    assert [a["notes"] for a in document["attentions"]] == [ATTENTION_NOTES]
    assert document["attentions"][0]["date"] == "2026-10-05"
    assert document["referrals"][0]["labels"]["vacancy"].startswith("Ayudante de cocina")
    assert document["placements"][0]["follow_up_on"] == "2027-02-01"
    assert document["workshop_enrollments"][0]["labels"]["workshop"] == (
        "Apresto laboral de primavera"
    )
    assert document["workshop_attendance"][0]["mark"] == "presente"
    assert document["workshop_attendance"][0]["session_date"] == "2026-09-03"
    assert document["fairs"][0]["labels"]["fair"] == "Feria Laboral de Palena"
    assert document["surveys"][0]["comment"] == SURVEY_COMMENT
    assert document["data_requests"][0]["id"] == recorded.request_id
    assert document["data_requests"][0]["due_on"] == "2026-12-02"
    assert document["access_log"][0]["officer"] == "avaldes (Andrea Valdés)"


def test_the_json_is_utf8_with_accents_as_written(workspace, tmp_path):
    recorded = add_full_person(workspace)
    out = tmp_path / "copia.json"
    workspace.person_data.write_copy(recorded.person_id, tmp_path / "c.pdf", out)
    raw = out.read_bytes()
    assert "Begoña Íñiga".encode() in raw and "Ñanculef".encode() in raw


def test_writing_the_copy_records_an_export_in_the_audit_log(workspace, tmp_path):
    recorded = add_full_person(workspace)
    workspace.person_data.write_copy(recorded.person_id, tmp_path / "c.pdf", tmp_path / "c.json")
    entries = workspace.audit.for_person(recorded.person_id).rows
    assert [
        (e.record_table, e.record_id, e.detail) for e in entries if e.action is AuditAction.EXPORTED
    ] == [("person", recorded.person_id, "Copia de datos personales (PDF y JSON)")]


def test_a_folder_that_does_not_exist_is_refused_and_nothing_is_left(workspace, tmp_path):
    recorded = add_full_person(workspace)
    with pytest.raises(ServiceError, match="No existe la carpeta"):
        workspace.person_data.write_copy(recorded.person_id, tmp_path / "no" / "c.pdf")
    assert list(tmp_path.glob("*.tmp")) == []
