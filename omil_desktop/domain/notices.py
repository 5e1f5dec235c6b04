"""Notices (avisos): what one holds and what makes it valid (Spanish messages)."""

from __future__ import annotations

from datetime import date

from omil_desktop.domain.people import LONG_TEXT_MAX
from omil_desktop.domain.texts import translate

TITLE_MAX = 200
BODY_MAX = LONG_TEXT_MAX


def tidy_notice(title: str, body: str) -> tuple[str, str]:
    """The title on one line with single spaces; the text without blank ends."""
    return " ".join(title.split()), body.strip()


def validate_notice(title: str, body: str, published_on: date | None) -> dict[str, str]:
    """Field name → Spanish message for every problem of a (tidied) notice; empty when valid."""
    errors: dict[str, str] = {}
    if not title:
        errors["title"] = translate("domain.notices", "Escriba el título del aviso.")
    elif len(title) > TITLE_MAX:
        errors["title"] = translate(
            "domain.notices", "El título no puede pasar de {TITLE_MAX} caracteres."
        ).format(TITLE_MAX=TITLE_MAX)
    if len(body) > BODY_MAX:
        errors["body"] = f"El texto no puede pasar de {BODY_MAX:,} caracteres.".replace(",", ".")
    if published_on is None:
        errors["published_on"] = translate("domain.notices", "Indique la fecha de publicación.")
    return errors
