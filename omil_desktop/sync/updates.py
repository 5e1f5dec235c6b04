"""What the regional server says about the newest release of OMIL Desktop (docs/updates.md).

Not part of the sync exchange (docs/sync-protocol.md is unchanged): two endpoints of their own,
``GET /api/version`` (this message, gzip'd JSON as every other answer) and the installer's
bytes at the ``download`` path it names. A server older than the feature answers 404.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

VERSION_PATH = "/api/version"
INSTALLER_PATH = "/api/version/{version}/instalador"
MAX_INSTALLER_BYTES = 500 * 1024 * 1024
"""The biggest installer a server accepts and a device downloads (today's is about 41 MB)."""


class LatestRelease(BaseModel):
    """``GET /api/version``: the newest release the regional office published."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    version: str = Field(max_length=40)
    notes: str = Field(default="", max_length=4000)
    size: int = Field(ge=1, le=MAX_INSTALLER_BYTES)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    download: str = Field(max_length=200)
    """The installer's path on the same server (``/api/version/<version>/instalador``)."""
