"""Protocol 7: fairs, targets and surveys — the values the schema refuses, who a record is, and
the domain's helpers the protocol relies on (a target's id, a fair's organisers)."""

from __future__ import annotations

import pytest

from omil_desktop.domain.fairs import organisers_of, organisers_text
from omil_desktop.domain.targets import TargetArea, TargetIndicator, target_id
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import Checks

COMUNAS = Checks(comunas=frozenset({"10101", "10102", "10109"}))


def problems(table: str, **fields: object) -> dict[str, str]:
    return protocol.check_fields(table, fields, checks=COMUNAS)


def test_a_fairs_organisers_are_sorted_catalogue_codes_each_once():
    assert problems("job_fair", organisers="10101,10102") == {}
    assert problems("job_fair", organisers="") == {}
    assert "organisers" in problems("job_fair", organisers="10102,10101")  # not sorted
    assert "organisers" in problems("job_fair", organisers="10101,10101")
    assert "organisers" in problems("job_fair", organisers="10101,99999")  # not in the catalogue
    assert "organisers" in problems("job_fair", organisers="1010")
    assert "organisers" in problems("job_fair", organisers=",".join(["10101"] * 31))
    assert organisers_text(["10109", "10101", "10109"]) == "10101,10109"
    assert organisers_of("10101,10109") == ("10101", "10109") and organisers_of("") == ()
    with pytest.raises(ValueError, match="cinco dígitos"):
        organisers_text(["101"])


def test_scores_targets_and_codes_outside_their_range_are_refused():
    assert problems("satisfaction_survey", score=7) == {}
    assert "score" in problems("satisfaction_survey", score=0)
    assert "score" in problems("satisfaction_survey", score=8)
    assert "score" in problems("satisfaction_survey", score=True)
    assert "value" in problems("target", value=-1)
    assert "indicator" in problems("target", indicator="metas_inventadas")
    assert "source" in problems("target", source="dispositivo")
    assert problems("attention", kind="feria_laboral") == {}
    assert "kind" in protocol.check_fields("attention", {"kind": "feria_laboral"}, version=6)


def test_only_the_fair_among_the_new_tables_may_be_shared():
    new = {"job_fair", "fair_company", "fair_attendee", "fair_referral", "target"}
    assert new & protocol.SHAREABLE_TABLES == {"job_fair"}
    assert "satisfaction_survey" not in protocol.SHAREABLE_TABLES


def test_the_same_target_or_fair_attendee_is_one_record():
    fair, person = "0" * 8 + "-0000-4000-8000-" + "0" * 12, "1" * 8 + "-1111-4111-8111-" + "1" * 12
    assert protocol.identity_of("fair_attendee", {"fair_id": fair, "person_id": person}) == (
        f"{fair}/{person}"
    )
    key = protocol.identity_of(
        "target", {"year": 2026, "indicator": "colocaciones", "deleted_at": None}
    )
    assert key == "target:2026:colocaciones"
    assert (
        protocol.identity_of(
            "target", {"year": 2026, "indicator": "colocaciones", "deleted_at": "2026-01-02"}
        )
        is None
    )


def test_a_targets_id_is_the_same_everywhere_and_differs_by_office_year_and_indicator():
    one = target_id("10101", 2026, TargetIndicator.PLACEMENTS)
    assert one == target_id("10101", 2026, "colocaciones")
    assert protocol.check_fields("target", {"id": one}) == {}  # a canonical UUID
    others = {
        target_id("10102", 2026, TargetIndicator.PLACEMENTS),
        target_id("10101", 2027, TargetIndicator.PLACEMENTS),
        target_id("10101", 2026, TargetIndicator.PEOPLE_SERVED),
    }
    assert one not in others and len(others) == 3
    assert TargetIndicator.PLACEMENTS.area is TargetArea.PLACEMENT
    assert {i.area for i in TargetIndicator} == set(TargetArea)
