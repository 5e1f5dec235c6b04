"""Referrals, placements and follow-ups inside one office, with records of another office of the
network already in the local database (issue 8, points 4–6 and their bad input)."""

from __future__ import annotations

from datetime import date

import pytest

from omil_desktop.domain.intermediation import ContractType, ReferralStatus, VacancyStatus
from omil_desktop.domain.people import ConsentMethod, JobStatus
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.vacancies import PlacementData
from omil_desktop.services.errors import ValidationFailed
from omil_desktop.services.referrals import ReferralRefused
from omil_desktop.store.models import Placement, Referral
from tests.services.intermediation_fixtures import (
    OTHER_OFFICE,
    add_company,
    add_other_office_vacancy,
    vacancy_data,
)

NOV = date(2026, 11, 3)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    for module in ("omil_desktop.services.referrals", "omil_desktop.services.people"):
        monkeypatch.setattr(f"{module}.today", lambda: date(2026, 11, 20))


@pytest.fixture
def vacancy_id(workspace):
    return workspace.vacancies.create(vacancy_data(add_company(workspace), openings=1))


@pytest.fixture
def people(workspace, person_data):
    ids = [workspace.people.create(person_data())]
    ids.append(
        workspace.people.create(
            person_data(first_names="Juan", last_name_1="Soto", rut=Rut.parse("11.111.111-1"))
        )
    )
    return ids


def _rows(session, model):
    return session.query(model).count()


def test_refer_interview_hire_place_and_follow_up(workspace, vacancy_id, people):
    referrals = workspace.referrals
    referral_id = referrals.refer(vacancy_id, people[0], NOV)
    row = referrals.get(referral_id)
    assert row.status is ReferralStatus.REFERRED and row.candidate == "María José Núñez Pérez"
    with workspace.db.transaction() as session:  # an own vacancy: nothing copied
        stored = session.get(Referral, referral_id)
        assert (stored.candidate_name, stored.candidate_rut, stored.candidate_phone) == (
            "",
            None,
            "",
        )
    referrals.advance(referral_id, ReferralStatus.INTERVIEWED, date(2026, 11, 5))
    result = referrals.advance(referral_id, ReferralStatus.HIRED, date(2026, 11, 10))
    assert result.vacancy_status is VacancyStatus.FILLED  # 1 cupo, 1 hire: cubierta at once
    assert workspace.vacancies.get(vacancy_id).data.status is VacancyStatus.FILLED
    row = referrals.get(referral_id)
    assert (row.interviewed_on, row.outcome_on, row.can_place) == (
        date(2026, 11, 5),
        date(2026, 11, 10),
        True,
    )

    placement_id = referrals.place(
        referral_id, PlacementData(date(2026, 11, 30), ContractType.FIXED_TERM, 3)
    )
    assert workspace.people.get(people[0]).data.job_status is JobStatus.EMPLOYED
    assert referrals.pending_follow_ups(date(2027, 2, 1)) == []
    due = referrals.pending_follow_ups(date(2027, 2, 20))  # within the 14-day window
    assert [(f.placement_id, f.due_on, f.person, f.vacancy) for f in due] == [
        (placement_id, date(2027, 2, 28), "María José Núñez Pérez", "Operario de aserradero")
    ]
    assert referrals.count_pending(date(2027, 2, 20)) == 1
    with pytest.raises(ValidationFailed):
        referrals.record_follow_up(placement_id, date(2026, 11, 29), True)  # before the start
    with workspace.db.transaction() as session:
        session.get(Placement, placement_id).start_on = date(2026, 11, 15)  # started early
    referrals.record_follow_up(placement_id, date(2026, 11, 20), True, "Sigue en faena.")
    assert referrals.pending_follow_ups(date(2027, 3, 1)) == []
    with pytest.raises(ReferralRefused, match="ya se registró"):
        referrals.record_follow_up(placement_id, date(2026, 11, 20), True)

    history = referrals.history(people[0])
    assert [item.kind for item in history] == ["Colocación", "Derivación"]
    assert "Contratado el 10-11-2026" in history[1].description
    assert "cuenta como colocación" in history[0].description
    assert "sigue trabajando" in history[0].description


def test_the_same_person_is_not_referred_twice_and_only_to_open_vacancies(
    workspace, vacancy_id, people
):
    referrals = workspace.referrals
    referrals.refer(vacancy_id, people[0], NOV)
    with pytest.raises(ReferralRefused, match="ya fue derivada"):
        referrals.refer(vacancy_id, people[0], NOV)
    workspace.vacancies.set_status(vacancy_id, VacancyStatus.CLOSED)
    with pytest.raises(ReferralRefused, match="Solo se deriva a ofertas abiertas"):
        referrals.refer(vacancy_id, people[1], NOV)
    with pytest.raises(ValidationFailed) as future:
        workspace.vacancies.set_status(vacancy_id, VacancyStatus.OPEN)
        referrals.refer(vacancy_id, people[1], date(2026, 12, 1))
    assert set(future.value.errors) == {"referred_on"}
    with workspace.db.transaction() as session:
        assert _rows(session, Referral) == 1


def test_a_hire_beyond_the_openings_is_refused_and_nothing_changes(workspace, vacancy_id, people):
    referrals = workspace.referrals
    first, second = (referrals.refer(vacancy_id, p, NOV) for p in people)  # more than the cupos
    referrals.advance(first, ReferralStatus.HIRED, NOV)
    with pytest.raises(ReferralRefused, match="1 cupo y ya hay 1 contratada"):
        referrals.advance(second, ReferralStatus.HIRED, NOV)
    assert referrals.get(second).status is ReferralStatus.REFERRED
    referrals.advance(second, ReferralStatus.NOT_SELECTED, NOV)
    # The hire leaves before starting: the vacancy opens again, and the cupo can be filled.
    assert referrals.advance(first, ReferralStatus.WITHDREW, NOV).vacancy_status is (
        VacancyStatus.OPEN
    )


def test_statuses_follow_their_order_with_dates_in_range(workspace, vacancy_id, people):
    referrals = workspace.referrals
    referral_id = referrals.refer(vacancy_id, people[0], NOV)
    with pytest.raises(ValidationFailed) as early:
        referrals.advance(referral_id, ReferralStatus.INTERVIEWED, date(2026, 11, 2))
    assert early.value.errors == {"on": "La fecha no puede ser anterior al 03-11-2026."}
    with pytest.raises(ValidationFailed):
        referrals.advance(referral_id, ReferralStatus.INTERVIEWED, date(2026, 11, 21))
    referrals.advance(referral_id, ReferralStatus.NOT_SELECTED, NOV)
    with pytest.raises(ReferralRefused, match="no puede pasar a «Contratado»"):
        referrals.advance(referral_id, ReferralStatus.HIRED, NOV)
    assert referrals.get(referral_id).next_statuses == ()


def test_a_placement_needs_a_hired_referral_of_this_office(workspace, vacancy_id, people):
    referrals = workspace.referrals
    with pytest.raises(ReferralRefused, match="No hay derivación"):
        referrals.place("never-referred", PlacementData(NOV, ContractType.INDEFINITE))
    referral_id = referrals.refer(vacancy_id, people[0], NOV)
    with pytest.raises(ReferralRefused, match="«Contratado»"):
        referrals.place(referral_id, PlacementData(NOV, ContractType.INDEFINITE))
    referrals.advance(referral_id, ReferralStatus.HIRED, NOV)
    with pytest.raises(ValidationFailed) as missing:
        referrals.place(referral_id, PlacementData(NOV, ContractType.FIXED_TERM))
    assert set(missing.value.errors) == {"months"}
    referrals.place(
        referral_id, PlacementData(NOV, ContractType.FIXED_TERM, 2), update_job_status=False
    )
    assert workspace.people.get(people[0]).data.job_status is None
    with pytest.raises(ReferralRefused, match="ya tiene su colocación"):
        referrals.place(referral_id, PlacementData(NOV, ContractType.INDEFINITE))
    with pytest.raises(ReferralRefused, match="ya tiene su colocación"):
        referrals.advance(referral_id, ReferralStatus.WITHDREW, NOV)
    assert "no cuenta como colocación" in referrals.history(people[0])[0].description
    with workspace.db.transaction() as session:
        assert _rows(session, Placement) == 1


def test_referring_to_another_offices_vacancy_needs_consent_and_carries_the_contact(
    workspace, people, person_data
):
    shared = add_other_office_vacancy(workspace)
    referrals = workspace.referrals
    with pytest.raises(ReferralRefused, match="no ha dado su consentimiento"):
        referrals.refer(shared, people[1], NOV)
    with workspace.db.transaction() as session:
        assert _rows(session, Referral) == 0
    consenting = workspace.people.create(
        person_data(
            first_names="Rosa",
            last_name_1="Vera",
            rut=Rut.parse("9.876.543-3"),
            consent_on=date(2026, 10, 1),
            consent_method=ConsentMethod.SIGNED,
        )
    )
    referral_id = referrals.refer(shared, consenting, NOV)
    with workspace.db.transaction() as session:
        stored = session.get(Referral, referral_id)
        assert (stored.candidate_name, stored.candidate_rut, stored.candidate_phone) == (
            "Rosa Vera Pérez",
            "9876543-3",
            "+56 9 1234 5678",
        )
        assert stored.office_code == workspace.office.comuna_code
    # The selection is the owner's: this office may record an interview or a withdrawal only.
    assert referrals.get(referral_id).next_statuses == (
        ReferralStatus.INTERVIEWED,
        ReferralStatus.WITHDREW,
    )
    with pytest.raises(ReferralRefused, match="oficina dueña de la oferta"):
        referrals.advance(referral_id, ReferralStatus.HIRED, NOV)


def test_the_owner_sees_and_decides_on_referrals_other_offices_sent(workspace, vacancy_id):
    """A referral another office sent to an own vacancy (arrived by sync) shows its candidate
    data; the owner records the hire, and the count of hires includes it."""
    with workspace.db.transaction() as session:
        session.add(
            Referral(
                id="0190a0a0-0000-7000-8000-000000000001",
                office_code=OTHER_OFFICE,
                vacancy_id=vacancy_id,
                person_id="0190a0a0-0000-7000-8000-0000000000ff",
                candidate_name="Pedro Ruiz",
                candidate_rut="11111111-1",
                candidate_phone="+56 9 8765 4321",
                status="derivado",
                referred_on=NOV,
            )
        )
    rows = workspace.referrals.referrals_of(vacancy_id)
    assert [(r.candidate, r.rut, r.office_name, r.can_place) for r in rows] == [
        ("Pedro Ruiz", "11.111.111-1", "OMIL Futaleufú", False)
    ]
    assert ReferralStatus.HIRED in rows[0].next_statuses
    workspace.referrals.advance(rows[0].id, ReferralStatus.HIRED, NOV)
    assert workspace.vacancies.get(vacancy_id).hires == 1
    with pytest.raises(ReferralRefused, match="oficina que derivó"):
        workspace.referrals.place(rows[0].id, PlacementData(NOV, ContractType.INDEFINITE))
