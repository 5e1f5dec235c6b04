"""The workshop renderers on plain data (no database): what they print of long texts, and the
hours of a workshop."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

from pypdf import PdfReader

from omil_desktop.reports.template import Letterhead
from omil_desktop.reports.workshops import (
    AttendanceSheet,
    SessionFacts,
    Signer,
    WorkshopFacts,
    attendance_sheet,
    duration_text,
)

LETTERHEAD = Letterhead("Municipalidad de Ñiquén", "OMIL Ñiquén · Región de Ñuble")


def sheet(name: str, people: int = 3) -> list[str]:
    session = SessionFacts(1, date(2026, 11, 3), "09:00", "10:30", "Escuela Básica Zemita")
    workshop = WorkshopFacts(
        name, "Currículum vitae", "Íñigo Ñanco", "", date(2026, 11, 3), date(2026, 11, 3),
        (session,),
    )  # fmt: skip
    out = BytesIO()
    attendance_sheet(
        AttendanceSheet(
            workshop, session, tuple(Signer(f"Persona {n}", "") for n in range(people))
        ),
        LETTERHEAD,
        out,
        generated=datetime(2026, 11, 3, 8, 0),
    )
    return [page.extract_text() for page in PdfReader(BytesIO(out.getvalue())).pages]


def test_a_long_workshop_name_wraps_in_the_header_of_every_page():
    name = "Taller de apresto laboral para mujeres jefas de hogar de Ñiquén, San Gregorio y Zemita"
    pages = sheet(name, people=40)
    assert len(pages) >= 2
    for page in pages:
        assert name in " ".join(page.split())  # whole, on two lines
        assert "Sesión 1 de 1 · martes 03-11-2026 · 09:00 a 10:30" in page


def test_a_name_longer_than_two_lines_ends_with_an_ellipsis():
    name = "Apresto laboral " * 20
    page = " ".join(sheet(name.strip())[0].split())
    assert "…" in page and "Sesión 1 de 1" in page


def test_durations_in_words():
    assert duration_text(12 * 60) == "12 horas"
    assert duration_text(90) == "1 hora y 30 minutos"
    assert duration_text(45) == "45 minutos"
    assert duration_text(61) == "1 hora y 1 minuto"
    assert SessionFacts(1, date(2026, 1, 1), "09:30", "12:15", "").minutes == 165
