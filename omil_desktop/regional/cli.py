"""``omil-regional``: the SENCE regional office's administration of its sync server.

Every command takes ``--data-dir DIR`` (the SQLite file ``regional.sqlite3`` in it; default: the
per-user data folder) or ``--database-url URL`` (e.g. ``postgresql+psycopg://omil@localhost/omil``).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import logging
import signal
import socket
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from omil_desktop.domain.dates import format_date, parse_date
from omil_desktop.domain.targets import TargetIndicator
from omil_desktop.domain.text import os_reason
from omil_desktop.domain.texts import translate
from omil_desktop.regional.models import REGION_ORIGIN
from omil_desktop.regional.service import AdminError, RecordView, RegionalService
from omil_desktop.regional.store import RegionalStorageError
from omil_desktop.spanish_argparse import SpanishArgumentParser
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import JSONValue

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DEFAULT_TRUSTED_PROXY = "127.0.0.1"
"""A TLS terminator on the same machine is trusted to say who the client is."""


_Parser = SpanishArgumentParser  # argparse in Spanish, shared with omil-desktop


def _common(*, nested: bool = False) -> _Parser:
    """``--data-dir`` / ``--database-url``. ``nested``: for an action under a group (``staff
    add``): the option may be written before or after the action, and an action that does not
    repeat it leaves the group's value alone (its default is not written over it)."""
    common = _Parser(add_help=False)
    where = common.add_mutually_exclusive_group()
    default = argparse.SUPPRESS if nested else None
    where.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        metavar="CARPETA",
        help="carpeta de la base SQLite regional.sqlite3 (por omisión, la carpeta de datos del "
        "usuario)",
    )
    where.add_argument(
        "--database-url",
        default=default,
        metavar="URL",
        help="base de datos PostgreSQL, p. ej. postgresql+psycopg://omil@localhost/omil",
    )
    return common


_NESTED = _common(nested=True)
"""The options of an action under a group (office, notice, record, staff, target)."""


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
    add = office_commands.add_parser("add", parents=[_NESTED], help="registra una oficina")
    add.add_argument("cut", metavar="CUT", help="código de la comuna, p. ej. 10401")
    add.add_argument(
        "--network",
        metavar="NOMBRE",
        help="Red Territorial (por omisión, la del catálogo de la comuna)",
    )
    office_commands.add_parser("list", parents=[_NESTED], help="lista las oficinas registradas")

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
    _notice_commands(commands, common)
    _record_commands(commands, common)
    _staff_commands(commands, common)
    _access_commands(commands, common)
    _target_commands(commands, common)
    _demo_and_report_commands(commands, common)
    _audit_commands(commands, common)
    _version_commands(commands, common)
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
    serve.add_argument(
        "--trusted-proxy",
        default=DEFAULT_TRUSTED_PROXY,
        metavar="DIRECCIONES",
        help="direcciones (separadas por comas) del terminador TLS cuya cabecera X-Forwarded-For "
        "da la dirección de cada equipo, con la que se limitan los intentos de inscripción "
        f"(por omisión {DEFAULT_TRUSTED_PROXY}; vacío: ninguno)",
    )
    return parser


def _notice_commands(commands: Any, common: _Parser) -> None:
    notice = commands.add_parser(
        "notice",
        parents=[common],
        help="avisos de la Dirección Regional a las oficinas",
        description="Avisos que las oficinas reciben en su próxima sincronización (Avisos).",
    )
    actions = notice.add_subparsers(dest="notice_command", metavar="ACCIÓN", parser_class=_Parser)
    actions.required = True
    add = actions.add_parser("add", parents=[_NESTED], help="publica un aviso")
    add.add_argument("--title", required=True, metavar="TÍTULO", help="título del aviso")
    add.add_argument("--body", default="", metavar="TEXTO", help="texto del aviso")
    add.add_argument(
        "--office",
        default=protocol.REGION_OFFICE,
        metavar="CUT",
        help=f"oficina que lo recibe (código o nombre de la comuna; por omisión "
        f"{protocol.REGION_OFFICE}: todas las oficinas de la región)",
    )
    add.add_argument(
        "--published",
        type=_date,
        metavar="DD-MM-AAAA",
        help="fecha de publicación (por omisión, hoy)",
    )
    actions.add_parser(
        "list", parents=[_NESTED], help="lista los avisos de la Dirección Regional"
    ).add_argument("--all", action="store_true", help="incluye los avisos eliminados")
    edit = actions.add_parser("edit", parents=[_NESTED], help="corrige un aviso")
    edit.add_argument("row", metavar="ID_AVISO", help="identificador del aviso (notice list)")
    edit.add_argument("--title", metavar="TÍTULO", help="título nuevo")
    edit.add_argument("--body", metavar="TEXTO", help="texto nuevo")
    edit.add_argument(
        "--published", type=_date, metavar="DD-MM-AAAA", help="fecha de publicación nueva"
    )
    delete = actions.add_parser(
        "delete", parents=[_NESTED], help="elimina un aviso (las oficinas lo quitan)"
    )
    delete.add_argument("row", metavar="ID_AVISO", help="identificador del aviso (notice list)")


def _target_commands(commands: Any, common: _Parser) -> None:
    target = commands.add_parser(
        "target",
        parents=[common],
        help="metas anuales de las oficinas",
        description="Metas de gestión y de colocación que la Dirección Regional fija a cada "
        "oficina; la oficina las recibe en su próxima sincronización, de solo lectura.",
    )
    actions = target.add_subparsers(dest="target_command", metavar="ACCIÓN", parser_class=_Parser)
    actions.required = True
    indicators = ", ".join(i.value for i in TargetIndicator)
    put = actions.add_parser("set", parents=[_NESTED], help="fija la meta de un indicador")
    put.add_argument(
        "--office", required=True, metavar="CUT", help="oficina (código o nombre de la comuna)"
    )
    put.add_argument("--year", required=True, type=int, metavar="AÑO", help="año de la meta")
    put.add_argument(
        "--indicator", required=True, metavar="INDICADOR", help=f"indicador: {indicators}"
    )
    put.add_argument("--value", required=True, type=int, metavar="N", help="la meta (0 o más)")
    withdraw = actions.add_parser(
        "delete", parents=[_NESTED], help="retira una meta que fijó la Dirección Regional"
    )
    withdraw.add_argument(
        "--office", required=True, metavar="CUT", help="oficina (código o nombre de la comuna)"
    )
    withdraw.add_argument("--year", required=True, type=int, metavar="AÑO", help="año de la meta")
    withdraw.add_argument(
        "--indicator", required=True, metavar="INDICADOR", help=f"indicador: {indicators}"
    )
    listing = actions.add_parser("list", parents=[_NESTED], help="lista las metas de un año")
    listing.add_argument("--year", required=True, type=int, metavar="AÑO", help="año")
    listing.add_argument(
        "--office", metavar="CUT", help="solo esta oficina (código o nombre de la comuna)"
    )


_TABLES = "tablas: " + ", ".join(protocol.SYNC_TABLES)


def _record_commands(commands: Any, common: _Parser) -> None:
    record = commands.add_parser(
        "record",
        parents=[common],
        help="ve y corrige registros de las oficinas",
        description=f"Registros sincronizados ({_TABLES}).",
    )
    actions = record.add_subparsers(dest="record_command", metavar="ACCIÓN", parser_class=_Parser)
    actions.required = True
    show = actions.add_parser(
        "show",
        parents=[_NESTED],
        help="muestra un registro: cada campo con quién lo escribió y en qué secuencia",
    )
    show.add_argument("table", metavar="TABLA", help=_TABLES)
    show.add_argument("row", metavar="ID", help="identificador del registro")
    edit = actions.add_parser(
        "edit",
        parents=[_NESTED],
        help="corrige campos de un registro; la oficina lo recibe en su próxima sincronización",
    )
    edit.add_argument("table", metavar="TABLA", help=_TABLES)
    edit.add_argument("row", metavar="ID", help="identificador del registro")
    edit.add_argument(
        "--set",
        dest="values",
        action="append",
        required=True,
        type=_assignment,
        metavar="CAMPO=VALOR",
        help="valor nuevo de un campo (repetible). Se lee como JSON cuando lo es (true, 12, "
        'null borra el valor, "texto" entre comillas); si no, como texto. Fechas como '
        "aaaa-mm-dd.",
    )


def _demo_and_report_commands(commands: Any, common: _Parser) -> None:
    commands.add_parser(
        "demo",
        parents=[common],
        help="crea la región de ejemplo (Los Lagos, sus seis Redes Territoriales) en una base "
        "nueva",
        description="Crea en una base nueva o vacía el servidor de Los Lagos con las oficinas de "
        "sus seis Redes Territoriales, cada una con un año de datos enviados por su equipo.",
    )
    report = commands.add_parser(
        "report",
        parents=[common],
        help="escribe el resumen del año de la región en una planilla .xlsx",
        description="Resumen de un año de la región: cada oficina bajo su Red Territorial, con "
        "subtotales por red y el total de la región.",
    )
    report.add_argument(
        "--year", required=True, type=_report_year, metavar="AÑO", help="año, p. ej. 2026"
    )
    report.add_argument(
        "--out", required=True, type=_xlsx_path, metavar="ARCHIVO", help="planilla .xlsx a escribir"
    )


def _report_year(text: str) -> int:
    from omil_desktop.regional.report import FIRST_YEAR, LAST_YEAR

    try:
        year = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» no es un año") from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"el año {year} está fuera de rango: va de {FIRST_YEAR} a {LAST_YEAR}"
        )
    return year


def _xlsx_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".xlsx":
        raise argparse.ArgumentTypeError(
            f"el resumen se escribe solo en una planilla .xlsx, no en «{path.name}»"
        )
    return path


def _missing_data_dir(args: argparse.Namespace) -> bool:
    """``report`` reads a server: a --data-dir that does not exist is a mistake (exit 2), not a
    new empty server."""
    folder = getattr(args, "data_dir", None)
    if args.command == "report" and folder is not None and not folder.is_dir():
        print(f"Error: la carpeta de datos {folder} no existe.", file=sys.stderr)
        return True
    return False


def _demo_or_report(service: RegionalService, args: argparse.Namespace) -> int:
    if args.command == "report":
        from omil_desktop.regional.report import write_region_report

        figures = write_region_report(service, args.year, args.out)
        offices = len(figures.offices)
        print(
            f"Resumen {args.year} de la región de {figures.region_name} ({offices} oficinas en "
            f"{len(figures.networks)} Redes Territoriales) escrito en {args.out}."
        )
        return 0
    import time

    from omil_desktop.regional.demo import build_demo_region

    started = time.perf_counter()
    built = build_demo_region(service, progress=lambda line: print(f"  {line}", flush=True))
    networks = len({o.network for o in built.offices})
    print(
        f"Región de ejemplo de Los Lagos ({built.year}): {len(built.offices)} oficinas en "
        f"{networks} Redes Territoriales, {built.records} registros recibidos de sus equipos, "
        f"{built.targets} metas fijadas por la región, en {time.perf_counter() - started:.0f} s."
    )
    print("Para verla: omil-regional serve (con la misma --data-dir o --database-url).")
    return 0


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _assignment(text: str) -> tuple[str, JSONValue]:
    """``campo=valor``: the value as JSON where it is a JSON scalar, else the text itself."""
    name, equals, raw = text.partition("=")
    name = name.strip()
    if not equals or not name:
        raise argparse.ArgumentTypeError(f"escriba CAMPO=VALOR, no «{text}»")
    try:
        value = json.loads(raw, parse_constant=_no_constant)
    except ValueError:
        return name, raw
    if isinstance(value, dict | list):
        raise argparse.ArgumentTypeError(
            f"el valor de {name} debe ser simple (texto, número, true/false o null)"
        )
    return name, value


def _no_constant(name: str) -> None:
    raise ValueError(name)  # NaN, Infinity: not JSON numbers; taken as text


def _when(moment: datetime | None) -> str:
    return moment.strftime("%d-%m-%Y %H:%M UTC") if moment is not None else "nunca"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if _missing_data_dir(args):
        return 2
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
        _key_notice(service)
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
        for summary in service.status():
            counts = ", ".join(f"{table} {count}" for table, count in summary.records.items())
            print(
                f"{summary.cut}  {summary.name:<22} equipos {summary.devices}  última "
                f"sincronización {_when(summary.last_sync_at)}  registros: {counts}"
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
    elif args.command == "notice":
        _notice(service, args)
    elif args.command == "record":
        _record(service, args)
    elif args.command == "staff":
        return _staff(service, args)
    elif args.command == "accesos":
        _accesses(service, args)
    elif args.command == "target":
        _target(service, args)
    elif args.command == "serve":
        return serve(service, args.host, args.port, args.trusted_proxy)
    elif args.command in ("demo", "report"):
        return _demo_or_report(service, args)
    elif args.command == "auditoria":
        return _audit(service, args)
    elif args.command == "version":
        _version(service, args)
    return 0


def _office_label(service: RegionalService, office: str) -> str:
    if office == protocol.REGION_OFFICE:
        return "todas las oficinas"
    names = {o.cut: o.name for o in service.offices()}
    return f"la oficina {office} {names.get(office, '')}".rstrip()


def _notice(service: RegionalService, args: argparse.Namespace) -> None:
    if args.notice_command == "add":
        row = service.add_notice(
            args.title, args.body, office=args.office, published_on=args.published
        )
        notice = service.record("notice", row)
        assert notice is not None
        print(row)
        print(
            f"Aviso «{notice.fields['title']}» publicado para "
            f"{_office_label(service, notice.office)}; lo reciben en su próxima sincronización."
        )
    elif args.notice_command == "list":
        notices = service.notices(deleted=args.all)
        if not notices:
            print("No hay avisos de la Dirección Regional.")
        for notice in notices:
            published = notice.fields.get("published_on") or ""
            day = format_date(parse_date(published)) if published else "-"
            state = "  (eliminado)" if notice.deleted else ""
            print(f"{notice.row}  {day}  {notice.office:<5}  {notice.fields.get('title')}{state}")
    elif args.notice_command == "edit":
        seq = service.edit_notice(
            args.row, title=args.title, body=args.body, published_on=args.published
        )
        print(f"Aviso {args.row} corregido (secuencia {seq}); las oficinas reciben la corrección.")
    elif args.notice_command == "delete":
        seq = service.delete_notice(args.row)
        print(f"Aviso {args.row} eliminado (secuencia {seq}); las oficinas lo quitan.")


def _target(service: RegionalService, args: argparse.Namespace) -> None:
    if args.target_command == "set":
        row = service.set_target(args.office, args.year, args.indicator, args.value)
        record = service.record("target", row)
        assert record is not None
        indicator = TargetIndicator(record.fields["indicator"])
        print(row)
        print(
            f"Meta {args.year} de {_office_label(service, record.office)}: {indicator.label}, "
            f"{record.fields['value']} {indicator.unit}. La oficina la recibe en su próxima "
            "sincronización."
        )
        return
    if args.target_command == "delete":
        row = service.delete_target(args.office, args.year, args.indicator)
        withdrawn = service.record("target", row)
        assert withdrawn is not None
        indicator = TargetIndicator(withdrawn.fields["indicator"])
        print(row)
        print(
            f"Meta {args.year} de {_office_label(service, withdrawn.office)} retirada: "
            f"{indicator.label}. La oficina la quita en su próxima sincronización y puede fijar "
            "la suya."
        )
        return
    targets = service.targets(args.year, args.office)
    if not targets:
        print(f"No hay metas para {args.year}.")
    for target in targets:
        print(
            f"{target.office}  {target.office_name:<22} {target.indicator.value:<22} "
            f"{target.value:>7}  {target.source.label}"
        )


def _record(service: RegionalService, args: argparse.Namespace) -> None:
    table, row = args.table.strip(), args.row.strip()
    if table not in protocol.SYNC_TABLES:
        raise AdminError(
            f"La tabla «{table}» no se sincroniza. Tablas: {', '.join(protocol.SYNC_TABLES)}."
        )
    if args.record_command == "edit":
        values: dict[str, JSONValue] = {}
        for name, value in args.values:
            if name in values:
                raise AdminError(f"El campo {name} se indica dos veces.")
            values[name] = value
        seq = service.regional_edit(table, row, values)
        print(
            f"Registro {table} {row} corregido (secuencia {seq}); la oficina lo recibe en su "
            "próxima sincronización."
        )
    record = service.record(table, row)
    if record is None:
        raise AdminError(f"No existe el registro {table} {row} en el servidor regional.")
    if args.record_command == "show":
        _show_record(service, record)


def _show_record(service: RegionalService, record: RecordView) -> None:
    devices = {d.id: d for d in service.devices()}

    def writer(origin: str | None) -> str:
        if origin == REGION_ORIGIN:
            return "Dirección Regional"
        device = devices.get(origin or "")
        return f"equipo «{device.name}» ({device.id})" if device else f"equipo {origin}"

    states = [s for s, on in (("eliminado", record.deleted), ("compartido", record.shared)) if on]
    office = _office_label(service, record.office).removeprefix("la ")
    print(f"{record.table} {record.row}, {office}" + "".join(f", {s}" for s in states))
    width = max(len(name) for name in record.fields)
    for name in sorted(record.fields, key=_field_order(record.table)):
        value = json.dumps(record.fields[name], ensure_ascii=False)
        print(
            f"  {name:<{width}}  {value}  (secuencia {record.versions.get(name, '-')}, "
            f"{writer(record.origins.get(name))})"
        )


PASSWORD_VARIABLE = "OMIL_REGIONAL_PASSWORD"
"""Where scripts and tests give a staff account's new password instead of typing it."""


def _staff_commands(commands: Any, common: _Parser) -> None:
    staff = commands.add_parser(
        "staff",
        parents=[common],
        help="cuentas del personal SENCE en la página web de la región",
        description="Cuentas del personal de la Dirección Regional para la página web de la "
        f"región. La contraseña se pide dos veces en la terminal, o se toma de la variable de "
        f"entorno {PASSWORD_VARIABLE}.",
    )
    actions = staff.add_subparsers(dest="staff_command", metavar="ACCIÓN", parser_class=_Parser)
    actions.required = True
    actions.add_parser("add", parents=[_NESTED], help="crea una cuenta").add_argument(
        "username", metavar="USUARIO"
    )
    actions.add_parser("list", parents=[_NESTED], help="lista las cuentas")
    actions.add_parser(
        "disable", parents=[_NESTED], help="desactiva una cuenta y cierra sus sesiones"
    ).add_argument("username", metavar="USUARIO")
    actions.add_parser(
        "password",
        parents=[_NESTED],
        help="cambia la contraseña de una cuenta (y la reactiva); cierra sus sesiones",
    ).add_argument("username", metavar="USUARIO")
    actions.add_parser("logins", parents=[_NESTED], help="últimos intentos de ingreso")


def _new_password() -> str | None:
    """The new password: from the environment, else typed twice (hidden) at the terminal."""
    import getpass
    import os

    from omil_desktop.regional.staff import password_problem

    given = os.environ.get(PASSWORD_VARIABLE)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        print(
            f"Error: escriba la contraseña en una terminal, o désela en la variable "
            f"{PASSWORD_VARIABLE}.",
            file=sys.stderr,
        )
        return None
    for _ in range(3):
        first = getpass.getpass("Contraseña nueva: ")
        problem = password_problem(first)
        if problem is not None:
            print(problem, file=sys.stderr)
            continue
        if getpass.getpass("Repita la contraseña: ") == first:
            return first
        print("Las contraseñas no coinciden.", file=sys.stderr)
    print("Error: no se cambió nada.", file=sys.stderr)
    return None


def _staff(service: RegionalService, args: argparse.Namespace) -> int:
    from omil_desktop.regional.staff import StaffAccounts

    accounts = StaffAccounts(service.store, clock=service.clock)
    if args.staff_command in {"add", "password"}:
        password = _new_password()
        if password is None:
            return 1
        if args.staff_command == "add":
            info = accounts.add(args.username, password)
            print(f"Cuenta «{info.username}» creada.")
        else:
            info = accounts.set_password(args.username, password)
            print(f"Contraseña de «{info.username}» cambiada; sus sesiones abiertas se cerraron.")
    elif args.staff_command == "disable":
        info = accounts.disable(args.username)
        print(f"Cuenta «{info.username}» desactivada; sus sesiones abiertas se cerraron.")
    elif args.staff_command == "list":
        found = accounts.accounts()
        if not found:
            print("No hay cuentas. Cree una con: omil-regional staff add USUARIO")
        for account in found:
            state = f"desactivada {_when(account.disabled_at)}" if account.disabled_at else "activa"
            print(
                f"{account.username:<20} creada {_when(account.created_at)}  último ingreso "
                f"{_when(account.last_login_at)}  {state}"
            )
    elif args.staff_command == "logins":
        attempts = accounts.logins()
        if not attempts:
            print("No hay intentos de ingreso.")
        for at, username, address, succeeded in attempts:
            outcome = "ingresó" if succeeded else "rechazado"
            print(f"{_when(at)}  {username:<20} {address:<15} {outcome}")
    return 0


def _access_commands(commands: Any, common: _Parser) -> None:
    accesses = commands.add_parser(
        "accesos",
        parents=[common],
        help="registro de accesos del personal a la página web de la región",
        description="Cada ingreso (aceptado o rechazado), salida, página u oficina vista y "
        "descarga del personal en la página web de la región, del más antiguo al más nuevo "
        "(horas UTC). La página no puede cambiarlo ni borrarlo.",
    )
    accesses.add_argument(
        "--desde", type=_date, metavar="DD-MM-AAAA", help="solo desde ese día (00:00 UTC)"
    )
    accesses.add_argument("--usuario", metavar="USUARIO", help="solo los de esa cuenta")


def _accesses(service: RegionalService, args: argparse.Namespace) -> None:
    from omil_desktop.regional.access_log import AccessLog

    entries = AccessLog(service.store, clock=service.clock).entries(
        since=args.desde, username=args.usuario
    )
    if not entries:
        print("No hay accesos registrados" + (" con esos filtros." if args.desde or args.usuario
              else "."))  # fmt: skip
    names = {o.cut: o.name for o in service.offices()}
    for entry in entries:
        what = entry.action.label
        if entry.office_code is not None:
            what += f" {entry.office_code} {names.get(entry.office_code, '')}".rstrip()
        if entry.year is not None:
            what += f" ({entry.year})"
        print(
            f"{_when(entry.at)}  {entry.username or 'desconocida':<20} {entry.address:<15} {what}"
        )


def _key_notice(service: RegionalService) -> None:
    """Where the SQLite database's key is (PostgreSQL: docs/regional-security.md)."""
    import os

    from omil_desktop.regional.store import KEY_VARIABLE, key_path

    database = service.store.engine.url.database
    if service.store.dialect != "sqlite" or not database:
        print(
            "Base PostgreSQL: cifre el disco del servidor y use TLS hacia la base "
            "(docs/regional-security.md)."
        )
    elif os.environ.get(KEY_VARIABLE):
        print(f"Base de datos cifrada con la llave de la variable {KEY_VARIABLE}.")
    else:
        print(
            f"Base de datos cifrada; su llave está en {key_path(Path(database))} (solo su "
            "usuario puede leerla). Respáldela aparte de la base: sin ella la base no se abre."
        )


def _field_order(table: str) -> Callable[[str], tuple[int, str]]:
    first = ("id", "office_code")
    return lambda name: (first.index(name) if name in first else len(first), name)


def serve(
    service: RegionalService,
    host: str,
    port: int,
    trusted_proxy: str = DEFAULT_TRUSTED_PROXY,
) -> int:
    """Run the HTTP API until interrupted; prints the address it listens on. Requests from
    ``trusted_proxy`` (comma-separated addresses) are counted by their X-Forwarded-For."""
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
        # Listening before the address is printed: a client that reads it and connects at once
        # waits in the backlog until uvicorn accepts, instead of being refused.
        sock.listen(socket.SOMAXCONN)
    except OSError as exc:
        sock.close()
        print(f"Error: no se puede escuchar en {host}:{port} ({os_reason(exc)}).", file=sys.stderr)
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
    proxies = [p.strip() for p in trusted_proxy.split(",") if p.strip()]
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        proxy_headers=bool(proxies),
        forwarded_allow_ips=proxies,
    )
    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then re-raises the signal: both end here.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)
    # The region's page counts every office's figures once, while the server already answers.
    threading.Thread(target=app.state.web_pages.warm_up, name="cifras", daemon=True).start()
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sock])
    print("Servidor detenido.", flush=True)
    return 0


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def _audit_commands(commands: Any, common: _Parser) -> None:
    audit = commands.add_parser(
        "auditoria",
        parents=[common],
        help="registro de accesos a datos personales de las oficinas",
    )
    actions = audit.add_subparsers(dest="audit_command", metavar="ACCIÓN", parser_class=_Parser)
    actions.required = True
    verify = actions.add_parser(
        "verificar",
        parents=[_NESTED],
        help="comprueba la cadena de cada equipo de una oficina (sale con 1 si está alterada)",
    )
    verify.add_argument("--oficina", required=True, metavar="CUT", help="código de la comuna")


def _audit(service: RegionalService, args: argparse.Namespace) -> int:
    """``auditoria verificar --oficina CUT``: the chains the server holds for the office, checked
    as a PC checks them (domain/audit.py); exit 1 when one is broken."""
    from omil_desktop.domain.audit import verify_chains

    entries = [
        {**record.fields, "id": record.row, "deleted_at": record.deleted or None}
        for record in service.records(args.oficina, "audit_entry")
    ]
    report = verify_chains(entries)
    print(f"Oficina {args.oficina}: {report.summary()}")
    return 0 if report.intact else 1


# -- releases of OMIL Desktop for the devices (docs/updates.md) ----------------------------------


def _version_commands(commands: Any, common: _Parser) -> None:
    release = commands.add_parser(
        "version",
        parents=[common],
        help="versiones de OMIL Desktop que se ofrecen a los equipos",
        description="La versión más nueva publicada aquí se anuncia a cada equipo en su próxima "
        "sincronización; el equipo descarga el instalador de este servidor.",
    )
    actions = release.add_subparsers(dest="version_command", metavar="ACCIÓN", parser_class=_Parser)
    actions.required = True
    publish = actions.add_parser("publicar", parents=[_NESTED], help="publica una versión")
    publish.add_argument("version", metavar="VERSIÓN", help="por ejemplo 0.3.0")
    publish.add_argument(
        "--instalador", type=Path, required=True, metavar="ARCHIVO", help="el setup.exe"
    )
    publish.add_argument("--notas", default="", metavar="TEXTO", help="qué trae la versión")
    publish.add_argument(
        "--reemplazar", action="store_true", help="cambia el instalador de una versión publicada"
    )
    actions.add_parser("lista", parents=[_NESTED], help="lista las versiones publicadas")
    withdraw = actions.add_parser("retirar", parents=[_NESTED], help="retira una versión")
    withdraw.add_argument("version", metavar="VERSIÓN")


def _version(service: RegionalService, args: argparse.Namespace) -> None:
    if args.version_command == "publicar":
        info = service.publish_release(
            args.version, args.instalador, args.notas, replace=args.reemplazar
        )
        print(
            translate(
                "Versiones", "Versión {version} publicada: {file}, {size} bytes, SHA-256 {sha256}."
            ).format(version=info.version, file=info.filename, size=info.size, sha256=info.sha256)
        )
    elif args.version_command == "lista":
        releases = service.releases()
        if not releases:
            print(translate("Versiones", "No hay versiones publicadas."))
        for info in releases:
            print(
                f"{info.version:<10} {_when(info.published_at)}  {info.size} bytes  "
                f"{info.sha256}  {info.filename}"
            )
    elif args.version_command == "retirar":
        if not service.remove_release(args.version):
            raise AdminError(
                translate("Versiones", "La versión {version} no está publicada.").format(
                    version=args.version
                )
            )
        print(translate("Versiones", "Versión {version} retirada.").format(version=args.version))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
