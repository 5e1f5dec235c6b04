"""Small helpers for tests of vacancies and referrals: companies and other offices' records are
inserted directly (the company service is another part of the program)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from omil_desktop.domain.vacancies import VacancyData
from omil_desktop.store.models import Company, Vacancy

OTHER_OFFICE = "10402"  # Futaleufú, of Red Palena


def add_company(
    workspace,
    legal_name: str = "Forestal Palena SpA",
    *,
    rut: str = "76123456-0",
    trade_name: str = "",
    office_code: str | None = None,
    shared: bool = False,
) -> str:
    with workspace.db.transaction() as session:
        company = Company(
            office_code=office_code or workspace.office.comuna_code,
            rut=rut,
            legal_name=legal_name,
            trade_name=trade_name,
            comuna_code="10404",
            shared=shared or office_code is not None,
        )
        session.add(company)
        session.flush()
        return company.id


def vacancy_data(company_id: str, **overrides) -> VacancyData:
    values = {
        "company_id": company_id,
        "title": "Operario de aserradero",
        "occupation": "Operador de maquinaria forestal",
        "openings": 2,
        "comuna_code": "10404",
        "published_on": date(2026, 11, 2),
    }
    values.update(overrides)
    return VacancyData(**values)


def add_other_office_vacancy(workspace, *, shared: bool = True, openings: int = 1) -> str:
    """A vacancy of another office of the network, as sync leaves it in this database."""
    with workspace.db.transaction() as session:
        company_id = session.scalar(select(Company.id).where(Company.office_code == OTHER_OFFICE))
    if company_id is None:
        company_id = add_company(
            workspace, "Turismo Futaleufú Ltda.", rut="77222333-1", office_code=OTHER_OFFICE
        )
    with workspace.db.transaction() as session:
        vacancy = Vacancy(
            office_code=OTHER_OFFICE,
            company_id=company_id,
            title="Guía de rafting",
            openings=openings,
            comuna_code=OTHER_OFFICE,
            published_on=date(2026, 10, 1),
            status="abierta",
            shared=shared,
        )
        session.add(vacancy)
        session.flush()
        return vacancy.id
