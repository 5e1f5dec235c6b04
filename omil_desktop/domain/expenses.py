"""The supporting documents of FOMIL expenses and how their amounts add up (issue 10).

Money is whole Chilean pesos (``int``). What each kind of document states:

- *factura*: net (neto) + IVA (19 % of the net, rounded to the peso) = total;
- *factura exenta*, *boleta de venta*, *liquidación de sueldo*, *comprobante de egreso*, *otro*:
  a total (the boleta's IVA is inside its total and is not itemised);
- *boleta de honorarios*: the gross fee (bruto) is the expense; the municipality withholds the
  retención for the SII (a rate set by year by Ley 21.133) and pays the rest (líquido).

:func:`check_amounts` says, field by field and in Spanish, what does not add up. This module is
the first part of the rendición de gastos (issue 10); the agreement, the budget, the expenses'
records and the monthly report build on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from omil_desktop.domain.money import format_clp
from omil_desktop.domain.texts import translate

IVA_PERCENT = 19
"""Impuesto al valor agregado (DL 825), on the net of a factura."""

RETENTION_BASIS_POINTS: dict[int, int] = {
    2019: 1075,
    2020: 1150,
    2021: 1150,
    2022: 1225,
    2023: 1300,
    2024: 1375,
    2025: 1450,
    2026: 1525,
    2027: 1600,
    2028: 1700,
}
"""Retención of a boleta de honorarios by year of issue, in basis points (hundredths of a
percent): 1525 is 15,25 %. Ley 21.133, with its 2021 step postponed a year by Ley 21.242; from
2028 on it stays at 17 %."""


class DocumentType(StrEnum):
    """The document that supports an expense."""

    INVOICE = "factura"
    EXEMPT_INVOICE = "factura_exenta"
    SALES_RECEIPT = "boleta_venta"
    FEE_RECEIPT = "boleta_honorarios"
    PAYSLIP = "liquidacion_sueldo"
    PAYMENT_VOUCHER = "comprobante_egreso"
    OTHER = "otro"

    @property
    def label(self) -> str:
        return {
            "factura": translate("domain.expenses", "Factura"),
            "factura_exenta": translate("domain.expenses", "Factura exenta"),
            "boleta_venta": translate("domain.expenses", "Boleta de venta"),
            "boleta_honorarios": translate("domain.expenses", "Boleta de honorarios"),
            "liquidacion_sueldo": translate("domain.expenses", "Liquidación de sueldo"),
            "comprobante_egreso": translate("domain.expenses", "Comprobante de egreso"),
            "otro": translate("domain.expenses", "Otro"),
        }[self.value]


def iva_of(net: int) -> int:
    """The IVA of a factura's net, rounded half up to the peso: ``iva_of(10_000) == 1_900``."""
    return (net * IVA_PERCENT + 50) // 100


def retention_rate(year: int) -> int:
    """The retención of a boleta de honorarios issued in ``year``, in hundredths of a percent."""
    if year < min(RETENTION_BASIS_POINTS):
        return RETENTION_BASIS_POINTS[min(RETENTION_BASIS_POINTS)]
    return RETENTION_BASIS_POINTS.get(year, RETENTION_BASIS_POINTS[2028])


def retention_of(gross: int, year: int) -> int:
    """The retención of a boleta de honorarios of ``gross`` pesos issued in ``year``, rounded
    half up to the peso: ``retention_of(100_000, 2026) == 15_250``."""
    return (gross * retention_rate(year) + 5_000) // 10_000


@dataclass(frozen=True)
class Amounts:
    """The amounts a document states, in whole pesos. Always ``total = net + iva - retention``:

    - a factura: its neto, its IVA (19 % of the neto) and the total;
    - a boleta de honorarios: ``net`` is the gross fee (bruto), ``retention`` what the
      municipality withholds for the SII, ``total`` the líquido paid to the provider;
    - every other document: ``net`` is its total (``iva`` and ``retention`` zero).

    The amount an expense charges to its budget line is :attr:`charged` (net + IVA): for a fee,
    its gross, since the municipality pays the retención to the SII on the provider's behalf.
    """

    net: int
    iva: int = 0
    retention: int = 0
    total: int = 0

    @property
    def charged(self) -> int:
        """What the expense costs the agreement: net + IVA (a fee's gross)."""
        return self.net + self.iva


def expected_amounts(document: DocumentType, net: int, year: int) -> Amounts:
    """The amounts a document of ``net`` pesos should state: a factura's IVA, a fee's
    retención for ``year``, and the total they make."""
    iva = iva_of(net) if document is DocumentType.INVOICE else 0
    retention = retention_of(net, year) if document is DocumentType.FEE_RECEIPT else 0
    return Amounts(net=net, iva=iva, retention=retention, total=net + iva - retention)


def check_amounts(document: DocumentType, amounts: Amounts, year: int) -> dict[str, str]:
    """Field name → Spanish message for every amount that does not add up; empty when they do.

    ``year``: when the document was issued (the retención of a fee depends on it). A difference
    of one peso in a factura's IVA or a fee's retención is accepted: suppliers round their own
    way.
    """
    errors: dict[str, str] = {}
    for name in ("net", "iva", "retention", "total"):
        if getattr(amounts, name) < 0:
            errors[name] = translate("domain.expenses", "Los montos no pueden ser negativos.")
    if errors:
        return errors
    net_label = (
        translate("domain.expenses", "El bruto")
        if document is DocumentType.FEE_RECEIPT
        else translate("domain.expenses", "El monto")
    )
    if document is DocumentType.INVOICE:
        net_label = translate("domain.expenses", "El neto")
    if amounts.net == 0:
        errors["net"] = translate(
            "domain.expenses", "{net_label} del documento no puede ser $0."
        ).format(net_label=net_label)
        return errors
    if document is DocumentType.INVOICE:
        expected_iva = iva_of(amounts.net)
        if abs(amounts.iva - expected_iva) > 1:
            errors["iva"] = translate(
                "domain.expenses", "El IVA de un neto de {clp} es {clp2} (19 %), no {clp3}."
            ).format(
                clp=format_clp(amounts.net),
                clp2=format_clp(expected_iva),
                clp3=format_clp(amounts.iva),
            )
    elif amounts.iva:
        errors["iva"] = translate("domain.expenses", "Una {lower} no lleva IVA aparte.").format(
            lower=document.label.lower()
        )
    if document is DocumentType.FEE_RECEIPT:
        expected = retention_of(amounts.net, year)
        if abs(amounts.retention - expected) > 1:
            rate = retention_rate(year)
            errors["retention"] = translate(
                "domain.expenses",
                "La retención de {year} es {value},{value2:02d} % del bruto: {clp}, no {clp2}.",
            ).format(
                year=year,
                value=rate // 100,
                value2=rate % 100,
                clp=format_clp(expected),
                clp2=format_clp(amounts.retention),
            )
    elif amounts.retention:
        errors["retention"] = translate(
            "domain.expenses", "Solo una boleta de honorarios lleva retención."
        )
    if not errors:
        adds_up = amounts.net + amounts.iva - amounts.retention
        if adds_up != amounts.total:
            what = {
                DocumentType.INVOICE: "Neto más IVA suman",
                DocumentType.FEE_RECEIPT: "El bruto menos la retención deja",
            }.get(document, "El monto es")
            errors["total"] = f"{what} {format_clp(adds_up)}, no {format_clp(amounts.total)}."
    return errors
