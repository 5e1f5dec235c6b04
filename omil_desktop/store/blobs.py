"""Files kept by their content: the scanned supporting documents of expenses.

Each file lives in the data folder under ``comprobantes/ab/abcdef…`` — its SHA-256 in hex, the
first two digits as a sub-folder — so the same scan attached twice is stored once, a name says
whether the bytes are whole, and sync sends only what the server lacks. Files are written under a
temporary name, flushed to disk and then renamed: a file with a final name is always complete.
They are never changed and never deleted, so every backup of the database still finds the
receipts its records name.

In an encrypted data folder (store/vault.py) each file is encrypted whole with AES-256-GCM under
a key derived from the folder's key by HKDF (never the database key itself), its SHA-256 bound
in as associated data; it starts with :data:`MAGIC`, so a plain file of an older version is
told apart (and read as it is until ``store/encrypt.py`` encrypts it). The name stays the
SHA-256 of the plain bytes: sync and the records name a receipt by its content.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import uuid
from collections.abc import Iterable
from pathlib import Path

from omil_desktop.domain.texts import translate
from omil_desktop.store.errors import StorageError

BLOBS_DIRNAME = "comprobantes"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1024 * 1024
MAGIC = b"OMIL-CIFRADO\x00v1"
"""The first bytes of an encrypted receipt (then a 12-byte nonce, then the AES-GCM output)."""
_NONCE = 12
_INFO = b"omil-desktop: comprobantes"


class ReceiptLocked(StorageError):
    """An encrypted receipt and no key to open it (or not this key)."""


def file_key(key: bytes) -> bytes:
    """The key that encrypts receipts, derived from the folder's key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(key)


def is_encrypted_file(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def encrypt_bytes(data: bytes, key: bytes, sha256: str) -> bytes:
    """``data`` as an encrypted receipt file, with the folder's ``key``."""
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(_NONCE)
    return MAGIC + nonce + AESGCM(file_key(key)).encrypt(nonce, data, sha256.encode("ascii"))


def decrypt_bytes(stored: bytes, key: bytes | None, sha256: str) -> bytes:
    """The plain bytes of a receipt file as stored (a plain one is returned as it is)."""
    if not stored.startswith(MAGIC):
        return stored
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if key is None:
        raise ReceiptLocked(
            translate(
                "store.blobs",
                "El comprobante está cifrado y falta la llave de la oficina para abrirlo.",
            )
        )
    body = stored[len(MAGIC) :]
    try:
        return AESGCM(file_key(key)).decrypt(body[:_NONCE], body[_NONCE:], sha256.encode("ascii"))
    except InvalidTag as exc:
        raise ReceiptLocked(
            translate(
                "store.blobs",
                "El comprobante no se puede abrir con la llave de esta oficina (es de otro equipo "
                "o el archivo está dañado).",
            )
        ) from exc


def read_plain(path: Path) -> bytes:
    """The plain bytes of the receipt file at ``path`` in a data folder's store (``…/comprobantes
    /ab/abcdef…``), decrypted with the folder's key when it is encrypted."""
    from omil_desktop.store.vault import key_for

    return decrypt_bytes(path.read_bytes(), key_for(path.parent.parent.parent), path.name)


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
        """The store of ``data_dir``, with its key when the folder is encrypted
        (``vault.key_for``: raises FolderLocked when it was not unlocked)."""
        from omil_desktop.store.vault import key_for

        self.root = data_dir / BLOBS_DIRNAME
        self.key = key_for(data_dir)

    @classmethod
    def at(cls, root: Path, key: bytes | None = None) -> BlobStore:
        """The content-addressed files kept directly under ``root`` (a copy beside a backup),
        encrypted with ``key`` (None: plain, a folder of an older version)."""
        store = cls.__new__(cls)
        store.root = root
        store.key = key
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
            if other.has(sha256):
                continue
            try:
                data = self.read(sha256)
            except ReceiptLocked:  # damaged, or encrypted under another key: left out
                continue
            if other.put_verified(sha256, data):
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
            if self.key is not None:
                self._write(sha256, iter((source.read_bytes(),)))
            else:
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
        """The file's plain bytes (decrypted); :class:`ReceiptLocked` when it cannot be."""
        return decrypt_bytes(self.path(sha256).read_bytes(), self.key, sha256)

    def plain_files(self) -> list[str]:
        """The SHA-256 of the files kept unencrypted (by an older version)."""
        return [sha for sha in self.hashes() if not is_encrypted_file(self.path(sha))]

    def encrypt_file(self, sha256: str) -> bool:
        """Encrypt the plain file of ``sha256`` in place (a whole new file renamed over it);
        False when it was not plain or its bytes are not what its name says (left as is)."""
        if self.key is None:
            raise ValueError("a plain store encrypts nothing")
        data = self.path(sha256).read_bytes()
        if data.startswith(MAGIC) or hashlib.sha256(data).hexdigest() != sha256:
            return False
        self._write(sha256, iter((data,)))
        return True

    def _write(self, sha256: str, chunks: Iterable[bytes]) -> None:
        target = self.path(sha256)
        _private_dir(target.parent)
        partial = target.with_name(f".{sha256}.{uuid.uuid4().hex}.parcial")
        if self.key is not None:
            chunks = iter((encrypt_bytes(b"".join(chunks), self.key, sha256),))
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            fd = os.open(partial, flags, 0o600)  # binary on Windows: no newline translation
            with os.fdopen(fd, "wb") as file:
                for chunk in chunks:
                    file.write(chunk)
                file.flush()
                os.fsync(file.fileno())
            os.replace(partial, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()


def _private_dir(folder: Path) -> None:
    """Create ``folder`` (and the store's root) readable only by the user."""
    for missing in reversed([folder, folder.parent]):
        if not missing.is_dir():
            missing.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                os.chmod(missing, 0o700)
