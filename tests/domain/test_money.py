import pytest
from hypothesis import given
from hypothesis import strategies as st

from omil_desktop.domain.money import format_clp, parse_clp

DECIMALS = "Los montos se registran en pesos enteros, sin decimales."


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (1_234_567, "$1.234.567"),
        (0, "$0"),
        (-5_000, "-$5.000"),
        (999, "$999"),
        (1_000, "$1.000"),
        (-1, "-$1"),
        (10**12, "$1.000.000.000.000"),
    ],
)
def test_format(amount: int, text: str) -> None:
    assert format_clp(amount) == text


@pytest.mark.parametrize("value", [1.0, 1234.5, "1234", None, True, False])
def test_format_rejects_non_int(value: object) -> None:
    with pytest.raises(TypeError):
        format_clp(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("$1.234.567", 1_234_567),
        ("1.234.567", 1_234_567),
        ("1234567", 1_234_567),
        ("$ 1.234.567", 1_234_567),
        ("  $1.234.567  ", 1_234_567),
        ("-$5.000", -5_000),
        ("-5.000", -5_000),
        ("- $ 5.000", -5_000),
        ("1.234", 1_234),
        ("$0", 0),
        ("-0", 0),
        ("007", 7),
    ],
)
def test_parse(text: str, amount: int) -> None:
    assert parse_clp(text) == amount


@pytest.mark.parametrize("text", ["1.234,50", "1234,5", "$ 12,", "0,99", ",5"])
def test_parse_rejects_decimals(text: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_clp(text)
    assert str(excinfo.value) == DECIMALS


@pytest.mark.parametrize(
    "text", ["1.23", "12.3456", "1234.567", ".123", "1.234.", "1..234", "1,234,567", "1.234.56"]
)
def test_parse_rejects_bad_grouping(text: str) -> None:
    with pytest.raises(ValueError, match="separar miles"):
        parse_clp(text)


@pytest.mark.parametrize("text", ["", "   ", "$", "-$", "-"])
def test_parse_rejects_empty(text: str) -> None:
    with pytest.raises(ValueError, match="Escriba un monto"):
        parse_clp(text)


@pytest.mark.parametrize("text", ["abc", "12 mil", "US$100", "1e6", "--5", "$-5", "1 234", "５"])
def test_parse_rejects_other_characters(text: str) -> None:
    with pytest.raises(ValueError, match="solo puede contener"):
        parse_clp(text)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_round_trip(amount: int) -> None:
    text = format_clp(amount)
    assert parse_clp(text) == amount
    assert parse_clp(text.replace("$", "")) == amount
    assert parse_clp(text.replace(".", "")) == amount


@given(st.integers(min_value=0, max_value=10**12))
def test_format_groups_by_three(amount: int) -> None:
    groups = format_clp(amount).removeprefix("$").split(".")
    assert 1 <= len(groups[0]) <= 3
    assert all(len(group) == 3 for group in groups[1:])
    assert "".join(groups) == str(amount)
