"""The server holds targets (metas) and satisfaction surveys to the protocol's schema (version 7)
and to the rules a device could break (docs/sync-protocol.md §15): a device never changes,
deletes or takes over a target the Dirección Regional set, never marks one as the region's, never
sets one for a closed year; a survey rates a service of the same person. What is refused stops
nothing else of the batch. The region's own `omil-regional target` commands keep the same rules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from omil_desktop.domain.targets import TargetIndicator, target_id
from omil_desktop.regional.cli import main as regional_main
from omil_desktop.regional.service import AdminError
from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from tests.regional.client import NOW

CHAITEN, FUTALEUFU = "10401", "10402"
SERVER_NOW = datetime(2026, 11, 21, 14, 3, 11)


def _synced(office: str) -> dict[str, Any]:
    return {
        "office_code": office,
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": False,
    }


def target_fields(office: str, **overrides: Any) -> dict[str, Any]:
    values = {
        **_synced(office),
        "year": 2026,
        "indicator": "colocaciones",
        "value": 40,
        "source": "oficina",
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["target"]
    values.update(overrides)
    return values


def attention_fields(office: str, person: str, **overrides: Any) -> dict[str, Any]:
    values = {
        **_synced(office),
        "person_id": person,
        "date": "2026-11-02",
        "kind": "orientacion",
        "notes": "",
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["attention"]
    values.update(overrides)
    return values


def survey_fields(office: str, person: str, **overrides: Any) -> dict[str, Any]:
    values = {
        **_synced(office),
        "person_id": person,
        "answered_on": "2026-11-20",
        "service": "atencion",
        "attention_id": None,
        "workshop_id": None,
        "placement_id": None,
        "fair_id": None,
        "score": 6,
        "comment": "Muy buena atención",
        "channel": "telefono",
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["satisfaction_survey"]
    values.update(overrides)
    return values


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite", clock=lambda: SERVER_NOW)


@pytest.fixture
def api(server):
    from tests.regional.client import Api

    client = Api(server.url)
    yield client
    client.close()


def the_target(office: str, year: int = 2026, indicator: str = "colocaciones") -> str:
    return target_id(office, year, TargetIndicator(indicator))


def test_a_device_sets_and_corrects_its_own_targets(server, api):
    device = api.device(server.code(CHAITEN), CHAITEN)
    row = the_target(CHAITEN)
    insert = device.change("target", row, "insert", target_fields(CHAITEN))
    assert device.sync(insert).acks[0].status == "applied"
    edit = device.change("target", row, "update", {"value": 55})
    assert device.sync(edit).acks[0].status == "applied"
    assert server.service.record("target", row).fields["value"] == 55


def test_a_device_may_not_change_delete_or_take_over_a_region_set_target(server, api):
    device = api.device(server.code(CHAITEN), CHAITEN)
    row = server.service.set_target(CHAITEN, 2026, "colocaciones", 120)
    assert row == the_target(CHAITEN)
    device.pull_all()

    attempts = [
        device.change("target", row, "update", {"value": 60}),
        device.change("target", row, "update", {"source": "oficina"}),
        device.change("target", row, "update", {"deleted_at": NOW}),
        # The same target typed offline on the PC, arriving after the region set it:
        device.change("target", row, "insert", target_fields(CHAITEN, value=80)),
    ]
    fine = device.insert_person()
    reply = device.sync(*attempts, fine)

    assert [a.status for a in reply.acks] == ["refused"] * 4 + ["applied"]
    for ack in reply.acks[:4]:
        assert "la fijó la Dirección Regional" in (ack.reason or "")
    record = server.service.record("target", row)
    assert record.fields["value"] == 120 and record.fields["source"] == "region"
    assert not record.deleted


def test_a_device_may_not_mark_a_target_as_the_region_s(server, api):
    device = api.device(server.code(CHAITEN), CHAITEN)
    row = the_target(CHAITEN, indicator="personas_atendidas")
    mine = device.change("target", the_target(CHAITEN), "insert", target_fields(CHAITEN, value=30))
    assert device.sync(mine).acks[0].status == "applied"
    forged = device.change(
        "target",
        row,
        "insert",
        target_fields(CHAITEN, indicator="personas_atendidas", source="region"),
    )
    promoted = device.change("target", the_target(CHAITEN), "update", {"source": "region"})

    reply = device.sync(forged, promoted)

    assert [a.status for a in reply.acks] == ["refused", "refused"]
    assert all("Solo la Dirección Regional" in (a.reason or "") for a in reply.acks)
    assert server.service.record("target", row) is None
    assert server.service.record("target", the_target(CHAITEN)).fields["source"] == "oficina"


def test_a_target_for_a_closed_year_is_refused(server, api):
    """The server's clock says 2026: 2025 is closed, for a new target, an edit, or a move."""
    device = api.device(server.code(CHAITEN), CHAITEN)
    old = the_target(CHAITEN, 2025)
    current = the_target(CHAITEN)
    past = device.change("target", old, "insert", target_fields(CHAITEN, year=2025))
    now = device.change("target", current, "insert", target_fields(CHAITEN))
    reply = device.sync(past, now)
    assert [a.status for a in reply.acks] == ["refused", "applied"]
    assert "El año 2025 ya terminó" in (reply.acks[0].reason or "")
    moved = device.change("target", current, "update", {"year": 2025})
    assert "El año 2025 ya terminó" in (device.sync(moved).acks[0].reason or "")
    assert server.service.record("target", old) is None
    assert server.service.record("target", current).fields["year"] == 2026


def test_a_target_s_values_are_held_to_the_schema(server, api):
    device = api.device(server.code(CHAITEN), CHAITEN)
    negative = device.change(
        "target", the_target(CHAITEN), "insert", target_fields(CHAITEN, value=-1)
    )
    unknown = device.change(
        "target", new_id(), "insert", target_fields(CHAITEN, indicator="sonrisas")
    )
    reply = device.sync(negative, unknown)
    assert [a.status for a in reply.acks] == ["refused", "refused"]
    assert "value:" in (reply.acks[0].reason or "")
    assert "indicator:" in (reply.acks[1].reason or "")


def test_a_survey_rates_a_service_of_the_same_person(server, api):
    device = api.device(server.code(CHAITEN), CHAITEN)
    ana, luis = device.insert_person(), device.insert_person()
    attention = device.change("attention", new_id(), "insert", attention_fields(CHAITEN, ana.row))
    assert [a.status for a in device.sync(ana, luis, attention).acks] == ["applied"] * 3

    good = device.change(
        "satisfaction_survey",
        new_id(),
        "insert",
        survey_fields(CHAITEN, ana.row, attention_id=attention.row),
    )
    someone_else_s = device.change(
        "satisfaction_survey",
        new_id(),
        "insert",
        survey_fields(CHAITEN, luis.row, attention_id=attention.row),
    )
    nothing_rated = device.change(
        "satisfaction_survey", new_id(), "insert", survey_fields(CHAITEN, ana.row)
    )
    out_of_range = device.change(
        "satisfaction_survey",
        new_id(),
        "insert",
        survey_fields(CHAITEN, ana.row, attention_id=attention.row, score=8),
    )
    reply = device.sync(good, someone_else_s, nothing_rated, out_of_range)

    assert [a.status for a in reply.acks] == ["applied", "refused", "refused", "refused"]
    assert "no es de esa persona" in (reply.acks[1].reason or "")
    assert "qué servicio evalúa" in (reply.acks[2].reason or "")
    assert "score:" in (reply.acks[3].reason or "")
    assert server.service.record("satisfaction_survey", someone_else_s.row) is None


def test_the_region_sets_and_lists_targets_with_its_own_rules(server):
    service = server.service
    row = service.set_target("Chaitén", 2026, "colocaciones", 120)
    again = service.set_target(CHAITEN, 2026, "colocaciones", 130)
    assert row == again == the_target(CHAITEN)
    service.set_target(FUTALEUFU, 2026, "personas_atendidas", 400)
    service.set_target(CHAITEN, 2027, "colocaciones", 10)

    listed = service.targets(2026)
    assert [(t.office, t.indicator.value, t.value, t.source.value) for t in listed] == [
        (CHAITEN, "colocaciones", 130, "region"),
        (FUTALEUFU, "personas_atendidas", 400, "region"),
    ]
    assert [t.office for t in service.targets(2026, FUTALEUFU)] == [FUTALEUFU]

    with pytest.raises(AdminError, match="El año 2025 ya terminó"):
        service.set_target(CHAITEN, 2025, "colocaciones", 120)
    with pytest.raises(AdminError, match="no puede ser negativa"):
        service.set_target(CHAITEN, 2026, "colocaciones", -3)
    with pytest.raises(AdminError, match="No existe el indicador «sonrisas»"):
        service.set_target(CHAITEN, 2026, "sonrisas", 3)
    with pytest.raises(AdminError, match="no está registrada"):
        service.set_target("13101", 2026, "colocaciones", 3)  # Santiago: not of this server
    assert service.record("target", the_target(CHAITEN, 2025)) is None


def test_the_region_takes_over_a_target_the_office_typed(server, api):
    """The office typed 40 before the region set its target: the one record becomes the
    region's (no second target of the same year and indicator)."""
    device = api.device(server.code(CHAITEN), CHAITEN)
    row = the_target(CHAITEN)
    assert (
        device.sync(device.change("target", row, "insert", target_fields(CHAITEN))).acks[0].status
        == "applied"
    )

    assert server.service.set_target(CHAITEN, 2026, "colocaciones", 120) == row

    pulled = [c for c in device.pull_all() if c.table == "target"]
    assert pulled[-1].fields["value"] == 120 and pulled[-1].fields["source"] == "region"
    assert len(server.service.records(CHAITEN, "target")) == 1


def test_target_commands_of_omil_regional(server, capsys):
    """`omil-regional target set/list` (the real clock: this year is open)."""
    url = ["--database-url", server.database_url]
    year = str(datetime.now().year)
    put = ["target", "set", *url, "--office", CHAITEN, "--indicator", "colocaciones"]
    assert regional_main([*put, "--year", year, "--value", "120"]) == 0
    out = capsys.readouterr().out
    assert "Colocaciones" in out and "120" in out and "próxima sincronización" in out
    assert regional_main(["target", "list", *url, "--year", year]) == 0
    listed = capsys.readouterr().out
    assert CHAITEN in listed and "colocaciones" in listed and "Dirección Regional" in listed
    assert regional_main([*put, "--year", "2001", "--value", "1"]) == 1
    assert "El año 2001 ya terminó" in capsys.readouterr().err
    assert regional_main(["target", "list", *url, "--year", "2001"]) == 0
    assert "No hay metas para 2001." in capsys.readouterr().out


def test_a_survey_of_a_workshop_is_of_someone_enrolled_in_it(server, api):
    from tests.regional.test_workshop_values import Workshop

    device = api.device(server.code(CHAITEN), CHAITEN)
    workshop = Workshop(device)  # one person enrolled
    outsider = device.insert_person()
    assert device.sync(outsider).acks[0].status == "applied"

    def rating(person: str):
        return device.change(
            "satisfaction_survey",
            new_id(),
            "insert",
            survey_fields(CHAITEN, person, service="taller", workshop_id=workshop.row),
        )

    reply = device.sync(rating(workshop.person.row), rating(outsider.row))

    assert [a.status for a in reply.acks] == ["applied", "refused"]
    assert "no es de esa persona" in (reply.acks[1].reason or "")


def test_a_region_set_target_pushed_under_another_row_id_is_refused(server, api):
    """The same year and indicator under another id would merge into the region's target (its
    twin, §10): the rules are judged against that twin, so it is refused, not merged."""
    device = api.device(server.code(CHAITEN), CHAITEN)
    row = server.service.set_target(CHAITEN, 2026, "colocaciones", 120)
    device.pull_all()
    forged = device.change("target", new_id(), "insert", target_fields(CHAITEN, value=1))
    fine = device.insert_person()

    reply = device.sync(forged, fine)

    assert [a.status for a in reply.acks] == ["refused", "applied"]
    assert "la fijó la Dirección Regional" in (reply.acks[0].reason or "")
    assert reply.acks[0].merged_into is None and not reply.acks[0].conflicts
    record = server.service.record("target", row)
    assert record.fields["value"] == 120 and record.fields["source"] == "region"
    assert len(server.service.records(CHAITEN, "target")) == 1


def test_the_office_s_own_target_under_another_row_id_still_merges(server, api):
    device = api.device(server.code(CHAITEN), CHAITEN)
    mine = device.change("target", the_target(CHAITEN), "insert", target_fields(CHAITEN))
    assert device.sync(mine).acks[0].status == "applied"
    again = device.change("target", new_id(), "insert", target_fields(CHAITEN, value=45))
    ack = device.sync(again).acks[0]
    assert (ack.status, ack.merged_into) == ("applied", the_target(CHAITEN))
    old = device.change("target", new_id(), "insert", target_fields(CHAITEN, year=2025))
    assert "El año 2025 ya terminó" in (device.sync(old).acks[0].reason or "")


def test_the_region_withdraws_its_target_and_the_office_may_set_its_own(server, api):
    device = api.device(server.code(CHAITEN), CHAITEN)
    row = server.service.set_target(CHAITEN, 2026, "colocaciones", 120)
    device.pull_all()

    assert server.service.delete_target("Chaitén", 2026, "colocaciones") == row

    assert server.service.targets(2026) == []
    [withdrawn] = [c for c in device.pull_all() if c.table == "target"]
    assert withdrawn.row == row and withdrawn.fields["deleted_at"] is not None
    # The office types its own, on the same record (the same id: the PC revives it).
    own = device.change(
        "target", row, "update", {"deleted_at": None, "value": 90, "source": "oficina"}
    )
    assert device.sync(own).acks[0].status == "applied"
    [listed] = server.service.targets(2026)
    assert (listed.value, listed.source.value) == (90, "oficina")


def test_the_region_withdraws_only_a_live_target_of_its_own(server, api):
    service = server.service
    device = api.device(server.code(CHAITEN), CHAITEN)
    mine = device.change("target", new_id(), "insert", target_fields(CHAITEN))
    assert device.sync(mine).acks[0].status == "applied"
    with pytest.raises(AdminError, match="la fijó la oficina, no la Dirección Regional"):
        service.delete_target(CHAITEN, 2026, "colocaciones")
    with pytest.raises(AdminError, match="no tiene meta de «Personas atendidas» para 2026"):
        service.delete_target(CHAITEN, 2026, "personas_atendidas")
    with pytest.raises(AdminError, match="El año 2025 ya terminó"):
        service.delete_target(CHAITEN, 2025, "colocaciones")
    with pytest.raises(AdminError, match="No existe el indicador «sonrisas»"):
        service.delete_target(CHAITEN, 2026, "sonrisas")
    service.set_target(FUTALEUFU, 2026, "colocaciones", 10)
    service.delete_target(FUTALEUFU, 2026, "colocaciones")
    with pytest.raises(AdminError, match="no tiene meta"):
        service.delete_target(FUTALEUFU, 2026, "colocaciones")  # already withdrawn
    assert service.record("target", mine.row).fields["value"] == 40  # the office's, untouched


def test_omil_regional_target_delete(server, capsys):
    """`omil-regional target delete` (the real clock: this year is open)."""
    url = ["--database-url", server.database_url]
    year = str(datetime.now().year)
    which = ["--office", CHAITEN, "--year", year, "--indicator", "colocaciones"]
    assert regional_main(["target", "set", *url, *which, "--value", "120"]) == 0
    capsys.readouterr()
    assert regional_main(["target", "delete", *url, *which]) == 0
    out = capsys.readouterr().out
    assert "retirada: Colocaciones" in out and "próxima sincronización" in out
    assert regional_main(["target", "list", *url, "--year", year]) == 0
    assert "No hay metas" in capsys.readouterr().out
    assert regional_main(["target", "delete", *url, *which]) == 1
    assert "no tiene meta de «Colocaciones»" in capsys.readouterr().err
