"""Fixtures shared by every test package: a real data folder and a valid person record."""

from __future__ import annotations

import os

# Widgets are real but drawn offscreen: the suite needs no display, whatever the environment says.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The data folders the commands set up are encrypted (Ley 21.719): every command the suite runs,
# in this process or as a program, takes its password from here as a script would. Tests of the
# other ways in (the terminal, the keyring, a wrong password) set or drop it themselves.
os.environ["OMIL_DESKTOP_PASSWORD"] = "clave de prueba 2026"

from datetime import date

import pytest

from omil_desktop.domain.people import PersonData, Sex
from omil_desktop.domain.rut import Rut
from omil_desktop.services.workspace import Workspace
from tests.support.folders import migrated_folder, remember_password_keys, use_templates_root

# After the whole suite, every log it made is scanned for personal data (tests/logscan.py).
pytest_plugins = ["tests.logscan"]

TEST_PASSWORD = os.environ["OMIL_DESKTOP_PASSWORD"]
OFFICE_COMUNA = "10404"  # Palena, Región de Los Lagos
OFFICER = "Ana Pérez"


@pytest.fixture(scope="session", autouse=True)
def _same_password_keys_derived_once(tmp_path_factory):
    """Template data folders built once per process, under the session's temporary folder, and
    Argon2id derivations kept for the session (tests/support/folders.py): copies of a template
    folder open without deriving their key again. Same parameters, same bytes."""
    use_templates_root(tmp_path_factory.mktemp("templates"))
    undo = remember_password_keys()
    yield
    undo()


@pytest.fixture
def data_dir(tmp_path):
    """A data folder that does not exist yet, as on a first run."""
    return tmp_path / "data"


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application speaking the program's Spanish, as ``omil-desktop`` starts (the
    widgets' ``%n`` plurals take their singular and plural from the compiled ``.qm``)."""
    from omil_desktop.ui.i18n import install_translations

    install_translations(qapp)
    return qapp


@pytest.fixture
def workspace(data_dir):
    """A migrated database in ``data_dir`` whose office is Palena, run by Ana Pérez."""
    ws = Workspace(migrated_folder(data_dir))  # a copy of the migrated template: no migration
    ws.set_up_office(OFFICE_COMUNA, OFFICER)
    yield ws
    ws.close()


@pytest.fixture
def person_data():
    """Factory of valid :class:`PersonData`; keyword arguments replace single fields."""

    def make(**overrides) -> PersonData:
        values = {
            "first_names": "María José",
            "last_name_1": "Núñez",
            "last_name_2": "Pérez",
            "rut": Rut.parse("12.345.678-5"),
            "birth_date": date(1990, 5, 17),
            "sex": Sex.FEMALE,
            "comuna_code": OFFICE_COMUNA,
            "phone": "+56 9 1234 5678",
            "email": "maria.nunez@example.cl",
        }
        values.update(overrides)
        return PersonData(**values)

    return make


# -- regional server fixtures --------------------------------------------------------------------
# A real regional server (omil_desktop.regional) on loopback, over SQLite or a throwaway
# PostgreSQL cluster. `regional` runs a test on both databases; `regional_factory(backend)` starts
# servers by hand (e.g. SQLite only, or two regions).

REGIONAL_REGION = "10"  # Los Lagos
REGIONAL_OFFICES = ("10401", "10402", "10403", "10404", "10301")
"""Chaitén, Futaleufú, Hualaihué (Red Palena), Palena (no network), Osorno (Red Osorno)."""


class PostgresCluster:
    """A PostgreSQL cluster of the test session: trust auth, loopback TCP, fsync off."""

    def __init__(self, port: int) -> None:
        self.port = port
        self._created = 0
        import threading

        self._template: str | None = None
        self._free: list[str] = []
        self._lock = threading.Lock()

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def create_database(self, *, migrated: bool = False) -> str:
        """A fresh database, empty or (``migrated``) at the regional schema's head; returns its
        SQLAlchemy URL."""
        import psycopg

        template = self._migrated_template() if migrated else "template0"
        self._created += 1
        name = f"regional_{os.getpid()}_{self._created}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def acquire(self) -> str:
        """An empty database at the regional schema's head, reused across tests (see
        :meth:`release`); a new one when none is free."""
        with self._lock:
            if self._free:
                return self.url(self._free.pop())
        return self.create_database(migrated=True)

    def release(self, url: str) -> None:
        """Empty a database once nothing uses it any more, and make it available again."""
        import psycopg
        from sqlalchemy import make_url

        from omil_desktop.regional.models import RegionalBase

        name = make_url(url).database
        tables = ", ".join(f'"{t.name}"' for t in RegionalBase.metadata.sorted_tables)
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=name, autocommit=True
        ) as connection:
            connection.execute(f"TRUNCATE {tables} RESTART IDENTITY")
        with self._lock:
            self._free.append(name)

    def _migrated_template(self) -> str:
        if self._template is None:
            from sqlalchemy import make_url

            from omil_desktop.regional.store import RegionalStore

            name = make_url(self.create_database()).database
            RegionalStore.open(self.url(name)).close()
            self._template = name
        return self._template


def _postgres_bin_dir():
    import glob
    import shutil
    from pathlib import Path

    candidates = sorted(
        (Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).parent)
    for candidate in candidates:
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    pytest.fail(
        "PostgreSQL no está instalado: las pruebas del servidor regional lo necesitan "
        "(initdb y pg_ctl en /usr/lib/postgresql/*/bin o en el PATH). "
        "Instálelo, p. ej.: apt-get install postgresql",
        pytrace=False,
    )


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_cluster():
    """Start a throwaway PostgreSQL cluster for the session; stopped and deleted at the end."""
    import shutil
    import signal
    import subprocess
    import tempfile
    from pathlib import Path

    bin_dir = _postgres_bin_dir()
    _remove_abandoned_clusters()
    root = Path(tempfile.mkdtemp(prefix="omil-pg-"))
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(root, "postgres", "postgres")
    data = root / "data"
    port = _free_port()

    def run(*command: str) -> None:
        done = subprocess.run(
            [*prefix, *command], capture_output=True, text=True, timeout=60, check=False
        )
        if done.returncode != 0:
            server_log = root / "server.log"
            log = server_log.read_text(errors="replace") if server_log.exists() else ""
            pytest.fail(
                f"PostgreSQL de prueba: {Path(command[0]).name} falló:\n"
                f"{done.stdout}\n{done.stderr}\n{log}",
                pytrace=False,
            )

    run(
        str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
        "-E", "UTF8", "--locale=C", "--no-sync",
    )  # fmt: skip
    # The postmaster is our child (not daemonised by pg_ctl) and gets SIGQUIT (immediate
    # shutdown) if this process dies, so a killed test run leaves no cluster behind.
    (root / "owner.pid").write_text(str(os.getpid()))
    log = (root / "server.log").open("wb")
    server = subprocess.Popen(
        [
            str(bin_dir / "postgres"), "-D", str(data), "-p", str(port), "-k", str(root),
            "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
            "-c", "full_page_writes=off", "-c", "max_connections=200",
        ],
        stdout=log, stderr=subprocess.STDOUT, cwd=root, preexec_fn=_parent_death_signal(),
        **({"user": "postgres", "group": "postgres", "extra_groups": []} if as_root else {}),
    )  # fmt: skip
    try:
        _wait_for_postgres(port, server, root)
        yield PostgresCluster(port)
    finally:
        for stopping in _STOPPING:
            stopping.join(timeout=10)
        server.send_signal(signal.SIGQUIT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        log.close()
        shutil.rmtree(root, ignore_errors=True)


def _parent_death_signal():
    """A ``preexec_fn`` asking for SIGQUIT when the parent dies (Linux ``PR_SET_PDEATHSIG``).
    Everything is loaded here, in the parent: the child only makes one libc call."""
    import ctypes
    import signal

    prctl = ctypes.CDLL(None, use_errno=True).prctl
    quit_signal = int(signal.SIGQUIT)

    def preexec() -> None:
        prctl(1, quit_signal)

    return preexec


def _wait_for_postgres(port: int, server, root) -> None:
    import time

    import psycopg

    deadline = time.monotonic() + 60
    while True:
        try:
            psycopg.connect(
                host="127.0.0.1", port=port, user="postgres", dbname="postgres", connect_timeout=2
            ).close()
            return
        except psycopg.OperationalError:
            if server.poll() is not None or time.monotonic() > deadline:
                text = (root / "server.log").read_text(errors="replace")
                pytest.fail(f"PostgreSQL de prueba no arrancó:\n{text}", pytrace=False)
            time.sleep(0.05)


def _remove_abandoned_clusters() -> None:
    """Delete the folders of test clusters whose test run died without cleaning up."""
    import glob
    import shutil
    import tempfile
    from pathlib import Path

    for folder in glob.glob(os.path.join(tempfile.gettempdir(), "omil-pg-*")):
        owner = Path(folder) / "owner.pid"
        try:
            pid = int(owner.read_text())
        except (OSError, ValueError):
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except PermissionError:
            pass


class RegionalServer:
    """A regional server running in a background thread of the test process."""

    def __init__(self, service, backend: str, database_url: str, on_closed=None) -> None:
        self.service = service
        self.backend = backend
        self.database_url = database_url
        self.url = ""
        self._server = None
        self._thread = None
        self._on_closed = on_closed

    def start(self) -> None:
        import socket
        import threading
        import time

        import uvicorn

        from omil_desktop.regional.app import create_app

        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        config = uvicorn.Config(
            create_app(self.service), log_level="warning", access_log=False, lifespan="off"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                pytest.fail("El servidor regional de prueba no arrancó.", pytrace=False)
            time.sleep(0.005)
        self.url = f"http://127.0.0.1:{port}"

    def code(self, office: str) -> str:
        """A fresh one-time enrollment code for ``office``."""
        return self.service.issue_code(office).code

    def stop(self, *, wait: bool = True) -> None:
        """Stop serving and close the database; ``wait=False`` finishes in the background
        (uvicorn takes about 0.2 s to wind down), joined before the PostgreSQL cluster stops."""
        import threading

        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.should_exit = True

        def finish() -> None:
            if thread is not None:
                thread.join(timeout=10)
            self.service.close()
            if self._on_closed is not None:
                self._on_closed()

        if wait:
            finish()
        else:
            stopping = threading.Thread(target=finish, daemon=True)
            stopping.start()
            _STOPPING.append(stopping)


_STOPPING: list = []
"""Background stops of regional servers (RegionalServer.stop(wait=False))."""


_SQLITE_TEMPLATE: list = []


def _migrated_sqlite_template(tmp_path_factory):
    """A SQLite file at the regional schema's head, made once per session and copied."""
    if not _SQLITE_TEMPLATE:
        from omil_desktop.regional.store import RegionalStore

        path = tmp_path_factory.mktemp("regional-template") / "regional.sqlite3"
        RegionalStore.open(f"sqlite:///{path}").close()
        _SQLITE_TEMPLATE.append(path)
    return _SQLITE_TEMPLATE[0]


@pytest.fixture
def regional_factory(request, tmp_path, tmp_path_factory):
    """Start regional servers: ``regional_factory("sqlite" | "postgresql", offices=...,
    serve=True)``; each is initialised for Los Lagos with ``REGIONAL_OFFICES`` registered, and
    stopped at the end of the test. ``serve=False`` gives the service without HTTP."""
    import functools
    import shutil

    from omil_desktop.regional.service import RegionalService

    started: list[RegionalServer] = []

    def start(
        backend: str = "sqlite", *, offices=REGIONAL_OFFICES, serve: bool = True, clock=None
    ) -> RegionalServer:
        if backend == "sqlite":
            path = tmp_path / f"regional-{len(started)}" / "regional.sqlite3"
            path.parent.mkdir(parents=True)
            template = _migrated_sqlite_template(tmp_path_factory)
            shutil.copyfile(template, path)
            # The file is SQLCipher: its key file travels with it (regional/store.py).
            shutil.copyfile(template.with_name("regional.llave"), path.with_name("regional.llave"))
            url = f"sqlite:///{path}"
            on_closed = None
        elif backend == "postgresql":
            cluster = request.getfixturevalue("postgres_cluster")
            url = cluster.acquire()
            on_closed = functools.partial(cluster.release, url)
        else:
            raise ValueError(backend)
        extra = {"clock": clock} if clock is not None else {}
        service = RegionalService.open(database_url=url, **extra)
        service.initialize(REGIONAL_REGION)
        for office in offices:
            service.add_office(office)
        server = RegionalServer(service, backend, url, on_closed)
        started.append(server)
        if serve:
            server.start()
        return server

    yield start
    for server in reversed(started):
        server.stop(wait=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def regional(request, regional_factory):
    """A running regional server, once over SQLite and once over PostgreSQL."""
    return regional_factory(request.param)
