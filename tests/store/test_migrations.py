"""Start-up migrations: backup first, refuse what is not ours or is too new, never lose rows."""

from __future__ import annotations

import os
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from omil_desktop.store.backup import BACKUP_DIRNAME, KEEP_BACKUPS, list_backups
from omil_desktop.store.engine import create_sqlite_engine, database_path
from omil_desktop.store.errors import DatabaseTooNew, StorageError
from omil_desktop.store.migrate import HEAD_REVISION, _alembic_config, migrate, read_revision
from omil_desktop.store.models import Base

OFFICE_ROW = ("office-1", "10404", "Ana Pérez", "2026-01-05 10:00:00.000000")
PERSON_ROW = {
    "id": "0190a1b2-0000-7000-8000-000000000001",
    "office_code": "10404",
    "created_at": "2026-01-05 10:00:00.000000",
    "updated_at": "2026-01-05 10:00:00.000000",
    "deleted_at": None,
    "rut": "12345678-5",
    "document_type": None,
    "document_number": "",
    "document_country": "",
    "first_names": "María José",
    "last_name_1": "Núñez",
    "last_name_2": "Pérez",
    "birth_date": "1990-05-17",
    "sex": "F",
    "nationality": "Chilena",
    "comuna_code": "10404",
    "address": "Calle Pedro Montt 123",
    "phone": "+56 9 1234 5678",
    "email": "maria@example.cl",
    "education_level": "media_completa",
    "job_status": "cesante",
    "occupation": "Temporera",
    "experience": "Salmonera",
    "has_disability": 0,
    "rnd_registered": 0,
    "woman_head_of_household": 1,
    "migrant": 0,
    "indigenous": 1,
    "unemployment_insurance": "fcs",
    "bne_registered_on": "2025-03-01",
    "consent_on": "2025-03-01",
    "consent_method": "firma",
    "notes": "",
    "active": 1,
    "search_key": "123456785 maria jose nunez perez",
    "sort_key": "nunez perez maria jose",
}


def tables(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def query(path, sql, *params):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def fill_at_0001(path) -> None:
    """Rows as the first released version wrote them (office, one person, one change)."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO office VALUES (?, ?, ?, ?)", OFFICE_ROW)
        columns = ", ".join(PERSON_ROW)
        marks = ", ".join("?" for _ in PERSON_ROW)
        conn.execute(f"INSERT INTO person ({columns}) VALUES ({marks})", tuple(PERSON_ROW.values()))
        conn.execute(
            "INSERT INTO change_log (change_id, table_name, row_id, op, payload, recorded_at) "
            "VALUES ('c-1', 'person', ?, 'insert', '{}', '2026-01-05 10:00:00.000000')",
            (PERSON_ROW["id"],),
        )
    conn.close()


def revert_to_0001(path) -> None:
    """Downgrade to 0001 straight through Alembic (no backup), so the next start-up migrates."""
    config = _alembic_config(path)
    engine = create_sqlite_engine(path)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
    finally:
        engine.dispose()


def test_head_revision_constant_is_alembics_head(tmp_path):
    script = ScriptDirectory.from_config(_alembic_config(tmp_path / "x.sqlite3"))
    assert script.get_heads() == [HEAD_REVISION]


def test_empty_folder_is_migrated_to_head_without_backup(data_dir):
    path = migrate(data_dir)

    assert path == database_path(data_dir)
    assert {"office", "person", "attention", "change_log", "alembic_version"} <= tables(path)
    assert read_revision(path) == HEAD_REVISION
    assert query(path, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert list_backups(path) == []


def test_up_to_date_database_opens_without_backup_or_change(data_dir):
    path = migrate(data_dir)
    before = path.read_bytes()

    assert migrate(data_dir) == path

    assert path.read_bytes() == before
    assert list_backups(path) == []


def test_migration_from_0001_keeps_existing_rows(data_dir):
    path = migrate(data_dir, target="0001")
    assert read_revision(path) == "0001"
    assert "attention" not in tables(path)
    fill_at_0001(path)

    migrate(data_dir)

    assert read_revision(path) == HEAD_REVISION
    assert "attention" in tables(path)
    assert query(path, "SELECT * FROM office") == [(*OFFICE_ROW, "", "carta", None, 10, None)]
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    person = dict(conn.execute("SELECT * FROM person").fetchone())
    changes = conn.execute("SELECT change_id, row_id FROM change_log").fetchall()
    conn.close()
    assert person == {
        **PERSON_ROW,
        "shared": 0,
        "legal_basis": "funcion_legal",
        "anonymised_on": None,
    }
    assert [tuple(c) for c in changes] == [("c-1", PERSON_ROW["id"])]
    # And the migrated file is usable: an atención can now be given to the old person.
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(
            "INSERT INTO attention (id, office_code, created_at, updated_at, person_id, date, "
            "kind, notes) VALUES ('a-1', '10404', '2026-02-01', '2026-02-01', ?, '2026-02-01', "
            "'orientacion', '')",
            (PERSON_ROW["id"],),
        )
    conn.close()


def test_change_log_sequence_is_never_reused_after_0004(data_dir):
    """The server refuses reordered batches by the device's sequence: it must never go back."""
    path = migrate(data_dir, target="0003")
    fill_at_0001(path)
    migrate(data_dir)
    conn = sqlite3.connect(path)
    with conn:
        (last,) = conn.execute("SELECT max(seq) FROM change_log").fetchone()
        conn.execute("DELETE FROM change_log")
        conn.execute(
            "INSERT INTO change_log (change_id, table_name, row_id, op, payload, recorded_at) "
            "VALUES ('c-2', 'person', 'p', 'update', '{}', '2026-02-01')"
        )
    (seq, base) = conn.execute("SELECT seq, base_seq FROM change_log").fetchone()
    conn.close()
    assert seq > last
    assert base == 0


def test_backup_is_taken_before_migrating_and_is_the_old_database(data_dir):
    path = migrate(data_dir, target="0001")
    fill_at_0001(path)
    assert list_backups(path) == []

    migrate(data_dir)

    backups = list_backups(path)
    assert len(backups) == 1
    backup = backups[0]
    assert backup.parent == data_dir / BACKUP_DIRNAME
    assert "0001" in backup.name
    # A real, readable SQLite database at the old revision, with the old rows.
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert conn.execute("SELECT first_names FROM person").fetchall() == [("María José",)]
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "attention" not in names
    finally:
        conn.close()


def test_backup_includes_commits_still_in_the_wal(data_dir):
    path = migrate(data_dir, target="0001")
    # A reader kept open stops the last writer from checkpointing the WAL on close.
    reader = sqlite3.connect(path)
    reader.execute("SELECT 1 FROM office").fetchall()
    try:
        fill_at_0001(path)
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0

        migrate(data_dir)
    finally:
        reader.close()

    (backup,) = list_backups(path)
    assert query(backup, "SELECT rut FROM person") == [("12345678-5",)]


def test_only_the_newest_backups_are_kept(data_dir):
    path = migrate(data_dir, target="0001")
    made = []
    for _ in range(KEEP_BACKUPS + 2):
        migrate(data_dir)
        made.append(set(list_backups(path)))
        revert_to_0001(path)

    backups = list_backups(path)
    assert len(backups) == KEEP_BACKUPS
    assert len(list((data_dir / BACKUP_DIRNAME).iterdir())) == KEEP_BACKUPS
    first, second = made[0], made[1] - made[0]
    assert not (first | second) & set(backups), "the two oldest backups should be gone"
    assert backups == sorted(backups, reverse=True)
    for backup in backups:
        assert query(backup, "SELECT version_num FROM alembic_version") == [("0001",)]


def test_database_from_a_newer_program_is_refused_untouched(data_dir):
    path = migrate(data_dir)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists()
    before_bytes = path.read_bytes()
    before_mtime = path.stat().st_mtime_ns
    before_listing = sorted(os.listdir(data_dir))

    with pytest.raises(DatabaseTooNew) as caught:
        migrate(data_dir)

    message = str(caught.value)
    assert "versión más nueva" in message
    assert "no fue modificado" in message
    assert path.read_bytes() == before_bytes
    assert path.stat().st_mtime_ns == before_mtime
    assert not wal.exists()
    assert sorted(os.listdir(data_dir)) == before_listing
    assert list_backups(path) == []


def test_newer_database_refused_through_workspace_too(data_dir):
    from omil_desktop.services.workspace import Workspace

    path = migrate(data_dir)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.close()

    with pytest.raises(DatabaseTooNew):
        Workspace(data_dir)
    assert query(path, "SELECT version_num FROM alembic_version") == [("ffff9999",)]


def test_sqlite_file_of_another_program_is_refused(data_dir):
    data_dir.mkdir()
    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE recetas (nombre TEXT)")
        conn.execute("INSERT INTO recetas VALUES ('pastel de choclo')")
    conn.close()
    before = path.read_bytes()

    with pytest.raises(StorageError) as caught:
        migrate(data_dir)

    assert "no es una base de datos de OMIL Desktop" in str(caught.value)
    assert path.read_bytes() == before
    assert tables(path) == {"recetas"}


def test_corrupt_file_gives_spanish_storage_error(data_dir):
    data_dir.mkdir()
    path = database_path(data_dir)
    garbage = bytes((i * 37 + 11) % 256 for i in range(8192))
    path.write_bytes(garbage)

    with pytest.raises(StorageError) as caught:
        migrate(data_dir)

    message = str(caught.value)
    assert "está dañada" in message
    assert "respaldos" in message
    assert path.read_bytes() == garbage


def test_models_match_the_migrations(data_dir):
    path = migrate(data_dir)
    engine = create_sqlite_engine(path)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("folder", ["Oficina Ñiquén", "Datos #2", "avance 100%25", "¿datos?"])
def test_data_folder_names_with_uri_characters(tmp_path, folder):
    """'#', '?' and '%' in a folder name must not cut or decode the path anywhere."""
    data_dir = tmp_path / folder / "data"
    path = migrate(data_dir, target="0001")
    fill_at_0001(path)
    assert read_revision(path) == "0001"

    migrate(data_dir)

    assert read_revision(path) == HEAD_REVISION
    (backup,) = list_backups(path)
    assert query(backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert query(path, "SELECT rut FROM person") == [("12345678-5",)]
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]


def test_no_migration_without_its_backup(data_dir):
    path = migrate(data_dir, target="0001")
    fill_at_0001(path)
    (data_dir / BACKUP_DIRNAME).write_text("un archivo donde iría la carpeta de respaldos")

    with pytest.raises(StorageError) as caught:
        migrate(data_dir)

    message = str(caught.value)
    assert "copia de respaldo" in message
    assert "no se actualizó" in message
    assert read_revision(path) == "0001"
    assert "attention" not in tables(path)
    assert query(path, "SELECT rut FROM person") == [("12345678-5",)]


def test_data_folder_that_is_a_file_gives_spanish_error(tmp_path):
    not_a_folder = tmp_path / "datos"
    not_a_folder.write_text("x")

    with pytest.raises(StorageError) as caught:
        migrate(not_a_folder)

    assert "No se puede crear la carpeta de datos" in str(caught.value)
    assert not_a_folder.read_text() == "x"
