"""``omil-desktop report activity`` on the hand-counted office of
``tests/services/activity_office.py``: the PDF through the installed command, the Excel export
and every refusal in-process. Bad input (a period that ends before it starts, a date that cannot
be read) is exit 2; a file that is neither .pdf nor .xlsx is refused (exit 1); none writes a
file."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from omil_desktop.app import main
from omil_desktop.domain.activity import ENDS_BEFORE_START
from omil_desktop.services.workspace import Workspace
from tests.cli.test_cli_reports import run_installed
from tests.services.activity_office import TODAY, build_office

# The module's office, built once, on one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("cli_activity")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("cli-activity") / "datos"
    assert main(["--data-dir", str(data_dir), "init", "--comuna", "10404", "--officer", "Ana"]) == 0

    class Calendar(date):
        @classmethod
        def today(cls):
            return TODAY

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("omil_desktop.store.clock.date", Calendar)
        workspace = Workspace(data_dir)
        try:
            build_office(workspace)
        finally:
            workspace.close()
    return data_dir


def test_the_annual_report_as_pdf_with_the_installed_command(office, tmp_path):
    out = tmp_path / "actividad 2026.pdf"
    done = run_installed(
        "--data-dir", str(office), "report", "activity",
        "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    pages = len(PdfReader(out).pages)
    assert done.stdout.splitlines() == [
        f"Informe de actividad, año 2026 (01-01-2026 al 31-12-2026), {pages} páginas: {out}",
        "4 personas atendidas, 12 atenciones, 3 colocaciones.",
    ]
    first = PdfReader(out).pages[0].extract_text()
    assert "Informe de actividad de la OMIL" in first
    assert "comparado con año 2025" in first


def test_an_xlsx_out_writes_the_excel_export(office, tmp_path, capsys):
    out = tmp_path / "actividad.xlsx"
    code, stdout, err = run(
        capsys, "--data-dir", office, "report", "activity",
        "--from", "01-04-2026", "--to", "30-04-2026", "--out", out,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Informe de actividad, abril de 2026 (01-04-2026 al 30-04-2026)" in stdout
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][2:4] == ("Abril de 2026", "Abril de 2025")
    found = {row[1].strip(): row[2] for row in rows[1:]}
    assert found["Personas atendidas"] == 2
    assert found["Talleres de apresto realizados"] == 1


def test_a_period_that_ends_before_it_starts_is_exit_2_and_no_file(office, tmp_path, capsys):
    out = tmp_path / "actividad.pdf"
    code, stdout, err = run(
        capsys, "--data-dir", office, "report", "activity",
        "--from", "2026-12-31", "--to", "2026-01-01", "--out", out,
    )  # fmt: skip
    assert code == 2
    assert err.strip() == f"Error: {ENDS_BEFORE_START}"
    assert stdout == ""
    assert not out.exists()


def test_a_date_that_cannot_be_read_is_exit_2_in_spanish(office, tmp_path, capsys):
    out = tmp_path / "actividad.pdf"
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(office), "report", "activity",
              "--from", "2026-02-30", "--to", "2026-12-31", "--out", str(out)])  # fmt: skip
    assert stopped.value.code == 2
    assert "argumento --from: La fecha 30-02-2026 no existe." in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("name", ["actividad.docx", "actividad.csv", "actividad"])
def test_any_other_kind_of_file_is_refused(office, tmp_path, capsys, name):
    out = tmp_path / name
    code, _stdout, err = run(
        capsys, "--data-dir", office, "report", "activity",
        "--from", "2026-01-01", "--to", "2026-12-31", "--out", out,
    )  # fmt: skip
    assert code == 1
    assert "se guarda como PDF (.pdf) o como planilla Excel (.xlsx)" in err
    assert f"no «{name}»" in err
    assert list(tmp_path.iterdir()) == []


def test_a_data_folder_that_does_not_exist_is_exit_2(tmp_path, capsys):
    out = tmp_path / "actividad.pdf"
    code, _stdout, err = run(
        capsys, "--data-dir", tmp_path / "no-existe", "report", "activity",
        "--from", "2026-01-01", "--to", "2026-12-31", "--out", out,
    )  # fmt: skip
    assert code == 2
    assert "No existe la carpeta de datos" in err
    assert not (tmp_path / "no-existe").exists()


def test_help_in_spanish(capsys):
    with pytest.raises(SystemExit):
        main(["report", "activity", "--help"])
    help_text = capsys.readouterr().out
    assert "Informe de actividad del período" in help_text
    assert "primer día del período" in help_text
