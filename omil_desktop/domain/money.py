"""Chilean pesos (CLP). Amounts are whole pesos held in ``int``, never ``float``."""

import re

from omil_desktop.domain.texts import translate

__all__ = ["format_clp", "parse_clp"]

_AMOUNT = re.compile(r"(?P<sign>-?)\s*\$?\s*(?P<number>.*)", re.DOTALL)
_PLAIN = re.compile(r"[0-9]+")
_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_DECIMAL = re.compile(r"[0-9.]*,[0-9]*")


def format_clp(amount: int) -> str:
    """Format whole pesos: ``1234567`` → ``$1.234.567``, ``-5000`` → ``-$5.000``."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"amount must be int, not {type(amount).__name__}")
    sign = "-" if amount < 0 else ""
    return f"{sign}${abs(amount):,}".replace(",", ".")


def parse_clp(text: str) -> int:
    """Parse an amount in pesos as people type it: ``$1.234.567``, ``1234567``, ``-$5.000``.

    A dot separates thousands, so it must group exactly three digits; decimals are rejected.
    """
    match = _AMOUNT.fullmatch(text.strip())
    assert match is not None  # the pattern accepts any text
    number = match["number"]
    if not number:
        raise ValueError(translate("domain.money", "Escriba un monto, por ejemplo $1.234.567."))
    if _DECIMAL.fullmatch(number):
        raise ValueError(
            translate("domain.money", "Los montos se registran en pesos enteros, sin decimales.")
        )
    if not set(number) <= set("0123456789.,"):
        raise ValueError(
            translate("domain.money", "El monto solo puede contener números, puntos y el signo $.")
        )
    if not (_PLAIN.fullmatch(number) or _GROUPED.fullmatch(number)):
        raise ValueError(
            translate(
                "domain.money",
                "El monto «{strip}» está mal escrito: use el punto solo para separar miles, por "
                "ejemplo 1.234.567.",
            ).format(strip=text.strip())
        )
    value = int(number.replace(".", ""))
    return -value if match["sign"] else value
