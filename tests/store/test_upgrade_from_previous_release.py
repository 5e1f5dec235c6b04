"""An upgrade from the previous release's database keeps every record (issue 13, point 7).

``tests/data/previous-release/data`` is the demo data folder made by release 0.1.0 itself
(``tests/data/make_previous_release.sh``; README beside it). Each test works on a copy. The
expected values are read from the copy before the current program opens it, never written here.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from omil_desktop.services.workspace import Workspace
from omil_desktop.store import vault
from omil_desktop.store.backup import backup_files
from omil_desktop.store.migrate import HEAD_REVISION, MigrationFailed
from tests.conftest import TEST_PASSWORD

FIXTURE = Path(__file__).parent.parent / "data" / "previous-release"
PREVIOUS_REVISION = "0010"  # the newest migration release 0.1.0 shipped


@pytest.fixture
def old_folder(tmp_path: Path) -> tuple[Path, bytes]:
    """A copy of the previous release's data folder, unlocked with the suite's password."""
    folder = tmp_path / "datos"
    shutil.copytree(FIXTURE / "data", folder)
    store = vault.Vault.load(folder)
    key = store.unlock(store.usernames[0], TEST_PASSWORD)  # the demo's accounts share it
    vault.remember(folder, key)
    yield folder, key
    vault.forget(folder)


def read_tables(path: Path, key: bytes, only: dict[str, list[str]] | None = None) -> dict:
    """Per table (alembic's own left out): its columns, row count and a SHA-256 of every row
    (sorted, so a different physical order is no change). ``only``: those tables and columns."""
    conn = vault.connect(path, key, readonly=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'"
            )
        ]
        found = {}
        for name in names if only is None else list(only):
            columns = (
                [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
                if only is None
                else only[name]
            )
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = sorted(repr(tuple(r)) for r in conn.execute(f'SELECT {quoted} FROM "{name}"'))
            digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
            found[name] = {"columns": columns, "count": len(rows), "sha256": digest}
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    return {"revision": revision, "tables": found}


def test_the_fixture_is_the_previous_releases_folder():
    assert (FIXTURE / "VERSION").read_text().strip() == "0.1.0"
    assert not vault.is_plain_sqlite(FIXTURE / "data" / "omil.sqlite3")  # encrypted, as shipped


def test_an_upgrade_from_the_previous_release_keeps_every_record(old_folder):
    folder, key = old_folder
    database = folder / "omil.sqlite3"
    before = read_tables(database, key)
    assert before["revision"] == PREVIOUS_REVISION
    assert before["tables"]["person"]["count"] > 0 and before["tables"]["audit_entry"]["count"] > 0
    assert backup_files(database) == []

    workspace = Workspace(folder)  # the current program opens it: migrates to the newest schema
    try:
        report = workspace.audit.verify()
        people = workspace.people.search("", page_size=1).count
    finally:
        workspace.close()

    columns = {name: table["columns"] for name, table in before["tables"].items()}
    after = read_tables(database, key, only=columns)
    assert after["revision"] == HEAD_REVISION
    assert after["tables"] == before["tables"]  # every table, count and row of 0.1.0 unchanged
    assert people == before["tables"]["person"]["count"]
    # The audit chain still verifies, whole.
    assert report.intact, report.summary()
    assert report.entries == before["tables"]["audit_entry"]["count"]

    # A verified backup was taken first: at the old revision, with every row, encrypted.
    (backup,) = backup_files(database)
    assert backup.label == f"antes-de-migrar-desde-{PREVIOUS_REVISION}"
    assert not vault.is_plain_sqlite(backup.path)
    assert read_tables(backup.path, key) == before


def test_a_failed_migration_leaves_the_database_as_it_was_and_names_the_backup(
    old_folder, monkeypatch
):
    """Every step runs in one transaction: a failure after the schema changed (here, right
    after the real migration ran) leaves the old schema, revision and rows."""
    from alembic import command

    folder, key = old_folder
    database = folder / "omil.sqlite3"
    before = read_tables(database, key)
    real_upgrade = command.upgrade

    def upgrade_then_fail(config, target):
        real_upgrade(config, target)
        raise RuntimeError("falla simulada al final de la migración")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(MigrationFailed) as failed:
        Workspace(folder)

    (backup,) = backup_files(database)
    assert failed.value.backup == backup.path
    message = str(failed.value)
    assert "quedó como estaba" in message and str(backup.path) in message
    assert read_tables(database, key) == before  # revision 0010, no device_settings, same rows
    assert read_tables(backup.path, key) == before
