"""The printed documents of the FOMIL agreement, as PDF files: the monthly rendición de gastos
(optionally with the annex of its supporting documents) and the valorización of the services.

The data comes from :class:`RenditionService` (the same figures the window shows), the letterhead
and paper from the office's settings (:meth:`OfficeService.letterhead`), the name under the
encargado(a) OMIL's signature from the office. A PDF is saved with
:func:`~omil_desktop.services.workshop_documents.write_whole`: whole, or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from omil_desktop.domain.rendition import Month
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.office import OfficeService
from omil_desktop.services.rendition import AgreementRecord, RenditionService
from omil_desktop.services.workshop_documents import write_whole
from omil_desktop.store.database import Database

if TYPE_CHECKING:
    from omil_desktop.reports.template import Letterhead, Paper, Progress


def agreement_of_month(service: RenditionService, month: Month) -> AgreementRecord:
    """The agreement whose execution period holds ``month`` (what a month's rendición or export
    is of); ServiceError, in Spanish, when none does."""
    found = service.agreement_of_month(month)
    if found is None:
        raise ServiceError(
            translate(
                "services.rendition_documents",
                "Ningún convenio FOMIL de la oficina se ejecuta en {label}: revise el mes o "
                "registre el convenio de ese año.",
            ).format(label=month.label)
        )
    return found


class RenditionDocuments:
    """``now``: the clock of the generation date printed on every page; the PC's local time by
    default."""

    def __init__(
        self,
        db: Database,
        territory: Territory,
        office_code: str,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._rendition = RenditionService(db, territory, office_code)
        self._office = OfficeService(db, territory)
        self._now = now

    def agreement_of_month(self, month: Month) -> AgreementRecord:
        """The agreement whose execution period holds ``month``; ServiceError when none does."""
        return agreement_of_month(self._rendition, month)

    def rendition(
        self,
        agreement_id: str,
        month: Month,
        out: Path,
        *,
        annex: bool = False,
        progress: Progress | None = None,
    ) -> int:
        """The month's rendición de gastos (with the annex of the month's supporting documents
        when ``annex``); returns its number of pages. NotFound / ServiceError (in Spanish) for
        an agreement that does not exist or a month outside its period."""
        from omil_desktop.reports import rendition as printed  # loads ReportLab

        statement = self._rendition.statement(agreement_id, month, annex=annex)
        letterhead, paper, officer = self._printing()
        return write_whole(
            out,
            lambda file: printed.rendition(
                statement,
                letterhead,
                file,
                generated=self._now(),
                paper=paper,
                officer=officer,
                progress=progress,
            ),
        )

    def valuation(
        self, starts_on: date, ends_on: date, out: Path, progress: Progress | None = None
    ) -> int:
        """The cost of each service from ``starts_on`` to ``ends_on``; returns its number of
        pages. ValidationFailed when the period ends before it starts."""
        from omil_desktop.reports import rendition as printed

        costs = self._rendition.valuation(starts_on, ends_on)
        letterhead, paper, _officer = self._printing()
        return write_whole(
            out,
            lambda file: printed.valuation(
                costs, letterhead, file, generated=self._now(), paper=paper, progress=progress
            ),
        )

    def _printing(self) -> tuple[Letterhead, Paper, str]:
        settings = self._office.document_settings()
        return self._office.letterhead(settings), settings.paper, settings.officer_name
