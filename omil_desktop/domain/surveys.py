"""Encuestas de satisfacción: a score from 1 to 7 (the Chilean school scale) and a comment,
recorded after a service: an atención, a taller, a colocación or a feria laboral."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from omil_desktop.domain.texts import translate


class SurveyService(StrEnum):
    """The service a survey rates."""

    ATTENTION = "atencion"
    WORKSHOP = "taller"
    PLACEMENT = "colocacion"
    FAIR = "feria"

    @property
    def label(self) -> str:
        return {
            "atencion": translate("domain.surveys", "Atención"),
            "taller": translate("domain.surveys", "Taller de apresto"),
            "colocacion": translate("domain.surveys", "Colocación"),
            "feria": translate("domain.surveys", "Feria laboral"),
        }[self.value]


class SurveyChannel(StrEnum):
    """How the answer was taken."""

    IN_PERSON = "presencial"
    PHONE = "telefono"
    OTHER = "otro"

    @property
    def label(self) -> str:
        return {
            "presencial": translate("domain.surveys", "Presencial"),
            "telefono": translate("domain.surveys", "Teléfono"),
            "otro": translate("domain.surveys", "Otro"),
        }[self.value]


MIN_SCORE = 1
MAX_SCORE = 7
"""Scores go from 1 to 7, as Chilean school grades do."""
MAX_COMMENT = 2_000
"""Longest comment, in characters."""


# -- a survey's rules -----------------------------------------------------------------------------

FOLLOW_UP_AFTER_DAYS = 7
"""A service is followed up once a week has passed, so the person has lived with it a little."""
FOLLOW_UP_WITHIN_DAYS = 60
"""…and no later than two months after it: past that, the person hardly remembers it."""


@dataclass(frozen=True)
class SurveyData:
    """A satisfaction survey as the officer writes it: who answered, about which of their
    services (``service`` and the id of that atención, workshop, placement or fair), when, the
    score (nota 1–7), a comment and how it was asked."""

    person_id: str
    service: SurveyService | None
    service_id: str | None
    answered_on: date | None
    score: int | None
    comment: str = ""
    channel: SurveyChannel | None = SurveyChannel.PHONE

    def cleaned(self) -> SurveyData:
        return replace(self, comment=self.comment.strip())

    def validate(self, today: date) -> dict[str, str]:
        """Field name → Spanish message (``service``, ``answered_on``, ``score``, ``comment``,
        ``channel``)."""
        errors: dict[str, str] = {}
        if self.service is None or not self.service_id:
            errors["service"] = translate(
                "domain.surveys", "Elija el servicio que la persona evalúa."
            )
        if self.answered_on is None:
            errors["answered_on"] = translate("domain.surveys", "Indique la fecha de la respuesta.")
        elif self.answered_on > today:
            errors["answered_on"] = translate(
                "domain.surveys", "La fecha de la respuesta no puede ser futura."
            )
        problem = score_problem(self.score)
        if problem:
            errors["score"] = problem
        if len(self.comment) > MAX_COMMENT:
            errors["comment"] = translate(
                "domain.surveys",
                "El comentario admite hasta {MAX_COMMENT} caracteres; tiene {len}.",
            ).format(MAX_COMMENT=MAX_COMMENT, len=len(self.comment))
        if self.channel is None:
            errors["channel"] = translate("domain.surveys", "Elija cómo se hizo la encuesta.")
        return errors


def score_problem(score: int | None) -> str:
    """Why ``score`` is no nota ("" when it is one, 1 to 7)."""
    if score is None:
        return translate("domain.surveys", "Elija la nota, de {MIN_SCORE} a {MAX_SCORE}.").format(
            MIN_SCORE=MIN_SCORE, MAX_SCORE=MAX_SCORE
        )
    if not MIN_SCORE <= score <= MAX_SCORE:
        return translate(
            "domain.surveys", "La nota va de {MIN_SCORE} a {MAX_SCORE}: {score} no es una nota."
        ).format(MIN_SCORE=MIN_SCORE, MAX_SCORE=MAX_SCORE, score=score)
    return ""
