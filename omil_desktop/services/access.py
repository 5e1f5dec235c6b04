"""Who may open the office's data on this PC: officers' accounts, signing in, the recovery key.

Each officer has an account of their own (never shared): a row of ``officer_account`` (name,
role, active) and, in the data folder's key file (store/vault.py), the database key wrapped under
that officer's password. Deactivating an account removes its wrapped key: the old password stops
opening the data at once. A forgotten password is replaced with the recovery key, which is then
renewed (the old sheet may have been seen).

Wrong passwords are counted in a small file of the data folder (``intentos.json``): after
:data:`FREE_ATTEMPTS` failures each new attempt waits twice as long as the last (2, 4, 8 s… up to
:data:`MAX_DELAY_S`), whoever tries (the window, a command); a success resets the count.

Commands unlock through :func:`unlock_for_command`: the key kept in the OS keyring (when the
officer chose «Recordar en este equipo»), else ``OMIL_DESKTOP_PASSWORD``, else the terminal.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import re
import sys
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select

from omil_desktop.domain.privacy import Role
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import ServiceError, ValidationFailed
from omil_desktop.services.office import OfficeService
from omil_desktop.store import clock
from omil_desktop.store.database import Database
from omil_desktop.store.engine import database_path
from omil_desktop.store.errors import DATABASE_ERRORS
from omil_desktop.store.models import OfficerAccount
from omil_desktop.store.vault import (
    FolderLocked,
    Vault,
    VaultError,
    WrongPassword,
    is_encrypted_folder,
    is_plain_sqlite,
    key_check,
    key_for,
    remember,
)

PASSWORD_ENV = "OMIL_DESKTOP_PASSWORD"
"""The password of a command run by a script (tried against each account of the key file)."""
USER_ENV = "OMIL_DESKTOP_USER"
"""Optional: the account a script signs in with (else the first the password opens)."""
NEW_PASSWORD_ENV = "OMIL_DESKTOP_NEW_PASSWORD"
"""A new password given to a command by a script (a new account, a changed password)."""
RECOVERY_KEY_ENV = "OMIL_DESKTOP_RECOVERY_KEY"
"""The recovery key given to ``omil-desktop cuenta recuperar`` by a script."""

MIN_PASSWORD_LENGTH = 10
USERNAME_MAX = 40
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
FULL_NAME_MAX = 200

ATTEMPTS_FILENAME = "intentos.json"
FREE_ATTEMPTS = 2
"""Failures allowed before the delay starts: the third failure makes the next try wait 2 s."""
MAX_DELAY_S = 300
REMEMBERED_FILENAME = "recordar-en-este-equipo.json"
"""Marks that the key is kept in the OS keyring (and under which keyring name); no secret in it."""
KEYRING_SERVICE = "omil-desktop-llave"

T = TypeVar("T")


class TooManyAttempts(WrongPassword):
    """Too many wrong passwords in a row: the next attempt must wait ``seconds``."""

    def __init__(self, seconds: int) -> None:
        super().__init__(
            translate(
                "services.access",
                "Hubo varios intentos con una contraseña equivocada. Por seguridad, espere "
                "{wait_text} antes de volver a intentarlo.",
            ).format(wait_text=wait_text(seconds))
        )
        self.seconds = seconds


class NoPassword(ServiceError):
    """A command found an encrypted folder and no way to ask for its password."""


def wait_text(seconds: int) -> str:
    """«5 segundos», «1 minuto y 4 segundos», «5 minutos»."""
    minutes, rest = divmod(max(1, seconds), 60)
    minutes_text = translate("services.access", "%n minuto(s)", None, minutes)
    seconds_text = translate("services.access", "%n segundo(s)", None, rest)
    if not minutes:
        return seconds_text
    if not rest:
        return minutes_text
    return translate("services.access", "{minutes} y {seconds}").format(
        minutes=minutes_text, seconds=seconds_text
    )


@dataclass(frozen=True)
class Officer:
    """The officer signed in (who acts, for the audit and the role's rules)."""

    username: str
    full_name: str
    role: Role

    @property
    def is_manager(self) -> bool:
        return self.role is Role.MANAGER

    @property
    def label(self) -> str:
        """«Carolina Oyarzún (Encargado(a))», for the status bar."""
        return f"{self.full_name or self.username} ({self.role.label})"


@dataclass(frozen=True)
class Account:
    username: str
    full_name: str
    role: Role
    active: bool
    created_at: datetime
    last_login_at: datetime | None


@dataclass(frozen=True)
class Recovered:
    """After the recovery key: who is signed in and the NEW recovery key, to show once."""

    officer: Officer
    recovery_key: str


# -- checks ---------------------------------------------------------------------------------------


def password_problem(password: str, repeated: str | None = None) -> str | None:
    """The Spanish reason a new password is refused, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return translate(
            "services.access",
            "La contraseña debe tener al menos {MIN_PASSWORD_LENGTH} caracteres (tiene {len}). "
            "Una frase corta es fácil de recordar y difícil de adivinar.",
        ).format(MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH, len=len(password))
    if password.strip() != password and not password.strip():
        return translate("services.access", "La contraseña no puede ser solo espacios.")
    if repeated is not None and repeated != password:
        return translate("services.access", "Las dos contraseñas no coinciden: escríbala de nuevo.")
    return None


def username_problem(username: str) -> str | None:
    if not _USERNAME.match(username):
        return translate(
            "services.access",
            "El nombre de usuario lleva de 2 a 40 letras minúsculas sin tilde, números, "
            "puntos o "
            "guiones (ej. ana.perez).",
        )
    return None


def suggest_username(full_name: str) -> str:
    """«Ana María Pérez Soto» → «ana.perez»: the first name and the first surname, plain."""
    plain = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", plain) if w]
    if not words:
        return "oficina"
    if len(words) >= 3:  # Chilean names: first name(s), then two surnames
        words = [words[0], words[-2]]
    return ".".join(words[:2])[:USERNAME_MAX]


def check_account(username: str, full_name: str, password: str | None) -> tuple[str, str]:
    errors: dict[str, str] = {}
    username = username.strip().lower()
    full_name = " ".join(full_name.split())
    problem = username_problem(username)
    if problem:
        errors["username"] = problem
    if len(full_name) < 3:
        errors["full_name"] = translate(
            "services.access", "Escriba el nombre completo del funcionario(a)."
        )
    elif len(full_name) > FULL_NAME_MAX:
        errors["full_name"] = translate(
            "services.access", "El nombre admite hasta {FULL_NAME_MAX} caracteres."
        ).format(FULL_NAME_MAX=FULL_NAME_MAX)
    if password is not None:
        problem = password_problem(password)
        if problem:
            errors["password"] = problem
    if errors:
        raise ValidationFailed(errors)
    return username, full_name


# -- the count of wrong passwords -----------------------------------------------------------------


def _attempts_path(data_dir: Path) -> Path:
    return data_dir / ATTEMPTS_FILENAME


def _read_attempts(data_dir: Path) -> tuple[int, datetime | None]:
    try:
        raw = json.loads(_attempts_path(data_dir).read_text(encoding="utf-8"))
        return int(raw["failures"]), datetime.fromisoformat(raw["last"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0, None


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt after ``failures`` wrong ones in a row."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_S, 2 ** (failures - FREE_ATTEMPTS)))


def seconds_to_wait(data_dir: Path) -> int:
    """How long the next attempt must still wait (0: it may go now)."""
    failures, last = _read_attempts(data_dir)
    if last is None:
        return 0
    until = last + timedelta(seconds=delay_after(failures))
    left = (until - clock.utcnow()).total_seconds()
    return max(0, int(left + 0.999))


def _write_attempts(data_dir: Path, failures: int) -> None:
    path = _attempts_path(data_dir)
    if failures == 0:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    body = json.dumps({"failures": failures, "last": clock.utcnow().isoformat()})
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.parcial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(body)
        os.replace(partial, path)
    except OSError:  # a read-only folder: the delay cannot be kept, the password still checked
        with contextlib.suppress(OSError):
            partial.unlink()


def _attempt(data_dir: Path, opening: Callable[[], T]) -> T:
    """Run ``opening`` (which raises WrongPassword when the secret is wrong) under the delay:
    refused with :class:`TooManyAttempts` while one is running; a failure counted, the wait it
    brings added to the message; a success resets the count."""
    wait = seconds_to_wait(data_dir)
    if wait:
        raise TooManyAttempts(wait)
    try:
        result = opening()
    except TooManyAttempts:
        raise
    except WrongPassword as exc:
        failures = _read_attempts(data_dir)[0] + 1
        _write_attempts(data_dir, failures)
        delay = delay_after(failures)
        if delay:
            raise WrongPassword(
                translate(
                    "services.access",
                    "{exc} Por seguridad, espere {wait_text} antes de volver a intentarlo.",
                ).format(exc=exc, wait_text=wait_text(delay))
            ) from exc
        raise
    _write_attempts(data_dir, 0)
    return result


# -- the officers of an unlocked folder ------------------------------------------------------------


def _account_rows(data_dir: Path, key: bytes) -> dict[str, tuple[str, Role, bool]] | None:
    """username → (full name, role, active), read with ``key``; None when the database has no
    accounts table yet (a folder just set up, or not migrated)."""
    from omil_desktop.store.vault import connect

    path = database_path(data_dir)
    if not path.is_file():
        return None
    try:
        conn = connect(path, key, readonly=True)
    except DATABASE_ERRORS:
        return None
    try:
        rows = conn.execute("SELECT username, full_name, role, active FROM officer_account")
        return {u: (n, Role(r), bool(a)) for u, n, r, a in rows.fetchall()}
    except DATABASE_ERRORS:
        return None
    except ValueError:  # a role this version does not know
        return None
    finally:
        conn.close()


def _officer(data_dir: Path, key: bytes, username: str) -> Officer:
    rows = _account_rows(data_dir, key)
    if not rows:  # the first account, before its row is written: the encargado(a)
        return Officer(username, "", Role.MANAGER)
    found = rows.get(username)
    if found is None:  # in the key file without a row: the least it may be
        return Officer(username, "", Role.SUPPORT)
    full_name, role, active = found
    if not active:
        raise WrongPassword(
            translate(
                "services.access",
                "Esta cuenta fue desactivada. Pida a la persona encargada de la OMIL que la active "
                "de nuevo o le cree otra.",
            )
        )
    return Officer(username, full_name, role)


_signed_in: dict[Path, Officer] = {}
"""Who unlocked each folder in this process (with the key vault.remember keeps)."""


def _remember(data_dir: Path, key: bytes, officer: Officer) -> None:
    remember(data_dir, key)
    _signed_in[data_dir.resolve()] = officer


def signed_in(data_dir: Path) -> Officer | None:
    """Who unlocked ``data_dir`` in this process, if it is unlocked."""
    try:
        key = key_for(data_dir)
    except FolderLocked:
        return None
    return _signed_in.get(data_dir.resolve()) if key is not None else None


def usernames(data_dir: Path) -> list[str]:
    """The accounts that may open the folder (its key file's), for the sign-in's list."""
    return Vault.load(data_dir).usernames


def is_encrypted(data_dir: Path) -> bool:
    """Whether the folder's data are (or are being) encrypted: it has a key file."""
    return is_encrypted_folder(data_dir)


def has_database(data_dir: Path) -> bool:
    """Whether the folder holds a database already (an office, or one being set up)."""
    return database_path(data_dir).exists()


# -- set-up and signing in -------------------------------------------------------------------------


def set_up_access(data_dir: Path, username: str, full_name: str, password: str) -> str:
    """Encrypt a new data folder: the key file with the first account (``username``, who will
    be the encargado(a)); the key remembered in this process. Returns the recovery key, to be
    shown once. The account's row is written once the workspace is open
    (``workspace.access.add_officer(username, full_name, Role.MANAGER)``)."""
    username, full_name = check_account(username, full_name, password)
    if is_encrypted_folder(data_dir):
        raise ServiceError(
            translate(
                "services.access",
                "La carpeta {data_dir} ya tiene su archivo de llaves: sus datos ya están cifrados.",
            ).format(data_dir=data_dir)
        )
    vault, key, recovery_key = Vault.create(data_dir, username, password)
    vault.save()
    _remember(data_dir, key, Officer(username, full_name, Role.MANAGER))
    return recovery_key


def unlock(data_dir: Path, username: str, password: str) -> Officer:
    """Open the folder with an officer's password: the key remembered in this process, the
    officer returned. :class:`WrongPassword` (the wait it brings, if any, in its message),
    :class:`TooManyAttempts` while a wait runs."""
    username = username.strip().lower()
    vault = Vault.load(data_dir)

    def opening() -> tuple[bytes, Officer]:
        key = vault.unlock(username, password)
        return key, _officer(data_dir, key, username)

    key, officer = _attempt(data_dir, opening)
    _remember(data_dir, key, officer)
    return officer


def check_password(data_dir: Path, username: str, password: str) -> None:
    """The window's lock: whether ``password`` is ``username``'s (under the same delay)."""
    vault = Vault.load(data_dir)
    _attempt(data_dir, lambda: vault.unlock(username, password))


def unlock_with_recovery(
    data_dir: Path, recovery_key: str, username: str, new_password: str
) -> Recovered:
    """A forgotten password: the recovery key opens the folder, ``username`` gets
    ``new_password``, and a NEW recovery key replaces the old one (returned, to show once)."""
    problem = password_problem(new_password)
    if problem:
        raise ValidationFailed({"password": problem})
    username = username.strip().lower()
    vault = Vault.load(data_dir)
    if username not in vault.accounts:
        raise ValidationFailed(
            {
                "username": translate(
                    "services.access",
                    "No hay una cuenta activa con ese nombre de usuario en este equipo.",
                )
            }
        )
    key = _attempt(data_dir, lambda: vault.unlock_with_recovery(recovery_key))
    officer = _officer(data_dir, key, username)
    vault.set_password(key, username, new_password)
    renewed = vault.renew_recovery_key(key)
    vault.save()
    _remember(data_dir, key, officer)
    return Recovered(officer, renewed)


# -- the recovery key's sheet -------------------------------------------------------------------


def save_recovery_sheet(
    office: OfficeService, out: Path, recovery_key: str, officer: Officer, data_dir: Path
) -> int:
    """The one-page PDF of ``recovery_key`` on the office's letterhead, saved whole at ``out``
    (a Spanish ServiceError when it cannot be); returns its pages."""
    from datetime import datetime as local

    from omil_desktop.reports.recovery_sheet import write_recovery_sheet
    from omil_desktop.services.workshop_documents import write_whole

    if out.suffix.lower() != ".pdf":
        raise ServiceError(
            translate(
                "services.access",
                "La hoja se guarda como PDF: escriba un nombre terminado en .pdf, no «{name}».",
            ).format(name=out.name)
        )
    settings = office.document_settings()
    letterhead = office.letterhead(settings)
    return write_whole(
        out,
        lambda target: write_recovery_sheet(
            target,
            letterhead,
            recovery_key,
            officer_name=officer.full_name or officer.username,
            username=officer.username,
            data_dir=data_dir,
            generated=local.now().replace(microsecond=0),
            paper=settings.paper,
        ),
    )


# -- a plain (legacy) folder, encrypted in place ---------------------------------------------------


def _encryption() -> Any:
    """store/encrypt.py (the plaintext → encrypted migration)."""
    import importlib

    try:
        encrypt = importlib.import_module("omil_desktop.store.encrypt")
    except ImportError as exc:  # pragma: no cover - until the migration is installed
        raise ServiceError(
            translate(
                "services.access",
                "Esta versión del programa aún no puede cifrar una carpeta existente.",
            )
        ) from exc
    return encrypt


def needs_encryption(data_dir: Path) -> bool:
    """A plain database to encrypt, or an encryption left half-way (to finish once unlocked)."""
    if not database_path(data_dir).exists() and not is_encrypted_folder(data_dir):
        return False
    try:
        encrypt = _encryption()
    except ServiceError:
        return False
    return bool(encrypt.needs_encryption(data_dir))


def finish_encryption(data_dir: Path, progress: Callable[[str], None] | None = None) -> None:
    """Finish an encryption a power cut left half-way (the folder must be unlocked)."""
    key = key_for(data_dir)
    if key is not None and needs_encryption(data_dir):
        _encryption().encrypt_in_place(data_dir, key, progress=progress)


def encrypt_plain_folder(
    data_dir: Path,
    username: str | None,
    full_name: str,
    password: str,
    progress: Callable[[str], None] | None = None,
) -> Recovered:
    """Encrypt a plain (legacy) office in place: the key file with the encargado(a)'s account
    first (so a power cut mid-way is finished at the next sign-in), then the data, then the
    account's row. Returns the officer and the recovery key to show once. The folder must not
    be open."""
    from omil_desktop.services.workspace import Workspace

    username = (username or suggest_username(full_name)).strip().lower()
    username, full_name = check_account(username, full_name, password)
    if is_encrypted_folder(data_dir):
        raise ServiceError(
            translate(
                "services.access",
                "La carpeta {data_dir} ya tiene su archivo de llaves: sus datos ya están cifrados.",
            ).format(data_dir=data_dir)
        )
    _encryption()  # refused before the key file is written when it cannot be done
    vault, key, recovery_key = Vault.create(data_dir, username, password)
    vault.save()
    _remember(data_dir, key, Officer(username, full_name, Role.MANAGER))
    _encryption().encrypt_in_place(data_dir, key, progress=progress)
    workspace = Workspace(data_dir)
    try:
        officer = workspace.access.add_officer(username, full_name, Role.MANAGER)
    finally:
        workspace.close()
    return Recovered(officer, recovery_key)


# -- the key kept in the OS keyring («Recordar en este equipo») ------------------------------------


def _keyring_name(data_dir: Path) -> str:
    folder = str(data_dir.resolve()).encode("utf-8")
    return f"llave@{hashlib.sha256(folder).hexdigest()[:16]}"


def remember_on_this_pc(data_dir: Path, officer: Officer) -> bool:
    """Keep the unlocked key in the OS keyring for ``officer`` (the window then opens without
    asking, and so do commands). False when this PC has no usable keyring."""
    import keyring
    import keyring.errors
    from keyring.backends import fail

    key = key_for(data_dir)
    if key is None or isinstance(keyring.get_keyring(), fail.Keyring):
        return False
    secret = json.dumps({"username": officer.username, "key": key.hex()})
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_name(data_dir), secret)
    except keyring.errors.KeyringError:
        return False
    (data_dir / REMEMBERED_FILENAME).write_text(
        json.dumps({"keyring": _keyring_name(data_dir)}), encoding="utf-8"
    )
    return True


def forget_on_this_pc(data_dir: Path) -> None:
    """Drop the key from the OS keyring (the password is asked again at every start)."""
    marker = data_dir / REMEMBERED_FILENAME
    if not marker.exists():
        return
    import keyring
    import keyring.errors

    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(KEYRING_SERVICE, _keyring_name(data_dir))
    with contextlib.suppress(FileNotFoundError):
        marker.unlink()


def remembered_on_this_pc(data_dir: Path) -> bool:
    return (data_dir / REMEMBERED_FILENAME).is_file()


def unlock_from_keyring(data_dir: Path) -> Officer | None:
    """The officer whose key the OS keyring keeps for this folder (unlocked), or None. The
    keyring is consulted only when the officer chose it (no keyring is loaded otherwise)."""
    if not remembered_on_this_pc(data_dir):
        return None
    import keyring
    import keyring.errors

    try:
        secret = keyring.get_password(KEYRING_SERVICE, _keyring_name(data_dir))
        entry = json.loads(secret) if secret else None
        key = bytes.fromhex(entry["key"]) if isinstance(entry, dict) else None
        username = str(entry["username"]) if isinstance(entry, dict) else ""
    except (keyring.errors.KeyringError, ValueError, KeyError, TypeError):
        return None
    if key is None:
        return None
    vault = Vault.load(data_dir)
    if key_check(key) != vault.check or username not in vault.accounts:
        return None  # another key (the folder was restored or re-encrypted): ask instead
    try:
        officer = _officer(data_dir, key, username)
    except WrongPassword:  # deactivated since
        return None
    _remember(data_dir, key, officer)
    return officer


# -- commands --------------------------------------------------------------------------------------


def _unlock_trying_each(data_dir: Path, password: str) -> Officer:
    """``password`` tried against the account in OMIL_DESKTOP_USER, or each of the key file's
    (one attempt for the delay, whichever account it opens)."""
    vault = Vault.load(data_dir)
    wanted = os.environ.get(USER_ENV, "").strip().lower()
    names = [wanted] if wanted else vault.usernames

    def opening() -> tuple[bytes, str]:
        for name in names:
            try:
                return vault.unlock(name, password), name
            except WrongPassword:
                continue
        raise WrongPassword(
            translate(
                "services.access", "La contraseña no abre ninguna cuenta de esta carpeta de datos."
            )
            if not wanted
            else None
        )

    key, username = _attempt(data_dir, opening)
    officer = _officer(data_dir, key, username)
    _remember(data_dir, key, officer)
    return officer


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def unlock_for_command(data_dir: Path) -> Officer | None:
    """Unlock an encrypted folder for a command without a window: the key in the OS keyring,
    else ``OMIL_DESKTOP_PASSWORD``, else the password asked at the terminal. None for a folder
    that is not encrypted (nothing to unlock). :class:`NoPassword` when there is no way to ask;
    :class:`WrongPassword`/:class:`TooManyAttempts` for a wrong one."""
    if not is_encrypted_folder(data_dir):
        return None
    already = signed_in(data_dir)
    if already is not None:
        return already  # unlocked earlier in this process (a script's second command)
    return unlock_from_keyring(data_dir) or _unlock_for_command(data_dir)


def sign_out(data_dir: Path) -> None:
    """Forget the folder's key and who unlocked it (the window's «Cambiar de usuario»)."""
    from omil_desktop.store.vault import forget

    forget(data_dir)
    _signed_in.pop(data_dir.resolve(), None)


def _unlock_for_command(data_dir: Path) -> Officer:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return _unlock_trying_each(data_dir, password)
    if not _stdin_is_terminal():
        raise NoPassword(
            translate(
                "services.access",
                "Los datos de {data_dir} están cifrados y no hay cómo pedir la contraseña (no hay "
                "una terminal). En un script, defina la variable de entorno {PASSWORD_ENV} con la "
                "contraseña de una cuenta de la oficina.",
            ).format(data_dir=data_dir, PASSWORD_ENV=PASSWORD_ENV)
        )
    vault = Vault.load(data_dir)
    if len(vault.usernames) == 1:
        (username,) = vault.usernames
    else:
        username = input("Usuario: ").strip().lower()
    password = getpass.getpass(
        translate("services.access", "Contraseña de {username}: ").format(username=username)
    )
    return unlock(data_dir, username, password)


def new_password_for_command(what: str) -> str:
    """A new password for a command: ``OMIL_DESKTOP_NEW_PASSWORD`` (or, for a new office,
    ``OMIL_DESKTOP_PASSWORD``), else asked twice at the terminal. :class:`ValidationFailed`
    when it is too weak or the two differ; :class:`NoPassword` without a terminal."""
    password = os.environ.get(NEW_PASSWORD_ENV) or (
        os.environ.get(PASSWORD_ENV) if what == "init" else None
    )
    if password is None:
        if not _stdin_is_terminal():
            variable = PASSWORD_ENV if what == "init" else NEW_PASSWORD_ENV
            raise NoPassword(
                translate(
                    "services.access",
                    "No hay cómo pedir la contraseña nueva (no hay una terminal). En un script, "
                    "defina la variable de entorno {variable}.",
                ).format(variable=variable)
            )
        password = getpass.getpass(translate("services.access", "Contraseña nueva: "))
        repeated = getpass.getpass(translate("services.access", "Repita la contraseña: "))
        problem = password_problem(password, repeated)
    else:
        problem = password_problem(password)
    if problem:
        raise ValidationFailed({"password": problem})
    return password


def plain_folder_warning(data_dir: Path) -> str | None:
    """The warning a command prints for an unencrypted (legacy) office, or None."""
    if is_encrypted_folder(data_dir) or not is_plain_sqlite(database_path(data_dir)):
        return None
    return translate(
        "services.access",
        "Aviso: los datos de {data_dir} no están cifrados: cualquiera que copie la carpeta puede "
        'leerlos. Cífrelos con: omil-desktop cifrar --data-dir "{data_dir}" (o abra la ventana, '
        "que lo ofrece al iniciar).",
    ).format(data_dir=data_dir)


# -- accounts, once the workspace is open ----------------------------------------------------------


class AccessService:
    """The officers' accounts of an open workspace. ``officer`` is who acts (None: a plain
    legacy folder, where there are no accounts to check)."""

    def __init__(self, db: Database, data_dir: Path, officer: Officer | None) -> None:
        self._db = db
        self._data_dir = data_dir
        self._officer = officer

    def _require_manager(self, what: str) -> None:
        if self._officer is not None and not self._officer.is_manager:
            raise ServiceError(
                translate(
                    "services.access",
                    "Solo la persona encargada de la OMIL puede {what}. Su cuenta es de apoyo.",
                ).format(what=what)
            )

    def accounts(self) -> list[Account]:
        with self._db.transaction() as session:
            rows = session.scalars(
                select(OfficerAccount).order_by(
                    OfficerAccount.active.desc(), OfficerAccount.full_name
                )
            )
            return [
                Account(
                    r.username,
                    r.full_name,
                    Role(r.role),
                    r.active,
                    r.created_at,
                    r.last_login_at,
                )
                for r in rows
            ]

    def officer(self, username: str) -> Officer | None:
        """The active account ``username``, as an Officer; None when there is none."""
        for account in self.accounts():
            if account.username == username and account.active:
                return Officer(account.username, account.full_name, account.role)
        return None

    def add_officer(
        self, username: str, full_name: str, role: Role, password: str | None = None
    ) -> Officer:
        """A new account. With ``password`` its key is added to the key file (an encargado(a)
        only); without, the account must be in the key file already (the first one, created by
        :func:`set_up_access`). ValidationFailed (``username``, ``full_name``, ``password``)."""
        if password is not None:
            self._require_manager("crear cuentas")
        username, full_name = check_account(username, full_name, password)
        role = Role(role)
        with self._db.transaction() as session:
            taken = session.scalars(
                select(OfficerAccount).where(OfficerAccount.username == username)
            ).first()
            if taken is not None:
                raise ValidationFailed(
                    {
                        "username": translate(
                            "services.access", "Ya existe la cuenta «{username}» ({full_name})."
                        ).format(username=username, full_name=taken.full_name)
                    }
                )
            if self._officer is None and role is not Role.MANAGER:
                count = session.scalar(select(func.count()).select_from(OfficerAccount)) or 0
                if count == 0:
                    raise ValidationFailed(
                        {
                            "role": translate(
                                "services.access",
                                "La primera cuenta es la de la persona encargada de la OMIL.",
                            )
                        }
                    )
        if is_encrypted_folder(self._data_dir):
            vault = Vault.load(self._data_dir)
            if password is not None:
                vault.set_password(self._key(), username, password)
                vault.save()
            elif username not in vault.accounts:
                raise ValidationFailed(
                    {
                        "password": translate(
                            "services.access", "Escriba la contraseña de la cuenta nueva."
                        )
                    }
                )
        with self._db.transaction() as session:
            session.add(
                OfficerAccount(
                    username=username,
                    full_name=full_name,
                    role=role.value,
                    active=True,
                    created_at=clock.utcnow(),
                )
            )
        return Officer(username, full_name, role)

    def deactivate(self, username: str) -> None:
        """The account can no longer open the data (its key is removed from the key file);
        its name stays in the record. Not one's own, nor the last active encargado(a)."""
        self._require_manager("desactivar cuentas")
        if self._officer is not None and self._officer.username == username:
            raise ServiceError(
                translate("services.access", "No puede desactivar su propia cuenta.")
            )
        with self._db.transaction() as session:
            row = session.scalars(
                select(OfficerAccount).where(OfficerAccount.username == username)
            ).first()
            if row is None:
                raise ServiceError(
                    translate("services.access", "No hay una cuenta «{username}».").format(
                        username=username
                    )
                )
            if row.role == Role.MANAGER.value and row.active:
                managers = session.scalar(
                    select(func.count())
                    .select_from(OfficerAccount)
                    .where(OfficerAccount.role == Role.MANAGER.value, OfficerAccount.active)
                )
                if (managers or 0) <= 1:
                    raise ServiceError(
                        translate(
                            "services.access",
                            "Es la única cuenta de encargado(a) activa: cree otra antes de "
                            "desactivarla.",
                        )
                    )
            if is_encrypted_folder(self._data_dir):
                vault = Vault.load(self._data_dir)
                vault.remove_account(username)
                vault.save()
            row.active = False

    def change_password(self, current: str, new: str, repeated: str | None = None) -> None:
        """The signed-in officer's own password. ValidationFailed (``current``, ``password``)."""
        if self._officer is None or not is_encrypted_folder(self._data_dir):
            raise ServiceError(
                translate(
                    "services.access",
                    "Los datos de esta carpeta no están cifrados: no hay contraseña que cambiar.",
                )
            )
        problem = password_problem(new, repeated)
        errors: dict[str, str] = {"password": problem} if problem else {}
        vault = Vault.load(self._data_dir)
        try:
            _attempt(self._data_dir, lambda: vault.unlock(self._officer.username, current))  # type: ignore[union-attr]
        except WrongPassword as exc:
            errors["current"] = str(exc)
        if errors:
            raise ValidationFailed(errors)
        vault.set_password(self._key(), self._officer.username, new)
        vault.save()

    def signed_in(self, username: str) -> None:
        """Note when ``username`` last opened the program."""
        with self._db.transaction() as session:
            row = session.scalars(
                select(OfficerAccount).where(OfficerAccount.username == username)
            ).first()
            if row is not None:
                row.last_login_at = clock.utcnow()

    def _key(self) -> bytes:
        key = key_for(self._data_dir)
        if key is None:
            raise FolderLocked(self._data_dir)
        return key


__all__ = [
    "AccessService",
    "Account",
    "FolderLocked",
    "NoPassword",
    "Officer",
    "Recovered",
    "TooManyAttempts",
    "VaultError",
    "WrongPassword",
    "set_up_access",
    "unlock",
    "unlock_for_command",
    "unlock_with_recovery",
]
