"""The data folder readable only by its user (Ley 21.719: the data, its backups and keys).

On Linux (and any POSIX system) the folder and its sub-folders are ``0700`` and the files the
program writes (database, ``-wal``/``-shm``, backups, key files, receipts, the log) ``0600``:
set when they are made and put right at every start for a folder of an older version. On
Windows the data folder is in the user's profile (``%LOCALAPPDATA%``), whose ACL already lets
only that user (and administrators) in; ``chmod`` means little there, so nothing is changed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_SUBFOLDERS = ("respaldos", "registro", "apartadas", "comprobantes")
"""The data folder's own sub-folders whose files are fixed at start (receipts' sub-folders are
fixed by store/encrypt.py, which goes through every receipt anyway)."""


def _posix() -> bool:
    return os.name == "posix"


def private_file(path: Path) -> None:
    """Make ``path`` readable and writable only by its owner (POSIX); errors are ignored (a
    file on a FAT pen drive has no modes)."""
    if _posix():
        with contextlib.suppress(OSError):
            os.chmod(path, PRIVATE_FILE)


def private_dir(path: Path) -> None:
    if _posix():
        with contextlib.suppress(OSError):
            os.chmod(path, PRIVATE_DIR)


def secure_folder(data_dir: Path) -> None:
    """Put right the modes of the data folder, its sub-folders and the files directly in them
    (a few dozen: cheap at every start)."""
    if not _posix() or not data_dir.is_dir():
        return
    private_dir(data_dir)
    for folder in (data_dir, *(data_dir / name for name in _SUBFOLDERS)):
        if not folder.is_dir():
            continue
        private_dir(folder)
        with contextlib.suppress(OSError):
            for entry in folder.iterdir():
                if entry.is_file() and not entry.is_symlink():
                    if entry.stat().st_mode & 0o077:
                        private_file(entry)
                elif entry.is_dir() and folder != data_dir:
                    private_dir(entry)
