"""The after-suite check for personal data in logs (tests/logscan.py): the scanner catches what
it must and leaves counts, ids and dates alone, and a run whose log holds a RUT fails with the
file and line."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from tests.logscan import Scanner

REPO = Path(__file__).resolve().parents[1]

CLEAN = (  # five lines, none with personal data
    "2026-11-29 10:00:01 INFO omil_desktop.sync: 12 cambios enviados (secuencia 4512)\n"
    "2026-11-29 10:00:02 INFO omil_desktop.regional: dispositivo=0193b0c4-7e2a-7f61 oficina=10401"
    " bytes=5000\n"
    "2026-11-29 10:00:02 INFO omil_desktop.regional: Dispositivo "
    "01a228e7-de2a-71c4-af9a-5675399269ab inscrito\n"  # a UUID's digits, no phone
    "2026-11-29 10:00:03 WARNING omil_desktop.regional: Cambio rechazado: motivo=Valores no "
    "válidos: rut: no es un RUT escrito como 12345678-5.\n"
    "2026-11-29 10:00:03 WARNING omil_desktop.store: respaldo 29-11-2026 de 2048576 bytes\n"
)


def test_the_scanner_finds_personal_data_and_only_that(tmp_path):
    log = tmp_path / "registro-prueba.txt"  # not named *.log*: the suite's own scan skips it
    log.write_text(
        CLEAN
        + "INFO persona 15.432.876-9 creada\n"  # a valid RUT nobody uses in the suite
        + "INFO otra 15.432.876-4\n"  # a wrong check digit: no RUT
        + "INFO escrito a maria.nunez@example.cl\n"
        + "INFO llamar al +56 9 8765 4321 o al 9 1234 5678\n"
        + "INFO ficha de Rosa Cárdenas abierta; RUT 123456785\n",
        encoding="utf-8",
    )

    found = [(f.line, f.kind, f.text) for f in Scanner().scan_file(log)]

    assert found == [
        (6, "RUT", "15.432.876-9"),
        (8, "correo electrónico", "maria.nunez@example.cl"),
        (9, "teléfono", "+56 9 8765 4321"),
        (9, "teléfono", "9 1234 5678"),
        (10, "RUT de las pruebas", "123456785"),
        (10, "nombre", "Rosa Cárdenas"),
    ]


def test_a_run_whose_log_holds_a_rut_fails_and_says_where():
    # A pytest run of its own, outside this run's folders (its log would fail this run too).
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
        (root / "test_leak.py").write_text(
            textwrap.dedent(
                """
                import logging

                from omil_desktop.logs import log_to, stop_logging


                def test_leaks(tmp_path):
                    log_to(tmp_path / "data")
                    logging.getLogger("omil_desktop.prueba").info("Persona 12.345.678-5 creada")
                    stop_logging()


                def test_clean():
                    logging.getLogger("omil_desktop.prueba").info("3 personas importadas")
                """
            ),
            encoding="utf-8",
        )
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        command = [sys.executable, "-m", "pytest", "-p", "tests.logscan", "-p", "no:cacheprovider"]
        command += ["-p", "no:xdist", "--basetemp", str(root / "tmp"), "test_leak.py"]
        result = subprocess.run(
            command, cwd=root, env=env, capture_output=True, text=True, timeout=120
        )

    assert result.returncode == 1, result.stdout + result.stderr
    assert "2 passed" in result.stdout
    assert "datos personales en los registros" in result.stdout
    leaks = [line for line in result.stdout.splitlines() if "12.345.678-5" in line]
    assert len(leaks) == 2, result.stdout  # the data folder's log and the suite's copy
    assert any("/registro/omil.log:1: RUT: 12.345.678-5" in line for line in leaks)
    assert any("program-logs-controlador.log:1: RUT: 12.345.678-5" in line for line in leaks)
