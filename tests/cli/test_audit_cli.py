"""``omil-desktop auditoria verificar|exportar`` (issue 12, point 3): the Spanish result of the
check, exit 1 when a chain was tampered with; the log (or one person's) as a spreadsheet."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.cli.test_cli import office_dir, run  # noqa: F401
from tests.support.unlocked import open_database


def with_person(office_dir, tmp_path, capsys):  # noqa: F811
    sheet = tmp_path / "u.csv"
    sheet.write_text("RUT;Nombres;Apellidos\n12.345.678-5;María José;Núñez Pérez\n")
    assert run(capsys, "--data-dir", office_dir, "import-people", sheet)[0] == 0


def test_verify_says_intact_then_names_the_tampered_entry(office_dir, tmp_path, capsys):  # noqa: F811
    with_person(office_dir, tmp_path, capsys)
    code, out, err = run(capsys, "--data-dir", office_dir, "auditoria", "verificar")
    assert (code, out, err) == (0, "Íntegro: 1 entrada de 1 equipo.\n", "")

    connection = open_database(office_dir)  # with the folder's key
    with connection:
        connection.execute("UPDATE audit_entry SET action = 'ver' WHERE position = 1")
    connection.close()
    code, out, _err = run(capsys, "--data-dir", office_dir, "auditoria", "verificar")
    assert code == 1
    assert out.splitlines() == [
        "El registro de accesos fue alterado: 1 problema.",
        "La entrada N° 1 de este equipo fue modificada.",
    ]


def test_export_the_log_and_one_person_s(office_dir, tmp_path, capsys):  # noqa: F811
    with_person(office_dir, tmp_path, capsys)
    everything, hers = tmp_path / "accesos.xlsx", tmp_path / "maria.csv"
    code, out, _ = run(
        capsys, "--data-dir", office_dir, "auditoria", "exportar", "--out", everything
    )
    assert (code, out) == (0, f"Registro de accesos: 1 entrada en {everything}.\n")
    rows = list(load_workbook(everything).active.iter_rows(values_only=True))
    assert rows[1][2:4] == ("Creó", "María José Núñez Pérez")

    argv = ["--data-dir", office_dir, "auditoria", "exportar", "--out", hers, "--rut", "12345678-5"]
    assert run(capsys, *argv)[0] == 0
    assert "Creó" in hers.read_text(encoding="utf-8-sig")

    code, _out, err = run(capsys, *argv[:-1], "11.111.111-1")
    assert code == 1 and err == "Error: No hay una persona registrada con el RUT 11.111.111-1.\n"
    code, _out, err = run(capsys, *argv[:5], tmp_path / "accesos.pdf")
    assert code == 1 and "xlsx o como .csv" in err
