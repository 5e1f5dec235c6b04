"""The fit of a person for a vacancy: the score that ranks, and the reasons the officer reads."""

from __future__ import annotations

from datetime import date

from omil_desktop.domain.intermediation import VacancyStatus
from omil_desktop.domain.matching import (
    MAX_SCORE,
    Opening,
    Seeker,
    fit,
    meets_education,
    takes_referrals,
    words,
)
from omil_desktop.domain.people import EducationLevel, JobStatus

CHAITEN, FUTALEUFU, PUERTO_MONTT = "10401", "10402", "10101"
RED_PALENA = frozenset({"10401", "10402", "10403"})
NAMES = {CHAITEN: "Chaitén", FUTALEUFU: "Futaleufú", PUERTO_MONTT: "Puerto Montt"}

WELDER = Opening(
    title="Soldador(a) calificado",
    occupation="Soldadura al arco",
    comuna_code=CHAITEN,
    education_level=EducationLevel.SECONDARY,
    inclusive=False,
)


def seeker(**changes) -> Seeker:
    values = {
        "occupation": "Soldadora",
        "experience": "Cinco años en soldadura de estructuras en una salmonera.",
        "comuna_code": CHAITEN,
        "education_level": EducationLevel.TECHNICAL,
        "job_status": JobStatus.UNEMPLOYED,
        "has_disability": False,
    }
    values.update(changes)
    return Seeker(**values)


def rank(opening: Opening, seeker: Seeker):
    return fit(opening, seeker, network_comunas=RED_PALENA, comuna_name=NAMES)


def test_words_meet_by_their_first_letters_without_accents_or_common_words():
    assert words("Soldador/a") == words("SOLDADURA") == {"solda"}
    assert words("Ayudante de cocina") == words("Cocinero") == {"cocin"}
    assert words("Salmón") & words("salmonicultura")
    assert not words("soltero") & words("soldador")
    assert words("Operario de 2 turnos") == {"turno"}  # "operario", "de", "2" say nothing


def test_a_perfect_fit_scores_the_most_and_says_every_reason():
    result = rank(WELDER, seeker())

    assert result.score == MAX_SCORE - 10  # all but the inclusive part
    assert result.reasons == (
        "Su oficio coincide con la oferta (Soldadora)",
        "Tiene experiencia en el rubro",
        "Vive en Chaitén, la comuna de la oferta",
        "Cumple la educación pedida (Media completa)",
        "Cesante",
    )
    assert result.meets_education is True


def test_each_part_moves_the_rank_the_right_way():
    best = rank(WELDER, seeker()).score
    assert rank(WELDER, seeker(occupation="Garzona")).score == best - 40
    assert rank(WELDER, seeker(experience="")).score == best - 20
    in_network = rank(WELDER, seeker(comuna_code=FUTALEUFU))
    assert in_network.score == best - 10
    assert "Vive en Futaleufú, de la misma Red Territorial" in in_network.reasons
    assert rank(WELDER, seeker(comuna_code=PUERTO_MONTT)).score == best - 20
    assert rank(WELDER, seeker(job_status=JobStatus.EMPLOYED)).score == best - 10


def test_education_below_what_is_asked_is_said_and_scores_nothing():
    below = rank(WELDER, seeker(education_level=EducationLevel.PRIMARY))
    unknown = rank(WELDER, seeker(education_level=None))

    assert below.meets_education is False
    assert "No alcanza la educación pedida (Media completa)" in below.reasons
    assert unknown.meets_education is None and "Educación no registrada" in unknown.reasons
    assert below.score < unknown.score < rank(WELDER, seeker()).score


def test_an_inclusive_vacancy_ranks_people_with_disability_higher():
    inclusive = Opening(**{**WELDER.__dict__, "inclusive": True})
    with_disability = rank(inclusive, seeker(has_disability=True))

    assert with_disability.score == MAX_SCORE and with_disability.percent == 100
    assert "Oferta inclusiva (Ley 21.015) y persona con discapacidad" in with_disability.reasons
    assert rank(inclusive, seeker()).score == MAX_SCORE - 10


def test_no_match_at_all_says_so():
    nothing = fit(
        WELDER,
        seeker(
            occupation="",
            experience="",
            comuna_code=PUERTO_MONTT,
            education_level=EducationLevel.PRIMARY,
            job_status=JobStatus.EMPLOYED,
        ),
    )
    assert nothing.score == 0
    assert nothing.reasons == ("No alcanza la educación pedida (Media completa)",)


def test_education_order_and_referral_window():
    assert meets_education(EducationLevel.UNIVERSITY, EducationLevel.SECONDARY) is True
    assert meets_education(EducationLevel.SECONDARY_INCOMPLETE, EducationLevel.SECONDARY) is False
    assert meets_education(None, None) is True
    today = date(2026, 11, 29)
    assert takes_referrals(VacancyStatus.OPEN, None, today)
    assert takes_referrals(VacancyStatus.OPEN, today, today)
    assert not takes_referrals(VacancyStatus.OPEN, date(2026, 11, 28), today)
    assert not takes_referrals(VacancyStatus.FILLED, None, today)
