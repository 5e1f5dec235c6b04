"""A newer OMIL Desktop: what the regional server announced, telling the officer once per
version, and downloading its installer safely (docs/updates.md).

The sync client stores the newest release the server publishes in ``device_settings``
(``latest_version``) on each sync. This service says whether that is newer than the running
program and not yet told (``update_announced``), records that it was told, and downloads the
installer: streamed to a temporary file in the data folder's ``descargas``, its size and SHA-256
checked against what the server announced before it gets its final name (a file that does not
match is deleted, never started). The installer itself keeps the office's data on upgrade; the
database is backed up before it is migrated (store/migrate.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from omil_desktop import __version__
from omil_desktop.domain.texts import translate
from omil_desktop.domain.versions import is_newer, parse_version
from omil_desktop.services.errors import ServiceError
from omil_desktop.store.models import DeviceSettings
from omil_desktop.store.permissions import private_dir, private_file

if TYPE_CHECKING:
    from omil_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

DOWNLOADS = "descargas"
"""The data folder's download area."""


class UpdateError(ServiceError):
    """A download that could not be done or was refused; the message is Spanish."""


@dataclass(frozen=True, slots=True)
class Available:
    version: str
    """The newest release, newer than the running program."""
    announce: bool
    """True when the officer has not been told of it yet."""


class UpdateService:
    """Updates of this installation (one workspace)."""

    def __init__(self, workspace: Workspace, current: str = __version__) -> None:
        self._workspace = workspace
        self._db = workspace.db
        self.current = current

    @property
    def downloads(self) -> Path:
        return self._workspace.data_dir / DOWNLOADS

    def available(self) -> Available | None:
        """The newer release the server announced, if any (None: up to date, or never told)."""
        with self._db.transaction() as session:
            settings = session.get(DeviceSettings, 1)
            latest = settings.latest_version if settings else None
            announced = settings.update_announced if settings else None
        if latest is None or not is_newer(latest, self.current):
            return None
        return Available(latest, announce=parse_version(announced) != parse_version(latest))

    def mark_announced(self, version: str) -> None:
        """The officer was told of ``version``: not again."""
        with self._db.transaction() as session:
            settings = session.get(DeviceSettings, 1)
            if settings is None:
                settings = DeviceSettings(id=1)
                session.add(settings)
            settings.update_announced = version

    def download(self, progress: Callable[[int, int], None] | None = None) -> Path:
        """Download the newest release's installer; its path once checked.

        Raises :class:`UpdateError` (Spanish) when the server cannot be reached, offers nothing
        newer, or sends a file whose size or SHA-256 is not the announced one (deleted).
        """
        from omil_desktop.sync.client import SyncClient
        from omil_desktop.sync.transport import SyncError

        folder = self.downloads
        try:
            folder.mkdir(parents=True, exist_ok=True)
            private_dir(folder)
        except OSError as exc:
            raise UpdateError(
                translate(
                    "Actualizaciones",
                    "No se pudo crear la carpeta de descargas {folder}. Revise que se pueda "
                    "escribir en la carpeta de datos.",
                ).format(folder=folder)
            ) from exc
        partial = folder / ".instalador.parcial"
        with contextlib.suppress(OSError):
            partial.unlink()
        try:
            with SyncClient(self._workspace) as client:
                release = client.download_release(partial, progress)
            if not is_newer(release.version, self.current):
                raise UpdateError(
                    translate(
                        "Actualizaciones",
                        "El servidor regional no ofrece una versión más nueva que la instalada "
                        "({version}).",
                    ).format(version=self.current)
                )
            if not matches(partial, release.size, release.sha256):
                log.warning("downloaded installer refused: size or SHA-256 differs")
                raise UpdateError(
                    translate(
                        "Actualizaciones",
                        "El instalador descargado no corresponde al publicado por el servidor "
                        "regional (su tamaño o su huella SHA-256 no coinciden), así que se "
                        "descartó y no se instalará. Intente de nuevo más tarde; si se repite, "
                        "avise a la Dirección Regional.",
                    )
                )
            target = folder / installer_name(release.version)
            private_file(partial)
            os.replace(partial, target)
        except SyncError as exc:
            raise UpdateError(str(exc)) from exc
        except OSError as exc:
            raise UpdateError(
                translate(
                    "Actualizaciones",
                    "No se pudo guardar el instalador en {folder}. Revise que haya espacio en "
                    "el disco.",
                ).format(folder=folder)
            ) from exc
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
        log.info("installer of %s downloaded and checked", release.version)
        return target


def installer_name(version: str) -> str:
    """The downloaded installer's name (``version`` is a checked release number)."""
    return f"OMIL-Desktop-{version}-instalador.exe"


def matches(path: Path, size: int, sha256: str) -> bool:
    """Whether the file at ``path`` has exactly ``size`` bytes and that SHA-256."""
    if path.stat().st_size != size:
        return False
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while piece := source.read(1024 * 1024):
            digest.update(piece)
    return digest.hexdigest() == sha256


def start_installer(path: Path) -> bool:
    """Start the downloaded installer (Windows); False where it cannot run (Linux: the
    officer is told where the file is)."""
    if sys.platform == "win32":
        os.startfile(path)  # the installer asks its own questions; the program then closes
        return True
    return False


__all__ = [
    "DOWNLOADS",
    "Available",
    "UpdateError",
    "UpdateService",
    "installer_name",
    "matches",
    "start_installer",
]
