"""The activity report's period and the words of its figures (domain/activity.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omil_desktop.domain.activity import (
    AGE_LABELS,
    ENDS_BEFORE_START,
    HEADLINE_FIELDS,
    LABELS,
    ActivityCounts,
    FairCounts,
    Period,
    PeriodKind,
    birth_date_at_age,
    change_text,
    sections,
)
from omil_desktop.domain.dates import age_on
from omil_desktop.domain.workshops import age_group


def test_a_month_a_quarter_a_year():
    assert Period.month(2026, 2) == Period(date(2026, 2, 1), date(2026, 2, 28), PeriodKind.MONTH)
    assert Period.month(2028, 2).ends_on == date(2028, 2, 29)
    assert Period.month(2026, 11).label == "noviembre de 2026"
    q3 = Period.quarter(2026, 3)
    assert (q3.starts_on, q3.ends_on) == (date(2026, 7, 1), date(2026, 9, 30))
    assert q3.label == "tercer trimestre de 2026"
    assert Period.year(2026).label == "año 2026"
    assert Period.year(2026).dates == "01-01-2026 al 31-12-2026"


def test_between_dates_names_a_whole_year_quarter_or_month_as_such():
    assert Period.between(date(2026, 1, 1), date(2026, 12, 31)) == Period.year(2026)
    assert Period.between(date(2026, 4, 1), date(2026, 6, 30)) == Period.quarter(2026, 2)
    assert Period.between(date(2026, 5, 1), date(2026, 5, 31)) == Period.month(2026, 5)
    odd = Period.between(date(2026, 3, 15), date(2026, 6, 30))
    assert odd.kind is PeriodKind.BETWEEN
    assert odd.label == "15-03-2026 al 30-06-2026"
    assert Period.between(date(2026, 3, 15), date(2026, 3, 15)).starts_on == date(2026, 3, 15)


def test_a_period_that_ends_before_it_starts_is_refused_in_spanish():
    with pytest.raises(ValueError, match="termina antes de empezar") as refused:
        Period.between(date(2026, 12, 31), date(2026, 1, 1))
    assert str(refused.value) == ENDS_BEFORE_START
    with pytest.raises(ValueError, match="termina antes de empezar"):
        Period(date(2026, 2, 1), date(2026, 1, 31))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Period.month(2026, 13), "El mes va de 1 a 12."),
        (lambda: Period.quarter(2026, 5), "El trimestre va de 1 a 4."),
        (lambda: Period.year(1999), "El año 1999 está fuera de rango: va de 2000 a 2100."),
        (lambda: Period.between(date(1990, 1, 1), date(2026, 1, 1)), "El año 1990"),
    ],
)
def test_impossible_periods_say_why(make, message):
    with pytest.raises(ValueError, match=message):
        make()


def test_the_same_period_a_year_before():
    assert Period.month(2026, 3).previous_year() == Period.month(2025, 3)
    assert Period.quarter(2026, 1).previous_year() == Period.quarter(2025, 1)
    assert Period.year(2026).previous_year() == Period.year(2025)
    assert Period.month(2029, 2).previous_year() == Period.month(2028, 2)  # to the 29th
    assert Period.year(2000).previous_year().label == "año 1999"  # the first year compares too
    leap = Period.between(date(2028, 2, 29), date(2028, 3, 10)).previous_year()
    assert (leap.starts_on, leap.ends_on) == (date(2027, 2, 28), date(2027, 3, 10))
    assert leap.kind is PeriodKind.BETWEEN


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 12, 31)),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
)
def test_a_birth_date_at_an_age_has_that_age(born, on):
    age = age_on(born, on)
    if age >= 0:
        made = birth_date_at_age(age, on)
        assert age_on(made, on) == age
        assert age_group(made, on) == age_group(born, on)


def test_change_from_the_year_before():
    assert change_text(12, 10) == "+20 %"
    assert change_text(9, 12) == "−25 %"
    assert change_text(5, 5) == "="
    assert change_text(5, 0) == "—"
    assert change_text(None, 3) == "—"


def test_every_figure_has_one_label_and_every_section_reads_them():
    counts = ActivityCounts(
        people_served=4,
        people_by_sex=(("Mujeres", 2), ("Hombres", 2)),
        people_by_age=(("30 a 44", 4),),
        placements=3,
        fairs=FairCounts(fairs=1, hires=2),
    )
    before = ActivityCounts(people_served=2, people_by_age=(("60 y más", 2),))
    found = {line.key: line for section in sections(counts, before) for line in section.lines}
    assert found["people_served"].label == LABELS["people_served"] == "Personas atendidas"
    assert (found["people_served"].current, found["people_served"].previous) == (4, 2)
    assert found["people_by_sex:Mujeres"].indent
    assert [k.split(":")[1] for k in found if k.startswith("people_by_age:")] == list(AGE_LABELS)
    assert found["people_by_age:60 y más"].previous == 2
    assert found["fairs.hires"].current == 2
    assert "3 meses" in found["placements"].label
    assert all(key in LABELS for key in HEADLINE_FIELDS)
    assert all(line.label for section in sections(counts, before) for line in section.lines)


def test_a_period_of_more_than_a_year_is_refused_it_would_overlap_its_comparison():
    from omil_desktop.domain.activity import LONGER_THAN_A_YEAR

    assert Period.between(date(2025, 12, 1), date(2026, 11, 30)).dates == (
        "01-12-2025 al 30-11-2026"
    )
    assert Period.between(date(2024, 2, 29), date(2025, 2, 28)).ends_on == date(2025, 2, 28)
    for ends_on in (date(2027, 1, 1), date(2030, 12, 31)):
        with pytest.raises(ValueError) as refused:
            Period.between(date(2026, 1, 1), ends_on)
        assert str(refused.value) == LONGER_THAN_A_YEAR
