"""The staff access log of the region's web page (Ley 21.719: who saw which office's data, when).

The page writes one ``staff_access`` row per sign-in (accepted or refused), sign-out, page
viewed (the region's overview, an office's page) and download (CSV, Excel), with the account,
the office, the year and the client's address. The page never changes or deletes a row and has
no address that shows them; ``omil-regional accesos`` reads them. A refused sign-in keeps the
account only when one of that name exists: what was typed is never stored (it may be a password
typed in the wrong box). Nothing of it goes to the program's log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import select

from omil_desktop.regional.models import StaffAccess, StaffUser
from omil_desktop.regional.staff import ADDRESS_LENGTH, USERNAME, normalize_username
from omil_desktop.regional.store import RegionalStore
from omil_desktop.store.clock import utcnow


class Access(StrEnum):
    SIGN_IN = "ingreso"
    REFUSED = "ingreso_rechazado"
    SIGN_OUT = "salida"
    REGION = "vista_region"
    OFFICE = "vista_oficina"
    CSV = "descarga_csv"
    XLSX = "descarga_xlsx"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Access.SIGN_IN: "ingresó",
    Access.REFUSED: "ingreso rechazado",
    Access.SIGN_OUT: "salió",
    Access.REGION: "vio la región",
    Access.OFFICE: "vio la oficina",
    Access.CSV: "descargó CSV",
    Access.XLSX: "descargó Excel",
}


@dataclass(frozen=True, slots=True)
class AccessEntry:
    at: datetime
    username: str | None
    action: Access
    office_code: str | None
    year: int | None
    address: str


class AccessLog:
    """Append and read the access log; one transaction each."""

    def __init__(self, store: RegionalStore, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.clock = clock

    def record(
        self,
        action: Access,
        username: str | None,
        address: str,
        *,
        office_code: str | None = None,
        year: int | None = None,
    ) -> None:
        with self.store.write() as session:
            session.add(
                StaffAccess(
                    at=self.clock(),
                    username=username,
                    action=action.value,
                    office_code=office_code,
                    year=year,
                    address=address[:ADDRESS_LENGTH],
                )
            )

    def record_refused(self, typed: str, address: str) -> None:
        """A refused sign-in: the account when one of the typed name exists, else none."""
        name = normalize_username(typed)[:200]
        with self.store.write() as session:
            exists = USERNAME.match(name) is not None and session.get(StaffUser, name) is not None
            session.add(
                StaffAccess(
                    at=self.clock(),
                    username=name if exists else None,
                    action=Access.REFUSED.value,
                    address=address[:ADDRESS_LENGTH],
                )
            )

    def entries(
        self, *, since: date | None = None, username: str | None = None
    ) -> list[AccessEntry]:
        """Oldest first: from ``since`` (00:00 UTC of that day) on, of ``username`` alone."""
        query = select(StaffAccess).order_by(StaffAccess.at, StaffAccess.id)
        if since is not None:
            query = query.where(StaffAccess.at >= datetime.combine(since, time()))
        if username is not None:
            query = query.where(StaffAccess.username == normalize_username(username))
        with self.store.read() as session:
            return [
                AccessEntry(
                    row.at,
                    row.username,
                    Access(row.action),
                    row.office_code,
                    row.year,
                    row.address,
                )
                for row in session.scalars(query)
            ]
