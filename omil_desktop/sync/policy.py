"""When the program syncs and how it retries: one policy for the window and the benchmarks.

Pure constants and arithmetic (no Qt, no HTTP), so the sync benchmark measures the same retry
behaviour the officer's PC has, and the window's controller schedules by it.
"""

from __future__ import annotations

SCHEDULE_MS = 15 * 60 * 1000
"""A sync every 15 minutes while the link is up."""
FIRST_SYNC_DELAY_MS = 3000
"""The first sync after the window opens (enrolled PCs only)."""
PROBE_BACKOFF_MS = (30_000, 60_000, 120_000, 300_000, 600_000)
"""Waits between probes while the server is unreachable (the last one repeats)."""


CUT_RETRY_MS = (2_000, 10_000)
"""Waits before trying the sync again after a link that worked dropped in the middle of an
exchange (a cut or a timeout): it is likely back at once. They count cuts in a row: an exchange
that goes through starts them over. After these, the probe back-off."""


def probe_wait_ms(step: int, backoff: tuple[int, ...] = PROBE_BACKOFF_MS) -> int:
    """The wait before probe number ``step`` (0-based) after a failed sync."""
    return backoff[min(step, len(backoff) - 1)]
