"""The sync client: enroll this device, then push local changes and pull the region's.

It follows docs/sync-protocol.md §5: each request carries the next batch of unsent changes, the
cursor and the snapshot position; each answer is applied in **one local transaction** (acknowledged
changes forgotten, refusals and conflicts recorded, pulled records written, new cursor stored), so
a cut at any point sends at most one batch again and never loses or duplicates a change.

Nothing here touches Qt; the window runs :meth:`SyncClient.sync` on a worker thread and passes
``should_stop`` to cancel between exchanges. Logs hold counts, sequence numbers and kinds only.
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from omil_desktop.domain.texts import translate
from omil_desktop.domain.versions import parse_version
from omil_desktop.services.errors import ServiceError
from omil_desktop.store.blobs import BlobStore
from omil_desktop.store.changelog import remote_session
from omil_desktop.store.clock import utcnow
from omil_desktop.store.errors import StorageError
from omil_desktop.store.models import (
    ChangeLog,
    DeviceSettings,
    ExpenseReceipt,
    SyncConflict,
    SyncState,
)
from omil_desktop.sync import protocol
from omil_desktop.sync.applier import Applier, repoint
from omil_desktop.sync.credentials import CredentialStore
from omil_desktop.sync.status import NO_SECRET as _NO_SECRET
from omil_desktop.sync.status import RE_ENROLL as RE_ENROLL
from omil_desktop.sync.status import SyncStatus, enrollment_text, read_status
from omil_desktop.sync.transport import (
    CANCELLED,
    NOT_ENROLLED,
    DeviceCredential,
    NeedsEnrollment,
    Refused,
    ServerFailure,
    SyncError,
    Transport,
)
from omil_desktop.sync.updates import LatestRelease

if TYPE_CHECKING:
    from omil_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    """What one :meth:`SyncClient.sync` did (running totals while it runs)."""

    pushed: int = 0
    """Changes the server acknowledged (applied, or already had)."""
    pulled: int = 0
    """Changes and snapshot records received and applied."""
    refused: int = 0
    conflicts: int = 0
    merged: int = 0
    """New records of this PC the server already held under another id (§10)."""
    set_aside: int = 0
    """Received records that could not be applied here (kept aside, shown, tried again)."""
    blobs_sent: int = 0
    """Supporting documents' bytes uploaded (those the server lacked)."""
    blobs_received: int = 0
    """Supporting documents' bytes downloaded (those this PC lacked)."""
    blobs_pending: int = 0
    """Supporting documents this PC's records name whose bytes it has not received yet (the
    server lacks them still, or the link failed): asked for again at the next sync."""
    round_trips: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    remaining: int = 0
    """Unsent changes left (non-zero only when stopped)."""
    stopped: bool = False
    """``should_stop`` asked to stop before everything was exchanged."""

    def summary(self) -> str:
        """A Spanish one-liner for the status bar and the CLI."""
        parts = [f"enviados {self.pushed}", f"recibidos {self.pulled}"]
        if self.refused:
            parts.append(f"rechazados {self.refused}")
        if self.conflicts:
            parts.append(f"conflictos {self.conflicts}")
        if self.merged:
            parts.append(
                translate("sync.client", "unidos a registros de otro equipo {merged}").format(
                    merged=self.merged
                )
            )
        if self.set_aside:
            parts.append(f"recibidos apartados {self.set_aside}")
        if self.blobs_pending:
            parts.append(
                translate(
                    "sync.client", "documentos de respaldo por recibir {blobs_pending}"
                ).format(blobs_pending=self.blobs_pending)
            )
        text = (
            translate("sync.client", "Sincronización ")
            + ("interrumpida" if self.stopped else "completa")
            + ": "
        )
        text += ", ".join(parts) + "."
        if self.remaining:
            text += translate("sync.client", " Quedan {remaining} cambios por enviar.").format(
                remaining=self.remaining
            )
        return text


Progress = Callable[[SyncReport], None]


class SyncClient:
    """Sync of one workspace with the regional server it enrolled with."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        credentials: CredentialStore | None = None,
        transport: Transport | None = None,
    ) -> None:
        self._workspace = workspace
        self._db = workspace.db
        self.credentials = credentials or CredentialStore(workspace.data_dir)
        self._own_transport = transport is None
        self.transport = transport or Transport()
        self.blobs = BlobStore(workspace.data_dir)

    def close(self) -> None:
        if self._own_transport:
            self.transport.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- status ---------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        return read_status(self._db)

    # -- enrollment -----------------------------------------------------------------------------

    def enroll(self, server_url: str, code: str, device_name: str | None = None) -> SyncStatus:
        """Enroll this installation with a one-time code; replaces any earlier enrollment."""
        office = self._workspace.office
        if office is None:
            raise ServiceError(
                translate("sync.client", "Configure la oficina antes de inscribir el equipo.")
            )
        server_url = server_url.strip().rstrip("/")
        if not server_url.startswith(("http://", "https://")):
            raise Refused(
                translate(
                    "sync.client",
                    "La dirección del servidor regional debe comenzar con https:// (o http://).",
                )
            )
        name = (device_name or "").strip() or _default_device_name(office.title)
        with self._db.transaction() as session:
            state = session.get(SyncState, 1)
            old_device = state.device_id if state else None
        request = protocol.EnrollRequest(
            code=code.strip().upper()[:40],
            office_code=office.comuna_code,
            device_name=name[:120],
            replaces=old_device,  # the server revokes this PC's previous credential (§4)
        )
        reply = self.transport.enroll(server_url, request)
        if reply.office_code != office.comuna_code:
            raise ServerFailure(
                translate(
                    "sync.client",
                    "El servidor regional inscribió el equipo para otra comuna. Avise a la "
                    "Dirección Regional.",
                ),
                kind="bad_reply",
            )
        if old_device and old_device != reply.device_id:
            self.credentials.delete(old_device)
        where = self.credentials.set(reply.device_id, reply.secret)
        with self._db.transaction() as session:
            state = session.get(SyncState, 1)
            if state is None:
                state = SyncState(id=1, cursor=0)
                session.add(state)
            if state.server_id != reply.server_id:
                # Another server: start its history from zero, and what the officer saw of the
                # old one says nothing of this one.
                state.cursor = 0
                state.snapshot_at = None
                state.snapshot_after = None
                session.execute(update(ChangeLog).values(base_seq=0))
            state.server_url = server_url
            state.server_id = reply.server_id
            state.device_id = reply.device_id
            state.region_name = reply.region_name
            state.network = reply.network
            state.credential_store = where
            state.enrolled_at = utcnow()
            state.last_error = None
        log.info("enrolled (protocol %s, secret in %s)", reply.protocol, where)
        return self.status()

    # -- probe ----------------------------------------------------------------------------------

    def probe(self, timeout: float = 5.0) -> bool:
        """Whether the enrolled server answers now (``GET /api/ping``); never raises."""
        with self._db.transaction() as session:
            state = session.get(SyncState, 1)
            url = state.server_url if state else None
        if not url:
            return False
        try:
            self.transport.ping(url, timeout)
        except SyncError:
            return False
        return True

    # -- sync -----------------------------------------------------------------------------------

    def sync(
        self,
        progress: Progress | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> SyncReport:
        """Push every unsent change and pull everything new; raise :class:`SyncError` on failure.

        On failure ``last_error`` is stored and every unsent change is kept.
        """
        report = SyncReport()
        stats = self.transport.stats
        start = (stats.bytes_sent, stats.bytes_received, stats.round_trips)
        try:
            url, credential = self._credential()
            self._retry_set_aside()
            self._loop(url, credential, report, progress, should_stop, start)
            if not report.stopped:
                self._receive_blobs(url, credential, report, should_stop)
        except SyncError as exc:
            if exc.kind == "cancelled":  # the program is closing: a cut link, not an error
                log.info("sync cancelled")
                raise
            log.warning("sync failed: %s (status %s)", exc.kind, exc.status or "-")
            self._record_error(exc.message)
            raise
        except StorageError as exc:
            log.warning("sync failed: local storage error")
            self._record_error(str(exc))
            raise
        finally:
            self._count(report, start)
        if not report.stopped:  # after the report's counts: not part of the exchange
            self.check_release(url, credential)
        log.info(
            "sync done: pushed %d, pulled %d, refused %d, conflicts %d, %d round trips",
            report.pushed,
            report.pulled,
            report.refused,
            report.conflicts,
            report.round_trips,
        )
        return report

    # -- the newest release of the program (docs/updates.md) ------------------------------------

    def check_release(self, url: str, credential: DeviceCredential) -> str | None:
        """Ask the server for the newest release and keep its number in ``device_settings``
        (None when it publishes none or predates the feature). A failure here never fails the
        sync: the next one asks again."""
        try:
            latest = self.transport.latest_release(url, credential)
        except SyncError as exc:
            if exc.kind == CANCELLED:
                raise
            log.info("release check failed: %s", exc.kind)
            return None
        version = latest.version if latest and parse_version(latest.version) else None
        with self._db.transaction() as session:
            settings = session.get(DeviceSettings, 1)
            if settings is None:
                settings = DeviceSettings(id=1)
                session.add(settings)
            settings.latest_version = version
            settings.latest_version_checked_at = utcnow()
        log.info("newest release on the server: %s", version or "-")
        return version

    def download_release(
        self, target: Path, progress: Callable[[int, int], None] | None = None
    ) -> LatestRelease:
        """Download the newest release's installer into ``target`` (the caller checks it
        against the returned announcement's size and SHA-256)."""
        url, credential = self._credential()
        latest = self.transport.latest_release(url, credential)
        if latest is None:
            raise SyncError(
                translate(
                    "Actualizaciones",
                    "El servidor regional ya no ofrece una versión nueva de OMIL Desktop.",
                ),
                kind="no_release",
            )
        if not latest.download.startswith("/api/") or ".." in latest.download:
            raise ServerFailure(
                translate(
                    "Actualizaciones",
                    "El servidor regional indicó una dirección de descarga no válida.",
                ),
                kind="bad_reply",
            )
        self.transport.download_release(url, latest, credential, target, progress)
        return latest

    def _credential(self) -> tuple[str, DeviceCredential]:
        with self._db.transaction() as session:
            state = session.get(SyncState, 1)
            if state is None or not state.device_id or not state.server_url:
                raise SyncError(
                    translate(
                        "sync.client",
                        "Este equipo aún no está inscrito en el servidor regional. Inscríbalo con "
                        "el "
                        "código que entrega la Dirección Regional.",
                    ),
                    kind=NOT_ENROLLED,
                )
            url, device_id, server_id = state.server_url, state.device_id, state.server_id or ""
        secret = self.credentials.get(device_id)
        if secret is None:
            raise NeedsEnrollment(enrollment_text(_NO_SECRET), kind=NOT_ENROLLED)
        return url, DeviceCredential(device_id, secret, server_id)

    def _loop(
        self,
        url: str,
        credential: DeviceCredential,
        report: SyncReport,
        progress: Progress | None,
        should_stop: Callable[[], bool] | None,
        start: tuple[int, int, int],
    ) -> None:
        while True:
            if should_stop is not None and should_stop():
                report.stopped = True
                report.remaining = self._pending_count()
                log.info("sync stopped on request")
                return
            request, sent = self._next_request()
            self._send_blobs(url, credential, request, report)
            response = self.transport.sync(url, request, credential)
            self._check_reply(request, response)
            outcome = self._apply(request, sent, response)
            report.pushed += outcome.acked
            report.refused += outcome.refused
            report.conflicts += outcome.conflicts
            report.merged += outcome.merged
            report.pulled += outcome.pulled
            report.set_aside += outcome.set_aside
            self._count(report, start)
            log.info(
                "exchange: sent %d, acked %d, refused %d, pulled %d, cursor %d, more %s",
                len(request.changes),
                outcome.acked,
                outcome.refused,
                outcome.pulled,
                outcome.cursor,
                outcome.more,
            )
            if progress is not None:
                progress(replace(report))
            if not outcome.more and outcome.unsent == 0:
                return

    # -- supporting documents' bytes (docs/sync-protocol.md §13) -------------------------------

    def _send_blobs(
        self,
        url: str,
        credential: DeviceCredential,
        request: protocol.SyncRequest,
        report: SyncReport,
    ) -> None:
        """Before a batch that names supporting documents goes, upload the bytes the server
        lacks (asked in one round trip; each file once, however many receipts name it). A file
        this PC does not have is not uploaded: its record still goes. A failure of the link
        fails the sync before the batch is sent, as any failed exchange does."""
        if self.transport.protocol_version < 6:
            return
        named = [
            str(change.fields["sha256"])
            for change in request.changes
            if change.table == "expense_receipt"
            and change.op != "delete"
            and isinstance(change.fields.get("sha256"), str)
        ]
        wanted = [sha for sha in dict.fromkeys(named) if self.blobs.has(sha)]
        if not wanted:
            return
        for sha in self.transport.missing_blobs(url, wanted, credential):
            try:
                data = self.blobs.read(sha)
            except OSError:
                log.warning("a supporting document could not be read here")
                continue
            try:
                self.transport.put_blob(url, sha, data, credential)
            except Refused:
                # The server refuses these bytes (damaged on this disk): the record still goes,
                # and the file shows as missing on the office's other PCs.
                log.warning("the server refused a supporting document's bytes")
                continue
            report.blobs_sent += 1
        if len(wanted) < len(set(named)):
            log.warning(
                "%d supporting documents named here are not on this PC",
                len(set(named)) - len(wanted),
            )

    def _receive_blobs(
        self,
        url: str,
        credential: DeviceCredential,
        report: SyncReport,
        should_stop: Callable[[], bool] | None,
    ) -> None:
        """After the records, download the supporting documents the office's receipts name and
        this PC lacks. One the server does not have yet, or a failed link, leaves it missing
        (shown as not yet received) and it is asked for again at the next sync; the records
        are already safe, so a missing file never fails the sync."""
        if self.transport.protocol_version < 6:
            return
        with self._db.transaction() as session:
            named = session.scalars(
                select(ExpenseReceipt.sha256)
                .where(ExpenseReceipt.deleted_at.is_(None))
                .distinct()
                .order_by(ExpenseReceipt.sha256)
            ).all()
        lacking = [sha for sha in named if not self.blobs.has(sha)]
        for index, sha in enumerate(lacking):
            if should_stop is not None and should_stop():
                report.blobs_pending += len(lacking) - index
                return
            try:
                data = self.transport.get_blob(url, sha, credential)
            except SyncError as exc:
                if exc.kind == CANCELLED:
                    raise
                log.info("supporting documents left for the next sync (%s)", exc.kind)
                report.blobs_pending += len(lacking) - index
                return
            try:
                kept = data is not None and self.blobs.put_verified(sha, data)
            except OSError:
                log.warning("a supporting document could not be written here")
                report.blobs_pending += len(lacking) - index
                return
            if not kept:
                report.blobs_pending += 1
                continue
            report.blobs_received += 1
        if report.blobs_pending:
            log.info("%d supporting documents not received yet", report.blobs_pending)

    def _retry_set_aside(self) -> None:
        """Records set aside at an earlier sync are tried again first (their cause may be gone:
        the person they refer to arrived, the program was updated)."""
        with self._db.transaction() as session:
            remote_session(session)
            applier = Applier(session, self._office_code(), self._checks(), utcnow())
            applier.retry_set_aside()
            if applier.result.applied:
                log.info("%d records set aside were applied", applier.result.applied)

    def _office_code(self) -> str:
        office = self._workspace.office
        assert office is not None
        return office.comuna_code

    def _checks(self) -> protocol.Checks:
        comunas = frozenset(comuna.code for comuna in self._workspace.territory.comunas)
        return protocol.Checks(comunas=comunas)

    def _count(self, report: SyncReport, start: tuple[int, int, int]) -> None:
        stats = self.transport.stats
        report.bytes_sent = stats.bytes_sent - start[0]
        report.bytes_received = stats.bytes_received - start[1]
        report.round_trips = stats.round_trips - start[2]

    def _pending_count(self) -> int:
        with self._db.transaction() as session:
            count = session.scalar(
                select(func.count())
                .select_from(ChangeLog)
                .where(ChangeLog.refused_reason.is_(None))
            )
            return count or 0

    def _next_request(self) -> tuple[protocol.SyncRequest, dict[str, ChangeLog]]:
        with self._db.transaction() as session:
            state = session.get(SyncState, 1)
            assert state is not None
            rows = list(
                session.scalars(
                    select(ChangeLog)
                    .where(ChangeLog.refused_reason.is_(None))
                    .order_by(ChangeLog.seq)
                    .limit(protocol.CLIENT_BATCH)
                )
            )
            snapshot = None
            # A whole copy asked for after a restore (``at`` 0) waits until the restored unsent
            # changes went (they come back acknowledged as already held): only then do the
            # server's values of those fields win here.
            deferred = state.snapshot_at == 0 and bool(rows)
            if state.snapshot_at is not None and not deferred:
                after = json.loads(state.snapshot_after) if state.snapshot_after else None
                snapshot = protocol.SnapshotPosition(
                    at=state.snapshot_at, after=tuple(after) if after else None
                )
            changes = [
                protocol.PushedChange(
                    id=row.change_id,
                    n=row.seq,
                    table=row.table_name,
                    row=row.row_id,
                    op=row.op,  # type: ignore[arg-type]
                    base=row.base_seq,
                    at=row.recorded_at.isoformat(),
                    fields=protocol.as_version(
                        row.table_name, json.loads(row.payload), self.transport.protocol_version
                    ),
                )
                for row in rows
            ]
            request = protocol.SyncRequest(
                changes=changes, cursor=state.cursor, snapshot=snapshot, limit=protocol.CLIENT_BATCH
            )
            return request, {row.change_id: row for row in rows}

    @staticmethod
    def _check_reply(request: protocol.SyncRequest, response: protocol.SyncResponse) -> None:
        """A reply that does not answer the request is refused before anything is applied."""
        sent = {change.id for change in request.changes}
        acked = [ack.id for ack in response.acks]
        listed_all = set(acked) == sent and len(acked) == len(sent)
        listed_some = response.acked_rest and set(acked) <= sent and len(set(acked)) == len(acked)
        if not (listed_all or listed_some):
            log.warning("reply acks %d ids for %d sent", len(acked), len(sent))
            raise ServerFailure(
                translate(
                    "sync.client",
                    "La respuesta del servidor regional no corresponde a lo enviado. Se intentará "
                    "de "
                    "nuevo; no se perdió ningún cambio.",
                ),
                kind="bad_reply",
            )
        stalled = (
            response.more
            and not request.changes
            and response.snapshot is None
            and not response.changes
            and response.cursor <= request.cursor
        )
        if stalled:
            raise ServerFailure(
                translate(
                    "sync.client",
                    "El servidor regional anuncia más cambios pero no los envía. Se intentará más "
                    "tarde.",
                ),
                kind="bad_reply",
            )

    # -- applying an answer ---------------------------------------------------------------------

    def _apply(
        self,
        request: protocol.SyncRequest,
        sent: dict[str, ChangeLog],
        response: protocol.SyncResponse,
    ) -> _Outcome:
        office = self._workspace.office
        assert office is not None
        outcome = _Outcome()
        now = utcnow()
        with self._db.transaction() as session:
            remote_session(session)
            self._apply_acks(session, sent, _every_ack(sent, response), outcome, now)
            session.flush()
            applier = Applier(session, office.comuna_code, self._checks(), now)
            applier.apply_changes(response.changes)
            state = session.get(SyncState, 1)
            assert state is not None
            page = response.snapshot
            if page is not None:
                if request.snapshot is None or request.snapshot.at == 0:
                    # A new snapshot re-sends everything this office may still see: copies of
                    # other offices' records it no longer includes (un-shared in the compacted
                    # history) must not linger.
                    applier.forget_received()
                applier.apply_records(page.records)
                if page.done:
                    state.cursor = page.at
                    state.snapshot_at = None
                    state.snapshot_after = None
                else:
                    state.snapshot_at = page.at
                    state.snapshot_after = json.dumps(list(page.after)) if page.after else None
                    if request.snapshot is not None and request.snapshot.after == page.after:
                        raise ServerFailure(
                            translate(
                                "sync.client",
                                "El servidor regional repitió la misma página de la copia "
                                "completa.",
                            ),
                            kind="bad_reply",
                        )
            else:
                state.cursor = response.cursor
                if request.snapshot is not None:  # the server dropped the snapshot: start over
                    state.snapshot_at = None
                    state.snapshot_after = None
            state.last_sync_at = now
            state.last_error = None
            session.flush()
            _erase_received(session, response)
            outcome.pulled += applier.result.applied
            outcome.set_aside += applier.result.set_aside
            outcome.cursor = state.cursor
            outcome.more = (
                response.more
                or (page is not None and not page.done)
                or state.snapshot_at == 0  # a whole copy asked for, not begun yet
            )
            outcome.unsent = (
                session.scalar(
                    select(func.count())
                    .select_from(ChangeLog)
                    .where(ChangeLog.refused_reason.is_(None))
                )
                or 0
            )
        return outcome

    @staticmethod
    def _apply_acks(
        session: Session,
        sent: dict[str, ChangeLog],
        acks: Sequence[protocol.Ack],
        outcome: _Outcome,
        now: datetime,
    ) -> None:
        done: list[str] = []
        for ack in acks:
            change = sent[ack.id]
            row = change.row_id
            if ack.merged_into is not None and ack.status != "refused":
                # The server already held this record under another id (§10): this PC's copy,
                # and everything that refers to it, takes that id.
                repoint(session, change.table_name, change.row_id, ack.merged_into)
                row = ack.merged_into
                outcome.merged += 1
            if ack.status == "refused":
                session.execute(
                    update(ChangeLog)
                    .where(ChangeLog.change_id == ack.id)
                    .values(refused_reason=ack.reason or "Rechazado por el servidor regional.")
                )
                outcome.refused += 1
                log.info("change n=%d refused", change.seq)
                continue
            done.append(ack.id)
            outcome.acked += 1
            for conflict in ack.conflicts:
                _upsert_conflict(session, change.table_name, row, conflict, now)
                outcome.conflicts += 1
        for start in range(0, len(done), 500):
            session.execute(
                delete(ChangeLog).where(ChangeLog.change_id.in_(done[start : start + 500]))
            )

    def _record_error(self, message: str) -> None:
        try:
            with self._db.transaction() as session:
                state = session.get(SyncState, 1)
                if state is None:
                    state = SyncState(id=1, cursor=0)
                    session.add(state)
                state.last_error = message
        except StorageError:
            log.warning("could not record the sync error")


@dataclass
class _Outcome:
    acked: int = 0
    refused: int = 0
    conflicts: int = 0
    merged: int = 0
    pulled: int = 0
    set_aside: int = 0
    cursor: int = 0
    more: bool = False
    unsent: int = 0


def _every_ack(sent: dict[str, ChangeLog], response: protocol.SyncResponse) -> list[protocol.Ack]:
    """One ack per sent change: those the answer lists, and (``acked_rest``) ``applied`` for the
    rest, which the server applied with nothing to report."""
    listed = {ack.id: ack for ack in response.acks}
    if not response.acked_rest:
        return list(response.acks)
    return [
        listed.get(change_id) or protocol.Ack(id=change_id, status="applied") for change_id in sent
    ]


def _upsert_conflict(
    session: Session, table: str, row: str, conflict: protocol.Conflict, now: datetime
) -> None:
    """One open conflict per table/row/field: a newer report replaces the values."""
    existing = session.scalars(
        select(SyncConflict).where(
            SyncConflict.table_name == table,
            SyncConflict.row_id == row,
            SyncConflict.field == conflict.field,
            SyncConflict.resolved_at.is_(None),
        )
    ).first()
    local = json.dumps(conflict.yours, ensure_ascii=False)
    server = json.dumps(conflict.theirs, ensure_ascii=False)
    if existing is None:
        session.add(
            SyncConflict(
                table_name=table,
                row_id=row,
                field=conflict.field,
                local_value=local,
                server_value=server,
                detected_at=now,
            )
        )
    else:
        existing.local_value = local
        existing.server_value = server
        existing.detected_at = now


def _default_device_name(office_title: str) -> str:
    try:
        host = socket.gethostname()
    except OSError:
        host = ""
    return f"{office_title} ({host})" if host else office_title


__all__ = [
    "RE_ENROLL",
    "Progress",
    "SyncClient",
    "SyncError",
    "SyncReport",
    "SyncStatus",
]


def _erase_received(session: Session, response: protocol.SyncResponse) -> None:
    """People anonymised on another PC (§16): this PC's own text of their records and what it
    keeps beside them (unsent or refused changes, conflicts, records set aside) lose the old
    values too."""
    from omil_desktop.services.erasure import erase_received  # only when one arrives

    people = {
        c.row for c in response.changes if c.table == "person" and c.fields.get("anonymised_on")
    }
    if response.snapshot is not None:
        people |= {
            r.row
            for r in response.snapshot.records
            if r.table == "person" and r.fields.get("anonymised_on")
        }
    if people:
        erase_received(session, people)
