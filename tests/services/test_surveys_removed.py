"""A survey goes with the service it rates (review of issue 11): removing an atención, a fair
attendee or withdrawing from a workshop retires its survey in the same transaction; a survey
whose service is gone (removed on another PC and synced) no longer counts; the officer
corrects and removes a survey."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from omil_desktop.domain.fairs import FairData
from omil_desktop.domain.surveys import SurveyChannel
from omil_desktop.domain.surveys import SurveyService as Rated
from omil_desktop.domain.workshops import AttendanceMark, SessionData, WorkshopData, WorkshopModule
from omil_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from omil_desktop.services.fairs import FairService
from omil_desktop.services.surveys import retire_surveys_of
from omil_desktop.store.clock import utcnow
from omil_desktop.store.models import (
    Attention,
    ChangeLog,
    Placement,
    SatisfactionSurvey,
)
from tests.services.rendition_fixtures import calendar  # noqa: F401
from tests.services.test_surveys import (  # noqa: F401
    DAY,
    attention,
    person,
    placement,
    stored,
    survey,
    surveys,
)

YEAR_START = DAY.replace(month=1, day=1)


def counted(surveys, kind: Rated) -> int:  # noqa: F811
    return {r.service: r.answers for r in surveys.results(YEAR_START, DAY)}[kind]


def tombstoned(workspace, survey_id: str) -> bool:
    with workspace.db.transaction() as session:
        found = session.get(SatisfactionSurvey, survey_id)
        assert found is not None
        logged = session.scalars(
            select(ChangeLog).where(ChangeLog.row_id == survey_id).order_by(ChangeLog.seq)
        ).all()
        return found.deleted_at is not None and len(logged) == 2


def test_deleting_an_atencion_retires_its_survey(workspace, person_data, surveys):  # noqa: F811
    ana = person(workspace, person_data)
    served, kept = attention(workspace, ana, 10), attention(workspace, ana, 12)
    gone = surveys.add(survey(ana, Rated.ATTENTION, served, score=2))
    stays = surveys.add(survey(ana, Rated.ATTENTION, kept, score=6))

    workspace.attentions.delete(served)

    assert tombstoned(workspace, gone)
    assert [s.id for s in surveys.surveys_of(ana)] == [stays]
    assert counted(surveys, Rated.ATTENTION) == 1


def test_removing_a_fair_attendee_retires_their_survey_of_the_fair(
    workspace,
    person_data,
    surveys,  # noqa: F811
):
    ana, luis = person(workspace, person_data), person(workspace, person_data, "Luis")
    fairs = FairService(workspace.db, workspace.territory, workspace.office.comuna_code)
    fair = fairs.create(
        FairData(
            name="Feria laboral de Palena",
            held_on=DAY - timedelta(days=12),
            place="Gimnasio municipal",
            comuna_code="10404",
        )
    )
    hers = fairs.add_attendee(fair, ana)
    fairs.add_attendee(fair, luis)
    gone = surveys.add(survey(ana, Rated.FAIR, fair, score=7))
    stays = surveys.add(survey(luis, Rated.FAIR, fair, score=5))

    fairs.remove_attendee(hers)

    assert tombstoned(workspace, gone) and surveys.surveys_of(ana) == []
    assert [s.id for s in surveys.surveys_of(luis)] == [stays]
    assert counted(surveys, Rated.FAIR) == 1


def test_withdrawing_from_a_workshop_retires_the_survey_of_it(workspace, person_data, surveys):  # noqa: F811
    ana = person(workspace, person_data)
    on = DAY - timedelta(days=20)
    service = workspace.workshops
    workshop = service.create(
        WorkshopData(
            name="Apresto en Palena",
            modules=(WorkshopModule.CV,),
            facilitator="Begoña Muñoz",
            starts_on=on,
            ends_on=on,
        )
    )
    session = service.add_session(workshop, SessionData(on, "09:00", "12:00"))
    enrollment = service.enroll(workshop, ana, on=on).enrollment_id
    service.set_marks(session, {enrollment: AttendanceMark.PRESENT})
    service.finish(workshop, on=on)
    gone = surveys.add(survey(ana, Rated.WORKSHOP, workshop, score=3))
    assert counted(surveys, Rated.WORKSHOP) == 1

    service.reopen(workshop)  # its completion is undone until it is finished again
    assert counted(surveys, Rated.WORKSHOP) == 0
    service.withdraw(enrollment, on=DAY)

    assert tombstoned(workspace, gone) and surveys.surveys_of(ana) == []


def test_a_workshop_finished_again_without_them_retires_their_survey(
    workspace,
    person_data,
    surveys,  # noqa: F811
):
    ana = person(workspace, person_data)
    on = DAY - timedelta(days=20)
    service = workspace.workshops
    workshop = service.create(
        WorkshopData(
            name="Apresto en Palena",
            modules=(WorkshopModule.CV,),
            facilitator="Begoña Muñoz",
            starts_on=on,
            ends_on=on,
        )
    )
    session = service.add_session(workshop, SessionData(on, "09:00", "12:00"))
    enrollment = service.enroll(workshop, ana, on=on).enrollment_id
    service.set_marks(session, {enrollment: AttendanceMark.PRESENT})
    service.finish(workshop, on=on)
    gone = surveys.add(survey(ana, Rated.WORKSHOP, workshop))

    service.reopen(workshop)
    service.set_marks(session, {enrollment: AttendanceMark.ABSENT})  # marked present by mistake
    service.finish(workshop, on=on)

    assert tombstoned(workspace, gone) and counted(surveys, Rated.WORKSHOP) == 0


def test_a_survey_whose_service_went_elsewhere_no_longer_counts(workspace, person_data, surveys):  # noqa: F811
    """Removals that arrive by sync (an atención, a placement or an enrollment tombstoned on
    another PC) leave the survey: it neither counts nor shows."""
    ana = person(workspace, person_data)
    served = attention(workspace, ana, 10)
    hired = placement(workspace, ana, 15)
    surveys.add(survey(ana, Rated.ATTENTION, served))
    surveys.add(survey(ana, Rated.PLACEMENT, hired))
    with workspace.db.transaction() as session:
        session.get(Attention, served).deleted_at = utcnow()
        session.get(Placement, hired).deleted_at = utcnow()

    assert counted(surveys, Rated.ATTENTION) == 0
    assert counted(surveys, Rated.PLACEMENT) == 0
    assert surveys.surveys_of(ana) == []


def test_retiring_names_one_service(workspace):
    with workspace.db.transaction() as session:
        with pytest.raises(ValueError):
            retire_surveys_of(session)
        with pytest.raises(ValueError):
            retire_surveys_of(session, fair_id="x")  # a fair's surveys go per person


def test_a_survey_is_corrected_and_refused_as_when_added(workspace, person_data, surveys):  # noqa: F811
    ana = person(workspace, person_data)
    first, second = attention(workspace, ana, 10), attention(workspace, ana, 20)
    survey_id = surveys.add(survey(ana, Rated.ATTENTION, first, score=3))
    surveys.add(survey(ana, Rated.ATTENTION, second, score=4))

    surveys.update(
        survey_id,
        survey(
            ana,
            Rated.ATTENTION,
            first,
            score=6,
            comment=" Me llamaron de vuelta. ",
            channel=SurveyChannel.IN_PERSON,
            answered_on=DAY - timedelta(days=1),
        ),
    )
    row = surveys.get(survey_id)
    assert (row.score, row.comment, row.channel, row.answered_on) == (
        6,
        "Me llamaron de vuelta.",
        SurveyChannel.IN_PERSON,
        DAY - timedelta(days=1),
    )
    # Its own service is not «already surveyed»; another surveyed one is.
    offered = surveys.services_of(ana, excluding=survey_id)
    assert {s.id: s.surveyed_on for s in offered} == {first: None, second: DAY}
    before = stored(workspace)
    with pytest.raises(ValidationFailed) as refused:
        surveys.update(survey_id, survey(ana, Rated.ATTENTION, second, score=9))
    assert set(refused.value.errors) == {"service", "score"}
    assert stored(workspace) == before
    assert surveys.get(survey_id).score == 6


def test_a_survey_is_removed_and_its_service_is_due_again(workspace, person_data, surveys):  # noqa: F811
    ana = person(workspace, person_data)
    served = attention(workspace, ana, 10)
    survey_id = surveys.add(survey(ana, Rated.ATTENTION, served))
    assert surveys.due() == []

    surveys.delete(survey_id)

    assert tombstoned(workspace, survey_id)
    assert surveys.surveys_of(ana) == [] and counted(surveys, Rated.ATTENTION) == 0
    assert [r.service_id for r in surveys.due()] == [served]
    with pytest.raises(NotFound):
        surveys.delete(survey_id)
    with pytest.raises(NotFound):
        surveys.get(survey_id)


def test_another_offices_survey_is_not_corrected_here(workspace, person_data, surveys):  # noqa: F811
    ana = person(workspace, person_data)
    survey_id = surveys.add(survey(ana, Rated.ATTENTION, attention(workspace, ana, 10)))
    with workspace.db.transaction() as session:
        session.get(SatisfactionSurvey, survey_id).office_code = "10101"
    with pytest.raises(ServiceError, match="otra oficina"):
        surveys.delete(survey_id)
