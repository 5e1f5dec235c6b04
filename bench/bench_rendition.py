"""Rendición de gastos benchmark (issue 10, point 11): a month with 1,000 expenses to PDF, without
and with an annex of 50 scanned receipts (JPEG, PNG and PDF files), made from a real data folder
filled through RenditionService, with the office's logo on every page. Reports time (median of N
runs, in-process and as a cold CLI process), pages and size; asserts nothing.

    .venv/bin/python bench/bench_rendition.py          # --expenses 1000 --receipts 50 --repeat 5

Writes bench/out/rendition/results.json (every timing, the machine's load, the commit measured),
the PDFs, and a profile of one run of each document (where the time goes).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_info import app_state, load, profile
from bench_reports import logo

from omil_desktop.domain.expenses import DocumentType, expected_amounts
from omil_desktop.domain.rendition import (
    AgreementData,
    BudgetLineData,
    ExpenseData,
    Funding,
    InstallmentData,
    Month,
)
from omil_desktop.domain.rut import Rut
from omil_desktop.reports.paper import Paper
from omil_desktop.services.rendition_documents import RenditionDocuments
from omil_desktop.services.workspace import Workspace

MONTH = Month(2026, 10)
GENERATED = datetime(2026, 11, 5, 9, 30)
SEED = 20261010
SUPPLIERS = [
    (76_482_190, "Comercial Austral Limitada"),
    (99_520_000, "Estación de Servicio Río Palena Ltda."),
    (78_110_455, "Transportes Becker y Compañía Ltda."),
    (77_302_841, "Hostería El Ñirre SpA"),
    (9_874_120, "Amasandería Doña Inés Cárcamo"),
    (76_910_336, "Sociedad Radio Palena FM Limitada"),
    (15_345_678, "Begoña Ñancupil Vera"),
    (16_987_321, "Matías Oyarzún Peñailillo"),
]
DESCRIPTIONS = [
    "Resmas de papel carta",
    "Tóner para impresora de la OMIL",
    "Combustible camioneta municipal: visitas a empresas de Palena y Futaleufú",
    "Pasajes para usuarios derivados a entrevista de trabajo en Chaitén",
    "Colación para participantes del taller de apresto laboral",
    "Difusión radial de ofertas de empleo de temporada (frases diarias durante la semana)",
    "Honorarios facilitación taller de apresto «Entrevista laboral y habilidades blandas», "
    "sesiones en la sede vecinal de Villa Los Ñires y en la escuela de El Tigre",
    "Carpetas y archivadores",
]
KINDS = [
    DocumentType.INVOICE,
    DocumentType.INVOICE,
    DocumentType.SALES_RECEIPT,
    DocumentType.FEE_RECEIPT,
    DocumentType.PAYMENT_VOUCHER,
]


def scans(folder: Path, count: int) -> list[Path]:
    """``count`` supporting documents as offices scan them: a JPEG photo of a receipt (1200 ×
    1600), a PNG scan of a boleta (850 × 1100, 100 dpi) and a one-page PDF factura, in turn."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    files = []
    for n in range(count):
        kind = ("jpg", "png", "pdf")[n % 3]
        path = folder / f"respaldo-{n:02d}.{kind}"
        if kind == "pdf":
            canvas = Canvas(str(path), pagesize=(612, 792), invariant=1)
            canvas.setFont("Helvetica-Bold", 16)
            canvas.drawString(60, 720, f"FACTURA ELECTRONICA N {4000 + n}")
            canvas.setFont("Helvetica", 10)
            for row in range(30):
                canvas.drawString(60, 680 - row * 18, f"Item {row + 1}  resma papel carta  $3.990")
            canvas.save()
        else:
            size = (1200, 1600) if kind == "jpg" else (850, 1100)
            image = Image.new("RGB", size, (246, 244, 236))
            draw = ImageDraw.Draw(image)
            for row in range(0, size[1], 24):  # lines of text and some noise, like a scan
                width = rng.randint(size[0] // 3, size[0] - 80)
                draw.rectangle([40, row + 6, width, row + 14], fill=(40, 40, 40))
            image.save(path, "JPEG" if kind == "jpg" else "PNG", quality=85)
        files.append(path)
    return files


def fill(folder: Path, expenses: int, receipts: int) -> str:
    """An office of Palena with the 2026 agreement and ``expenses`` expenses in October 2026,
    the first ``receipts`` of them with a scanned receipt, through the services; returns the
    agreement's id."""
    workspace = Workspace(folder)
    try:
        workspace.set_up_office("10404", "Ana Pérez Ñancupil")
        workspace.office_service.save_document_settings(
            "Ilustre Municipalidad de Palena", Paper.LETTER, logo()
        )
        service = workspace.rendition
        agreement = service.create_agreement(
            AgreementData(
                year=2026,
                resolution_number="112",
                resolution_date=date(2026, 1, 8),
                starts_on=date(2026, 1, 1),
                ends_on=date(2026, 12, 31),
                transfer_amount=900_000_000,
                municipal_contribution=200_000_000,
            )
        )
        lines = service.budget(agreement)
        for line in lines:
            service.update_budget_line(line.id, BudgetLineData(line.name, 120_000_000, 25_000_000))
        service.add_installment(agreement, InstallmentData(date(2026, 10, 2), 400_000_000, "CI-1"))
        files = scans(folder.parent / "escaneos", receipts)
        rng = random.Random(SEED)
        for n in range(expenses):
            kind = KINDS[n % len(KINDS)]
            body, name = SUPPLIERS[n % len(SUPPLIERS)]
            amounts = expected_amounts(kind, rng.randint(2_000, 90_000) * 10, 2026)
            service.add_expense(
                agreement,
                ExpenseData(
                    spent_on=date(2026, 10, 1 + n * 31 // expenses),
                    document_type=kind,
                    number=str(10_000 + n),
                    supplier_rut=str(Rut.from_body(body)),
                    supplier_name=name,
                    net=amounts.net,
                    iva=amounts.iva,
                    retention=amounts.retention,
                    total=amounts.total,
                    budget_line_id=lines[n % len(lines)].id,
                    funding=Funding.MUNICIPAL if n % 7 == 3 else Funding.SENCE,
                    description=DESCRIPTIONS[rng.randrange(len(DESCRIPTIONS))],
                ),
                [files[n]] if n < receipts else [],
            )
        return agreement
    finally:
        workspace.close()


def measure(run, repeat: int) -> tuple[list[float], list[float], int]:
    """Wall seconds and CPU seconds (this process's and its children's: the CLI's) of each
    run, and the pages of the last. On a shared machine the CPU time tells the work apart from
    the waiting for a core."""
    walls, cpus = [], []
    pages = 0
    for _ in range(repeat):
        before = time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        pages = run()
        walls.append(time.perf_counter() - start)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(
            time.process_time()
            - before[0]
            + children.ru_utime
            - before[1].ru_utime
            + children.ru_stime
            - before[1].ru_stime
        )
    return walls, cpus, pages


RENDITION_CALLS = {
    ("rendition.py", "statement"): "RenditionService.statement (data)",
    ("office.py", "document_settings"): "OfficeService.document_settings (data)",
    ("rendition.py", "_read"): "receipts read and checked (_read)",
    ("rendition.py", "_expenses"): "expenses' table built (_expenses)",
    ("doctemplate.py", "handle_flowable"): "ReportLab layout and drawing (handle_flowable)",
    ("template.py", "save"): "PDF written: pages numbered, compressed (canvas save)",
    ("rendition.py", "merge"): "PDF receipts merged into their pages (pypdf, merge)",
    ("template.py", "build"): "Report.build (all the PDF but the merge)",
}
"""The calls that tell where one run's time goes (file, function) → label."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expenses", type=int, default=1000)
    parser.add_argument("--receipts", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "rendition")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    folder = args.out / "data"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(args.out / "escaneos", ignore_errors=True)
    load_before = load()
    started = time.perf_counter()
    agreement = fill(folder, args.expenses, args.receipts)
    fill_seconds = time.perf_counter() - started
    print(f"Data folder filled through the services in {fill_seconds:.1f} s")

    workspace = Workspace(folder)
    results: dict[str, dict[str, object]] = {}
    try:
        assert workspace.office is not None
        documents = RenditionDocuments(
            workspace.db, workspace.territory, workspace.office.comuna_code, now=lambda: GENERATED
        )
        runs = {
            "without_annex": (args.out / "rendicion.pdf", False),
            "with_annex": (args.out / "rendicion-anexo.pdf", True),
        }
        for name, (path, annex) in runs.items():

            def make(path: Path = path, annex: bool = annex) -> int:
                return documents.rendition(agreement, MONTH, path, annex=annex)

            times, cpus, pages = measure(make, args.repeat)
            where = profile(make, args.out / f"{name}.prof", RENDITION_CALLS)
            results[name] = {
                "seconds": [round(t, 3) for t in times],
                "median_seconds": round(statistics.median(times), 3),
                "cpu_seconds": [round(t, 3) for t in cpus],
                "median_cpu_seconds": round(statistics.median(cpus), 3),
                "pages": pages,
                "bytes": path.stat().st_size,
                "profile_cumulative_seconds": [(label, round(s, 3)) for label, s in where],
            }
    finally:
        workspace.close()
    command = Path(sys.executable).parent / "omil-desktop"
    for name, extra in (("without_annex", ()), ("with_annex", ("--annex",))):
        out = args.out / f"cli-{name}.pdf"
        line = [str(command), "--data-dir", str(folder), "report", "rendicion"]
        line += ["--month", str(MONTH), *extra, "--out", str(out)]

        def cli(line: list[str] = line) -> int:
            subprocess.run(line, check=True, capture_output=True)
            return 0

        times, cpus, _ = measure(cli, args.repeat)
        results[name]["cli_seconds"] = [round(t, 3) for t in times]
        results[name]["cli_median_seconds"] = round(statistics.median(times), 3)
        results[name]["cli_cpu_seconds"] = [round(t, 3) for t in cpus]
        results[name]["cli_median_cpu_seconds"] = round(statistics.median(cpus), 3)

    report = {
        "expenses": args.expenses,
        "receipts": args.receipts,
        "repeat": args.repeat,
        "fill_seconds": round(fill_seconds, 1),
        "results": results,
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
        },
        "load_before": load_before,
        "load_after": load(),
        "app": app_state(),
    }
    (args.out / "results.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(
        f"{'document':<15} {'median':>7} {'(CPU)':>7} {'runs (s)':<30} {'pages':>5} {'size':>8} "
        f"{'CLI':>6} {'(CPU)':>6}"
    )
    for name, r in results.items():
        runs_text = " ".join(f"{t:.2f}" for t in r["seconds"])  # type: ignore[attr-defined]
        print(
            f"{name:<15} {r['median_seconds']:>6.2f}s {r['median_cpu_seconds']:>6.2f}s "
            f"{runs_text:<30} {r['pages']:>5} {int(r['bytes']) // 1024:>5} kB "  # type: ignore[call-overload]
            f"{r['cli_median_seconds']:>5.2f}s {r['cli_median_cpu_seconds']:>5.2f}s"
        )
        for label, seconds in r["profile_cumulative_seconds"]:  # type: ignore[attr-defined]
            print(f"    {seconds:6.2f} s  {label}")
    print(f"load average before {load_before}, after {report['load_after']}")
    print(f"Results: {args.out / 'results.json'}")


if __name__ == "__main__":
    main()
