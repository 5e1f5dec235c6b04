"""People benchmark: cold start, first page, search latency and memory with a large office.

    .venv/bin/python bench/bench_people.py [--people 100000] [--repeat 7] [--queries 300]

Builds (once, cached under ``bench/out/``) a database of ``--people`` synthetic people, then:

1. cold start: ``--repeat`` fresh processes of the app (``omil-desktop --data-dir``) and of a bare
   PySide6 baseline, alternating, each timed from the parent's ``Popen`` to the child's ``READY``
   line (window exposed and, for the app, the visible rows of the people list fetched);
2. the people list's first page (``PeopleListModel.search("")`` + ``data()`` of 40 rows);
3. search latency of ``PeopleService.search`` (the count and the first page of rows, what
   the list asks for) and of the UI path over an as-you-type mix;
4. peak RSS of the app process after the window is shown and after the search mix.

Prints a table, writes ``bench/out/results.json``. Numbers are reported, never asserted.
See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import selectors
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

import bench_info  # noqa: E402
import people_fixture  # noqa: E402

from omil_desktop.domain.rut import Rut  # noqa: E402
from omil_desktop.domain.text import fold  # noqa: E402
from omil_desktop.store.engine import database_path  # noqa: E402
from omil_desktop.ui.main_window import SYNC_START_DELAY_MS  # noqa: E402

CHILD = BENCH_DIR / "startup_child.py"
CHILD_TIMEOUT_S = 180
TARGET_START_RATIO = 1.5
TARGET_SEARCH_P95_MS = 50.0
TARGET_PEAK_RSS_MB = 250.0


# -- query mix -----------------------------------------------------------------------------------


def make_queries(db: Path, count: int, seed: int) -> list[str]:
    """What an officer types in the search box, as-you-type: partial/full RUTs and names.

    Drawn (seeded) from the people actually stored, in these proportions: partial RUT with dots
    ("12.3", "15.432.8"), partial RUT digits ("15432"), full RUT with dots and dash, full compact
    RUT with a lower-case k, a first surname without accents ("nunez") or its first letters
    ("nun"), two surnames ("munoz gonzalez"), a first-name fragment ("mar"), first name + surname
    ("maria jose nunez"), and queries that match nobody.
    """
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        people = conn.execute(
            "SELECT rut, first_names, last_name_1, last_name_2 FROM person ORDER BY search_key"
        ).fetchall()
    finally:
        conn.close()
    rng = random.Random(seed)
    with_rut = [p for p in people if p[0]]
    nothing = ["xyzw", "qqq", "wolfgang", "zzz 12", "pérez xiomara zúñiga"]

    def partial_rut_dots() -> str:
        text = str(Rut.parse(rng.choice(with_rut)[0]))  # 12.345.678-5
        cut = rng.randrange(3, len(text) - 1)
        return text[:cut].rstrip(".-") or text[:2]

    def partial_rut_digits() -> str:
        return Rut.parse(rng.choice(with_rut)[0]).digits[: rng.randrange(4, 8)]

    def full_rut() -> str:
        return str(Rut.parse(rng.choice(with_rut)[0]))

    def compact_rut() -> str:
        return Rut.parse(rng.choice(with_rut)[0]).compact.lower()

    def surname() -> str:
        name = fold(rng.choice(people)[2])
        return name if rng.random() < 0.7 else name[: max(3, len(name) // 2)]

    def two_surnames() -> str:
        person = rng.choice([p for p in people[::50] if p[3]])
        return fold(f"{person[2]} {person[3]}")

    def first_name_fragment() -> str:
        return fold(rng.choice(people)[1])[: rng.randrange(3, 5)]

    def name_and_surname() -> str:
        person = rng.choice(people)
        return fold(f"{person[1]} {person[2]}")

    def no_match() -> str:
        return rng.choice(nothing)

    kinds = [
        (partial_rut_dots, 15),
        (partial_rut_digits, 15),
        (full_rut, 10),
        (compact_rut, 5),
        (surname, 20),
        (two_surnames, 10),
        (first_name_fragment, 10),
        (name_and_surname, 10),
        (no_match, 5),
    ]
    fixed = ["12.3", "15432", "nunez", "munoz gonzalez", "mar", "xyzw"]
    makers, weights = zip(*kinds, strict=True)
    queries = list(fixed)
    while len(queries) < count:
        queries.append(rng.choices(makers, weights)[0]())
    return queries[:count]


# -- children ------------------------------------------------------------------------------------


BYTECODE_CACHE: Path | None = BENCH_DIR / "out" / "pycache"
"""Where the children keep compiled modules (``PYTHONPYCACHEPREFIX``); None: none written."""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    if BYTECODE_CACHE is not None:
        # An installed app starts from bytecode: pip compiles it at install, PyInstaller ships it.
        # With PYTHONDONTWRITEBYTECODE in the environment only the app, an editable checkout
        # here, would compile its own modules at every start, while the baseline's libraries are
        # precompiled in site-packages. The uncounted warm-up runs fill this cache for both.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(BYTECODE_CACHE)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def run_child(args: list[str], timeout_s: float = CHILD_TIMEOUT_S) -> dict[str, Any]:
    """Start a child, return its READY (and WORKLOAD) payloads and the parent-measured wall ms.

    The wall clock stops when the READY line arrives. A child that hangs (say, on a modal error
    box, which never closes offscreen) is killed after ``timeout_s`` and reported.
    """
    result: dict[str, Any] = {}
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=child_env(),
        )
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        deadline = start + timeout_s
        pending = b""
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while (remaining := deadline - time.perf_counter()) > 0:
                if not selector.select(remaining):
                    continue
                chunk = os.read(fd, 1 << 16)
                arrived = time.perf_counter()
                if not chunk:
                    break
                pending += chunk
                while b"\n" in pending:
                    raw, pending = pending.split(b"\n", 1)
                    line = raw.decode("utf-8")
                    if line.startswith("READY ") and "wall_ms" not in result:
                        result["wall_ms"] = (arrived - start) * 1000
                        result["ready"] = json.loads(line[6:])
                    elif line.startswith("IDLE ") and "idle" not in result:
                        result["idle_line_wall_ms"] = (arrived - start) * 1000
                        result["idle"] = json.loads(line[5:])
                    elif line.startswith("WORKLOAD "):
                        result["workload"] = json.loads(line[9:])
        timed_out = False
        try:
            code = proc.wait(timeout=max(1.0, deadline - time.perf_counter()))
        except subprocess.TimeoutExpired:
            timed_out = True
            proc.kill()
            code = proc.wait()
        proc.stdout.close()
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
    if "idle" in result:
        # The child's clock places idle after READY; the parent's wall clock places READY.
        ready_in = result["ready"]["marks"]["ready"]
        result["idle_wall_ms"] = result["wall_ms"] + result["idle"]["idle_ms"] - ready_in
    if code != 0 or "wall_ms" not in result or (args[0] != "baseline" and "idle" not in result):
        log_file = Path(args[1]) / "registro" / "omil.log" if len(args) > 1 else None
        log_tail = ""
        if log_file is not None and log_file.exists():
            log_tail = "\n".join(log_file.read_text(errors="replace").splitlines()[-5:])
        why = f"killed after {timeout_s:.0f} s" if timed_out else f"exit {code}"
        raise RuntimeError(
            f"child {args[0]} failed ({why}):\n{stderr[-3000:]}\napp log tail:\n{log_tail}"
        )
    return result


def cold_starts(data_dir: Path, repeat: int, log: Any) -> dict[str, list[dict[str, Any]]]:
    runs: dict[str, list[dict[str, Any]]] = {"app": [], "baseline": []}
    commands = {"app": ["app", str(data_dir)], "baseline": ["baseline"]}
    log("  warm-up (not counted): app, baseline")
    for kind in ("app", "baseline"):
        run_child(commands[kind])
    for i in range(repeat):
        order = ("app", "baseline") if i % 2 == 0 else ("baseline", "app")
        for kind in order:
            runs[kind].append(run_child(commands[kind]))
        log(
            f"  round {i + 1}/{repeat}: app {runs['app'][-1]['wall_ms']:.0f} ms "
            f"(idle {runs['app'][-1]['idle_wall_ms']:.0f} ms), "
            f"baseline {runs['baseline'][-1]['wall_ms']:.0f} ms"
        )
    return runs


# -- statistics and report -----------------------------------------------------------------------


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, round(pct / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 2),
        "p95": round(percentile(values, 95), 2),
        "min": round(min(values), 2),
        "max": round(max(values), 2),
        "n": len(values),
    }


def machine() -> dict[str, Any]:
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu": cpu,
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
    }


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def analyse(
    runs: dict[str, list[dict[str, Any]]], workload: dict[str, Any], queries: list[str]
) -> dict[str, Any]:
    app_wall = [r["wall_ms"] for r in runs["app"]]
    base_wall = [r["wall_ms"] for r in runs["baseline"]]
    app_child = [r["ready"]["marks"]["ready"] for r in runs["app"]]
    idle_wall = [r["idle_wall_ms"] for r in runs["app"]]
    idle_child = [r["idle"]["idle_ms"] for r in runs["app"]]
    sync_start = [
        r["idle"]["marks"]["sync_started"] - r["idle"]["marks"]["sync_start_begin"]
        for r in runs["app"]
    ]
    base_child = [r["ready"]["marks"]["ready"] for r in runs["baseline"]]
    ratio = statistics.median(app_wall) / statistics.median(base_wall)
    phases = {
        name: round(statistics.median(r["idle"]["marks"][name] for r in runs["app"]), 1)
        for name in runs["app"][0]["idle"]["marks"]
    }
    first_page = [p["total_ms"] for p in workload["first_page"]]
    service = [s["ms"] for s in workload["search_service"]]
    ui = [s["ms"] for s in workload["search_ui"]]
    after_show = workload["memory_after_show"]["vm_hwm_mb"]
    at_idle = workload["memory_at_idle"]["vm_hwm_mb"]
    after_search = workload["memory_after_search"]["vm_hwm_mb"]
    peak = max(after_show, at_idle, after_search)
    by_kind: dict[str, list[float]] = {}
    for s in workload["search_service"]:
        by_kind.setdefault(query_kind(s["q"]), []).append(s["ms"])
    slowest = sorted(workload["search_service"], key=lambda s: -s["ms"])[:10]
    return {
        "cold_start": {
            "app_wall_ms": summary(app_wall),
            "baseline_wall_ms": summary(base_wall),
            "app_in_process_ms": summary(app_child),
            "baseline_in_process_ms": summary(base_child),
            "ratio_app_to_baseline": round(ratio, 2),
            "target_ratio": TARGET_START_RATIO,
            "verdict": verdict(ratio <= TARGET_START_RATIO),
            "app_idle_wall_ms": summary(idle_wall),
            "app_idle_in_process_ms": summary(idle_child),
            "idle_after_ready_ms": summary([r["idle_wall_ms"] - r["wall_ms"] for r in runs["app"]]),
            "sync_controller_start_ms": summary(sync_start),
            "idle_definition": {
                "sync_controller_started": True,
                "counts_shown": True,
                "event_loop_quiet_ms": runs["app"][0]["idle"]["quiet_ms"],
                "sync_start_delay_ms": SYNC_START_DELAY_MS,
            },
            "app_phase_medians_ms": phases,
            "baseline_phase_medians_ms": {
                name: round(
                    statistics.median(r["ready"]["marks"][name] for r in runs["baseline"]), 1
                )
                for name in runs["baseline"][0]["ready"]["marks"]
            },
            "rows_in_list": runs["app"][0]["ready"]["rows"],
            "visible_rows": runs["app"][0]["ready"]["visible_rows"],
        },
        "first_page_ms": {
            **summary(first_page),
            "search_part": summary([p["search_ms"] for p in workload["first_page"]]),
            "service_search": summary(
                [p["search_ms"] for p in workload["first_page_service_split"]]
            ),
            "service_first_page": summary(
                [p["page_ms"] for p in workload["first_page_service_split"]]
            ),
        },
        "search_service_ms": {
            **summary(service),
            "target_p95": TARGET_SEARCH_P95_MS,
            "verdict": verdict(percentile(service, 95) <= TARGET_SEARCH_P95_MS),
            "by_kind": {k: summary(v) for k, v in sorted(by_kind.items())},
            "slowest": [{"q": s["q"], "ms": round(s["ms"], 1), "hits": s["hits"]} for s in slowest],
        },
        "search_ui_ms": summary(ui),
        "memory_mb": {
            "peak_rss_after_show": after_show,
            "peak_rss_at_idle": at_idle,
            "peak_rss_after_search_mix": after_search,
            "peak_rss_after_show_cold_runs": summary(
                [r["ready"]["memory"]["vm_hwm_mb"] for r in runs["app"]]
            ),
            "baseline_peak_rss_cold_runs": summary(
                [r["ready"]["memory"]["vm_hwm_mb"] for r in runs["baseline"]]
            ),
            "ru_maxrss_after_search_mix": workload["memory_after_search"]["ru_maxrss_mb"],
            "measure": "VmHWM (peak RSS of the child's own address space)",
            "target": TARGET_PEAK_RSS_MB,
            "verdict": verdict(peak <= TARGET_PEAK_RSS_MB),
        },
        "query_plans": workload["query_plans"],
        "queries": {"count": len(queries), "ui_path_count": len(ui), "sample": queries[:20]},
    }


def query_kind(query: str) -> str:
    if any(c.isdigit() for c in query):
        return "rut"
    return "name, 1 word" if len(query.split()) == 1 else "name, 2+ words"


def print_table(results: dict[str, Any]) -> None:
    cs, fp = results["cold_start"], results["first_page_ms"]
    ss, su, mem = results["search_service_ms"], results["search_ui_ms"], results["memory_mb"]
    su_raw = results["raw"]["search_ui"]
    rows = [
        ("Cold start, app (parent wall, median)", f"{cs['app_wall_ms']['median']:.0f} ms", "", ""),
        (
            "Cold start, baseline (parent wall, median)",
            f"{cs['baseline_wall_ms']['median']:.0f} ms",
            "",
            "",
        ),
        (
            "Cold start ratio app / baseline",
            f"{cs['ratio_app_to_baseline']:.2f}x",
            f"<= {TARGET_START_RATIO}x",
            cs["verdict"],
        ),
        (
            "  in-process (perf_counter) app / baseline",
            f"{cs['app_in_process_ms']['median']:.0f} / "
            f"{cs['baseline_in_process_ms']['median']:.0f} ms",
            "",
            "",
        ),
        (
            "Cold start to idle, app (parent wall, median)",
            f"{cs['app_idle_wall_ms']['median']:.0f} ms",
            "",
            "",
        ),
        (
            "  of which: sync controller start (median)",
            f"{cs['sync_controller_start_ms']['median']:.1f} ms",
            "",
            "",
        ),
        ("First page: search('') + 40 rows (median)", f"{fp['median']:.1f} ms", "", ""),
        ("  p95", f"{fp['p95']:.1f} ms", "", ""),
        (f"search mix ({ss['n']} queries), median", f"{ss['median']:.1f} ms", "", ""),
        (
            "search mix, p95",
            f"{ss['p95']:.1f} ms",
            f"<= {TARGET_SEARCH_P95_MS:.0f} ms",
            ss["verdict"],
        ),
        (
            f"UI path (model.search + 40 rows, {len(su_raw)} q), median",
            f"{su['median']:.1f} ms",
            "",
            "",
        ),
        ("UI path, p95", f"{su['p95']:.1f} ms", "", ""),
        (
            "Peak RSS (VmHWM), baseline window (median)",
            f"{mem['baseline_peak_rss_cold_runs']['median']:.0f} MB",
            "",
            "",
        ),
        ("Peak RSS (VmHWM) after window shown", f"{mem['peak_rss_after_show']:.0f} MB", "", ""),
        ("Peak RSS (VmHWM) at idle", f"{mem['peak_rss_at_idle']:.0f} MB", "", ""),
        (
            "Peak RSS (VmHWM) after search mix",
            f"{mem['peak_rss_after_search_mix']:.0f} MB",
            f"<= {TARGET_PEAK_RSS_MB:.0f} MB",
            mem["verdict"],
        ),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7, help="cold starts of each kind")
    parser.add_argument("--queries", type=int, default=300, help="size of the search mix")
    parser.add_argument(
        "--ui-queries", type=int, default=150, help="how many of the mix also go the UI path"
    )
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "out")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached database")
    parser.add_argument(
        "--compile-every-start",
        action="store_true",
        help="write no bytecode: the app's own modules (no .pyc in an editable checkout) are "
        "compiled at every start, as in the runs recorded before this option",
    )
    args = parser.parse_args(argv)
    global BYTECODE_CACHE
    BYTECODE_CACHE = None if args.compile_every_start else args.out / "pycache"

    def log(message: str) -> None:
        print(message, flush=True)

    started = time.perf_counter()
    load_before = bench_info.load()
    args.out.mkdir(parents=True, exist_ok=True)
    fixture = people_fixture.ensure(args.out, args.people, args.seed, args.rebuild, log)
    work = people_fixture.working_copy(fixture, args.out / f"work-{args.people}")
    log(f"database: {fixture.data_dir} (working copy {work})")
    queries = make_queries(database_path(work), args.queries, args.seed)
    queries_path = args.out / "queries.json"
    queries_path.write_text(json.dumps(queries, ensure_ascii=False, indent=0), encoding="utf-8")

    log(f"cold start x{args.repeat} (app and baseline alternating) …")
    runs = cold_starts(work, args.repeat, log)
    log(
        f"in-app workload: first page, {len(queries)} service searches, "
        f"{min(args.ui_queries, len(queries))} UI-path searches …"
    )
    workload_child = run_child(["workload", str(work), str(queries_path), str(args.ui_queries)])
    workload = {
        **workload_child["workload"],
        "memory_after_show": workload_child["ready"]["memory"],
    }

    results = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "people": args.people,
        "repeat": args.repeat,
        "seed": args.seed,
        "fixture": {
            "path": str(fixture.data_dir),
            "built_now_seconds": fixture.build_seconds,
            "size_mb": round(database_path(fixture.data_dir).stat().st_size / 1e6, 1),
        },
        "app": bench_info.app_state(),
        "bytecode": (
            f"cached in {BYTECODE_CACHE} (PYTHONPYCACHEPREFIX), filled by the warm-up runs"
            if BYTECODE_CACHE is not None
            else "not cached: modules without a .pyc are compiled at every start"
        ),
        "machine": machine(),
        "load_average_before_after": [load_before, bench_info.load()],
        **analyse(runs, workload, queries),
        "raw": {
            "cold_start": runs,
            "first_page": workload["first_page"],
            "search_service": workload["search_service"],
            "search_ui": workload["search_ui"],
        },
        "elapsed_seconds": round(time.perf_counter() - started, 1),
    }
    (args.out / "results.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    app = results["app"]
    dirty = " + uncommitted changes" if app["uncommitted_changes"] else ""
    print(
        f"\napp {app['git_commit']}{dirty}, schema {app['schema_revision']}, {args.people:,} people"
    )
    print(f"bytecode {results['bytecode']}")
    print_table(results)
    print(f"\nresults: {args.out / 'results.json'}  ({results['elapsed_seconds']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
