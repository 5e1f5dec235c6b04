"""Ferias laborales and reclutamientos masivos: the words and the organising offices.

A fair is owned by the office that records it; offices of its Red Territorial that organise it
too are listed in ``organisers`` (their comuna CUT codes, the owner's included), and see it
because it is shared with the network. Codes stored and sent in sync are the enum values, which
never change once released; labels are what the officer reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.people import LONG_TEXT_MAX, too_long
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate


class FairKind(StrEnum):
    """A job fair (several companies meet job seekers) or a mass recruitment (one company hires
    many people at once)."""

    FAIR = "feria"
    RECRUITMENT = "reclutamiento"

    @property
    def label(self) -> str:
        return {
            "feria": translate("domain.fairs", "Feria laboral"),
            "reclutamiento": translate("domain.fairs", "Reclutamiento masivo"),
        }[self.value]


_CUT = re.compile(r"[0-9]{5}")
MAX_ORGANISERS = 30
"""Most offices that may organise one fair (a whole Red Territorial, with room to spare)."""


def organisers_text(codes: Iterable[str]) -> str:
    """The organising offices as stored: their CUT codes, each once, sorted, comma-separated.

    Raises ValueError on a code that is not five digits."""
    unique = sorted(set(codes))
    for code in unique:
        if not _CUT.fullmatch(code):
            raise ValueError(
                translate(
                    "domain.fairs", "«{code}» no es un código de comuna de cinco dígitos."
                ).format(code=code)
            )
    return ",".join(unique)


def organisers_of(text: str) -> tuple[str, ...]:
    """The CUT codes of ``organisers`` as stored (empty text: none)."""
    return tuple(code for code in text.split(",") if code) if text else ()


# -- what the officer records (issue 11, point 1) -------------------------------------------------

MAX_DAYS_AHEAD = 366
"""A fair is planned at most a year ahead: a date further on is a typo (2062 for 2026)."""
MAX_OPENINGS = 1_000
"""Most openings (cupos) one company brings to one fair (the protocol's limit too)."""

MAX_LENGTHS: dict[str, int] = {
    "name": 200,
    "place": 200,
    "notes": LONG_TEXT_MAX,
}
"""The one place for the length limits of a fair's text fields (characters, after trimming)."""

POSITIONS_MAX = 300
"""Longest list of positions (cargos ofrecidos) of one company at one fair."""

FIELD_LABELS: Mapping[str, str] = Labels(
    "domain.fairs",
    {
        "name": QT_TRANSLATE_NOOP("domain.fairs", "Nombre"),
        "kind": QT_TRANSLATE_NOOP("domain.fairs", "Tipo"),
        "held_on": QT_TRANSLATE_NOOP("domain.fairs", "Fecha"),
        "place": QT_TRANSLATE_NOOP("domain.fairs", "Lugar"),
        "comuna_code": QT_TRANSLATE_NOOP("domain.fairs", "Comuna"),
        "co_organisers": QT_TRANSLATE_NOOP("domain.fairs", "Oficinas co-organizadoras"),
        "notes": QT_TRANSLATE_NOOP("domain.fairs", "Observaciones"),
    },
)

COMPANY_LABELS: Mapping[str, str] = Labels(
    "domain.fairs",
    {
        "company_id": QT_TRANSLATE_NOOP("domain.fairs", "Empresa"),
        "openings": QT_TRANSLATE_NOOP("domain.fairs", "Cupos"),
        "positions": QT_TRANSLATE_NOOP("domain.fairs", "Cargos ofrecidos"),
        "notes": QT_TRANSLATE_NOOP("domain.fairs", "Observaciones"),
    },
)


@dataclass
class FairData:
    """A job fair or mass recruitment as entered (before storage)."""

    name: str = ""
    kind: FairKind | None = FairKind.FAIR
    held_on: date | None = None
    place: str = ""
    comuna_code: str = ""
    """Where it is held (CUT code); the office's comuna by default."""
    co_organisers: tuple[str, ...] = ()
    """The other offices (comuna CUT codes) of the Red Territorial that organise it too."""
    notes: str = ""

    def cleaned(self) -> FairData:
        return replace(
            self,
            name=" ".join(self.name.split()),
            place=" ".join(self.place.split()),
            comuna_code=self.comuna_code.strip(),
            co_organisers=tuple(sorted({c.strip() for c in self.co_organisers if c.strip()})),
            notes=self.notes.strip(),
        )

    def validate(
        self,
        today: date,
        *,
        known_comuna: bool = True,
        network: Iterable[str] | None = None,
        office_code: str = "",
    ) -> dict[str, str]:
        """Field name → Spanish message for every problem; empty when the fair is valid.

        ``known_comuna``: whether ``comuna_code`` is a comuna of the catalogue; ``network``: the
        offices that may co-organise it (the office's Red Territorial; None: not checked);
        ``office_code``: the office recording it (never its own co-organiser)."""
        errors: dict[str, str] = {}
        if not self.name.strip():
            errors["name"] = translate("domain.fairs", "Escriba el nombre de la feria.")
        if self.kind is None:
            errors["kind"] = translate(
                "domain.fairs", "Elija si es una feria laboral o un reclutamiento masivo."
            )
        if self.held_on is None:
            errors["held_on"] = translate("domain.fairs", "Indique la fecha de la feria.")
        elif self.held_on > today + timedelta(days=MAX_DAYS_AHEAD):
            errors["held_on"] = translate(
                "domain.fairs",
                "La fecha está a más de un año: revísela (una feria se registra hasta el {date}).",
            ).format(date=format_date(today + timedelta(days=MAX_DAYS_AHEAD)))
        if not self.comuna_code.strip():
            errors["comuna_code"] = translate("domain.fairs", "Elija la comuna donde se realiza.")
        elif not known_comuna:
            errors["comuna_code"] = translate("domain.fairs", "Elija una comuna de la lista.")
        if network is not None:
            allowed = set(network)
            outside = [c for c in self.co_organisers if c not in allowed or c == office_code]
            if outside:
                errors["co_organisers"] = translate(
                    "domain.fairs",
                    "Solo co-organizan oficinas de la Red Territorial de la oficina.",
                )
        for name, limit in MAX_LENGTHS.items():
            length = len(getattr(self, name).strip())
            if length > limit:
                errors[name] = too_long(FIELD_LABELS[name], limit, length)
        return errors

    def organisers(self, office_code: str) -> tuple[str, ...]:
        """Every organising office, the recording one included, sorted (as stored)."""
        return organisers_of(organisers_text((office_code, *self.co_organisers)))


@dataclass
class FairCompanyData:
    """A company taking part in a fair, with what it brings."""

    company_id: str | None = None
    openings: int | None = 0
    """Cupos the company brings to fill at the fair."""
    positions: str = ""
    """Cargos ofrecidos, as free text (e.g. «Operario de planta, Cajero(a)»)."""
    notes: str = ""

    def cleaned(self) -> FairCompanyData:
        return replace(
            self,
            company_id=self.company_id or None,
            positions=" ".join(self.positions.split()),
            notes=self.notes.strip(),
        )

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.company_id:
            errors["company_id"] = translate("domain.fairs", "Elija la empresa que participa.")
        if self.openings is None:
            errors["openings"] = translate(
                "domain.fairs", "Indique cuántos cupos trae la empresa (0 si ninguno)."
            )
        elif self.openings < 0:
            errors["openings"] = translate("domain.fairs", "Los cupos no pueden ser negativos.")
        elif self.openings > MAX_OPENINGS:
            errors["openings"] = f"Los cupos van de 0 a {MAX_OPENINGS:,}.".replace(",", ".")
        if len(self.positions) > POSITIONS_MAX:
            errors["positions"] = too_long(
                COMPANY_LABELS["positions"], POSITIONS_MAX, len(self.positions)
            )
        if len(self.notes) > LONG_TEXT_MAX:
            errors["notes"] = too_long(COMPANY_LABELS["notes"], LONG_TEXT_MAX, len(self.notes))
        return errors
