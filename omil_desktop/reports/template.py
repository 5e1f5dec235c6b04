"""The one page template of every printed document (DESIGN.md §6).

Every page carries the municipality and office header (with the office's logo when it has one),
the document's title, "Página X de Y" and the generation date. Tables repeat their header row on
every page. The text is set in DejaVu Sans, embedded in the PDF (``resources/fonts``, with its
licence), so accents and ñ print the same on any PC. The same inputs give the same bytes
(``rl_config.invariant``): a document can be made again and compared.

Carta (letter) by default, as Chilean municipalities print; A4 on request.

The pages are laid out once: the page numbers ("de Y") are written when the last page is known
(:class:`_NumberedCanvas`), and the logo is one image in the file however many pages show it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from omil_desktop.domain.dates import MONTH_NAMES, WEEKDAYS, format_date
from omil_desktop.domain.texts import translate
from omil_desktop.reports.paper import Paper

__all__ = ["Letterhead", "Paper", "Progress", "Report", "long_date", "table", "text", "weekday"]

rl_config.invariant = 1  # no creation time or random ids in the file: same inputs, same bytes
rl_config.useA85 = 0  # binary streams: no ASCII85 text (a quarter bigger, and encoded in pure
# Python: seconds for the scanned receipts of a rendición's annex)

FONT = "OmilSans"
FONT_BOLD = "OmilSans-Bold"
MARGIN = 18 * mm
HEADER_HEIGHT = 26 * mm
FOOTER_HEIGHT = 10 * mm
FRAME_PADDING = 6  # points: what a ReportLab frame leaves around its text by default
SUBTITLE_SIZE = 9
SUBTITLE_LEADING = 4.5 * mm
SUBTITLE_MAX_LINES = 2
"""Lines a subtitle may take in the header; a longer one ends in «…»."""
LOGO_HEIGHT = 13 * mm
LOGO_MAX_WIDTH = 40 * mm
_LOGO_FORM = "OmilLogo"

Progress = Callable[[int, int], None]
"""``progress(done, total)``: pages laid out so far, of about ``total`` (exact at the end)."""


@dataclass(frozen=True)
class Letterhead:
    """Who prints: the municipality and its office, as the page header shows them."""

    municipality: str
    """``Ilustre Municipalidad de Palena``."""
    office: str
    """``Oficina Municipal de Información Laboral (OMIL) · Palena, Región de Los Lagos``."""
    logo: bytes | Path | None = None
    """The municipality's logo (PNG or JPEG: its bytes, as the office's settings keep it, or a
    file), printed at the header's left keeping its proportions; None: no logo. A file that is
    gone is left out."""


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


def weekday(day: date) -> str:
    """``martes 03-11-2026``: the day of the week and the date, as a document prints them."""
    return f"{WEEKDAYS[day.weekday()]} {format_date(day)}"


def long_date(day: date) -> str:
    """``3 de noviembre de 2026`` (the date under a signature)."""
    return translate("reports.template", "{day} de {value} de {year}").format(
        day=day.day, value=MONTH_NAMES[day.month - 1], year=day.year
    )


def text(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text (never read as markup; line breaks kept)."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float] | None = None,
    *,
    style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table whose header row repeats on every page; long cells wrap inside their column.

    ``widths``: column widths in points (see :meth:`Report.columns`), or None for equal
    columns. ``style``: more ReportLab table commands (alignment of a column…).
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
                *style,
            ]
        )
    )
    return result


class _NumberedCanvas(Canvas):
    """Keeps each finished page until the document ends, then writes them all with
    "Página X de Y" (Y known only then): one layout instead of two."""

    report: Report

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own page reset

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self.report._number_page(self, total)
            super().showPage()
        super().save()


class Report:
    """One document on the template: ``Report(title, letterhead).build(story, out)``.

    ``subtitle``: lines printed under the title on every page (the workshop and session of a
    sign-in sheet), each cut with «…» when longer than the page. ``page_numbers``: False for
    documents of one page each handed to different people (certificates), whose footer then
    has the generation date alone.
    """

    def __init__(
        self,
        title: str,
        letterhead: Letterhead,
        *,
        generated: datetime,
        paper: Paper = Paper.LETTER,
        subject: str = "",
        subtitle: Sequence[str] = (),
        page_numbers: bool = True,
    ) -> None:
        self.title = title
        self.letterhead = letterhead
        self.generated = generated
        self.paper = paper
        self.subject = subject
        self.page_numbers = page_numbers
        width, height = paper.size
        self.text_width = width - 2 * MARGIN
        self.subtitle = _wrap(subtitle, self.text_width)
        self.header_height = HEADER_HEIGHT + SUBTITLE_LEADING * len(self.subtitle)
        self.text_height = height - 2 * MARGIN - self.header_height - FOOTER_HEIGHT
        self._logo: ImageReader | None = None
        self._progress: Progress | None = None
        self._expected = 0

    def columns(self, *fractions: float) -> list[float]:
        """Column widths in points from fractions of the text width."""
        total = sum(fractions)
        return [self.text_width * f / total for f in fractions]

    def build(
        self,
        story: Callable[[], list[Flowable]],
        out: BinaryIO | Path,
        *,
        progress: Progress | None = None,
        expected_pages: int = 0,
    ) -> int:
        """Lay out the flowables ``story()`` makes on the template into ``out``; return the
        number of pages.

        ``progress(done, total)`` is called as each page is begun and once at the end
        (``done == total``); ``total`` is ``expected_pages`` (the caller's estimate) until the
        layout goes past it.
        """
        self._logo = self._read_logo()
        self._progress = progress
        self._expected = expected_pages
        width, height = self.paper.size
        document = SimpleDocTemplate(
            out if not isinstance(out, Path) else str(out),
            pagesize=(width, height),
            # The frame pads its text by FRAME_PADDING: text and tables line up with the header.
            leftMargin=MARGIN - FRAME_PADDING,
            rightMargin=MARGIN - FRAME_PADDING,
            topMargin=MARGIN + self.header_height - FRAME_PADDING,
            bottomMargin=MARGIN + FOOTER_HEIGHT - FRAME_PADDING,
            title=self.title,
            author=self.letterhead.office,
            subject=self.subject,
            creator=translate("reports.template", "OMIL Desktop"),
            initialFontName=FONT,  # not Helvetica: every font in the file is the embedded one
        )
        report = self

        class Numbered(_NumberedCanvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self.report = report

        document.build(
            story(), onFirstPage=self._decorate, onLaterPages=self._decorate, canvasmaker=Numbered
        )
        pages = int(document.page)
        if progress is not None:
            progress(pages, pages)
        return pages

    def _read_logo(self) -> ImageReader | None:
        logo = self.letterhead.logo
        if logo is None or (isinstance(logo, Path) and not logo.is_file()):
            return None
        return ImageReader(BytesIO(logo) if isinstance(logo, bytes) else str(logo))

    def _draw_logo(self, canvas: Canvas, x: float, y: float) -> float:
        """The logo with its bottom-left corner at (x, y), LOGO_HEIGHT high (narrower when it
        would be wider than LOGO_MAX_WIDTH), kept in the file once; returns its width."""
        assert self._logo is not None
        pixels_wide, pixels_high = self._logo.getSize()
        scale = min(LOGO_HEIGHT / pixels_high, LOGO_MAX_WIDTH / pixels_wide)
        width, height = pixels_wide * scale, pixels_high * scale
        if not canvas.hasForm(_LOGO_FORM):
            canvas.beginForm(_LOGO_FORM)
            canvas.drawImage(self._logo, 0, 0, width=width, height=height, mask="auto")
            canvas.endForm()
        canvas.saveState()
        canvas.translate(x, y + (LOGO_HEIGHT - height) / 2)
        canvas.doForm(_LOGO_FORM)
        canvas.restoreState()
        return width

    def _decorate(self, canvas: Canvas, _document: SimpleDocTemplate) -> None:
        number = canvas.getPageNumber()
        if self._progress is not None:
            self._progress(number - 1, max(self._expected, number))
        width, height = self.paper.size
        top = height - MARGIN
        left = MARGIN
        canvas.saveState()
        if self._logo is not None:
            left += self._draw_logo(canvas, left, top - LOGO_HEIGHT) + 4 * mm
        canvas.setFont(FONT_BOLD, 10)
        canvas.drawString(left, top - 4 * mm, self.letterhead.municipality)
        canvas.setFont(FONT, 8)
        canvas.drawString(left, top - 8 * mm, self.letterhead.office)
        canvas.setFont(FONT_BOLD, 13)
        baseline = top - HEADER_HEIGHT + 5 * mm
        canvas.drawString(MARGIN, baseline, self.title)
        canvas.setFont(FONT, SUBTITLE_SIZE)
        for line in self.subtitle:
            baseline -= SUBTITLE_LEADING
            canvas.drawString(MARGIN, baseline, line)
        canvas.setLineWidth(0.6)
        rule = baseline - 2 * mm
        canvas.line(MARGIN, rule, width - MARGIN, rule)
        canvas.line(MARGIN, MARGIN - 2 * mm, width - MARGIN, MARGIN - 2 * mm)
        canvas.setFont(FONT, 8)
        moment = f"{format_date(self.generated.date())} {self.generated:%H:%M}"
        canvas.drawString(
            MARGIN,
            MARGIN - 6 * mm,
            translate("reports.template", "Generado el {moment} con OMIL Desktop").format(
                moment=moment
            ),
        )
        canvas.restoreState()

    def _number_page(self, canvas: Canvas, total: int) -> None:
        """ "Página X de Y" on a finished page, once the number of pages is known."""
        if not self.page_numbers:
            return
        width, _height = self.paper.size
        canvas.saveState()
        canvas.setFont(FONT, 8)
        page = translate("reports.template", "Página {getPageNumber} de {total}").format(
            getPageNumber=canvas.getPageNumber(), total=total
        )
        canvas.drawRightString(width - MARGIN, MARGIN - 6 * mm, page)
        canvas.restoreState()


def _wrap(lines: Sequence[str], width: float) -> tuple[str, ...]:
    """Each of ``lines`` broken to ``width`` points, on SUBTITLE_MAX_LINES at most."""
    wrapped: list[str] = []
    for line in lines:
        parts = simpleSplit(line, FONT, SUBTITLE_SIZE, width) or [""]
        if len(parts) > SUBTITLE_MAX_LINES:
            rest = " ".join(parts[SUBTITLE_MAX_LINES - 1 :])
            parts = [*parts[: SUBTITLE_MAX_LINES - 1], _fit(rest, FONT, SUBTITLE_SIZE, width)]
        wrapped += parts
    return tuple(wrapped)


def _fit(line: str, font: str, size: float, width: float) -> str:
    """``line``, cut with «…» when it is wider than ``width`` points."""
    if pdfmetrics.stringWidth(line, font, size) <= width:
        return line
    while line and pdfmetrics.stringWidth(line + "…", font, size) > width:
        line = line[:-1]
    return line.rstrip() + "…"
