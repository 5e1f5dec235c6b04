"""The office's identity: its comuna and its officer (first-run set-up)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from omil_desktop.domain.territory import Territory
from omil_desktop.services.errors import ValidationFailed
from omil_desktop.store.clock import utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.models import Office


@dataclass(frozen=True)
class OfficeInfo:
    comuna_code: str
    comuna_name: str
    region_name: str
    officer_name: str

    @property
    def title(self) -> str:
        return f"OMIL {self.comuna_name}"


class OfficeService:
    def __init__(self, db: Database, territory: Territory) -> None:
        self._db = db
        self._territory = territory

    def current(self) -> OfficeInfo | None:
        with self._db.transaction() as session:
            office = session.scalars(select(Office)).first()
            return self._info(office) if office else None

    def set_up(self, comuna_code: str, officer_name: str) -> OfficeInfo:
        """Record (or correct) which comuna this office serves and who its officer is."""
        errors: dict[str, str] = {}
        comuna = self._territory.find_comuna(comuna_code) if comuna_code.strip() else None
        if comuna is None:
            errors["comuna_code"] = "Elija la comuna de la oficina de la lista."
        officer_name = " ".join(officer_name.split())
        if len(officer_name) < 3:
            errors["officer_name"] = "Escriba el nombre completo de la persona a cargo."
        if errors or comuna is None:
            raise ValidationFailed(errors)
        with self._db.transaction() as session:
            office = session.scalars(select(Office)).first()
            if office is None:
                office = Office(created_at=utcnow())
                session.add(office)
            office.comuna_code = comuna.code
            office.officer_name = officer_name
            session.flush()
            return self._info(office)

    def _info(self, office: Office) -> OfficeInfo:
        return OfficeInfo(
            comuna_code=office.comuna_code,
            comuna_name=self._territory.comuna(office.comuna_code).name,
            region_name=self._territory.region_of_comuna(office.comuna_code).name,
            officer_name=office.officer_name,
        )
