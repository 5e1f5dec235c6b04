"""Retention (issue 12, point 6) through the service, on real SQLite files: the periods, who is
past the period and why (every kind of activity keeps a person), the yearly review's day, and
the anonymisation of those chosen through the erasure service."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select, update

from omil_desktop.domain.people import DocumentType, ServiceKind
from omil_desktop.domain.privacy import DEFAULT_RETENTION_YEARS, RetentionKind, Role
from omil_desktop.domain.rut import Rut
from omil_desktop.services.access import Officer
from omil_desktop.services.errors import ServiceError, ValidationFailed
from omil_desktop.services.retention import Activity, cutoff
from omil_desktop.store.models import (
    FairAttendee,
    JobFair,
    Office,
    Person,
    Placement,
    Referral,
    SatisfactionSurvey,
    WorkshopAttendance,
    WorkshopEnrollment,
    WorkshopSession,
)
from tests.services.intermediation_fixtures import add_company, vacancy_data

TODAY = date(2026, 11, 20)
INACTIVE = RetentionKind.INACTIVE_PEOPLE


class Clock:
    """The PC's calendar and the stored timestamps (store/clock.py), set by each test."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 12, 0)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()

    class Calendar(date):
        @classmethod
        def today(cls) -> date:
            return clock.now.date()

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)
    monkeypatch.setattr("omil_desktop.store.changelog.utcnow", lambda: clock.now)
    return clock


def register(workspace, person_data, clock: Clock, on: date, body: int, **fields) -> str:
    """A person registered on ``on``."""
    clock.now = datetime(on.year, on.month, on.day, 10, 0)
    person_id = workspace.people.create(
        person_data(rut=Rut.from_body(body), **fields), allow_likely_duplicate=True
    )
    clock.now = datetime(2026, 11, 20, 12, 0)
    return person_id


def test_periods_default_and_set(workspace):
    retention = workspace.retention
    assert retention.periods() == {INACTIVE: DEFAULT_RETENTION_YEARS[INACTIVE]}
    retention.set_period(INACTIVE, 3)
    assert workspace.retention.periods() == {INACTIVE: 3}
    with pytest.raises(ValidationFailed) as refused:
        retention.set_period(INACTIVE, 0)
    assert "de 1 a 30 años" in str(refused.value)
    with pytest.raises(ValidationFailed):
        retention.set_period(INACTIVE, 31)
    assert workspace.retention.period() == 3


def test_cutoff_is_the_period_before_today():
    assert cutoff(date(2026, 11, 20), 5) == date(2021, 11, 20)
    assert cutoff(date(2028, 2, 29), 1) == date(2027, 2, 28)


def test_due_lists_who_has_had_nothing_since_the_cutoff(workspace, person_data, clock):
    old = register(workspace, person_data, clock, date(2019, 3, 4), 9_000_001, first_names="Olga")
    workspace.attentions.record(old, date(2020, 6, 1), ServiceKind.GUIDANCE, "")
    recent = register(
        workspace, person_data, clock, date(2019, 3, 4), 9_000_002, first_names="Rita"
    )
    workspace.attentions.record(recent, date(2022, 1, 10), ServiceKind.GUIDANCE, "")
    newcomer = register(
        workspace, person_data, clock, date(2025, 6, 1), 9_000_003, first_names="Nora"
    )
    silent = register(
        workspace, person_data, clock, date(2018, 7, 9), 9_000_004, first_names="Sara"
    )
    no_rut = register(
        workspace,
        person_data,
        clock,
        date(2018, 1, 2),
        9_000_005,
        first_names="Yara",
        last_name_1="Alvarado",
    )
    with workspace.db.transaction() as session:
        person = session.get(Person, no_rut)
        person.rut = None
        person.document_type = DocumentType.PASSPORT.value
        person.document_number = "AB123"
        person.document_country = "Venezuela"

    due = workspace.retention.due(TODAY)

    assert [p.person_id for p in due] == [no_rut, old, silent]  # by surnames, then names
    by_id = {p.person_id: p for p in due}
    assert by_id[old].last_activity is Activity.ATTENTION
    assert by_id[old].last_activity_on == date(2020, 6, 1)
    assert by_id[old].identification == str(Rut.from_body(9_000_001))
    assert by_id[old].identification.startswith("9.000.001-")
    assert by_id[old].reason == (
        "Sin actividad desde el 01-06-2020 (último: atención); el plazo de conservación es de "
        "5 años."
    )
    assert by_id[silent].last_activity is Activity.REGISTERED
    assert by_id[silent].last_activity_on == date(2018, 7, 9)
    assert by_id[no_rut].identification == "Pasaporte AB123"
    assert recent not in by_id and newcomer not in by_id
    assert workspace.retention.count_due(TODAY) == 3
    assert workspace.retention.due_ids(TODAY) == [no_rut, old, silent]
    # A page of the list, in the same order.
    page = workspace.retention.due(TODAY, offset=1, limit=1)
    assert [p.person_id for p in page] == [old]
    # A shorter period reaches those active more recently.
    workspace.retention.set_period(INACTIVE, 2)
    assert recent in workspace.retention.due_ids(TODAY)
    assert newcomer not in workspace.retention.due_ids(TODAY)  # registered in 2025
    workspace.retention.set_period(INACTIVE, 1)
    assert newcomer in workspace.retention.due_ids(TODAY)


def test_deleted_anonymised_and_other_offices_people_are_not_listed(workspace, person_data, clock):
    ids = [
        register(workspace, person_data, clock, date(2015, 1, 5), 9_100_000 + n) for n in range(4)
    ]
    with workspace.db.transaction() as session:
        session.get(Person, ids[0]).deleted_at = datetime(2020, 1, 1)
        session.get(Person, ids[1]).anonymised_on = date(2025, 2, 2)
        session.get(Person, ids[2]).office_code = "10402"
    assert workspace.retention.due_ids(TODAY) == [ids[3]]


def _activity_records(workspace, person_id: str, on: date) -> dict[Activity, list[object]]:
    """One record of each kind of activity of ``person_id`` on ``on`` (not yet added)."""
    office = workspace.office.comuna_code
    company = add_company(workspace)
    vacancy = workspace.vacancies.create(vacancy_data(company, published_on=date(2015, 1, 1)))
    common = {"office_code": office}
    referral = Referral(
        id=f"ref-{on.isoformat()}",
        vacancy_id=vacancy,
        person_id=person_id,
        status="derivado",
        referred_on=on,
        **common,
    )
    return {
        Activity.WORKSHOP: ["enrollment"],
        Activity.REFERRAL: [referral],
        Activity.PLACEMENT: [
            Referral(
                id="ref-old",
                vacancy_id=vacancy,
                person_id=person_id,
                status="contratado",
                referred_on=date(2015, 2, 1),
                **common,
            ),
            Placement(
                referral_id="ref-old",
                person_id=person_id,
                start_on=on,
                contract_type="plazo_fijo",
                months=6,
                follow_up_on=date(2030, 1, 1),
                **common,
            ),
        ],
        Activity.FAIR: ["fair"],
        Activity.SURVEY: [
            SatisfactionSurvey(
                person_id=person_id,
                answered_on=on,
                service="atencion",
                score=6,
                channel="presencial",
                **common,
            )
        ],
    }


@pytest.mark.parametrize(
    "kind",
    [Activity.WORKSHOP, Activity.REFERRAL, Activity.PLACEMENT, Activity.FAIR, Activity.SURVEY],
)
def test_each_kind_of_activity_keeps_a_person(workspace, person_data, clock, kind):
    person = register(workspace, person_data, clock, date(2015, 3, 1), 9_200_001)
    assert workspace.retention.due_ids(TODAY) == [person]
    recent = date(2023, 5, 6)
    office = workspace.office.comuna_code
    with workspace.db.transaction() as session:
        if kind is Activity.WORKSHOP:
            workshop = _workshop(session, office)
            session.add(
                WorkshopEnrollment(
                    id="enr",
                    workshop_id=workshop,
                    person_id=person,
                    status="inscrito",
                    enrolled_on=recent,
                    queued_at=datetime(2023, 5, 6),
                    office_code=office,
                )
            )
        elif kind is Activity.FAIR:
            session.add(
                JobFair(
                    id="fair",
                    name="Feria",
                    kind="feria",
                    held_on=recent,
                    comuna_code=office,
                    office_code=office,
                )
            )
            session.flush()
            session.add(FairAttendee(fair_id="fair", person_id=person, office_code=office))
        else:
            records = _activity_records(workspace, person, recent)[kind]
            for record in records:
                session.add(record)
                session.flush()
    assert workspace.retention.due_ids(TODAY) == []
    # Later, past the period of that activity too, the person is listed, and why.
    workspace.retention.set_period(INACTIVE, 1)
    due = workspace.retention.due(TODAY)
    assert [p.person_id for p in due] == [person]
    assert due[0].last_activity is kind
    assert due[0].last_activity_on == recent


def _workshop(session, office: str) -> str:
    from omil_desktop.store.models import Workshop

    session.add(
        Workshop(
            id="ws",
            name="Apresto",
            facilitator="Ana",
            capacity=10,
            starts_on=date(2015, 1, 1),
            ends_on=date(2015, 1, 2),
            status="abierto",
            office_code=office,
        )
    )
    session.flush()
    return "ws"


def test_workshop_attendance_and_placement_follow_up_count_as_activity(
    workspace, person_data, clock
):
    person = register(workspace, person_data, clock, date(2015, 3, 1), 9_300_001)
    office = workspace.office.comuna_code
    with workspace.db.transaction() as session:
        workshop = _workshop(session, office)
        session.add(
            WorkshopEnrollment(
                id="enr",
                workshop_id=workshop,
                person_id=person,
                status="inscrito",
                enrolled_on=date(2015, 4, 1),
                queued_at=datetime(2015, 4, 1),
                office_code=office,
            )
        )
        session.add(
            WorkshopSession(
                id="s1",
                workshop_id=workshop,
                date=date(2024, 2, 3),
                starts_at="10:00",
                ends_at="12:00",
                office_code=office,
            )
        )
        session.flush()
        session.add(
            WorkshopAttendance(
                session_id="s1", enrollment_id="enr", mark="presente", office_code=office
            )
        )
    assert workspace.retention.due_ids(TODAY) == []
    workspace.retention.set_period(INACTIVE, 2)
    [due] = workspace.retention.due(TODAY)
    assert (due.last_activity, due.last_activity_on) == (Activity.WORKSHOP, date(2024, 2, 3))


def test_a_new_office_reviews_next_year(workspace, person_data, clock):
    retention = workspace.retention
    assert not retention.review_due(TODAY)  # set up this year: nothing to review on day one
    assert retention.review_due(date(2027, 1, 2))
    # An imported history past the period waits for the first yearly review too: the reminder
    # never scans the people (the review itself lists them, off the window's thread).
    register(workspace, person_data, clock, date(2019, 3, 4), 9_000_001, first_names="Olga")
    assert retention.count_due(TODAY) == 1 and not retention.review_due(TODAY)


def test_the_yearly_review(workspace, person_data, clock):
    retention = workspace.retention
    assert retention.reviewed_on() is None
    with workspace.db.transaction() as session:
        session.execute(update(Office).values(created_at=datetime(2024, 3, 1)))
    assert retention.review_due(TODAY)
    retention.mark_reviewed(date(2026, 1, 15))
    assert retention.reviewed_on() == date(2026, 1, 15)
    assert not retention.review_due(TODAY)
    assert retention.review_due(date(2027, 1, 2))  # a new calendar year: review again


def test_apply_anonymises_the_chosen_through_the_erasure_service(workspace, person_data, clock):
    gone = register(workspace, person_data, clock, date(2016, 2, 2), 9_400_001)
    kept = register(workspace, person_data, clock, date(2016, 2, 2), 9_400_002)
    back = register(workspace, person_data, clock, date(2016, 2, 2), 9_400_003)
    assert workspace.retention.due_ids(TODAY) == [gone, kept, back]
    # The person comes back after the list was read: never anonymised.
    workspace.attentions.record(back, TODAY, ServiceKind.INFORMATION, "")
    steps: list[tuple[int, int]] = []

    result = workspace.retention.apply([gone, back], TODAY, progress=lambda *s: steps.append(s))

    assert (result.anonymised, result.skipped) == (1, 1)
    assert steps == [(1, 1)]
    with workspace.db.transaction() as session:
        people = {p.id: p for p in session.scalars(select(Person))}
    assert people[gone].anonymised_on == TODAY
    assert people[gone].rut is None and "9400001" not in people[gone].search_key
    assert people[kept].anonymised_on is None and people[kept].rut is not None
    assert people[back].anonymised_on is None
    assert workspace.retention.reviewed_on() == TODAY
    assert workspace.retention.due_ids(TODAY) == [kept]


def test_only_the_encargado_sets_periods_and_reviews(workspace, person_data, clock):
    person = register(workspace, person_data, clock, date(2016, 2, 2), 9_500_001)
    workspace.officer = Officer("luis", "Luis Soto", Role.SUPPORT)
    retention = workspace.retention
    assert retention.may_manage()  # says why not, in Spanish
    with pytest.raises(ServiceError):
        retention.set_period(INACTIVE, 3)
    with pytest.raises(ServiceError):
        retention.mark_reviewed(TODAY)
    with pytest.raises(ServiceError):
        retention.apply([person], TODAY)
    assert retention.period() == 5 and retention.reviewed_on() is None
    assert retention.due_ids(TODAY) == [person]  # the list itself is for everyone
    workspace.officer = Officer("ana", "Ana Pérez", Role.MANAGER)
    workspace.retention.set_period(INACTIVE, 3)
    assert workspace.retention.period() == 3


def test_a_deleted_atencion_is_no_activity(workspace, person_data, clock):
    """An atención recorded by mistake and deleted does not keep the person; another, kept,
    recent one does."""
    only_deleted = register(workspace, person_data, clock, date(2015, 3, 1), 9_600_001)
    one_kept = register(workspace, person_data, clock, date(2015, 3, 1), 9_600_002)
    mistake = workspace.attentions.record(only_deleted, date(2025, 5, 5), ServiceKind.OTHER, "")
    workspace.attentions.record(one_kept, date(2025, 5, 5), ServiceKind.OTHER, "")
    other_mistake = workspace.attentions.record(one_kept, date(2025, 6, 6), ServiceKind.OTHER, "")
    assert workspace.retention.due_ids(TODAY) == []
    workspace.attentions.delete(mistake)
    workspace.attentions.delete(other_mistake)
    assert workspace.retention.due_ids(TODAY) == [only_deleted]
    [due] = workspace.retention.due(TODAY)
    assert due.last_activity is Activity.REGISTERED  # the deleted atención is not its last


def test_the_yearly_review_removes_the_contact_kept_for_a_follow_up_now_past(workspace):
    """An anonymised person keeps their phone and e-mail while a placement's follow-up is open
    (services/erasure.py); the review removes them once it is a month past its date."""
    from tests.services.rights_fixtures import add_full_person

    recorded = add_full_person(workspace, follow_up_on=date(2026, 12, 1))
    workspace.erasure.anonymise(recorded.person_id, "Solicitud de la persona")
    with workspace.db.transaction() as session:
        person = session.get(Person, recorded.person_id)
        assert person is not None and person.phone != ""

    workspace.retention.mark_reviewed(date(2027, 1, 5))

    with workspace.db.transaction() as session:
        person = session.get(Person, recorded.person_id)
        assert person is not None and (person.phone, person.email) == ("", "")
