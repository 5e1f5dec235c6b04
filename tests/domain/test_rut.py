import dataclasses

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from omil_desktop.domain.rut import InvalidRut, Rut, compute_dv

BODIES = st.integers(min_value=1, max_value=99_999_999)
DV_CHARS = "0123456789K"


def reference_dv(body: int) -> str:
    """Independent módulo 11: weights 2..7 repeating from the rightmost digit."""
    weights = [2, 3, 4, 5, 6, 7]
    total = sum(int(digit) * weights[i % 6] for i, digit in enumerate(reversed(str(body))))
    return {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11))


def test_known_check_digits() -> None:
    # 12345678: 8·2+7·3+6·4+5·5+4·6+3·7+2·2+1·3 = 138; 138 mod 11 = 6; 11-6 = 5
    assert compute_dv(12_345_678) == "5"
    # 11111111: 1·(2+3+4+5+6+7+2+3) = 32; 32 mod 11 = 10; 11-10 = 1
    assert compute_dv(11_111_111) == "1"
    # 76086428: 8·2+2·3+4·4+6·5+8·6+0·7+6·2+7·3 = 149; 149 mod 11 = 6; 11-6 = 5
    assert compute_dv(76_086_428) == "5"
    # 6: 6·2 = 12; 12 mod 11 = 1; 11-1 = 10 → K
    assert compute_dv(6) == "K"
    # 11: 1·2+1·3 = 5; 11-5 = 6
    assert compute_dv(11) == "6"
    # 0 mod 11 gives 11 → 0 (e.g. body 0 itself)
    assert compute_dv(0) == "0"


@given(BODIES)
def test_compute_dv_matches_reference(body: int) -> None:
    assert compute_dv(body) == reference_dv(body)


@pytest.mark.parametrize("body", [1.0, "12345678", None, True])
def test_compute_dv_rejects_non_int(body: object) -> None:
    with pytest.raises(TypeError):
        compute_dv(body)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "12.345.678-5",
        "12345678-5",
        "123456785",
        " 12 345 678 - 5 ",
        "\t12.345.678-5\n",
        "012.345.678-5",
        "0012345678-5",
    ],
)
def test_parse_accepted_forms(text: str) -> None:
    rut = Rut.parse(text)
    assert rut == Rut(12_345_678, "5")
    assert str(rut) == "12.345.678-5"
    assert rut.compact == "12345678-5"
    assert rut.digits == "123456785"


@pytest.mark.parametrize("text", ["6-k", "6-K", "6k", "6K", "0.006-k"])
def test_parse_k_is_upper_cased(text: str) -> None:
    rut = Rut.parse(text)
    assert rut.dv == "K"
    assert rut.compact == "6-K"


def test_other_known_valid() -> None:
    assert Rut.is_valid("11.111.111-1")
    assert Rut.is_valid("76.086.428-5")
    assert not Rut.is_valid("76.086.428-6")


def test_formatting_small_and_large_bodies() -> None:
    assert str(Rut.from_body(1)) == "1-9"
    assert str(Rut.from_body(1_000)) == f"1.000-{compute_dv(1_000)}"
    assert str(Rut.from_body(99_999_999)) == "99.999.999-9"


def message_for(text: str) -> str:
    with pytest.raises(InvalidRut) as excinfo:
        Rut.parse(text)
    assert isinstance(excinfo.value, ValueError)
    return str(excinfo.value)


def test_message_wrong_check_digit_sends_the_officer_to_the_card() -> None:
    assert message_for("12.345.678-9") == (
        "El RUT 12.345.678-9 no es válido: revise el número en el carnet."
    )
    assert message_for("6-0") == "El RUT 6-0 no es válido: revise el número en el carnet."
    assert (
        message_for("12345678k")
        == "El RUT 12.345.678-K no es válido: revise el número en el carnet."
    )


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_message_empty(text: str) -> None:
    assert message_for(text) == "Escriba el RUT, por ejemplo 12.345.678-5."


@pytest.mark.parametrize(
    "text", ["12.345.678/5", "abc", "12,345,678-5", "12345678-Ñ", "١٢٣-٤", "¹²"]
)
def test_message_bad_characters(text: str) -> None:
    assert message_for(text) == "El RUT solo puede contener números, puntos, guion y la letra K."


@pytest.mark.parametrize("text", ["12.345.678-", "5", "K", "-5", "12345678 -"])
def test_message_missing_check_digit(text: str) -> None:
    assert message_for(text) == (
        "Escriba el RUT con su dígito verificador, por ejemplo 12.345.678-5."
    )


def test_message_too_long() -> None:
    assert "demasiado largo" in message_for("123.456.789-2")
    assert "demasiado largo" in message_for("1234567892")


def test_message_zero_body() -> None:
    for text in ("0-0", "00", "000-0", "0.000.000-0"):
        assert message_for(text) == "El número del RUT no puede ser cero."


def test_message_other_shapes() -> None:
    assert "un solo guion" in message_for("12-345-678-5")
    assert "un solo número" in message_for("12345678-55")
    assert "al final" in message_for("12K45678-5")
    assert "al final" in message_for("KK")


def test_post_init_validates() -> None:
    with pytest.raises(InvalidRut, match="revise el número en el carnet"):
        Rut(12_345_678, "4")
    with pytest.raises(InvalidRut):
        Rut(0, "0")
    with pytest.raises(InvalidRut):
        Rut(100_000_000, compute_dv(100_000_000))
    with pytest.raises(TypeError):
        Rut("12345678", "5")  # type: ignore[arg-type]
    assert Rut(6, "k").dv == "K"


def test_frozen_and_hashable() -> None:
    rut = Rut.from_body(12_345_678)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rut.body = 1  # type: ignore[misc]
    assert {rut, Rut.parse("12345678-5")} == {rut}


@given(BODIES)
def test_round_trips(body: int) -> None:
    rut = Rut.from_body(body)
    assert rut.body == body
    assert Rut.parse(str(rut)) == rut
    assert Rut.parse(rut.compact) == rut
    assert Rut.parse(rut.digits) == rut
    assert Rut.parse(str(rut).lower()) == rut
    assert Rut.parse(rut.compact.lower()) == rut
    assert Rut.is_valid(str(rut))


@given(BODIES, st.data())
def test_spaces_anywhere_are_ignored(body: int, data: st.DataObject) -> None:
    text = str(Rut.from_body(body))
    spaces = st.text(alphabet=" \t", max_size=3)
    spaced = "".join(data.draw(spaces) + ch for ch in text) + data.draw(spaces)
    assert Rut.parse(spaced) == Rut.from_body(body)


@given(BODIES, st.sampled_from(DV_CHARS))
def test_any_other_check_digit_is_invalid(body: int, dv: str) -> None:
    expected = compute_dv(body)
    assume(dv != expected)
    text = f"{body}-{dv}"
    assert not Rut.is_valid(text)
    assert not Rut.is_valid(text.lower())
    message = message_for(text)
    assert message.endswith("revise el número en el carnet.")
    # The message never offers the digit that would make the number pass.
    assert f"ser {expected}" not in message and "debería" not in message
    with pytest.raises(InvalidRut):
        Rut(body, dv)


@given(BODIES)
def test_compact_and_digits_shape(body: int) -> None:
    rut = Rut.from_body(body)
    assert rut.compact == f"{body}-{rut.dv}"
    assert rut.digits == rut.compact.replace("-", "")
    assert str(rut).replace(".", "") == rut.compact


@given(st.text(max_size=20))
def test_parse_never_raises_anything_but_invalid_rut(text: str) -> None:
    try:
        rut = Rut.parse(text)
    except InvalidRut as error:
        assert str(error)
    else:
        assert 1 <= rut.body <= 99_999_999
        assert rut.dv == compute_dv(rut.body)
