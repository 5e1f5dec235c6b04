"""A retention review's anonymisation travels like any erasure (issue 12, point 6): after the
review anonymises the people past the period and the office syncs, the regional server holds
them without their name, RUT or contact, and the people still active as they were. A real
regional server on loopback, real SQLite files, the services the window uses."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from tests.support.sync_checks import server_records

CHAITEN = "10401"
NOW = datetime(2026, 11, 20, 12, 0)


@pytest.fixture
def clock(monkeypatch):
    class Clock:
        now = NOW

    class Calendar(date):
        @classmethod
        def today(cls) -> date:
            return Clock.now.date()

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)
    monkeypatch.setattr("omil_desktop.store.changelog.utcnow", lambda: Clock.now)
    return Clock


def test_a_retention_anonymisation_reaches_the_server(
    regional_factory, office_factory, person_data, clock
):
    server = regional_factory("sqlite")
    office = office_factory(CHAITEN, "chaiten")
    office.client.enroll(server.url, server.code(CHAITEN), "PC de la OMIL")
    ws = office.workspace
    clock.now = datetime(2016, 8, 1, 10, 0)
    old = ws.people.create(
        person_data(first_names="Olga", rut=Rut.from_body(7_500_001), comuna_code=CHAITEN),
        allow_likely_duplicate=True,
    )
    ws.attentions.record(old, date(2016, 8, 1), ServiceKind.GUIDANCE, "Busca trabajo de cocinera")
    active = ws.people.create(
        person_data(first_names="Ana", rut=Rut.from_body(7_500_002), comuna_code=CHAITEN),
        allow_likely_duplicate=True,
    )
    clock.now = NOW
    ws.attentions.record(active, date(2026, 11, 2), ServiceKind.INFORMATION, "")
    office.client.sync()
    server_dir = Path(server.database_url.removeprefix("sqlite:///")).parent
    before = server_records(server_dir)[("person", old)]
    assert before["first_names"] == "Olga"
    assert before["rut"] == Rut.from_body(7_500_001).compact

    assert ws.retention.due_ids(NOW.date()) == [old]
    result = ws.retention.apply([old], NOW.date())
    assert result.anonymised == 1
    office.client.sync()

    records = server_records(server_dir)
    gone = records[("person", old)]
    assert gone["anonymised_on"] is not None
    assert gone["rut"] is None and gone["first_names"] != "Olga"
    assert gone["phone"] == "" and gone["email"] == ""
    notes = [
        values["notes"]
        for (table, _row), values in records.items()
        if table == "attention" and values.get("person_id") == old
    ]
    assert notes == [""]  # the atención stays (the law keeps it), its free text does not
    kept = records[("person", active)]
    assert kept["first_names"] == "Ana" and kept["anonymised_on"] is None
