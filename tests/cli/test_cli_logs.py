"""The program log: ``omil-desktop sync``/``enroll`` write to ``registro/`` as the window does —
same file, same format, same rotation — and never a person's data."""

from __future__ import annotations

import logging
import re

import keyring
import pytest
from keyring.backends import fail

from omil_desktop import logs
from omil_desktop.app import main
from omil_desktop.domain.people import PersonData
from omil_desktop.domain.rut import Rut
from omil_desktop.services.workspace import Workspace
from tests.support.folders import initialised_folder

LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (INFO|WARNING|ERROR) \S+: ")


@pytest.fixture(autouse=True)
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def log_closed_after():
    level = logging.getLogger().level
    yield
    logs.stop_logging()
    logging.getLogger().setLevel(level)


def log_lines(data_dir) -> list[str]:
    text = (data_dir / "registro" / "omil.log").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if LINE.match(line)]


def test_sync_and_enroll_log_to_the_data_folder_without_personal_data(
    regional_factory, tmp_path, capsys
):
    server = regional_factory("sqlite")
    data_dir = initialised_folder(tmp_path / "datos", "10401", "Ana")
    assert not (data_dir / "registro").exists()  # set-up is not sync: it writes no log
    workspace = Workspace(data_dir)
    try:
        workspace.people.create(
            PersonData(
                first_names="Rosa",
                last_name_1="Millán",
                rut=Rut.parse("12.345.678-5"),
                comuna_code="10401",
                phone="+56 9 8765 4321",
            )
        )
    finally:
        workspace.close()

    enroll = ["enroll", "--data-dir", str(data_dir), "--server", server.url]
    assert main([*enroll, "--code", server.code("10401")]) == 0
    assert main(["sync", "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()

    lines = log_lines(data_dir)
    assert any("enrolled (protocol" in line for line in lines)
    assert any("sync done: pushed 2" in line for line in lines)  # the person, its audit entry
    whole = (data_dir / "registro" / "omil.log").read_text(encoding="utf-8")
    for personal in ("Rosa", "Millán", "12.345.678", "12345678", "8765"):
        assert personal not in whole


def test_the_window_log_is_the_same_set_up_and_rotates(tmp_path, monkeypatch):
    """The window's ``_log_to`` is the commands' set-up: same place, format and rotation."""
    from omil_desktop.ui.app import _log_to

    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    _log_to(tmp_path)
    _log_to(tmp_path)  # again (a second window in one process): still one handler
    logger = logging.getLogger("omil_desktop.prueba")
    for number in range(200):
        logger.info("line %d of the rotation test", number)

    folder = tmp_path / "registro"
    assert sorted(p.name for p in folder.iterdir()) == [
        "omil.log",
        "omil.log.1",
        "omil.log.2",
        "omil.log.3",
    ]
    lines = log_lines(tmp_path)
    assert lines and all("omil_desktop.prueba: line" in line for line in lines)
    assert len(set(lines)) == len(lines)  # each record written once
    assert (folder / "omil.log").stat().st_size <= 2000
