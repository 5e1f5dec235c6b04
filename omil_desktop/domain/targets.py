"""Metas: the year's targets of an office, for gestión and colocación.

The region sets them (they arrive through sync) or the office types them in. One target per
office, year and indicator: its record id is derived from those three (:func:`target_id`), so
the same target typed on two PCs, or set by the region, is one record.
"""

from __future__ import annotations

import uuid
from enum import StrEnum


class TargetArea(StrEnum):
    """The two families of SENCE targets."""

    MANAGEMENT = "gestion"
    PLACEMENT = "colocacion"

    @property
    def label(self) -> str:
        return {"gestion": "Gestión", "colocacion": "Colocación"}[self.value]


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
            "personas_atendidas": "Personas atendidas",
            "inscripciones_bne": "Inscripciones en la BNE",
            "personas_apresto": "Personas en apresto laboral",
            "certificaciones_fcs": "Certificaciones FCS",
            "empresas_contactadas": "Empresas contactadas",
            "vacantes_captadas": "Vacantes captadas",
            "colocaciones": "Colocaciones",
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
        return {"region": "Dirección Regional", "oficina": "Oficina"}[self.value]


MAX_TARGET = 1_000_000
"""The largest target value accepted (far above any office's year)."""

_NAMESPACE = uuid.UUID("6f1c2b0e-6d2a-5a7e-9a52-0b3c7e1d2f11")
"""Namespace of target ids (fixed forever: changing it would split every target in two)."""


def target_id(office_code: str, year: int, indicator: TargetIndicator | str) -> str:
    """The id of the office's target for ``indicator`` in ``year``: the same on every PC and on
    the regional server."""
    return str(uuid.uuid5(_NAMESPACE, f"{office_code}/{year}/{TargetIndicator(indicator).value}"))
