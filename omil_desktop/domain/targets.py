"""Metas: the year's targets of an office, for gestión and colocación.

The region sets them (they arrive through sync) or the office types them in. One target per
office, year and indicator: its record id is derived from those three (:func:`target_id`), so
the same target typed on two PCs, or set by the region, is one record.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from omil_desktop.domain.texts import translate


class TargetArea(StrEnum):
    """The two families of SENCE targets."""

    MANAGEMENT = "gestion"
    PLACEMENT = "colocacion"

    @property
    def label(self) -> str:
        return {
            "gestion": translate("domain.targets", "Gestión"),
            "colocacion": translate("domain.targets", "Colocación"),
        }[self.value]


class TargetIndicator(StrEnum):
    """What a target counts. The count itself is defined once, in the activity service."""

    PEOPLE_SERVED = "personas_atendidas"
    """Distinct people with an atención in the period."""
    BNE_REGISTRATIONS = "inscripciones_bne"
    """People whose BNE registration date falls in the period."""
    JOB_READINESS = "personas_apresto"
    """People who completed a taller de apresto in the period."""
    FCS_CERTIFICATIONS = "certificaciones_fcs"
    """Atenciones of kind certificación FCS in the period."""
    COMPANIES_CONTACTED = "empresas_contactadas"
    """Distinct companies with a gestión in the period."""
    OPENINGS_TAKEN = "vacantes_captadas"
    """Openings (cupos) of the vacancies published in the period."""
    PLACEMENTS = "colocaciones"
    """Placements of three months or more starting in the period."""

    @property
    def label(self) -> str:
        return {
            "personas_atendidas": translate("domain.targets", "Personas atendidas"),
            "inscripciones_bne": translate("domain.targets", "Inscripciones en la BNE"),
            "personas_apresto": translate("domain.targets", "Personas en apresto laboral"),
            "certificaciones_fcs": translate("domain.targets", "Certificaciones FCS"),
            "empresas_contactadas": translate("domain.targets", "Empresas contactadas"),
            "vacantes_captadas": translate("domain.targets", "Vacantes captadas"),
            "colocaciones": translate("domain.targets", "Colocaciones"),
        }[self.value]

    @property
    def unit(self) -> str:
        """What is counted, in the plural (for «Faltan 34 colocaciones»)."""
        return {
            "personas_atendidas": "personas",
            "inscripciones_bne": "inscripciones",
            "personas_apresto": "personas",
            "certificaciones_fcs": "certificaciones",
            "empresas_contactadas": "empresas",
            "vacantes_captadas": "vacantes",
            "colocaciones": "colocaciones",
        }[self.value]

    @property
    def area(self) -> TargetArea:
        return TargetArea.PLACEMENT if self is TargetIndicator.PLACEMENTS else TargetArea.MANAGEMENT


class TargetSource(StrEnum):
    """Who set a target."""

    REGION = "region"
    OFFICE = "oficina"

    @property
    def label(self) -> str:
        return {
            "region": translate("domain.targets", "Dirección Regional"),
            "oficina": translate("domain.targets", "Oficina"),
        }[self.value]


MAX_TARGET = 1_000_000
"""The largest target value accepted (far above any office's year)."""

_NAMESPACE = uuid.UUID("6f1c2b0e-6d2a-5a7e-9a52-0b3c7e1d2f11")
"""Namespace of target ids (fixed forever: changing it would split every target in two)."""


def target_id(office_code: str, year: int, indicator: TargetIndicator | str) -> str:
    """The id of the office's target for ``indicator`` in ``year``: the same on every PC and on
    the regional server."""
    return str(uuid.uuid5(_NAMESPACE, f"{office_code}/{year}/{TargetIndicator(indicator).value}"))


# -- targets' rules and pace ----------------------------------------------------------------------

MIN_TARGET_YEAR = 2000
MAX_TARGET_YEAR = 2100


def check_target_year(year: int, today: date) -> str:
    """Why the targets of ``year`` cannot be set on ``today`` ("" when they can): a closed year
    (before this one) keeps its targets as they were."""
    if not MIN_TARGET_YEAR <= year <= MAX_TARGET_YEAR:
        return translate(
            "domain.targets", "El año de una meta va de {MIN_TARGET_YEAR} a {MAX_TARGET_YEAR}."
        ).format(MIN_TARGET_YEAR=MIN_TARGET_YEAR, MAX_TARGET_YEAR=MAX_TARGET_YEAR)
    if year < today.year:
        return translate(
            "domain.targets", "El año {year} ya terminó: sus metas no se pueden fijar ni cambiar."
        ).format(year=year)
    return ""


def check_target_value(value: int) -> str:
    """Why ``value`` is no target ("" when it is one)."""
    if value < 0:
        return translate("domain.targets", "La meta no puede ser negativa.")
    if value > MAX_TARGET:
        return f"La meta no puede pasar de {MAX_TARGET:,}.".replace(",", ".")
    return ""


class TargetStatus(StrEnum):
    """Where a target stands: said in words beside its bar, never by colour alone."""

    MET = "cumplida"
    ON_TRACK = "al_dia"
    BEHIND = "atrasada"
    NOT_MET = "no_cumplida"
    NOT_STARTED = "por_comenzar"

    @property
    def label(self) -> str:
        return {
            "cumplida": translate("domain.targets", "Cumplida"),
            "al_dia": translate("domain.targets", "Al día"),
            "atrasada": translate("domain.targets", "Atrasada"),
            "no_cumplida": translate("domain.targets", "No cumplida"),
            "por_comenzar": translate("domain.targets", "Por comenzar"),
        }[self.value]


@dataclass(frozen=True)
class YearPace:
    """A target of a year against what was done by a day.

    ``expected`` is the part of the target the year's elapsed days call for (the point on the
    bar where the office should be today); ``months_left`` counts the current month; ``per_month``
    is what is ``missing`` spread over them, rounded up (0 once the target is met, or the year
    over). ``year_over``: the value is the year's final result.
    """

    target: int
    value: int
    expected: int
    missing: int
    months_left: int
    per_month: int
    year_over: bool
    status: TargetStatus
    year_gone: float = 0.0
    """The share of the year's days gone by today (1.0 once it is over)."""

    @property
    def percent(self) -> int:
        """How much of the target is reached, in whole percent (past 100 when exceeded)."""
        if self.target == 0:
            return 100
        return self.value * 100 // self.target

    @property
    def fraction(self) -> float:
        """The value as a share of the target (1.0 when met; may pass it)."""
        return 1.0 if self.target == 0 else self.value / self.target

    @property
    def expected_fraction(self) -> float:
        """Where the office should be today, as a share of the target: the share of the year
        gone (the same point on every target's bar)."""
        return self.year_gone


def year_pace(target: int, value: int, year: int, today: date) -> YearPace:
    """Where a target of ``year`` stands on ``today`` with ``value`` done so far."""
    missing = max(0, target - value)
    if year < today.year:
        status = TargetStatus.MET if value >= target else TargetStatus.NOT_MET
        return YearPace(target, value, target, missing, 0, 0, True, status, 1.0)
    if year > today.year:
        months, expected, gone = 12, 0, 0.0
    else:
        first = date(year, 1, 1)
        days = (date(year + 1, 1, 1) - first).days
        elapsed = (today - first).days + 1
        months = 12 - today.month + 1
        expected = target * elapsed // days
        gone = elapsed / days
    per_month = -(-missing // months) if missing else 0
    if value >= target:
        status = TargetStatus.MET
    elif year > today.year:
        status = TargetStatus.NOT_STARTED
    elif value >= expected:
        status = TargetStatus.ON_TRACK
    else:
        status = TargetStatus.BEHIND
    return YearPace(target, value, expected, missing, months, per_month, False, status, gone)


_UNIT_TEXT: dict[str, Callable[[int], str]] = {  # Qt plurals: the forms are in the .ts
    "personas": lambda n: translate("domain.targets", "%Ln persona(s)", None, n),
    "inscripciones": lambda n: translate("domain.targets", "%Ln inscripción(es)", None, n),
    "certificaciones": lambda n: translate("domain.targets", "%Ln certificación(es)", None, n),
    "empresas": lambda n: translate("domain.targets", "%Ln empresa(s)", None, n),
    "vacantes": lambda n: translate("domain.targets", "%Ln vacante(s)", None, n),
    "colocaciones": lambda n: translate("domain.targets", "%Ln colocación(es)", None, n),
}


def unit_text(indicator: TargetIndicator, count: int) -> str:
    """``34 colocaciones``, ``1 colocación``, ``1.200 personas``."""
    return _UNIT_TEXT[indicator.unit](count)
