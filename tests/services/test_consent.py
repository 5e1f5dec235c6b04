"""Where a person's data leaves the office, their consent is required (issue 12, point 4): a
referral to another office's shared vacancy, made from the person's page or at a job fair; to
the office's own vacancy the legal function is enough. Real SQLite files."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from omil_desktop.domain.fairs import FairData, FairKind
from omil_desktop.domain.people import ConsentMethod
from omil_desktop.domain.privacy import PROCESSING_BASIS, LegalBasis, Processing
from omil_desktop.domain.rut import Rut
from omil_desktop.services.fairs import FairService
from omil_desktop.services.referrals import ReferralRefused
from omil_desktop.store.models import FairReferral, Referral
from tests.services.intermediation_fixtures import (
    add_company,
    add_other_office_vacancy,
    vacancy_data,
)

TODAY = date(2026, 11, 20)
FAIR_DAY = date(2026, 11, 6)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    class Calendar(date):
        @classmethod
        def today(cls) -> date:
            return TODAY

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)


@pytest.fixture
def without_consent(workspace, person_data) -> str:
    return workspace.people.create(person_data(rut=Rut.parse("11.111.111-1")))


@pytest.fixture
def consenting(workspace, person_data) -> str:
    return workspace.people.create(
        person_data(
            first_names="Rosa",
            last_name_1="Vera",
            rut=Rut.parse("9.876.543-3"),
            consent_on=date(2026, 10, 1),
            consent_method=ConsentMethod.SIGNED,
        ),
        allow_likely_duplicate=True,
    )


def referrals_in(workspace) -> int:
    with workspace.db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(Referral)) or 0)


def test_the_bases_the_rules_follow():
    assert PROCESSING_BASIS[Processing.SERVING] is LegalBasis.LEGAL_FUNCTION
    assert PROCESSING_BASIS[Processing.REFERRAL_TO_ANOTHER_OFFICE] is LegalBasis.CONSENT


def test_own_vacancy_needs_no_consent(workspace, without_consent):
    own = workspace.vacancies.create(vacancy_data(add_company(workspace)))
    referral = workspace.referrals.refer(own, without_consent, TODAY)
    with workspace.db.transaction() as session:
        stored = session.get(Referral, referral)
        assert (stored.candidate_name, stored.candidate_rut) == ("", None)  # nothing copied


def test_another_offices_vacancy_needs_consent(workspace, without_consent, consenting):
    shared = add_other_office_vacancy(workspace)
    with pytest.raises(ReferralRefused) as refused:
        workspace.referrals.refer(shared, without_consent, TODAY)
    assert "no ha dado su consentimiento para compartir sus datos" in str(refused.value)
    assert "Registre el consentimiento en su ficha" in str(refused.value)
    assert referrals_in(workspace) == 0
    workspace.referrals.refer(shared, consenting, TODAY)
    assert referrals_in(workspace) == 1


def test_a_referral_at_a_fair_to_a_shared_vacancy_needs_consent(
    workspace, without_consent, consenting
):
    fairs = FairService(workspace.db, workspace.territory, workspace.office.comuna_code)
    fair = fairs.create(
        FairData(
            name="Feria de Primavera",
            kind=FairKind.FAIR,
            held_on=FAIR_DAY,
            comuna_code=workspace.office.comuna_code,
        )
    )
    shared = add_other_office_vacancy(workspace)
    assert shared in {v.id for v in fairs.vacancies(fair)}  # offered at the fair
    for person in (without_consent, consenting):
        fairs.add_attendee(fair, person)

    with pytest.raises(ReferralRefused, match="no ha dado su consentimiento"):
        fairs.refer(fair, without_consent, shared)
    assert referrals_in(workspace) == 0
    with workspace.db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(FairReferral)) == 0

    fairs.refer(fair, consenting, shared)
    with workspace.db.transaction() as session:
        [referral] = session.scalars(select(Referral))
        assert referral.candidate_name == "Rosa Vera Pérez"
        assert session.scalar(select(func.count()).select_from(FairReferral)) == 1
