"""An encrypted data folder: nothing the store writes is readable without the key, and a
backup restores only with its key (store/vault.py, backup.py, restore.py, blobs.py)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from omil_desktop.services.backups import BackupNeedsKey, Backups, backup_vault, unlock_backup
from omil_desktop.services.workspace import Workspace
from omil_desktop.store import vault
from omil_desktop.store.backup import keys_beside, list_backups
from omil_desktop.store.blobs import MAGIC, BlobStore, ReceiptLocked, read_plain
from omil_desktop.store.engine import database_path
from omil_desktop.store.errors import DATABASE_ERRORS, StorageError
from omil_desktop.store.integrity import WrongKey, check_before_opening
from omil_desktop.store.restore import BackupRefused
from tests.support.damage import office_with_people

SQLITE_HEADER = b"SQLite format 3\x00"
PASSWORD = "contraseña de Ana 2026"
RECOVERY: dict[Path, str] = {}
SCAN = b"%PDF-1.4 boleta de Juan Soto 12.345.678-5"


def encrypted_office(data_dir: Path, people: int, comuna: str = "10404") -> str:
    """A new encrypted office (key file saved, key remembered) holding ``people`` people;
    returns its recovery key."""
    keys, key, recovery = vault.Vault.create(data_dir, "ana", PASSWORD)
    keys.save()
    vault.remember(data_dir, key)
    office_with_people(data_dir, people, comuna)
    return recovery


def people_in(data_dir: Path) -> int:
    workspace = Workspace(data_dir)
    try:
        return workspace.people.search("", page_size=1).count
    finally:
        workspace.close()


@pytest.fixture
def office(tmp_path):
    data_dir = tmp_path / "datos"
    RECOVERY[data_dir] = encrypted_office(data_dir, 3)
    yield data_dir
    vault.forget(data_dir)


def test_the_database_is_not_readable_without_its_key(office, capfd):
    path = database_path(office)
    assert path.read_bytes()[:16] != SQLITE_HEADER
    with closing(sqlite3.connect(path)) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM person").fetchone()

    vault.remember(office, vault.new_key())  # another folder's key
    with pytest.raises(WrongKey) as caught:
        check_before_opening(office)
    assert "dañad" not in str(caught.value) and "archivo de llaves" in str(caught.value)
    with pytest.raises(WrongKey):
        Workspace(office)
    assert "ERROR" not in capfd.readouterr().err  # SQLCipher's own log stays quiet


def test_a_folder_that_lost_its_key_file_says_so(office):
    Backups(office).make()
    vault.keys_path(office).unlink()
    vault.forget(office)
    with pytest.raises(StorageError) as caught:
        Workspace(office)
    assert "falta su archivo de llaves" in str(caught.value)


def test_backups_and_receipts_are_encrypted_and_carry_the_key_file(office, tmp_path):
    backups = Backups(office)
    facts = backups.make()
    assert facts.people == 3
    assert facts.path.read_bytes()[:16] != SQLITE_HEADER
    assert vault.Vault.read(keys_beside(facts.path)).fits(vault.key_for(office))

    receipts = BlobStore(office)
    sha = receipts.put_bytes(SCAN)
    assert sha == hashlib.sha256(SCAN).hexdigest()  # addressed by the plain bytes
    stored = receipts.path(sha).read_bytes()
    assert stored.startswith(MAGIC) and b"Juan Soto" not in stored
    assert receipts.read(sha) == SCAN and read_plain(receipts.path(sha)) == SCAN
    with pytest.raises(ReceiptLocked):
        BlobStore.at(receipts.root, vault.new_key()).read(sha)

    outside = tmp_path / "pendrive" / "copia.sqlite3"
    outside.parent.mkdir()
    made = backups.make(outside)
    assert made.path.read_bytes()[:16] != SQLITE_HEADER and keys_beside(outside).is_file()
    assert backups.copy_receipts_beside(outside) == 1
    beside = BlobStore.at(backups.receipts_beside(outside), vault.key_for(office))
    assert beside.path(sha).read_bytes().startswith(MAGIC) and beside.read(sha) == SCAN


def test_a_backup_of_this_folder_restores_with_the_folders_key(office):
    backup = Backups(office).make().path
    office_with_people_more(office)
    assert people_in(office) == 5
    done = Backups(office).restore(backup)
    assert done.facts.people == 3 and people_in(office) == 3
    assert database_path(office).read_bytes()[:16] != SQLITE_HEADER
    assert done.aside is not None and done.aside.read_bytes()[:16] != SQLITE_HEADER


def office_with_people_more(data_dir: Path) -> None:
    from omil_desktop.domain.people import PersonData
    from omil_desktop.domain.rut import Rut

    workspace = Workspace(data_dir)
    try:
        for n in (1, 2):
            workspace.people.create(
                PersonData(
                    first_names=f"Nueva {n}",
                    last_name_1="Vera",
                    rut=Rut.from_body(20_000_000 + n),
                    comuna_code="10404",
                ),
                allow_likely_duplicate=True,
            )
    finally:
        workspace.close()


def test_a_backup_of_another_pc_restores_only_with_that_pcs_password(office, tmp_path):
    other = tmp_path / "otro-pc"
    encrypted_office(other, 7)
    copy = Backups(other).make(tmp_path / "pendrive.sqlite3").path
    BlobStore(other).put_bytes(SCAN)
    Backups(other).copy_receipts_beside(copy)
    vault.forget(other)

    with pytest.raises(BackupNeedsKey) as caught:
        Backups(office).restore(copy)
    assert "otro equipo" in str(caught.value) and "pendrive.llaves" in str(caught.value)
    assert people_in(office) == 3  # nothing changed

    with pytest.raises(vault.WrongPassword) as wrong:
        unlock_backup(copy, "otra clave")
    assert "pendrive.sqlite3" in str(wrong.value)
    key = unlock_backup(copy, PASSWORD)  # every account's in turn, as a script does
    assert key == backup_vault(copy).unlock("ana", PASSWORD)
    done = Backups(office).restore(copy, key=key)
    assert done.facts.people == 7 and people_in(office) == 7
    # re-encrypted with this folder's key: its own key file still opens it
    vault.forget(office)
    vault.remember(office, vault.Vault.load(office).unlock("ana", PASSWORD))
    assert people_in(office) == 7
    assert Backups(office).take_receipts_from(copy) == 1
    assert BlobStore(office).read(hashlib.sha256(SCAN).hexdigest()) == SCAN


def test_an_encrypted_backup_restored_on_a_new_pc_brings_its_key_file(office, tmp_path):
    copy = Backups(office).make(tmp_path / "copia.sqlite3").path
    new_pc = tmp_path / "pc-nuevo"
    with pytest.raises(BackupNeedsKey) as caught:
        Backups(new_pc).restore(copy)
    assert "contraseña" in str(caught.value) and not database_path(new_pc).exists()

    recovered = backup_vault(copy).unlock_with_recovery(RECOVERY[office].lower())
    done = Backups(new_pc).restore(copy, key=recovered)
    assert done.facts.people == 3 and vault.is_encrypted_folder(new_pc)
    assert database_path(new_pc).read_bytes()[:16] != SQLITE_HEADER
    vault.forget(new_pc)
    vault.remember(new_pc, vault.Vault.load(new_pc).unlock("ana", PASSWORD))
    assert people_in(new_pc) == 3
    vault.forget(new_pc)


def test_a_plain_backup_from_before_encryption_is_encrypted_on_the_way_in(office, tmp_path):
    old = tmp_path / "antigua"
    office_with_people(old, 4)
    plain = Backups(old).make(tmp_path / "antes-del-cifrado.sqlite3").path
    assert plain.read_bytes()[:16] == SQLITE_HEADER
    done = Backups(office).restore(plain)
    assert done.facts.people == 4 and people_in(office) == 4
    assert database_path(office).read_bytes()[:16] != SQLITE_HEADER


def test_a_backup_of_another_office_is_refused_even_with_its_key(office, tmp_path):
    other = tmp_path / "castro"
    encrypted_office(other, 2, comuna="10201")
    copy = Backups(other).make(tmp_path / "castro.sqlite3").path
    vault.forget(other)
    key = backup_vault(copy).unlock("ana", PASSWORD)
    with pytest.raises(BackupRefused) as caught:
        Backups(office).restore(copy, key=key)
    assert "otra oficina" in str(caught.value) and people_in(office) == 3


def test_a_backup_without_its_key_file_says_what_is_missing(office, tmp_path):
    copy = Backups(office).make(tmp_path / "sola.sqlite3").path
    keys_beside(copy).unlink()
    with pytest.raises(BackupRefused) as caught:
        Backups(tmp_path / "pc-nuevo").restore(copy)
    assert "sola.llaves" in str(caught.value) and "no está junto a ella" in str(caught.value)


def test_the_folder_and_what_it_holds_are_private_to_the_user(office):
    from omil_desktop.logs import log_to, stop_logging

    Backups(office).make()
    sha = BlobStore(office).put_bytes(SCAN)
    log = log_to(office)
    stop_logging()
    files = [
        database_path(office),
        vault.keys_path(office),
        *list_backups(database_path(office)),
        keys_beside(list_backups(database_path(office))[0]),
        BlobStore(office).path(sha),
        log,
    ]
    for path in files:
        assert path is not None and stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (office, office / "respaldos", office / "registro", office / "comprobantes"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder

    # a folder of an older version, open to everyone, is put right at the next start
    os.chmod(office, 0o755)
    os.chmod(database_path(office), 0o644)
    os.chmod(list_backups(database_path(office))[0], 0o644)
    Workspace(office).close()
    assert stat.S_IMODE(office.stat().st_mode) == 0o700
    assert stat.S_IMODE(database_path(office).stat().st_mode) == 0o600
    assert stat.S_IMODE(list_backups(database_path(office))[0].stat().st_mode) == 0o600


def test_database_errors_cover_sqlcipher():
    import sqlcipher3

    assert issubclass(sqlcipher3.DatabaseError, DATABASE_ERRORS)


def test_a_receipt_kept_encrypted_is_checked_shown_and_printed_decrypted(office, tmp_path):
    from io import BytesIO
    from types import SimpleNamespace

    from pypdf import PdfWriter

    from omil_desktop.domain.rendition import AnnexItem
    from omil_desktop.reports.rendition import _read
    from omil_desktop.services.rendition_receipts import ReceiptFiles, receipt_bytes

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=300)
    buffer = BytesIO()
    writer.write(buffer)
    scan = tmp_path / "boleta.pdf"
    scan.write_bytes(buffer.getvalue())

    stored = ReceiptFiles(office).store(scan)  # its type is read back from the kept copy
    assert stored.media_type == "application/pdf"
    kept = BlobStore(office).path(stored.sha256)
    assert kept.read_bytes().startswith(MAGIC)
    assert receipt_bytes(SimpleNamespace(path=kept)) == scan.read_bytes()  # type: ignore[arg-type]
    printed = _read(AnnexItem("Boleta 1", kept, "application/pdf"))
    assert len(printed.pages) == 1 and not printed.reason
