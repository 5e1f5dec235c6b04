"""Where a target stands on a day (domain/targets.py): the point expected by today, the pace the
rest of the year needs, the final result of a closed year; and what a target may be."""

from __future__ import annotations

from datetime import date

import pytest

from omil_desktop.domain.targets import (
    TargetIndicator,
    TargetStatus,
    check_target_value,
    check_target_year,
    unit_text,
    year_pace,
)


def test_early_in_the_year_the_pace_spreads_what_is_missing_over_the_months_left():
    pace = year_pace(120, 86, 2026, date(2026, 1, 20))
    assert (pace.missing, pace.months_left, pace.per_month) == (34, 12, 3)  # 34 / 12, up
    assert pace.expected == 120 * 20 // 365
    assert pace.status is TargetStatus.ON_TRACK and pace.percent == 71 and not pace.year_over


def test_behind_the_point_expected_by_today():
    pace = year_pace(120, 40, 2026, date(2026, 7, 2))  # day 183 of 365
    assert pace.expected == 60 and pace.status is TargetStatus.BEHIND
    assert (pace.missing, pace.months_left, pace.per_month) == (80, 6, 14)  # 80 / 6 = 13.3, up
    assert pace.fraction == pytest.approx(1 / 3)
    assert pace.expected_fraction == pytest.approx(183 / 365)  # the same on every bar
    assert year_pace(7, 0, 2026, date(2026, 7, 2)).expected_fraction == pace.expected_fraction


def test_in_december_everything_missing_is_this_month_s():
    pace = year_pace(50, 47, 2026, date(2026, 12, 10))
    assert (pace.months_left, pace.per_month, pace.missing) == (1, 3, 3)


def test_met_and_exceeded():
    pace = year_pace(100, 125, 2026, date(2026, 6, 1))
    assert pace.status is TargetStatus.MET and pace.percent == 125 and pace.per_month == 0
    assert pace.fraction == 1.25
    zero = year_pace(0, 0, 2026, date(2026, 6, 1))
    assert zero.status is TargetStatus.MET and zero.percent == 100


def test_a_closed_year_gives_its_final_result():
    met = year_pace(100, 100, 2025, date(2026, 3, 1))
    missed = year_pace(100, 81, 2025, date(2026, 3, 1))
    assert met.year_over and met.status is TargetStatus.MET
    assert missed.status is TargetStatus.NOT_MET and missed.missing == 19
    assert missed.months_left == 0 and missed.per_month == 0


def test_a_year_to_come_starts_in_january():
    pace = year_pace(120, 0, 2027, date(2026, 11, 20))
    assert pace.status is TargetStatus.NOT_STARTED and pace.per_month == 10
    assert pace.expected == 0 and pace.months_left == 12


def test_what_a_target_may_be():
    today = date(2026, 11, 20)
    assert check_target_year(2026, today) == "" and check_target_year(2027, today) == ""
    assert check_target_year(2025, today) == (
        "El año 2025 ya terminó: sus metas no se pueden fijar ni cambiar."
    )
    assert check_target_year(2101, today) == "El año de una meta va de 2000 a 2100."
    assert check_target_value(0) == "" and check_target_value(1_000_000) == ""
    assert check_target_value(-1) == "La meta no puede ser negativa."
    assert check_target_value(1_000_001) == "La meta no puede pasar de 1.000.000."


def test_units_agree_with_the_count():
    assert unit_text(TargetIndicator.PLACEMENTS, 34) == "34 colocaciones"
    assert unit_text(TargetIndicator.PLACEMENTS, 1) == "1 colocación"
    assert unit_text(TargetIndicator.PEOPLE_SERVED, 1200) == "1.200 personas"
    assert unit_text(TargetIndicator.BNE_REGISTRATIONS, 1) == "1 inscripción"
