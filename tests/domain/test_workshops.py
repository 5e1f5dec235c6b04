"""What a workshop and a session must hold, and the completion rule (issue 9, points 2 and 5)."""

from __future__ import annotations

from datetime import date

import pytest

from omil_desktop.domain.workshops import (
    MAX_LENGTHS,
    UNKNOWN_AGE,
    AttendanceMark,
    SessionData,
    WorkshopData,
    WorkshopModule,
    age_group,
    attendance_percent,
    completes,
    parse_clock,
)
from omil_desktop.sync import protocol


def _workshop(**overrides) -> WorkshopData:
    values = {
        "name": "Apresto laboral Palena",
        "modules": (WorkshopModule.INTERVIEW, WorkshopModule.CV),
        "facilitator": "Ñuble Peña",
        "capacity": 20,
        "starts_on": date(2026, 11, 2),
        "ends_on": date(2026, 11, 27),
    }
    values.update(overrides)
    return WorkshopData(**values)


def test_a_complete_workshop_is_valid_and_its_modules_keep_the_list_order():
    data = _workshop().cleaned()
    assert data.validate() == {}
    assert data.modules == (WorkshopModule.CV, WorkshopModule.INTERVIEW)
    assert data.module_text == "Currículum vitae, Entrevista laboral"


def test_every_problem_of_a_workshop_is_told_at_once_in_spanish():
    errors = _workshop(
        name=" ",
        modules=(),
        facilitator="",
        capacity=0,
        ends_on=date(2026, 11, 1),
        min_attendance=101,
    ).validate()
    assert set(errors) == {
        "name",
        "modules",
        "facilitator",
        "capacity",
        "ends_on",
        "min_attendance",
    }
    assert errors["ends_on"] == "El término no puede ser anterior al inicio."


def test_free_text_modules_are_enough():
    assert "modules" not in _workshop(modules=(), other_modules="Atención al cliente").validate()


def test_the_workshop_dates_must_still_hold_its_sessions():
    errors = _workshop(ends_on=date(2026, 11, 20)).validate([date(2026, 11, 4), date(2026, 11, 25)])
    assert errors == {
        "ends_on": "Hay sesiones fuera de estas fechas (la del 25-11-2026); muévalas antes."
    }
    errors = _workshop(starts_on=date(2026, 11, 5)).validate([date(2026, 11, 4)])
    assert set(errors) == {"starts_on"}


def test_text_limits_are_within_what_sync_carries():
    columns = protocol.SCHEMAS[protocol.PROTOCOL]["workshop"]
    for name, limit in MAX_LENGTHS.items():
        kind = columns[name]
        assert isinstance(kind, protocol.Text)
        assert limit <= kind.max_length
    too_long = _workshop(name="x" * (MAX_LENGTHS["name"] + 1)).validate()
    assert set(too_long) == {"name"}


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("9:30", "09:30"),
        ("09:30", "09:30"),
        ("0930", "09:30"),
        ("14.05", "14:05"),
        ("24:00", None),
        ("9", None),
        ("", None),
        ("12:60", None),
    ],
)
def test_times_of_day_are_read_the_ways_officers_write_them(text, clock):
    assert parse_clock(text) == clock


def test_a_session_outside_the_workshop_or_ending_before_it_starts_is_refused():
    session = SessionData(date=date(2026, 12, 1), starts_at="10:00", ends_at="9:00")
    errors = session.cleaned().validate(date(2026, 11, 2), date(2026, 11, 27))
    assert errors == {
        "date": "La sesión debe estar entre el 02-11-2026 y el 27-11-2026, las fechas del taller.",
        "ends_at": "La hora de término debe ser posterior a la de inicio.",
    }
    ok = SessionData(date=date(2026, 11, 3), starts_at="9:30", ends_at="12:30").cleaned()
    assert ok.validate(date(2026, 11, 2), date(2026, 11, 27)) == {}
    assert (ok.starts_at, ok.ends_at) == ("09:30", "12:30")


def test_a_session_needs_its_date_and_times():
    assert set(SessionData().validate(None, None)) == {"date", "starts_at", "ends_at"}


@pytest.mark.parametrize(
    ("present", "sessions", "minimum", "done"),
    [
        (3, 4, 75, True),
        (2, 4, 75, False),
        (74, 100, 75, False),
        (75, 100, 75, True),
        (4, 4, 100, True),
        (3, 4, 100, False),
        (0, 0, 75, False),
        (1, 3, 34, False),
        (1, 3, 33, True),
    ],
)
def test_the_completion_rule(present, sessions, minimum, done):
    assert completes(present, sessions, minimum) is done


def test_the_percentage_shown_never_rounds_up_past_the_rule():
    assert attendance_percent(2, 3) == 66
    assert attendance_percent(0, 0) == 0


def test_space_cycles_the_marks():
    assert [m.following() for m in AttendanceMark] == [
        AttendanceMark.ABSENT,
        AttendanceMark.EXCUSED,
        AttendanceMark.PRESENT,
    ]
    assert "".join(m.letter for m in AttendanceMark) == "PAJ"


def test_age_groups_of_the_reports():
    on = date(2026, 11, 2)
    assert age_group(date(2008, 11, 2), on) == "18 a 24"
    assert age_group(date(2008, 11, 3), on) == "15 a 17"
    assert age_group(date(1966, 1, 1), on) == "60 y más"
    assert age_group(None, on) == UNKNOWN_AGE
    assert age_group(date(2015, 1, 1), on) == UNKNOWN_AGE


def test_standing_says_whether_a_person_can_still_complete():
    from omil_desktop.domain.workshops import standing

    # 7 sessions at 75 %: 6 present are needed (5.25 rounded up).
    assert standing(2, 5, 7, 75) == "puede aprobar"  # 5 sessions left: still within reach
    assert standing(2, 3, 7, 75) == "no aprueba"  # at best 5 of 7
    assert standing(6, 0, 7, 75) == "aprueba"
    assert standing(0, 0, 0, 75) == "no aprueba"  # no sessions: nobody completes
