"""The demo office's Metas and Seguimiento (issue 11, point 7): this year's targets, some set by
the Dirección Regional (read-only, as sync leaves them: not changes to send back) and some typed
by the office, each moved by the demo's own records (none for a year the demo holds nothing
of), surveys of about half of the recent services and the rest due a call."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from omil_desktop.domain.targets import TargetSource
from omil_desktop.services.demo import build_demo
from omil_desktop.services.surveys import SurveyService
from omil_desktop.services.targets import TargetService
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.models import ChangeLog


def test_the_demo_office_has_targets_and_surveys(data_dir):
    workspace = Workspace(data_dir)
    try:
        demo = build_demo(workspace)
        year = date.today().year
        office = workspace.office.comuna_code
        targets = TargetService(workspace.db, workspace.territory, office)
        surveys = SurveyService(workspace.db, workspace.territory, office)

        rows = targets.targets(year)
        sources = {row.source for row in rows}
        assert sources == {TargetSource.REGION, TargetSource.OFFICE} and len(rows) == 6
        assert len({row.area for row in rows}) == 2  # gestión and colocación
        progress = targets.progress(year)
        assert any(p.value > 0 for p in progress)
        # No target for a year without the demo's activity («0 de 55 · No cumplida»).
        assert targets.targets(year - 1) == [] and targets.progress(year - 1) == []
        with workspace.db.transaction() as session:  # the region's are not sent back
            logged = session.scalars(
                select(ChangeLog.row_id).where(ChangeLog.table_name == "target")
            ).all()
            assert set(logged) == {r.id for r in rows if r.source is TargetSource.OFFICE}
            assert session.scalar(select(func.count()).select_from(ChangeLog)) > 0

        answered = dict(demo.parts)["encuestas"]
        results = surveys.results(date(year - 1, 1, 1), date.today())
        assert answered > 0 and sum(r.answers for r in results) == answered
        assert all(1 <= (r.average or 1) <= 7 for r in results)
        assert surveys.due_count() > 0
    finally:
        workspace.close()
