"""What a vacancy and a placement must hold, and the placement rule (issue 8, point 11)."""

from __future__ import annotations

from datetime import date

import pytest

from omil_desktop.domain.intermediation import (
    NEXT_STATUSES,
    ContractType,
    ReferralStatus,
    counts_as_placement,
    follow_up_date,
)
from omil_desktop.domain.vacancies import MAX_LENGTHS, PlacementData, VacancyData


def _vacancy(**overrides) -> VacancyData:
    values = {
        "company_id": "c1",
        "title": "Operario de aserradero",
        "openings": 2,
        "comuna_code": "10404",
        "published_on": date(2026, 11, 2),
    }
    values.update(overrides)
    return VacancyData(**values)


def test_a_complete_vacancy_is_valid():
    assert _vacancy(closes_on=date(2026, 11, 2), salary=0).validate() == {}


@pytest.mark.parametrize("openings", [0, -3])
def test_zero_or_negative_openings_are_refused_in_spanish(openings):
    assert _vacancy(openings=openings).validate() == {"openings": "Los cupos deben ser al menos 1."}


def test_a_vacancy_closing_before_it_opens_is_refused():
    errors = _vacancy(closes_on=date(2026, 11, 1)).validate()
    assert errors == {"closes_on": "La fecha de cierre no puede ser anterior a la de publicación."}


def test_every_problem_is_reported_at_once():
    errors = VacancyData(
        openings=0, salary=-1, title=" ", published_on=None, description="x" * 10_001
    ).validate(known_comuna=False)
    assert set(errors) == {
        "company_id",
        "title",
        "openings",
        "salary",
        "comuna_code",
        "published_on",
        "description",
    }


def test_cleaning_collapses_spaces_but_keeps_the_description_lines():
    cleaned = _vacancy(title="  Maestro   de  cocina ", description=" uno \n\n dos ").cleaned()
    assert cleaned.title == "Maestro de cocina"
    assert cleaned.description == "uno\n\ndos"


def test_whatever_the_desktop_accepts_the_protocol_carries():
    """A vacancy the form and the service accept never comes back refused by the server."""
    from omil_desktop.domain import vacancies
    from omil_desktop.sync import protocol

    schema = protocol.SCHEMAS[protocol.PROTOCOL]
    vacancy = schema["vacancy"]
    for name, limit in MAX_LENGTHS.items():
        kind = vacancy[name]
        assert isinstance(kind, protocol.Text) and kind.max_length >= limit, name
    openings, salary = vacancy["openings"], vacancy["salary"]
    assert isinstance(openings, protocol.Whole) and isinstance(salary, protocol.Whole)
    assert openings.minimum <= 1 and openings.maximum >= vacancies.MAX_OPENINGS
    assert salary.minimum <= 0 and salary.maximum >= vacancies.MAX_SALARY
    months = schema["placement"]["months"]
    assert isinstance(months, protocol.Whole)
    assert months.minimum <= 1 and months.maximum >= vacancies.MAX_CONTRACT_MONTHS
    for table in ("referral", "placement"):
        notes = schema[table]["notes"]
        assert isinstance(notes, protocol.Text) and notes.max_length >= vacancies.NOTES_MAX


# -- placements ----------------------------------------------------------------------------------


def test_three_months_count_as_a_placement_two_do_not_indefinite_does():
    assert counts_as_placement(ContractType.FIXED_TERM, 3)
    assert not counts_as_placement(ContractType.FIXED_TERM, 2)
    assert not counts_as_placement(ContractType.SEASONAL, None)
    assert counts_as_placement(ContractType.INDEFINITE, None)
    assert PlacementData(date(2026, 1, 5), ContractType.PER_JOB, 3).counts
    assert not PlacementData(date(2026, 1, 5), ContractType.PER_JOB, 2).counts


def test_the_follow_up_is_three_months_after_the_start_at_the_end_of_short_months():
    assert follow_up_date(date(2026, 11, 30)) == date(2027, 2, 28)
    assert follow_up_date(date(2027, 11, 30)) == date(2028, 2, 29)
    assert follow_up_date(date(2026, 10, 15)) == date(2027, 1, 15)


def test_a_placement_needs_a_length_unless_indefinite():
    assert PlacementData(date(2026, 1, 5), ContractType.FIXED_TERM).validate() == {
        "months": "Indique la duración del contrato en meses."
    }
    assert PlacementData(date(2026, 1, 5), ContractType.INDEFINITE).validate() == {}
    cleaned = PlacementData(date(2026, 1, 5), ContractType.INDEFINITE, 4).cleaned()
    assert cleaned.months is None
    errors = PlacementData(None, None).validate()
    assert set(errors) == {"start_on", "contract_type"}
    late = PlacementData(date(2026, 1, 5), ContractType.INDEFINITE)
    assert "start_on" in late.validate(referred_on=date(2026, 1, 6))


def test_a_referral_ends_once():
    for final in (ReferralStatus.NOT_SELECTED, ReferralStatus.WITHDREW):
        assert not NEXT_STATUSES[final]
