"""The one page template (DESIGN.md §6), read back from the PDF it writes with pypdf."""

from __future__ import annotations

import struct
import zlib
from datetime import datetime
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from omil_desktop.reports.template import (
    Letterhead,
    Paper,
    Report,
    table,
    text,
)

LETTERHEAD = Letterhead(
    municipality="Ilustre Municipalidad de Ñiquén",
    office="OMIL Ñiquén · Región de Ñuble",
)
GENERATED = datetime(2026, 11, 29, 10, 45)
PEOPLE = [(f"{n}", f"Peña Núñez, María José {n}", "12.345.678-5") for n in range(1, 121)]


def render(paper: Paper = Paper.LETTER, letterhead: Letterhead = LETTERHEAD) -> tuple[bytes, int]:
    report = Report("Hoja de asistencia", letterhead, generated=GENERATED, paper=paper)

    def story():
        return [
            text("Taller de apresto laboral: entrevista de trabajo\nSesión 2 · Sede vecinal"),
            table(
                ["N°", "Nombre", "RUT", "Firma"],
                [[n, name, rut, ""] for n, name, rut in PEOPLE],
                report.columns(0.6, 4, 2, 3),
            ),
        ]

    out = BytesIO()
    pages = report.build(story, out)
    return out.getvalue(), pages


def test_every_page_has_the_header_the_page_number_and_the_date():
    pdf, pages = render()
    reader = PdfReader(BytesIO(pdf))

    assert pages == len(reader.pages) > 2
    for number, page in enumerate(reader.pages, start=1):
        words = page.extract_text()
        assert "Ilustre Municipalidad de Ñiquén" in words
        assert "OMIL Ñiquén · Región de Ñuble" in words
        assert "Hoja de asistencia" in words
        assert f"Página {number} de {pages}" in words
        assert "Generado el 29-11-2026 10:45" in words
        assert "N°\nNombre\nRUT\nFirma\n" in words  # the table's header, on every page
    everything = "".join(page.extract_text() for page in reader.pages)
    assert all(f"Peña Núñez, María José {n}\n" in everything for n in (1, 60, 120))


def test_the_font_is_embedded_and_the_same_inputs_give_the_same_bytes():
    first, _ = render()
    second, _ = render()

    assert first == second
    reader = PdfReader(BytesIO(first))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    described = [fonts[name].get_object().get("/FontDescriptor") for name in fonts]
    assert all(d is not None and "/FontFile2" in d for d in described)  # all embedded TrueType
    assert {str(d["/FontName"]).split("+")[1] for d in described} == {
        "DejaVuSans",
        "DejaVuSans-Bold",
    }


@pytest.mark.parametrize(("paper", "size"), [(Paper.LETTER, LETTER), (Paper.A4, A4)])
def test_carta_by_default_and_a4_on_request(paper, size):
    pdf, _ = render(paper)
    box = PdfReader(BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(size[0]), round(size[1]))


def png(width: int, height: int) -> bytes:
    """A small plain PNG (a municipality's logo)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x20\x60\xa0" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_the_logo_chosen_in_the_settings_is_on_every_page(tmp_path):
    logo = tmp_path / "escudo.png"
    logo.write_bytes(png(40, 50))
    with_logo, pages = render(
        letterhead=Letterhead(LETTERHEAD.municipality, LETTERHEAD.office, logo)
    )
    without, _ = render()

    reader = PdfReader(BytesIO(with_logo))
    assert all(len(page.images) == 1 for page in reader.pages)
    assert all(len(page.images) == 0 for page in PdfReader(BytesIO(without)).pages)
    missing = Letterhead(LETTERHEAD.municipality, LETTERHEAD.office, tmp_path / "no-existe.png")
    assert render(letterhead=missing)[1] == pages  # a logo moved away: printed without it


def test_text_is_never_read_as_markup():
    report = Report("Prueba", LETTERHEAD, generated=GENERATED)
    out = BytesIO()
    report.build(lambda: [text("Ana <b>Soto</b> & Cía. <br/>")], out)
    assert (
        "Ana <b>Soto</b> & Cía. <br/>" in PdfReader(BytesIO(out.getvalue())).pages[0].extract_text()
    )
