"""Release numbers of OMIL Desktop (``0.2.0``): read and compared as numbers, never as text
(``0.10.0`` is newer than ``0.9.0``). Only plain releases are published: one to four numbers
separated by dots, no letters."""

from __future__ import annotations

import re

_RELEASE = re.compile(r"^\d{1,6}(\.\d{1,6}){0,3}$")


def parse_version(text: str | None) -> tuple[int, ...] | None:
    """``"0.2.0"`` → ``(0, 2, 0)``; None when ``text`` is no release number. Trailing zeros
    do not count (``0.2`` is ``0.2.0``)."""
    if text is None:
        return None
    text = text.strip()
    if not _RELEASE.match(text):
        return None
    parts = [int(p) for p in text.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def is_newer(candidate: str | None, current: str) -> bool:
    """Whether ``candidate`` is a release number greater than ``current``'s (False when either
    is not a release number)."""
    new, old = parse_version(candidate), parse_version(current)
    return new is not None and old is not None and new > old
