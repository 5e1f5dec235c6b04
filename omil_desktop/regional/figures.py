"""THE region's figures: per office and year, from what the offices synced (the ``record`` table).

Used by the region's web page, ``omil-regional report`` and the demo region. One query per kind of
record over every office of the region (never one per office), aggregated in the database through
SQLAlchemy's JSON expressions, so the same code runs on SQLite (``json_extract``) and PostgreSQL
(``->>`` over JSONB). Only the small tables (fairs, month closures, workshops) are read row by row.

Definitions — the desktop's (COMMON-11 and ``domain/targets.py``), over live records (not
tombstoned) of the office, in the year:

- people served: distinct people with an atención dated in the period;
- atenciones: atenciones dated in the period;
- placements: placements whose contract starts in the period, indefinite or of three months or
  more (``domain.intermediation.counts_as_placement``);
- BNE registrations: the office's people whose BNE registration date falls in the period;
- apresto: distinct people whose workshop enrollment was completed in the period;
- FCS certifications: atenciones of kind ``certificacion_fcs`` in the period;
- companies contacted: distinct companies with a gestión (interaction) in the period;
- vacancies taken: openings (cupos) of the vacancies published in the period;
- workshops: workshops not cancelled that start in the period; participants: distinct people
  enrolled («inscrito») in them;
- fairs: job fairs held in the period that the office owns or is listed among the organisers of;
- months closed: the year's months whose latest rendición event (``month_closure`` by ``at``) is
  a close («cierre»).

Network subtotals and region totals are sums of the offices' figures (a person served by two
offices is two people there, as each office reports them). A network's or the region's
placement percent is computed from its summed placements and summed colocación targets.
"""

from __future__ import annotations

import copy
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, cast

from sqlalchemy import ColumnElement, and_, func, literal_column, or_, select
from sqlalchemy.orm import Session

from omil_desktop.domain import dates
from omil_desktop.domain.fairs import organisers_of
from omil_desktop.domain.intermediation import PLACEMENT_MIN_MONTHS
from omil_desktop.domain.targets import TargetArea, TargetIndicator
from omil_desktop.domain.territory import Territory
from omil_desktop.regional.models import Change, Device, Office, Record, ServerInfo
from omil_desktop.regional.store import RegionalStore
from omil_desktop.store.engine import in_chunks

NO_NETWORK = "Sin Red Territorial"
"""The heading of offices that belong to no Red Territorial."""

# Target indicators (domain/targets.py), by their stored values, in the order they are shown.
PEOPLE_SERVED = TargetIndicator.PEOPLE_SERVED.value
BNE_REGISTRATIONS = TargetIndicator.BNE_REGISTRATIONS.value
APRESTO = TargetIndicator.JOB_READINESS.value
FCS_CERTIFICATIONS = TargetIndicator.FCS_CERTIFICATIONS.value
COMPANIES_CONTACTED = TargetIndicator.COMPANIES_CONTACTED.value
VACANCIES_TAKEN = TargetIndicator.OPENINGS_TAKEN.value
PLACEMENTS = TargetIndicator.PLACEMENTS.value
INDICATORS: tuple[str, ...] = tuple(indicator.value for indicator in TargetIndicator)
GESTION_INDICATORS: tuple[str, ...] = tuple(
    indicator.value for indicator in TargetIndicator if indicator.area is TargetArea.MANAGEMENT
)
"""The gestión targets; ``colocaciones`` is the colocación target."""
INDICATOR_LABELS: dict[str, str] = {
    indicator.value: indicator.label for indicator in TargetIndicator
}

_INDEFINITE = "indefinido"
_FCS = "certificacion_fcs"
_ENROLLED = "inscrito"
_CANCELLED = "cancelado"
_CLOSE = "cierre"


@dataclass(slots=True)
class Figures:
    """The counts of one office (or the sum of several) for a period."""

    people_served: int = 0
    attentions: int = 0
    placements: int = 0
    workshops: int = 0
    participants: int = 0
    fairs: int = 0
    months_closed: int = 0
    indicators: dict[str, int] = field(default_factory=lambda: dict.fromkeys(INDICATORS, 0))
    """Progress of each target indicator in the period."""
    targets: dict[str, int] = field(default_factory=dict)
    """The year's target of each indicator that has one."""
    on_target: dict[str, int] | None = None
    """In a sum of offices (a subtotal, the region's total): per indicator, the progress of
    only the offices that have a target for it — what the summed target is measured against.
    None for one office."""
    summed_gestion: tuple[int, int] | None = None
    """In a sum of offices: (gestión targets met, gestión targets set), added office by office.
    None for one office."""

    @property
    def placement_target(self) -> int | None:
        return self.targets.get(PLACEMENTS)

    def progress_against_target(self, name: str) -> int:
        """The progress of ``name`` that its target is measured against: the office's, or in a
        sum only that of the offices with a target (an office without one never inflates it)."""
        if self.on_target is None:
            return self.indicators.get(name, 0)
        return self.on_target.get(name, 0)

    @property
    def placement_percent(self) -> int | None:
        """Placements as a whole percent of the colocación target (None without a target)."""
        return percent(self.progress_against_target(PLACEMENTS), self.placement_target)

    @property
    def gestion_targets(self) -> int:
        """How many gestión targets are set (in a sum: of all its offices)."""
        if self.summed_gestion is not None:
            return self.summed_gestion[1]
        return sum(1 for name in GESTION_INDICATORS if name in self.targets)

    @property
    def gestion_met(self) -> int:
        """How many set gestión targets the progress reaches (in a sum: each office's own)."""
        if self.summed_gestion is not None:
            return self.summed_gestion[0]
        return sum(
            1
            for name in GESTION_INDICATORS
            if name in self.targets and self.indicators[name] >= self.targets[name]
        )

    def add(self, other: Figures) -> None:
        """Add ``other``'s counts and targets to these (subtotals): this becomes a sum."""
        met, set_ = self.summed_gestion or (0, 0)
        self.summed_gestion = (met + other.gestion_met, set_ + other.gestion_targets)
        reached = self.on_target if self.on_target is not None else {}
        for name in other.targets:
            reached[name] = reached.get(name, 0) + other.progress_against_target(name)
        self.on_target = reached
        self.people_served += other.people_served
        self.attentions += other.attentions
        self.placements += other.placements
        self.workshops += other.workshops
        self.participants += other.participants
        self.fairs += other.fairs
        self.months_closed += other.months_closed
        for name, value in other.indicators.items():
            self.indicators[name] = self.indicators.get(name, 0) + value
        for name, value in other.targets.items():
            self.targets[name] = self.targets.get(name, 0) + value


def percent(value: int, target: int | None) -> int | None:
    """``value`` as a whole percent of ``target`` (rounded down); None when there is no target."""
    if not target:
        return None
    return value * 100 // target


@dataclass(slots=True)
class OfficeFigures:
    cut: str
    name: str
    network: str
    last_sync_at: datetime | None
    figures: Figures


@dataclass(slots=True)
class NetworkFigures:
    name: str
    """The Red Territorial's name, or :data:`NO_NETWORK`."""
    offices: list[OfficeFigures]
    subtotal: Figures


@dataclass(slots=True)
class RegionFigures:
    region_code: str
    region_name: str
    year: int
    networks: list[NetworkFigures]
    totals: Figures

    @property
    def offices(self) -> list[OfficeFigures]:
        return [office for network in self.networks for office in network.offices]


@dataclass(frozen=True, slots=True)
class DeviceSync:
    id: str
    name: str
    last_sync_at: datetime | None
    revoked: bool


@dataclass(slots=True)
class OfficeDetail:
    office: OfficeFigures
    year: int
    months: list[Figures]
    """The office's figures for each month of the year (January first)."""
    closed_months: list[int]
    """The months (1–12) of the year whose rendición is closed."""
    devices: list[DeviceSync]


# -- the reader ------------------------------------------------------------------------------


def region_figures(
    store: RegionalStore,
    year: int,
    *,
    territory: Territory | None = None,
    cache: FiguresCache | None = None,
    today: date | None = None,
) -> RegionFigures:
    """Every office of the server's region for ``year``, by Red Territorial, with subtotals and
    the region's totals. Offices of another region (whatever rows exist) are never included.
    With ``cache``, only the offices whose records changed since are counted again; ``today``
    (the region's): fairs dated after it are planned, not held, and do not count."""
    territory = territory or Territory.default()
    with store.read() as session:
        info = session.get(ServerInfo, 1)
        region_code = info.region_code if info is not None else ""
        region_name = info.region_name if info is not None else ""
        offices = _region_offices(session, region_code, territory)
        cuts = [o.cut for o in offices]
        bounds = _year_bounds(year, today)
        if cache is None:
            by_office = _figures(session, cuts, bounds, monthly=False)
        else:
            by_office = cache.figures(session, cuts, bounds, monthly=False)
        last_sync = _last_sync(session, cuts)
    grouped: dict[str, list[OfficeFigures]] = defaultdict(list)
    for office in offices:
        figures = by_office.get((office.cut, 0)) or Figures()
        grouped[office.network].append(
            OfficeFigures(
                office.cut, office.name, office.network, last_sync.get(office.cut), figures
            )
        )
    networks = []
    totals = Figures()
    for name in sorted(grouped, key=lambda n: (n == "", n.casefold())):
        subtotal = Figures()
        for member in grouped[name]:
            subtotal.add(member.figures)
        totals.add(subtotal)
        networks.append(NetworkFigures(name or NO_NETWORK, grouped[name], subtotal))
    return RegionFigures(region_code, region_name, year, networks, totals)


def office_detail(
    store: RegionalStore,
    cut: str,
    year: int,
    *,
    territory: Territory | None = None,
    cache: FiguresCache | None = None,
    today: date | None = None,
) -> OfficeDetail | None:
    """An office's figures for ``year`` and for each of its months, its closed months and its
    devices' last sync; None when ``cut`` is no office of the server's region."""
    territory = territory or Territory.default()
    with store.read() as session:
        info = session.get(ServerInfo, 1)
        region_code = info.region_code if info is not None else ""
        offices = [o for o in _region_offices(session, region_code, territory) if o.cut == cut]
        if not offices:
            return None
        office = offices[0]
        bounds = _year_bounds(year, today)
        count = _figures if cache is None else cache.figures
        whole = count(session, [cut], bounds, monthly=False).get((cut, 0)) or Figures()
        by_month = count(session, [cut], bounds, monthly=True)
        closed = sorted(_closed_months(session, [cut], year).get(cut, set()))
        devices = [
            DeviceSync(d.id, d.name, d.last_sync_at, d.revoked_at is not None)
            for d in session.scalars(
                select(Device).where(Device.office == cut).order_by(Device.enrolled_at, Device.id)
            )
        ]
        last = _last_sync(session, [cut]).get(cut)
    months = []
    for month in range(1, 13):
        figures = by_month.get((cut, month)) or Figures()
        figures.targets = {}
        months.append(figures)
    return OfficeDetail(
        OfficeFigures(office.cut, office.name, office.network, last, whole),
        year,
        months,
        closed,
        devices,
    )


def years_with_data(
    store: RegionalStore, *, around: int, cache: FiguresCache | None = None
) -> list[int]:
    """The years a page may choose: those of the offices' atenciones and targets, and
    ``around`` (this year), newest first. With ``cache``, read again only after a change."""
    with store.read() as session:
        if cache is None:
            found = _data_years(session)
        else:
            info = session.get(ServerInfo, 1)
            found = cache.years(session, info.last_seq if info is not None else 0)
    return sorted((y for y in found | {around} if 2000 <= y <= 2100), reverse=True)


def _data_years(session: Session) -> set[int]:
    year_of = _substr(_text(Record, "date"), 1, 4)
    found = session.execute(
        select(year_of)
        .where(Record.table_name == "attention", Record.deleted.is_(False))
        .group_by(year_of)
    ).all()
    target_year = _int(Record, "year")
    target_years = session.execute(
        select(target_year)
        .where(Record.table_name == "target", Record.deleted.is_(False))
        .group_by(target_year)
    ).all()
    years = {int(text) for (text,) in found if isinstance(text, str) and text.isdigit()}
    years.update(int(y) for (y,) in target_years if y is not None)
    return years


class FiguresCache:
    """The offices' figures as last counted, per office, year and month, kept in the server's
    memory and counted again only for an office whose records changed since: each entry
    remembers the office's latest change (its highest ``change.seq``, read through the
    ``(office_code, seq)`` index, a few index lookups for the whole region). A sync never
    waits for it: the page that finds an office changed counts that office again.

    Fairs are not kept: a fair of one office counts for every office organising it, so they are
    counted at each reading (a few rows)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, int, bool], tuple[int, dict[int, Figures]]] = {}
        self._years: tuple[int, set[int]] | None = None

    def years(self, session: Session, last_seq: int) -> set[int]:
        """The years with data, read again only when the server accepted a change since
        (``last_seq``, the highest sequence number assigned)."""
        with self._lock:
            if self._years is not None and self._years[0] == last_seq:
                return set(self._years[1])
        found = _data_years(session)
        with self._lock:
            self._years = (last_seq, found)
        return set(found)

    def figures(
        self, session: Session, cuts: Sequence[str], bounds: _Bounds, *, monthly: bool
    ) -> dict[Key, Figures]:
        """As :func:`_figures`, from the entries still current, counting the others again."""
        versions = _office_versions(session, cuts)
        found: dict[Key, Figures] = {}
        stale: list[str] = []
        with self._lock:
            for cut in cuts:
                entry = self._entries.get((cut, bounds.year, monthly))
                if entry is None or entry[0] != versions.get(cut, 0):
                    stale.append(cut)
                    continue
                for month, figures in entry[1].items():
                    found[(cut, month)] = copy.deepcopy(figures)
        if stale:
            fresh = _figures(session, stale, bounds, monthly=monthly, fairs=False)
            by_office: dict[str, dict[int, Figures]] = {cut: {} for cut in stale}
            for (cut, month), figures in fresh.items():
                by_office[cut][month] = figures
                found[(cut, month)] = copy.deepcopy(figures)
            with self._lock:
                for cut in stale:
                    self._entries[(cut, bounds.year, monthly)] = (
                        versions.get(cut, 0),
                        by_office[cut],
                    )
        result: dict[Key, Figures] = defaultdict(Figures, found)
        _add_fairs(session, cuts, bounds, result, monthly=monthly)
        return dict(result)


def _office_versions(session: Session, cuts: Sequence[str]) -> dict[str, int]:
    """Each office's latest accepted change (0 when none)."""
    latest = (
        select(func.max(Change.seq))
        .where(Change.office_code == Office.cut)
        .correlate(Office)
        .scalar_subquery()
    )
    found: dict[str, int] = {}
    for chunk in in_chunks(cuts):
        rows = session.execute(select(Office.cut, latest).where(Office.cut.in_(chunk)))
        found.update({cut: int(seq or 0) for cut, seq in rows})
    return found


# -- the queries -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Bounds:
    year: int
    first: str
    last: str
    fairs_until: str
    """The last day a fair counts: the year's, or today's when the year is not over (a fair
    planned ahead is not one held, as the desktop's report counts them)."""


def _year_bounds(year: int, today: date | None = None) -> _Bounds:
    last = date(year, 12, 31)
    until = min(last, today) if today is not None else last
    return _Bounds(year, date(year, 1, 1).isoformat(), last.isoformat(), until.isoformat())


def _region_offices(session: Session, region_code: str, territory: Territory) -> list[Office]:
    """The registered offices whose comuna is of ``region_code``, by CUT."""
    found = []
    for office in session.scalars(select(Office).order_by(Office.cut)):
        comuna = territory.find_comuna(office.cut)
        office_region = comuna.region_code if comuna is not None else office.cut[:2]
        if region_code and office_region == region_code:
            found.append(office)
    return found


def _last_sync(session: Session, cuts: Sequence[str]) -> dict[str, datetime]:
    found: dict[str, datetime] = {}
    for chunk in in_chunks(cuts):
        rows = session.execute(
            select(Device.office, func.max(Device.last_sync_at))
            .where(Device.office.in_(chunk))
            .group_by(Device.office)
        )
        found.update({office: last for office, last in rows if last is not None})
    return found


def _text(model: type[Record], name: str) -> ColumnElement[str]:
    """The JSON field ``name`` as text (``json_extract`` / ``->>``)."""
    return cast("ColumnElement[str]", model.fields[name].as_string())


def _int(model: type[Record], name: str) -> ColumnElement[int]:
    return cast("ColumnElement[int]", model.fields[name].as_integer())


def _substr(text: ColumnElement[str], start: int, length: int) -> ColumnElement[str]:
    """Part of a text; the positions are written into the SQL (not bound), so PostgreSQL sees
    the same expression in SELECT and GROUP BY."""
    return func.substr(text, literal_column(str(start)), literal_column(str(length)))


def _live(table: str, cuts: Sequence[str]) -> ColumnElement[bool]:
    return and_(Record.table_name == table, Record.deleted.is_(False), Record.office_code.in_(cuts))


Key = tuple[str, int]
"""(office CUT, month 1–12, or 0 for the whole period)."""


def _month_of(day: ColumnElement[str]) -> ColumnElement[str]:
    return _substr(day, 6, 2)


def _grouped(
    session: Session,
    table: str,
    day_field: str,
    cuts: Sequence[str],
    bounds: _Bounds,
    columns: Sequence[ColumnElement[Any]],
    *,
    monthly: bool,
    where: Iterable[ColumnElement[bool]] = (),
) -> dict[Key, tuple[Any, ...]]:
    """``columns`` aggregated over ``table``'s live records whose ``day_field`` is in the
    period, per office (and month)."""
    day = _text(Record, day_field)
    keys: list[ColumnElement[Any]] = [Record.office_code.expression]
    if monthly:
        keys.append(_month_of(day))
    found: dict[Key, tuple[Any, ...]] = {}
    for chunk in in_chunks(cuts):
        query = (
            select(*keys, *columns)
            .where(_live(table, chunk), day >= bounds.first, day <= bounds.last, *where)
            .group_by(*keys)
        )
        for row in session.execute(query):
            if monthly:
                key = (row[0], int(row[1]))
                values = tuple(row[2:])
            else:
                key = (row[0], 0)
                values = tuple(row[1:])
            found[key] = values
    return found


def _figures(
    session: Session,
    cuts: Sequence[str],
    bounds: _Bounds,
    *,
    monthly: bool,
    fairs: bool = True,
) -> dict[Key, Figures]:
    """The figures of each office of ``cuts`` (and month, when ``monthly``) in the period;
    ``fairs=False`` leaves the fairs out (another office's fair may count for these)."""
    result: dict[Key, Figures] = defaultdict(Figures)

    attention_kind = _text(Record, "kind")
    for key, (people, attentions, fcs) in _grouped(
        session,
        "attention",
        "date",
        cuts,
        bounds,
        [
            func.count(func.distinct(_text(Record, "person_id"))),
            func.count(),
            func.count().filter(attention_kind == _FCS),
        ],
        monthly=monthly,
    ).items():
        figures = result[key]
        figures.people_served = figures.indicators[PEOPLE_SERVED] = int(people)
        figures.attentions = int(attentions)
        figures.indicators[FCS_CERTIFICATIONS] = int(fcs)

    counts = or_(
        _text(Record, "contract_type") == _INDEFINITE,
        _int(Record, "months") >= PLACEMENT_MIN_MONTHS,
    )
    for key, (placements,) in _grouped(
        session, "placement", "start_on", cuts, bounds, [func.count()], monthly=monthly,
        where=[counts],
    ).items():  # fmt: skip
        result[key].placements = result[key].indicators[PLACEMENTS] = int(placements)

    for key, (registrations,) in _grouped(
        session, "person", "bne_registered_on", cuts, bounds, [func.count()], monthly=monthly
    ).items():
        result[key].indicators[BNE_REGISTRATIONS] = int(registrations)

    for key, (apresto,) in _grouped(
        session,
        "workshop_enrollment",
        "completed_on",
        cuts,
        bounds,
        [func.count(func.distinct(_text(Record, "person_id")))],
        monthly=monthly,
    ).items():
        result[key].indicators[APRESTO] = int(apresto)

    for key, (companies,) in _grouped(
        session,
        "company_interaction",
        "date",
        cuts,
        bounds,
        [func.count(func.distinct(_text(Record, "company_id")))],
        monthly=monthly,
    ).items():
        result[key].indicators[COMPANIES_CONTACTED] = int(companies)

    for key, (openings,) in _grouped(
        session,
        "vacancy",
        "published_on",
        cuts,
        bounds,
        [func.coalesce(func.sum(_int(Record, "openings")), 0)],
        monthly=monthly,
    ).items():
        result[key].indicators[VACANCIES_TAKEN] = int(openings)

    _add_workshops(session, cuts, bounds, result, monthly=monthly)
    if fairs:
        _add_fairs(session, cuts, bounds, result, monthly=monthly)
    if not monthly:
        for cut, months in _closed_months(session, cuts, bounds.year).items():
            result[(cut, 0)].months_closed = len(months)
        for cut, targets in _targets(session, cuts, bounds.year).items():
            result[(cut, 0)].targets = targets
    return dict(result)


def _add_workshops(
    session: Session, cuts: Sequence[str], bounds: _Bounds, result: dict[Key, Figures], *,
    monthly: bool,
) -> None:  # fmt: skip
    """Workshops not cancelled starting in the period, and the distinct people enrolled in
    them (per office, or per office and the workshop's starting month)."""
    starts = _text(Record, "starts_on")
    workshop_key: dict[str, Key] = {}
    for chunk in in_chunks(cuts):
        rows = session.execute(
            select(Record.row_id, Record.office_code, starts).where(
                _live("workshop", chunk),
                starts >= bounds.first,
                starts <= bounds.last,
                _text(Record, "status") != _CANCELLED,
            )
        )
        for row_id, office, starts_on in rows:
            key = (office, int(starts_on[5:7]) if monthly else 0)
            workshop_key[row_id] = key
            result[key].workshops += 1
    if not workshop_key:
        return
    people: dict[Key, set[str]] = defaultdict(set)
    workshop_id = _text(Record, "workshop_id")
    for chunk in in_chunks(sorted(workshop_key)):
        enrolled = session.execute(
            select(workshop_id, _text(Record, "person_id")).where(
                Record.table_name == "workshop_enrollment",
                Record.deleted.is_(False),
                Record.office_code.in_(cuts),
                workshop_id.in_(chunk),
                _text(Record, "status") == _ENROLLED,
            )
        )
        for workshop, person in enrolled:
            people[workshop_key[workshop]].add(person)
    for key, persons in people.items():
        result[key].participants = len(persons)


def organiser_codes(owner: str, organisers: object) -> set[str]:
    """The offices a fair counts for: its owner and every CUT listed in ``organisers``."""
    codes = {owner}
    if isinstance(organisers, str):
        codes.update(organisers_of(organisers))
    return codes


def _add_fairs(
    session: Session, cuts: Sequence[str], bounds: _Bounds, result: dict[Key, Figures], *,
    monthly: bool,
) -> None:  # fmt: skip
    """Fairs held in the period (up to today), counted for the owner and for every organising
    office."""
    wanted = set(cuts)
    held = _text(Record, "held_on")
    rows = session.execute(
        select(Record.office_code, held, Record.fields["organisers"]).where(
            Record.table_name == "job_fair",
            Record.deleted.is_(False),
            held >= bounds.first,
            held <= bounds.fairs_until,
        )
    )
    for owner, held_on, organisers in rows:
        for cut in organiser_codes(owner, organisers) & wanted:
            result[(cut, int(held_on[5:7]) if monthly else 0)].fairs += 1


def _closed_months(session: Session, cuts: Sequence[str], year: int) -> dict[str, set[int]]:
    """Per office, the months of ``year`` whose latest close-or-reopen is a close."""
    month = _text(Record, "month")
    latest: dict[tuple[str, str], tuple[str, str, str]] = {}
    for chunk in in_chunks(cuts):
        rows = session.execute(
            select(
                Record.office_code, Record.row_id, month, _text(Record, "at"),
                _text(Record, "action"),
            ).where(_live("month_closure", chunk), month.startswith(f"{year:04d}-"))
        )  # fmt: skip
        for office, row_id, month_text, at, action in rows:
            key = (office, month_text)
            if key not in latest or (at, row_id) > (latest[key][0], latest[key][1]):
                latest[key] = (at, row_id, action)
    closed: dict[str, set[int]] = defaultdict(set)
    for (office, month_text), (_at, _row, action) in latest.items():
        if action == _CLOSE:
            closed[office].add(int(month_text[5:7]))
    return dict(closed)


def _targets(session: Session, cuts: Sequence[str], year: int) -> dict[str, dict[str, int]]:
    """Per office, the value of each target indicator set for ``year``."""
    found: dict[str, dict[str, int]] = defaultdict(dict)
    for chunk in in_chunks(cuts):
        rows = session.execute(
            select(Record.office_code, _text(Record, "indicator"), _int(Record, "value")).where(
                _live("target", chunk), _int(Record, "year") == year
            )
        )
        for office, indicator, value in rows:
            if indicator in INDICATORS and value is not None:
                found[office][indicator] = int(value)
    return dict(found)


# -- the overview as a table (CSV and Excel downloads, ``omil-regional report``) ---------------

MONTH_NAMES = tuple(name.capitalize() for name in dates.MONTH_NAMES)
"""The months as a table's row headings name them («Enero»), from the domain's one list."""

OVERVIEW_HEADER: tuple[str, ...] = (
    "Red Territorial",
    "Código comuna",
    "Oficina",
    "Última sincronización",
    "Personas atendidas",
    "Atenciones",
    "Colocaciones",
    "Meta de colocación",
    "% de la meta de colocación",
    "Metas de gestión fijadas",
    "Metas de gestión alcanzadas",
    *(
        f"{label}: {what}"
        for name in GESTION_INDICATORS
        for label in (INDICATOR_LABELS[name],)
        for what in ("meta", "avance")
    ),
    "Talleres",
    "Participantes en talleres",
    "Ferias laborales",
    "Meses de rendición cerrados",
)
"""The columns of the overview's download, one row per office, network subtotal and total."""


def _row(network: str, cut: str, office: str, last_sync: datetime | None, f: Figures) -> list[Any]:
    gestion: list[Any] = []
    for name in GESTION_INDICATORS:
        gestion += [f.targets.get(name), f.indicators[name]]
    return [
        network,
        cut,
        office,
        last_sync,
        f.people_served,
        f.attentions,
        f.placements,
        f.placement_target,
        f.placement_percent,
        f.gestion_targets,
        f.gestion_met,
        *gestion,
        f.workshops,
        f.participants,
        f.fairs,
        f.months_closed,
    ]


def overview_rows(
    region: RegionFigures, *, local_time: Callable[[datetime], datetime] | None = None
) -> list[list[Any]]:
    """The overview's rows under :data:`OVERVIEW_HEADER`: each office, its network's subtotal,
    then the region's total. A missing target or percent is None (an empty cell);
    ``local_time`` turns the stored UTC moments into the region's time."""

    def shown(moment: datetime | None) -> datetime | None:
        if moment is None or local_time is None:
            return moment
        return local_time(moment)

    rows: list[list[Any]] = []
    for network in region.networks:
        for office in network.offices:
            rows.append(
                _row(network.name, office.cut, office.name, shown(office.last_sync_at),
                     office.figures)
            )  # fmt: skip
        rows.append(_row(network.name, "", f"Subtotal {network.name}", None, network.subtotal))
    rows.append(_row("", "", f"Total región de {region.region_name}", None, region.totals))
    return rows


def write_overview_xlsx(
    region: RegionFigures,
    target: Path | IO[bytes],
    *,
    local_time: Callable[[datetime], datetime] | None = None,
) -> None:
    """The overview as an .xlsx sheet (THE writer, :mod:`omil_desktop.xlsx`)."""
    from omil_desktop.xlsx import write_sheet

    write_sheet(
        target,
        f"Región {region.year}",
        list(OVERVIEW_HEADER),
        overview_rows(region, local_time=local_time),
        formats={3: "DD-MM-YYYY HH:MM"},
        widths={0: 18, 2: 22, 3: 18},
    )
