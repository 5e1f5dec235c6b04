"""The ``omil-regional`` admin commands, in-process, and ``serve`` as a real subprocess."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time

import httpx
import pytest

from omil_desktop.regional.cli import main
from omil_desktop.regional.service import RegionalService
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import EnrollRequest


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def where(tmp_path):
    return ["--data-dir", str(tmp_path / "regional")]


def test_set_up_a_region_offices_and_a_code(capsys, where, tmp_path):
    code, out, _ = run(capsys, "init", "--region", "10", *where)
    assert code == 0
    assert "Servidor regional de Los Lagos (región 10)." in out
    server_id = out.split("Identificador del servidor: ")[1].strip()
    code, out, _ = run(capsys, "init", "--region", "10", *where)  # again: same region, same id
    assert code == 0 and server_id in out

    code, out, _ = run(capsys, "office", "add", "10402", *where)
    assert (code, out.strip()) == (0, "Oficina 10402 Futaleufú registrada (Red Palena).")
    code, out, _ = run(capsys, "office", "add", "10404", *where)
    assert "sin Red Territorial" in out
    code, out, _ = run(capsys, "office", "add", "palena", "--network", "Red Palena", *where)
    assert "(Red Palena)" in out
    code, _, err = run(capsys, "office", "add", "13101", *where)
    assert code == 1 and "Región Metropolitana" in err
    code, out, _ = run(capsys, "office", "list", *where)
    assert [line.split()[0] for line in out.splitlines()] == ["10402", "10404"]

    code, out, _ = run(capsys, "code", "10402", *where)
    assert code == 0
    issued = out.splitlines()[0]
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", issued)
    assert "un solo uso" in out
    code, _, err = run(capsys, "code", "10301", *where)
    assert code == 1 and "office add 10301" in err

    service = RegionalService.open(data_dir=tmp_path / "regional")
    try:
        enrolled = service.enroll(EnrollRequest(code=issued, office_code="10402", device_name="PC"))
    finally:
        service.close()
    code, out, _ = run(capsys, "devices", *where)
    assert enrolled.device_id in out and "activo" in out
    code, out, _ = run(capsys, "status", *where)
    assert "10402  Futaleufú" in out and "person 0" in out and "nunca" in out
    code, out, _ = run(capsys, "revoke", enrolled.device_id, *where)
    assert code == 0 and "revocado" in out
    assert "revocado" in run(capsys, "devices", *where)[1]
    code, _, err = run(capsys, "revoke", "no-existe", *where)
    assert code == 1 and "No existe el dispositivo" in err
    code, out, _ = run(capsys, "compact", "--keep-days", "30", *where)
    assert code == 0 and "compactados" in out


def test_commands_before_init_and_another_region(capsys, where):
    code, _, err = run(capsys, "office", "list", *where)
    assert code == 0  # listing needs no region
    code, _, err = run(capsys, "status", *where)
    assert code == 1 and "omil-regional init" in err
    code, _, err = run(capsys, "init", "--region", "99", *where)
    assert code == 1 and "No existe la región" in err
    assert run(capsys, "init", "--region", "10", *where)[0] == 0
    code, _, err = run(capsys, "init", "--region", "13", *where)
    assert code == 1 and "ya está iniciado" in err


def test_usage_errors_and_help_are_spanish(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["compact"])
    assert exited.value.code == 2
    assert "uso:" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "uso: omil-regional" in out and "opciones:" in out


def test_database_url_on_postgresql(capsys, postgres_cluster):
    where = ["--database-url", postgres_cluster.create_database()]
    assert run(capsys, "init", "--region", "10", *where)[0] == 0
    assert run(capsys, "office", "add", "10401", *where)[0] == 0
    code, out, _ = run(capsys, "status", *where)
    assert code == 0 and "10401  Chaitén" in out


def test_serve_prints_its_port_and_answers(capsys, where):
    assert run(capsys, "init", "--region", "10", *where)[0] == 0
    assert run(capsys, "office", "add", "10401", *where)[0] == 0
    issued = run(capsys, "code", "10401", *where)[1].splitlines()[0]
    server = subprocess.Popen(
        [sys.executable, "-m", "omil_desktop.regional.cli", "serve", "--port", "0", *where],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = None
        deadline = time.monotonic() + 30
        while url is None and time.monotonic() < deadline:
            line = server.stdout.readline()
            if not line:
                break
            found = re.fullmatch(r"Escuchando en (http://127\.0\.0\.1:\d+)\s*", line)
            url = found.group(1) if found else None
        assert url is not None, server.stderr.read() if server.poll() is not None else "sin URL"
        ping = httpx.get(f"{url}/api/ping", timeout=10)
        assert ping.status_code == 204
        body = protocol.encode(EnrollRequest(code=issued, office_code="10401", device_name="PC"))
        enrolled = httpx.post(
            f"{url}/api/enroll",
            content=body,
            headers={"OMIL-Protocol": "2", "Content-Encoding": "gzip"},
            timeout=10,
        )
        assert enrolled.status_code == 200
        # A terminator on the same machine (the default --trusted-proxy) says who the client is:
        # attempts are counted per office address, not all as the terminator's.
        relayed = {"OMIL-Protocol": "2", "Content-Encoding": "gzip"}
        answers = [
            httpx.post(
                f"{url}/api/enroll",
                content=body,
                headers={**relayed, "X-Forwarded-For": address},
                timeout=10,
            ).status_code
            for address in ["203.0.113.1"] * 11 + ["203.0.113.2"]
        ]
        assert answers == [403] * 10 + [429, 403]
    finally:
        server.send_signal(signal.SIGTERM)
        out, err = server.communicate(timeout=20)
    assert server.returncode == 0, err
    assert "Servidor detenido." in out


def test_serve_refuses_an_uninitialised_server(capsys, where):
    code, _, err = run(capsys, "serve", "--port", "0", *where)
    assert code == 1 and "omil-regional init" in err


def test_min_protocol_stops_serving_older_clients_at_once(capsys, where, tmp_path):
    run(capsys, "init", "--region", "10", *where)
    service = RegionalService.open(data_dir=tmp_path / "regional")
    try:
        service.check_protocol(protocol.PROTOCOL - 1)  # served by default

        code, out, _ = run(capsys, "min-protocol", str(protocol.PROTOCOL), *where)
        assert code == 0 and f"protocolo {protocol.PROTOCOL} a {protocol.PROTOCOL}" in out
        with pytest.raises(Exception, match="Actualice OMIL Desktop"):
            service.check_protocol(protocol.PROTOCOL - 1)  # the same running service sees it

        code, _, err = run(capsys, "min-protocol", str(protocol.PROTOCOL + 1), *where)
        assert code == 1 and "La versión mínima debe estar entre" in err
    finally:
        service.close()


def test_the_data_folder_may_be_written_before_or_after_a_groups_action(
    capsys, where, tmp_path, monkeypatch
):
    """`omil-regional office --data-dir X list` and `office list --data-dir X` both use X: an
    action that does not repeat the option never falls back to the user's default database."""
    default_home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(default_home))
    monkeypatch.setenv("XDG_DATA_HOME", str(default_home / "datos"))
    assert run(capsys, "init", "--region", "10", *where)[0] == 0
    assert run(capsys, "office", where[0], where[1], "add", "10402")[0] == 0
    for args in (["office", *where, "list"], ["office", "list", *where]):
        code, out, _ = run(capsys, *args)
        assert code == 0 and "10402" in out and "Futaleufú" in out
    monkeypatch.setenv("OMIL_REGIONAL_PASSWORD", "cordillera-2026")
    assert run(capsys, "staff", *where, "add", "ana")[0] == 0
    assert "ana" in run(capsys, "staff", "list", *where)[1]
    assert not default_home.exists()  # nothing went to the default folder
