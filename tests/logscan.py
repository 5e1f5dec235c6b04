"""No personal data in any log (Ley 21.719; issue 12, point 8): a check run after the whole suite.

Registered from ``tests/conftest.py``. What it reads, once every test has run:

- every file named ``*.log*`` under the session's base temporary folder — the data folders' own
  logs (``<data>/registro/omil.log`` and its rotated copies, written by ``omil_desktop.logs`` for
  the window and the commands, in this process or in the programs the suite starts) and anything
  else the tests' programs wrote there;
- the suite's copy of the program's log: each process of the run (the controller and every
  pytest-xdist worker) sends every record of level INFO and up of the program's loggers
  (``omil_desktop.*``: the desktop, the sync client and the regional server, which runs in the
  tests' own processes and would otherwise log to a terminal only) to ``program-logs-<id>.log``
  in its base temporary folder.

Why ``pytest_sessionfinish`` of the controller: with pytest-xdist each worker's base temporary
folder is ``<controller's basetemp>/gwN`` and the controller's session finishes only after every
worker has finished, so its one scan sees every file of every worker; a "last test" would run on
one worker while the others may still be writing. Without xdist (``-n 0``) the same hook runs
after the last test. A finding fails the run (exit status 1) and is listed as ``file:line: what``
in the terminal summary; the scan itself never stops a worker.

What counts as personal data: a RUT with a valid check digit (``12.345.678-5``, ``12345678-5``;
digits alone are too often counts or sizes), an e-mail address, a Chilean phone number (``+56 9
1234 5678``, ``+56912345678``, ``9 1234 5678``), and the people of the suite's fixtures and of the
demo office: their RUTs in any spelling and their names (a first name followed by a surname).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from omil_desktop.domain.rut import compute_dv

PROGRAM_LOGGER = "omil_desktop"
CAPTURE_PREFIX = "program-logs-"
MAX_BYTES = 20_000_000
"""A log bigger than this is read up to here (the program's logs rotate at 1 MB)."""

_RUT = re.compile(r"(?<![\w.])(\d{1,2}(?:\.\d{3}){2}|\d{7,8})-([\dkK])(?![\w])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PHONE = re.compile(  # not inside an identifier: a UUID's last group may read 5675399269ab
    r"(?<![\w+-])(?:\+?56[\s-]?(?:9[\s-]?\d{4}[\s-]?\d{4}|[2-7]\d?[\s-]?\d{3}[\s-]?\d{4})"
    r"|9 \d{4} \d{4})(?!\w)"
)

# The people of the fixtures (tests/conftest.py ``person_data``, tests/regional/client.py) and of
# the demo office (services/demo.py, regional/demo.py), and the officers' names they use.
_FIXTURE_RUTS = ("12.345.678-5",)
_FIXTURE_FULL_NAMES = ("María José Núñez", "Núñez Pérez", "Ana Pérez", "Carolina Oyarzún Vera")
_FORMAT_EXAMPLES = ("RUT escrito como 12345678-5",)
"""The program's own words showing a format (sync/protocol.py's refusal of a badly written RUT),
not anyone's data: left out before a line is scanned."""


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    kind: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.kind}: {self.text}"


def _valid_rut(body: str, dv: str) -> bool:
    digits = int(body.replace(".", ""))
    return digits >= 1_000_000 and compute_dv(digits) == dv.upper()


def _name_pattern() -> re.Pattern[str]:
    from omil_desktop.services import demo

    firsts = {*demo._WOMEN, *demo._MEN}
    surnames = set(demo._SURNAMES)
    alternatives = "|".join(sorted(map(re.escape, firsts), key=len, reverse=True))
    last = "|".join(sorted(map(re.escape, surnames), key=len, reverse=True))
    fixed = "|".join(map(re.escape, _FIXTURE_FULL_NAMES))
    return re.compile(rf"\b(?:{fixed}|(?:{alternatives})\s+(?:{last}))\b")


def _known_ruts() -> re.Pattern[str]:
    """The fixtures' RUTs in every spelling: dotted, with a dash, digits alone."""
    spellings: set[str] = set()
    for text in _FIXTURE_RUTS:
        body, dv = text.replace(".", "").split("-")
        spellings |= {text, f"{body}-{dv}", f"{body}{dv}"}
    return re.compile(r"(?<![\d.])(?:" + "|".join(map(re.escape, spellings)) + r")(?![\d])")


class Scanner:
    """Finds personal data in text, line by line."""

    def __init__(self) -> None:
        self.names = _name_pattern()
        self.known_ruts = _known_ruts()

    def scan_line(self, line: str) -> Iterator[tuple[str, str]]:
        for example in _FORMAT_EXAMPLES:
            line = line.replace(example, "")
        for match in _RUT.finditer(line):
            if _valid_rut(match.group(1), match.group(2)):
                yield "RUT", match.group(0)
        for match in self.known_ruts.finditer(line):
            yield "RUT de las pruebas", match.group(0)
        for match in _EMAIL.finditer(line):
            yield "correo electrónico", match.group(0)
        for match in _PHONE.finditer(line):
            yield "teléfono", match.group(0)
        for match in self.names.finditer(line):
            yield "nombre", match.group(0)

    def scan_file(self, path: Path) -> list[Finding]:
        try:
            with path.open("rb") as file:
                data = file.read(MAX_BYTES)
        except OSError:
            return []
        text = data.decode("utf-8", errors="replace")
        found: list[Finding] = []
        for number, line in enumerate(text.splitlines(), start=1):
            seen: set[str] = set()
            for kind, matched in self.scan_line(line):
                if matched not in seen:
                    seen.add(matched)
                    found.append(Finding(path, number, kind, matched))
        return found

    def scan_tree(self, root: Path) -> list[Finding]:
        found: list[Finding] = []
        for path in sorted(log_files(root)):
            found.extend(self.scan_file(path))
        return found


def log_files(root: Path) -> Iterable[Path]:
    """Every regular file under ``root`` whose name holds ``.log`` (``omil.log``, ``omil.log.1``,
    ``server.log``…), not following links."""
    if not root.is_dir():
        return []
    return (
        path
        for path in root.rglob("*.log*")
        if path.is_file() and not path.is_symlink() and ".log" in path.name
    )


# -- the plugin ----------------------------------------------------------------------------------

_KEY = pytest.StashKey[list[Finding]]()
_HANDLER = pytest.StashKey[logging.Handler]()


def _process_id(config: pytest.Config) -> str:
    workerinput = getattr(config, "workerinput", None)
    return workerinput["workerid"] if workerinput is not None else "controlador"


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    factory = getattr(config, "_tmp_path_factory", None)
    if factory is None:  # pragma: no cover - the tmp_path plugin is always there
        return
    folder = factory.getbasetemp()
    handler = logging.FileHandler(
        folder / f"{CAPTURE_PREFIX}{_process_id(config)}.log", encoding="utf-8", delay=True
    )
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    program = logging.getLogger(PROGRAM_LOGGER)
    program.addHandler(handler)
    if program.getEffectiveLevel() > logging.INFO:
        program.setLevel(logging.INFO)  # what `omil_desktop.logs.log_to` lets through
    config.stash[_HANDLER] = handler


def pytest_unconfigure(config: pytest.Config) -> None:
    handler = config.stash.get(_HANDLER, None)
    if handler is not None:
        logging.getLogger(PROGRAM_LOGGER).removeHandler(handler)
        handler.close()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    handler = config.stash.get(_HANDLER, None)
    if handler is not None:
        handler.flush()
    if hasattr(config, "workerinput"):
        return  # the controller scans every worker's folder once they have all finished
    factory = getattr(config, "_tmp_path_factory", None)
    if factory is None:  # pragma: no cover
        return
    found = Scanner().scan_tree(factory.getbasetemp())
    config.stash[_KEY] = found
    if found and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:  # type: ignore[no-untyped-def]
    found = config.stash.get(_KEY, None)
    if found is None:
        return
    if not found:
        terminalreporter.write_line("Registros revisados: ningún dato personal.")
        return
    terminalreporter.write_sep("=", "datos personales en los registros", red=True, bold=True)
    for finding in found:
        terminalreporter.write_line(str(finding))
    terminalreporter.write_line(
        f"{len(found)} hallazgos: ningún registro puede tener RUTs, nombres, correos ni teléfonos."
    )
