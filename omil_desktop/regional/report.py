"""The region's overview of a year as a spreadsheet (``omil-regional report --year --out``).

One sheet: every office of the region under its Red Territorial, a subtotal row after each
network and the region's total last, from :func:`omil_desktop.regional.figures.region_figures`
(the same figures the region's web page shows). Written with THE .xlsx writer
(:mod:`omil_desktop.xlsx`: header frozen in sight), whole or not at all: into a temporary file
beside the target, then renamed over it.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from omil_desktop.domain.text import os_reason
from omil_desktop.regional.core import AdminError
from omil_desktop.regional.figures import (
    INDICATOR_LABELS,
    INDICATORS,
    Figures,
    RegionFigures,
    region_figures,
)
from omil_desktop.regional.service import RegionalService
from omil_desktop.xlsx import write_sheet

FIRST_YEAR = 2000
LAST_YEAR = 2100

HEADER: list[str] = [
    "Red Territorial",
    "CUT",
    "Oficina",
    "Última sincronización (UTC)",
    "Personas atendidas",
    "Atenciones",
    "Colocaciones",
    "Meta de colocación",
    "% de la meta de colocación",
    "Metas de gestión cumplidas",
    "Metas de gestión fijadas",
    "Talleres",
    "Participantes de talleres",
    "Ferias laborales",
    "Meses de rendición cerrados",
    *(f"{INDICATOR_LABELS[name]} (avance)" for name in INDICATORS),
    *(f"{INDICATOR_LABELS[name]} (meta)" for name in INDICATORS),
]
SUBTOTAL = "Subtotal {network}"
TOTAL = "Total región de {region}"
_SYNC_COLUMN = 3


def row_of(network: str, cut: str, name: str, last_sync: datetime | None, f: Figures) -> list[Any]:
    """One row of the sheet (an office, a network's subtotal or the region's total)."""
    return [
        network,
        cut,
        name,
        last_sync,
        f.people_served,
        f.attentions,
        f.placements,
        f.placement_target,
        f.placement_percent,
        f.gestion_met,
        f.gestion_targets,
        f.workshops,
        f.participants,
        f.fairs,
        f.months_closed,
        *(f.indicators.get(name, 0) for name in INDICATORS),
        *(f.targets.get(name) for name in INDICATORS),
    ]


def report_rows(figures: RegionFigures) -> list[list[Any]]:
    """The sheet's rows under the header: each network's offices and subtotal, then the total."""
    rows: list[list[Any]] = []
    for network in figures.networks:
        for office in network.offices:
            rows.append(
                row_of(network.name, office.cut, office.name, office.last_sync_at, office.figures)
            )
        label = SUBTOTAL.format(network=network.name)
        rows.append(row_of(network.name, "", label, None, network.subtotal))
    total = TOTAL.format(region=figures.region_name)
    rows.append(row_of("", "", total, None, figures.totals))
    return rows


def write_region_report(service: RegionalService, year: int, out: Path) -> RegionFigures:
    """Write the region's overview of ``year`` to ``out`` (.xlsx); returns the figures written.
    AdminError (Spanish) when the year is out of range or the file cannot be written."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise AdminError(f"El año debe estar entre {FIRST_YEAR} y {LAST_YEAR}.")
    service.identity()  # NotInitialized: a server without a region has nothing to report
    figures = region_figures(service.store, year, territory=service.territory)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".informe-", suffix=".xlsx", dir=folder)
    except OSError as exc:
        raise AdminError(f"No se puede escribir en {folder} ({os_reason(exc)}).") from None
    os.close(handle)
    try:
        write_sheet(
            Path(temporary),
            f"Región {year}"[:31],
            HEADER,
            report_rows(figures),
            formats={_SYNC_COLUMN: "DD-MM-YYYY HH:MM"},
            widths={0: 22, 2: 28, _SYNC_COLUMN: 18},
        )
        os.replace(temporary, out)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise AdminError(f"No se pudo escribir {out} ({os_reason(exc)}).") from None
    return figures
