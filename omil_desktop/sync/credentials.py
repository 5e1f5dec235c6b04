"""Where this device keeps its sync secret: the OS keyring, or an owner-only file without one.

The secret is the device's password for the regional server (docs/sync-protocol.md §4). It lives in
the operating system's keyring (Windows Credential Manager, Secret Service, macOS Keychain) under
the service ``omil-desktop`` and a username bound to the data folder and the device, so two data
folders on one PC never share a secret. Where no keyring works (a server without a session bus, a
locked-down PC) it goes to a file in the data folder readable only by its owner, and
:attr:`CredentialStore.where` says so, so the window can tell the officer.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Literal

import keyring
import keyring.errors
from keyring.backends import fail

log = logging.getLogger(__name__)

SERVICE = "omil-desktop"
FILE_NAME = "credencial-sincronizacion.json"

Where = Literal["keyring", "file"]


class CredentialStore:
    """Get, set and delete the secret of a device enrolled from ``data_dir``."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / FILE_NAME
        self._where: Where = "keyring" if self._keyring_usable() else "file"

    @property
    def where(self) -> Where:
        """``keyring`` when the secret goes to (or was found in) the OS keyring, else ``file``."""
        return self._where

    def username(self, device_id: str) -> str:
        """The keyring username: the device id and a digest of the data folder's full path."""
        folder = str(self.data_dir.resolve()).encode("utf-8")
        return f"{device_id}@{hashlib.sha256(folder).hexdigest()[:16]}"

    # -- public API -----------------------------------------------------------------------------

    def set(self, device_id: str, secret: str) -> Where:
        """Store ``secret`` for ``device_id``; return where it went."""
        if self._keyring_usable():
            try:
                keyring.set_password(SERVICE, self.username(device_id), secret)
            except keyring.errors.KeyringError as exc:
                log.warning("keyring refused the secret (%s); using the file", type(exc).__name__)
            else:
                self._remove_file()
                self._where = "keyring"
                return "keyring"
        self._write_file(device_id, secret)
        self._where = "file"
        return "file"

    def get(self, device_id: str) -> str | None:
        """The secret of ``device_id`` from the keyring or the file; ``None`` when there is none."""
        if self._keyring_usable():
            try:
                secret = keyring.get_password(SERVICE, self.username(device_id))
            except keyring.errors.KeyringError as exc:
                log.warning("keyring could not be read (%s)", type(exc).__name__)
            else:
                if secret is not None:
                    self._where = "keyring"
                    return secret
        secret = self._read_file(device_id)
        if secret is not None:
            self._where = "file"
        return secret

    def delete(self, device_id: str) -> None:
        """Forget the secret of ``device_id`` wherever it is; no error when there is none."""
        if self._keyring_usable():
            # Not there (PasswordDeleteError) or no keyring after all: nothing to forget.
            with contextlib.suppress(keyring.errors.KeyringError):
                keyring.delete_password(SERVICE, self.username(device_id))
        if self._read_file(device_id) is not None:
            self._remove_file()

    # -- the keyring ----------------------------------------------------------------------------

    @staticmethod
    def _keyring_usable() -> bool:
        try:
            backend = keyring.get_keyring()
        except keyring.errors.KeyringError:
            return False
        if isinstance(backend, fail.Keyring):
            return False
        try:
            return float(backend.priority) > 0
        except Exception:  # a backend that cannot even tell its priority does not work
            return False

    # -- the file fallback ----------------------------------------------------------------------

    def _write_file(self, device_id: str, secret: str) -> None:
        """Write the file atomically, owner-only (0600) from the moment it exists."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
        data = json.dumps({"device_id": device_id, "secret": secret}).encode("utf-8")
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        descriptor = os.open(temporary, flags, 0o600)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise

    def _read_file(self, device_id: str) -> str | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("credential file unreadable (%s)", type(exc).__name__)
            return None
        if not isinstance(data, dict) or data.get("device_id") != device_id:
            return None
        secret = data.get("secret")
        return secret if isinstance(secret, str) else None

    def _remove_file(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
