"""One device's sync, as the bench's child process: sync until done, retrying after failures.

    python bench/sync/sync_child.py DATA_DIR [--max-failures N]

Prints one JSON line: elapsed seconds of the sync loop (after start-up), failed attempts, and the
transport's totals (compressed bodies sent and received, round trips) plus pushed/pulled counts.
The OS keyring is off (``PYTHON_KEYRING_BACKEND``), so the enrolment's credential file is used.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from omil_desktop.services.workspace import Workspace
from omil_desktop.sync.client import SyncClient
from omil_desktop.sync.transport import SyncError


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--max-failures", type=int, default=50)
    args = parser.parse_args()
    workspace = Workspace(args.data_dir)
    client = SyncClient(workspace)
    failures: list[str] = []
    pushed = pulled = 0
    started = time.monotonic()
    try:
        while True:
            try:
                report = client.sync()
            except SyncError as exc:
                failures.append(exc.kind)
                if len(failures) > args.max_failures:
                    raise
                continue
            pushed += report.pushed
            pulled += report.pulled
            break
        elapsed = time.monotonic() - started
        stats = client.transport.stats
        status = client.status()
        print(
            json.dumps(
                {
                    "elapsed": elapsed,
                    "failures": failures,
                    "bytes_sent": stats.bytes_sent,
                    "bytes_received": stats.bytes_received,
                    "round_trips": stats.round_trips,
                    "pushed_last_attempt": pushed,
                    "pulled_last_attempt": pulled,
                    "pending": status.pending,
                }
            ),
            flush=True,
        )
    finally:
        client.close()
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
