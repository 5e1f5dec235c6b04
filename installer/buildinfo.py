"""The build scripts' pure parts, in one place (build-windows.sh, build-linux.sh and .ci/run).

``python3 installer/buildinfo.py <command>``:

- ``version``: the program's version, from ``omil_desktop/__init__.py``.
- ``requirements``: what the lock files are compiled from: pyproject's ``dependencies`` and the
  pinned PyInstaller (one name a line, for ``uv pip compile``).
- ``check-lock FILE``: exit 1 (and say which) if a dependency of pyproject is missing from the
  lock file, or the lock pins something pyproject no longer asks for.
- ``inputs-hash``: sha256 of what the Windows build depends on (every file under installer/
  except the stamp and the Markdown docs, pyproject's dependencies, setup.py); build-windows.sh
  writes it to ``installer/verified-inputs.sha256`` after a successful build, .ci/run compares.

Only the standard library (Python 3.11+): the CI machine runs it before any venv exists.
"""

from __future__ import annotations

import hashlib
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
STAMP_NAME = "verified-inputs.sha256"
# The freezer, pinned here (the lock files pin the rest). Build-only: it never runs on the PC.
PYINSTALLER = "pyinstaller==6.22.3"


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pyproject(root: Path = ROOT) -> dict:  # type: ignore[type-arg]
    with (root / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def version(root: Path = ROOT) -> str:
    """``omil_desktop.__version__``, the one source of truth (pyproject reads it too), read
    from the file without importing the package."""
    text = (root / "omil_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise SystemExit("omil_desktop/__init__.py has no __version__")
    return match.group(1)


def dependencies(root: Path = ROOT) -> list[str]:
    return [str(spec) for spec in _pyproject(root)["project"]["dependencies"]]


def requirement_name(spec: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", spec)
    if match is None:
        raise ValueError(f"not a requirement: {spec!r}")
    return _normal(match.group(1))


def requirements(root: Path = ROOT) -> list[str]:
    return [*dependencies(root), PYINSTALLER]


def locked(lock_file: Path) -> dict[str, str]:
    """name -> pinned version of a lock file written by ``uv pip compile``."""
    pins: dict[str, str] = {}
    for line in lock_file.read_text(encoding="utf-8").splitlines():
        match = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", line)
        if match:
            pins[_normal(match.group(1))] = match.group(2)
    return pins


def lock_problems(lock_file: Path, root: Path = ROOT) -> list[str]:
    """Why ``lock_file`` is not in step with pyproject (empty when it is)."""
    pins = locked(lock_file)
    text = lock_file.read_text(encoding="utf-8")
    problems = []
    wanted = {requirement_name(spec) for spec in requirements(root)}
    for name in sorted(wanted - set(pins)):
        problems.append(f"{name} is a dependency but is not pinned in {lock_file.name}")
    if pins.get("pyinstaller") != PYINSTALLER.split("==")[1]:
        problems.append(f"{lock_file.name} does not pin {PYINSTALLER}")
    # uv annotates what pulled each pin in ("# via ..."); a pin without it (or "via -r") is one
    # pyproject asked for: it must still be asked for.
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        name = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==", block)
        direct = "# via" not in block or "# via -r" in block
        if name and direct and _normal(name.group(1)) not in wanted:
            problems.append(f"{name.group(1)} is pinned but pyproject no longer asks for it")
    pin_lines = [line for line in text.splitlines() if re.match(r"[A-Za-z0-9].*==", line)]
    if any(not line.rstrip().endswith("\\") for line in pin_lines):  # "\" = "--hash lines follow"
        problems.append(f"{lock_file.name} has a pin without hashes")
    return problems


def inputs_hash(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    installer = root / "installer"
    for path in sorted(installer.rglob("*")):
        if path.is_dir() or path.name == STAMP_NAME or path.suffix == ".md":  # docs: not built
            continue
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    digest.update("\n".join(dependencies(root)).encode() + b"\0")
    digest.update((root / "setup.py").read_bytes())
    return digest.hexdigest()


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "version":
        print(version())
    elif command == "requirements":
        print("\n".join(requirements()))
    elif command == "check-lock" and len(argv) == 2:
        problems = lock_problems(Path(argv[1]))
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    elif command == "inputs-hash":
        print(inputs_hash())
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
