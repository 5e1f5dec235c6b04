"""``omil-desktop enroll`` and ``omil-desktop sync``: Spanish output, exit codes 0 / 1 / 2."""

from __future__ import annotations

import socket
import subprocess
import sys

import keyring
import pytest
from keyring.backends import fail

from omil_desktop.app import main
from omil_desktop.domain.people import PersonData
from omil_desktop.domain.rut import Rut
from omil_desktop.services.workspace import Workspace
from tests.support.folders import initialised_folder


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def no_keyring():
    """A PC without a keyring: the secret goes to the data folder (and the real one is safe)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def office_dir(tmp_path):
    """What ``init --comuna 10401 --officer Ana`` makes (a copy of it: tests/support/folders)."""
    return initialised_folder(tmp_path / "datos", "10401", "Ana")


def test_enroll_then_sync(regional_factory, office_dir, capsys):
    server = regional_factory("sqlite")
    code, out, err = run(
        capsys, "enroll", "--data-dir", office_dir, "--server", server.url,
        "--code", server.code("10401"), "--device-name", "PC OMIL Chaitén",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Equipo inscrito en el servidor regional de" in out
    assert "Red Palena" in out and "archivo de la carpeta de datos" in out
    workspace = Workspace(office_dir)
    try:
        person_id = workspace.people.create(
            PersonData(
                first_names="Rosa",
                last_name_1="Millán",
                rut=Rut.parse("12.345.678-5"),
                comuna_code="10401",
            )
        )
    finally:
        workspace.close()
    code, out, err = run(capsys, "sync", "--data-dir", office_dir)
    assert (code, err) == (0, "")
    # The person and its audit entry.
    assert out.startswith("Sincronización completa: enviados 2, recibidos 0.")
    assert server.service.record("person", person_id) is not None
    assert [d.name for d in server.service.devices("10401")] == ["PC OMIL Chaitén"]


def test_enroll_with_a_bad_code_fails_with_the_servers_message(
    regional_factory, office_dir, capsys
):
    server = regional_factory("sqlite")
    code, out, err = run(
        capsys,
        "enroll",
        "--data-dir",
        office_dir,
        "--server",
        server.url,
        "--code",
        "AAAA-BBBB-CCCC",
    )
    assert (code, out) == (1, "")
    assert err.startswith("Error: El código de inscripción no existe")


def test_sync_without_enrolling_or_server_exits_1(office_dir, capsys, tmp_path):
    code, out, err = run(capsys, "sync", "--data-dir", office_dir)
    assert (code, out) == (1, "")
    assert "no está inscrito" in err
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, out, err = run(
        capsys, "enroll", "--data-dir", office_dir, "--server", f"http://127.0.0.1:{port}",
        "--code", "AAAA-BBBB-CCCC",
    )  # fmt: skip
    assert code == 1 and "Sin conexión con el servidor regional" in err


def test_a_damaged_database_exits_2(tmp_path, capsys):
    data_dir = tmp_path / "datos"
    data_dir.mkdir()
    (data_dir / "omil.sqlite3").write_bytes(b"not a database at all" * 100)
    code, _out, err = run(capsys, "sync", "--data-dir", data_dir)
    assert code == 2 and err.startswith("Error:")


def test_the_window_start_up_path_does_not_load_the_sync_libraries():
    probe = (
        "import sys, omil_desktop.app, omil_desktop.cli, omil_desktop.services.workspace;"
        "omil_desktop.cli.build_parser();"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'httpx', 'pydantic', 'keyring'}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
