"""Fixtures shared by every test package: a real data folder and a valid person record."""

from __future__ import annotations

import os

# Widgets are real but drawn offscreen: the suite needs no display, whatever the environment says.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from datetime import date

import pytest

from omil_desktop.domain.people import PersonData, Sex
from omil_desktop.domain.rut import Rut
from omil_desktop.services.workspace import Workspace

OFFICE_COMUNA = "10404"  # Palena, Región de Los Lagos
OFFICER = "Ana Pérez"


@pytest.fixture
def data_dir(tmp_path):
    """A data folder that does not exist yet, as on a first run."""
    return tmp_path / "data"


@pytest.fixture
def workspace(data_dir):
    """A migrated database in ``data_dir`` whose office is Palena, run by Ana Pérez."""
    ws = Workspace(data_dir)
    ws.set_up_office(OFFICE_COMUNA, OFFICER)
    yield ws
    ws.close()


@pytest.fixture
def person_data():
    """Factory of valid :class:`PersonData`; keyword arguments replace single fields."""

    def make(**overrides) -> PersonData:
        values = {
            "first_names": "María José",
            "last_name_1": "Núñez",
            "last_name_2": "Pérez",
            "rut": Rut.parse("12.345.678-5"),
            "birth_date": date(1990, 5, 17),
            "sex": Sex.FEMALE,
            "comuna_code": OFFICE_COMUNA,
            "phone": "+56 9 1234 5678",
            "email": "maria.nunez@example.cl",
        }
        values.update(overrides)
        return PersonData(**values)

    return make
