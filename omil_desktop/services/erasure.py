"""Erasure (supresión) of a person's data by anonymisation (Ley 21.719, art. 8).

What goes: everything that says who the person is (name → «Persona anonimizada», RUT or
document, the day and month of birth, nationality, contact, address, occupation and experience,
notes, the sensitive data — disability, RND, woman head of household, migrant, indigenous — and
the consent), and the free text and copied identity of their other records (atenciones' notes,
survey comments, the candidate's name, RUT and phone on their referrals, referral and placement
notes). What stays, without a name: what the office must keep for its reports and the FOMIL
rendición — atenciones' dates and kinds, workshop enrollment and attendance, fairs attended,
referrals' and placements' dates and outcomes, sex, comuna, education, the year of birth — and
the record of the person's requests and of who accessed their data (README «Derechos de las
personas»).

A placement whose follow-up is still open keeps the person's phone and e-mail until the
follow-up is recorded or ``FOLLOW_UP_GRACE_DAYS`` after its date (:meth:`finish_pending`
removes them then): the office must make that call for the placement to count.

The anonymisation is ONE transaction, for the encargado(a) only, and travels through sync as
ordinary updates. The old values are also removed from what this PC still keeps of them:
unsent change payloads, sync conflicts and records set aside (:func:`purge_local`; sync calls it
too when it receives an anonymisation from another PC).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.erasure import (
    CONTACT_FIELDS,
    ERASED_FIELDS,
    PERSON_ERASED,
    RELATED_ERASED,
    is_blank,
    kept_birth_date,
)
from omil_desktop.domain.privacy import (
    AuditAction,
    LegalBasis,
    RequestKind,
    RequestStatus,
    answer_due,
)
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, translate
from omil_desktop.services.audit import AuditService
from omil_desktop.services.errors import NotFound, ServiceError
from omil_desktop.store.clock import today
from omil_desktop.store.database import Database
from omil_desktop.store.engine import in_chunks
from omil_desktop.store.models import (
    Attention,
    ChangeLog,
    DataRequest,
    FairAttendee,
    Person,
    Placement,
    Referral,
    SatisfactionSurvey,
    SyncConflict,
    Synced,
    SyncSetAside,
    Vacancy,
    WorkshopEnrollment,
)

FOLLOW_UP_GRACE_DAYS = 30
"""Days after a placement's follow-up date the contact of an anonymised person is still kept."""

AUDIT_DETAIL = "Supresión de datos personales (anonimización)"
ALREADY_ANONYMISED = QT_TRANSLATE_NOOP(
    "services.erasure", "Los datos de esta persona ya fueron anonimizados."
)
NO_REASON = QT_TRANSLATE_NOOP(
    "services.erasure",
    "Indique el motivo de la supresión (por ejemplo, la solicitud de la persona).",
)

_RELATED: dict[str, type[Synced]] = {
    "attention": Attention,
    "satisfaction_survey": SatisfactionSurvey,
    "referral": Referral,
    "placement": Placement,
}


@dataclass(frozen=True)
class KeptItem:
    """Something the anonymisation keeps, and why (Spanish, for the officer and the person)."""

    what: str
    why: str


@dataclass(frozen=True)
class ErasurePlan:
    """What an anonymisation removes and what it keeps, and why, in Spanish."""

    removed: list[str]
    kept: list[KeptItem]
    open_follow_ups: list[date] = field(default_factory=list)
    """The follow-up dates of the person's placements still waiting for it."""

    def text(self, *, done: bool = True) -> str:
        """The plan as the answer to a supresión request states it; ``done=False``: as the
        officer reads it before anonymising (what will be removed)."""
        lines = [
            translate("services.erasure", "Se eliminaron:")
            if done
            else translate("services.erasure", "Se eliminarán:")
        ]
        lines += [f"- {item}" for item in self.removed]
        lines.append(translate("services.erasure", "Se conservan, sin nombre:"))
        lines += [f"- {item.what}: {item.why}" for item in self.kept]
        return "\n".join(lines)


@dataclass(frozen=True)
class PrivacyState:
    """What the person's «Datos personales» tab shows of their record."""

    legal_basis: LegalBasis
    anonymised_on: date | None


class ErasureService:
    """``require_manager``: raises ``ServiceError`` unless the officer is an encargado(a)
    (``Workspace.require_manager``)."""

    def __init__(
        self,
        db: Database,
        office_code: str,
        *,
        audit: AuditService,
        require_manager: Callable[[], None] = lambda: None,
    ) -> None:
        self._db = db
        self._office_code = office_code
        self._require_manager = require_manager
        self._audit = audit
        """The audit log's service (``workspace.audit``): the anonymisation is
        recorded as «anonimizar» (the changed fields are audited by the database's capture)."""

    def state(self, person_id: str) -> PrivacyState:
        with self._db.transaction() as session:
            person = _person(session, person_id)
            try:
                basis = LegalBasis(person.legal_basis)
            except ValueError:
                basis = LegalBasis.LEGAL_FUNCTION
            return PrivacyState(basis, person.anonymised_on)

    def plan(self, person_id: str, on: date | None = None) -> ErasurePlan:
        """What :meth:`anonymise` would remove and keep today (``on``)."""
        with self._db.transaction() as session:
            person = _person(session, person_id)
            return _plan(session, person, on or today())

    def anonymise(
        self,
        person_id: str,
        reason: str,
        *,
        request_id: str | None = None,
        record_request: bool = False,
        on: date | None = None,
    ) -> ErasurePlan:
        """Anonymise the person in one transaction (encargado(a) only); the pending supresión
        requests of the person (or ``request_id``) are answered with the plan — with
        ``record_request``, one is recorded (received and answered today) when none was
        pending. Returns the plan carried out."""
        self._require_manager()
        if not reason.strip():
            raise ServiceError(translate("services.erasure", NO_REASON))
        day = on or today()
        with self._db.transaction() as session:
            person = _person(session, person_id)
            if person.anonymised_on is not None:
                raise ServiceError(translate("services.erasure", ALREADY_ANONYMISED))
            plan = _plan(session, person, day)
            born = person.birth_date
            keep_contact = bool(plan.open_follow_ups)
            for name, value in PERSON_ERASED.items():
                if keep_contact and name in CONTACT_FIELDS:
                    continue
                setattr(person, name, value)
            person.birth_date = kept_birth_date(born)
            person.legal_basis = LegalBasis.LEGAL_FUNCTION.value
            person.active = False
            person.anonymised_on = day
            for obj in _related(session, person_id):
                for name, value in RELATED_ERASED[_table(obj)].items():
                    if getattr(obj, name) != value:
                        setattr(obj, name, value)
            _answer_requests(
                session, self._office_code, person_id, request_id, plan, reason, day, record_request
            )
            session.flush()
            purge_local(session, person_id)
        self._audit.record(
            AuditAction.ANONYMISED,
            person_id=person_id,
            record_table="person",
            record_id=person_id,
            detail=AUDIT_DETAIL,
        )
        return plan

    def finish_pending(self, on: date | None = None) -> int:
        """Remove the contact anonymised people kept for a follow-up now recorded, or past its
        date by FOLLOW_UP_GRACE_DAYS; returns how many people. (Called when an anonymised
        person's page opens, and by the yearly review.)"""
        day = on or today()
        done = 0
        with self._db.transaction() as session:
            people = session.scalars(
                select(Person).where(
                    Person.anonymised_on.is_not(None),
                    Person.deleted_at.is_(None),
                    Person.office_code == self._office_code,
                    (Person.phone != "") | (Person.email != ""),
                )
            ).all()
            for person in people:
                if _open_follow_ups(session, person.id, day):
                    continue
                person.phone = ""
                person.email = ""
                done += 1
            if done:
                session.flush()
                for person in people:
                    if not person.phone and not person.email:
                        purge_local(session, person.id)
        return done


# -- the plan -------------------------------------------------------------------------------------


def _person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound(translate("services.erasure", "La persona no existe o fue eliminada."))
    return person


def _live(model: Any, person_id: str) -> Any:
    return select(model).where(model.person_id == person_id, model.deleted_at.is_(None))


def _related(session: Session, person_id: str) -> list[Synced]:
    """The person's records with free text or a copy of their identity (tombstoned ones too:
    a deleted record's old text is still in the database)."""
    found: list[Synced] = []
    for model in _RELATED.values():
        found += session.scalars(select(model).where(model.person_id == person_id)).all()  # type: ignore[attr-defined]
    return found


def _table(obj: Synced) -> str:
    return str(type(obj).__tablename__)  # type: ignore[attr-defined]


def _open_follow_ups(session: Session, person_id: str, day: date) -> list[tuple[Placement, str]]:
    """The person's placements still waiting for their follow-up (not recorded, its date not
    past by more than FOLLOW_UP_GRACE_DAYS), with their vacancy's title."""
    query = (
        select(Placement, Vacancy.title)
        .join(Referral, Referral.id == Placement.referral_id)
        .join(Vacancy, Vacancy.id == Referral.vacancy_id)
        .where(
            Placement.person_id == person_id,
            Placement.deleted_at.is_(None),
            Placement.followed_up_on.is_(None),
            Placement.follow_up_on >= day - timedelta(days=FOLLOW_UP_GRACE_DAYS),
        )
        .order_by(Placement.follow_up_on)
    )
    return [(placement, title) for placement, title in session.execute(query)]


def _count(session: Session, model: Any, person_id: str) -> int:
    return len(session.scalars(_live(model, person_id)).all())


def _plan(session: Session, person: Person, day: date) -> ErasurePlan:
    pid = person.id
    follow_ups = _open_follow_ups(session, pid, day)
    removed = [
        translate("services.erasure", "Nombres y apellidos (quedará «Persona anonimizada»)"),
        translate("services.erasure", "RUT o documento de identidad y nacionalidad"),
    ]
    if person.birth_date is not None:
        removed.append(
            translate(
                "services.erasure", "Día y mes de nacimiento (se conserva solo el año, {year})"
            ).format(year=person.birth_date.year)
        )
    removed += [
        translate("services.erasure", "Dirección"),
        translate("services.erasure", "Oficio u ocupación, experiencia laboral y observaciones"),
        translate(
            "services.erasure",
            "Datos sensibles: discapacidad, credencial RND, mujer jefa de hogar, migrante y "
            "pueblo originario",
        ),
        translate("services.erasure", "Consentimiento para compartir sus datos (fecha y forma)"),
    ]
    if not follow_ups:
        removed.insert(3, translate("services.erasure", "Teléfono y correo"))
    attentions = _count(session, Attention, pid)
    surveys = _count(session, SatisfactionSurvey, pid)
    referrals = _count(session, Referral, pid)
    placements = _count(session, Placement, pid)
    if attentions:
        removed.append(
            translate(
                "services.erasure", "Las observaciones de sus atenciones ({attentions})"
            ).format(attentions=attentions)
        )
    if surveys:
        removed.append(
            translate(
                "services.erasure", "Los comentarios de sus encuestas de satisfacción ({surveys})"
            ).format(surveys=surveys)
        )
    if referrals:
        removed.append(
            translate(
                "services.erasure",
                "El nombre, RUT y teléfono copiados en sus derivaciones y sus observaciones "
                "({referrals})",
            ).format(referrals=referrals)
        )
    if placements:
        removed.append(
            translate(
                "services.erasure", "Las observaciones de sus colocaciones ({placements})"
            ).format(placements=placements)
        )

    kept: list[KeptItem] = []
    for placement, title in follow_ups:
        kept.append(
            KeptItem(
                translate(
                    "services.erasure",
                    "Teléfono y correo, hasta el seguimiento de su colocación del {date}",
                ).format(date=format_date(placement.follow_up_on)),
                translate(
                    "services.erasure",
                    "La colocación en «{title}» (inicio {date}) espera el seguimiento a los tres "
                    "meses, que la OMIL debe hacer y registrar para informarla a SENCE. El "
                    "contacto se borra al registrar el seguimiento, o {FOLLOW_UP_GRACE_DAYS} días "
                    "después de su fecha si no se registra.",
                ).format(
                    title=title,
                    date=format_date(placement.start_on),
                    FOLLOW_UP_GRACE_DAYS=FOLLOW_UP_GRACE_DAYS,
                ),
            )
        )
    law = translate(
        "services.erasure",
        "sin nombre, para los informes de la OMIL y la rendición del convenio FOMIL ante SENCE",
    )
    if attentions:
        kept.append(
            KeptItem(
                translate("services.erasure", "Sus atenciones ({attentions}): fecha y tipo").format(
                    attentions=attentions
                ),
                translate("services.erasure", "Se cuentan {law}.").format(law=law),
            )
        )
    enrollments = _count(session, WorkshopEnrollment, pid)
    if enrollments:
        kept.append(
            KeptItem(
                translate(
                    "services.erasure", "Su inscripción y asistencia a talleres ({enrollments})"
                ).format(enrollments=enrollments),
                translate(
                    "services.erasure", "La asistencia a los talleres de apresto se rinde {law}."
                ).format(law=law),
            )
        )
    fairs = _count(session, FairAttendee, pid)
    if fairs:
        kept.append(
            KeptItem(
                translate("services.erasure", "Su asistencia a ferias laborales ({fairs})").format(
                    fairs=fairs
                ),
                translate("services.erasure", "Se cuenta {law}.").format(law=law),
            )
        )
    if referrals or placements:
        kept.append(
            KeptItem(
                translate(
                    "services.erasure",
                    "Sus derivaciones ({referrals}) y colocaciones ({placements}): fechas, estado "
                    "y tipo de contrato",
                ).format(referrals=referrals, placements=placements),
                translate(
                    "services.erasure", "Las colocaciones son metas del convenio; se cuentan {law}."
                ).format(law=law),
            )
        )
    if surveys:
        kept.append(
            KeptItem(
                translate(
                    "services.erasure", "La nota de sus encuestas de satisfacción ({surveys})"
                ).format(surveys=surveys),
                translate("services.erasure", "Los promedios se informan {law}.").format(law=law),
            )
        )
    kept += [
        KeptItem(
            translate(
                "services.erasure",
                "Sexo, comuna, nivel educacional, situación laboral, seguro de cesantía y año de "
                "nacimiento",
            ),
            translate(
                "services.erasure",
                "Solos no identifican a la persona; los informes cuentan por sexo, comuna y tramo "
                "de edad.",
            ),
        ),
        KeptItem(
            translate("services.erasure", "Sus solicitudes sobre sus datos y las respuestas"),
            translate(
                "services.erasure",
                "La oficina debe poder demostrar que respondió en plazo (Ley 21.719).",
            ),
        ),
        KeptItem(
            translate("services.erasure", "El registro de quién vio o modificó sus datos"),
            translate(
                "services.erasure",
                "Es la prueba del cuidado de sus datos; guarda nombres de campos, nunca valores, "
                "y no se puede modificar.",
            ),
        ),
    ]
    return ErasurePlan(removed, kept, [p.follow_up_on for p, _t in follow_ups])


def _answer_requests(
    session: Session,
    office_code: str,
    person_id: str,
    request_id: str | None,
    plan: ErasurePlan,
    reason: str,
    day: date,
    record: bool,
) -> None:
    query = select(DataRequest).where(
        DataRequest.person_id == person_id,
        DataRequest.deleted_at.is_(None),
        DataRequest.status == RequestStatus.PENDING.value,
    )
    if request_id is not None:
        query = query.where(DataRequest.id == request_id)
    else:
        query = query.where(DataRequest.kind == RequestKind.ERASURE.value)
    requests = list(session.scalars(query))
    if not requests and record:
        request = DataRequest(
            office_code=office_code,
            person_id=person_id,
            kind=RequestKind.ERASURE.value,
            received_on=day,
            due_on=answer_due(day),
        )
        session.add(request)
        requests = [request]
    for request in requests:
        request.status = RequestStatus.ANSWERED.value
        request.answered_on = day
        request.answer = translate(
            "services.erasure", "Datos anonimizados el {date} ({strip}).\n"
        ).format(date=format_date(day), strip=reason.strip()) + (plan.text())


# -- what this PC still keeps of the old values ---------------------------------------------------


def purge_local(session: Session, person_id: str) -> None:
    """Replace the old values of an anonymised person (and of their records' erased fields) in
    what this PC keeps beside the records: unsent or refused change payloads and records set
    aside take the current values; sync conflicts on those fields are dropped (the field is
    erased: there is nothing left to choose). In the caller's transaction, after its flush."""
    current: dict[tuple[str, str], dict[str, Any]] = {}
    person = session.get(Person, person_id)
    if person is None or person.anonymised_on is None:
        return
    current[("person", person.id)] = _values(person, ERASED_FIELDS["person"])
    for obj in _related(session, person_id):
        table = _table(obj)
        current[(table, obj.id)] = _values(obj, ERASED_FIELDS[table])
    by_table: dict[str, list[str]] = {}
    for table, row in current:
        by_table.setdefault(table, []).append(row)
    for table, rows in by_table.items():
        names = ERASED_FIELDS[table]
        for chunk in in_chunks(rows):
            changes = session.execute(
                select(ChangeLog.seq, ChangeLog.row_id, ChangeLog.payload).where(
                    ChangeLog.table_name == table, ChangeLog.row_id.in_(chunk)
                )
            ).all()
            for seq, row, payload in changes:
                cleaned = _cleaned(payload, names, current[(table, row)])
                if cleaned is not None:
                    session.execute(
                        update(ChangeLog).where(ChangeLog.seq == seq).values(payload=cleaned)
                    )
            session.execute(
                delete(SyncConflict).where(
                    SyncConflict.table_name == table,
                    SyncConflict.row_id.in_(chunk),
                    SyncConflict.field.in_(names),
                )
            )
            aside = session.execute(
                select(SyncSetAside.id, SyncSetAside.row_id, SyncSetAside.fields).where(
                    SyncSetAside.table_name == table, SyncSetAside.row_id.in_(chunk)
                )
            ).all()
            for ident, row, fields in aside:
                cleaned = _cleaned(fields, names, current[(table, row)])
                if cleaned is not None:
                    session.execute(
                        update(SyncSetAside).where(SyncSetAside.id == ident).values(fields=cleaned)
                    )


def erase_received(session: Session, person_ids: Iterable[str]) -> None:
    """Sync received the anonymisation of these people from another PC (in its remote session):
    blank the erased fields of their records this PC holds — its own not yet on the server
    still had the text; the server blanks it as it arrives — without logging a change, then
    purge what the PC keeps beside the records (:func:`purge_local`)."""
    for person_id in sorted(set(person_ids)):
        person = session.get(Person, person_id)
        if person is None or person.anonymised_on is None:
            continue
        for obj in _related(session, person_id):
            for name, value in RELATED_ERASED[_table(obj)].items():
                if not is_blank(getattr(obj, name)):
                    setattr(obj, name, value)
        session.flush()
        purge_local(session, person_id)


def _values(obj: Synced, names: Iterable[str]) -> dict[str, Any]:
    """The fields as a change payload holds them (dates in ISO form)."""
    values: dict[str, Any] = {}
    for name in names:
        value = getattr(obj, name)
        values[name] = value.isoformat() if isinstance(value, date) else value
    return values


def _cleaned(text: str, names: frozenset[str], values: dict[str, Any]) -> str | None:
    """``text`` (a JSON object) with ``names`` set to ``values``; None when nothing changes."""
    try:
        payload = json.loads(text)
    except ValueError:
        return None
    if not isinstance(payload, dict):
        return None
    changed = False
    for name in names & payload.keys():
        if payload[name] != values[name]:
            payload[name] = values[name]
            changed = True
    return json.dumps(payload, ensure_ascii=False, sort_keys=True) if changed else None
