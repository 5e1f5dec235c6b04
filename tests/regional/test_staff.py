"""Staff accounts of the region's web page: ``omil-regional staff``, Argon2 hashes, sign-in with
its pauses, and sessions that end."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from omil_desktop.regional.cli import main
from omil_desktop.regional.core import AdminError
from omil_desktop.regional.models import LoginAttempt, StaffSession, StaffUser
from omil_desktop.regional.staff import (
    FAILURE_WINDOW_MINUTES,
    IDLE_MINUTES,
    LIFETIME_HOURS,
    LOG_DAYS,
    MAX_ADDRESS_FAILURES,
    MAX_USER_FAILURES,
    WRONG_LOGIN,
    Refused,
    SignedIn,
    StaffAccounts,
    token_hash,
)
from omil_desktop.regional.store import RegionalStore

PASSWORD = "cordillera-2026"
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
"""Cheap parameters for the tests that sign in many times (the real ones cost ~50 ms)."""


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 21, 14, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def store(tmp_path):
    opened = RegionalStore.open(f"sqlite:///{tmp_path / 'regional.sqlite3'}")
    yield opened
    opened.close()


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def accounts(store, clock):
    staff = StaffAccounts(store, clock=clock, hasher=FAST)
    staff.add("mrojas", PASSWORD)
    return staff


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_staff_commands(capsys, tmp_path, monkeypatch):
    where = ["--data-dir", str(tmp_path / "regional")]
    assert run(capsys, "init", "--region", "10", *where)[0] == 0
    code, out, _ = run(capsys, "staff", "list", *where)
    assert (code, out.strip()) == (
        0,
        "No hay cuentas. Cree una con: omil-regional staff add USUARIO",
    )

    monkeypatch.setenv("OMIL_REGIONAL_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, "staff", "add", "MRojas", *where)
    assert (code, out.strip()) == (0, "Cuenta «mrojas» creada.")
    code, _, err = run(capsys, "staff", "add", "mrojas", *where)
    assert (code, err.strip()) == (1, "Error: Ya existe la cuenta «mrojas».")
    code, _, err = run(capsys, "staff", "add", "María Rojas", *where)
    assert code == 1 and "sin espacios ni tildes" in err
    monkeypatch.setenv("OMIL_REGIONAL_PASSWORD", "corta")
    code, _, err = run(capsys, "staff", "add", "jperez", *where)
    assert (code, err.strip()) == (1, "Error: La contraseña debe tener al menos 10 caracteres.")

    # Typed at a terminal: asked twice; a mismatch is asked again.
    monkeypatch.delenv("OMIL_REGIONAL_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    typed = iter(["otra-clave-larga", "no-es-la-misma", "otra-clave-larga", "otra-clave-larga"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    code, out, err = run(capsys, "staff", "add", "jperez", *where)
    assert (code, out.strip()) == (0, "Cuenta «jperez» creada.")
    assert "Las contraseñas no coinciden." in err

    code, out, _ = run(capsys, "staff", "list", *where)
    lines = out.strip().splitlines()
    assert [line.split()[0] for line in lines] == ["jperez", "mrojas"]
    assert all("último ingreso nunca" in line and line.endswith("activa") for line in lines)

    code, out, _ = run(capsys, "staff", "disable", "mrojas", *where)
    assert (code, out.strip()) == (
        0, "Cuenta «mrojas» desactivada; sus sesiones abiertas se cerraron."
    )  # fmt: skip
    assert "desactivada" in run(capsys, "staff", "list", *where)[1].splitlines()[1]

    monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # a script without the variable
    code, _, err = run(capsys, "staff", "password", "mrojas", *where)
    assert code == 1 and "OMIL_REGIONAL_PASSWORD" in err
    monkeypatch.setenv("OMIL_REGIONAL_PASSWORD", "nueva-clave-2027")
    code, out, _ = run(capsys, "staff", "password", "mrojas", *where)
    assert code == 0 and "Contraseña de «mrojas» cambiada" in out
    assert run(capsys, "staff", "list", *where)[1].splitlines()[1].endswith("activa")
    code, _, err = run(capsys, "staff", "disable", "nadie", *where)
    assert (code, err.strip()) == (1, "Error: No existe la cuenta «nadie».")

    store = RegionalStore.open(f"sqlite:///{tmp_path / 'regional' / 'regional.sqlite3'}")
    try:
        with store.read() as session:
            stored = session.get(StaffUser, "mrojas").password_hash
    finally:
        store.close()
    assert stored.startswith("$argon2id$") and "nueva-clave-2027" not in stored
    assert PasswordHasher().verify(stored, "nueva-clave-2027")


def test_sign_in_gives_a_session_and_logout_ends_it(accounts, store, caplog):
    caplog.set_level("INFO", logger="omil_desktop.regional.staff")
    signed = accounts.sign_in("MRojas ", PASSWORD, "10.0.0.5")
    assert accounts.sign_in("mrojas", "clave-equivocada", "10.0.0.5") == Refused(WRONG_LOGIN)
    logged = [r.getMessage() for r in caplog.records]
    assert logged == [  # who and from where: in the access log (omil-regional accesos) only
        "Ingreso a la página regional (detalle: omil-regional accesos).",
        "Ingreso rechazado a la página regional (detalle: omil-regional accesos).",
    ]
    assert not any(PASSWORD in m or "clave-equivocada" in m for m in logged)
    assert not any("mrojas" in m or "10.0.0.5" in m for m in logged)
    assert isinstance(signed, SignedIn) and signed.username == "mrojas"
    active = accounts.session(signed.token)
    assert active is not None and active.csrf_token == signed.csrf_token
    with store.read() as session:
        kept = session.scalars(select(StaffSession)).one()
        assert kept.token_sha256 == token_hash(signed.token) != signed.token
        attempts = list(session.scalars(select(LoginAttempt).order_by(LoginAttempt.id)))
        assert [(a.username, a.address, a.succeeded) for a in attempts] == [
            ("mrojas", "10.0.0.5", True), ("mrojas", "10.0.0.5", False),
        ]  # fmt: skip
        assert accounts.accounts()[0].last_login_at is not None
    accounts.end(signed.token)
    assert accounts.session(signed.token) is None
    assert accounts.session("not-a-token") is None


def test_unknown_user_and_wrong_password_get_the_same_answer(accounts, store):
    wrong = accounts.sign_in("mrojas", "no-es-la-clave", "10.0.0.5")
    unknown = accounts.sign_in("nadie", PASSWORD, "10.0.0.5")
    typo = accounts.sign_in("mi clave secreta", PASSWORD, "10.0.0.5")  # a password in the box
    assert wrong == unknown == typo == Refused(WRONG_LOGIN)
    accounts.disable("mrojas")
    assert accounts.sign_in("mrojas", PASSWORD, "10.0.0.5") == Refused(WRONG_LOGIN)
    with store.read() as session:
        attempts = list(session.scalars(select(LoginAttempt).order_by(LoginAttempt.id)))
    assert [a.username for a in attempts] == ["mrojas", None, None, "mrojas"]
    assert not any(a.succeeded for a in attempts)
    everything = " ".join(f"{a.user_key} {a.username} {a.address}" for a in attempts)
    assert PASSWORD not in everything and "mi clave secreta" not in everything


def test_failures_pause_attempts_per_user_then_resume(accounts, clock):
    for _ in range(MAX_USER_FAILURES):
        assert accounts.sign_in("mrojas", "mala-clave-000", "10.0.0.5") == Refused(WRONG_LOGIN)
        clock.advance(minutes=1)
    paused = accounts.sign_in("mrojas", PASSWORD, "10.0.0.9")  # right password, other address
    assert isinstance(paused, Refused) and paused.retry_at is not None
    assert paused.message == (
        "Demasiados intentos fallidos de ingreso. Por seguridad, espere 10 minutos y vuelva a "
        "intentarlo."
    )
    # An unknown name is paused the same way (nothing tells the two apart).
    for _ in range(MAX_USER_FAILURES):
        accounts.sign_in("nadie", "mala-clave-000", "10.0.0.7")
    assert accounts.sign_in("nadie", "mala-clave-000", "10.0.0.7").retry_at is not None
    # Another account is not paused by mrojas's failures.
    accounts.add("jperez", PASSWORD)
    assert isinstance(accounts.sign_in("jperez", PASSWORD, "10.0.0.5"), SignedIn)
    clock.now = paused.retry_at
    assert isinstance(accounts.sign_in("mrojas", PASSWORD, "10.0.0.5"), SignedIn)
    # A success starts the count again.
    assert accounts.sign_in("mrojas", "mala-clave-000", "10.0.0.5") == Refused(WRONG_LOGIN)


def test_failures_from_one_address_pause_it_for_every_name(accounts, clock):
    for n in range(MAX_ADDRESS_FAILURES):
        accounts.sign_in(f"nombre{n}", "mala-clave-000", "10.0.0.66")
    paused = accounts.sign_in("mrojas", PASSWORD, "10.0.0.66")
    assert isinstance(paused, Refused) and paused.retry_at == clock.now + timedelta(
        minutes=FAILURE_WINDOW_MINUTES
    )
    assert isinstance(accounts.sign_in("mrojas", PASSWORD, "10.0.0.5"), SignedIn)


def test_sessions_end_when_idle_too_long_or_too_old(accounts, clock):
    idle = accounts.sign_in("mrojas", PASSWORD, "10.0.0.5")
    assert isinstance(idle, SignedIn)
    clock.advance(minutes=IDLE_MINUTES - 1)
    assert accounts.session(idle.token) is not None  # used: the idle time starts again
    clock.advance(minutes=IDLE_MINUTES - 1)
    assert accounts.session(idle.token) is not None
    clock.advance(minutes=IDLE_MINUTES + 1)
    assert accounts.session(idle.token) is None
    clock.advance(minutes=-IDLE_MINUTES)  # a session once ended stays ended
    assert accounts.session(idle.token) is None

    busy = accounts.sign_in("mrojas", PASSWORD, "10.0.0.5")
    assert isinstance(busy, SignedIn)
    for _ in range(LIFETIME_HOURS * 4 - 1):
        clock.advance(minutes=15)
        assert accounts.session(busy.token) is not None
    clock.advance(minutes=15)
    assert accounts.session(busy.token) is None


def test_disabling_or_a_new_password_ends_the_sessions(accounts):
    first = accounts.sign_in("mrojas", PASSWORD, "10.0.0.5")
    assert isinstance(first, SignedIn)
    accounts.set_password("mrojas", "otra-clave-segura")
    assert accounts.session(first.token) is None
    assert accounts.sign_in("mrojas", PASSWORD, "10.0.0.5") == Refused(WRONG_LOGIN)
    second = accounts.sign_in("mrojas", "otra-clave-segura", "10.0.0.5")
    assert isinstance(second, SignedIn)
    accounts.disable("mrojas")
    assert accounts.session(second.token) is None


def test_a_hash_of_older_parameters_is_renewed_at_sign_in(store, clock):
    StaffAccounts(store, clock=clock, hasher=FAST).add("mrojas", PASSWORD)
    with store.read() as session:
        old = session.get(StaffUser, "mrojas").password_hash
    stronger = PasswordHasher()
    assert stronger.check_needs_rehash(old)
    accounts = StaffAccounts(store, clock=clock, hasher=stronger)
    assert isinstance(accounts.sign_in("mrojas", PASSWORD, "10.0.0.5"), SignedIn)
    with store.read() as session:
        new = session.get(StaffUser, "mrojas").password_hash
    assert new != old and not stronger.check_needs_rehash(new)
    assert stronger.verify(new, PASSWORD)


def test_account_names_and_passwords_are_checked(accounts):
    with pytest.raises(AdminError, match="Ya existe"):
        accounts.add("MROJAS", PASSWORD)
    with pytest.raises(AdminError, match="al menos 10"):
        accounts.add("jperez", "123")
    with pytest.raises(AdminError, match="espacios"):
        accounts.add("jperez", " " + PASSWORD)
    with pytest.raises(AdminError, match="No existe la cuenta «nadie»"):
        accounts.set_password("nadie", PASSWORD)


def test_attempts_are_kept_for_a_year(accounts, store, clock):
    accounts.sign_in("mrojas", "clave-equivocada", "10.0.0.5")
    clock.advance(days=LOG_DAYS - 1)
    accounts.sign_in("mrojas", PASSWORD, "10.0.0.5")
    clock.advance(days=2)
    accounts.sign_in("mrojas", PASSWORD, "10.0.0.5")
    with store.read() as session:
        kept = [
            a.succeeded for a in session.scalars(select(LoginAttempt).order_by(LoginAttempt.id))
        ]
    assert kept == [True, True]  # the failure of a year ago is gone
