"""The same use cases without a window: first-run set-up, import and export of people.

Every command takes ``--data-dir``; without it the per-user data folder is used, the same one the
window opens.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from omil_desktop.domain.text import count_text
from omil_desktop.logs import log_to
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.workspace import OfficeNotSetUp, Workspace
from omil_desktop.store.engine import default_data_dir
from omil_desktop.store.errors import StorageError


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="carpeta de datos (por omisión, la carpeta de datos del usuario)",
    )
    parser = argparse.ArgumentParser(
        prog="omil-desktop",
        description="OMIL Desktop: registro de personas y atenciones de la OMIL.",
        parents=[common],
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="abre la ventana principal sin pantalla en una carpeta temporal y termina",
    )
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="ante un error inesperado, no mostrar el diálogo (para pruebas automáticas)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMANDO")
    init = commands.add_parser(
        "init", parents=[common], help="configura la oficina sin abrir la ventana"
    )
    init.add_argument("--comuna", required=True, help="código CUT o nombre de la comuna")
    init.add_argument("--officer", required=True, help="nombre de la persona a cargo")
    imp = commands.add_parser(
        "import-people", parents=[common], help="importa personas desde una planilla .csv o .xlsx"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--dry-run", action="store_true", help="solo revisa el archivo; no guarda nada"
    )
    exp = commands.add_parser(
        "export-people", parents=[common], help="exporta todas las personas a una planilla .xlsx"
    )
    exp.add_argument("file", type=Path)
    enroll = commands.add_parser(
        "enroll",
        parents=[common],
        help="inscribe este equipo en el servidor regional con un código de un solo uso",
    )
    enroll.add_argument("--server", required=True, help="dirección del servidor regional")
    enroll.add_argument("--code", required=True, help="código de inscripción (ej. K7QM-2XHD-P4NA)")
    enroll.add_argument("--device-name", help="nombre de este equipo (por omisión, OMIL y comuna)")
    commands.add_parser(
        "sync", parents=[common], help="envía los cambios al servidor regional y recibe los nuevos"
    )
    return parser


def data_dir_of(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "data_dir", None) or default_data_dir())


def run(args: argparse.Namespace) -> int:
    """Run one command; return the process exit code. Messages are Spanish."""
    try:
        workspace = Workspace(data_dir_of(args))
    except StorageError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    try:
        if args.command == "init":
            return _init(workspace, args)
        if workspace.office is None:
            raise OfficeNotSetUp()
        if args.command == "import-people":
            return _import(workspace, args)
        if args.command in ("enroll", "sync"):
            return _sync_command(workspace, args)
        if args.command == "export-people":
            from omil_desktop.services.people_files import export_people  # only the CLI needs it

            count = export_people(workspace.people, workspace.territory, args.file)
            print(f"Exportadas: {count_text(count, 'persona', 'personas')} a {args.file}.")
            return 0
        raise AssertionError(args.command)
    except (ServiceError, StorageError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    finally:
        workspace.close()


def _init(workspace: Workspace, args: argparse.Namespace) -> int:
    from omil_desktop.services.errors import ValidationFailed

    try:
        office = workspace.set_up_office(args.comuna, args.officer)
    except ValidationFailed as exc:
        for message in exc.errors.values():
            print(f"Error: {message}", file=sys.stderr)
        return 1
    print(
        f"Oficina configurada: {office.title} ({office.region_name}), a cargo de "
        f"{office.officer_name}. Datos en {workspace.data_dir}."
    )
    return 0


def _import(workspace: Workspace, args: argparse.Namespace) -> int:
    from omil_desktop.services.people_files import PeopleImporter  # only the CLI needs it

    assert workspace.office is not None
    importer = PeopleImporter(workspace.people, workspace.territory, workspace.office.comuna_code)
    report = importer.import_file(args.file, dry_run=args.dry_run)
    verb = "se importarían" if report.dry_run else "importadas"
    print(f"Filas {verb}: {report.imported}")
    print(f"Filas rechazadas: {len(report.rejected)}")
    for rejected in report.rejected:
        print(f"  fila {rejected.row}: {rejected.reason}")
    if report.unknown_columns:
        print("Columnas no reconocidas (ignoradas): " + ", ".join(report.unknown_columns))
    if report.default_comuna_used:
        print(f"Filas sin comuna: se usó la comuna de la oficina ({workspace.office.comuna_name}).")
    if report.dry_run:
        print("Revisión solamente: no se guardó nada.")
    return 1 if report.rejected else 0


def _sync_command(workspace: Workspace, args: argparse.Namespace) -> int:
    """``enroll`` and ``sync``: 0 done, 1 refused or failed (message on stderr), 2 storage."""
    from omil_desktop.sync.client import SyncClient, SyncError  # only sync needs httpx/pydantic

    log_to(workspace.data_dir)  # like the window: a scheduled sync leaves its trace in registro/
    with SyncClient(workspace) as client:
        try:
            if args.command == "enroll":
                status = client.enroll(args.server, args.code, args.device_name)
                where = (
                    "en el llavero del sistema"
                    if status.credential_store == "keyring"
                    else "en un archivo de la carpeta de datos (este equipo no tiene llavero)"
                )
                print(
                    f"Equipo inscrito en el servidor regional de {status.region_name}"
                    + (f" ({status.network})" if status.network else "")
                    + f". Credencial guardada {where}."
                )
                return 0
            report = client.sync()
        except SyncError as exc:
            print(f"Error: {exc.message}", file=sys.stderr)
            return 1
        except StorageError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 2
        print(report.summary())
        status = client.status()
        if status.refused:
            print(
                f"Cambios rechazados por el servidor: {status.refused} (se conservan en este "
                "equipo)."
            )
        if status.conflicts:
            print(
                f"Conflictos por resolver: {status.conflicts}. Ábralos en «Sincronización» para "
                "elegir qué valor queda."
            )
        return 0
