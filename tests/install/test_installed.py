"""The installed program is what is tested: the wheel, in a fresh venv, away from the checkout.

Once per module (about half a minute with pip's cache): build the wheel from a copy of the
checkout, create a new venv, install the wheel (with ``[regional]``) into it. Every program then
runs from that venv's ``bin/``, in a folder outside the checkout, with ``PYTHONPATH`` unset, so
nothing of the source tree (nor of the editable install the other tests use) can stand in for
a module the wheel forgot.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

# The wheel and its venv, built once, on one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("installed")

REPO = Path(__file__).parents[2]
JUNK = (".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis")
JUNK_DIRS = ("out",)  # bench/out: benchmark databases


@dataclass(frozen=True)
class Installed:
    venv: Path
    bin: Path
    home: Path

    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "QT_QPA_PLATFORM")
        }
        env.update(
            HOME=str(self.home),
            XDG_DATA_HOME=str(self.home / "datos-usuario"),
            XDG_CONFIG_HOME=str(self.home / "config"),
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
            PYTHONIOENCODING="utf-8",
            PATH=str(self.bin) + os.pathsep + os.environ.get("PATH", ""),
        )
        return env

    def run(
        self, program: str, *args: str | Path, timeout: float = 180
    ) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(self.bin / program), *map(str, args)],
            cwd=self.home,
            env=self.env(),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )


def _call(*argv: str | Path, cwd: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    root = tmp_path_factory.mktemp("instalado")
    source = root / "fuente"
    shutil.copytree(
        REPO,
        source,
        ignore=lambda folder, names: (
            set(shutil.ignore_patterns(*JUNK)(folder, names))
            | {n for n in names if n in JUNK_DIRS and Path(folder, n).is_dir()}
        ),
    )
    wheels = root / "ruedas"
    _call(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", wheels, source, cwd=root)
    (wheel,) = wheels.glob("omil_desktop-*.whl")
    venv = root / "venv"
    _call(sys.executable, "-m", "venv", venv, cwd=root)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    _call(bin_dir / "python", "-m", "pip", "install", "-q", f"{wheel}[regional]", cwd=root)
    home = root / "casa"
    home.mkdir()
    return Installed(venv, bin_dir, home)


def test_every_module_and_data_file_comes_from_the_fresh_venv(installed):
    probe = """
import json, sys
from pathlib import Path
import omil_desktop, omil_desktop.resources, omil_desktop.ui.sync.controller
from importlib import resources
from omil_desktop.domain.territory import Territory
root = Path(omil_desktop.__file__).parent
print(json.dumps({
    "package": str(root),
    "resources": str(Path(omil_desktop.resources.__file__).parent),
    "sync_ui": omil_desktop.ui.sync.controller.__file__,
    "comunas": len(Territory.default().comunas),
    "modules": sorted(str(p.relative_to(root)) for p in root.rglob("*.py")),
    "data": sorted(str(p.relative_to(root)) for p in root.rglob("*")
                   if p.is_file() and p.suffix not in (".py", ".pyc")),
    "path": sys.path,
}))
"""
    result = installed.run("python", "-c", probe)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    site = installed.venv.resolve()
    for key in ("package", "resources", "sync_ui"):
        assert Path(seen[key]).resolve().is_relative_to(site), (key, seen[key])
    assert not any(Path(p).resolve() == REPO.resolve() for p in seen["path"] if p)
    assert seen["comunas"] == 346
    # Nothing of the source tree was left out: every module and every shipped data file.
    package = REPO / "omil_desktop"
    modules = sorted(str(p.relative_to(package)) for p in package.rglob("*.py"))
    modules += sorted(
        str(Path("resources") / p.relative_to(REPO / "resources"))
        for p in (REPO / "resources").rglob("*.py")
    )
    assert sorted(seen["modules"]) == sorted(modules)
    data = {
        str(Path("resources") / p.relative_to(REPO / "resources"))
        for p in (REPO / "resources").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc")
    }
    assert data <= set(seen["data"])
    assert "store/migrations/script.py.mako" in seen["data"]


def test_smoke_test_of_the_installed_window(installed):
    result = installed.run("omil-desktop", "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "OMIL Desktop: prueba de humo correcta.\n"

    data_dir = installed.home / "oficina-humo"
    init = installed.run("omil-desktop", "--data-dir", data_dir, "init", "--comuna", "10404",
                         "--officer", "Ana Pérez")  # fmt: skip
    assert init.returncode == 0, init.stderr
    result = installed.run("omil-desktop", "--smoke-test", "--data-dir", data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "OMIL Desktop: prueba de humo correcta.\n"


def test_installed_regional_help(installed):
    result = installed.run("omil-regional", "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("uso: omil-regional")
    assert "opciones:" in result.stdout and "usage" not in result.stdout


def _wait_for_address(log: Path, server: subprocess.Popen, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = re.search(r"Escuchando en (http://\S+)", log.read_text(encoding="utf-8"))
        if found:
            return found.group(1)
        assert server.poll() is None, log.read_text(encoding="utf-8")
        time.sleep(0.1)
    raise AssertionError("the installed server did not start: " + log.read_text())


def test_one_change_syncs_between_the_installed_client_and_server(installed):
    server_dir = installed.home / "servidor"
    office_dir = installed.home / "oficina"
    for args in (("init", "--region", "10"), ("office", "add", "10404")):
        result = installed.run("omil-regional", *args, "--data-dir", server_dir)
        assert result.returncode == 0, result.stderr
    issued = installed.run("omil-regional", "code", "10404", "--data-dir", server_dir)
    assert issued.returncode == 0, issued.stderr
    code = issued.stdout.splitlines()[0]

    log = installed.home / "servidor.log"
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [str(installed.bin / "omil-regional"), "serve", "--data-dir", str(server_dir),
             "--host", "127.0.0.1", "--port", "0"],
            cwd=installed.home, env=installed.env(), stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        url = _wait_for_address(log, server)
        sheet = installed.home / "personas.csv"
        sheet.write_text("RUT;Nombres;Apellidos\n12.345.678-5;María José;Núñez Pérez\n", "utf-8")
        steps = [
            ("init", "--comuna", "10404", "--officer", "Ana Pérez"),
            ("import-people", sheet),
            ("enroll", "--server", url, "--code", code),
            ("sync",),
        ]
        results = [installed.run("omil-desktop", "--data-dir", office_dir, *s) for s in steps]
        for step, result in zip(steps, results, strict=True):
            assert result.returncode == 0, (step, result.stdout, result.stderr)
        assert "archivo de la carpeta de datos" in results[2].stdout  # no keyring: the file
        # The person and the audit log's entry of their creation (issue 12) travel together.
        assert results[3].stdout.startswith("Sincronización completa: enviados 2, recibidos 0.")
        # The region's web page comes from the installed package too: its templates and style.
        import httpx

        with httpx.Client(base_url=url, timeout=30) as browser:
            assert browser.get("/").status_code == 303  # nothing without a login
            login = browser.get("/login")
            assert login.status_code == 200 and "Ingreso del personal SENCE" in login.text
            (style,) = re.findall(r'href="(/[^"]+\.css)"', login.text)
            assert browser.get(style).status_code == 200
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(60)

    status = installed.run("omil-regional", "status", "--data-dir", server_dir)
    assert status.returncode == 0, status.stderr
    (palena,) = [line for line in status.stdout.splitlines() if line.startswith("10404")]
    assert "equipos 1" in palena and "person 1" in palena
