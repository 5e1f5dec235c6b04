"""A person's requests about their data (derechos ARCOP: acceso, rectificación, supresión,
oposición, portabilidad, bloqueo; Ley 21.719): each recorded with the day it was received and
the legal deadline to answer it (``domain.privacy.answer_due``), then answered or refused with
what was done or why.

An objection (oposición) to sharing beyond the office withdraws the person's consent
(``consent_on``/``consent_method``): referrals to other offices' vacancies need it
(:meth:`DataRequestsService.object_to_sharing`). Every write is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.people import full_name
from omil_desktop.domain.privacy import LegalBasis, RequestKind, RequestStatus, answer_due
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, translate
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from omil_desktop.store.clock import today
from omil_desktop.store.database import Database
from omil_desktop.store.models import DataRequest, Person

FUTURE_RECEIPT = QT_TRANSLATE_NOOP(
    "services.data_requests", "La fecha de recepción no puede ser futura."
)
NO_ANSWER = QT_TRANSLATE_NOOP(
    "services.data_requests", "Escriba la respuesta: qué se hizo o por qué se rechaza."
)
ALREADY_ANSWERED = QT_TRANSLATE_NOOP("services.data_requests", "La solicitud ya fue respondida.")
CONSENT_WITHDRAWN = QT_TRANSLATE_NOOP(
    "services.data_requests",
    "Oposición registrada: se retiró el consentimiento para compartir sus datos fuera de la "
    "oficina. Sus datos ya no se comparten con otras oficinas (no se la podrá derivar a "
    "ofertas de otras oficinas de la red); la OMIL los sigue tratando por su función legal "
    "(Ley 19.518, art. 73).",
)
"""The answer of an objection to sharing beyond the office, kept in the request as written
here (the record); shown to the officer as ``translate("services.data_requests", …)``.
The other constants are marked for translation and translated where raised."""


@dataclass(frozen=True)
class RequestRow:
    """A request as the person's page and the lists show it."""

    id: str
    person_id: str
    person_name: str
    kind: RequestKind
    received_on: date
    due_on: date
    status: RequestStatus
    answered_on: date | None
    answer: str

    def overdue(self, on: date) -> bool:
        """Still pending after its legal deadline."""
        return self.status is RequestStatus.PENDING and on > self.due_on


class DataRequestsService:
    def __init__(self, db: Database, office_code: str) -> None:
        self._db = db
        self._office_code = office_code

    def add(self, person_id: str, kind: RequestKind, received_on: date | None = None) -> str:
        """Record a request received on ``received_on`` (today by default); return its id."""
        received = received_on or today()
        if received > today():
            raise ValidationFailed(
                {"received_on": translate("services.data_requests", FUTURE_RECEIPT)}
            )
        with self._db.transaction() as session:
            _person(session, person_id)
            request = DataRequest(
                office_code=self._office_code,
                person_id=person_id,
                kind=RequestKind(kind).value,
                received_on=received,
                due_on=answer_due(received),
                status=RequestStatus.PENDING.value,
            )
            session.add(request)
            session.flush()
            return request.id

    def answer(self, request_id: str, text: str, on: date | None = None) -> None:
        """Close a request with what was done."""
        self._close(request_id, text, RequestStatus.ANSWERED, on)

    def refuse(self, request_id: str, text: str, on: date | None = None) -> None:
        """Close a request refused, with the reason (e.g. what the law requires to keep)."""
        self._close(request_id, text, RequestStatus.REFUSED, on)

    def object_to_sharing(self, person_id: str, received_on: date | None = None) -> str:
        """Record an objection to sharing the person's data beyond the office, withdraw their
        consent and answer it, in one transaction; return the request's id."""
        received = received_on or today()
        if received > today():
            raise ValidationFailed(
                {"received_on": translate("services.data_requests", FUTURE_RECEIPT)}
            )
        with self._db.transaction() as session:
            person = _person(session, person_id)
            person.consent_on = None
            person.consent_method = None
            person.legal_basis = LegalBasis.LEGAL_FUNCTION.value
            request = DataRequest(
                office_code=self._office_code,
                person_id=person_id,
                kind=RequestKind.OBJECTION.value,
                received_on=received,
                due_on=answer_due(received),
                status=RequestStatus.ANSWERED.value,
                answered_on=today(),
                answer=CONSENT_WITHDRAWN,
            )
            session.add(request)
            session.flush()
            return request.id

    def record_copy(self, person_id: str, what: str) -> str:
        """The copy of the person's data was handed over (``what``: the files): answer their
        pending acceso and portabilidad requests with it, or record one answered today when
        none is pending; return the (last) request's id."""
        day = today()
        answer = translate(
            "services.data_requests", "Se entregó la copia de sus datos ({what}) el {date}."
        ).format(what=what, date=format_date(day))
        with self._db.transaction() as session:
            _person(session, person_id)
            pending = session.scalars(
                select(DataRequest).where(
                    DataRequest.person_id == person_id,
                    DataRequest.deleted_at.is_(None),
                    DataRequest.status == RequestStatus.PENDING.value,
                    DataRequest.kind.in_([RequestKind.ACCESS.value, RequestKind.PORTABILITY.value]),
                )
            ).all()
            if not pending:
                request = DataRequest(
                    office_code=self._office_code,
                    person_id=person_id,
                    kind=RequestKind.ACCESS.value,
                    received_on=day,
                    due_on=answer_due(day),
                )
                session.add(request)
                pending = [request]
            for request in pending:
                request.status = RequestStatus.ANSWERED.value
                request.answered_on = day
                request.answer = answer
            session.flush()
            return pending[-1].id

    def _close(self, request_id: str, text: str, status: RequestStatus, on: date | None) -> None:
        if not text.strip():
            raise ValidationFailed({"answer": translate("services.data_requests", NO_ANSWER)})
        with self._db.transaction() as session:
            request = session.get(DataRequest, request_id)
            if request is None or request.deleted_at is not None:
                raise NotFound(
                    translate("services.data_requests", "La solicitud no existe o fue eliminada.")
                )
            if request.status != RequestStatus.PENDING.value:
                raise ServiceError(translate("services.data_requests", ALREADY_ANSWERED))
            request.status = status.value
            request.answered_on = on or today()
            request.answer = text.strip()

    # -- reading ----------------------------------------------------------------------------------

    def get(self, request_id: str) -> RequestRow:
        with self._db.transaction() as session:
            rows = self._rows(session, DataRequest.id == request_id)
        if not rows:
            raise NotFound(
                translate("services.data_requests", "La solicitud no existe o fue eliminada.")
            )
        return rows[0]

    def of_person(self, person_id: str) -> list[RequestRow]:
        """The person's requests, newest first."""
        with self._db.transaction() as session:
            return self._rows(session, DataRequest.person_id == person_id)

    def open(self) -> list[RequestRow]:
        """Every pending request, the nearest deadline first."""
        with self._db.transaction() as session:
            rows = self._rows(session, DataRequest.status == RequestStatus.PENDING.value)
        return sorted(rows, key=lambda r: (r.due_on, r.received_on, r.id))

    def overdue(self, on: date | None = None) -> list[RequestRow]:
        """Pending requests past their legal deadline on ``on`` (today)."""
        day = on or today()
        return [r for r in self.open() if r.overdue(day)]

    @staticmethod
    def _rows(session: Session, condition: object) -> list[RequestRow]:
        query = (
            select(DataRequest, Person)
            .join(Person, Person.id == DataRequest.person_id)
            .where(condition, DataRequest.deleted_at.is_(None))  # type: ignore[arg-type]
            .order_by(DataRequest.received_on.desc(), DataRequest.id.desc())
        )
        return [
            RequestRow(
                id=r.id,
                person_id=r.person_id,
                person_name=full_name(p.first_names, p.last_name_1, p.last_name_2),
                kind=RequestKind(r.kind),
                received_on=r.received_on,
                due_on=r.due_on,
                status=RequestStatus(r.status),
                answered_on=r.answered_on,
                answer=r.answer,
            )
            for r, p in session.execute(query)
        ]


def deadline_text(row: RequestRow, on: date) -> str:
    """``vence el dd-mm-aaaa`` / ``vencida el dd-mm-aaaa`` / ``respondida el dd-mm-aaaa``."""
    if row.status is not RequestStatus.PENDING:
        return f"{row.status.label} el {format_date(row.answered_on)}"
    if row.overdue(on):
        return translate("services.data_requests", "Vencida el {date}").format(
            date=format_date(row.due_on)
        )
    return translate("services.data_requests", "Vence el {date}").format(
        date=format_date(row.due_on)
    )


def _person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound(translate("services.data_requests", "La persona no existe o fue eliminada."))
    return person
