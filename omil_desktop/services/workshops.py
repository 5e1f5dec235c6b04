"""Talleres de apresto laboral: workshops, their sessions, who is enrolled or waiting, attendance,
and completion (which adds one «apresto» atención to each completer's history).

Rules the service keeps (every write is one transaction: nothing is saved half-way):

- A workshop is *abierto* (planned or running), *finalizado* (completion recorded) or
  *cancelado*. Only an open workshop takes enrollments, sessions and attendance; a finished one
  must be reopened first.
- Never more people enrolled (*inscrito*) than its capacity (cupos): whoever asks when it is full
  goes to the waiting list (*en espera*), in ``queued_at`` order. A free place (a withdrawal, more
  cupos) moves the first waiting person up at once.
- One attendance record per (session, enrollment): a mark is changed, never recorded twice. If
  sync ever brings two, the newest is read and the next write keeps only one.
- Completion (:func:`omil_desktop.domain.workshops.completes`) counts only «presente» over all
  the workshop's sessions. Finishing adds the «apresto» atención once per enrollment
  (``attention_id``): finishing again after a reopen adds none.

Workshops are the office's own (they are never shared with the Red Territorial); records of
another office in this database are not shown here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.people import ServiceKind, full_name
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import translate
from omil_desktop.domain.workshops import (
    AGE_GROUPS,
    MAX_SESSIONS,
    UNKNOWN_AGE,
    AttendanceMark,
    EnrollmentStatus,
    SessionData,
    WorkshopData,
    WorkshopModule,
    WorkshopStatus,
    age_group,
    attendance_percent,
    completes,
)
from omil_desktop.services.companies import (
    CompanyChoice,
    company_choices,
    company_name,
    rut_text,
)
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from omil_desktop.services.surveys import retire_surveys_of
from omil_desktop.store.clock import today, utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.engine import in_chunks
from omil_desktop.store.models import (
    Attention,
    Company,
    Person,
    Workshop,
    WorkshopAttendance,
    WorkshopEnrollment,
    WorkshopSession,
)

NOT_ENROLLED = "La persona no está inscrita en este taller."
ALREADY_ENROLLED = "Esta persona ya está inscrita en el taller."

SEX_GROUPS: tuple[tuple[str | None, str], ...] = (
    ("F", "Mujeres"),
    ("M", "Hombres"),
    ("X", "Otro"),
    (None, "Sin dato"),
)
"""Person.sex code → the summary's label (in the summary's order)."""


# -- what the service hands out ------------------------------------------------------------------


@dataclass(frozen=True)
class WorkshopRow:
    """What the workshops list shows for one workshop."""

    id: str
    name: str
    starts_on: date
    ends_on: date
    facilitator: str
    place: str
    status: WorkshopStatus
    sessions: int
    enrolled: int
    waiting: int
    capacity: int


@dataclass(frozen=True)
class WorkshopRecord:
    """A stored workshop: what was entered and where it stands."""

    id: str
    data: WorkshopData
    status: WorkshopStatus
    finished_on: date | None
    company_name: str
    """The linked company's name; empty when none."""
    office_code: str
    comuna_name: str
    """The office's comuna (for printed documents)."""


@dataclass(frozen=True)
class SessionRow:
    id: str
    number: int
    """Its place in (date, starts_at, id) order, 1-based."""
    date: date
    starts_at: str
    ends_at: str
    place: str
    """Where it is held: its own place, else the workshop's."""
    own_place: str
    """Its place as stored (empty: the workshop's)."""


@dataclass(frozen=True)
class EnrollmentRow:
    id: str
    person_id: str
    name: str
    """«Nombres Apellido1 Apellido2»."""
    rut: str
    """«12.345.678-5», or the foreign document's number when the person has no RUT."""
    sex: str | None
    birth_date: date | None
    status: EnrollmentStatus
    enrolled_on: date
    position: int | None
    """Place on the waiting list (1 = next to move up); None when not waiting."""
    present: int
    """Sessions marked «presente»."""
    percent: int
    """``present`` over all the workshop's sessions, rounded down."""
    completes: bool
    """Enrolled and meeting the workshop's completion rule with the attendance recorded."""
    completed_on: date | None
    unmarked: int = 0
    """Sessions from today on without a mark for this person: those still to attend (a
    session past without a mark, e.g. before a late enrollment, cannot be attended any more)."""


@dataclass(frozen=True)
class AttendanceGrid:
    sessions: list[SessionRow]
    people: list[EnrollmentRow]
    """The enrolled (inscritos), in name order."""
    marks: dict[tuple[str, str], AttendanceMark]
    """(enrollment_id, session_id) → mark; absent key: nothing recorded."""


@dataclass(frozen=True)
class EnrollResult:
    enrollment_id: str
    status: EnrollmentStatus
    position: int | None
    """Place on the waiting list when the workshop was full."""


@dataclass(frozen=True)
class WithdrawResult:
    moved_up_name: str | None
    """Who left the waiting list for the freed place, if anyone."""


@dataclass(frozen=True)
class FinishResult:
    completed: int
    attentions_added: int


@dataclass(frozen=True)
class WorkshopSummary:
    enrolled: int
    withdrawn: int
    waiting: int
    completed: int
    per_session: list[tuple[SessionRow, int, int, int]]
    """(session, present, excused, absent) of the enrolled."""
    by_sex: dict[str, tuple[int, int]]
    """«Mujeres», «Hombres», «Otro», «Sin dato» → (enrolled, completed)."""
    by_age: dict[str, tuple[int, int]]
    """Each AGE_GROUPS label, then «Sin dato» → (enrolled, completed); age at the start."""


# -- helpers -------------------------------------------------------------------------------------


def _modules_text(modules: Iterable[WorkshopModule]) -> str:
    return ",".join(m.value for m in modules)


def _modules(text: str) -> tuple[WorkshopModule, ...]:
    known = {m.value for m in WorkshopModule}
    codes = {code.strip() for code in text.split(",")}
    return tuple(m for m in WorkshopModule if m.value in codes and m.value in known)


def _to_data(w: Workshop) -> WorkshopData:
    return WorkshopData(
        name=w.name,
        modules=_modules(w.modules or ""),
        other_modules=w.other_modules or "",
        facilitator=w.facilitator,
        place=w.place or "",
        capacity=w.capacity,
        target_group=w.target_group or "",
        company_id=w.company_id,
        programme=w.programme or "",
        starts_on=w.starts_on,
        ends_on=w.ends_on,
        min_attendance=w.min_attendance,
        notes=w.notes or "",
    )


def _write(w: Workshop, data: WorkshopData) -> None:
    """Copy ``data`` onto the record, writing only what changed (so only that travels)."""
    values = {
        "name": data.name,
        "modules": _modules_text(data.modules),
        "other_modules": data.other_modules,
        "facilitator": data.facilitator,
        "place": data.place,
        "capacity": data.capacity,
        "target_group": data.target_group,
        "company_id": data.company_id,
        "programme": data.programme,
        "starts_on": data.starts_on,
        "ends_on": data.ends_on,
        "min_attendance": data.min_attendance,
        "notes": data.notes,
    }
    for name, value in values.items():
        if getattr(w, name) != value:
            setattr(w, name, value)


def _person_name(p: Person | None) -> str:
    if p is None:
        return translate("services.workshops", "(persona no disponible)")
    return full_name(p.first_names, p.last_name_1, p.last_name_2 or "")


def _person_id_text(p: Person | None) -> str:
    if p is None:
        return ""
    return rut_text(p.rut) if p.rut else (p.document_number or "")


def _not_future(on: date | None) -> date:
    """``on``, or today when None; ValidationFailed (field ``on``) when it is in the future."""
    if on is None:
        return today()
    if on > today():
        raise ValidationFailed(
            {"on": translate("services.workshops", "La fecha no puede ser futura.")}
        )
    return on


def _refuse_unless_open(w: Workshop, action: str) -> None:
    """ServiceError unless the workshop is open; ``action`` completes «Reabra el taller para …»."""
    if w.status == WorkshopStatus.FINISHED.value:
        raise ServiceError(
            translate(
                "services.workshops", "El taller está finalizado. Reabra el taller para {action}."
            ).format(action=action)
        )
    if w.status == WorkshopStatus.CANCELLED.value:
        raise ServiceError(
            translate(
                "services.workshops", "El taller está cancelado. Reábralo para {action}."
            ).format(action=action)
        )


class WorkshopsService:
    def __init__(self, db: Database, territory: Territory, office_code: str) -> None:
        self._db = db
        self._territory = territory
        self._office_code = office_code

    # -- workshops -----------------------------------------------------------------------------

    def check(self, data: WorkshopData, workshop_id: str | None = None) -> WorkshopData:
        """The cleaned workshop, or ValidationFailed with a Spanish message per field (also: its
        sessions must still fall within its dates, and its cupos hold those enrolled)."""
        with self._db.transaction() as session:
            return self._check(session, data, workshop_id)

    def create(self, data: WorkshopData) -> str:
        """Record a workshop of this office (abierto); return its id."""
        with self._db.transaction() as session:
            data = self._check(session, data, None)
            w = Workshop(office_code=self._office_code, status=WorkshopStatus.OPEN.value)
            _write(w, data)
            session.add(w)
            session.flush()
            return w.id

    def update(self, workshop_id: str, data: WorkshopData) -> None:
        """Correct a workshop. More cupos move the waiting list up at once; fewer than those
        enrolled, or dates that leave a session outside, are refused."""
        with self._db.transaction() as session:
            w = self._own(session, workshop_id)
            if w.status == WorkshopStatus.FINISHED.value:
                raise ServiceError(
                    translate(
                        "services.workshops",
                        "El taller está finalizado. Reabra el taller para modificarlo.",
                    )
                )
            data = self._check(session, data, workshop_id)
            _write(w, data)
            session.flush()
            if w.status == WorkshopStatus.OPEN.value:
                self._move_up(session, w, today())

    def cancel(self, workshop_id: str) -> None:
        """Mark an open workshop cancelado (its people and attendance are kept)."""
        with self._db.transaction() as session:
            w = self._own(session, workshop_id)
            if w.status == WorkshopStatus.FINISHED.value:
                raise ServiceError(
                    translate(
                        "services.workshops",
                        "El taller está finalizado. Reabra el taller para cancelarlo.",
                    )
                )
            if w.status != WorkshopStatus.CANCELLED.value:
                w.status = WorkshopStatus.CANCELLED.value

    def delete(self, workshop_id: str) -> None:
        """Delete a workshop entered by mistake, with its sessions (tombstones, so it syncs).
        Refused once anyone is enrolled, waiting or withdrawn: cancel it instead."""
        with self._db.transaction() as session:
            w = self._own(session, workshop_id)
            people = session.scalar(
                select(func.count()).where(
                    WorkshopEnrollment.workshop_id == workshop_id,
                    WorkshopEnrollment.deleted_at.is_(None),
                )
            )
            if people:
                raise ServiceError(
                    translate(
                        "services.workshops",
                        "El taller tiene personas inscritas y queda en su historial: cancélelo en "
                        "vez "
                        "de eliminarlo.",
                    )
                )
            now = utcnow()
            for s in self._live_sessions(session, workshop_id):
                s.deleted_at = now
            w.deleted_at = now

    def get(self, workshop_id: str) -> WorkshopRecord:
        with self._db.transaction() as session:
            w = self._own(session, workshop_id)
            company = session.get(Company, w.company_id) if w.company_id else None
            return WorkshopRecord(
                id=w.id,
                data=_to_data(w),
                status=WorkshopStatus(w.status),
                finished_on=w.finished_on,
                company_name=company_name(company) if w.company_id else "",
                office_code=w.office_code,
                comuna_name=self._comuna_name(w.office_code),
            )

    def count(self, query: str = "", *, status: WorkshopStatus | None = None) -> int:
        with self._db.transaction() as session:
            stmt = select(func.count()).select_from(Workshop).where(*self._matching(query, status))
            return int(session.scalar(stmt) or 0)

    def search_page(
        self,
        query: str = "",
        *,
        status: WorkshopStatus | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> list[WorkshopRow]:
        """Rows ``offset`` to ``offset + limit`` of the workshops whose name, facilitator or
        place hold every word of ``query`` (without accents), newest start first."""
        stmt = (
            select(Workshop)
            .where(*self._matching(query, status))
            .order_by(Workshop.starts_on.desc(), Workshop.id.desc())
            .offset(offset)
            .limit(limit)
        )
        with self._db.transaction() as session:
            return self._rows(session, list(session.scalars(stmt)))

    def all(self) -> list[WorkshopRow]:
        """Every workshop of the office, oldest start first."""
        stmt = (
            select(Workshop)
            .where(*self._matching("", None))
            .order_by(Workshop.starts_on, Workshop.id)
        )
        with self._db.transaction() as session:
            return self._rows(session, list(session.scalars(stmt)))

    def companies(self) -> list[CompanyChoice]:
        """The companies a workshop may be linked to: this office's and those shared with it."""
        with self._db.transaction() as session:
            return company_choices(session, self._office_code)

    # -- sessions ------------------------------------------------------------------------------

    def sessions(self, workshop_id: str) -> list[SessionRow]:
        """The workshop's sessions, numbered 1..n in (date, start, id) order."""
        with self._db.transaction() as session:
            w = self._own(session, workshop_id)
            return self._session_rows(session, w)

    def session_by_number(self, workshop_id: str, number: int) -> SessionRow:
        for row in self.sessions(workshop_id):
            if row.number == number:
                return row
        raise NotFound(
            translate("services.workshops", "El taller no tiene la sesión {number}.").format(
                number=number
            )
        )

    def check_session(self, workshop_id: str, data: SessionData) -> SessionData:
        """The cleaned session, or ValidationFailed (date outside the workshop's, end before
        start, …)."""
        with self._db.transaction() as session:
            return self._check_session(self._own(session, workshop_id), data)

    def add_session(self, workshop_id: str, data: SessionData) -> str:
        with self._db.transaction() as session:
            w = self._own(session, workshop_id)
            _refuse_unless_open(w, "agregar sesiones")
            data = self._check_session(w, data)
            if len(self._live_sessions(session, workshop_id)) >= MAX_SESSIONS:
                raise ServiceError(
                    translate(
                        "services.workshops", "Un taller tiene como máximo {MAX_SESSIONS} sesiones."
                    ).format(MAX_SESSIONS=MAX_SESSIONS)
                )
            s = WorkshopSession(
                office_code=self._office_code,
                workshop_id=workshop_id,
                date=data.date,
                starts_at=data.starts_at,
                ends_at=data.ends_at,
                place=data.place,
            )
            session.add(s)
            session.flush()
            return s.id

    def update_session(self, session_id: str, data: SessionData) -> None:
        with self._db.transaction() as session:
            s = self._session(session, session_id)
            w = self._own(session, s.workshop_id)
            _refuse_unless_open(w, translate("services.workshops", "modificar sus sesiones"))
            data = self._check_session(w, data)
            for name in ("date", "starts_at", "ends_at", "place"):
                value = getattr(data, name)
                if getattr(s, name) != value:
                    setattr(s, name, value)

    def delete_session(self, session_id: str) -> None:
        """Delete a session and the attendance taken at it; the sessions after it renumber."""
        with self._db.transaction() as session:
            s = self._session(session, session_id)
            w = self._own(session, s.workshop_id)
            _refuse_unless_open(w, "eliminar sesiones")
            now = utcnow()
            for a in session.scalars(
                select(WorkshopAttendance).where(
                    WorkshopAttendance.session_id == session_id,
                    WorkshopAttendance.deleted_at.is_(None),
                )
            ):
                a.deleted_at = now
            s.deleted_at = now

    # -- enrollment ----------------------------------------------------------------------------

    def enroll(self, workshop_id: str, person_id: str, *, on: date | None = None) -> EnrollResult:
        """Enroll a person of this office on ``on`` (today by default); when the workshop is
        full they go to the waiting list (their place is in the result). Late enrollment is
        fine while it is open."""
        on = _not_future(on)
        with self._db.transaction() as session:
            w = self._own(session, workshop_id)
            _refuse_unless_open(w, "inscribir personas")
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFound(
                    translate("services.workshops", "La persona no existe o fue eliminada.")
                )
            if person.office_code != self._office_code:
                raise ServiceError(
                    translate(
                        "services.workshops",
                        "Solo se inscribe a personas registradas en esta oficina.",
                    )
                )
            self._move_up(session, w, on)
            existing = session.scalars(
                select(WorkshopEnrollment)
                .where(
                    WorkshopEnrollment.workshop_id == workshop_id,
                    WorkshopEnrollment.person_id == person_id,
                    WorkshopEnrollment.deleted_at.is_(None),
                )
                .order_by(WorkshopEnrollment.updated_at.desc(), WorkshopEnrollment.id.desc())
            ).first()
            if existing is not None and existing.status == EnrollmentStatus.ENROLLED.value:
                raise ServiceError(ALREADY_ENROLLED)
            if existing is not None and existing.status == EnrollmentStatus.WAITING.value:
                place = self._position(session, workshop_id, existing.id)
                raise ServiceError(
                    translate(
                        "services.workshops",
                        "Esta persona ya está en la lista de espera del taller (lugar {place}).",
                    ).format(place=place)
                )
            room = (
                self._count(session, workshop_id, EnrollmentStatus.ENROLLED) < w.capacity
                and self._count(session, workshop_id, EnrollmentStatus.WAITING) == 0
            )
            status = EnrollmentStatus.ENROLLED if room else EnrollmentStatus.WAITING
            if existing is None:
                # A withdrawn person enrolling again keeps their record (and past attendance)
                # and goes to the end of the line.
                existing = WorkshopEnrollment(
                    office_code=self._office_code, workshop_id=workshop_id, person_id=person_id
                )
                session.add(existing)
            existing.status = status.value
            existing.enrolled_on = on
            existing.queued_at = utcnow()
            existing.withdrawn_on = None
            existing.completed_on = None
            session.flush()
            position = (
                self._position(session, workshop_id, existing.id)
                if status is EnrollmentStatus.WAITING
                else None
            )
            return EnrollResult(existing.id, status, position)

    def withdraw(self, enrollment_id: str, *, on: date | None = None) -> WithdrawResult:
        """Withdraw someone enrolled or waiting on ``on`` (today by default); a freed place goes
        to the first waiting."""
        on = _not_future(on)
        with self._db.transaction() as session:
            e = self._enrollment(session, enrollment_id)
            w = self._own(session, e.workshop_id)
            _refuse_unless_open(w, "retirar personas")
            if e.status == EnrollmentStatus.WITHDRAWN.value:
                raise ServiceError(
                    translate("services.workshops", "Esta persona ya se retiró del taller.")
                )
            if on < e.enrolled_on:
                raise ValidationFailed(
                    {
                        "on": translate(
                            "services.workshops",
                            "La fecha no puede ser anterior a la inscripción ({date}).",
                        ).format(date=format_date(e.enrolled_on))
                    }
                )
            e.status = EnrollmentStatus.WITHDRAWN.value
            e.withdrawn_on = on
            retire_surveys_of(session, workshop_id=e.workshop_id, person_id=e.person_id)
            session.flush()
            moved = self._move_up(session, w, on)
            return WithdrawResult(moved[0] if moved else None)

    def enrollments(self, workshop_id: str) -> list[EnrollmentRow]:
        """Enrolled (name order), then waiting (queue order, position 1..), then withdrawn
        (name order)."""
        with self._db.transaction() as session:
            w = self._own(session, workshop_id)
            sessions = self._session_rows(session, w)
            marks = self._marks(session, [s.id for s in sessions])
            return self._enrollment_rows(session, w, sessions, marks)

    # -- attendance ----------------------------------------------------------------------------

    def attendance(self, workshop_id: str) -> AttendanceGrid:
        with self._db.transaction() as session:
            w = self._own(session, workshop_id)
            sessions = self._session_rows(session, w)
            marks = self._marks(session, [s.id for s in sessions])
            rows = self._enrollment_rows(session, w, sessions, marks)
            people = [r for r in rows if r.status is EnrollmentStatus.ENROLLED]
            enrolled = {r.id for r in people}
            return AttendanceGrid(
                sessions=sessions,
                people=people,
                marks={k: m for k, m in marks.items() if k[0] in enrolled},
            )

    def set_mark(self, session_id: str, enrollment_id: str, mark: AttendanceMark | None) -> None:
        """Record (or change, or with None clear) one person's attendance at one session."""
        self.set_marks(session_id, {enrollment_id: mark})

    def set_marks(self, session_id: str, marks: Mapping[str, AttendanceMark | None]) -> None:
        """Record several people's attendance at one session, all or nothing (a whole session
        of a full workshop is a handful of queries)."""
        with self._db.transaction() as session:
            s = self._session(session, session_id)
            w = self._own(session, s.workshop_id)
            _refuse_unless_open(w, "registrar asistencia")
            if s.date > today() and any(mark is not None for mark in marks.values()):
                raise ServiceError(
                    translate(
                        "services.workshops",
                        "La sesión del {date} aún no se realiza: su asistencia se registra desde "
                        "ese día.",
                    ).format(date=format_date(s.date))
                )
            wanted = list(marks)
            enrolled: set[str] = set()
            for chunk in in_chunks(wanted):
                enrolled.update(
                    session.scalars(
                        select(WorkshopEnrollment.id).where(
                            WorkshopEnrollment.id.in_(chunk),
                            WorkshopEnrollment.workshop_id == w.id,
                            WorkshopEnrollment.status == EnrollmentStatus.ENROLLED.value,
                            WorkshopEnrollment.deleted_at.is_(None),
                        )
                    )
                )
            if any(e not in enrolled for e in wanted):
                raise ServiceError(NOT_ENROLLED)
            held: dict[str, list[WorkshopAttendance]] = {}
            for chunk in in_chunks(wanted):
                for a in session.scalars(
                    select(WorkshopAttendance)
                    .where(
                        WorkshopAttendance.session_id == session_id,
                        WorkshopAttendance.enrollment_id.in_(chunk),
                        WorkshopAttendance.deleted_at.is_(None),
                    )
                    .order_by(WorkshopAttendance.updated_at.desc(), WorkshopAttendance.id.desc())
                ):
                    held.setdefault(a.enrollment_id, []).append(a)
            now = utcnow()
            for enrollment_id, mark in marks.items():
                found = held.get(enrollment_id, [])
                keep = found[0] if found else None  # the newest
                for a in found[1:]:  # two PCs of the office marked it offline: keep one
                    a.deleted_at = now
                if mark is None:
                    if keep is not None:
                        keep.deleted_at = now
                elif keep is None:
                    session.add(
                        WorkshopAttendance(
                            office_code=self._office_code,
                            session_id=session_id,
                            enrollment_id=enrollment_id,
                            mark=mark.value,
                        )
                    )
                elif keep.mark != mark.value:
                    keep.mark = mark.value

    # -- completion ----------------------------------------------------------------------------

    def finish(self, workshop_id: str, *, on: date | None = None) -> FinishResult:
        """Mark the workshop finalizado on ``on`` (today by default); everyone enrolled who
        meets the completion rule gets ``completed_on`` and, once ever, an «apresto» atención
        dated the last session."""
        finished_on = _not_future(on)
        with self._db.transaction() as session:
            w = self._own(session, workshop_id)
            if w.status == WorkshopStatus.FINISHED.value:
                raise ServiceError(translate("services.workshops", "El taller ya está finalizado."))
            if w.status == WorkshopStatus.CANCELLED.value:
                raise ServiceError(
                    translate(
                        "services.workshops",
                        "El taller está cancelado: no se puede finalizar. Reábralo antes.",
                    )
                )
            sessions = self._session_rows(session, w)
            if not sessions:
                raise ServiceError(
                    translate(
                        "services.workshops",
                        "El taller no tiene sesiones: agregue sus sesiones y la asistencia antes "
                        "de "
                        "finalizarlo.",
                    )
                )
            ahead = [row for row in sessions if row.date > finished_on]
            if ahead:
                raise ServiceError(
                    translate(
                        "services.workshops",
                        "Al taller le quedan {len} de {len2} sesiones (la última el {date}): "
                        "finalícelo cuando se hayan realizado, o quite las que no se harán.",
                    ).format(
                        len=len(ahead), len2=len(sessions), date=format_date(sessions[-1].date)
                    )
                )
            on = sessions[-1].date  # the atención is dated the last session
            marks = self._marks(session, [s.id for s in sessions])
            completed = added = 0
            for e in self._live_enrollments(session, workshop_id):
                if e.status != EnrollmentStatus.ENROLLED.value:
                    continue
                present = sum(
                    1 for s in sessions if marks.get((e.id, s.id)) is AttendanceMark.PRESENT
                )
                if not completes(present, len(sessions), w.min_attendance):
                    if e.completed_on is not None:
                        e.completed_on = None
                    # Attendance corrected after reopening: a survey of the workshop goes.
                    retire_surveys_of(session, workshop_id=workshop_id, person_id=e.person_id)
                    continue
                completed += 1
                e.completed_on = finished_on
                if e.attention_id is None:
                    attention = Attention(
                        office_code=self._office_code,
                        person_id=e.person_id,
                        date=on,
                        kind=ServiceKind.JOB_READINESS.value,
                        notes=translate(
                            "services.workshops",
                            "Completó el taller «{name}» ({date} al {date2}): asistió a {present} "
                            "de {len} sesiones.",
                        ).format(
                            name=w.name,
                            date=format_date(w.starts_on),
                            date2=format_date(w.ends_on),
                            present=present,
                            len=len(sessions),
                        ),
                    )
                    session.add(attention)
                    session.flush()
                    e.attention_id = attention.id
                    added += 1
            w.status = WorkshopStatus.FINISHED.value
            w.finished_on = finished_on
            return FinishResult(completed, added)

    def reopen(self, workshop_id: str) -> None:
        """Open a finished or cancelled workshop again (to correct attendance, add sessions…).
        The «apresto» atenciones already added stay; finishing again adds none for them."""
        with self._db.transaction() as session:
            w = self._own(session, workshop_id)
            if w.status == WorkshopStatus.OPEN.value:
                raise ServiceError(translate("services.workshops", "El taller ya está abierto."))
            w.status = WorkshopStatus.OPEN.value
            w.finished_on = None
            for e in self._live_enrollments(session, workshop_id):
                if e.completed_on is not None:
                    e.completed_on = None
            session.flush()
            self._move_up(session, w, today())

    def summary(self, workshop_id: str) -> WorkshopSummary:
        """Counts for the workshop's summary: people, attendance per session (of those
        enrolled), completion by sex and by age group (age on the first day)."""
        with self._db.transaction() as session:
            w = self._own(session, workshop_id)
            sessions = self._session_rows(session, w)
            marks = self._marks(session, [s.id for s in sessions])
            rows = self._enrollment_rows(session, w, sessions, marks)
        enrolled = [r for r in rows if r.status is EnrollmentStatus.ENROLLED]
        per_session = []
        for s in sessions:
            got = [marks.get((r.id, s.id)) for r in enrolled]
            per_session.append(
                (
                    s,
                    got.count(AttendanceMark.PRESENT),
                    got.count(AttendanceMark.EXCUSED),
                    got.count(AttendanceMark.ABSENT),
                )
            )
        by_sex: dict[str, tuple[int, int]] = {label: (0, 0) for _, label in SEX_GROUPS}
        sex_label = dict(SEX_GROUPS)
        by_age: dict[str, tuple[int, int]] = {label: (0, 0) for label, _, _ in AGE_GROUPS}
        by_age[UNKNOWN_AGE] = (0, 0)
        for r in enrolled:
            done = 1 if r.completes else 0
            key = sex_label.get(r.sex, sex_label[None])
            by_sex[key] = (by_sex[key][0] + 1, by_sex[key][1] + done)
            group = age_group(r.birth_date, w.starts_on)
            by_age[group] = (by_age[group][0] + 1, by_age[group][1] + done)
        return WorkshopSummary(
            enrolled=len(enrolled),
            withdrawn=sum(1 for r in rows if r.status is EnrollmentStatus.WITHDRAWN),
            waiting=sum(1 for r in rows if r.status is EnrollmentStatus.WAITING),
            completed=sum(1 for r in enrolled if r.completes),
            per_session=per_session,
            by_sex=by_sex,
            by_age=by_age,
        )

    # -- inside --------------------------------------------------------------------------------

    def _check(self, session: Session, data: WorkshopData, workshop_id: str | None) -> WorkshopData:
        data = data.cleaned()
        dates: list[date] = []
        enrolled = 0
        if workshop_id is not None:
            self._own(session, workshop_id)
            dates = [s.date for s in self._live_sessions(session, workshop_id)]
            enrolled = self._count(session, workshop_id, EnrollmentStatus.ENROLLED)
        errors = data.validate(dates)
        if data.company_id is not None:
            company = session.get(Company, data.company_id)
            if (
                company is None
                or company.deleted_at is not None
                or (company.office_code != self._office_code and not company.shared)
            ):
                errors["company_id"] = translate(
                    "services.workshops", "La empresa elegida no existe o fue eliminada."
                )
        if "capacity" not in errors and data.capacity is not None and data.capacity < enrolled:
            errors["capacity"] = translate(
                "services.workshops",
                "Hay {enrolled} personas inscritas: los cupos no pueden ser menos. Retire a "
                "alguien antes de reducirlos.",
            ).format(enrolled=enrolled)
        if errors:
            raise ValidationFailed(errors)
        return data

    @staticmethod
    def _check_session(w: Workshop, data: SessionData) -> SessionData:
        data = data.cleaned()
        errors = data.validate(w.starts_on, w.ends_on)
        if errors:
            raise ValidationFailed(errors)
        return data

    def _matching(self, query: str, status: WorkshopStatus | None) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [
            Workshop.deleted_at.is_(None),
            Workshop.office_code == self._office_code,
        ]
        if status is not None:
            conditions.append(Workshop.status == status.value)
        for term in fold(query).split():
            conditions.append(Workshop.search_key.contains(term, autoescape=True))
        return conditions

    def _rows(self, session: Session, workshops: list[Workshop]) -> list[WorkshopRow]:
        ids = [w.id for w in workshops]
        sessions: dict[str, int] = {
            wid: n
            for wid, n in session.execute(
                select(WorkshopSession.workshop_id, func.count())
                .where(WorkshopSession.workshop_id.in_(ids), WorkshopSession.deleted_at.is_(None))
                .group_by(WorkshopSession.workshop_id)
            )
        }
        people: dict[tuple[str, str], int] = {
            (wid, status): n
            for wid, status, n in session.execute(
                select(WorkshopEnrollment.workshop_id, WorkshopEnrollment.status, func.count())
                .where(
                    WorkshopEnrollment.workshop_id.in_(ids),
                    WorkshopEnrollment.deleted_at.is_(None),
                )
                .group_by(WorkshopEnrollment.workshop_id, WorkshopEnrollment.status)
            )
        }
        return [
            WorkshopRow(
                id=w.id,
                name=w.name,
                starts_on=w.starts_on,
                ends_on=w.ends_on,
                facilitator=w.facilitator,
                place=w.place or "",
                status=WorkshopStatus(w.status),
                sessions=sessions.get(w.id, 0),
                enrolled=people.get((w.id, EnrollmentStatus.ENROLLED.value), 0),
                waiting=people.get((w.id, EnrollmentStatus.WAITING.value), 0),
                capacity=w.capacity,
            )
            for w in workshops
        ]

    def _own(self, session: Session, workshop_id: str) -> Workshop:
        w = session.get(Workshop, workshop_id)
        if w is None or w.deleted_at is not None or w.office_code != self._office_code:
            raise NotFound(translate("services.workshops", "El taller no existe o fue eliminado."))
        return w

    @staticmethod
    def _session(session: Session, session_id: str) -> WorkshopSession:
        s = session.get(WorkshopSession, session_id)
        if s is None or s.deleted_at is not None:
            raise NotFound(translate("services.workshops", "La sesión no existe o fue eliminada."))
        return s

    @staticmethod
    def _enrollment(session: Session, enrollment_id: str) -> WorkshopEnrollment:
        e = session.get(WorkshopEnrollment, enrollment_id)
        if e is None or e.deleted_at is not None:
            raise NotFound(
                translate("services.workshops", "La inscripción no existe o fue eliminada.")
            )
        return e

    @staticmethod
    def _live_sessions(session: Session, workshop_id: str) -> list[WorkshopSession]:
        return list(
            session.scalars(
                select(WorkshopSession)
                .where(
                    WorkshopSession.workshop_id == workshop_id,
                    WorkshopSession.deleted_at.is_(None),
                )
                .order_by(WorkshopSession.date, WorkshopSession.starts_at, WorkshopSession.id)
            )
        )

    @staticmethod
    def _live_enrollments(session: Session, workshop_id: str) -> list[WorkshopEnrollment]:
        return list(
            session.scalars(
                select(WorkshopEnrollment).where(
                    WorkshopEnrollment.workshop_id == workshop_id,
                    WorkshopEnrollment.deleted_at.is_(None),
                )
            )
        )

    def _session_rows(self, session: Session, w: Workshop) -> list[SessionRow]:
        return [
            SessionRow(
                id=s.id,
                number=number,
                date=s.date,
                starts_at=s.starts_at,
                ends_at=s.ends_at,
                place=s.place or w.place or "",
                own_place=s.place or "",
            )
            for number, s in enumerate(self._live_sessions(session, w.id), start=1)
        ]

    @staticmethod
    def _marks(session: Session, session_ids: list[str]) -> dict[tuple[str, str], AttendanceMark]:
        """(enrollment_id, session_id) → mark; of two records for one pair, the newest."""
        marks: dict[tuple[str, str], AttendanceMark] = {}
        if not session_ids:
            return marks
        stmt = (
            select(
                WorkshopAttendance.enrollment_id,
                WorkshopAttendance.session_id,
                WorkshopAttendance.mark,
            )
            .where(
                WorkshopAttendance.session_id.in_(session_ids),
                WorkshopAttendance.deleted_at.is_(None),
            )
            .order_by(WorkshopAttendance.updated_at, WorkshopAttendance.id)
        )
        for enrollment_id, session_id, mark in session.execute(stmt):
            try:
                marks[(enrollment_id, session_id)] = AttendanceMark(mark)
            except ValueError:
                continue
        return marks

    @staticmethod
    def _count(session: Session, workshop_id: str, status: EnrollmentStatus) -> int:
        return int(
            session.scalar(
                select(func.count()).where(
                    WorkshopEnrollment.workshop_id == workshop_id,
                    WorkshopEnrollment.status == status.value,
                    WorkshopEnrollment.deleted_at.is_(None),
                )
            )
            or 0
        )

    @staticmethod
    def _queue(session: Session, workshop_id: str) -> list[WorkshopEnrollment]:
        return list(
            session.scalars(
                select(WorkshopEnrollment)
                .where(
                    WorkshopEnrollment.workshop_id == workshop_id,
                    WorkshopEnrollment.status == EnrollmentStatus.WAITING.value,
                    WorkshopEnrollment.deleted_at.is_(None),
                )
                .order_by(WorkshopEnrollment.queued_at, WorkshopEnrollment.id)
            )
        )

    def _position(self, session: Session, workshop_id: str, enrollment_id: str) -> int | None:
        for place, e in enumerate(self._queue(session, workshop_id), start=1):
            if e.id == enrollment_id:
                return place
        return None

    def _move_up(self, session: Session, w: Workshop, on: date) -> list[str]:
        """Fill free places from the waiting list, in order; the names of who moved up."""
        free = w.capacity - self._count(session, w.id, EnrollmentStatus.ENROLLED)
        moved: list[str] = []
        for e in self._queue(session, w.id)[: max(free, 0)]:
            e.status = EnrollmentStatus.ENROLLED.value
            e.enrolled_on = max(on, e.enrolled_on)
            moved.append(_person_name(session.get(Person, e.person_id)))
        if moved:
            session.flush()
        return moved

    def _enrollment_rows(
        self,
        session: Session,
        w: Workshop,
        held: list[SessionRow],
        marks: Mapping[tuple[str, str], AttendanceMark],
    ) -> list[EnrollmentRow]:
        sessions = len(held)
        now = today()
        ahead = [s.id for s in held if s.date >= now]
        stmt = (
            select(WorkshopEnrollment, Person)
            .join(Person, Person.id == WorkshopEnrollment.person_id, isouter=True)
            .where(WorkshopEnrollment.workshop_id == w.id, WorkshopEnrollment.deleted_at.is_(None))
            .order_by(Person.sort_key, WorkshopEnrollment.id)
        )
        present: dict[str, int] = {}
        for (enrollment_id, _), mark in marks.items():
            if mark is AttendanceMark.PRESENT:
                present[enrollment_id] = present.get(enrollment_id, 0) + 1
        enrolled: list[EnrollmentRow] = []
        waiting: list[EnrollmentRow] = []
        withdrawn: list[EnrollmentRow] = []
        found = session.execute(stmt).all()
        queue = {e.id: place for place, e in enumerate(self._queue(session, w.id), start=1)}
        for e, p in found:
            status = EnrollmentStatus(e.status)
            n = present.get(e.id, 0)
            row = EnrollmentRow(
                id=e.id,
                person_id=e.person_id,
                name=_person_name(p),
                rut=_person_id_text(p),
                sex=p.sex if p is not None else None,
                birth_date=p.birth_date if p is not None else None,
                status=status,
                enrolled_on=e.enrolled_on,
                position=queue.get(e.id) if status is EnrollmentStatus.WAITING else None,
                present=n,
                percent=attendance_percent(n, sessions),
                completes=status is EnrollmentStatus.ENROLLED
                and completes(n, sessions, w.min_attendance),
                completed_on=e.completed_on,
                unmarked=sum((e.id, s) not in marks for s in ahead),
            )
            if status is EnrollmentStatus.ENROLLED:
                enrolled.append(row)
            elif status is EnrollmentStatus.WAITING:
                waiting.append(row)
            else:
                withdrawn.append(row)
        waiting.sort(key=lambda r: r.position or 0)
        return enrolled + waiting + withdrawn

    def _comuna_name(self, code: str) -> str:
        comuna = self._territory.find_comuna(code)
        return comuna.name if comuna is not None else code
