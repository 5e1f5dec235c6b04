"""The paper every printed document uses (an office setting), light to import: the office's
settings read it without loading ReportLab."""

from __future__ import annotations

from enum import StrEnum

from omil_desktop.domain.texts import translate

_POINTS_PER_MM = 72 / 25.4


class Paper(StrEnum):
    """Carta (letter, what Chilean municipalities print on; the default) or A4."""

    LETTER = "carta"
    A4 = "a4"

    @property
    def label(self) -> str:
        return {
            "carta": translate("reports.paper", "Carta (216 × 279 mm)"),
            "a4": translate("reports.paper", "A4 (210 × 297 mm)"),
        }[self.value]

    @property
    def size(self) -> tuple[float, float]:
        """Width and height in points (ReportLab's ``LETTER`` and ``A4``)."""
        if self is Paper.LETTER:
            return (612.0, 792.0)
        return (210 * _POINTS_PER_MM, 297 * _POINTS_PER_MM)
