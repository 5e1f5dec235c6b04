"""Release numbers are compared as numbers (domain/versions.py)."""

from __future__ import annotations

import pytest

from omil_desktop.domain.versions import is_newer, parse_version


@pytest.mark.parametrize(
    ("candidate", "current", "newer"),
    [
        ("0.3.0", "0.2.0", True),
        ("0.10.0", "0.9.0", True),  # not as text
        ("1.0", "0.99.99", True),
        ("0.2.0", "0.2.0", False),
        ("0.2", "0.2.0", False),  # trailing zeros do not count
        ("0.1.9", "0.2.0", False),
        ("v0.3.0", "0.2.0", False),  # not a release number: never newer
        ("0.3.0-beta", "0.2.0", False),
        ("", "0.2.0", False),
        (None, "0.2.0", False),
    ],
)
def test_is_newer(candidate, current, newer):
    assert is_newer(candidate, current) is newer


def test_parse_version():
    assert parse_version(" 0.2.0 ") == (0, 2)
    assert parse_version("1.2.3.4") == (1, 2, 3, 4)
    assert parse_version("1.2.3.4.5") is None
    assert parse_version("0") == (0,)
