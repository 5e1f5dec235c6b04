"""The demo office's job fairs: one at every stage (a mass recruitment months ago, the provincial
fair a month ago with companies, attendees, referrals and a hire, one planned ahead), built
through the fairs service with dates around the day the demo is built."""

from __future__ import annotations

from datetime import date, timedelta

from omil_desktop.domain.fairs import FairKind
from omil_desktop.domain.people import ServiceKind
from omil_desktop.services.demo import build_demo
from omil_desktop.services.fairs import FairService
from omil_desktop.services.workspace import Workspace


def test_the_demo_has_fairs_at_every_stage(data_dir):
    workspace = Workspace(data_dir)
    try:
        demo = build_demo(workspace)
        day = date.today()
        assert ("ferias", 3) in demo.parts
        service = FairService(workspace.db, workspace.territory, workspace.office.comuna_code)
        planned, provincial, recruitment = service.search_page()  # newest first

        assert planned.planned and planned.held_on == day + timedelta(days=24)
        assert (planned.attendees, planned.companies, planned.openings) == (0, 2, 7)

        assert provincial.held_on == day - timedelta(days=30)
        assert 14 <= provincial.attendees <= 18
        assert (provincial.companies, provincial.openings, provincial.referrals) == (3, 8, 3)
        figures = service.figures(provincial.id)
        assert (figures.hires, figures.placements) == (1, 1)
        statuses = sorted(r.status.label for r in service.referrals(provincial.id))
        assert statuses == ["Contratado", "Derivado", "Entrevistado"]
        someone = service.attendees(provincial.id)[0].person_id
        assert ServiceKind.JOB_FAIR in [a.kind for a in workspace.attentions.history(someone)]

        assert recruitment.kind is FairKind.RECRUITMENT and recruitment.attendees == 6
        year = service.fair_figures(date(day.year - 1, 1, 1), day)
        assert year.fairs == 2 and year.attendees == 6 + provincial.attendees
    finally:
        workspace.close()
