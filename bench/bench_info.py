"""What every benchmark writes beside its numbers: the app commit measured, the machine's load,
and where one run's time goes."""

from __future__ import annotations

import cProfile
import os
import pstats
import subprocess
from collections.abc import Callable, Mapping
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


def profile(
    run: Callable[[], object], out: Path, wanted: Mapping[tuple[str, str], str]
) -> list[tuple[str, float]]:
    """Cumulative seconds of the calls that tell where one run's time goes: ``wanted`` maps
    (file name, function name) to a label; the whole profile is written to ``out``."""
    profiler = cProfile.Profile()
    profiler.enable()
    run()
    profiler.disable()
    profiler.dump_stats(str(out))
    stats = pstats.Stats(profiler)
    found: dict[str, float] = {}
    for (file, _line, name), row in stats.stats.items():  # type: ignore[attr-defined]
        label = wanted.get((Path(file).name, name))
        if label is not None:
            found[label] = found.get(label, 0.0) + row[3]
    total = sum(row[2] for row in stats.stats.values())  # type: ignore[attr-defined]
    return [("total (profiled)", total), *sorted(found.items(), key=lambda kv: -kv[1])]
