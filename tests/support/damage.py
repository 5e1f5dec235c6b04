"""Real damaged databases for the tests: bytes of a b-tree page overwritten in a real file."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

from omil_desktop.domain.people import PersonData
from omil_desktop.domain.rut import Rut
from omil_desktop.services.workspace import Workspace
from tests.support.folders import migrated_folder


def office_with_people(data_dir: Path, people: int, comuna: str = "10404") -> None:
    """A set-up office holding ``people`` people, closed (its WAL checkpointed into the file)."""
    workspace = Workspace(data_dir if data_dir.exists() else migrated_folder(data_dir))
    try:
        workspace.set_up_office(comuna, "Ana Pérez")
        workspace.people.create_many(
            [
                (
                    PersonData(
                        first_names=f"Persona {i}",
                        last_name_1="Soto",
                        rut=Rut.from_body(10_000_000 + i),
                        comuna_code=comuna,
                    ),
                    True,
                )
                for i in range(people)
            ]
        )
    finally:
        workspace.close()


def damage_page(path: Path, name: str) -> None:
    """Overwrite the cell pointers of the root page of table or index ``name``: a genuinely
    malformed file (``PRAGMA quick_check`` reports it; reading the tree may fail)."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"  # creates no -wal/-shm
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        query = "SELECT rootpage FROM sqlite_master WHERE name = ?"
        (root,) = conn.execute(query, (name,)).fetchone()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "checkpoint the WAL first"
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size + 8
    data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the digest of its bytes (to prove nothing changed)."""
    return {
        str(p.relative_to(folder)): digest(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "omil.lock"
    }
