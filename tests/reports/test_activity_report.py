"""The activity report as a PDF and as Excel (issue 11, point 4), from the hand-counted office of
``tests/services/activity_office.py``, read back with pypdf and openpyxl."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from omil_desktop.domain.activity import Period
from omil_desktop.reports.activity import NO_AGREEMENT, TITLE
from omil_desktop.services.activity_documents import ActivityDocuments
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.workspace import Workspace
from tests.conftest import OFFICE_COMUNA, OFFICER
from tests.services.activity_office import TODAY, build_office

# The module's office, built once, on one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("activity_report")

GENERATED = datetime(2026, 11, 27, 17, 30)
YEAR = Period.year(2026)


class _Calendar(date):
    @classmethod
    def today(cls):
        return TODAY


@pytest.fixture(scope="module")
def filled_folder(tmp_path_factory):
    """The hand-counted office, built once for the module; each test works on a copy."""
    folder = tmp_path_factory.mktemp("activity") / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("omil_desktop.store.clock.date", _Calendar)
        workspace = Workspace(folder)
        workspace.set_up_office(OFFICE_COMUNA, OFFICER)
        build_office(workspace)
        workspace.close()
    return folder


@pytest.fixture
def workspace(filled_folder, tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(filled_folder, copy)
    ws = Workspace(copy)
    yield ws
    ws.close()


def documents(workspace: Workspace) -> ActivityDocuments:
    return ActivityDocuments(
        workspace.db, workspace.territory, OFFICE_COMUNA, now=lambda: GENERATED
    )


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


NUMBER = re.compile(r"[−+]?\$?\d[\d.]*(?:,\d)?(?: %)?|=|—")


def row_of(text: str, label: str, cells: int = 3) -> list[str]:
    """The ``cells`` values printed on the table row whose first cell is ``label`` (pypdf gives
    each cell on a line of its own)."""
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines):
        after = lines[i + 1 : i + 1 + cells]
        if line == label and len(after) == cells and all(NUMBER.fullmatch(v) for v in after):
            return after
    raise AssertionError(f"no row «{label}» in:\n{text}")


def test_the_pdf_prints_every_hand_counted_figure(workspace, tmp_path):
    out = tmp_path / "actividad.pdf"
    pages = documents(workspace).pdf(YEAR, out)
    texts = pages_text(out)
    assert pages == len(texts) >= 2
    first = texts[0]
    assert TITLE in first
    assert "Período: año 2026 (01-01-2026 al 31-12-2026) · comparado con año 2025" in first
    assert "Cifras principales" in first
    assert "1 contrato de menos de 3 meses no se cuenta como colocación" in " ".join(first.split())
    assert "Comparación con año 2025" in first
    for page_number, page in enumerate(texts, start=1):
        assert "Municipalidad de Palena" in page
        assert f"Página {page_number} de {pages}" in page
        assert "Generado el 27-11-2026 17:30" in page
    body = "\n".join(texts[1:])
    expected = {
        "Personas atendidas": ["4", "2", "+100 %"],
        "Personas con discapacidad atendidas": ["1", "1", "="],
        "Atenciones": ["12", "2", "+500 %"],
        "Inscripciones en la BNE": ["2", "1", "+100 %"],
        "Certificaciones del seguro de cesantía (FCS)": ["2", "0", "—"],
        "Empresas contactadas": ["2", "1", "+100 %"],
        "Ofertas captadas": ["2", "1", "+100 %"],
        "Cupos captados": ["5", "1", "+400 %"],
        "Contrataciones en ofertas de la oficina": ["5", "1", "+400 %"],
        "Derivaciones a ofertas": ["5", "1", "+400 %"],
        "Colocaciones (3 meses o más, o indefinidas)": ["3", "1", "+200 %"],
        "Contratos de menos de 3 meses (no se cuentan)": ["1", "0", "—"],
        "Seguimientos de colocaciones realizados": ["3", "0", "—"],
        "Personas que siguen trabajando al seguimiento": ["2", "0", "—"],
        "Talleres de apresto realizados": ["2", "1", "+100 %"],
        "Personas inscritas en talleres": ["3", "1", "+200 %"],
        "Personas que completaron un taller": ["2", "0", "—"],
        "Mujeres": ["2", "2", "="],  # Ana and Elena in 2025
        "Hombres": ["1", "0", "—"],
        "18 a 24": ["1", "0", "—"],
        "30 a 44": ["1", "1", "="],
        "60 y más": ["0", "1", "−100 %"],
        "Mujer jefa de hogar": ["1", "1", "="],
        "Apresto laboral": ["3", "0", "—"],
        "Feria laboral": ["2", "0", "—"],
        "Ferias laborales y reclutamientos": ["1", "0", "—"],
        "Personas asistentes a ferias": ["2", "0", "—"],
        "Cupos ofrecidos en ferias": ["5", "0", "—"],
        "Colocaciones por ferias (3 meses o más)": ["1", "0", "—"],
    }
    for label, numbers in expected.items():
        assert row_of(body, label) == numbers, label
    assert NO_AGREEMENT in body
    surveys = body.split("Satisfacción de usuarios")[1]
    assert row_of(surveys, "Atención") == ["2", "5,5", "3,0"]
    assert row_of(surveys, "Taller de apresto") == ["1", "7,0", "—"]
    assert row_of(surveys, "Feria laboral") == ["0", "—", "—"]
    assert "Personas distintas con al menos una atención en el período" in body


def test_the_cost_of_services_when_an_agreement_covers_the_period(workspace, tmp_path):
    from tests.services.rendition_fixtures import agreement_data

    workspace.rendition.create_agreement(agreement_data())
    out = tmp_path / "actividad.pdf"
    documents(workspace).pdf(YEAR, out)
    text = "\n".join(pages_text(out))
    assert NO_AGREEMENT not in text
    assert "Costo por servicio (rendición FOMIL)" in text
    assert row_of(text, "Persona atendida", 5)[0] == "4"
    assert row_of(text, "Colocación", 5)[0] == "3"  # the report's placements, 3 months or more


def test_same_inputs_same_bytes_and_fonts_embedded(workspace, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    documents(workspace).pdf(YEAR, first)
    documents(workspace).pdf(YEAR, second)
    assert first.read_bytes() == second.read_bytes()
    fonts = subprocess.run(["pdffonts", str(first)], capture_output=True, text=True, check=True)
    for line in fonts.stdout.splitlines()[2:]:
        assert " yes " in line, line  # every font embedded


def test_the_excel_export_has_the_same_figures_as_numbers(workspace, tmp_path):
    out = tmp_path / "actividad.xlsx"
    rows = documents(workspace).write(YEAR, out)
    sheet = load_workbook(out).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("Sección", "Indicador", "Año 2026", "Año 2025", "Variación")
    assert len(values) == rows + 1
    found = {row[1].strip(): row[2:] for row in values[1:]}
    assert found["Personas atendidas"] == (4, 2, "+100 %")
    assert found["Atenciones"] == (12, 2, "+500 %")
    assert found["Colocaciones (3 meses o más, o indefinidas)"] == (3, 1, "+200 %")
    assert found["Atención: nota promedio (1 a 7)"] == (5.5, 3, None)
    assert found["Contratos de menos de 3 meses (no se cuentan)"] == (1, 0, "—")
    assert found["Personas que completaron un taller"] == (2, 0, "—")
    assert found["Mujeres"] == (2, 2, "=")
    assert found[NO_AGREEMENT] == (None, None, None)


def test_other_files_are_refused_and_nothing_is_left(workspace, tmp_path):
    out = tmp_path / "actividad.docx"
    with pytest.raises(ServiceError, match=r"PDF \(\.pdf\) o como planilla Excel \(\.xlsx\)"):
        documents(workspace).write(YEAR, out)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_a_cancelled_pdf_leaves_no_file_and_keeps_the_old_one(workspace, tmp_path):
    out = tmp_path / "actividad.pdf"
    out.write_bytes(b"old")

    class Stop(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done >= 1:
            raise Stop

    with pytest.raises(Stop):
        documents(workspace).pdf(YEAR, out, cancel)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["actividad.pdf", "data"]


def test_a_month_report_compares_with_the_same_month(workspace, tmp_path):
    out = tmp_path / "abril.pdf"
    documents(workspace).pdf(Period.month(2026, 4), out)
    first = pages_text(out)[0]
    assert "Período: abril de 2026 (01-04-2026 al 30-04-2026) · comparado con abril de 2025" in (
        first
    )
