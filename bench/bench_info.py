"""What every benchmark writes beside its numbers: the app commit measured, the machine's load."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def app_state() -> dict[str, Any]:
    """Which app code was measured (others may be changing it): commit, local edits, schema."""
    from omil_desktop.store.migrate import HEAD_REVISION

    changed = [
        line[3:] for line in _git("status", "--porcelain").splitlines() if " bench/" not in line
    ]
    return {
        "git_commit": _git("rev-parse", "--short", "HEAD"),
        "git_subject": _git("log", "-1", "--format=%s"),
        "uncommitted_changes": changed,
        "schema_revision": HEAD_REVISION,
    }


def load() -> list[float]:
    """The 1, 5 and 15-minute load averages (the machine is shared: read numbers beside it)."""
    return [round(x, 2) for x in os.getloadavg()]


def uptime() -> str:
    one, five, fifteen = load()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f}"
