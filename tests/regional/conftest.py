"""Fixtures of the regional server tests: an HTTP client of the running server."""

from __future__ import annotations

import pytest

from tests.regional.client import Api


@pytest.fixture
def api(regional):
    """A client of the `regional` server (SQLite and PostgreSQL)."""
    client = Api(regional.url)
    yield client
    client.close()


@pytest.fixture
def sqlite_regional(regional_factory):
    """A running regional server over SQLite only (HTTP details that do not depend on the
    database)."""
    return regional_factory("sqlite")


@pytest.fixture
def sqlite_api(sqlite_regional):
    client = Api(sqlite_regional.url)
    yield client
    client.close()
