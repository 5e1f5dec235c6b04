"""The regional server's use cases, one database transaction each; no HTTP here.

This is docs/sync-protocol.md on the server side: enrollment with one-time codes, device
credentials, the sync exchange (§5) with its scope checks (§6), snapshots (§7), network sharing
(§8) and field-by-field conflicts (§9), plus what the regional office does: register offices, issue
codes, revoke devices, edit records, publish regional notices, compact old payloads.

Errors the protocol names are :class:`ProtocolError` (``code`` from ``sync.protocol``); mistakes
of the administrator are :class:`AdminError`. Both carry a Spanish message.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import logging
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, null, or_, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from omil_desktop.domain.territory import Territory
from omil_desktop.regional.models import (
    REGION_ORIGIN,
    Change,
    ChangeConflict,
    Device,
    EnrollmentCode,
    Office,
    Record,
    Refusal,
    ServerInfo,
)
from omil_desktop.regional.store import RegionalStore, database_url_for, default_data_dir
from omil_desktop.store.clock import utcnow
from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import (
    Ack,
    Conflict,
    EnrollRequest,
    EnrollResponse,
    JSONValue,
    PulledChange,
    PushedChange,
    SnapshotPage,
    SnapshotRecord,
    SyncRequest,
    SyncResponse,
)

log = logging.getLogger("omil_desktop.regional")

CODE_ALPHABET = "ACDEFGHJKMNPRTUVWXY34679"
"""Enrollment code characters, none mistakable for another: no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B."""
CODE_LENGTH = 12
CODE_VALID_DAYS = 7
SHARED_FIELD = "shared"
BOOKKEEPING_FIELDS = frozenset({"updated_at"})
"""Fields that never clash: the newest value wins (every edit on either side changes them)."""
_IN_CHUNK = 500
"""Most values in one SQL ``IN (...)`` list."""


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


# -- results ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ServerIdentity:
    server_id: str
    region_code: str
    region_name: str
    last_seq: int
    horizon: int
    min_protocol: int


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    cut: str
    name: str
    network: str
    registered_at: datetime


@dataclass(frozen=True, slots=True)
class IssuedCode:
    code: str
    office: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    id: str
    office: str
    name: str
    enrolled_at: datetime
    revoked_at: datetime | None
    last_sync_at: datetime | None
    last_n: int
    protocol: int


@dataclass(frozen=True, slots=True)
class OfficeStatus:
    cut: str
    name: str
    network: str
    devices: int
    """Devices not revoked."""
    last_sync_at: datetime | None
    records: dict[str, int]
    """Table → records not tombstoned."""


@dataclass(frozen=True, slots=True)
class RecordView:
    table: str
    row: str
    office: str
    shared: bool
    deleted: bool
    fields: dict[str, Any]
    versions: dict[str, int]
    origins: dict[str, str]


@dataclass(frozen=True, slots=True)
class CompactResult:
    up_to_seq: int
    horizon: int
    compacted: int


@dataclass(frozen=True, slots=True)
class RefusalInfo:
    device_id: str
    office: str
    change_id: str
    table: str
    row: str
    reason: str
    refused_at: datetime


@dataclass(slots=True)
class _Outcome:
    seq: int
    record: Record
    conflicts: list[Conflict] = field(default_factory=list)


# -- helpers ----------------------------------------------------------------------------------


def normalize_code(code: str) -> str:
    """An enrollment code as typed (any case, dashes or spaces) → its 12 characters."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]


def _iso(moment: datetime) -> str:
    return moment.isoformat()


class RegionalService:
    """Everything the regional server does, over one :class:`RegionalStore`."""

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

    def close(self) -> None:
        self.store.close()

    # -- identity -----------------------------------------------------------------------------

    def initialize(self, region_code: str) -> ServerIdentity:
        """Give the server its region and a new server id (once)."""
        code = region_code.strip().zfill(2)
        try:
            region = self.territory.region(code)
        except KeyError:
            raise AdminError(f"No existe la región «{region_code}».") from None
        with self.store.write() as session:
            info = session.get(ServerInfo, 1)
            if info is not None:
                if info.region_code != code:
                    raise AdminError(
                        f"Este servidor ya está iniciado para la región {info.region_name}."
                    )
                return self._identity_of(info)
            info = ServerInfo(
                id=1,
                server_id=new_id(),
                region_code=code,
                region_name=region.short_name,
                last_seq=0,
                horizon=1,
                min_protocol=protocol.MIN_PROTOCOL,
                created_at=self.clock(),
            )
            session.add(info)
            session.flush()
            return self._identity_of(info)

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

    def set_min_protocol(self, version: int) -> ServerIdentity:
        """Stop serving clients older than ``version`` (once every office has updated)."""
        if not protocol.MIN_PROTOCOL <= version <= protocol.PROTOCOL:
            raise AdminError(
                f"La versión mínima debe estar entre {protocol.MIN_PROTOCOL} y "
                f"{protocol.PROTOCOL}, las que este servidor sabe atender."
            )
        with self.store.write() as session:
            info = self._info(session)
            info.min_protocol = version
            session.flush()
            identity = self._identity_of(info)
        self._identity = identity
        return identity

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

    # -- offices and codes --------------------------------------------------------------------

    def add_office(self, cut: str, network: str | None = None) -> OfficeInfo:
        """Register the office of comuna ``cut``; its network defaults to the catalogue's."""
        comuna = self.territory.find_comuna(cut)
        if comuna is None:
            raise AdminError(f"No existe la comuna «{cut}».")
        with self.store.write() as session:
            info = self._info(session, lock=True)
            if comuna.region_code != info.region_code:
                region = self.territory.region(comuna.region_code).name
                raise AdminError(
                    f"{comuna.name} pertenece a la {region}; este servidor es de la región de "
                    f"{info.region_name}."
                )
            name = (network or "").strip() or self.territory.network_of(comuna.code) or ""
            office = session.get(Office, comuna.code)
            if office is None:
                office = Office(cut=comuna.code, name=comuna.name, registered_at=self.clock())
                session.add(office)
            office.network = name
            session.flush()
            return OfficeInfo(office.cut, office.name, office.network, office.registered_at)

    def offices(self) -> list[OfficeInfo]:
        with self.store.read() as session:
            rows = session.scalars(select(Office).order_by(Office.cut))
            return [OfficeInfo(o.cut, o.name, o.network, o.registered_at) for o in rows]

    def issue_code(self, cut: str, *, valid_days: int = CODE_VALID_DAYS) -> IssuedCode:
        """A new one-time enrollment code for office ``cut``; only its hash is stored."""
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        now = self.clock()
        with self.store.write() as session:
            self._info(session, lock=True)
            office = session.get(Office, cut.strip().zfill(5))
            if office is None:
                raise AdminError(
                    f"La oficina {cut} no está registrada. Agréguela con: omil-regional office add "
                    f"{cut}"
                )
            expires = now + timedelta(days=valid_days)
            session.add(
                EnrollmentCode(
                    sha256=_sha256(raw),
                    office=office.cut,
                    created_at=now,
                    expires_at=expires,
                )
            )
            return IssuedCode(format_code(raw), office.cut, expires)

    # -- devices ------------------------------------------------------------------------------

    def enroll(
        self, request: EnrollRequest, client_protocol: int = protocol.PROTOCOL
    ) -> EnrollResponse:
        """Spend a one-time code: create the device and hand its secret out, once (§4)."""
        digest = _sha256(normalize_code(request.code))
        now = self.clock()
        with self.store.write() as session:
            info = self._info(session, lock=True)
            code = session.get(EnrollmentCode, digest)
            if code is None or code.used_at is not None or code.expires_at <= now:
                raise ProtocolError(
                    protocol.BAD_CODE,
                    "El código de inscripción no existe, ya se usó o venció. Pida un código "
                    "nuevo a la Dirección Regional de SENCE.",
                )
            if code.office != request.office_code:
                raise ProtocolError(
                    protocol.OFFICE_MISMATCH,
                    "El código de inscripción fue emitido para otra comuna. Revise la comuna de "
                    "esta oficina o pida un código para ella.",
                )
            office = session.get(Office, code.office)
            if office is None:  # pragma: no cover - codes are only issued for offices
                raise ProtocolError(protocol.BAD_CODE, "La oficina del código no existe.")
            secret = secrets.token_urlsafe(32)
            device = Device(
                id=new_id(),
                office=office.cut,
                name=request.device_name.strip() or "OMIL Desktop",
                secret_sha256=_sha256(secret),
                enrolled_at=now,
                last_n=0,
                protocol=client_protocol,
            )
            session.add(device)
            code.used_at = now
            code.device_id = device.id
            log.info("Dispositivo %s inscrito para la oficina %s", device.id, office.cut)
            return EnrollResponse(
                device_id=device.id,
                secret=secret,
                server_id=info.server_id,
                region_code=info.region_code,
                region_name=info.region_name,
                office_code=office.cut,
                office_name=office.name,
                network=office.network,
                protocol=protocol.PROTOCOL,
            )

    def authenticate(self, authorization: str | None) -> str:
        """The device id of a ``Bearer <device_id>.<secret>`` header, or a ProtocolError."""
        unknown = ProtocolError(
            protocol.UNKNOWN_DEVICE,
            "El servidor regional no reconoce este equipo. Inscriba la oficina con un código de "
            "la Dirección Regional.",
        )
        scheme, _, credential = (authorization or "").partition(" ")
        device_id, dot, secret = credential.strip().partition(".")
        if scheme.lower() != "bearer" or not dot or not device_id or not secret:
            raise unknown
        with self.store.read() as session:
            device = session.get(Device, device_id[:36])
            expected = device.secret_sha256 if device is not None else "0" * 64
            matches = hmac.compare_digest(_sha256(secret), expected)
            if device is None or not matches or device.id != device_id:
                raise unknown
            if device.revoked_at is not None:
                raise ProtocolError(
                    protocol.DEVICE_REVOKED,
                    "La Dirección Regional retiró el acceso de este equipo. Sus datos siguen en "
                    "este computador; pida un código nuevo para inscribirlo otra vez.",
                )
            return device.id

    def devices(self, office: str | None = None) -> list[DeviceInfo]:
        with self.store.read() as session:
            query = select(Device).order_by(Device.office, Device.enrolled_at, Device.id)
            if office is not None:
                query = query.where(Device.office == office)
            return [self._device_info(d) for d in session.scalars(query)]

    def revoke(self, device_id: str) -> DeviceInfo:
        with self.store.write() as session:
            device = session.get(Device, device_id)
            if device is None:
                raise AdminError(f"No existe el dispositivo {device_id}.")
            if device.revoked_at is None:
                device.revoked_at = self.clock()
                log.info("Dispositivo %s revocado", device.id)
            return self._device_info(device)

    @staticmethod
    def _device_info(d: Device) -> DeviceInfo:
        return DeviceInfo(
            d.id,
            d.office,
            d.name,
            d.enrolled_at,
            d.revoked_at,
            d.last_sync_at,
            d.last_n,
            d.protocol,
        )

    # -- the sync exchange (§5) ---------------------------------------------------------------

    def sync(
        self, device_id: str, request: SyncRequest, client_protocol: int = protocol.PROTOCOL
    ) -> SyncResponse:
        """Apply a pushed batch and answer with acks and the next pulled page, in one
        transaction. A :class:`ProtocolError` means nothing was written."""
        changes = request.changes
        ns = [c.n for c in changes]
        if any(later <= earlier for earlier, later in itertools.pairwise(ns)):
            raise _out_of_order()
        ids = [c.id for c in changes]
        if len(set(ids)) != len(ids):
            raise ProtocolError(protocol.MALFORMED, "El envío repite un mismo cambio.")
        after = request.snapshot.after if request.snapshot is not None else None
        if after is not None and after[0] not in protocol.SYNC_TABLES:
            raise ProtocolError(protocol.MALFORMED, "La posición de la copia no es válida.")
        now = self.clock()
        with self.store.write() as session:
            info = self._info(session, lock=True)
            device = session.get(Device, device_id)
            if device is None:
                raise ProtocolError(protocol.UNKNOWN_DEVICE, "Equipo desconocido.")
            if device.revoked_at is not None:
                raise ProtocolError(
                    protocol.DEVICE_REVOKED,
                    "La Dirección Regional retiró el acceso de este equipo.",
                )
            office = session.get(Office, device.office)
            network = office.network if office is not None else ""

            known: dict[str, Change] = {}
            for chunk in _chunks(ids):
                for change in session.scalars(select(Change).where(Change.change_id.in_(chunk))):
                    known[change.change_id] = change
            refused_before: dict[str, str] = {}
            for chunk in _chunks(ids):
                query = select(Refusal).where(
                    Refusal.device_id == device.id, Refusal.change_id.in_(chunk)
                )
                for refusal in session.scalars(query):
                    refused_before.setdefault(refusal.change_id, refusal.reason)
            for change in changes:
                if change.id in known or change.id in refused_before:
                    continue
                if change.n <= device.last_n:
                    raise _out_of_order()

            records: dict[tuple[str, str], Record] = {}
            for chunk in _chunks(sorted({c.row for c in changes})):
                for record in session.scalars(select(Record).where(Record.row_id.in_(chunk))):
                    records[(record.table_name, record.row_id)] = record
            stored_conflicts = self._stored_conflicts(
                session, [i for i in ids if i in known and known[i].device_id == device.id]
            )
            acks: list[Ack] = []
            for change in changes:
                previous = known.get(change.id)
                if previous is not None:
                    if previous.device_id == device.id:
                        acks.append(
                            Ack(
                                id=change.id,
                                status="duplicate",
                                conflicts=stored_conflicts.get(change.id, []),
                            )
                        )
                        continue
                    reason = "El identificador del cambio ya fue usado por otro equipo."
                    acks.append(self._refuse(session, device, change, reason, now))
                    continue
                if change.id in refused_before:
                    acks.append(
                        Ack(id=change.id, status="refused", reason=refused_before[change.id])
                    )
                    continue
                existing = records.get((change.table, change.row))
                refusal = self._refusal(device, change, client_protocol, existing)
                if refusal is not None:
                    acks.append(self._refuse(session, device, change, refusal, now))
                    continue
                outcome = self._apply(
                    session,
                    info,
                    table=change.table,
                    row=change.row,
                    office=device.office,
                    op=change.op,
                    fields=change.fields,
                    base=change.base,
                    author=device.id,
                    change_id=change.id,
                    record=existing,
                    now=now,
                )
                records[(change.table, change.row)] = outcome.record
                for conflict in outcome.conflicts:
                    session.add(
                        ChangeConflict(
                            change_id=change.id,
                            field=conflict.field,
                            yours=json.dumps(conflict.yours, ensure_ascii=False),
                            theirs=json.dumps(conflict.theirs, ensure_ascii=False),
                        )
                    )
                acks.append(Ack(id=change.id, status="applied", conflicts=outcome.conflicts))
            if ns:
                device.last_n = max(device.last_n, ns[-1])
            device.last_sync_at = now
            device.protocol = client_protocol
            session.flush()

            peers = self._peers(session, device.office, network, client_protocol)
            if request.snapshot is not None or request.cursor < info.horizon - 1:
                page = self._snapshot_page(session, info, device.office, peers, request)
                cursor = page.at if page.done else request.cursor
                return SyncResponse(acks=acks, cursor=cursor, snapshot=page)
            pulled, more = self._pull(session, device, peers, request.cursor, request.limit)
            cursor = pulled[-1].seq if more else max(request.cursor, info.last_seq)
            return SyncResponse(acks=acks, changes=pulled, cursor=cursor, more=more)

    @staticmethod
    def _refusal(
        device: Device, change: PushedChange, client_protocol: int, record: Record | None
    ) -> str | None:
        """Why a change is out of the device's scope (§6), or None. ``record`` is the one the
        change writes, None for a new one."""
        columns = protocol.SYNC_TABLES.get(change.table)
        if columns is None:
            return "La tabla del cambio no se sincroniza."
        unknown = sorted(set(change.fields) - columns)
        if unknown:
            return f"El cambio trae campos que la tabla no tiene: {', '.join(unknown)}."
        if "id" in change.fields and change.fields["id"] != change.row:
            return "El identificador del registro no coincide con el del cambio."
        if change.fields.get(SHARED_FIELD):
            if change.table not in protocol.SHAREABLE_TABLES:
                return "Los registros de esta tabla no se pueden compartir con la red."
            if client_protocol < 2:
                return "Esta versión de OMIL Desktop no puede compartir registros. Actualícela."
        office = change.fields.get("office_code")
        if record is None:
            if change.op != "insert":
                return "El registro no existe en el servidor regional."
            if office != device.office:
                return "El registro pertenece a otra oficina."
            missing = sorted(columns - set(change.fields) - {"id"})  # the row id is `row`
            if missing:
                return f"Al registro nuevo le faltan campos: {', '.join(missing)}."
            return None
        if record.office_code != device.office:
            return "El registro pertenece a otra oficina."
        if office is not None and office != device.office:
            return "Un registro no puede pasar a otra oficina."
        return None

    def _refuse(
        self, session: Session, device: Device, change: PushedChange, reason: str, now: datetime
    ) -> Ack:
        session.add(
            Refusal(
                device_id=device.id,
                office_code=device.office,
                change_id=change.id,
                table_name=change.table,
                row_id=change.row,
                reason=reason,
                refused_at=now,
            )
        )
        log.warning(
            "Cambio rechazado: dispositivo=%s oficina=%s tabla=%r fila=%r cambio=%s motivo=%s",
            device.id,
            device.office,
            change.table,
            change.row,
            change.id,
            reason,
        )
        return Ack(id=change.id, status="refused", reason=reason)

    @staticmethod
    def _stored_conflicts(session: Session, change_ids: Sequence[str]) -> dict[str, list[Conflict]]:
        found: dict[str, list[Conflict]] = {}
        for chunk in _chunks(change_ids):
            query = (
                select(ChangeConflict)
                .where(ChangeConflict.change_id.in_(chunk))
                .order_by(ChangeConflict.id)
            )
            for row in session.scalars(query):
                found.setdefault(row.change_id, []).append(
                    Conflict(
                        field=row.field, yours=json.loads(row.yours), theirs=json.loads(row.theirs)
                    )
                )
        return found

    @staticmethod
    def _next_seq(info: ServerInfo) -> int:
        info.last_seq += 1
        return info.last_seq

    def _apply(
        self,
        session: Session,
        info: ServerInfo,
        *,
        table: str,
        row: str,
        office: str,
        op: str,
        fields: dict[str, JSONValue],
        base: int,
        author: str,
        change_id: str,
        record: Record | None,
        now: datetime,
    ) -> _Outcome:
        """Write ``fields`` field by field (§9), log the change under a new seq, and publish the
        whole record to the network when it becomes shared (§8)."""
        seq = self._next_seq(info)
        conflicts: list[Conflict] = []
        if record is None:
            values = {"id": row, **fields}
            record = Record(
                table_name=table,
                row_id=row,
                office_code=office,
                fields=values,
                versions=dict.fromkeys(values, seq),
                origins=dict.fromkeys(values, author),
                created_seq=seq,
                updated_seq=seq,
            )
            session.add(record)
            was_shared = False
            applied = dict(fields)
        else:
            was_shared = record.shared
            values = dict(record.fields)
            versions = dict(record.versions)
            origins = dict(record.origins)
            applied = {}
            for name, value in fields.items():
                current = values.get(name)
                if name in BOOKKEEPING_FIELDS:
                    if current is not None and value is not None and str(value) <= str(current):
                        continue
                elif (
                    author != REGION_ORIGIN
                    and versions.get(name, 0) > base
                    and origins.get(name) != author
                    and current != value
                ):
                    conflicts.append(Conflict(field=name, yours=value, theirs=current))
                    continue
                values[name] = value
                versions[name] = seq
                origins[name] = author
                applied[name] = value
            record.fields = values
            record.versions = versions
            record.origins = origins
            record.updated_seq = seq
        record.shared = bool(values.get(SHARED_FIELD))
        record.deleted = values.get("deleted_at") is not None
        session.add(
            Change(
                seq=seq,
                change_id=change_id,
                device_id=None if author == REGION_ORIGIN else author,
                office_code=record.office_code,
                table_name=table,
                row_id=row,
                op=op,
                fields=applied,
                shared=record.shared,
                visible_to_office=bool(applied),
                visible_to_network=was_shared and bool(applied),
                received_at=now,
            )
        )
        if record.shared and not was_shared:
            session.add(
                Change(
                    seq=self._next_seq(info),
                    change_id=new_id(),
                    device_id=None,
                    office_code=record.office_code,
                    table_name=table,
                    row_id=row,
                    op="insert",
                    fields=dict(values),
                    shared=True,
                    visible_to_office=False,
                    visible_to_network=True,
                    received_at=now,
                )
            )
        return _Outcome(seq, record, conflicts)

    @staticmethod
    def _peers(session: Session, office: str, network: str, client_protocol: int) -> list[str]:
        """Other offices of the network whose shared records the device may read (v2 only)."""
        if client_protocol < 2 or not network:
            return []
        query = select(Office.cut).where(Office.network == network, Office.cut != office)
        return list(session.scalars(query))

    @staticmethod
    def _visible_changes(office: str, peers: list[str]) -> ColumnElement[bool]:
        visible = [
            and_(Change.office_code.in_([office, protocol.REGION_OFFICE]), Change.visible_to_office)
        ]
        if peers:
            visible.append(and_(Change.visible_to_network, Change.office_code.in_(peers)))
        return or_(*visible)

    def _pull(
        self, session: Session, device: Device, peers: list[str], cursor: int, limit: int
    ) -> tuple[list[PulledChange], bool]:
        query = (
            select(Change)
            .where(
                Change.seq > cursor,
                or_(Change.device_id.is_(None), Change.device_id != device.id),
                self._visible_changes(device.office, peers),
            )
            .order_by(Change.seq)
            .limit(limit + 1)
        )
        rows = list(session.scalars(query))
        more = len(rows) > limit
        pulled = [
            PulledChange(
                seq=c.seq,
                table=c.table_name,
                row=c.row_id,
                office=c.office_code,
                op=c.op,  # type: ignore[arg-type]
                shared=c.shared,
                fields=c.fields or {},
            )
            for c in rows[:limit]
        ]
        return pulled, more

    def _snapshot_page(
        self,
        session: Session,
        info: ServerInfo,
        office: str,
        peers: list[str],
        request: SyncRequest,
    ) -> SnapshotPage:
        """One page of current records visible to the office, by (table order, row id) (§7)."""
        position = request.snapshot
        at = position.at if position is not None else info.last_seq
        after = position.after if position is not None else None
        tables = list(protocol.SYNC_TABLES)
        start = tables.index(after[0]) if after is not None else 0
        visible: ColumnElement[bool] = Record.office_code.in_([office, protocol.REGION_OFFICE])
        if peers:
            visible = or_(visible, and_(Record.shared, Record.office_code.in_(peers)))
        wanted = request.limit + 1
        found: list[Record] = []
        for table in tables[start:]:
            query = select(Record).where(Record.table_name == table, visible)
            if after is not None and table == after[0]:
                query = query.where(Record.row_id > after[1])
            query = query.order_by(Record.row_id).limit(wanted - len(found))
            found.extend(session.scalars(query))
            if len(found) >= wanted:
                break
        done = len(found) <= request.limit
        page = found[: request.limit]
        last = (page[-1].table_name, page[-1].row_id) if page else after
        return SnapshotPage(
            at=at,
            records=[
                SnapshotRecord(
                    table=r.table_name,
                    row=r.row_id,
                    office=r.office_code,
                    shared=r.shared,
                    fields=dict(r.fields),
                )
                for r in page
            ],
            after=last,
            done=done,
        )

    # -- the regional office's own writes -----------------------------------------------------

    def regional_edit(self, table: str, row: str, fields: dict[str, JSONValue]) -> int:
        """Edit a record on the server (origin ``region``); returns the change's seq. It never
        clashes here: devices receive it as a pulled change (§9)."""
        self._columns(table, fields)
        if {"id", "office_code"} & set(fields):
            raise AdminError("No se puede cambiar el identificador ni la oficina de un registro.")
        if fields.get(SHARED_FIELD) and table not in protocol.SHAREABLE_TABLES:
            raise AdminError("Los registros de esta tabla no se pueden compartir.")
        now = self.clock()
        values = dict(fields)
        values.setdefault("updated_at", _iso(now))
        with self.store.write() as session:
            info = self._info(session, lock=True)
            record = session.get(Record, (table, row))
            if record is None:
                raise AdminError("El registro no existe en el servidor regional.")
            op = (
                "delete"
                if values.get("deleted_at") is not None and not record.deleted
                else "update"
            )
            outcome = self._apply(
                session,
                info,
                table=table,
                row=row,
                office=record.office_code,
                op=op,
                fields=values,
                base=info.last_seq,
                author=REGION_ORIGIN,
                change_id=new_id(),
                record=record,
                now=now,
            )
            return outcome.seq

    def regional_insert(
        self,
        table: str,
        fields: dict[str, JSONValue],
        *,
        office: str = protocol.REGION_OFFICE,
        row: str | None = None,
    ) -> str:
        """Create a record on the server, by default a regional catalogue record (``office``
        ``REG``, visible to every office, e.g. a regional notice); returns its row id."""
        self._columns(table, fields)
        now = self.clock()
        row = row or new_id()
        values: dict[str, JSONValue] = {
            "id": row,
            "office_code": office,
            "created_at": _iso(now),
            "updated_at": _iso(now),
            "deleted_at": None,
            SHARED_FIELD: False,
            **fields,
        }
        if values["id"] != row or values["office_code"] != office:
            raise AdminError("El identificador y la oficina se indican aparte.")
        missing = sorted(protocol.SYNC_TABLES[table] - set(values))
        if missing:
            raise AdminError(f"Al registro nuevo le faltan campos: {', '.join(missing)}.")
        if values[SHARED_FIELD] and table not in protocol.SHAREABLE_TABLES:
            raise AdminError("Los registros de esta tabla no se pueden compartir.")
        with self.store.write() as session:
            info = self._info(session, lock=True)
            if office != protocol.REGION_OFFICE and session.get(Office, office) is None:
                raise AdminError(f"La oficina {office} no está registrada.")
            if session.get(Record, (table, row)) is not None:
                raise AdminError("Ya existe un registro con ese identificador.")
            self._apply(
                session,
                info,
                table=table,
                row=row,
                office=office,
                op="insert",
                fields=values,
                base=info.last_seq,
                author=REGION_ORIGIN,
                change_id=new_id(),
                record=None,
                now=now,
            )
        return row

    @staticmethod
    def _columns(table: str, fields: dict[str, JSONValue]) -> frozenset[str]:
        columns = protocol.SYNC_TABLES.get(table)
        if columns is None:
            raise AdminError(f"La tabla «{table}» no se sincroniza.")
        unknown = sorted(set(fields) - columns)
        if unknown:
            raise AdminError(f"La tabla «{table}» no tiene los campos: {', '.join(unknown)}.")
        return columns

    # -- maintenance --------------------------------------------------------------------------

    def compact(
        self, *, keep_days: int | None = None, up_to_seq: int | None = None
    ) -> CompactResult:
        """Drop the payloads of old changes (their ids stay, for idempotency) and raise the
        horizon; devices behind it get a snapshot (§7)."""
        if (keep_days is None) == (up_to_seq is None):
            raise AdminError("Indique cuántos días conservar o hasta qué secuencia compactar.")
        if keep_days is not None and keep_days < 0:
            raise AdminError("Los días a conservar no pueden ser negativos.")
        with self.store.write() as session:
            info = self._info(session, lock=True)
            if up_to_seq is not None:
                limit = min(up_to_seq, info.last_seq)
            else:
                cutoff = self.clock() - timedelta(days=keep_days or 0)
                query = select(func.max(Change.seq)).where(Change.received_at < cutoff)
                limit = session.execute(query).scalar() or 0
            limit = max(limit, info.horizon - 1)
            result = session.execute(
                update(Change)
                .where(Change.seq <= limit, Change.fields.is_not(None))
                .values(fields=null())
            )
            info.horizon = limit + 1
            compacted = int(getattr(result, "rowcount", 0) or 0)
            return CompactResult(limit, info.horizon, compacted)

    def status(self) -> list[OfficeStatus]:
        """Per office: devices, last sync of any of them, live records per table."""
        with self.store.read() as session:
            offices = list(session.scalars(select(Office).order_by(Office.cut)))
            device_rows = session.execute(
                select(
                    Device.office,
                    func.count(Device.id).filter(Device.revoked_at.is_(None)),
                    func.max(Device.last_sync_at),
                ).group_by(Device.office)
            ).all()
            devices = {office: (count, last) for office, count, last in device_rows}
            count_rows = session.execute(
                select(Record.office_code, Record.table_name, func.count())
                .where(Record.deleted.is_(False))
                .group_by(Record.office_code, Record.table_name)
            ).all()
            counts: dict[str, dict[str, int]] = {}
            for office_code, table, count in count_rows:
                counts.setdefault(office_code, {})[table] = count
            result = []
            for office in offices:
                count, last = devices.get(office.cut, (0, None))
                records = {t: counts.get(office.cut, {}).get(t, 0) for t in protocol.SYNC_TABLES}
                result.append(
                    OfficeStatus(office.cut, office.name, office.network, count, last, records)
                )
            return result

    def record(self, table: str, row: str) -> RecordView | None:
        """A record's current state (for tests and inspection)."""
        with self.store.read() as session:
            found = session.get(Record, (table, row))
            return self._view(found) if found is not None else None

    def records(self, office_code: str, table: str | None = None) -> list[RecordView]:
        """Every record of an office (tombstoned too), by table order and row id."""
        with self.store.read() as session:
            query = select(Record).where(Record.office_code == office_code)
            if table is not None:
                query = query.where(Record.table_name == table)
            order = list(protocol.SYNC_TABLES)
            found = sorted(
                session.scalars(query), key=lambda r: (order.index(r.table_name), r.row_id)
            )
            return [self._view(r) for r in found]

    def refusals(self) -> list[RefusalInfo]:
        with self.store.read() as session:
            rows = session.scalars(select(Refusal).order_by(Refusal.id))
            return [
                RefusalInfo(
                    r.device_id,
                    r.office_code,
                    r.change_id,
                    r.table_name,
                    r.row_id,
                    r.reason,
                    r.refused_at,
                )
                for r in rows
            ]

    def change_count(self) -> int:
        with self.store.read() as session:
            return int(session.execute(select(func.count()).select_from(Change)).scalar() or 0)

    def integrity_check(self) -> str:
        """``ok`` when the database is sound (SQLite's integrity check; PostgreSQL: a query)."""
        with self.store.read() as session:
            if self.store.dialect == "sqlite":
                rows = session.execute(text("PRAGMA integrity_check")).scalars().all()
                return "\n".join(str(r) for r in rows)
            session.execute(text("SELECT 1"))
            return "ok"

    @staticmethod
    def _view(r: Record) -> RecordView:
        return RecordView(
            r.table_name,
            r.row_id,
            r.office_code,
            r.shared,
            r.deleted,
            dict(r.fields),
            dict(r.versions),
            dict(r.origins),
        )


def _out_of_order() -> ProtocolError:
    return ProtocolError(
        protocol.OUT_OF_ORDER,
        "El envío llegó fuera de orden o repetido; no se aplicó nada. La próxima sincronización "
        "lo corrige sola.",
    )
