"""Dates as Chilean users write them (``dd-mm-aaaa``) and age calculation."""

import re
from datetime import date

from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, LabelList, translate

__all__ = ["age_on", "format_date", "parse_date"]

_DAY_FIRST = re.compile(
    r"(?P<day>[0-9]{1,2})(?P<sep>[-/.])(?P<month>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4})"
)
_ISO = re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})")
_FORMAT_MESSAGE = "Escriba la fecha como dd-mm-aaaa, por ejemplo 31-12-1990."


def parse_date(text: str) -> date:
    """Parse ``dd-mm-aaaa`` (also with ``/`` or ``.``) or ISO ``aaaa-mm-dd``."""
    cleaned = "".join(text.split())
    match = _DAY_FIRST.fullmatch(cleaned) or _ISO.fullmatch(cleaned)
    if match is None:
        raise ValueError(_FORMAT_MESSAGE)
    day, month, year = int(match["day"]), int(match["month"]), int(match["year"])
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            translate(
                "domain.dates", "La fecha {day:02d}-{month:02d}-{year:04d} no existe."
            ).format(day=day, month=month, year=year)
        ) from None


def format_date(d: date | None) -> str:
    """Format as ``dd-mm-aaaa``; ``None`` gives an empty string."""
    if d is None:
        return ""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def age_on(birth: date, today: date) -> int:
    """Whole years lived by ``today``.

    The age goes up on the birthday; someone born on 29 February gets one year older on
    1 March in common years. A ``birth`` after ``today`` gives a negative number; callers
    validate that case themselves.
    """
    before_birthday = (today.month, today.day) < (birth.month, birth.day)
    return today.year - birth.year - int(before_birthday)


WEEKDAYS = LabelList(
    "domain.dates",
    (
        QT_TRANSLATE_NOOP("domain.dates", "lunes"),
        QT_TRANSLATE_NOOP("domain.dates", "martes"),
        QT_TRANSLATE_NOOP("domain.dates", "miércoles"),
        QT_TRANSLATE_NOOP("domain.dates", "jueves"),
        QT_TRANSLATE_NOOP("domain.dates", "viernes"),
        QT_TRANSLATE_NOOP("domain.dates", "sábado"),
        QT_TRANSLATE_NOOP("domain.dates", "domingo"),
    ),
)
"""The days of the week, Monday first (``date.weekday()`` order)."""

MONTH_NAMES = LabelList(
    "domain.dates",
    (
        QT_TRANSLATE_NOOP("domain.dates", "enero"),
        QT_TRANSLATE_NOOP("domain.dates", "febrero"),
        QT_TRANSLATE_NOOP("domain.dates", "marzo"),
        QT_TRANSLATE_NOOP("domain.dates", "abril"),
        QT_TRANSLATE_NOOP("domain.dates", "mayo"),
        QT_TRANSLATE_NOOP("domain.dates", "junio"),
        QT_TRANSLATE_NOOP("domain.dates", "julio"),
        QT_TRANSLATE_NOOP("domain.dates", "agosto"),
        QT_TRANSLATE_NOOP("domain.dates", "septiembre"),
        QT_TRANSLATE_NOOP("domain.dates", "octubre"),
        QT_TRANSLATE_NOOP("domain.dates", "noviembre"),
        QT_TRANSLATE_NOOP("domain.dates", "diciembre"),
    ),
)
"""The months, January first."""
