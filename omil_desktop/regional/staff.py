"""SENCE regional staff: their accounts, sign-in and sessions on the region's web page.

Passwords are hashed with Argon2id (argon2-cffi's :class:`~argon2.PasswordHasher`, its
recommended parameters); a hash made with older parameters is rehashed at the next successful
sign-in. A session is a random token in the browser's cookie; the server keeps only its SHA-256,
so a copy of the database opens no session. A session ends at logout, after
:data:`IDLE_MINUTES` unused, or :data:`LIFETIME_HOURS` after it started.

Signing in answers the same for an unknown account, a disabled one and a wrong password (and
takes about as long: an unknown name is checked against a dummy hash). Failures are counted per
account name and per address in ``login_attempt``: past :data:`MAX_USER_FAILURES` (or
:data:`MAX_ADDRESS_FAILURES` from one address) within :data:`FAILURE_WINDOW_MINUTES`, no password
is checked until the window has passed. Every attempt is kept there (who, from where, when,
whether it succeeded), never the password.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from omil_desktop.regional.core import AdminError
from omil_desktop.regional.models import LoginAttempt, StaffSession, StaffUser
from omil_desktop.regional.store import RegionalStore
from omil_desktop.store.clock import utcnow

log = logging.getLogger("omil_desktop.regional.staff")

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
"""An account name: 2 to 40 lower-case letters, digits, dots, dashes or underscores."""
MIN_PASSWORD = 10
MAX_PASSWORD = 200
IDLE_MINUTES = 30
LIFETIME_HOURS = 12
MAX_USER_FAILURES = 5
MAX_ADDRESS_FAILURES = 20
FAILURE_WINDOW_MINUTES = 15
ADDRESS_LENGTH = 64
LOG_DAYS = 365
"""How long sign-in attempts are kept."""

_DUMMY_HASHES: dict[tuple[object, ...], str] = {}
"""A hash of a random password per set of parameters, made once per process."""
_DUMMY_LOCK = threading.Lock()

WRONG_LOGIN = "Usuario o contraseña incorrectos."
"""The one answer to an unknown account, a disabled one and a wrong password."""


@dataclass(frozen=True, slots=True)
class StaffInfo:
    username: str
    created_at: datetime
    disabled_at: datetime | None
    last_login_at: datetime | None


@dataclass(frozen=True, slots=True)
class SignedIn:
    """A new session: ``token`` goes in the cookie (the server keeps only its hash)."""

    username: str
    token: str
    csrf_token: str


@dataclass(frozen=True, slots=True)
class Refused:
    """A refused sign-in; ``retry_at`` is set when attempts are paused until then."""

    message: str
    retry_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ActiveSession:
    username: str
    csrf_token: str
    token_sha256: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def normalize_username(text: str) -> str:
    return text.strip().lower()


def password_problem(password: str) -> str | None:
    """Why a new password is not accepted, in Spanish; None when it is."""
    if len(password) < MIN_PASSWORD:
        return f"La contraseña debe tener al menos {MIN_PASSWORD} caracteres."
    if len(password) > MAX_PASSWORD:
        return f"La contraseña debe tener a lo más {MAX_PASSWORD} caracteres."
    if password != password.strip():
        return "La contraseña no puede empezar ni terminar con espacios."
    return None


class StaffAccounts:
    """Accounts, sign-in and sessions over the regional store; one transaction per use case."""

    def __init__(
        self,
        store: RegionalStore,
        *,
        clock: Callable[[], datetime] = utcnow,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.hasher = hasher or PasswordHasher()

    # -- accounts (omil-regional staff) -----------------------------------------------------

    def add(self, username: str, password: str) -> StaffInfo:
        name = self._valid_name(username)
        self._check_password(password)
        hashed = self.hasher.hash(password)
        now = self.clock()
        with self.store.write() as session:
            if session.get(StaffUser, name) is not None:
                raise AdminError(f"Ya existe la cuenta «{name}».")
            user = StaffUser(
                username=name, password_hash=hashed, created_at=now, password_changed_at=now
            )
            session.add(user)
            session.flush()
            return _info(user)

    def accounts(self) -> list[StaffInfo]:
        with self.store.read() as session:
            return [_info(u) for u in session.scalars(select(StaffUser).order_by("username"))]

    def disable(self, username: str) -> StaffInfo:
        """Disable an account and end its sessions (it can no longer sign in)."""
        with self.store.write() as session:
            user = self._user(session, username)
            if user.disabled_at is None:
                user.disabled_at = self.clock()
            session.execute(delete(StaffSession).where(StaffSession.username == user.username))
            session.flush()
            return _info(user)

    def set_password(self, username: str, password: str) -> StaffInfo:
        """A new password (and the account enabled again); its open sessions end."""
        self._check_password(password)
        hashed = self.hasher.hash(password)
        with self.store.write() as session:
            user = self._user(session, username)
            user.password_hash = hashed
            user.password_changed_at = self.clock()
            user.disabled_at = None
            session.execute(delete(StaffSession).where(StaffSession.username == user.username))
            session.flush()
            return _info(user)

    def logins(self, limit: int = 50) -> list[tuple[datetime, str, str, bool]]:
        """The latest sign-in attempts: when, account (or «desconocida»), address, success."""
        with self.store.read() as session:
            rows = session.execute(
                select(
                    LoginAttempt.at,
                    LoginAttempt.username,
                    LoginAttempt.address,
                    LoginAttempt.succeeded,
                )
                .order_by(LoginAttempt.at.desc(), LoginAttempt.id.desc())
                .limit(limit)
            )
            return [(at, user or "desconocida", addr, ok) for at, user, addr, ok in rows]

    @staticmethod
    def _valid_name(username: str) -> str:
        name = normalize_username(username)
        if not USERNAME.match(name):
            raise AdminError(
                "El nombre de usuario debe tener de 2 a 40 letras minúsculas, números, puntos, "
                "guiones o guiones bajos, sin espacios ni tildes."
            )
        return name

    @staticmethod
    def _check_password(password: str) -> None:
        problem = password_problem(password)
        if problem is not None:
            raise AdminError(problem)

    @staticmethod
    def _user(session: Session, username: str) -> StaffUser:
        user = session.get(StaffUser, normalize_username(username))
        if user is None:
            raise AdminError(f"No existe la cuenta «{normalize_username(username)}».")
        return user

    # -- signing in ------------------------------------------------------------------------

    def sign_in(self, username: str, password: str, address: str) -> SignedIn | Refused:
        """Check the password (unless attempts are paused) and open a session."""
        name = normalize_username(username)[:200]
        key = token_hash(name)
        address = address[:ADDRESS_LENGTH]
        now = self.clock()
        with self.store.read() as session:
            retry_at = self._paused_until(session, key, address, now)
            user = session.get(StaffUser, name) if USERNAME.match(name) else None
            stored = user.password_hash if user is not None else None
            disabled = user is not None and user.disabled_at is not None
        if retry_at is not None:
            return Refused(_paused_message(retry_at, now), retry_at)
        good = self._verify(stored, password[: MAX_PASSWORD * 4]) and not disabled
        with self.store.write() as session:
            session.add(
                LoginAttempt(
                    user_key=key,
                    username=user.username if user is not None else None,
                    address=address,
                    at=now,
                    succeeded=good,
                )
            )
            if not good or user is None:
                log.info("Ingreso rechazado a la página regional (detalle: omil-regional accesos).")
                return Refused(WRONG_LOGIN)
            current = session.get(StaffUser, user.username)
            if current is None or current.disabled_at is not None:
                return Refused(WRONG_LOGIN)
            if self.hasher.check_needs_rehash(current.password_hash):
                current.password_hash = self.hasher.hash(password)
            current.last_login_at = now
            token = secrets.token_urlsafe(32)
            csrf = secrets.token_urlsafe(32)
            session.add(
                StaffSession(
                    token_sha256=token_hash(token),
                    username=current.username,
                    csrf_token=csrf,
                    created_at=now,
                    last_seen_at=now,
                    expires_at=now + timedelta(hours=LIFETIME_HOURS),
                )
            )
            # Sessions ended long ago, and attempts past the log's keeping, are forgotten as
            # new sessions start.
            session.execute(
                delete(StaffSession).where(
                    StaffSession.expires_at < now - timedelta(days=1),
                )
            )
            session.execute(
                delete(LoginAttempt).where(LoginAttempt.at < now - timedelta(days=LOG_DAYS))
            )
        log.info("Ingreso a la página regional (detalle: omil-regional accesos).")
        return SignedIn(user.username, token, csrf)

    def _verify(self, stored: str | None, password: str) -> bool:
        """Check ``password``; an unknown account is checked against a dummy hash of the same
        parameters, so it takes as long as a wrong password."""
        try:
            return self.hasher.verify(stored or self._dummy(), password) and stored is not None
        except (VerificationError, InvalidHashError):
            return False

    def _dummy(self) -> str:
        key = (
            self.hasher.time_cost,
            self.hasher.memory_cost,
            self.hasher.parallelism,
            self.hasher.hash_len,
            self.hasher.salt_len,
            self.hasher.type,
        )
        with _DUMMY_LOCK:
            if key not in _DUMMY_HASHES:
                _DUMMY_HASHES[key] = self.hasher.hash(secrets.token_urlsafe(16))
            return _DUMMY_HASHES[key]

    @staticmethod
    def _paused_until(session: Session, key: str, address: str, now: datetime) -> datetime | None:
        """When sign-in attempts for this account name or from this address may resume, if they
        are paused now."""
        since = now - timedelta(minutes=FAILURE_WINDOW_MINUTES)
        last_success = session.scalar(
            select(func.max(LoginAttempt.at)).where(
                LoginAttempt.user_key == key, LoginAttempt.succeeded.is_(True)
            )
        )
        user_since = max(since, last_success) if last_success is not None else since
        waits: list[datetime] = []
        for where, limit, start in (
            (LoginAttempt.user_key == key, MAX_USER_FAILURES, user_since),
            (LoginAttempt.address == address, MAX_ADDRESS_FAILURES, since),
        ):
            failures = list(
                session.scalars(
                    select(LoginAttempt.at)
                    .where(where, LoginAttempt.succeeded.is_(False), LoginAttempt.at > start)
                    .order_by(LoginAttempt.at.desc())
                    .limit(limit)
                )
            )
            if len(failures) >= limit:
                # Paused until the oldest of the last ``limit`` failures leaves the window.
                waits.append(failures[-1] + timedelta(minutes=FAILURE_WINDOW_MINUTES))
        return max(waits) if waits else None

    # -- sessions --------------------------------------------------------------------------

    def session(self, token: str | None) -> ActiveSession | None:
        """The live session of a cookie's token (its last use now), or None: unknown, expired,
        idle too long, or of an account disabled since."""
        if not token or len(token) > 200:
            return None
        digest = token_hash(token)
        now = self.clock()
        with self.store.read() as session:
            found = session.get(StaffSession, digest)
            if found is None:
                return None
            live = (
                found.expires_at > now
                and found.last_seen_at + timedelta(minutes=IDLE_MINUTES) > now
            )
            user = session.get(StaffUser, found.username)
            active = live and user is not None and user.disabled_at is None
            fresh = now - found.last_seen_at < timedelta(minutes=1)
            result = ActiveSession(found.username, found.csrf_token, digest)
        if not active:
            self.end(token)
            return None
        if not fresh:  # one write a minute at most per browser, not one per page
            with self.store.write() as session:
                current = session.get(StaffSession, digest)
                if current is not None:
                    current.last_seen_at = now
        return result

    def end(self, token: str | None) -> None:
        """Logout: the session's token no longer opens anything."""
        if not token:
            return
        with self.store.write() as session:
            session.execute(
                delete(StaffSession).where(StaffSession.token_sha256 == token_hash(token))
            )


def _paused_message(retry_at: datetime, now: datetime) -> str:
    minutes = max(1, -(-int((retry_at - now).total_seconds()) // 60))
    unit = "minuto" if minutes == 1 else "minutos"
    return (
        f"Demasiados intentos fallidos de ingreso. Por seguridad, espere {minutes} {unit} y "
        "vuelva a intentarlo."
    )


def _info(user: StaffUser) -> StaffInfo:
    return StaffInfo(user.username, user.created_at, user.disabled_at, user.last_login_at)
