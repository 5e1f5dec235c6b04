"""The first-day import (services/spreadsheets.py, the engine of the wizard and of
``import-people``): how long opening, checking and saving a spreadsheet of N people take, and the
memory the check holds; also how fast a 1 GB .xlsx bomb is refused. Reports, asserts nothing.

    .venv/bin/python bench/bench_import.py               # --people 20000
    .venv/bin/python bench/bench_import.py --people 2000 # quick check
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

from bench_info import app_state, load

from omil_desktop.domain.rut import Rut
from omil_desktop.services.people_files import PeopleImporter
from omil_desktop.services.spreadsheets import UnreadableFile
from omil_desktop.services.workspace import Workspace

OUT = Path(__file__).parent / "out"


def sheet(path: Path, people: int) -> Path:
    lines = ["RUT;Nombres;Apellido paterno;Apellido materno;Fecha nac;Comuna;Teléfono"]
    for n in range(people):
        rut = Rut.from_body(20_000_000 + n)
        serial = 30_000 + n % 9_000  # dates as Excel serials, the slow path of a date
        lines.append(f"{rut};Persona {n};Banco;Prueba;{serial};Palena;+56 9 {10_000_000 + n}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def bomb(path: Path, size: int = 1024**3) -> Path:
    chunk = b"<row><c><v>0</v></c></row>" * 40_000
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)

    class Same:
        def compress(self, _data: bytes) -> bytes:
            return block

        def flush(self) -> bytes:
            return zlib.compressobj(9, zlib.DEFLATED, -15).flush()

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part._compressor = Same()  # type: ignore[attr-defined]
            for _ in range(size // len(chunk) + 1):
                part.write(chunk)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20_000)
    args = parser.parse_args()
    before = load()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = Workspace(folder / "datos")
        ws.set_up_office("10404", "Bench")
        assert ws.office is not None
        path = sheet(folder / "personas.csv", args.people)
        importer = PeopleImporter(ws.people, ws.territory, ws.office.comuna_code)
        start = time.perf_counter()
        opened = importer.open(path)
        open_s = time.perf_counter() - start
        tracemalloc.start()
        start = time.perf_counter()
        checked = importer.check(opened)
        check_s = time.perf_counter() - start
        check_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        start = time.perf_counter()
        saved = importer.save(checked)
        save_s = time.perf_counter() - start
        ws.close()
        bomb_path = bomb(folder / "bomba.xlsx")
        tracemalloc.start()
        start = time.perf_counter()
        with contextlib.suppress(UnreadableFile):  # refused: the point
            importer.open(bomb_path)
        bomb_s = time.perf_counter() - start
        bomb_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    results = {
        "people": args.people,
        "saved": saved,
        "rejected": len(checked.report.rejected),
        "open_s": round(open_s, 3),
        "check_s": round(check_s, 2),
        "check_peak_mb": round(check_peak / 2**20, 1),
        "save_s": round(save_s, 2),
        "bomb_refused_s": round(bomb_s, 4),
        "bomb_peak_kb": round(bomb_peak / 1024),
        "load_before": before,
        "load_after": load(),
        **app_state(),
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "import.json").write_text(json.dumps(results, indent=2))
    for key, value in results.items():
        print(f"{key:>16}: {value}")
    sys.exit(0)


if __name__ == "__main__":
    main()
