"""The municipal activity report (informe de actividad), ready to print for the concejo.

It takes :class:`~omil_desktop.domain.activity.ActivityFigures` (computed by
``services/activity.py``) and prints it on the one page template; nothing here reads the
database. The first page has the headline figures beside the same period a year before, and a
chart of them; then one section per area, each a table (the period, the year before, the
change) and, where a picture says it faster, a bar chart drawn with ReportLab's graphics (vector,
in the embedded font): people by sex and by age group, atenciones by kind. Then the satisfaction
surveys, the cost of each service from the rendición (or a sentence saying no FOMIL agreement
covers the period) and how each figure is counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from omil_desktop.domain.activity import (
    LABELS,
    ActivityFigures,
    Line,
    Section,
    average_text,
    number_text,
    satisfaction_lines,
)
from omil_desktop.domain.money import format_clp
from omil_desktop.domain.rendition import Valuation
from omil_desktop.domain.texts import translate
from omil_desktop.reports.template import (
    BODY,
    CELL,
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

__all__ = ["NO_AGREEMENT", "NO_SURVEYS", "TITLE", "activity_report"]

TITLE = "Informe de actividad de la OMIL"
NO_AGREEMENT = (
    "No hay un convenio FOMIL registrado para este período: el costo por servicio no se calcula."
)
NO_SURVEYS = "No se registraron encuestas de satisfacción en el período."
NONE = "—"

CURRENT_COLOUR = colors.HexColor("#1f5fa8")
PREVIOUS_COLOUR = colors.HexColor("#b8c7d9")

_RIGHT = ParagraphStyle("activity_right", parent=CELL, alignment=TA_RIGHT)
_BOLD = ParagraphStyle("activity_bold", parent=CELL, fontName=FONT_BOLD)
_INDENTED = ParagraphStyle("activity_indented", parent=CELL, leftIndent=4 * mm)
_TILE_LABEL = ParagraphStyle("activity_tile_label", parent=CELL, alignment=TA_CENTER, fontSize=8)
_TILE_NUMBER = ParagraphStyle(
    "activity_tile_number",
    parent=BODY,
    fontName=FONT_BOLD,
    fontSize=20,
    leading=24,
    alignment=TA_CENTER,
    textColor=CURRENT_COLOUR,
)
_TILE_BEFORE = ParagraphStyle("activity_tile_before", parent=SMALL, alignment=TA_CENTER)
_SECTION_HEADING = ParagraphStyle("activity_heading", parent=HEADING)


def _value(value: int | float | None) -> str:
    return "" if value is None else number_text(value)


def _part(title: str, *content: Flowable) -> list[Flowable]:
    """A heading kept on the page of the first lines of what follows it."""
    return [
        Spacer(1, 5 * mm),
        CondPageBreak(40 * mm),
        text(title, _SECTION_HEADING),
        Spacer(1, 2 * mm),
        *content,
    ]


def _short(label: str, limit: int = 42) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def bar_chart(
    title: str,
    categories: Sequence[str],
    current: Sequence[int | float],
    previous: Sequence[int | float],
    series: tuple[str, str],
    *,
    width: float,
    horizontal: bool = False,
) -> Drawing:
    """Bars of the period (dark) beside the year before (light), each with its number; the
    title above and the legend below. ``horizontal`` for long category names."""
    rows = len(categories)
    top = max([*current, *previous, 1])
    height = (9 * rows + 30) * mm if horizontal else 62 * mm
    drawing = Drawing(width, height)
    # The state the drawing starts from (renderbase.StateTracker): never Helvetica in the file.
    setattr(drawing, "initialFontName", FONT)  # noqa: B010  (not in the stubs)
    drawing.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=9))
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    # A horizontal chart draws its first series lowest in each group: the period goes on top.
    order = [list(previous), list(current)] if horizontal else [list(current), list(previous)]
    chart.data = order
    first, second = (
        (PREVIOUS_COLOUR, CURRENT_COLOUR) if horizontal else (CURRENT_COLOUR, PREVIOUS_COLOUR)
    )
    chart.bars[0].fillColor = first
    chart.bars[1].fillColor = second
    chart.bars.strokeColor = None
    chart.barLabelFormat = lambda v: number_text(v)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.18
    chart.valueAxis.labels.fontName = FONT  # not drawn, but never Helvetica in the file
    chart.valueAxis.visible = False
    chart.valueAxis.visibleGrid = False
    chart.categoryAxis.categoryNames = [_short(c) for c in categories]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.groupSpacing = 6
    chart.barSpacing = 1
    if horizontal:
        label_room = 70 * mm
        chart.x, chart.y = int(label_room), int(12 * mm)
        chart.width, chart.height = int(width - label_room - 6 * mm), int(height - 26 * mm)
        chart.categoryAxis.reverseDirection = True  # the first category on top
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -3
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 2
    else:
        chart.x, chart.y = int(6 * mm), int(20 * mm)
        chart.width, chart.height = int(width - 12 * mm), int(height - 34 * mm)
        chart.categoryAxis.labels.fontSize = 6 if width < 300 else 7
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -2
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 1
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x, int(4 * mm)
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = int(min(40 * mm, width / 2.5))
    legend.fontName = FONT
    legend.fontSize = 7
    legend.dxTextSpace = 3
    legend.colorNamePairs = [(CURRENT_COLOUR, series[0]), (PREVIOUS_COLOUR, series[1])]
    drawing.add(legend)
    return drawing


def activity_report(
    figures: ActivityFigures,
    letterhead: Letterhead,
    out: BinaryIO | Path,
    *,
    generated: datetime,
    paper: Paper = Paper.LETTER,
    progress: Progress | None = None,
) -> int:
    """The activity report of ``figures.period``; returns its number of pages."""
    period, before = figures.period, figures.previous_period
    now_name = period.label.capitalize()
    before_name = before.label.capitalize()
    report = Report(
        TITLE,
        letterhead,
        generated=generated,
        paper=paper,
        subject=translate("reports.activity", "Informe de actividad, {label}").format(
            label=period.label
        ),
        subtitle=(
            translate(
                "reports.activity", "Período: {label} ({dates}) · comparado con {label2} ({dates2})"
            ).format(
                label=period.label, dates=period.dates, label2=before.label, dates2=before.dates
            ),
        ),
    )
    header = [
        translate("reports.activity", "Indicador"),
        now_name,
        before_name,
        translate("reports.activity", "Variación"),
    ]
    widths = report.columns(3.3, 1.15, 1.15, 0.9)

    def figures_table(lines: Sequence[Line]) -> Table:
        rows: list[list[str | Flowable]] = []
        for line in lines:
            if line.current is None and line.previous is None:  # a breakdown's title
                rows.append([text(line.label, _BOLD), "", "", ""])
                continue
            rows.append(
                [
                    text(line.label, _INDENTED if line.indent else CELL),
                    text(_value(line.current), _RIGHT),
                    text(_value(line.previous), _RIGHT),
                    text(line.change, _RIGHT),
                ]
            )
        return table(header, rows, widths)

    def tiles() -> Table:
        cells: list[list[list[Flowable]]] = []
        row: list[list[Flowable]] = []
        for line in figures.headline():
            row.append(
                [
                    text(_value(line.current), _TILE_NUMBER),
                    text(line.label, _TILE_LABEL),
                    text(f"{before_name}: {_value(line.previous)} ({line.change})", _TILE_BEFORE),
                ]
            )
            if len(row) == 4:
                cells.append(row)
                row = []
        if row:
            cells.append(row + [[Spacer(1, 1)]] * (4 - len(row)))
        grid = Table(cells, colWidths=report.columns(1, 1, 1, 1))
        grid.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Helvetica enters the file
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.lightgrey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        return grid

    series = (now_name, before_name)

    def chart_of(
        title: str, lines: Sequence[Line], *, horizontal: bool = False, width: float = 0
    ) -> Drawing:
        return bar_chart(
            title,
            [line.label for line in lines],
            [line.current or 0 for line in lines],
            [line.previous or 0 for line in lines],
            series,
            width=width or report.text_width,
            horizontal=horizontal,
        )

    def breakdown(section: Section, prefix: str) -> list[Line]:
        return [line for line in section.lines if line.key.startswith(prefix + ":")]

    def story() -> list[Flowable]:
        sections = {s.title: s for s in figures.sections()}
        people = sections["Personas atendidas"]
        attentions = sections["Atenciones"]
        short = figures.current.short_placements
        first_page: list[Flowable] = [
            text(translate("reports.activity", "Cifras principales"), _SECTION_HEADING),
            Spacer(1, 2 * mm),
            tiles(),
            Spacer(1, 3 * mm),
            text(
                translate(
                    "reports.activity",
                    "Colocaciones: contratos indefinidos o de 3 meses o más que comienzan en el "
                    "período. {short_sentence} Las «personas» se cuentan una vez aunque se hayan "
                    "atendido varias veces.",
                ).format(short_sentence=_short_sentence(short)),
                SMALL,
            ),
            Spacer(1, 4 * mm),
            chart_of(
                translate("reports.activity", "Comparación con {label}").format(label=before.label),
                figures.headline(),
                horizontal=True,
            ),
        ]
        story: list[Flowable] = [*first_page, PageBreak()]
        for section in figures.sections():
            content: list[Flowable] = [figures_table(section.lines)]
            if section.title == people.title:
                half = report.text_width / 2 - 2 * mm
                pair = Table(
                    [
                        [
                            chart_of(
                                translate("reports.activity", "Por sexo"),
                                breakdown(section, "people_by_sex"),
                                width=half,
                            ),
                            chart_of(
                                translate("reports.activity", "Por tramo de edad"),
                                breakdown(section, "people_by_age"),
                                width=half,
                            ),
                        ]
                    ],
                    colWidths=[report.text_width / 2] * 2,
                )
                pair.setStyle(
                    TableStyle(
                        [("FONTNAME", (0, 0), (-1, -1), FONT), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
                    )
                )
                content += [Spacer(1, 3 * mm), pair]
            if section.title == attentions.title:
                content += [
                    Spacer(1, 3 * mm),
                    chart_of(
                        LABELS["attentions_by_kind"],
                        [
                            line
                            for line in breakdown(section, "attentions_by_kind")
                            if line.current or line.previous
                        ],
                        horizontal=True,
                    ),
                ]
            if section.note:
                content += [Spacer(1, 2 * mm), text(section.note, SMALL)]
            story += _part(section.title, *content)
        story += _part(
            translate("reports.activity", "Satisfacción de usuarios"),
            *_satisfaction(figures, report, series),
        )
        story += _part(
            translate("reports.activity", "Costo por servicio (rendición FOMIL)"),
            *_costs(figures.costs, report),
        )
        return story

    return report.build(story, out, progress=progress, expected_pages=5)


def _short_sentence(short: int) -> str:
    if short == 0:
        return translate("reports.activity", "No hubo contratos más cortos en el período.")
    if short == 1:
        return translate(
            "reports.activity", "1 contrato de menos de 3 meses no se cuenta como colocación."
        )
    return translate(
        "reports.activity",
        "{number_text} contratos de menos de 3 meses no se cuentan como colocación.",
    ).format(number_text=number_text(short))


def _satisfaction(
    figures: ActivityFigures, report: Report, series: tuple[str, str]
) -> list[Flowable]:
    pairs = satisfaction_lines(figures.current.satisfaction, figures.previous.satisfaction)
    if not any(now.answers for now, _ in pairs):
        return [text(NO_SURVEYS, BODY)]
    rows: list[Sequence[str | Flowable]] = [
        [
            now.service,
            text(number_text(now.answers), _RIGHT),
            text(average_text(now.average), _RIGHT),
            text(average_text(then.average if then is not None else None), _RIGHT),
        ]
        for now, then in pairs
    ]
    return [
        table(
            [
                "Servicio",
                f"Respuestas ({series[0]})",
                f"Nota promedio ({series[0]})",
                f"Nota promedio ({series[1]})",
            ],
            rows,
            report.columns(2.4, 1.2, 1.2, 1.2),
        ),
        Spacer(1, 2 * mm),
        text(
            translate(
                "reports.activity", "Notas de 1 a 7, como en la escuela; promedio con un decimal."
            ),
            SMALL,
        ),
    ]


def _costs(costs: Valuation | None, report: Report) -> list[Flowable]:
    if costs is None:
        return [text(NO_AGREEMENT, BODY)]

    def each(amount: int | None) -> Paragraph:
        return text(NONE if amount is None else format_clp(amount), _RIGHT)

    rows: list[Sequence[str | Flowable]] = [
        [
            cost.label,
            text(number_text(cost.count), _RIGHT),
            text(format_clp(cost.sence + cost.municipal), _RIGHT),
            each(cost.sence_each),
            each(cost.municipal_each),
            each(cost.total_each),
        ]
        for cost in costs.costs
    ]
    notes = [
        Paragraph(f"<b>{escape(cost.label)}:</b> {escape(cost.basis)}", SMALL)
        for cost in costs.costs
    ]
    return [
        table(
            [
                "Servicio",
                "Cantidad",
                "Gasto total",
                "Por unidad SENCE",
                "Por unidad municipal",
                "Por unidad total",
            ],
            rows,
            report.columns(2.0, 1.0, 1.3, 1.25, 1.3, 1.2),
        ),
        Spacer(1, 2 * mm),
        text(
            translate(
                "reports.activity",
                "Gasto del período: {clp} con fondos SENCE y {clp2} de aporte municipal.",
            ).format(clp=format_clp(costs.sence_spent), clp2=format_clp(costs.municipal_spent)),
            SMALL,
        ),
        *notes,
    ]
