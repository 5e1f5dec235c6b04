"""The data folder's key: the database and the receipts are encrypted with one random key,
kept in the key file ``omil.llaves`` only wrapped (AES-256-GCM) under each officer's password
and under the recovery key shown once at set-up.

- A password becomes a wrapping key through Argon2id (:mod:`cryptography`), with a salt of its
  own per account; the recovery key (120 random bits, printed as ``XXXX-XXXX-…``) through
  HKDF, since it is random already.
- The database is SQLCipher (:mod:`sqlcipher3`) opened with the raw key (``PRAGMA key =
  "x'…'"``): no second key derivation on every connection.
- A folder with a key file is *encrypted*; its key, once unlocked in this process, is
  remembered here for the folder (:func:`remember`/:func:`key_for`) so every connection the
  store opens (engine, backups, checks) finds it; :func:`forget` drops it (the window's lock).
- The key file holds nothing that opens the data without a password or the recovery key; it is
  written whole under a temporary name and renamed, readable only by the user.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omil_desktop.domain.texts import translate
from omil_desktop.store.errors import StorageError

KEYS_FILENAME = "omil.llaves"
KEY_BYTES = 32
_FORMAT = "omil-desktop-llaves"
_VERSION = 1
_CHECK_LABEL = b"omil-desktop: comprobar llave"
_RECOVERY = "__recuperacion__"
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""32 symbols without the ones read wrongly from paper (I/1, O/0)."""
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LENGTH = 4
"""24 symbols of 5 bits: 120 bits, printed as six groups of four."""

ARGON2_ITERATIONS = 3
ARGON2_LANES = 4
ARGON2_MEMORY_KIB = 64 * 1024
"""Argon2id's cost: about 0.15 s on a 2-core PC, 64 MiB of memory per guess."""

SQLITE_HEADER = b"SQLite format 3\x00"


class VaultError(StorageError):
    """The key file cannot be used (missing, damaged, or not this folder's)."""


class WrongPassword(VaultError):
    """The password (or recovery key) does not open the data folder."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or translate(
                "store.vault",
                "La contraseña no es correcta. Revise las mayúsculas y vuelva a intentarlo; si "
                "la olvidó, use la clave de recuperación.",
            )
        )


class FolderLocked(VaultError):
    """The folder is encrypted and its key has not been unlocked in this process."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(
            translate(
                "store.vault",
                "Los datos de {data_dir} están cifrados: ingrese la contraseña para abrirlos (o "
                "defina la variable OMIL_DESKTOP_PASSWORD en un script).",
            ).format(data_dir=data_dir)
        )
        self.data_dir = data_dir


def keys_path(data_dir: Path) -> Path:
    return data_dir / KEYS_FILENAME


def is_encrypted_folder(data_dir: Path) -> bool:
    """Whether the folder's data is (or is being) encrypted: it has a key file."""
    return keys_path(data_dir).is_file()


def is_plain_sqlite(path: Path) -> bool:
    """Whether ``path`` is an unencrypted SQLite file (its first bytes say so)."""
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    symbols = "".join(
        secrets.choice(_RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH)
    )
    return "-".join(
        symbols[i : i + RECOVERY_GROUP_LENGTH]
        for i in range(0, len(symbols), RECOVERY_GROUP_LENGTH)
    )


def normalise_recovery_key(text: str) -> str:
    """The recovery key as typed (spaces, dashes, lower case) in its printed form;
    ``WrongPassword`` when it cannot be one."""
    symbols = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(symbols) != RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH or any(
        ch not in _RECOVERY_ALPHABET for ch in symbols
    ):
        raise WrongPassword(
            translate(
                "store.vault",
                "La clave de recuperación no tiene la forma esperada: son seis grupos de cuatro "
                "letras y números, como se imprimieron al configurar el programa.",
            )
        )
    return "-".join(
        symbols[i : i + RECOVERY_GROUP_LENGTH]
        for i in range(0, len(symbols), RECOVERY_GROUP_LENGTH)
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _password_key(password: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=ARGON2_ITERATIONS,
        lanes=ARGON2_LANES,
        memory_cost=ARGON2_MEMORY_KIB,
    )
    return kdf.derive(password.encode("utf-8"))


def _recovery_wrapping_key(recovery_key: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"omil-recuperacion")
    return hkdf.derive(normalise_recovery_key(recovery_key).encode("ascii"))


def _wrap(key: bytes, wrapping_key: bytes, label: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, key, label.encode("utf-8"))
    return {"nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _unwrap(entry: dict[str, Any], wrapping_key: bytes, label: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(wrapping_key).decrypt(
            _unb64(entry["nonce"]), _unb64(entry["wrapped"]), label.encode("utf-8")
        )
    except InvalidTag as exc:
        raise WrongPassword() from exc


def key_check(key: bytes) -> str:
    """A value that tells the right key from a wrong one without revealing it."""
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()


@dataclass
class Vault:
    """The key file of one data folder, as read (or about to be written)."""

    data_dir: Path
    check: str
    accounts: dict[str, dict[str, Any]]
    """username → salt, KDF parameters and the key wrapped under that officer's password."""
    recovery: dict[str, Any]

    # -- reading and writing the key file ---------------------------------------------------

    @classmethod
    def load(cls, data_dir: Path) -> Vault:
        return cls.read(keys_path(data_dir), data_dir)

    @classmethod
    def read(cls, path: Path, data_dir: Path | None = None) -> Vault:
        """The key file at ``path`` (the folder's, or the copy beside a backup); saving it
        writes ``data_dir``'s key file (default: the folder of ``path``)."""
        data_dir = path.parent if data_dir is None else data_dir
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise VaultError(
                translate(
                    "store.vault",
                    "Falta el archivo de llaves {path}: sin él los datos cifrados de esta carpeta "
                    "no se pueden abrir. Restáurelo desde su copia, o restaure una copia de "
                    "respaldo con su contraseña.",
                ).format(path=path)
            ) from exc
        except (OSError, ValueError) as exc:
            raise VaultError(
                translate(
                    "store.vault",
                    "El archivo de llaves {path} está dañado o no es de OMIL Desktop.",
                ).format(path=path)
            ) from exc
        if not isinstance(raw, dict) or raw.get("format") != _FORMAT:
            raise VaultError(
                translate(
                    "store.vault", "El archivo {path} no es un archivo de llaves de OMIL Desktop."
                ).format(path=path)
            )
        if raw.get("version") != _VERSION:
            raise VaultError(
                translate(
                    "store.vault",
                    "El archivo de llaves {path} es de una versión más nueva de OMIL Desktop: "
                    "actualice el programa.",
                ).format(path=path)
            )
        accounts = raw.get("accounts")
        recovery = raw.get("recovery")
        check = raw.get("check")
        if not isinstance(accounts, dict) or not isinstance(recovery, dict):
            raise VaultError(
                translate("store.vault", "El archivo de llaves {path} está dañado.").format(
                    path=path
                )
            )
        if not isinstance(check, str):
            raise VaultError(
                translate("store.vault", "El archivo de llaves {path} está dañado.").format(
                    path=path
                )
            )
        return cls(data_dir, check, accounts, recovery)

    def save(self) -> None:
        """Write the key file whole (temporary name, flushed, renamed), readable only by the
        user."""
        path = keys_path(self.data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        body = json.dumps(
            {
                "format": _FORMAT,
                "version": _VERSION,
                "check": self.check,
                "accounts": self.accounts,
                "recovery": self.recovery,
            },
            indent=1,
            sort_keys=True,
        )
        partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.parcial")
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(body)
                file.flush()
                os.fsync(file.fileno())
            os.replace(partial, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()

    # -- creating and opening ----------------------------------------------------------------

    @classmethod
    def create(
        cls, data_dir: Path, username: str, password: str, *, key: bytes | None = None
    ) -> tuple[Vault, bytes, str]:
        """A new key file (not yet saved) for ``data_dir`` with one account; returns it, the
        database key (``key`` or a new one) and the recovery key to show once."""
        key = key or new_key()
        vault = cls(data_dir, key_check(key), {}, {})
        vault.set_password(key, username, password)
        recovery_key = vault.renew_recovery_key(key)
        return vault, key, recovery_key

    @property
    def usernames(self) -> list[str]:
        return sorted(self.accounts)

    def unlock(self, username: str, password: str) -> bytes:
        """The database key, opened with the officer's password; :class:`WrongPassword`."""
        entry = self.accounts.get(username)
        if entry is None:
            raise WrongPassword(
                translate(
                    "store.vault", "No hay una cuenta con ese nombre de usuario en este equipo."
                )
            )
        try:
            salt = _unb64(entry["salt"])
        except (KeyError, ValueError) as exc:
            raise VaultError(translate("store.vault", "El archivo de llaves está dañado.")) from exc
        return self._checked(_unwrap(entry, _password_key(password, salt), username))

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        """The database key, opened with the recovery key; :class:`WrongPassword`."""
        try:
            salt = _unb64(self.recovery["salt"])
        except (KeyError, ValueError) as exc:
            raise VaultError(translate("store.vault", "El archivo de llaves está dañado.")) from exc
        wrapping = _recovery_wrapping_key(recovery_key, salt)
        try:
            return self._checked(_unwrap(self.recovery, wrapping, _RECOVERY))
        except WrongPassword as exc:
            raise WrongPassword(
                translate(
                    "store.vault",
                    "La clave de recuperación no es correcta para estos datos. Revise que sea la "
                    "hoja impresa de esta oficina y de este equipo.",
                )
            ) from exc

    def fits(self, key: bytes) -> bool:
        """Whether ``key`` is the key this file wraps."""
        return hmac.compare_digest(key_check(key), self.check)

    def _checked(self, key: bytes) -> bytes:
        if not hmac.compare_digest(key_check(key), self.check):
            raise WrongPassword()
        return key

    def set_password(self, key: bytes, username: str, password: str) -> None:
        """Give ``username`` (new or not) ``password``; ``key`` must be this folder's."""
        self._checked(key)
        salt = secrets.token_bytes(16)
        self.accounts[username] = {
            "salt": _b64(salt),
            "kdf": {
                "name": "argon2id",
                "iterations": ARGON2_ITERATIONS,
                "lanes": ARGON2_LANES,
                "memory_kib": ARGON2_MEMORY_KIB,
            },
            **_wrap(key, _password_key(password, salt), username),
        }

    def remove_account(self, username: str) -> None:
        self.accounts.pop(username, None)

    def renew_recovery_key(self, key: bytes) -> str:
        """A new recovery key (the old one stops working once saved); returns it to show."""
        self._checked(key)
        recovery_key = new_recovery_key()
        salt = secrets.token_bytes(16)
        self.recovery = {
            "salt": _b64(salt),
            "kdf": {"name": "hkdf-sha256"},
            **_wrap(key, _recovery_wrapping_key(recovery_key, salt), _RECOVERY),
        }
        return recovery_key


# -- the keys unlocked in this process --------------------------------------------------------

_unlocked: dict[Path, bytes] = {}


def _folder(data_dir: Path) -> Path:
    return data_dir.resolve()


def remember(data_dir: Path, key: bytes) -> None:
    """Keep ``key`` as the unlocked key of ``data_dir`` for this process."""
    _unlocked[_folder(data_dir)] = key


def forget(data_dir: Path) -> None:
    _unlocked.pop(_folder(data_dir), None)


def key_for(data_dir: Path) -> bytes | None:
    """The folder's unlocked key; None for an unencrypted folder; :class:`FolderLocked` for an
    encrypted one not unlocked yet."""
    key = _unlocked.get(_folder(data_dir))
    if key is None and is_encrypted_folder(data_dir):
        raise FolderLocked(data_dir)
    return key


# -- connections --------------------------------------------------------------------------------

try:  # pragma: no branch - sqlcipher3 is a dependency
    import sqlcipher3 as _sqlcipher
except ImportError:  # pragma: no cover
    _sqlcipher = None
else:
    # SQLCipher writes "ERROR CORE …" lines to stderr when a key does not open a file (and
    # warnings otherwise): the program says what happened in Spanish, so its log stays silent.
    # The level is process-wide; any connection may set it.
    _quiet = _sqlcipher.connect(":memory:")
    try:
        _quiet.execute("PRAGMA cipher_log_level = NONE")
    finally:
        _quiet.close()


def pragma_key(key: bytes) -> str:
    """The statement that opens an SQLCipher database with the raw ``key``."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(
    path: Path,
    key: bytes | None,
    *,
    readonly: bool = False,
    check_same_thread: bool = True,
    sqlcipher: bool = False,
) -> sqlite3.Connection:
    """A DB-API connection to the database file at ``path``: SQLCipher with ``key``, plain
    SQLite without. ``readonly`` opens it read-only (never creating it); ``sqlcipher`` opens a
    plain file through SQLCipher all the same (to export it encrypted)."""
    target = f"{path.resolve().as_uri()}?mode=ro" if readonly else str(path)
    plain = key is None and not sqlcipher
    opener: Callable[..., Any] = sqlite3.connect if plain else _sqlcipher_connect
    conn: sqlite3.Connection = opener(target, uri=readonly, check_same_thread=check_same_thread)
    if key is not None:
        conn.execute(pragma_key(key))
    return conn


def connect_uri(uri: str, key: bytes) -> sqlite3.Connection:
    """An SQLCipher connection to the ``file:`` ``uri`` (read-only flags and all) with ``key``."""
    conn: sqlite3.Connection = _sqlcipher_connect(uri, uri=True)
    conn.execute(pragma_key(key))
    return conn


def _sqlcipher_connect(*args: Any, **kwargs: Any) -> Any:
    if _sqlcipher is None:  # pragma: no cover
        raise VaultError(
            translate(
                "store.vault", "Falta el componente de cifrado (sqlcipher3); reinstale el programa."
            )
        )
    return _sqlcipher.connect(*args, **kwargs)
