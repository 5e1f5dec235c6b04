"""The one page template of every printed document (DESIGN.md §6).

Every page carries the municipality and office header (with the office's logo when it has one),
the document's title, "Página X de Y" and the generation date. Tables repeat their header row on
every page. The text is set in DejaVu Sans, embedded in the PDF (``resources/fonts``, with its
licence), so accents and ñ print the same on any PC. The same inputs give the same bytes
(``rl_config.invariant``): a document can be made again and compared.

Carta (letter) by default, as Chilean municipalities print; A4 on request.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from importlib import resources
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate, Table, TableStyle

from omil_desktop.domain.dates import format_date

rl_config.invariant = 1  # no creation time or random ids in the file: same inputs, same bytes

FONT = "OmilSans"
FONT_BOLD = "OmilSans-Bold"
MARGIN = 18 * mm
HEADER_HEIGHT = 26 * mm
FOOTER_HEIGHT = 10 * mm
LOGO_HEIGHT = 13 * mm


class Paper(StrEnum):
    LETTER = "carta"
    A4 = "a4"

    @property
    def label(self) -> str:
        return {"carta": "Carta", "a4": "A4"}[self.value]

    @property
    def size(self) -> tuple[float, float]:
        return LETTER if self is Paper.LETTER else A4


@dataclass(frozen=True)
class Letterhead:
    """Who prints: the municipality and its office, as the page header shows them."""

    municipality: str
    """``Ilustre Municipalidad de Palena``."""
    office: str
    """``Oficina Municipal de Información Laboral (OMIL) · Palena, Región de Los Lagos``."""
    logo: Path | None = None
    """The municipality's logo (PNG or JPEG), chosen once in the settings; None: no logo."""


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    fonts = resources.files("omil_desktop.resources") / "fonts"
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, BytesIO((fonts / file).read_bytes())))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)


_register_fonts()

BODY = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
HEADING = ParagraphStyle("heading", parent=BODY, fontName=FONT_BOLD, fontSize=12, leading=15)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11)
CELL_HEADER = ParagraphStyle("cell_header", parent=CELL, fontName=FONT_BOLD)


def text(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text (never read as markup; line breaks kept)."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float] | None = None,
) -> Table:
    """A table whose header row repeats on every page; long cells wrap inside their column.

    ``widths``: fractions of the page's text width (they need not add up to 1), or None for
    equal columns.
    """
    cells: list[list[Any]] = [[text(h, CELL_HEADER) for h in header]]
    cells += [[text(v, CELL) if isinstance(v, str) else v for v in row] for row in rows]
    result = Table(cells, colWidths=list(widths) if widths else None, repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # also what the table sets for itself
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return result


class Report:
    """One document on the template: ``Report(title, letterhead).build(story, out)``."""

    def __init__(
        self,
        title: str,
        letterhead: Letterhead,
        *,
        generated: datetime,
        paper: Paper = Paper.LETTER,
        subject: str = "",
    ) -> None:
        self.title = title
        self.letterhead = letterhead
        self.generated = generated
        self.paper = paper
        self.subject = subject
        self._pages = 0
        width, height = paper.size
        self.text_width = width - 2 * MARGIN
        self.text_height = height - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT

    def columns(self, *fractions: float) -> list[float]:
        """Column widths in points from fractions of the text width."""
        total = sum(fractions)
        return [self.text_width * f / total for f in fractions]

    def build(self, story: Callable[[], list[Flowable]], out: BinaryIO | Path) -> int:
        """Lay out the flowables ``story()`` makes on the template into ``out``; return the
        number of pages.

        Laid out twice (a layout uses its flowables up, hence the callable): first to count the
        pages, then for good, each footer saying "Página X de Y".
        """
        self._pages = 0
        self._pages = self._lay_out(story(), BytesIO())
        return self._lay_out(story(), out)

    def _lay_out(self, story: list[Flowable], out: BinaryIO | Path) -> int:
        width, height = self.paper.size
        document = SimpleDocTemplate(
            out if not isinstance(out, Path) else str(out),
            pagesize=(width, height),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT,
            bottomMargin=MARGIN + FOOTER_HEIGHT,
            title=self.title,
            author=self.letterhead.office,
            subject=self.subject,
            creator="OMIL Desktop",
            initialFontName=FONT,  # not Helvetica: every font in the file is the embedded one
        )
        document.build(story, onFirstPage=self._decorate, onLaterPages=self._decorate)
        return int(document.page)

    def _decorate(self, canvas: Canvas, _document: SimpleDocTemplate) -> None:
        width, height = self.paper.size
        top = height - MARGIN
        left = MARGIN
        canvas.saveState()
        logo = self.letterhead.logo
        if logo is not None and logo.is_file():
            image = Image(str(logo))
            scale = LOGO_HEIGHT / float(image.imageHeight)
            canvas.drawImage(
                str(logo),
                left,
                top - LOGO_HEIGHT,
                width=image.imageWidth * scale,
                height=LOGO_HEIGHT,
                mask="auto",
            )
            left += image.imageWidth * scale + 4 * mm
        canvas.setFont(FONT_BOLD, 10)
        canvas.drawString(left, top - 4 * mm, self.letterhead.municipality)
        canvas.setFont(FONT, 8)
        canvas.drawString(left, top - 8 * mm, self.letterhead.office)
        canvas.setFont(FONT_BOLD, 13)
        canvas.drawString(MARGIN, top - HEADER_HEIGHT + 5 * mm, self.title)
        canvas.setLineWidth(0.6)
        rule = top - HEADER_HEIGHT + 3 * mm
        canvas.line(MARGIN, rule, width - MARGIN, rule)
        canvas.line(MARGIN, MARGIN - 2 * mm, width - MARGIN, MARGIN - 2 * mm)
        canvas.setFont(FONT, 8)
        moment = f"{format_date(self.generated.date())} {self.generated:%H:%M}"
        canvas.drawString(MARGIN, MARGIN - 6 * mm, f"Generado el {moment} con OMIL Desktop")
        number = canvas.getPageNumber()
        page = f"Página {number} de {self._pages}" if self._pages else f"Página {number}"
        canvas.drawRightString(width - MARGIN, MARGIN - 6 * mm, page)
        canvas.restoreState()
