"""Noticing a damaged or lost database before anything writes to it.

At start-up, before the first write, :func:`check_before_opening` looks at the data folder:

- a database that is missing or empty where an office was already set up (the folder has
  backups, or the program's log) is refused: a new, empty office must never silently take the
  place of the office's records;
- a file that is not a SQLite database, or that a previous full check found damaged (the marker
  file beside it), is refused;
- otherwise ``PRAGMA quick_check`` runs on a read-only connection, bounded in time (the window
  passes a budget so a 100,000-person office still starts at once; the rest is checked in the
  background after start-up, see ``services/backups.py``). A malformed file is refused.

A refused file is never written to: every look here is read-only (``open_read_only``).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from omil_desktop.domain.texts import translate
from omil_desktop.store.engine import DATABASE_FILENAME, database_path
from omil_desktop.store.errors import DATABASE_ERRORS, StorageError, explain

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_DIRNAME = "respaldos"
LOG_DIRNAME = "registro"
DAMAGE_MARKER = DATABASE_FILENAME + ".danada.txt"
"""Written beside the database when a full check found it damaged after it was opened, so the
next start refuses it at once (and offers the backup) instead of opening it again."""

STARTUP_CHECK_BUDGET_S = 0.03
"""Time the window's start-up check may take (it runs while Qt starts and the folder is locked):
the whole file of an office of up to about ten thousand people, the first part of a larger one
(the rest is checked in the background right after the window is up, before the day's backup).
"""

_PROGRESS_OPCODES = 10_000
"""SQLite VM instructions between two looks at the clock (rare enough that the check seldom
needs the interpreter while the window starts)."""


class Stopped(Exception):
    """The check or copy was stopped on request (the program is closing)."""


class CheckResult(Enum):
    NEW = "new"
    """No database yet (a first run): nothing to check."""
    OK = "ok"
    """The whole file passed ``quick_check``."""
    PARTIAL = "partial"
    """What was checked within the time budget is sound; the rest was not looked at yet."""


class DatabaseDamaged(StorageError):
    """The database file is malformed; it was not opened for writing and was not modified."""

    def __init__(self, path: Path, detail: str = "") -> None:
        backups = path.parent / BACKUP_DIRNAME
        super().__init__(
            translate(
                "store.integrity",
                "La base de datos de la oficina ({path}) está dañada y no se abrió, para no "
                "empeorar el daño; el archivo no se modificó. Vuelva a la copia de respaldo más "
                "reciente en buen estado: al abrir el programa se le ofrece, o sin ventana con "
                "«omil-desktop restore ARCHIVO» (las copias están en {backups}). La base dañada "
                "no se borra: queda guardada aparte. Si no tiene copias, pida ayuda a soporte.",
            ).format(path=path, backups=backups)
        )
        self.path = path
        self.detail = detail


class KeysMissing(DatabaseDamaged):
    """The database is not a plain SQLite file and the folder has no key file: encrypted with
    its key file lost, or damaged. Either way a backup (with its key file) brings it back."""

    def __init__(self, path: Path) -> None:
        StorageError.__init__(
            self,
            translate(
                "store.integrity",
                "La base de datos de la oficina ({path}) no se puede leer: está cifrada y falta "
                "su archivo de llaves (omil.llaves) en la carpeta de datos, o no es una base de "
                "datos de OMIL Desktop. No se modificó nada. Si tiene una copia del archivo de "
                "llaves, póngala de vuelta en la carpeta; si no, restaure una copia de respaldo "
                "(cada una lleva a su lado su archivo «….llaves») con su contraseña o la clave de "
                "recuperación: al abrir el programa se le ofrece, o sin ventana con «omil-desktop "
                "restore ARCHIVO».",
            ).format(path=path),
        )
        self.path = path
        self.detail = "not a SQLite file and no key file"


class WrongKey(StorageError):
    """The key at hand does not open the encrypted database (another folder's key file)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "store.integrity",
                "La base de datos {path} está cifrada y no se abre con la llave de esta carpeta "
                "de datos: el archivo de llaves (omil.llaves) no es el de estos datos (¿se copió "
                "el de otro equipo o de otra carpeta?). No se modificó nada. Ponga junto a la "
                "base de datos su propio archivo de llaves, o restaure una copia de respaldo con "
                "el archivo de llaves que la acompaña.",
            ).format(path=path)
        )
        self.path = path


class DatabaseMissing(StorageError):
    """The database is missing or empty although an office was set up in this folder."""

    def __init__(self, path: Path, empty: bool) -> None:
        what = (
            translate("store.integrity", "está vacío (0 bytes)")
            if empty
            else translate("store.integrity", "no está")
        )
        super().__init__(
            translate(
                "store.integrity",
                "El archivo de datos de la oficina ({path}) {what}, aunque en esta carpeta ya se "
                "configuró una oficina (tiene copias de respaldo o registro del programa). Para "
                "no reemplazar sus datos por una oficina nueva y vacía, no se abrió. Vuelva a la "
                "copia de respaldo más reciente: al abrir el programa se le ofrece, o sin ventana "
                "con «omil-desktop restore ARCHIVO». Si de verdad quiere empezar de cero, cambie "
                "el nombre de la carpeta de datos y abra el programa otra vez.",
            ).format(path=path, what=what)
        )
        self.path = path
        self.empty = empty


def open_read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A connection that cannot change anything on disk, not even create ``-wal``/``-shm`` files.

    A WAL-mode file opened merely read-only still gets its ``-wal`` and ``-shm`` files created
    beside it. Without a ``-wal`` every commit is in the main file, so it is opened as immutable
    and nothing is written; with one, the ``-wal`` holds commits that must be read.
    """
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    # as_uri() percent-encodes the path, so a folder named e.g. "Datos #2" is not cut at '#'.
    if key is None:
        return sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
    from omil_desktop.store.vault import connect_uri

    return connect_uri(f"{path.resolve().as_uri()}?{flags}", key)


def opens(conn: sqlite3.Connection, path: Path) -> None:
    """Read the first page of the SQLCipher connection ``conn``: :class:`WrongKey` (closing
    it) when its key does not open ``path``. SQLCipher cannot tell a wrong key from a damaged
    first page; a wrong key file is by far the likelier, and the message says what to do."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DATABASE_ERRORS as exc:
        conn.close()
        if "not a database" in str(exc).lower():
            raise WrongKey(path) from exc
        raise


def has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def office_evidence(data_dir: Path) -> bool:
    """Whether this folder was already used by an office: backups or the program's log."""
    backups = data_dir / BACKUP_DIRNAME
    if backups.is_dir() and any(backups.glob("*.sqlite3")):
        return True
    logs = data_dir / LOG_DIRNAME
    return logs.is_dir() and any(logs.glob("*.log*"))


def _was_encrypted(data_dir: Path) -> bool:
    """Whether the folder shows it was encrypted (its backups carry copies of a key file)."""
    backups = data_dir / BACKUP_DIRNAME
    return backups.is_dir() and any(backups.glob("*.llaves"))


def damage_marker(data_dir: Path) -> Path:
    return data_dir / DAMAGE_MARKER


def mark_damaged(data_dir: Path, detail: str, now: datetime | None = None) -> None:
    """Remember that a full check found the database damaged (the next start refuses it)."""
    moment = (now or datetime.now()).strftime("%d-%m-%Y %H:%M")
    text = translate(
        "store.integrity",
        "{moment}: la revisión completa encontró dañada la base de datos "
        "{DATABASE_FILENAME}.\nOMIL Desktop no la abrirá hasta que se restaure una copia de "
        "respaldo en buen estado\n(al abrir el programa, o con «omil-desktop restore "
        "ARCHIVO»).\nDetalle técnico: {detail}\n",
    ).format(moment=moment, DATABASE_FILENAME=DATABASE_FILENAME, detail=detail)
    # The officer is told in any case; the marker only makes the next start refuse at once.
    with contextlib.suppress(OSError):
        damage_marker(data_dir).write_text(text, encoding="utf-8")


def clear_damage_mark(data_dir: Path) -> None:
    damage_marker(data_dir).unlink(missing_ok=True)


def quick_check(
    path: Path,
    budget_s: float | None = None,
    *,
    key: bytes | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> CheckResult:
    """``PRAGMA quick_check`` on a read-only connection; stops after ``budget_s`` seconds.

    Returns OK (all checked) or PARTIAL (time ran out, nothing wrong so far); raises
    :class:`DatabaseDamaged` for a malformed file, :class:`Stopped` when ``should_stop`` says
    so. Never writes.
    """
    return _check(path, "quick_check", budget_s, should_stop, key)


def integrity_check(
    path: Path, *, key: bytes | None = None, should_stop: Callable[[], bool] | None = None
) -> None:
    """The full ``PRAGMA integrity_check`` (indexes against their tables too); never writes.

    Raises :class:`DatabaseDamaged` unless the file is sound, :class:`Stopped` on request.
    """
    _check(path, "integrity_check", None, should_stop, key)


def _check(
    path: Path,
    pragma: str,
    budget_s: float | None,
    should_stop: Callable[[], bool] | None,
    key: bytes | None = None,
) -> CheckResult:
    if key is None and not has_sqlite_header(path):
        raise DatabaseDamaged(path, "not a SQLite file")
    try:
        conn = open_read_only(path, key)
        if key is not None:
            opens(conn, path)
    except DATABASE_ERRORS as exc:
        raise _damaged_or_explained(path, exc) from exc
    limit = _Limit(conn, budget_s, should_stop)
    rows: list[tuple[object, ...]] = []
    try:
        try:
            cursor = conn.execute(f"PRAGMA {pragma}")
            while (row := cursor.fetchone()) is not None:
                rows.append(row)
        except DATABASE_ERRORS as exc:
            if str(exc) != "interrupted" or limit.reason is None:
                raise _damaged_or_explained(path, exc) from exc
            if not rows:  # stopped before the check said anything
                if limit.reason == "stop":
                    raise Stopped from exc
                return CheckResult.PARTIAL
    finally:
        limit.end()
        conn.close()
    if rows != [("ok",)]:
        raise DatabaseDamaged(path, "; ".join(str(r[0]) for r in rows[:5]))
    return CheckResult.OK


class _Limit:
    """Interrupts a check when its time is up or the program asks to stop.

    Two ways, because SQLite checks the page structure of all b-trees in one long step (no
    progress callback inside it before SQLite 3.43): the progress handler stops between steps,
    a watcher thread calls ``interrupt()`` during one.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        budget_s: float | None,
        should_stop: Callable[[], bool] | None,
    ) -> None:
        self.reason: str | None = None
        self._conn = conn
        self._deadline = None if budget_s is None else time.monotonic() + budget_s
        self._should_stop = should_stop
        self._done = threading.Event()
        self._watcher: threading.Thread | None = None
        if self._deadline is None and should_stop is None:
            return
        conn.set_progress_handler(self._progress, _PROGRESS_OPCODES)
        self._watcher = threading.Thread(target=self._watch, name="omil-check-limit", daemon=True)
        self._watcher.start()

    def _due(self) -> str | None:
        if self._should_stop is not None and self._should_stop():
            return "stop"
        if self._deadline is not None and time.monotonic() >= self._deadline:
            return "budget"
        return None

    def _progress(self) -> int:
        if self.reason is None:
            self.reason = self._due()
        return int(self.reason is not None)

    def _watch(self) -> None:
        while True:
            wait = 0.05
            if self._deadline is not None:
                wait = max(0.0, min(wait, self._deadline - time.monotonic()))
            if self._done.wait(wait):
                return
            due = self._due()
            if due is not None:
                self.reason = self.reason or due
                break
        # SQLite forgets an interrupt that comes before the statement runs: repeat it until the
        # check has ended.
        while not self._done.is_set():
            self._conn.interrupt()
            self._done.wait(0.002)

    def end(self) -> None:
        self._done.set()
        if self._watcher is not None:
            self._watcher.join()


class EarlyCheck:
    """:func:`check_before_opening` in a thread of its own, started as early as possible.

    The check reads the file in SQLite's C code, which lets the interpreter go on (imports,
    creating the window's application object) meanwhile: the window's start does not wait for
    it, it only collects the result before opening the database.
    """

    def __init__(self, data_dir: Path, budget_s: float | None) -> None:
        self.data_dir = data_dir
        self._result: StartupCheck | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(budget_s,), name="omil-startup-check", daemon=True
        )
        self._thread.start()

    def _run(self, budget_s: float | None) -> None:
        try:
            self._result = check_before_opening(self.data_dir, budget_s)
        except BaseException as exc:  # handed to the thread that opens the database
            self._error = exc

    def result(self) -> StartupCheck:
        """The check's result (waits for it); raises what the check raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


def _damaged_or_explained(path: Path, exc: Exception) -> StorageError:
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseDamaged(path, str(exc))
    return explain(exc, path.parent)


@dataclass(frozen=True)
class StartupCheck:
    path: Path
    result: CheckResult


def check_before_opening(data_dir: Path, budget_s: float | None = None) -> StartupCheck:
    """Everything to look at before the database is opened for writing; see the module doc.

    ``budget_s`` bounds the ``quick_check`` (None: the whole file).
    """
    path = database_path(data_dir)
    if path.exists() and damage_marker(data_dir).exists():
        raise DatabaseDamaged(path, "marked damaged by an earlier full check")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        size = None
    except OSError as exc:
        raise explain(exc, data_dir) from exc
    if size is None or size == 0:
        if data_dir.is_dir() and office_evidence(data_dir):
            raise DatabaseMissing(path, empty=size == 0)
        return StartupCheck(path, CheckResult.NEW)
    from omil_desktop.store.vault import key_for

    key = key_for(data_dir)
    plain = has_sqlite_header(path)
    if key is None and not plain and _was_encrypted(data_dir):
        raise KeysMissing(path)
    if plain:  # still to be encrypted (store/encrypt.py, when the folder is opened)
        key = None
    return StartupCheck(path, quick_check(path, budget_s, key=key))
