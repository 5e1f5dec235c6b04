"""Vacancies (ofertas) and the placements (colocaciones) referrals end in: what they hold and what
makes them valid (Spanish messages, every problem at once).

The words (statuses, workdays, contract types) and the placement rule live in
:mod:`omil_desktop.domain.intermediation`; this module only checks what the officer entered.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from omil_desktop.domain.intermediation import (
    ContractType,
    VacancyStatus,
    Workday,
    counts_as_placement,
)
from omil_desktop.domain.people import LONG_TEXT_MAX, EducationLevel, tidy_lines, too_long

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

FIELD_LABELS: dict[str, str] = {
    "company_id": "Empresa",
    "title": "Cargo",
    "occupation": "Ocupación",
    "openings": "Cupos",
    "description": "Descripción",
    "education_level": "Educación mínima",
    "experience": "Experiencia",
    "licences": "Licencias",
    "workday": "Jornada",
    "salary": "Renta bruta",
    "contract_type": "Tipo de contrato",
    "comuna_code": "Comuna",
    "published_on": "Publicación",
    "closes_on": "Cierre",
    "status": "Estado",
    "inclusive": "Inclusiva (Ley 21.015)",
    "shared": "Compartir con la Red Territorial",
}

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
            errors["company_id"] = "Elija la empresa que ofrece el trabajo."
        if not self.title.strip():
            errors["title"] = "Escriba el cargo."
        if self.openings is None:
            errors["openings"] = "Indique cuántos cupos tiene la oferta."
        elif self.openings < 1:
            errors["openings"] = "Los cupos deben ser al menos 1."
        elif self.openings > MAX_OPENINGS:
            errors["openings"] = f"Los cupos no pueden pasar de {MAX_OPENINGS:,}.".replace(",", ".")
        if self.salary is not None:
            if self.salary < 0:
                errors["salary"] = "La renta no puede ser negativa."
            elif self.salary > MAX_SALARY:
                errors["salary"] = "Revise la renta: pasa de $100.000.000 al mes."
        if not self.comuna_code:
            errors["comuna_code"] = "Elija la comuna del trabajo."
        elif not known_comuna:
            errors["comuna_code"] = "La comuna no existe en el catálogo."
        if self.published_on is None:
            errors["published_on"] = "Indique la fecha de publicación."
        elif self.closes_on is not None and self.closes_on < self.published_on:
            errors["closes_on"] = "La fecha de cierre no puede ser anterior a la de publicación."
        for name, limit in MAX_LENGTHS.items():
            length = len(getattr(self, name).strip())
            if length > limit:
                errors[name] = too_long(FIELD_LABELS[name], limit, length)
        return errors


PLACEMENT_LABELS: dict[str, str] = {
    "start_on": "Inicio del contrato",
    "contract_type": "Tipo de contrato",
    "months": "Duración (meses)",
    "notes": "Observaciones",
}


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
            errors["start_on"] = "Indique la fecha de inicio del contrato."
        elif referred_on is not None and self.start_on < referred_on:
            errors["start_on"] = "El contrato no puede empezar antes de la derivación."
        if self.contract_type is None:
            errors["contract_type"] = "Elija el tipo de contrato."
        elif self.contract_type is not ContractType.INDEFINITE:
            if self.months is None:
                errors["months"] = "Indique la duración del contrato en meses."
            elif not 1 <= self.months <= MAX_CONTRACT_MONTHS:
                errors["months"] = f"La duración va de 1 a {MAX_CONTRACT_MONTHS} meses."
        if len(self.notes) > NOTES_MAX:
            errors["notes"] = too_long(PLACEMENT_LABELS["notes"], NOTES_MAX, len(self.notes))
        return errors

    @property
    def counts(self) -> bool:
        """Whether this contract counts as a placement (the rule of the domain)."""
        return self.contract_type is not None and counts_as_placement(
            self.contract_type, self.months
        )
