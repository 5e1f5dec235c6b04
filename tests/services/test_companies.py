"""Companies: one per RUT in the office, contacts that follow its sharing, a dated log, the
paged search, and the network's companies read-only."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from omil_desktop.domain.companies import CompanyData, ContactData, InteractionData
from omil_desktop.domain.intermediation import CompanySize, InteractionKind
from omil_desktop.domain.rut import Rut
from omil_desktop.services.companies import (
    CompanyColumn,
    CompanyInUse,
    CompanyOrder,
    ReadOnlyCompany,
)
from omil_desktop.services.errors import DuplicateCompany, NotFound, ValidationFailed
from omil_desktop.store.changelog import remote_session
from omil_desktop.store.clock import today
from omil_desktop.store.models import ChangeLog, Company, CompanyContact, Vacancy


def company(**overrides) -> CompanyData:
    values = {
        "rut": Rut.parse("76.123.456-0"),
        "legal_name": "Salmones del Sur SpA",
        "trade_name": "Salmones Palena",
        "activity": "Acuicultura",
        "size": CompanySize.MEDIUM,
        "comuna_code": "10404",
        "address": "Camino a Alto Palena km 3",
        "phone": "65 212 3456",
        "email": "rrhh@salmonesdelsur.cl",
        "notes": "Temporada alta: diciembre.\nPiden licencia B.",
    }
    values.update(overrides)
    return CompanyData(**values)


def _changes(workspace, table: str):
    with workspace.db.transaction() as session:
        return [
            (c.op, json.loads(c.payload))
            for c in session.scalars(
                select(ChangeLog).where(ChangeLog.table_name == table).order_by(ChangeLog.seq)
            )
        ]


def _received(workspace, office_code: str, rut: str, name: str, shared: bool = True) -> str:
    """A company as sync writes it: another office's, not a local change."""
    with workspace.db.transaction() as session:
        remote_session(session)
        moment = datetime(2026, 11, 2, 12)
        received = Company(
            office_code=office_code,
            rut=rut,
            legal_name=name,
            trade_name="",
            activity="",
            comuna_code=office_code,
            address="",
            phone="",
            email="",
            notes="",
            shared=shared,
            created_at=moment,
            updated_at=moment,
        )
        session.add(received)
        session.flush()
        return received.id


def test_create_and_read_back_every_field_cleaned(workspace):
    companies = workspace.companies
    company_id = companies.create(company(legal_name="  Salmones  del Sur SpA "))
    record = companies.get(company_id)
    assert record.data == company(phone="+56 65 212 3456")
    assert (record.shared, record.read_only, record.office_code) == (False, False, "10404")
    assert _changes(workspace, "company")[0][0] == "insert"


def test_every_error_at_once_and_nothing_saved(workspace):
    with pytest.raises(ValidationFailed) as failed:
        workspace.companies.create(
            company(rut=None, legal_name="", comuna_code="99999", phone="12")
        )
    assert set(failed.value.errors) == {"rut", "legal_name", "comuna_code", "phone"}
    assert workspace.companies.count() == 0


def test_the_same_rut_whatever_its_writing_is_refused_naming_the_company(workspace):
    companies = workspace.companies
    first = companies.create(company())
    for written in ("761234560", "76123456-0", "76.123.456-0"):
        with pytest.raises(DuplicateCompany) as refused:
            companies.create(company(rut=Rut.parse(written), legal_name="Otra"))
        assert refused.value.existing_id == first
        assert "Salmones del Sur SpA (Salmones Palena)" in str(refused.value)
        assert "76.123.456-0" in str(refused.value)
    other = companies.create(company(rut=Rut.parse("77.888.999-4"), legal_name="Ferretería"))
    with pytest.raises(DuplicateCompany):
        companies.update(other, company())
    assert companies.count() == 2


def test_a_deleted_company_registered_again_comes_back(workspace):
    companies = workspace.companies
    company_id = companies.create(company())
    companies.add_contact(company_id, ContactData("Juan Soto"))
    companies.delete(company_id)
    assert companies.count() == 0
    with pytest.raises(NotFound):
        companies.get(company_id)
    again = companies.create(company(legal_name="Salmones del Sur Ltda."))
    assert again == company_id
    assert companies.get(again).data.legal_name == "Salmones del Sur Ltda."
    assert companies.contacts(again) == []  # deleted with the company


def test_a_company_with_vacancies_is_not_deleted(workspace):
    companies = workspace.companies
    company_id = companies.create(company())
    with workspace.db.transaction() as session:
        session.add(
            Vacancy(
                office_code="10404",
                company_id=company_id,
                title="Operario",
                openings=2,
                comuna_code="10404",
                published_on=date(2026, 11, 1),
                status="abierta",
            )
        )
    with pytest.raises(CompanyInUse, match="una oferta"):
        companies.delete(company_id)
    assert companies.count() == 1


def test_search_by_partial_rut_any_writing_and_names_without_accents(workspace):
    companies = workspace.companies
    companies.create(company())
    companies.create(
        company(rut=Rut.parse("77.888.999-4"), legal_name="Ferretería Ñandú Ltda.", trade_name="")
    )
    names = lambda q: [r.name for r in companies.search(q, page_size=10).rows]  # noqa: E731
    assert names("") == ["Ferretería Ñandú Ltda.", "Salmones Palena"]
    assert names("76.123") == names("761234") == names("76123456-0") == ["Salmones Palena"]
    assert names("ferreteria nandu") == ["Ferretería Ñandú Ltda."]
    assert names("SUR") == ["Salmones Palena"]  # by razón social
    assert names("palena") == ["Salmones Palena"]  # by nombre de fantasía
    assert names("zzz") == []


def test_the_list_is_paged_counted_and_sorted_by_any_column(workspace):
    companies = workspace.companies
    for n in range(1, 26):
        rut = Rut.from_body(70_000_000 + n)
        companies.create(company(rut=rut, legal_name=f"Empresa {n:02d}", trade_name=""))
    result = companies.search("empresa", page_size=10)
    assert result.count == 25 == companies.count("empresa")
    assert [r.name for r in result.rows][:2] == ["Empresa 01", "Empresa 02"]
    page = companies.search_page("empresa", offset=20, limit=10)
    assert [r.name for r in page] == [f"Empresa {n}" for n in range(21, 26)]
    by_rut = companies.search_page(
        offset=0, limit=3, order=CompanyOrder(CompanyColumn.RUT, descending=True)
    )
    assert [r.rut for r in by_rut] == [str(Rut.from_body(70_000_000 + n)) for n in (25, 24, 23)]


def test_contacts_follow_their_company_sharing(workspace):
    companies = workspace.companies
    company_id = companies.create(company())
    juan = companies.add_contact(
        company_id, ContactData("Juan Soto", "Jefe de personal", "987654321")
    )
    assert companies.contacts(company_id)[0].data.phone == "+56 9 8765 4321"
    companies.set_shared(company_id, True)
    ana = companies.add_contact(company_id, ContactData("Ana Ruiz", email="ana@sur.cl"))
    with workspace.db.transaction() as session:
        assert {c.id: c.shared for c in session.scalars(select(CompanyContact))} == {
            juan: True,
            ana: True,
        }
    companies.set_shared(company_id, False)
    with workspace.db.transaction() as session:
        assert not any(c.shared for c in session.scalars(select(CompanyContact)))
    assert companies.get(company_id).shared is False
    companies.update_contact(juan, ContactData("Juan Soto Díaz", "Gerente"))
    companies.delete_contact(ana)
    assert [c.data.name for c in companies.contacts(company_id)] == ["Juan Soto Díaz"]
    with pytest.raises(ValidationFailed) as failed:
        companies.add_contact(company_id, ContactData("", phone="1"))
    assert set(failed.value.errors) == {"name", "phone"}


def test_interactions_newest_first_never_in_the_future(workspace):
    companies = workspace.companies
    company_id = companies.create(company())
    call = companies.add_interaction(
        company_id, InteractionData(date(2026, 3, 1), InteractionKind.CALL, "Pide 2 operarios")
    )
    companies.add_interaction(company_id, InteractionData(date(2026, 5, 1), InteractionKind.VISIT))
    assert [i.data.kind for i in companies.interactions(company_id)] == [
        InteractionKind.VISIT,
        InteractionKind.CALL,
    ]
    with pytest.raises(ValidationFailed) as failed:
        companies.add_interaction(
            company_id, InteractionData(today() + timedelta(days=1), InteractionKind.CALL)
        )
    assert failed.value.errors == {"date": "La fecha no puede ser futura."}
    companies.update_interaction(
        call, InteractionData(date(2026, 6, 1), InteractionKind.JOB_FAIR, "Feria")
    )
    assert companies.interactions(company_id)[0].data == InteractionData(
        date(2026, 6, 1), InteractionKind.JOB_FAIR, "Feria"
    )
    companies.delete_interaction(call)
    assert len(companies.interactions(company_id)) == 1


def test_a_company_the_network_shares_is_listed_and_read_only(workspace):
    companies = workspace.companies
    theirs = _received(workspace, "10401", "76123456-0", "Constructora Chaitén")
    _received(workspace, "10402", "77888999-4", "No compartida", shared=False)
    mine = companies.create(company())  # the same RUT in another office is no duplicate
    rows = companies.search(page_size=10).rows
    assert [(r.name, r.origin) for r in rows] == [
        ("Constructora Chaitén", "OMIL Chaitén"),
        ("Salmones Palena", ""),
    ]
    assert companies.get(theirs).read_only
    refusals = (
        lambda: companies.update(theirs, company(rut=Rut.parse("77.888.999-4"))),
        lambda: companies.delete(theirs),
        lambda: companies.set_shared(theirs, False),
        lambda: companies.add_contact(theirs, ContactData("Pedro")),
        lambda: companies.add_interaction(
            theirs, InteractionData(date(2026, 1, 1), InteractionKind.CALL)
        ),
    )
    for refused in refusals:
        with pytest.raises(ReadOnlyCompany, match="OMIL Chaitén"):
            refused()
    assert companies.get(mine).read_only is False


def test_a_company_s_position_in_the_list_in_any_order(workspace):
    companies = workspace.companies
    ids = [
        companies.create(
            company(rut=Rut.from_body(70_000_000 + n), legal_name=f"E{n}", trade_name="")
        )
        for n in range(5)
    ]
    assert companies.search_position(ids[3]) == 3
    by_rut_desc = CompanyOrder(CompanyColumn.RUT, descending=True)
    assert companies.search_position(ids[3], order=by_rut_desc) == 1
    assert companies.search_position(ids[3], "E4") is None


def test_create_many_is_all_or_nothing_and_brings_back_a_deleted_company(workspace):
    companies = workspace.companies
    gone = companies.create(company())
    companies.delete(gone)
    kept = companies.create(company(rut=Rut.parse("77.888.999-4"), legal_name="Ferretería"))
    batch = [
        (company(legal_name="Salmones otra vez"), [ContactData("Juan Soto")]),
        (company(rut=Rut.parse("96.500.000-3"), legal_name="Comercial Norte"), []),
    ]
    with pytest.raises(DuplicateCompany):  # one company already on record: nothing is saved
        companies.create_many([*batch, (company(rut=Rut.parse("77888999-4")), [])])
    with pytest.raises(DuplicateCompany):  # twice in the batch
        companies.create_many([*batch, (company(legal_name="Tercera"), [])])
    assert companies.count() == 1
    ids = companies.create_many(batch)
    assert ids[0] == gone
    assert companies.get(gone).data.legal_name == "Salmones otra vez"
    assert [c.data.name for c in companies.contacts(gone)] == ["Juan Soto"]
    assert companies.count() == 3
    assert companies.get(kept).data.legal_name == "Ferretería"
