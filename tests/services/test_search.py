"""Finding people the way the officer types: partial RUT in any format, names without accents."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omil_desktop.domain.people import DocumentType
from omil_desktop.domain.rut import Rut
from omil_desktop.services.workspace import Workspace


@pytest.fixture
def people(workspace, person_data):
    """Five people; returns name → id."""
    ids = {
        "maria": workspace.people.create(person_data()),  # 12.345.678-5, María José Núñez Pérez
        "pedro": workspace.people.create(
            person_data(
                first_names="Pedro Antonio",
                last_name_1="Núñez",
                last_name_2="Soto",
                rut=Rut.parse("16.543.210-K"),
                birth_date=date(1984, 2, 29),
                sex=None,
            )
        ),
        "ana": workspace.people.create(
            person_data(
                first_names="Ana",
                last_name_1="Ávila",
                last_name_2="Mansilla",
                rut=Rut.parse("9.876.543-3"),
                birth_date=None,
            )
        ),
        "zoila": workspace.people.create(
            person_data(
                first_names="Zoila Rosa",
                last_name_1="Zúñiga",
                last_name_2="",
                rut=Rut.parse("7.654.321-6"),
                birth_date=None,
            )
        ),
        "yelitza": workspace.people.create(
            person_data(
                first_names="Yelitza",
                last_name_1="Bravo",
                last_name_2="Rondón",
                rut=None,
                document_type=DocumentType.PASSPORT,
                document_number="AB-987.650",
                document_country="Venezuela",
                birth_date=None,
            )
        ),
    }
    return ids


def find(workspace, query, **kwargs):
    return workspace.people.search_ids(query, **kwargs)


def test_empty_query_lists_everyone_by_surnames_ignoring_accents(workspace, people):
    # Ávila < Bravo < Núñez Pérez < Núñez Soto < Zúñiga (plain code-point order would put Á last).
    expected = ["ana", "yelitza", "maria", "pedro", "zoila"]
    assert find(workspace, "") == [people[n] for n in expected]
    assert find(workspace, "   ") == [people[n] for n in expected]


@pytest.mark.parametrize(
    "query",
    ["12.345", "2345678", "12345678-5", "12.345.678-5", "123456785", "5678-5", " 12 345 678 "],
)
def test_partial_rut_in_any_format(workspace, people, query):
    assert find(workspace, query) == [people["maria"]]


@pytest.mark.parametrize(
    "query", ["16.543.210-k", "16.543.210-K", "16543210k", "3210-K", "543.210"]
)
def test_rut_with_k_check_digit(workspace, people, query):
    assert find(workspace, query) == [people["pedro"]]


def test_document_number_without_its_punctuation(workspace, people):
    assert find(workspace, "ab987") == [people["yelitza"]]
    assert find(workspace, "AB-987.650") == [people["yelitza"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nunez", ["maria", "pedro"]),
        ("NÚÑEZ", ["maria", "pedro"]),
        ("NÚÑEZ maría", ["maria"]),
        ("maria nunez", ["maria"]),
        ("nunez soto", ["pedro"]),
        ("avila", ["ana"]),
        ("zuniga", ["zoila"]),
        ("rondon", ["yelitza"]),
        ("jos", ["maria"]),
        ("maria soto", []),
        ("zzz", []),
        ("nunez 12.345", ["maria"]),
        ("pedro 12.345", []),
    ],
)
def test_names_ignore_accents_and_case_and_terms_are_anded(workspace, people, query, expected):
    assert find(workspace, query) == [people[n] for n in expected]


def test_like_wildcards_are_plain_characters(workspace, people):
    assert find(workspace, "%") == []
    assert find(workspace, "_") == []
    assert find(workspace, "n%z") == []


def test_inactive_people_are_hidden_unless_asked(workspace, people):
    workspace.people.set_active(people["pedro"], False)

    assert find(workspace, "nunez") == [people["maria"]]
    assert people["pedro"] not in find(workspace, "")
    assert find(workspace, "nunez", include_inactive=True) == [people["maria"], people["pedro"]]
    assert find(workspace, "16.543", include_inactive=True) == [people["pedro"]]


def test_search_follows_an_update(workspace, people, person_data):
    workspace.people.update(
        people["maria"], person_data(last_name_1="Cárcamo", rut=Rut.parse("20.111.222-2"))
    )

    assert find(workspace, "nunez perez") == []
    assert find(workspace, "12.345") == []
    assert find(workspace, "carcamo") == [people["maria"]]
    assert find(workspace, "20111") == [people["maria"]]


@pytest.fixture(scope="module")
def shared_workspace(tmp_path_factory):
    ws = Workspace(tmp_path_factory.mktemp("search") / "data")
    ws.set_up_office("10404", "Ana Pérez")
    yield ws
    ws.close()


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(body=st.integers(min_value=1_000_000, max_value=99_999_999), data=st.data())
def test_any_piece_of_a_written_rut_finds_its_person(shared_workspace, body, data):
    """Whatever stretch of the RUT the officer types, dotted or not, finds the person."""
    from omil_desktop.domain.people import PersonData

    rut = Rut.from_body(body)
    people = shared_workspace.people
    person_id = people.find_by_rut(rut) or people.create(
        PersonData(
            first_names="Persona", last_name_1=f"Prueba{body}", rut=rut, comuna_code="10404"
        ),
        allow_likely_duplicate=True,
    )
    written = data.draw(st.sampled_from([str(rut), rut.compact, rut.digits, rut.digits.lower()]))
    start = data.draw(st.integers(0, len(written) - 1))
    end = data.draw(st.integers(start + 1, len(written)))
    piece = written[start:end]
    if not any(c.isdigit() for c in piece):
        piece = written  # "-K" alone is not a RUT fragment anyone types

    assert person_id in people.search_ids(piece)
