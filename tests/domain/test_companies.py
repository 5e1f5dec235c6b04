"""A company's, a contact's and an interaction's rules: every error at once, tidy values."""

from __future__ import annotations

from datetime import date

from omil_desktop.domain.companies import (
    COMPANY_LABELS,
    COMPANY_MAX_LENGTHS,
    CompanyData,
    ContactData,
    InteractionData,
    company_search_key,
    company_search_terms,
)
from omil_desktop.domain.intermediation import CompanySize, InteractionKind
from omil_desktop.domain.rut import Rut

TODAY = date(2026, 11, 29)


def valid() -> CompanyData:
    return CompanyData(
        rut=Rut.parse("76.123.456-0"),
        legal_name="Salmones del Sur SpA",
        trade_name="Salmones Palena",
        size=CompanySize.MEDIUM,
        comuna_code="10404",
        phone="65 212 3456",
    )


def test_a_valid_company_has_no_errors_and_its_phone_is_written_one_way():
    assert valid().validate(TODAY) == {}
    assert valid().cleaned().phone == "+56 65 212 3456"


def test_every_error_at_once_in_spanish():
    bad = CompanyData(legal_name="  ", phone="123", email="sin-arroba", comuna_code="")
    errors = bad.validate(TODAY)
    assert set(errors) == {"rut", "legal_name", "comuna_code", "phone", "email"}
    assert "razón social" in errors["legal_name"]
    assert CompanyData(**{**valid().__dict__, "comuna_code": "99999"}).validate(
        TODAY, known_comuna=False
    ) == {"comuna_code": "La comuna no existe en el catálogo."}


def test_too_long_texts_are_refused_with_their_label():
    company = valid()
    company.legal_name = "x" * (COMPANY_MAX_LENGTHS["legal_name"] + 1)
    message = company.validate(TODAY)["legal_name"]
    assert message.startswith(COMPANY_LABELS["legal_name"]) and "hasta 200" in message


def test_cleaned_collapses_spaces_and_keeps_note_lines():
    company = CompanyData(legal_name="  Ferretería   El  Clavo ", notes="uno\n  dos  ")
    tidy = company.cleaned()
    assert tidy.legal_name == "Ferretería El Clavo"
    assert tidy.notes == "uno\ndos"


def test_contact_needs_a_name_and_a_real_phone():
    assert ContactData(phone="1").validate().keys() == {"name", "phone"}
    contact = ContactData(" Juan  Soto ", "Jefe de personal", "987654321", "juan@sur.cl").cleaned()
    assert contact.phone == "+56 9 8765 4321"
    assert contact.summary() == "Juan Soto (Jefe de personal) +56 9 8765 4321 juan@sur.cl"


def test_an_interaction_is_not_in_the_future_and_has_a_kind():
    assert InteractionData(date(2026, 11, 30), None).validate(TODAY).keys() == {"date", "kind"}
    assert InteractionData(TODAY, InteractionKind.VISIT, "ok").validate(TODAY) == {}


def test_found_by_partial_rut_in_any_writing_and_names_without_accents():
    key = company_search_key(Rut.parse("76123456-0"), "Ferretería Ñandú", "El Clavo")
    for query in ("76.123", "76123456-0", "761234560", "ferreteria", "nandu clavo"):
        assert all(term in key for term in company_search_terms(query)), query
