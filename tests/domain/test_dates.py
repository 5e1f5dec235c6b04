from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omil_desktop.domain.dates import age_on, format_date, parse_date

FORMAT_MESSAGE = "Escriba la fecha como dd-mm-aaaa, por ejemplo 31-12-1990."


@pytest.mark.parametrize(
    "text",
    ["31-12-1990", "31/12/1990", "31.12.1990", "1990-12-31", " 31 - 12 - 1990 ", "31-12-1990\n"],
)
def test_accepted_formats(text: str) -> None:
    assert parse_date(text) == date(1990, 12, 31)


@pytest.mark.parametrize("text", ["1-2-2003", "01-2-2003", "1/02/2003", "2003-2-1", "1.2.2003"])
def test_one_digit_day_and_month(text: str) -> None:
    assert parse_date(text) == date(2003, 2, 1)


def test_day_comes_first() -> None:
    assert parse_date("03-04-2005") == date(2005, 4, 3)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "31-12-90",
        "31121990",
        "31-12/1990",
        "1990/12/31",
        "31-12-1990-",
        "123-12-1990",
        "31-123-1990",
        "hoy",
        "31 de diciembre de 1990",
        "٣١-١٢-١٩٩٠",
    ],
)
def test_bad_formats(text: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_date(text)
    assert str(excinfo.value) == FORMAT_MESSAGE


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("31-02-1990", "31-02-1990"),
        ("29-02-2023", "29-02-2023"),
        ("1-13-2000", "01-13-2000"),
        ("0-1-2000", "00-01-2000"),
        ("2001-02-29", "29-02-2001"),
        ("01-01-0000", "01-01-0000"),
    ],
)
def test_impossible_dates(text: str, shown: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_date(text)
    assert str(excinfo.value) == f"La fecha {shown} no existe."


def test_leap_day_accepted_in_leap_year() -> None:
    assert parse_date("29-02-2024") == date(2024, 2, 29)


def test_format_date() -> None:
    assert format_date(date(1990, 12, 31)) == "31-12-1990"
    assert format_date(date(2003, 2, 1)) == "01-02-2003"
    assert format_date(date(5, 6, 7)) == "07-06-0005"
    assert format_date(None) == ""


@given(st.dates())
def test_format_parse_round_trip(d: date) -> None:
    assert parse_date(format_date(d)) == d


@given(st.dates())
def test_iso_is_accepted(d: date) -> None:
    assert parse_date(d.isoformat()) == d


def test_age_examples() -> None:
    birth = date(1990, 6, 15)
    assert age_on(birth, date(2020, 6, 14)) == 29
    assert age_on(birth, date(2020, 6, 15)) == 30
    assert age_on(birth, date(2020, 12, 31)) == 30
    assert age_on(birth, birth) == 0


def test_age_leap_day_birthday() -> None:
    birth = date(2004, 2, 29)
    assert age_on(birth, date(2022, 2, 28)) == 17
    assert age_on(birth, date(2022, 3, 1)) == 18
    assert age_on(birth, date(2024, 2, 28)) == 19
    assert age_on(birth, date(2024, 2, 29)) == 20


def test_age_is_negative_before_birth() -> None:
    assert age_on(date(2000, 6, 1), date(2000, 5, 31)) == -1


def _birthday(birth: date, year: int) -> date:
    """The day the age goes up in ``year``: 1 March for 29 February in common years."""
    try:
        return birth.replace(year=year)
    except ValueError:
        return date(year, 3, 1)


@given(st.dates(max_value=date(9000, 1, 1)), st.integers(min_value=1, max_value=150))
def test_age_goes_up_exactly_on_the_birthday(birth: date, years: int) -> None:
    birthday = _birthday(birth, birth.year + years)
    assert age_on(birth, birthday) == years
    assert age_on(birth, date.fromordinal(birthday.toordinal() - 1)) == years - 1


@given(st.dates(), st.dates())
def test_age_is_monotonic(birth: date, today: date) -> None:
    later = date.fromordinal(min(today.toordinal() + 1, date.max.toordinal()))
    assert age_on(birth, today) <= age_on(birth, later) <= age_on(birth, today) + 1
