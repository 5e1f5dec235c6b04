"""The office's targets (issue 11, point 2): typed in by the office, or set by the Dirección
Regional and received through sync (read-only here); refused for a closed year, a negative
value, a region-set target — with nothing saved half-way."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.targets import TargetIndicator, TargetSource, TargetStatus, target_id
from omil_desktop.services.errors import ValidationFailed
from omil_desktop.services.targets import REGION_SET, TargetService
from omil_desktop.store.changelog import remote_session
from omil_desktop.store.clock import utcnow
from omil_desktop.store.models import ChangeLog, Target
from tests.services.rendition_fixtures import calendar  # noqa: F401 - the PC's calendar

PALENA = "10404"
PLACEMENTS = TargetIndicator.PLACEMENTS
SERVED = TargetIndicator.PEOPLE_SERVED
BNE = TargetIndicator.BNE_REGISTRATIONS


@pytest.fixture
def targets(workspace, calendar) -> TargetService:  # noqa: F811 - 20-11-2026
    return TargetService(workspace.db, workspace.territory, PALENA)


def received_from_region(workspace, year: int, indicator: TargetIndicator, value: int) -> None:
    """A target the region set, as sync leaves it in the database (not a local change)."""
    now = utcnow()
    with workspace.db.transaction() as session:
        remote_session(session)
        session.add(
            Target(
                id=target_id(PALENA, year, indicator),
                office_code=PALENA,
                year=year,
                indicator=indicator.value,
                value=value,
                source=TargetSource.REGION.value,
                created_at=now,
                updated_at=now,
            )
        )


def changes(workspace) -> int:
    with workspace.db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def test_the_office_types_in_its_targets(workspace, targets):
    row_id = targets.set_target(2026, PLACEMENTS, 40)
    targets.set_targets(2026, {SERVED: 300, BNE: None})

    assert row_id == target_id(PALENA, 2026, PLACEMENTS)
    listed = targets.targets(2026)
    assert [(t.indicator, t.value, t.source, t.read_only) for t in listed] == [
        (SERVED, 300, TargetSource.OFFICE, False),
        (PLACEMENTS, 40, TargetSource.OFFICE, False),
    ]
    assert targets.targets(2027) == []
    assert targets.years() == [2027, 2026]
    # Corrected, then removed (a tombstone, so it syncs), then typed again: one record.
    targets.set_target(2026, PLACEMENTS, 45)
    targets.set_target(2026, PLACEMENTS, None)
    assert [t.indicator for t in targets.targets(2026)] == [SERVED]
    targets.set_target(2026, PLACEMENTS, 50)
    assert {t.indicator: t.value for t in targets.targets(2026)}[PLACEMENTS] == 50
    with workspace.db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Target)) == 2


def test_a_closed_year_is_refused(workspace, targets):
    before = changes(workspace)
    with pytest.raises(ValidationFailed) as refused:
        targets.set_target(2025, PLACEMENTS, 40)
    assert refused.value.errors == {
        "year": "El año 2025 ya terminó: sus metas no se pueden fijar ni cambiar."
    }
    assert targets.is_closed(2025) and not targets.is_closed(2026)
    assert changes(workspace) == before and targets.targets(2025) == []


def test_a_negative_value_is_refused_and_nothing_of_the_batch_is_saved(workspace, targets):
    before = changes(workspace)
    with pytest.raises(ValidationFailed) as refused:
        targets.set_targets(2026, {SERVED: 300, PLACEMENTS: -5})
    assert refused.value.errors == {"colocaciones": "La meta no puede ser negativa."}
    assert targets.targets(2026) == [] and changes(workspace) == before


def test_a_region_set_target_is_read_only(workspace, targets):
    received_from_region(workspace, 2026, PLACEMENTS, 120)
    [row] = targets.targets(2026)
    assert row.source is TargetSource.REGION and row.read_only and row.value == 120
    before = changes(workspace)

    for value in (60, None):
        with pytest.raises(ValidationFailed) as refused:
            targets.set_targets(2026, {SERVED: 300, PLACEMENTS: value})
        assert refused.value.errors == {"colocaciones": REGION_SET}
    assert changes(workspace) == before
    # Writing the same value is no change: the office's other targets go through.
    targets.set_targets(2026, {SERVED: 300, PLACEMENTS: 120})
    assert [(t.indicator, t.source) for t in targets.targets(2026)] == [
        (SERVED, TargetSource.OFFICE),
        (PLACEMENTS, TargetSource.REGION),
    ]


def test_progress_counts_what_the_activity_report_counts(workspace, person_data, targets):
    """On 20-11-2026: 3 people served this year (one of them twice) against 10, with November
    and December left; an FCS certification of 2025 counts for 2025's final result only."""
    people = [
        workspace.people.create(
            person_data(first_names=name, rut=Rut.from_body(body)), allow_likely_duplicate=True
        )
        for name, body in (("Rosa", 13_000_001), ("Pedro", 13_000_002), ("Luis", 13_000_003))
    ]
    for n, pid in enumerate(people):
        workspace.attentions.record(pid, date(2026, 3 + n, 10), ServiceKind.GUIDANCE, "")
    workspace.attentions.record(people[0], date(2026, 9, 1), ServiceKind.INFORMATION, "")
    workspace.attentions.record(people[1], date(2025, 6, 1), ServiceKind.FCS_CERTIFICATION, "")
    targets.set_targets(2026, {SERVED: 10, PLACEMENTS: 2})
    received_from_region(workspace, 2025, TargetIndicator.FCS_CERTIFICATIONS, 1)
    received_from_region(workspace, 2025, SERVED, 5)

    served, placed = targets.progress(2026)

    assert (served.indicator, served.value, served.percent) == (SERVED, 3, 30)
    assert served.pace.expected == 10 * 324 // 365  # 20 November is day 324
    assert served.status is TargetStatus.BEHIND
    assert (served.pace.missing, served.pace.months_left, served.per_month) == (7, 2, 4)
    assert (placed.value, placed.per_month, placed.status) == (0, 1, TargetStatus.BEHIND)

    served_2025, fcs = targets.progress(2025)  # gestión's indicators in their order
    assert fcs.indicator is TargetIndicator.FCS_CERTIFICATIONS
    assert fcs.pace.year_over and fcs.value == 1 and fcs.status is TargetStatus.MET
    assert served_2025.value == 1 and served_2025.status is TargetStatus.NOT_MET
    assert fcs.target.read_only

    targets.set_target(2027, PLACEMENTS, 24)
    [next_year] = targets.progress(2027)
    assert next_year.value == 0 and next_year.status is TargetStatus.NOT_STARTED
    assert next_year.per_month == 2
    assert targets.progress(2030) == []
