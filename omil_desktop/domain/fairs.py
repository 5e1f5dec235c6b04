"""Ferias laborales and reclutamientos masivos: the words and the organising offices.

A fair is owned by the office that records it; offices of its Red Territorial that organise it
too are listed in ``organisers`` (their comuna CUT codes, the owner's included), and see it
because it is shared with the network. Codes stored and sent in sync are the enum values, which
never change once released; labels are what the officer reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum


class FairKind(StrEnum):
    """A job fair (several companies meet job seekers) or a mass recruitment (one company hires
    many people at once)."""

    FAIR = "feria"
    RECRUITMENT = "reclutamiento"

    @property
    def label(self) -> str:
        return {"feria": "Feria laboral", "reclutamiento": "Reclutamiento masivo"}[self.value]


_CUT = re.compile(r"[0-9]{5}")
MAX_ORGANISERS = 30
"""Most offices that may organise one fair (a whole Red Territorial, with room to spare)."""


def organisers_text(codes: Iterable[str]) -> str:
    """The organising offices as stored: their CUT codes, each once, sorted, comma-separated.

    Raises ValueError on a code that is not five digits."""
    unique = sorted(set(codes))
    for code in unique:
        if not _CUT.fullmatch(code):
            raise ValueError(f"«{code}» no es un código de comuna de cinco dígitos.")
    return ",".join(unique)


def organisers_of(text: str) -> tuple[str, ...]:
    """The CUT codes of ``organisers`` as stored (empty text: none)."""
    return tuple(code for code in text.split(",") if code) if text else ()
