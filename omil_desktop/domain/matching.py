"""How well a person fits a vacancy: a score to rank by, and the reasons in words.

Pure rules over plain values, so the ranking from a vacancy (its candidates) and from a person
(the vacancies that fit them) is the same rule, and a test can say why one person comes before
another. The officer decides; the rank only orders the list and says why.

What counts, with its weight (the most a part adds):

- occupation (40): words of the vacancy's title or occupation in the person's occupation;
- experience (20): those words in the person's work history;
- place (20): the person lives in the vacancy's comuna (20), or elsewhere in its Red
  Territorial (10);
- education (15): meets the education asked for (15); not known (5); below it (0, and said);
- job situation (10): cesante (10), buscando su primer empleo (8), inactivo (4), ocupado (0);
- inclusive vacancy (10): a person with disability, for a vacancy under Ley 21.015.

Words match loosely: without accents or case, and by their first letters, so *soldador*,
*soldadora* and *soldadura* are the same word here; short and common words do not count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from omil_desktop.domain.intermediation import VacancyStatus
from omil_desktop.domain.people import EducationLevel, JobStatus
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import translate

OCCUPATION_POINTS = 40
EXPERIENCE_POINTS = 20
SAME_COMUNA_POINTS = 20
SAME_NETWORK_POINTS = 10
EDUCATION_POINTS = 15
EDUCATION_UNKNOWN_POINTS = 5
INCLUSIVE_POINTS = 10
JOB_STATUS_POINTS: dict[JobStatus | None, int] = {
    JobStatus.UNEMPLOYED: 10,
    JobStatus.FIRST_JOB: 8,
    JobStatus.INACTIVE: 4,
    JobStatus.EMPLOYED: 0,
    None: 0,
}
MAX_SCORE = (
    OCCUPATION_POINTS
    + EXPERIENCE_POINTS
    + SAME_COMUNA_POINTS
    + EDUCATION_POINTS
    + max(JOB_STATUS_POINTS.values())
    + INCLUSIVE_POINTS
)

STEM_LENGTH = 5
"""Words match by their first five letters: enough to tell *soldador* from *soltero*, few
enough that *soldador* and *soldadura*, *cocina* and *cocinero*, *salmón* and
*salmonicultura* meet."""
_MIN_WORD = 4
_STOPWORD_TEXT = (
    "para con sin por los las del una uno unos unas que como más muy sus este esta "
    "ayudante asistente auxiliar apoyo encargado encargada operario operaria "
    "trabajador trabajadora jefe jefa medio tiempo completo jornada experiencia años "
    "año área area zona sector general varios varias"
)
_STOPWORDS = frozenset(fold(word) for word in _STOPWORD_TEXT.split())
"""Words that say little about the trade (``ayudante de cocina`` is about cooking)."""

EDUCATION_ORDER: tuple[EducationLevel, ...] = tuple(EducationLevel)
"""Education levels from least to most (the enum's order)."""


def words(text: str) -> frozenset[str]:
    """The meaningful words of ``text``, folded and cut to :data:`STEM_LENGTH` letters."""
    found = set()
    for raw in fold(text).replace("/", " ").replace("-", " ").split():
        word = "".join(ch for ch in raw if ch.isalnum())
        if len(word) >= _MIN_WORD and word not in _STOPWORDS and not word.isdigit():
            found.add(word[:STEM_LENGTH])
    return frozenset(found)


def meets_education(has: EducationLevel | None, asked: EducationLevel | None) -> bool | None:
    """True when ``has`` is at least ``asked``; None when it cannot be told (either unknown,
    nothing asked counts as met)."""
    if asked is None:
        return True
    if has is None:
        return None
    return EDUCATION_ORDER.index(has) >= EDUCATION_ORDER.index(asked)


@dataclass(frozen=True)
class Opening:
    """What of a vacancy the fit looks at."""

    title: str
    occupation: str
    comuna_code: str
    education_level: EducationLevel | None
    inclusive: bool


@dataclass(frozen=True)
class Seeker:
    """What of a person the fit looks at."""

    occupation: str
    experience: str
    comuna_code: str
    education_level: EducationLevel | None
    job_status: JobStatus | None
    has_disability: bool


@dataclass(frozen=True)
class Fit:
    """A score out of :data:`MAX_SCORE` and why, in the officer's words."""

    score: int
    reasons: tuple[str, ...]
    meets_education: bool | None

    @property
    def percent(self) -> int:
        return round(100 * self.score / MAX_SCORE)

    def explained(self) -> str:
        return (
            "; ".join(self.reasons)
            if self.reasons
            else translate("domain.matching", "Sin coincidencias claras.")
        )


def fit(
    opening: Opening,
    seeker: Seeker,
    *,
    network_comunas: frozenset[str] = frozenset(),
    comuna_name: dict[str, str] | None = None,
) -> Fit:
    """How well ``seeker`` fits ``opening``. ``network_comunas``: the comunas of the vacancy's
    Red Territorial; ``comuna_name``: CUT code → name, for the reasons."""
    names = comuna_name or {}
    score = 0
    reasons: list[str] = []

    wanted = words(opening.title) | words(opening.occupation)
    if wanted & words(seeker.occupation):
        score += OCCUPATION_POINTS
        occupation = " ".join(seeker.occupation.split())
        shown = occupation if len(occupation) <= 60 else occupation[:59] + "…"
        reasons.append(
            translate("domain.matching", "Su oficio coincide con la oferta ({shown})").format(
                shown=shown
            )
        )
    if wanted & words(seeker.experience):
        score += EXPERIENCE_POINTS
        reasons.append(translate("domain.matching", "Tiene experiencia en el rubro"))

    if seeker.comuna_code == opening.comuna_code:
        score += SAME_COMUNA_POINTS
        name = names.get(seeker.comuna_code, "la comuna")
        reasons.append(
            translate("domain.matching", "Vive en {name}, la comuna de la oferta").format(name=name)
        )
    elif seeker.comuna_code in network_comunas:
        score += SAME_NETWORK_POINTS
        name = names.get(seeker.comuna_code, "otra comuna")
        reasons.append(
            translate("domain.matching", "Vive en {name}, de la misma Red Territorial").format(
                name=name
            )
        )

    meets = meets_education(seeker.education_level, opening.education_level)
    if meets is True:
        score += EDUCATION_POINTS
        if opening.education_level is not None:
            reasons.append(
                translate("domain.matching", "Cumple la educación pedida ({label})").format(
                    label=opening.education_level.label
                )
            )
    elif meets is None:
        score += EDUCATION_UNKNOWN_POINTS
        reasons.append(translate("domain.matching", "Educación no registrada"))
    else:
        assert opening.education_level is not None
        reasons.append(
            translate("domain.matching", "No alcanza la educación pedida ({label})").format(
                label=opening.education_level.label
            )
        )

    points = JOB_STATUS_POINTS[seeker.job_status]
    if points:
        score += points
        assert seeker.job_status is not None
        reasons.append(seeker.job_status.label)

    if opening.inclusive and seeker.has_disability:
        score += INCLUSIVE_POINTS
        reasons.append(
            translate("domain.matching", "Oferta inclusiva (Ley 21.015) y persona con discapacidad")
        )

    return Fit(score, tuple(reasons), meets)


def takes_referrals(status: VacancyStatus, closes_on: date | None, today: date) -> bool:
    """A vacancy takes referrals while it is *abierta* and its closing date has not passed."""
    return status is VacancyStatus.OPEN and (closes_on is None or closes_on >= today)
