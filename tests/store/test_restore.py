"""``omil-desktop backup`` and ``restore``: verified, nothing lost, nothing half-done."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing

import pytest

from omil_desktop.app import main
from omil_desktop.domain.people import PersonData
from omil_desktop.domain.rut import Rut
from omil_desktop.services.access import unlock_for_command
from omil_desktop.services.workspace import Workspace
from omil_desktop.store import restore as restore_module
from omil_desktop.store.backup import list_backups
from omil_desktop.store.engine import database_path
from omil_desktop.store.integrity import DAMAGE_MARKER
from omil_desktop.store.restore import SEQUENCE_MARGIN
from omil_desktop.store.vault import connect, is_plain_sqlite, key_for
from tests.support.damage import damage_page, digest, folder_state, office_with_people
from tests.support.unlocked import without_plain_warning


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, without_plain_warning(err)


def _open(path):
    """The database file at ``path`` (the folder's, a backup, one set aside), with the key of
    the data folder it belongs to when that folder is encrypted."""
    folder = next((p for p in path.parents if (p / "omil.llaves").is_file()), None)
    if folder is None or is_plain_sqlite(path):
        return sqlite3.connect(path)
    unlock_for_command(folder)
    return connect(path, key_for(folder))


def names(path) -> list[str]:
    with closing(_open(path)) as conn:
        return [r[0] for r in conn.execute("SELECT first_names FROM person ORDER BY sort_key")]


def add_person(data_dir, first_names: str, body: int) -> None:
    workspace = Workspace(data_dir)
    try:
        workspace.people.create(
            PersonData(
                first_names=first_names,
                last_name_1="Vera",
                rut=Rut.from_body(body),
                comuna_code="10404",
            ),
            allow_likely_duplicate=True,
        )
    finally:
        workspace.close()


def change_sequence(path) -> int:
    with closing(_open(path)) as conn:
        return conn.execute("SELECT seq FROM sqlite_sequence WHERE name='change_log'").fetchone()[0]


@pytest.fixture
def office(tmp_path):
    data_dir = tmp_path / "datos"
    office_with_people(data_dir, 2)
    return data_dir


def test_backup_then_restore_brings_the_data_back_and_keeps_the_replaced_one(office, capsys):
    code, out, err = run(capsys, "--data-dir", office, "backup")
    assert (code, err) == (0, "")
    (backup,) = list_backups(database_path(office))
    assert out == f"Copia de respaldo verificada: {backup} (2 personas).\n"
    add_person(office, "Rosa", 15_000_000)
    assert "Rosa" in names(database_path(office))
    replaced = digest(database_path(office))

    code, out, err = run(capsys, "restore", backup, "--data-dir", office)

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Copia restaurada: los datos del ")
    assert lines[0].endswith("(2 personas) están de nuevo en uso.")
    (aside,) = (office / "apartadas").glob("*-antes-de-restaurar.sqlite3")
    assert lines[1] == f"La base de datos que se reemplazó quedó guardada en {aside}."
    assert names(database_path(office)) == ["Persona 0", "Persona 1"]
    assert digest(aside) == replaced and "Rosa" in names(aside)  # kept, never deleted
    workspace = Workspace(office)  # and the restored database opens and works
    try:
        assert workspace.people.counts()[0] == 2
    finally:
        workspace.close()


def test_restore_keeps_change_numbers_growing_for_the_regional_server(office, capsys):
    assert run(capsys, "--data-dir", office, "backup")[0] == 0
    (backup,) = list_backups(database_path(office))
    for body in range(15_000_000, 15_000_005):
        add_person(office, f"Nueva {body}", body)
    seen_by_server = change_sequence(database_path(office))

    assert run(capsys, "--data-dir", office, "restore", backup)[0] == 0

    assert change_sequence(database_path(office)) >= seen_by_server
    add_person(office, "Después", 16_000_000)
    assert change_sequence(database_path(office)) > seen_by_server


def test_damaged_database_the_cli_points_to_the_newest_sound_backup(office, capsys):
    assert run(capsys, "--data-dir", office, "backup")[0] == 0
    (backup,) = list_backups(database_path(office))
    add_person(office, "Rosa", 15_000_000)
    seen_by_server = change_sequence(database_path(office))
    damage_page(database_path(office), "person")
    damaged = digest(database_path(office))

    code, out, err = run(capsys, "--data-dir", office, "export-people", office / "x.xlsx")

    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert lines[0].startswith("Error: La base de datos de la oficina")
    assert "está dañada y no se abrió" in lines[0]
    assert lines[1].startswith("Copia de respaldo más reciente en buen estado: ")
    assert lines[1].endswith("(2 personas). Para volver a ella:")
    command = f'omil-desktop --data-dir "{office}" restore "{backup}"'
    assert lines[2] == "  " + command
    assert digest(database_path(office)) == damaged

    code, out, err = run(capsys, "--data-dir", office, "restore", backup)  # what it said to type

    assert (code, err) == (0, "")
    (aside,) = (office / "apartadas").glob("*-antes-de-restaurar.sqlite3")
    assert digest(aside) == damaged
    assert names(database_path(office)) == ["Persona 0", "Persona 1"]
    assert not (office / DAMAGE_MARKER).exists()
    assert change_sequence(database_path(office)) >= seen_by_server


def test_lost_database_is_restored_from_the_backups_folder(office, capsys):
    assert run(capsys, "--data-dir", office, "backup")[0] == 0
    (backup,) = list_backups(database_path(office))
    database_path(office).unlink()

    code, out, err = run(
        capsys, "--data-dir", office, "init", "--comuna", "10404", "--officer", "Ana"
    )
    assert (code, out) == (2, "")
    assert "no está, aunque en esta carpeta ya se configuró una oficina" in err
    assert not database_path(office).exists()  # no new, empty office took its place

    code, out, _ = run(capsys, "--data-dir", office, "restore", backup)
    assert code == 0
    assert "quedó guardada" not in out  # there was no database to set aside
    assert names(database_path(office)) == ["Persona 0", "Persona 1"]
    # Nothing says which change numbers the server saw last: they jump far past the backup's.
    assert change_sequence(database_path(office)) >= change_sequence(backup) + SEQUENCE_MARGIN


def refused(capsys, office, backup) -> str:
    before = folder_state(office)
    code, out, err = run(capsys, "--data-dir", office, "restore", backup)
    assert (code, out) == (1, "")
    assert folder_state(office) == before
    assert not (office / "apartadas").exists()
    return err


def test_a_damaged_backup_is_refused(office, capsys, tmp_path):
    copy = tmp_path / "copia.sqlite3"
    assert run(capsys, "--data-dir", office, "backup", copy)[0] == 0
    damage_page(copy, "person")
    err = refused(capsys, office, copy)
    assert err == (
        "Error: La copia copia.sqlite3 está dañada (no pasó la revisión de integridad); no se "
        "usó. Elija otra copia, por ejemplo una anterior.\n"
    )


def test_a_file_that_is_not_an_omil_backup_is_refused(office, capsys, tmp_path):
    recipes = tmp_path / "recetas.sqlite3"
    with closing(sqlite3.connect(recipes)) as conn:
        conn.execute("CREATE TABLE recetas (nombre TEXT)")
        conn.commit()
    sheet = tmp_path / "planilla.xlsx"
    sheet.write_bytes(b"PK\x03\x04 not a database")
    assert "no es una copia de respaldo de OMIL Desktop" in refused(capsys, office, recipes)
    assert "no es una base de datos SQLite" in refused(capsys, office, sheet)
    assert "No se encuentra el archivo" in refused(capsys, office, tmp_path / "no-existe.sqlite3")


def test_a_backup_from_a_newer_program_is_refused(office, capsys, tmp_path):
    copy = tmp_path / "nueva.sqlite3"
    assert run(capsys, "--data-dir", office, "backup", copy)[0] == 0
    with closing(sqlite3.connect(copy)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.commit()
    assert "fue hecha por una versión más nueva de OMIL Desktop" in refused(capsys, office, copy)


def test_a_backup_of_another_office_is_refused(office, capsys, tmp_path):
    other = tmp_path / "futaleufu"
    office_with_people(other, 1, comuna="10402")
    copy = tmp_path / "de-futaleufu.sqlite3"
    assert run(capsys, "--data-dir", other, "backup", copy)[0] == 0
    err = refused(capsys, office, copy)
    assert "es de otra oficina (OMIL Futaleufú)" in err
    assert "esta carpeta de datos es de la OMIL Palena" in err


def test_another_office_is_refused_even_when_the_database_is_unreadable(office, capsys, tmp_path):
    assert run(capsys, "--data-dir", office, "backup")[0] == 0  # says the folder is Palena's
    other = tmp_path / "futaleufu"
    office_with_people(other, 1, comuna="10402")
    copy = tmp_path / "de-futaleufu.sqlite3"
    assert run(capsys, "--data-dir", other, "backup", copy)[0] == 0
    database_path(office).write_bytes(b"\x00" * 4096)
    assert "es de otra oficina (OMIL Futaleufú)" in refused(capsys, office, copy)


def test_the_database_in_use_is_not_its_own_backup(office, capsys):
    assert "es la base de datos en uso" in refused(capsys, office, database_path(office))


def test_a_failure_while_swapping_puts_everything_back(office, capsys, monkeypatch):
    assert run(capsys, "--data-dir", office, "backup")[0] == 0
    (backup,) = list_backups(database_path(office))
    add_person(office, "Rosa", 15_000_000)
    before = folder_state(office)
    real_replace = os.replace

    def replace(src, dst):
        if str(src).endswith(".restaurando"):  # the last step: the copy into place
            raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(restore_module.os, "replace", replace)
    code, out, err = run(capsys, "--data-dir", office, "restore", backup)

    assert (code, out) == (2, "")
    assert err.startswith("Error: No se pudo leer o escribir el archivo de datos (error del disco:")
    assert folder_state(office) == before  # the current database is back, nothing else left
    assert list((office / "apartadas").iterdir()) == []
    assert "Rosa" in names(database_path(office))
