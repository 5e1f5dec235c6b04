"""A person's text as stored: trimmed, length-limited, and the phone written one way."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import String, Text

from omil_desktop.domain.people import (
    FIELD_LABELS,
    LONG_TEXT_MAX,
    MAX_LENGTHS,
    PHONE_MESSAGE,
    DocumentType,
    PersonData,
    ServiceKind,
    normalize_phone,
    validate_attention,
)
from omil_desktop.store.models import Person

TODAY = date(2026, 6, 1)


def valid(**overrides) -> PersonData:
    """A valid record without RUT (so that its document fields are kept and checked)."""
    values = {
        "first_names": "Ana",
        "last_name_1": "Soto",
        "comuna_code": "10404",
        "document_type": DocumentType.PASSPORT,
        "document_number": "AB123",
        "document_country": "Perú",
    }
    values.update(overrides)
    return PersonData(**values)


def errors_of(**overrides) -> dict[str, str]:
    return valid(**overrides).cleaned().validate(TODAY)


def test_every_limit_is_the_length_of_its_column():
    columns = Person.__table__.columns
    for name, limit in MAX_LENGTHS.items():
        column_type = columns[name].type
        if isinstance(column_type, String) and not isinstance(column_type, Text):
            assert column_type.length == limit, name
        else:  # a Text column: the limit is the domain's own
            assert limit == LONG_TEXT_MAX, name
    text_fields = {
        c.name
        for c in columns
        if isinstance(c.type, String)
        and c.name in PersonData.__dataclass_fields__
        and PersonData.__dataclass_fields__[c.name].type == "str"
        and c.name != "comuna_code"  # chosen from the catalogue, not written
    }
    assert text_fields <= set(MAX_LENGTHS), "every free-text field has a limit"
    assert set(MAX_LENGTHS) == set(FIELD_LABELS)


# A phone's length follows from its digits (see the phone tests).
@pytest.mark.parametrize("name", sorted(set(MAX_LENGTHS) - {"phone"}))
def test_a_text_at_its_limit_passes_and_one_character_more_is_refused(name):
    limit = MAX_LENGTHS[name]
    fill = "a" * limit if name != "email" else "a" * (limit - 8) + "@mail.cl"
    assert len(fill) == limit
    assert name not in errors_of(**{name: fill})
    longer = "b" + fill
    message = errors_of(**{name: longer})[name]
    assert message == (
        f"{FIELD_LABELS[name]}: hasta {limit:,} caracteres (tiene {limit + 1:,}).".replace(",", ".")
    )


def test_names_are_trimmed_and_kept_as_written():
    data = valid(first_names="  maría   JOSÉ ", last_name_1=" de la  Fuente").cleaned()
    assert (data.first_names, data.last_name_1) == ("maría JOSÉ", "de la Fuente")
    # Surrounding spaces do not count against the limit.
    assert "first_names" not in errors_of(first_names="  " + "a" * 120 + "  ")


def test_a_210_character_name_is_refused():
    errors = errors_of(first_names="Bernardita Alejandra " * 10)
    assert errors["first_names"] == "Nombres: hasta 120 caracteres (tiene 209)."


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("987654321", "+56 9 8765 4321"),
        ("9 8765 4321", "+56 9 8765 4321"),
        ("(09) 8765 4321", "+56 9 8765 4321"),
        ("09-87654321", "+56 9 8765 4321"),
        ("56987654321", "+56 9 8765 4321"),
        ("+56987654321", "+56 9 8765 4321"),
        ("+56 9 8765-4321", "+56 9 8765 4321"),
        ("0056 9 8765 4321", "+56 9 8765 4321"),
        ("2 2123 4567", "+56 2 2123 4567"),  # Santiago
        ("(02) 2123 4567", "+56 2 2123 4567"),
        ("65 2 123456", "+56 65 212 3456"),  # Puerto Montt
        ("652123456", "+56 65 212 3456"),
        ("+56 65 212 3456", "+56 65 212 3456"),
        ("+54 9 11 1234-5678", "+54 9 11 1234 5678"),  # foreign: its grouping kept
        ("0054 11 1234 5678", "+54 11 1234 5678"),
        ("+1 (212) 555-0100", "+1 212 555 0100"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_phones_are_written_one_way(written, stored):
    assert normalize_phone(written) == stored
    assert valid(phone=written).cleaned().phone == stored


@pytest.mark.parametrize(
    "written",
    ["12", "abc", "87654321", "8765 4321 1", "+56 9 1234", "44 123 4567", "9-8765-4321 ext 2", "+"],
)
def test_what_cannot_be_a_phone_is_refused_and_kept_as_written(written):
    with pytest.raises(ValueError, match="teléfono chileno de 9 dígitos"):
        normalize_phone(written)
    assert errors_of(phone=written)["phone"] == PHONE_MESSAGE
    assert valid(phone=written).cleaned().phone == " ".join(written.split())


@given(st.integers(min_value=0, max_value=99_999_999))
def test_any_mobile_however_written_is_stored_the_same(number):
    digits = f"9{number:08d}"
    expected = f"+56 9 {digits[1:5]} {digits[5:]}"
    for written in (digits, f"+56{digits}", f"56 {digits}", f"0{digits}", f"+56 9 {digits[1:]}"):
        assert normalize_phone(written) == expected
    assert normalize_phone(expected) == expected
    assert len(expected) <= MAX_LENGTHS["phone"]


def test_attention_validation_reports_every_field_at_once():
    assert validate_attention(None, None, "x" * (LONG_TEXT_MAX + 1), TODAY) == {
        "date": "Indique la fecha de la atención.",
        "kind": "Elija el tipo de atención.",
        "notes": "Notas: hasta 10.000 caracteres (tiene 10.001).",
    }
    assert validate_attention(TODAY, ServiceKind.GUIDANCE, " y " * 10, TODAY) == {}
    assert "futura" in validate_attention(date(2026, 6, 2), ServiceKind.OTHER, "", TODAY)["date"]
