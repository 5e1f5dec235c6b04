"""Data folders built once per test process and copied for each test: the suite's fast path.

A first run migrates a new database through every Alembic revision (about 0.5 s, two or three
times that on a loaded machine); ``omil-desktop init`` adds Argon2id on top. Neither depends on
the test, so each is done once per test process (each xdist worker) into a template folder,
and every test gets its own copy of the folder's files (``shutil.copytree``: same bytes, same
modes). Tests stay isolated: nothing a test does reaches the template or another test's copy.

Copies of an encrypted template share its database key and its key file (same salts), so
opening a copy with the same password derives the same wrapping key:
:func:`remember_password_keys` keeps those derivations for the process (Argon2id is a pure
function of password, salt and cost; the cost stays the shipped one).
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

TEST_PASSWORD = "clave de prueba 2026"
"""The suite's password (``OMIL_DESKTOP_PASSWORD``, set by tests/conftest.py)."""

_templates: dict[str, Path] = {}
_root: list[Path] = []


def use_templates_root(folder: Path) -> None:
    """Build the templates under ``folder`` (the session's temporary folder, so the log scan
    of tests/logscan.py reads their logs too)."""
    _root[:] = [folder]


def _templates_root() -> Path:
    if not _root:  # used outside pytest's fixtures
        root = Path(tempfile.mkdtemp(prefix="omil-test-templates-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        _root.append(root)
    return _root[0]


def copy_of_template(name: str, build: Callable[[Path], None], dest: Path) -> Path:
    """``dest`` (which must not exist yet) becomes a copy of the template folder ``name``,
    made by ``build(folder)`` the first time this process asks for it. Returns ``dest``."""
    template = _templates.get(name)
    if template is None:
        template = _templates_root() / name
        build(template)
        _templates[name] = template
    shutil.copytree(template, dest, symlinks=True)
    return dest


def _migrated(folder: Path) -> None:
    from omil_desktop.services.workspace import Workspace

    Workspace(folder).close()


def migrated_folder(dest: Path) -> Path:
    """``dest`` (not existing yet) becomes what the first ``Workspace(dest)`` makes of a new
    folder: a plain database at the schema's head, no office set up. Opening it with
    ``Workspace(dest)`` (and ``set_up_office``) then costs milliseconds instead of a migration.
    """
    return copy_of_template("migrated", _migrated, dest)


def new_workspace(dest: Path):
    """``Workspace(dest)`` of a new folder ``dest``, from the migrated template."""
    from omil_desktop.services.workspace import Workspace

    return Workspace(migrated_folder(dest))


def remember_password_keys() -> Callable[[], None]:
    """Keep, for this process, each Argon2id derivation of the data folders' key files (same
    password, salt and cost parameters → same bytes), so a copy of an encrypted template opens
    without deriving again. Returns the function that undoes it."""
    from omil_desktop.store import vault

    original = vault._password_key

    @functools.lru_cache(maxsize=256)
    def derive(password: str, salt: bytes, cost: tuple[int, int, int]) -> bytes:
        return original(password, salt)

    def cached(password: str, salt: bytes) -> bytes:
        # The cost parameters are part of the key: a test that changes them derives anew.
        cost = (vault.ARGON2_ITERATIONS, vault.ARGON2_LANES, vault.ARGON2_MEMORY_KIB)
        return derive(password, bytes(salt), cost)

    vault._password_key = cached  # type: ignore[assignment]

    def undo() -> None:
        vault._password_key = original  # type: ignore[assignment]

    return undo


def _initialised(comuna: str, officer: str) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        import datetime

        import pytest

        from omil_desktop.app import main
        from omil_desktop.store import clock

        # Built the first time a test asks, whatever that test did first: the real clock and
        # the suite's password (tests/conftest.py), never a test's own.
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("OMIL_DESKTOP_PASSWORD", TEST_PASSWORD)
            patch.setattr(clock, "date", datetime.date)
            patch.setattr(clock, "datetime", datetime.datetime)
            patch.setattr(clock, "utcnow", _REAL_CLOCK[0])
            patch.setattr(clock, "today", _REAL_CLOCK[1])
            argv = ["--data-dir", str(folder), "init", "--comuna", comuna, "--officer", officer]
            code = main(argv)
        assert code == 0, f"init of the template folder failed ({code})"

    return build


def _real_clock() -> tuple[Callable[[], object], Callable[[], object]]:
    from omil_desktop.store import clock

    return clock.utcnow, clock.today


_REAL_CLOCK = _real_clock()


def initialised_folder(dest: Path, comuna: str = "10404", officer: str = "Ana") -> Path:
    """``dest`` (not existing yet) becomes what ``omil-desktop --data-dir DEST init --comuna
    COMUNA --officer OFFICER`` makes: an encrypted data folder (the suite's password,
    ``OMIL_DESKTOP_PASSWORD``), its office set up, the first daily backup and log. For tests
    of the commands that come after ``init``; ``init`` itself is tested by running it.

    As after ``init`` in this process, the folder is unlocked (its key remembered) and its
    officer signed in; ``access.sign_out(dest)`` makes it as a new process finds it."""
    import pytest

    from omil_desktop.services.access import unlock_for_command

    copy_of_template(f"init-{comuna}-{officer}", _initialised(comuna, officer), dest)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OMIL_DESKTOP_PASSWORD", TEST_PASSWORD)
        unlock_for_command(dest)
    return dest


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder no file can be written in (a USB stick locked against writing); import it into
    a test module that uses it.

    Permission bits stop every user but root; running as root (a container), the kernel's
    /sys is such a folder for everyone."""
    folder = tmp_path / "protegido"
    folder.mkdir()
    folder.chmod(0o555)
    from omil_desktop.services.device_settings import write_problem

    yield folder if write_problem(folder) is not None else Path("/sys")
    folder.chmod(0o755)
