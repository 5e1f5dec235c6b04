"""The printed documents of a workshop (issue 9, point 6), made through WorkshopDocuments from a
real data folder filled through the services, and read back with pypdf."""

from __future__ import annotations

import shutil
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from omil_desktop.reports.template import Paper
from omil_desktop.services.errors import NotFound, ServiceError
from omil_desktop.services.workshop_documents import NOBODY_COMPLETED, WorkshopDocuments
from omil_desktop.services.workspace import Workspace
from tests.conftest import OFFICE_COMUNA, OFFICER
from tests.reports.workshop_office import NAME, fill

# The module's office, built once, on one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("workshop_documents")

GENERATED = datetime(2026, 11, 20, 16, 5)
TABLE_HEADER = "N°\nNombre\nRUT\nFirma\n"


@pytest.fixture(scope="module")
def filled_folder(tmp_path_factory):
    """One data folder with the workshop (filled once for the module; each test copies it)."""
    folder = tmp_path_factory.mktemp("workshop") / "data"
    workspace = Workspace(folder)
    workspace.set_up_office(OFFICE_COMUNA, OFFICER)
    filled = fill(workspace)
    workspace.close()
    return folder, filled


@pytest.fixture
def office(filled_folder, tmp_path):
    folder, filled = filled_folder
    copy = tmp_path / "data"
    shutil.copytree(folder, copy)
    workspace = Workspace(copy)
    yield workspace, filled
    workspace.close()


def documents(workspace: Workspace) -> WorkshopDocuments:
    return WorkshopDocuments(
        workspace.db, workspace.territory, OFFICE_COMUNA, now=lambda: GENERATED
    )


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_the_sign_in_sheet_of_60_people_repeats_its_header_on_page_2(office, tmp_path):
    workspace, filled = office
    out = tmp_path / "asistencia.pdf"

    pages = documents(workspace).attendance_sheet(filled.workshop_id, 2, out)

    texts = pages_text(out)
    assert pages == len(texts) >= 3
    first, second = texts[0], texts[1]
    assert "Registro de asistencia" in first
    assert "Lugar: Sede vecinal Río Palena" in first
    assert "Facilitador(a): Begoña Peña Cárcamo" in first
    assert "miércoles 04-11-2026, de 09:30 a 12:30" in first
    assert "Inscritos: 60" in first
    for page in (first, second):  # the workshop and session line, and the table's header
        assert f"Taller: {NAME}" in page
        assert "Sesión 2 de 4 · miércoles 04-11-2026 · 09:30 a 12:30" in page
        assert TABLE_HEADER in page
        assert "Municipalidad de Palena" in page
    assert "Página 2 de" in second
    everything = "".join(texts)
    for name in filled.names:  # accents and ñ read back as written
        assert f"{name}\n" in everything
    assert filled.withdrawn not in everything
    assert "15.001.111-" in everything  # RUTs as «12.345.678-5»
    assert "\n61\n" in everything and "\n65\n" in everything  # blank rows for late comers
    assert "\n66\n" not in everything


def test_one_certificate_per_completer_each_on_its_own_page(office, tmp_path):
    workspace, filled = office
    out = tmp_path / "certificados.pdf"
    seen: list[tuple[int, int]] = []

    pages = documents(workspace).certificates(
        filled.workshop_id, out, progress=lambda done, total: seen.append((done, total))
    )

    texts = pages_text(out)
    assert pages == len(texts) == len(filled.completers) == 12
    for page in texts:
        on_page = [n for n in filled.completers if f"{n}\n" in page]
        assert len(on_page) == 1, page
        assert not any(f"{n}\n" in page for n in filled.others)
        assert "Certificado de participación" in page
        assert "certifica que" in page and NAME in page
        assert "Currículum vitae, Entrevista laboral, Atención al cliente" in page
        assert "4 sesiones (12 horas)" in page
        assert "Palena, 20 de noviembre de 2026" in page
        assert "Ana Pérez\n Encargado(a) OMIL Palena" in page  # the signature line
        assert "Página" not in page  # each certificate is a document of its own
    assert {n for page in texts for n in filled.completers if f"{n}\n" in page} == set(
        filled.completers
    )
    full = next(p for p in texts if f"{filled.completers[0]}\n" in p)
    assert "asistencia del 100 % (4 de 4 sesiones)" in " ".join(full.split())
    partial = next(p for p in texts if f"{filled.completers[-1]}\n" in p)
    assert "asistencia del 75 % (3 de 4 sesiones)" in " ".join(partial.split())
    assert seen[-1] == (12, 12)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_the_summary_counts_people_sessions_sex_and_age(office, tmp_path):
    workspace, filled = office
    out = tmp_path / "resumen.pdf"

    documents(workspace).summary(filled.workshop_id, out)

    page = "".join(pages_text(out))
    assert "Resumen del taller" in page and NAME in page
    assert "Inscritos\nEn lista de espera\nRetirados\nCompletaron\n60\n0\n1\n12 (20 %)" in page
    assert "1\nmartes 03-11-2026\n09:30 a 12:30\n" in page
    summary = workspace.workshops.summary(filled.workshop_id)
    for session, present, excused, absent in summary.per_session:
        assert f"{session.number}\n" in page and f"\n{present}\n{excused}\n{absent}\n" in page
    for label, (enrolled, completed) in summary.by_sex.items():
        assert f"{label}\n{enrolled}\n{completed}" in page
    for label, (enrolled, completed) in summary.by_age.items():
        assert f"{label}\n{enrolled}\n{completed}" in page
    assert "Estado: Finalizado" in page


def test_the_same_inputs_give_the_same_bytes(office, tmp_path):
    workspace, filled = office
    logo = BytesIO()
    Image.new("RGBA", (60, 80), (20, 90, 160, 200)).save(logo, "PNG")  # with transparency
    workspace.office_service.save_document_settings("", Paper.LETTER, logo.getvalue())
    made = []
    for run in (1, 2):
        sheet, certificates = tmp_path / f"hoja{run}.pdf", tmp_path / f"cert{run}.pdf"
        documents(workspace).attendance_sheet(filled.workshop_id, 1, sheet)
        documents(workspace).certificates(filled.workshop_id, certificates)
        made.append((sheet.read_bytes(), certificates.read_bytes()))
    assert made[0] == made[1]


@pytest.mark.parametrize(("paper", "size"), [(Paper.LETTER, LETTER), (Paper.A4, A4)])
def test_the_paper_of_the_settings(office, tmp_path, paper, size):
    workspace, filled = office
    workspace.office_service.save_document_settings("", paper, None)
    out = tmp_path / "hoja.pdf"
    documents(workspace).attendance_sheet(filled.workshop_id, 1, out)
    for page in PdfReader(out).pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == tuple(round(s) for s in size)


def test_the_logo_and_municipality_of_the_settings_are_on_every_page(office, tmp_path):
    workspace, filled = office
    logo = BytesIO()
    Image.new("RGB", (120, 160), (20, 90, 160)).save(logo, "JPEG")
    workspace.office_service.save_document_settings(
        "Ilustre Municipalidad de Palena", Paper.LETTER, logo.getvalue()
    )
    out = tmp_path / "hoja.pdf"
    documents(workspace).attendance_sheet(filled.workshop_id, 1, out)

    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    for page in reader.pages:
        assert len(page.images) == 1  # the logo, an image XObject
        assert "Ilustre Municipalidad de Palena\nOMIL Palena · Región de Los Lagos" in (
            page.extract_text()
        )
    workspace.office_service.save_document_settings("", Paper.LETTER, None)
    documents(workspace).attendance_sheet(filled.workshop_id, 1, out)
    assert all(len(page.images) == 0 for page in PdfReader(out).pages)


def test_refusals_leave_no_file(office, tmp_path):
    workspace, filled = office
    docs = documents(workspace)
    out = tmp_path / "salida.pdf"
    with pytest.raises(NotFound) as caught:
        docs.attendance_sheet(filled.workshop_id, 5, out)
    assert str(caught.value) == "El taller no tiene la sesión 5."
    with pytest.raises(NotFound) as caught:
        docs.certificates("no-existe", out)
    assert str(caught.value) == "El taller no existe o fue eliminado."
    reopened = workspace.workshops.create(
        workspace.workshops.get(filled.workshop_id).data
    )  # a copy of the workshop, without people
    with pytest.raises(ServiceError) as caught:
        docs.certificates(reopened, out)
    assert str(caught.value) == NOBODY_COMPLETED
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_a_failed_run_leaves_no_half_file_and_keeps_the_old_one(office, tmp_path, monkeypatch):
    workspace, filled = office
    out = tmp_path / "hoja.pdf"
    out.write_bytes(b"%PDF- the sheet printed yesterday")

    def broken(sheet, letterhead, file, **_kwargs):
        file.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No queda espacio en el disco")

    monkeypatch.setattr("omil_desktop.reports.workshops.attendance_sheet", broken)
    with pytest.raises(ServiceError) as caught:
        documents(workspace).attendance_sheet(filled.workshop_id, 1, out)
    assert "(el disco está lleno)" in str(caught.value)
    assert out.read_bytes() == b"%PDF- the sheet printed yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "hoja.pdf"]


def test_progress_goes_up_to_the_last_page(office, tmp_path):
    workspace, filled = office
    seen: list[tuple[int, int]] = []
    pages = documents(workspace).attendance_sheet(
        filled.workshop_id, 1, tmp_path / "hoja.pdf", progress=lambda d, t: seen.append((d, t))
    )
    assert seen[0] == (0, seen[0][1]) and seen[0][1] >= 1
    assert seen[-1] == (pages, pages)
    assert all(done <= total for done, total in seen)


def test_a_session_without_marks_reads_as_not_recorded_in_the_summary(office, tmp_path):
    from omil_desktop.domain.workshops import SessionData

    workspace, filled = office
    service = workspace.workshops
    service.reopen(filled.workshop_id)
    last_day = service.get(filled.workshop_id).data.ends_on
    service.add_session(filled.workshop_id, SessionData(last_day, "15:00", "17:00"))
    out = tmp_path / "resumen.pdf"

    documents(workspace).summary(filled.workshop_id, out)

    page = "".join(pages_text(out))
    assert "15:00 a 17:00\n—\n—\n—\nsin registro" in page
    assert page.count("sin registro") == 1  # the sessions with marks show their numbers
