"""Plain values for the rendición's renderers (no database): a month of the FOMIL agreement of
Ñiquén with installments, expenses of both fundings and every budget line, and supporting
documents of each kind (PNG, JPEG, PDF, a damaged file) written to a folder."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from omil_desktop.domain.expenses import DocumentType
from omil_desktop.domain.rendition import (
    DEFAULT_BUDGET_LINES,
    AgreementSummary,
    AnnexItem,
    ExpenseRow,
    Funding,
    IncomeRow,
    LineTotals,
    Month,
    MonthStatement,
)
from omil_desktop.domain.rut import Rut
from omil_desktop.reports.template import Letterhead

LETTERHEAD = Letterhead("Ilustre Municipalidad de Ñiquén", "OMIL Ñiquén · Región de Ñuble")
MONTH = Month(2026, 10)
AGREEMENT = AgreementSummary(
    year=2026,
    resolution_number="123-Ñ",
    resolution_date=date(2026, 1, 7),
    starts_on=date(2026, 1, 1),
    ends_on=date(2026, 12, 31),
    transfer_amount=24_000_000,
    municipal_contribution=6_000_000,
    received_to_date=16_000_000,
)
SUPPLIERS = (
    ("Librería y Papelería Peñaflor Ltda.", 76_123_456),
    ("Begoña Núñez Ñancupil", 15_234_567),
    ("Transportes Ñuble Sur SpA", 77_654_321),
    ("Panadería y Amasandería Doña Inés", 12_345_678),
)
DESCRIPTIONS = (
    "Resmas de papel y tóner para la impresión de currículos",
    "Honorarios facilitadora taller de apresto «Entrevista laboral», sesiones de octubre en "
    "la sede vecinal de San Gregorio y en la escuela de Zemita, con material de apoyo",
    "Traslado de usuarios a la feria laboral de Chillán",
    "Colación para participantes del taller de apresto",
)


def expense(n: int, funding: Funding = Funding.SENCE, amount: int | None = None) -> ExpenseRow:
    name, body = SUPPLIERS[n % len(SUPPLIERS)]
    kind = (DocumentType.INVOICE, DocumentType.FEE_RECEIPT, DocumentType.SALES_RECEIPT)[n % 3]
    return ExpenseRow(
        spent_on=date(2026, 10, 1 + n % 28),
        document=f"{kind.label} N° {1000 + n}",
        supplier_rut=str(Rut.from_body(body)),
        supplier_name=name,
        description=DESCRIPTIONS[n % len(DESCRIPTIONS)],
        budget_line=DEFAULT_BUDGET_LINES[n % len(DEFAULT_BUDGET_LINES)],
        funding=funding,
        amount=amount if amount is not None else 10_000 + n * 1_357,
    )


def statement(
    sence: int = 9,
    municipal: int = 3,
    *,
    closed: bool = True,
    annex: tuple[AnnexItem, ...] = (),
) -> MonthStatement:
    expenses = tuple(expense(n) for n in range(sence)) + tuple(
        expense(n + 100, Funding.MUNICIPAL) for n in range(municipal)
    )
    expenses = tuple(sorted(expenses, key=lambda e: e.spent_on))
    lines = []
    for position, name in enumerate(DEFAULT_BUDGET_LINES):
        month_rows = [e for e in expenses if e.budget_line == name]
        month_sence = sum(e.amount for e in month_rows if e.funding is Funding.SENCE)
        month_municipal = sum(e.amount for e in month_rows if e.funding is Funding.MUNICIPAL)
        lines.append(
            LineTotals(
                name=name,
                budget_sence=2_000_000 + position * 100_000,
                budget_municipal=500_000,
                month_sence=month_sence,
                month_municipal=month_municipal,
                to_date_sence=month_sence + 1_500_000 + (900_000 if position == 2 else 0),
                to_date_municipal=month_municipal + 200_000,
            )
        )
    return MonthStatement(
        month=MONTH,
        agreement=AGREEMENT,
        opening_balance=3_456_789,
        incomes=(
            IncomeRow(date(2026, 10, 6), "CI-2026-0451", 4_000_000),
            IncomeRow(date(2026, 10, 27), "CI-2026-0519", 4_000_000),
        ),
        expenses=expenses,
        lines=tuple(lines),
        closed=closed,
        annex=annex,
    )


def png(path: Path, size: tuple[int, int] = (600, 800), text: str = "BOLETA 1001") -> Path:
    image = Image.new("RGB", size, (250, 250, 245))
    draw = ImageDraw.Draw(image)
    draw.rectangle([20, 20, size[0] - 20, 120], outline=(0, 0, 0), width=4)
    draw.text((40, 60), text, fill=(0, 0, 0))
    for y in range(160, size[1] - 40, 40):
        draw.line([(40, y), (size[0] - 40, y)], fill=(120, 120, 120), width=2)
    image.save(path, "PNG")
    return path


def jpeg(path: Path, size: tuple[int, int] = (1200, 900), orientation: int = 1) -> Path:
    """A photo of a receipt; ``orientation`` is its EXIF tag (6: taken with the phone turned)."""
    image = Image.new("RGB", size, (230, 225, 210))
    draw = ImageDraw.Draw(image)
    draw.rectangle([40, 40, size[0] // 2, 200], fill=(20, 60, 140))
    exif = Image.Exif()
    exif[0x0112] = orientation
    image.save(path, "JPEG", quality=80, exif=exif)
    return path


def pdf(path: Path, pages: int = 1, *, landscape: bool = False, rotate: int = 0) -> Path:
    """A factura electrónica as SII prints it: text on each page ("FACTURA ELECTRÓNICA N° 555,
    página k")."""
    size = (792.0, 612.0) if landscape else (612.0, 792.0)
    out = BytesIO()
    canvas = Canvas(out, pagesize=size, invariant=1)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 18)
        canvas.drawString(72, size[1] - 100, f"FACTURA ELECTRONICA N 555 pagina {page}")
        canvas.rect(60, 60, size[0] - 120, size[1] - 200)
        canvas.showPage()
    canvas.save()
    if rotate:  # a scanner's way: the page is shown turned (/Rotate), its content is not
        writer = PdfWriter(clone_from=PdfReader(BytesIO(out.getvalue())))
        for page in writer.pages:
            page.rotate(rotate)
        out = BytesIO()
        writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def damaged(path: Path) -> Path:
    """A PNG cut short: its signature and header are right, its picture is gone."""
    whole = BytesIO()
    Image.new("RGB", (400, 400), (200, 10, 10)).save(whole, "PNG")
    path.write_bytes(whole.getvalue()[:60])
    return path


def annex(folder: Path) -> tuple[AnnexItem, ...]:
    return (
        AnnexItem(
            "Boleta de venta N° 1001 — Panadería y Amasandería Doña Inés — $23.570",
            png(folder / "a.png"),
            "image/png",
        ),
        AnnexItem(
            "Factura N° 1002 — Librería y Papelería Peñaflor Ltda. — $45.000",
            jpeg(folder / "b.jpg"),
            "image/jpeg",
        ),
        AnnexItem(
            "Factura N° 555 — Transportes Ñuble Sur SpA — $120.000",
            pdf(folder / "c.pdf"),
            "application/pdf",
        ),
        AnnexItem(
            "Boleta de honorarios N° 77 — Begoña Núñez Ñancupil — $300.000",
            damaged(folder / "d.png"),
            "image/png",
        ),
    )
