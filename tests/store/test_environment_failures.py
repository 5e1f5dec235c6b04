"""A locked or full database is explained in Spanish and loses nothing already saved."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import namedtuple
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event

from omil_desktop.domain.rut import Rut
from omil_desktop.store import engine as engine_module
from omil_desktop.store import errors as errors_module
from omil_desktop.store.errors import DISK_FULL, StorageError, explain

REPO = Path(__file__).parents[2]


@pytest.fixture
def saved(workspace, person_data):
    """One person already on record."""
    return workspace.people.create(person_data())


def test_locked_database_gives_spanish_error_and_keeps_saved_data(
    workspace, person_data, saved, monkeypatch
):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    workspace.db.engine.dispose()  # new connections pick up the short timeout
    other = sqlite3.connect(workspace.db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as caught:
            workspace.people.create(
                person_data(first_names="Pedro", last_name_1="Soto", rut=Rut.from_body(11111111))
            )
        message = str(caught.value)
        assert "ocupada" in message
        assert "no se perdió" in message
        # WAL readers are not blocked: what was saved is still there while the lock is held.
        assert workspace.people.get(saved).data.first_names == "María José"
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert workspace.people.search_ids() == [saved]
    assert workspace.people.counts() == (1, 0)
    # Once the other program lets go, the same save works.
    workspace.people.create(
        person_data(first_names="Pedro", last_name_1="Soto", rut=Rut.from_body(11111111))
    )
    assert workspace.people.counts() == (2, 0)


def test_full_disk_gives_spanish_error_and_keeps_saved_data(workspace, person_data, saved):
    def cap_file_size(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    engine = workspace.db.engine
    engine.dispose()
    event.listen(engine, "connect", cap_file_size)
    try:
        with pytest.raises(StorageError) as caught:
            for body in range(2_000_000, 2_000_200):
                workspace.people.create(
                    person_data(
                        first_names=f"Persona {body}",
                        last_name_1="Araya",
                        rut=Rut.from_body(body),
                        experience="Temporada de salmón. " * 200,
                    ),
                    allow_likely_duplicate=True,
                )
        message = str(caught.value)
        assert message.startswith("Disco lleno: ")
        assert "no se perdió" in message
    finally:
        event.remove(engine, "connect", cap_file_size)
        engine.dispose()

    record = workspace.people.get(saved)
    assert record.data == person_data().cleaned()
    with closing(sqlite3.connect(workspace.db.path)) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        people = check.execute("SELECT count(*) FROM person").fetchone()[0]
        logged = check.execute(
            "SELECT count(*) FROM change_log WHERE table_name != 'audit_entry'"
        ).fetchone()[0]
    assert people == logged, "every saved person has its change, none without"


def _can_mount_a_tmpfs(where: Path) -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs '{where}'"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def test_a_real_full_disk_says_disco_lleno_whatever_sqlite_calls_it(tmp_path):
    """A 3 MB filesystem of its own (tmpfs in a private mount namespace): filled to the last
    byte before opening (SQLite: SQLITE_IOERR_SHMSIZE, "disk I/O error") and while saving
    (SQLITE_FULL). Both read "Disco lleno", everything saved before is intact, and a backup or
    a restore tried on the full disk leaves nothing half-done."""
    disk = tmp_path / "disco"
    disk.mkdir()
    if not _can_mount_a_tmpfs(disk):
        pytest.skip("this system does not let a test mount a small filesystem (unshare -rm)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(REPO)
    child = REPO / "tests" / "support" / "full_disk_child.py"
    script = (
        f"mount -t tmpfs -o size=3m tmpfs '{disk}' && "
        f"exec '{sys.executable}' '{child}' '{disk / 'datos'}'"
    )
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)

    assert seen["opening_error"].startswith("SQLITE_IOERR")
    assert seen["opening_on_a_full_disk"] == DISK_FULL
    assert seen["saving_error"] == "SQLITE_FULL"
    assert seen["saving_on_a_full_disk"] == DISK_FULL
    assert seen["saved"] > 0
    assert seen["integrity"] == "ok"
    assert seen["people"] == seen["saved"] + 1 == seen["changes"]
    # Neither a backup nor a restore half-happens on a full disk.
    assert seen["backup_on_a_full_disk"] == DISK_FULL
    assert seen["backups_unchanged"]
    assert seen["restore_on_a_full_disk"] == DISK_FULL
    assert seen["database_unchanged"]
    sqlite_own = {"omil.sqlite3-wal", "omil.sqlite3-shm"}  # SQLite's, beside any open database
    assert set(seen["left_in_folder"]) - sqlite_own == {"omil.lock", "omil.sqlite3", "respaldos"}


Usage = namedtuple("Usage", "total used free")


def test_an_io_error_is_a_full_disk_only_when_the_disk_is_full(tmp_path, monkeypatch):
    """SQLite may call a full disk "disk I/O error": the free space of the data folder decides
    (the OS call is the only thing replaced)."""
    error = sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(errors_module.shutil, "disk_usage", lambda _p: Usage(10**9, 10**9, 4096))
    assert str(explain(error, tmp_path)) == DISK_FULL

    monkeypatch.setattr(errors_module.shutil, "disk_usage", lambda _p: Usage(10**12, 0, 10**11))
    message = str(explain(error, tmp_path))
    assert message.startswith("No se pudo leer o escribir el archivo de datos (error del disco")
    assert "lleno" not in message


def test_a_file_error_for_lack_of_space_is_a_full_disk(tmp_path):
    assert str(explain(OSError(28, "No space left on device"), tmp_path)) == DISK_FULL
