"""``omil-desktop workshops``: one line per workshop (id, tab, name, tab, sessions), oldest first,
run as the installed command."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from omil_desktop.app import main
from omil_desktop.domain.workshops import SessionData, WorkshopData, WorkshopModule
from omil_desktop.services.workspace import Workspace
from tests.support.folders import initialised_folder

COMMAND = Path(sys.executable).parent / ("omil-desktop.exe" if os.name == "nt" else "omil-desktop")


def run_installed(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(COMMAND), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def test_workshops_lists_id_name_and_sessions_oldest_first(tmp_path):
    data_dir = initialised_folder(tmp_path / "datos", "10404", "Ana")
    workspace = Workspace(data_dir)
    try:
        service = workspace.workshops
        later = service.create(
            WorkshopData(
                name="Búsqueda de empleo en Año Nuevo",
                modules=(WorkshopModule.JOB_SEARCH,),
                facilitator="Begoña Peña",
                starts_on=date(2026, 12, 1),
                ends_on=date(2026, 12, 10),
            )
        )
        earlier = service.create(
            WorkshopData(
                name="Currículum y entrevista",
                modules=(WorkshopModule.CV,),
                facilitator="Iñaki Muñoz",
                starts_on=date(2026, 11, 2),
                ends_on=date(2026, 11, 27),
            )
        )
        for day in (3, 10, 17):
            service.add_session(earlier, SessionData(date(2026, 11, day), "09:30", "12:30"))
        gone = service.create(
            WorkshopData(
                name="Eliminado",
                modules=(WorkshopModule.CV,),
                facilitator="X",
                starts_on=date(2026, 1, 1),
                ends_on=date(2026, 1, 1),
            )
        )
        service.delete(gone)
    finally:
        workspace.close()

    result = run_installed("--data-dir", str(data_dir), "workshops")

    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        f"{earlier}\tCurrículum y entrevista\t3",
        f"{later}\tBúsqueda de empleo en Año Nuevo\t0",
    ]


def test_workshops_of_an_office_without_any_prints_nothing(tmp_path, capsys):
    data_dir = initialised_folder(tmp_path / "datos", "10404", "Ana")
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "workshops"]) == 0
    assert capsys.readouterr() == ("", "")


def test_workshops_before_the_office_is_set_up_is_refused(tmp_path):
    (tmp_path / "nueva").mkdir()
    result = run_installed("--data-dir", str(tmp_path / "nueva"), "workshops")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "La oficina aún no está configurada" in result.stderr
