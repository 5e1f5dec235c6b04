"""The regional server's use cases, one database transaction each; no HTTP here.

This is docs/sync-protocol.md on the server side, split by concern:

- :mod:`.exchange` — what devices ask: enrollment, authentication, the sync exchange (§5) with
  its checks (§6), snapshots (§7);
- :mod:`.records` — how a record is written: field by field with conflicts (§9), network sharing
  (§8);
- :mod:`.admin` — what the regional office administers: region, offices, codes, devices,
  compaction, status;
- :mod:`.authoring` — what the regional office writes itself: edits and regional notices;
- :mod:`.blobs` — the bytes of supporting documents, uploaded and downloaded by devices (§13);
- :mod:`.releases` — releases of OMIL Desktop published for the devices (docs/updates.md).

:class:`RegionalService` brings them together over one :class:`RegionalStore`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from omil_desktop.regional.admin import (
    CODE_ALPHABET,
    CODE_LENGTH,
    CODE_VALID_DAYS,
    Administration,
    CompactResult,
    DeviceInfo,
    IssuedCode,
    OfficeInfo,
    OfficeStatus,
    RecordView,
    RefusalInfo,
    format_code,
    normalize_code,
)
from omil_desktop.regional.authoring import Authoring
from omil_desktop.regional.blobs import Blobs
from omil_desktop.regional.core import AdminError, NotInitialized, ProtocolError, ServerIdentity
from omil_desktop.regional.exchange import Exchange
from omil_desktop.regional.releases import Releases
from omil_desktop.regional.store import RegionalStore, database_url_for, default_data_dir
from omil_desktop.regional.targets import Targets
from omil_desktop.store.clock import utcnow


class RegionalService(Exchange, Administration, Authoring, Blobs, Targets, Releases):
    """Everything the regional server does, over one :class:`RegionalStore`."""

    @classmethod
    def open(
        cls,
        *,
        database_url: str | None = None,
        data_dir: Path | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> RegionalService:
        """Open (and migrate) the database at ``database_url``, else the SQLite file in
        ``data_dir`` (default: the per-user data folder of ``omil-regional``)."""
        url = database_url or database_url_for(data_dir or default_data_dir())
        return cls(RegionalStore.open(url), clock=clock)


__all__ = [
    "CODE_ALPHABET",
    "CODE_LENGTH",
    "CODE_VALID_DAYS",
    "AdminError",
    "CompactResult",
    "DeviceInfo",
    "IssuedCode",
    "NotInitialized",
    "OfficeInfo",
    "OfficeStatus",
    "ProtocolError",
    "RecordView",
    "RefusalInfo",
    "RegionalService",
    "ServerIdentity",
    "format_code",
    "normalize_code",
]
