"""The regional server and the desktop CLI as real processes, for kill-point tests and benches.

Both are started with this interpreter (``sys.executable -m ...``), output to log files in a
folder of the test's (never a pipe that could fill up), and can be SIGKILLed and started again on
the same data. ``prefix`` runs the server inside a network namespace (``ip netns exec NS``).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

START_TIMEOUT = 120.0
"""Generous: a shared 2-core machine may be busy with other test runs."""

_LISTENING = re.compile(r"Escuchando en http://\[?([^\]\s]+?)\]?:(\d+)")


def client_env() -> dict[str, str]:
    """Environment of a desktop process: no OS keyring (the credential file is used)."""
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONPATH", None)
    return env


def desktop(data_dir: Path, *args: str, timeout: float = 300.0) -> subprocess.CompletedProcess[str]:
    """Run ``omil-desktop --data-dir DATA ARGS`` to completion."""
    return subprocess.run(
        [sys.executable, "-m", "omil_desktop", "--data-dir", str(data_dir), *args],
        env=client_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def start_desktop(data_dir: Path, *args: str, log: Path) -> subprocess.Popen[bytes]:
    """Start ``omil-desktop --data-dir DATA ARGS`` in the background (to be killed)."""
    out = log.open("ab")
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "omil_desktop", "--data-dir", str(data_dir), *args],
            env=client_env(),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    finally:
        out.close()


def kill(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL and reap: no handler, no flush, no clean close."""
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(60)


class RegionalProcess:
    """``omil-regional`` on a SQLite data folder, administered and served as separate processes."""

    def __init__(
        self,
        data_dir: Path,
        *,
        host: str = "127.0.0.1",
        prefix: Sequence[str] = (),
        logs: Path | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.host = host
        self.prefix = list(prefix)
        self.logs = logs or data_dir.parent
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.starts = 0

    def admin(self, *args: str) -> str:
        """Run an administration command (``init``, ``code``, ...); return its output."""
        command = [
            *self.prefix,
            sys.executable,
            "-m",
            "omil_desktop.regional.cli",
            *args,
            "--data-dir",
            str(self.data_dir),
        ]
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=120, check=False, env=client_env()
        )
        if done.returncode != 0:
            raise RuntimeError(f"omil-regional {args[0]} failed: {done.stderr.strip()}")
        return done.stdout

    def set_up(self, region: str, offices: Sequence[str]) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.admin("init", "--region", region)
        for cut in offices:
            self.admin("office", "add", cut)

    def code(self, office: str) -> str:
        return self.admin("code", office).splitlines()[0].strip()

    @property
    def address(self) -> tuple[str, int]:
        return self.host, self.port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, port: int = 0) -> tuple[str, int]:
        """Serve (on ``port``, by default a free one) and wait until it listens."""
        assert self.process is None or self.process.poll() is not None
        self.starts += 1
        log = self.logs / f"regional-{self.starts}.log"
        out = log.open("wb")
        try:
            self.process = subprocess.Popen(
                [
                    *self.prefix,
                    sys.executable,
                    "-m",
                    "omil_desktop.regional.cli",
                    "serve",
                    "--data-dir",
                    str(self.data_dir),
                    "--host",
                    self.host,
                    "--port",
                    str(port),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=client_env(),
            )
        finally:
            out.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            found = _LISTENING.search(log.read_text(errors="replace"))
            if found:
                self.port = int(found.group(2))
                return self.address
            if self.process.poll() is not None:
                raise RuntimeError(f"omil-regional serve exited: {log.read_text()[-2000:]}")
            time.sleep(0.05)  # the child writes the line when it listens; nothing to wait on
        raise TimeoutError("omil-regional serve did not start")

    def kill(self) -> None:
        if self.process is not None:
            kill(self.process)  # type: ignore[arg-type]

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()
