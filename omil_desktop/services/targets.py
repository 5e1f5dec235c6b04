"""Metas: the office's targets of a year, one per indicator, and how far the year has gone.

A target is set by the Dirección Regional (received through sync, ``source = region``: read-only
here) or typed in by the office (``source = oficina``). Its id is
:func:`omil_desktop.domain.targets.target_id` of the office, year and indicator, so the same
target typed on two PCs, or set by the region, is one record. A closed year (before this one)
keeps its targets as they were.

Progress counts through :class:`omil_desktop.services.activity.ActivityService`, the one place
where each figure is defined (the municipal report counts the same way).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from omil_desktop.domain.targets import (
    TargetArea,
    TargetIndicator,
    TargetSource,
    TargetStatus,
    YearPace,
    check_target_value,
    check_target_year,
    target_id,
    year_pace,
)
from omil_desktop.domain.territory import Territory
from omil_desktop.services.activity import ActivityService
from omil_desktop.services.errors import ValidationFailed
from omil_desktop.store.clock import today, utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.models import Target

REGION_SET = "Esta meta la fijó la Dirección Regional: la oficina no la cambia."


@dataclass(frozen=True)
class TargetRow:
    """One target of a year as stored."""

    id: str
    year: int
    indicator: TargetIndicator
    value: int
    source: TargetSource

    @property
    def area(self) -> TargetArea:
        return self.indicator.area

    @property
    def read_only(self) -> bool:
        """Set by the Dirección Regional: shown, never edited by the office."""
        return self.source is TargetSource.REGION


@dataclass(frozen=True)
class TargetProgress:
    """A target and where the office stands on it (see :class:`YearPace`)."""

    target: TargetRow
    pace: YearPace

    @property
    def indicator(self) -> TargetIndicator:
        return self.target.indicator

    @property
    def value(self) -> int:
        """The value to date (the whole year's once the year is over)."""
        return self.pace.value

    @property
    def percent(self) -> int:
        return self.pace.percent

    @property
    def per_month(self) -> int:
        """What the office must still reach each remaining month (0 when met)."""
        return self.pace.per_month

    @property
    def status(self) -> TargetStatus:
        return self.pace.status


_ORDER = {indicator: n for n, indicator in enumerate(TargetIndicator)}


def _row(target: Target) -> TargetRow:
    return TargetRow(
        id=target.id,
        year=target.year,
        indicator=TargetIndicator(target.indicator),
        value=target.value,
        source=TargetSource(target.source),
    )


class TargetService:
    def __init__(self, db: Database, territory: Territory, office_code: str) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code

    # -- reading --------------------------------------------------------------------------------

    def targets(self, year: int) -> list[TargetRow]:
        """The year's targets, gestión first, in the indicators' order."""
        with self._db.transaction() as session:
            return self._targets(session, year)

    def years(self) -> list[int]:
        """The years the office has targets for, with this year and the next, newest first."""
        stmt = (
            select(Target.year)
            .where(Target.office_code == self._office_code, Target.deleted_at.is_(None))
            .distinct()
        )
        now = today().year
        with self._db.transaction() as session:
            found = set(session.scalars(stmt))
        return sorted(found | {now, now + 1}, reverse=True)

    def is_closed(self, year: int) -> bool:
        """A year before this one: its targets stay as they were."""
        return year < today().year

    def progress(self, year: int) -> list[TargetProgress]:
        """Each target of the year with the value to date, its percent, the point expected by
        today and the pace needed per remaining month (the final result once the year is
        over; nothing counted yet for a year still to come)."""
        rows = self.targets(year)
        if not rows:
            return []
        day = today()
        values: Mapping[TargetIndicator, int] = {}
        if year <= day.year:
            ends_on = date(year, 12, 31) if year < day.year else day
            activity = ActivityService(self._db, self._territory, self._office_code)
            values = activity.indicator_values(date(year, 1, 1), ends_on)
        return [
            TargetProgress(row, year_pace(row.value, values.get(row.indicator, 0), year, day))
            for row in rows
        ]

    # -- writing --------------------------------------------------------------------------------

    def set_target(self, year: int, indicator: TargetIndicator, value: int | None) -> str:
        """Type in the office's target of ``indicator`` for ``year`` (None removes it); returns
        the target's id. Refused (ValidationFailed): a closed year, a negative value, a target
        the Dirección Regional set."""
        self.set_targets(year, {indicator: value})
        return target_id(self._office_code, year, indicator)

    def set_targets(self, year: int, values: Mapping[TargetIndicator, int | None]) -> None:
        """Write several of the year's targets at once: all or none. Errors are keyed ``year``
        and by the indicator's value (the field of each target in «Editar metas»)."""
        errors: dict[str, str] = {}
        year_problem = check_target_year(year, today())
        if year_problem:
            errors["year"] = year_problem
        for indicator, value in values.items():
            if value is not None:
                problem = check_target_value(value)
                if problem:
                    errors[indicator.value] = problem
        with self._db.transaction() as session:
            stored = {
                TargetIndicator(t.indicator): t
                for t in session.scalars(
                    select(Target).where(
                        Target.office_code == self._office_code, Target.year == year
                    )
                )
            }
            for indicator, value in values.items():
                found = stored.get(indicator)
                live = found is not None and found.deleted_at is None
                if (
                    live
                    and found is not None
                    and found.source == TargetSource.REGION.value
                    and value != found.value
                ):
                    errors[indicator.value] = REGION_SET
            if errors:
                raise ValidationFailed(errors)
            now = utcnow()
            for indicator, value in values.items():
                found = stored.get(indicator)
                if value is None:
                    if found is not None and found.deleted_at is None:
                        found.deleted_at = now
                    continue
                if found is None:
                    session.add(
                        Target(
                            id=target_id(self._office_code, year, indicator),
                            office_code=self._office_code,
                            year=year,
                            indicator=indicator.value,
                            value=value,
                            source=TargetSource.OFFICE.value,
                        )
                    )
                    continue
                if found.source == TargetSource.REGION.value and found.deleted_at is None:
                    continue  # unchanged (checked above)
                if found.deleted_at is not None:
                    found.deleted_at = None
                if found.value != value:
                    found.value = value
                if found.source != TargetSource.OFFICE.value:
                    found.source = TargetSource.OFFICE.value

    # -- inside ---------------------------------------------------------------------------------

    def _targets(self, session: Session, year: int) -> list[TargetRow]:
        stmt = select(Target).where(
            Target.office_code == self._office_code,
            Target.year == year,
            Target.deleted_at.is_(None),
        )
        rows = []
        for target in session.scalars(stmt):
            try:
                rows.append(_row(target))
            except ValueError:  # an indicator of a newer version: not this program's to show
                continue
        return sorted(rows, key=lambda r: (list(TargetArea).index(r.area), _ORDER[r.indicator]))
