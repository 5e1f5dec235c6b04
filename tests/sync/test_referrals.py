"""Referrals across the Red Palena (docs/sync-protocol.md §8): a vacancy Chaitén shares, people
referred to it from Futaleufú and from Chaitén, what reaches the owner, and hires that never
pass the openings — checked on a real server on loopback, with the records written as the
desktop writes them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from omil_desktop.domain.rut import Rut
from omil_desktop.store.models import Company, Referral, Vacancy

CHAITEN, FUTALEUFU, OSORNO = "10401", "10402", "10301"


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite")


def enroll(server, office, name: str = "PC de prueba"):
    comuna = office.workspace.office.comuna_code
    office.client.enroll(server.url, server.code(comuna), name)
    return office


def shared_vacancy(office, openings: int = 1, *, company_shared: bool = True) -> str:
    stamp = datetime(2026, 11, 1, 12)
    with office.workspace.db.transaction() as session:
        company = Company(
            office_code=CHAITEN,
            rut=Rut.from_body(76_123_456).compact,
            legal_name="Salmones Austral SpA",
            comuna_code=CHAITEN,
            shared=company_shared,
            created_at=stamp,
        )
        session.add(company)
        session.flush()
        vacancy = Vacancy(
            office_code=CHAITEN,
            company_id=company.id,
            title="Soldador(a)",
            openings=openings,
            comuna_code=CHAITEN,
            published_on=date(2026, 11, 1),
            status="abierta",
            shared=True,
            created_at=stamp,
        )
        session.add(vacancy)
        session.flush()
        return vacancy.id


def person(office, person_data, n: int, *, consent: bool = True) -> str:
    extra = {"consent_on": date(2026, 11, 2), "consent_method": "firma"} if consent else {}
    from omil_desktop.domain.people import ConsentMethod

    if extra:
        extra["consent_method"] = ConsentMethod.SIGNED
    return office.workspace.people.create(
        person_data(
            first_names=f"Persona {n}",
            rut=Rut.from_body(16_000_000 + n),
            comuna_code=office.workspace.office.comuna_code,
            **extra,
        ),
        allow_likely_duplicate=True,
    )


def refer(office, vacancy_id: str, person_id: str, *, with_candidate: bool = True) -> str:
    """A referral as the desktop writes it: to another office's vacancy, with who was sent."""
    data = office.workspace.people.get(person_id).data
    with office.workspace.db.transaction() as session:
        referral = Referral(
            office_code=office.workspace.office.comuna_code,
            vacancy_id=vacancy_id,
            person_id=person_id,
            status="derivado",
            referred_on=date(2026, 11, 20),
            notes="Vive lejos; pedir que la llamen temprano.",
        )
        own_vacancy = office.workspace.office.comuna_code == CHAITEN
        if with_candidate and not own_vacancy:
            referral.candidate_name = data.full_name()
            referral.candidate_rut = data.rut.compact if data.rut else None
            referral.candidate_phone = data.phone
        session.add(referral)
        session.flush()
        return referral.id


def set_status(office, referral_id: str, status: str) -> None:
    with office.workspace.db.transaction() as session:
        referral = session.get(Referral, referral_id)
        referral.status = status
        referral.outcome_on = date(2026, 11, 25)


def referral(office, referral_id: str) -> Referral | None:
    with office.workspace.db.transaction() as session:
        return session.get(Referral, referral_id)


def refusals(server) -> list[str]:
    return [r.reason or "" for r in server.service.refusals()]


def test_a_referral_from_another_office_reaches_the_owner_with_only_what_it_needs(
    server, office_factory, person_data
):
    chaiten, futaleufu, osorno = (
        enroll(server, office_factory(c)) for c in (CHAITEN, FUTALEUFU, OSORNO)
    )
    vacancy = shared_vacancy(chaiten)
    chaiten.client.sync()
    futaleufu.client.sync()
    sent = person(futaleufu, person_data, 1)
    referral_id = refer(futaleufu, vacancy, sent)

    futaleufu.client.sync()
    chaiten.client.sync()
    osorno.client.sync()

    at_owner = referral(chaiten, referral_id)
    assert at_owner is not None
    assert (at_owner.office_code, at_owner.vacancy_id, at_owner.status) == (
        FUTALEUFU,
        vacancy,
        "derivado",
    )
    assert at_owner.candidate_name == "Persona 1 Núñez Pérez"
    assert at_owner.candidate_rut == Rut.from_body(16_000_001).compact
    assert at_owner.candidate_phone == "+56 9 1234 5678"
    assert at_owner.person_id is None and at_owner.notes == ""  # never the sender's own data
    assert chaiten.workspace.people.counts()[0] == 0  # nor the person's record
    assert referral(osorno, referral_id) is None  # another network sees nothing
    assert referral(futaleufu, referral_id).notes.startswith("Vive lejos")


def test_a_person_without_consent_is_not_sent_to_another_office(
    server, office_factory, person_data
):
    chaiten, futaleufu = (enroll(server, office_factory(c)) for c in (CHAITEN, FUTALEUFU))
    vacancy = shared_vacancy(chaiten)
    chaiten.client.sync()
    futaleufu.client.sync()
    referral_id = refer(futaleufu, vacancy, person(futaleufu, person_data, 1, consent=False))

    futaleufu.client.sync()
    chaiten.client.sync()

    assert any("consentimiento" in reason for reason in refusals(server))
    assert server.service.record("referral", referral_id) is None
    assert referral(chaiten, referral_id) is None
    assert futaleufu.client.status().refused == 1  # kept on the PC, shown


def test_only_the_owner_records_the_hire_and_the_sender_learns_it(
    server, office_factory, person_data
):
    chaiten, futaleufu = (enroll(server, office_factory(c)) for c in (CHAITEN, FUTALEUFU))
    vacancy = shared_vacancy(chaiten, openings=2)
    chaiten.client.sync()
    futaleufu.client.sync()
    first = refer(futaleufu, vacancy, person(futaleufu, person_data, 1))
    second = refer(futaleufu, vacancy, person(futaleufu, person_data, 2))
    futaleufu.client.sync()
    chaiten.client.sync()

    set_status(futaleufu, second, "contratado")  # the sender may not decide the selection
    futaleufu.client.sync()
    set_status(chaiten, first, "contratado")
    chaiten.client.sync()
    futaleufu.client.sync()

    assert "Solo la oficina dueña de la oferta" in refusals(server)[0]
    assert server.service.record("referral", second).fields["status"] == "derivado"
    assert server.service.record("referral", first).fields["status"] == "contratado"
    assert referral(futaleufu, first).status == "contratado"
    assert referral(futaleufu, first).notes.startswith("Vive lejos")  # its own notes kept


def test_hires_never_pass_the_openings_after_two_pcs_decided_offline(
    server, office_factory, person_data
):
    """One opening; two referrals (one from each office). Both Chaitén PCs record a hire while
    offline: the second to reach the server is refused, on that PC alone."""
    chaiten = enroll(server, office_factory(CHAITEN, "chaiten-1"), "PC 1")
    futaleufu = enroll(server, office_factory(FUTALEUFU))
    vacancy = shared_vacancy(chaiten, openings=1)
    chaiten.client.sync()
    second_pc = enroll(server, office_factory(CHAITEN, "chaiten-2"), "PC 2")
    second_pc.client.sync()
    futaleufu.client.sync()
    ours = refer(chaiten, vacancy, person(chaiten, person_data, 1))
    theirs = refer(futaleufu, vacancy, person(futaleufu, person_data, 2))
    chaiten.client.sync()
    futaleufu.client.sync()
    second_pc.client.sync()
    assert referral(second_pc, theirs) is not None and referral(second_pc, ours) is not None

    set_status(chaiten, ours, "contratado")  # both offline, both decide
    set_status(second_pc, theirs, "contratado")
    chaiten.client.sync()
    second_pc.client.sync()
    futaleufu.client.sync()
    chaiten.client.sync()

    hired = [
        r
        for r in (ours, theirs)
        if server.service.record("referral", r).fields["status"] == "contratado"
    ]
    assert hired == [ours]
    assert "cupos ocupados" in refusals(server)[0]
    assert referral(futaleufu, theirs).status == "derivado"
    assert second_pc.client.status().refused == 1
    assert chaiten.client.status().refused == 0


def test_a_vacancy_is_shared_only_with_its_company(server, office_factory):
    chaiten, futaleufu = (enroll(server, office_factory(c)) for c in (CHAITEN, FUTALEUFU))
    vacancy = shared_vacancy(chaiten, company_shared=False)

    chaiten.client.sync()
    futaleufu.client.sync()

    assert "comparta también la empresa" in refusals(server)[0]
    assert server.service.record("vacancy", vacancy) is None
    assert futaleufu.client.status().set_aside == 0  # nothing half-shared reached it


def test_a_vacancy_unshared_after_a_referral_stays_in_the_senders_history(
    server, office_factory, person_data
):
    from sqlalchemy import update

    from omil_desktop.store.models import SyncState

    chaiten, futaleufu = (enroll(server, office_factory(c)) for c in (CHAITEN, FUTALEUFU))
    vacancy = shared_vacancy(chaiten)
    chaiten.client.sync()
    futaleufu.client.sync()
    referral_id = refer(futaleufu, vacancy, person(futaleufu, person_data, 1))
    futaleufu.client.sync()

    with chaiten.workspace.db.transaction() as session:
        session.get(Vacancy, vacancy).shared = False
    chaiten.client.sync()
    futaleufu.client.sync()

    with futaleufu.workspace.db.transaction() as session:
        kept = session.get(Vacancy, vacancy)
        assert kept is not None and not kept.shared  # history, no longer offered
        assert session.get(Company, kept.company_id) is not None
    assert referral(futaleufu, referral_id).vacancy_id == vacancy
    assert futaleufu.client.status().set_aside == 0

    with futaleufu.workspace.db.transaction() as session:  # a whole copy, as after a restore
        session.execute(update(SyncState).values(snapshot_at=0, snapshot_after=None))
    futaleufu.client.sync()
    with futaleufu.workspace.db.transaction() as session:
        assert session.get(Vacancy, vacancy) is not None
    assert referral(futaleufu, referral_id) is not None


def test_the_whole_flow_across_two_offices_through_the_services(
    server, office_factory, person_data
):
    """Chaitén shares a vacancy with the window's services; Futaleufú refers a person to it,
    Chaitén hires them, Futaleufú records the placement and follows it up."""
    from omil_desktop.domain.companies import CompanyData, ContactData
    from omil_desktop.domain.intermediation import ContractType, ReferralStatus
    from omil_desktop.domain.vacancies import PlacementData, VacancyData

    chaiten, futaleufu = (enroll(server, office_factory(c)) for c in (CHAITEN, FUTALEUFU))
    companies = chaiten.workspace.companies
    company_id = companies.create(
        CompanyData(
            rut=Rut.from_body(77_000_001),
            legal_name="Constructora Yelcho Ltda",
            comuna_code=CHAITEN,
        )
    )
    companies.add_contact(company_id, ContactData(name="Héctor Barría", role="Jefe de obra"))
    vacancy = chaiten.workspace.vacancies.create(
        VacancyData(
            company_id=company_id,
            title="Maestro carpintero",
            openings=1,
            comuna_code=CHAITEN,
            published_on=date(2026, 11, 2),
            shared=True,  # shares its company too
        )
    )
    chaiten.client.sync()
    futaleufu.client.sync()
    assert futaleufu.client.status().set_aside == 0
    seen = futaleufu.workspace.companies.get(company_id)  # the company came with its vacancy
    assert seen.read_only and seen.office_code == CHAITEN
    assert [c.data.name for c in futaleufu.workspace.companies.contacts(company_id)] == [
        "Héctor Barría"
    ]
    sent = person(futaleufu, person_data, 1)
    referral_id = futaleufu.workspace.referrals.refer(vacancy, sent, date(2026, 11, 20))
    futaleufu.client.sync()
    chaiten.client.sync()

    chaiten.workspace.referrals.advance(referral_id, ReferralStatus.HIRED, date(2026, 11, 25))
    chaiten.client.sync()
    futaleufu.client.sync()
    placement = futaleufu.workspace.referrals.place(
        referral_id,
        PlacementData(start_on=date(2026, 11, 26), contract_type=ContractType.FIXED_TERM, months=6),
    )
    futaleufu.client.sync()

    assert server.service.refusals() == []
    assert server.service.record("referral", referral_id).fields["status"] == "contratado"
    assert server.service.record("placement", placement).office == FUTALEUFU
    assert referral(chaiten, referral_id).candidate_name == "Persona 1 Núñez Pérez"
    with chaiten.workspace.db.transaction() as session:
        assert session.get(Vacancy, vacancy).status == "cubierta"
    assert futaleufu.workspace.people.get(sent).data.job_status.value == "ocupado"
