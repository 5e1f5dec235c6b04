"""The house rules that tools can check, run as part of the test command: lint and format
(ruff), the layering of DESIGN.md §3 (import-linter contracts in pyproject.toml) and the types
(mypy, strict)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(*command: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(BIN / command[0]), *command[1:]],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    return done.stdout


def test_ruff_finds_nothing():
    run("ruff", "check", ".")
    run("ruff", "format", "--check", ".")


def test_the_layering_contracts_hold():
    out = run("lint-imports")
    assert "0 broken" in out


def test_a_wrong_way_import_breaks_a_contract(tmp_path):
    """The contracts are not decoration: the domain importing the window fails the check."""
    shutil.copytree(ROOT / "omil_desktop", tmp_path / "omil_desktop")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    text = tmp_path / "omil_desktop" / "domain" / "text.py"
    text.write_text(text.read_text() + "\nimport omil_desktop.ui.main_window  # noqa\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run(
        [str(BIN / "lint-imports")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )
    assert done.returncode != 0
    assert "BROKEN" in done.stdout


def test_the_types_check(tmp_path):
    """mypy, strict (configuration in pyproject.toml), with a cache of its own."""
    run("mypy", "--cache-dir", str(tmp_path / "mypy-cache"))
