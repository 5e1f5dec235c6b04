"""Encryption benchmark: what SQLCipher costs at 100,000 people (issue 12, point 10).

    .venv/bin/python bench/bench_encryption.py [--people 100000] [--repeat 7] [--queries 200]

The people database of ``bench_people.py`` (``people_fixture.ensure``, cached under
``bench/out/``) is copied twice: once as it is (plain SQLite, a legacy folder) and once exported
into a SQLCipher file under a data folder's key file (``Vault.create``, as ``omil-desktop init``
makes it). Then, for each folder:

1. **cold start**: ``--repeat`` fresh processes, alternating plain/encrypted, each timed by the
   parent from ``Popen`` to the child's ``READY`` line. The child imports the program, unlocks the
   folder with the raw key (``vault.remember``: the password's Argon2id, about 0.15 s, is a
   separate, fixed cost the window pays once), opens ``Workspace`` with the window's start-up
   check budget, and reads the people list's first page as the window does
   (``PeopleService.search("", page_size=50)``: the count and the first 50 rows);
2. **search**: in one warm child per folder, ``PeopleService.search(q, page_size=50)`` over the
   same as-you-type mix of ``--queries`` queries (``bench_people.make_queries``), each query run
   ``--search-rounds`` times; the median and p95 per folder.

Medians, the ratio encrypted / plain, and the target (≤ 1.3×) are printed and written to
``bench/out/encryption-results.json``. ``--cipher-pragma NAME=VALUE`` (repeatable) runs the
encrypted side with extra SQLCipher pragmas set on every connection (to try ``cache_size``,
``cipher_memory_security`` …) without touching the program; with ``--plain-too`` the plain side
gets them as well (what a change of the engine factory's pragmas would do). Numbers are
reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(0, str(BENCH_DIR.parent))

TARGET_RATIO = 1.3
KEY_VARIABLE = "OMIL_BENCH_KEY"
PRAGMA_VARIABLE = "OMIL_BENCH_PRAGMAS"
BENCH_PASSWORD = "clave del benchmark 2026"


# -- the child: one fresh process ----------------------------------------------------------------


def child(data_dir: str, queries_path: str | None, rounds: int) -> int:
    started = time.perf_counter()
    from pathlib import Path

    from omil_desktop.services.workspace import Workspace
    from omil_desktop.store import vault
    from omil_desktop.store.integrity import STARTUP_CHECK_BUDGET_S

    folder = Path(data_dir)
    key = os.environ.get(KEY_VARIABLE)
    pragmas = os.environ.get(PRAGMA_VARIABLE)
    if pragmas:
        _extra_pragmas(json.loads(pragmas))
    if key:
        vault.remember(folder, bytes.fromhex(key))
    imported = time.perf_counter()
    workspace = Workspace(folder, check_budget=STARTUP_CHECK_BUDGET_S)
    opened = time.perf_counter()
    page = workspace.people.search("", page_size=50)
    rows = len(page.rows)
    ready = time.perf_counter()
    marks = {
        "imports_ms": (imported - started) * 1000,
        "open_ms": (opened - imported) * 1000,
        "first_page_ms": (ready - opened) * 1000,
        "total": page.count,
        "rows": rows,
    }
    print("READY " + json.dumps(marks), flush=True)
    if queries_path:
        queries = json.loads(Path(queries_path).read_text(encoding="utf-8"))
        timings: list[float] = []
        for _ in range(rounds):
            for query in queries:
                start = time.perf_counter()
                workspace.people.search(query, page_size=50)
                timings.append((time.perf_counter() - start) * 1000)
        print("SEARCH " + json.dumps(timings), flush=True)
    workspace.close()
    return 0


def _extra_pragmas(pragmas: dict[str, str]) -> None:
    """Extra pragmas on every SQLCipher connection (after the key and the program's own); on
    plain ones too when ``*both*`` is among them."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from omil_desktop.store import engine as engine_module

    original = engine_module.create_sqlite_engine

    both = pragmas.pop("*both*", None) is not None

    def create(path: Path, key: bytes | None = None) -> Engine:
        made = original(path, key)
        if key is not None or both:

            def more(dbapi_connection: Any, _record: object) -> None:
                cursor = dbapi_connection.cursor()
                for name, value in pragmas.items():
                    cursor.execute(f"PRAGMA {name} = {value}")
                cursor.close()

            event.listen(made, "connect", more)
        return made

    import omil_desktop.store.database as database_module
    import omil_desktop.store.migrate as migrate_module

    for module in (engine_module, database_module, migrate_module):
        module.create_sqlite_engine = create  # type: ignore[attr-defined]


# -- the parent ----------------------------------------------------------------------------------


def run_child(
    data_dir: Path, key: bytes | None, pragmas: dict[str, str], extra: list[str], both: bool
) -> dict[str, Any]:
    env = dict(os.environ)
    env.pop(KEY_VARIABLE, None)
    env.pop(PRAGMA_VARIABLE, None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if key is not None:
        env[KEY_VARIABLE] = key.hex()
    if pragmas and (key is not None or both):
        env[PRAGMA_VARIABLE] = json.dumps({**pragmas, **({"*both*": "1"} if both else {})})
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", str(data_dir), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert proc.stdout is not None
    result: dict[str, Any] = {}
    for line in proc.stdout:
        if line.startswith("READY ") and "wall_ms" not in result:
            result["wall_ms"] = (time.perf_counter() - start) * 1000
            result["ready"] = json.loads(line[6:])
        elif line.startswith("SEARCH "):
            result["search_ms"] = json.loads(line[7:])
    _out, errors = proc.communicate(timeout=600)
    if proc.returncode != 0 or "wall_ms" not in result:
        raise RuntimeError(f"child failed (exit {proc.returncode}):\n{errors[-3000:]}")
    return result


def encrypted_copy(plain_db: Path, target: Path) -> bytes:
    """A data folder with a key file and the people database exported into SQLCipher."""
    import sqlcipher3

    from omil_desktop.store import vault
    from omil_desktop.store.engine import database_path

    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    created, key, _recovery = vault.Vault.create(target, "bench", BENCH_PASSWORD)
    created.save()
    conn = sqlcipher3.connect(str(plain_db))
    try:
        conn.execute(f"ATTACH DATABASE '{database_path(target)}' AS secret KEY \"x'{key.hex()}'\"")
        conn.execute("SELECT sqlcipher_export('secret')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA secret.user_version = {int(version)}")
        conn.execute("DETACH DATABASE secret")
    finally:
        conn.close()
    return key


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]  # nearest rank


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--child", metavar="DIR")
    parser.add_argument("--queries-file")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--search-rounds", type=int, default=3)
    parser.add_argument("--cipher-pragma", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument(
        "--plain-too",
        action="store_true",
        help="set the --cipher-pragma values on the plain side too (a change for every database)",
    )
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "out")
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.queries_file, args.search_rounds)

    import bench_info
    import people_fixture
    from bench_people import machine, make_queries

    from omil_desktop.store.engine import database_path

    pragmas = dict(p.split("=", 1) for p in args.cipher_pragma)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    fixture = people_fixture.ensure(out, args.people, args.seed, log=print)
    plain = people_fixture.working_copy(fixture, out / f"enc-plain-{args.people}")
    secret = out / f"enc-cipher-{args.people}"
    started = time.perf_counter()
    key = encrypted_copy(database_path(fixture.data_dir), secret)
    print(f"encrypted copy made in {time.perf_counter() - started:.1f} s")
    head = database_path(secret).read_bytes()[:16]
    assert not head.startswith(b"SQLite format 3"), "the copy is not encrypted"
    queries = make_queries(database_path(fixture.data_dir), args.queries, args.seed)
    queries_path = out / "encryption-queries.json"
    queries_path.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")

    load_before = bench_info.load()
    sides: dict[str, tuple[Path, bytes | None]] = {"plain": (plain, None), "cipher": (secret, key)}
    for folder, side_key in sides.values():  # warm-up, not counted
        run_child(folder, side_key, pragmas, [], args.plain_too)
    starts: dict[str, list[dict[str, Any]]] = {"plain": [], "cipher": []}
    for round_ in range(args.repeat):
        order = ["plain", "cipher"] if round_ % 2 == 0 else ["cipher", "plain"]
        for name in order:
            folder, side_key = sides[name]
            starts[name].append(run_child(folder, side_key, pragmas, [], args.plain_too))
            print(f"  cold start {name} {round_ + 1}: {starts[name][-1]['wall_ms']:.0f} ms")
    searches: dict[str, list[float]] = {}
    for name in ("plain", "cipher"):
        folder, side_key = sides[name]
        extra = ["--queries-file", str(queries_path), "--search-rounds", str(args.search_rounds)]
        searches[name] = run_child(folder, side_key, pragmas, extra, args.plain_too)["search_ms"]
    load_after = bench_info.load()

    def cold(name: str, field: str | None = None) -> float:
        if field is None:
            return median([s["wall_ms"] for s in starts[name]])
        return median([s["ready"][field] for s in starts[name]])

    results: dict[str, Any] = {
        "people": args.people,
        "repeat": args.repeat,
        "queries": len(queries),
        "search_rounds": args.search_rounds,
        "cipher_pragmas": pragmas,
        "pragmas_on_plain_too": args.plain_too,
        "machine": machine(),
        "app": bench_info.app_state(),
        "load_before": load_before,
        "load_after": load_after,
        "file_mb": {
            "plain": round(database_path(plain).stat().st_size / 2**20, 1),
            "cipher": round(database_path(secret).stat().st_size / 2**20, 1),
        },
        "cold_start_ms": {n: round(cold(n), 1) for n in starts},
        "open_ms": {n: round(cold(n, "open_ms"), 1) for n in starts},
        "first_page_ms": {n: round(cold(n, "first_page_ms"), 1) for n in starts},
        "search_median_ms": {n: round(median(v), 2) for n, v in searches.items()},
        "search_p95_ms": {n: round(p95(v), 2) for n, v in searches.items()},
        "raw": {"starts": starts, "search_ms": searches},
    }
    ratios = {
        "cold_start": results["cold_start_ms"]["cipher"] / results["cold_start_ms"]["plain"],
        "search_median": results["search_median_ms"]["cipher"]
        / results["search_median_ms"]["plain"],
        "search_p95": results["search_p95_ms"]["cipher"] / results["search_p95_ms"]["plain"],
    }
    results["ratios"] = {k: round(v, 2) for k, v in ratios.items()}
    (out / "encryption-results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")

    print()
    print(f"{args.people:,} people; {args.repeat} cold starts each; {len(queries)} queries ×")
    print(f"{args.search_rounds} rounds; load {load_before} → {load_after}")
    print(f"{'':22}{'plain':>10}{'SQLCipher':>12}{'ratio':>8}  target ≤ {TARGET_RATIO}×")
    rows = [
        ("cold start (wall)", results["cold_start_ms"], ratios["cold_start"]),
        ("  of it: open", results["open_ms"], None),
        ("  of it: first page", results["first_page_ms"], None),
        ("search median", results["search_median_ms"], ratios["search_median"]),
        ("search p95", results["search_p95_ms"], ratios["search_p95"]),
    ]
    for label, values, ratio in rows:
        shown = "" if ratio is None else f"{ratio:7.2f}×"
        verdict = "" if ratio is None else ("  ok" if ratio <= TARGET_RATIO else "  ABOVE TARGET")
        print(f"{label:22}{values['plain']:>8.1f}ms{values['cipher']:>10.1f}ms{shown:>8}{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
