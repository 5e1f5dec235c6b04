"""Supporting documents kept by content in the data folder."""

from __future__ import annotations

import hashlib

import pytest

from omil_desktop.store.blobs import BLOBS_DIRNAME, BlobStore, is_sha256


def test_a_file_is_kept_once_under_its_hash(tmp_path):
    scan = tmp_path / "factura.pdf"
    scan.write_bytes(b"%PDF-1.4 factura 1234")
    store = BlobStore(tmp_path / "datos")
    sha, size = store.put_file(scan)
    assert sha == hashlib.sha256(scan.read_bytes()).hexdigest() and size == 21
    assert store.path(sha) == tmp_path / "datos" / BLOBS_DIRNAME / sha[:2] / sha
    assert store.read(sha) == scan.read_bytes()
    assert store.put_bytes(scan.read_bytes()) == sha  # the same bytes again: nothing new
    assert [p.name for p in store.root.rglob("*") if p.is_file()] == [sha]


def test_received_bytes_are_kept_only_if_they_are_what_their_hash_says(tmp_path):
    store = BlobStore(tmp_path)
    good = hashlib.sha256(b"boleta").hexdigest()
    assert not store.put_verified(good, b"otra cosa") and not store.has(good)
    assert store.put_verified(good, b"boleta") and store.has(good)
    assert not store.put_verified("../../etc/passwd", b"x")
    assert not is_sha256(good.upper()) and not store.has("no-es-un-hash")
    with pytest.raises(ValueError):
        store.path("../x")


def test_a_failed_write_leaves_nothing_behind(tmp_path, monkeypatch):
    store = BlobStore(tmp_path)

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("omil_desktop.store.blobs.os.replace", full_disk)
    with pytest.raises(OSError):
        store.put_bytes(b"recibo")
    assert [p for p in store.root.rglob("*") if p.is_file()] == []


def test_copying_between_stores_brings_only_whole_files_that_are_missing(tmp_path):
    source = BlobStore(tmp_path / "datos")
    good, other = source.put_bytes(b"factura"), source.put_bytes(b"boleta")
    source.path(other).write_bytes(b"boleta rota")  # damaged on disk since it was kept
    target = BlobStore.at(tmp_path / "copia.comprobantes")
    assert source.copy_into(target) == 1
    assert target.hashes() == [good] and target.read(good) == b"factura"
    assert source.copy_into(target) == 0  # nothing new
    assert BlobStore.at(tmp_path / "no existe").hashes() == []
