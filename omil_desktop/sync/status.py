"""Where sync stands, read from the local database alone.

Kept apart from the client so the window can show it without loading the sync stack (httpx,
pydantic, keyring): the status bar reads it on the GUI thread; the exchange runs elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select

from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, translate
from omil_desktop.store.database import Database
from omil_desktop.store.models import ChangeLog, SyncConflict, SyncSetAside, SyncState

RE_ENROLL = QT_TRANSLATE_NOOP(
    "sync.status", "Este equipo fue dado de baja en el servidor regional: inscríbalo de nuevo."
)
NO_SECRET = QT_TRANSLATE_NOOP(
    "sync.status", "No se encontró la credencial de este equipo: inscríbalo de nuevo."
)
"""Marked for translation; raised as ``translate("sync.status", …)`` (:func:`enrollment_text`)."""


def enrollment_text(message: str) -> str:
    """``RE_ENROLL`` or ``NO_SECRET`` in the program's language."""
    return translate("sync.status", message)


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar and the sync dialog show."""

    enrolled: bool
    server_url: str | None = None
    region_name: str = ""
    network: str = ""
    credential_store: str = ""
    """``keyring`` or ``file`` (no keyring on this PC: the window says so)."""
    pending: int = 0
    """Local changes not yet acknowledged by the server (refused ones not counted)."""
    refused: int = 0
    conflicts: int = 0
    """Open conflicts, waiting for the officer."""
    set_aside: int = 0
    """Received records this PC could not apply (shown in Sincronización, tried again)."""
    last_sync_at: datetime | None = None
    last_error: str | None = None
    cursor: int = 0
    device_id: str | None = None

    @property
    def needs_enrollment(self) -> bool:
        """Never enrolled, or the server no longer knows this device: enroll (again)."""
        said = (RE_ENROLL, NO_SECRET, enrollment_text(RE_ENROLL), enrollment_text(NO_SECRET))
        return not self.enrolled or (self.last_error or "").startswith(said)  # in any language


def read_status(db: Database) -> SyncStatus:
    """Enrollment, counts of unsent, refused and conflicting changes, last sync and error."""
    with db.transaction() as session:
        state = session.get(SyncState, 1)
        pending = session.scalar(
            select(func.count()).select_from(ChangeLog).where(ChangeLog.refused_reason.is_(None))
        )
        refused = session.scalar(
            select(func.count()).select_from(ChangeLog).where(ChangeLog.refused_reason.is_not(None))
        )
        conflicts = session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        set_aside = session.scalar(select(func.count()).select_from(SyncSetAside))
        counts = SyncStatus(
            enrolled=False,
            pending=pending or 0,
            refused=refused or 0,
            conflicts=conflicts or 0,
            set_aside=set_aside or 0,
        )
        if state is None or state.device_id is None:
            return replace(counts, last_error=state.last_error if state else None)
        return replace(
            counts,
            enrolled=True,
            server_url=state.server_url,
            region_name=state.region_name,
            network=state.network,
            credential_store=state.credential_store,
            last_sync_at=state.last_sync_at,
            last_error=state.last_error,
            cursor=state.cursor,
            device_id=state.device_id,
        )
