"""An unencrypted data folder of an older version, encrypted in place (store/encrypt.py)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from omil_desktop.domain.rut import Rut
from omil_desktop.services.workspace import Workspace
from omil_desktop.store import vault
from omil_desktop.store.backup import keys_beside, list_backups, periodic_backup
from omil_desktop.store.blobs import MAGIC, BlobStore
from omil_desktop.store.encrypt import encrypt_in_place, marker_path, needs_encryption
from omil_desktop.store.engine import database_path
from tests.conftest import OFFICE_COMUNA, OFFICER

PASSWORD = "clave de la oficina"


def plain_folder(data_dir: Path, person_data, people: int = 3) -> dict[str, int]:
    """A folder as an older version left it: plain database, a backup, receipts."""
    ws = Workspace(data_dir)
    ws.set_up_office(OFFICE_COMUNA, OFFICER)
    ws.people.create_many(
        [(person_data(rut=Rut.from_body(10_000_000 + n)), True) for n in range(people)]
    )
    ws.close()
    periodic_backup(data_dir, now=datetime(2026, 11, 2, 9, 0))
    blobs = BlobStore(data_dir)
    blobs.put_bytes(b"%PDF-1.4 boleta 1")
    blobs.put_bytes(b"%PDF-1.4 factura 2")
    conn = sqlite3.connect(database_path(data_dir))
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("person", "office", "change_log")
        }
    finally:
        conn.close()


def new_key_file(data_dir: Path) -> bytes:
    keys, key, _recovery = vault.Vault.create(data_dir, "ana", PASSWORD)
    keys.save()
    return key


@pytest.fixture(autouse=True)
def _forget(data_dir):
    yield
    vault.forget(data_dir)


def test_a_plain_folder_is_encrypted_whole_and_opens_with_its_key(data_dir, person_data):
    counts = plain_folder(data_dir, person_data)
    assert needs_encryption(data_dir)
    key = new_key_file(data_dir)
    encrypt_in_place(data_dir, key)

    assert not needs_encryption(data_dir) and not marker_path(data_dir).exists()
    assert database_path(data_dir).read_bytes()[:16] != b"SQLite format 3\x00"
    [backup] = list_backups(database_path(data_dir))
    assert backup.read_bytes()[:16] != b"SQLite format 3\x00" and keys_beside(backup).is_file()
    receipts = BlobStore(data_dir)
    assert len(receipts.hashes()) == 2
    for sha in receipts.hashes():
        assert receipts.path(sha).read_bytes().startswith(MAGIC)
    assert sorted(receipts.read(s) for s in receipts.hashes()) == [
        b"%PDF-1.4 boleta 1",
        b"%PDF-1.4 factura 2",
    ]

    vault.forget(data_dir)
    key = vault.Vault.load(data_dir).unlock("ana", PASSWORD)
    vault.remember(data_dir, key)
    ws = Workspace(data_dir)
    try:
        assert ws.office is not None and ws.office.comuna_code == OFFICE_COMUNA
        assert ws.people.search("", page_size=5).count == counts["person"]
    finally:
        ws.close()
    encrypt_in_place(data_dir, key)  # nothing left to do: nothing changes
    assert not needs_encryption(data_dir)


def test_the_key_file_must_be_the_keys_own(data_dir, person_data):
    plain_folder(data_dir, person_data, people=1)
    new_key_file(data_dir)
    with pytest.raises(vault.VaultError):
        encrypt_in_place(data_dir, vault.new_key())
    assert needs_encryption(data_dir) and vault.is_plain_sqlite(database_path(data_dir))


def test_opening_an_unlocked_folder_finishes_an_encryption_left_undone(data_dir, person_data):
    counts = plain_folder(data_dir, person_data, people=2)
    key = new_key_file(data_dir)  # saved, then the program closed before encrypting
    vault.remember(data_dir, key)
    ws = Workspace(data_dir)
    try:
        assert ws.people.search("", page_size=5).count == counts["person"]
    finally:
        ws.close()
    assert not needs_encryption(data_dir)
    assert not vault.is_plain_sqlite(database_path(data_dir))
    assert all(not vault.is_plain_sqlite(b) for b in list_backups(database_path(data_dir)))


def test_a_damaged_plain_backup_does_not_stay_behind_plain(data_dir, person_data):
    from tests.support.damage import damage_page

    plain_folder(data_dir, person_data, people=2)
    periodic_backup(data_dir, now=datetime(2026, 11, 3, 9, 0))
    damaged, sound = list_backups(database_path(data_dir))
    damage_page(damaged, "person")
    key = new_key_file(data_dir)
    encrypt_in_place(data_dir, key)
    assert list_backups(database_path(data_dir)) == [sound]
    assert not vault.is_plain_sqlite(sound) and keys_beside(sound).is_file()
