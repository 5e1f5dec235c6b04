"""The sync exchange with devices (docs/sync-protocol.md §4–§9): enrollment, authentication, and
``POST /api/sync`` — pushed changes checked and applied, the pull by cursor, snapshots."""

from __future__ import annotations

import hmac
import itertools
import json
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from omil_desktop.domain.audit import entry_hash
from omil_desktop.domain.dates import format_date
from omil_desktop.domain.erasure import (
    ANONYMISED_AGAIN,
    ERASED_FIELDS,
    IDENTIFYING_FIELDS,
    RELATED_ERASED,
    is_blank,
)
from omil_desktop.domain.expenses import Amounts, DocumentType, check_amounts
from omil_desktop.domain.fairs import organisers_of
from omil_desktop.domain.money import format_clp
from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rendition import EXPENSE_LABELS, AgreementTerms, MonthAction
from omil_desktop.domain.rendition import Month as RenditionMonth
from omil_desktop.domain.surveys import SurveyService
from omil_desktop.domain.targets import TargetSource
from omil_desktop.regional.admin import normalize_code
from omil_desktop.regional.core import ProtocolError, ServiceCore, sha256_hex
from omil_desktop.regional.models import (
    Change,
    ChangeConflict,
    Device,
    EnrollmentCode,
    Office,
    Record,
    Refusal,
    RowAlias,
    ServerInfo,
)
from omil_desktop.regional.records import write_record
from omil_desktop.store.engine import in_chunks
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
        tables = list(protocol.SCHEMAS[client_protocol])
        after = request.snapshot.after if request.snapshot is not None else None
        if after is not None and after[0] not in tables:
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
            for chunk in in_chunks(ids):
                for stored in session.scalars(select(Change).where(Change.change_id.in_(chunk))):
                    known[stored.change_id] = stored
            refused_before: dict[str, str] = {}
            for chunk in in_chunks(ids):
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

            stored_conflicts = self._stored_conflicts(
                session, [i for i in ids if i in known and known[i].device_id == device.id]
            )
            batch = _Batch(
                session=session,
                info=info,
                device=device,
                client_protocol=client_protocol,
                peers=self._peers(session, device.office, network, client_protocol),
                checks=protocol.Checks(comunas=self._comuna_codes()),
                now=now,
            )
            batch.load(changes)
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
                                merged_into=_merged_into(previous, client_protocol),
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
                acks.append(self._push(batch, change))
            if ns:
                device.last_n = max(device.last_n, ns[-1])
            device.last_sync_at = now
            catch_up = _tables_added(device.protocol, client_protocol) and request.cursor > 0
            if not catch_up:
                device.protocol = client_protocol
            session.flush()

            peers = batch.peers
            if catch_up or request.snapshot is not None or request.cursor < info.horizon - 1:
                page = self._snapshot_page(
                    session, info, device.office, peers, request, tables, client_protocol
                )
                cursor = page.at if page.done else request.cursor
                if page.done:  # a device updated to a version with new tables has them all now
                    device.protocol = client_protocol
                return SyncResponse(**_acks(acks, client_protocol), cursor=cursor, snapshot=page)
            pulled, more = self._pull(
                session, device, peers, request.cursor, request.limit, tables, client_protocol
            )
            cursor = pulled[-1].seq if more else max(request.cursor, info.last_seq)
            return SyncResponse(
                **_acks(acks, client_protocol), changes=pulled, cursor=cursor, more=more
            )

    def _push(self, batch: _Batch, change: PushedChange) -> Ack:
        """Check one new pushed change against scope (§6), schema, references and identity
        (§10), and apply it; the ack says what became of it. A refused change writes nothing
        but its refusal."""
        device, version = batch.device, batch.client_protocol
        row, merged_into = change.row, None
        alias = batch.aliases.get((change.table, change.row))
        if alias is not None:
            if alias.office_code != device.office:
                return self._refuse(batch.session, device, change, _OTHER_OFFICE, batch.now)
            row = alias.canonical_row
            merged_into = row if version >= 3 else None
        existing = batch.record(change.table, row)
        reason = self._scope(device, change, version, existing)
        if reason is None:
            problems = protocol.check_fields(
                change.table,
                change.fields,
                version=version,
                complete=existing is None,
                checks=batch.checks,
            )
            reason = protocol.describe_problems(problems) if problems else None
        fields = dict(change.fields)
        if reason is None:
            fields, reason = batch.resolve_references(change.table, fields)
        if reason is None and change.table == "referral":
            reason = _referral_rules(batch, row, existing, fields)
        if reason is None and change.table in _WORKSHOP_PARTS:
            reason = _workshop_rules(batch, change.table, existing, fields)
        if reason is None and change.table in _RENDITION_PARTS:
            reason = _rendition_rules(batch, change.table, row, existing, fields)
        if reason is None and change.table == "target":
            reason = _target_rules(batch, row, existing, fields)
        if reason is None and change.table == "satisfaction_survey":
            reason = _survey_rules(batch, existing, fields)
        if reason is None and change.table in _FAIR_TABLES:
            reason = _fair_rules(batch, change.table, existing, fields)
        if reason is None and change.table == "audit_entry":
            reason = _audit_rules(batch, change, existing)
        if reason is None and change.table in ERASED_FIELDS:
            reason = _erasure_rules(batch, change, existing, fields)
        if reason is None:
            reason = _shared_points_at_shared(batch, change.table, existing, fields)
        if reason is None and existing is None:
            twin = batch.twin(change.table, row, fields)
            if twin is not None:
                if version < 3:
                    reason = _TWIN_NEEDS_UPDATE
                else:
                    existing, merged_into = twin, twin.row_id
                    batch.add_alias(change.table, change.row, twin.row_id)
        elif reason is None and existing is not None and _names_someone(change.table, fields):
            assert existing is not None
            twin = batch.twin(change.table, row, {**existing.fields, **fields})
            if twin is not None:
                reason = _SAME_AS_ANOTHER.get(
                    change.table,
                    "El RUT o documento ya pertenece a otra persona registrada en la oficina.",
                )
        if reason is not None:
            return self._refuse(batch.session, device, change, reason, batch.now)
        fields.pop("id", None)
        outcome = write_record(
            batch.session,
            batch.info,
            table=change.table,
            row=existing.row_id if existing is not None else row,
            office=device.office,
            op=change.op,
            fields=fields,
            base=_erasure_base(batch, change, existing, fields),
            author=device.id,
            change_id=change.id,
            record=existing,
            now=batch.now,
            merged_from=change.row if merged_into is not None else None,
        )
        batch.written(outcome.record)
        if change.table in ERASED_FIELDS:
            _purge_erased(batch, change.table, outcome.record)
        for conflict in outcome.conflicts:
            batch.session.add(
                ChangeConflict(
                    change_id=change.id,
                    field=conflict.field,
                    yours=json.dumps(conflict.yours, ensure_ascii=False),
                    theirs=json.dumps(conflict.theirs, ensure_ascii=False),
                )
            )
        return Ack(
            id=change.id,
            status="applied",
            conflicts=outcome.conflicts,
            merged_into=merged_into if merged_into != change.row else None,
        )

    @staticmethod
    def _scope(
        device: Device, change: PushedChange, client_protocol: int, record: Record | None
    ) -> str | None:
        """Why a change is out of the device's scope (§6), or None. ``record`` is the one the
        change writes, None for a new one."""
        if protocol.schema(change.table, client_protocol) is None:
            return "La tabla del cambio no se sincroniza."
        if "id" in change.fields and change.fields["id"] != change.row:
            return "El identificador del registro no coincide con el del cambio."
        shared = change.fields.get(protocol.SHARED_FIELD) is True
        if shared and change.table not in protocol.SHAREABLE_TABLES:
            return "Los registros de esta tabla no se pueden compartir con la red."
        office = change.fields.get("office_code")
        if record is None:
            if change.op != "insert":
                return "El registro no existe en el servidor regional."
            if office != device.office:
                return _OTHER_OFFICE
            return None
        if record.office_code != device.office:
            return None if _owner_write(device.office, change, record) else _OTHER_OFFICE
        if office is not None and office != device.office:
            return "Un registro no puede pasar a otra oficina."
        return None

    def _comuna_codes(self) -> frozenset[str]:
        return frozenset(comuna.code for comuna in self.territory.comunas)

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
            protocol.printable(change.table),
            protocol.printable(change.row),
            protocol.printable(change.id),
            protocol.printable(reason, REASON_LOG_MAX),
        )
        return Ack(id=change.id, status="refused", reason=reason)

    @staticmethod
    def _stored_conflicts(session: Session, change_ids: Sequence[str]) -> dict[str, list[Conflict]]:
        found: dict[str, list[Conflict]] = {}
        for chunk in in_chunks(change_ids):
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
        visible.append(and_(Change.also_office == office, Change.visible_to_office))
        return or_(*visible)

    def _pull(
        self,
        session: Session,
        device: Device,
        peers: list[str],
        cursor: int,
        limit: int,
        tables: list[str],
        client_protocol: int,
    ) -> tuple[list[PulledChange], bool]:
        """The next page of changes the device may see, of the tables its version syncs."""
        query = (
            select(Change)
            .where(
                Change.seq > cursor,
                Change.table_name.in_(tables),
                or_(Change.device_id.is_(None), Change.device_id != device.id, Change.to_author),
                self._visible_changes(device.office, peers),
            )
            .order_by(Change.seq)
            .limit(limit + 1)
        )
        rows = list(session.scalars(query))
        more = len(rows) > limit
        rows = rows[:limit]
        current: dict[tuple[str, str], Record] = {}
        for chunk in in_chunks(sorted({c.row_id for c in rows})):
            for record in session.scalars(select(Record).where(Record.row_id.in_(chunk))):
                current[(record.table_name, record.row_id)] = record
        pulled = [
            PulledChange(
                seq=c.seq,
                table=c.table_name,
                row=c.row_id,
                office=c.office_code,
                op=c.op,  # type: ignore[arg-type]
                shared=_shared_as_seen(c, current.get((c.table_name, c.row_id)), device.id),
                fields=protocol.as_version(
                    c.table_name,
                    _as_seen_by(
                        device.office,
                        c.table_name,
                        c.office_code,
                        _not_superseded(c, current.get((c.table_name, c.row_id)), device.id),
                    ),
                    client_protocol,
                ),
            )
            for c in rows
        ]
        return pulled, more

    def _snapshot_page(
        self,
        session: Session,
        info: ServerInfo,
        office: str,
        peers: list[str],
        request: SyncRequest,
        tables: list[str],
        client_protocol: int,
    ) -> SnapshotPage:
        """One page of current records visible to the office, by (table order, row id) (§7), of
        the tables the device's version syncs."""
        position = request.snapshot
        # ``at`` 0: the device asks for a whole copy from now (after restoring a backup, §7).
        at = position.at if position is not None and position.at > 0 else info.last_seq
        after = position.after if position is not None else None
        start = tables.index(after[0]) if after is not None else 0
        visible: ColumnElement[bool] = Record.office_code.in_([office, protocol.REGION_OFFICE])
        if peers:
            visible = or_(visible, and_(Record.shared, Record.office_code.in_(peers)))
        visible = or_(visible, Record.also_office == office)
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
                    fields=protocol.as_version(
                        r.table_name,
                        _as_seen_by(office, r.table_name, r.office_code, dict(r.fields)),
                        client_protocol,
                    ),
                )
                for r in page
            ],
            after=last,
            done=done,
        )


_OTHER_OFFICE = "El registro pertenece a otra oficina."
REASON_LOG_MAX = 300
"""Characters of a refusal's reason kept in the log (it may name fields the device sent)."""
_TWIN_NEEDS_UPDATE = (
    "Esta persona ya fue registrada en otro equipo de la oficina. Actualice OMIL Desktop para "
    "unir ambos registros; este cambio se conserva en el equipo."
)


def _owner_write(office: str, change: PushedChange, record: Record) -> bool:
    """Whether ``change`` is the linked office writing what it may of another office's record:
    the vacancy's office recording how a referral to it went (§8)."""
    link = protocol.LINKS.get(record.table_name)
    return (
        link is not None
        and record.also_office == office
        and change.op == "update"
        and set(change.fields) <= link.owner_writes
    )


_ONLY_THE_OWNER_SELECTS = (
    "Solo la oficina dueña de la oferta registra si la persona fue contratada o no seleccionada."
)
_NO_CONSENT = (
    "La persona no ha dado su consentimiento para que sus datos lleguen a otra oficina: "
    "regístrelo en su ficha antes de derivarla a una oferta de la Red Territorial."
)
_NO_CANDIDATE = (
    "Faltan el nombre y el teléfono de la persona, que la oficina dueña de la oferta necesita."
)


_SHARE_PARENT_FIRST = {
    "company": "Para compartir esto con la Red Territorial, comparta también la empresa.",
    "vacancy": "Para compartir esto con la Red Territorial, comparta también la oferta.",
}


def _shared_points_at_shared(
    batch: _Batch, table: str, existing: Record | None, fields: dict[str, JSONValue]
) -> str | None:
    """A record shared with the network points only at records the network sees too (§8):
    a shared vacancy's company is shared, or the other offices could not hold the vacancy."""
    values = {**(existing.fields if existing is not None else {}), **fields}
    if values.get(protocol.SHARED_FIELD) is not True:
        return None
    for _name, target_table, target in protocol.references(
        table, values, batch.client_protocol, everywhere_only=True
    ):
        parent = batch.fetch(target_table, target)
        if parent is not None and parent.office_code == batch.device.office and not parent.shared:
            return _SHARE_PARENT_FIRST.get(
                target_table, "Comparta primero el registro al que este se refiere."
            )
    return None


def _referral_rules(
    batch: _Batch, row: str, existing: Record | None, fields: dict[str, JSONValue]
) -> str | None:
    """The rules of a referral the server enforces for every office (§8): only the vacancy's
    office records a selection outcome; a person goes to another office's vacancy only with
    consent and with the data its office needs; hires never pass the vacancy's openings."""
    values = {**(existing.fields if existing is not None else {}), **fields}
    target = values.get("vacancy_id")
    vacancy = batch.fetch("vacancy", target) if isinstance(target, str) else None
    if vacancy is None:
        return None  # the reference check already answered
    office = batch.device.office
    before = existing.fields.get("status") if existing is not None else None
    status = values.get("status")
    new_status = "status" in fields and status != before
    if new_status and status in protocol.SELECTION_OUTCOMES and office != vacancy.office_code:
        return _ONLY_THE_OWNER_SELECTS
    if existing is None and office != vacancy.office_code:
        person_id = values.get("person_id")
        person = batch.fetch("person", person_id) if isinstance(person_id, str) else None
        if person is None or not person.fields.get("consent_on"):
            return _NO_CONSENT
        if not str(values.get("candidate_name") or "").strip():
            return _NO_CANDIDATE
    if new_status and status == protocol.HIRED:
        openings = vacancy.fields.get("openings")
        query = select(Record).where(
            Record.table_name == "referral",
            Record.parent_row == vacancy.row_id,
            Record.deleted.is_(False),
            Record.row_id != row,
        )
        hired = sum(1 for r in batch.session.scalars(query) if r.fields.get("status") == status)
        if isinstance(openings, int) and hired >= openings:
            return (
                f"La oferta ya tiene sus {openings} cupos ocupados: no se registra otra "
                "contratación."
            )
    return None


_WORKSHOP_PARTS = frozenset({"workshop_session", "workshop_enrollment", "workshop_attendance"})
_OTHER_OFFICE_WORKSHOP = (
    "El taller es de otra oficina: sus sesiones, inscripciones y asistencia las registra esa "
    "oficina."
)
_PERSON_OF_ANOTHER_OFFICE = "Solo se inscribe en un taller a personas registradas en la oficina."
_ATTENDANCE_ACROSS_WORKSHOPS = (
    "La asistencia se refiere a una sesión y a una inscripción de talleres distintos."
)


def _workshop_rules(
    batch: _Batch, table: str, existing: Record | None, fields: dict[str, JSONValue]
) -> str | None:
    """What a device could break across records of a workshop (§11): its sessions and
    enrollments hang from a workshop of the device's office, an enrollment is of a person of
    that office, and an attendance mark joins a session and an enrollment of the same workshop.
    (References to records the office may not see are refused before, by
    ``resolve_references``; these rules hold also for the region's records.)"""
    values = {**(existing.fields if existing is not None else {}), **fields}
    office = batch.device.office

    def parent(target_table: str, name: str) -> Record | None:
        target = values.get(name)
        return batch.fetch(target_table, target) if isinstance(target, str) else None

    if table in ("workshop_session", "workshop_enrollment"):
        workshop = parent("workshop", "workshop_id")
        if workshop is not None and workshop.office_code != office:
            return _OTHER_OFFICE_WORKSHOP
    if table == "workshop_enrollment":
        person = parent("person", "person_id")
        if person is not None and person.office_code != office:
            return _PERSON_OF_ANOTHER_OFFICE
    if table == "workshop_attendance":
        session = parent("workshop_session", "session_id")
        enrollment = parent("workshop_enrollment", "enrollment_id")
        if session is None or enrollment is None:
            return None  # the reference check already answered
        if session.office_code != office or enrollment.office_code != office:
            return _OTHER_OFFICE_WORKSHOP
        if session.fields.get("workshop_id") != enrollment.fields.get("workshop_id"):
            return _ATTENDANCE_ACROSS_WORKSHOPS
    return None


_SAME_AS_ANOTHER = {
    "workshop_enrollment": "La persona ya está inscrita en ese taller.",
    "fomil_agreement": "La oficina ya tiene un convenio FOMIL de ese año.",
    "budget_line": "El plan de gastos del convenio ya tiene un ítem con ese nombre.",
    "satisfaction_survey": "Ese servicio ya tiene la encuesta de satisfacción de la persona.",
}
"""Why an edit that would make a record the twin of another (§10–§12) is refused."""

_RENDITION_PARTS = frozenset(
    {
        "fomil_agreement",
        "agreement_installment",
        "budget_line",
        "expense",
        "expense_receipt",
        "month_closure",
    }
)
_OTHER_OFFICE_AGREEMENT = (
    "El convenio es de otra oficina: sus cuotas, ítems, gastos y cierres los registra esa oficina."
)
_OTHER_OFFICE_EXPENSE = (
    "El gasto es de otra oficina: sus documentos de respaldo los registra esa oficina."
)
_LINE_OF_ANOTHER_AGREEMENT = "El ítem presupuestario es de otro convenio que el del gasto."
_WORKSHOP_OF_ANOTHER_OFFICE = "El taller del gasto es de otra oficina."
_DUPLICATE_DOCUMENT = (
    "Ese documento ya está rendido en la oficina (el mismo RUT del proveedor, tipo de documento "
    "y número): no se rinde dos veces."
)
_AGREEMENT_DELETED = (
    "El convenio fue eliminado: no se le registran cuotas, ítems, gastos ni cierres."
)
_LINE_DELETED = (
    "El ítem presupuestario «{name}» fue eliminado del plan de gastos: elija otro ítem para el "
    "gasto."
)
_REOPEN_WITHOUT_REASON = "Un mes se reabre con su motivo: escriba por qué se reabre."
_CLOSED_WHAT = {
    "expense": "registrar, corregir ni eliminar gastos",
    "agreement_installment": "registrar, corregir ni eliminar ingresos",
    "expense_receipt": "cambiar los documentos de respaldo de sus gastos",
}
_AMOUNT_FIELDS = ("net", "iva", "retention", "total")
_AMOUNTS_DEPEND_ON = frozenset({*_AMOUNT_FIELDS, "document_type", "spent_on"})


def _rendition_rules(
    batch: _Batch, table: str, row: str, existing: Record | None, fields: dict[str, JSONValue]
) -> str | None:
    """What a device could break across the records of a rendición (§12): everything hangs from
    an agreement of the device's office, an expense's budget line is of the expense's agreement
    and its workshop of the office, a receipt is of an expense of the office, an expense's
    amounts add up (``domain.expenses.check_amounts``) and one document is charged once in the
    office; nothing changes in a month the agreement's closures have closed; nothing new hangs
    from a deleted agreement or line, and a line with expenses is not deleted; installments stay
    within the transfer amount; a reopen has its reason; an expense's date is within the
    agreement's. (References to records the office may not see are refused before, by
    ``resolve_references``; these rules hold also for the region's records.)"""
    values = {**(existing.fields if existing is not None else {}), **fields}
    office = batch.device.office
    live = values.get("deleted_at") is None

    def parent(target_table: str, name: str) -> Record | None:
        target = values.get(name)
        return batch.fetch(target_table, target) if isinstance(target, str) else None

    if table == "fomil_agreement":
        return _transfer_below_received(batch, row, existing, fields, values)
    if table == "expense_receipt":
        expense = parent("expense", "expense_id")
        if expense is not None and expense.office_code != office:
            return _OTHER_OFFICE_EXPENSE
        return _closed_month_problem(batch, table, existing, values)
    agreement = parent("fomil_agreement", "agreement_id")
    if agreement is not None and agreement.office_code != office:
        return _OTHER_OFFICE_AGREEMENT
    if agreement is not None and agreement.deleted and live:
        return _AGREEMENT_DELETED
    if table == "month_closure":
        reopening = values.get("action") == MonthAction.REOPEN.value
        if reopening and not str(values.get("reason") or "").strip():
            return _REOPEN_WITHOUT_REASON
        return None
    if table == "budget_line":
        return _line_still_used(batch, row, existing, fields)
    reason = _closed_month_problem(batch, table, existing, values)
    if reason is not None:
        return reason
    if table == "agreement_installment":
        return _installments_past_transfer(batch, row, existing, fields, values, agreement)
    line = parent("budget_line", "budget_line_id")
    if line is not None and line.office_code != office:
        return _OTHER_OFFICE_AGREEMENT
    if line is not None and line.fields.get("agreement_id") != values.get("agreement_id"):
        return _LINE_OF_ANOTHER_AGREEMENT
    if line is not None and line.deleted and live:
        return _LINE_DELETED.format(name=protocol.printable(line.fields.get("name"), 80))
    if (
        agreement is not None
        and live
        and (existing is None or {"spent_on", "agreement_id"} & set(fields))
    ):
        reason = _outside_agreement(agreement, values.get("spent_on"))
        if reason is not None:
            return reason
    workshop = parent("workshop", "workshop_id")
    if workshop is not None and workshop.office_code != office:
        return _WORKSHOP_OF_ANOTHER_OFFICE
    if existing is None or _AMOUNTS_DEPEND_ON & set(fields):
        reason = _amounts_problem(values)
        if reason is not None:
            return reason
    if existing is None or {*protocol.UNIQUE_FIELDS[table], "deleted_at"} & set(fields):
        key = protocol.unique_key_of(table, values)
        if key is not None and _held_by_another(batch, table, row, key):
            return _DUPLICATE_DOCUMENT
    return None


_FAIR_TABLES = frozenset({"job_fair", "fair_company", "fair_attendee", "fair_referral"})
_FAIR_WITHOUT_OWNER = "Las oficinas que organizan la feria incluyen a la oficina que la registra."
_ORGANISER_OUTSIDE_NETWORK = (
    "Solo co-organizan una feria oficinas de la Red Territorial de la oficina que la registra."
)
_NOT_AN_ORGANISER = (
    "La feria no es de la oficina ni la co-organiza: sus empresas, asistentes y derivaciones los "
    "registran las oficinas que la organizan."
)
_FAIR_DELETED = "La feria fue eliminada: no se le registran empresas, asistentes ni derivaciones."
_ATTENDEE_OF_ANOTHER_OFFICE = (
    "Solo se registran como asistentes de una feria personas registradas en la oficina."
)
_NOT_THE_ATTENDEES_ATTENTION = (
    "La atención del asistente debe ser una atención «Feria laboral» de esa misma persona."
)
_REFERRAL_OF_ANOTHER_OFFICE = "Solo se vinculan a una feria derivaciones hechas por la oficina."


def _fair_rules(
    batch: _Batch, table: str, existing: Record | None, fields: dict[str, JSONValue]
) -> str | None:
    """What a device could break across the records of a job fair (§14): a fair's organisers
    are its office and offices of that office's Red Territorial (as the server places them);
    companies, attendees and referrals are recorded only at a fair the office owns or
    co-organises (a fair shared with the network that lists the office in ``organisers``), and
    nothing new at a deleted one; an attendee is a person of the office, with (if any) a
    «Feria laboral» atención of that same person; a fair's referral is one of the office's own.
    (References to records the office may not see are refused before, by
    ``resolve_references``.)"""
    values = {**(existing.fields if existing is not None else {}), **fields}
    office = batch.device.office

    def parent(target_table: str, name: str) -> Record | None:
        target = values.get(name)
        return batch.fetch(target_table, target) if isinstance(target, str) else None

    if table == "job_fair":
        if existing is not None and not existing.deleted:
            problem = _fair_left_by_owner(batch, existing, fields)
            if problem is not None:
                return problem
        if existing is not None and "organisers" not in fields:
            return None
        codes = organisers_of(str(values.get("organisers") or ""))
        if office not in codes:
            return _FAIR_WITHOUT_OWNER
        if any(code != office and code not in batch.peers for code in codes):
            return _ORGANISER_OUTSIDE_NETWORK
        return None
    fair = parent("job_fair", "fair_id")
    if fair is not None:
        organisers = organisers_of(str(fair.fields.get("organisers") or ""))
        if fair.office_code != office and not (fair.shared and office in organisers):
            return _NOT_AN_ORGANISER
        if fair.deleted and existing is None:
            return _FAIR_DELETED
    if table == "fair_attendee":
        person = parent("person", "person_id")
        if person is not None and person.office_code != office:
            return _ATTENDEE_OF_ANOTHER_OFFICE
        attention = parent("attention", "attention_id")
        if attention is not None and (
            attention.office_code != office
            or attention.fields.get("person_id") != values.get("person_id")
            or attention.fields.get("kind") != ServiceKind.JOB_FAIR.value
        ):
            return _NOT_THE_ATTENDEES_ATTENTION
    if table == "fair_referral":
        referral = parent("referral", "referral_id")
        if referral is not None and referral.office_code != office:
            return _REFERRAL_OF_ANOTHER_OFFICE
    return None


# -- erasure: an anonymised person stays anonymised, and nothing keeps their old values -------


def _anonymised_person(batch: _Batch, table: str, values: dict[str, JSONValue]) -> Record | None:
    """The anonymised person a record of ``table`` with ``values`` is, or belongs to."""
    if table == "person":
        return None
    person_id = values.get("person_id")
    person = batch.fetch("person", person_id) if isinstance(person_id, str) else None
    if person is None or person.fields.get("anonymised_on") is None:
        return None
    return person


def _erasure_rules(
    batch: _Batch, change: PushedChange, existing: Record | None, fields: dict[str, JSONValue]
) -> str | None:
    """What a device may not do to an anonymised person (§16): put back anything that
    identifies them (a name, RUT, document, contact, the sensitive data — on the person or copied
    on their referrals) or undo the anonymisation; refused for that device alone. The free text
    of their other records (atenciones' notes, survey comments…) made on a device that had not
    yet received the anonymisation is blanked as it is written: it is the old text."""
    if change.table == "person":
        if existing is None or existing.fields.get("anonymised_on") is None:
            return None
        if "anonymised_on" in fields and fields["anonymised_on"] is None:
            return ANONYMISED_AGAIN
        for name in (IDENTIFYING_FIELDS["person"] | {"birth_date"}) & fields.keys():
            value = fields[name]
            if not is_blank(value) and value != existing.fields.get(name):
                return ANONYMISED_AGAIN
        return None
    values = {**(existing.fields if existing is not None else {}), **fields}
    person = _anonymised_person(batch, change.table, values)
    if person is None:
        return None
    for name in IDENTIFYING_FIELDS.get(change.table, frozenset()) & fields.keys():
        value = fields[name]
        if not is_blank(value) and (existing is None or value != existing.fields.get(name)):
            return ANONYMISED_AGAIN
    seen_at = person.versions.get("anonymised_on", 0)
    if change.base < seen_at and person.origins.get("anonymised_on") != batch.device.id:
        for name, blank in RELATED_ERASED[change.table].items():
            if name in fields:
                fields[name] = blank  # type: ignore[assignment]
    return None


def _erasure_base(
    batch: _Batch, change: PushedChange, existing: Record | None, fields: dict[str, JSONValue]
) -> int:
    """The base a change is written with (§9): an anonymisation — a person's change that
    anonymises them, or one that blanks the erased fields of an anonymised person's record —
    wins over the edits it had not seen (no clash keeps an old value on the server)."""
    erasing = False
    if change.table == "person":
        erasing = fields.get("anonymised_on") is not None
    elif change.table in RELATED_ERASED:
        values = {**(existing.fields if existing is not None else {}), **fields}
        touched = ERASED_FIELDS[change.table] & fields.keys()
        erasing = (
            bool(touched)
            and all(is_blank(fields[name]) for name in touched)
            and _anonymised_person(batch, change.table, values) is not None
        )
    return batch.info.last_seq if erasing else change.base


def _purge_erased(batch: _Batch, table: str, record: Record) -> None:
    """Once an anonymised person's record (or one of their records) is written, the earlier
    changes the server keeps of that record hold the erased fields' current values, not the
    old ones (every device and office that pulls them later, the linked vacancy's office of a
    referral included, gets no old value); their stored conflicts on those fields go."""
    if table == "person":
        if record.fields.get("anonymised_on") is None:
            return
    elif _anonymised_person(batch, table, record.fields) is None:
        return
    names = ERASED_FIELDS[table]
    current = {name: record.fields.get(name) for name in names}
    query = select(Change).where(  # ix_change_row: the record's changes
        Change.office_code == record.office_code,
        Change.seq >= record.created_seq,
        Change.table_name == table,
        Change.row_id == record.row_id,
    )
    purged: list[str] = []
    for stored in batch.session.scalars(query):
        if not stored.fields:
            continue
        held = names & stored.fields.keys()
        if any(stored.fields[name] != current[name] for name in held):
            stored.fields = {**stored.fields, **{name: current[name] for name in held}}
        purged.append(stored.change_id)
    for chunk in in_chunks(purged):
        for conflict in batch.session.scalars(
            select(ChangeConflict).where(
                ChangeConflict.change_id.in_(chunk), ChangeConflict.field.in_(names)
            )
        ):
            batch.session.delete(conflict)


_FAIR_TABLE_WORDS = {
    "fair_attendee": "asistentes",
    "fair_company": "empresas",
    "fair_referral": "derivaciones",
}


def _fair_left_by_owner(
    batch: _Batch, existing: Record, fields: dict[str, JSONValue]
) -> str | None:
    """Why the owner's edit of a live fair is refused (§14): it deletes the fair, takes a
    co-organiser out of ``organisers``, or moves a fair already held (up to the server clock's
    today) to a later day than today, while another organising office has live attendees,
    companies or referrals at it (its records would hang from a fair that no longer is, that
    it no longer organises, or that has not happened yet). An upcoming fair may be moved."""
    before = set(organisers_of(str(existing.fields.get("organisers") or "")))
    if fields.get("deleted_at") is not None:
        offices, what = before, "eliminar la feria"
    elif "organisers" in fields and before - set(organisers_of(str(fields["organisers"] or ""))):
        offices = before - set(organisers_of(str(fields["organisers"] or "")))
        what = "quitar de sus organizadores a una oficina"
    elif _later_than_today(batch, fields.get("held_on")) and not _later_than_today(
        batch, existing.fields.get("held_on")
    ):
        offices, what = before, "pasar la feria a una fecha futura"
    else:
        return None
    offices.discard(batch.device.office)
    if not offices:
        return None
    found: dict[str, set[str]] = {}
    query = select(Record).where(
        Record.table_name.in_(sorted(_FAIR_TABLE_WORDS)),
        Record.office_code.in_(sorted(offices)),
        Record.deleted.is_(False),
    )
    for record in batch.session.scalars(query):
        if record.fields.get("fair_id") == existing.row_id:
            found.setdefault(record.office_code, set()).add(record.table_name)
    if not found:
        return None
    names = {
        o.cut: o.name for o in batch.session.scalars(select(Office).where(Office.cut.in_(found)))
    }
    held = "; ".join(
        f"{names.get(code) or code} ({', '.join(_FAIR_TABLE_WORDS[t] for t in sorted(tables))})"
        for code, tables in sorted(found.items())
    )
    return (
        f"No se puede {what}: otra oficina que la co-organiza tiene registros en ella — {held}. "
        "Pida a esa oficina que los quite primero."
    )


def _later_than_today(batch: _Batch, day: JSONValue) -> bool:
    """Whether ``day`` (ISO text, schema-checked) is after the server clock's today."""
    if not isinstance(day, str):
        return False
    try:
        return date.fromisoformat(day) > batch.now.date()
    except ValueError:
        return False


def _closed_month_problem(
    batch: _Batch, table: str, existing: Record | None, values: dict[str, JSONValue]
) -> str | None:
    """Why a change of an expense, installment or supporting document is refused because the
    month it was in, or the month it would be in, is closed (§12): the latest event of that
    month in the agreement's own month closures is a «cierre». None when both are open."""
    months = {_month_of(batch, table, values)}
    if existing is not None:
        months.add(_month_of(batch, table, existing.fields))
    for found in sorted(m for m in months if m is not None):
        agreement_id, month = found
        if month in _closed_months(batch, agreement_id):
            label = RenditionMonth.parse(month).label
            return (
                f"El mes de {label} ya está cerrado en la rendición de la oficina: no se "
                f"pueden {_CLOSED_WHAT[table]} de ese mes. Para hacerlo, reábralo con el motivo "
                "y vuelva a registrarlo."
            )
    return None


def _month_of(batch: _Batch, table: str, values: dict[str, JSONValue]) -> tuple[str, str] | None:
    """(agreement id, ``AAAA-MM``) of the rendición month a record's values fall in: an
    expense's date, an installment's date (the period's first month for money that arrived
    before it, as the program counts it), a supporting document's expense's."""
    if table == "expense_receipt":
        target = values.get("expense_id")
        expense = batch.fetch("expense", target) if isinstance(target, str) else None
        return _month_of(batch, "expense", expense.fields) if expense is not None else None
    agreement_id = values.get("agreement_id")
    day = values.get("spent_on" if table == "expense" else "received_on")
    if not isinstance(agreement_id, str) or not isinstance(day, str):
        return None
    try:
        month = RenditionMonth.of(date.fromisoformat(day))
        if table == "agreement_installment":
            agreement = batch.fetch("fomil_agreement", agreement_id)
            starts = agreement.fields.get("starts_on") if agreement is not None else None
            if isinstance(starts, str):
                month = max(month, RenditionMonth.of(date.fromisoformat(starts)))
    except ValueError:
        return None
    return agreement_id, str(month)


def _closed_months(batch: _Batch, agreement_id: str) -> set[str]:
    """The months (``AAAA-MM``) of an agreement whose latest event, in (``at``, id) order as
    the program orders them, is a «cierre»."""
    query = select(Record).where(
        Record.office_code == batch.device.office,
        Record.table_name == "month_closure",
        Record.deleted.is_(False),
    )
    events = []
    for record in batch.session.scalars(query):
        values = record.fields
        if values.get("agreement_id") != agreement_id:
            continue
        events.append((_moment(values.get("at")), record.row_id, values))
    latest: dict[str, object] = {}
    for _at, _row, values in sorted(events, key=lambda event: (event[0], event[1])):
        latest[str(values.get("month"))] = values.get("action")
    return {month for month, action in latest.items() if action == MonthAction.CLOSE.value}


def _moment(value: object) -> datetime:
    """A closure's ``at`` (schema-checked ISO text) as a naive UTC time, to order events."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return datetime.min
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _live_children(batch: _Batch, table: str, name: str, parent_row: str) -> list[Record]:
    """The office's live records of ``table`` whose ``name`` field points at ``parent_row``."""
    query = select(Record).where(
        Record.office_code == batch.device.office,
        Record.table_name == table,
        Record.deleted.is_(False),
    )
    return [r for r in batch.session.scalars(query) if r.fields.get(name) == parent_row]


def _line_still_used(
    batch: _Batch, row: str, existing: Record | None, fields: dict[str, JSONValue]
) -> str | None:
    """Why deleting a budget line is refused: live expenses are charged to it (§12)."""
    if existing is None or existing.deleted or fields.get("deleted_at") is None:
        return None
    used = len(_live_children(batch, "expense", "budget_line_id", row))
    if not used:
        return None
    name = protocol.printable(existing.fields.get("name"), 80)
    count = "un gasto" if used == 1 else f"{used} gastos"
    return (
        f"El ítem «{name}» tiene {count} en la oficina: no se elimina mientras tenga gastos. "
        "Cambie sus gastos de ítem o elimínelos antes."
    )


def _installments_past_transfer(
    batch: _Batch,
    row: str,
    existing: Record | None,
    fields: dict[str, JSONValue],
    values: dict[str, JSONValue],
    agreement: Record | None,
) -> str | None:
    """Why an installment is refused: the agreement's live installments would add up to more
    than its transfer amount (§12)."""
    if agreement is None or values.get("deleted_at") is not None:
        return None
    if existing is not None and not {"amount", "agreement_id", "deleted_at"} & set(fields):
        return None
    transfer = agreement.fields.get("transfer_amount")
    amount = values.get("amount")
    if not isinstance(transfer, int) or not isinstance(amount, int):
        return None
    others = sum(
        int(r.fields.get("amount") or 0)
        for r in _live_children(batch, "agreement_installment", "agreement_id", agreement.row_id)
        if r.row_id != row
    )
    if others + amount <= transfer:
        return None
    left = transfer - others
    rest = f"quedan {format_clp(left)} por recibir." if left > 0 else "ya se recibió todo."
    return (
        f"Las cuotas sumarían {format_clp(others + amount)}, más que el monto del convenio "
        f"({format_clp(transfer)}): {rest}"
    )


def _transfer_below_received(
    batch: _Batch,
    row: str,
    existing: Record | None,
    fields: dict[str, JSONValue],
    values: dict[str, JSONValue],
) -> str | None:
    """Why an agreement's new transfer amount is refused: less than its installments (§12)."""
    transfer = values.get("transfer_amount")
    if existing is None or "transfer_amount" not in fields or not isinstance(transfer, int):
        return None
    received = sum(
        int(r.fields.get("amount") or 0)
        for r in _live_children(batch, "agreement_installment", "agreement_id", row)
    )
    if transfer >= received:
        return None
    return (
        f"Ya se recibieron {format_clp(received)} en cuotas: el monto del convenio no puede ser "
        "menor."
    )


def _outside_agreement(agreement: Record, spent_on: JSONValue) -> str | None:
    """Why an expense's date cannot be charged to its agreement (before the resolution, outside
    the execution period: ``AgreementTerms.date_error``), None when it can."""
    values = agreement.fields
    try:
        terms = AgreementTerms(
            str(values.get("resolution_number") or ""),
            date.fromisoformat(str(values.get("resolution_date"))),
            date.fromisoformat(str(values.get("starts_on"))),
            date.fromisoformat(str(values.get("ends_on"))),
        )
        day = date.fromisoformat(str(spent_on))
    except ValueError:
        return None
    return terms.date_error(day)


def _amounts_problem(values: dict[str, JSONValue]) -> str | None:
    """Why an expense's amounts do not add up for its document (None when they do)."""
    try:
        document = DocumentType(str(values.get("document_type")))
        year = date.fromisoformat(str(values.get("spent_on"))).year
        amounts = Amounts(*(int(values.get(name) or 0) for name in _AMOUNT_FIELDS))
    except (TypeError, ValueError):
        return "Los montos o el tipo de documento del gasto no son válidos."
    errors = check_amounts(document, amounts, year)
    if not errors:
        return None
    said = " ".join(
        f"{EXPENSE_LABELS[name]}: {errors[name]}" for name in _AMOUNT_FIELDS if name in errors
    )
    return f"Los montos del gasto no cuadran. {said}"


_REGION_TARGET = (
    "Esta meta la fijó la Dirección Regional: la oficina no la cambia. Se conserva la meta de la "
    "Dirección Regional."
)
_NOT_REGION = (
    "Solo la Dirección Regional fija metas como suyas: una meta que escribe la oficina es de la "
    "«oficina»."
)


def _target_rules(
    batch: _Batch, row: str, existing: Record | None, fields: dict[str, JSONValue]
) -> str | None:
    """What a device may not do to a target (§14): change, delete or take over one the region
    set (``source = region``; once the region deleted it, the office may type its own), mark
    one as the region's, or set one for a closed year (a year before the server's clock's) —
    nor move one out of a closed year. A new target under another row id is judged against the
    office's target of that year and indicator it would merge into (its twin, §10)."""
    if existing is None:
        existing = batch.twin("target", row, fields)
    region = TargetSource.REGION.value
    if existing is not None and not existing.deleted and existing.fields.get("source") == region:
        return _REGION_TARGET
    if fields.get("source") == region:
        return _NOT_REGION
    values = {**(existing.fields if existing is not None else {}), **fields}
    current = batch.now.year
    for year in (values.get("year"), existing.fields.get("year") if existing else None):
        if isinstance(year, int) and year < current:
            return f"El año {year} ya terminó: sus metas no se fijan ni se cambian."
    return None


_SURVEY_REFERENCE = {
    SurveyService.ATTENTION.value: "attention_id",
    SurveyService.WORKSHOP.value: "workshop_id",
    SurveyService.PLACEMENT.value: "placement_id",
    SurveyService.FAIR.value: "fair_id",
}
"""The field naming the service a survey rates, by ``service``."""
_SURVEY_OF_ANOTHER = "El servicio que la encuesta evalúa no es de esa persona."
_SURVEY_WITHOUT_SERVICE = "La encuesta no dice qué servicio evalúa: falta {field}."
_SURVEY_OF_TWO = "Una encuesta evalúa un solo servicio: con «{kind}» va solo {field}."


def _survey_rules(
    batch: _Batch, existing: Record | None, fields: dict[str, JSONValue]
) -> str | None:
    """A survey rates one service, of the same person (§14): only the reference ``service``
    names is set; the atención or the placement is the person's, the person is enrolled in the
    workshop (PCs offer only the workshops a person completed) or attended the fair; it is
    answered from the service's day to the server's tomorrow (``_survey_date_problem``). One
    survey per service is its identity (``protocol.identity_of``), merged as a twin."""
    values = {**(existing.fields if existing is not None else {}), **fields}
    if values.get("deleted_at") is not None:
        return None
    person = values.get("person_id")
    kind = values.get("service")
    field_name = _SURVEY_REFERENCE.get(str(kind))
    if field_name is None or not isinstance(person, str):
        return None  # the schema already answered
    target = values.get(field_name)
    if not isinstance(target, str):
        return _SURVEY_WITHOUT_SERVICE.format(field=field_name)
    for other in _SURVEY_REFERENCE.values():
        if other != field_name and values.get(other) is not None:
            return _SURVEY_OF_TWO.format(kind=kind, field=field_name)
    if existing is None or {"answered_on", "service", field_name} & set(fields):
        problem = _survey_date_problem(batch, field_name, target, values.get("answered_on"))
        if problem is not None:
            return problem
    if field_name in ("attention_id", "placement_id"):
        table = "attention" if field_name == "attention_id" else "placement"
        rated = batch.fetch(table, target)
        if rated is not None and rated.fields.get("person_id") != person:
            return _SURVEY_OF_ANOTHER
        return None
    table, parent = (
        ("workshop_enrollment", "workshop_id")
        if field_name == "workshop_id"
        else ("fair_attendee", "fair_id")
    )
    key = protocol.identity_of(table, {parent: target, "person_id": person})
    found = batch.session.scalars(
        select(Record.row_id).where(
            Record.office_code == batch.device.office,
            Record.table_name == table,
            Record.identity == key,
            Record.deleted.is_(False),
        )
    ).first()
    return None if found is not None else _SURVEY_OF_ANOTHER


_RATED_DAY = {
    "attention_id": ("attention", "date", "la atención"),
    "workshop_id": ("workshop", "starts_on", "el inicio del taller"),
    "placement_id": ("placement", "start_on", "el inicio de la colocación"),
    "fair_id": ("job_fair", "held_on", "la feria"),
}
"""Where the day of the service a survey rates is, by the survey's reference field."""


def _survey_date_problem(
    batch: _Batch, field_name: str, target: str, answered_on: JSONValue
) -> str | None:
    """Why a survey's ``answered_on`` is refused (§14): before the day of the service it rates
    (an atención's date, a workshop's or placement's start, a fair's day), or after the server
    clock's tomorrow (one day of leeway for a PC's clock and time zone)."""
    if not isinstance(answered_on, str):
        return None  # the schema already answered
    try:
        answered = date.fromisoformat(answered_on)
    except ValueError:
        return None
    latest = batch.now.date() + timedelta(days=1)
    if answered > latest:
        return (
            f"La encuesta tiene fecha {format_date(answered)}, posterior a hoy: se registra el "
            "día en que la persona respondió."
        )
    table, day_field, what = _RATED_DAY[field_name]
    rated = batch.fetch(table, target)
    day = rated.fields.get(day_field) if rated is not None else None
    if not isinstance(day, str):
        return None
    try:
        served = date.fromisoformat(day)
    except ValueError:
        return None
    if answered < served:
        return (
            f"La encuesta tiene fecha {format_date(answered)}, anterior a {what} que evalúa "
            f"({format_date(served)}): una encuesta se responde después del servicio."
        )
    return None


def _held_by_another(batch: _Batch, table: str, row: str, key: str) -> bool:
    """Whether another live record of the device's office has the unique ``key`` (§12)."""
    query = select(Record.row_id).where(
        Record.office_code == batch.device.office,
        Record.table_name == table,
        Record.identity == key,
        Record.deleted.is_(False),
        Record.row_id != row,
    )
    return batch.session.scalars(query.limit(1)).first() is not None


def _as_seen_by(
    office: str, table: str, owner: str, fields: dict[str, JSONValue]
) -> dict[str, JSONValue]:
    """What of a record an office receives: all of it, except a linked record of another office
    (a referral to its vacancy), of which only what ``protocol.LINKS`` sends (§8)."""
    if table not in protocol.LINKS or owner in (office, protocol.REGION_OFFICE):
        return fields
    return protocol.as_sent_to_linked_office(table, fields)


def _not_superseded(change: Change, record: Record | None, device_id: str) -> dict[str, JSONValue]:
    """The fields of a pulled change, without those the device itself wrote later: the server
    accepted the device's newer value, and the device never pulls its own changes, so the older
    value must not overwrite it there (§9)."""
    fields = dict(change.fields or {})
    if record is None:
        return fields
    for name in list(fields):
        if record.origins.get(name) == device_id and record.versions.get(name, 0) > change.seq:
            del fields[name]
    return fields


def _tables_added(before: int | None, now: int) -> bool:
    """Whether a device that synced in version ``before`` and now speaks ``now`` syncs tables
    it was never sent: it needs a whole copy once (docs/sync-protocol.md §3)."""
    if before is None or before >= now:
        return False
    return bool(set(protocol.SCHEMAS.get(now, {})) - set(protocol.SCHEMAS.get(before, {})))


def _acks(acks: list[Ack], client_protocol: int) -> dict[str, Any]:
    """The acks of an answer: for version 3, only those with something to say (refused, already
    held, conflicts, a merge) and ``acked_rest``; every ack for older versions. One ack per
    change was the largest part of an answer to a pushed backlog (§5)."""
    if client_protocol < 3:
        return {"acks": acks}
    notable = [ack for ack in acks if ack.status != "applied" or ack.conflicts or ack.merged_into]
    return {"acks": notable, "acked_rest": True}


def _shared_as_seen(change: Change, record: Record | None, device_id: str) -> bool:
    """The record's ``shared`` to send with a pulled change: as it was after the change, unless
    the device itself set it later (then as it is now, which the device already holds)."""
    if (
        record is not None
        and record.origins.get(protocol.SHARED_FIELD) == device_id
        and record.versions.get(protocol.SHARED_FIELD, 0) > change.seq
    ):
        return record.shared
    return change.shared


def _names_someone(table: str, fields: dict[str, JSONValue]) -> bool:
    """Whether ``fields`` change who the record is (its identity fields, §10)."""
    return any(name in fields for name in protocol.IDENTITY_FIELDS.get(table, ()))


def _merged_into(change: Change, client_protocol: int) -> str | None:
    """The record a duplicate of a merged change was merged into, repeated for a lost reply."""
    if client_protocol < 3 or change.merged_from is None or change.merged_from == change.row_id:
        return None
    return change.row_id


@dataclass
class _Batch:
    """What checking and applying one pushed batch needs, loaded once per request."""

    session: Session
    info: ServerInfo
    device: Device
    client_protocol: int
    peers: list[str]
    checks: protocol.Checks
    now: datetime
    records: dict[tuple[str, str], Record] = field(default_factory=dict)
    aliases: dict[tuple[str, str], RowAlias] = field(default_factory=dict)
    identities: dict[tuple[str, str], list[Record]] = field(default_factory=dict)
    """(table, identity) → the office's records of that identity (§10), loaded for the batch."""

    def load(self, changes: Sequence[PushedChange]) -> None:
        """The records and aliases the batch names (its rows and its references), in bulk."""
        rows = {c.row for c in changes}
        for change in changes:
            rows.update(row for _f, _t, row in protocol.references(change.table, change.fields))
        ordered = sorted(rows)
        for chunk in in_chunks(ordered):
            for alias in self.session.scalars(
                select(RowAlias).where(RowAlias.alias_row.in_(chunk))
            ):
                self.aliases[(alias.table_name, alias.alias_row)] = alias
        wanted = ordered + sorted({a.canonical_row for a in self.aliases.values()})
        for chunk in in_chunks(wanted):
            for record in self.session.scalars(select(Record).where(Record.row_id.in_(chunk))):
                self.records[(record.table_name, record.row_id)] = record
        keys: dict[str, set[str]] = {}
        for change in changes:
            key = protocol.identity_of(change.table, change.fields)
            if key is not None:
                keys.setdefault(change.table, set()).add(key)
        for table, wanted_keys in keys.items():
            for key in wanted_keys:
                self.identities[(table, key)] = []
            for chunk in in_chunks(sorted(wanted_keys)):
                query = (
                    select(Record)
                    .where(
                        Record.office_code == self.device.office,
                        Record.table_name == table,
                        Record.identity.in_(chunk),
                    )
                    .order_by(Record.created_seq)
                )
                for record in self.session.scalars(query):
                    assert record.identity is not None
                    self.identities[(table, record.identity)].append(record)

    def record(self, table: str, row: str) -> Record | None:
        return self.records.get((table, row))

    def fetch(self, table: str, row: str) -> Record | None:
        """A record the batch did not name, read when a rule needs it."""
        if (table, row) not in self.records:
            found = self.session.get(Record, (table, row))
            if found is None:
                return None
            self.records[(table, row)] = found
        return self.records[(table, row)]

    def visible(self, record: Record) -> bool:
        """Whether the device's office may see ``record`` (§6)."""
        if record.office_code in (self.device.office, protocol.REGION_OFFICE):
            return True
        return record.shared and record.office_code in self.peers

    def resolve_references(
        self, table: str, fields: dict[str, JSONValue]
    ) -> tuple[dict[str, JSONValue], str | None]:
        """``fields`` with references through an alias rewritten to the record they name; or
        why a reference is refused: a record the server does not hold, or one the office may
        not see (another office's person)."""
        for name, target_table, row in protocol.references(table, fields, self.client_protocol):
            alias = self.aliases.get((target_table, row))
            if alias is not None and alias.office_code == self.device.office:
                row = alias.canonical_row
                fields[name] = row
            target = self.record(target_table, row)
            if target is None or not self.visible(target):
                return fields, (
                    f"{name}: se refiere a un registro que no existe en el servidor regional o "
                    "que es de otra oficina."
                )
        return fields, None

    def twin(self, table: str, row: str, fields: dict[str, JSONValue]) -> Record | None:
        """Another record of the office that is the same as ``fields``: the same person, or the
        same person's enrollment in the same workshop (§10)."""
        key = protocol.identity_of(table, fields)
        if key is None:
            return None
        if (table, key) not in self.identities:
            with self.session.no_autoflush:  # records of this batch are in ``identities``
                query = (
                    select(Record)
                    .where(
                        Record.office_code == self.device.office,
                        Record.table_name == table,
                        Record.identity == key,
                    )
                    .order_by(Record.created_seq)
                )
                self.identities[(table, key)] = list(self.session.scalars(query))
        for found in self.identities[(table, key)]:
            if found.row_id != row and found.identity == key:  # not one this batch changed
                self.records[(table, found.row_id)] = found
                return found
        return None

    def written(self, record: Record) -> None:
        """Keep what the batch knows of ``record`` up to date after a write."""
        self.records[(record.table_name, record.row_id)] = record
        if record.identity is not None:
            same = self.identities.setdefault((record.table_name, record.identity), [])
            if record not in same:
                same.append(record)

    def add_alias(self, table: str, alias_row: str, canonical_row: str) -> None:
        alias = RowAlias(
            table_name=table,
            alias_row=alias_row,
            canonical_row=canonical_row,
            office_code=self.device.office,
            device_id=self.device.id,
            created_seq=self.info.last_seq + 1,
        )
        self.session.add(alias)
        self.aliases[(table, alias_row)] = alias


def _out_of_order() -> ProtocolError:
    return ProtocolError(
        protocol.OUT_OF_ORDER,
        "El envío llegó fuera de orden o repetido; no se aplicó nada. La próxima sincronización "
        "lo corrige sola.",
    )


_AUDIT_APPEND_ONLY = (
    "El registro de accesos solo admite entradas nuevas: una entrada no se modifica ni se elimina."
)
_AUDIT_HASH = "La entrada del registro de accesos fue alterada: su huella (hash) no coincide."
_AUDIT_LINK = (
    "La entrada del registro de accesos no sigue a la anterior del mismo equipo: se insertó o "
    "se alteró una entrada."
)
_AUDIT_TAKEN = (
    "La entrada del registro de accesos ocupa un lugar que ya tiene otra del mismo equipo."
)
_AUDIT_OTHER_DEVICE = "La cadena del registro de accesos pertenece a otro equipo."
_AUDIT_PERSON = "La entrada del registro de accesos nombra a una persona de otra oficina."


def _audit_rules(batch: _Batch, change: PushedChange, existing: Record | None) -> str | None:
    """The audit log is append-only and tamper-evident on the server too (§16): an entry is only
    inserted, never updated or deleted; its ``hash`` is the hash of its content (as the device
    sent it, before any reference is rewritten); it follows the entry before it in its device's
    chain when the server holds that one (same ``previous_hash``, pushed by the same device) and
    takes no place another entry holds; it names a person of the office, if any."""
    if existing is not None or change.op != "insert" or change.fields.get("deleted_at"):
        return _AUDIT_APPEND_ONLY
    values = {**change.fields, "id": change.row}
    if entry_hash(values) != values.get("hash"):
        return _AUDIT_HASH
    person = values.get("person_id")
    if isinstance(person, str):
        named = batch.fetch("person", person)
        if named is not None and named.office_code != batch.device.office:
            return _AUDIT_PERSON
    device, position = values.get("device"), values.get("position")
    if not isinstance(device, str) or not isinstance(position, int):
        return None  # the schema refused it before
    if position == 1 and values.get("previous_hash"):
        return _AUDIT_LINK
    stored = _audit_entries_at(batch, device, (position - 1, position))
    if any(entry.origins.get("hash") != batch.device.id for entry in stored):
        return _AUDIT_OTHER_DEVICE
    if any(entry.fields.get("position") == position for entry in stored):
        return _AUDIT_TAKEN
    if any(entry.fields.get("hash") != values.get("previous_hash") for entry in stored):
        return _AUDIT_LINK
    return None


def _audit_entries_at(batch: _Batch, device: str, positions: tuple[int, ...]) -> list[Record]:
    """The office's stored audit entries of ``device``'s chain at ``positions``."""
    query = select(Record).where(
        Record.office_code == batch.device.office,
        Record.table_name == "audit_entry",
        Record.fields["device"].as_string() == device,
        Record.fields["position"].as_integer().in_(positions),
    )
    return list(batch.session.scalars(query))
