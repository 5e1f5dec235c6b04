"""Chilean RUT (Rol Único Tributario): parsing, validation and formatting."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

from omil_desktop.domain.texts import translate

__all__ = ["MAX_BODY", "InvalidRut", "Rut", "compute_dv"]

MAX_BODY = 99_999_999
_EXAMPLE = "12.345.678-5"
_ALLOWED = frozenset("0123456789.-kK")


class InvalidRut(ValueError):
    """A RUT that cannot be accepted; ``str()`` is a message meant for the user.

    ``wrong_check_digit``: the RUT as written (``12.345.678-9``) when only its check digit
    disagrees with its number, so a caller can say where to look (a person's carnet, a company's
    invoice).
    """

    def __init__(self, message: str, wrong_check_digit: str | None = None) -> None:
        super().__init__(message)
        self.wrong_check_digit = wrong_check_digit


def compute_dv(body: int) -> str:
    """Return the módulo 11 check digit of ``body`` ('0'-'9' or 'K')."""
    if isinstance(body, bool) or not isinstance(body, int):
        raise TypeError(f"body must be int, not {type(body).__name__}")
    if body < 0:
        raise ValueError("body must not be negative")
    total = 0
    factor = 2
    while body:
        body, digit = divmod(body, 10)
        total += digit * factor
        factor = 2 if factor == 7 else factor + 1
    remainder = 11 - total % 11
    if remainder == 11:
        return "0"
    if remainder == 10:
        return "K"
    return str(remainder)


def _group_thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


@dataclass(frozen=True, slots=True)
class Rut:
    """A valid RUT: a body number 1..99.999.999 and its check digit."""

    body: int
    dv: str

    def __post_init__(self) -> None:
        if isinstance(self.body, bool) or not isinstance(self.body, int):
            raise TypeError(f"body must be int, not {type(self.body).__name__}")
        if not isinstance(self.dv, str):
            raise TypeError(f"dv must be str, not {type(self.dv).__name__}")
        if not 1 <= self.body <= MAX_BODY:
            raise InvalidRut(
                translate(
                    "domain.rut", "El número del RUT debe estar entre 1 y {group_thousands}."
                ).format(group_thousands=_group_thousands(MAX_BODY))
            )
        dv = self.dv.upper()
        if dv != self.dv:
            object.__setattr__(self, "dv", dv)
        if dv != compute_dv(self.body):
            # Never name the digit that would fit: the mistake is as likely in the number as in
            # the last digit, and "correcting" the last one registers someone else's RUT.
            shown = f"{_group_thousands(self.body)}-{dv}"
            raise InvalidRut(
                translate(
                    "domain.rut", "El RUT {shown} no es válido: revise el número en el carnet."
                ).format(shown=shown),
                shown,
            )

    @classmethod
    def from_body(cls, body: int) -> Self:
        """Build the RUT for ``body``, computing its check digit."""
        return cls(body, compute_dv(body))

    @classmethod
    def parse(cls, text: str) -> Self:
        """Parse a RUT as people type it: ``12.345.678-5``, ``12345678-5``, ``123456785``.

        Spaces anywhere and dots are ignored and a lower-case ``k`` is accepted. Without a
        dash the last character is taken as the check digit.
        """
        cleaned = "".join(text.split())
        if not cleaned:
            raise InvalidRut(translate("domain.rut", "Escriba el RUT, por ejemplo 12.345.678-5."))
        if not set(cleaned) <= _ALLOWED:
            raise InvalidRut(
                translate(
                    "domain.rut", "El RUT solo puede contener números, puntos, guion y la letra K."
                )
            )
        cleaned = cleaned.replace(".", "")
        if cleaned.count("-") > 1:
            raise InvalidRut(
                translate("domain.rut", "El RUT lleva un solo guion, antes del dígito verificador.")
            )
        if "-" in cleaned:
            digits, _, dv = cleaned.partition("-")
        elif len(cleaned) >= 2:
            digits, dv = cleaned[:-1], cleaned[-1]
        else:
            digits, dv = cleaned, ""
        if not dv or not digits:
            raise InvalidRut(
                translate(
                    "domain.rut", "Escriba el RUT con su dígito verificador, por ejemplo {EXAMPLE}."
                ).format(EXAMPLE=_EXAMPLE)
            )
        if len(dv) > 1:
            raise InvalidRut(
                translate(
                    "domain.rut",
                    "El dígito verificador es un solo número o la letra K, después del guion.",
                )
            )
        if not digits.isdigit():
            raise InvalidRut(
                translate(
                    "domain.rut", "La letra K solo puede ir al final, como dígito verificador."
                )
            )
        significant = digits.lstrip("0")
        if not significant:
            raise InvalidRut(translate("domain.rut", "El número del RUT no puede ser cero."))
        if len(significant) > len(str(MAX_BODY)):
            raise InvalidRut(
                translate(
                    "domain.rut",
                    "El RUT es demasiado largo: el número antes del guion tiene como máximo 8 "
                    "dígitos.",
                )
            )
        return cls(int(significant), dv)

    @classmethod
    def is_valid(cls, text: str) -> bool:
        """Whether ``text`` parses as a valid RUT."""
        try:
            cls.parse(text)
        except InvalidRut:
            return False
        return True

    def __str__(self) -> str:
        return f"{_group_thousands(self.body)}-{self.dv}"

    @property
    def compact(self) -> str:
        """Canonical stored form, e.g. ``12345678-5``."""
        return f"{self.body}-{self.dv}"

    @property
    def digits(self) -> str:
        """Body and check digit without separators, e.g. ``123456785``."""
        return f"{self.body}{self.dv}"
