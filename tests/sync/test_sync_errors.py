"""Every failure keeps every unsent change; a reply that does not fit is not applied."""

from __future__ import annotations

import gzip
import json
from datetime import date

import httpx
import pytest
from sqlalchemy import select

from omil_desktop.store.models import ChangeLog, Notice, SyncState
from omil_desktop.sync.client import SyncError
from omil_desktop.sync.transport import Transport

from .conftest import Answer

ENROLLED = {
    "device_id": "0193aaaa-0000-7000-8000-000000000001",
    "secret": "s3cret",
    "server_id": "server-1",
    "region_code": "10",
    "region_name": "Los Lagos",
    "office_code": "10401",
    "office_name": "Chaitén",
    "network": "Red Palena",
    "protocol": 3,
}
OTHER_ROW = "0193bbbb-0000-7000-8000-000000000002"


def acks_for(seen) -> dict:
    request = json.loads(gzip.decompress(seen.body))
    return {
        "acks": [{"id": c["id"], "status": "applied"} for c in request["changes"]],
        "changes": [],
        "cursor": request["cursor"] + len(request["changes"]),
        "more": False,
    }


def pulled_notice(cursor: int) -> dict:
    return {
        "seq": cursor,
        "table": "notice",
        "row": OTHER_ROW,
        "office": "REG",
        "op": "insert",
        "shared": False,
        "fields": {
            "id": OTHER_ROW,
            "office_code": "REG",
            "title": "Regional",
            "body": "",
            "published_on": "2026-11-30",
            "created_at": "2026-11-21T10:00:00",
            "updated_at": "2026-11-21T10:00:00",
            "deleted_at": None,
            "shared": False,
        },
    }


@pytest.fixture
def office(tiny_server, office_factory, person_data):
    """Chaitén enrolled with the tiny server, with one unsent person (two changes: the person
    and its audit entry)."""
    office = office_factory("10401")
    tiny_server.answer = lambda seen: Answer(body=ENROLLED)
    office.client.enroll(tiny_server.url, "K7QM-2XHD-P4NA")
    office.workspace.people.create(person_data(comuna_code="10401"))
    return office


def log_rows(office):
    with office.db.transaction() as session:
        return [
            (c.seq, c.change_id, c.payload, c.refused_reason)
            for c in session.scalars(select(ChangeLog).order_by(ChangeLog.seq))
        ]


def cursor(office) -> int:
    with office.db.transaction() as session:
        return session.get(SyncState, 1).cursor


GARBAGE_ACKS = {"acks": [], "changes": [pulled_notice(5)], "cursor": 5, "more": False}

FAILURES = {
    "revoked": Answer(status=403, body={"error": "device_revoked", "message": "Retirado."}),
    "unknown_device": Answer(status=401, body={"error": "unknown_device", "message": "?"}),
    "update_client": Answer(status=426, body={"error": "protocol_too_old", "message": "Viejo."}),
    "update_server": Answer(status=426, body={"error": "protocol_too_new", "message": "Nuevo."}),
    "wrong_server": Answer(status=409, body={"error": "wrong_server", "message": "Otro."}),
    "refused": Answer(status=409, body={"error": "out_of_order", "message": "Desorden."}),
    "server": Answer(status=500, body=b"Internal Server Error", gzip=False),
    "bad_reply": Answer(body=GARBAGE_ACKS),
    "timeout": Answer(body=GARBAGE_ACKS, delay=1.5),
}


@pytest.mark.parametrize("kind", [*FAILURES, "offline"])
def test_pending_changes_are_kept_on_every_kind_of_error(
    tiny_server, office, closed_port_url, kind
):
    before = log_rows(office)
    if kind == "offline":
        with office.db.transaction() as session:
            session.get(SyncState, 1).server_url = closed_port_url
    else:
        tiny_server.answer = lambda _seen: FAILURES[kind]
    if kind == "timeout":
        office.client.transport.close()
        office.client.transport = Transport(timeout=httpx.Timeout(0.4))
    with pytest.raises(SyncError) as error:
        office.client.sync()
    assert error.value.kind == kind
    assert log_rows(office) == before
    assert cursor(office) == 0
    status = office.client.status()
    assert (status.pending, status.last_error) == (2, error.value.message)
    with office.db.transaction() as session:
        assert session.scalars(select(Notice)).first() is None  # nothing of a bad reply applied
    if kind in ("revoked", "unknown_device"):
        assert "inscríbalo de nuevo" in status.last_error
    # Once the server answers properly, the change goes and the error is cleared.
    with office.db.transaction() as session:
        session.get(SyncState, 1).server_url = tiny_server.url
    tiny_server.answer = lambda seen: Answer(body=acks_for(seen))
    if kind == "timeout":
        office.client.transport.close()
        office.client.transport = Transport()
    assert office.client.sync().pushed == 2
    status = office.client.status()
    assert (status.pending, status.last_error) == (0, None)


def test_a_pulled_value_of_the_wrong_type_is_set_aside_and_the_rest_applied(tiny_server, office):
    """One bad record never stops the sync: the good one is applied, the bad one set aside
    (docs/sync-protocol.md §5), the cursor moves on and the own change is acknowledged."""
    bad_row = "0193cccc-0000-7000-8000-000000000003"

    def answer(seen):
        reply = acks_for(seen)
        bad = pulled_notice(7)
        bad["row"] = bad["fields"]["id"] = bad_row
        bad["fields"]["published_on"] = "not a date"
        reply["changes"] = [pulled_notice(6), bad]
        reply["cursor"] = 7
        return Answer(body=reply)

    tiny_server.answer = answer
    report = office.client.sync()

    assert (report.pushed, report.pulled, report.set_aside) == (2, 1, 1)
    status = office.client.status()
    assert (status.pending, status.set_aside, status.last_error) == (0, 1, None)
    assert cursor(office) == 7
    with office.db.transaction() as session:
        assert [n.id for n in session.scalars(select(Notice))] == [OTHER_ROW]
    (aside,) = office.workspace.set_aside.list_all()
    assert aside.record == "«Regional»"
    assert "published_on" in aside.reason and "fecha" in aside.reason


def test_a_refused_change_is_kept_shown_and_not_sent_again(regional_factory, office_factory):
    server = regional_factory("sqlite")
    chaiten, futaleufu = office_factory("10401"), office_factory("10402")
    for office in (chaiten, futaleufu):
        office.client.enroll(server.url, server.code(office.workspace.office.comuna_code))
    notice_id = chaiten.workspace.notices.create("Feria", "", date(2026, 11, 20), shared=True)
    chaiten.client.sync()
    futaleufu.client.sync()
    # A write the services would refuse (another office's record), as a bug might make it.
    with futaleufu.db.transaction() as session:
        session.get(Notice, notice_id).title = "Cambiado en Futaleufú"
    report = futaleufu.client.sync()
    assert (report.pushed, report.refused) == (0, 1)
    status = futaleufu.client.status()
    assert (status.pending, status.refused) == (0, 1)
    ((_seq, _id, _payload, reason),) = log_rows(futaleufu)
    assert reason
    again = futaleufu.client.sync()
    assert (again.pushed, again.refused, again.round_trips) == (0, 0, 1)
    assert server.service.record("notice", notice_id).fields["title"] == "Feria"
