from hypothesis import given
from hypothesis import strategies as st

from omil_desktop.domain.text import fold


def test_examples_from_the_spec() -> None:
    assert fold("  Núñez  MUÑOZ ") == "nunez munoz"
    assert fold("Ñiquén") == "niquen"


def test_accented_and_plain_spellings_match() -> None:
    assert fold("Chillán Viejo") == fold("CHILLAN VIEJO") == "chillan viejo"
    assert fold("Peñalolén") == "penalolen"
    assert fold("Aysén") == fold("AYSEN")


def test_whitespace_of_any_kind_collapses() -> None:
    assert fold("\tPuerto\n\u00a0 Montt  ") == "puerto montt"
    assert fold("   ") == ""
    assert fold("") == ""


def test_casefold_not_just_lower() -> None:
    assert fold("Straße") == "strasse"


def test_decomposed_input_equals_precomposed() -> None:
    assert fold("Jose\u0301") == fold("José") == "jose"


def test_keeps_punctuation() -> None:
    assert fold("O'Higgins") == "o'higgins"


@given(st.text())
def test_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_no_outer_or_double_spaces(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded


def test_the_systems_refusals_are_said_in_spanish():
    import errno

    from omil_desktop.domain.text import os_reason

    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "el disco está lleno"
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == (
        "no tiene permiso para usar ese lugar"
    )
    sharing = OSError(errno.EACCES, "The process cannot access the file")
    sharing.winerror = 32  # what Windows says of a file open in Excel
    assert os_reason(sharing) == "el archivo está abierto en otro programa"
    assert os_reason(OSError(errno.EMLINK, "Too many links")) == f"error del sistema {errno.EMLINK}"


def test_a_plural_with_no_translator_takes_its_form_from_the_spanish_ts() -> None:
    from omil_desktop.domain.texts import fill_count, translate

    assert translate("services.referrals", "%n cupo(s)", None, 1) == "1 cupo"
    assert translate("services.referrals", "%n cupo(s)", None, 4) == "4 cupos"
    assert translate("services.activity_documents", "%Ln colocación(es)", None, 0) == (
        "0 colocaciones"
    )
    # A text the .ts does not know (yet) still gets its count, as Qt does.
    assert translate("Prueba", "%Ln cosa(s)", None, 1234) == "1.234 cosa(s)"
    assert fill_count("%n de %Ln", 1234567) == "1234567 de 1.234.567"
