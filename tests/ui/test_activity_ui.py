"""«Informe de actividad» from the main window (issue 11, point 4): the period chosen as a month,
a quarter, a year or two dates; a period that ends before it starts said beside «Hasta»; the PDF
and the Excel export made off the GUI thread and handed to the system's viewer (the edge
replaced here)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from omil_desktop.domain.activity import ENDS_BEFORE_START, Period, PeriodKind
from omil_desktop.ui.reports import activity_dialog
from omil_desktop.ui.reports.activity_dialog import ActivityReportDialog
from omil_desktop.ui.workshops import documents
from tests.services.activity_office import build_office, calendar

__all__ = ["calendar"]


@pytest.fixture
def opened(monkeypatch, tmp_path):
    """The system's save dialogs and viewer, replaced: files go to tmp_path."""
    seen: dict[str, list] = {"suggested": [], "opened": []}
    monkeypatch.setattr(
        documents,
        "ask_save_path",
        lambda _p, _t, name: seen["suggested"].append(name) or tmp_path / name,
    )
    monkeypatch.setattr(
        activity_dialog,
        "ask_excel_path",
        lambda _p, _t, name: seen["suggested"].append(name) or tmp_path / name,
    )
    monkeypatch.setattr(
        documents.QDesktopServices,
        "openUrl",
        lambda url: seen["opened"].append(Path(url.toLocalFile())) or True,
    )
    return seen


def test_the_menu_opens_the_dialog_with_this_year(qtbot, window, calendar, when_modal):
    when_modal(ActivityReportDialog, lambda dialog: dialog.reject())
    window.activity_report_action.trigger()
    (dialog,) = when_modal.seen
    assert dialog.period() == Period.year(2026)
    assert "año 2026 (01-01-2026 al 31-12-2026), comparado con año 2025" in (
        dialog.period_label.text()
    )


def test_month_quarter_and_between_dates(qtbot, workspace, calendar):
    dialog = ActivityReportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.select_kind(PeriodKind.MONTH)
    dialog.month.setCurrentIndex(3)
    assert dialog.period() == Period.month(2026, 4)
    assert "abril de 2026" in dialog.period_label.text()
    dialog.select_kind(PeriodKind.QUARTER)
    dialog.quarter.setCurrentIndex(2)
    dialog.quarter_year.setValue(2025)
    assert dialog.period() == Period.quarter(2025, 3)
    assert "comparado con tercer trimestre de 2024" in dialog.period_label.text()
    dialog.select_kind(PeriodKind.BETWEEN)
    dialog.starts_on.setText("15-03-2026")
    dialog.ends_on.setText("30-06-2026")
    assert dialog.period() == Period.between(date(2026, 3, 15), date(2026, 6, 30))
    assert "15-03-2026 al 30-06-2026" in dialog.period_label.text()


def test_a_period_that_ends_before_it_starts_is_said_beside_hasta(
    qtbot, workspace, calendar, opened, tmp_path
):
    dialog = ActivityReportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_kind(PeriodKind.BETWEEN)
    dialog.starts_on.setText("31-12-2026")
    dialog.ends_on.setText("01-01-2026")
    assert dialog.ends_error.isVisible()
    assert dialog.ends_error.text() == ENDS_BEFORE_START
    assert not dialog.starts_error.isVisible()
    dialog.pdf_button.click()
    dialog.excel_button.click()
    assert dialog.jobs == [] and opened["suggested"] == []
    dialog.ends_on.setText("31-12-2026")  # fixed: the message goes at once
    assert not dialog.ends_error.isVisible()
    dialog.ends_on.setText("31-13-2026")
    assert not dialog.ends_error.isVisible()  # still being typed
    dialog.ends_on.editingFinished.emit()
    assert dialog.ends_error.text() == "La fecha 31-13-2026 no existe."
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # no file made


def test_the_pdf_and_the_excel_of_the_hand_counted_office(
    qtbot, workspace, calendar, opened, tmp_path
):
    build_office(workspace)
    dialog = ActivityReportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pdf_button.click()
    (job,) = dialog.jobs
    with qtbot.waitSignal(job.finished, timeout=60_000) as done:
        pass
    assert opened["suggested"] == ["informe-actividad-ano-2026.pdf"]
    assert done.args[0] == tmp_path / "informe-actividad-ano-2026.pdf"
    assert opened["opened"] == [done.args[0]]
    text = "\n".join(page.extract_text() for page in PdfReader(done.args[0]).pages)
    assert "Informe de actividad de la OMIL" in text
    assert "Personas atendidas\n 4\n 2\n +100 %" in text

    dialog.excel_button.click()
    (job,) = dialog.jobs
    with qtbot.waitSignal(job.finished, timeout=60_000) as done:
        pass
    assert done.args[0] == tmp_path / "informe-actividad-ano-2026.xlsx"
    rows = list(load_workbook(done.args[0]).active.iter_rows(values_only=True))
    assert {row[1]: row[2] for row in rows[1:]}["Personas atendidas"] == 4
    assert dialog.jobs == []
