"""A fair and a company at it as the officer enters them: every problem at once, in Spanish; the
limits are the protocol's."""

from __future__ import annotations

from datetime import date, timedelta

from omil_desktop.domain.fairs import (
    MAX_DAYS_AHEAD,
    MAX_LENGTHS,
    MAX_OPENINGS,
    POSITIONS_MAX,
    FairCompanyData,
    FairData,
    FairKind,
)
from omil_desktop.sync import protocol

TODAY = date(2026, 11, 20)


def test_a_fair_without_name_kind_date_or_comuna_gets_every_message_at_once():
    errors = FairData(name=" ", kind=None, held_on=None, comuna_code="").validate(TODAY)
    assert errors == {
        "name": "Escriba el nombre de la feria.",
        "kind": "Elija si es una feria laboral o un reclutamiento masivo.",
        "held_on": "Indique la fecha de la feria.",
        "comuna_code": "Elija la comuna donde se realiza.",
    }


def test_a_fair_up_to_a_year_ahead_is_fine_further_is_a_typo():
    fine = FairData("Feria", FairKind.FAIR, TODAY + timedelta(days=MAX_DAYS_AHEAD), "", "10401")
    assert fine.validate(TODAY) == {}
    late = FairData("Feria", FairKind.FAIR, TODAY + timedelta(days=MAX_DAYS_AHEAD + 1), "", "10401")
    assert late.validate(TODAY)["held_on"] == (
        "La fecha está a más de un año: revísela (una feria se registra hasta el 21-11-2027)."
    )


def test_co_organisers_are_offices_of_the_network_other_than_the_office():
    data = FairData("Feria", FairKind.FAIR, TODAY, "", "10401", co_organisers=("10402",))
    assert data.validate(TODAY, network=["10402", "10403"], office_code="10401") == {}
    assert "co_organisers" in data.validate(TODAY, network=["10403"], office_code="10401")
    own = FairData("Feria", FairKind.FAIR, TODAY, "", "10401", co_organisers=("10401",))
    assert "co_organisers" in own.validate(TODAY, network=["10401"], office_code="10401")
    assert data.organisers("10401") == ("10401", "10402")


def test_cleaning_tidies_spaces_and_sorts_the_organisers():
    data = FairData("  Feria   de  Otoño ", FairKind.FAIR, TODAY, " Gimnasio  ", " 10401 ",
                    co_organisers=("10403", " 10402", "10403"))  # fmt: skip
    cleaned = data.cleaned()
    assert (cleaned.name, cleaned.place, cleaned.comuna_code) == (
        "Feria de Otoño",
        "Gimnasio",
        "10401",
    )
    assert cleaned.co_organisers == ("10402", "10403")


def test_a_company_at_a_fair_brings_zero_or_more_openings():
    assert FairCompanyData("c1", 0).validate() == {}
    errors = FairCompanyData(None, -1, "x" * (POSITIONS_MAX + 1)).validate()
    assert errors["company_id"] == "Elija la empresa que participa."
    assert errors["openings"] == "Los cupos no pueden ser negativos."
    assert errors["positions"].startswith("Cargos ofrecidos: hasta 300 caracteres")
    assert FairCompanyData("c1", MAX_OPENINGS + 1).validate()["openings"] == (
        "Los cupos van de 0 a 1.000."
    )
    assert "openings" in FairCompanyData("c1", None).validate()


def test_the_limits_are_those_the_protocol_carries():
    schema = protocol.SCHEMAS[7]
    for name, limit in MAX_LENGTHS.items():
        assert limit <= schema["job_fair"][name].max_length  # type: ignore[attr-defined]
    assert schema["fair_company"]["openings"].maximum == MAX_OPENINGS  # type: ignore[attr-defined]
    assert schema["fair_company"]["positions"].max_length == POSITIONS_MAX  # type: ignore[attr-defined]
    assert {k.value for k in FairKind} == set(schema["job_fair"]["kind"].values)  # type: ignore[attr-defined]
