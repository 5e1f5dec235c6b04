"""What every part of the regional server's service shares: its store, clock and identity.

The service (:mod:`omil_desktop.regional.service`) is split by concern: the sync exchange with
devices (:mod:`.exchange`), the regional office's administration (:mod:`.admin`) and its own
writes (:mod:`.authoring`). Each is a mixin over :class:`ServiceCore`; one transaction per use case.

Errors the protocol names are :class:`ProtocolError` (``code`` from ``sync.protocol``); mistakes
of the administrator are :class:`AdminError`. Both carry a Spanish message.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from omil_desktop.domain.territory import Territory
from omil_desktop.regional.models import ServerInfo
from omil_desktop.regional.store import RegionalStore
from omil_desktop.store.clock import utcnow
from omil_desktop.sync import protocol


class ProtocolError(Exception):
    """A request the protocol refuses as a whole (docs/sync-protocol.md §2); nothing written."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class AdminError(Exception):
    """An administrator's request that cannot be done; the message says why, in Spanish."""


class NotInitialized(AdminError):
    """The server has no region yet (``omil-regional init``)."""


@dataclass(frozen=True, slots=True)
class ServerIdentity:
    server_id: str
    region_code: str
    region_name: str
    last_seq: int
    horizon: int
    min_protocol: int


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def iso(moment: datetime) -> str:
    return moment.isoformat()


class ServiceCore:
    """The store, territory catalogue and clock of a regional server, and its identity."""

    def __init__(
        self,
        store: RegionalStore,
        *,
        territory: Territory | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.territory = territory or Territory.default()
        self.clock = clock
        self._identity: ServerIdentity | None = None

    def close(self) -> None:
        self.store.close()

    def identity(self) -> ServerIdentity:
        """The server's id, region and counters now."""
        with self.store.read() as session:
            return self._identity_of(self._info(session))

    @property
    def server_id(self) -> str:
        return self._cached_identity().server_id

    @property
    def min_protocol(self) -> int:
        """Read on every request, so ``set_min_protocol`` applies to a running server at once."""
        with self.store.read() as session:
            return self._info(session).min_protocol

    def _cached_identity(self) -> ServerIdentity:
        if self._identity is None:
            self._identity = self.identity()
        return self._identity

    def check_protocol(self, version: int) -> None:
        """Refuse a client version this server does not speak (§3)."""
        if version < self.min_protocol:
            raise ProtocolError(
                protocol.PROTOCOL_TOO_OLD,
                "Actualice OMIL Desktop: esta versión ya no puede sincronizar con el servidor "
                "regional. Sus cambios se guardan y se enviarán después de actualizar.",
            )
        if version > protocol.PROTOCOL:
            raise ProtocolError(
                protocol.PROTOCOL_TOO_NEW,
                "El servidor regional aún no se actualiza para esta versión de OMIL Desktop. "
                "Sus cambios se guardan y se enviarán cuando el servidor se actualice.",
            )

    def check_server_id(self, server_id: str | None) -> None:
        if server_id != self.server_id:
            raise ProtocolError(
                protocol.WRONG_SERVER,
                "Este programa está inscrito en otro servidor regional. Revise la dirección del "
                "servidor o vuelva a inscribir la oficina.",
            )

    @staticmethod
    def _info(session: Session, *, lock: bool = False) -> ServerInfo:
        query = select(ServerInfo).where(ServerInfo.id == 1)
        if lock:
            query = query.with_for_update()
        info = session.execute(query).scalar_one_or_none()
        if info is None:
            raise NotInitialized(
                "El servidor regional no está iniciado. Ejecute: omil-regional init --region CÓDIGO"
            )
        return info

    @staticmethod
    def _identity_of(info: ServerInfo) -> ServerIdentity:
        return ServerIdentity(
            info.server_id,
            info.region_code,
            info.region_name,
            info.last_seq,
            info.horizon,
            info.min_protocol,
        )
