"""The printed documents of the FOMIL agreement (issue 10): the monthly rendición de gastos, with
its optional annex of supporting documents, and the valorización (cost of each service).

They take plain domain values (:class:`MonthStatement`, :class:`Valuation`, computed by
``services/rendition.py``) and print them on the one page template; nothing here reads the
database.

The rendición, in the order an auditor checks it: the agreement; the month's summary (saldo
anterior + ingresos − gastos con fondos SENCE = saldo para el mes siguiente; the municipal
contribution apart, since it does not move the SENCE balance); the installments received; the
expenses paid with SENCE funds and, in a second table, those paid by the municipality, each with
its total; each budget line against its budget and what is executed to date (SENCE and municipal
apart); the signatures. A month not closed yet prints «BORRADOR — mes no cerrado» in the header
of every page and above the summary.

The annex prints one supporting document per page, each page on the template with its caption.
A JPEG or PNG is drawn scaled to fit the page (a phone photo turned as its EXIF says). A PDF
receipt prints **every page** it has, one per annex page (a factura of two pages is two pages of
the annex): the template lays out an empty box for each, and once the document is laid out
(so «Página X de Y» already counts them) each receipt page is merged, scaled, into its box with
pypdf, clipped to its own page. A file that cannot be read (damaged, not what its type says,
missing) prints a page that says so, never an error. The same inputs give the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.money import format_clp
from omil_desktop.domain.rendition import (
    AnnexItem,
    ExpenseRow,
    Funding,
    LineTotals,
    MonthStatement,
    Valuation,
)
from omil_desktop.domain.texts import translate
from omil_desktop.reports.template import (
    BODY,
    CELL,
    CELL_HEADER,
    FONT,
    FONT_BOLD,
    HEADING,
    SMALL,
    Letterhead,
    Paper,
    Progress,
    Report,
    table,
    text,
)

__all__ = [
    "DRAFT_MARK",
    "SIGNERS",
    "UNREADABLE",
    "rendition",
    "valuation",
]

TITLE = "Rendición de gastos FOMIL"
VALUATION_TITLE = "Valorización de los servicios"
DRAFT_MARK = "BORRADOR — mes no cerrado"
SIGNERS = ("Encargado(a) OMIL", "DIDECO / Finanzas", "Alcalde(sa)")
UNREADABLE = "No se pudo leer este documento de respaldo"
_DAMAGED = "El archivo está dañado: adjunte el documento original en papel."
NONE = "—"

ROWS_PER_PAGE = 30
"""About how many expenses a page holds (for the progress bar's estimate only)."""

_ROW = ParagraphStyle("rendition_row", parent=CELL, fontSize=7.5, leading=9)
_ROW_RIGHT = ParagraphStyle("rendition_row_right", parent=_ROW, alignment=TA_RIGHT)
_ROW_BOLD = ParagraphStyle("rendition_row_bold", parent=_ROW, fontName=FONT_BOLD)
_ROW_BOLD_RIGHT = ParagraphStyle("rendition_row_bold_right", parent=_ROW_BOLD, alignment=TA_RIGHT)
_CELL_RIGHT = ParagraphStyle("rendition_cell_right", parent=CELL, alignment=TA_RIGHT)
_CELL_BOLD = ParagraphStyle("rendition_cell_bold", parent=CELL, fontName=FONT_BOLD)
_CELL_BOLD_RIGHT = ParagraphStyle(
    "rendition_cell_bold_right", parent=_CELL_BOLD, alignment=TA_RIGHT
)
_DRAFT = ParagraphStyle(
    "rendition_draft", parent=BODY, fontName=FONT_BOLD, textColor=colors.HexColor("#b00020")
)
_SIGNATURE = ParagraphStyle("rendition_signature", parent=CELL, alignment=TA_CENTER)
_CAPTION = ParagraphStyle("rendition_caption", parent=BODY, fontSize=9, leading=12)

_CELL_PADDING = 3
_ROW_PADDING = 3
"""Above and below a cell's text (the template's tables)."""
_NARROW = [
    ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
]
_TOTAL_ROW = [("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f2f2"))]


def _marked(label: str, value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """«**Período de ejecución:** 01-01-2026 al 31-12-2026» (never read as markup)."""
    return Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", style)


def _heading(title: str) -> list[Flowable]:
    return [text(title, HEADING), Spacer(1, 2 * mm)]


def _part(title: str, *content: Flowable) -> list[Flowable]:
    """A heading kept on the page of the first lines of what follows it."""
    return [Spacer(1, 5 * mm), CondPageBreak(30 * mm), *_heading(title), *content]


def _period(first: Any, last: Any) -> str:
    return f"{format_date(first)} al {format_date(last)}"


# -- the rendición -----------------------------------------------------------------------------


def rendition(
    statement: MonthStatement,
    letterhead: Letterhead,
    out: BinaryIO | Path,
    *,
    generated: datetime,
    paper: Paper = Paper.LETTER,
    officer: str = "",
    progress: Progress | None = None,
) -> int:
    """The month's rendición de gastos (and its annex, when ``statement.annex`` has documents)
    into ``out``; returns its number of pages.

    ``officer``: the encargado(a) OMIL's name, printed under their signature line.
    """
    s = statement
    a = s.agreement
    subtitle = [
        translate("reports.rendition", "Mes rendido: {label}").format(label=s.month.label)
        + ("" if s.closed else f" · {DRAFT_MARK}"),
        translate(
            "reports.rendition",
            "Convenio FOMIL {year} · Resolución N° {resolution_number} del {date}",
        ).format(
            year=a.year, resolution_number=a.resolution_number, date=format_date(a.resolution_date)
        ),
    ]
    report = Report(
        TITLE,
        letterhead,
        generated=generated,
        paper=paper,
        subject=translate("reports.rendition", "Rendición de gastos FOMIL, {label}").format(
            label=s.month.label
        ),
        subtitle=subtitle,
    )
    annex = _Annex(s.annex, report)

    def story() -> list[Flowable]:
        flowables: list[Flowable] = []
        if not s.closed:
            flowables += [
                text(
                    translate(
                        "reports.rendition",
                        "{DRAFT_MARK}: sus gastos aún pueden cambiar. Cierre el mes para rendirlo "
                        "con este documento.",
                    ).format(DRAFT_MARK=DRAFT_MARK),
                    _DRAFT,
                ),
                Spacer(1, 3 * mm),
            ]
        flowables += _agreement(s, report)
        flowables += _summary(s, report)
        flowables += _incomes(s, report)
        sence = [row for row in s.expenses if row.funding is Funding.SENCE]
        municipal = [row for row in s.expenses if row.funding is Funding.MUNICIPAL]
        flowables += _part(
            translate("reports.rendition", "Gastos del mes con fondos SENCE"),
            _expenses(
                sence,
                translate("reports.rendition", "Total gastos con fondos SENCE del mes"),
                report,
            ),
        )
        flowables += _part(
            translate("reports.rendition", "Gastos del mes con aporte municipal"),
            _expenses(
                municipal,
                translate("reports.rendition", "Total gastos con aporte municipal del mes"),
                report,
            ),
        )
        flowables += [
            Spacer(1, 5 * mm),
            KeepTogether(
                [
                    *_heading(translate("reports.rendition", "Ejecución por ítem: fondos SENCE")),
                    _lines(s.lines, Funding.SENCE, report),
                ]
            ),
        ]
        # The signatures never stand alone on a page: they go with the last table.
        flowables += [
            Spacer(1, 5 * mm),
            KeepTogether(
                [
                    *_heading(
                        translate("reports.rendition", "Ejecución por ítem: aporte municipal")
                    ),
                    _lines(s.lines, Funding.MUNICIPAL, report),
                    *_signatures(officer, report),
                ]
            ),
        ]
        flowables += annex.story()
        return flowables

    expected = 3 + len(s.expenses) // ROWS_PER_PAGE + annex.pages
    if not annex.placements_expected:
        return report.build(story, out, progress=progress, expected_pages=expected)
    laid_out = BytesIO()
    pages = report.build(story, laid_out, progress=progress, expected_pages=expected)
    annex.merge(laid_out.getvalue(), out)
    return pages


def _agreement(s: MonthStatement, report: Report) -> list[Flowable]:
    """The agreement's data, in a grid of label and value pairs."""
    a = s.agreement

    def label(value: str) -> Paragraph:
        return text(value, _CELL_BOLD)

    facts = Table(
        [
            [
                label(translate("reports.rendition", "Convenio")),
                text(translate("reports.rendition", "FOMIL {year}").format(year=a.year), CELL),
                label(translate("reports.rendition", "Monto transferido por SENCE")),
                text(format_clp(a.transfer_amount), _CELL_RIGHT),
            ],
            [
                label(translate("reports.rendition", "Resolución aprobatoria")),
                text(
                    translate("reports.rendition", "N° {resolution_number} del {date}").format(
                        resolution_number=a.resolution_number, date=format_date(a.resolution_date)
                    ),
                    CELL,
                ),
                label(
                    translate("reports.rendition", "Recibido de SENCE al {date}").format(
                        date=format_date(s.month.last_day)
                    )
                ),
                text(format_clp(a.received_to_date), _CELL_RIGHT),
            ],
            [
                label(translate("reports.rendition", "Período de ejecución")),
                text(_period(a.starts_on, a.ends_on), CELL),
                label(translate("reports.rendition", "Aporte municipal comprometido")),
                text(format_clp(a.municipal_contribution), _CELL_RIGHT),
            ],
        ],
        colWidths=report.columns(1.05, 1.45, 1.5, 0.9),
    )
    facts.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2")),
                ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f2f2f2")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return _part(translate("reports.rendition", "Convenio"), facts)


def _summary(s: MonthStatement, report: Report) -> list[Flowable]:
    """The month's balance of the SENCE funds, line by line, and the municipal spending apart."""
    rows: list[Sequence[str | Flowable]] = [
        [
            text(translate("reports.rendition", "Saldo anterior"), CELL),
            text(format_clp(s.opening_balance), _CELL_RIGHT),
        ],
        [
            text(translate("reports.rendition", "(+) Ingresos del mes"), CELL),
            text(format_clp(s.income_total), _CELL_RIGHT),
        ],
        [
            text(translate("reports.rendition", "(−) Gastos del mes con fondos SENCE"), CELL),
            text(format_clp(s.sence_spent), _CELL_RIGHT),
        ],
        [
            text(translate("reports.rendition", "(=) Saldo para el mes siguiente"), _CELL_BOLD),
            text(format_clp(s.closing_balance), _CELL_BOLD_RIGHT),
        ],
    ]
    balance = table(
        ["Fondos SENCE", "Monto"],
        rows,
        report.columns(3, 1.2),
        style=[("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f2f2"))],
    )
    municipal = table(
        ["Aporte municipal (no forma parte del saldo SENCE)", "Monto"],
        [
            [
                text("Gastos del mes con aporte municipal", CELL),
                text(format_clp(s.municipal_spent), _CELL_RIGHT),
            ]
        ],
        report.columns(3, 1.2),
    )
    return _part(
        translate("reports.rendition", "Resumen de {label}").format(label=s.month.label),
        KeepTogether([balance, Spacer(1, 3 * mm), municipal]),
    )


def _incomes(s: MonthStatement, report: Report) -> list[Flowable]:
    rows: list[Sequence[str | Flowable]] = [
        [
            format_date(row.received_on),
            row.voucher_number,
            text(format_clp(row.amount), _CELL_RIGHT),
        ]
        for row in s.incomes
    ]
    if not rows:
        rows = [
            [
                "—",
                translate("reports.rendition", "Sin transferencias recibidas en el mes"),
                text(format_clp(0), _CELL_RIGHT),
            ]
        ]
    rows.append(
        [
            text(translate("reports.rendition", "Total ingresos del mes"), _CELL_BOLD),
            "",
            text(format_clp(s.income_total), _CELL_BOLD_RIGHT),
        ]
    )
    return _part(
        translate("reports.rendition", "Ingresos del mes (transferencias de SENCE)"),
        table(
            ["Fecha", "Comprobante de ingreso N°", "Monto"],
            rows,
            report.columns(1.2, 3, 1.2),
            style=[("SPAN", (0, -1), (1, -1)), *_TOTAL_ROW],
        ),
    )


EXPENSE_HEADER = (
    "N°",
    "Fecha",
    "Documento",
    "RUT proveedor",
    "Proveedor",
    "Descripción",
    "Ítem",
    "Monto",
)
_EXPENSE_COLUMNS = (22, 52, 66, 60, 75, 105, 58, 55)
"""Points at A4 (its text is 493 points wide; carta's is a little wider): a date, a RUT and
«$123.456.789» fit on one line at 7.5 points, and each header word on its line."""


def _expenses(rows: Sequence[ExpenseRow], total_label: str, report: Report) -> Flowable:
    """One funding's expenses, in date order, numbered, with their total as the last row."""
    widths = report.columns(*_EXPENSE_COLUMNS)
    room = [width - 2 * _CELL_PADDING for width in widths]
    cells: list[list[Flowable]] = []
    for number, row in enumerate(rows, start=1):
        values = (
            str(number),
            format_date(row.spent_on),
            row.document,
            row.supplier_rut,
            row.supplier_name,
            row.description,
            row.budget_line,
            format_clp(row.amount),
        )
        cells.append(
            [
                _cell(value, room[column], right=column in (0, 7))
                for column, value in enumerate(values)
            ]
        )
    marked: list[tuple[int, str, int, tuple[Any, ...]]] = []
    if not cells:
        cells.append(
            [
                text(translate("reports.rendition", "Sin gastos en el mes."), _ROW),
                *[Spacer(0, 0)] * 7,
            ]
        )
        marked.append((0, "SPAN", -1, ()))
    total = sum(row.amount for row in rows)
    cells.append(
        [
            Paragraph(
                escape(
                    translate(
                        "reports.rendition", "{total} (%Ln documento(s))", None, len(rows)
                    ).format(total=total_label)
                ),
                _ROW_BOLD,
            ),
            *[Spacer(0, 0)] * 6,
            _cell(format_clp(total), room[7], right=True, bold=True),
        ]
    )
    last = len(cells) - 1
    marked += [
        (last, "SPAN", -2, ()),
        (last, "BACKGROUND", -1, (colors.HexColor("#f2f2f2"),)),
    ]
    return _PagedTable(EXPENSE_HEADER, cells, widths, marked)


class _PagedTable(Flowable):
    """A long table laid out a page at a time, its header on every page: each page's rows go
    to a table of their own (the template's), so a thousand rows cost a thousand rows, not a
    thousand times the rest of the table (ReportLab's split sizes up the remaining table again
    at every page).

    ``marked``: (row, command, last column, arguments) for a row's own style: a span from the
    first column to ``last``, or a background."""

    def __init__(
        self,
        header: Sequence[str],
        rows: list[list[Flowable]],
        widths: list[float],
        marked: list[tuple[int, str, int, tuple[Any, ...]]],
        start: int = 0,
    ) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.widths = widths
        self.marked = marked
        self.start = start
        self._heights: list[float] = []

    def _measure(self) -> None:
        if self._heights:
            return
        padding = 2 * _ROW_PADDING
        room = [w - 2 * _CELL_PADDING for w in self.widths]
        self._header_height = padding + max(
            text(h, CELL_HEADER).wrap(w, 1e6)[1] for h, w in zip(self.header, room, strict=True)
        )
        spanned = {row for row, command, _, _ in self.marked if command == "SPAN"}
        for index, row in enumerate(self.rows, start=self.start):
            if index in spanned:  # its first cell spans the row: as wide as the table
                height = row[0].wrap(sum(self.widths) - 2 * _CELL_PADDING, 1e6)[1]
            else:
                height = max(cell.wrap(w, 1e6)[1] for cell, w in zip(row, room, strict=True))
            self._heights.append(padding + height)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._measure()
        self.width = sum(self.widths)
        self.height = self._header_height + sum(self._heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._measure()
        room = available_height - self._header_height - 1  # a point to spare: never too tall
        fitting = 0
        for height in self._heights:
            if height > room:
                break
            room -= height
            fitting += 1
        if fitting == 0:
            return []  # on the next page
        rest = _PagedTable(
            self.header, self.rows[fitting:], self.widths, self.marked, self.start + fitting
        )
        rest._heights = self._heights[fitting:]
        rest._header_height = self._header_height
        return [self._table(self.rows[:fitting]), rest]

    def draw(self) -> None:
        whole = self._table(self.rows)
        whole.wrapOn(self.canv, self.width, self.height)
        whole.drawOn(self.canv, 0, 0)

    def _table(self, rows: list[list[Flowable]]) -> Table:
        style: list[tuple[Any, ...]] = [("VALIGN", (0, 1), (-1, -1), "TOP"), *_NARROW]
        for row, command, last, arguments in self.marked:
            if self.start <= row < self.start + len(rows):
                at = row - self.start + 1  # below the header
                style.append((command, (0, at), (last, at), *arguments))
        return table(self.header, rows, self.widths, style=style)


def _cell(value: str, width: float, *, right: bool = False, bold: bool = False) -> Flowable:
    """A cell of the expenses' table: its text broken into lines at spaces and drawn as plain
    strings (a thousand rows lay out several times faster than as paragraphs); a word wider
    than the column goes to a paragraph, which breaks it."""
    font = _ROW_BOLD.fontName if bold else _ROW.fontName
    lines = simpleSplit(value, font, _ROW.fontSize, width) or [""]
    widest = max(stringWidth(line, font, _ROW.fontSize) for line in lines)
    if widest > width and right and len(lines) == 1:
        # An amount is never broken: one too wide for its column is printed a little smaller.
        return _Lines(lines, right=True, size=_ROW.fontSize * width / widest, font=font)
    if widest > width:
        style = (
            (_ROW_BOLD_RIGHT if right else _ROW_BOLD) if bold else (_ROW_RIGHT if right else _ROW)
        )
        return Paragraph(escape(value), style)
    return _Lines(lines, right=right, font=font)


class _Lines(Flowable):
    """Lines of plain text in the expenses' font, at the left or the right of their cell."""

    def __init__(
        self, lines: list[str], *, right: bool, size: float | None = None, font: str = ""
    ) -> None:
        super().__init__()
        self.lines = lines
        self.right = right
        self.size = size or _ROW.fontSize
        self.font = font or _ROW.fontName

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, _ROW.leading * len(self.lines)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        baseline = self.height - _ROW.fontSize
        for line in self.lines:
            if self.right:
                canvas.drawRightString(self.width, baseline, line)
            else:
                canvas.drawString(0, baseline, line)
            baseline -= _ROW.leading


def _lines(lines: Sequence[LineTotals], funding: Funding, report: Report) -> Table:
    """Each budget line of one funding: its budget, the month's spending, what is executed to
    date and what is left (negative when overspent)."""

    def pick(line: LineTotals) -> tuple[int, int, int]:
        if funding is Funding.SENCE:
            return line.budget_sence, line.month_sence, line.to_date_sence
        return line.budget_municipal, line.month_municipal, line.to_date_municipal

    def money(amount: int, style: ParagraphStyle = _CELL_RIGHT) -> Paragraph:
        return text(format_clp(amount), style)

    rows: list[Sequence[str | Flowable]] = []
    totals = [0, 0, 0]
    for line in lines:
        budget, month, to_date = pick(line)
        totals = [totals[0] + budget, totals[1] + month, totals[2] + to_date]
        left = budget - to_date
        rows.append(
            [
                line.name,
                money(budget),
                money(month),
                money(to_date),
                text(format_clp(left) + (" (excedido)" if left < 0 else ""), _CELL_RIGHT),
            ]
        )
    budget, month, to_date = totals
    rows.append(
        [
            text(translate("reports.rendition", "Total"), _CELL_BOLD),
            money(budget, _CELL_BOLD_RIGHT),
            money(month, _CELL_BOLD_RIGHT),
            money(to_date, _CELL_BOLD_RIGHT),
            money(budget - to_date, _CELL_BOLD_RIGHT),
        ]
    )
    return table(
        ["Ítem", "Presupuesto", "Gasto del mes", "Ejecutado a la fecha", "Disponible"],
        rows,
        report.columns(2.2, 1.2, 1.2, 1.35, 1.75),
        style=_TOTAL_ROW,
    )


def _signatures(officer: str, report: Report) -> list[Flowable]:
    """The three signature lines, each with its role (and the officer's name above theirs)."""
    width = report.text_width / 3

    def block(name: str, role: str) -> Table:
        signature = Table(
            [[Spacer(1, 16 * mm)], [text(name or "\u00a0", _SIGNATURE)], [text(role, _SIGNATURE)]],
            colWidths=[width - 10 * mm],
        )
        signature.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, 1), (0, 1), 0.8, colors.black),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return signature

    blocks = Table(
        [[block(name, role) for name, role in zip((officer, "", ""), SIGNERS, strict=True)]],
        colWidths=[width] * 3,
    )
    blocks.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [
        Spacer(1, 6 * mm),
        text(translate("reports.rendition", "Firmas"), HEADING),
        Spacer(1, 1 * mm),
        text(
            translate(
                "reports.rendition",
                "Certificamos que los gastos detallados corresponden a la ejecución del convenio y "
                "que sus documentos de respaldo originales quedan en la municipalidad.",
            ),
            SMALL,
        ),
        blocks,
    ]


# -- the annex ---------------------------------------------------------------------------------


@dataclass
class _Placement:
    """Where a page of a PDF receipt goes: its page of the document (1 = first) and the box."""

    page: int
    x: float
    y: float
    scale: float
    source: Any  # pypdf's PageObject (pypdf is loaded only for an annex with PDF receipts)


@dataclass
class _Receipt:
    """A supporting document read before the layout: what each of its annex pages shows."""

    item: AnnexItem
    pages: list[Any] = field(default_factory=list)
    """PDF: its pypdf pages; an image: one ImageReader; empty when it cannot be read."""
    reason: str = ""


class _Annex:
    """The annex's pages: read every receipt first (to know its pages, and whether it can be
    read), lay out a page for each, then merge the PDF pages into their boxes."""

    def __init__(self, items: Sequence[AnnexItem], report: Report) -> None:
        self.report = report
        self.receipts = [_read(item) for item in items]
        self.placements: list[_Placement] = []

    @property
    def pages(self) -> int:
        return sum(max(1, len(r.pages)) for r in self.receipts)

    @property
    def placements_expected(self) -> bool:
        return any(r.item.media_type == "application/pdf" and r.pages for r in self.receipts)

    def story(self) -> list[Flowable]:
        self.placements.clear()  # a layout done twice records its boxes once
        flowables: list[Flowable] = []
        count = len(self.receipts)
        for index, receipt in enumerate(self.receipts, start=1):
            parts = len(receipt.pages)
            for part in range(max(1, parts)):
                heading = translate(
                    "reports.rendition", "Anexo: documento de respaldo {index} de {count}"
                ).format(index=index, count=count)
                if parts > 1:
                    heading += translate(
                        "reports.rendition", " (página {value} de {parts} del documento)"
                    ).format(value=part + 1, parts=parts)
                flowables += [
                    PageBreak(),
                    text(heading, HEADING),
                    Spacer(1, 1 * mm),
                    text(receipt.item.caption, _CAPTION),
                    Spacer(1, 3 * mm),
                ]
                if not receipt.pages:
                    flowables.append(_unreadable(receipt.reason, self.report))
                elif receipt.item.media_type == "application/pdf":
                    flowables.append(_PdfBox(receipt.pages[part], self.placements))
                else:
                    flowables.append(_ImageBox(receipt.pages[part]))
        return flowables

    def merge(self, laid_out: bytes, out: BinaryIO | Path) -> None:
        """Put each PDF receipt's page into its box of the laid-out document, into ``out``."""
        from pypdf import PdfReader, PdfWriter, Transformation

        writer = PdfWriter(clone_from=PdfReader(BytesIO(laid_out)))
        for p in self.placements:
            box = p.source.cropbox
            move = (
                Transformation()
                .translate(-float(box.left), -float(box.bottom))
                .scale(p.scale, p.scale)
                .translate(p.x, p.y)
            )
            page = writer.pages[p.page - 1]
            try:
                page.merge_transformed_page(p.source, move)
            except Exception:  # a page pypdf cannot carry over (a broken annotation…)
                width, height = float(box.width) * p.scale, float(box.height) * p.scale
                notice = _notice(width, height)
                page.merge_transformed_page(notice, Transformation().translate(p.x, p.y))
        writer.add_metadata({"/Producer": "OMIL Desktop (ReportLab, pypdf)"})
        if isinstance(out, Path):
            with out.open("wb") as file:
                writer.write(file)
        else:
            writer.write(out)


def _notice(width: float, height: float) -> Any:
    """A page of ``width`` × ``height`` points that says a receipt's page could not be read
    (merged where that page would have gone)."""
    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(  # not Helvetica: every font in the file is the embedded one
        buffer,
        pagesize=(width, height),
        invariant=1,
        initialFontName=FONT,  # type: ignore[arg-type]  # typeshed says float; it is the name
    )
    canvas.setStrokeColor(colors.HexColor("#b00020"))
    canvas.rect(0, 0, width, height)
    canvas.setFont(FONT_BOLD, 11)
    canvas.drawString(5 * mm, height - 8 * mm, UNREADABLE + ".")
    canvas.setFont(FONT, 9)
    canvas.drawString(
        5 * mm,
        height - 14 * mm,
        translate(
            "reports.rendition", "Esta página del PDF está dañada: adjunte el original en papel."
        ),
    )
    canvas.save()
    return PdfReader(buffer).pages[0]


def _read(item: AnnexItem) -> _Receipt:
    """The receipt's pages, or why it cannot be printed (its bytes are checked whole: a
    damaged file prints a page that says so instead of breaking the document)."""
    receipt = _Receipt(item)
    if not item.path.is_file():
        receipt.reason = translate(
            "reports.rendition",
            "El archivo no está en la carpeta de datos de este PC (puede que la "
            "sincronización aún no lo haya traído).",
        )
        return receipt
    try:
        # In an encrypted data folder the file is decrypted in memory, never on disk.
        from omil_desktop.store.blobs import read_plain

        data = BytesIO(read_plain(item.path))
        if item.media_type == "application/pdf":
            receipt.pages = _pdf_pages(data)
        else:
            receipt.pages = [_image(data)]
    except Exception:  # whatever a damaged file raises, its page says it cannot be read
        receipt.pages = []
    if not receipt.pages and not receipt.reason:
        receipt.reason = translate(
            "reports.rendition",
            "El archivo está dañado o no es un PDF, JPG o PNG válido. Adjunte el documento "
            "original en papel.",
        )
    return receipt


def _pdf_pages(path: Path | BinaryIO) -> list[Any]:
    """Every page of a PDF receipt, its rotation turned into its content, each checked to
    parse (a page that does not is a damaged file)."""
    import logging

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a scanner's odd PDF is not news
    reader = PdfReader(path)
    if reader.is_encrypted and not reader.decrypt(""):
        return []
    document = PdfWriter(clone_from=reader)  # its pages can be changed (turned) only there
    pages = list(document.pages)
    for page in pages:
        if page.rotation % 360:
            page.transfer_rotation_to_content()
        contents = page.get_contents()
        if contents is not None:
            ContentStream(contents, document).operations  # noqa: B018 - parse it now
        if float(page.cropbox.width) <= 0 or float(page.cropbox.height) <= 0:
            return []
    return pages


def _image(path: Path | BinaryIO) -> ImageReader:
    """A JPEG or PNG checked whole (a truncated or damaged file fails here, not in the PDF),
    turned upright as its EXIF says; a JPEG already upright is embedded as it is.

    The check is quick: a JPEG is decoded at an eighth of its size (every byte still read), a
    PNG has every chunk's checksum verified (it is decoded once, when drawn)."""
    from PIL import Image, ImageOps

    with Image.open(path) as image:
        if image.format == "PNG":
            image.verify()
            return _reader(path)
        if image.format != "JPEG":
            raise ValueError("not a JPEG or PNG")
        orientation = image.getexif().get(0x0112, 1)
        if orientation in (1, None):
            image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
            return _reader(path)
        image.load()
        return ImageReader(ImageOps.exif_transpose(image).convert("RGB"))


def _reader(source: Path | BinaryIO) -> ImageReader:
    if isinstance(source, Path):
        return ImageReader(str(source))
    source.seek(0)
    return ImageReader(source)


def _fit(width: float, height: float, room_w: float, room_h: float) -> float:
    return min(room_w / width, room_h / height)


class _ImageBox(Flowable):
    """A scanned receipt scaled to fit the rest of the page, centered at its top."""

    def __init__(self, image: ImageReader) -> None:
        super().__init__()
        self.image = image

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def draw(self) -> None:
        pixels_wide, pixels_high = self.image.getSize()
        scale = _fit(pixels_wide, pixels_high, self.width, self.height)
        width, height = pixels_wide * scale, pixels_high * scale
        x, y = (self.width - width) / 2, self.height - height
        canvas = self.canv
        try:
            canvas.drawImage(self.image, x, y, width=width, height=height, mask="auto")
        except Exception:  # its picture data is damaged (the checksums were right)
            canvas.setFillColor(colors.HexColor("#b00020"))
            canvas.setFont(FONT_BOLD, 11)
            canvas.drawString(x + 5 * mm, self.height - 8 * mm, UNREADABLE + ".")
            canvas.setFont(FONT, 9)
            canvas.drawString(x + 5 * mm, self.height - 14 * mm, _DAMAGED)
        canvas.setStrokeColor(colors.lightgrey)
        canvas.setLineWidth(0.5)
        canvas.rect(x, y, width, height)


class _PdfBox(Flowable):
    """The box a page of a PDF receipt is merged into once the document is laid out."""

    def __init__(self, page: Any, placements: list[_Placement]) -> None:
        super().__init__()
        self.page = page
        self.placements = placements

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def draw(self) -> None:
        box = self.page.cropbox
        scale = _fit(float(box.width), float(box.height), self.width, self.height)
        width, height = float(box.width) * scale, float(box.height) * scale
        x, y = (self.width - width) / 2, self.height - height
        self.canv.setStrokeColor(colors.lightgrey)
        self.canv.setLineWidth(0.5)
        self.canv.rect(x, y, width, height)
        left, bottom = self.canv.absolutePosition(x, y)
        self.placements.append(
            _Placement(self.canv.getPageNumber(), left, bottom, scale, self.page)
        )


def _unreadable(reason: str, report: Report) -> Table:
    box = Table(
        [[text(UNREADABLE + ".", HEADING)], [text(reason, BODY)]],
        colWidths=[report.text_width],
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#b00020")),
                ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return box


# -- the valorización --------------------------------------------------------------------------


def valuation(
    v: Valuation,
    letterhead: Letterhead,
    out: BinaryIO | Path,
    *,
    generated: datetime,
    paper: Paper = Paper.LETTER,
    progress: Progress | None = None,
) -> int:
    """The cost of each service over a period, SENCE and municipal apart; returns its number of
    pages."""
    period = _period(v.starts_on, v.ends_on)
    report = Report(
        VALUATION_TITLE,
        letterhead,
        generated=generated,
        paper=paper,
        subject=translate("reports.rendition", "Valorización de los servicios, {period}").format(
            period=period
        ),
        subtitle=(translate("reports.rendition", "Período: {period}").format(period=period),),
    )

    def each(amount: int | None) -> Paragraph:
        return text(NONE if amount is None else format_clp(amount), _CELL_RIGHT)

    def story() -> list[Flowable]:
        rows: list[Sequence[str | Flowable]] = [
            [
                cost.label,
                text(f"{cost.count:,}".replace(",", "."), _CELL_RIGHT),
                text(format_clp(cost.sence), _CELL_RIGHT),
                text(format_clp(cost.municipal), _CELL_RIGHT),
                each(cost.sence_each),
                each(cost.municipal_each),
                each(cost.total_each),
            ]
            for cost in v.costs
        ]
        if not rows:
            rows = [
                [
                    translate("reports.rendition", "Sin servicios en el período"),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ]
            ]
        costs = table(
            [
                "Servicio",
                "Cantidad",
                "Gasto SENCE",
                "Gasto municipal",
                "Costo por unidad SENCE",
                "Costo por unidad municipal",
                "Costo por unidad total",
            ],
            rows,
            report.columns(2.0, 1.15, 1.3, 1.3, 1.25, 1.3, 1.2),
        )
        spent = table(
            ["Financiamiento", "Monto"],
            [
                ["Con fondos SENCE", text(format_clp(v.sence_spent), _CELL_RIGHT)],
                ["Con aporte municipal", text(format_clp(v.municipal_spent), _CELL_RIGHT)],
                [
                    text("Total", _CELL_BOLD),
                    text(format_clp(v.sence_spent + v.municipal_spent), _CELL_BOLD_RIGHT),
                ],
            ],
            report.columns(3, 1.2),
            style=_TOTAL_ROW,
        )
        notes: list[Flowable] = [
            _marked(cost.label, cost.basis, SMALL) for cost in v.costs if cost.basis
        ]
        notes.append(
            text(
                translate(
                    "reports.rendition",
                    "El costo por unidad es el gasto dividido por la cantidad, redondeado al "
                    "peso; «{NONE}» cuando no hubo ninguno en el período.",
                ).format(NONE=NONE),
                SMALL,
            )
        )
        return [
            *_part(translate("reports.rendition", "Costo de cada servicio"), costs),
            *_part(translate("reports.rendition", "Gasto del período"), spent),
            *_part(translate("reports.rendition", "Cómo se calcula"), *notes),
        ]

    return report.build(story, out, progress=progress, expected_pages=1)
