"""The program log: one set-up, used by the window and by the commands (``sync``, ``enroll``).

It goes to ``registro/omil.log`` in the data folder, rotated at about 1 MB with three older files
kept. What is logged never holds personal data (no RUTs, names, health data or record contents):
counts, kinds, sequence numbers, and for bugs the type and where, never the message. The folder
and its files are readable only by the user (store/permissions.py).
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from omil_desktop.store.integrity import LOG_DIRNAME
from omil_desktop.store.permissions import private_dir, private_file

FOLDER = LOG_DIRNAME
FILE = "omil.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: RotatingFileHandler | None = None


class _PrivateFileHandler(RotatingFileHandler):
    """Each log file (the first and every one a rotation starts) created readable only by the
    user, before anything is written to it."""

    def _open(self) -> Any:
        if os.name == "posix" and not os.path.exists(self.baseFilename):
            os.close(os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT, 0o600))
        private_file(Path(self.baseFilename))
        return super()._open()


def log_to(data_dir: Path) -> Path | None:
    """Send the program's log (INFO and up) to the data folder's ``registro/``.

    Returns the log file, or ``None`` when the folder cannot be written (a read-only data folder
    is reported when the database opens, not here). Calling it again moves the log to the new
    folder; the process never holds more than one log file open.
    """
    global _handler
    folder = data_dir / FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
        private_dir(folder)
        handler = _PrivateFileHandler(
            folder / FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    stop_logging()
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _handler = handler
    return folder / FILE


def log_folder() -> Path | None:
    """The folder the program logs to now (``registro/``), or None before :func:`log_to`."""
    return Path(_handler.baseFilename).parent if _handler is not None else None


def stop_logging() -> None:
    """Close the log file (the next :func:`log_to` opens one again)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
