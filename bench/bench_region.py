"""The region's web page benchmark (issue 11, point 9): a region of 32 offices of realistic size on
a REAL PostgreSQL (a throwaway cluster, as tests/conftest.py starts one), its pages timed over HTTP
from a real ``omil-regional serve`` process, cold and warm. Target: ≤ 300 ms per page. Reports
only; asserts nothing.

    .venv/bin/python bench/bench_region.py            # --repeat 20 --scale 1.0

The region: Araucanía (32 comunas, the one region with exactly 32) in six networks of its two
provinces, each office's year built by ``omil_desktop.regional.demo.build_region`` — the demo
region's own builder, so every record arrives through the sync exchange as an enrolled PC's
push — with Los Lagos' demo sizes (Temuco as Puerto Montt, 1,800 people; the smallest 40).

Pages (the regional web pages, signed in as a staff account): the overview ``/``, an office's detail
``/oficina/CUT`` (the largest and a small one), the downloads ``/descarga/region.csv`` and
``.xlsx``. Cold: the first request of each page after PostgreSQL and the server were restarted
(PostgreSQL's shared buffers empty; the OS page cache is not dropped). Warm: the median and p95 of
``--repeat`` requests after that.

Writes bench/out/region/results.json (every timing, the machine's load, the commit measured) and
a profile of the figures behind the overview (where the time goes).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_info import app_state, load, profile

from omil_desktop.regional.demo import PEOPLE, build_region
from omil_desktop.regional.service import RegionalService
from omil_desktop.regional.staff import StaffAccounts

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out" / "region"
NOW = datetime(2026, 11, 27, 15, 30)
YEAR = 2026
REGION = "09"
PASSWORD = "cordillera-2026"
# Araucanía's 32 comunas in six networks (the catalogue has networks for Los Lagos only): the
# larger comunas first in each, as the builder sizes them.
NETWORKS: dict[str, list[str]] = {
    "Red Temuco": ["09101", "09112", "09108", "09119", "09106"],
    "Red Costa": ["09111", "09102", "09116", "09117", "09118", "09121"],
    "Red Lacustre": ["09120", "09115", "09109", "09104", "09110", "09103"],
    "Red Cautín Sur": ["09114", "09105", "09107", "09113"],
    "Red Malleco Norte": ["09201", "09202", "09209", "09204", "09206", "09207"],
    "Red Malleco Sur": ["09211", "09210", "09208", "09203", "09205"],
}
LARGEST = "09101"  # Temuco
SMALL = "09205"  # Lonquimay


BY_SIZE = [  # Araucanía's comunas, roughly by population
    "09101", "09112", "09120", "09201", "09211", "09108", "09111", "09115", "09114", "09109",
    "09202", "09210", "09102", "09105", "09119", "09107", "09103", "09203", "09208", "09209",
    "09106", "09121", "09118", "09117", "09116", "09113", "09207", "09204", "09205", "09206",
    "09110", "09104",
]  # fmt: skip


def _sizes() -> dict[str, int]:
    """Los Lagos' demo sizes (eight more for the eight offices Los Lagos lacks), largest first."""
    sizes = sorted([*PEOPLE.values(), 90, 75, 60, 55, 50, 45, 40, 35], reverse=True)
    assert sorted(BY_SIZE) == sorted(c for cuts in NETWORKS.values() for c in cuts)
    return dict(zip(BY_SIZE, sizes, strict=True))


# -- a throwaway PostgreSQL cluster ------------------------------------------------------------


class Cluster:
    """A PostgreSQL cluster in ``root`` (a new temporary folder, or one kept from an earlier run
    with ``--keep``: then the region already built in it is measured again)."""

    def __init__(self, root: Path | None = None) -> None:
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
        found = [Path(b) for b in bins if (Path(b) / "initdb").exists()]
        on_path = shutil.which("initdb")
        if on_path:
            found.append(Path(on_path).parent)
        if not found:
            sys.exit("PostgreSQL no está instalado (apt-get install postgresql).")
        self.bin = found[0]
        self.root = root or Path(tempfile.mkdtemp(prefix="omil-bench-pg-"))
        self.root.mkdir(parents=True, exist_ok=True)
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.existing = (self.root / "data" / "PG_VERSION").exists()
        if not self.existing:
            self._run(str(self.bin / "initdb"), "-D", str(self.root / "data"), "-U", "postgres",
                      "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync")  # fmt: skip

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        # Durable settings as a server would have them (fsync on), unlike the tests' cluster.
        log = (self.root / "server.log").open("ab")
        self.process = subprocess.Popen(
            [str(self.bin / "postgres"), "-D", str(self.root / "data"), "-p", str(self.port),
             "-k", str(self.root), "-c", "listen_addresses=127.0.0.1"],
            stdout=log, stderr=subprocess.STDOUT, cwd=self.root,
            **({"user": "postgres", "group": "postgres", "extra_groups": []}
               if self.as_root else {}),
        )  # fmt: skip
        import psycopg

        deadline = time.monotonic() + 60
        while True:
            try:
                psycopg.connect(host="127.0.0.1", port=self.port, user="postgres",
                                dbname="postgres", connect_timeout=2).close()  # fmt: skip
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    sys.exit((self.root / "server.log").read_text(errors="replace"))
                time.sleep(0.1)

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def create(self, name: str) -> str:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres",
                             dbname="postgres", autocommit=True) as connection:  # fmt: skip
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGINT)  # fast shutdown: checkpoint, then exit
            self.process.wait(timeout=60)
            self.process = None

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- the server and its pages ------------------------------------------------------------------


class Server:
    """``omil-regional serve`` as its own process, as the region runs it."""

    def __init__(self, url: str) -> None:
        exe = Path(sys.executable).with_name("omil-regional")
        self.process = subprocess.Popen(
            [str(exe), "serve", "--database-url", url, "--port", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        for line in self.process.stdout:
            found = re.search(r"Escuchando en (http://\S+)", line)
            if found:
                self.url = found.group(1)
                return
        sys.exit("El servidor no arrancó.")

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def sign_in(url: str) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=60, follow_redirects=False)
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token is not None
    answer = client.post(
        "/login",
        data={"csrf": token.group(1), "usuario": "bench", "contrasena": PASSWORD, "siguiente": "/"},
    )
    assert answer.status_code == 303, answer.text
    return client


PAGES = {
    "overview": f"/?anio={YEAR}",
    "office (largest)": f"/oficina/{LARGEST}?anio={YEAR}",
    "office (small)": f"/oficina/{SMALL}?anio={YEAR}",
    "download csv": f"/descarga/region.csv?anio={YEAR}",
    "download xlsx": f"/descarga/region.xlsx?anio={YEAR}",
}


def timed(client: httpx.Client, path: str) -> tuple[float, int, int]:
    started = time.perf_counter()
    response = client.get(path)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (path, response.status_code)
    return elapsed, response.status_code, len(response.content)


def statement_times(service: RegionalService) -> list[tuple[float, str]]:
    """Each SQL statement of one ``region_figures`` call: milliseconds and its first words."""
    from sqlalchemy import event

    from omil_desktop.regional.figures import region_figures

    found: list[tuple[float, str]] = []
    started: list[float] = []

    def before(*_args: object) -> None:
        started.append(time.perf_counter())

    def after(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        elapsed = (time.perf_counter() - started.pop()) * 1000
        found.append((round(elapsed, 1), " ".join(statement.split())[:160]))

    engine = service.store.engine
    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        region_figures(service.store, YEAR, territory=service.territory)
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)
    return sorted(found, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="keep the cluster in DIR (a later run with the same DIR measures it again, no build)",
    )
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {
        "app": app_state(),
        "load_before": load(),
        "python": sys.version.split()[0],
        "scale": args.scale,
    }
    cluster = Cluster(args.keep)
    try:
        cluster.start()
        if cluster.existing:
            url = cluster.url("region")
            service = RegionalService.open(database_url=url)
            print("Region kept from an earlier run.", flush=True)
        else:
            url = cluster.create("region")
            service = RegionalService.open(database_url=url)
            started = time.perf_counter()
            built = build_region(service, REGION, NETWORKS, _sizes(), now=NOW, scale=args.scale)
            results["build_seconds"] = round(time.perf_counter() - started, 1)
            results["offices"] = len(built.offices)
            results["records"] = built.records
            print(f"Region built: {len(built.offices)} offices, {built.records} records pushed, "
                  f"{results['build_seconds']} s", flush=True)  # fmt: skip
            StaffAccounts(service.store).add("bench", PASSWORD)
        from omil_desktop.regional.figures import region_figures

        figures_ms = []
        for _ in range(5):
            t = time.perf_counter()
            region_figures(service.store, YEAR, territory=service.territory)
            figures_ms.append((time.perf_counter() - t) * 1000)
        results["region_figures_in_process_ms"] = [round(x, 1) for x in figures_ms]
        results["region_figures_statements"] = statement_times(service)
        results["profile_region_figures"] = profile(
            lambda: region_figures(service.store, YEAR, territory=service.territory),
            OUT / "region_figures.prof",
            {
                ("figures.py", "_figures"): "figures: the grouped counts",
                ("figures.py", "_add_workshops"): "figures: workshops and participants",
                ("figures.py", "_last_sync"): "figures: last syncs",
                ("base.py", "_execute_context"): "SQL execution (all)",
            },
        )
        service.close()
        # Cold: PostgreSQL and the server restarted, then each page's first request.
        cluster.stop()
        cluster.start()
        server = Server(url)
        try:
            client = sign_in(server.url)
            cold = {name: timed(client, path) for name, path in PAGES.items()}
            warm: dict[str, list[float]] = {name: [] for name in PAGES}
            for _ in range(args.repeat):
                for name, path in PAGES.items():
                    warm[name].append(timed(client, path)[0])
            client.close()
        finally:
            server.stop()
    finally:
        if args.keep:
            cluster.stop()
        else:
            cluster.remove()

    table = {}
    print(f"\n{'page':<20} {'cold ms':>9} {'warm median':>12} {'warm p95':>9} {'bytes':>9}")
    for name in PAGES:
        values = sorted(warm[name])
        p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
        median = statistics.median(values)
        table[name] = {
            "path": PAGES[name],
            "cold_ms": round(cold[name][0], 1),
            "warm_median_ms": round(median, 1),
            "warm_p95_ms": round(p95, 1),
            "warm_all_ms": [round(v, 1) for v in warm[name]],
            "bytes": cold[name][2],
        }
        print(f"{name:<20} {cold[name][0]:>9.0f} {median:>12.0f} {p95:>9.0f} {cold[name][2]:>9}")
    results["pages"] = table
    results["load_after"] = load()
    print(f"\nload before {results['load_before']}, after {results['load_after']}")
    print(f"region_figures in process: {results['region_figures_in_process_ms']} ms")
    for ms, statement in results["region_figures_statements"][:6]:  # type: ignore[index]
        print(f"  {ms:>7} ms  {statement[:110]}")
    (OUT / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
