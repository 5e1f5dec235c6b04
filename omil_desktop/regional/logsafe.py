"""What a device sent, made safe for the server's log: one line, printable, bounded.

Every value a device provides (table, row and change ids, field names inside a reason, a device
name…) goes through :func:`loggable` before it reaches a log call, so a crafted value can neither
forge a log line nor flood the log.
"""

from __future__ import annotations

LOG_VALUE_MAX = 80
"""Characters of one device-provided value kept in a log line."""
REASON_LOG_MAX = 300
"""Characters of a refusal's reason kept (it may name fields the device sent)."""


def loggable(value: object, limit: int = LOG_VALUE_MAX) -> str:
    """``value`` as text with newlines, control and other non-printable characters escaped
    (``\\n``, ``\\x1b``, ``\\u2028``…) and cut to ``limit`` characters (``…`` marks the cut)."""
    text = str(value)
    cut = len(text) > limit
    if cut:
        text = text[:limit]
    if not text.isprintable():
        text = "".join(
            ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
        )
    return text + "…" if cut else text
