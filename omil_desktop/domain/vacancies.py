"""Vacancies (ofertas) and the placements (colocaciones) referrals end in: what they hold and what
makes them valid (Spanish messages, every problem at once).

The words (statuses, workdays, contract types) and the placement rule live in
:mod:`omil_desktop.domain.intermediation`; this module only checks what the officer entered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date

from omil_desktop.domain.intermediation import (
    ContractType,
    VacancyStatus,
    Workday,
    counts_as_placement,
)
from omil_desktop.domain.people import LONG_TEXT_MAX, EducationLevel, tidy_lines, too_long
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate

MAX_OPENINGS = 1_000
"""Most openings (cupos) one vacancy may have (the protocol's own limit)."""
MAX_SALARY = 100_000_000
"""Highest gross monthly salary, in pesos."""
MAX_CONTRACT_MONTHS = 120
"""Longest agreed contract length, in months (a longer one is written as indefinite)."""

MAX_LENGTHS: dict[str, int] = {
    "title": 200,
    "occupation": 200,
    "description": LONG_TEXT_MAX,
    "experience": 500,
    "licences": 120,
}
"""The one place for the length limits of a vacancy's text fields (characters, after trimming);
each is at most what the sync protocol carries (a test says so)."""

NOTES_MAX = LONG_TEXT_MAX
"""Longest notes of a referral or placement."""

FIELD_LABELS: Mapping[str, str] = Labels(
    "domain.vacancies",
    {
        "company_id": QT_TRANSLATE_NOOP("domain.vacancies", "Empresa"),
        "title": QT_TRANSLATE_NOOP("domain.vacancies", "Cargo"),
        "occupation": QT_TRANSLATE_NOOP("domain.vacancies", "Ocupación"),
        "openings": QT_TRANSLATE_NOOP("domain.vacancies", "Cupos"),
        "description": QT_TRANSLATE_NOOP("domain.vacancies", "Descripción"),
        "education_level": QT_TRANSLATE_NOOP("domain.vacancies", "Educación mínima"),
        "experience": QT_TRANSLATE_NOOP("domain.vacancies", "Experiencia"),
        "licences": QT_TRANSLATE_NOOP("domain.vacancies", "Licencias"),
        "workday": QT_TRANSLATE_NOOP("domain.vacancies", "Jornada"),
        "salary": QT_TRANSLATE_NOOP("domain.vacancies", "Renta bruta"),
        "contract_type": QT_TRANSLATE_NOOP("domain.vacancies", "Tipo de contrato"),
        "comuna_code": QT_TRANSLATE_NOOP("domain.vacancies", "Comuna"),
        "published_on": QT_TRANSLATE_NOOP("domain.vacancies", "Publicación"),
        "closes_on": QT_TRANSLATE_NOOP("domain.vacancies", "Cierre"),
        "status": QT_TRANSLATE_NOOP("domain.vacancies", "Estado"),
        "inclusive": QT_TRANSLATE_NOOP("domain.vacancies", "Inclusiva (Ley 21.015)"),
        "shared": QT_TRANSLATE_NOOP("domain.vacancies", "Compartir con la Red Territorial"),
    },
)

MULTILINE_FIELDS = frozenset({"description"})


@dataclass
class VacancyData:
    """Everything the officer records about a vacancy, as entered (before storage)."""

    company_id: str = ""
    title: str = ""
    occupation: str = ""
    openings: int | None = 1
    description: str = ""
    education_level: EducationLevel | None = None
    experience: str = ""
    licences: str = ""
    workday: Workday | None = None
    salary: int | None = None
    contract_type: ContractType | None = None
    comuna_code: str = ""
    published_on: date | None = None
    closes_on: date | None = None
    status: VacancyStatus = VacancyStatus.OPEN
    inclusive: bool = False
    shared: bool = False

    def cleaned(self) -> VacancyData:
        """A copy with single spaces in one-line texts; the description keeps its line breaks."""
        values = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if type(value) is str:  # not the enums, which are strings too
                value = tidy_lines(value) if f.name in MULTILINE_FIELDS else " ".join(value.split())
            values[f.name] = value
        return replace(self, **values)

    def validate(self, known_comuna: bool = True) -> dict[str, str]:
        """Field name → Spanish message for every problem; empty when the vacancy is valid.

        ``known_comuna`` tells whether ``comuna_code`` is in the territory catalogue.
        """
        errors: dict[str, str] = {}
        if not self.company_id:
            errors["company_id"] = translate(
                "domain.vacancies", "Elija la empresa que ofrece el trabajo."
            )
        if not self.title.strip():
            errors["title"] = translate("domain.vacancies", "Escriba el cargo.")
        if self.openings is None:
            errors["openings"] = translate(
                "domain.vacancies", "Indique cuántos cupos tiene la oferta."
            )
        elif self.openings < 1:
            errors["openings"] = translate("domain.vacancies", "Los cupos deben ser al menos 1.")
        elif self.openings > MAX_OPENINGS:
            errors["openings"] = f"Los cupos no pueden pasar de {MAX_OPENINGS:,}.".replace(",", ".")
        if self.salary is not None:
            if self.salary < 0:
                errors["salary"] = translate("domain.vacancies", "La renta no puede ser negativa.")
            elif self.salary > MAX_SALARY:
                errors["salary"] = translate(
                    "domain.vacancies", "Revise la renta: pasa de $100.000.000 al mes."
                )
        if not self.comuna_code:
            errors["comuna_code"] = translate("domain.vacancies", "Elija la comuna del trabajo.")
        elif not known_comuna:
            errors["comuna_code"] = translate(
                "domain.vacancies", "La comuna no existe en el catálogo."
            )
        if self.published_on is None:
            errors["published_on"] = translate(
                "domain.vacancies", "Indique la fecha de publicación."
            )
        elif self.closes_on is not None and self.closes_on < self.published_on:
            errors["closes_on"] = translate(
                "domain.vacancies", "La fecha de cierre no puede ser anterior a la de publicación."
            )
        for name, limit in MAX_LENGTHS.items():
            length = len(getattr(self, name).strip())
            if length > limit:
                errors[name] = too_long(FIELD_LABELS[name], limit, length)
        return errors


PLACEMENT_LABELS: Mapping[str, str] = Labels(
    "domain.vacancies",
    {
        "start_on": QT_TRANSLATE_NOOP("domain.vacancies", "Inicio del contrato"),
        "contract_type": QT_TRANSLATE_NOOP("domain.vacancies", "Tipo de contrato"),
        "months": QT_TRANSLATE_NOOP("domain.vacancies", "Duración (meses)"),
        "notes": QT_TRANSLATE_NOOP("domain.vacancies", "Observaciones"),
    },
)


@dataclass
class PlacementData:
    """The contract a hire ended in, as entered."""

    start_on: date | None = None
    contract_type: ContractType | None = None
    months: int | None = None
    """Agreed length; None (and ignored) for an indefinite contract."""
    notes: str = ""

    def cleaned(self) -> PlacementData:
        months = None if self.contract_type is ContractType.INDEFINITE else self.months
        return replace(self, months=months, notes=tidy_lines(self.notes))

    def validate(self, referred_on: date | None = None) -> dict[str, str]:
        """Field name → Spanish message for every problem; empty when valid.

        ``referred_on``: the referral's date; a contract cannot start before it.
        """
        errors: dict[str, str] = {}
        if self.start_on is None:
            errors["start_on"] = translate(
                "domain.vacancies", "Indique la fecha de inicio del contrato."
            )
        elif referred_on is not None and self.start_on < referred_on:
            errors["start_on"] = translate(
                "domain.vacancies", "El contrato no puede empezar antes de la derivación."
            )
        if self.contract_type is None:
            errors["contract_type"] = translate("domain.vacancies", "Elija el tipo de contrato.")
        elif self.contract_type is not ContractType.INDEFINITE:
            if self.months is None:
                errors["months"] = translate(
                    "domain.vacancies", "Indique la duración del contrato en meses."
                )
            elif not 1 <= self.months <= MAX_CONTRACT_MONTHS:
                errors["months"] = translate(
                    "domain.vacancies", "La duración va de 1 a {MAX_CONTRACT_MONTHS} meses."
                ).format(MAX_CONTRACT_MONTHS=MAX_CONTRACT_MONTHS)
        if len(self.notes) > NOTES_MAX:
            errors["notes"] = too_long(PLACEMENT_LABELS["notes"], NOTES_MAX, len(self.notes))
        return errors

    @property
    def counts(self) -> bool:
        """Whether this contract counts as a placement (the rule of the domain)."""
        return self.contract_type is not None and counts_as_placement(
            self.contract_type, self.months
        )
