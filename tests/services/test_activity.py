"""The activity figures on a real SQLite file, every one checked against the hand count of
``activity_office.py`` (issue 11, points 4 and 8)."""

from __future__ import annotations

import itertools
import shutil
from datetime import date, datetime

import pytest
from sqlalchemy import select

from omil_desktop.domain.activity import ENDS_BEFORE_START, FairCounts, Period, SurveyCount
from omil_desktop.domain.intermediation import ContractType, counts_as_placement
from omil_desktop.domain.targets import TargetIndicator
from omil_desktop.services.activity import ActivityService, counts_as_placement_sql
from omil_desktop.services.errors import ValidationFailed
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.models import Placement, Referral
from tests.conftest import OFFICE_COMUNA, OFFICER
from tests.services.activity_office import OFFICE, TODAY, build_office, calendar
from tests.support.folders import migrated_folder

# The module's office, built once, on one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("activity")

__all__ = ["calendar"]  # fixture

YEAR = Period.year(2026)


@pytest.fixture(scope="module")
def _built_office(tmp_path_factory):
    """The hand-counted office, built once for the module (on the calendar's day); each test
    that asks for ``office`` works on its own copy of the folder."""
    folder = tmp_path_factory.mktemp("activity-office") / "data"
    days = [TODAY]

    class Calendar(date):
        @classmethod
        def today(cls):
            return days[0]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("omil_desktop.store.clock.date", Calendar)
        ws = Workspace(migrated_folder(folder))
        try:
            ws.set_up_office(OFFICE_COMUNA, OFFICER)
            built = build_office(ws)
        finally:
            ws.close()
    return folder, built


@pytest.fixture
def workspace(request, data_dir):
    """The conftest's new office (Palena, Ana Pérez); for a test that asks for ``office``, a
    copy of the hand-counted office built once for the module."""
    if "office" in request.fixturenames:
        folder, _ = request.getfixturevalue("_built_office")
        shutil.copytree(folder, data_dir)
        ws = Workspace(data_dir)
    else:
        ws = Workspace(migrated_folder(data_dir))
        ws.set_up_office(OFFICE_COMUNA, OFFICER)
    yield ws
    ws.close()


@pytest.fixture
def office(workspace, calendar, _built_office):
    """The hand-counted office's records (in ``workspace``, a copy of the one built)."""
    return _built_office[1]


@pytest.fixture
def activity(workspace):
    return ActivityService(workspace.db, workspace.territory, OFFICE)


def test_people_served_are_distinct_people_by_group(office, activity):
    now = activity.figures(YEAR).current
    assert now.people_served == 4  # Ana, served five times, counts once
    assert now.people_by_sex == (("Mujeres", 2), ("Hombres", 1), ("Otro", 0), ("Sin dato", 1))
    assert now.people_by_age == (
        ("15 a 17", 0),
        ("18 a 24", 1),  # Bruno turns 18 on the period's last day
        ("25 a 29", 0),
        ("30 a 44", 1),
        ("45 a 59", 1),
        ("60 y más", 0),
        ("Sin dato", 1),
    )
    assert now.people_by_priority == (
        ("Mujer jefa de hogar", 1),
        ("Joven 18–29", 1),
        ("Mayor de 50", 1),
        ("Migrante", 1),
        ("Pueblo originario", 1),
    )
    assert now.people_with_disability == 1


def test_atenciones_by_kind_and_registrations(office, activity):
    now = activity.figures(YEAR).current
    assert now.attentions == 12
    by_kind = dict(now.attentions_by_kind)
    assert by_kind["Información"] == 2
    assert by_kind["Orientación laboral"] == 2
    assert by_kind["Certificación seguro de cesantía (FCS)"] == 2
    assert by_kind["Inscripción BNE"] == 1
    assert by_kind["Apresto laboral"] == 3
    assert by_kind["Feria laboral"] == 2
    assert sum(by_kind.values()) == now.attentions
    assert now.fcs_certifications == 2
    assert now.bne_registrations == 2


def test_companies_vacancies_referrals_and_hires(office, activity):
    now = activity.figures(YEAR).current
    assert now.companies_contacted == 2
    assert (now.vacancies_published, now.openings_published) == (2, 5)
    assert now.referrals == 5
    assert now.hires == 5  # with the one another office referred to V2


def test_placements_under_three_months_are_left_out(office, activity):
    now = activity.figures(YEAR).current
    assert (now.placements, now.short_placements) == (3, 1)
    assert (now.follow_ups, now.still_employed) == (3, 2)


def test_workshops_and_their_people(office, activity):
    now = activity.figures(YEAR).current
    assert (now.workshops, now.workshop_enrolled, now.workshop_completed) == (2, 3, 2)


def test_job_fairs_and_satisfaction(office, activity):
    figures = activity.figures(YEAR)
    assert figures.current.fairs == FairCounts(
        fairs=1, attendees=2, companies=2, openings=5, referrals=1, hires=1, placements=1
    )
    assert figures.previous.fairs == FairCounts()
    assert figures.current.satisfaction == (
        SurveyCount("Atención", 2, 5.5),
        SurveyCount("Taller de apresto", 1, 7.0),
        SurveyCount("Colocación", 1, 4.0),
        SurveyCount("Feria laboral", 0, None),
    )
    assert figures.previous.satisfaction[0] == SurveyCount("Atención", 1, 3.0)


def test_the_same_period_a_year_before(office, activity):
    figures = activity.figures(YEAR)
    assert figures.previous_period == Period.year(2025)
    before = figures.previous
    assert (before.people_served, before.attentions) == (2, 2)
    assert dict(before.people_by_age)["30 a 44"] == 1  # Ana was 35
    assert dict(before.people_by_age)["60 y más"] == 1  # Elena, 31-12-2025 is in 2025
    assert before.bne_registrations == 1
    assert before.companies_contacted == 1
    assert (before.vacancies_published, before.openings_published) == (1, 1)
    assert (before.referrals, before.hires) == (1, 1)
    assert (before.placements, before.short_placements) == (1, 0)
    assert (before.follow_ups, before.still_employed) == (0, 0)
    assert (before.workshops, before.workshop_enrolled, before.workshop_completed) == (1, 1, 0)


def test_a_month_counts_only_its_days(office, activity):
    april = activity.figures(Period.month(2026, 4)).current
    assert april.people_served == 2  # Bruno (BNE) and Ana (the April workshop's apresto)
    assert april.attentions == 2
    assert april.workshops == 1
    assert april.companies_contacted == 1
    assert april.bne_registrations == 1


def test_no_agreement_no_costs(office, activity):
    assert activity.figures(YEAR).costs is None


def test_the_cost_of_services_is_the_renditions(office, activity, workspace):
    from tests.services.rendition_fixtures import agreement_data

    workspace.rendition.create_agreement(agreement_data())
    costs = activity.figures(YEAR).costs
    assert costs is not None
    rendition = workspace.rendition.valuation(YEAR.starts_on, YEAR.ends_on)
    assert (costs.sence_spent, costs.municipal_spent) == (
        rendition.sence_spent,
        rendition.municipal_spent,
    )
    # The rendición's spending, divided by this report's counts (one number for one thing).
    assert [c.label for c in costs.costs] == [c.label for c in rendition.costs]
    assert [c.count for c in costs.costs] == [4, 3, 3]
    assert [c.count for c in rendition.costs] == [5, 3, 4]  # deleted person, short contract
    assert [(c.sence, c.municipal) for c in costs.costs] == [
        (c.sence, c.municipal) for c in rendition.costs
    ]
    assert activity.figures(Period.year(2025)).costs is None  # the agreement is 2026's


def test_the_placement_rule_in_sql_is_the_domains(workspace, calendar, activity):
    """Every contract type and length: SQL and domain/intermediation.py agree."""
    office = build_office(workspace)
    with workspace.db.transaction() as session:
        cases = list(itertools.product(ContractType, [None, 1, 2, 3, 4, 12]))
        for kind, months in cases:
            referral = Referral(
                office_code=OFFICE,
                vacancy_id=office.vacancies["v3"],
                person_id=office.people["elena"],
                status="contratado",
                referred_on=date(2024, 4, 4),
                outcome_on=date(2024, 4, 5),
            )
            session.add(referral)
            session.flush()
            session.add(
                Placement(
                    office_code=OFFICE,
                    referral_id=referral.id,
                    person_id=office.people["elena"],
                    start_on=date(2024, 5, 5),
                    contract_type=kind.value,
                    months=months,
                    follow_up_on=date(2024, 8, 5),
                )
            )
        session.flush()
        found = {
            (p.contract_type, p.months): bool(counted)
            for p, counted in session.execute(
                select(Placement, counts_as_placement_sql()).where(
                    Placement.start_on == date(2024, 5, 5)
                )
            )
        }
    for kind, months in cases:
        assert found[(kind.value, months)] == counts_as_placement(kind, months), (kind, months)
    figures = activity.figures(Period.year(2024)).current
    expected = sum(counts_as_placement(k, m) for k, m in cases)
    assert (figures.placements, figures.short_placements) == (expected, len(cases) - expected)


@pytest.mark.parametrize(
    ("ends_on", "group"),
    [
        (date(2026, 2, 27), "15 a 17"),
        (date(2026, 2, 28), "15 a 17"),  # born 29 February: 18 on 1 March in common years
        (date(2026, 3, 1), "18 a 24"),
        (date(2028, 2, 29), "18 a 24"),
    ],
)
def test_age_on_the_last_day_counts_birthdays_like_the_domain(
    workspace, calendar, activity, person_data, ends_on, group
):
    calendar[0] = date(2028, 3, 1)
    person = workspace.people.create(person_data(birth_date=date(2008, 2, 29)))
    from omil_desktop.domain.people import ServiceKind

    served = date(ends_on.year, 2, 1)  # within the period: one of at most a year
    workspace.attentions.record(person, served, ServiceKind.INFORMATION, "")
    figures = activity.figures(Period.between(date(ends_on.year, 1, 1), ends_on)).current
    assert dict(figures.people_by_age)[group] == 1


def test_records_of_other_offices_and_deleted_ones_never_count(office, activity, workspace):
    """Another office's activity in this database (what sync leaves) is not this office's."""
    other = ActivityService(workspace.db, workspace.territory, "10402")
    now = other.figures(YEAR).current
    assert now.people_served == 0
    assert now.vacancies_published == 1  # its own shared one, never this office's
    assert now.referrals == 1  # its referral to this office's V2
    assert now.hires == 0  # the hire is in this office's vacancy
    assert activity.figures(YEAR).current.people_served == 4
    with workspace.db.transaction() as session:
        for p in session.scalars(select(Placement)):
            p.deleted_at = datetime(2026, 11, 1)
    now = activity.figures(YEAR).current
    assert (now.placements, now.short_placements, now.follow_ups) == (0, 0, 0)


def test_indicator_values_are_the_reports_counts(office, activity):
    values = activity.indicator_values(YEAR.starts_on, YEAR.ends_on)
    assert values == {
        TargetIndicator.PEOPLE_SERVED: 4,
        TargetIndicator.BNE_REGISTRATIONS: 2,
        TargetIndicator.JOB_READINESS: 2,  # Ana (twice) and Diego completed a workshop
        TargetIndicator.FCS_CERTIFICATIONS: 2,
        TargetIndicator.COMPANIES_CONTACTED: 2,
        TargetIndicator.OPENINGS_TAKEN: 5,
        TargetIndicator.PLACEMENTS: 3,
    }
    assert set(values) == set(TargetIndicator)
    to_april = activity.indicator_values(date(2026, 1, 1), date(2026, 4, 30))
    assert to_april[TargetIndicator.JOB_READINESS] == 1  # completed on 24-04: Ana
    assert to_april[TargetIndicator.PLACEMENTS] == 1
    assert to_april[TargetIndicator.PEOPLE_SERVED] == 3  # Ana, Bruno, Carla


def test_indicator_values_refuse_a_period_that_ends_before_it_starts(activity):
    with pytest.raises(ValidationFailed) as refused:
        activity.indicator_values(date(2026, 12, 31), date(2026, 1, 1))
    assert refused.value.errors == {"ends_on": ENDS_BEFORE_START}


def test_many_people_deleted_are_left_out_by_a_statement(office, activity, monkeypatch):
    """Past MAX_LISTED deleted people the statements ask the people table: the same counts."""
    listed = activity.figures(YEAR)
    monkeypatch.setattr("omil_desktop.services.activity.MAX_LISTED", 0)
    asked = activity.figures(YEAR)
    assert asked == listed
    assert asked.current.people_served == 4 and asked.current.attentions == 12
