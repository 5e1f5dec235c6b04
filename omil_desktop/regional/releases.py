"""Releases of OMIL Desktop the regional office publishes for its devices (docs/updates.md).

``omil-regional version publicar 0.3.0 --instalador setup.exe`` stores the installer (in 1 MiB
pieces, with its size and SHA-256); an enrolled device asks ``GET /api/version`` for the newest
one on each sync and downloads the installer only when the officer asks for it. Logs hold
versions and sizes, nothing else.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select

from omil_desktop.domain.texts import translate
from omil_desktop.domain.versions import parse_version
from omil_desktop.regional.core import AdminError, ServiceCore
from omil_desktop.regional.models import Release, ReleaseChunk
from omil_desktop.sync.updates import INSTALLER_PATH, MAX_INSTALLER_BYTES, LatestRelease

log = logging.getLogger("omil_desktop.regional")

CHUNK_BYTES = 1024 * 1024
MAX_NOTES = 4000
WINDOWS_PROGRAM = b"MZ"
"""How every Windows program (a PE file, setup.exe among them) begins: anything else is refused
before it reaches the offices."""


@dataclass(frozen=True, slots=True)
class ReleaseInfo:
    version: str
    filename: str
    size: int
    sha256: str
    notes: str
    published_at: datetime

    def message(self) -> LatestRelease:
        """What ``GET /api/version`` answers about it."""
        return LatestRelease(
            version=self.version,
            notes=self.notes,
            size=self.size,
            sha256=self.sha256,
            download=INSTALLER_PATH.format(version=self.version),
        )


def _info(row: Release) -> ReleaseInfo:
    return ReleaseInfo(row.version, row.filename, row.size, row.sha256, row.notes, row.published_at)


class Releases(ServiceCore):
    """Publishing releases (the regional office) and telling devices about them."""

    def publish_release(
        self, version: str, installer: Path, notes: str = "", *, replace: bool = False
    ) -> ReleaseInfo:
        """Store ``installer`` as release ``version``. Refused (nothing stored): a version that
        is not a release number, an empty, missing or too big file, notes over 4000
        characters, a version already published (unless ``replace``), a file that is not a
        Windows program."""
        version = version.strip()
        if parse_version(version) is None:
            raise AdminError(
                translate(
                    "Versiones",
                    "«{version}» no es un número de versión (por ejemplo 0.3.0).",
                ).format(version=version)
            )
        notes = notes.strip()
        if len(notes) > MAX_NOTES:
            raise AdminError(
                translate("Versiones", "Las notas superan los {n} caracteres.").format(n=MAX_NOTES)
            )
        try:
            size = installer.stat().st_size
            if not installer.is_file():
                raise OSError
        except OSError as exc:
            raise AdminError(
                translate("Versiones", "No se encontró el instalador {path}.").format(
                    path=installer
                )
            ) from exc
        if size == 0 or size > MAX_INSTALLER_BYTES:
            raise AdminError(
                translate(
                    "Versiones",
                    "El instalador debe tener entre 1 byte y {mb} MB; {path} tiene {size} bytes.",
                ).format(mb=MAX_INSTALLER_BYTES // (1024 * 1024), path=installer, size=size)
            )
        try:
            with installer.open("rb") as source:
                head = source.read(2)
        except OSError as exc:
            raise AdminError(
                translate("Versiones", "No se pudo leer el instalador {path}.").format(
                    path=installer
                )
            ) from exc
        if head != WINDOWS_PROGRAM:
            raise AdminError(
                translate(
                    "Versiones",
                    "{path} no es un programa de Windows: publique el setup.exe que hace "
                    "installer/build-windows.sh.",
                ).format(path=installer)
            )
        digest = hashlib.sha256()
        written = 0
        with self.store.write() as session:
            if session.get(Release, version) is not None:
                if not replace:
                    raise AdminError(
                        translate(
                            "Versiones",
                            "La versión {version} ya está publicada (use --reemplazar para "
                            "cambiar su instalador).",
                        ).format(version=version)
                    )
                session.execute(delete(ReleaseChunk).where(ReleaseChunk.version == version))
                session.execute(delete(Release).where(Release.version == version))
            try:
                with installer.open("rb") as source:
                    part = 0
                    while piece := source.read(CHUNK_BYTES):
                        digest.update(piece)
                        written += len(piece)
                        session.add(ReleaseChunk(version=version, part=part, data=piece))
                        session.flush()
                        session.expunge_all()  # one piece in memory at a time
                        part += 1
            except OSError as exc:
                raise AdminError(
                    translate("Versiones", "No se pudo leer el instalador {path}.").format(
                        path=installer
                    )
                ) from exc
            if written != size:
                raise AdminError(
                    translate(
                        "Versiones",
                        "El instalador {path} cambió mientras se leía; publique de nuevo.",
                    ).format(path=installer)
                )
            row = Release(
                version=version,
                filename=installer.name[:200],
                size=written,
                sha256=digest.hexdigest(),
                notes=notes,
                published_at=self.clock(),
            )
            session.add(row)
            session.flush()
            info = _info(row)
        log.info("Versión publicada: %s (%d bytes)", version, written)
        return info

    def releases(self) -> list[ReleaseInfo]:
        """Every published release, newest first."""
        with self.store.read() as session:
            rows = [_info(r) for r in session.scalars(select(Release))]
        return sorted(rows, key=lambda r: parse_version(r.version) or (), reverse=True)

    def latest_release(self) -> ReleaseInfo | None:
        """The newest published release (by number, not by date), if any."""
        releases = self.releases()
        return releases[0] if releases else None

    def remove_release(self, version: str) -> bool:
        """Withdraw a release (devices are no longer told of it); False when there was none."""
        with self.store.write() as session:
            session.execute(delete(ReleaseChunk).where(ReleaseChunk.version == version))
            gone = session.execute(delete(Release).where(Release.version == version))
            removed = bool(getattr(gone, "rowcount", 0))
        if removed:
            log.info("Versión retirada: %s", version)
        return removed

    def release_info(self, version: str) -> ReleaseInfo | None:
        with self.store.read() as session:
            row = session.get(Release, version)
            return _info(row) if row is not None else None

    def release_chunks(self, version: str) -> Iterator[bytes]:
        """The installer's bytes, one piece per read (each its own short transaction)."""
        part = 0
        while True:
            with self.store.read() as session:
                data = session.scalar(
                    select(ReleaseChunk.data).where(
                        ReleaseChunk.version == version, ReleaseChunk.part == part
                    )
                )
            if data is None:
                return
            yield bytes(data)
            part += 1
