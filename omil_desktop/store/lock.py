"""One program at a time on a data folder: an operating-system lock on ``omil.lock``.

The window holds the lock while it is open, and so do the commands that change the data or
replace the file (``init``, ``import-people``, ``enroll``, ``sync``, ``restore``); a second
window, or such a command while the window is open, is refused with a Spanish message instead
of working on the same file. The lock is the OS's own (``fcntl``/``LockFileEx`` through
:mod:`filelock`), so it goes away with the process that held it, however that process ended:
a crash or a power cut never leaves the folder locked.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from omil_desktop.domain.texts import translate
from omil_desktop.store.errors import StorageError

if TYPE_CHECKING:
    from filelock import BaseFileLock

LOCK_FILENAME = "omil.lock"


class DataFolderInUse(StorageError):
    """Another OMIL Desktop (a window or a command) has the data folder open."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(
            translate(
                "store.lock",
                "OMIL Desktop ya está abierto con esta carpeta de datos ({data_dir}) en este "
                "equipo. Use la ventana que ya está abierta (búsquela en la barra de tareas) o "
                "ciérrela antes de volver a intentarlo; nada se modificó.",
            ).format(data_dir=data_dir)
        )
        self.data_dir = data_dir


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILENAME


class DataFolderLock:
    """The data folder held by this process, until :meth:`release` (or the process ends)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._lock: BaseFileLock | None = None

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.is_locked

    def acquire(self) -> DataFolderLock:
        """Take the folder (creating it if needed); :class:`DataFolderInUse` if another has it."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                translate(
                    "store.lock",
                    "No se puede crear la carpeta de datos {data_dir}. Revise que la ruta sea una "
                    "carpeta y que su usuario tenga permiso de escritura.",
                ).format(data_dir=self.data_dir)
            ) from exc
        # Imported here, not with the module: at start-up the window takes the lock while the
        # database check runs in its thread, so the import costs no time of its own.
        from filelock import FileLock, Timeout

        if self._lock is None:
            self._lock = FileLock(lock_path(self.data_dir), timeout=0)
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise DataFolderInUse(self.data_dir) from exc
        except OSError as exc:
            raise StorageError(
                translate(
                    "store.lock",
                    "No se puede usar la carpeta de datos {data_dir}: su usuario no tiene permiso "
                    "de escritura en ella.",
                ).format(data_dir=self.data_dir)
            ) from exc
        return self

    def release(self) -> None:
        if self._lock is not None and self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> DataFolderLock:
        return self.acquire()

    def __exit__(
        self,
        _kind: type[BaseException] | None,
        _exc: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.release()
