"""A workshop's PDF from the window: made in a worker thread with progress, saved whole or not at
all (Cancelar, a failure), then handed to the system's viewer (the edge replaced here)."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from omil_desktop.reports.template import Letterhead, Report, table
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.workshop_documents import write_whole
from omil_desktop.ui.workshops import documents
from omil_desktop.ui.workshops.documents import file_name, make_document

NAMES = [f"Persona Ñuñoa Pérez {i}" for i in range(40)]


@pytest.fixture
def viewer(monkeypatch):
    opened: list[Path] = []

    def open_url(url) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(documents.QDesktopServices, "openUrl", open_url)
    return opened


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    target = tmp_path / "salida" / "asistencia-apresto-sesion-3.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def ask(_parent, _title, suggested):
        asked.append(suggested)
        return target

    monkeypatch.setattr(documents, "ask_save_path", ask)
    return target, asked


def sheet(threads: list[int], delay: float = 0.0):
    """A real PDF on the template, one row per name, telling its progress row by row."""

    def generate(out: Path, progress) -> int:
        return write_whole(out, lambda partial: make(partial, progress))

    def make(out: Path, progress) -> int:
        threads.append(threading.get_ident())
        for done in range(1, len(NAMES) + 1):
            time.sleep(delay)
            progress(done, len(NAMES))
        report = Report(
            "Hoja de asistencia",
            Letterhead("Ilustre Municipalidad de Palena", "OMIL Palena"),
            generated=datetime(2026, 3, 3, 9, 0),
        )
        return report.build(
            lambda: [table(["N°", "Nombre"], [(str(i), n) for i, n in enumerate(NAMES, 1)])], out
        )

    return generate


def test_the_file_name_has_no_accents_nor_spaces():
    assert file_name("asistencia", "Apresto laboral: Ñiquén 2026", "sesion-3") == (
        "asistencia-apresto-laboral-niquen-2026-sesion-3.pdf"
    )


def test_a_pdf_is_made_off_the_gui_thread_and_opened(qtbot, tmp_path, viewer, save_to):
    target, asked = save_to
    threads: list[int] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    job = make_document(parent, "Hoja de asistencia", "asistencia-x.pdf", sheet(threads))
    assert job is not None and asked == ["asistencia-x.pdf"]
    with qtbot.waitSignal(job.finished, timeout=20_000) as done:
        pass
    assert done.args == [target]
    assert len(threads) == 1 and threads[0] != threading.main_thread().ident
    assert viewer == [target]
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Persona Ñuñoa Pérez 39" in text
    assert list(target.parent.iterdir()) == [target]  # no partial file left


def test_cancel_leaves_no_file_and_opens_nothing(qtbot, viewer, save_to):
    target, _asked = save_to
    parent = QWidget()
    qtbot.addWidget(parent)
    job = make_document(parent, "Certificados", "c.pdf", sheet([], delay=0.05))
    assert job is not None
    dialog = job.dialog
    assert isinstance(dialog, QProgressDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.value() >= 2, timeout=5000)
    with qtbot.waitSignal(job.finished, timeout=20_000) as done:
        dialog.findChild(QPushButton).click()  # «Cancelar»
    assert done.args == [None]
    assert viewer == []
    assert list(target.parent.iterdir()) == []


def test_a_refusal_is_said_in_spanish_and_nothing_is_saved(qtbot, viewer, save_to, when_modal):
    target, _asked = save_to
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []

    def read_and_close(box) -> None:
        said.append(box.text())
        box.accept()

    when_modal(QMessageBox, read_and_close)

    def refuse(out: Path, progress) -> None:
        def half(partial: Path) -> int:
            partial.write_bytes(b"%PDF-1.4 half")
            raise ServiceError("Nadie completó el taller: no hay certificados que imprimir.")

        write_whole(out, half)

    job = make_document(parent, "Certificados", "c.pdf", refuse)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=20_000) as done:
        pass
    assert done.args == [None]
    qtbot.waitUntil(lambda: said != [], timeout=5000)
    assert said == ["Nadie completó el taller: no hay certificados que imprimir."]
    assert viewer == [] and list(target.parent.iterdir()) == []


def test_the_buttons_make_the_workshops_pdfs(
    qtbot, window, workspace, person_data, viewer, monkeypatch, tmp_path
):
    from omil_desktop.domain.workshops import AttendanceMark
    from tests.ui.test_workshops_ui import open_workshop, people, workshop

    workshop_id = workshop(workspace, sessions=3, name="Apresto laboral Ñiquén")
    service = workspace.workshops
    sessions = service.sessions(workshop_id)
    for person in people(workspace, person_data):
        enrollment = service.enroll(workshop_id, person).enrollment_id
        service.set_marks(sessions[0].id, {enrollment: AttendanceMark.PRESENT})
    first = service.enrollments(workshop_id)[0].id
    for s in sessions[1:]:
        service.set_mark(s.id, first, AttendanceMark.PRESENT)
    suggested: list[str] = []

    def ask(_parent, _title, name):
        suggested.append(name)
        return tmp_path / name

    monkeypatch.setattr(documents, "ask_save_path", ask)
    view = open_workshop(qtbot, window, workshop_id)
    area = window.workshops_area
    view.tabs.setCurrentIndex(3)  # Asistencia: the session is the grid's current column
    view.grid.setCurrentIndex(view.attendance.index(0, 1))  # the sheet of session 2

    def made(button) -> Path:
        button.click()
        (job,) = area.jobs
        with qtbot.waitSignal(job.finished, timeout=30_000) as done:
            pass
        assert area.jobs == []
        return done.args[0]

    sheet_pdf = made(view.sheet_button)
    assert suggested[-1] == "asistencia-apresto-laboral-niquen-sesion-2.pdf"
    assert sheet_pdf == tmp_path / suggested[-1] and viewer == [sheet_pdf]
    text = PdfReader(sheet_pdf).pages[0].extract_text()
    assert "María José Núñez Pérez" in text and "Pedro Soto Ñancupil" in text
    assert "10-03-2026" in text  # session 2's date

    certificates = made(view.certificates_button)
    assert suggested[-1] == "certificados-apresto-laboral-niquen.pdf"
    pages = PdfReader(certificates).pages
    assert len(pages) == 1 and "María José Núñez Pérez" in pages[0].extract_text()
    summary = made(view.summary_button)
    assert suggested[-1] == "resumen-apresto-laboral-niquen.pdf"
    assert viewer == [sheet_pdf, certificates, summary] and summary.exists()


def test_certificates_nobody_earned_are_refused_before_asking_where_to_save(
    qtbot, window, workspace, person_data, viewer, monkeypatch, when_modal
):
    from tests.ui.test_workshops_ui import open_workshop, people, workshop

    workshop_id = workshop(workspace, sessions=2)
    for person in people(workspace, person_data):
        workspace.workshops.enroll(workshop_id, person)
    asked: list[str] = []
    monkeypatch.setattr(documents, "ask_save_path", lambda _p, _t, name: asked.append(name))
    said: list[str] = []

    def read_and_close(box) -> None:
        said.append(box.text())
        box.accept()

    when_modal(QMessageBox, read_and_close)
    view = open_workshop(qtbot, window, workshop_id)
    view.certificates_button.click()
    qtbot.waitUntil(lambda: said != [], timeout=5000)
    assert said == ["Nadie ha completado este taller todavía."]
    assert asked == [] and window.workshops_area.jobs == [] and viewer == []
