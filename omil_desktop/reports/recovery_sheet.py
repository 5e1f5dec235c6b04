"""The recovery key's sheet: one page on the template, printed once at set-up (or after the key
was used and renewed), to keep under lock away from the PC."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from omil_desktop.domain.texts import translate
from omil_desktop.reports.paper import Paper
from omil_desktop.reports.template import (
    BODY,
    FONT_BOLD,
    HEADING,
    Letterhead,
    Report,
    long_date,
    table,
    text,
)

TITLE = "Clave de recuperación de los datos de la OMIL"
KEY_STYLE = ParagraphStyle(
    "recovery_key", parent=BODY, fontName=FONT_BOLD, fontSize=22, leading=30, alignment=TA_CENTER
)


def write_recovery_sheet(
    out: BinaryIO | Path,
    letterhead: Letterhead,
    recovery_key: str,
    *,
    officer_name: str,
    username: str,
    data_dir: Path,
    generated: datetime,
    paper: Paper = Paper.LETTER,
) -> int:
    """The one-page sheet with ``recovery_key``; returns its number of pages (1)."""
    report = Report(
        TITLE,
        letterhead,
        generated=generated,
        paper=paper,
        subject=translate("reports.recovery_sheet", "Clave de recuperación"),
        subtitle=[
            translate(
                "reports.recovery_sheet",
                "Configurada por {officer_name} ({username}) el {long_date}",
            ).format(
                officer_name=officer_name, username=username, long_date=long_date(generated.date())
            )
        ],
    )

    def story() -> list[Flowable]:
        return [
            text(
                translate(
                    "reports.recovery_sheet",
                    "Esta clave abre los datos cifrados de la oficina si se olvida la contraseña "
                    "de "
                    "todas las cuentas. Quien la tenga puede leer los datos personales de las "
                    "personas atendidas: guárdela bajo llave, lejos del equipo, y no la envíe por "
                    "correo ni la fotografíe.",
                ),
            ),
            Spacer(1, 10 * mm),
            text(recovery_key, KEY_STYLE),
            Spacer(1, 10 * mm),
            text(translate("reports.recovery_sheet", "Cómo usarla"), HEADING),
            Spacer(1, 2 * mm),
            text(
                translate(
                    "reports.recovery_sheet",
                    "1. Al abrir OMIL Desktop, en la ventana de ingreso, elija «Olvidé mi "
                    "contraseña».\n"
                    "2. Escriba su nombre de usuario, esta clave (con o sin guiones) y una "
                    "contraseña nueva dos veces.\n"
                    "3. El programa le mostrará una clave de recuperación NUEVA: imprímala y "
                    "destruya esta hoja, que deja de servir.",
                )
            ),
            Spacer(1, 8 * mm),
            table(
                ["Dato", "Valor"],
                [
                    ["Usuario de la persona encargada", username],
                    ["Carpeta de datos", str(data_dir)],
                    ["Fecha", long_date(generated.date())],
                ],
                report.columns(1, 2),
            ),
        ]

    return report.build(story, out)
