"""The legal basis of a person and of each processing (issue 12, point 4): what the office does
by its legal function, what needs the person's consent, and the check of a person's basis."""

from __future__ import annotations

from datetime import date

from omil_desktop.domain.people import ConsentMethod
from omil_desktop.domain.privacy import (
    PROCESSING_BASIS,
    RIGHTS_TEXT,
    LegalBasis,
    Processing,
    RequestKind,
)

TODAY = date(2026, 11, 20)


def test_what_goes_beyond_the_office_needs_consent():
    assert PROCESSING_BASIS[Processing.REGISTERING] is LegalBasis.LEGAL_FUNCTION
    assert PROCESSING_BASIS[Processing.SERVING] is LegalBasis.LEGAL_FUNCTION
    assert PROCESSING_BASIS[Processing.REFERRAL_TO_ANOTHER_OFFICE] is LegalBasis.CONSENT
    assert PROCESSING_BASIS[Processing.NETWORK_SHARING] is LegalBasis.CONSENT
    assert set(PROCESSING_BASIS) == set(Processing)
    assert all(p.label and p.purpose for p in Processing)
    assert set(RIGHTS_TEXT) == set(RequestKind)


def test_a_person_is_under_the_legal_function_by_default(person_data):
    data = person_data()
    assert data.legal_basis is LegalBasis.LEGAL_FUNCTION
    assert data.validate(TODAY) == {}


def test_consent_as_basis_needs_the_consent_recorded(person_data):
    data = person_data(legal_basis=LegalBasis.CONSENT)
    errors = data.validate(TODAY)
    assert errors == {
        "legal_basis": "Con base en el consentimiento, registre la fecha y la forma en que se dio."
    }
    consented = person_data(
        legal_basis=LegalBasis.CONSENT,
        consent_on=date(2026, 3, 1),
        consent_method=ConsentMethod.SIGNED,
    )
    assert consented.validate(TODAY) == {}


def test_cleaning_keeps_the_basis_and_fills_a_blank_one(person_data):
    assert person_data(legal_basis=LegalBasis.CONSENT).cleaned().legal_basis is LegalBasis.CONSENT
    blank = person_data()
    blank.legal_basis = None  # type: ignore[assignment]  # an import's empty cell
    assert blank.cleaned().legal_basis is LegalBasis.LEGAL_FUNCTION
