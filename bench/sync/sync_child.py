"""One device's sync, as the bench's child process, under one of two retry policies.

    python bench/sync/sync_child.py DATA_DIR [--policy app|immediate] [--max-seconds S]

``--policy app`` (the default) is the window's own: the real ``SyncController`` of
``omil_desktop.ui.sync.controller`` on a ``QCoreApplication``, started as the window starts it
(``start()``: the schedule, the platform's connectivity monitor, the first sync after
``FIRST_SYNC_DELAY_MS``). After a failed exchange it waits as the app waits: an offline or timed-out
sync is followed by ``GET /api/ping`` probes after the back-off of ``omil_desktop.sync.policy``
(``probe_wait_ms``) and a new sync when one answers; any other failure waits for the schedule
(``SCHEDULE_MS``). Nothing of the policy is copied here: the controller reads it from that module.
The only instrumentation is a ``SyncClient`` subclass that adds up each client's transport totals
when the controller closes it (the controller opens one client per sync and per probe).

``--policy immediate`` is the loop these numbers used before: one ``SyncClient``, ``sync()`` again
at once after each failure. No real PC behaves so; it is kept to show what the back-off costs.

Prints one JSON line: elapsed seconds from the start of the first sync to the end of the last
(start-up of the process and the first-sync delay excluded), failed attempts, the transports'
totals (compressed bodies sent and received, round trips), and what is left pending.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from omil_desktop.services.workspace import Workspace
from omil_desktop.sync import client as client_module
from omil_desktop.sync.transport import SyncError


def run_immediate(data_dir: Path, max_failures: int) -> dict[str, Any]:
    workspace = Workspace(data_dir)
    client = client_module.SyncClient(workspace)
    failures: list[str] = []
    started = time.monotonic()
    try:
        while True:
            try:
                client.sync()
            except SyncError as exc:
                failures.append(exc.kind)
                if len(failures) > max_failures:
                    raise
                continue
            break
        elapsed = time.monotonic() - started
        stats = client.transport.stats
        return {
            "policy": "immediate",
            "elapsed": elapsed,
            "failures": failures,
            "bytes_sent": stats.bytes_sent,
            "bytes_received": stats.bytes_received,
            "round_trips": stats.round_trips,
            "pending": client.status().pending,
        }
    finally:
        client.close()
        workspace.close()


def run_app_policy(data_dir: Path, max_seconds: float) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication([sys.argv[0]])
    totals = {"bytes_sent": 0, "bytes_received": 0, "round_trips": 0, "clients": 0}

    class CountingClient(client_module.SyncClient):
        def close(self) -> None:
            stats = self.transport.stats
            totals["bytes_sent"] += stats.bytes_sent
            totals["bytes_received"] += stats.bytes_received
            totals["round_trips"] += stats.round_trips
            totals["clients"] += 1
            super().close()

    client_module.SyncClient = CountingClient  # type: ignore[misc]  # the controller imports it late
    from omil_desktop.sync import policy
    from omil_desktop.ui.sync.controller import SyncController, SyncState

    workspace = Workspace(data_dir)
    controller = SyncController(workspace)
    timeline: list[dict[str, Any]] = []
    state: dict[str, Any] = {"first_sync": None, "end": None, "syncing": False, "timed_out": False}
    failures: list[str] = []
    origin = time.monotonic()

    def on_view(view: Any) -> None:
        now = time.monotonic()
        if view.state is SyncState.SYNCING:
            if not state["syncing"]:
                timeline.append({"t": round(now - origin, 2), "event": "sync"})
            state["syncing"] = True
            if state["first_sync"] is None:
                state["first_sync"] = now
            return
        if not state["syncing"]:
            return
        state["syncing"] = False
        if view.state in (SyncState.OFFLINE, SyncState.ERROR):
            failures.append(view.state.value)
            timeline.append({"t": round(now - origin, 2), "event": view.state.value})
            return
        timeline.append({"t": round(now - origin, 2), "event": view.state.value})
        if controller.status().pending == 0:
            state["end"] = now
            app.quit()

    def give_up() -> None:
        state["timed_out"] = True
        app.quit()

    controller.view_changed.connect(on_view)
    QTimer.singleShot(int(max_seconds * 1000), give_up)
    controller.start()
    app.exec()
    network = controller._network  # which connectivity backend the app found here, if any
    backend = network.backendName() if network is not None else None
    pending = controller.status().pending
    controller.shutdown()
    workspace.close()
    end = state["end"] if state["end"] is not None else time.monotonic()
    return {
        "policy": "app",
        "elapsed": end - (state["first_sync"] or origin),
        "first_sync_after_start_s": round((state["first_sync"] or origin) - origin, 2),
        "failures": failures,
        "timed_out": state["timed_out"],
        "timeline": timeline,
        "network_backend": backend,
        "cut_retry_ms": list(policy.CUT_RETRY_MS),
        "probe_backoff_ms": list(policy.PROBE_BACKOFF_MS),
        "schedule_ms": policy.SCHEDULE_MS,
        "first_sync_delay_ms": policy.FIRST_SYNC_DELAY_MS,
        "bytes_sent": totals["bytes_sent"],
        "bytes_received": totals["bytes_received"],
        "round_trips": totals["round_trips"],
        "clients_opened": totals["clients"],
        "pending": pending,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--policy", choices=("app", "immediate"), default="app")
    parser.add_argument("--max-failures", type=int, default=50, help="immediate policy only")
    parser.add_argument("--max-seconds", type=float, default=3 * 3600, help="app policy only")
    args = parser.parse_args()
    if args.policy == "app":
        result = run_app_policy(args.data_dir, args.max_seconds)
    else:
        result = run_immediate(args.data_dir, args.max_failures)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
