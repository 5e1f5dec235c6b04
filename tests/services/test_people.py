"""Registering and correcting people: round trips, validation, unique RUT, likely duplicates."""

from __future__ import annotations

import sqlite3
from dataclasses import fields, replace
from datetime import date

import pytest

from omil_desktop.domain.people import (
    ConsentMethod,
    DocumentType,
    EducationLevel,
    JobStatus,
    PersonData,
    Sex,
    UnemploymentInsurance,
)
from omil_desktop.domain.privacy import LegalBasis
from omil_desktop.domain.rut import Rut
from omil_desktop.services.errors import DuplicateRut, LikelyDuplicate, NotFound, ValidationFailed


def full_with_rut() -> PersonData:
    return PersonData(
        first_names="María José",
        last_name_1="Núñez",
        last_name_2="Pérez",
        rut=Rut.parse("12.345.678-5"),
        birth_date=date(1990, 5, 17),
        sex=Sex.FEMALE,
        nationality="Chilena",
        comuna_code="10404",
        address="Pedro Montt 123, Palena",
        phone="+56 9 1234 5678",
        email="maria.nunez@example.cl",
        education_level=EducationLevel.TECHNICAL,
        job_status=JobStatus.UNEMPLOYED,
        occupation="Manipuladora de alimentos",
        experience="Cocinera en hostería, 2018-2023.\nTemporera en Chaitén, 2024.",
        has_disability=True,
        rnd_registered=True,
        woman_head_of_household=True,
        migrant=False,
        indigenous=True,
        unemployment_insurance=UnemploymentInsurance.FCS,
        bne_registered_on=date(2025, 3, 1),
        consent_on=date(2025, 3, 2),
        consent_method=ConsentMethod.SIGNED,
        notes="Disponible desde marzo.\nPrefiere jornada de mañana.",
    )


def full_without_rut() -> PersonData:
    return PersonData(
        first_names="Yelitza Carolina",
        last_name_1="Rondón",
        last_name_2="",
        document_type=DocumentType.PASSPORT,
        document_number="AB1234567",
        document_country="Venezuela",
        birth_date=date(1995, 11, 30),
        sex=Sex.OTHER,
        nationality="Venezolana",
        comuna_code="10402",
        address="Lago Espolón s/n",
        phone="+56 9 8765 4321",
        email="yelitza@example.com",
        education_level=EducationLevel.UNIVERSITY,
        job_status=JobStatus.FIRST_JOB,
        occupation="Contadora",
        experience="Sin experiencia en Chile.",
        migrant=True,
        unemployment_insurance=UnemploymentInsurance.NOT_AFFILIATED,
        consent_on=date(2025, 6, 10),
        consent_method=ConsentMethod.VERBAL,
        notes="Trae título apostillado.",
        legal_basis=LegalBasis.CONSENT,
    )


def people_in_db(workspace) -> int:
    conn = sqlite3.connect(workspace.db.path)
    try:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        conn.close()


def changes_in_db(workspace) -> int:
    conn = sqlite3.connect(workspace.db.path)
    try:
        return conn.execute(
            "SELECT count(*) FROM change_log WHERE table_name != 'audit_entry'"
        ).fetchone()[0]
    finally:
        conn.close()


def test_the_two_full_records_set_every_field():
    """Guard for the round trips below: every PersonData field has a non-default value."""
    for f in fields(PersonData):
        values = {getattr(full_with_rut(), f.name), getattr(full_without_rut(), f.name)}
        assert values != {f.default}, f.name


@pytest.mark.parametrize("make", [full_with_rut, full_without_rut])
def test_create_and_get_round_trip_every_field(workspace, make):
    data = make()

    person_id = workspace.people.create(data)
    record = workspace.people.get(person_id)

    assert record.id == person_id
    assert record.data == data
    assert record.active is True
    assert record.created_at == record.updated_at


def test_text_is_tidied_but_line_breaks_in_long_fields_are_kept(workspace, person_data):
    person_id = workspace.people.create(
        person_data(
            first_names="  María   José ",
            address=" Pedro  Montt   123 ",
            notes="  Primera línea.  \n  Segunda   línea. \n",
            experience="2018: cocina.\n\n2020: aseo.",
        )
    )

    data = workspace.people.get(person_id).data
    assert data.first_names == "María José"
    assert data.address == "Pedro Montt 123"
    assert data.notes == "Primera línea.\nSegunda línea."
    assert data.experience == "2018: cocina.\n\n2020: aseo."


def test_update_round_trips_every_field(workspace):
    person_id = workspace.people.create(full_with_rut())
    other = full_without_rut()

    workspace.people.update(person_id, other)

    record = workspace.people.get(person_id)
    assert record.data == other
    assert record.updated_at >= record.created_at
    assert workspace.people.find_by_rut(Rut.parse("12.345.678-5")) is None
    assert people_in_db(workspace) == 1


def test_update_then_back_again(workspace):
    first = full_without_rut()
    person_id = workspace.people.create(first)
    workspace.people.update(person_id, full_with_rut())
    workspace.people.update(person_id, first)

    assert workspace.people.get(person_id).data == first
    assert changes_in_db(workspace) == 3


def test_rut_given_clears_foreign_document(workspace, person_data):
    person_id = workspace.people.create(
        person_data(
            document_type=DocumentType.PASSPORT,
            document_number="X1",
            document_country="Perú",
        )
    )

    data = workspace.people.get(person_id).data
    assert (data.document_type, data.document_number, data.document_country) == (None, "", "")


def test_validation_errors_are_per_field_and_nothing_is_saved(workspace, person_data):
    bad = person_data(
        first_names="  ",
        rut=None,
        birth_date=date(2030, 1, 1),
        comuna_code="99999",
        email="maria@",
        phone="12",
        rnd_registered=True,
        consent_on=date(2025, 1, 1),
    )

    with pytest.raises(ValidationFailed) as caught:
        workspace.people.create(bad)

    errors = caught.value.errors
    assert set(errors) == {
        "first_names",
        "document_type",
        "document_number",
        "document_country",
        "birth_date",
        "comuna_code",
        "email",
        "phone",
        "rnd_registered",
        "consent_on",
    }
    assert errors["first_names"] == "Escriba los nombres."
    assert errors["comuna_code"] == "La comuna no existe en el catálogo."
    assert "futura" in errors["birth_date"]
    assert str(caught.value).startswith("Revise los campos marcados:")
    assert people_in_db(workspace) == 0
    assert changes_in_db(workspace) == 0


def test_invalid_update_changes_nothing(workspace, person_data):
    person_id = workspace.people.create(person_data())

    with pytest.raises(ValidationFailed) as caught:
        workspace.people.update(person_id, person_data(last_name_1="", phone="abc"))

    assert set(caught.value.errors) == {"last_name_1", "phone"}
    assert workspace.people.get(person_id).data == person_data().cleaned()
    assert changes_in_db(workspace) == 1


def test_too_young_person_is_refused(workspace, person_data):
    today = date.today()
    with pytest.raises(ValidationFailed) as caught:
        workspace.people.create(person_data(birth_date=date(today.year - 10, 1, 1)))
    assert set(caught.value.errors) == {"birth_date"}


def test_unknown_person_is_not_found(workspace, person_data):
    with pytest.raises(NotFound) as caught:
        workspace.people.get("no-such-id")
    assert "no existe" in str(caught.value)
    with pytest.raises(NotFound):
        workspace.people.update("no-such-id", person_data())


# -- unique RUT ----------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["12.345.678-5", "123456785", "12345678-5", " 12 345 678 - 5 "])
def test_rut_is_unique_whatever_the_written_form(workspace, person_data, written):
    existing = workspace.people.create(person_data())

    with pytest.raises(DuplicateRut) as caught:
        workspace.people.create(
            person_data(first_names="Pedro", last_name_1="Soto", rut=Rut.parse(written))
        )

    assert caught.value.existing_id == existing
    assert caught.value.existing_name == "María José Núñez Pérez"
    assert str(caught.value) == (
        "El RUT 12.345.678-5 ya está registrado a nombre de María José Núñez Pérez."
    )
    assert people_in_db(workspace) == 1
    assert changes_in_db(workspace) == 1


def test_rut_of_a_deactivated_person_is_still_taken(workspace, person_data):
    existing = workspace.people.create(person_data())
    workspace.people.set_active(existing, False)

    with pytest.raises(DuplicateRut) as caught:
        workspace.people.create(person_data(first_names="Pedro", last_name_1="Soto"))

    assert caught.value.existing_id == existing
    assert "(desactivada)" in str(caught.value)


def test_update_cannot_take_another_persons_rut(workspace, person_data):
    maria = workspace.people.create(person_data())
    pedro_data = person_data(first_names="Pedro", last_name_1="Soto", rut=Rut.from_body(11111111))
    pedro = workspace.people.create(pedro_data)

    with pytest.raises(DuplicateRut) as caught:
        workspace.people.update(pedro, replace(pedro_data, rut=Rut.parse("123456785")))

    assert caught.value.existing_id == maria
    assert workspace.people.get(pedro).data.rut == Rut.from_body(11111111)


def test_update_keeping_own_rut_and_name_is_not_a_duplicate(workspace, person_data):
    person_id = workspace.people.create(person_data())

    workspace.people.update(person_id, person_data(phone="+56 9 5555 5555"))

    assert workspace.people.get(person_id).data.phone == "+56 9 5555 5555"


# -- likely duplicates ---------------------------------------------------------------------------


def test_same_names_and_birth_date_is_a_likely_duplicate_anywhere(workspace, person_data):
    existing = workspace.people.create(person_data())
    newcomer = person_data(
        first_names="MARIA JOSE",
        last_name_1="nunez",
        last_name_2="PEREZ",
        rut=Rut.from_body(11111111),
        comuna_code="10101",  # another comuna: only name + birth date can match
    )

    with pytest.raises(LikelyDuplicate) as caught:
        workspace.people.create(newcomer)

    (candidate,) = caught.value.candidates
    assert candidate.person_id == existing
    assert candidate.full_name == "María José Núñez Pérez"
    assert candidate.rut == "12.345.678-5"
    assert candidate.birth_date == "17-05-1990"
    assert candidate.comuna == "Palena"
    assert candidate.reason == "mismo nombre y fecha de nacimiento"
    assert "María José Núñez Pérez" in str(caught.value)
    assert people_in_db(workspace) == 1

    new_id = workspace.people.create(newcomer, allow_likely_duplicate=True)
    assert new_id != existing
    assert people_in_db(workspace) == 2


@pytest.mark.parametrize(
    ("first", "last_1", "last_2"),
    [
        ("Maria Jose", "Nunez", "Perez"),  # typed without accents
        ("María José", "Núñes", "Pérez"),  # one-letter typo
        ("María Jose", "Nuñez", "Peres"),
        ("María José", "Pérez", "Núñez"),  # surnames swapped
    ],
)
def test_very_similar_name_in_same_comuna_is_a_likely_duplicate(
    workspace, person_data, first, last_1, last_2
):
    existing = workspace.people.create(person_data())
    newcomer = person_data(
        first_names=first,
        last_name_1=last_1,
        last_name_2=last_2,
        rut=Rut.from_body(11111111),
        birth_date=None,
    )

    with pytest.raises(LikelyDuplicate) as caught:
        workspace.people.create(newcomer)

    assert [c.person_id for c in caught.value.candidates] == [existing]
    assert caught.value.candidates[0].reason == "nombre muy parecido en la misma comuna"
    assert workspace.people.likely_duplicates(newcomer)[0].person_id == existing

    workspace.people.create(newcomer, allow_likely_duplicate=True)
    assert workspace.people.counts() == (2, 0)


@pytest.mark.parametrize(
    ("first", "last_1", "last_2"),
    [
        ("Pedro Antonio", "Núñez", "Soto"),  # shares one surname
        ("Juana", "Pérez", "Vargas"),
        ("María José", "Cárcamo", "Oyarzo"),  # shares the given names
    ],
)
def test_a_different_person_is_not_a_likely_duplicate(
    workspace, person_data, first, last_1, last_2
):
    workspace.people.create(person_data())
    other = person_data(
        first_names=first, last_name_1=last_1, last_name_2=last_2, rut=Rut.from_body(11111111)
    )

    assert workspace.people.likely_duplicates(other) == []
    workspace.people.create(other)
    assert workspace.people.counts() == (2, 0)


def test_similar_name_in_another_comuna_with_other_birth_date_is_not_flagged(
    workspace, person_data
):
    workspace.people.create(person_data())
    workspace.people.create(
        person_data(rut=Rut.from_body(11111111), comuna_code="10402", birth_date=date(1985, 1, 2))
    )
    assert workspace.people.counts() == (2, 0)


def test_editing_a_person_does_not_flag_the_person_itself(workspace, person_data):
    person_id = workspace.people.create(person_data())
    assert workspace.people.likely_duplicates(person_data(), exclude_id=person_id) == []
    workspace.people.update(person_id, person_data(first_names="María Josefa"))
    assert workspace.people.get(person_id).data.first_names == "María Josefa"


# -- active state and counts ---------------------------------------------------------------------


def test_deactivate_and_reactivate(workspace, person_data):
    person_id = workspace.people.create(person_data())

    workspace.people.set_active(person_id, False)
    assert workspace.people.get(person_id).active is False
    assert workspace.people.counts() == (0, 0)

    workspace.people.set_active(person_id, False)  # no change, nothing logged
    assert changes_in_db(workspace) == 2

    workspace.people.set_active(person_id, True)
    assert workspace.people.get(person_id).active is True
    assert workspace.people.counts() == (1, 0)
    assert changes_in_db(workspace) == 3


def test_counts_people_and_attentions(workspace, person_data):
    from omil_desktop.domain.people import ServiceKind

    a = workspace.people.create(person_data())
    b = workspace.people.create(
        person_data(first_names="Pedro", last_name_1="Soto", rut=Rut.from_body(11111111))
    )
    c = workspace.people.create(
        person_data(first_names="Luis", last_name_1="Mora", rut=Rut.from_body(22222222))
    )
    workspace.people.set_active(c, False)
    day = date(2026, 1, 5)
    workspace.attentions.record(a, day, ServiceKind.GUIDANCE, "")
    workspace.attentions.record(b, day, ServiceKind.INFORMATION, "")
    gone = workspace.attentions.record(b, day, ServiceKind.OTHER, "por error")
    workspace.attentions.delete(gone)

    assert workspace.people.counts() == (2, 2)


def test_list_rows_give_the_list_columns(workspace, person_data):
    person_id = workspace.people.create(person_data())
    without_rut = workspace.people.create(full_without_rut())

    found = workspace.people.search("", page_size=100)
    rows = {row.id: row for row in found.rows}

    assert found.count == 2
    assert rows[person_id].rut == "12.345.678-5"
    assert rows[person_id].full_name == "María José Núñez Pérez"
    assert rows[person_id].birth_date == "17-05-1990"
    assert rows[person_id].comuna == "Palena"
    assert rows[person_id].phone == "+56 9 1234 5678"
    assert rows[person_id].active is True
    assert rows[without_rut].rut == ""
    assert rows[without_rut].comuna == "Futaleufú"
    assert workspace.people.search_page(offset=2, limit=100) == []


def test_same_foreign_document_cannot_be_registered_twice(workspace, person_data):
    from omil_desktop.domain.people import DocumentType
    from omil_desktop.services.errors import DuplicateDocument

    first = workspace.people.create(
        person_data(
            rut=None,
            document_type=DocumentType.PASSPORT,
            document_number="P 123-456",
            document_country="Venezuela",
        )
    )
    with pytest.raises(DuplicateDocument) as refused:
        workspace.people.create(
            person_data(
                rut=None,
                document_type=DocumentType.PASSPORT,
                document_number="p123456",
                document_country="Venezuela",
                first_names="Otra",
                last_name_1="Persona",
            ),
        )
    assert refused.value.existing_id == first
    assert "ya está registrado a nombre de María José Núñez Pérez" in str(refused.value)


def test_text_longer_than_its_column_is_refused_and_nothing_is_saved(workspace, person_data):
    with pytest.raises(ValidationFailed) as caught:
        workspace.people.create(
            person_data(first_names="Ana " * 40, last_name_1="S" * 81, address="x" * 201)
        )

    assert caught.value.errors == {
        "first_names": "Nombres: hasta 120 caracteres (tiene 159).",
        "last_name_1": "Apellido paterno: hasta 80 caracteres (tiene 81).",
        "address": "Dirección: hasta 200 caracteres (tiene 201).",
    }
    assert people_in_db(workspace) == 0


def test_the_phone_is_stored_one_way(workspace, person_data):
    person_id = workspace.people.create(person_data(phone="(09) 8765-4321"))
    assert workspace.people.get(person_id).data.phone == "+56 9 8765 4321"
    workspace.people.update(person_id, person_data(phone="+54 9 11 1234-5678"))
    assert workspace.people.get(person_id).data.phone == "+54 9 11 1234 5678"


def test_the_legal_basis_is_saved_and_read_back(workspace, person_data):
    from omil_desktop.store.models import Person

    default = workspace.people.create(person_data())
    assert workspace.people.get(default).data.legal_basis is LegalBasis.LEGAL_FUNCTION
    with pytest.raises(ValidationFailed) as refused:
        workspace.people.update(default, person_data(legal_basis=LegalBasis.CONSENT))
    assert "legal_basis" in refused.value.errors
    workspace.people.update(
        default,
        person_data(
            legal_basis=LegalBasis.CONSENT,
            consent_on=date(2026, 1, 5),
            consent_method=ConsentMethod.VERBAL,
        ),
    )
    assert workspace.people.get(default).data.legal_basis is LegalBasis.CONSENT
    with workspace.db.transaction() as session:
        assert session.get(Person, default).legal_basis == "consentimiento"
