"""One small demo region per test process, shared by the demo region's and the report's tests
(building it is the slow part: every office's records go through the sync exchange)."""

from __future__ import annotations

from datetime import datetime

import pytest

from omil_desktop.regional.demo import DemoRegion, build_demo_region
from omil_desktop.regional.service import RegionalService

NOW = datetime(2026, 11, 27, 15, 30)
SCALE = 0.04
"""Offices of 12 to 72 people: the whole region in a few seconds."""


def build(folder) -> tuple[RegionalService, DemoRegion]:
    service = RegionalService.open(data_dir=folder)
    return service, build_demo_region(service, now=NOW, scale=SCALE)


@pytest.fixture(scope="session")
def demo_region(tmp_path_factory):
    """(service, what was built, its data folder) of the shared demo region; read it only."""
    folder = tmp_path_factory.mktemp("demo-region")
    service, built = build(folder)
    yield service, built, folder
    service.close()
