"""The office's open vacancies as a spreadsheet with what the BNE asks to publish an offer.

The Bolsa Nacional de Empleo (bne.cl, «publicar oferta») asks for the job title, occupation,
description, openings, place (comuna and región), workday, contract type, salary, the
requirements (education, experience, licences), the closing date, whether the offer is inclusive
(Ley 21.015) and the company (RUT and razón social). One row per vacancy, in that order, so the
officer copies each cell into the BNE form without retyping.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.money import format_clp
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.spreadsheets import write_xlsx
from omil_desktop.services.vacancies import BneRow, VacanciesService

BNE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Cargo", "title"),
    ("Ocupación", "occupation"),
    ("Descripción", "description"),
    ("Cupos", "openings"),
    ("Comuna", "comuna"),
    ("Región", "region"),
    ("Jornada", "workday"),
    ("Tipo de contrato", "contract_type"),
    ("Renta bruta mensual", "salary"),
    ("Educación mínima", "education"),
    ("Experiencia", "experience"),
    ("Licencias", "licences"),
    ("Fecha de cierre", "closes_on"),
    ("Inclusiva (Ley 21.015)", "inclusive"),
    ("RUT empresa", "company_rut"),
    ("Razón social", "company_legal_name"),
)
"""Spreadsheet header → field of :class:`BneRow`, in the order of the BNE's form."""


class ExportFailed(ServiceError):
    pass


def _cell(name: str, value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            translate("services.vacancies_files", "Sí")
            if value
            else translate("services.vacancies_files", "No")
        )
    if name == "closes_on":
        return format_date(value)
    if name == "salary":
        return format_clp(value)
    return value


def export_vacancies(vacancies: VacanciesService, path: Path) -> int:
    """Write this office's open vacancies to ``path`` (.xlsx); return how many."""
    rows: list[BneRow] = vacancies.open_for_bne()
    write_xlsx(
        path,
        translate("services.vacancies_files", "Ofertas para la BNE"),
        [header for header, _ in BNE_COLUMNS],
        ([_cell(name, getattr(row, name)) for _, name in BNE_COLUMNS] for row in rows),
        error=ExportFailed,
    )
    return len(rows)
