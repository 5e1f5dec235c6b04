"""Prints and exports of people's data are audited (issue 12, point 3): a workshop's sign-in
sheet and certificates record one «imprimir» per person named, once the PDF is whole (read back
with pypdf); the people spreadsheet records one «exportar» for the whole list."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from omil_desktop.domain.privacy import AuditAction
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.people_files import export_people
from omil_desktop.store.models import AuditEntry
from tests.reports.test_workshop_documents import documents, filled_folder, office  # noqa: F401


def printed(workspace) -> list[AuditEntry]:
    with workspace.db.transaction() as session:
        query = select(AuditEntry).where(AuditEntry.action == AuditAction.PRINTED.value)
        return list(session.scalars(query.order_by(AuditEntry.position)))


def test_each_person_on_a_sign_in_sheet_and_a_certificate_is_audited(
    office,  # noqa: F811
    tmp_path,
):
    workspace, filled = office
    sheet, certificates = tmp_path / "asistencia.pdf", tmp_path / "certificados.pdf"
    documents(workspace).attendance_sheet(filled.workshop_id, 2, sheet)
    entries = printed(workspace)
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert len(entries) == 60 and all(f"{name}\n" in text for name in filled.names)
    assert {e.detail for e in entries} == {"Hoja de asistencia, sesión 2"}
    assert {e.record_table for e in entries} == {"person"}
    assert len({e.person_id for e in entries}) == 60
    assert all(e.record_id == e.person_id for e in entries)  # the person sealed by the hash

    documents(workspace).certificates(filled.workshop_id, certificates)
    certified = printed(workspace)[60:]
    assert len(certified) == len(filled.completers) == len(PdfReader(certificates).pages)
    assert {e.detail for e in certified} == {"Certificado de participación"}
    assert workspace.audit.verify().intact


def test_a_document_that_fails_is_not_recorded(office, tmp_path):  # noqa: F811
    workspace, filled = office
    with pytest.raises(ServiceError):
        documents(workspace).attendance_sheet(filled.workshop_id, 2, tmp_path / "no" / "x.pdf")
    assert printed(workspace) == []


def test_the_people_spreadsheet_is_one_export_entry(workspace, person_data, tmp_path):
    workspace.people.create(person_data())
    export_people(
        workspace.people, workspace.territory, tmp_path / "personas.xlsx", audit=workspace.audit
    )
    with workspace.db.transaction() as session:
        exported = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORTED.value)
        ).one()
    assert exported.person_id is None
    assert exported.detail == "Planilla de personas (1 persona)"
