"""``omil-desktop export-vacancies``: open vacancies with what the BNE asks, read back."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from omil_desktop.app import main
from omil_desktop.domain.intermediation import ContractType, VacancyStatus, Workday
from omil_desktop.domain.people import EducationLevel
from omil_desktop.services.workspace import Workspace
from tests.services.intermediation_fixtures import add_company, vacancy_data
from tests.support.folders import initialised_folder


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_vacancies_writes_one_row_per_open_vacancy_with_spanish_headers(tmp_path, capsys):
    data_dir = initialised_folder(tmp_path / "datos", "10404", "Ana")
    workspace = Workspace(data_dir)
    try:
        company = add_company(workspace, "Forestal Palena SpA")
        workspace.vacancies.create(
            vacancy_data(
                company,
                description="Operar sierra huincha.\nTurno de día.",
                openings=3,
                education_level=EducationLevel.SECONDARY,
                experience="1 año en aserradero",
                licences="Clase B",
                workday=Workday.SHIFTS,
                salary=650_000,
                contract_type=ContractType.FIXED_TERM,
                closes_on=date(2026, 12, 15),
                inclusive=True,
            )
        )
        closed = workspace.vacancies.create(vacancy_data(company, title="=Cerrada"))
        workspace.vacancies.set_status(closed, VacancyStatus.CLOSED)
        workspace.vacancies.create(vacancy_data(company, title="=SUMA(1)", openings=1))
    finally:
        workspace.close()
    target = tmp_path / "bne.xlsx"

    code, out, err = run(capsys, "--data-dir", data_dir, "export-vacancies", target)

    assert (code, err) == (0, "")
    assert out == f"Exportadas: 2 ofertas abiertas a {target}.\n"
    sheet = load_workbook(target).worksheets[0]
    assert {cell.data_type for cell in sheet["A"]} == {"s"}  # titles stay texts, never formulas
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Cargo",
        "Ocupación",
        "Descripción",
        "Cupos",
        "Comuna",
        "Región",
        "Jornada",
        "Tipo de contrato",
        "Renta bruta mensual",
        "Educación mínima",
        "Experiencia",
        "Licencias",
        "Fecha de cierre",
        "Inclusiva (Ley 21.015)",
        "RUT empresa",
        "Razón social",
    )
    by_title = {row[0]: row for row in rows[1:]}
    assert set(by_title) == {"Operario de aserradero", "=SUMA(1)"}
    assert by_title["Operario de aserradero"][1:] == (
        "Operador de maquinaria forestal",
        "Operar sierra huincha.\nTurno de día.",
        3,
        "Palena",
        "Región de Los Lagos",
        "Por turnos",
        "Plazo fijo",
        "$650.000",
        "Media completa",
        "1 año en aserradero",
        "Clase B",
        "15-12-2026",
        "Sí",
        "76.123.456-0",
        "Forestal Palena SpA",
    )


def test_export_vacancies_refuses_a_csv(tmp_path, capsys):
    data_dir = initialised_folder(tmp_path / "datos", "10404", "Ana")
    code, _, err = run(capsys, "--data-dir", data_dir, "export-vacancies", tmp_path / "x.csv")
    assert (code, err) == (1, "Error: La exportación se guarda como planilla .xlsx.\n")
