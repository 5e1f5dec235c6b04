"""The dated log of services (atenciones) given to each person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from omil_desktop.domain.people import ServiceKind
from omil_desktop.services.errors import NotFound, ValidationFailed
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

    def record(self, person_id: str, on: date | None, kind: ServiceKind | None, notes: str) -> str:
        """Record one service given to a person; return its id."""
        errors: dict[str, str] = {}
        if on is None:
            errors["date"] = "Indique la fecha de la atención."
        elif on > today():
            errors["date"] = "La fecha de la atención no puede ser futura."
        if kind is None:
            errors["kind"] = "Elija el tipo de atención."
        if errors or on is None or kind is None:
            raise ValidationFailed(errors)
        with self._db.transaction() as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFound("La persona no existe o fue eliminada.")
            attention = Attention(
                office_code=self._office_code,
                person_id=person_id,
                date=on,
                kind=kind.value,
                notes=notes.strip(),
            )
            session.add(attention)
            session.flush()
            return attention.id

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
        """Remove an atención recorded by mistake (a tombstone, so the deletion syncs)."""
        with self._db.transaction() as session:
            attention = session.get(Attention, attention_id)
            if attention is None or attention.deleted_at is not None:
                raise NotFound("La atención no existe o ya fue eliminada.")
            attention.deleted_at = utcnow()
