"""Opening an office's data: migrate, connect, and hand out the use cases."""

from __future__ import annotations

from pathlib import Path

from omil_desktop.domain.territory import Territory
from omil_desktop.services.attentions import AttentionsService
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.notices import NoticesService
from omil_desktop.services.office import OfficeInfo, OfficeService
from omil_desktop.services.people import PeopleService
from omil_desktop.services.sync_conflicts import ConflictsService, SetAsideService
from omil_desktop.store.database import Database
from omil_desktop.store.migrate import migrate


class OfficeNotSetUp(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            "La oficina aún no está configurada. Abra el programa y elija la comuna, o use "
            "«omil-desktop init --comuna CUT --officer NOMBRE»."
        )


class Workspace:
    """One data directory, opened: the database is migrated before anything reads it."""

    def __init__(self, data_dir: Path) -> None:
        migrate(data_dir)
        self.data_dir = data_dir
        self.db = Database(data_dir)
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
    def conflicts(self) -> ConflictsService:
        """Conflictos de sincronización waiting for the officer (no office needed to list them)."""
        return ConflictsService(self.db, self.territory)

    @property
    def set_aside(self) -> SetAsideService:
        """Received records sync could not apply here, waiting for a retry or the officer."""
        return SetAsideService(self.db)

    def close(self) -> None:
        self.db.close()
