"""The workshops service's refusals and edges: the completion rule at its threshold, closed
workshops, limits, bad input that saves nothing, and duplicate attendance brought by sync."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from omil_desktop.domain.rut import Rut
from omil_desktop.domain.workshops import (
    MAX_SESSIONS,
    AttendanceMark,
    EnrollmentStatus,
    SessionData,
    WorkshopStatus,
)
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from omil_desktop.store.models import (
    Attention,
    ChangeLog,
    Person,
    WorkshopAttendance,
    WorkshopEnrollment,
    WorkshopSession,
)
from tests.services.test_workshops import TODAY, add_people, add_sessions, workshop_data

P, A, J = AttendanceMark.PRESENT, AttendanceMark.ABSENT, AttendanceMark.EXCUSED


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("omil_desktop.services.workshops.today", lambda: TODAY)


def _count(workspace, model) -> int:
    with workspace.db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_completion_at_74_75_and_100_percent(workspace, person_data):
    service = workspace.workshops
    people = add_people(workspace, person_data, 4)
    # 50 sessions: 37 present is 74 %, 38 is 76 %.
    long = service.create(
        workshop_data(capacity=2, starts_on=date(2026, 9, 1), ends_on=date(2026, 11, 20))
    )
    short74, short76 = (service.enroll(long, p).enrollment_id for p in people[:2])
    for n in range(50):
        sid = service.add_session(
            long, SessionData(date(2026, 9, 1) + timedelta(days=n), "10:00", "12:00")
        )
        service.set_marks(sid, {short74: P if n < 37 else J, short76: P if n < 38 else A})
    # 4 sessions: 3 present is exactly 75 %, 4 is 100 %.
    short = service.create(workshop_data(capacity=2))
    at75, at100 = (service.enroll(short, p).enrollment_id for p in people[2:])
    for n, sid in enumerate(add_sessions(service, short, [3, 5, 10, 12])):
        service.set_marks(sid, {at75: P if n else J, at100: P})

    rows = {r.id: r for r in service.enrollments(long) + service.enrollments(short)}
    assert [(rows[e].percent, rows[e].completes) for e in (short74, short76, at75, at100)] == [
        (74, False),
        (76, True),
        (75, True),
        (100, True),
    ]
    assert service.finish(long).completed == 1
    assert service.finish(short).completed == 2
    with workspace.db.transaction() as session:
        completed = set(
            session.scalars(
                select(WorkshopEnrollment.id).where(WorkshopEnrollment.completed_on.is_not(None))
            )
        )
        assert completed == {short76, at75, at100}
        assert session.scalar(select(func.count()).select_from(Attention)) == 3


def test_apresto_attention_is_added_once_across_reopen_and_finish(workspace, person_data):
    service = workspace.workshops
    people = add_people(workspace, person_data, 3)
    wid = service.create(workshop_data())
    s1, s2 = add_sessions(service, wid, [3, 10])
    a, b, c = (service.enroll(wid, p).enrollment_id for p in people)
    service.set_marks(s1, {a: P, b: P, c: A})
    service.set_marks(s2, {a: P, b: A, c: A})
    assert service.finish(wid).attentions_added == 1  # a only (b: 50 %)
    service.reopen(wid)
    service.set_mark(s2, b, P)  # corrected: b was there
    result = service.finish(wid)
    assert (result.completed, result.attentions_added) == (2, 1)  # b now; a not again
    service.reopen(wid)
    service.finish(wid)
    with workspace.db.transaction() as session:
        per_person = dict(
            session.execute(
                select(Attention.person_id, func.count()).group_by(Attention.person_id)
            ).all()
        )
    assert per_person == {people[0]: 1, people[1]: 1}


def test_a_finished_workshop_asks_to_be_reopened(workspace, person_data):
    service = workspace.workshops
    people = add_people(workspace, person_data, 2)
    wid = service.create(workshop_data())
    (sid,) = add_sessions(service, wid, [3])
    enrolled = service.enroll(wid, people[0]).enrollment_id
    service.finish(wid)
    refusals = [
        lambda: service.enroll(wid, people[1]),
        lambda: service.add_session(wid, SessionData(date(2026, 11, 4), "10:00", "11:00")),
        lambda: service.update_session(sid, SessionData(date(2026, 11, 4), "10:00", "11:00")),
        lambda: service.delete_session(sid),
        lambda: service.set_mark(sid, enrolled, P),
        lambda: service.withdraw(enrolled),
        lambda: service.update(wid, workshop_data(name="Otro")),
        lambda: service.cancel(wid),
    ]
    for refuse in refusals:
        with pytest.raises(ServiceError) as caught:
            refuse()
        assert "Reabra el taller para" in str(caught.value)
    with pytest.raises(ServiceError, match="ya está finalizado"):
        service.finish(wid)
    assert service.get(wid).data.name == "Apresto laboral para el turismo"
    assert len(service.enrollments(wid)) == 1 and len(service.sessions(wid)) == 1


def test_a_cancelled_workshop_takes_nothing_new_until_reopened(workspace, person_data):
    service = workspace.workshops
    people = add_people(workspace, person_data, 2)
    wid = service.create(workshop_data())
    (sid,) = add_sessions(service, wid, [3])
    enrolled = service.enroll(wid, people[0]).enrollment_id
    service.cancel(wid)
    assert service.get(wid).status is WorkshopStatus.CANCELLED
    for refuse in (
        lambda: service.enroll(wid, people[1]),
        lambda: service.add_session(wid, SessionData(date(2026, 11, 4), "10:00", "11:00")),
        lambda: service.set_mark(sid, enrolled, P),
        lambda: service.finish(wid),
    ):
        with pytest.raises(ServiceError, match="cancelado"):
            refuse()
    service.reopen(wid)
    assert service.enroll(wid, people[1]).status is EnrollmentStatus.ENROLLED


def test_delete_only_while_nobody_is_enrolled(workspace, person_data):
    service = workspace.workshops
    (person,) = add_people(workspace, person_data, 1)
    empty = service.create(workshop_data())
    add_sessions(service, empty, [3, 4])
    service.delete(empty)
    with pytest.raises(NotFound):
        service.get(empty)
    with workspace.db.transaction() as session:  # its sessions went with it (tombstones)
        assert session.scalar(select(func.count()).where(WorkshopSession.deleted_at.is_(None))) == 0
    used = service.create(workshop_data())
    service.withdraw(service.enroll(used, person).enrollment_id)
    with pytest.raises(ServiceError, match="cancélelo"):
        service.delete(used)
    assert service.count() == 1


def test_at_most_max_sessions(workspace):
    service = workspace.workshops
    wid = service.create(workshop_data(starts_on=date(2026, 9, 1), ends_on=date(2026, 12, 31)))
    with workspace.db.transaction() as session:  # as many as allowed, written directly
        for n in range(MAX_SESSIONS):
            session.add(
                WorkshopSession(
                    office_code=workspace.office.comuna_code,
                    workshop_id=wid,
                    date=date(2026, 9, 1) + timedelta(days=n),
                    starts_at="10:00",
                    ends_at="11:00",
                )
            )
    with pytest.raises(ServiceError, match=f"máximo {MAX_SESSIONS} sesiones"):
        service.add_session(wid, SessionData(date(2026, 12, 1), "10:00", "11:00"))
    assert len(service.sessions(wid)) == MAX_SESSIONS


def test_bad_enrollments_save_nothing(workspace, person_data):
    service = workspace.workshops
    (person,) = add_people(workspace, person_data, 1)
    wid = service.create(workshop_data())
    with workspace.db.transaction() as session:
        other = Person(
            office_code="10402",
            first_names="Ñeco",
            last_name_1="Futaleufú",
            comuna_code="10402",
            rut=Rut.from_body(9_000_000).compact,
            birth_date=None,
            sex=None,
            document_type=None,
            education_level=None,
            job_status=None,
            unemployment_insurance=None,
            bne_registered_on=None,
            consent_on=None,
            consent_method=None,
        )
        session.add(other)
        session.flush()
        other_id = other.id
    logged = _count(workspace, ChangeLog)
    with pytest.raises(ServiceError, match="registradas en esta oficina"):
        service.enroll(wid, other_id)
    with pytest.raises(NotFound):
        service.enroll(wid, "no-such-person")
    with pytest.raises(NotFound):
        service.enroll("no-such-workshop", person)
    with pytest.raises(ValidationFailed) as caught:
        service.enroll(wid, person, on=TODAY + timedelta(days=1))
    assert caught.value.errors == {"on": "La fecha no puede ser futura."}
    assert _count(workspace, WorkshopEnrollment) == 0
    assert _count(workspace, ChangeLog) == logged
    enrollment = service.enroll(wid, person, on=date(2026, 11, 10)).enrollment_id
    with pytest.raises(ValidationFailed, match="anterior a la inscripción"):
        service.withdraw(enrollment, on=date(2026, 11, 9))
    service.withdraw(enrollment, on=date(2026, 11, 12))
    with pytest.raises(ServiceError, match="ya se retiró"):
        service.withdraw(enrollment)


def test_attendance_only_for_the_enrolled_of_this_workshop(workspace, person_data):
    service = workspace.workshops
    people = add_people(workspace, person_data, 2)
    first = service.create(workshop_data())
    second = service.create(workshop_data(name="Entrevista laboral"))
    (sid,) = add_sessions(service, first, [3])
    here = service.enroll(first, people[0]).enrollment_id
    elsewhere = service.enroll(second, people[1]).enrollment_id
    withdrawn = service.enroll(first, people[1]).enrollment_id
    service.withdraw(withdrawn)
    for enrollment in (elsewhere, withdrawn, "no-such-enrollment"):
        with pytest.raises(ServiceError) as caught:
            service.set_marks(sid, {here: P, enrollment: P})
        assert str(caught.value) == "La persona no está inscrita en este taller."
    assert _count(workspace, WorkshopAttendance) == 0
    with pytest.raises(NotFound):
        service.set_mark("no-such-session", here, P)


def test_two_attendance_records_from_sync_read_the_newest_and_collapse(workspace, person_data):
    service = workspace.workshops
    (person,) = add_people(workspace, person_data, 1)
    wid = service.create(workshop_data())
    (sid,) = add_sessions(service, wid, [3])
    enrollment = service.enroll(wid, person).enrollment_id
    with workspace.db.transaction() as session:  # two PCs of the office marked it offline
        # The newest is the one created first here (the lower id): order by time, not by id.
        stamps = {"presente": datetime(2026, 11, 3, 13), "ausente": datetime(2026, 11, 3, 12)}
        for mark in stamps:
            session.add(
                WorkshopAttendance(
                    office_code=workspace.office.comuna_code,
                    session_id=sid,
                    enrollment_id=enrollment,
                    mark=mark,
                )
            )
            session.flush()
    with workspace.db.transaction() as session:  # as sync leaves them (no change capture)
        for mark, at in stamps.items():
            session.execute(
                update(WorkshopAttendance)
                .where(WorkshopAttendance.mark == mark)
                .values(updated_at=at)
            )
    assert service.attendance(wid).marks == {(enrollment, sid): P}
    service.set_mark(sid, enrollment, J)
    with workspace.db.transaction() as session:
        live = list(
            session.scalars(
                select(WorkshopAttendance.mark).where(WorkshopAttendance.deleted_at.is_(None))
            )
        )
    assert live == ["justificado"]
    assert service.attendance(wid).marks == {(enrollment, sid): J}
