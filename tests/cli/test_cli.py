"""The command line: same services, no window, Spanish output and meaningful exit codes."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from omil_desktop import cli
from omil_desktop.app import main
from omil_desktop.regional import cli as regional_cli
from omil_desktop.services.workspace import Workspace
from omil_desktop.spanish_argparse import SpanishArgumentParser
from tests.support.damage import damage_page, folder_state, office_with_people
from tests.support.folders import initialised_folder
from tests.support.unlocked import open_database

REPO = Path(__file__).parents[2]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def people_in(data_dir) -> list[tuple]:
    conn = open_database(data_dir)
    try:
        return conn.execute(
            "SELECT rut, first_names, comuna_code, active FROM person ORDER BY sort_key"
        ).fetchall()
    finally:
        conn.close()


@pytest.fixture
def office_dir(tmp_path):
    """What ``init --comuna 10404 --officer Ana`` makes (a copy of it: tests/support/folders)."""
    return initialised_folder(tmp_path / "datos", "10404", "Ana")


@pytest.mark.parametrize("where", ["before", "after"])
def test_init_with_data_dir_before_or_after_the_command(tmp_path, capsys, where):
    data_dir = tmp_path / "carpeta de datos"
    init = ["init", "--comuna", "10404", "--officer", "Ana  Pérez"]
    argv = ["--data-dir", data_dir, *init] if where == "before" else [*init, "--data-dir", data_dir]

    code, out, err = run(capsys, *argv)

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:2] == [
        "Oficina configurada: OMIL Palena (Región de Los Lagos), a cargo de Ana Pérez. "
        f"Datos en {data_dir}.",
        "Cuenta de la persona encargada: ana.perez.",
    ]
    assert lines[3].startswith("CLAVE DE RECUPERACIÓN: ")  # the new office is encrypted
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
    conn = open_database(office_dir)
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
    (tmp_path / "d").mkdir()  # an empty folder: no office in it yet

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
    assert out.splitlines()[0] == "Filas que se importarían: 2"
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
    assert err.startswith("Error: La base de datos de la oficina")
    assert "está dañada y no se abrió" in err
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


ENGLISH = ("usage:", "options:", "positional arguments", "optional arguments", "show this help")


def every_help(parser: argparse.ArgumentParser) -> list[str]:
    """The --help of the parser and of every sub-command, however deep."""
    texts = [parser.format_help()]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                texts += every_help(sub)
    return texts


@pytest.mark.parametrize("build", [cli.build_parser, regional_cli.build_parser])
def test_help_of_both_command_lines_is_spanish_throughout(build):
    parser = build()
    assert isinstance(parser, SpanishArgumentParser)
    texts = every_help(parser)
    assert len(texts) > 7
    for text in texts:
        assert text.startswith("uso: ")
        assert "opciones:" in text and "muestra esta ayuda y termina" in text
        for english in ENGLISH:
            assert english not in text, (english, text)


def test_desktop_help_names_every_command_and_its_arguments_in_spanish(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.count("opciones:") == 1  # the shared --data-dir joins the same section
    for command in ("init", "import-people", "export-people", "enroll", "sync", "backup"):
        assert f"    {command} " in out
    with pytest.raises(SystemExit):
        main(["restore", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("uso: omil-desktop restore [-h] [--data-dir CARPETA] ARCHIVO")
    assert "argumentos:\n  ARCHIVO" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["init", "--comuna"], "omil-desktop init: error: argumento --comuna: falta su valor"),
        (["init"], "error: faltan los argumentos obligatorios: --comuna, --officer"),
        (["export-people", "a.xlsx", "b.xlsx"], "error: argumentos no reconocidos: b.xlsx"),
        (["respaldar"], "error: argumento COMANDO: opción no válida: 'respaldar' (elija entre"),
    ],
)
def test_command_line_mistakes_are_explained_in_spanish(capsys, argv, message):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("uso: omil-desktop")
    assert message in err


def smoke(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "xdg")}
    env.pop("QT_QPA_PLATFORM", None)  # the switch itself must choose offscreen
    return subprocess.run(
        [sys.executable, "-m", "omil_desktop", "--smoke-test", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
        check=False,
    )


def test_smoke_test_opens_the_given_data_folder(tmp_path):
    data_dir = tmp_path / "datos"
    office_with_people(data_dir, 3)

    result = smoke("--data-dir", str(data_dir), cwd=tmp_path, home=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout == "OMIL Desktop: prueba de humo correcta.\n"
    assert not (tmp_path / "xdg").exists()  # not the user's folder
    ws = Workspace(data_dir)
    try:  # the folder's own office, untouched: no smoke-test office was set up in it
        assert (ws.office.comuna_code, ws.people.counts()[0]) == ("10404", 3)
    finally:
        ws.close()


def test_smoke_test_of_a_folder_without_an_office_sets_none_up(tmp_path):
    result = smoke("--data-dir", str(tmp_path / "nueva"), cwd=tmp_path, home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "prueba de humo correcta (oficina aún sin configurar)" in result.stdout
    ws = Workspace(tmp_path / "nueva")
    try:
        assert ws.office is None
    finally:
        ws.close()


def test_smoke_test_fails_on_a_damaged_store_and_leaves_it_alone(tmp_path):
    data_dir = tmp_path / "datos"
    office_with_people(data_dir, 300)
    damage_page(data_dir / "omil.sqlite3", "person")
    before = folder_state(data_dir)

    result = smoke("--data-dir", str(data_dir), cwd=tmp_path, home=tmp_path)

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Error: La base de datos de la oficina")
    assert "está dañada y no se abrió" in result.stderr
    assert folder_state(data_dir) == before


def test_python_main_py_from_a_checkout_works_from_anywhere(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(tmp_path / "d"), "init",
         "--comuna", "Palena", "--officer", "Ana Pérez"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Oficina configurada: OMIL Palena")


def test_python_main_py_says_what_it_needs_when_not_installed(tmp_path):
    """Without the editable install (here: no site-packages at all) it says what to run."""
    result = subprocess.run(
        [sys.executable, "-S", str(REPO / "main.py"), "--help"],
        capture_output=True, text=True, cwd=tmp_path, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == (
        "OMIL Desktop no está instalado en este entorno de Python. Desde esta carpeta, "
        "ejecute: pip install -e .\n"
    )


def test_backup_command_into_a_file_and_the_days_backup_of_a_command(office_dir, tmp_path, capsys):
    sheet = tmp_path / "u.csv"
    sheet.write_text("RUT;Nombres;Apellidos\n12.345.678-5;María José;Núñez Pérez\n")
    assert run(capsys, "--data-dir", office_dir, "import-people", sheet)[0] == 0
    (daily,) = (office_dir / "respaldos").glob("omil-*-diario.sqlite3")  # taken by init

    code, out, err = run(capsys, "--data-dir", office_dir, "backup", tmp_path / "copia.sqlite3")

    assert (code, err) == (0, "")
    assert out == f"Copia de respaldo verificada: {tmp_path / 'copia.sqlite3'} (1 persona).\n"
    assert daily.exists()


@pytest.mark.parametrize(
    "command",
    [["export-people", "x.xlsx"], ["workshops"], ["report", "rendicion", "--month", "2026-10",
     "--out", "x.pdf"], ["export-expenses", "--month", "2026-10", "x.xlsx"], ["sync"]],
)  # fmt: skip
def test_a_data_folder_that_does_not_exist_is_refused_and_not_created(tmp_path, capsys, command):
    missing = tmp_path / "mal escrita" / "datos"
    code, out, err = run(capsys, *command, "--data-dir", missing)
    assert (code, out) == (2, "")
    assert err.startswith(f"Error: No existe la carpeta de datos {missing}.")
    assert not missing.parent.exists()
