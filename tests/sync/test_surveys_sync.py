"""Satisfaction surveys through sync (issue 11, protocol §14): the same atención rated on both PCs
of an office (both listed the person as due a call) is one survey: the second PC to sync has its
survey merged into the first, its score and comment become conflicts its officer decides, and
both PCs then count one answer. A real regional server on loopback, real SQLite files, the
services the window uses."""

from __future__ import annotations

from datetime import timedelta

import pytest

from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.surveys import SurveyChannel, SurveyData
from omil_desktop.domain.surveys import SurveyService as Rated
from omil_desktop.services.clock import today
from omil_desktop.services.surveys import SurveyService
from tests.sync.test_targets_sync import CHAITEN, pc


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite")


def surveys_of(office) -> SurveyService:
    w = office.workspace
    return SurveyService(w.db, w.territory, w.office.comuna_code)


def answers(office) -> int:
    year = today().replace(month=1, day=1)
    counted = {r.service: r.answers for r in surveys_of(office).results(year, today())}
    return counted[Rated.ATTENTION]


def test_the_same_atencion_rated_on_two_pcs_is_one_survey_the_officer_decides(
    server, office_factory, person_data
):
    first = pc(server, office_factory, CHAITEN, "PC 1")
    second = pc(server, office_factory, CHAITEN, "PC 2")
    ana = first.workspace.people.create(
        person_data(rut=Rut.from_body(15_222_333)), allow_likely_duplicate=True
    )
    served = first.workspace.attentions.record(
        ana, today() - timedelta(days=10), ServiceKind.GUIDANCE, ""
    )
    first.client.sync()
    second.client.sync()
    mine = surveys_of(first).add(
        SurveyData(ana, Rated.ATTENTION, served, today(), 7, "Excelente", SurveyChannel.PHONE)
    )
    theirs = surveys_of(second).add(
        SurveyData(ana, Rated.ATTENTION, served, today(), 2, "Esperé", SurveyChannel.PHONE)
    )
    assert first.client.sync().refused == 0

    report = second.client.sync()

    assert report.refused == 0 and report.conflicts == 2
    conflicts = second.workspace.conflicts.list_open()
    assert sorted((c.table, c.field, c.local_value) for c in conflicts) == [
        ("satisfaction_survey", "comment", "Esperé"),
        ("satisfaction_survey", "score", "2"),
    ]
    assert {c.row_id for c in conflicts} == {mine}  # PC 2's survey is now the first's
    assert [s.id for s in surveys_of(second).surveys_of(ana)] == [mine]
    assert theirs != mine
    first.client.sync()
    assert answers(first) == answers(second) == 1
    assert len(server.service.records(CHAITEN, "satisfaction_survey")) == 1

    # The officer of PC 2 keeps what Ana said on the phone to PC 2; PC 1 receives it.
    for conflict in conflicts:
        second.workspace.conflicts.resolve(conflict.id, "local")
    assert second.client.sync().refused == 0
    first.client.sync()
    [survey] = surveys_of(first).surveys_of(ana)
    assert (survey.id, survey.score, survey.comment) == (mine, 2, "Esperé")
    assert answers(first) == 1
