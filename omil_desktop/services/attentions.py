"""The dated log of services (atenciones) given to each person: record, correct, delete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from omil_desktop.domain.people import ServiceKind, tidy_lines, validate_attention
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import NotFound, ValidationFailed
from omil_desktop.services.surveys import retire_surveys_of
from omil_desktop.store.clock import today, utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.models import Attention, Person


@dataclass(frozen=True)
class AttentionRow:
    id: str
    date: date
    kind: ServiceKind
    notes: str


class AttentionsService:
    def __init__(self, db: Database, office_code: str) -> None:
        self._db = db
        self._office_code = office_code

    @staticmethod
    def check(on: date | None, kind: ServiceKind | None, notes: str) -> tuple[date, ServiceKind]:
        """The date and kind, or ValidationFailed with a Spanish message per field."""
        errors = validate_attention(on, kind, notes, today())
        if errors or on is None or kind is None:
            raise ValidationFailed(errors)
        return on, kind

    def record(self, person_id: str, on: date | None, kind: ServiceKind | None, notes: str) -> str:
        """Record one service given to a person; return its id."""
        on, kind = self.check(on, kind, notes)
        with self._db.transaction() as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFound(
                    translate("services.attentions", "La persona no existe o fue eliminada.")
                )
            attention = Attention(
                office_code=self._office_code,
                person_id=person_id,
                date=on,
                kind=kind.value,
                notes=tidy_lines(notes),
            )
            session.add(attention)
            session.flush()
            return attention.id

    def get(self, attention_id: str) -> AttentionRow:
        with self._db.transaction() as session:
            a = self._get(session, attention_id)
            return AttentionRow(a.id, a.date, ServiceKind(a.kind), a.notes)

    def update(
        self, attention_id: str, on: date | None, kind: ServiceKind | None, notes: str
    ) -> None:
        """Correct an atención's date, kind or notes (only what changed is written)."""
        on, kind = self.check(on, kind, notes)
        with self._db.transaction() as session:
            attention = self._get(session, attention_id)
            for name, value in (("date", on), ("kind", kind.value), ("notes", tidy_lines(notes))):
                if getattr(attention, name) != value:
                    setattr(attention, name, value)

    def history(self, person_id: str) -> list[AttentionRow]:
        """The person's atenciones, newest first."""
        stmt = (
            select(Attention)
            .where(Attention.person_id == person_id, Attention.deleted_at.is_(None))
            .order_by(Attention.date.desc(), Attention.created_at.desc())
        )
        with self._db.transaction() as session:
            return [
                AttentionRow(a.id, a.date, ServiceKind(a.kind), a.notes)
                for a in session.scalars(stmt)
            ]

    def delete(self, attention_id: str) -> None:
        """Remove an atención recorded by mistake (a tombstone, so the deletion syncs), and the
        survey rating it."""
        with self._db.transaction() as session:
            self._get(session, attention_id).deleted_at = utcnow()
            retire_surveys_of(session, attention_id=attention_id)

    @staticmethod
    def _get(session: Session, attention_id: str) -> Attention:
        attention = session.get(Attention, attention_id)
        if attention is None or attention.deleted_at is not None:
            raise NotFound(
                translate("services.attentions", "La atención no existe o ya fue eliminada.")
            )
        return attention
