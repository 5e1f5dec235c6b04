"""Officers' accounts and signing in (services/access.py) on a real encrypted data folder."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from omil_desktop.domain.privacy import Role
from omil_desktop.services import access
from omil_desktop.services.access import (
    Officer,
    TooManyAttempts,
    WrongPassword,
    set_up_access,
    unlock,
    unlock_with_recovery,
)
from omil_desktop.services.errors import ServiceError, ValidationFailed
from omil_desktop.services.workspace import Workspace
from omil_desktop.store import clock, vault
from omil_desktop.store.engine import database_path
from omil_desktop.store.vault import FolderLocked, is_plain_sqlite

PASSWORD = "una frase larga 2026"
SUPPORT_PASSWORD = "otra frase de apoyo"


class FixedClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def fixed_clock(monkeypatch):
    fixed = FixedClock()
    monkeypatch.setattr(clock, "utcnow", fixed)
    return fixed


@pytest.fixture
def office(data_dir):
    """An encrypted office: Ana (encargada) and Pedro (apoyo); the key forgotten at the end."""
    recovery_key = set_up_access(data_dir, "ana.perez", "Ana Pérez", PASSWORD)
    ws = Workspace(data_dir)
    ws.set_up_office("10404", "Ana Pérez")
    ws.officer = ws.access.add_officer("ana.perez", "Ana Pérez", Role.MANAGER)
    ws.access.add_officer("pedro.soto", "Pedro Soto", Role.SUPPORT, SUPPORT_PASSWORD)
    ws.close()
    vault.forget(data_dir)
    yield data_dir, recovery_key
    vault.forget(data_dir)


def test_set_up_encrypts_the_folder_and_its_accounts_open_it(office):
    data_dir, recovery_key = office
    assert not is_plain_sqlite(database_path(data_dir))
    assert len(recovery_key) == 29
    with pytest.raises(FolderLocked):
        Workspace(data_dir)

    officer = unlock(data_dir, "Pedro.Soto ", SUPPORT_PASSWORD)

    assert officer == Officer("pedro.soto", "Pedro Soto", Role.SUPPORT)
    ws = Workspace(data_dir)
    try:
        assert ws.office.comuna_code == "10404"
        assert [(a.username, a.role, a.active) for a in ws.access.accounts()] == [
            ("ana.perez", Role.MANAGER, True),
            ("pedro.soto", Role.SUPPORT, True),
        ]
    finally:
        ws.close()


def test_a_wrong_password_waits_longer_each_time_and_a_right_one_resets(office, fixed_clock):
    data_dir, _ = office
    for _ in range(access.FREE_ATTEMPTS):
        with pytest.raises(WrongPassword) as caught:
            unlock(data_dir, "ana.perez", "no es esta")
        assert "espere" not in str(caught.value)
    waits = []
    for _ in range(3):
        with pytest.raises(WrongPassword) as caught:
            unlock(data_dir, "ana.perez", "no es esta")
        assert not isinstance(caught.value, TooManyAttempts)
        message = str(caught.value)
        assert message.startswith("La contraseña no es correcta.")
        waits.append(access.seconds_to_wait(data_dir))
        assert f"espere {access.wait_text(waits[-1])}" in message
        # Within the wait even the right password is refused, with how long is left.
        fixed_clock.advance(1)
        with pytest.raises(TooManyAttempts) as refused:
            unlock(data_dir, "ana.perez", PASSWORD)
        assert refused.value.seconds == waits[-1] - 1
        assert "Por seguridad, espere" in str(refused.value)
        fixed_clock.advance(waits[-1])
    assert waits == [2, 4, 8]

    assert unlock(data_dir, "ana.perez", PASSWORD).role is Role.MANAGER
    assert access.seconds_to_wait(data_dir) == 0
    assert not (data_dir / access.ATTEMPTS_FILENAME).exists()


def test_the_wait_is_at_most_five_minutes():
    assert [access.delay_after(n) for n in range(1, 7)] == [0, 0, 2, 4, 8, 16]
    assert access.delay_after(40) == access.MAX_DELAY_S == 300
    assert access.wait_text(300) == "5 minutos"
    assert access.wait_text(64) == "1 minuto y 4 segundos"


def test_a_forgotten_password_is_replaced_with_the_recovery_key_which_is_renewed(office):
    data_dir, recovery_key = office

    with pytest.raises(WrongPassword, match="clave de recuperación no es correcta"):
        unlock_with_recovery(
            data_dir, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "ana.perez", "nueva frase larga"
        )
    with pytest.raises(ValidationFailed) as weak:
        unlock_with_recovery(data_dir, recovery_key, "ana.perez", "corta")
    assert "al menos 10 caracteres" in weak.value.errors["password"]

    done = unlock_with_recovery(data_dir, recovery_key.lower(), "ana.perez", "nueva frase larga")

    assert done.officer.username == "ana.perez" and done.officer.is_manager
    assert done.recovery_key != recovery_key
    vault.forget(data_dir)
    with pytest.raises(WrongPassword):
        unlock(data_dir, "ana.perez", PASSWORD)
    assert unlock(data_dir, "ana.perez", "nueva frase larga").username == "ana.perez"
    vault.forget(data_dir)
    with pytest.raises(WrongPassword):  # the old sheet no longer opens anything
        unlock_with_recovery(data_dir, recovery_key, "ana.perez", "otra frase larga")
    assert unlock_with_recovery(data_dir, done.recovery_key, "pedro.soto", "apoyo nuevo 1").officer


def test_support_cannot_manage_accounts_or_the_office(office):
    data_dir, _ = office
    officer = unlock(data_dir, "pedro.soto", SUPPORT_PASSWORD)
    ws = Workspace(data_dir)
    ws.officer = officer
    try:
        with pytest.raises(ServiceError, match=r"encargada de la OMIL.*apoyo"):
            ws.require_manager()
        with pytest.raises(ServiceError, match="Solo la persona encargada"):
            ws.access.add_officer("otra", "Otra Persona", Role.SUPPORT, "una clave cualquiera")
        with pytest.raises(ServiceError, match="Solo la persona encargada"):
            ws.access.deactivate("ana.perez")
        assert len(ws.access.accounts()) == 2
    finally:
        ws.close()


def test_deactivated_accounts_no_longer_open_the_data(office):
    data_dir, _ = office
    officer = unlock(data_dir, "ana.perez", PASSWORD)
    ws = Workspace(data_dir)
    ws.officer = officer
    try:
        with pytest.raises(ServiceError, match="propia cuenta"):
            ws.access.deactivate("ana.perez")
        with pytest.raises(ValidationFailed) as taken:
            ws.access.add_officer("pedro.soto", "Pedro Otro", Role.SUPPORT, "una clave larga")
        assert "Ya existe la cuenta «pedro.soto»" in taken.value.errors["username"]
        ws.access.deactivate("pedro.soto")
        assert [a.active for a in ws.access.accounts()] == [True, False]
    finally:
        ws.close()
    vault.forget(data_dir)
    with pytest.raises(WrongPassword, match="No hay una cuenta"):
        unlock(data_dir, "pedro.soto", SUPPORT_PASSWORD)


def test_an_officer_changes_their_own_password(office):
    data_dir, _ = office
    officer = unlock(data_dir, "pedro.soto", SUPPORT_PASSWORD)
    ws = Workspace(data_dir)
    ws.officer = officer
    try:
        with pytest.raises(ValidationFailed) as refused:
            ws.access.change_password("no es la mía", "nueva de pedro", "nueva de pedro")
        assert set(refused.value.errors) == {"current"}
        with pytest.raises(ValidationFailed) as refused:
            ws.access.change_password(SUPPORT_PASSWORD, "nueva de pedro", "otra distinta")
        assert refused.value.errors["password"].startswith("Las dos contraseñas no coinciden")
        ws.access.change_password(SUPPORT_PASSWORD, "nueva de pedro", "nueva de pedro")
    finally:
        ws.close()
    vault.forget(data_dir)
    assert unlock(data_dir, "pedro.soto", "nueva de pedro").username == "pedro.soto"


def test_account_names_and_passwords_are_checked_all_at_once(data_dir):
    with pytest.raises(ValidationFailed) as caught:
        set_up_access(data_dir, "Ana Pérez", "A", "corta")
    assert set(caught.value.errors) == {"username", "full_name", "password"}
    assert not data_dir.exists() or not any(data_dir.iterdir())
    assert access.suggest_username("María José Núñez Pérez") == "maria.nunez"
    assert access.suggest_username("Ana Pérez") == "ana.perez"


def test_a_plain_folder_has_no_officer_and_a_warning(workspace, data_dir):
    assert workspace.officer is None
    workspace.require_manager()  # nothing to check without accounts
    assert access.unlock_for_command(data_dir) is None
    warning = access.plain_folder_warning(data_dir)
    assert warning is not None and "no están cifrados" in warning
    assert "omil-desktop cifrar" in warning
