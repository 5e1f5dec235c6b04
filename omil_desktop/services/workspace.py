"""Opening an office's data: migrate, connect, and hand out the use cases."""

from __future__ import annotations

from pathlib import Path

from omil_desktop.domain.territory import Territory
from omil_desktop.services.access import AccessService, Officer
from omil_desktop.services.attentions import AttentionsService
from omil_desktop.services.audit import AuditService, officer_text
from omil_desktop.services.backups import Backups
from omil_desktop.services.companies import CompaniesService
from omil_desktop.services.data_requests import DataRequestsService
from omil_desktop.services.erasure import ErasureService
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.matching import MatchingService
from omil_desktop.services.notices import NoticesService
from omil_desktop.services.office import OfficeInfo, OfficeService
from omil_desktop.services.people import PeopleService
from omil_desktop.services.person_data import PersonDataService
from omil_desktop.services.referrals import ReferralsService
from omil_desktop.services.rendition import RenditionService
from omil_desktop.services.retention import RetentionService
from omil_desktop.services.sync_conflicts import ConflictsService, SetAsideService
from omil_desktop.services.vacancies import VacanciesService
from omil_desktop.services.workshops import WorkshopsService
from omil_desktop.store.database import Database
from omil_desktop.store.integrity import CheckResult, StartupCheck
from omil_desktop.store.lock import DataFolderLock
from omil_desktop.store.migrate import prepare


class OfficeNotSetUp(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            "La oficina aún no está configurada. Abra el programa y elija la comuna, o use "
            "«omil-desktop init --comuna CUT --officer NOMBRE»."
        )


class Workspace:
    """One data directory, opened: checked and migrated before anything reads or writes it.

    A database missing where an office was set up, or damaged, is refused before it is opened
    (``DatabaseMissing``/``DatabaseDamaged``, Spanish messages; the file is not touched).
    ``check_budget`` bounds the start-up ``quick_check`` in seconds (None: the whole file);
    :attr:`startup_check` says whether it saw the whole file; ``checked`` is that check when the
    caller already made it. ``lock``, the data folder's lock held by the caller (the window), is
    released when the workspace closes.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        check_budget: float | None = None,
        lock: DataFolderLock | None = None,
        checked: StartupCheck | None = None,
    ) -> None:
        prepared = prepare(data_dir, check_budget=check_budget, checked=checked)
        self.startup_check: CheckResult = prepared.check.result
        self.lock = lock
        self.data_dir = data_dir
        self.db = Database(data_dir)
        self._officer: Officer | None = None
        self.territory = Territory.default()
        self.office_service = OfficeService(self.db, self.territory)
        self._office = self.office_service.current()

    @property
    def office(self) -> OfficeInfo | None:
        return self._office

    def set_up_office(self, comuna_code: str, officer_name: str) -> OfficeInfo:
        self._office = self.office_service.set_up(comuna_code, officer_name)
        return self._office

    def _office_code(self) -> str:
        if self._office is None:
            raise OfficeNotSetUp()
        return self._office.comuna_code

    @property
    def people(self) -> PeopleService:
        return PeopleService(self.db, self.territory, self._office_code())

    @property
    def attentions(self) -> AttentionsService:
        return AttentionsService(self.db, self._office_code())

    @property
    def notices(self) -> NoticesService:
        return NoticesService(self.db, self.territory, self._office_code())

    @property
    def matching(self) -> MatchingService:
        """Candidates for a vacancy and vacancies for a person (services/matching.py)."""
        return MatchingService(self.db, self.territory, self._office_code())

    @property
    def companies(self) -> CompaniesService:
        """Empresas, their contacts and interactions; those the network shares, read-only."""
        return CompaniesService(self.db, self.territory, self._office_code())

    @property
    def backups(self) -> Backups:
        return Backups(self.data_dir, self.territory)

    @property
    def conflicts(self) -> ConflictsService:
        """Conflictos de sincronización waiting for the officer (no office needed to list them)."""
        return ConflictsService(self.db, self.territory)

    @property
    def set_aside(self) -> SetAsideService:
        """Received records sync could not apply here, waiting for a retry or the officer."""
        return SetAsideService(self.db)

    @property
    def vacancies(self) -> VacanciesService:
        return VacanciesService(self.db, self.territory, self._office_code())

    @property
    def referrals(self) -> ReferralsService:
        """Referrals, placements and their follow-ups."""
        return ReferralsService(self.db, self.territory, self._office_code())

    @property
    def workshops(self) -> WorkshopsService:
        """Talleres de apresto: sessions, enrollment, attendance and completion."""
        return WorkshopsService(self.db, self.territory, self._office_code())

    @property
    def rendition(self) -> RenditionService:
        """Rendición de gastos FOMIL: agreement, budget, expenses, months, cost of services."""
        return RenditionService(self.db, self.territory, self._office_code())

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()

    # -- who is signed in (services/access.py) -----------------------------------------------

    @property
    def officer(self) -> Officer | None:
        """The officer who unlocked the data (set by whoever unlocked: the window, a command);
        None for a plain legacy folder, or one opened by a test without signing in. The
        database's audit capture names them in its entries."""
        return self._officer

    @officer.setter
    def officer(self, officer: Officer | None) -> None:
        self._officer = officer
        self.db.actor = officer_text(officer) if officer is not None else None

    def require_manager(self) -> None:
        """ServiceError (Spanish) when the officer signed in is «apoyo»: accounts, retention,
        erasure, the office's settings and restoring a backup are the encargado(a)'s."""
        if self.officer is not None and not self.officer.is_manager:
            raise ServiceError(
                "Esta acción es de la persona encargada de la OMIL; su cuenta es de apoyo. "
                "Pídasela a quien está a cargo."
            )

    @property
    def access(self) -> AccessService:
        """Officers' accounts: list, add, deactivate, change one's own password."""
        return AccessService(self.db, self.data_dir, self.officer)

    @property
    def audit(self) -> AuditService:
        """The audit log of people's data: views, exports and prints recorded; the log read,
        verified and exported (creates, changes and deletes are audited by the database)."""
        return AuditService(self.db)

    # -- the person's rights (Ley 21.719): copy of their data, requests, erasure ---------------

    @property
    def data_requests(self) -> DataRequestsService:
        """The people's requests about their data (derechos ARCOP) and their deadlines."""
        return DataRequestsService(self.db, self._office_code())

    @property
    def erasure(self) -> ErasureService:
        """Anonymisation of a person (supresión): for the encargado(a) only."""
        return ErasureService(
            self.db, self._office_code(), require_manager=self.require_manager, audit=self.audit
        )

    @property
    def person_data(self) -> PersonDataService:
        """The copy of a person's data (PDF and JSON): access and portability."""
        return PersonDataService(self)

    @property
    def retention(self) -> RetentionService:
        """Retention periods and the yearly review (services/retention.py): set by the
        encargado(a); who is past the period is anonymised through :attr:`erasure`."""
        return RetentionService(
            self.db,
            self._office_code(),
            require_manager=self.require_manager,
            anonymise=lambda person_id, reason: self.erasure.anonymise(person_id, reason),
            finish_pending=lambda day: self.erasure.finish_pending(day),
        )
