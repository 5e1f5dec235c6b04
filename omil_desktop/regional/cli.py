"""``omil-regional``: the SENCE regional office's administration of its sync server.

Every command takes ``--data-dir DIR`` (the SQLite file ``regional.sqlite3`` in it; default: the
per-user data folder) or ``--database-url URL`` (e.g. ``postgresql+psycopg://omil@localhost/omil``).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import logging
import signal
import socket
import sys
import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from omil_desktop.regional.service import AdminError, RegionalService
from omil_desktop.regional.store import RegionalStorageError
from omil_desktop.spanish_argparse import SpanishArgumentParser
from omil_desktop.sync import protocol

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


_Parser = SpanishArgumentParser  # argparse in Spanish, shared with omil-desktop


def _common() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    where = common.add_mutually_exclusive_group()
    where.add_argument(
        "--data-dir",
        type=Path,
        metavar="CARPETA",
        help="carpeta de la base SQLite regional.sqlite3 (por omisión, la carpeta de datos del "
        "usuario)",
    )
    where.add_argument(
        "--database-url",
        metavar="URL",
        help="base de datos PostgreSQL, p. ej. postgresql+psycopg://omil@localhost/omil",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="omil-regional",
        description="Servidor regional de sincronización de OMIL Desktop (Dirección Regional "
        "SENCE).",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMANDO", parser_class=_Parser)
    commands.required = True

    init = commands.add_parser(
        "init", parents=[common], help="inicia el servidor para una región", description=None
    )
    init.add_argument(
        "--region", required=True, metavar="CÓDIGO", help="código de la región, p. ej. 10"
    )

    office = commands.add_parser("office", parents=[common], help="oficinas OMIL de la región")
    office_commands = office.add_subparsers(
        dest="office_command", metavar="ACCIÓN", parser_class=_Parser
    )
    office_commands.required = True
    add = office_commands.add_parser("add", parents=[common], help="registra una oficina")
    add.add_argument("cut", metavar="CUT", help="código de la comuna, p. ej. 10401")
    add.add_argument(
        "--network",
        metavar="NOMBRE",
        help="Red Territorial (por omisión, la del catálogo de la comuna)",
    )
    office_commands.add_parser("list", parents=[common], help="lista las oficinas registradas")

    code = commands.add_parser(
        "code", parents=[common], help="emite un código de inscripción de un solo uso (7 días)"
    )
    code.add_argument("cut", metavar="CUT", help="código de la comuna de la oficina")

    commands.add_parser("devices", parents=[common], help="lista los equipos inscritos")
    revoke = commands.add_parser("revoke", parents=[common], help="retira el acceso de un equipo")
    revoke.add_argument("device_id", metavar="ID_EQUIPO")
    commands.add_parser(
        "status", parents=[common], help="última sincronización y registros por oficina"
    )
    compact = commands.add_parser(
        "compact", parents=[common], help="borra el contenido de cambios antiguos"
    )
    compact.add_argument(
        "--keep-days", type=int, required=True, metavar="N", help="días de cambios a conservar"
    )
    minimum = commands.add_parser(
        "min-protocol",
        parents=[common],
        help="deja de atender equipos con una versión de protocolo anterior",
    )
    minimum.add_argument("version", type=int, metavar="VERSIÓN")
    serve = commands.add_parser("serve", parents=[common], help="atiende la sincronización")
    serve.add_argument(
        "--host", default=DEFAULT_HOST, help=f"dirección (por omisión {DEFAULT_HOST})"
    )
    serve.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"puerto (por omisión {DEFAULT_PORT}; 0: libre)",
    )
    return parser


def _when(moment: datetime | None) -> str:
    return moment.strftime("%d-%m-%Y %H:%M UTC") if moment is not None else "nunca"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        service = RegionalService.open(database_url=args.database_url, data_dir=args.data_dir)
    except RegionalStorageError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    try:
        return _run(service, args)
    except (AdminError, RegionalStorageError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    finally:
        service.close()


def _run(service: RegionalService, args: argparse.Namespace) -> int:
    if args.command == "init":
        identity = service.initialize(args.region)
        print(f"Servidor regional de {identity.region_name} (región {identity.region_code}).")
        print(f"Identificador del servidor: {identity.server_id}")
    elif args.command == "office" and args.office_command == "add":
        office = service.add_office(args.cut, args.network)
        network = office.network or "sin Red Territorial"
        print(f"Oficina {office.cut} {office.name} registrada ({network}).")
    elif args.command == "office":
        offices = service.offices()
        if not offices:
            print("No hay oficinas registradas.")
        for office in offices:
            print(f"{office.cut}  {office.name:<22} {office.network or '-'}")
    elif args.command == "code":
        issued = service.issue_code(args.cut)
        print(issued.code)
        print(
            f"Código de inscripción para la oficina {issued.office}, de un solo uso, válido hasta "
            f"el {_when(issued.expires_at)}."
        )
    elif args.command == "devices":
        devices = service.devices()
        if not devices:
            print("No hay equipos inscritos.")
        for device in devices:
            state = f"revocado {_when(device.revoked_at)}" if device.revoked_at else "activo"
            print(
                f"{device.id}  {device.office}  {device.name}  inscrito {_when(device.enrolled_at)}"
                f"  última sincronización {_when(device.last_sync_at)}  protocolo "
                f"{device.protocol}  {state}"
            )
    elif args.command == "revoke":
        device = service.revoke(args.device_id)
        print(f"Equipo {device.id} ({device.office}, {device.name}) revocado.")
    elif args.command == "status":
        identity = service.identity()
        print(
            f"Servidor regional de {identity.region_name}: secuencia {identity.last_seq}, "
            f"horizonte {identity.horizon}."
        )
        for office in service.status():
            counts = ", ".join(f"{table} {count}" for table, count in office.records.items())
            print(
                f"{office.cut}  {office.name:<22} equipos {office.devices}  última sincronización "
                f"{_when(office.last_sync_at)}  registros: {counts}"
            )
    elif args.command == "compact":
        result = service.compact(keep_days=args.keep_days)
        print(
            f"{result.compacted} cambios compactados (hasta la secuencia {result.up_to_seq}); "
            f"horizonte {result.horizon}."
        )
    elif args.command == "min-protocol":
        identity = service.set_min_protocol(args.version)
        print(
            f"El servidor atiende desde ahora equipos con protocolo {identity.min_protocol} a "
            f"{protocol.PROTOCOL}; los anteriores reciben el aviso de actualizar."
        )
    elif args.command == "serve":
        return serve(service, args.host, args.port)
    return 0


def serve(service: RegionalService, host: str, port: int) -> int:
    """Run the HTTP API until interrupted; prints the address it listens on."""
    if importlib.util.find_spec("fastapi") is None or importlib.util.find_spec("uvicorn") is None:
        print(
            "Error: para atender la sincronización falta FastAPI o uvicorn. Instálelos con: "
            "pip install 'omil-desktop[regional]'",
            file=sys.stderr,
        )
        return 1
    import uvicorn

    from omil_desktop.regional.app import create_app

    app = create_app(service)  # NotInitialized (an AdminError) before the port is opened
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        print(f"Error: no se puede escuchar en {host}:{port} ({exc.strerror}).", file=sys.stderr)
        return 1
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    identity = service.identity()
    print(
        f"Servidor regional de {identity.region_name}, protocolo {identity.min_protocol}.."
        f"{protocol.PROTOCOL}.",
        flush=True,
    )
    print(f"Escuchando en http://{shown}:{bound}", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then re-raises the signal: both end here.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sock])
    print("Servidor detenido.", flush=True)
    return 0


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
