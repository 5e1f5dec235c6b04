"""The targets arriving through sync (issue 11, point 8): a target the Dirección Regional sets
with its API reaches the office's PC in a real sync, shows on the Metas dashboard as set by the
region and cannot be edited there; a PC that changes it anyway (its database altered by hand, or
the same target typed offline) is refused by the server and ends with the region's target. The
office's own targets go up and reach its other PCs, and no other office. A real regional server
on loopback, real SQLite files, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from omil_desktop.domain.targets import TargetIndicator, TargetSource, target_id
from omil_desktop.services.clock import today
from omil_desktop.services.targets import TargetService
from omil_desktop.store.models import Target
from omil_desktop.ui.targets.area import TargetsArea
from omil_desktop.ui.targets.edit_dialog import TargetsDialog

CHAITEN, FUTALEUFU = "10401", "10402"
PLACEMENTS = TargetIndicator.PLACEMENTS
SERVED = TargetIndicator.PEOPLE_SERVED


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite")


def pc(server, office_factory, comuna: str, name: str):
    office = office_factory(comuna, name)
    office.client.enroll(server.url, server.code(comuna), name)
    return office


def targets_of(office) -> TargetService:
    workspace = office.workspace
    return TargetService(workspace.db, workspace.territory, workspace.office.comuna_code)


def test_a_region_set_target_reaches_the_pc_read_only(server, office_factory, qtbot):
    year = today().year
    office = pc(server, office_factory, CHAITEN, "PC Chaitén")
    row = server.service.set_target(CHAITEN, year, "colocaciones", 120)

    report = office.client.sync()

    assert report.set_aside == 0
    [target] = targets_of(office).targets(year)
    assert (target.id, target.indicator, target.value) == (row, PLACEMENTS, 120)
    assert target.source is TargetSource.REGION and target.read_only

    area = TargetsArea(office.workspace)
    qtbot.addWidget(area)
    area.show()
    card = area.dashboard.card(PLACEMENTS)
    assert card.source.text() == "Fijada por la Dirección Regional"
    assert "0 de 120 (0 %)" in card.figures.text()
    dialog = TargetsDialog(area.service, year, area)
    qtbot.addWidget(dialog)
    assert PLACEMENTS not in dialog.fields  # nothing to type in for it
    fixed = dialog.fixed[PLACEMENTS]
    assert isinstance(fixed, QLabel) and not isinstance(fixed, QLineEdit)
    assert fixed.text() == "120 — Fijada por la Dirección Regional"


def test_a_pc_s_change_of_a_region_set_target_is_refused_by_the_server(server, office_factory):
    """A PC whose database was altered by hand changes the region's target: the server refuses
    that change alone (the rest of the batch goes), keeps 120, and the office's other PC never
    sees the altered value."""
    year = today().year
    tampered = pc(server, office_factory, CHAITEN, "PC alterado")
    other = pc(server, office_factory, CHAITEN, "PC Recepción")
    row = server.service.set_target(CHAITEN, year, "colocaciones", 120)
    tampered.client.sync()
    with tampered.workspace.db.transaction() as session:
        target = session.get(Target, row)
        assert target is not None
        target.value = 60
    targets_of(tampered).set_target(year, SERVED, 300)  # the office's own: fine

    report = tampered.client.sync()
    other.client.sync()

    assert report.refused == 1 and tampered.client.status().refused == 1
    (refusal,) = server.service.refusals()
    assert refusal.table == "target" and "la fijó la Dirección Regional" in refusal.reason
    assert server.service.record("target", row).fields["value"] == 120
    assert {(t.indicator, t.value, t.source) for t in targets_of(other).targets(year)} == {
        (PLACEMENTS, 120, TargetSource.REGION),
        (SERVED, 300, TargetSource.OFFICE),
    }


def test_the_same_target_typed_offline_gives_way_to_the_region_s(server, office_factory):
    """The officer typed 80 placements on a PC without a link while the region set 120: the
    PC's target is refused when it reaches the server, and the region's takes its place."""
    year = today().year
    office = pc(server, office_factory, CHAITEN, "PC Terreno")
    targets_of(office).set_target(year, PLACEMENTS, 80)
    server.service.set_target(CHAITEN, year, "colocaciones", 120)

    report = office.client.sync()

    assert report.refused == 1
    [target] = targets_of(office).targets(year)
    assert (target.value, target.source) == (120, TargetSource.REGION)


def test_the_office_s_own_targets_reach_its_other_pcs_and_no_other_office(server, office_factory):
    year = today().year
    first = pc(server, office_factory, CHAITEN, "PC 1")
    second = pc(server, office_factory, CHAITEN, "PC 2")
    neighbour = pc(server, office_factory, FUTALEUFU, "PC Futaleufú")
    targets_of(first).set_targets(year, {SERVED: 300, PLACEMENTS: 40})
    first.client.sync()
    second.client.sync()
    neighbour.client.sync()

    assert [(t.indicator, t.value) for t in targets_of(second).targets(year)] == [
        (SERVED, 300),
        (PLACEMENTS, 40),
    ]
    assert targets_of(neighbour).targets(year) == []
    record = server.service.record("target", target_id(CHAITEN, year, PLACEMENTS))
    assert record.fields["source"] == "oficina" and record.office == CHAITEN
    # Corrected on the second PC, the first receives it.
    targets_of(second).set_target(year, PLACEMENTS, 45)
    second.client.sync()
    first.client.sync()
    assert {t.indicator: t.value for t in targets_of(first).targets(year)}[PLACEMENTS] == 45


def test_the_region_withdraws_its_target_and_the_office_types_its_own(server, office_factory):
    """`omil-regional target delete`: the office's PCs remove the region's target in their next
    sync; the office may then type its own, which the server takes and its other PC receives."""
    year = today().year
    office = pc(server, office_factory, CHAITEN, "PC 1")
    other = pc(server, office_factory, CHAITEN, "PC 2")
    row = server.service.set_target(CHAITEN, year, "colocaciones", 120)
    office.client.sync()
    other.client.sync()
    assert [t.source for t in targets_of(office).targets(year)] == [TargetSource.REGION]

    assert server.service.delete_target(CHAITEN, year, "colocaciones") == row
    office.client.sync()

    assert targets_of(office).targets(year) == []
    assert targets_of(office).set_target(year, PLACEMENTS, 90) == row
    report = office.client.sync()
    other.client.sync()

    assert report.refused == 0
    record = server.service.record("target", row)
    assert (record.fields["value"], record.fields["source"], record.deleted) == (
        90,
        "oficina",
        False,
    )
    [target] = targets_of(other).targets(year)
    assert (target.value, target.source) == (90, TargetSource.OFFICE)
