"""The server holds companies, vacancies, referrals and placements to the protocol's own schema
(version 4) and to what each office may see, like people (docs/sync-protocol.md §6, §8)."""

from __future__ import annotations

from typing import Any

import pytest

from omil_desktop.store.models import new_id
from tests.regional.client import NOW


def company_fields(office: str, **overrides: Any) -> dict[str, Any]:
    values = {
        "office_code": office,
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": False,
        "rut": "76123456-0",
        "legal_name": "Salmones Austral SpA",
        "trade_name": "",
        "activity": "Acuicultura",
        "size": "pequena",
        "comuna_code": office,
        "address": "",
        "phone": "",
        "email": "",
        "notes": "",
    }
    values.update(overrides)
    return values


def vacancy_fields(office: str, company: str, **overrides: Any) -> dict[str, Any]:
    values = {
        "office_code": office,
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": False,
        "company_id": company,
        "title": "Soldador(a)",
        "occupation": "",
        "openings": 2,
        "description": "",
        "education_level": None,
        "experience": "",
        "licences": "",
        "workday": "completa",
        "salary": 650_000,
        "contract_type": "indefinido",
        "comuna_code": office,
        "published_on": "2026-11-02",
        "closes_on": None,
        "status": "abierta",
        "inclusive": False,
    }
    values.update(overrides)
    return values


def insert(device, table: str, fields: dict[str, Any]):
    return device.change(table, new_id(), "insert", fields)


BAD = {
    "company rut": ("company", {"rut": "76123456-1"}, "rut: no es un RUT válido"),
    "company size": ("company", {"size": "enorme"}, "size: no es uno de los valores"),
    "no razón social": ("company", {"legal_name": " "}, "legal_name: no puede quedar vacío"),
    "zero openings": ("vacancy", {"openings": 0}, "openings: debe estar entre 1 y 1000"),
    "negative openings": ("vacancy", {"openings": -3}, "openings: debe estar entre 1 y 1000"),
    "openings as text": ("vacancy", {"openings": "dos"}, "openings: debe ser un número entero"),
    "openings as a flag": ("vacancy", {"openings": True}, "openings: debe ser un número entero"),
    "huge salary": ("vacancy", {"salary": 10**12}, "salary: debe estar entre 0 y"),
    "status": ("vacancy", {"status": "abierto"}, "status: no es uno de los valores"),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_each_bad_value_of_the_new_tables_is_refused(sqlite_regional, sqlite_api, case):
    table, change, words = BAD[case]
    device = sqlite_api.device(sqlite_regional.code("10401"), "10401")
    company = insert(device, "company", company_fields("10401"))
    fields = (
        company_fields("10401", **{"rut": "77654321-7", **change})
        if table == "company"
        else vacancy_fields("10401", company.row, **change)
    )
    bad = insert(device, table, fields)

    reply = device.sync(company, bad)

    assert reply.acks[0].status == "applied"
    assert reply.acks[1].status == "refused" and words in (reply.acks[1].reason or "")
    assert sqlite_regional.service.record(table, bad.row) is None


def test_a_vacancy_may_not_hang_from_another_office_s_unshared_company(sqlite_regional, sqlite_api):
    chaiten = sqlite_api.device(sqlite_regional.code("10401"), "10401")
    futaleufu = sqlite_api.device(sqlite_regional.code("10402"), "10402")
    private = insert(chaiten, "company", company_fields("10401"))
    shared = insert(chaiten, "company", company_fields("10401", rut="77654321-7", shared=True))
    chaiten.sync(private, shared)

    onto_private = insert(futaleufu, "vacancy", vacancy_fields("10402", private.row))
    onto_shared = insert(futaleufu, "vacancy", vacancy_fields("10402", shared.row))
    reply = futaleufu.sync(onto_private, onto_shared)

    assert reply.acks[0].status == "refused"
    assert "company_id: se refiere a un registro" in (reply.acks[0].reason or "")
    assert reply.acks[1].status == "applied"  # a shared company may be used by the network
    assert [c.row for c in chaiten.pull_all()] == []  # nothing of it reaches Chaitén
