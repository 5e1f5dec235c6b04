"""Workshops, sessions, enrollments and attendance sync like every record (protocol 5): written
through the workshops service on one PC of an office, they reach its other PCs whole and reach
no other office; a refused change stops no one; a PC updated from protocol 4 gets them in its
catch-up copy. A real regional server on loopback."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.workshops import AttendanceMark, SessionData, WorkshopStatus
from omil_desktop.store.models import Workshop, WorkshopAttendance
from omil_desktop.sync.client import SyncClient
from omil_desktop.sync.transport import Transport
from tests.services.test_workshops import workshop_data

CHAITEN, FUTALEUFU = "10401", "10402"
TODAY = date(2026, 11, 20)
P, A, J = AttendanceMark.PRESENT, AttendanceMark.ABSENT, AttendanceMark.EXCUSED


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("omil_desktop.services.workshops.today", lambda: TODAY)


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite")


def pc(server, office_factory, comuna: str, name: str, version: int | None = None):
    office = office_factory(comuna, name)
    if version is not None:
        office.client.close()
        office.client = SyncClient(office.workspace, transport=Transport(protocol_version=version))
    office.client.enroll(server.url, server.code(comuna), name)
    return office


def run_a_workshop(office, person_data, *, finish: bool = True) -> str:
    """A workshop as the officer runs it: 4 sessions, people enrolled (one waiting), marks,
    one withdrawal that moves the waiting person up, then finished."""
    ws = office.workspace
    comuna = ws.office.comuna_code
    ids = [
        ws.people.create(
            person_data(
                first_names=name,
                rut=Rut.from_body(17_000_000 + n + (0 if comuna == CHAITEN else 500)),
                comuna_code=comuna,
            ),
            allow_likely_duplicate=True,
        )
        for n, name in enumerate(["Begoña", "Íñigo", "Ñanculef", "Zoë"])
    ]
    service = ws.workshops
    wid = service.create(workshop_data(capacity=3))
    sessions = [
        service.add_session(wid, SessionData(date(2026, 11, d), "09:30", "12:30"))
        for d in (3, 5, 10, 12)
    ]
    enrolled = [service.enroll(wid, p, on=date(2026, 11, 1)).enrollment_id for p in ids]
    service.withdraw(enrolled[1], on=date(2026, 11, 2))  # the fourth moves up
    for s in sessions:
        service.set_marks(s, {enrolled[0]: P, enrolled[2]: A, enrolled[3]: P})
    service.set_mark(sessions[0], enrolled[3], J)
    if finish:
        service.finish(wid)
    return wid


def view(office, wid: str):
    """Everything the workshop's screens show, as comparable values."""
    service = office.workspace.workshops
    grid = service.attendance(wid)
    return (
        service.get(wid),
        service.sessions(wid),
        service.enrollments(wid),
        {(k, v) for k, v in grid.marks.items()},
        service.summary(wid),
    )


def test_a_workshop_reaches_the_other_pc_of_the_office_whole_and_no_other_office(
    server, office_factory, person_data
):
    first = pc(server, office_factory, CHAITEN, "PC 1")
    second = pc(server, office_factory, CHAITEN, "PC 2")
    elsewhere = pc(server, office_factory, FUTALEUFU, "Futaleufú")
    wid = run_a_workshop(first, person_data)

    assert first.client.sync().refused == 0
    report = second.client.sync()
    elsewhere.client.sync()

    assert report.set_aside == 0
    assert view(second, wid) == view(first, wid)
    record = second.workspace.workshops.get(wid)
    assert record.status is WorkshopStatus.FINISHED and record.data.name.startswith("Apresto")
    assert second.workspace.workshops.search_page("apresto turismo")[0].id == wid  # local keys
    completer = second.workspace.workshops.enrollments(wid)[0]
    assert completer.completed_on == TODAY
    history = second.workspace.attentions.history(completer.person_id)
    assert [h.kind for h in history] == [ServiceKind.JOB_READINESS]
    assert elsewhere.workspace.workshops.all() == []
    with elsewhere.workspace.db.transaction() as session:
        assert session.scalars(select(Workshop.id)).all() == []

    # The second PC reopens and corrects a mark; the first receives it.
    service = second.workspace.workshops
    service.reopen(wid)
    session_1 = service.session_by_number(wid, 1).id
    absent = service.enrollments(wid)[1]
    service.set_mark(session_1, absent.id, P)
    second.client.sync()
    first.client.sync()
    assert first.workspace.workshops.attendance(wid).marks[(absent.id, session_1)] is P
    assert first.workspace.workshops.get(wid).status is WorkshopStatus.OPEN
    with first.workspace.db.transaction() as session:  # a mark is changed, never doubled
        rows = session.scalars(
            select(WorkshopAttendance).where(
                WorkshopAttendance.session_id == session_1,
                WorkshopAttendance.enrollment_id == absent.id,
            )
        ).all()
        assert len(rows) == 1


def test_a_refused_workshop_change_stops_no_one(server, office_factory, person_data):
    """A PC whose database was altered by hand sends an attendance mark joining two of its
    workshops: the server refuses that change alone; the PC's other records, the office's
    other PC and another office sync on."""
    tampered = pc(server, office_factory, FUTALEUFU, "Futaleufú 1")
    other_pc = pc(server, office_factory, FUTALEUFU, "Futaleufú 2")
    chaiten = pc(server, office_factory, CHAITEN, "Chaitén")
    first = run_a_workshop(tampered, person_data)
    service = tampered.workspace.workshops
    second = service.create(workshop_data(name="Entrevista laboral"))
    foreign_session = service.add_session(second, SessionData(date(2026, 11, 4), "10:00", "11:00"))
    enrollment = service.enrollments(first)[0].id
    with tampered.workspace.db.transaction() as session:
        bad = WorkshopAttendance(
            office_code=FUTALEUFU,
            session_id=foreign_session,
            enrollment_id=enrollment,
            mark="presente",
        )
        session.add(bad)
        session.flush()
        bad_id = bad.id
    chaiten_workshop = run_a_workshop(chaiten, person_data)

    report = tampered.client.sync()
    other_pc.client.sync()
    chaiten.client.sync()

    assert report.refused == 1 and tampered.client.status().refused == 1
    (refusal,) = server.service.refusals()
    assert refusal.reason == (
        "La asistencia se refiere a una sesión y a una inscripción de talleres distintos."
    )
    assert server.service.record("workshop_attendance", bad_id) is None
    assert {r.id for r in other_pc.workspace.workshops.all()} == {first, second}
    assert view(other_pc, first) == view(tampered, first)
    with other_pc.workspace.db.transaction() as session:
        assert session.get(WorkshopAttendance, bad_id) is None
    assert server.service.record("workshop", chaiten_workshop) is not None
    assert [r.id for r in chaiten.workspace.workshops.all()] == [chaiten_workshop]
    # Later work of the tampered PC still goes.
    service.add_session(second, SessionData(date(2026, 11, 6), "10:00", "11:00"))
    assert tampered.client.sync().refused == 0
    other_pc.client.sync()
    assert len(other_pc.workspace.workshops.sessions(second)) == 2


def test_a_pc_updated_from_protocol_4_gets_the_workshops_in_its_catch_up_copy(
    server, office_factory, person_data
):
    current = pc(server, office_factory, CHAITEN, "PC nuevo")
    old = pc(server, office_factory, CHAITEN, "PC antiguo", version=4)
    wid = run_a_workshop(current, person_data)
    current.client.sync()

    report = old.client.sync()  # version 4 knows no workshops: it is sent none
    assert report.set_aside == 0
    assert old.workspace.workshops.all() == []
    assert old.workspace.people.counts()[0] == 4  # but the people, as ever

    old.client.close()
    old.client = SyncClient(old.workspace, transport=Transport())
    report = old.client.sync()

    assert report.set_aside == 0 and old.client.status().set_aside == 0
    assert view(old, wid) == view(current, wid)  # parents first: attendance applied after all
    # Later changes come one by one, as usual.
    current.workspace.workshops.reopen(wid)
    current.workspace.workshops.add_session(wid, SessionData(date(2026, 11, 19), "09:00", "10:00"))
    current.client.sync()
    old.client.sync()
    assert len(old.workspace.workshops.sessions(wid)) == 5


def test_two_pcs_that_finish_offline_show_the_second_apresto_as_a_conflict(
    server, office_factory, person_data
):
    first = pc(server, office_factory, CHAITEN, "PC 1")
    second = pc(server, office_factory, CHAITEN, "PC 2")
    wid = run_a_workshop(first, person_data, finish=False)
    first.client.sync()
    second.client.sync()

    first.workspace.workshops.finish(wid)  # both, offline
    second.workspace.workshops.finish(wid)
    first.client.sync()
    report = second.client.sync()

    # Two completers, each with an atención from each PC: the second PC's officer is shown which
    # atención each enrollment keeps (docs/sync-protocol.md §11); nothing is lost silently.
    assert report.conflicts == 2
    conflicts = second.workspace.conflicts.list_open()
    assert [(c.table, c.field) for c in conflicts] == [("workshop_enrollment", "attention_id")] * 2


def test_the_same_person_enrolled_on_two_pcs_offline_is_one_enrollment(
    server, office_factory, person_data
):
    first = pc(server, office_factory, CHAITEN, "PC 1")
    second = pc(server, office_factory, CHAITEN, "PC 2")
    ws = first.workspace
    person = ws.people.create(person_data(rut=Rut.from_body(18_000_001), comuna_code=CHAITEN))
    wid = ws.workshops.create(workshop_data(capacity=5))
    session_1 = ws.workshops.add_session(wid, SessionData(date(2026, 11, 3), "09:30", "12:30"))
    first.client.sync()
    second.client.sync()

    # Offline, both officers enroll her; the second PC also takes her attendance.
    mine = first.workspace.workshops.enroll(wid, person, on=date(2026, 11, 2)).enrollment_id
    theirs = second.workspace.workshops.enroll(wid, person, on=date(2026, 11, 2)).enrollment_id
    second.workspace.workshops.set_mark(session_1, theirs, P)
    assert first.client.sync().refused == 0
    report = second.client.sync()
    first.client.sync()

    # The server keeps the first enrollment; the second PC's becomes it, with its mark.
    assert report.refused == 0 and report.merged == 1
    for office in (first, second):
        rows = office.workspace.workshops.enrollments(wid)
        assert [(r.id, r.person_id) for r in rows] == [(mine, person)]
        assert office.workspace.workshops.attendance(wid).marks == {(mine, session_1): P}
    assert view(second, wid) == view(first, wid)
