"""One program at a time on a data folder; the lock dies with the process that held it."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from omil_desktop.app import main
from omil_desktop.store.lock import DataFolderInUse, DataFolderLock
from tests.support.damage import folder_state, office_with_people

HOLD = """
import sys, time
from pathlib import Path
from omil_desktop.store.lock import DataFolderLock
lock = DataFolderLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(120)
"""


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_second_holder_is_refused_in_spanish(data_dir):
    with DataFolderLock(data_dir):
        with pytest.raises(DataFolderInUse) as caught:
            DataFolderLock(data_dir).acquire()
        assert str(caught.value).startswith("OMIL Desktop ya está abierto con esta carpeta")
    DataFolderLock(data_dir).acquire().release()  # free again once released


def test_the_lock_goes_away_with_a_killed_process(data_dir):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(DataFolderInUse):
            DataFolderLock(data_dir).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)  # no clean-up code runs: the OS drops the lock
        holder.wait(30)
    DataFolderLock(data_dir).acquire().release()


@pytest.fixture
def office(tmp_path):
    data_dir = tmp_path / "datos"
    office_with_people(data_dir, 1)
    return data_dir


@pytest.mark.parametrize(
    "command",
    [
        ("init", "--comuna", "10404", "--officer", "Otra Persona"),
        ("import-people", "planilla.csv"),
        ("sync",),
        ("restore", "copia.sqlite3"),
    ],
)
def test_commands_that_must_be_alone_refuse_while_the_window_has_the_folder(
    office, capsys, command
):
    (office.parent / "planilla.csv").write_text("Nombres;Apellidos\nAna;Soto\n")
    before = folder_state(office)
    with DataFolderLock(office):  # what the window holds while it is open
        code, out, err = run(capsys, "--data-dir", office, *command)
    assert (code, out) == (2, "")
    assert err.startswith("Error: OMIL Desktop ya está abierto con esta carpeta de datos")
    assert folder_state(office) == before


def test_backup_and_export_work_beside_the_window(office, capsys, tmp_path):
    with DataFolderLock(office):
        assert run(capsys, "--data-dir", office, "backup")[0] == 0
        code, out, _ = run(capsys, "--data-dir", office, "export-people", tmp_path / "p.xlsx")
    assert code == 0 and out.startswith("Exportadas: 1 persona")
