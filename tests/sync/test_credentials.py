"""The device secret: in the OS keyring when one works, else in an owner-only file."""

from __future__ import annotations

import os
import stat
import sys

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordSetError

from omil_desktop.sync.credentials import FILE_NAME, SERVICE, CredentialStore

from .conftest import MemoryKeyring


class RefusingKeyring(MemoryKeyring):
    """A keyring that exists but will not store anything (a locked Secret Service)."""

    def set_password(self, service, username, password):
        raise PasswordSetError("locked")


@pytest.fixture
def use_keyring():
    previous = keyring.get_keyring()

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


def test_secret_goes_to_the_keyring_under_the_service_and_a_folder_bound_username(
    tmp_path, use_keyring
):
    backend = use_keyring(MemoryKeyring())
    store = CredentialStore(tmp_path)
    assert store.set("device-1", "s3cret") == "keyring"
    assert store.where == "keyring"
    assert store.get("device-1") == "s3cret"
    ((service, username),) = backend.passwords
    assert service == SERVICE
    assert username.startswith("device-1@")
    assert not (tmp_path / FILE_NAME).exists()
    # Another data folder on the same PC does not see this secret.
    assert CredentialStore(tmp_path / "otra").get("device-1") is None
    store.delete("device-1")
    assert store.get("device-1") is None
    store.delete("device-1")  # deleting twice is harmless


def test_without_a_keyring_the_secret_goes_to_an_owner_only_file(tmp_path, use_keyring):
    use_keyring(fail.Keyring())
    store = CredentialStore(tmp_path / "datos")
    assert store.where == "file"
    assert store.set("device-1", "s3cret") == "file"
    path = tmp_path / "datos" / FILE_NAME
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert CredentialStore(tmp_path / "datos").get("device-1") == "s3cret"
    assert store.get("another-device") is None
    assert [p.name for p in path.parent.iterdir()] == [FILE_NAME]  # no temporary left behind
    store.set("device-1", "new")  # replacing keeps it owner-only
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert store.get("device-1") == "new"
    store.delete("device-1")
    assert not path.exists()


def test_a_keyring_that_refuses_falls_back_to_the_file(tmp_path, use_keyring):
    use_keyring(RefusingKeyring())
    store = CredentialStore(tmp_path)
    assert store.set("device-1", "s3cret") == "file"
    assert store.where == "file"
    assert store.get("device-1") == "s3cret"


def test_a_damaged_file_reads_as_no_secret(tmp_path, use_keyring):
    use_keyring(fail.Keyring())
    (tmp_path / FILE_NAME).write_text("{not json", encoding="utf-8")
    assert CredentialStore(tmp_path).get("device-1") is None
