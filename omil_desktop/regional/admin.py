"""The regional office's administration: region, offices, enrollment codes, devices, compaction,
and what it inspects (status, records, refusals)."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, null, select, text, update

from omil_desktop.regional.core import AdminError, ServerIdentity, ServiceCore, sha256_hex
from omil_desktop.regional.models import (
    REGION_ORIGIN,
    Change,
    Device,
    EnrollmentCode,
    Office,
    Record,
    Refusal,
    ServerInfo,
)
from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol

log = logging.getLogger("omil_desktop.regional")


CODE_ALPHABET = "ACDEFGHJKMNPRTUVWXY34679"
"""Enrollment code characters, none mistakable for another: no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B."""
CODE_LENGTH = 12
CODE_VALID_DAYS = 7
NOTICE_TABLE = "notice"


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


def normalize_code(code: str) -> str:
    """An enrollment code as typed (any case, dashes or spaces) → its 12 characters."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


class Administration(ServiceCore):
    """What the regional office does with ``omil-regional``."""

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
                    sha256=sha256_hex(raw),
                    office=office.cut,
                    created_at=now,
                    expires_at=expires,
                )
            )
            return IssuedCode(format_code(raw), office.cut, expires)

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

    def notices(self, *, deleted: bool = False) -> list[RecordView]:
        """The notices the region wrote (its own, ``REG``, and those it wrote for one office),
        newest publication first; tombstoned ones only with ``deleted``."""
        with self.store.read() as session:
            query = select(Record).where(Record.table_name == NOTICE_TABLE)
            if not deleted:
                query = query.where(Record.deleted.is_(False))
            found = [
                self._view(r)
                for r in session.scalars(query)
                if r.office_code == protocol.REGION_OFFICE or r.origins.get("id") == REGION_ORIGIN
            ]
        found.sort(key=lambda r: (str(r.fields.get("published_on") or ""), r.row), reverse=True)
        return found

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
