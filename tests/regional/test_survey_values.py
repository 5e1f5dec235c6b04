"""The server holds satisfaction surveys to the rules a device could break (docs/sync-protocol.md
§14): one survey per service rated (an atención, workshop, placement or fair): the same service
rated on two PCs of the office is one survey, its score and comment a conflict for the officer;
a survey is answered on or after the day of the service it rates and not after the server's
tomorrow. What is refused stops nothing else of the batch."""

from __future__ import annotations

from typing import Any

import pytest

from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from tests.regional.client import NOW
from tests.regional.test_fair_values import Office, attendee_fields, fair_fields, referral_fields
from tests.regional.test_target_values import (
    CHAITEN,
    SERVER_NOW,
    _synced,
    attention_fields,
    survey_fields,
)


@pytest.fixture
def server(regional_factory):
    """A server over SQLite whose clock says 21-11-2026."""
    return regional_factory("sqlite", clock=lambda: SERVER_NOW)


@pytest.fixture
def api(server):
    from tests.regional.client import Api

    client = Api(server.url)
    yield client
    client.close()


def rating(device, person: str, **overrides: Any):
    return device.change(
        "satisfaction_survey", new_id(), "insert", survey_fields(CHAITEN, person, **overrides)
    )


def served(device):
    """A person of ``device``'s office with an atención of 02-11-2026, pushed."""
    ana = device.insert_person()
    attention = device.change("attention", new_id(), "insert", attention_fields(CHAITEN, ana.row))
    assert [a.status for a in device.sync(ana, attention).acks] == ["applied"] * 2
    return ana.row, attention.row


def test_the_same_atencion_rated_on_two_pcs_is_one_survey_with_a_conflict(server, api):
    first = api.device(server.code(CHAITEN), CHAITEN)
    second = api.device(server.code(CHAITEN), CHAITEN)
    ana, attention = served(first)
    second.pull_all()
    one = rating(first, ana, attention_id=attention, score=7, comment="Excelente")
    two = rating(second, ana, attention_id=attention, score=2, comment="Me hicieron esperar")
    assert first.sync(one).acks[0].status == "applied"

    ack = second.sync(two).acks[0]

    assert (ack.status, ack.merged_into) == ("applied", one.row)
    assert {c.field for c in ack.conflicts} == {"score", "comment"}
    [stored] = server.service.records(CHAITEN, "satisfaction_survey")
    assert stored.row == one.row
    assert server.service.record("satisfaction_survey", two.row) is None


def test_one_survey_per_service_also_in_one_batch_and_a_deleted_one_frees_it(server, api):
    device = api.device(server.code(CHAITEN), CHAITEN)
    ana, attention = served(device)
    one = rating(device, ana, attention_id=attention, score=7)
    two = rating(device, ana, attention_id=attention, score=1)
    reply = device.sync(one, two)
    assert [a.status for a in reply.acks] == ["applied", "applied"]
    assert reply.acks[1].merged_into == one.row
    assert len(server.service.records(CHAITEN, "satisfaction_survey")) == 1

    gone = device.change("satisfaction_survey", one.row, "update", {"deleted_at": NOW})
    again = rating(device, ana, attention_id=attention, score=5)
    reply = device.sync(gone, again)
    assert [a.status for a in reply.acks] == ["applied", "applied"]
    assert reply.acks[1].merged_into is None  # a new survey: the deleted one rates nothing


def test_an_edit_may_not_make_a_survey_rate_a_service_another_one_rates(server, api):
    device = api.device(server.code(CHAITEN), CHAITEN)
    ana, attention = served(device)
    other = device.change("attention", new_id(), "insert", attention_fields(CHAITEN, ana))
    one = rating(device, ana, attention_id=attention)
    two = rating(device, ana, attention_id=other.row)
    assert [a.status for a in device.sync(other, one, two).acks] == ["applied"] * 3
    moved = device.change("satisfaction_survey", two.row, "update", {"attention_id": attention})
    ack = device.sync(moved).acks[0]
    assert ack.status == "refused"
    assert ack.reason == "Ese servicio ya tiene la encuesta de satisfacción de la persona."


def test_the_identity_is_the_service_rated_while_the_survey_lives():
    fields = {"service": "atencion", "attention_id": "a" * 36, "deleted_at": None}
    assert protocol.identity_of("satisfaction_survey", fields) == f"survey:atencion:{'a' * 36}"
    assert protocol.identity_of("satisfaction_survey", {**fields, "deleted_at": NOW}) is None
    assert protocol.identity_of("satisfaction_survey", {**fields, "attention_id": None}) is None
    taller = {"service": "taller", "workshop_id": "w" * 36, "attention_id": None}
    assert protocol.identity_of("satisfaction_survey", taller) == f"survey:taller:{'w' * 36}"
    longest = {"service": "colocacion", "placement_id": "p" * 36}
    key = protocol.identity_of("satisfaction_survey", longest)
    assert key is not None and len(key) <= protocol.IDENTITY_LENGTH


def test_an_atencion_s_survey_is_answered_from_its_day_to_the_server_s_tomorrow(server, api):
    """The atención is of 02-11-2026 and the server's clock says 21-11-2026."""
    device = api.device(server.code(CHAITEN), CHAITEN)
    ana, attention = served(device)
    answered = {
        "before": "2026-11-01",
        "after tomorrow": "2026-11-23",
        "far ahead": "2031-06-30",
        "the same day": "2026-11-02",
    }
    tries = [rating(device, ana, attention_id=attention, answered_on=d) for d in answered.values()]

    reply = device.sync(*tries)

    assert [a.status for a in reply.acks] == ["refused", "refused", "refused", "applied"]
    assert reply.acks[0].reason == (
        "La encuesta tiene fecha 01-11-2026, anterior a la atención que evalúa (02-11-2026): "
        "una encuesta se responde después del servicio."
    )
    assert reply.acks[1].reason == (
        "La encuesta tiene fecha 23-11-2026, posterior a hoy: se registra el día en que la "
        "persona respondió."
    )
    # A PC whose clock runs a day ahead (or behind UTC) is not refused; nor is a later edit.
    tomorrow = device.change(
        "satisfaction_survey", tries[3].row, "update", {"answered_on": "2026-11-22"}
    )
    earlier = device.change(
        "satisfaction_survey", tries[3].row, "update", {"answered_on": "2026-10-30"}
    )
    reply = device.sync(tomorrow, earlier)
    assert [a.status for a in reply.acks] == ["applied", "refused"]
    assert "anterior a la atención" in (reply.acks[1].reason or "")
    record = server.service.record("satisfaction_survey", tries[3].row)
    assert record.fields["answered_on"] == "2026-11-22"


def placement_fields(referral: str, person: str, start_on: str) -> dict[str, Any]:
    values = {
        **_synced(CHAITEN),
        "referral_id": referral,
        "person_id": person,
        "start_on": start_on,
        "contract_type": "plazo_fijo",
        "months": 3,
        "follow_up_on": "2026-12-15",
        "followed_up_on": None,
        "still_employed": None,
        "notes": "",
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["placement"]
    return values


@pytest.mark.parametrize("rated", ["taller", "colocacion", "feria"])
def test_a_survey_of_a_workshop_placement_or_fair_is_answered_from_its_day(server, api, rated):
    """A workshop starting 02-11-2026, a placement starting 10-11-2026, a fair held 06-11-2026."""
    from tests.regional.test_workshop_values import Workshop

    if rated == "taller":
        device = api.device(server.code(CHAITEN), CHAITEN)
        workshop = Workshop(device)
        person, refs, day = workshop.person.row, {"workshop_id": workshop.row}, "02-11-2026"
        what = "el inicio del taller"
    else:
        office = Office(server, api, CHAITEN)
        device, person = office.device, office.person.row
        if rated == "colocacion":
            referral = device.change(
                "referral",
                new_id(),
                "insert",
                {
                    **referral_fields(CHAITEN, office.vacancy.row, person),
                    "status": "contratado",
                    "outcome_on": "2026-11-08",
                },
            )
            placement = device.change(
                "placement",
                new_id(),
                "insert",
                placement_fields(referral.row, person, "2026-11-10"),
            )
            assert [a.status for a in device.sync(referral, placement).acks] == ["applied"] * 2
            refs, day, what = (
                {"placement_id": placement.row},
                "10-11-2026",
                "el inicio de la colocación",
            )
        else:
            fair = device.change("job_fair", new_id(), "insert", fair_fields(CHAITEN))
            attendee = device.change(
                "fair_attendee",
                new_id(),
                "insert",
                attendee_fields(CHAITEN, fair.row, person, None),
            )
            assert [a.status for a in device.sync(fair, attendee).acks] == ["applied"] * 2
            refs, day, what = {"fair_id": fair.row}, "06-11-2026", "la feria"
    early = rating(device, person, service=rated, answered_on="2026-11-01", **refs)
    fine = rating(device, person, service=rated, answered_on="2026-11-20", **refs)

    reply = device.sync(early, fine)

    assert [a.status for a in reply.acks] == ["refused", "applied"]
    assert reply.acks[0].reason == (
        f"La encuesta tiene fecha 01-11-2026, anterior a {what} que evalúa ({day}): una "
        "encuesta se responde después del servicio."
    )
