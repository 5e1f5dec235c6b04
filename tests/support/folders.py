"""A folder no file can be written in (a USB stick locked against writing), as a fixture:
import it into a test module that uses it."""

from __future__ import annotations

from pathlib import Path

import pytest

from omil_desktop.services.device_settings import write_problem


@pytest.fixture
def read_only_folder(tmp_path):
    """Permission bits stop every user but root; running as root (a container), the kernel's
    /sys is such a folder for everyone."""
    folder = tmp_path / "protegido"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder if write_problem(folder) is not None else Path("/sys")
    folder.chmod(0o755)
