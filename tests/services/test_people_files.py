"""Importing people from the office's own spreadsheets, and exporting them back."""

from __future__ import annotations

import gc
import re
import sqlite3
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook

from omil_desktop.domain.people import (
    ConsentMethod,
    DocumentType,
    EducationLevel,
    JobStatus,
    PersonData,
    Sex,
    UnemploymentInsurance,
)
from omil_desktop.domain.rut import Rut
from omil_desktop.services.people_files import (
    PeopleImporter,
    RejectedRow,
    UnreadableFile,
    export_people,
)
from omil_desktop.services.workspace import Workspace

HEADER = [
    "RUT",
    "Nombres",
    "Apellido Paterno",
    "Apellido materno",
    "Fecha de Nacimiento",
    "Sexo",
    "Comuna",
    "Teléfono",
    "Correo",
]


def write_csv(path, rows, *, delimiter=";", encoding="utf-8", newline="\r\n"):
    text = newline.join(delimiter.join(cells) for cells in rows) + newline
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Usuarios 2025"
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def importer(workspace):
    return PeopleImporter(workspace.people, workspace.territory, workspace.office.comuna_code)


def import_file(workspace, path, **kwargs):
    return importer(workspace).import_file(path, **kwargs)


def everyone(workspace) -> dict[str, PersonData]:
    """Full name → stored data of everyone on record."""
    return {r.data.full_name(): r.data for r in workspace.people.all_records()}


def stored_rows(workspace) -> tuple[int, int]:
    conn = sqlite3.connect(workspace.db.path)
    try:
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        changes = conn.execute(
            "SELECT count(*) FROM change_log WHERE table_name != 'audit_entry'"
        ).fetchone()[0]
    finally:
        conn.close()
    return people, changes


def reasons(report) -> dict[int, str]:
    return {r.row: r.reason for r in report.rejected}


# -- CSV -----------------------------------------------------------------------------------------


def test_csv_semicolon_utf8_with_rejections(workspace, tmp_path):
    path = write_csv(
        tmp_path / "usuarios.csv",
        [
            HEADER,
            [
                "12.345.678-5",
                "María José",
                "Núñez",
                "Pérez",
                "17-05-1990",
                "F",
                "Palena",
                "+56 9 1234 5678",
                "maria@example.cl",
            ],
            ["16543210-k", "Pedro", "Soto", "Vera", "1984-02-29", "Masculino", "10402", "", ""],
            ["12.345.678-9", "Juan", "Bad", "Rut", "", "", "Palena", "", ""],
            ["123456785", "Repetida", "En", "Archivo", "", "", "Palena", "", ""],
            ["7.654.321-6", "", "Sin", "Nombre", "", "", "Palena", "", ""],
            ["9.876.543-3", "Homero", "Simpson", "", "", "", "Springfield", "", ""],
            ["", "", "", "", "", "", "", "", ""],
            ["20.111.222-2", "Rosa", "Cárcamo", "", "", "mujer", "", "", ""],
            ["11.111.111-1", "Futura", "Persona", "", "01-01-2999", "", "Palena", "", ""],
        ],
    )

    report = import_file(workspace, path)

    assert report.imported == 3
    assert [r.row for r in report.rejected] == [4, 5, 6, 7, 10]
    why = reasons(report)
    assert why[4].startswith("RUT inválido")
    assert (
        why[4] == "RUT inválido: El RUT 12.345.678-9 no es válido: revise el número en el carnet."
    )
    assert why[5] == "RUT duplicado: 12.345.678-5 ya aparece en la fila 2."
    assert why[6] == "Falta un dato obligatorio: Nombres."
    assert why[7] == "Comuna desconocida: «Springfield»."
    assert why[10] == "La fecha de nacimiento no puede ser futura."
    assert report.unknown_columns == []
    assert report.default_comuna_used is True
    assert report.dry_run is False

    people = everyone(workspace)
    assert set(people) == {"María José Núñez Pérez", "Pedro Soto Vera", "Rosa Cárcamo"}
    maria = people["María José Núñez Pérez"]
    assert maria.rut == Rut.parse("12.345.678-5")
    assert maria.birth_date == date(1990, 5, 17)
    assert maria.sex is Sex.FEMALE
    assert maria.comuna_code == "10404"
    assert maria.phone == "+56 9 1234 5678"
    assert maria.email == "maria@example.cl"
    assert maria.nationality == "Chilena"
    pedro = people["Pedro Soto Vera"]
    assert pedro.rut == Rut.parse("16.543.210-K")
    assert pedro.birth_date == date(1984, 2, 29)
    assert pedro.sex is Sex.MALE
    assert pedro.comuna_code == "10402"
    rosa = people["Rosa Cárcamo"]
    assert rosa.comuna_code == "10404", "no comuna: the office's comuna"
    assert rosa.sex is Sex.FEMALE
    assert stored_rows(workspace) == (3, 3)


def test_csv_comma_with_bom_and_single_surnames_column(workspace, tmp_path):
    path = write_csv(
        tmp_path / "personas.csv",
        [
            ["RUT", "Nombres", "Apellidos", "Fecha de Nacimiento", "Comuna", "Correo"],
            ["12345678-5", "María José", "Núñez Pérez", "17/05/1990", "PALENA", "m@example.cl"],
            ["16.543.210-K", "Pedro", "Soto", "29.02.1984", "futaleufu", ""],
        ],
        delimiter=",",
        encoding="utf-8-sig",
        newline="\n",
    )

    report = import_file(workspace, path)

    assert (report.imported, report.rejected) == (2, [])
    people = everyone(workspace)
    maria = people["María José Núñez Pérez"]
    assert (maria.last_name_1, maria.last_name_2) == ("Núñez", "Pérez")
    assert maria.first_names == "María José", "the BOM must not stick to the first header"
    assert maria.birth_date == date(1990, 5, 17)
    pedro = people["Pedro Soto"]
    assert (pedro.last_name_1, pedro.last_name_2) == ("Soto", "")
    assert pedro.comuna_code == "10402"
    assert pedro.birth_date == date(1984, 2, 29)


def test_csv_as_excel_writes_it_on_spanish_windows(workspace, tmp_path):
    path = write_csv(
        tmp_path / "excel.csv",
        [
            [
                "RUT",
                "NOMBRES",
                "APELLIDO PATERNO",
                "APELLIDO MATERNO",
                "FECHA NACIMIENTO",
                "COMUNA",
                "TELÉFONO",
                "OBSERVACIÓN DEL FUNCIONARIO",
            ],
            [
                "12.345.678-5",
                "José Ñancupil",
                "Muñoz",
                "Quintrequeo",
                "01-02-1970",
                "Ñiquén",
                "+56 9 2222 3333",
                "Llegó derivado del municipio",
            ],
        ],
        encoding="cp1252",
    )
    assert "Ñ".encode("cp1252") in path.read_bytes()

    report = import_file(workspace, path)

    assert (report.imported, report.rejected) == (1, [])
    assert report.unknown_columns == ["OBSERVACIÓN DEL FUNCIONARIO"]
    (person,) = everyone(workspace).values()
    assert person.first_names == "José Ñancupil"
    assert person.last_name_1 == "Muñoz"
    assert person.comuna_code == "16303"
    assert person.phone == "+56 9 2222 3333"


@pytest.mark.parametrize(
    "headers",
    [
        [
            "rut",
            "NOMBRES",
            "apellido_paterno",
            "FECHA_NACIMIENTO",
            "telefono",
            "CORREO ELECTRÓNICO",
        ],
        ["RUN", "Nombre", "Primer apellido", "Fecha nac.", "Fono", "E-mail"],
        [" Rut ", "Nombres ", "Apellido 1", "Fecha de nacimiento", "Celular", "Mail"],
    ],
)
def test_headers_are_matched_without_case_accents_or_punctuation(workspace, tmp_path, headers):
    path = write_csv(
        tmp_path / "h.csv",
        [headers, ["12.345.678-5", "María", "Núñez", "17-05-1990", "+56912345678", "m@ex.cl"]],
    )

    report = import_file(workspace, path)

    assert report.unknown_columns == []
    assert report.imported == 1
    (person,) = everyone(workspace).values()
    assert (person.rut, person.first_names, person.last_name_1) == (
        Rut.parse("123456785"),
        "María",
        "Núñez",
    )
    assert (person.birth_date, person.phone, person.email) == (
        date(1990, 5, 17),
        "+56 9 1234 5678",  # written one way
        "m@ex.cl",
    )


def test_duplicate_rut_against_the_database(workspace, person_data, tmp_path):
    workspace.people.create(person_data())
    path = write_csv(
        tmp_path / "dup.csv",
        [["RUT", "Nombres", "Apellidos"], ["12345678-5", "Otra", "Persona"], ["", "Sin", "Rut"]],
    )

    report = import_file(workspace, path)

    assert report.imported == 0
    assert report.rejected[0] == RejectedRow(
        2, "RUT duplicado: 12.345.678-5 ya está registrado (María José Núñez Pérez)."
    )
    # Without RUT and without a foreign document the record is incomplete.
    assert report.rejected[1].row == 3
    assert "Sin RUT, indique el tipo de documento" in report.rejected[1].reason
    assert stored_rows(workspace) == (1, 1)


def test_row_without_rut_needs_its_document(workspace, tmp_path):
    path = write_csv(
        tmp_path / "migrantes.csv",
        [
            [
                "Nombres",
                "Apellidos",
                "Tipo de documento",
                "Número de documento",
                "País del documento",
                "Nacionalidad",
            ],
            ["Yelitza", "Rondón", "Pasaporte", "AB1234567", "Venezuela", "Venezolana"],
            ["Jean", "Pierre", "", "", "", "Haitiana"],
        ],
    )

    report = import_file(workspace, path)

    assert report.imported == 1
    assert [r.row for r in report.rejected] == [3]
    assert "Sin RUT" in report.rejected[0].reason
    (person,) = everyone(workspace).values()
    assert person.document_type is DocumentType.PASSPORT
    assert (person.document_number, person.document_country, person.nationality) == (
        "AB1234567",
        "Venezuela",
        "Venezolana",
    )
    assert person.rut is None


# -- XLSX ----------------------------------------------------------------------------------------


def test_xlsx_with_real_date_cells_and_numeric_cells(workspace, tmp_path):
    path = write_xlsx(
        tmp_path / "planilla.xlsx",
        [
            [*HEADER, "Discapacidad", "Situación laboral", "Color favorito"],
            [
                "12.345.678-5",
                "María José",
                "Núñez",
                "Pérez",
                datetime(1990, 5, 17),
                "Mujer",
                10404,
                56912345678,
                "maria@example.cl",
                "No",
                "Cesante",
                "azul",
            ],
            [
                "16543210K",
                "Pedro",
                "Soto",
                "Vera",
                date(1984, 2, 29),
                "M",
                1101,
                None,
                None,
                "Sí",
                "desempleado",
                "",
            ],
            [
                123456785,
                "Dup",
                "Licado",
                "",
                datetime(2000, 1, 1),
                "",
                "Palena",
                "",
                "",
                "",
                "",
                "",
            ],
            ["9.876.543-3", "Mal", "Correo", "", "", "", "Palena", "", "no-es-correo", "", "", ""],
            ["7.654.321-6", "Sí", "Raro", "", "", "", "Palena", "", "", "quizás", "", ""],
        ],
    )

    report = import_file(workspace, path)

    assert report.imported == 2
    assert report.unknown_columns == ["Color favorito"]
    why = reasons(report)
    assert set(why) == {4, 5, 6}
    assert "ya aparece en la fila 2" in why[4]
    assert why[5] == "El correo no parece válido (ejemplo: nombre@dominio.cl)."
    assert why[6] == "«quizás» no es Sí o No en la columna Discapacidad."
    people = everyone(workspace)
    maria = people["María José Núñez Pérez"]
    assert maria.birth_date == date(1990, 5, 17)
    assert maria.comuna_code == "10404"
    assert maria.phone == "+56 9 1234 5678"  # a numeric cell, written one way
    assert maria.job_status is JobStatus.UNEMPLOYED
    assert maria.has_disability is False
    pedro = people["Pedro Soto Vera"]
    assert pedro.birth_date == date(1984, 2, 29)
    assert pedro.comuna_code == "01101", "Excel drops the leading zero of Iquique's CUT"
    assert pedro.has_disability is True
    assert pedro.job_status is JobStatus.UNEMPLOYED


# -- unreadable files ----------------------------------------------------------------------------


def test_missing_nombres_column_imports_nothing(workspace, tmp_path):
    path = write_csv(
        tmp_path / "sin_nombres.csv",
        [["RUT", "Apellidos", "Comuna"], ["12.345.678-5", "Núñez Pérez", "Palena"]],
    )

    with pytest.raises(UnreadableFile) as caught:
        import_file(workspace, path)

    assert str(caught.value) == "Faltan columnas obligatorias: Nombres. Nada fue importado."
    assert stored_rows(workspace) == (0, 0)


def test_missing_surname_columns_imports_nothing(workspace, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["RUT", "Nombres"], ["12.345.678-5", "María"]])
    with pytest.raises(UnreadableFile) as caught:
        import_file(workspace, path)
    assert "Apellido paterno" in str(caught.value)


def test_repeated_column_is_refused(workspace, tmp_path):
    path = write_csv(
        tmp_path / "x.csv",
        [["Nombres", "Apellidos", "NOMBRES"], ["María", "Núñez", "José"]],
    )
    with pytest.raises(UnreadableFile) as caught:
        import_file(workspace, path)
    assert "aparece dos veces" in str(caught.value)
    assert stored_rows(workspace) == (0, 0)


def garbage_xlsx(path):
    path.write_bytes(b"PK\x03\x04 esto no es una planilla " * 50)


def random_bytes(path):
    path.write_bytes(bytes((i * 151 + 7) % 256 for i in range(5000)))


@pytest.mark.parametrize(
    ("name", "make", "expected"),
    [
        ("vacio.csv", lambda p: p.write_bytes(b""), "vacío"),
        ("blancos.csv", lambda p: p.write_bytes(b";;;\r\n;;\r\n"), "vacío"),
        ("binario.csv", random_bytes, "no es un archivo de texto"),
        ("texto.csv", lambda p: p.write_text("hola mundo\nesto es texto\n"), "Faltan columnas"),
        ("dañado.xlsx", garbage_xlsx, "planilla Excel"),
        ("vacio.xlsx", lambda p: p.write_bytes(b""), "planilla Excel"),
        (
            "csv_disfrazado.xlsx",
            lambda p: p.write_text("Nombres;Apellidos\nAna;Soto\n"),
            "planilla Excel",
        ),
        ("hoja_vacia.xlsx", lambda p: write_xlsx(p, []), "vacío"),
        ("documento.pdf", lambda p: p.write_bytes(b"%PDF-1.4"), "use una planilla"),
        ("no_existe.csv", lambda p: None, "No se encontró el archivo"),
        ("no_existe.xlsx", lambda p: None, "No se encontró el archivo"),
        ("una_carpeta.csv", lambda p: p.mkdir(), "No se encontró el archivo"),
    ],
)
def test_unreadable_files_raise_in_spanish_and_import_nothing(
    workspace, tmp_path, name, make, expected
):
    path = tmp_path / name
    make(path)

    with pytest.raises(UnreadableFile) as caught:
        import_file(workspace, path)

    assert expected in str(caught.value)
    assert stored_rows(workspace) == (0, 0)


def test_dry_run_checks_everything_and_saves_nothing(workspace, tmp_path):
    path = write_csv(
        tmp_path / "u.csv",
        [
            ["RUT", "Nombres", "Apellidos", "Comuna"],
            ["12.345.678-5", "María", "Núñez", "Palena"],
            ["16.543.210-K", "Pedro", "Soto", "Atlántida"],
            ["9.876.543-3", "Ana", "Ávila", ""],
        ],
    )

    report = import_file(workspace, path, dry_run=True)

    assert report.dry_run is True
    assert report.imported == 2
    assert [r.row for r in report.rejected] == [3]
    assert stored_rows(workspace) == (0, 0)
    # The same file for real then saves exactly what the dry run announced.
    assert import_file(workspace, path).imported == 2
    assert stored_rows(workspace) == (2, 2)


def test_importing_the_same_file_twice_rejects_every_row_the_second_time(workspace, tmp_path):
    path = write_csv(
        tmp_path / "u.csv",
        [
            ["RUT", "Nombres", "Apellidos"],
            ["12.345.678-5", "María", "Núñez"],
            ["16.543.210-K", "Pedro", "Soto"],
        ],
    )
    assert import_file(workspace, path).imported == 2

    again = import_file(workspace, path)

    assert again.imported == 0
    assert [r.row for r in again.rejected] == [2, 3]
    assert stored_rows(workspace) == (2, 2)


# -- export and round trip -----------------------------------------------------------------------


def full_with_rut() -> PersonData:
    return PersonData(
        first_names="María José",
        last_name_1="Núñez",
        last_name_2="Pérez",
        rut=Rut.parse("16.543.210-K"),
        birth_date=date(1990, 5, 17),
        sex=Sex.FEMALE,
        nationality="Chilena",
        comuna_code="01101",
        address="Pedro Montt 123, Palena",
        phone="+56 9 1234 5678",
        email="maria.nunez@example.cl",
        education_level=EducationLevel.TECHNICAL_INCOMPLETE,
        job_status=JobStatus.INACTIVE,
        occupation="Manipuladora de alimentos",
        experience="Cocinera en hostería, 2018-2023.\nTemporera en Chaitén, 2024.",
        has_disability=True,
        rnd_registered=True,
        woman_head_of_household=True,
        indigenous=True,
        unemployment_insurance=UnemploymentInsurance.INDIVIDUAL_ACCOUNT,
        bne_registered_on=date(2025, 3, 1),
        consent_on=date(2025, 3, 2),
        consent_method=ConsentMethod.ELECTRONIC,
        notes="Disponible desde marzo; 50% jornada.\nPrefiere mañana.",
    )


def full_without_rut() -> PersonData:
    return PersonData(
        first_names="Yelitza Carolina",
        last_name_1="Rondón",
        document_type=DocumentType.FOREIGN_ID,
        document_number="V-12.345.678",
        document_country="Venezuela",
        birth_date=date(1995, 11, 30),
        sex=Sex.OTHER,
        nationality="Venezolana",
        comuna_code="10402",
        education_level=EducationLevel.POSTGRADUATE,
        job_status=JobStatus.FIRST_JOB,
        migrant=True,
        unemployment_insurance=UnemploymentInsurance.NOT_AFFILIATED,
        consent_on=date(2025, 6, 10),
        consent_method=ConsentMethod.VERBAL,
        notes="Trae título apostillado.",
    )


def test_export_then_import_into_a_fresh_office_round_trips_everything(
    workspace, person_data, tmp_path
):
    people = workspace.people
    people.create(full_with_rut())
    people.create(full_without_rut())
    inactive = people.create(
        person_data(
            first_names="Luis", last_name_1="Mora", rut=Rut.parse("9.876.543-3"), sex=Sex.MALE
        )
    )
    people.set_active(inactive, False)
    before = {r.data.full_name(): (r.data, r.active) for r in people.all_records()}
    assert len(before) == 3

    target = tmp_path / "exportación personas.xlsx"
    assert export_people(people, workspace.territory, target) == 3

    fresh = Workspace(tmp_path / "otra-oficina")
    try:
        fresh.set_up_office("10402", "Juan Carrasco")
        report = import_file(fresh, target)
        assert (report.imported, report.rejected, report.unknown_columns) == (3, [], [])
        assert report.default_comuna_used is False
        after = {r.data.full_name(): (r.data, r.active) for r in fresh.people.all_records()}
        assert after == before
        assert fresh.people.counts() == (2, 0)
    finally:
        fresh.close()


def test_export_refuses_other_formats(workspace, tmp_path):
    with pytest.raises(UnreadableFile) as caught:
        export_people(workspace.people, workspace.territory, tmp_path / "personas.csv")
    assert ".xlsx" in str(caught.value)
    assert not (tmp_path / "personas.csv").exists()


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_export_to_a_folder_that_does_not_exist(workspace, person_data, tmp_path):
    workspace.people.create(person_data())
    with pytest.raises(UnreadableFile) as caught:
        export_people(workspace.people, workspace.territory, tmp_path / "no" / "hay.xlsx")
    assert "No se pudo guardar" in str(caught.value)
    gc.collect()  # a half-written sheet left behind would complain now


def test_text_starting_with_equals_is_exported_as_text_not_formula(
    workspace, person_data, tmp_path
):
    workspace.people.create(
        person_data(notes="=> llamar el lunes\n= revisar FCS", occupation="=SUMA(A1)")
    )
    target = tmp_path / "personas.xlsx"
    export_people(workspace.people, workspace.territory, target)

    sheet = load_workbook(target).worksheets[0]
    header = [c.value for c in sheet[1]]
    notes = sheet.cell(row=2, column=header.index("Observaciones") + 1)
    assert (notes.data_type, notes.value) == ("s", "=> llamar el lunes\n= revisar FCS")

    fresh = Workspace(tmp_path / "otra")
    try:
        fresh.set_up_office("10404", "Ana Pérez")
        assert import_file(fresh, target).imported == 1
        (record,) = fresh.people.all_records()
        assert record.data.notes == "=> llamar el lunes\n= revisar FCS"
        assert record.data.occupation == "=SUMA(A1)"
    finally:
        fresh.close()


def test_xlsx_whose_declared_range_is_wrong_is_read_whole(workspace, tmp_path):
    """Some programs write <dimension ref="A1"/>; every row and column must still be read."""
    plain = write_xlsx(
        tmp_path / "plain.xlsx",
        [
            ["RUT", "Nombres", "Apellidos", "Comuna"],
            ["12.345.678-5", "María José", "Núñez Pérez", "Palena"],
            ["16.543.210-K", "Pedro", "Soto Vera", "Futaleufú"],
        ],
    )
    path = tmp_path / "generada.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, replaced = re.subn(
                    rb'<dimension ref="A1:D3"\s*/>', b'<dimension ref="A1"/>', data
                )
                assert replaced == 1
            target.writestr(item, data)

    report = import_file(workspace, path)

    assert (report.imported, report.rejected) == (2, [])
    assert set(everyone(workspace)) == {"María José Núñez Pérez", "Pedro Soto Vera"}


def test_importing_the_same_file_twice_adds_nobody_the_second_time(workspace, tmp_path):
    path = write_csv(
        tmp_path / "sin_rut.csv",
        [
            [
                "Nombres",
                "Apellidos",
                "Tipo de documento",
                "Número de documento",
                "País del documento",
                "Fecha de nacimiento",
            ],
            ["Yorbelis", "Hernández Páez", "Pasaporte", "P123456789", "Venezuela", "03-04-1995"],
            ["Juan Pablo", "Muñoz Rojas", "Pasaporte", "X55", "Perú", "02-11-1990"],
        ],
    )
    first = import_file(workspace, path)
    assert first.imported == 2 and first.rejected == []

    second = import_file(workspace, path)
    assert second.imported == 0
    assert reasons(second) == {
        2: "Documento duplicado: P123456789 ya está registrado (Yorbelis Hernández Páez).",
        3: "Documento duplicado: X55 ya está registrado (Juan Pablo Muñoz Rojas).",
    }
    assert stored_rows(workspace)[0] == 2


def test_same_names_and_birth_date_is_rejected_as_likely_duplicate(
    workspace, person_data, tmp_path
):
    workspace.people.create(person_data())  # María José Núñez Pérez, 17-05-1990
    path = write_csv(
        tmp_path / "parecidos.csv",
        [
            HEADER,
            ["11.111.111-1", "Maria Jose", "Nunez", "Perez", "17-05-1990", "F", "Palena", "", ""],
            ["22.222.222-2", "Pedro", "Soto", "", "01-01-1980", "M", "Palena", "", ""],
            ["6-K", "Pedro", "Soto", "", "01-01-1980", "M", "Palena", "", ""],
        ],
    )
    report = import_file(workspace, path)
    assert report.imported == 1
    found = reasons(report)
    assert found[2].startswith(
        "Posible duplicado: mismo nombre y fecha de nacimiento que María José Núñez Pérez"
    )
    assert found[4] == "Posible duplicado: mismo nombre y fecha de nacimiento que la fila 3."


def test_names_longer_than_their_limit_reject_the_row_and_say_which(workspace, tmp_path):
    long_names = "Bernardita Alejandra Guadalupe Constanza de la Santísima Trinidad " * 3
    path = write_csv(
        tmp_path / "largos.csv",
        [
            ["RUT", "Nombres", "Apellido paterno", "Teléfono"],
            ["12.345.678-5", long_names, "Soto", ""],
            ["11.111.111-1", "Ana", "Vera", "65 2 123456"],
            ["9.876.543-3", "Rosa", "Díaz", "8765 432"],
        ],
    )

    report = import_file(workspace, path)

    assert report.imported == 1
    why = reasons(report)
    assert why[2] == f"Nombres: hasta 120 caracteres (tiene {len(long_names.strip())})."
    assert why[4].startswith("Escriba un teléfono chileno de 9 dígitos")
    assert everyone(workspace)["Ana Vera"].phone == "+56 65 212 3456"
