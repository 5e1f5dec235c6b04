"""The printable consent form (issue 12, point 4), made through ConsentDocuments from real data
folders and read back with pypdf: the person (or blank lines), the basis of each processing,
the Red Territorial's offices by name, the rights and how to exercise them, date and signatures;
and the print recorded in the audit log."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from omil_desktop.domain.people import ConsentMethod
from omil_desktop.domain.rut import Rut
from omil_desktop.services.consent_documents import ConsentDocuments
from omil_desktop.services.errors import NotFound, ServiceError
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.models import AuditEntry
from tests.conftest import OFFICER

GENERATED = datetime(2026, 11, 20, 16, 5)
CHAITEN = "10401"  # of Red Palena, with Futaleufú and Hualaihué


def documents(ws: Workspace) -> ConsentDocuments:
    return ConsentDocuments(
        ws.db, ws.territory, ws.office.comuna_code, audit=ws.audit, now=lambda: GENERATED
    )


def read(path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def chaiten(tmp_path):
    ws = Workspace(tmp_path / "chaiten")
    ws.set_up_office(CHAITEN, OFFICER)
    yield ws
    ws.close()


def test_a_persons_form(chaiten, person_data, tmp_path):
    person = chaiten.people.create(
        person_data(
            comuna_code=CHAITEN,
            consent_on=date(2026, 3, 2),
            consent_method=ConsentMethod.SIGNED,
        )
    )
    out = tmp_path / "consentimiento.pdf"

    pages = documents(chaiten).write(out, person)

    assert pages == len(PdfReader(out).pages) == 1  # one sheet to sign
    text = read(out)
    assert "Consentimiento para el tratamiento de datos personales" in text
    assert "Municipalidad de Chaitén" in text
    assert "María José Núñez Pérez" in text and "12.345.678-5" in text
    # What is processed and why, from the domain's table.
    assert "Registro en la OMIL" in text
    assert "Derivación a una oferta de otra oficina" in text
    assert "Compartir datos en la Red Territorial" in text
    assert text.count("Función legal de la OMIL (Ley 19.518, art. 73)") == 2
    assert text.count("Su consentimiento") == 2
    # With whom, by name.
    assert "Red Palena" in text
    assert "OMIL Futaleufú" in text and "OMIL Hualaihué" in text
    assert "OMIL Chaitén podrá entregar" in text
    # The rights, and how to exercise them.
    for right in ("Acceso", "Rectificación", "Supresión", "Oposición", "Portabilidad", "Bloqueo"):
        assert right in text
    assert "30 días corridos" in text
    assert "Agencia de Protección de Datos Personales" in text
    # The day already recorded, and the signature lines.
    assert "Chaitén, 2 de marzo de 2026" in text
    assert "Firma de María José Núñez Pérez" in text
    assert f"{OFFICER}, OMIL Chaitén" in text
    assert "Página 1 de" in text


def test_a_blank_form_has_lines_to_fill_in(workspace, tmp_path):
    out = tmp_path / "blanco.pdf"
    assert documents(workspace).write(out) == 1
    text = read(out)
    assert "Nombre: ____" in text and "RUT o documento: ____" in text
    assert "Palena, ____ de ________________ de ______" in text
    # Palena is in no Red Territorial of the catalogue: «another office», no names.
    assert "a otra oficina cuando le derive" in text
    assert "OMIL Futaleufú" not in text


def test_same_inputs_same_bytes(workspace, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    documents(workspace).write(first)
    documents(workspace).write(second)
    assert first.read_bytes() == second.read_bytes()


def test_a_missing_folder_or_person_is_refused(workspace, tmp_path):
    with pytest.raises(ServiceError, match="No existe la carpeta"):
        documents(workspace).write(tmp_path / "no" / "x.pdf")
    with pytest.raises(NotFound, match=r"RUT 11\.111\.111-1"):
        documents(workspace).person_of(Rut.parse("11.111.111-1"))
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_printing_a_persons_form_is_audited(workspace, person_data, tmp_path):
    """A person's printed copy is in their audit log; a blank form names nobody and is not."""
    person = workspace.people.create(person_data())
    ConsentDocuments.of(workspace).write(tmp_path / "c.pdf", person)
    ConsentDocuments.of(workspace).write(tmp_path / "blank.pdf")  # names nobody: not audited
    with workspace.db.transaction() as session:
        printed = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "imprimir")))
    assert [(e.person_id, e.record_table) for e in printed] == [(person, "person")]
    assert "consentimiento" in printed[0].detail.lower()
