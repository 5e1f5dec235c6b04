"""The import engine's steps (open → match → check → save) and its bad input: unknown columns,
a title row, merged cells, Excel serial dates, a Chilean CSV, latin-1 text, an .xlsx bomb."""

from __future__ import annotations

import re
import sqlite3
import tracemalloc
import zipfile
import zlib
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from omil_desktop.services.company_files import CompaniesImporter
from omil_desktop.services.people_files import PeopleImporter
from omil_desktop.services.spreadsheets import (
    ImportCancelled,
    UnreadableFile,
    excel_serial_date,
    write_rejected,
)


def people(workspace):
    return PeopleImporter(workspace.people, workspace.territory, workspace.office.comuna_code)


def companies(workspace):
    return CompaniesImporter(workspace.companies, workspace.territory, workspace.office.comuna_code)


def count(workspace, table="person"):
    conn = sqlite3.connect(workspace.db.path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def rut(number: int) -> str:
    total, factor = 0, 2
    for digit in reversed(str(number)):
        total += int(digit) * factor
        factor = 2 if factor == 7 else factor + 1
    return f"{number}-" + {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11))


def xlsx(path, rows, merges=()):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for ref in merges:
        sheet.merge_cells(ref)
    workbook.save(path)
    return path


def test_unknown_columns_are_not_imported_unless_matched_by_hand(workspace, tmp_path):
    path = xlsx(
        tmp_path / "p.xlsx",
        [
            ["RUT", "Nombres", "Apellido paterno", "Celular 2", "Nombre del hijo"],
            ["10.000.001-6", "Ana", "Soto", "+56 9 8765 4321", "Pedro"],
        ],
    )
    importer = people(workspace)
    sheet = importer.open(path)
    matches = importer.match(sheet)
    assert matches == {0: "rut", 1: "first_names", 2: "last_name_1", 3: None, 4: None}
    assert sheet.samples[0][3] == "+56 9 8765 4321"

    matches[3] = "phone"  # the officer's own match
    checked = importer.check(sheet, matches)
    assert checked.report.unknown_columns == ["Nombre del hijo"]
    assert checked.report.rejected == []
    assert checked.shown == [
        {
            "rut": "10.000.001-6",
            "first_names": "Ana",
            "last_name_1": "Soto",
            "comuna_code": "Palena",  # the office's, as it will be saved
            "phone": "+56 9 8765 4321",
        }
    ]
    assert importer.save(checked) == 1
    (person,) = workspace.people.all_records()
    assert person.data.phone.replace(" ", "") == "+56987654321"


def test_a_match_chosen_twice_or_a_missing_required_column_is_said_and_nothing_saved(
    workspace, tmp_path
):
    path = xlsx(tmp_path / "p.xlsx", [["Nombres", "Apellido paterno"], ["Ana", "Soto"]])
    importer = people(workspace)
    sheet = importer.open(path)

    problems = importer.match_problems(sheet, {0: "first_names", 1: "first_names"})
    assert problems == [
        "La columna «Nombres» aparece dos veces: «Nombres», «Apellido paterno». Elija «No "
        "importar» en las que sobran.",
        "Faltan columnas obligatorias: Apellido paterno. Nada fue importado.",
    ]
    with pytest.raises(UnreadableFile, match="aparece dos veces"):
        importer.import_file(path, matches={0: "first_names", 1: "first_names"})
    assert count(workspace) == 0


def test_a_title_row_merged_above_the_header_and_merged_cells_in_the_rows(workspace, tmp_path):
    path = xlsx(
        tmp_path / "p.xlsx",
        [
            ["Usuarios OMIL 2025", None, None, None],
            [None, None, None, None],
            ["RUT", "Nombres", "Apellido paterno", "Comuna"],
            ["12.345.678-5", "Ana", "Soto", "Palena"],
            ["16.543.210-K", "Berta", "Vera", None],
            [None, "Carla", "Mora", None],
            ["9.876.543-3", "Diana", "Rojas", "Chaitén"],
        ],
        # the title across the columns; a comuna shared by three rows; a RUT over two rows
        merges=["A1:D1", "D4:D6", "A5:A6"],
    )
    importer = people(workspace)
    sheet = importer.open(path)
    assert sheet.header_row == 3
    assert sheet.header == ["RUT", "Nombres", "Apellido paterno", "Comuna"]

    report = importer.import_file(path)

    assert report.imported == 3
    assert [(r.row, r.reason) for r in report.rejected] == [
        (
            6,
            "La celda de «RUT» está combinada con la de la fila 5: sepárelas en Excel y escriba "
            "el dato en cada fila.",
        )
    ]
    by_name = {r.data.first_names: r.data for r in workspace.people.all_records()}
    palena = workspace.territory.find_comuna("Palena").code
    assert by_name["Ana"].comuna_code == palena
    assert by_name["Berta"].comuna_code == palena  # the merged comuna holds for each row
    assert by_name["Diana"].comuna_code == workspace.territory.find_comuna("Chaitén").code


def test_excel_serial_dates_become_dates_in_xlsx_and_csv(workspace, tmp_path):
    assert excel_serial_date("32874") == date(1990, 1, 1)
    assert excel_serial_date("45658.75") == date(2025, 1, 1)
    assert excel_serial_date("59") == date(1900, 2, 28)  # Excel's 29-02-1900 is serial 60
    assert excel_serial_date("61") == date(1900, 3, 1)
    assert excel_serial_date("17-05-1990") is None
    assert excel_serial_date("0") is None
    assert excel_serial_date("1990") is None  # a year alone is not 12-06-1905

    book = xlsx(
        tmp_path / "p.xlsx",
        [
            ["RUT", "Nombres", "Apellido paterno", "Fecha de nacimiento"],
            ["10000001-6", "Ana", "Soto", 32874],
        ],
    )
    csv = tmp_path / "p.csv"
    csv.write_text("RUT;Nombres;Apellido paterno;Fecha nac\n10000002-4;Bea;Ríos;33239\n")
    importer = people(workspace)
    checked = importer.check(importer.open(book))
    assert checked.shown[0]["birth_date"] == "01-01-1990"  # the preview shows the date
    assert importer.save(checked) == 1
    assert people(workspace).import_file(csv).imported == 1

    births = {r.data.first_names: r.data.birth_date for r in workspace.people.all_records()}
    assert births == {"Ana": date(1990, 1, 1), "Bea": date(1991, 1, 1)}


def test_semicolon_csv_of_a_chilean_excel_in_latin1(workspace, tmp_path):
    path = tmp_path / "usuarios.csv"
    text = (
        "Planilla de usuarios;;;;\r\n"
        "RUT;Nombres;Apellido paterno;Dirección;Comuna\r\n"
        "10.000.003-2;José;Muñoz;Pasaje Ñandú 12, depto. 3;Chaitén\r\n"
        "10.000.004-0;Inés;Peña;Calle Uno, 4;\r\n"
    )
    path.write_bytes(text.encode("cp1252"))

    report = people(workspace).import_file(path)

    assert (report.imported, report.rejected) == (2, [])
    stored = {r.data.first_names: r.data for r in workspace.people.all_records()}
    assert stored["José"].last_name_1 == "Muñoz"
    assert stored["José"].address == "Pasaje Ñandú 12, depto. 3"
    assert stored["Inés"].address == "Calle Uno, 4"


def test_utf8_bom_and_utf16_csv(workspace, tmp_path):
    bom = tmp_path / "bom.csv"
    bom.write_bytes(
        "RUT,Nombres,Apellido paterno\r\n10000005-9,Álvaro,Núñez\r\n".encode("utf-8-sig")
    )
    utf16 = tmp_path / "unicode.txt"
    utf16.write_bytes(
        "RUT\tNombres\tApellido paterno\r\n10000006-7\tÑusta\tQuispe\r\n".encode("utf-16")
    )

    assert people(workspace).import_file(bom).imported == 1
    assert people(workspace).import_file(utf16).imported == 1
    assert {r.data.first_names for r in workspace.people.all_records()} == {"Álvaro", "Ñusta"}


def test_no_header_row_is_said_in_spanish(workspace, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("1;2;3\n4;5;6\n", encoding="utf-8")
    with pytest.raises(UnreadableFile) as caught:
        people(workspace).import_file(path)
    assert str(caught.value).startswith("No se encontró la fila de encabezados")
    assert "Faltan columnas obligatorias: Nombres, Apellido paterno." in str(caught.value)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("viejo.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "Excel antigua (.xls)"),
        ("viejo.xlsx", b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "Excel antigua (.xls)"),
        ("planilla.csv", b"PK\x03\x04" + b"\x00" * 100, "parece una planilla de Excel"),
        ("foto.jpg", b"\xff\xd8\xff", "use una planilla .xlsx o un archivo .csv"),
        ("vacio.csv", b"", "está vacío"),
    ],
)
def test_files_that_are_not_spreadsheets(workspace, tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=re.escape(expected)):
        people(workspace).open(path)


class _SameChunk:
    """Deflate for a chunk written again and again: the chunk is compressed once (a full flush
    makes its blocks stand alone, so copies of them in a row are one valid stream); writing the
    stream then costs its CRC, not its compression."""

    def __init__(self, chunk: bytes) -> None:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        self.chunk = chunk
        self.block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)

    def compress(self, data: bytes) -> bytes:
        assert data is self.chunk
        return self.block

    def flush(self) -> bytes:
        return zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # the final, empty block


def bomb(path, size=1024**3):
    """An .xlsx whose sheet inflates to ``size`` bytes: a highly compressible stream written to
    the zip in chunks (the file itself is a few MB)."""
    chunk = b"<row><c><v>0</v></c></row>" * 40_000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet._compressor = _SameChunk(chunk)  # type: ignore[attr-defined]
            written = 0
            while written < size:
                sheet.write(chunk)
                written += len(chunk)
    return path


def test_the_bomb_is_a_real_zip(tmp_path):
    path = bomb(tmp_path / "chica.xlsx", size=3_000_000)
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None  # every CRC right
        data = archive.read("xl/worksheets/sheet1.xml")
    assert len(data) == 3 * 1_040_000 and set(data.split(b"</row>")) == {
        b"<row><c><v>0</v></c>",
        b"",
    }


def test_an_xlsx_bomb_is_refused_before_it_is_opened_in_bounded_memory(workspace, tmp_path_factory):
    path = bomb(tmp_path_factory.mktemp("bomba") / "planilla.xlsx")
    assert path.stat().st_size < 20 * 1024 * 1024

    tracemalloc.start()
    try:
        with pytest.raises(UnreadableFile) as caught:
            people(workspace).import_file(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < 5 * 1024 * 1024
    message = str(caught.value)
    assert message.startswith("«planilla.xlsx» no parece una planilla de la oficina")
    assert "1024 MB" in message and "nada fue importado" in message
    assert count(workspace) == 0


def test_progress_and_cancel_save_nothing(workspace, tmp_path):
    rows = "\n".join(f"{rut(20_000_000 + i)};Persona;Apellido{i}" for i in range(350))
    path = tmp_path / "p.csv"
    path.write_text("RUT;Nombres;Apellido paterno\n" + rows + "\n", encoding="utf-8")
    seen: list[tuple[int, int]] = []

    with pytest.raises(ImportCancelled, match="no se guardó nada"):
        people(workspace).import_file(
            path,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: bool(seen),
        )

    assert seen == [(99, 350)]
    assert count(workspace) == 0
    assert count(workspace, "change_log") == 0

    seen.clear()
    report = people(workspace).import_file(path, progress=lambda d, t: seen.append((d, t)))
    assert report.imported == 350
    assert seen[-1] == (350, 350)
    # each person created is in the audit log, the chain unbroken across the one transaction
    assert count(workspace, "audit_entry") == 350
    chain = workspace.audit.verify()
    assert chain.intact and chain.entries == 350


def test_rejected_rows_are_saved_to_an_xlsx_with_their_reason(workspace, tmp_path):
    path = xlsx(
        tmp_path / "p.xlsx",
        [
            ["RUT", "Nombres", "Apellido paterno"],
            ["12.345.678-9", "Ana", "Soto"],
            ["10.000.001-6", "Eva", "Paz"],
        ],
    )
    importer = people(workspace)
    sheet = importer.open(path)
    checked = importer.check(sheet)
    out = tmp_path / "rechazadas.xlsx"

    write_rejected(out, sheet, checked.report)

    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("Fila", "Motivo del rechazo", "RUT", "Nombres", "Apellido paterno")
    assert rows[1][:2] == (2, checked.report.rejected[0].reason)
    assert rows[1][2:] == ("12.345.678-9", "Ana", "Soto")
    assert len(rows) == 2


def test_companies_through_the_same_steps(workspace, tmp_path):
    path = tmp_path / "empresas.csv"
    path.write_bytes(
        "RUT;Razón social;Giro;Contacto\n"
        "76.086.428-5;Maderas del Sur SpA;Aserraderos;Luis Vera\n"
        "76.086.428-5;Repetida Ltda.;;\n".encode("cp1252")
    )
    importer = companies(workspace)
    sheet = importer.open(path)
    assert importer.match(sheet) == {0: "rut", 1: "legal_name", 2: "activity", 3: "contact_name"}
    checked = importer.check(sheet)
    assert [(r.row, r.reason) for r in checked.report.rejected] == [
        (3, "RUT duplicado: 76.086.428-5 ya aparece en la fila 2.")
    ]
    assert importer.save(checked) == 1
    assert count(workspace, "company") == 1


def test_a_company_merged_over_rows_with_a_contact_on_each(workspace, tmp_path):
    path = xlsx(
        tmp_path / "empresas.xlsx",
        [
            ["RUT", "Razón social", "Rubro", "Contacto", "Cargo"],
            ["76.086.428-5", "Maderas del Sur SpA", "Aserraderos", "Luis Peña", "Gerente"],
            [None, None, None, "Inés Soto", "Recursos humanos"],
            [None, None, None, "Rosa Vera", None],
            ["12.345.678-9", "RUT Malo Ltda.", None, "Ana Paz", None],
            [None, None, None, "Eva Ríos", None],
        ],
        merges=["A2:A4", "B2:B4", "C2:C4", "A5:A6", "B5:B6"],
    )

    report = companies(workspace).import_file(path)

    assert report.imported == 1
    assert [r.row for r in report.rejected] == [5, 6]
    assert report.rejected[1].reason == ("Contacto de la empresa de la fila 5, que no se importa.")
    ((company, contacts),) = workspace.companies.all_with_contacts()
    assert company.data.activity == "Aserraderos"
    assert sorted(c.name for c in contacts) == ["Inés Soto", "Luis Peña", "Rosa Vera"]
