"""The copy of a person's data (acceso y portabilidad) on the one page template: every field of
the person with the person form's labels, then each kind of record the office holds about them
(services/person_data.py collects it)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from omil_desktop.domain.texts import translate
from omil_desktop.reports.template import (
    HEADING,
    SMALL,
    Letterhead,
    Paper,
    Progress,
    Report,
    table,
    text,
)
from omil_desktop.services.person_data import PersonCopy

TITLE = "Copia de datos personales"
SECTION = ParagraphStyle("person_data_section", parent=HEADING, keepWithNext=1)
"""A section's title never ends a page alone: it goes with its table."""
INTRO = (
    "Esta copia reúne todos los datos que la Oficina Municipal de Información Laboral guarda "
    "sobre la persona y quién accedió a ellos (derechos de acceso y portabilidad, Ley 21.719). "
    "La misma información, legible por computador, va en el archivo JSON que la acompaña."
)


def person_data(
    copy: PersonCopy,
    letterhead: Letterhead,
    out: BinaryIO | Path,
    *,
    generated: datetime,
    paper: Paper = Paper.LETTER,
    progress: Progress | None = None,
) -> int:
    """Lay out the copy; return its number of pages."""
    report = Report(
        TITLE,
        letterhead,
        generated=generated,
        paper=paper,
        subject=TITLE,
        subtitle=(translate("reports.person_data", "Persona: {name}").format(name=copy.name),),
    )

    def story() -> list[Flowable]:
        flowables: list[Flowable] = [text(INTRO, SMALL), Spacer(1, 4 * mm)]
        for section in copy.sections:
            flowables += [text(section.title, SECTION), Spacer(1, 2 * mm)]
            if section.rows:
                widths = report.columns(*section.widths) if section.widths else None
                flowables.append(table(section.header, section.rows, widths))
            else:
                flowables.append(text(translate("services.person_data", section.empty), SMALL))
            flowables.append(Spacer(1, 5 * mm))
        return flowables

    return report.build(story, out, progress=progress)
