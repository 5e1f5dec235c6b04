"""Talleres de apresto through the service, on a real SQLite file: workshops, sessions,
enrollment with its waiting list, attendance, completion and the summary (issue 9)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from omil_desktop.domain.people import ServiceKind, Sex
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.workshops import (
    AttendanceMark,
    EnrollmentStatus,
    SessionData,
    WorkshopData,
    WorkshopModule,
    WorkshopStatus,
)
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed

TODAY = date(2026, 11, 20)

NAMES = [
    ("Ñuñoa", "Peñailillo", "Zúñiga", Sex.FEMALE, date(2000, 3, 1)),
    ("José Ignacio", "Muñoz", "Araya", Sex.MALE, date(1985, 7, 9)),
    ("Begoña", "Castañeda", "", Sex.FEMALE, date(1960, 1, 2)),
    ("Andrés", "Ñancupil", "Soto", None, None),
    ("Inés", "Ávila", "Rojas", Sex.OTHER, date(2009, 1, 1)),
    ("Sofía", "Acuña", "Bórquez", Sex.FEMALE, date(1995, 5, 5)),
]


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("omil_desktop.services.workshops.today", lambda: TODAY)


def workshop_data(**overrides) -> WorkshopData:
    values: dict = {
        "name": "Apresto laboral para el turismo",
        "modules": (WorkshopModule.CV, WorkshopModule.INTERVIEW),
        "facilitator": "Begoña Peña",
        "place": "Sede vecinal Río Palena",
        "capacity": 3,
        "starts_on": date(2026, 11, 2),
        "ends_on": date(2026, 11, 27),
    }
    values.update(overrides)
    return WorkshopData(**values)


def add_people(workspace, person_data, count: int = len(NAMES)) -> list[str]:
    """People of the office with accents and ñ, distinct RUTs, sexes and ages."""
    ids = []
    for i, (first, last1, last2, sex, birth) in enumerate(NAMES[:count]):
        ids.append(
            workspace.people.create(
                person_data(
                    first_names=first,
                    last_name_1=last1,
                    last_name_2=last2,
                    sex=sex,
                    birth_date=birth,
                    rut=Rut.from_body(15_000_000 + i * 1_111),
                    email="",
                    phone="",
                ),
                allow_likely_duplicate=True,
            )
        )
    return ids


def add_sessions(service, workshop_id: str, days: list[int]) -> list[str]:
    return [
        service.add_session(
            workshop_id, SessionData(date=date(2026, 11, d), starts_at="9:30", ends_at="12:30")
        )
        for d in days
    ]


def test_create_get_list_and_search(workspace):
    service = workspace.workshops
    first = service.create(workshop_data(name="  Taller   de currículum ", other_modules="Ñandú"))
    second = service.create(
        workshop_data(
            name="Entrevista laboral", starts_on=date(2026, 12, 1), ends_on=date(2026, 12, 5)
        )
    )
    record = service.get(first)
    assert record.data.name == "Taller de currículum"
    assert record.data.modules == (WorkshopModule.CV, WorkshopModule.INTERVIEW)
    assert record.data.other_modules == "Ñandú"
    assert record.status is WorkshopStatus.OPEN and record.finished_on is None
    assert record.company_name == "" and record.comuna_name == "Palena"
    assert [r.id for r in service.search_page()] == [second, first]  # newest start first
    assert [r.id for r in service.all()] == [first, second]
    assert [r.id for r in service.search_page("curriculum")] == [first]
    assert service.count("PEÑA") == 2 and service.count("pena") == 2
    assert service.count(status=WorkshopStatus.CANCELLED) == 0
    service.cancel(second)
    assert [r.id for r in service.search_page(status=WorkshopStatus.CANCELLED)] == [second]
    row = service.all()[0]
    assert (row.sessions, row.enrolled, row.waiting, row.capacity) == (0, 0, 0, 3)


def test_invalid_workshop_is_refused_with_every_error(workspace):
    with pytest.raises(ValidationFailed) as caught:
        workspace.workshops.create(
            workshop_data(
                name=" ", modules=(), facilitator="", capacity=0, ends_on=date(2026, 11, 1)
            )
        )
    assert set(caught.value.errors) == {"name", "modules", "facilitator", "capacity", "ends_on"}
    assert workspace.workshops.count() == 0


def test_sessions_are_numbered_by_date_and_time(workspace):
    service = workspace.workshops
    wid = service.create(workshop_data())
    late = service.add_session(wid, SessionData(date(2026, 11, 9), "15:00", "17:00"))
    early = service.add_session(wid, SessionData(date(2026, 11, 9), "0900", "11:00", "Liceo"))
    first = service.add_session(wid, SessionData(date(2026, 11, 3), "9:00", "11:00"))
    rows = service.sessions(wid)
    assert [(r.id, r.number) for r in rows] == [(first, 1), (early, 2), (late, 3)]
    assert rows[1].starts_at == "09:00" and rows[1].place == "Liceo"
    assert rows[0].place == "Sede vecinal Río Palena" and rows[0].own_place == ""
    assert service.session_by_number(wid, 3).id == late
    with pytest.raises(NotFound):
        service.session_by_number(wid, 4)
    service.update_session(first, SessionData(date(2026, 11, 10), "9:00", "11:00"))
    assert [r.id for r in service.sessions(wid)] == [early, late, first]
    service.delete_session(early)
    assert [(r.id, r.number) for r in service.sessions(wid)] == [(late, 1), (first, 2)]
    assert service.all()[0].sessions == 2


def test_bad_sessions_save_nothing(workspace):
    service = workspace.workshops
    wid = service.create(workshop_data())
    with pytest.raises(ValidationFailed) as caught:
        service.add_session(wid, SessionData(date(2026, 12, 1), "12:00", "10:00"))
    assert "entre el 02-11-2026 y el 27-11-2026" in caught.value.errors["date"]
    assert caught.value.errors["ends_at"] == "La hora de término debe ser posterior a la de inicio."
    assert service.sessions(wid) == []
    sid = add_sessions(service, wid, [10])[0]
    with pytest.raises(ValidationFailed):
        service.update_session(sid, SessionData(date(2026, 11, 10), "9:00", "nueve"))
    assert service.sessions(wid)[0].ends_at == "12:30"


def test_workshop_dates_must_hold_its_sessions(workspace):
    service = workspace.workshops
    wid = service.create(workshop_data())
    add_sessions(service, wid, [4, 25])
    with pytest.raises(ValidationFailed) as caught:
        service.update(wid, workshop_data(ends_on=date(2026, 11, 20)))
    assert "25-11-2026" in caught.value.errors["ends_on"]
    assert service.get(wid).data.ends_on == date(2026, 11, 27)


def test_fill_wait_withdraw_moves_up(workspace, person_data):
    service = workspace.workshops
    people = add_people(workspace, person_data, 5)
    wid = service.create(workshop_data(capacity=2))
    results = [service.enroll(wid, p) for p in people[:4]]
    assert [(r.status, r.position) for r in results] == [
        (EnrollmentStatus.ENROLLED, None),
        (EnrollmentStatus.ENROLLED, None),
        (EnrollmentStatus.WAITING, 1),
        (EnrollmentStatus.WAITING, 2),
    ]
    moved = service.withdraw(results[0].enrollment_id)
    assert moved.moved_up_name == "Begoña Castañeda"
    rows = service.enrollments(wid)
    assert [(r.name, r.status, r.position) for r in rows] == [
        ("Begoña Castañeda", EnrollmentStatus.ENROLLED, None),
        ("José Ignacio Muñoz Araya", EnrollmentStatus.ENROLLED, None),
        ("Andrés Ñancupil Soto", EnrollmentStatus.WAITING, 1),
        ("Ñuñoa Peñailillo Zúñiga", EnrollmentStatus.WITHDRAWN, None),
    ]
    assert rows[0].rut == str(Rut.from_body(15_002_222))
    # Withdrawing someone waiting frees no place.
    assert service.withdraw(results[3].enrollment_id).moved_up_name is None
    # The withdrawn enrolls again: back in line, at the end.
    again = service.enroll(wid, people[0])
    assert again.enrollment_id == results[0].enrollment_id
    assert (again.status, again.position) == (EnrollmentStatus.WAITING, 1)


def test_capacity_raised_moves_waiting_up_and_lowered_is_refused(workspace, person_data):
    service = workspace.workshops
    people = add_people(workspace, person_data, 5)
    wid = service.create(workshop_data(capacity=2))
    for p in people:
        service.enroll(wid, p)
    service.update(wid, workshop_data(capacity=4))
    row = service.all()[0]
    assert (row.enrolled, row.waiting) == (4, 1)
    with pytest.raises(ValidationFailed) as caught:
        service.update(wid, workshop_data(capacity=3))
    assert caught.value.errors["capacity"].startswith("Hay 4 personas inscritas")
    assert service.get(wid).data.capacity == 4


def test_same_person_twice_is_refused(workspace, person_data):
    service = workspace.workshops
    people = add_people(workspace, person_data, 2)
    wid = service.create(workshop_data(capacity=1))
    service.enroll(wid, people[0])
    service.enroll(wid, people[1])
    with pytest.raises(ServiceError) as caught:
        service.enroll(wid, people[0])
    assert str(caught.value) == "Esta persona ya está inscrita en el taller."
    with pytest.raises(ServiceError, match="ya está en la lista de espera del taller"):
        service.enroll(wid, people[1])
    assert len(service.enrollments(wid)) == 2


def test_attendance_marks_one_row_per_person_and_session(workspace, person_data):
    from omil_desktop.store.models import WorkshopAttendance

    service = workspace.workshops
    people = add_people(workspace, person_data, 3)
    wid = service.create(workshop_data(capacity=2))
    s1, s2 = add_sessions(service, wid, [3, 10])
    a, b, waiting = (service.enroll(wid, p).enrollment_id for p in people)
    service.set_mark(s1, a, AttendanceMark.PRESENT)
    service.set_mark(s1, a, AttendanceMark.EXCUSED)
    service.set_marks(s2, {a: AttendanceMark.PRESENT, b: AttendanceMark.ABSENT})
    grid = service.attendance(wid)
    assert [p.id for p in grid.people] == [b, a]  # Muñoz before Peñailillo; no one waiting
    assert grid.marks == {
        (a, s1): AttendanceMark.EXCUSED,
        (a, s2): AttendanceMark.PRESENT,
        (b, s2): AttendanceMark.ABSENT,
    }
    with workspace.db.transaction() as session:
        assert session.query(WorkshopAttendance).filter_by(enrollment_id=a).count() == 2
    service.set_mark(s1, a, None)
    assert (a, s1) not in service.attendance(wid).marks
    # Someone waiting is not enrolled: nothing of the batch is saved.
    with pytest.raises(ServiceError) as caught:
        service.set_marks(s1, {b: AttendanceMark.PRESENT, waiting: AttendanceMark.PRESENT})
    assert str(caught.value) == "La persona no está inscrita en este taller."
    assert (b, s1) not in service.attendance(wid).marks
    # Deleting a session takes its attendance with it.
    service.delete_session(s2)
    assert service.attendance(wid).marks == {}


def test_finish_adds_one_apresto_attention_per_completer(workspace, person_data):
    service = workspace.workshops
    people = add_people(workspace, person_data, 2)
    wid = service.create(workshop_data())
    sessions = add_sessions(service, wid, [3, 5, 10, 12])
    a, b = (service.enroll(wid, p).enrollment_id for p in people)
    for s in sessions[:3]:
        service.set_marks(s, {a: AttendanceMark.PRESENT, b: AttendanceMark.PRESENT})
    service.set_marks(sessions[3], {a: AttendanceMark.PRESENT, b: AttendanceMark.EXCUSED})
    service.set_mark(sessions[2], b, AttendanceMark.ABSENT)  # b: 2 of 4 = 50 %
    result = service.finish(wid)
    assert (result.completed, result.attentions_added) == (1, 1)
    record = service.get(wid)
    assert record.status is WorkshopStatus.FINISHED and record.finished_on == TODAY
    history = workspace.attentions.history(people[0])
    assert [(h.date, h.kind) for h in history] == [(date(2026, 11, 12), ServiceKind.JOB_READINESS)]
    assert "Apresto laboral para el turismo" in history[0].notes
    assert workspace.attentions.history(people[1]) == []
    rows = {r.id: r for r in service.enrollments(wid)}
    assert rows[a].completed_on == TODAY and rows[a].percent == 100 and rows[a].completes
    assert rows[b].completed_on is None and rows[b].percent == 50 and not rows[b].completes
    service.reopen(wid)
    assert service.get(wid).status is WorkshopStatus.OPEN
    assert service.finish(wid) == type(result)(completed=1, attentions_added=0)
    assert len(workspace.attentions.history(people[0])) == 1


def test_summary(workspace, person_data):
    service = workspace.workshops
    people = add_people(workspace, person_data, 6)
    wid = service.create(workshop_data(capacity=4))
    s1, s2 = add_sessions(service, wid, [3, 10])
    ids = [service.enroll(wid, p).enrollment_id for p in people]
    service.withdraw(ids[0])  # Ñuñoa out; Inés (waiting 1) moves up
    service.set_marks(
        s1,
        {
            ids[1]: AttendanceMark.PRESENT,
            ids[2]: AttendanceMark.PRESENT,
            ids[4]: AttendanceMark.EXCUSED,
            ids[3]: AttendanceMark.ABSENT,
        },
    )
    service.set_marks(s2, {ids[1]: AttendanceMark.PRESENT, ids[2]: AttendanceMark.PRESENT})
    summary = service.summary(wid)
    assert (summary.enrolled, summary.withdrawn, summary.waiting, summary.completed) == (4, 1, 1, 2)
    assert [(s.number, p, e, a) for s, p, e, a in summary.per_session] == [
        (1, 2, 1, 1),
        (2, 2, 0, 0),
    ]
    assert summary.by_sex == {
        "Mujeres": (1, 1),
        "Hombres": (1, 1),
        "Otro": (1, 0),
        "Sin dato": (1, 0),
    }
    assert summary.by_age == {
        "15 a 17": (1, 0),
        "18 a 24": (0, 0),
        "25 a 29": (0, 0),
        "30 a 44": (1, 1),
        "45 a 59": (0, 0),
        "60 y más": (1, 1),
        "Sin dato": (1, 0),
    }


def test_each_row_counts_the_sessions_ahead_not_marked_yet(workspace, person_data, monkeypatch):
    from datetime import date as _date

    from omil_desktop.domain.workshops import (
        AttendanceMark,
        SessionData,
        WorkshopData,
        WorkshopModule,
    )

    service = workspace.workshops
    workshop_id = service.create(
        WorkshopData(
            name="Apresto",
            modules=(WorkshopModule.CV,),
            facilitator="Ana",
            capacity=5,
            starts_on=_date(2026, 11, 2),
            ends_on=_date(2026, 11, 30),
        )
    )
    sessions = [
        service.add_session(
            workshop_id, SessionData(date=_date(2026, 11, day), starts_at="09:00", ends_at="12:00")
        )
        for day in (3, 10, 17)
    ]
    person_id = workspace.people.create(person_data())
    monkeypatch.setattr("omil_desktop.services.workshops.today", lambda: _date(2026, 11, 1))
    enrollment_id = service.enroll(workshop_id, person_id).enrollment_id
    (row,) = service.enrollments(workshop_id)
    assert (row.present, row.unmarked) == (0, 3)
    monkeypatch.setattr("omil_desktop.services.workshops.today", lambda: _date(2026, 11, 3))
    service.set_mark(sessions[0], enrollment_id, AttendanceMark.ABSENT)
    (row,) = service.enrollments(workshop_id)
    assert (row.present, row.unmarked) == (0, 2)
    # On the 11th the session of the 10th is past: unmarked, it can no longer be attended.
    monkeypatch.setattr("omil_desktop.services.workshops.today", lambda: _date(2026, 11, 11))
    (row,) = service.enrollments(workshop_id)
    assert (row.present, row.unmarked) == (0, 1)
    service.set_mark(sessions[1], enrollment_id, AttendanceMark.PRESENT)
    (row,) = service.enrollments(workshop_id)
    assert (row.present, row.unmarked) == (1, 1)


def test_attendance_and_finishing_wait_for_the_sessions_to_happen(workspace, person_data):
    from omil_desktop.domain.workshops import AttendanceMark, SessionData

    service = workspace.workshops
    workshop_id = service.create(workshop_data())
    held = service.add_session(workshop_id, SessionData(TODAY, "09:00", "12:00"))
    ahead = service.add_session(
        workshop_id, SessionData(TODAY + timedelta(days=7), "09:00", "12:00")
    )
    enrollment_id = service.enroll(
        workshop_id, workspace.people.create(person_data())
    ).enrollment_id
    service.set_mark(held, enrollment_id, AttendanceMark.PRESENT)  # today's: taken
    with pytest.raises(ServiceError, match="aún no se realiza"):
        service.set_mark(ahead, enrollment_id, AttendanceMark.PRESENT)
    with pytest.raises(ServiceError, match="le quedan 1 de 2 sesiones"):
        service.finish(workshop_id)
    assert service.attendance(workshop_id).marks == {(enrollment_id, held): AttendanceMark.PRESENT}
    assert service.get(workshop_id).status is WorkshopStatus.OPEN
