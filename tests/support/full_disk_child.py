"""Run inside a small real filesystem (a tmpfs mounted by the test): fill it, report as JSON.

``python full_disk_child.py DATA_DIR``: set up an office in DATA_DIR; fill the disk to the last
byte with another file and open the office (SQLite answers "disk I/O error",
SQLITE_IOERR_SHMSIZE, as it cannot extend its shared-memory file); free that file, then save
people until the disk is full (SQLite answers SQLITE_FULL); then try the day's backup and a
restore on the full disk. Prints the Spanish messages and what is on record afterwards.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path

from omil_desktop.domain.people import PersonData
from omil_desktop.domain.rut import Rut
from omil_desktop.services.backups import Backups
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.backup import periodic_backup
from omil_desktop.store.errors import StorageError
from omil_desktop.store.integrity import CheckResult


def person(body: int) -> PersonData:
    return PersonData(
        first_names=f"Persona {body}",
        last_name_1="Araya",
        rut=Rut.from_body(body),
        comuna_code="10404",
        experience="Temporada de salmón. " * 200,
    )


def fill(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (1 << 20, 1 << 12, 1 << 9, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                continue
    finally:
        os.close(fd)


def sqlite_error(exc: BaseException) -> str:
    cause = exc.__cause__
    orig = getattr(cause, "orig", cause)
    return str(getattr(orig, "sqlite_errorname", type(orig).__name__))


def main() -> int:
    data_dir = Path(sys.argv[1])
    result: dict[str, object] = {}
    workspace = Workspace(data_dir)
    workspace.set_up_office("10404", "Ana Pérez")
    workspace.people.create(person(1_000_000))
    workspace.close()

    # A: the disk is full to the last byte when the program opens (no room for its -shm).
    filler = data_dir.parent / "relleno"
    fill(filler)
    try:
        Workspace(data_dir).close()
        result["opening_on_a_full_disk"] = "opened?!"
    except StorageError as exc:
        result["opening_on_a_full_disk"] = str(exc)
        result["opening_error"] = sqlite_error(exc)
    filler.unlink()

    # B: the disk fills up while saving (a backup taken first, for C).
    first_backup = periodic_backup(data_dir, now=datetime(2026, 11, 2, 9, 0))
    workspace = Workspace(data_dir)
    saved = 0
    try:
        for body in range(2_000_000, 2_100_000):
            workspace.people.create(person(body), allow_likely_duplicate=True)
            saved += 1
    except StorageError as exc:
        result["saving_on_a_full_disk"] = str(exc)
        result["saving_error"] = sqlite_error(exc)
    result["saved"] = saved
    workspace.close()

    # C: the next day's backup, and a restore, on the full disk.
    before = sorted(os.listdir(data_dir / "respaldos"))
    done = Backups(data_dir).after_start(CheckResult.OK, now=datetime(2026, 11, 3, 9, 0))
    result["backup_on_a_full_disk"] = str(done.problem)
    result["backups_unchanged"] = sorted(os.listdir(data_dir / "respaldos")) == before
    database = (data_dir / "omil.sqlite3").read_bytes()
    try:
        Backups(data_dir).restore(first_backup)
        result["restore_on_a_full_disk"] = "restored?!"
    except StorageError as exc:
        result["restore_on_a_full_disk"] = str(exc)
    result["database_unchanged"] = (data_dir / "omil.sqlite3").read_bytes() == database
    result["left_in_folder"] = sorted(os.listdir(data_dir))

    with closing(sqlite3.connect(data_dir / "omil.sqlite3")) as conn:
        result["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
        result["people"] = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        result["changes"] = conn.execute(  # the audit log's own entries apart
            "SELECT count(*) FROM change_log WHERE table_name != 'audit_entry'"
        ).fetchone()[0]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
