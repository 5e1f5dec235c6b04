"""Sync in the background: on demand, on a schedule, and when the link comes back.

The :class:`SyncController` lives on the GUI thread; the sync itself runs in a worker object on its
own ``QThread`` so the window never freezes on a 128 kbit/s link. Connectivity comes from
``QNetworkInformation`` where the platform has a backend; otherwise a cheap probe of the server
(``GET /api/ping``) is tried with a growing back-off. When the window closes, the request in
flight is cancelled and the thread waited for with a bound (:meth:`SyncController.shutdown`).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QObject, QThread, QTimer, Signal, Slot

from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.workspace import Workspace
from omil_desktop.sync.policy import (  # module names of their own: a test can shorten them
    CUT_RETRY_MS,
    FIRST_SYNC_DELAY_MS,
    PROBE_BACKOFF_MS,
    SCHEDULE_MS,
    probe_wait_ms,
)
from omil_desktop.sync.status import SyncStatus, read_status

if TYPE_CHECKING:
    from PySide6.QtNetwork import QNetworkInformation  # loaded lazily: not on the start-up path

    from omil_desktop.sync.client import SyncClient, SyncReport
    from omil_desktop.sync.transport import Transport

log = logging.getLogger(__name__)

SHUTDOWN_WAIT_MS = 2000
"""How long closing the window waits for the sync thread once its request is cancelled."""

PROBE_TIMEOUT_S = 5.0
"""A probe is a ping: the server answers it at once, or the link is not back yet."""

STORAGE = "storage"
"""Failure kind: the local database refused (locked, disk full, damaged); see StorageError."""
BUG = "bug"


class SyncState(Enum):
    NOT_ENROLLED = "not_enrolled"
    UP_TO_DATE = "up_to_date"
    PENDING = "pending"
    SYNCING = "syncing"
    OFFLINE = "offline"
    ERROR = "error"


@dataclass(frozen=True)
class SyncView:
    """What the status bar shows."""

    state: SyncState
    text: str
    reason: str = ""


def _offline(kind: str) -> bool:
    from omil_desktop.sync.transport import CUT, OFFLINE, TIMEOUT

    return kind in (OFFLINE, TIMEOUT, CUT)


def _cut(kind: str) -> bool:
    """The link worked and dropped mid-exchange: worth trying again soon."""
    from omil_desktop.sync.transport import CUT, TIMEOUT

    return kind in (CUT, TIMEOUT)


_SYNC_BUG = "Error inesperado al sincronizar; quedó en el registro."
_ENROLL_BUG = "Error inesperado al inscribir; quedó en el registro."


class _Worker(QObject):
    """Runs in the sync thread: one sync, enrollment or probe at a time.

    Every slot is guarded: whatever it raises is logged (type and where, never the message) and
    reported back, so the thread lives on and the controller is never left busy. :meth:`stop`,
    called from the GUI thread, abandons the request in flight.
    """

    progress = Signal(int, int)
    synced = Signal(object)  # SyncReport
    failed = Signal(str, str)  # kind, Spanish message
    probed = Signal(bool)
    enrolled = Signal()
    enroll_failed = Signal(str)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        self._lock = threading.Lock()
        self._stopping = False
        self._transport: Transport | None = None

    @property
    def stopping(self) -> bool:
        return self._stopping

    def stop(self) -> None:
        """No new exchange, and the one in flight gives up at once (any thread)."""
        with self._lock:
            self._stopping = True
            transport = self._transport
        if transport is not None:
            transport.cancel()

    @contextmanager
    def _client(self) -> Iterator[SyncClient]:
        """A client whose transport :meth:`stop` can cancel. The sync stack (httpx, pydantic)
        is imported here, on first use, so it stays off the start-up path."""
        from omil_desktop.sync.client import SyncClient
        from omil_desktop.sync.transport import Transport

        transport = Transport()
        with self._lock:
            self._transport = transport
            if self._stopping:
                transport.cancel()
        try:
            with SyncClient(self._workspace, transport=transport) as client:
                yield client
        finally:
            with self._lock:
                self._transport = None
            transport.close()

    @Slot()
    def run_sync(self) -> None:
        from omil_desktop.sync.transport import SyncError

        try:
            with self._client() as client:
                report = client.sync(progress=self._progress, should_stop=lambda: self._stopping)
        except SyncError as exc:
            self.failed.emit(exc.kind, exc.message)
        except StorageError as exc:  # locked, full, damaged: the officer can act on it
            log.warning("sync stopped by the local database (%s)", type(exc).__name__)
            self.failed.emit(STORAGE, str(exc))
        except Exception as exc:  # a bug must not kill the sync thread
            _log_bug("sync", exc)
            self.failed.emit(BUG, _SYNC_BUG)
        else:
            self.synced.emit(report)

    def _progress(self, report: SyncReport) -> None:
        self.progress.emit(report.pushed, report.pushed + report.remaining)

    @Slot(str, str, str)
    def run_enroll(self, server_url: str, code: str, device_name: str) -> None:
        from omil_desktop.sync.transport import SyncError

        try:
            with self._client() as client:
                client.enroll(server_url, code, device_name or None)
        except SyncError as exc:
            self.enroll_failed.emit(exc.message)
        except (StorageError, ServiceError) as exc:
            log.warning("enrollment refused locally (%s)", type(exc).__name__)
            self.enroll_failed.emit(str(exc))
        except Exception as exc:  # a bug must not kill the sync thread
            _log_bug("enrollment", exc)
            self.enroll_failed.emit(_ENROLL_BUG)
        else:
            self.enrolled.emit()

    @Slot()
    def run_probe(self) -> None:
        try:
            with self._client() as client:
                reachable = client.probe(timeout=PROBE_TIMEOUT_S)
        except StorageError as exc:
            log.warning("probe stopped by the local database (%s)", type(exc).__name__)
            reachable = False
        except Exception as exc:  # a bug must not kill the sync thread
            _log_bug("probe", exc)
            reachable = False
        self.probed.emit(reachable)


class SyncController(QObject):
    """The window's handle on sync: state for the status bar, a button, a schedule."""

    view_changed = Signal(object)  # SyncView
    progress = Signal(int, int)
    data_changed = Signal()
    """Records arrived from the server (pages should refresh)."""
    enrolled = Signal()
    enroll_failed = Signal(str)
    """A Spanish message: why the enrollment did not go through."""

    _start_sync = Signal()
    _start_enroll = Signal(str, str, str)
    _start_probe = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._busy = False
        self._offline = False
        self._failure: tuple[str, str] | None = None
        self._probe_step = 0

        self._thread = QThread(self)
        self._thread.setObjectName("omil-sync")
        self._worker = _Worker(workspace)
        self._worker.moveToThread(self._thread)
        self._start_sync.connect(self._worker.run_sync)
        self._start_probe.connect(self._worker.run_probe)
        self._start_enroll.connect(self._worker.run_enroll)
        self._worker.enrolled.connect(self._on_enrolled)
        self._worker.enroll_failed.connect(self._on_enroll_failed)
        self._worker.synced.connect(self._on_synced)
        self._worker.failed.connect(self._on_failed)
        self._worker.probed.connect(self._on_probed)
        self._worker.progress.connect(self.progress)
        self._worker.progress.connect(self._on_progress)
        self._thread.start()

        self._schedule = QTimer(self)
        self._schedule.setInterval(SCHEDULE_MS)
        self._schedule.timeout.connect(self.sync_now)
        self._probe_timer = QTimer(self)
        self._probe_timer.setSingleShot(True)
        self._probe_timer.timeout.connect(self._probe)
        self._quick_retries = 0
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self.sync_now)
        self._network: QNetworkInformation | None = None

    # -- what the window calls -----------------------------------------------------------

    def start(self) -> None:
        """Begin the schedule (and a first sync soon after start-up, if enrolled).

        Called once the window is on screen, so nothing here slows the start-up; not at all
        if the window was closed first.
        """
        if self._worker.stopping:
            return
        self._network = _network_information()
        if self._network is not None:
            self._network.reachabilityChanged.connect(self._reachability_changed)
        self._schedule.start()
        if self._enrolled():
            QTimer.singleShot(FIRST_SYNC_DELAY_MS, self.sync_now)
        self.refresh()

    def status(self) -> SyncStatus:
        return read_status(self._workspace.db)

    def _enrolled(self) -> bool:
        """Enrolled, as far as the database can be read now (the view says why if not)."""
        try:
            return self.status().enrolled
        except StorageError:
            return False

    @property
    def busy(self) -> bool:
        return self._busy

    @Slot()
    def sync_now(self) -> None:
        if self._busy or self._worker.stopping or not self._enrolled():
            self.refresh()
            return
        self._busy = True
        self._probe_timer.stop()
        self._retry_timer.stop()
        self.refresh()
        self._start_sync.emit()

    def enroll(self, server_url: str, code: str, device_name: str = "") -> None:
        """Enroll in the background; ``enrolled`` or ``enroll_failed`` tells how it went."""
        if self._busy:
            self.enroll_failed.emit(self.tr("Espere a que termine la sincronización en curso."))
            return
        self._busy = True
        self.refresh()
        self._start_enroll.emit(server_url, code, device_name)

    def refresh(self) -> None:
        """Recompute the status bar text (after a local save, an enrollment, a sync)."""
        self.view_changed.emit(self.view())

    def view(self) -> SyncView:
        try:
            status = self.status()
        except StorageError as exc:  # the database cannot be read now: say why
            return SyncView(SyncState.ERROR, self.tr("Error de sincronización"), str(exc))
        if not status.enrolled:
            return SyncView(SyncState.NOT_ENROLLED, self.tr("Sincronización: no inscrito"))
        if self._busy:
            return SyncView(SyncState.SYNCING, self.tr("Sincronizando…"))
        if self._offline:
            reason = self._failure[1] if self._failure else ""
            text = self.tr("Sin conexión")
            if status.pending:
                text += " · " + self._pending(status.pending)
            return SyncView(SyncState.OFFLINE, text, reason)
        if self._failure is not None or status.refused:
            reason = (
                self._failure[1]
                if self._failure
                else self.tr(
                    "%Ln cambio(s) rechazado(s) por el servidor regional", "", status.refused
                )
            )
            return SyncView(SyncState.ERROR, self.tr("Error de sincronización"), reason)
        if status.pending:
            return SyncView(SyncState.PENDING, self._pending(status.pending))
        text = self.tr("Al día")
        if status.conflicts:
            text += " · " + self.tr("%Ln conflicto(s) por decidir", "", status.conflicts)
        if status.set_aside:
            text += " · " + self.tr("%Ln registro(s) recibido(s) apartado(s)", "", status.set_aside)
        return SyncView(SyncState.UP_TO_DATE, text)

    def _pending(self, count: int) -> str:
        return self.tr("%Ln cambio(s) pendiente(s)", "", count)

    def shutdown(self, wait_ms: int | None = None) -> bool:
        """Stop the sync thread when the window closes; ``True`` if it stopped within
        ``wait_ms`` (by default :data:`SHUTDOWN_WAIT_MS`).

        The request in flight (sync, enrollment or probe) is cancelled first, so the thread is
        never waited for on the network: a cancelled exchange is a cut link, and what was not
        acknowledged stays to be sent. If the thread is still busy after ``wait_ms`` it is in
        local work (finishing one transaction, or waiting out a database lock, which the
        database's busy timeout bounds): that is waited for, as stopping it half-way is not an
        option for a thread.
        """
        self._schedule.stop()
        self._probe_timer.stop()
        self._retry_timer.stop()
        self._worker.stop()
        self._thread.quit()
        wait_ms = SHUTDOWN_WAIT_MS if wait_ms is None else wait_ms
        if self._thread.wait(QDeadlineTimer(wait_ms)):
            return True
        log.warning("sync thread still in local work %d ms after cancelling; waiting", wait_ms)
        self._thread.wait()
        return False

    # -- results from the worker ---------------------------------------------------------

    def _on_synced(self, report: object) -> None:
        if self._worker.stopping:  # the window has closed
            return
        self._busy = False
        self._offline = False
        self._failure = None
        self._probe_step = 0
        self._quick_retries = 0
        if getattr(report, "pulled", 0):
            self.data_changed.emit()
        self.refresh()

    def _on_enrolled(self) -> None:
        if self._worker.stopping:
            return
        self._busy = False
        self._failure = None
        self._offline = False
        self.enrolled.emit()
        self.sync_now()

    def _on_enroll_failed(self, message: str) -> None:
        if self._worker.stopping:
            return
        self._busy = False
        self.enroll_failed.emit(message)
        self.refresh()

    def _on_progress(self, _done: int, _total: int) -> None:
        # An exchange went through: the link works, so a later cut in this sync starts again
        # at the first short wait instead of moving on towards the probe back-off.
        self._quick_retries = 0

    def _on_failed(self, kind: str, message: str) -> None:
        if self._worker.stopping:
            return
        self._busy = False
        self._failure = (kind, message)
        self._offline = _offline(kind)
        if _cut(kind) and self._quick_retries < len(CUT_RETRY_MS):
            self._retry_timer.start(CUT_RETRY_MS[self._quick_retries])
            self._quick_retries += 1
        elif self._offline:
            self._schedule_probe()
        self.refresh()

    def _on_probed(self, reachable: bool) -> None:
        if self._worker.stopping:
            return
        if reachable:
            self._probe_step = 0
            self.sync_now()
        else:
            self._schedule_probe()

    def _schedule_probe(self) -> None:
        if self._network is not None and _disconnected(self._network):
            return  # the platform will tell us when the link is back
        wait = probe_wait_ms(self._probe_step, PROBE_BACKOFF_MS)
        self._probe_step += 1
        self._probe_timer.start(wait)

    def _probe(self) -> None:
        if not self._busy and not self._worker.stopping:
            self._start_probe.emit()

    def _reachability_changed(self, _reachability: object) -> None:
        if self._network is not None and not _disconnected(self._network) and self._offline:
            self._probe_step = 0
            self._probe_timer.start(1000)


def _log_bug(during: str, exc: Exception) -> None:
    """Type and where, never the message: it may hold personal data."""
    where = "".join(traceback.format_tb(exc.__traceback__))
    log.error("Unexpected %s during %s\n%s", type(exc).__name__, during, where)


def _network_information() -> QNetworkInformation | None:
    """The platform's connectivity monitor, when this Qt build has a backend for it."""
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:
        return None
    if not QNetworkInformation.loadDefaultBackend():
        return None
    return QNetworkInformation.instance()


def _disconnected(network: QNetworkInformation) -> bool:
    """The platform knows there is no link at all (Unknown still deserves a probe)."""
    from PySide6.QtNetwork import QNetworkInformation

    return bool(network.reachability() == QNetworkInformation.Reachability.Disconnected)
