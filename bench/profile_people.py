"""Where the time goes behind ``bench_people.py``'s misses; app code untouched, scratch copies only.

    .venv/bin/python bench/profile_people.py [--people 100000]

Run after ``bench_people.py`` (it reuses the cached database and ``bench/out/queries.json``).
Sections, all printed and saved to ``bench/out/profile.json``:

1. ``import``: ``-X importtime`` of what the app imports beyond the baseline (PySide6 + SQLAlchemy).
2. ``startup``: cProfile of ``MainWindow(workspace)`` (the part of the cold start that grows with
   the number of people) and the service calls it makes, timed alone.
3. ``sql``: the statement that reads every matching id (``search_ids``; the list read it at
   start-up before it was paged), its query plan and raw-SQLite timings on the current schema,
   forced to a table scan (``NOT INDEXED``), and on the *other* schema: without the covering
   index ``ix_person_list`` if the app has it (migration 0003), with it if not; the first page
   alone with ``LIMIT 100``; the status-bar count; SQLAlchemy's share for all ids.
4. ``compare``: the real ``PeopleService.search`` (count + first page, what the list asks for)
   over the bench's query mix and the real cold start on both schemas (scratch copies; the app
   runs unchanged on either).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

import bench_people  # noqa: E402
import people_fixture  # noqa: E402

from omil_desktop.store.engine import database_path  # noqa: E402

COVERING_INDEX = "ix_person_list"
WITH_COVERING_INDEX = [
    "DROP INDEX IF EXISTS ix_person_sort_key",
    "CREATE INDEX ix_person_list ON person (sort_key, id, active, deleted_at, search_key)",
]
WITHOUT_COVERING_INDEX = [  # the schema of revision 0002
    "DROP INDEX IF EXISTS ix_person_list",
    "CREATE INDEX ix_person_sort_key ON person (sort_key)",
]
SEARCH_SQL = (
    "SELECT person.id FROM person {hint} WHERE person.deleted_at IS NULL AND person.active IS 1"
    "{likes} ORDER BY person.sort_key, person.id{limit}"
)
LIKE = " AND (person.search_key LIKE '%' || ? || '%' ESCAPE '/')"
SAMPLE_QUERIES = ["", "nunez", "gonzalez", "mar", "16.21", "munoz gonzalez", "xyzw"]


def median_ms(action: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1), result


# -- 1. imports ----------------------------------------------------------------------------------


def import_costs() -> dict[str, float]:
    """Cumulative import ms (median of 3): the baseline's two imports, then the app's on top."""
    code = "import PySide6.QtWidgets, sqlalchemy.orm, omil_desktop.app, omil_desktop.ui.app"
    runs: list[dict[str, float]] = []
    for _ in range(3):
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env=bench_people.child_env(),  # the same bytecode cache as the cold starts
        )
        costs: dict[str, float] = {}
        for line in proc.stderr.splitlines():
            match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\s*)(\S+)", line)
            if match and (len(match[2]) == 0 or match[3].startswith("omil_desktop")):
                indent = "  " * min(len(match[2]) // 2, 4)
                costs[indent + match[3]] = int(match[1]) / 1000
        runs.append(costs)
    medians = {k: statistics.median(r.get(k, 0.0) for r in runs) for k in runs[-1]}
    return {k: round(v, 1) for k, v in medians.items() if v >= 5}


# -- 2. startup ----------------------------------------------------------------------------------


def startup_profile(data_dir: Path) -> dict[str, Any]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from omil_desktop.services.workspace import Workspace
    from omil_desktop.ui.main_window import MainWindow
    from omil_desktop.ui.people.list_model import PAGE

    app = QApplication.instance() or QApplication([])
    workspace = Workspace(data_dir)
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    window = MainWindow(workspace)
    profiler.disable()
    total = (time.perf_counter() - start) * 1000
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("cumulative").print_stats(r"omil_desktop|fetchall|loading\.py", 14)
    people = workspace.people
    search_ms, found = median_ms(lambda: people.search("", page_size=PAGE))
    page_ms, _ = median_ms(lambda: people.search_page("", offset=0, limit=PAGE))
    all_ids_ms, ids = median_ms(lambda: people.search_ids(""))
    counts_ms, _ = median_ms(people.counts)
    window.close()
    app.processEvents()
    workspace.close()
    return {
        "main_window_ms": round(total, 1),
        "search_count_and_first_page_ms": search_ms,
        "count": found.count,
        "first_page_alone_ms": page_ms,
        "every_id_as_before_paging_ms": all_ids_ms,
        "ids": len(ids),
        "counts_ms": counts_ms,
        "cprofile_top": [line.rstrip() for line in stream.getvalue().splitlines() if line.strip()][
            -16:
        ],
    }


# -- 3. SQL --------------------------------------------------------------------------------------


def sql_timings(schemas: dict[str, Path]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    (current, db), (other, other_db) = schemas.items()
    variants = {
        current: (db, ""),
        f"{current}, NOT INDEXED (table scan + sort)": (db, "NOT INDEXED"),
        other: (other_db, ""),
    }
    for name, (path, hint) in variants.items():
        conn = sqlite3.connect(database_path(path))
        rows = {}
        for query in SAMPLE_QUERIES:
            terms = bench_people_terms(query)
            sql = SEARCH_SQL.format(hint=hint, likes=LIKE * len(terms), limit="")
            ms, result = median_ms(lambda s=sql, t=terms, c=conn: c.execute(s, t).fetchall())
            plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, terms)]
            rows[query or "(empty)"] = {"ms": ms, "hits": len(result), "plan": plan}
        sql = SEARCH_SQL.format(hint=hint, likes="", limit=" LIMIT 100")
        ms, _ = median_ms(lambda s=sql, c=conn: c.execute(s).fetchall())
        rows["(empty) LIMIT 100 = first page only"] = {"ms": ms, "hits": 100}
        ms, _ = median_ms(
            lambda c=conn: c.execute(
                "SELECT count(*) FROM person WHERE deleted_at IS NULL AND active IS 1"
            ).fetchall()
        )
        rows["count(*) of the status bar"] = {"ms": ms}
        conn.close()
        out[name] = rows
    return out


def bench_people_terms(query: str) -> list[str]:
    from omil_desktop.domain.people import search_terms

    return search_terms(query)


def sqlalchemy_share(data_dir: Path) -> dict[str, dict[str, float]]:
    """``search_ids`` as shipped vs the same SQL on a raw DBAPI cursor from the same pool."""
    from omil_desktop.services.workspace import Workspace

    workspace = Workspace(data_dir)
    out: dict[str, dict[str, float]] = {}
    try:
        for query in ["", "ale", "mar", "jose", "nunez", "16.21"]:
            terms = bench_people_terms(query)
            orm_ms, ids = median_ms(lambda q=query: workspace.people.search_ids(q))
            sql = SEARCH_SQL.format(hint="", likes=LIKE * len(terms), limit="")

            def raw(sql: str = sql, terms: list[str] = terms) -> list[str]:
                conn = workspace.db.engine.raw_connection()
                try:
                    return [r[0] for r in conn.cursor().execute(sql, terms).fetchall()]
                finally:
                    conn.close()

            raw_ms, raw_ids = median_ms(raw)
            if raw_ids != ids:
                raise RuntimeError(f"raw SQL and search_ids disagree for {query!r}")
            out[query or "(empty)"] = {
                "hits": len(ids),
                "search_ids_ms": orm_ms,
                "raw_cursor_ms": raw_ms,
            }
    finally:
        workspace.close()
    return out


# -- 4. what if ----------------------------------------------------------------------------------


def search_mix(data_dir: Path, queries: list[str]) -> dict[str, float]:
    from omil_desktop.services.workspace import Workspace
    from omil_desktop.ui.people.list_model import PAGE

    workspace = Workspace(data_dir)
    try:
        people = workspace.people
        times = []
        for query in queries:
            start = time.perf_counter()
            people.search(query, page_size=PAGE)
            times.append((time.perf_counter() - start) * 1000)
    finally:
        workspace.close()
    return bench_people.summary(times)


def cold_start(schemas: dict[str, Path], repeat: int) -> dict[str, Any]:
    walls: dict[str, list[float]] = {name: [] for name in [*schemas, "baseline"]}
    phases: dict[str, list[dict[str, float]]] = {name: [] for name in schemas}
    order: list[tuple[str, Path | None]] = [*schemas.items(), ("baseline", None)]
    for i in range(repeat):
        for name, path in order if i % 2 == 0 else reversed(order):
            args = ["baseline"] if path is None else ["app", str(path)]
            run = bench_people.run_child(args)
            walls[name].append(run["wall_ms"])
            if path is not None:
                phases[name].append(run["ready"]["marks"])
    return {
        "wall_median_ms": {k: round(statistics.median(v), 1) for k, v in walls.items()},
        "ratio_to_baseline": {
            k: round(statistics.median(v) / statistics.median(walls["baseline"]), 2)
            for k, v in walls.items()
            if k != "baseline"
        },
        "phase_medians_ms": {
            name: {mark: round(statistics.median(m[mark] for m in marks), 1) for mark in marks[0]}
            for name, marks in phases.items()
        },
    }


def has_index(db: Path, name: str) -> bool:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"
        return conn.execute(sql, (name,)).fetchone() is not None
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--repeat", type=int, default=3, help="cold starts per variant")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "out")
    args = parser.parse_args(argv)

    fixture = people_fixture.ensure(args.out, args.people, args.seed)
    scratch = args.out / "profile"
    shutil.rmtree(scratch, ignore_errors=True)
    shipped = people_fixture.working_copy(fixture, scratch / "current")
    other = people_fixture.working_copy(fixture, scratch / "other")
    shipped_has_index = has_index(database_path(shipped), COVERING_INDEX)
    current_name = "current schema" + (
        " (covering index)" if shipped_has_index else " (sort_key index only)"
    )
    other_name = (
        "without the covering index (schema 0002)"
        if shipped_has_index
        else "with the covering index"
    )
    conn = sqlite3.connect(database_path(other))
    start = time.perf_counter()
    for statement in WITHOUT_COVERING_INDEX if shipped_has_index else WITH_COVERING_INDEX:
        conn.execute(statement)
    conn.commit()
    conn.close()
    schemas = {current_name: shipped, other_name: other}
    queries_path = args.out / "queries.json"
    if queries_path.exists():
        queries = json.loads(queries_path.read_text(encoding="utf-8"))
    else:
        queries = bench_people.make_queries(database_path(shipped), 300, args.seed)

    report: dict[str, Any] = {"app": bench_people.app_state(), "schemas": list(schemas)}
    report["other_schema_build_ms"] = round((time.perf_counter() - start) * 1000, 1)
    print("1. imports beyond the baseline (cumulative ms, -X importtime) …", flush=True)
    report["import"] = import_costs()
    print(json.dumps(report["import"], indent=1))
    print("2. MainWindow(workspace) with all people …", flush=True)
    report["startup"] = startup_profile(shipped)
    print(json.dumps({k: v for k, v in report["startup"].items() if k != "cprofile_top"}))
    print("\n".join(report["startup"]["cprofile_top"]))
    print("3. search SQL, raw sqlite3 …", flush=True)
    report["sql"] = sql_timings(schemas)
    for variant, rows in report["sql"].items():
        print(f"  {variant}")
        for query, row in rows.items():
            plan = "; ".join(row.get("plan", []))
            print(f"    {query!r:40} {row['ms']:7.1f} ms  {row.get('hits', '')!s:>6}  {plan}")
    report["sqlalchemy_share"] = sqlalchemy_share(shipped)
    print("  search_ids vs the same SQL on a raw DBAPI cursor:")
    for query, row in report["sqlalchemy_share"].items():
        print(f"    {query!r:12} {row}")
    print(f"4. both schemas: {len(queries)} searches, {args.repeat} cold starts each …", flush=True)
    report["compare"] = {
        "search_mix_ms": {name: search_mix(path, queries) for name, path in schemas.items()},
        "cold_start": cold_start(schemas, args.repeat),
    }
    print(json.dumps(report["compare"], indent=1))
    (args.out / "profile.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"saved {args.out / 'profile.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
