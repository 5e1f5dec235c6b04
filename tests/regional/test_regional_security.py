"""The regional server's SQLite database at rest (Ley 21.719, docs/regional-security.md): SQLCipher
under a key from ``regional.llave`` (0600) or ``OMIL_REGIONAL_KEY``; a plain file of an older
server is encrypted in place and keeps working; a missing or wrong key is refused in Spanish
with the file untouched; the supporting documents' bytes are inside the encrypted file."""

from __future__ import annotations

import hashlib
import os
import stat
import sys

import pytest

from omil_desktop.regional import store as regional_store
from omil_desktop.regional.cli import main
from omil_desktop.regional.service import RegionalService
from omil_desktop.regional.store import (
    KEY_FILENAME,
    KEY_VARIABLE,
    RegionalStorageError,
    RegionalStore,
)
from omil_desktop.store.vault import SQLITE_HEADER
from tests.regional.test_blobs import put
from tests.regional.test_rendition_values import CHAITEN


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def no_key_in_the_environment(monkeypatch):
    monkeypatch.delenv(KEY_VARIABLE, raising=False)


def plain_legacy_server(folder) -> None:
    """A server's folder as an older program left it: a plain SQLite file, no key file."""
    original = regional_store.database_key
    regional_store.database_key = lambda _path: None  # type: ignore[assignment]
    try:
        service = RegionalService.open(data_dir=folder)
        service.initialize("10")
        service.add_office("10402")
        service.close()
    finally:
        regional_store.database_key = original
    assert (folder / "regional.sqlite3").read_bytes()[:16] == SQLITE_HEADER


def test_init_makes_an_encrypted_database_and_a_key_only_its_user_reads(capsys, tmp_path):
    folder = tmp_path / "regional"
    code, out, _ = run(capsys, "init", "--region", "10", "--data-dir", str(folder))
    assert code == 0
    key_file = folder / KEY_FILENAME
    assert f"su llave está en {key_file}" in out
    database = (folder / "regional.sqlite3").read_bytes()
    assert database[:16] != SQLITE_HEADER and b"Los Lagos" not in database
    if sys.platform != "win32":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE((folder / "regional.sqlite3").stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert len(bytes.fromhex(key_file.read_text().strip())) == 32
    # The region's commands work on it as before.
    assert run(capsys, "office", "add", "10402", "--data-dir", str(folder))[0] == 0
    code, out, _ = run(capsys, "office", "list", "--data-dir", str(folder))
    assert (code, out.split()) == (0, ["10402", "Futaleufú", "Red", "Palena"])
    code, out, _ = run(capsys, "status", "--data-dir", str(folder))
    assert code == 0 and "Servidor regional de Los Lagos" in out


def test_a_plain_database_of_an_older_server_is_encrypted_in_place(capsys, tmp_path):
    folder = tmp_path / "regional"
    plain_legacy_server(folder)
    (folder / "regional.sqlite3.cifrando").write_bytes(b"half of an earlier attempt")

    code, out, _ = run(capsys, "office", "list", "--data-dir", str(folder))

    assert (code, out.split()[:2]) == (0, ["10402", "Futaleufú"])
    assert (folder / "regional.sqlite3").read_bytes()[:16] != SQLITE_HEADER
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        KEY_FILENAME,
        "regional.sqlite3",
    ]
    service = RegionalService.open(data_dir=folder)
    try:
        assert service.identity().region_code == "10"
        assert service.integrity_check() == "ok"
    finally:
        service.close()


def test_the_key_from_the_environment_and_no_key_file(capsys, tmp_path, monkeypatch):
    key = os.urandom(32).hex()
    monkeypatch.setenv(KEY_VARIABLE, key)
    folder = tmp_path / "regional"
    code, out, _ = run(capsys, "init", "--region", "10", "--data-dir", str(folder))
    assert code == 0 and f"llave de la variable {KEY_VARIABLE}" in out
    assert not (folder / KEY_FILENAME).exists()
    assert (folder / "regional.sqlite3").read_bytes()[:16] != SQLITE_HEADER
    assert run(capsys, "office", "add", "10402", "--data-dir", str(folder))[0] == 0

    monkeypatch.setenv(KEY_VARIABLE, os.urandom(32).hex())  # another key
    before = (folder / "regional.sqlite3").read_bytes()
    code, _, err = run(capsys, "office", "list", "--data-dir", str(folder))
    assert code == 1 and "La llave no abre la base de datos regional" in err
    assert "no fue modificada" in err
    monkeypatch.setenv(KEY_VARIABLE, "no-es-una-llave")
    code, _, err = run(capsys, "office", "list", "--data-dir", str(folder))
    assert code == 1 and "64 dígitos hexadecimales" in err
    monkeypatch.delenv(KEY_VARIABLE)  # and no key file: refused, not replaced by a new key
    code, _, err = run(capsys, "office", "list", "--data-dir", str(folder))
    assert code == 1 and "está cifrada y falta su llave" in err
    assert not (folder / KEY_FILENAME).exists()
    assert (folder / "regional.sqlite3").read_bytes() == before


def test_a_damaged_key_file_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'regional.sqlite3'}"
    RegionalStore.open(url).close()
    (tmp_path / KEY_FILENAME).write_text("0123")
    with pytest.raises(RegionalStorageError, match="no tiene una llave válida"):
        RegionalStore.open(url)


def test_receipts_are_stored_inside_the_encrypted_file(sqlite_regional, sqlite_api):
    device = sqlite_api.device(sqlite_regional.code(CHAITEN), CHAITEN)
    marker = b"BOLETA-CONFIDENCIAL-" * 200
    receipt = b"%PDF-1.4\n" + marker
    response = put(device, hashlib.sha256(receipt).hexdigest(), receipt)
    assert response.status_code in {200, 201, 204}, response.content
    sqlite_regional.stop()
    database = sqlite_regional.database_url.removeprefix("sqlite:///")
    for suffix in ("", "-wal"):
        if os.path.exists(database + suffix):
            with open(database + suffix, "rb") as file:
                assert b"BOLETA-CONFIDENCIAL" not in file.read()
