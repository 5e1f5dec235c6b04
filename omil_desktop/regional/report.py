"""The region's overview of a year as a spreadsheet (``omil-regional report --year --out``).

One sheet: every office of the region under its Red Territorial, a subtotal row after each
network and the region's total last, from :func:`omil_desktop.regional.figures.region_figures`
(the same figures, columns and rows as the region's web page's Excel download:
:func:`~omil_desktop.regional.figures.write_overview_xlsx`), whole or not at all: into a
temporary file beside the target, then renamed over it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from omil_desktop.domain.text import os_reason
from omil_desktop.regional.core import AdminError
from omil_desktop.regional.figures import RegionFigures, region_figures, write_overview_xlsx
from omil_desktop.regional.service import RegionalService
from omil_desktop.regional.web import region_zone

FIRST_YEAR = 2000
LAST_YEAR = 2100


def _local_time(service: RegionalService) -> Callable[[datetime], datetime] | None:
    """Stored (naive UTC) moments in the region's time, as the web page shows them."""
    zone = region_zone(service.identity().region_code)
    if zone is None:
        return None
    return lambda moment: moment.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)


def write_region_report(service: RegionalService, year: int, out: Path) -> RegionFigures:
    """Write the region's overview of ``year`` to ``out`` (.xlsx); returns the figures written.
    AdminError (Spanish) when the year is out of range or the file cannot be written."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise AdminError(f"El año debe estar entre {FIRST_YEAR} y {LAST_YEAR}.")
    service.identity()  # NotInitialized: a server without a region has nothing to report
    local = _local_time(service)
    now = service.clock()
    today = (local(now) if local is not None else now).date()
    figures = region_figures(service.store, year, territory=service.territory, today=today)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".informe-", suffix=".xlsx", dir=folder)
    except OSError as exc:
        raise AdminError(f"No se puede escribir en {folder} ({os_reason(exc)}).") from None
    os.close(handle)
    try:
        write_overview_xlsx(figures, Path(temporary), local_time=local)
        os.replace(temporary, out)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise AdminError(f"No se pudo escribir {out} ({os_reason(exc)}).") from None
    return figures
