"""The demo office's talleres: one at every stage, built through the workshops service, with
dates around the day the demo is built."""

from __future__ import annotations

from datetime import date, timedelta

from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.workshops import EnrollmentStatus, WorkshopStatus
from omil_desktop.services.demo import build_demo
from omil_desktop.services.workspace import Workspace


def test_the_demo_has_a_workshop_at_every_stage(data_dir):
    workspace = Workspace(data_dir)
    try:
        demo = build_demo(workspace)
        day = date.today()
        service = workspace.workshops
        rows = service.all()
        assert ("talleres", 4) in demo.parts
        assert [r.status for r in rows] == [
            WorkshopStatus.FINISHED,
            WorkshopStatus.OPEN,
            WorkshopStatus.CANCELLED,
            WorkshopStatus.OPEN,
        ]
        finished, running, cancelled, planned = rows
        assert any(c in r.name + r.facilitator + r.place for r in rows for c in "ñÑ")
        assert any(c in r.name for r in rows for c in "áéíóú")

        # Planned: everything ahead, a few enrolled.
        assert all(s.date > day for s in service.sessions(planned.id))
        assert (planned.enrolled, planned.waiting) == (5, 0)
        assert service.get(planned.id).company_name  # linked to a demo company

        # Running: full with a waiting list, attendance for the sessions held, one withdrawal,
        # and the person who moved up into the freed place, marked from then on only.
        assert (running.enrolled, running.waiting, running.capacity) == (8, 2, 8)
        sessions = service.sessions(running.id)
        held = [s for s in sessions if s.date < day]
        assert len(held) == 5 and len(sessions) == 7
        people = service.enrollments(running.id)
        assert [r.status for r in people].count(EnrollmentStatus.WITHDRAWN) == 1
        assert [r.position for r in people if r.status is EnrollmentStatus.WAITING] == [1, 2]
        grid = service.attendance(running.id)
        late = [p for p in grid.people if p.enrolled_on == day - timedelta(days=14)]
        assert len(late) == 1
        marked = {s for e, s in grid.marks if e == late[0].id}
        assert marked == {s.id for s in held[2:]}
        others = [p for p in grid.people if p is not late[0]]
        assert all((p.id, s.id) in grid.marks for p in others for s in held)
        assert not any(s.id == sid for s in sessions if s.date > day for _, sid in grid.marks)

        # Finished: five completers with their «apresto» atención, one below 75 %.
        people = service.enrollments(finished.id)
        completed = [p for p in people if p.completed_on is not None]
        assert len(completed) == 5 and all(p.percent >= 75 for p in completed)
        assert [p.percent for p in people if p.completed_on is None] == [50]
        last = service.sessions(finished.id)[-1].date
        for p in completed:
            apresto = [
                h
                for h in workspace.attentions.history(p.person_id)
                if h.kind is ServiceKind.JOB_READINESS
            ]
            assert [(h.date, "Derechos laborales" in h.notes) for h in apresto] == [(last, True)]
        assert service.get(finished.id).finished_on == day - timedelta(days=50)

        # Cancelled, with the people who had enrolled.
        assert cancelled.enrolled == 3 and service.get(cancelled.id).data.notes
    finally:
        workspace.close()
