"""The rendición de gastos and the valorización on plain values (no database), read back from
the PDF with pypdf: the sums as printed, the saldo chain, the draft mark, the signatures, the
annex of supporting documents (PNG, JPEG, PDF, damaged), paper sizes and same bytes."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from omil_desktop.domain.money import format_clp, parse_clp
from omil_desktop.domain.rendition import (
    AnnexItem,
    Funding,
    MonthStatement,
    UnitCost,
    Valuation,
)
from omil_desktop.reports.rendition import (
    DRAFT_MARK,
    SIGNERS,
    UNREADABLE,
    rendition,
    valuation,
)
from omil_desktop.reports.template import Paper
from tests.reports.rendition_samples import (
    LETTERHEAD,
    annex,
    damaged,
    expense,
    jpeg,
    pdf,
    png,
    statement,
)

GENERATED = datetime(2026, 11, 3, 9, 15)
AMOUNT = re.compile(r"-?\$[0-9]{1,3}(?:\.[0-9]{3})*")


def render(s: MonthStatement, paper: Paper = Paper.LETTER, officer: str = "") -> bytes:
    out = BytesIO()
    pages = rendition(s, LETTERHEAD, out, generated=GENERATED, paper=paper, officer=officer)
    assert pages == len(PdfReader(BytesIO(out.getvalue())).pages)
    return out.getvalue()


def pages_of(document: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(document)).pages]


def between(whole: str, start: str, end: str) -> str:
    assert start in whole and end in whole
    return whole[whole.index(start) + len(start) : whole.index(end, whole.index(start))]


def amounts(part: str) -> list[int]:
    return [parse_clp(a) for a in AMOUNT.findall(part)]


def after(whole: str, label: str) -> int:
    """The first amount printed after ``label``."""
    return amounts(whole[whole.index(label) + len(label) :])[0]


@pytest.mark.parametrize("paper", [Paper.LETTER, Paper.A4])
def test_the_totals_are_the_sums_of_the_rows_printed(paper):
    s = statement(sence=40, municipal=6)
    pages = pages_of(render(s, paper))
    whole = "".join(pages)

    sence = between(
        whole, "Gastos del mes con fondos SENCE\nN°", "Total gastos con fondos SENCE del mes"
    )
    printed = amounts(sence)
    assert len(printed) == 40
    assert sorted(printed) == sorted(e.amount for e in s.expenses if e.funding is Funding.SENCE)
    assert after(whole, "Total gastos con fondos SENCE del mes (40 documentos)") == sum(printed)

    municipal = between(
        whole,
        "Gastos del mes con aporte municipal\nN°",
        "Total gastos con aporte municipal del mes",
    )
    assert len(amounts(municipal)) == 6
    assert after(whole, "Total gastos con aporte municipal del mes (6 documentos)") == sum(
        amounts(municipal)
    )

    incomes = between(whole, "Comprobante de ingreso N°", "Total ingresos del mes")
    assert "CI-2026-0451" in incomes and "CI-2026-0519" in incomes
    assert after(whole, "Total ingresos del mes") == sum(amounts(incomes)) == 8_000_000

    # The expenses table's header is on every page its rows reach.
    with_rows = [p for p in pages if re.search(r"\n *\d+\n\d\d-10-2026\n", p)]
    assert len(with_rows) >= 2
    assert all("N°\nFecha\nDocumento\nRUT\nproveedor\nProveedor\nDescripción\nÍtem\nMonto" in p
               for p in with_rows)  # fmt: skip


def test_saldo_anterior_plus_ingresos_less_sence_spending_is_the_saldo_printed():
    s = statement(sence=12, municipal=4)
    whole = "".join(pages_of(render(s)))

    opening = after(whole, "Saldo anterior")
    income = after(whole, "(+) Ingresos del mes")
    spent = after(whole, "(−) Gastos del mes con fondos SENCE")
    closing = after(whole, "(=) Saldo para el mes siguiente")
    assert (opening, income, closing) == (3_456_789, 8_000_000, s.closing_balance)
    assert opening + income - spent == closing
    assert spent == after(whole, "Total gastos con fondos SENCE del mes (12 documentos)")
    # The municipal contribution is apart: it does not move the SENCE saldo.
    assert after(whole, "(no forma parte del saldo SENCE)") == s.municipal_spent > 0


def test_each_budget_line_against_its_budget_and_executed_to_date():
    s = statement(sence=14, municipal=5)
    whole = "".join(pages_of(render(s)))

    sence = between(whole, "Ejecución por ítem: fondos SENCE", "Ejecución por ítem: aporte")
    rows = sence.split("Disponible\n", 1)[1]
    for line in s.lines:
        expected = [line.budget_sence, line.month_sence, line.to_date_sence]
        printed = amounts(rows[rows.index(line.name + "\n") :])[:4]
        assert printed == [*expected, line.budget_sence - line.to_date_sence]
    total = amounts(rows[rows.index("Total\n") :])[:4]
    assert total[0] == sum(line.budget_sence for line in s.lines)
    assert total[1] == s.sence_spent  # the month's spending, by line, adds up to the table's
    assert total[2] == sum(line.to_date_sence for line in s.lines)
    overspent = next(line for line in s.lines if line.to_date_sence > line.budget_sence)
    left = format_clp(overspent.budget_sence - overspent.to_date_sence)
    assert f"{left} (excedido)" in rows

    municipal = between(whole, "Ejecución por ítem: aporte municipal", "Firmas")
    total = amounts(municipal[municipal.index("Total\n") :])[:4]
    assert total[1] == s.municipal_spent
    assert total[0] == sum(line.budget_municipal for line in s.lines)


def test_agreement_ruts_accents_and_long_descriptions_as_printed():
    long = (
        "Honorarios de la facilitadora del taller de apresto laboral «Entrevista de trabajo y "
        "habilidades blandas», cuatro sesiones en la sede vecinal de San Gregorio de Ñiquén, "
        "con preparación de material, evaluación de las participantes y el informe final"
    )
    s = statement(sence=3, municipal=1)
    s = replace(s, expenses=(*s.expenses, replace(expense(7), description=long)))
    whole = "".join(pages_of(render(s)))
    flat = " ".join(whole.split())

    assert long in flat  # whole, wrapped over several lines of its cell
    for row in s.expenses:
        assert re.fullmatch(r"\d{1,2}\.\d{3}\.\d{3}-[\dK]", row.supplier_rut)
        assert f"\n{row.supplier_rut}\n" in whole
    assert "Begoña Núñez Ñancupil" in flat and "Librería y Papelería Peñaflor Ltda." in flat
    assert "Convenio FOMIL 2026 · Resolución N° 123-Ñ del 07-01-2026" in whole
    assert "Período de ejecución 01-01-2026 al 31-12-2026" in flat
    assert "Monto transferido por SENCE $24.000.000" in flat
    assert "Aporte municipal comprometido $6.000.000" in flat
    assert "Recibido de SENCE al 31-10-2026 $16.000.000" in flat
    assert "Mes rendido: octubre de 2026" in whole
    assert "Rendición de gastos FOMIL" in whole and "Ilustre Municipalidad de Ñiquén" in whole


def test_signatures_and_the_draft_mark_only_while_the_month_is_open():
    closed = pages_of(render(statement(closed=True), officer="Ana Pérez Ñancupil"))
    draft = pages_of(render(statement(closed=False)))

    last = closed[-1]
    for label in SIGNERS:
        assert label in last
    assert "Ana Pérez Ñancupil\nEncargado(a) OMIL" in last.replace(" \n", "\n").replace("\n ", "\n")
    assert not any(DRAFT_MARK in page for page in closed)
    assert all(DRAFT_MARK in page for page in draft)  # in the header of every page
    assert "Ejecución por ítem: aporte municipal" in draft[-1]  # never signed on a page alone


def test_the_annex_prints_one_receipt_per_page(tmp_path):
    items = annex(tmp_path)  # a PNG, a JPEG, a one-page PDF, a damaged PNG
    two_pages = AnnexItem(
        "Factura N° 900 — dos páginas — $1.190.000",
        pdf(tmp_path / "two.pdf", pages=2, landscape=True),
        "application/pdf",
    )
    missing = AnnexItem("Boleta N° 3 — no está", tmp_path / "gone.png", "image/png")
    base = len(pages_of(render(statement())))

    document = render(statement(annex=(*items, two_pages, missing)))
    reader = PdfReader(BytesIO(document))
    pages = [page.extract_text() for page in reader.pages]

    assert len(pages) == base + len(items) + 2 + 1
    annexed = pages[base:]
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Página {number} de {total}" in page  # the annex counted from the first page
    for index, (page, item) in enumerate(zip(annexed[:4], items, strict=True), start=1):
        assert f"Anexo: documento de respaldo {index} de 6" in page
        assert item.caption in page
    png_page, jpeg_page, pdf_page, damaged_page = reader.pages[base : base + 4]
    assert len(png_page.images) == 1 and len(jpeg_page.images) == 1
    assert "FACTURA ELECTRONICA N 555 pagina 1" in annexed[2]  # the receipt's own page, merged
    assert UNREADABLE in annexed[3] and "dañado" in annexed[3]
    assert "(página 1 de 2 del documento)" in annexed[4]
    assert "FACTURA ELECTRONICA N 555 pagina 1" in annexed[4]
    assert "(página 2 de 2 del documento)" in annexed[5]
    assert "FACTURA ELECTRONICA N 555 pagina 2" in annexed[5]
    assert UNREADABLE in annexed[6] and "no está en la carpeta de datos" in annexed[6]
    # The annex pages are of the document's paper, whatever the receipt's.
    assert {tuple(map(float, page.mediabox[2:])) for page in reader.pages} == {LETTER}
    del png_page, damaged_page, pdf_page


def test_a_receipt_page_is_drawn_inside_the_page_scaled_and_upright(tmp_path):
    photo = AnnexItem(
        "Foto de boleta", jpeg(tmp_path / "f.jpg", (1200, 900), orientation=6), "image/jpeg"
    )
    big = AnnexItem("Escaneo", png(tmp_path / "big.png", (2480, 3508)), "image/png")
    turned = AnnexItem("Factura girada", pdf(tmp_path / "r.pdf", rotate=90), "application/pdf")
    document = render(statement(annex=(photo, big, turned)), Paper.A4)
    reader = PdfReader(BytesIO(document))

    photo_page, big_page, turned_page = reader.pages[-3:]
    assert photo_page.images[0].image.size == (900, 1200)  # turned as its EXIF says
    assert big_page.images[0].image.size == (2480, 3508)
    assert "FACTURA ELECTRONICA N 555 pagina 1" in turned_page.extract_text()
    assert "/Rotate" not in turned_page or turned_page.rotation == 0

    seen: list[tuple[float, float]] = []

    def where(text, cm, tm, font, size):
        if text.startswith("FACTURA"):
            seen.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    turned_page.extract_text(visitor_text=where)
    width, height = A4
    assert seen and all(0 < x < width and 0 < y < height * 0.8 for x, y in seen)


def test_the_same_statement_gives_the_same_bytes(tmp_path):
    s = statement(annex=annex(tmp_path))
    assert render(s) == render(s)
    plain = statement()
    assert render(plain, Paper.A4) == render(plain, Paper.A4)


def test_a_file_written_to_a_path(tmp_path):
    target = tmp_path / "rendicion.pdf"
    items = (AnnexItem("Factura", pdf(tmp_path / "c.pdf"), "application/pdf"),)
    pages = rendition(statement(annex=items), LETTERHEAD, target, generated=GENERATED)
    assert len(PdfReader(target).pages) == pages
    assert "FACTURA ELECTRONICA" in PdfReader(target).pages[-1].extract_text()


def test_damaged_files_of_every_kind_print_a_page_that_says_so(tmp_path):
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    bad_jpeg = tmp_path / "x.jpg"
    bad_jpeg.write_bytes(jpeg(tmp_path / "ok.jpg").read_bytes()[:300])
    items = (
        AnnexItem("PDF roto", not_pdf, "application/pdf"),
        AnnexItem("JPEG cortado", bad_jpeg, "image/jpeg"),
        AnnexItem("PNG cortado", damaged(tmp_path / "x.png"), "image/png"),
    )
    pages = pages_of(render(statement(annex=items)))
    assert [UNREADABLE in page for page in pages[-3:]] == [True] * 3


@pytest.mark.parametrize(("paper", "size"), [(Paper.LETTER, LETTER), (Paper.A4, A4)])
def test_valuation(paper, size):
    v = Valuation(
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 10, 31),
        costs=(
            UnitCost(
                "Persona atendida", "Todos los gastos del período.", 412, 9_876_543, 1_234_567
            ),
            UnitCost(
                "Participante de taller",
                "Los gastos vinculados a talleres de apresto.",
                37,
                1_850_000,
                120_000,
            ),
            UnitCost(
                "Colocación", "Los gastos de intermediación y ferias laborales.", 0, 300_000, 0
            ),
        ),
        sence_spent=9_876_543,
        municipal_spent=1_234_567,
    )
    out = BytesIO()
    pages = valuation(v, LETTERHEAD, out, generated=GENERATED, paper=paper)
    reader = PdfReader(BytesIO(out.getvalue()))
    assert pages == len(reader.pages) == 1
    assert tuple(map(float, reader.pages[0].mediabox[2:])) == pytest.approx(size)
    whole = reader.pages[0].extract_text()
    flat = " ".join(whole.split())

    assert "Valorización de los servicios" in whole and "Período: 01-01-2026 al 31-10-2026" in whole
    # 9.876.543 / 412 = 23.972,19…; 1.234.567 / 412 = 2.996,52…; together 26.968,71…
    assert "Persona atendida 412 $9.876.543 $1.234.567 $23.972 $2.997 $26.969" in flat
    assert "Participante de taller 37 $1.850.000 $120.000 $50.000 $3.243 $53.243" in flat
    assert "Colocación 0 $300.000 $0 — — —" in flat
    assert "Con fondos SENCE $9.876.543" in flat and "Total $11.111.110" in flat
    for cost in v.costs:
        assert f"{cost.label}: {cost.basis}" in flat
    out2 = BytesIO()
    valuation(v, LETTERHEAD, out2, generated=GENERATED, paper=paper)
    assert out2.getvalue() == out.getvalue()


def test_nothing_in_the_month_still_prints_every_part():
    empty = replace(statement(0, 0), incomes=())
    whole = "".join(pages_of(render(empty)))
    assert "Sin transferencias recibidas en el mes" in whole
    assert " ".join(whole.split()).count("Sin gastos en el mes.") == 2
    assert after(whole, "(=) Saldo para el mes siguiente") == empty.opening_balance


def test_paths_are_not_needed_for_images_given_by_the_service(tmp_path: Path):
    """A receipt path with accents and spaces (the data folder of an officer) is read."""
    folder = tmp_path / "Documentos de Begoña"
    folder.mkdir()
    item = AnnexItem("Boleta", png(folder / "boleta ñ.png"), "image/png")
    pages = pages_of(render(statement(annex=(item,))))
    assert UNREADABLE not in pages[-1] and "Anexo: documento de respaldo 1 de 1" in pages[-1]


@pytest.mark.parametrize("paper", [Paper.LETTER, Paper.A4])
def test_every_page_of_a_long_table_has_one_header_and_every_row_once(paper):
    s = statement(sence=150, municipal=0)
    pages = pages_of(render(s, paper))
    header = "N°\nFecha\nDocumento\nRUT\nproveedor\nProveedor\nDescripción\nÍtem\nMonto"

    numbers: list[int] = []
    for page in pages:
        tables = page.count(header)
        expected = int(bool(re.search(r"\n *\d+\n\d\d-10-2026\n", page)))
        expected += "Gastos del mes con aporte municipal\nN°" in page
        assert tables == expected  # never a header in the middle of a page's rows
        numbers += [int(n) for n in re.findall(r"\n *(\d+)\n\d\d-10-2026\n", page)]
    assert numbers == list(range(1, 151))
    assert sum(1 for page in pages if header in page) > 5


def test_a_pdf_page_that_cannot_be_merged_prints_a_notice_in_its_place(tmp_path):
    """A receipt whose page reads but cannot be carried over (an annotation without its
    rectangle, as a broken PDF editor leaves it)."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(pdf(tmp_path / "ok.pdf")))
    broken = DictionaryObject(
        {NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text")}
    )
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(broken)])
    path = tmp_path / "anotada.pdf"
    with path.open("wb") as file:
        writer.write(file)

    document = render(statement(annex=(AnnexItem("Factura", path, "application/pdf"),)))
    last = PdfReader(BytesIO(document)).pages[-1].extract_text()
    assert "Anexo: documento de respaldo 1 de 1" in last
    assert UNREADABLE in last and "FACTURA ELECTRONICA" not in last


def test_an_image_whose_picture_is_damaged_but_checksums_right_prints_a_notice(tmp_path):
    """A PNG whose compressed picture was damaged and its checksums written again (a broken
    editor's save): it passes the quick check and fails only when drawn."""
    import struct
    import zlib

    whole = png(tmp_path / "ok.png").read_bytes()
    at = whole.index(b"IDAT") - 4
    length = struct.unpack(">I", whole[at : at + 4])[0]
    data = bytearray(whole[at + 8 : at + 8 + length])
    data[2:40] = b"\xff" * 38  # not a deflate stream any more
    chunk = b"IDAT" + bytes(data)
    damaged_png = whole[: at + 4] + chunk + struct.pack(">I", zlib.crc32(chunk))
    damaged_png += whole[at + 12 + length :]
    path = tmp_path / "dañada.png"
    path.write_bytes(damaged_png)

    pages = pages_of(render(statement(annex=(AnnexItem("Boleta", path, "image/png"),))))
    assert "Anexo: documento de respaldo 1 de 1" in pages[-1] and UNREADABLE in pages[-1]


def test_an_amount_too_wide_for_its_column_is_never_broken():
    huge = replace(statement(1, 0), expenses=(expense(0, amount=999_999_999),))
    printed = AMOUNT.findall("\n".join(pages_of(render(huge))))
    whole = [a for a in printed if a.startswith("$999")]
    # The row, its table's total and the month's summary: each whole, none cut at its column.
    assert whole == ["$999.999.999"] * len(whole) and len(whole) >= 3
