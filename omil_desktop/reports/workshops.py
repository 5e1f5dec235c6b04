"""The printed documents of a taller de apresto: the sign-in sheet of a session, the
certificates of participation of those who completed it, and its summary.

They take plain data (the dataclasses below, filled by ``services/workshop_documents.py``) and
print it on the page template; nothing here reads the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.texts import translate
from omil_desktop.reports.template import (
    BODY,
    FONT_BOLD,
    HEADING,
    Letterhead,
    Paper,
    Progress,
    Report,
    long_date,
    table,
    text,
    weekday,
)

SIGNATURE_BOX = 8 * mm
"""Height of the empty box a person signs in (the row is a little taller)."""
BLANK_ROWS = 5
"""Rows without a name at the end of a sign-in sheet, for people who come without being
enrolled (the officer enrolls them afterwards)."""


@dataclass(frozen=True)
class SessionFacts:
    number: int
    date: date
    starts_at: str
    """``"hh:mm"``."""
    ends_at: str
    place: str
    """Where it is held (the workshop's place when the session has none of its own)."""

    @property
    def minutes(self) -> int:
        start_h, start_m = (int(part) for part in self.starts_at.split(":"))
        end_h, end_m = (int(part) for part in self.ends_at.split(":"))
        return max(0, (end_h * 60 + end_m) - (start_h * 60 + start_m))

    @property
    def hours_text(self) -> str:
        return f"{self.starts_at} a {self.ends_at}"


@dataclass(frozen=True)
class WorkshopFacts:
    name: str
    modules: str
    """The modules as one line (``WorkshopData.module_text``)."""
    facilitator: str
    place: str
    starts_on: date
    ends_on: date
    sessions: tuple[SessionFacts, ...]

    @property
    def minutes(self) -> int:
        """Length of all its sessions together."""
        return sum(s.minutes for s in self.sessions)


@dataclass(frozen=True)
class Signer:
    """A person on a sign-in sheet."""

    name: str
    rut: str


@dataclass(frozen=True)
class AttendanceSheet:
    workshop: WorkshopFacts
    session: SessionFacts
    people: tuple[Signer, ...]
    blank_rows: int = BLANK_ROWS


@dataclass(frozen=True)
class Completer:
    """A person who completed the workshop, as their certificate names them."""

    name: str
    rut: str
    present: int
    """Sessions attended."""
    percent: int


@dataclass(frozen=True)
class Certificates:
    workshop: WorkshopFacts
    people: tuple[Completer, ...]
    comuna: str
    office: str
    """«OMIL Palena»."""
    officer_name: str
    """The encargado(a) OMIL, who signs."""
    issued_on: date


@dataclass(frozen=True)
class SessionCount:
    session: SessionFacts
    present: int
    excused: int
    absent: int


@dataclass(frozen=True)
class SummaryFacts:
    workshop: WorkshopFacts
    status: str
    """The workshop's state as read (``Abierto``, ``Finalizado``…)."""
    capacity: int
    min_attendance: int
    enrolled: int
    waiting: int
    withdrawn: int
    completed: int
    per_session: tuple[SessionCount, ...]
    by_sex: tuple[tuple[str, int, int], ...]
    """(group, enrolled, completed)."""
    by_age: tuple[tuple[str, int, int], ...]


def duration_text(minutes: int) -> str:
    """``12 horas``, ``1 hora y 30 minutos``, ``45 minutos``."""
    hours, rest = divmod(minutes, 60)
    hours_text = translate("reports.workshops", "%n hora(s)", None, hours)
    minutes_text = translate("reports.workshops", "%n minuto(s)", None, rest)
    if not hours:
        return minutes_text
    if not rest:
        return hours_text
    return translate("reports.workshops", "{hours} y {minutes}").format(
        hours=hours_text, minutes=minutes_text
    )


def _marked(label: str, value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """«**Lugar:** Sede vecinal» (the value never read as markup)."""
    return Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", style)


def _session_line(workshop: WorkshopFacts, session: SessionFacts) -> str:
    return translate(
        "reports.workshops", "Sesión {number} de {len} · {weekday} · {hours_text}"
    ).format(
        number=session.number,
        len=len(workshop.sessions),
        weekday=weekday(session.date),
        hours_text=session.hours_text,
    )


# -- sign-in sheet ---------------------------------------------------------------------------


def attendance_sheet(
    sheet: AttendanceSheet,
    letterhead: Letterhead,
    out: BinaryIO | Path,
    *,
    generated: datetime,
    paper: Paper = Paper.LETTER,
    progress: Progress | None = None,
) -> int:
    """The sheet people sign at one session; returns its number of pages.

    Every page repeats the workshop and session line and the table's header (N°, Nombre, RUT,
    Firma); each row has an empty box tall enough to sign in.
    """
    workshop, session = sheet.workshop, sheet.session
    report = Report(
        translate("reports.workshops", "Registro de asistencia"),
        letterhead,
        generated=generated,
        paper=paper,
        subject=translate("reports.workshops", "{name}, sesión {number}").format(
            name=workshop.name, number=session.number
        ),
        subtitle=(
            translate("reports.workshops", "Taller: {name}").format(name=workshop.name),
            _session_line(workshop, session),
        ),
    )
    widths = report.columns(0.55, 4.2, 1.75, 3.5)

    def story() -> list[Flowable]:
        rows: list[list[str | Flowable]] = []
        for number, person in enumerate(sheet.people, start=1):
            rows.append([str(number), person.name, person.rut, Spacer(1, SIGNATURE_BOX)])
        for number in range(len(sheet.people) + 1, len(sheet.people) + sheet.blank_rows + 1):
            rows.append([str(number), "", "", Spacer(1, SIGNATURE_BOX)])
        details = Table(
            [
                [
                    _marked(
                        translate("reports.workshops", "Lugar"),
                        session.place or workshop.place or "—",
                    ),
                    _marked(translate("reports.workshops", "Facilitador(a)"), workshop.facilitator),
                ],
                [
                    _marked(
                        translate("reports.workshops", "Fecha"),
                        f"{weekday(session.date)}, de {session.hours_text}",
                    ),
                    _marked(translate("reports.workshops", "Inscritos"), str(len(sheet.people))),
                ],
            ],
            colWidths=report.columns(1, 1),
        )
        details.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return [
            details,
            Spacer(1, 3 * mm),
            table(
                ["N°", "Nombre", "RUT", "Firma"],
                rows,
                widths,
            ),
        ]

    per_page = max(1, int((report.text_height - 25 * mm) // (SIGNATURE_BOX + 6)))
    expected = -(-(len(sheet.people) + sheet.blank_rows) // per_page)
    return report.build(story, out, progress=progress, expected_pages=expected)


# -- certificates ------------------------------------------------------------------------------

_CENTERED = ParagraphStyle("certificate", parent=BODY, alignment=TA_CENTER, fontSize=11, leading=16)
_NAME = ParagraphStyle(
    "certificate_name", parent=_CENTERED, fontName=FONT_BOLD, fontSize=20, leading=26
)
_WORKSHOP = ParagraphStyle(
    "certificate_workshop", parent=_CENTERED, fontName=FONT_BOLD, fontSize=14, leading=19
)
_SMALL_CENTERED = ParagraphStyle("certificate_small", parent=_CENTERED, fontSize=10, leading=14)


def _certificate(c: Certificates, person: Completer) -> list[Flowable]:
    w = c.workshop
    sessions = len(w.sessions)
    attended = translate(
        "reports.workshops",
        "con una asistencia del {percent} % ({present} de %n sesión(es))",
        None,
        sessions,
    ).format(percent=person.percent, present=person.present)
    lasting = translate("reports.workshops", "%n sesión(es) ({duration})", None, sessions).format(
        duration=duration_text(w.minutes)
    )
    if w.starts_on == w.ends_on:
        held = translate("reports.workshops", "realizado el {date}").format(
            date=format_date(w.starts_on)
        )
    else:
        held = translate("reports.workshops", "realizado entre el {date} y el {date2}").format(
            date=format_date(w.starts_on), date2=format_date(w.ends_on)
        )
    signature = Table(
        [
            [text("", _SMALL_CENTERED)],
            [text(c.officer_name, _SMALL_CENTERED)],
            [
                text(
                    translate("reports.workshops", "Encargado(a) {office}").format(office=c.office),
                    _SMALL_CENTERED,
                )
            ],
        ],
        colWidths=[75 * mm],
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
    return [
        Spacer(1, 14 * mm),
        text(
            translate(
                "reports.workshops",
                "La Oficina Municipal de Información Laboral de {comuna} certifica que",
            ).format(comuna=c.comuna),
            _CENTERED,
        ),
        Spacer(1, 6 * mm),
        text(person.name, _NAME),
        text(
            translate("reports.workshops", "RUT {rut}").format(rut=person.rut)
            if person.rut
            else "",
            _CENTERED,
        ),
        Spacer(1, 6 * mm),
        text(
            translate("reports.workshops", "participó en el taller de apresto laboral"), _CENTERED
        ),
        Spacer(1, 2 * mm),
        text(f"«{w.name}»", _WORKSHOP),
        Spacer(1, 5 * mm),
        text(f"{held} en {lasting}, {attended}.", _CENTERED),
        Spacer(1, 6 * mm),
        _marked(translate("reports.workshops", "Módulos"), w.modules, _SMALL_CENTERED),
        _marked(translate("reports.workshops", "Facilitador(a)"), w.facilitator, _SMALL_CENTERED),
        Spacer(1, 14 * mm),
        text(f"{c.comuna}, {long_date(c.issued_on)}", _CENTERED),
        Spacer(1, 26 * mm),
        signature,
    ]


def certificates(
    batch: Certificates,
    letterhead: Letterhead,
    out: BinaryIO | Path,
    *,
    generated: datetime,
    paper: Paper = Paper.LETTER,
    progress: Progress | None = None,
) -> int:
    """One certificate of participation per page, for every person of ``batch``, in one file;
    returns the number of pages."""
    report = Report(
        translate("reports.workshops", "Certificado de participación"),
        letterhead,
        generated=generated,
        paper=paper,
        subject=batch.workshop.name,
        page_numbers=False,
    )

    def story() -> list[Flowable]:
        flowables: list[Flowable] = []
        for index, person in enumerate(batch.people):
            if index:
                flowables.append(PageBreak())
            flowables += _certificate(batch, person)
        return flowables

    return report.build(story, out, progress=progress, expected_pages=len(batch.people))


# -- summary -----------------------------------------------------------------------------------


def workshop_summary(
    summary: SummaryFacts,
    letterhead: Letterhead,
    out: BinaryIO | Path,
    *,
    generated: datetime,
    paper: Paper = Paper.LETTER,
    progress: Progress | None = None,
) -> int:
    """The workshop's summary: who took part, attendance per session, completion by sex and by
    age group; returns the number of pages."""
    w = summary.workshop
    report = Report(
        translate("reports.workshops", "Resumen del taller"),
        letterhead,
        generated=generated,
        paper=paper,
        subject=w.name,
        subtitle=(translate("reports.workshops", "Taller: {name}").format(name=w.name),),
    )

    def percent(part: int, whole: int) -> str:
        return f"{part * 100 // whole} %" if whole else "—"

    def story() -> list[Flowable]:
        sessions = len(w.sessions)
        facts: list[Flowable] = [
            _marked(translate("reports.workshops", "Módulos"), w.modules),
            _marked(translate("reports.workshops", "Facilitador(a)"), w.facilitator),
            _marked(translate("reports.workshops", "Lugar"), w.place or "—"),
            _marked(
                translate("reports.workshops", "Fechas"),
                translate(
                    "reports.workshops",
                    "{first} al {last}; %n sesión(es), {duration}",
                    None,
                    sessions,
                ).format(
                    first=format_date(w.starts_on),
                    last=format_date(w.ends_on),
                    duration=duration_text(w.minutes),
                ),
            ),
            _marked(translate("reports.workshops", "Cupos"), str(summary.capacity)),
            _marked(
                translate("reports.workshops", "Asistencia mínima para aprobar"),
                f"{summary.min_attendance} %",
            ),
            _marked(translate("reports.workshops", "Estado"), summary.status),
        ]
        people = table(
            ["Inscritos", "En lista de espera", "Retirados", "Completaron"],
            [
                [
                    str(summary.enrolled),
                    str(summary.waiting),
                    str(summary.withdrawn),
                    f"{summary.completed} ({percent(summary.completed, summary.enrolled)})",
                ]
            ],
            report.columns(1, 1, 1, 1),
        )
        per_session = table(
            ["N°", "Fecha", "Horario", "Presentes", "Justificados", "Ausentes", "Asistencia"],
            [
                [
                    str(c.session.number),
                    weekday(c.session.date),
                    c.session.hours_text,
                    # A session without any mark (ahead, or not taken yet) reads «—», not 0 %.
                    *(
                        [
                            str(c.present),
                            str(c.excused),
                            str(c.absent),
                            percent(c.present, summary.enrolled),
                        ]
                        if c.present + c.excused + c.absent
                        else ["—", "—", "—", "sin registro"]
                    ),
                ]
                for c in summary.per_session
            ]
            or [["—", "Sin sesiones", "", "", "", "", ""]],
            report.columns(0.5, 2.1, 1.4, 1.2, 1.35, 1.1, 1.25),
        )

        def groups(title: str, rows: Sequence[tuple[str, int, int]]) -> Table:
            return table(
                [title, "Inscritos", "Completaron"],
                [[label, str(n), str(done)] for label, n, done in rows],
                report.columns(2, 1, 1),
            )

        def part(title: str, content: Flowable) -> list[Flowable]:
            """A heading kept on the page of its table (a short table is never split)."""
            return [
                Spacer(1, 5 * mm),
                KeepTogether([text(title, HEADING), Spacer(1, 2 * mm), content]),
            ]

        return [
            *facts,
            *part(translate("reports.workshops", "Participantes"), people),
            *part(
                translate("reports.workshops", "Asistencia por sesión (de las personas inscritas)"),
                per_session,
            ),
            *part(
                translate("reports.workshops", "Por sexo"),
                groups(translate("reports.workshops", "Sexo"), summary.by_sex),
            ),
            *part(
                translate("reports.workshops", "Por tramo de edad (al inicio del taller)"),
                groups(translate("reports.workshops", "Edad"), summary.by_age),
            ),
        ]

    return report.build(story, out, progress=progress, expected_pages=1)


__all__ = [
    "AttendanceSheet",
    "Certificates",
    "Completer",
    "SessionCount",
    "SessionFacts",
    "Signer",
    "SummaryFacts",
    "WorkshopFacts",
    "attendance_sheet",
    "certificates",
    "duration_text",
    "workshop_summary",
]
