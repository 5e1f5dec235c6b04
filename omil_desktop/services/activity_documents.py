"""The activity report as files: the PDF for the concejo and its Excel export.

The figures come from :class:`ActivityService` (the one definition of each count), the
letterhead and paper from the office's settings (:meth:`OfficeService.letterhead`). The PDF is
saved with :func:`~omil_desktop.services.workshop_documents.write_whole` and the spreadsheet the
same way (a temporary file beside the target, renamed once whole): a failed or cancelled run
leaves no half file and keeps an older one as it was. Both take a ``progress(done, total)``
that may raise to cancel, so the window runs them off the GUI thread.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from omil_desktop.domain.activity import ActivityFigures, Period
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import os_reason
from omil_desktop.domain.texts import translate
from omil_desktop.services.activity import ActivityService
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.office import OfficeService
from omil_desktop.services.workshop_documents import write_whole
from omil_desktop.store.database import Database

if TYPE_CHECKING:
    from omil_desktop.reports.template import Progress

PDF_SUFFIX = ".pdf"
EXCEL_SUFFIX = ".xlsx"
WRONG_SUFFIX = (
    "El informe de actividad se guarda como PDF (.pdf) o como planilla Excel (.xlsx): "
    "escriba un nombre terminado en .pdf o .xlsx, no «{name}»."
)

EXCEL_HEADER_FIXED = ["Sección", "Indicador"]
EXCEL_FORMATS = {2: "#,##0", 3: "#,##0"}
"""The two periods' columns as numbers with thousands (an average keeps its decimal)."""


def check_suffix(out: Path) -> str:
    """``.pdf`` or ``.xlsx`` (the kind of file ``out`` names); ServiceError otherwise."""
    suffix = out.suffix.lower()
    if suffix not in (PDF_SUFFIX, EXCEL_SUFFIX):
        raise ServiceError(WRONG_SUFFIX.format(name=out.name))
    return suffix


def excel_rows(figures: ActivityFigures) -> list[list[Any]]:
    """The export's rows: section, figure, the period's value, the year before's, the change;
    then the satisfaction surveys and the cost of services. Numbers as numbers."""
    rows: list[list[Any]] = []
    for section in figures.sections():
        for line in section.lines:
            label = ("   " + line.label) if line.indent else line.label
            rows.append(
                [
                    section.title,
                    label,
                    line.current,
                    line.previous,
                    "" if line.current is None else line.change,
                ]
            )
    previous = {s.service: s for s in figures.previous.satisfaction}
    for survey in figures.current.satisfaction:
        then = previous.get(survey.service)
        rows.append(
            [
                translate("services.activity_documents", "Satisfacción de usuarios"),
                f"{survey.service}: respuestas",
                survey.answers,
                then.answers if then else 0,
                "",
            ]
        )
        rows.append(
            [
                translate("services.activity_documents", "Satisfacción de usuarios"),
                f"{survey.service}: nota promedio (1 a 7)",
                survey.average,
                then.average if then else None,
                "",
            ]
        )
    if figures.costs is None:
        from omil_desktop.reports.activity import NO_AGREEMENT  # the one wording

        rows.append(
            [
                translate("services.activity_documents", "Costo por servicio"),
                NO_AGREEMENT,
                None,
                None,
                "",
            ]
        )
    else:
        for cost in figures.costs.costs:
            rows.append(
                [
                    translate("services.activity_documents", "Costo por servicio"),
                    f"{cost.label}: cantidad",
                    cost.count,
                    None,
                    "",
                ]
            )
            rows.append(
                [
                    translate("services.activity_documents", "Costo por servicio"),
                    translate(
                        "services.activity_documents", "{label}: costo por unidad total ($)"
                    ).format(label=cost.label),
                    cost.total_each,
                    None,
                    "",
                ]
            )
    return rows


class ActivityDocuments:
    """``now``: the clock of the generation date printed on every page; the PC's local time
    by default."""

    def __init__(
        self,
        db: Database,
        territory: Territory,
        office_code: str,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._activity = ActivityService(db, territory, office_code)
        self._office = OfficeService(db, territory)
        self._now = now

    def figures(self, period: Period) -> ActivityFigures:
        return self._activity.figures(period)

    def write(
        self,
        period: Period,
        out: Path,
        progress: Progress | None = None,
        *,
        figures: ActivityFigures | None = None,
    ) -> int:
        """The report as ``out`` names it: a PDF (returns its pages) or an Excel workbook
        (returns its rows); ServiceError for any other kind of file. ``figures``: the period's,
        when the caller already has them."""
        if check_suffix(out) == EXCEL_SUFFIX:
            return self.excel(period, out, progress, figures=figures)
        return self.pdf(period, out, progress, figures=figures)

    def pdf(
        self,
        period: Period,
        out: Path,
        progress: Progress | None = None,
        *,
        figures: ActivityFigures | None = None,
    ) -> int:
        """The activity report of ``period`` as a PDF; returns its number of pages."""
        from omil_desktop.reports.activity import activity_report  # loads ReportLab

        if progress is not None:
            progress(0, 0)  # counting: a cancel is heard before the layout starts
        figures = figures or self._activity.figures(period)
        settings = self._office.document_settings()
        letterhead = self._office.letterhead(settings)
        return write_whole(
            out,
            lambda file: activity_report(
                figures,
                letterhead,
                file,
                generated=self._now(),
                paper=settings.paper,
                progress=progress,
            ),
        )

    def excel(
        self,
        period: Period,
        out: Path,
        progress: Progress | None = None,
        *,
        figures: ActivityFigures | None = None,
    ) -> int:
        """The activity report of ``period`` as an .xlsx (one row per figure, numbers as
        numbers); returns the number of rows written."""
        from omil_desktop.services.spreadsheets import write_xlsx  # only the export needs it

        if progress is not None:
            progress(0, 2)
        figures = figures or self._activity.figures(period)
        rows = excel_rows(figures)
        if progress is not None:
            progress(1, 2)
        header = [
            *EXCEL_HEADER_FIXED,
            figures.period.label.capitalize(),
            figures.previous_period.label.capitalize(),
            translate("services.activity_documents", "Variación"),
        ]
        folder = out.parent if str(out.parent) else Path(".")
        if not folder.is_dir():
            raise ServiceError(
                translate(
                    "services.activity_documents",
                    "No existe la carpeta «{folder}»: elija otra para guardar.",
                ).format(folder=folder)
            )
        temporary = folder / f".{out.stem}.{uuid.uuid4().hex[:12]}.tmp.xlsx"
        try:
            write_xlsx(
                temporary,
                _sheet_name(figures.period),
                header,
                rows,
                error=ServiceError,
                formats=EXCEL_FORMATS,
            )
            os.replace(temporary, out)
        except PermissionError:
            raise ServiceError(
                translate(
                    "services.activity_documents",
                    "No se pudo guardar «{name}»: si la planilla está abierta en otro programa, "
                    "ciérrela y vuelva a intentarlo.",
                ).format(name=out.name)
            ) from None
        except OSError as exc:
            raise ServiceError(
                translate(
                    "services.activity_documents", "No se pudo guardar «{name}» ({os_reason})."
                ).format(name=out.name, os_reason=os_reason(exc))
            ) from None
        finally:
            temporary.unlink(missing_ok=True)
        if progress is not None:
            progress(2, 2)
        return len(rows)


def _sheet_name(period: Period) -> str:
    """Excel allows 31 characters and no ``/ \\ ? * [ ] :`` in a sheet's name."""
    name = translate("services.activity_documents", "Actividad {label}").format(label=period.label)
    for bad in "/\\?*[]:":
        name = name.replace(bad, "-")
    return name[:31]


def summary_text(figures: ActivityFigures) -> str:
    """One line for the CLI and the window: ``4 personas atendidas, 10 atenciones``."""
    now = figures.current
    return translate("services.activity_documents", "{people}, {attentions}, {placements}").format(
        people=translate(
            "services.activity_documents", "%Ln persona(s) atendida(s)", None, now.people_served
        ),
        attentions=translate(
            "services.activity_documents", "%Ln atención(es)", None, now.attentions
        ),
        placements=translate(
            "services.activity_documents", "%Ln colocación(es)", None, now.placements
        ),
    )
