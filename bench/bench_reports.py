"""Printed documents benchmark (issue 9, point 10): 200 certificates in one PDF and the sign-in
sheet of a 500-person session, made from a real data folder filled through the services, with
the office's logo on every page. Reports time (median of N runs) and size; asserts nothing.

    .venv/bin/python bench/bench_reports.py            # --people 500 --completers 200 --repeat 5

Writes bench/out/reports/results.json (every timing, the machine's load, the commit measured)
and a profile of one run of each document (where the time goes).
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_info import app_state, load, profile

from omil_desktop.domain.people import PersonData, Sex
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.workshops import (
    AttendanceMark,
    SessionData,
    WorkshopData,
    WorkshopModule,
)
from omil_desktop.reports.paper import Paper
from omil_desktop.services.workshop_documents import WorkshopDocuments
from omil_desktop.services.workspace import Workspace

FIRST = ["María José", "Ñusta", "Begoña", "José Ignacio", "Andrés", "Inés", "Sofía", "Matías"]
LAST = ["Núñez", "Peñailillo", "Muñoz", "Ñancupil", "Castañeda", "Ávila", "Acuña", "Huenchumán"]
SESSIONS = (3, 5, 10, 12, 17, 19)
GENERATED = datetime(2026, 11, 27, 18, 0)


def logo() -> bytes:
    """A municipal shield, 300 × 360 px with transparency (a typical logo file)."""
    image = Image.new("RGBA", (300, 360), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon([(10, 10), (290, 10), (290, 220), (150, 350), (10, 220)], fill=(30, 80, 160))
    draw.rectangle([60, 60, 240, 160], fill=(230, 200, 40))
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def fill(folder: Path, people: int, completers: int) -> str:
    """An office of Palena with one workshop of ``people`` enrolled, ``completers`` of whom
    attend every session, through the services; returns the workshop's id."""
    workspace = Workspace(folder)
    try:
        workspace.set_up_office("10404", "Ana Pérez Ñancupil")
        workspace.office_service.save_document_settings(
            "Ilustre Municipalidad de Palena", Paper.LETTER, logo()
        )
        ids = workspace.people.create_many(
            [
                (
                    PersonData(
                        first_names=FIRST[i % 8],
                        last_name_1=LAST[i // 8 % 8],
                        last_name_2=f"{LAST[(i // 64) % 8]} {i}",
                        rut=Rut.from_body(10_000_000 + i * 7_919),
                        birth_date=date(1960 + i % 45, 1 + i % 12, 1 + i % 28),
                        sex=(Sex.FEMALE, Sex.MALE)[i % 2],
                        comuna_code="10404",
                    ),
                    True,
                )
                for i in range(people)
            ]
        )
        service = workspace.workshops
        wid = service.create(
            WorkshopData(
                name="Apresto laboral para la temporada de turismo en Palena",
                modules=(WorkshopModule.CV, WorkshopModule.INTERVIEW, WorkshopModule.SOFT_SKILLS),
                facilitator="Begoña Peña Cárcamo",
                place="Gimnasio municipal de Palena",
                capacity=people,
                starts_on=date(2026, 11, 2),
                ends_on=date(2026, 11, 20),
            )
        )
        sessions = [
            service.add_session(wid, SessionData(date(2026, 11, d), "09:30", "12:30"))
            for d in SESSIONS
        ]
        enrolled = [service.enroll(wid, pid, on=date(2026, 11, 2)).enrollment_id for pid in ids]
        for session_id in sessions:
            service.set_marks(
                session_id,
                {
                    e: AttendanceMark.PRESENT if i < completers else AttendanceMark.ABSENT
                    for i, e in enumerate(enrolled)
                },
            )
        service.finish(wid, on=date(2026, 11, 20))
        return wid
    finally:
        workspace.close()


def measure(run, repeat: int) -> tuple[list[float], int]:
    times = []
    pages = 0
    for _ in range(repeat):
        start = time.perf_counter()
        pages = run()
        times.append(time.perf_counter() - start)
    return times, pages


REPORT_CALLS = {
    ("workshops.py", "enrollments"): "WorkshopsService.enrollments (data)",
    ("workshops.py", "sessions"): "WorkshopsService.sessions (data)",
    ("workshops.py", "get"): "WorkshopsService.get (data)",
    ("office.py", "document_settings"): "OfficeService.document_settings (data)",
    ("doctemplate.py", "handle_flowable"): "ReportLab layout and drawing (handle_flowable)",
    ("template.py", "save"): "PDF written: pages numbered, compressed (canvas save)",
    ("template.py", "_decorate"): "page header and footer (_decorate)",
    ("template.py", "build"): "Report.build (all the PDF)",
}
"""The calls that tell where one run's time goes (file, function) → label."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--completers", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "reports")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    folder = args.out / "data"
    shutil.rmtree(folder, ignore_errors=True)
    load_before = load()
    started = time.perf_counter()
    wid = fill(folder, args.people, args.completers)
    fill_seconds = time.perf_counter() - started
    print(f"Data folder filled through the services in {fill_seconds:.1f} s")

    workspace = Workspace(folder)
    results: dict[str, object] = {}
    try:
        assert workspace.office is not None
        documents = WorkshopDocuments(
            workspace.db, workspace.territory, workspace.office.comuna_code, now=lambda: GENERATED
        )
        runs = {
            "certificates": (
                args.out / "certificados.pdf",
                lambda path: documents.certificates(wid, path),
            ),
            "attendance_sheet": (
                args.out / "hoja-asistencia.pdf",
                lambda path: documents.attendance_sheet(wid, 1, path),
            ),
        }
        for name, (path, make) in runs.items():
            times, pages = measure(lambda make=make, path=path: make(path), args.repeat)
            where = profile(
                lambda make=make, path=path: make(path), args.out / f"{name}.prof", REPORT_CALLS
            )
            results[name] = {
                "seconds": [round(t, 3) for t in times],
                "median_seconds": round(statistics.median(times), 3),
                "pages": pages,
                "bytes": path.stat().st_size,
                "profile_cumulative_seconds": [(label, round(s, 3)) for label, s in where],
            }
    finally:
        workspace.close()
    command = Path(sys.executable).parent / "omil-desktop"
    for name, document, extra in (
        ("certificates", "certificates", ()),
        ("attendance_sheet", "attendance-sheet", ("--session", "1")),
    ):
        out = args.out / f"cli-{name}.pdf"
        line = [str(command), "--data-dir", str(folder), "report", document, "--workshop", wid]
        line += [*extra, "--out", str(out)]

        def cli(line: list[str] = line) -> int:
            subprocess.run(line, check=True, capture_output=True)
            return 0

        times, _ = measure(cli, args.repeat)
        entry = results[name]
        assert isinstance(entry, dict)
        entry["cli_seconds"] = [round(t, 3) for t in times]
        entry["cli_median_seconds"] = round(statistics.median(times), 3)

    report = {
        "people": args.people,
        "completers": args.completers,
        "sessions": len(SESSIONS),
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
    print(f"{'document':<18} {'median':>8} {'runs (s)':<34} {'pages':>5} {'size':>8} {'CLI':>7}")
    for name, r in results.items():
        assert isinstance(r, dict)
        runs_text = " ".join(f"{t:.2f}" for t in r["seconds"])
        print(
            f"{name:<18} {r['median_seconds']:>7.2f}s {runs_text:<34} {r['pages']:>5} "
            f"{r['bytes'] / 1024:>5.0f} kB {r['cli_median_seconds']:>6.2f}s"
        )
        for label, seconds in r["profile_cumulative_seconds"]:
            print(f"    {seconds:6.2f} s  {label}")
    print(f"load average before {load_before}, after {report['load_after']}")
    print(f"Results: {args.out / 'results.json'}")


if __name__ == "__main__":
    main()
