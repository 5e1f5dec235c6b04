"""The words of intermediation: companies, vacancies, referrals and placements.

The codes stored in the database and sent in sync are the enum values, which never change once
released; labels are what the officer reads. The rule of what counts as a placement lives here
and nowhere else.
"""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum

from omil_desktop.domain.texts import translate


class CompanySize(StrEnum):
    """Tamaño de empresa (Ley 20.416, by sales or workers)."""

    MICRO = "micro"
    SMALL = "pequena"
    MEDIUM = "mediana"
    LARGE = "grande"

    @property
    def label(self) -> str:
        return {
            "micro": translate("domain.intermediation", "Micro"),
            "pequena": translate("domain.intermediation", "Pequeña"),
            "mediana": translate("domain.intermediation", "Mediana"),
            "grande": translate("domain.intermediation", "Grande"),
        }[self.value]


class InteractionKind(StrEnum):
    """How the office was in touch with a company."""

    CALL = "llamada"
    VISIT = "visita"
    EMAIL = "correo"
    BUSINESS_MEETING = "encuentro_empresarial"
    JOB_FAIR = "feria_laboral"
    RECRUITMENT = "reclutamiento"

    @property
    def label(self) -> str:
        return {
            "llamada": translate("domain.intermediation", "Llamada"),
            "visita": translate("domain.intermediation", "Visita"),
            "correo": translate("domain.intermediation", "Correo"),
            "encuentro_empresarial": translate("domain.intermediation", "Encuentro empresarial"),
            "feria_laboral": translate("domain.intermediation", "Feria laboral"),
            "reclutamiento": translate("domain.intermediation", "Reclutamiento"),
        }[self.value]


class Workday(StrEnum):
    """Jornada."""

    FULL = "completa"
    PART = "parcial"
    SHIFTS = "turnos"
    OTHER = "otra"

    @property
    def label(self) -> str:
        return {
            "completa": translate("domain.intermediation", "Jornada completa"),
            "parcial": translate("domain.intermediation", "Jornada parcial"),
            "turnos": translate("domain.intermediation", "Por turnos"),
            "otra": translate("domain.intermediation", "Otra"),
        }[self.value]


class ContractType(StrEnum):
    """Tipo de contrato."""

    INDEFINITE = "indefinido"
    FIXED_TERM = "plazo_fijo"
    PER_JOB = "por_obra"
    SEASONAL = "temporada"
    FEES = "honorarios"

    @property
    def label(self) -> str:
        return {
            "indefinido": translate("domain.intermediation", "Indefinido"),
            "plazo_fijo": translate("domain.intermediation", "Plazo fijo"),
            "por_obra": translate("domain.intermediation", "Por obra o faena"),
            "temporada": translate("domain.intermediation", "De temporada"),
            "honorarios": translate("domain.intermediation", "Honorarios"),
        }[self.value]


class VacancyStatus(StrEnum):
    OPEN = "abierta"
    FILLED = "cubierta"
    CLOSED = "cerrada"
    CANCELLED = "cancelada"

    @property
    def label(self) -> str:
        return {
            "abierta": translate("domain.intermediation", "Abierta"),
            "cubierta": translate("domain.intermediation", "Cubierta"),
            "cerrada": translate("domain.intermediation", "Cerrada"),
            "cancelada": translate("domain.intermediation", "Cancelada"),
        }[self.value]


class ReferralStatus(StrEnum):
    """derivado → entrevistado → contratado / no seleccionado / desistió."""

    REFERRED = "derivado"
    INTERVIEWED = "entrevistado"
    HIRED = "contratado"
    NOT_SELECTED = "no_seleccionado"
    WITHDREW = "desistio"

    @property
    def label(self) -> str:
        return {
            "derivado": translate("domain.intermediation", "Derivado"),
            "entrevistado": translate("domain.intermediation", "Entrevistado"),
            "contratado": translate("domain.intermediation", "Contratado"),
            "no_seleccionado": translate("domain.intermediation", "No seleccionado"),
            "desistio": translate("domain.intermediation", "Desistió"),
        }[self.value]

    @property
    def final(self) -> bool:
        return self in (ReferralStatus.HIRED, ReferralStatus.NOT_SELECTED, ReferralStatus.WITHDREW)


SELECTION_OUTCOMES = frozenset({ReferralStatus.HIRED, ReferralStatus.NOT_SELECTED})
"""Outcomes only the vacancy's office records (it runs the selection with the company)."""

NEXT_STATUSES: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.REFERRED: frozenset(
        {
            ReferralStatus.INTERVIEWED,
            ReferralStatus.HIRED,
            ReferralStatus.NOT_SELECTED,
            ReferralStatus.WITHDREW,
        }
    ),
    ReferralStatus.INTERVIEWED: frozenset(
        {ReferralStatus.HIRED, ReferralStatus.NOT_SELECTED, ReferralStatus.WITHDREW}
    ),
    ReferralStatus.HIRED: frozenset({ReferralStatus.WITHDREW}),  # left before starting
    ReferralStatus.NOT_SELECTED: frozenset(),
    ReferralStatus.WITHDREW: frozenset(),
}
"""Where a referral may go from each status."""


PLACEMENT_MIN_MONTHS = 3
"""A hire counts as a placement (colocación) only with a contract of three months or more, and
it is confirmed by a follow-up three months after the start."""


def counts_as_placement(contract_type: ContractType, months: int | None) -> bool:
    """Whether a contract counts as a placement: indefinite, or agreed for at least
    :data:`PLACEMENT_MIN_MONTHS` months."""
    if contract_type is ContractType.INDEFINITE:
        return True
    return months is not None and months >= PLACEMENT_MIN_MONTHS


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when it has no such day
    (30 November + 3 months = 28 or 29 February)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def follow_up_date(start: date) -> date:
    """When to confirm the person is still employed: three months after the contract starts."""
    return add_months(start, PLACEMENT_MIN_MONTHS)
