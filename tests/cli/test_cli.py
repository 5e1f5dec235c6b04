"""The command line: same services, no window, Spanish output and meaningful exit codes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from omil_desktop.app import main
from omil_desktop.services.workspace import Workspace


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def people_in(data_dir) -> list[tuple]:
    conn = sqlite3.connect(data_dir / "omil.sqlite3")
    try:
        return conn.execute(
            "SELECT rut, first_names, comuna_code, active FROM person ORDER BY sort_key"
        ).fetchall()
    finally:
        conn.close()


@pytest.fixture
def office_dir(tmp_path, capsys):
    data_dir = tmp_path / "datos"
    code, _, _ = run(
        capsys, "--data-dir", data_dir, "init", "--comuna", "10404", "--officer", "Ana"
    )
    assert code == 0
    return data_dir


@pytest.mark.parametrize("where", ["before", "after"])
def test_init_with_data_dir_before_or_after_the_command(tmp_path, capsys, where):
    data_dir = tmp_path / "carpeta de datos"
    init = ["init", "--comuna", "10404", "--officer", "Ana  Pérez"]
    argv = ["--data-dir", data_dir, *init] if where == "before" else [*init, "--data-dir", data_dir]

    code, out, err = run(capsys, *argv)

    assert (code, err) == (0, "")
    assert out == (
        "Oficina configurada: OMIL Palena (Región de Los Lagos), a cargo de Ana Pérez. "
        f"Datos en {data_dir}.\n"
    )
    ws = Workspace(data_dir)
    try:
        assert (ws.office.comuna_code, ws.office.officer_name) == ("10404", "Ana Pérez")
    finally:
        ws.close()


def test_init_accepts_the_comuna_name_and_corrects_the_office(office_dir, capsys):
    code, out, _ = run(
        capsys,
        "init",
        "--comuna",
        "Futaleufú",
        "--officer",
        "Juan Carrasco",
        "--data-dir",
        office_dir,
    )

    assert code == 0
    assert "OMIL Futaleufú" in out
    conn = sqlite3.connect(office_dir / "omil.sqlite3")
    try:
        assert conn.execute("SELECT comuna_code, officer_name FROM office").fetchall() == [
            ("10402", "Juan Carrasco")
        ]
    finally:
        conn.close()


def test_init_with_bad_values_prints_each_problem(tmp_path, capsys):
    code, out, err = run(
        capsys, "--data-dir", tmp_path / "d", "init", "--comuna", "99999", "--officer", "A"
    )

    assert code == 1
    assert out == ""
    assert err.splitlines() == [
        "Error: Elija la comuna de la oficina de la lista.",
        "Error: Escriba el nombre completo de la persona a cargo.",
    ]


def test_init_requires_its_options(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", str(tmp_path / "d"), "init", "--comuna", "10404"])
    assert caught.value.code == 2
    assert "--officer" in capsys.readouterr().err


def test_commands_refuse_an_office_not_set_up(tmp_path, capsys):
    sheet = tmp_path / "p.csv"
    sheet.write_text("Nombres;Apellidos\nAna;Soto\n", encoding="utf-8")

    code, out, err = run(capsys, "import-people", sheet, "--data-dir", tmp_path / "d")

    assert code == 1
    assert out == ""
    assert err.startswith("Error: La oficina aún no está configurada.")
    assert "omil-desktop init --comuna" in err
    assert people_in(tmp_path / "d") == []


def test_import_clean_file(office_dir, tmp_path, capsys):
    sheet = tmp_path / "usuarios.csv"
    sheet.write_text(
        "RUT;Nombres;Apellidos;Comuna\n"
        "12.345.678-5;María José;Núñez Pérez;Palena\n"
        "16543210-K;Pedro;Soto Vera;10402\n",
        encoding="utf-8",
    )

    code, out, err = run(capsys, "--data-dir", office_dir, "import-people", sheet)

    assert (code, err) == (0, "")
    assert out.splitlines() == ["Filas importadas: 2", "Filas rechazadas: 0"]
    assert people_in(office_dir) == [
        ("12345678-5", "María José", "10404", 1),
        ("16543210-K", "Pedro", "10402", 1),
    ]


def test_import_with_rejections_reports_rows_and_exits_1(office_dir, tmp_path, capsys):
    sheet = tmp_path / "usuarios.csv"
    sheet.write_text(
        "RUT;Nombres;Apellidos;Comuna;Color\n"
        "12.345.678-5;María José;Núñez Pérez;;azul\n"
        "12.345.678-9;Juan;Pérez;Palena;\n"
        "123456785;Otra;Vez;Palena;\n"
        "16543210-K;;Soto;Palena;\n",
        encoding="utf-8",
    )

    code, out, err = run(capsys, "import-people", "--data-dir", office_dir, sheet)

    assert code == 1
    assert err == ""
    lines = out.splitlines()
    assert lines[0:2] == ["Filas importadas: 1", "Filas rechazadas: 3"]
    assert lines[2].startswith("  fila 3: RUT inválido")
    assert lines[3] == "  fila 4: RUT duplicado: 12.345.678-5 ya aparece en la fila 2."
    assert lines[4] == "  fila 5: Falta un dato obligatorio: Nombres."
    assert lines[5] == "Columnas no reconocidas (ignoradas): Color"
    assert lines[6] == "Filas sin comuna: se usó la comuna de la oficina (Palena)."
    assert len(lines) == 7
    assert people_in(office_dir) == [("12345678-5", "María José", "10404", 1)]


def test_import_dry_run_saves_nothing(office_dir, tmp_path, capsys):
    sheet = tmp_path / "u.csv"
    sheet.write_text("RUT,Nombres,Apellidos\n9876543-3,Ana,Soto\n7654321-6,Luis,Mora\n")

    code, out, _ = run(capsys, "--data-dir", office_dir, "import-people", "--dry-run", sheet)

    assert code == 0
    assert out.splitlines()[0] == "Filas se importarían: 2"
    assert out.splitlines()[-1] == "Revisión solamente: no se guardó nada."
    assert people_in(office_dir) == []


def test_import_of_an_unreadable_file(office_dir, tmp_path, capsys):
    sheet = tmp_path / "roto.xlsx"
    sheet.write_bytes(b"esto no es una planilla")

    code, out, err = run(capsys, "--data-dir", office_dir, "import-people", sheet)

    assert code == 1
    assert out == ""
    assert err.startswith("Error: No se pudo leer «roto.xlsx» como planilla Excel")
    assert people_in(office_dir) == []


def test_export_people(office_dir, tmp_path, capsys):
    sheet = tmp_path / "u.csv"
    sheet.write_text("RUT;Nombres;Apellidos\n12.345.678-5;María José;Núñez Pérez\n")
    assert run(capsys, "--data-dir", office_dir, "import-people", sheet)[0] == 0
    target = tmp_path / "salida.xlsx"

    code, out, err = run(capsys, "--data-dir", office_dir, "export-people", target)

    assert (code, err) == (0, "")
    assert out == f"Exportadas: 1 persona a {target}.\n"
    rows = list(load_workbook(target, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:5] == (
        "RUT",
        "Tipo de documento",
        "Número de documento",
        "País del documento",
        "Nombres",
    )
    assert rows[1][0] == "12.345.678-5"
    assert rows[1][4] == "María José"
    assert len(rows) == 2


def test_export_to_a_csv_is_refused(office_dir, tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", office_dir, "export-people", tmp_path / "x.csv")
    assert code == 1
    assert err == "Error: La exportación se guarda como planilla .xlsx.\n"


def test_corrupt_database_exits_2_with_spanish_message(tmp_path, capsys):
    data_dir = tmp_path / "d"
    data_dir.mkdir()
    (data_dir / "omil.sqlite3").write_bytes(b"\x13\x37" * 3000)

    code, out, err = run(
        capsys, "--data-dir", data_dir, "init", "--comuna", "10404", "--officer", "Ana Pérez"
    )

    assert code == 2
    assert out == ""
    assert err.startswith("Error: El archivo de la base de datos está dañado")
    assert (data_dir / "omil.sqlite3").read_bytes() == b"\x13\x37" * 3000


def test_python_dash_m_entry_point(tmp_path):
    data_dir = tmp_path / "datos"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "omil_desktop",
            "--data-dir",
            str(data_dir),
            "init",
            "--comuna",
            "Palena",
            "--officer",
            "Ana Pérez",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Oficina configurada: OMIL Palena")
    assert (data_dir / "omil.sqlite3").is_file()
    assert people_in(data_dir) == []


def test_data_dir_that_is_a_file_exits_2_with_spanish_message(tmp_path, capsys):
    not_a_folder = tmp_path / "datos.txt"
    not_a_folder.write_text("x")

    code, out, err = run(capsys, "--data-dir", not_a_folder, "export-people", tmp_path / "p.xlsx")

    assert (code, out) == (2, "")
    assert err.startswith("Error: No se puede crear la carpeta de datos")
