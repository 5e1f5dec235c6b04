"""Encuestas de satisfacción: a score from 1 to 7 (the Chilean school scale) and a comment,
recorded after a service: an atención, a taller, a colocación or a feria laboral."""

from __future__ import annotations

from enum import StrEnum


class SurveyService(StrEnum):
    """The service a survey rates."""

    ATTENTION = "atencion"
    WORKSHOP = "taller"
    PLACEMENT = "colocacion"
    FAIR = "feria"

    @property
    def label(self) -> str:
        return {
            "atencion": "Atención",
            "taller": "Taller de apresto",
            "colocacion": "Colocación",
            "feria": "Feria laboral",
        }[self.value]


class SurveyChannel(StrEnum):
    """How the answer was taken."""

    IN_PERSON = "presencial"
    PHONE = "telefono"
    OTHER = "otro"

    @property
    def label(self) -> str:
        return {"presencial": "Presencial", "telefono": "Teléfono", "otro": "Otro"}[self.value]


MIN_SCORE = 1
MAX_SCORE = 7
"""Scores go from 1 to 7, as Chilean school grades do."""
MAX_COMMENT = 2_000
"""Longest comment, in characters."""
