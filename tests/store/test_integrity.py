"""A damaged or lost database is noticed at start-up, refused in Spanish, and never written to."""

from __future__ import annotations

import pytest

from omil_desktop.services.backups import Backups
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.backup import periodic_backup
from omil_desktop.store.engine import database_path
from omil_desktop.store.integrity import (
    DAMAGE_MARKER,
    CheckResult,
    DatabaseDamaged,
    DatabaseMissing,
    quick_check,
)
from tests.support.damage import damage_page, folder_state, office_with_people


@pytest.mark.parametrize("tree", ["ix_person_list", "person", "change_log"])
def test_a_malformed_file_is_refused_and_left_byte_for_byte(data_dir, tree):
    office_with_people(data_dir, 300)
    path = database_path(data_dir)
    damage_page(path, tree)
    before = folder_state(data_dir)

    with pytest.raises(DatabaseDamaged) as caught:
        Workspace(data_dir)

    message = str(caught.value)
    assert "está dañada y no se abrió" in message
    assert "el archivo no se modificó" in message
    assert "omil-desktop restore ARCHIVO" in message
    assert str(data_dir / "respaldos") in message
    assert folder_state(data_dir) == before  # not one byte, and no -wal/-shm created beside it
    assert sorted(p.name for p in data_dir.iterdir()) == ["omil.sqlite3"]


def test_a_file_that_is_not_sqlite_is_damaged_too(data_dir):
    data_dir.mkdir()
    garbage = bytes((i * 37 + 11) % 256 for i in range(8192))
    database_path(data_dir).write_bytes(garbage)

    with pytest.raises(DatabaseDamaged):
        Workspace(data_dir)

    assert database_path(data_dir).read_bytes() == garbage


def test_the_check_is_bounded_in_time_and_the_rest_is_checked_after_start(data_dir):
    """The window checks what fits in its budget; the background finishes and remembers."""
    office_with_people(data_dir, 600)
    path = database_path(data_dir)
    periodic_backup(data_dir)  # today's backup exists, so after-start only finishes the check
    damage_page(path, "change_log")  # far from the start of the file

    assert quick_check(path, budget_s=0.0) is CheckResult.PARTIAL
    workspace = Workspace(data_dir, check_budget=0.0)  # too little time to reach the damage
    assert workspace.startup_check is CheckResult.PARTIAL
    workspace.close()

    done = Backups(data_dir).after_start(CheckResult.PARTIAL)

    assert done.damaged is not None and done.backup is None
    assert (data_dir / DAMAGE_MARKER).is_file()
    before = folder_state(data_dir)
    # The next start refuses at once, even within a tiny budget.
    with pytest.raises(DatabaseDamaged):
        Workspace(data_dir, check_budget=0.0)
    assert folder_state(data_dir) == before


def test_a_sound_file_passes_whole_within_a_generous_budget(data_dir):
    office_with_people(data_dir, 50)
    assert quick_check(database_path(data_dir), budget_s=30.0) is CheckResult.OK
    workspace = Workspace(data_dir, check_budget=30.0)
    assert workspace.startup_check is CheckResult.OK
    workspace.close()


@pytest.mark.parametrize("evidence", ["backup", "log"])
@pytest.mark.parametrize("state", ["missing", "empty"])
def test_a_lost_database_where_an_office_worked_is_not_a_new_office(data_dir, evidence, state):
    office_with_people(data_dir, 3)
    path = database_path(data_dir)
    if evidence == "backup":
        periodic_backup(data_dir)
    else:
        (data_dir / "registro").mkdir()
        (data_dir / "registro" / "omil.log").write_text("2026-11-20 INFO started\n")
    if state == "missing":
        path.unlink()
    else:
        path.write_bytes(b"")
    before = folder_state(data_dir)

    with pytest.raises(DatabaseMissing) as caught:
        Workspace(data_dir)

    message = str(caught.value)
    assert ("está vacío" if state == "empty" else "no está") in message
    assert "ya se configuró una oficina" in message
    assert "omil-desktop restore ARCHIVO" in message
    assert "cambie el nombre de la carpeta de datos" in message
    assert folder_state(data_dir) == before
    assert path.exists() == (state == "empty")


def test_an_empty_file_in_a_folder_never_used_is_a_first_run(data_dir):
    data_dir.mkdir()
    database_path(data_dir).write_bytes(b"")
    workspace = Workspace(data_dir)
    try:
        assert workspace.office is None
        assert workspace.startup_check is CheckResult.NEW
    finally:
        workspace.close()
