"""Files kept by their content: the scanned supporting documents of expenses.

Each file lives in the data folder under ``comprobantes/ab/abcdef…`` — its SHA-256 in hex, the
first two digits as a sub-folder — so the same scan attached twice is stored once, a name says
whether the bytes are whole, and sync sends only what the server lacks. Files are written under a
temporary name, flushed to disk and then renamed: a file with a final name is always complete.
They are never changed and never deleted, so every backup of the database still finds the
receipts its records name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import uuid
from collections.abc import Iterable
from pathlib import Path

BLOBS_DIRNAME = "comprobantes"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1024 * 1024


def is_sha256(text: str) -> bool:
    """Whether ``text`` is a SHA-256 as stored: 64 lower-case hex digits."""
    return _SHA256.fullmatch(text) is not None


def sha256_of_file(path: Path) -> tuple[str, int]:
    """The SHA-256 of a file's bytes and its size, read in chunks."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class BlobStore:
    """The content-addressed files of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / BLOBS_DIRNAME

    @classmethod
    def at(cls, root: Path) -> BlobStore:
        """The content-addressed files kept directly under ``root`` (a copy beside a backup)."""
        store = cls.__new__(cls)
        store.root = root
        return store

    def hashes(self) -> list[str]:
        """The SHA-256 of every file kept, in order (partial files left out)."""
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.glob("??/*") if is_sha256(p.name) and p.is_file())

    def copy_into(self, other: BlobStore) -> int:
        """Put in ``other`` every file of this store that it lacks, each checked against its
        hash on the way (a damaged one is left out); returns how many were copied."""
        copied = 0
        for sha256 in self.hashes():
            if not other.has(sha256) and other.put_verified(sha256, self.read(sha256)):
                copied += 1
        return copied

    def path(self, sha256: str) -> Path:
        """Where the file of ``sha256`` is (or would be)."""
        if not is_sha256(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return is_sha256(sha256) and self.path(sha256).is_file()

    def put_file(self, source: Path) -> tuple[str, int]:
        """Keep a copy of ``source``; returns its SHA-256 and size. Already kept: nothing written.
        Raises OSError (e.g. the disk is full); then nothing is left behind."""
        sha256, size = sha256_of_file(source)
        if not self.has(sha256):
            with source.open("rb") as file:
                self._write(sha256, iter(lambda: file.read(_CHUNK), b""))
        return sha256, size

    def put_bytes(self, data: bytes) -> str:
        """Keep ``data``; returns its SHA-256."""
        sha256 = hashlib.sha256(data).hexdigest()
        if not self.has(sha256):
            self._write(sha256, iter((data,)))
        return sha256

    def put_verified(self, sha256: str, data: bytes) -> bool:
        """Keep ``data`` received as the file of ``sha256`` if its bytes are exactly that;
        False (nothing written) when they are not."""
        if not is_sha256(sha256) or hashlib.sha256(data).hexdigest() != sha256:
            return False
        if not self.has(sha256):
            self._write(sha256, iter((data,)))
        return True

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def _write(self, sha256: str, chunks: Iterable[bytes]) -> None:
        target = self.path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{sha256}.{uuid.uuid4().hex}.parcial")
        try:
            with partial.open("wb") as file:
                for chunk in chunks:
                    file.write(chunk)
                file.flush()
                os.fsync(file.fileno())
            os.replace(partial, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
