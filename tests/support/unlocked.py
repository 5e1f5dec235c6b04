"""Reading an encrypted data folder's database directly in a test, as the program does: with
its key, unlocked by the suite's OMIL_DESKTOP_PASSWORD."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from omil_desktop.services.access import unlock_for_command
from omil_desktop.store.engine import database_path
from omil_desktop.store.vault import connect, key_for


def open_database(data_dir: Path) -> sqlite3.Connection:
    """A DB-API connection to the folder's database (SQLCipher when it is encrypted)."""
    unlock_for_command(data_dir)
    return connect(database_path(data_dir), key_for(data_dir))


def without_plain_warning(err: str) -> str:
    """A command's stderr without the warning every command prints for an unencrypted
    (legacy) folder (services/access.plain_folder_warning): what tests of other matters read."""
    return "".join(
        line
        for line in err.splitlines(keepends=True)
        if not line.startswith("Aviso: los datos de ")
    )
