"""``omil-desktop report …`` and ``omil-desktop settings``, run as the installed command on a
real data folder: the PDFs of a workshop, and the settings of printed documents."""

from __future__ import annotations

import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from omil_desktop.app import main
from omil_desktop.services.workspace import Workspace
from tests.reports.workshop_office import NAME, fill
from tests.support.folders import initialised_folder

# The module's office, built once, on one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("cli_reports")

COMMAND = Path(sys.executable).parent / ("omil-desktop.exe" if os.name == "nt" else "omil-desktop")


def run_installed(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(COMMAND), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """A data folder with the workshop of tests/reports (60 enrolled, 12 completing)."""
    data_dir = tmp_path_factory.mktemp("cli-reports") / "datos"
    assert main(["--data-dir", str(data_dir), "init", "--comuna", "10404", "--officer", "Ana"]) == 0
    workspace = Workspace(data_dir)
    try:
        filled = fill(workspace, people=21, completers=4)
    finally:
        workspace.close()
    return data_dir, filled


def test_the_three_reports_are_written(office, tmp_path):
    data_dir, filled = office
    sheet, certificates, summary = (tmp_path / n for n in ("hoja.pdf", "cert.pdf", "res.pdf"))
    common = ("--data-dir", str(data_dir), "report")

    done = run_installed(
        *common, "attendance-sheet", "--workshop", filled.workshop_id, "--session", "3",
        "--out", str(sheet),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Hoja de asistencia de la sesión 3, 2 páginas" in done.stdout
    text = "".join(p.extract_text() for p in PdfReader(sheet).pages)
    assert "Sesión 3 de 4 · jueves 05-11-2026" in text and NAME in text
    assert all(f"{name}\n" in text for name in filled.names)

    done = run_installed(
        *common, "certificates", "--workshop", filled.workshop_id, "--out", str(certificates)
    )
    assert done.returncode == 0, done.stderr
    assert "Certificados: 4 personas, 4 páginas" in done.stdout
    assert len(PdfReader(certificates).pages) == 4

    done = run_installed(
        *common, "workshop-summary", "--workshop", filled.workshop_id, "--out", str(summary)
    )
    assert done.returncode == 0, done.stderr
    assert "Resumen del taller" in PdfReader(summary).pages[0].extract_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("attendance-sheet", "--workshop", "no-existe", "--session", "1"), "no existe"),
        (("attendance-sheet", "--workshop", "{id}", "--session", "9"), "no tiene la sesión 9"),
        (("certificates", "--workshop", "no-existe"), "no existe"),
        (("workshop-summary", "--workshop", "no-existe"), "no existe"),
    ],
)
def test_an_unknown_workshop_or_session_writes_nothing(office, tmp_path, args, message):
    data_dir, filled = office
    out = tmp_path / "salida.pdf"
    args = tuple(a.replace("{id}", filled.workshop_id) for a in args)

    done = run_installed("--data-dir", str(data_dir), "report", *args, "--out", str(out))

    assert done.returncode == 1
    assert message in done.stderr and done.stderr.startswith("Error: ")
    assert list(tmp_path.iterdir()) == []


def test_settings_shown_changed_and_bad_logo_refused(tmp_path):
    data_dir = initialised_folder(tmp_path / "datos", "10404", "Ana")
    common = ("--data-dir", str(data_dir), "settings")

    shown = run_installed(*common)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == [
        "Municipalidad: Municipalidad de Palena (por omisión)",
        "Oficina: OMIL Palena · Región de Los Lagos",
        "Encargado(a): Ana",
        "Papel: Carta (216 × 279 mm)",
        "Logo: sin logo",
    ]
    logo = tmp_path / "escudo.png"
    picture = BytesIO()
    Image.new("RGB", (64, 80), (10, 60, 150)).save(picture, "PNG")
    logo.write_bytes(picture.getvalue())
    changed = run_installed(
        *common, "--municipality", "Ilustre Municipalidad de Palena", "--paper", "A4",
        "--logo", str(logo),
    )  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert "Municipalidad: Ilustre Municipalidad de Palena\n" in changed.stdout
    assert "Papel: A4 (210 × 297 mm)" in changed.stdout
    assert "Logo: PNG de 64 × 80 píxeles" in changed.stdout

    not_image = tmp_path / "escudo.pdf"
    not_image.write_bytes(b"%PDF-1.4 a scanned letter")
    refused = run_installed(*common, "--paper", "carta", "--logo", str(not_image))
    assert refused.returncode == 1
    assert "no es una imagen PNG o JPEG" in refused.stderr and "No se guardó nada" in refused.stderr
    kept = run_installed(*common, "--data-dir", str(data_dir))
    assert "Papel: A4" in kept.stdout and "Logo: PNG de 64 × 80" in kept.stdout

    removed = run_installed(*common, "--no-logo", "--municipality", "")
    assert removed.returncode == 0, removed.stderr
    assert "Logo: sin logo" in removed.stdout
    assert "Municipalidad: Municipalidad de Palena (por omisión)" in removed.stdout
