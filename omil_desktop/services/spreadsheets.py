"""An office's own spreadsheets (.csv or .xlsx), read and written one way for every record.

Headers are matched the way an officer would write them, in Spanish, without regard to case,
accents or punctuation ("Fecha de Nacimiento", "FECHA NACIMIENTO", "fecha_nacimiento"). An import
checks every row first; the valid rows are then saved in one transaction and every rejected row
is reported with its number and reason. What differs between people and companies (the columns,
how a row becomes a record, what counts as a duplicate) is the importer's own.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.people import tidy_lines
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import fold, os_reason
from omil_desktop.services.errors import ServiceError, ValidationFailed

MAX_ROWS = 200_000

T = TypeVar("T")


class UnreadableFile(ServiceError):
    """The file cannot be read (or written) as a spreadsheet; nothing was imported."""


class RowRejected(Exception):
    """A row that is not imported, with the reason the report gives."""


@dataclass(frozen=True)
class RejectedRow:
    row: int
    reason: str


@dataclass
class ImportReport:
    imported: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    default_comuna_used: bool = False
    dry_run: bool = False


def header_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return tidy_lines(str(value))  # the records' cleaned() flattens all but the long fields


def read_rows(path: Path) -> Iterator[list[Any]]:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        yield from _read_xlsx(path)
    elif suffix in {".csv", ".txt"}:
        yield from _read_csv(path)
    else:
        raise UnreadableFile(
            f"No se puede importar «{path.name}»: use una planilla .xlsx o un archivo .csv."
        )


def _read_xlsx(path: Path) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise UnreadableFile(
            f"No se pudo leer «{path.name}» como planilla Excel (.xlsx): el archivo está dañado o "
            "no es una planilla. Ábralo en Excel y guárdelo de nuevo como .xlsx."
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # read every row, even if the file declares a smaller range
        for row in sheet.iter_rows(values_only=True):
            yield list(row)
    finally:
        workbook.close()


def _read_csv(path: Path) -> Iterator[list[Any]]:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise UnreadableFile(f"«{path.name}» no es un archivo de texto CSV.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's "CSV" on a Spanish Windows
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    try:
        yield from csv.reader(io.StringIO(text), delimiter=delimiter)
    except csv.Error as exc:
        raise UnreadableFile(f"«{path.name}» no es un CSV bien formado: {exc}.") from exc


class SheetImporter(Generic[T]):
    """Reads a spreadsheet of records: maps its header, turns each row into a record (``T``),
    reports the rows it refuses and saves the others together.

    The subclass gives ``COLUMNS`` (field → the export's header, then other ways of writing it)
    and fills in :meth:`_start` (what is on record already), :meth:`_row` and :meth:`_save`;
    :meth:`_missing` when a required column may be replaced by another.
    """

    COLUMNS: ClassVar[dict[str, tuple[str, ...]]]
    REQUIRED: ClassVar[tuple[str, ...]]

    def __init__(self, territory: Territory, office_comuna: str) -> None:
        self._territory = territory
        self._office_comuna = office_comuna
        self._aliases = {
            header_key(alias): name for name, aliases in self.COLUMNS.items() for alias in aliases
        }

    def import_file(self, path: Path, *, dry_run: bool = False) -> ImportReport:
        """Check every row, then save the valid ones together (unless ``dry_run``)."""
        if not path.is_file():  # else a missing .xlsx reads as "damaged"
            raise UnreadableFile(f"No se encontró el archivo «{path}».")
        try:
            rows = read_rows(path)
            header = next(rows, None)
            report = ImportReport(dry_run=dry_run)
            columns = self._map_header(header, report)
            self._start()
            valid: list[T] = []
            for number, cells in enumerate(rows, start=2):
                if number > MAX_ROWS:
                    raise UnreadableFile(
                        f"El archivo tiene más de {MAX_ROWS:,} filas; divídalo en partes."
                    )
                values = {
                    name: cell_text(cells[i]) if i < len(cells) else ""
                    for i, name in columns.items()
                }
                if not any(values.values()):
                    continue
                try:
                    valid.append(self._row(values, number, report))
                except RowRejected as rejected:
                    report.rejected.append(RejectedRow(number, str(rejected)))
                except ValidationFailed as failed:
                    report.rejected.append(RejectedRow(number, " ".join(failed.errors.values())))
        except (OSError, UnicodeError) as exc:
            raise UnreadableFile(f"No se pudo leer «{path.name}»: {exc}.") from exc
        if valid and not dry_run:
            self._save(valid)
        report.imported = len(valid)
        return report

    # -- what the importer fills in -------------------------------------------------------------

    def _start(self) -> None:
        """Read what is on record already (to refuse duplicates), before the rows."""

    def _row(self, values: dict[str, str], number: int, report: ImportReport) -> T:
        """Row ``number`` as a checked record; RowRejected or ValidationFailed refuse it."""
        raise NotImplementedError

    def _save(self, valid: list[T]) -> None:
        raise NotImplementedError

    def _missing(self, names: set[str]) -> list[str]:
        """The headers of the required columns the file lacks."""
        return [self.COLUMNS[key][0] for key in self.REQUIRED if key not in names]

    # -- shared -----------------------------------------------------------------------------------

    def _map_header(self, header: list[Any] | None, report: ImportReport) -> dict[int, str]:
        if not header or not any(cell_text(h) for h in header):
            raise UnreadableFile("El archivo está vacío o no tiene fila de encabezados.")
        columns: dict[int, str] = {}
        for index, cell in enumerate(header):
            text = cell_text(cell)
            name = self._aliases.get(header_key(text))
            if name is None:
                if text:
                    report.unknown_columns.append(text)
            elif name in columns.values():
                raise UnreadableFile(f"La columna «{text}» aparece dos veces en el encabezado.")
            else:
                columns[index] = name
        missing = self._missing(set(columns.values()))
        if missing:
            raise UnreadableFile(
                "Faltan columnas obligatorias: " + ", ".join(missing) + ". Nada fue importado."
            )
        return columns

    def _comuna(self, text: str) -> str:
        comuna = self._territory.find_comuna(text)
        if comuna is None:
            raise RowRejected(f"Comuna desconocida: «{text}».")
        return comuna.code


def write_xlsx(
    path: Path,
    sheet_name: str,
    header: list[str],
    rows: Iterable[list[Any]],
    *,
    error: type[ServiceError] = UnreadableFile,
    formats: Mapping[int, str] | None = None,
) -> None:
    """Write ``rows`` under ``header`` to a new .xlsx at ``path`` with THE writer
    (:func:`omil_desktop.xlsx.write_sheet`); a failure is ``error`` with the reason in Spanish."""
    from omil_desktop.xlsx import write_sheet

    if path.suffix.lower() != ".xlsx":
        raise error("La exportación se guarda como planilla .xlsx.")
    try:
        write_sheet(path, sheet_name, header, rows, formats=formats)
    except OSError as exc:
        raise error(f"No se pudo guardar «{path}»: {os_reason(exc)}.") from exc
