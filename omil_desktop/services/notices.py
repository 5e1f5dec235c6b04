"""Notices (avisos): the office's own notes, which it may share with its Red Territorial.

The first shareable table (docs/sync-protocol.md §8). The office writes its own notices; notices
other offices of its network share, and the region's (``office_code = "REG"``), arrive by sync and
are read-only here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from omil_desktop.domain.notices import tidy_notice, validate_notice
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from omil_desktop.store.clock import utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.models import REGION_OFFICE, Notice


class ReadOnlyNotice(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            translate("services.notices", "Este aviso es de otra oficina: solo lectura.")
        )


@dataclass(frozen=True)
class NoticeRow:
    id: str
    title: str
    body: str
    published_on: date
    shared: bool
    office_code: str
    office_name: str
    """«OMIL Palena», or «Dirección Regional» for the region's notices."""
    read_only: bool
    """Another office's or the region's: shown, never edited here."""
    updated_at: datetime


class NoticesService:
    def __init__(self, db: Database, territory: Territory, office_code: str) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code

    def create(self, title: str, body: str, published_on: date | None, shared: bool = False) -> str:
        """Write a new notice of this office; return its id."""
        title, body, published_on = self._check(title, body, published_on)
        with self._db.transaction() as session:
            notice = Notice(
                office_code=self._office_code,
                title=title,
                body=body,
                published_on=published_on,
                shared=shared,
            )
            session.add(notice)
            session.flush()
            return notice.id

    def update(self, notice_id: str, title: str, body: str, published_on: date | None) -> None:
        """Correct an own notice (only the fields that changed travel)."""
        title, body, published_on = self._check(title, body, published_on)
        with self._db.transaction() as session:
            notice = self._own(session, notice_id)
            if notice.title != title:
                notice.title = title
            if notice.body != body:
                notice.body = body
            if notice.published_on != published_on:
                notice.published_on = published_on

    def set_shared(self, notice_id: str, shared: bool) -> None:
        """Share an own notice with the network, or stop sharing it (the others drop their copy)."""
        with self._db.transaction() as session:
            notice = self._own(session, notice_id)
            if notice.shared != shared:
                notice.shared = shared

    def delete(self, notice_id: str) -> None:
        """Delete an own notice (a tombstone: the deletion reaches the region and the network)."""
        with self._db.transaction() as session:
            self._own(session, notice_id).deleted_at = utcnow()

    def get(self, notice_id: str) -> NoticeRow:
        with self._db.transaction() as session:
            notice = session.get(Notice, notice_id)
            if notice is None or notice.deleted_at is not None:
                raise NotFound(translate("services.notices", "El aviso no existe o fue eliminado."))
            return self._row(notice)

    def list(self) -> list[NoticeRow]:
        """Own notices and those received (network, region), newest first."""
        stmt = (
            select(Notice)
            .where(
                Notice.deleted_at.is_(None),
                or_(
                    Notice.office_code == self._office_code,
                    Notice.office_code == REGION_OFFICE,
                    Notice.shared.is_(True),
                ),
            )
            .order_by(Notice.published_on.desc(), Notice.created_at.desc())
        )
        with self._db.transaction() as session:
            return [self._row(notice) for notice in session.scalars(stmt)]

    # -- helpers --------------------------------------------------------------------------------

    def _own(self, session: Session, notice_id: str) -> Notice:
        notice = session.get(Notice, notice_id)
        if notice is None or notice.deleted_at is not None:
            raise NotFound(translate("services.notices", "El aviso no existe o fue eliminado."))
        if notice.office_code != self._office_code:
            raise ReadOnlyNotice()
        return notice

    @staticmethod
    def _check(title: str, body: str, published_on: date | None) -> tuple[str, str, date]:
        title, body = tidy_notice(title, body)
        errors = validate_notice(title, body, published_on)
        if errors or published_on is None:
            raise ValidationFailed(errors)
        return title, body, published_on

    def _row(self, notice: Notice) -> NoticeRow:
        return NoticeRow(
            id=notice.id,
            title=notice.title,
            body=notice.body,
            published_on=notice.published_on,
            shared=notice.shared,
            office_code=notice.office_code,
            office_name=self.office_name(notice.office_code),
            read_only=notice.office_code != self._office_code,
            updated_at=notice.updated_at,
        )

    def office_name(self, office_code: str) -> str:
        if office_code == REGION_OFFICE:
            return translate("services.notices", "Dirección Regional")
        try:
            return translate("services.notices", "OMIL {name}").format(
                name=self._territory.comuna(office_code).name
            )
        except KeyError:
            return translate("services.notices", "Oficina {office_code}").format(
                office_code=office_code
            )
