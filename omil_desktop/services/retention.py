"""How long the office keeps a person's data, and the yearly review that anonymises those past
their period (Ley 21.719: data is kept only while it is needed; README «Base de licitud,
consentimiento y conservación»).

- A period per kind of record (``domain.privacy.RetentionKind``), in years: the office's own
  (table ``retention_period``, local to the PC) or ``DEFAULT_RETENTION_YEARS``. Only the
  encargado(a) sets it (``require_manager``).
- A person is past the period when nothing happened with them since the cut-off day (today
  minus the period): not registered, no atención, no workshop enrollment or attendance, no
  referral, placement or its follow-up, no job fair, no survey. Anonymised or deleted people
  are not listed. Found by one query that reads, per table, only the activity after the
  cut-off (indexes on the dates), never every person's history.
- ``apply`` anonymises the chosen people through the erasure service (what the law keeps
  stays, without a name; the changes sync like any erasure) and records the review's day
  (``Office.retention_reviewed_on``). A person who became active again meanwhile is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    String,
    and_,
    func,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.people import DocumentType, full_name
from omil_desktop.domain.privacy import (
    DEFAULT_RETENTION_YEARS,
    RETENTION_YEARS_MAX,
    RETENTION_YEARS_MIN,
    RetentionKind,
)
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import ServiceError, ValidationFailed
from omil_desktop.store.clock import today as clock_today
from omil_desktop.store.database import Database
from omil_desktop.store.models import (
    Attention,
    FairAttendee,
    JobFair,
    Office,
    Person,
    Placement,
    Referral,
    RetentionPeriod,
    SatisfactionSurvey,
    WorkshopAttendance,
    WorkshopEnrollment,
    WorkshopSession,
)

Anonymise = Callable[[str, str], object]
"""``anonymise(person_id, reason)``: the erasure service's anonymisation of one person (one
transaction; its changes sync)."""
CHUNK = 500
"""Ids per query when describing many people (SQLite's limit of bound values is far above)."""
Progress = Callable[[int, int], None]
"""``progress(done, total)`` after each person anonymised."""


class Activity(StrEnum):
    """What a person's last activity was, as the review says it."""

    REGISTERED = "registro"
    ATTENTION = "atencion"
    WORKSHOP = "taller"
    REFERRAL = "derivacion"
    PLACEMENT = "colocacion"
    FOLLOW_UP = "seguimiento"
    FAIR = "feria"
    SURVEY = "encuesta"

    @property
    def label(self) -> str:
        return {
            "registro": translate("services.retention", "registro en la OMIL"),
            "atencion": "atención",
            "taller": translate("services.retention", "taller de apresto"),
            "derivacion": "derivación",
            "colocacion": "colocación",
            "seguimiento": translate("services.retention", "seguimiento de colocación"),
            "feria": "feria laboral",
            "encuesta": translate("services.retention", "encuesta de satisfacción"),
        }[self.value]


@dataclass(frozen=True)
class DuePerson:
    """A person past the retention period, and why."""

    person_id: str
    name: str
    identification: str
    """RUT (``12.345.678-5``) or the foreign document."""
    last_activity_on: date
    last_activity: Activity
    years: int
    """The period that applies."""

    @property
    def reason(self) -> str:
        return translate(
            "services.retention",
            "Sin actividad desde el {date} (último: {label}); el plazo de conservación es de "
            "{years} años.",
        ).format(
            date=format_date(self.last_activity_on),
            label=self.last_activity.label,
            years=self.years,
        )


@dataclass(frozen=True)
class ApplyResult:
    anonymised: int
    skipped: int
    """Chosen people no longer past the period (active again) or already anonymised."""


def cutoff(today: date, years: int) -> date:
    """The day ``years`` years before ``today`` (29 February → 28 February)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def _text(column: ColumnElement[object] | object) -> ColumnElement[str]:
    """An ISO date read as text, '' for none (SQLite's max() of several values is NULL when
    one is)."""
    return func.coalesce(type_coerce(column, String), "")


class RetentionService:
    """``require_manager()`` raises ServiceError (Spanish) unless the officer is an encargado(a);
    ``anonymise`` is the erasure service's."""

    def __init__(
        self,
        db: Database,
        office_code: str,
        *,
        require_manager: Callable[[], None],
        anonymise: Anonymise,
        finish_pending: Callable[[date], object],
    ) -> None:
        self._db = db
        self._office_code = office_code
        self._require_manager = require_manager
        self._anonymise = anonymise
        self._finish_pending = finish_pending
        """The erasure service's removal of the contact kept for placements' follow-ups that
        are done or past (run by each review)."""

    def may_manage(self) -> str | None:
        """None when this officer may set the periods and anonymise; else why not (Spanish),
        for the window to say before anything is tried."""
        try:
            self._require_manager()
        except ServiceError as exc:
            return str(exc)
        return None

    # -- periods -------------------------------------------------------------------------------

    def periods(self) -> dict[RetentionKind, int]:
        """Years each kind of record is kept: the office's own, else the default."""
        with self._db.transaction() as session:
            own = {row.kind: row.years for row in session.scalars(select(RetentionPeriod))}
        return {kind: own.get(kind.value, DEFAULT_RETENTION_YEARS[kind]) for kind in RetentionKind}

    def period(self, kind: RetentionKind = RetentionKind.INACTIVE_PEOPLE) -> int:
        return self.periods()[kind]

    def set_period(self, kind: RetentionKind, years: int) -> None:
        """The encargado(a) sets how many years ``kind`` is kept."""
        self._require_manager()
        if not RETENTION_YEARS_MIN <= years <= RETENTION_YEARS_MAX:
            raise ValidationFailed(
                {
                    kind.value: translate(
                        "services.retention",
                        "{label}: el plazo va de {RETENTION_YEARS_MIN} a {RETENTION_YEARS_MAX} "
                        "años.",
                    ).format(
                        label=kind.label,
                        RETENTION_YEARS_MIN=RETENTION_YEARS_MIN,
                        RETENTION_YEARS_MAX=RETENTION_YEARS_MAX,
                    )
                }
            )
        with self._db.transaction() as session:
            row = session.get(RetentionPeriod, kind.value)
            if row is None:
                session.add(RetentionPeriod(kind=kind.value, years=years))
            elif row.years != years:
                row.years = years

    # -- the review ----------------------------------------------------------------------------

    def reviewed_on(self) -> date | None:
        """The day of the last yearly review, if any."""
        with self._db.transaction() as session:
            return session.scalar(select(Office.retention_reviewed_on))

    def review_due(self, today: date | None = None) -> bool:
        """No review was done this calendar year. An office set up this year has its first
        review due next year: the reminder never counts who is past the period (a scan of every
        person, half a second on 100,000, and the window asks at every start on its thread)."""
        day = today or clock_today()
        with self._db.transaction() as session:
            reviewed, created_at = session.execute(
                select(Office.retention_reviewed_on, Office.created_at)
            ).one_or_none() or (None, None)
        if reviewed is not None:
            return reviewed.year < day.year
        return created_at is None or created_at.year < day.year

    def mark_reviewed(self, today: date | None = None) -> None:
        """Record that the yearly review was done (also when nobody was past the period)."""
        self._require_manager()
        day = today or clock_today()
        self._finish_pending(day)
        with self._db.transaction() as session:
            self._mark(session, day)

    def count_due(self, today: date) -> int:
        with self._db.transaction() as session:
            return int(session.scalar(select(func.count()).where(*self._due(today))) or 0)

    def due_ids(self, today: date) -> list[str]:
        """Every person past the period, by surnames and names then id (for «Seleccionar
        todas», and the window's list, which reads its rows a page at a time)."""
        stmt = select(Person.sort_key, Person.id).where(*self._due(today))
        with self._db.transaction() as session:
            # Sorted here, not by SQLite: the table is read in one pass instead of through the
            # list's index row by row, and so few rows sort in no time (same order: SQLite
            # compares text byte by byte, UTF-8, as Python compares code points).
            return [row.id for row in sorted(session.execute(stmt).all())]

    def due(self, today: date, *, offset: int = 0, limit: int | None = None) -> list[DuePerson]:
        """The people past the period on ``today``, by surnames and names; ``offset``/``limit``
        read one page of them."""
        ids = self.due_ids(today)
        return self.describe(ids[offset : None if limit is None else offset + limit])

    def describe(self, person_ids: list[str]) -> list[DuePerson]:
        """Who ``person_ids`` are and their last activity, in that order (a page of the list
        :meth:`due_ids` gave)."""
        years = self.period()
        last = self._last_activity()
        found: dict[str, DuePerson] = {}
        for start in range(0, len(person_ids), CHUNK):
            stmt = select(
                Person.id,
                Person.rut,
                Person.document_type,
                Person.document_number,
                Person.first_names,
                Person.last_name_1,
                Person.last_name_2,
                *(column for _kind, column in last),
            ).where(Person.id.in_(person_ids[start : start + CHUNK]))
            with self._db.transaction() as session:
                rows = session.execute(stmt).all()
            for row in rows:
                days = [(kind, day) for (kind, _c), day in zip(last, row[7:], strict=True) if day]
                # The latest day; on a tie, the activity rather than the registration.
                kind, day = max(
                    days, key=lambda item: (item[1], item[0] is not Activity.REGISTERED)
                )
                found[row.id] = DuePerson(
                    person_id=row.id,
                    name=full_name(row.first_names, row.last_name_1, row.last_name_2),
                    identification=_identification(row.rut, row.document_type, row.document_number),
                    last_activity_on=date.fromisoformat(day[:10]),
                    last_activity=kind,
                    years=years,
                )
        return [found[i] for i in person_ids if i in found]

    def apply(
        self, person_ids: list[str], today: date | None = None, progress: Progress | None = None
    ) -> ApplyResult:
        """Anonymise the chosen people past the period (each through the erasure service, in
        its own transaction), then record the review's day. People no longer past the period
        (active again since the list was read) are skipped, never anonymised."""
        self._require_manager()
        day = today or clock_today()
        years = self.period()
        chosen = set(person_ids)
        due = self.describe([i for i in self.due_ids(day) if i in chosen])
        for done, person in enumerate(due, start=1):
            self._anonymise(
                person.person_id,
                translate(
                    "services.retention",
                    "Revisión anual de conservación de datos: sin actividad desde el {date} "
                    "(plazo de {years} años).",
                ).format(date=format_date(person.last_activity_on), years=years),
            )
            if progress is not None:
                progress(done, len(due))
        self._finish_pending(day)
        with self._db.transaction() as session:
            self._mark(session, day)
        return ApplyResult(anonymised=len(due), skipped=len(chosen) - len(due))

    # -- the query -----------------------------------------------------------------------------

    def _due(self, today: date) -> list[ColumnElement[bool]]:
        """Who is past the period: the office's people, not deleted nor anonymised, registered
        before the cut-off, with no activity on or after it.

        The atenciones, by far the biggest table, are probed per person on the index
        (person, date) alone; only a person whose recent atenciones include a deleted one (rare:
        recorded by mistake) is looked at again, row by row. The other tables give the ids
        active since the cut-off in one small set, read once (bench/README.md, retention)."""
        since = cutoff(today, self.period())
        recent = select(Attention.person_id).where(  # in the index: no row is read
            Attention.person_id == Person.id, Attention.date >= since
        )
        with_deleted_recent = select(Attention.person_id).where(
            Attention.date >= since, Attention.deleted_at.is_not(None)
        )
        no_recent_attention = or_(
            ~recent.exists(),
            and_(
                Person.id.in_(with_deleted_recent),
                ~recent.where(Attention.deleted_at.is_(None)).exists(),
            ),
        )
        active: CompoundSelect[tuple[str]] = union_all(
            select(WorkshopEnrollment.person_id).where(
                WorkshopEnrollment.deleted_at.is_(None),
                or_(
                    WorkshopEnrollment.enrolled_on >= since,
                    WorkshopEnrollment.withdrawn_on >= since,
                    WorkshopEnrollment.completed_on >= since,
                ),
            ),
            select(WorkshopEnrollment.person_id)
            .join(WorkshopAttendance, WorkshopAttendance.enrollment_id == WorkshopEnrollment.id)
            .join(WorkshopSession, WorkshopSession.id == WorkshopAttendance.session_id)
            .where(WorkshopSession.date >= since, WorkshopAttendance.deleted_at.is_(None)),
            select(Referral.person_id).where(
                Referral.person_id.is_not(None),  # NOT IN a set holding NULL matches nothing
                Referral.deleted_at.is_(None),
                or_(
                    Referral.referred_on >= since,
                    Referral.interviewed_on >= since,
                    Referral.outcome_on >= since,
                ),
            ),
            select(Placement.person_id).where(
                Placement.deleted_at.is_(None),
                or_(Placement.start_on >= since, Placement.followed_up_on >= since),
            ),
            select(FairAttendee.person_id)
            .join(JobFair, JobFair.id == FairAttendee.fair_id)
            .where(JobFair.held_on >= since, FairAttendee.deleted_at.is_(None)),
            select(SatisfactionSurvey.person_id).where(
                SatisfactionSurvey.answered_on >= since, SatisfactionSurvey.deleted_at.is_(None)
            ),
        )
        return [
            Person.office_code == self._office_code,
            Person.deleted_at.is_(None),
            Person.anonymised_on.is_(None),
            Person.created_at < datetime.combine(since, time()),
            no_recent_attention,
            Person.id.not_in(active),
        ]

    @staticmethod
    def _last_activity() -> list[tuple[Activity, ColumnElement[str]]]:
        """Per kind, the day of the person's latest activity ('' for none), read for the rows
        of a page only (each from the index on the person)."""

        def latest(column: ColumnElement[str], *where: ColumnElement[bool]) -> ColumnElement[str]:
            return _text(select(func.max(column)).where(*where).scalar_subquery())

        def day(column: object) -> ColumnElement[str]:
            return _text(column)

        def placed(column: object) -> ColumnElement[str]:
            """Through the person's referrals (indexed by person; the placement table is not):
            a placement is of one referral."""
            return _text(
                select(func.max(day(column)))
                .select_from(Referral)
                .join(Placement, Placement.referral_id == Referral.id)
                .where(Referral.person_id == Person.id, Placement.deleted_at.is_(None))
                .scalar_subquery()
            )

        enrollment = WorkshopEnrollment
        live_enrollment = (enrollment.person_id == Person.id, enrollment.deleted_at.is_(None))
        live_referral = (Referral.person_id == Person.id, Referral.deleted_at.is_(None))
        return [
            (Activity.REGISTERED, day(func.date(Person.created_at))),
            (
                Activity.ATTENTION,
                latest(
                    day(Attention.date),
                    Attention.person_id == Person.id,
                    Attention.deleted_at.is_(None),
                ),
            ),
            (
                Activity.WORKSHOP,
                latest(
                    func.max(
                        day(enrollment.enrolled_on),
                        day(enrollment.withdrawn_on),
                        day(enrollment.completed_on),
                    ),
                    *live_enrollment,
                ),
            ),
            (
                Activity.WORKSHOP,
                _text(
                    select(func.max(day(WorkshopSession.date)))
                    .join(WorkshopAttendance, WorkshopAttendance.session_id == WorkshopSession.id)
                    .join(enrollment, enrollment.id == WorkshopAttendance.enrollment_id)
                    .where(*live_enrollment, WorkshopAttendance.deleted_at.is_(None))
                    .scalar_subquery()
                ),
            ),
            (
                Activity.REFERRAL,
                latest(
                    func.max(
                        day(Referral.referred_on),
                        day(Referral.interviewed_on),
                        day(Referral.outcome_on),
                    ),
                    *live_referral,
                ),
            ),
            (Activity.PLACEMENT, placed(Placement.start_on)),
            (Activity.FOLLOW_UP, placed(Placement.followed_up_on)),
            (
                Activity.FAIR,
                _text(
                    select(func.max(day(JobFair.held_on)))
                    .join(FairAttendee, FairAttendee.fair_id == JobFair.id)
                    .where(FairAttendee.person_id == Person.id, FairAttendee.deleted_at.is_(None))
                    .scalar_subquery()
                ),
            ),
            (
                Activity.SURVEY,
                latest(
                    day(SatisfactionSurvey.answered_on),
                    SatisfactionSurvey.person_id == Person.id,
                    SatisfactionSurvey.deleted_at.is_(None),
                ),
            ),
        ]

    @staticmethod
    def _mark(session: Session, day: date) -> None:
        office = session.scalars(select(Office)).first()
        if office is not None:
            office.retention_reviewed_on = day


def _identification(rut: str | None, document_type: str | None, number: str) -> str:
    if rut:
        return str(Rut.parse(rut)) if Rut.is_valid(rut) else rut
    kind = (
        DocumentType(document_type).label
        if document_type
        else translate("services.retention", "Documento")
    )
    return f"{kind} {number}".strip()
