"""Commands on an encrypted office: the password from the keyring, OMIL_DESKTOP_PASSWORD or the
terminal; init's recovery key; officers' accounts; a plain (legacy) folder warned about."""

from __future__ import annotations

import getpass

import keyring
import pytest
from keyring.backend import KeyringBackend

from omil_desktop.app import main
from omil_desktop.services import access
from omil_desktop.store.engine import database_path
from omil_desktop.store.vault import is_plain_sqlite
from tests.conftest import TEST_PASSWORD


class MemoryKeyring(KeyringBackend):
    """The OS keyring, the one thing of the machine these tests replace."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(tmp_path, capsys):
    """An encrypted office set up by init (Ana Pérez, «ana.perez»), then signed out: the next
    command unlocks it again as a new process would."""
    data_dir = tmp_path / "datos"
    code, out, _ = run(
        capsys, "--data-dir", data_dir, "init", "--comuna", "10404", "--officer", "Ana Pérez"
    )
    assert code == 0
    recovery_key = next(
        line.split(": ")[1] for line in out.splitlines() if line.startswith("CLAVE DE")
    )
    access.sign_out(data_dir)
    yield data_dir, recovery_key
    access.sign_out(data_dir)


def test_init_encrypts_the_office_and_prints_the_recovery_key_once(office, capsys):
    data_dir, recovery_key = office
    assert not is_plain_sqlite(database_path(data_dir))
    assert len(recovery_key) == 29 and recovery_key.count("-") == 5

    code, out, _ = run(
        capsys, "--data-dir", data_dir, "init", "--comuna", "10404", "--officer", "Ana Soto"
    )

    assert code == 0 and "Ana Soto" in out
    assert "CLAVE DE RECUPERACIÓN" not in out  # correcting the office: no key shown again


def test_without_a_password_and_without_a_terminal_a_command_exits_2(office, capsys, monkeypatch):
    data_dir, _ = office
    monkeypatch.delenv("OMIL_DESKTOP_PASSWORD")

    code, out, err = run(capsys, "--data-dir", data_dir, "workshops")

    assert (code, out) == (2, "")
    assert err.startswith(f"Error: Los datos de {data_dir} están cifrados")
    assert "OMIL_DESKTOP_PASSWORD" in err


def test_the_environment_password_opens_and_a_wrong_one_is_refused(office, capsys, monkeypatch):
    data_dir, _ = office
    assert run(capsys, "--data-dir", data_dir, "cuenta", "lista")[1] == (
        "ana.perez\tAna Pérez\tEncargado(a)\tactiva\n"
    )
    access.sign_out(data_dir)
    monkeypatch.setenv("OMIL_DESKTOP_PASSWORD", "no es la clave")

    code, out, err = run(capsys, "--data-dir", data_dir, "cuenta", "lista")

    assert (code, out) == (2, "")
    assert err.startswith("Error: La contraseña no abre ninguna cuenta")


def test_the_password_is_asked_at_the_terminal(office, capsys, monkeypatch):
    data_dir, _ = office
    monkeypatch.delenv("OMIL_DESKTOP_PASSWORD")
    monkeypatch.setattr(access, "_stdin_is_terminal", lambda: True)
    asked: list[str] = []

    def typed(prompt: str) -> str:
        asked.append(prompt)
        return TEST_PASSWORD

    monkeypatch.setattr(getpass, "getpass", typed)

    code, out, _ = run(capsys, "--data-dir", data_dir, "cuenta", "lista")

    assert code == 0 and out.startswith("ana.perez\t")
    assert asked == ["Contraseña de ana.perez: "]


def test_the_key_kept_in_the_keyring_opens_without_a_password(office, capsys, monkeypatch):
    data_dir, _ = office
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        officer = access.unlock_for_command(data_dir)
        assert officer is not None and access.remember_on_this_pc(data_dir, officer)
        access.sign_out(data_dir)
        monkeypatch.delenv("OMIL_DESKTOP_PASSWORD")

        code, out, _ = run(capsys, "--data-dir", data_dir, "cuenta", "lista")

        assert code == 0 and out.startswith("ana.perez\t")
        access.forget_on_this_pc(data_dir)
        access.sign_out(data_dir)
        assert run(capsys, "--data-dir", data_dir, "cuenta", "lista")[0] == 2
    finally:
        keyring.set_keyring(previous)


def test_accounts_are_added_and_support_is_refused_the_manager_s_actions(
    office, capsys, monkeypatch
):
    data_dir, _ = office
    monkeypatch.setenv("OMIL_DESKTOP_NEW_PASSWORD", "clave de pedro 1")
    code, out, err = run(
        capsys, "--data-dir", data_dir, "cuenta", "agregar", "--user", "pedro.soto",
        "--name", "Pedro Soto",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == "Cuenta creada: pedro.soto (Pedro Soto, Apoyo).\n"
    access.sign_out(data_dir)
    monkeypatch.setenv("OMIL_DESKTOP_PASSWORD", "clave de pedro 1")

    code, out, err = run(
        capsys, "--data-dir", data_dir, "cuenta", "desactivar", "--user", "ana.perez"
    )
    assert (code, out) == (1, "")
    assert "encargada de la OMIL" in err and "apoyo" in err
    code, _, err = run(capsys, "--data-dir", data_dir, "settings", "--paper", "a4")
    assert code == 1 and "encargada de la OMIL" in err
    assert run(capsys, "--data-dir", data_dir, "workshops")[0] == 0  # the daily work is theirs
    code, out, _ = run(capsys, "--data-dir", data_dir, "cuenta", "lista")
    assert out.splitlines() == [
        "ana.perez\tAna Pérez\tEncargado(a)\tactiva",
        "pedro.soto\tPedro Soto\tApoyo\tactiva",
    ]


def test_a_forgotten_password_is_recovered_with_the_recovery_key(office, capsys, monkeypatch):
    data_dir, recovery_key = office
    monkeypatch.setenv("OMIL_DESKTOP_RECOVERY_KEY", recovery_key)
    monkeypatch.setenv("OMIL_DESKTOP_NEW_PASSWORD", "la clave nueva de ana")

    code, out, err = run(
        capsys, "--data-dir", data_dir, "cuenta", "recuperar", "--user", "ana.perez"
    )

    assert (code, err) == (0, "")
    assert out.startswith("Contraseña nueva guardada para ana.perez.")
    renewed = next(line for line in out.splitlines() if line.startswith("CLAVE DE"))
    assert recovery_key not in renewed
    access.sign_out(data_dir)
    assert run(capsys, "--data-dir", data_dir, "workshops")[0] == 2  # the old password
    monkeypatch.setenv("OMIL_DESKTOP_PASSWORD", "la clave nueva de ana")
    assert run(capsys, "--data-dir", data_dir, "workshops")[0] == 0
    access.sign_out(data_dir)
    code, _, err = run(capsys, "--data-dir", data_dir, "cuenta", "recuperar", "--user", "ana.perez")
    assert code == 2 and "clave de recuperación no es correcta" in err  # the old sheet


def test_a_plain_folder_keeps_working_with_a_warning(workspace, data_dir, capsys):
    code, out, err = run(capsys, "--data-dir", data_dir, "workshops")

    assert (code, out) == (0, "")
    assert err.startswith(f"Aviso: los datos de {data_dir} no están cifrados")
    assert "omil-desktop cifrar" in err


def test_cifrar_encrypts_a_plain_office_in_place(workspace, data_dir, person_data, capsys):
    workspace.people.create(person_data())
    workspace.close()

    code, out, err = run(capsys, "--data-dir", data_dir, "cifrar", "--user", "ana.perez")

    assert (code, err) == (0, "")
    assert f"Datos cifrados en {data_dir}. Cuenta de la persona encargada: ana.perez." in out
    assert any(line.startswith("CLAVE DE RECUPERACIÓN: ") for line in out.splitlines())
    assert not is_plain_sqlite(database_path(data_dir))
    access.sign_out(data_dir)
    code, out, err = run(capsys, "--data-dir", data_dir, "cuenta", "lista")
    assert (code, err) == (0, "")  # no warning any more: the data are encrypted
    assert out == "ana.perez\tAna Pérez\tEncargado(a)\tactiva\n"
    code, out, _ = run(capsys, "--data-dir", data_dir, "export-people", data_dir / "p.xlsx")
    assert (code, out) == (0, f"Exportadas: 1 persona a {data_dir / 'p.xlsx'}.\n")
    access.sign_out(data_dir)
