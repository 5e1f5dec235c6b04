"""The Metas area (issue 11, point 2): the year's targets, gestión and colocación apart, each with
a bar drawn with QPainter (how far it is, and where the office should be today), the figures and
the pace needed in words — never colour alone; «Editar metas…» for the office's own targets,
the region's read-only; bad input beside its field with nothing saved; a closed year shows its
final result and cannot be edited."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.targets import TargetIndicator, TargetSource, TargetStatus, target_id
from omil_desktop.services.targets import TargetService
from omil_desktop.store.changelog import remote_session
from omil_desktop.store.clock import utcnow
from omil_desktop.store.models import Target
from omil_desktop.ui.targets.edit_dialog import NOT_A_NUMBER, TargetsDialog
from tests.support.keys import focus, press, type_into, wait_active

TODAY = date(2026, 11, 20)
PALENA = "10404"
SERVED = TargetIndicator.PEOPLE_SERVED
PLACEMENTS = TargetIndicator.PLACEMENTS
BNE = TargetIndicator.BNE_REGISTRATIONS


@pytest.fixture
def calendar(monkeypatch):
    days = [TODAY]

    class Calendar(date):
        @classmethod
        def today(cls):
            return days[0]

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)
    return days


def region_target(workspace, year: int, indicator: TargetIndicator, value: int) -> None:
    """A target the region set, as sync leaves it in the database."""
    now = utcnow()
    with workspace.db.transaction() as session:
        remote_session(session)
        session.add(
            Target(
                id=target_id(PALENA, year, indicator),
                office_code=PALENA,
                year=year,
                indicator=indicator.value,
                value=value,
                source=TargetSource.REGION.value,
                created_at=now,
                updated_at=now,
            )
        )


@pytest.fixture
def office(workspace, person_data, calendar):
    """Palena on 20-11-2026: three people served this year; the office's target of 10 people
    served, the region's of 2 placements."""
    served = (("Rosa", 13_000_001, 3), ("Pedro", 13_000_002, 5), ("Luis", 13_000_003, 9))
    for name, body, month in served:
        pid = workspace.people.create(
            person_data(first_names=name, rut=Rut.from_body(body)), allow_likely_duplicate=True
        )
        workspace.attentions.record(pid, date(2026, month, 10), ServiceKind.GUIDANCE, "")
    TargetService(workspace.db, workspace.territory, PALENA).set_target(2026, SERVED, 10)
    region_target(workspace, 2026, PLACEMENTS, 2)
    region_target(workspace, 2025, PLACEMENTS, 1)
    return workspace


def open_area(qtbot, window):
    window.sidebar.setCurrentRow(window._targets_index)
    area = window.targets_area
    qtbot.waitExposed(area.dashboard)
    return area


def test_the_dashboard_shows_each_target_in_words_and_as_a_bar(qtbot, window, office):
    area = open_area(qtbot, window)
    assert area.year == 2026 and area.closed.text() == "Avance al 20-11-2026."
    dashboard = area.dashboard
    assert dashboard.groups[SERVED.area].title() == "Gestión — 1 meta"
    assert dashboard.groups[PLACEMENTS.area].title() == "Colocación — 1 meta"

    served = dashboard.card(SERVED)
    assert served.source.text() == "Fijada por la oficina"
    assert served.figures.text() == "3 de 10 (30 %) · Atrasada: a hoy se esperaban 8."
    assert served.pace.text() == "Faltan 7 personas: 4 al mes hasta diciembre."
    placements = dashboard.card(PLACEMENTS)
    assert placements.source.text() == "Fijada por la Dirección Regional"
    assert placements.pace.text() == "Faltan 2 colocaciones: 1 al mes hasta diciembre."
    # The bar says the same: 30 % filled, the «hoy» mark where the year is (day 324 of 365:
    # where 8 of 10 would be), hatched (behind); the mark is at the same place on every bar.
    bar = served.bar
    assert bar.fraction == pytest.approx(0.3) and bar.expected == pytest.approx(324 / 365)
    assert placements.bar.expected == bar.expected
    assert bar.status is TargetStatus.BEHIND
    assert "Atrasada" in bar.accessibleDescription() and "Faltan 7" in bar.toolTip()
    image = bar.grab().toImage()
    middle = int(bar.bar_rect().center().y())
    filled = QColor(image.pixel(int(bar.fill_width() / 2), middle))
    track = QColor(image.pixel(int(bar.width() * 0.6), middle))
    mark = QColor(image.pixel(int(bar.mark_x() or 0), middle))
    assert track.name() == "#e0e0e0"
    assert filled.name() != track.name() and filled.red() > filled.blue()  # orange, hatched
    assert mark.lightness() < 80  # the «hoy» mark, dark on the track


def test_editar_metas_keeps_the_region_s_and_says_bad_input_beside_its_field(qtbot, window, office):
    area = open_area(qtbot, window)
    area.edit_button.click()
    dialog = area.dialog
    assert isinstance(dialog, TargetsDialog)
    qtbot.waitExposed(dialog)
    wait_active(qtbot, dialog)
    assert PLACEMENTS not in dialog.fields
    assert dialog.fixed[PLACEMENTS].text() == "2 — Fijada por la Dirección Regional"
    assert dialog.fields[SERVED].text() == "10"

    type_into(qtbot, dialog.fields[BNE], "-5")
    dialog.fields[SERVED].setText("12a")
    focus(qtbot, dialog.fields[BNE])
    press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_text(BNE.value) == "La meta no puede ser negativa."
    assert dialog.error_text(SERVED.value) == NOT_A_NUMBER
    service = area.service
    assert [(t.indicator, t.value) for t in service.targets(2026)] == [
        (SERVED, 10),
        (PLACEMENTS, 2),
    ]

    dialog.fields[BNE].setText("1.200")
    assert dialog.error_text(BNE.value) == ""  # gone once fixed, while typing
    dialog.fields[SERVED].setText("")  # blank: the office drops that target
    focus(qtbot, dialog.fields[BNE])
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    assert [(t.indicator, t.value) for t in service.targets(2026)] == [
        (BNE, 1200),
        (PLACEMENTS, 2),
    ]
    assert area.dashboard.card(BNE).figures.text().startswith("0 de 1.200 (0 %)")
    with pytest.raises(KeyError):
        area.dashboard.card(SERVED)


def test_a_closed_year_shows_its_final_result_and_is_not_edited(qtbot, window, office):
    area = open_area(qtbot, window)
    area.year_box.setCurrentIndex(area.year_box.findData(2025))
    assert area.closed.text() == "El año 2025 terminó: se muestra su resultado final."
    assert not area.edit_button.isEnabled()
    card = area.dashboard.card(PLACEMENTS)
    assert card.figures.text() == "0 de 1 (0 %) · No cumplida."
    assert card.pace.text() == "Año cerrado: faltó 1 colocación."
    assert card.bar.expected is None  # no «hoy» mark on a closed year
    dialog = TargetsDialog(area.service, 2025, area)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert dialog.general.message() == (
        "El año 2025 ya terminó: sus metas no se pueden fijar ni cambiar."
    )


def test_a_year_without_targets_says_where_they_come_from(qtbot, window, office):
    area = open_area(qtbot, window)
    area.year_box.setCurrentIndex(area.year_box.findData(2027))
    assert area.dashboard.cards == []
    assert area.dashboard.empty.isVisible()
    assert "La Dirección Regional las envía al sincronizar" in area.dashboard.empty.text()
    assert area.edit_button.isEnabled()
