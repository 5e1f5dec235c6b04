"""The consent form a person reads and signs (Ley 21.719): what the OMIL processes and on what
basis, what is shared with whom only with their consent, their rights and how to exercise them,
and the date and signature lines. For a registered person it names them; blank, it has lines to
fill in by hand.

It takes plain data (:class:`ConsentFacts`, filled by ``services/consent_documents.py``) and
prints it on the page template; nothing here reads the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from omil_desktop.domain.texts import translate
from omil_desktop.reports.template import (
    BODY,
    HEADING,
    SMALL,
    Letterhead,
    Paper,
    Report,
    long_date,
    table,
    text,
)

TITLE = "Consentimiento para el tratamiento de datos personales"
BLANK = "_" * 38
"""A line to write on by hand."""
_TEXT = ParagraphStyle("consent_text", parent=BODY, fontSize=9, leading=11.5)
_PART = ParagraphStyle("consent_part", parent=HEADING, fontSize=11, leading=13)


@dataclass(frozen=True)
class ProcessingLine:
    what: str
    purpose: str
    basis: str
    """The legal basis as the form says it (función legal / su consentimiento)."""


@dataclass(frozen=True)
class ConsentFacts:
    office: str
    """«OMIL Palena»."""
    comuna: str
    officer_name: str
    person_name: str
    """Empty: a blank form, filled in by hand."""
    person_id: str
    """RUT (or the foreign document) as printed; empty on a blank form."""
    processing: tuple[ProcessingLine, ...]
    network: str
    """The Red Territorial's name («Red Palena»), or empty when the office has none."""
    network_offices: tuple[str, ...]
    """The other offices of the network, by name («OMIL Chaitén»)."""
    rights: tuple[tuple[str, str], ...]
    """(right, what it means)."""
    consent_on: date | None
    """The day already recorded, if the person consented before; None: a line to fill in."""
    printed_on: date


def _marked(label: str, value: str) -> Paragraph:
    return Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", _TEXT)


def _part(title: str, *content: Flowable) -> list[Flowable]:
    return [Spacer(1, 2.5 * mm), KeepTogether([text(title, _PART), Spacer(1, 1 * mm), *content])]


def consent_form(
    facts: ConsentFacts,
    letterhead: Letterhead,
    out: BinaryIO | Path,
    *,
    generated: datetime,
    paper: Paper = Paper.LETTER,
) -> int:
    """The form on the page template; returns its number of pages."""
    report = Report(
        TITLE,
        letterhead,
        generated=generated,
        paper=paper,
        subject=facts.person_name or translate("reports.consent_form", "Formulario en blanco"),
    )

    def story() -> list[Flowable]:
        name = facts.person_name or BLANK
        ident = facts.person_id or BLANK
        who: list[Flowable] = [
            _marked(translate("reports.consent_form", "Nombre"), name),
            _marked(translate("reports.consent_form", "RUT o documento"), ident),
        ]
        processing = table(
            ["Tratamiento", "Qué datos y para qué", "Base de licitud"],
            [[p.what, p.purpose, p.basis] for p in facts.processing],
            report.columns(1.5, 3.4, 1.8),
        )
        if facts.network_offices:
            offices = ", ".join(facts.network_offices)
            network = facts.network or translate("reports.consent_form", "la Red Territorial")
            shared = translate(
                "reports.consent_form",
                "Solo si usted marca «Sí» abajo, la {office} podrá entregar su nombre, RUT y "
                "teléfono a las oficinas de {network} ({offices}) cuando le derive a una oferta "
                "de trabajo de ellas o a una feria laboral que organicen, y solo para ese fin. "
                "Sin su consentimiento, sus datos no salen de esta oficina ni de SENCE.",
            ).format(office=facts.office, network=network, offices=offices)
        else:
            shared = translate(
                "reports.consent_form",
                "Solo si usted marca «Sí» abajo, la {office} podrá entregar su nombre, RUT y "
                "teléfono a otra oficina cuando le derive a una oferta de trabajo de ella, y solo "
                "para ese fin. Sin su consentimiento, sus datos no salen de esta oficina ni de "
                "SENCE.",
            ).format(office=facts.office)
        # Two rights a row: the whole form fits on one page.
        pairs = [facts.rights[i : i + 2] for i in range(0, len(facts.rights), 2)]
        rights = table(
            ["Derecho", "Qué significa", "Derecho", "Qué significa"],
            [[cell for right in pair for cell in right] for pair in pairs],
            report.columns(1.15, 2.6, 1.15, 2.6),
        )
        exercise = text(
            translate(
                "reports.consent_form",
                "Puede ejercer estos derechos en forma gratuita, en persona o por escrito, en la "
                "{office} (Municipalidad de {comuna}). La oficina registra su solicitud con su "
                "fecha y le responde dentro de 30 días corridos (Ley 21.719). Puede retirar su "
                "consentimiento cuando quiera, sin efecto sobre lo hecho antes. Si no le "
                "responden, puede reclamar ante la Agencia de Protección de Datos Personales.",
            ).format(office=facts.office, comuna=facts.comuna),
            _TEXT,
        )
        choice = Table(
            [
                [
                    text(translate("reports.consent_form", "☐ Sí, doy mi consentimiento"), _TEXT),
                    text(translate("reports.consent_form", "☐ No doy mi consentimiento"), _TEXT),
                ],
            ],
            colWidths=report.columns(1, 1),
        )
        choice.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        day = (
            f"{facts.comuna}, {long_date(facts.consent_on)}"
            if facts.consent_on is not None
            else translate(
                "reports.consent_form", "{comuna}, ____ de ________________ de ______"
            ).format(comuna=facts.comuna)
        )
        signatures = Table(
            [
                [text(""), text(""), text("")],
                [
                    text(
                        translate("reports.consent_form", "Firma de {person_name}").format(
                            person_name=facts.person_name
                        )
                        if facts.person_name
                        else translate("reports.consent_form", "Firma"),
                        _TEXT,
                    ),
                    text(""),
                    text(f"{facts.officer_name}, {facts.office}", _TEXT),
                ],
            ],
            colWidths=report.columns(1, 0.3, 1),
            rowHeights=[12 * mm, None],
        )
        signatures.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, 1), (0, 1), 0.8, colors.black),
                    ("LINEABOVE", (2, 1), (2, 1), 0.8, colors.black),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [
            *who,
            *_part(
                translate("reports.consent_form", "Qué datos trata la OMIL y por qué"), processing
            ),
            Spacer(1, 1.5 * mm),
            text(
                translate(
                    "reports.consent_form",
                    "Lo que la OMIL hace por su función legal (Ley 19.518, art. 73) no necesita su "
                    "consentimiento; lo que sale de la oficina, sí.",
                ),
                SMALL,
            ),
            *_part(
                translate(
                    "reports.consent_form",
                    "Con quién se comparten sus datos, solo con su consentimiento",
                ),
                text(shared, _TEXT),
            ),
            *_part(
                translate("reports.consent_form", "Sus derechos"),
                rights,
                Spacer(1, 2 * mm),
                exercise,
            ),
            *_part(
                translate("reports.consent_form", "Su decisión"),
                choice,
                Spacer(1, 2 * mm),
                text(day, _TEXT),
                signatures,
            ),
        ]

    return report.build(story, out, expected_pages=1)


__all__ = ["BLANK", "TITLE", "ConsentFacts", "ProcessingLine", "consent_form"]
