"""The plaintext → encrypted migration killed at random moments loses nothing.

A realistic plain folder (a few thousand people, receipts, backups, a database set aside by a
restore) is encrypted by a separate process that is SIGKILLed after a random delay; then this
process — a fresh one as far as the killed one is concerned — opens it with the key, finishes
the migration and checks that every row, receipt and backup is there, encrypted, and that no
plain copy of the data is left in the folder. The seed is fixed: the same moments every run.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from omil_desktop.store import vault
from omil_desktop.store.backup import keys_beside, list_backups, periodic_backup
from omil_desktop.store.blobs import MAGIC, BlobStore
from omil_desktop.store.encrypt import encrypt_in_place, needs_encryption
from omil_desktop.store.engine import database_path
from omil_desktop.store.integrity import integrity_check, open_read_only
from tests.support.damage import office_with_people

PEOPLE = 3000
RECEIPTS = 40
ROUNDS = 7
SEED = 20261201
WORKER = """
import os, sys
from pathlib import Path
from omil_desktop.store.encrypt import encrypt_in_place
folder, key = Path(sys.argv[1]), bytes.fromhex(os.environ["OMIL_TEST_KEY"])
print("go", flush=True)
encrypt_in_place(folder, key)
print("done", flush=True)
"""


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The plain folder of an older version, with its new key file already saved (the caller
    saves it before encrypting), and what it holds."""
    folder = tmp_path_factory.mktemp("plantilla") / "datos"
    office_with_people(folder, PEOPLE)
    for day in (3, 4, 5):
        periodic_backup(folder, now=datetime(2026, 11, day, 9, 0))
    aside = folder / "apartadas"
    aside.mkdir()
    shutil.copyfile(list_backups(database_path(folder))[-1], aside / "omil-antes.sqlite3")
    rng = random.Random(SEED)
    blobs = BlobStore(folder)
    receipts = {
        blobs.put_bytes(b"%PDF-1.4 " + rng.randbytes(rng.randint(1_000, 120_000)))
        for _ in range(RECEIPTS)
    }
    keys, key, _recovery = vault.Vault.create(folder, "ana", "clave de prueba")
    keys.save()
    with closing(sqlite3.connect(database_path(folder))) as conn:
        expected = counts(conn)
    backups = {p.name: _plain_people(p) for p in list_backups(database_path(folder))}
    return folder, key, expected, receipts, backups


def _plain_people(path: Path) -> int:
    with closing(open_read_only(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])


def _start(folder: Path, key: bytes) -> subprocess.Popen[str]:
    env = {**os.environ, "OMIL_TEST_KEY": key.hex()}
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "go"
    return worker


def _check_all_there(folder: Path, key: bytes, template) -> None:
    _folder, _key, expected, receipts, backups = template
    assert not needs_encryption(folder)
    path = database_path(folder)
    assert not vault.is_plain_sqlite(path)
    integrity_check(path, key=key)
    with closing(open_read_only(path, key)) as conn:
        assert counts(conn) == expected
    store = BlobStore.at(folder / "comprobantes", key)
    assert set(store.hashes()) == receipts
    for sha in receipts:
        assert store.path(sha).read_bytes().startswith(MAGIC)
        assert hashlib.sha256(store.read(sha)).hexdigest() == sha
    found = {}
    for backup in list_backups(path):
        assert keys_beside(backup).is_file()
        with closing(open_read_only(backup, key)) as conn:
            found[backup.name] = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    assert found == backups
    for file in folder.rglob("*"):  # no plain copy of the data anywhere in the folder
        assert not (file.is_file() and vault.is_plain_sqlite(file)), file
        assert not file.name.endswith((".parcial", ".cifrando")), file  # nor a leftover


def test_killed_at_random_moments_the_migration_loses_nothing(template, tmp_path):
    source, key, *_ = template
    rng = random.Random(SEED)

    # One whole run: how long the work takes after the worker is ready (to spread the kills).
    whole = tmp_path / "entera"
    shutil.copytree(source, whole)
    worker = _start(whole, key)
    started = time.monotonic()
    assert worker.wait(timeout=120) == 0, worker.stderr.read() if worker.stderr else ""
    span = time.monotonic() - started
    _check_all_there(whole, key, template)

    killed_mid_way = 0
    for round_number in range(ROUNDS):
        folder = tmp_path / f"ronda-{round_number}"
        shutil.copytree(source, folder)
        worker = _start(folder, key)
        time.sleep(rng.uniform(0, 0.9 * span))
        finished = worker.poll() is not None
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=60)
        if not finished and needs_encryption(folder):
            killed_mid_way += 1
        encrypt_in_place(folder, key)  # the next start, with the password
        try:
            _check_all_there(folder, key, template)
        finally:
            vault.forget(folder)
        shutil.rmtree(folder)
    assert killed_mid_way >= ROUNDS // 2  # the kills did land in the middle of the work
