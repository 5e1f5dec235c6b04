"""What the audit log costs one person save: the same creates and edits through PeopleService,
with the audit capture (store/audit_capture.py) and without it, on fresh data folders.

    .venv/bin/python bench/bench_audit.py               # --people 2000 --saves 300
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench_info import app_state, load

from omil_desktop.domain.people import PersonData
from omil_desktop.domain.rut import Rut
from omil_desktop.services.workspace import Workspace

OUT = Path(__file__).parent / "out"


def person(n: int) -> PersonData:
    return PersonData(
        first_names=f"Persona {n}",
        last_name_1="Banco",
        rut=Rut.from_body(10_000_000 + n),
        birth_date=date(1990, 1, 1),
        comuna_code="10404",
    )


def timings(folder: Path, people: int, saves: int, audited: bool) -> dict[str, list[float]]:
    import omil_desktop.store.database as database

    real = database.install_audit_capture
    if not audited:
        database.install_audit_capture = lambda *_args: None  # type: ignore[assignment]
    try:
        ws = Workspace(folder)
    finally:
        database.install_audit_capture = real
    ws.set_up_office("10404", "Bench")
    ids = [
        ws.people.create(person(n), allow_likely_duplicate=True) for n in range(people)
    ]  # the office's history
    creates, edits = [], []
    for n in range(saves):
        start = time.perf_counter()
        ws.people.create(person(people + n), allow_likely_duplicate=True)
        creates.append(time.perf_counter() - start)
    for n, person_id in enumerate(ids[:saves]):
        data = dataclasses.replace(ws.people.get(person_id).data, occupation=f"Oficio {n}")
        start = time.perf_counter()
        ws.people.update(person_id, data, allow_likely_duplicate=True)
        edits.append(time.perf_counter() - start)
    ws.close()
    return {"create": creates, "edit": edits}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    load_before = load()
    results: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for audited in (False, True, False, True):  # interleaved: the machine is shared
            key = "audited" if audited else "plain"
            folder = Path(scratch) / f"{key}-{len(results)}-{time.monotonic_ns()}"
            run = timings(folder, args.people, args.saves, audited)
            for kind, values in run.items():
                results.setdefault(key, {}).setdefault(kind, []).extend(values)
    summary: dict[str, Callable[[list[float]], float]] = {
        "median_ms": lambda v: statistics.median(v) * 1000,
        "p90_ms": lambda v: statistics.quantiles(v, n=10)[-1] * 1000,
    }
    print(f"{'save':8} {'without audit':>14} {'with audit':>11} {'ratio':>6}")
    table = {}
    for kind in ("create", "edit"):
        plain = summary["median_ms"](results["plain"][kind])
        audited_ms = summary["median_ms"](results["audited"][kind])
        table[kind] = {"plain_ms": plain, "audited_ms": audited_ms, "ratio": audited_ms / plain}
        print(f"{kind:8} {plain:12.2f} ms {audited_ms:8.2f} ms {audited_ms / plain:6.2f}")
    OUT.mkdir(exist_ok=True)
    (OUT / "audit.json").write_text(
        json.dumps(
            {
                "app": app_state(),
                "load_before": load_before,
                "load_after": load(),
                "args": vars(args),
                "medians": table,
                "raw": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
