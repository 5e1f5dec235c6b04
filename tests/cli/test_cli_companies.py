"""``import-companies`` and ``export-companies``: Spanish headers, the row-by-row report of the
people's import, nothing half-saved, one row per company with its contacts."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from omil_desktop.app import main
from tests.support.folders import initialised_folder
from tests.support.unlocked import open_database


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def companies_in(data_dir: Path) -> list[tuple]:
    conn = open_database(data_dir)
    try:
        return conn.execute(
            "SELECT c.rut, c.legal_name, c.comuna_code, count(k.id) FROM company c "
            "LEFT JOIN company_contact k ON k.company_id = c.id "
            "GROUP BY c.id ORDER BY c.sort_key"
        ).fetchall()
    finally:
        conn.close()


@pytest.fixture
def office_dir(tmp_path):
    """What ``init --comuna 10404 --officer Ana`` makes (a copy of it: tests/support/folders)."""
    return initialised_folder(tmp_path / "datos", "10404", "Ana")


HEADER = [
    "RUT",
    "RAZON SOCIAL",
    "Nombre de Fantasía",
    "Giro",
    "Tamaño",
    "Comuna",
    "Teléfono",
    "Contacto",
    "Cargo",
    "Teléfono contacto",
    "Correo contacto",
    "Columna rara",
]


def test_import_reports_each_bad_row_and_saves_the_good_ones(office_dir, tmp_path, capsys):
    sheet = tmp_path / "empresas.csv"
    rows = [
        ";".join(HEADER),
        "76.123.456-0;Salmones del Sur SpA;Salmones Palena;Acuicultura;Mediana;Palena;"
        "65 212 3456;Juan Soto;Jefe de personal;987654321;juan@sur.cl;x",
        "76.123.456-1;RUT malo Ltda.;;;;Palena;;;;;;",  # módulo 11 fails
        "761234560;Salmones otra vez;;;;Palena;;;;;;",  # same RUT, other writing
        "77888999-4;;Sin razón social;;;Palena;;;;;;",
        "96.500.000-3;Comercial Norte;;;Grande;Atlantis;;;;;;",  # unknown comuna
        "96.500.000-3;Comercial Norte;;;Gigante;;;;;;;",  # unknown size
        "78.000.000-7;Constructora;;;;;;Pedro;;12;;",  # bad contact phone
        "77.888.999-4;Ferretería Ñandú;;Comercio;pequeña;10401;;;;;;",
        ";;;;;;;;;;;",  # empty row: skipped
    ]
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")

    code, out, err = run(capsys, "--data-dir", office_dir, "import-companies", sheet)

    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[:2] == ["Filas importadas: 2", "Filas rechazadas: 6"]
    reasons = dict(line.strip().split(": ", 1) for line in lines[2:8])
    assert reasons["fila 3"] == (
        "El RUT 76.123.456-1 no es válido: revise el RUT de la empresa "
        "(en una factura o en el SII)."
    )
    assert reasons["fila 4"] == "RUT duplicado: 76.123.456-0 ya aparece en la fila 2."
    assert reasons["fila 5"] == "Falta un dato obligatorio: Razón social."
    assert reasons["fila 6"] == "Comuna desconocida: «Atlantis»."
    assert reasons["fila 7"].startswith("Valor «Gigante» no reconocido en Tamaño")
    assert reasons["fila 8"].startswith("Contacto: Escriba un teléfono chileno")
    assert "Columnas no reconocidas (ignoradas): Columna rara" in out
    assert companies_in(office_dir) == [
        ("77888999-4", "Ferretería Ñandú", "10401", 0),
        ("76123456-0", "Salmones del Sur SpA", "10404", 1),
    ]

    # Again: the companies now on record are duplicates, and nothing changes.
    code, out, _ = run(capsys, "--data-dir", office_dir, "import-companies", sheet)
    assert code == 1 and "Filas importadas: 0" in out
    assert "fila 2: RUT duplicado: 76.123.456-0 ya está registrado (Salmones Palena)." in out
    assert len(companies_in(office_dir)) == 2


def test_dry_run_and_missing_required_columns_save_nothing(office_dir, tmp_path, capsys):
    sheet = tmp_path / "empresas.xlsx"
    book = Workbook()
    book.active.append(["RUT", "Razón social"])
    book.active.append(["76.123.456-0", "Salmones del Sur SpA"])
    book.save(sheet)
    code, out, _ = run(capsys, "--data-dir", office_dir, "import-companies", "--dry-run", sheet)
    assert code == 0 and "Filas que se importarían: 1" in out and "no se guardó nada" in out
    assert companies_in(office_dir) == []

    bad = tmp_path / "sin_razon.csv"
    bad.write_text("RUT;Comuna\n76.123.456-0;Palena\n", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", office_dir, "import-companies", bad)
    assert code == 1
    assert err == "Error: Faltan columnas obligatorias: Razón social. Nada fue importado.\n"


def test_export_one_row_per_company_with_its_contacts(office_dir, tmp_path, capsys):
    from omil_desktop.domain.companies import CompanyData, ContactData
    from omil_desktop.domain.rut import Rut
    from omil_desktop.services.workspace import Workspace

    ws = Workspace(office_dir)
    try:
        companies = ws.companies
        first = companies.create(
            CompanyData(Rut.parse("76.123.456-0"), "Salmones del Sur SpA", comuna_code="10404")
        )
        companies.add_contact(first, ContactData("Juan Soto", "Jefe", "987654321", "j@sur.cl"))
        companies.add_contact(first, ContactData("Ana Ruiz"))
        companies.create(CompanyData(Rut.parse("77.888.999-4"), "=Ferretería", comuna_code="10401"))
    finally:
        ws.close()
    target = tmp_path / "empresas.xlsx"

    code, out, _ = run(capsys, "--data-dir", office_dir, "export-companies", target)

    assert (code, out) == (0, f"Exportadas: 2 empresas a {target}.\n")
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("RUT", "Razón social") and rows[0][-1] == "Contactos"
    assert len(rows) == 3
    by_name = {row[1]: row for row in rows[1:]}
    assert by_name["Salmones del Sur SpA"][-1] == (
        "Ana Ruiz; Juan Soto (Jefe) +56 9 8765 4321 j@sur.cl"
    )
    assert by_name["=Ferretería"][5] == "Chaitén"  # text, not a formula; comuna by name

    # What the export writes, the import reads back (into another office).
    other = tmp_path / "otra"
    run(capsys, "--data-dir", other, "init", "--comuna", "10401", "--officer", "Luis")
    code, out, _ = run(capsys, "--data-dir", other, "import-companies", target)
    assert code == 0 and "Filas importadas: 2" in out
    assert "Contactos" in out  # the joined column is not read back as one contact


def test_the_help_is_spanish(capsys):
    with pytest.raises(SystemExit):
        main(["import-companies", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Razón social" in out and "Teléfono contacto" in out and "ARCHIVO" in out
