"""The same use cases without a window: set-up, import and export, sync, backup and restore.

Every command takes ``--data-dir``; without it the per-user data folder is used, the same one the
window opens. Exit codes: 0 done, 1 refused (bad input, rejected rows, a backup that cannot be
restored), 2 the data folder cannot be used (damaged, missing, in use by the window, disk full).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.rendition import Month
from omil_desktop.domain.text import count_text
from omil_desktop.logs import log_to
from omil_desktop.services.access import NoPassword
from omil_desktop.services.backups import (
    BackupFacts,
    BackupRefused,
    Backups,
    DatabaseDamaged,
    DatabaseMissing,
    DataFolderLock,
)
from omil_desktop.services.errors import ServiceError, ValidationFailed
from omil_desktop.services.workspace import OfficeNotSetUp, Workspace
from omil_desktop.spanish_argparse import SpanishArgumentParser
from omil_desktop.store.engine import default_data_dir
from omil_desktop.store.errors import StorageError

if TYPE_CHECKING:  # the spreadsheet readers load only when a command needs them
    from omil_desktop.services.access import Officer
    from omil_desktop.services.spreadsheets import ImportReport

EXCLUSIVE = frozenset(
    {"init", "import-people", "import-companies", "enroll", "sync", "restore", "demo", "cifrar"}
)
"""Commands that change the data or replace the file: never beside an open window (lock.py)."""
BACKED_UP_BEFORE = frozenset({"import-people", "import-companies", "enroll", "sync"})
"""Commands that take the day's backup first when none was taken today (as the window does)."""


def build_parser() -> argparse.ArgumentParser:
    common = SpanishArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="CARPETA",
        help="carpeta de datos (por omisión, la carpeta de datos del usuario)",
    )
    parser = SpanishArgumentParser(
        prog="omil-desktop",
        description="OMIL Desktop: personas y atenciones, empresas, ofertas, derivaciones y "
        "colocaciones de la OMIL. Sin COMANDO, "
        "abre la ventana.",
        parents=[common],
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="abre la ventana sin pantalla y termina: 0 si todo está bien (con --data-dir, "
        "en esa carpeta; si no, en una carpeta temporal)",
    )
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="ante un error inesperado, no mostrar el diálogo (para pruebas automáticas)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMANDO", title="comandos")
    init = commands.add_parser(
        "init", parents=[common], help="configura la oficina sin abrir la ventana"
    )
    init.add_argument(
        "--comuna", required=True, metavar="COMUNA", help="código CUT o nombre de la comuna"
    )
    init.add_argument(
        "--officer", required=True, metavar="NOMBRE", help="nombre de la persona a cargo"
    )
    init.add_argument(
        "--user",
        metavar="USUARIO",
        help="nombre de usuario de su cuenta (por omisión, nombre.apellido); la contraseña se "
        "pide dos veces en la terminal o se toma de OMIL_DESKTOP_PASSWORD",
    )
    imp = commands.add_parser(
        "import-people", parents=[common], help="importa personas desde una planilla .csv o .xlsx"
    )
    imp.add_argument("file", type=Path, metavar="ARCHIVO", help="planilla .csv o .xlsx")
    imp.add_argument(
        "--dry-run", action="store_true", help="solo revisa el archivo; no guarda nada"
    )
    exp = commands.add_parser(
        "export-people", parents=[common], help="exporta todas las personas a una planilla .xlsx"
    )
    exp.add_argument("file", type=Path, metavar="ARCHIVO", help="planilla .xlsx que se crea")
    imp_companies = commands.add_parser(
        "import-companies",
        parents=[common],
        help="importa empresas (y un contacto por fila) desde una planilla .csv o .xlsx",
        description="Importa empresas desde una planilla con encabezados en castellano: RUT, "
        "Razón social (obligatorias), Nombre de fantasía, Actividad económica, Tamaño, Comuna, "
        "Dirección, Teléfono, Correo, Observaciones; y, si la empresa trae un contacto, "
        "Contacto, Cargo, Teléfono contacto, Correo contacto. Se revisan todas las filas; se "
        "guardan juntas las válidas y se informa cada fila rechazada con su motivo.",
    )
    imp_companies.add_argument("file", type=Path, metavar="ARCHIVO", help="planilla .csv o .xlsx")
    imp_companies.add_argument(
        "--dry-run", action="store_true", help="solo revisa el archivo; no guarda nada"
    )
    exp_companies = commands.add_parser(
        "export-companies",
        parents=[common],
        help="exporta las empresas de la oficina, con sus contactos, a una planilla .xlsx",
        description="Exporta las empresas de la oficina a una planilla .xlsx: una fila por "
        "empresa, y sus contactos en la columna «Contactos» (nombre (cargo) teléfono correo; …).",
    )
    exp_companies.add_argument(
        "file", type=Path, metavar="ARCHIVO", help="planilla .xlsx que se crea"
    )
    enroll = commands.add_parser(
        "enroll",
        parents=[common],
        help="inscribe este equipo en el servidor regional con un código de un solo uso",
    )
    enroll.add_argument(
        "--server", required=True, metavar="DIRECCIÓN", help="dirección del servidor regional"
    )
    enroll.add_argument(
        "--code",
        required=True,
        metavar="CÓDIGO",
        help="código de inscripción (ej. K7QM-2XHD-P4NA)",
    )
    enroll.add_argument(
        "--device-name", metavar="NOMBRE", help="nombre de este equipo (por omisión, OMIL y comuna)"
    )
    commands.add_parser(
        "sync", parents=[common], help="envía los cambios al servidor regional y recibe los nuevos"
    )
    exp_vacancies = commands.add_parser(
        "export-vacancies",
        parents=[common],
        help="exporta las ofertas abiertas a una planilla .xlsx con los datos que pide la BNE",
        description="Exporta las ofertas abiertas de la oficina a una planilla .xlsx, una fila "
        "por oferta, con los datos que pide «publicar oferta» de la Bolsa Nacional de Empleo "
        "(cargo, ocupación, descripción, cupos, comuna, jornada, contrato, renta, requisitos, "
        "cierre, inclusiva, RUT y razón social de la empresa), para publicarlas sin volver a "
        "escribirlas.",
    )
    exp_vacancies.add_argument("file", type=Path, metavar="ARCHIVO", help="planilla .xlsx")
    exp_expenses = commands.add_parser(
        "export-expenses",
        parents=[common],
        help="exporta los gastos de un mes del convenio FOMIL a una planilla .xlsx",
        description="Exporta a una planilla .xlsx el detalle de los gastos de un mes del "
        "convenio FOMIL cuyo período lo incluye: una fila por gasto, con las fechas como "
        "fechas y los montos como números.",
    )
    exp_expenses.add_argument(
        "--month", required=True, metavar="AAAA-MM", help="el mes (ej. 2026-10)"
    )
    exp_expenses.add_argument("file", type=Path, metavar="ARCHIVO", help="planilla .xlsx")
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="hace una copia de respaldo verificada (en «respaldos», o en ARCHIVO)",
    )
    backup.add_argument(
        "file",
        type=Path,
        nargs="?",
        metavar="ARCHIVO",
        help="dónde guardar la copia (por omisión, la carpeta «respaldos» de la carpeta de datos)",
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="vuelve a una copia de respaldo; la base de datos actual se guarda aparte",
    )
    restore.add_argument(
        "file", type=Path, metavar="ARCHIVO", help="la copia de respaldo (carpeta «respaldos»)"
    )
    commands.add_parser(
        "demo",
        parents=[common],
        help="crea en --data-dir (una carpeta nueva) una oficina de ejemplo de Palena, para "
        "capacitación y pruebas",
        description="Crea una oficina de ejemplo de Palena (personas con sus atenciones, avisos, "
        "empresas, ofertas, derivaciones, colocaciones, talleres de apresto y el convenio FOMIL "
        "del año con sus gastos mes a mes) en la carpeta que "
        "indique --data-dir, "
        "que debe ser nueva o estar vacía: nunca usa la carpeta de datos por omisión ni una "
        "carpeta con una oficina. Ábrala luego con omil-desktop --data-dir CARPETA.",
    )
    commands.add_parser(
        "workshops",
        parents=[common],
        help="lista los talleres de apresto: id, nombre y número de sesiones (separados por "
        "tabulación), del más antiguo al más nuevo",
    )
    _add_document_commands(commands, common)
    _add_access_commands(commands, common)
    _add_audit_commands(commands, common)
    _add_person_data_command(commands, common)
    _add_privacy_commands(commands, common)
    _add_backup_settings_command(commands, common)
    return parser


def _add_document_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """``report`` (the printed documents of a workshop) and ``settings`` (how they look)."""
    report = commands.add_parser(
        "report",
        parents=[common],
        help="imprime a PDF la hoja de asistencia de una sesión, los certificados o el resumen "
        "de un taller, la rendición de gastos FOMIL de un mes o la valorización de los servicios",
    )
    documents = report.add_subparsers(
        dest="document", metavar="DOCUMENTO", title="documentos", required=True
    )
    for name, about in (
        ("attendance-sheet", "hoja de asistencia de una sesión, para firmar"),
        ("certificates", "certificados de participación de quienes completaron el taller"),
        ("workshop-summary", "resumen del taller: inscritos, asistencia, completaron"),
    ):
        document = documents.add_parser(name, parents=[common], help=about)
        document.add_argument(
            "--workshop", required=True, metavar="ID", help="id del taller (omil-desktop workshops)"
        )
        if name == "attendance-sheet":
            document.add_argument(
                "--session",
                required=True,
                type=int,
                metavar="N",
                help="número de la sesión (1, 2, …)",
            )
        document.add_argument(
            "--out", required=True, type=Path, metavar="ARCHIVO", help="el PDF que se crea"
        )
    _add_rendition_reports(documents, common)
    _add_activity_report(documents, common)
    settings = commands.add_parser(
        "settings",
        parents=[common],
        help="muestra (sin opciones) o cambia la configuración de los documentos impresos",
        description="Sin opciones, muestra la configuración de los documentos impresos. Con "
        "opciones, la cambia: nombre de la municipalidad, papel y logo municipal.",
    )
    settings.add_argument(
        "--municipality",
        metavar="TEXTO",
        help='cómo se nombra la municipalidad (ej. "Ilustre Municipalidad de Palena"); "" vuelve '
        "a «Municipalidad de» y la comuna",
    )
    settings.add_argument(
        "--paper", choices=["carta", "a4"], type=str.lower, help="papel (por omisión, carta)"
    )
    logo = settings.add_mutually_exclusive_group()
    logo.add_argument(
        "--logo", type=Path, metavar="ARCHIVO", help="logo municipal (PNG o JPEG, hasta 2 MB)"
    )
    logo.add_argument("--no-logo", action="store_true", help="quita el logo")


def _add_rendition_reports(
    documents: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """``report rendicion`` and ``report valorizacion``: the FOMIL agreement's documents."""
    rendicion = documents.add_parser(
        "rendicion",
        parents=[common],
        help="rendición de gastos FOMIL de un mes, para firmar",
        description="Imprime la rendición de gastos del mes (convenio cuyo período lo incluye): "
        "saldo anterior, ingresos, gastos con fondos SENCE y con aporte municipal, ejecución por "
        "ítem, saldo para el mes siguiente y firmas. Un mes no cerrado sale como BORRADOR.",
    )
    rendicion.add_argument("--month", required=True, metavar="AAAA-MM", help="el mes (ej. 2026-10)")
    rendicion.add_argument(
        "--annex",
        action="store_true",
        help="agrega un anexo con los documentos de respaldo escaneados, uno por página",
    )
    rendicion.add_argument(
        "--out", required=True, type=Path, metavar="ARCHIVO", help="el PDF que se crea"
    )
    valorizacion = documents.add_parser(
        "valorizacion",
        parents=[common],
        help="costo por persona atendida, por participante de taller y por colocación en un "
        "período, SENCE y municipal por separado",
    )
    valorizacion.add_argument(
        "--from",
        dest="starts_on",
        required=True,
        metavar="DD-MM-AAAA",
        help="primer día del período (ej. 01-01-2026)",
    )
    valorizacion.add_argument(
        "--to",
        dest="ends_on",
        required=True,
        metavar="DD-MM-AAAA",
        help="último día del período (ej. 31-10-2026)",
    )
    valorizacion.add_argument(
        "--out", required=True, type=Path, metavar="ARCHIVO", help="el PDF que se crea"
    )


def _report_date(text: str) -> date:
    """``--from``/``--to`` of ``report activity``: ``aaaa-mm-dd`` or ``dd-mm-aaaa``; a date that
    cannot be read is a usage error (exit 2) with the date's own Spanish message."""
    from omil_desktop.domain.dates import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_activity_report(
    documents: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """``report activity``: the municipal activity report, as PDF or Excel."""
    activity = documents.add_parser(
        "activity",
        parents=[common],
        help="informe de actividad de la OMIL para el municipio (PDF, o Excel si ARCHIVO termina "
        "en .xlsx), comparado con el mismo período del año anterior",
        description="Informe de actividad del período: personas atendidas (por sexo, tramo de "
        "edad, grupo prioritario y discapacidad), atenciones por tipo, inscripciones BNE, "
        "certificaciones FCS, empresas contactadas, ofertas y cupos captados, derivaciones, "
        "colocaciones (3 meses o más) y seguimientos, talleres, ferias laborales, satisfacción "
        "de usuarios y costo por servicio, con el mismo período del año anterior. Un ARCHIVO "
        ".pdf se imprime; uno .xlsx es la misma información en una planilla.",
    )
    activity.add_argument(
        "--from",
        dest="starts_on",
        required=True,
        type=_report_date,
        metavar="AAAA-MM-DD",
        help="primer día del período (ej. 2026-01-01; también 01-01-2026)",
    )
    activity.add_argument(
        "--to",
        dest="ends_on",
        required=True,
        type=_report_date,
        metavar="AAAA-MM-DD",
        help="último día del período (ej. 2026-12-31)",
    )
    activity.add_argument(
        "--out", required=True, type=Path, metavar="ARCHIVO", help="el .pdf o .xlsx que se crea"
    )


def _activity_report(workspace: Workspace, args: argparse.Namespace) -> int:
    """``report activity``: the PDF or the .xlsx; a period that ends before it starts is bad
    input (exit 2), another kind of file a refusal (exit 1); no file either way."""
    from omil_desktop.domain.activity import Period
    from omil_desktop.services.activity_documents import (
        EXCEL_SUFFIX,
        ActivityDocuments,
        check_suffix,
        summary_text,
    )

    try:
        period = Period.between(args.starts_on, args.ends_on)
    except ValueError as exc:
        _error(str(exc))
        return 2
    suffix = check_suffix(args.out)
    assert workspace.office is not None
    documents = ActivityDocuments(workspace.db, workspace.territory, workspace.office.comuna_code)
    figures = documents.figures(period)
    written = documents.write(period, args.out, figures=figures)
    what = (
        count_text(written, "fila", "filas")
        if suffix == EXCEL_SUFFIX
        else count_text(written, "página", "páginas")
    )
    named = period.label if period.label == period.dates else f"{period.label} ({period.dates})"
    print(f"Informe de actividad, {named}, {what}: {args.out}")
    print(summary_text(figures) + ".")
    return 0


def _changes_settings(args: argparse.Namespace) -> bool:
    if args.command == "conservacion":  # anonymising: never beside an open window
        return bool(args.aplicar)
    return args.command == "settings" and (
        args.municipality is not None or bool(args.paper) or bool(args.logo) or args.no_logo
    )


CREATE_THE_FOLDER = frozenset({"init", "demo", "restore"})
"""The commands that may start from a data folder that does not exist yet (a new office, the
demo, a backup restored on a new PC); every other one refuses it."""


def data_dir_of(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "data_dir", None) or default_data_dir()).absolute()


def _error(message: str) -> None:
    print(f"Error: {message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Run one command; return the process exit code. Messages are Spanish."""
    if args.command == "demo" and not getattr(args, "data_dir", None):
        _error(
            "Indique con --data-dir una carpeta nueva para la oficina de ejemplo (nunca la "
            "carpeta de la oficina real)."
        )
        return 2
    data_dir = data_dir_of(args)
    if args.command not in CREATE_THE_FOLDER and not data_dir.exists():
        # A mistyped --data-dir must not become a new, empty office.
        _error(
            f"No existe la carpeta de datos {data_dir}. Revise la ruta; una oficina nueva se "
            "configura con: omil-desktop init"
        )
        return 2
    lock = DataFolderLock(data_dir)
    try:
        if args.command in EXCLUSIVE or _changes_settings(args):
            lock.acquire()
        if _sets_up_access(data_dir, args):
            return _new_encrypted_office(data_dir, args)
        if args.command == "cuenta" and args.action == "recuperar":
            return _recover(data_dir, args)
        officer = _unlock(data_dir, args)
        if args.command == "cifrar":
            return _encrypt_command(data_dir, args)
        if args.command == "backup":
            return _backup(data_dir, args)
        if args.command == "restore":
            if officer is not None and not officer.is_manager:
                raise ServiceError(_MANAGER_ONLY)
            return _restore(data_dir, args, lock)
        try:
            workspace = Workspace(data_dir)
        except (DatabaseDamaged, DatabaseMissing) as exc:
            _error(str(exc))
            _suggest_restore(data_dir, args)
            return 2
        workspace.officer = officer
        try:
            return _run_command(workspace, args)
        except DatabaseDamaged as exc:  # found by the day's backup, before the command wrote
            _error(str(exc))
            _suggest_restore(data_dir, args)
            return 2
        finally:
            workspace.close()
    except (StorageError, NoPassword) as exc:
        _error(str(exc))
        return 2
    except ValidationFailed as exc:
        for message in exc.errors.values():
            _error(message)
        return 1
    except ServiceError as exc:
        _error(str(exc))
        return 1
    finally:
        lock.release()


def _run_command(workspace: Workspace, args: argparse.Namespace) -> int:
    try:
        if args.command == "init":
            code = _init(workspace, args)  # then the first backup of a new office
            if code == 0:
                _daily_backup(workspace)
            return code
        if args.command == "demo":
            return _demo(workspace)
        if workspace.office is None:
            raise OfficeNotSetUp()
        if args.command in BACKED_UP_BEFORE and not getattr(args, "dry_run", False):
            _daily_backup(workspace)
        if args.command == "import-people":
            return _import(workspace, args)
        if args.command in ("import-companies", "export-companies"):
            return _companies_file(workspace, args)
        if args.command in ("enroll", "sync"):
            return _sync_command(workspace, args)
        if args.command == "export-people":
            from omil_desktop.services.people_files import export_people  # only the CLI needs it

            count = export_people(
                workspace.people, workspace.territory, args.file, audit=workspace.audit
            )
            print(f"Exportadas: {count_text(count, 'persona', 'personas')} a {args.file}.")
            return 0
        if args.command == "workshops":
            for row in workspace.workshops.all():
                print(f"{row.id}\t{row.name}\t{row.sessions}")
            return 0
        if args.command == "report":
            return _report(workspace, args)
        if args.command == "person-data":
            return _person_data(workspace, args)
        if args.command == "settings":
            if _changes_settings(args):
                workspace.require_manager()
            return _settings(workspace, args)
        if args.command == "cuenta":
            return _account_command(workspace, args)
        if args.command == "respaldo":
            return _backup_settings(workspace, args)

        if args.command in ("consentimiento", "conservacion"):
            return _privacy_command(workspace, args)
        if args.command == "export-expenses":
            return _export_expenses(workspace, args)
        if args.command == "auditoria":
            return _audit_command(workspace, args)
        if args.command == "export-vacancies":
            from omil_desktop.services.vacancies_files import export_vacancies

            count = export_vacancies(workspace.vacancies, args.file)
            exported = count_text(count, "oferta abierta", "ofertas abiertas")
            print(f"Exportadas: {exported} a {args.file}.")
            return 0
        raise AssertionError(args.command)
    except DatabaseDamaged:
        raise
    except (ServiceError, StorageError) as exc:
        _error(str(exc))
        return 1


def _demo(workspace: Workspace) -> int:
    from omil_desktop.services.demo import build_demo  # only this command needs it

    demo = build_demo(workspace)
    _daily_backup(workspace)
    print(f"Oficina de ejemplo creada en {workspace.data_dir}:")
    for area, count in demo.parts:
        print(f"  {area}: {count:,}".replace(",", "."))
    print(f'Ábrala con: omil-desktop --data-dir "{workspace.data_dir}"')
    return 0


def _daily_backup(workspace: Workspace) -> None:
    """The day's backup, as the window takes it. A copy that could not be written is told and
    the command goes on; a database found damaged stops it before it writes anything."""
    done = workspace.backups.after_start(workspace.startup_check)
    if done.damaged is not None:
        raise done.damaged
    if done.problem is not None:
        print(f"Aviso: no se hizo la copia de respaldo del día. {done.problem}", file=sys.stderr)


def _when(facts: BackupFacts) -> str:
    return f"{format_date(facts.taken_at.date())} {facts.taken_at:%H:%M}"


def _people(facts: BackupFacts) -> str:
    return count_text(facts.people or 0, "persona", "personas")


def _command_line(data_dir: Path, args: argparse.Namespace, command: str, file: str) -> str:
    """The command to type, paths in double quotes (they may hold spaces, on any system)."""
    where = f' --data-dir "{data_dir}"' if getattr(args, "data_dir", None) else ""
    return f'omil-desktop{where} {command} "{file}"'


def _suggest_restore(data_dir: Path, args: argparse.Namespace) -> None:
    try:
        newest = Backups(data_dir).newest_verified()
    except StorageError:
        newest = None
    if newest is None:
        print(
            "No hay en la carpeta «respaldos» una copia de respaldo en buen estado de esta "
            "oficina. Si tiene una en otro lugar (por ejemplo, en un pendrive), restáurela con: "
            + _command_line(data_dir, args, "restore", "ARCHIVO"),
            file=sys.stderr,
        )
        return
    print(
        f"Copia de respaldo más reciente en buen estado: {_when(newest)} ({_people(newest)}). "
        "Para volver a ella:\n  " + _command_line(data_dir, args, "restore", str(newest.path)),
        file=sys.stderr,
    )


def _backup(data_dir: Path, args: argparse.Namespace) -> int:
    try:
        facts = Backups(data_dir).make(args.file)
    except DatabaseDamaged as exc:
        _error(str(exc))
        _suggest_restore(data_dir, args)
        return 2
    print(f"Copia de respaldo verificada: {facts.path} ({_people(facts)}).")
    if args.file is not None:  # outside the data folder: the receipts go beside it
        backups = Backups(data_dir)
        copied = backups.copy_receipts_beside(facts.path)
        if copied or backups.receipts_beside(facts.path).is_dir():
            print(
                f"Comprobantes escaneados junto a ella, en {backups.receipts_beside(facts.path)} "
                f"({count_text(copied, 'nuevo', 'nuevos')})."
            )
    return 0


def _restore(data_dir: Path, args: argparse.Namespace, lock: DataFolderLock) -> int:
    try:
        try:
            done = Backups(data_dir).restore(args.file, lock=lock)
        except BackupRefused as exc:
            key = _backup_key(args.file, exc)
            if key is None:
                raise
            restore: Any = Backups(data_dir).restore  # (the key: store/restore.py's own)
            done = restore(args.file, lock=lock, key=key)
    except BackupRefused as exc:
        _error(str(exc))
        return 1
    print(
        f"Copia restaurada: los datos del {_when(done.facts)} ({_people(done.facts)}) están de "
        "nuevo en uso."
    )
    if done.aside is not None:
        print(f"La base de datos que se reemplazó quedó guardada en {done.aside}.")
    brought = Backups(data_dir).take_receipts_from(args.file)
    if brought:
        beside = Backups.receipts_beside(args.file)
        print(f"Comprobantes escaneados traídos desde {beside}: {brought}.")
    return 0


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
    return _print_import_report(report, workspace.office.comuna_name)


def _print_import_report(report: ImportReport, office_comuna: str) -> int:
    """The row-by-row report of an import (people's and companies' alike); 1 when any row was
    rejected."""
    verb = "que se importarían" if report.dry_run else "importadas"
    print(f"Filas {verb}: {report.imported}")
    print(f"Filas rechazadas: {len(report.rejected)}")
    for rejected in report.rejected:
        print(f"  fila {rejected.row}: {rejected.reason}")
    if report.unknown_columns:
        print("Columnas no reconocidas (ignoradas): " + ", ".join(report.unknown_columns))
    if report.default_comuna_used:
        print(f"Filas sin comuna: se usó la comuna de la oficina ({office_comuna}).")
    if report.dry_run:
        print("Revisión solamente: no se guardó nada.")
    return 1 if report.rejected else 0


def _companies_file(workspace: Workspace, args: argparse.Namespace) -> int:
    """``import-companies`` (the row-by-row report of people's import) and ``export-companies``."""
    from omil_desktop.services import company_files  # only the CLI needs it

    assert workspace.office is not None
    if args.command == "export-companies":
        count = company_files.export_companies(workspace.companies, workspace.territory, args.file)
        print(f"Exportadas: {count_text(count, 'empresa', 'empresas')} a {args.file}.")
        return 0
    importer = company_files.CompaniesImporter(
        workspace.companies, workspace.territory, workspace.office.comuna_code
    )
    report = importer.import_file(args.file, dry_run=args.dry_run)
    return _print_import_report(report, workspace.office.comuna_name)


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


def _report(workspace: Workspace, args: argparse.Namespace) -> int:
    """``report attendance-sheet|certificates|workshop-summary``: the PDF, or a Spanish refusal
    (exit 1) and no file."""
    if args.document == "activity":  # a PDF or an .xlsx
        return _activity_report(workspace, args)
    if args.out.suffix.lower() != ".pdf":
        raise ServiceError(
            f"El documento se guarda como PDF: escriba un nombre terminado en .pdf, no "
            f"«{args.out.name}»."
        )
    if args.document in ("rendicion", "valorizacion"):
        return _rendition_report(workspace, args)
    from omil_desktop.services.workshop_documents import WorkshopDocuments  # loads ReportLab

    assert workspace.office is not None
    documents = WorkshopDocuments(workspace.db, workspace.territory, workspace.office.comuna_code)
    if args.document == "attendance-sheet":
        pages = documents.attendance_sheet(args.workshop, args.session, args.out)
        what = f"Hoja de asistencia de la sesión {args.session}"
    elif args.document == "certificates":
        pages = documents.certificates(args.workshop, args.out)
        what = f"Certificados: {count_text(pages, 'persona', 'personas')}"
    else:
        pages = documents.summary(args.workshop, args.out)
        what = "Resumen del taller"
    print(f"{what}, {count_text(pages, 'página', 'páginas')}: {args.out}")
    return 0


def _month_of(text: str) -> Month:
    """``--month``: a Spanish ServiceError (exit 1) when it is not ``AAAA-MM``."""
    try:
        return Month.parse(text)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None


def _rendition_report(workspace: Workspace, args: argparse.Namespace) -> int:
    """``report rendicion|valorizacion``: the PDF, or a Spanish refusal (exit 1) and no file."""
    from omil_desktop.domain.dates import parse_date
    from omil_desktop.services.errors import ValidationFailed
    from omil_desktop.services.rendition_documents import RenditionDocuments  # loads ReportLab

    assert workspace.office is not None
    documents = RenditionDocuments(workspace.db, workspace.territory, workspace.office.comuna_code)
    if args.document == "valorizacion":
        try:
            starts_on, ends_on = parse_date(args.starts_on), parse_date(args.ends_on)
        except ValueError as exc:
            raise ServiceError(str(exc)) from None
        try:
            pages = documents.valuation(starts_on, ends_on, args.out)
        except ValidationFailed as exc:
            raise ServiceError(" ".join(exc.errors.values())) from None
        period = f"{format_date(starts_on)} al {format_date(ends_on)}"
        print(
            f"Valorización de los servicios del {period}, "
            f"{count_text(pages, 'página', 'páginas')}: {args.out}"
        )
        return 0
    month = _month_of(args.month)
    agreement = documents.agreement_of_month(month)
    pages = documents.rendition(agreement.id, month, args.out, annex=args.annex)
    print(
        f"Rendición de gastos de {month.label} ({agreement.label}), "
        f"{count_text(pages, 'página', 'páginas')}: {args.out}"
    )
    if not workspace.rendition.is_closed(agreement.id, month):
        print(
            f"Aviso: el mes de {month.label} no está cerrado: el PDF dice «BORRADOR — mes no "
            "cerrado». Ciérrelo en la ventana para rendirlo.",
            file=sys.stderr,
        )
    return 0


def _export_expenses(workspace: Workspace, args: argparse.Namespace) -> int:
    """``export-expenses --month AAAA-MM ARCHIVO``: the month's expenses to a .xlsx."""
    month = _month_of(args.month)
    from omil_desktop.services.rendition_documents import agreement_of_month

    service = workspace.rendition
    agreement = agreement_of_month(service, month)
    count = service.export_month(agreement.id, month, args.file)
    print(f"Exportados: {count_text(count, 'gasto', 'gastos')} de {month.label} a {args.file}.")
    return 0


def _settings(workspace: Workspace, args: argparse.Namespace) -> int:
    """``settings``: show the settings of printed documents, or change those given."""
    from omil_desktop.services.errors import ValidationFailed
    from omil_desktop.services.office import logo_description, logo_from_file

    service = workspace.office_service
    current = service.document_settings()
    if _changes_settings(args):
        errors: dict[str, str] = {}
        logo = None if args.no_logo else current.logo
        if args.logo is not None:
            try:
                logo = logo_from_file(args.logo)
            except ValidationFailed as exc:
                errors.update(exc.errors)
        municipality = current.municipality_name if args.municipality is None else args.municipality
        try:
            if errors:
                service.check_document_settings(municipality, args.paper or current.paper, None)
            else:
                current = service.save_document_settings(
                    municipality, args.paper or current.paper, logo
                )
        except ValidationFailed as exc:
            errors = {**exc.errors, **errors}
        if errors:
            for message in errors.values():
                _error(message)
            print("No se guardó nada.", file=sys.stderr)
            return 1
        print("Configuración de los documentos impresos guardada.")
    default = " (por omisión)" if not current.municipality_name else ""
    print(f"Municipalidad: {current.municipality}{default}")
    print(f"Oficina: {current.office}")
    print(f"Encargado(a): {current.officer_name}")
    print(f"Papel: {current.paper.label}")
    print(f"Logo: {logo_description(current.logo) if current.logo else 'sin logo'}")
    return 0


# -- access: unlocking, a new encrypted office, accounts, encrypting a plain folder -------------

_MANAGER_ONLY = (
    "Esta acción es de la persona encargada de la OMIL; su cuenta es de apoyo. Pídasela a quien "
    "está a cargo."
)


def _add_access_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """``cuenta …`` (officers' accounts, the recovery key) and ``cifrar`` (a plain folder)."""
    account = commands.add_parser(
        "cuenta",
        parents=[common],
        help="cuentas de los funcionarios: listar, agregar, desactivar, cambiar la contraseña, "
        "recuperar el acceso con la clave de recuperación",
        description="Cada funcionario(a) tiene su cuenta (usuario y contraseña) para abrir los "
        "datos cifrados. Las contraseñas nuevas se piden dos veces en la terminal o se toman de "
        "OMIL_DESKTOP_NEW_PASSWORD.",
    )
    actions = account.add_subparsers(
        dest="action", metavar="ACCIÓN", title="acciones", required=True
    )
    actions.add_parser("lista", parents=[common], help="lista las cuentas de este equipo")
    add = actions.add_parser(
        "agregar", parents=[common], help="crea la cuenta de un funcionario (solo encargado(a))"
    )
    add.add_argument("--user", required=True, metavar="USUARIO", help="nombre de usuario")
    add.add_argument("--name", required=True, metavar="NOMBRE", help="nombre completo")
    add.add_argument(
        "--role",
        choices=["encargado", "apoyo"],
        default="apoyo",
        help="encargado (todo) o apoyo (el trabajo diario; por omisión)",
    )
    off = actions.add_parser(
        "desactivar",
        parents=[common],
        help="desactiva una cuenta: su contraseña deja de abrir los datos (solo encargado(a))",
    )
    off.add_argument("--user", required=True, metavar="USUARIO", help="nombre de usuario")
    actions.add_parser(
        "cambiar-clave",
        parents=[common],
        help="cambia la contraseña de la cuenta con que se abrió (OMIL_DESKTOP_USER)",
    )
    recover = actions.add_parser(
        "recuperar",
        parents=[common],
        help="contraseña olvidada: con la clave de recuperación, pone una contraseña nueva y "
        "entrega una clave de recuperación nueva",
    )
    recover.add_argument("--user", required=True, metavar="USUARIO", help="nombre de usuario")
    encrypt = commands.add_parser(
        "cifrar",
        parents=[common],
        help="cifra los datos de una carpeta que aún no está cifrada y crea la cuenta del "
        "encargado(a)",
    )
    encrypt.add_argument(
        "--user", metavar="USUARIO", help="nombre de usuario (por omisión, nombre.apellido)"
    )
    encrypt.add_argument(
        "--officer", metavar="NOMBRE", help="nombre completo (por omisión, el de la oficina)"
    )


def _sets_up_access(data_dir: Path, args: argparse.Namespace) -> bool:
    """``init``/``demo`` in a folder with no data yet: they create an encrypted office."""
    from omil_desktop.store.engine import database_path
    from omil_desktop.store.vault import is_encrypted_folder

    return args.command in ("init", "demo") and not (
        is_encrypted_folder(data_dir) or database_path(data_dir).exists()
    )


def _unlock(data_dir: Path, args: argparse.Namespace) -> Officer | None:
    """THE step every command that opens a data folder takes first: the folder unlocked (key
    in the keyring, OMIL_DESKTOP_PASSWORD, or the terminal), the officer returned; for a plain
    (legacy) folder, None and a warning that its data is not encrypted."""
    from omil_desktop.services.access import (
        finish_encryption,
        plain_folder_warning,
        unlock_for_command,
    )

    officer = unlock_for_command(data_dir)
    if officer is not None:  # an encryption a power cut left half-way is finished first
        finish_encryption(data_dir)
    elif args.command != "cifrar":
        warning = plain_folder_warning(data_dir)
        if warning:
            print(warning, file=sys.stderr)
    return officer


def _print_recovery_key(recovery_key: str) -> None:
    print()
    print(f"CLAVE DE RECUPERACIÓN: {recovery_key}")
    print(
        "Imprímala o anótela ahora y guárdela bajo llave, lejos de este equipo: no se vuelve a "
        "mostrar. Es la única forma de abrir los datos si se olvida la contraseña."
    )


def _new_encrypted_office(data_dir: Path, args: argparse.Namespace) -> int:
    """``init``/``demo`` in a new folder: the first account (its password from the environment
    or the terminal), the key file, the office; the recovery key printed once."""
    from omil_desktop.domain.privacy import Role
    from omil_desktop.services.access import (
        new_password_for_command,
        set_up_access,
        suggest_username,
        username_problem,
    )
    from omil_desktop.services.demo import DEMO_OFFICER, DEMO_SUPPORT, DEMO_USERS
    from omil_desktop.services.office import check_office
    from omil_desktop.store.vault import forget

    if args.command == "demo":
        officer_name = DEMO_OFFICER
        username = DEMO_USERS[Role.MANAGER]
    else:
        from omil_desktop.domain.territory import Territory

        territory = Territory.default()
        errors: dict[str, str] = {}
        try:
            check_office(territory, args.comuna, args.officer)
        except ValidationFailed as exc:
            errors.update(exc.errors)
        officer_name = " ".join(args.officer.split())
        username = (args.user or suggest_username(officer_name)).strip().lower()
        problem = username_problem(username)
        if problem and (args.user or "officer_name" not in errors):
            errors["username"] = problem
        if errors:
            for message in errors.values():
                _error(message)
            return 1
    password = new_password_for_command("init")
    recovery_key = set_up_access(data_dir, username, officer_name, password)
    workspace = Workspace(data_dir)
    try:
        access = workspace.access
        workspace.officer = access.add_officer(username, officer_name, Role.MANAGER)
        if args.command == "demo":
            code = _demo(workspace)
            support_user, support_name = DEMO_SUPPORT
            workspace.access.add_officer(support_user, support_name, Role.SUPPORT, password)
            print(
                f"Cuentas: {username} (encargada) y {support_user} (apoyo), con la contraseña dada."
            )
        else:
            code = _init(workspace, args)
            if code == 0:
                print(f"Cuenta de la persona encargada: {username}.")
                _daily_backup(workspace)
    finally:
        workspace.close()
    if code != 0:
        forget(data_dir)
        return code
    _print_recovery_key(recovery_key)
    return 0


def _account_command(workspace: Workspace, args: argparse.Namespace) -> int:
    """``cuenta lista|agregar|desactivar|cambiar-clave``."""
    from omil_desktop.domain.privacy import Role
    from omil_desktop.services.access import new_password_for_command

    access = workspace.access
    if args.action == "lista":
        for account in access.accounts():
            state = "activa" if account.active else "desactivada"
            print(f"{account.username}\t{account.full_name}\t{account.role.label}\t{state}")
        return 0
    if args.action == "agregar":
        workspace.require_manager()
        password = new_password_for_command("cuenta")
        added = access.add_officer(args.user, args.name, Role(args.role), password)
        print(f"Cuenta creada: {added.username} ({added.full_name}, {added.role.label}).")
        return 0
    if args.action == "desactivar":
        workspace.require_manager()
        access.deactivate(args.user.strip().lower())
        print(f"Cuenta desactivada: {args.user}. Su contraseña ya no abre los datos.")
        return 0
    assert args.action == "cambiar-clave"
    if workspace.officer is None:
        raise ServiceError(
            "Los datos de esta carpeta no están cifrados: no hay contraseña que cambiar."
        )
    import os

    from omil_desktop.services.access import PASSWORD_ENV

    current = os.environ.get(PASSWORD_ENV) or _ask_secret(
        f"Contraseña actual de {workspace.officer.username}: "
    )
    new = new_password_for_command("cuenta")
    access.change_password(current, new)
    print(f"Contraseña de {workspace.officer.username} cambiada.")
    return 0


def _ask_secret(prompt: str) -> str:
    import getpass

    from omil_desktop.services.access import NoPassword

    if not (sys.stdin is not None and sys.stdin.isatty()):
        raise NoPassword("No hay una terminal donde escribir la contraseña.")
    return getpass.getpass(prompt)


def _recover(data_dir: Path, args: argparse.Namespace) -> int:
    """``cuenta recuperar --user U``: the recovery key (OMIL_DESKTOP_RECOVERY_KEY or the
    terminal) opens the folder; the account gets a new password; a new recovery key is shown."""
    import os

    from omil_desktop.services.access import (
        RECOVERY_KEY_ENV,
        new_password_for_command,
        unlock_with_recovery,
    )
    from omil_desktop.store.vault import is_encrypted_folder

    if not is_encrypted_folder(data_dir):
        raise ServiceError(
            "Los datos de esta carpeta no están cifrados: no hay nada que recuperar."
        )
    recovery_key = os.environ.get(RECOVERY_KEY_ENV) or _ask_secret("Clave de recuperación: ")
    new = new_password_for_command("cuenta")
    done = unlock_with_recovery(data_dir, recovery_key, args.user, new)
    print(f"Contraseña nueva guardada para {done.officer.username}.")
    print("La clave de recuperación anterior ya no sirve.")
    _print_recovery_key(done.recovery_key)
    return 0


def _encrypt_command(data_dir: Path, args: argparse.Namespace) -> int:
    """``cifrar``: a plain (legacy) folder encrypted in place, with the encargado(a)'s account."""
    from omil_desktop.services.access import encrypt_plain_folder, new_password_for_command

    workspace = Workspace(data_dir)
    try:
        office = workspace.office
    finally:
        workspace.close()
    if office is None:
        raise OfficeNotSetUp()
    officer_name = args.officer or office.officer_name
    password = new_password_for_command("init")
    done = encrypt_plain_folder(data_dir, args.user, officer_name, password, progress=print)
    print(f"Datos cifrados en {data_dir}. Cuenta de la persona encargada: {done.officer.username}.")
    _print_recovery_key(done.recovery_key)
    return 0


def _backup_key(backup: Path, refused: Exception) -> bytes | None:
    """An encrypted backup of another folder (a new PC, another office's copy): its key, opened
    with OMIL_DESKTOP_PASSWORD or the password asked at the terminal; None when the refusal
    was not for want of a key."""
    import importlib
    import os

    from omil_desktop.services.access import PASSWORD_ENV, USER_ENV

    if type(refused).__name__ != "BackupNeedsKey":
        return None
    unlock_backup = importlib.import_module("omil_desktop.store.restore").unlock_backup
    password = os.environ.get(PASSWORD_ENV) or _ask_secret(
        f"Contraseña de la oficina que hizo la copia {backup.name}: "
    )
    key: bytes = unlock_backup(backup, password, os.environ.get(USER_ENV) or None)
    return key


def _add_audit_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """``auditoria verificar|exportar``: the audit log of people's data (services/audit.py)."""
    audit = commands.add_parser(
        "auditoria",
        parents=[common],
        help="registro de accesos a datos personales: verificar su integridad o exportarlo",
    )
    actions = audit.add_subparsers(
        dest="audit_action", metavar="ACCIÓN", title="acciones", required=True
    )
    actions.add_parser(
        "verificar",
        parents=[common],
        help="comprueba la cadena de cada equipo (sale con 1 si alguna entrada fue alterada)",
    )
    export = actions.add_parser(
        "exportar", parents=[common], help="exporta el registro a una planilla .xlsx o .csv"
    )
    export.add_argument(
        "--out", required=True, type=Path, metavar="ARCHIVO", help="el .xlsx o .csv que se crea"
    )
    export.add_argument("--rut", metavar="RUT", help="solo los accesos a los datos de esa persona")


def _audit_command(workspace: Workspace, args: argparse.Namespace) -> int:
    """``auditoria verificar``: the Spanish result, exit 1 when a chain is broken;
    ``auditoria exportar``: the file (a refusal, exit 1, writes none)."""
    audit = workspace.audit
    if args.audit_action == "verificar":
        report = audit.verify()
        print(report.summary())
        return 0 if report.intact else 1
    person_id = None
    if args.rut:
        from omil_desktop.domain.rut import InvalidRut, Rut

        try:
            rut = Rut.parse(args.rut)
        except InvalidRut as exc:
            raise ServiceError(f"RUT no válido: {exc}") from exc
        person_id = workspace.people.find_by_rut(rut)
        if person_id is None:
            raise ServiceError(f"No hay una persona registrada con el RUT {rut}.")
    count = audit.export(args.out, person_id=person_id)
    print(f"Registro de accesos: {count_text(count, 'entrada', 'entradas')} en {args.out}.")
    return 0


# -- the copy of a person's data (derechos de acceso y portabilidad) ------------------------------


def _add_person_data_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    person_data = commands.add_parser(
        "person-data",
        parents=[common],
        help="copia de todos los datos de una persona (PDF y, con --json, JSON): derechos de "
        "acceso y portabilidad",
    )
    person_data.add_argument(
        "--rut", required=True, metavar="RUT", help="RUT de la persona (ej. 12.345.678-5)"
    )
    person_data.add_argument(
        "--out", required=True, type=Path, metavar="ARCHIVO", help="el PDF que se crea"
    )
    person_data.add_argument(
        "--json", type=Path, metavar="ARCHIVO", help="además, la copia legible por computador"
    )


def _person_data(workspace: Workspace, args: argparse.Namespace) -> int:
    """``person-data``: the PDF (and JSON) copy; a wrong file name or an unknown RUT is refused
    with a Spanish message (exit 2) and no file."""
    from omil_desktop.domain.rut import InvalidRut, Rut

    if args.out.suffix.lower() != ".pdf":
        _error(
            f"La copia se guarda como PDF: escriba un nombre terminado en .pdf, no "
            f"«{args.out.name}»."
        )
        return 2
    if args.json is not None and args.json.suffix.lower() != ".json":
        _error(f"La copia legible por computador termina en .json, no «{args.json.name}».")
        return 2
    try:
        rut = Rut.parse(args.rut)
    except InvalidRut as exc:
        _error(f"El RUT «{args.rut}» no es válido: {exc}")
        return 2
    person_id = workspace.people.find_by_rut(rut)
    if person_id is None:
        _error(f"No hay ninguna persona registrada con el RUT {rut}.")
        return 2
    pages = workspace.person_data.write_copy(person_id, args.out, args.json)
    # The copy answers the person's pending acceso/portabilidad request, or is recorded as one.
    files = args.out.name + (f" y {args.json.name}" if args.json is not None else "")
    workspace.data_requests.record_copy(person_id, files)
    also = f" y {args.json}" if args.json is not None else ""
    print(f"Copia de datos personales, {count_text(pages, 'página', 'páginas')}: {args.out}{also}")
    return 0


# -- consent form and retention (issue 12, points 4 and 6) --------------------------------------


def _add_privacy_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """``consentimiento`` (the consent form as PDF) and ``conservacion revisar`` (retention)."""
    consent = commands.add_parser(
        "consentimiento",
        parents=[common],
        help="imprime a PDF el formulario de consentimiento de una persona (--rut), o en "
        "blanco para llenar a mano",
        description="Imprime el formulario de consentimiento para el tratamiento de datos "
        "personales: qué trata la OMIL y con qué base de licitud, qué se comparte y con quién "
        "solo con consentimiento (las oficinas de la Red Territorial), los derechos de la "
        "persona y cómo ejercerlos, fecha y firmas. Sin --rut, sale en blanco.",
    )
    consent.add_argument("--rut", metavar="RUT", help="RUT de la persona (ej. 12.345.678-5)")
    consent.add_argument(
        "--out", required=True, type=Path, metavar="ARCHIVO", help="el PDF que se crea"
    )
    retention = commands.add_parser(
        "conservacion",
        parents=[common],
        help="revisión anual de conservación de datos: lista a las personas sin actividad "
        "por más del plazo y, con --aplicar, las anonimiza",
        description="Lista a las personas cuya última actividad (registro, atención, taller, "
        "derivación, colocación o su seguimiento, feria, encuesta) es anterior al plazo de "
        "conservación, con el motivo. Con --aplicar las anonimiza (lo que la ley obliga a "
        "conservar queda, sin nombre) y registra la revisión del año; solo el encargado(a). "
        "Salida: 0 hecho (también si no hay nadie), 1 rechazado, 2 la carpeta de datos no se "
        "puede usar.",
    )
    actions = retention.add_subparsers(
        dest="retention_action", metavar="ACCIÓN", title="acciones", required=True
    )
    review = actions.add_parser(
        "revisar",
        parents=[common],
        help="lista (y con --aplicar, anonimiza) a quienes pasaron el plazo",
    )
    review.add_argument(
        "--aplicar",
        action="store_true",
        help="anonimiza a todas las personas listadas y registra la revisión del año",
    )


def _privacy_command(workspace: Workspace, args: argparse.Namespace) -> int:
    """``consentimiento`` and ``conservacion revisar [--aplicar]``."""
    from omil_desktop.services.clock import today

    if args.command == "consentimiento":
        from omil_desktop.domain.rut import InvalidRut, Rut
        from omil_desktop.services.consent_documents import ConsentDocuments  # loads ReportLab

        if args.out.suffix.lower() != ".pdf":
            raise ServiceError(
                f"El documento se guarda como PDF: escriba un nombre terminado en .pdf, no "
                f"«{args.out.name}»."
            )
        documents = ConsentDocuments.of(workspace)
        person_id = None
        if args.rut:
            try:
                person_id = documents.person_of(Rut.parse(args.rut))
            except InvalidRut as exc:
                raise ServiceError(f"RUT inválido: {exc}") from None
        pages = documents.write(args.out, person_id)
        what = "para llenar a mano" if person_id is None else f"de {args.rut}"
        print(
            f"Formulario de consentimiento {what}, {count_text(pages, 'página', 'páginas')}: "
            f"{args.out}"
        )
        return 0
    retention = workspace.retention
    day = today()
    due = retention.due(day)
    years = retention.period()
    print(
        f"Plazo de conservación: {years} años. Sin actividad desde antes del "
        f"{format_date(_cutoff(day, years))}: {count_text(len(due), 'persona', 'personas')}."
    )
    for person in due:
        print(f"  {person.name}\t{person.identification}\t{person.reason}")
    if not args.aplicar:
        if due:
            print("Para anonimizarlas: omil-desktop conservacion revisar --aplicar")
        return 0
    _daily_backup(workspace)
    result = retention.apply([p.person_id for p in due], day)
    print(
        f"Anonimizadas: {count_text(result.anonymised, 'persona', 'personas')}. Revisión anual "
        f"registrada el {format_date(day)}."
    )
    if result.skipped:
        print(
            f"No se anonimizó a {count_text(result.skipped, 'persona', 'personas')} con "
            "actividad reciente."
        )
    return 0


def _cutoff(day: date, years: int) -> date:
    from omil_desktop.services.retention import cutoff

    return cutoff(day, years)


# -- this PC's backup settings (issue 13, point 2: the same service as Ajustes → Respaldos) -----


def _add_backup_settings_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """``respaldo [--carpeta CARPETA | --sin-carpeta] [--frecuencia F]``."""
    from omil_desktop.services.device_settings import BackupSchedule

    backup = commands.add_parser(
        "respaldo",
        parents=[common],
        help="muestra (sin opciones) o cambia dónde se copian los respaldos y cada cuánto",
        description="Sin opciones, muestra la configuración de respaldos de este equipo. Con "
        "opciones la cambia (solo el encargado(a)): una carpeta extra donde se copia cada "
        "respaldo (un pendrive) y la frecuencia del respaldo automático.",
    )
    folder = backup.add_mutually_exclusive_group()
    folder.add_argument(
        "--carpeta", type=str, metavar="CARPETA", help="carpeta extra (ej. un pendrive)"
    )
    folder.add_argument("--sin-carpeta", action="store_true", help="sin carpeta extra")
    backup.add_argument(
        "--frecuencia",
        choices=[s.value for s in BackupSchedule],
        help="respaldo automático: diario o semanal al abrir el programa, o solo manual",
    )


def _backup_settings(workspace: Workspace, args: argparse.Namespace) -> int:
    service = workspace.device_settings
    current = service.backup_settings()
    if args.carpeta is not None or args.sin_carpeta or args.frecuencia:
        workspace.require_manager()
        folder = "" if args.sin_carpeta else args.carpeta
        if folder is None:
            folder = str(current.folder) if current.folder else ""
        current = service.save_backup_settings(folder, args.frecuencia or current.schedule)
        print("Configuración de respaldos guardada.")
    print(f"Carpeta extra: {current.folder if current.folder else 'ninguna'}")
    print(f"Respaldo automático: {current.schedule.label}")
    return 0
