"""The consent form as a PDF file (``reports/consent_form.py``), for a registered person or blank
to fill in by hand; saved whole or not at all (``write_whole``), and a person's printed copy
recorded in the audit log («imprimir»).

What it says comes from one place each: the basis of each processing from
``domain.privacy.PROCESSING_BASIS``, the rights from ``RIGHTS_TEXT``, the Red Territorial's
offices from the matching service (the network the region placed the office in), the letterhead
and paper from the office's settings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from omil_desktop.domain.privacy import (
    PROCESSING_BASIS,
    RIGHTS_TEXT,
    AuditAction,
    LegalBasis,
)
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import translate
from omil_desktop.services.audit import AuditService
from omil_desktop.services.errors import NotFound, ServiceError
from omil_desktop.services.matching import MatchingService
from omil_desktop.services.office import OfficeService
from omil_desktop.services.people import PeopleService
from omil_desktop.services.vacancies import office_name
from omil_desktop.services.workshop_documents import write_whole
from omil_desktop.store.database import Database
from omil_desktop.store.models import SyncState

if TYPE_CHECKING:
    from omil_desktop.reports.consent_form import ConsentFacts
    from omil_desktop.services.workspace import Workspace

PRINTED = "Formulario de consentimiento (PDF)"
"""What the audit log says was printed."""


class ConsentDocuments:
    """``audit``: the audit log's service (a person's printed copy is recorded there);
    ``now``: the clock of the generation date."""

    def __init__(
        self,
        db: Database,
        territory: Territory,
        office_code: str,
        *,
        audit: AuditService,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code
        self._people = PeopleService(db, territory, office_code)
        self._office = OfficeService(db, territory)
        self._audit = audit
        self._now = now

    @classmethod
    def of(cls, workspace: Workspace) -> ConsentDocuments:
        """Wired to the workspace's audit log (``workspace.audit``)."""
        office = workspace.office
        if office is None:
            raise ServiceError(
                translate(
                    "services.consent_documents",
                    "La oficina aún no está configurada: elija su comuna antes.",
                )
            )
        return cls(workspace.db, workspace.territory, office.comuna_code, audit=workspace.audit)

    def person_of(self, rut: Rut) -> str:
        """The id of the person with ``rut``; NotFound (Spanish) when nobody has it."""
        person_id = self._people.find_by_rut(rut)
        if person_id is None:
            raise NotFound(
                translate(
                    "services.consent_documents", "No hay una persona registrada con el RUT {rut}."
                ).format(rut=rut)
            )
        return person_id

    def write(self, out: Path, person_id: str | None = None) -> int:
        """The form for ``person_id`` (None: blank, to fill in by hand) into ``out``; returns
        its number of pages. A person's copy is recorded in the audit log once saved."""
        from omil_desktop.reports.consent_form import consent_form

        facts = self.facts(person_id)
        settings = self._office.document_settings()
        letterhead = self._office.letterhead(settings)
        generated = self._now()
        pages = write_whole(
            out,
            lambda file: consent_form(
                facts, letterhead, file, generated=generated, paper=settings.paper
            ),
        )
        if person_id is not None:
            self._audit.record(
                AuditAction.PRINTED,
                person_id=person_id,
                record_table="person",
                record_id=person_id,
                detail=PRINTED,
            )
        return pages

    def facts(self, person_id: str | None) -> ConsentFacts:
        from omil_desktop.reports.consent_form import ConsentFacts, ProcessingLine

        settings = self._office.document_settings()
        name = ident = ""
        consent_on = None
        if person_id is not None:
            data = self._people.get(person_id).data
            name = data.full_name()
            if data.rut is not None:
                ident = str(data.rut)
            else:
                kind = (
                    data.document_type.label
                    if data.document_type
                    else translate("services.consent_documents", "Documento")
                )
                ident = f"{kind} {data.document_number}".strip()
            consent_on = data.consent_on
        basis_words = {
            LegalBasis.LEGAL_FUNCTION: translate(
                "services.consent_documents", "Función legal de la OMIL (Ley 19.518, art. 73)"
            ),
            LegalBasis.CONSENT: translate("services.consent_documents", "Su consentimiento"),
        }
        network, offices = self._network()
        return ConsentFacts(
            office=office_name(self._territory, self._office_code),
            comuna=settings.comuna_name,
            officer_name=settings.officer_name,
            person_name=name,
            person_id=ident,
            processing=tuple(
                ProcessingLine(p.label, p.purpose, basis_words[basis])
                for p, basis in PROCESSING_BASIS.items()
            ),
            network=network,
            network_offices=offices,
            rights=tuple((kind.label, meaning) for kind, meaning in RIGHTS_TEXT.items()),
            consent_on=consent_on,
            printed_on=self._now().date(),
        )

    def _network(self) -> tuple[str, tuple[str, ...]]:
        """The Red Territorial's name and its other offices, by name."""
        codes = MatchingService(self._db, self._territory, self._office_code).network_comunas(
            self._office_code
        )
        with self._db.transaction() as session:
            state = session.get(SyncState, 1)
            enrolled = state.network if state is not None else ""
        networks = self._territory.networks()
        name = enrolled if enrolled in networks else self._territory.network_of(self._office_code)
        others = sorted(
            (office_name(self._territory, c) for c in codes if c != self._office_code), key=fold
        )
        return (name or "", tuple(others))
