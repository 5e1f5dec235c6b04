"""The municipal activity report (informe de actividad): its period, its figures and their words.

Pure Python. :class:`Period` is a month, a quarter, a year or any span of dates, with the same
period of the year before for the comparison. :class:`ActivityCounts` holds every figure of one
period; :data:`LABELS` is the one place where each figure is named (the PDF, the Excel export and
the window all read it); :func:`sections` lays the figures of a period beside those of the year
before, in the report's order. What each figure counts is defined once, in
``services/activity.py``.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from omil_desktop.domain.dates import MONTH_NAMES, format_date
from omil_desktop.domain.intermediation import PLACEMENT_MIN_MONTHS, add_months
from omil_desktop.domain.rendition import Valuation
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate
from omil_desktop.domain.workshops import AGE_GROUPS, UNKNOWN_AGE

FIRST_YEAR = 2000
LAST_YEAR = 2100
"""The years a period may fall in (as the rendición's months)."""

ENDS_BEFORE_START = (
    "El período termina antes de empezar: «hasta» debe ser igual o posterior a «desde»."
)
"""The one message for a period that ends before it starts (window, CLI and service)."""
LONGER_THAN_A_YEAR = (
    "El período no puede pasar de un año: el informe lo compara con el mismo período del año "
    "anterior."
)
"""The message for a period of more than a year (it would overlap its own comparison)."""

QUARTER_NAMES = ("primer", "segundo", "tercer", "cuarto")


class PeriodKind(StrEnum):
    """How the officer chose the period (it only changes how the period is named)."""

    MONTH = "mes"
    QUARTER = "trimestre"
    YEAR = "anio"
    BETWEEN = "fechas"

    @property
    def label(self) -> str:
        return {
            "mes": translate("domain.activity", "Mes"),
            "trimestre": translate("domain.activity", "Trimestre"),
            "anio": translate("domain.activity", "Año"),
            "fechas": translate("domain.activity", "Entre fechas"),
        }[self.value]


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(
            translate(
                "domain.activity",
                "El año {year} está fuera de rango: va de {FIRST_YEAR} a {LAST_YEAR}.",
            ).format(year=year, FIRST_YEAR=FIRST_YEAR, LAST_YEAR=LAST_YEAR)
        )


def _one_year_before(day: date) -> date:
    """The same day a year before; 29 February becomes 28 February."""
    return add_months(day, -12)


@dataclass(frozen=True)
class Period:
    """The days a report covers, both included. Made with :meth:`month`, :meth:`quarter`,
    :meth:`year` or :meth:`between` (which raises ValueError, in Spanish, for a period that ends
    before it starts)."""

    starts_on: date
    ends_on: date
    kind: PeriodKind = PeriodKind.BETWEEN

    def __post_init__(self) -> None:
        if self.ends_on < self.starts_on:
            raise ValueError(ENDS_BEFORE_START)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        _check_year(year)
        if not 1 <= month <= 12:
            raise ValueError(translate("domain.activity", "El mes va de 1 a 12."))
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), PeriodKind.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        _check_year(year)
        if not 1 <= quarter <= 4:
            raise ValueError(translate("domain.activity", "El trimestre va de 1 a 4."))
        first, last = 3 * quarter - 2, 3 * quarter
        end = date(year, last, calendar.monthrange(year, last)[1])
        return cls(date(year, first, 1), end, PeriodKind.QUARTER)

    @classmethod
    def year(cls, year: int) -> Period:
        _check_year(year)
        return cls(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR)

    @classmethod
    def between(cls, starts_on: date, ends_on: date) -> Period:
        """Any span of days; a whole calendar year, quarter or month is named as such."""
        if ends_on < starts_on:
            raise ValueError(ENDS_BEFORE_START)
        _check_year(starts_on.year)
        _check_year(ends_on.year)
        if _one_year_before(ends_on) >= starts_on:
            raise ValueError(LONGER_THAN_A_YEAR)
        y = starts_on.year
        wholes = (
            cls.year(y),
            cls.quarter(y, (starts_on.month + 2) // 3),
            cls.month(y, starts_on.month),
        )
        for whole in wholes:
            if (whole.starts_on, whole.ends_on) == (starts_on, ends_on):
                return whole
        return cls(starts_on, ends_on, PeriodKind.BETWEEN)

    @property
    def label(self) -> str:
        """``noviembre de 2026``, ``primer trimestre de 2026``, ``año 2026``,
        ``15-03-2026 al 30-06-2026``."""
        if self.kind is PeriodKind.MONTH:
            return f"{MONTH_NAMES[self.starts_on.month - 1]} de {self.starts_on.year}"
        if self.kind is PeriodKind.QUARTER:
            quarter = (self.starts_on.month + 2) // 3
            return translate("domain.activity", "{value} trimestre de {year}").format(
                value=QUARTER_NAMES[quarter - 1], year=self.starts_on.year
            )
        if self.kind is PeriodKind.YEAR:
            return translate("domain.activity", "año {year}").format(year=self.starts_on.year)
        return f"{format_date(self.starts_on)} al {format_date(self.ends_on)}"

    @property
    def dates(self) -> str:
        """``01-01-2026 al 31-12-2026``."""
        return f"{format_date(self.starts_on)} al {format_date(self.ends_on)}"

    def previous_year(self) -> Period:
        """The same period a year before (the comparison's)."""
        if self.kind is PeriodKind.BETWEEN:
            return Period(_one_year_before(self.starts_on), _one_year_before(self.ends_on))
        # A whole month, quarter or year: the same one (the year before 2000 too).
        y, last_month = self.ends_on.year - 1, self.ends_on.month
        end = date(y, last_month, calendar.monthrange(y, last_month)[1])
        return Period(self.starts_on.replace(year=y), end, self.kind)


# -- people's groups -----------------------------------------------------------------------------


def birth_date_at_age(age: int, on: date) -> date:
    """A birth date of someone exactly ``age`` years old on ``on`` (to ask the age rules of
    ``domain/people.py`` and ``domain/workshops.py`` about an age counted in SQL)."""
    return add_months(on, -12 * age)


AGE_LABELS: tuple[str, ...] = (*(label for label, _, _ in AGE_GROUPS), UNKNOWN_AGE)
"""The report's age groups, in order (``domain/workshops.AGE_GROUPS``, then «Sin dato»)."""


# -- the figures ---------------------------------------------------------------------------------

Breakdown = tuple[tuple[str, int], ...]
"""(label, count) rows, in the report's order."""


@dataclass(frozen=True)
class FairCounts:
    """Job fairs and mass recruitments held in a period."""

    fairs: int = 0
    attendees: int = 0
    """Distinct people who attended."""
    companies: int = 0
    openings: int = 0
    """Cupos the companies brought."""
    referrals: int = 0
    hires: int = 0
    """Of those referrals, the hires recorded (a placement, of any length)."""
    placements: int = 0
    """Of those hires, the ones that count as colocación (3 months or more, or indefinite)."""


@dataclass(frozen=True)
class SurveyCount:
    """The satisfaction surveys of one service in a period."""

    service: str
    """The service's label (``SurveyService.label``)."""
    answers: int
    average: float | None
    """Mean score 1–7; None when nobody answered."""


@dataclass(frozen=True)
class ActivityCounts:
    """Every figure of the activity report for one period."""

    people_served: int = 0
    people_by_sex: Breakdown = ()
    people_by_age: Breakdown = ()
    people_by_priority: Breakdown = ()
    people_with_disability: int = 0
    attentions: int = 0
    attentions_by_kind: Breakdown = ()
    bne_registrations: int = 0
    fcs_certifications: int = 0
    companies_contacted: int = 0
    vacancies_published: int = 0
    openings_published: int = 0
    hires: int = 0
    referrals: int = 0
    placements: int = 0
    short_placements: int = 0
    follow_ups: int = 0
    still_employed: int = 0
    workshops: int = 0
    workshop_enrolled: int = 0
    workshop_completed: int = 0
    fairs: FairCounts = FairCounts()
    satisfaction: tuple[SurveyCount, ...] = ()


LABELS: Mapping[str, str] = Labels(
    "domain.activity",
    {
        "people_served": QT_TRANSLATE_NOOP("domain.activity", "Personas atendidas"),
        "people_by_sex": QT_TRANSLATE_NOOP("domain.activity", "Personas atendidas por sexo"),
        "people_by_age": QT_TRANSLATE_NOOP(
            "domain.activity", "Personas atendidas por tramo de edad"
        ),
        "people_by_priority": QT_TRANSLATE_NOOP(
            "domain.activity", "Personas atendidas por grupo prioritario"
        ),
        "people_with_disability": QT_TRANSLATE_NOOP(
            "domain.activity", "Personas con discapacidad atendidas"
        ),
        "attentions": QT_TRANSLATE_NOOP("domain.activity", "Atenciones"),
        "attentions_by_kind": QT_TRANSLATE_NOOP("domain.activity", "Atenciones por tipo"),
        "bne_registrations": QT_TRANSLATE_NOOP("domain.activity", "Inscripciones en la BNE"),
        "fcs_certifications": QT_TRANSLATE_NOOP(
            "domain.activity", "Certificaciones del seguro de cesantía (FCS)"
        ),
        "companies_contacted": QT_TRANSLATE_NOOP("domain.activity", "Empresas contactadas"),
        "vacancies_published": QT_TRANSLATE_NOOP("domain.activity", "Ofertas captadas"),
        "openings_published": QT_TRANSLATE_NOOP("domain.activity", "Cupos captados"),
        "hires": QT_TRANSLATE_NOOP("domain.activity", "Contrataciones en ofertas de la oficina"),
        "referrals": QT_TRANSLATE_NOOP("domain.activity", "Derivaciones a ofertas"),
        "placements": f"Colocaciones ({PLACEMENT_MIN_MONTHS} meses o más, o indefinidas)",
        "short_placements": f"Contratos de menos de {PLACEMENT_MIN_MONTHS} meses (no se cuentan)",
        "follow_ups": QT_TRANSLATE_NOOP(
            "domain.activity", "Seguimientos de colocaciones realizados"
        ),
        "still_employed": QT_TRANSLATE_NOOP(
            "domain.activity", "Personas que siguen trabajando al seguimiento"
        ),
        "workshops": QT_TRANSLATE_NOOP("domain.activity", "Talleres de apresto realizados"),
        "workshop_enrolled": QT_TRANSLATE_NOOP("domain.activity", "Personas inscritas en talleres"),
        "workshop_completed": QT_TRANSLATE_NOOP(
            "domain.activity", "Personas que completaron un taller"
        ),
        "fairs.fairs": QT_TRANSLATE_NOOP("domain.activity", "Ferias laborales y reclutamientos"),
        "fairs.attendees": QT_TRANSLATE_NOOP("domain.activity", "Personas asistentes a ferias"),
        "fairs.companies": QT_TRANSLATE_NOOP("domain.activity", "Empresas participantes en ferias"),
        "fairs.openings": QT_TRANSLATE_NOOP("domain.activity", "Cupos ofrecidos en ferias"),
        "fairs.referrals": QT_TRANSLATE_NOOP("domain.activity", "Derivaciones en ferias"),
        "fairs.hires": QT_TRANSLATE_NOOP(
            "domain.activity", "Contrataciones por derivaciones en ferias"
        ),
        "fairs.placements": f"Colocaciones por ferias ({PLACEMENT_MIN_MONTHS} meses o más)",
        "satisfaction": QT_TRANSLATE_NOOP(
            "domain.activity", "Satisfacción de usuarios (nota 1 a 7)"
        ),
    },
)
"""The one Spanish name of each figure (field of :class:`ActivityCounts`, ``fairs.x`` for the
job fairs' figures)."""

BASIS: Mapping[str, str] = Labels(
    "domain.activity",
    {
        "people_served": QT_TRANSLATE_NOOP(
            "domain.activity",
            "Personas distintas con al menos una atención en el período: quien fue "
            "atendido varias veces se cuenta una vez.",
        ),
        "people_by_age": QT_TRANSLATE_NOOP("domain.activity", "Edad al último día del período."),
        "people_by_priority": QT_TRANSLATE_NOOP(
            "domain.activity",
            "Una persona puede estar en más de un grupo; los jóvenes tienen de 18 "
            "a 29 años y los mayores de 50, 51 o más, al último día del período.",
        ),
        "vacancies_published": QT_TRANSLATE_NOOP(
            "domain.activity", "Ofertas de la oficina publicadas en el período."
        ),
        "hires": QT_TRANSLATE_NOOP(
            "domain.activity",
            "Personas contratadas en el período en ofertas de la oficina (derivadas por esta u "
            "otra oficina de la Red).",
        ),
        "placements": "Contratos que comienzan en el período, indefinidos o de "
        f"{PLACEMENT_MIN_MONTHS} meses o más; los más cortos no cuentan como colocación.",
        "follow_ups": QT_TRANSLATE_NOOP(
            "domain.activity",
            "Seguimientos registrados en el período, de colocaciones que cuentan como tales.",
        ),
        "workshops": QT_TRANSLATE_NOOP(
            "domain.activity",
            "Talleres no cancelados que comienzan en el período; personas inscritas (sin "
            "retiradas ni en espera) y que lo completaron.",
        ),
        "fairs.fairs": QT_TRANSLATE_NOOP(
            "domain.activity",
            "Ferias y reclutamientos masivos realizados en el período (hasta hoy) que la "
            "oficina organizó o co-organizó, y lo que la oficina registró en ellos: asistentes "
            "(personas "
            "distintas), empresas, cupos y derivaciones hechas en la feria.",
        ),
    },
)
"""How a figure is counted, in a sentence, where its name alone does not say it."""


@dataclass(frozen=True)
class Line:
    """One row of a section: a figure in the period and in the same period a year before."""

    key: str
    """The figure's field (``people_served``, ``people_by_sex:Mujeres``…), for tests and
    exports."""
    label: str
    current: int | float | None
    previous: int | float | None
    indent: bool = False
    """A part of the line above (a breakdown)."""

    @property
    def change(self) -> str:
        """``+12 %``, ``−3 %``, ``=``; ``—`` when there is nothing to compare with."""
        return change_text(self.current, self.previous)


def number_text(value: int | float) -> str:
    """``12.345``; an average with one decimal, ``5,8``."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{int(value):,}".replace(",", ".")


def average_text(value: float | None) -> str:
    """A mean score with one decimal, ``5,5``; ``—`` without answers."""
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


def change_text(current: int | float | None, previous: int | float | None) -> str:
    """The change from the year before as a whole percentage."""
    if current is None or previous is None or previous == 0:
        return "—"
    if current == previous:
        return "="
    percent = round((current - previous) * 100 / previous)
    sign = "+" if percent > 0 else "−" if percent < 0 else "±"
    return f"{sign}{abs(percent)} %"


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[Line, ...]
    note: str = ""


HEADLINE_FIELDS = (
    "people_served",
    "attentions",
    "bne_registrations",
    "companies_contacted",
    "vacancies_published",
    "placements",
    "workshop_completed",
    "fairs.fairs",
)
"""The figures on the report's first page, in order."""


def value_of(counts: ActivityCounts, key: str) -> int:
    """A figure by its key (``people_served``, ``fairs.hires``)."""
    if key.startswith("fairs."):
        return int(getattr(counts.fairs, key.removeprefix("fairs.")))
    return int(getattr(counts, key))


def _lines(current: ActivityCounts, previous: ActivityCounts, *keys: str) -> list[Line]:
    return [Line(key, LABELS[key], value_of(current, key), value_of(previous, key)) for key in keys]


def _breakdown(
    key: str, current: Breakdown, previous: Breakdown, order: Sequence[str] = ()
) -> list[Line]:
    now, before = dict(current), dict(previous)
    labels = list(order) or [label for label, _ in current]
    labels += [label for label, _ in (*current, *previous) if label not in labels]
    return [
        Line(f"{key}:{label}", label, now.get(label, 0), before.get(label, 0), indent=True)
        for label in labels
    ]


def headline(current: ActivityCounts, previous: ActivityCounts) -> tuple[Line, ...]:
    """The first page's figures."""
    return tuple(_lines(current, previous, *HEADLINE_FIELDS))


def sections(current: ActivityCounts, previous: ActivityCounts) -> tuple[Section, ...]:
    """The report's sections, each figure beside the same period's a year before."""
    people = [
        *_lines(current, previous, "people_served"),
        Line("people_by_sex", LABELS["people_by_sex"], None, None),
        *_breakdown("people_by_sex", current.people_by_sex, previous.people_by_sex),
        Line("people_by_age", LABELS["people_by_age"], None, None),
        *_breakdown("people_by_age", current.people_by_age, previous.people_by_age, AGE_LABELS),
        Line("people_by_priority", LABELS["people_by_priority"], None, None),
        *_breakdown("people_by_priority", current.people_by_priority, previous.people_by_priority),
        *_lines(current, previous, "people_with_disability"),
    ]
    attentions = [
        *_lines(current, previous, "attentions"),
        *_breakdown("attentions_by_kind", current.attentions_by_kind, previous.attentions_by_kind),
        *_lines(current, previous, "bne_registrations", "fcs_certifications"),
    ]
    companies = _lines(
        current,
        previous,
        "companies_contacted",
        "vacancies_published",
        "openings_published",
        "hires",
    )
    placements = _lines(
        current,
        previous,
        "referrals",
        "placements",
        "short_placements",
        "follow_ups",
        "still_employed",
    )
    workshops = _lines(current, previous, "workshops", "workshop_enrolled", "workshop_completed")
    fairs = _lines(
        current,
        previous,
        *(f"fairs.{name}" for name in ("fairs", "attendees", "companies", "openings")),
        *(f"fairs.{name}" for name in ("referrals", "hires", "placements")),
    )

    def note(*keys: str) -> str:
        return " ".join(BASIS[k] for k in keys if k in BASIS)

    return (
        Section(
            translate("domain.activity", "Personas atendidas"),
            tuple(people),
            note("people_served", "people_by_age"),
        ),
        Section(translate("domain.activity", "Atenciones"), tuple(attentions)),
        Section(
            translate("domain.activity", "Empresas y ofertas"),
            tuple(companies),
            note("vacancies_published", "hires"),
        ),
        Section(
            translate("domain.activity", "Derivaciones, colocaciones y seguimiento"),
            tuple(placements),
            note("placements", "follow_ups"),
        ),
        Section(
            translate("domain.activity", "Talleres de apresto laboral"),
            tuple(workshops),
            note("workshops"),
        ),
        Section(
            translate("domain.activity", "Ferias laborales y reclutamientos"),
            tuple(fairs),
            note("fairs.fairs"),
        ),
    )


def satisfaction_lines(
    current: tuple[SurveyCount, ...], previous: tuple[SurveyCount, ...]
) -> tuple[tuple[SurveyCount, SurveyCount | None], ...]:
    """Each service's surveys beside the year before's (None: no surveys of it then)."""
    before = {s.service: s for s in previous}
    return tuple((s, before.get(s.service)) for s in current)


@dataclass(frozen=True)
class ActivityFigures:
    """The whole activity report: the period's figures, the same period's a year before, the
    satisfaction surveys and the cost of services (None when no FOMIL agreement covers the
    period)."""

    period: Period
    previous_period: Period
    current: ActivityCounts
    previous: ActivityCounts
    costs: Valuation | None = None
    """The rendición's cost of services in the period; None when no agreement covers it."""

    def headline(self) -> tuple[Line, ...]:
        return headline(self.current, self.previous)

    def sections(self) -> tuple[Section, ...]:
        return sections(self.current, self.previous)
