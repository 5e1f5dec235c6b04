"""Copies of the database file made with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

BACKUP_DIRNAME = "respaldos"
KEEP_BACKUPS = 5


def backup_database(source: Path, label: str, keep: int = KEEP_BACKUPS) -> Path:
    """Copy ``source`` into the ``respaldos`` folder beside it and keep only the newest ``keep``.

    The backup API gives a consistent copy even while the WAL holds committed pages.
    """
    backups = source.parent / BACKUP_DIRNAME
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups / f"{source.stem}-{stamp}-{label}.sqlite3"
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    for old in list_backups(source)[keep:]:
        old.unlink()
    return target


def list_backups(source: Path) -> list[Path]:
    """Backups of ``source``, newest first."""
    backups = source.parent / BACKUP_DIRNAME
    if not backups.is_dir():
        return []
    return sorted(backups.glob(f"{source.stem}-*.sqlite3"), reverse=True)
