"""The sync exchange with devices (docs/sync-protocol.md §4–§9): enrollment, authentication, and
``POST /api/sync`` — pushed changes checked and applied, the pull by cursor, snapshots."""

from __future__ import annotations

import hmac
import itertools
import json
import logging
import secrets
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from omil_desktop.regional.admin import normalize_code
from omil_desktop.regional.core import ProtocolError, ServiceCore, chunks, sha256_hex
from omil_desktop.regional.logsafe import REASON_LOG_MAX, loggable
from omil_desktop.regional.models import (
    Change,
    ChangeConflict,
    Device,
    EnrollmentCode,
    Office,
    Record,
    Refusal,
    ServerInfo,
)
from omil_desktop.regional.records import SHARED_FIELD, write_record
from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import (
    Ack,
    Conflict,
    EnrollRequest,
    EnrollResponse,
    PulledChange,
    PushedChange,
    SnapshotPage,
    SnapshotRecord,
    SyncRequest,
    SyncResponse,
)

log = logging.getLogger("omil_desktop.regional")


_ID_LENGTH = 36
"""A device id (a UUID as text)."""


class Exchange(ServiceCore):
    """What the server does for an enrolled device."""

    def enroll(
        self, request: EnrollRequest, client_protocol: int = protocol.PROTOCOL
    ) -> EnrollResponse:
        """Spend a one-time code: create the device and hand its secret out, once (§4)."""
        digest = sha256_hex(normalize_code(request.code))
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
                secret_sha256=sha256_hex(secret),
                enrolled_at=now,
                last_n=0,
                protocol=client_protocol,
            )
            session.add(device)
            code.used_at = now
            code.device_id = device.id
            log.info("Dispositivo %s inscrito para la oficina %s", device.id, office.cut)
            if request.replaces:
                # Same transaction: the new credential exists only if the old one is revoked.
                previous = session.get(Device, request.replaces)
                if (
                    previous is not None
                    and previous.office == office.cut
                    and previous.revoked_at is None
                ):
                    previous.revoked_at = now
                    log.info("Dispositivo %s revocado: lo reemplaza %s", previous.id, device.id)
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
        if scheme.lower() != "bearer" or not dot or len(device_id) != _ID_LENGTH or not secret:
            raise unknown  # no database work for what cannot be a credential
        with self.store.read() as session:
            device = session.get(Device, device_id)
            expected = device.secret_sha256 if device is not None else "0" * 64
            matches = hmac.compare_digest(sha256_hex(secret), expected)
            if device is None or not matches or device.id != device_id:
                raise unknown
            if device.revoked_at is not None:
                raise ProtocolError(
                    protocol.DEVICE_REVOKED,
                    "La Dirección Regional retiró el acceso de este equipo. Sus datos siguen en "
                    "este computador; pida un código nuevo para inscribirlo otra vez.",
                )
            return device.id

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
            for chunk in chunks(ids):
                for change in session.scalars(select(Change).where(Change.change_id.in_(chunk))):
                    known[change.change_id] = change
            refused_before: dict[str, str] = {}
            for chunk in chunks(ids):
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
            for chunk in chunks(sorted({c.row for c in changes})):
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
                outcome = write_record(
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
            "Cambio rechazado: dispositivo=%s oficina=%s tabla=%s fila=%s cambio=%s motivo=%s",
            device.id,
            device.office,
            loggable(change.table),
            loggable(change.row),
            loggable(change.id),
            loggable(reason, REASON_LOG_MAX),
        )
        return Ack(id=change.id, status="refused", reason=reason)

    @staticmethod
    def _stored_conflicts(session: Session, change_ids: Sequence[str]) -> dict[str, list[Conflict]]:
        found: dict[str, list[Conflict]] = {}
        for chunk in chunks(change_ids):
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


def _out_of_order() -> ProtocolError:
    return ProtocolError(
        protocol.OUT_OF_ORDER,
        "El envío llegó fuera de orden o repetido; no se aplicó nada. La próxima sincronización "
        "lo corrige sola.",
    )
