"""An office's own spreadsheets (.csv or .xlsx), read and written one way for every record.

THE import engine of the command line and of the window's import wizard, in steps:

1. :meth:`SheetImporter.open` checks the file before anything reads it whole (its size; for an
   .xlsx, the zip's entries and their declared sizes, so a "zip bomb" is refused at once and in
   bounded memory), then finds the header row (a title row above it is skipped).
2. :meth:`SheetImporter.match` matches each column to a field the way an officer writes headers,
   in Spanish, without regard to case, accents or punctuation ("Fecha de Nacimiento",
   "FECHA NACIMIENTO", "fecha_nacimiento"); the window lets the officer change any match
   (:meth:`SheetImporter.match_problems` says what is wrong with a set of matches).
3. :meth:`SheetImporter.check` reads every row (a progress callback, a cancel check) and returns
   the rows to import and every rejected row with its number and reason; nothing is saved.
4. :meth:`SheetImporter.save` saves the valid rows in one transaction.

:meth:`SheetImporter.import_file` runs the four steps (the command line). What differs between
people and companies (the columns, how a row becomes a record, what counts as a duplicate) is the
importer's own.

Bad input: a CSV is decoded as UTF-8 (with or without BOM), UTF-16 with BOM, else as Windows'
cp1252 (latin-1 of a Spanish Excel); its separator (``;`` of a Chilean Excel, ``,``, tab) is
detected. A number in a date column is an Excel serial date. A cell of an .xlsx covered by a
merged range is the range's value in the columns that hold a value shared by a group of rows
(``FILL_DOWN``: a comuna, a sex…) and a rejected row elsewhere (a RUT, a name), with the reason,
unless the importer takes the row as more of the record above (a company merged over several
rows, one contact on each).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.people import tidy_lines
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import fold, os_reason
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import ServiceError, ValidationFailed

MAX_ROWS = 200_000
MAX_FILE_BYTES = 100 * 1024 * 1024
"""A spreadsheet on disk: 200,000 rows of an office's people fit well within it."""
MAX_XLSX_UNCOMPRESSED = 400 * 1024 * 1024
"""All the parts of an .xlsx together, as the zip declares them (reading stops there)."""
MAX_XLSX_RATIO = 200
"""An .xlsx part larger than this many times its compressed size is a bomb (real sheets: <50)."""
MAX_XLSX_ENTRIES = 10_000
HEADER_SEARCH_ROWS = 20
"""The header row is looked for among the first rows (titles and blank rows above it)."""
SAMPLE_ROWS = 3
PREVIEW_ROWS = 50
_CONTEXT = "Planillas"

T = TypeVar("T")
Progress = Callable[[int, int], None]
"""``progress(rows_read, rows_expected)``; ``rows_expected`` is 0 when unknown."""
Cancelled = Callable[[], bool]


class UnreadableFile(ServiceError):
    """The file cannot be read (or written) as a spreadsheet; nothing was imported."""


class ImportCancelled(ServiceError):
    """The officer stopped the import before it saved; nothing was saved."""


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


@dataclass(frozen=True)
class Merged:
    """A cell of an .xlsx covered by a merged range that starts in an earlier row (``row``),
    holding the range's ``value``."""

    row: int
    value: Any


@dataclass
class Sheet:
    """A spreadsheet opened for import: its header (the texts of the header row, ``""`` for a
    column without one), where it is, and the first rows below it (for the matching step)."""

    path: Path
    header: list[str]
    header_row: int
    samples: list[list[str]]
    expected_rows: int = 0
    """About how many rows follow the header (0: unknown), for a progress bar."""
    header_found: bool = True
    """False when no row names a known column (the first row with text is taken)."""


@dataclass
class Checked(Generic[T]):
    """Every row read: the valid ones (``T``, with their row numbers) and the report."""

    report: ImportReport
    valid: list[T] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    shown: list[dict[str, str]] = field(default_factory=list)
    """The first valid rows as they will be saved (field → text), for the preview."""


def header_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Merged):
        return cell_text(value.value)
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return tidy_lines(str(value))  # the records' cleaned() flattens all but the long fields


_SERIAL = re.compile(r"\d{1,6}(?:[.,]\d+)?")
_EXCEL_EPOCH = date(1899, 12, 30)


def excel_serial_date(text: str) -> date | None:
    """The date of an Excel serial number ("32874" → 01-01-1990; a time part is dropped), or
    None when ``text`` is not one (nor a year alone, "1990"). Excel counts 29-02-1900, which
    never was: serials before 61 count from 31-12-1899."""
    cleaned = text.strip()
    if not _SERIAL.fullmatch(cleaned):
        return None
    serial = int(float(cleaned.replace(",", ".")))
    if not 1 <= serial <= 2_958_465:  # 01-01-1900 … 31-12-9999
        return None
    if 1900 <= serial <= 2100 and cleaned.isdigit():
        return None  # a year written alone ("1990"), not 12-06-1905: the row says so
    if serial < 61:
        return date(1899, 12, 31) + timedelta(days=serial)
    return _EXCEL_EPOCH + timedelta(days=serial)


# -- reading a file ------------------------------------------------------------------------------


def check_file(path: Path) -> None:
    """Refuse, before reading it, a file that is missing, empty, too large, not a spreadsheet,
    or an .xlsx whose parts would inflate beyond reason (a "zip bomb"): UnreadableFile with the
    reason in Spanish. Reads nothing but the file's size, first bytes and zip directory."""
    if not path.is_file():  # else a missing .xlsx reads as "damaged"
        raise UnreadableFile(
            translate(_CONTEXT, "No se encontró el archivo «{path}».").format(path=path)
        )
    suffix = path.suffix.lower()
    if suffix not in {".xlsx", ".csv", ".txt"}:
        message = translate(
            _CONTEXT,
            "No se puede importar «{name}»: use una planilla .xlsx o un archivo .csv.",
        )
        if suffix == ".xls":
            message = translate(
                _CONTEXT,
                "«{name}» es una planilla de Excel antigua (.xls): ábrala en Excel y guárdela "
                "como «Libro de Excel (.xlsx)» o como CSV.",
            )
        raise UnreadableFile(message.format(name=path.name))
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            start = stream.read(8)
    except OSError as exc:
        raise UnreadableFile(
            translate(_CONTEXT, "No se pudo leer «{name}»: {reason}.").format(
                name=path.name, reason=os_reason(exc)
            )
        ) from exc
    if size == 0 and suffix != ".xlsx":
        raise UnreadableFile(
            translate(_CONTEXT, "«{name}» está vacío: no tiene filas que importar.").format(
                name=path.name
            )
        )
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(
            translate(
                _CONTEXT,
                "«{name}» pesa {size} MB, más de lo que puede tener una planilla de la oficina "
                "({limit} MB): divídala en partes. Nada fue importado.",
            ).format(name=path.name, size=size // (1024 * 1024), limit=MAX_FILE_BYTES // 2**20)
        )
    if suffix == ".xlsx":
        _check_xlsx(path, start)
    elif start.startswith(b"PK\x03\x04") or start.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(
            translate(
                _CONTEXT,
                "«{name}» no es un archivo de texto CSV (parece una planilla de Excel): "
                "cámbiele la extensión a .xlsx o guárdelo como CSV desde Excel.",
            ).format(name=path.name)
        )


def _check_xlsx(path: Path, start: bytes) -> None:
    not_xlsx = translate(
        _CONTEXT,
        "No se pudo leer «{name}» como planilla Excel (.xlsx): el archivo está dañado o no es "
        "una planilla. Ábralo en Excel y guárdelo de nuevo como .xlsx.",
    ).format(name=path.name)
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(
            translate(
                _CONTEXT,
                "«{name}» es una planilla de Excel antigua (.xls) o está protegida con "
                "contraseña: ábrala en Excel y guárdela como «Libro de Excel (.xlsx)» sin "
                "contraseña.",
            ).format(name=path.name)
        )
    bomb = translate(
        _CONTEXT,
        "«{name}» no parece una planilla de la oficina: al abrirla ocuparía {size} MB o más "
        "(una planilla de 200.000 filas ocupa mucho menos). Se rechazó sin abrirla; nada fue "
        "importado. Si es una planilla real, divídala en partes.",
    )
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise UnreadableFile(not_xlsx) from exc
    if len(entries) > MAX_XLSX_ENTRIES:
        raise UnreadableFile(not_xlsx)
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio_too_high = entry.file_size > 1024 * 1024 and entry.file_size > (
            MAX_XLSX_RATIO * max(entry.compress_size, 1)
        )
        if total > MAX_XLSX_UNCOMPRESSED or ratio_too_high:
            raise UnreadableFile(
                bomb.format(name=path.name, size=max(total, entry.file_size) // (1024 * 1024))
            )
    if not any(e.filename == "xl/workbook.xml" for e in entries):
        raise UnreadableFile(not_xlsx)


def read_rows(path: Path) -> Generator[list[Any], None, None]:
    """The rows of ``path`` (the first sheet of an .xlsx), checked first by :func:`check_file`.
    An .xlsx cell covered by a merged range from an earlier row is a :class:`Merged`."""
    check_file(path)
    if path.suffix.lower() == ".xlsx":
        yield from _read_xlsx(path)
    else:
        yield from _read_csv(path)


def _read_xlsx(path: Path) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        merges = _merged_ranges(sheet)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise UnreadableFile(
            translate(
                _CONTEXT,
                "No se pudo leer «{name}» como planilla Excel (.xlsx): el archivo está dañado o "
                "no es una planilla. Ábralo en Excel y guárdelo de nuevo como .xlsx.",
            ).format(name=path.name)
        ) from exc
    try:
        sheet.reset_dimensions()  # read every row, even if the file declares a smaller range
        pending = sorted(merges)  # (min_row, min_col, max_row, max_col), 1-based
        active: list[tuple[int, int, int, int]] = []
        origins: dict[tuple[int, int], Any] = {}
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = list(row)
            while pending and pending[0][0] <= number:
                active.append(pending.pop(0))
            if active:
                active = [m for m in active if m[2] >= number]
                for min_row, min_col, _max_row, max_col in active:
                    if min_row == number:
                        origins[(min_row, min_col)] = (
                            cells[min_col - 1] if min_col <= len(cells) else None
                        )
                        continue
                    if len(cells) < max_col:
                        cells.extend([None] * (max_col - len(cells)))
                    # Below the range's first row: its value in its own column, nothing in
                    # the others (a wide range holds one value, not one per column).
                    cells[min_col - 1] = Merged(min_row, origins.get((min_row, min_col)))
                    for col in range(min_col + 1, max_col + 1):
                        cells[col - 1] = None
            yield cells
    finally:
        workbook.close()


def _merged_ranges(sheet: Any) -> list[tuple[int, int, int, int]]:
    """The merged ranges of a read-only sheet (openpyxl does not read them in that mode): the
    sheet's XML streamed once for its <mergeCell> elements, each element freed as it goes."""
    from xml.etree.ElementTree import iterparse

    from openpyxl.utils.cell import range_boundaries

    ranges: list[tuple[int, int, int, int]] = []
    source = sheet._get_source()  # the sheet part of the zip, as openpyxl itself reads it
    try:
        for _event, element in iterparse(source, events=("end",)):
            if element.tag.endswith("}mergeCell"):
                ref = element.get("ref")
                if ref and ":" in ref:
                    min_col, min_row, max_col, max_row = range_boundaries(ref)
                    ranges.append((min_row, min_col, max_row, max_col))
            element.clear()
    finally:
        source.close()
    return ranges


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")  # Excel's «Texto Unicode»
    if b"\x00" in raw[:4096]:
        raise UnreadableFile(
            translate(_CONTEXT, "«{name}» no es un archivo de texto CSV.").format(name=name)
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # Excel's "CSV" on a Spanish Windows


def _delimiter(text: str) -> str:
    """``;`` (Excel in Spanish), ``,`` or tab: the one the first lines agree on."""
    lines = [line for line in text[:65536].splitlines()[: HEADER_SEARCH_ROWS + 5] if line.strip()]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=";,\t").delimiter
    except csv.Error:
        return max((";", ",", "\t"), key=lambda d: sum(line.count(d) for line in lines))


def _read_csv(path: Path) -> Iterator[list[Any]]:
    raw = path.read_bytes()
    try:
        text = _decode(raw, path.name)
    except UnicodeError as exc:
        raise UnreadableFile(
            translate(_CONTEXT, "«{name}» no es un archivo de texto CSV.").format(name=path.name)
        ) from exc
    del raw
    try:
        yield from csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    except csv.Error as exc:
        raise UnreadableFile(
            translate(_CONTEXT, "«{name}» no es un CSV bien formado: {reason}.").format(
                name=path.name, reason=exc
            )
        ) from exc


def _expected_rows(path: Path) -> int:
    """About how many rows the file has (0: unknown), for a progress bar only."""
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import load_workbook

            workbook = load_workbook(path, read_only=True, data_only=True)
            try:  # the range the sheet declares (0 when it declares none)
                return int(workbook.worksheets[0].max_row or 0)
            finally:
                workbook.close()
        with path.open("rb") as stream:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))
    except Exception:  # only a progress bar's length: busy instead
        return 0


# -- the engine ----------------------------------------------------------------------------------


class SheetImporter(Generic[T]):
    """Reads a spreadsheet of records: matches its columns, turns each row into a record (``T``),
    reports the rows it refuses and saves the others together.

    The subclass gives ``COLUMNS`` (field → the export's header, then other ways of writing it),
    ``FILL_DOWN`` (the fields whose merged cells hold one value for each row they cover) and
    fills in :meth:`_start` (what is on record already), :meth:`_row` and :meth:`_save`;
    :meth:`_missing` when a required column may be replaced by another.
    """

    COLUMNS: ClassVar[dict[str, tuple[str, ...]]]
    REQUIRED: ClassVar[tuple[str, ...]]
    FILL_DOWN: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, territory: Territory, office_comuna: str) -> None:
        self._territory = territory
        self._office_comuna = office_comuna
        self._aliases = {
            header_key(alias): name for name, aliases in self.COLUMNS.items() for alias in aliases
        }

    # -- the steps --------------------------------------------------------------------------------

    def fields(self) -> dict[str, str]:
        """Field → its name for the officer (the export's header), in the columns' order."""
        return {name: aliases[0] for name, aliases in self.COLUMNS.items()}

    def open(self, path: Path) -> Sheet:
        """Check the file and find its header row: the one of the first rows that names most
        known columns. UnreadableFile (in Spanish) when it cannot be read or has no header."""
        try:
            rows = read_rows(path)
            top: list[list[Any]] = []
            for cells in rows:
                top.append(cells)
                if len(top) >= HEADER_SEARCH_ROWS + SAMPLE_ROWS:
                    break
            rows.close()
        except (OSError, UnicodeError) as exc:
            raise UnreadableFile(
                translate(_CONTEXT, "No se pudo leer «{name}»: {reason}.").format(
                    name=path.name, reason=exc
                )
            ) from exc
        if not any(cell_text(c) for cells in top for c in cells):
            raise UnreadableFile(
                translate(_CONTEXT, "«{name}» está vacío: no tiene filas que importar.").format(
                    name=path.name
                )
            )
        best, best_known = -1, 0
        for index, cells in enumerate(top[:HEADER_SEARCH_ROWS]):
            known = len({self._aliases.get(header_key(cell_text(c))) for c in cells} - {None})
            if known > best_known:
                best, best_known = index, known
        if best < 0:  # no header names a known column: the first row with text, to match by hand
            best = next(i for i, cells in enumerate(top) if any(cell_text(c) for c in cells))
        header = [
            "" if isinstance(c, Merged) else cell_text(c).replace("\n", " ") for c in top[best]
        ]
        samples = [
            [cell_text(c) for c in cells] for cells in top[best + 1 : best + 1 + SAMPLE_ROWS]
        ]
        width = max([len(header), *(len(s) for s in samples)])
        header += [""] * (width - len(header))
        while (
            header and not header[-1] and not any(len(s) == len(header) and s[-1] for s in samples)
        ):
            header.pop()
            samples = [s[: len(header)] for s in samples]
        expected = max(_expected_rows(path) - best - 1, 0)
        return Sheet(path, header, best + 1, samples, expected, best_known > 0)

    def match(self, sheet: Sheet) -> dict[int, str | None]:
        """Column index → field (None: «no se importa»), as the headers say."""
        return {i: self._aliases.get(header_key(text)) for i, text in enumerate(sheet.header)}

    def match_problems(self, sheet: Sheet, matches: Mapping[int, str | None]) -> list[str]:
        """What keeps ``matches`` from importing (empty: nothing), in Spanish."""
        problems: list[str] = []
        labels = self.fields()
        columns: dict[str, list[int]] = {}
        for index, name in sorted(matches.items()):
            if name is not None:
                columns.setdefault(name, []).append(index)
        for name, indexes in columns.items():
            if len(indexes) > 1:
                problems.append(
                    translate(
                        _CONTEXT,
                        "La columna «{column}» aparece dos veces: {columns}. Elija «No importar» "
                        "en las que sobran.",
                    ).format(
                        column=labels[name],
                        columns=", ".join(column_title(sheet, i) for i in indexes),
                    )
                )
        missing = self._missing(set(columns))
        if not sheet.header_found and not columns:
            problems.append(
                translate(
                    _CONTEXT,
                    "No se encontró la fila de encabezados: en las primeras {rows} filas ninguna "
                    "nombra columnas conocidas (por ejemplo {examples}).",
                ).format(
                    rows=HEADER_SEARCH_ROWS,
                    examples=", ".join(self.fields()[k] for k in self.REQUIRED),
                )
            )
        if missing:
            problems.append(
                translate(
                    _CONTEXT, "Faltan columnas obligatorias: {columns}. Nada fue importado."
                ).format(columns=", ".join(missing))
            )
        return problems

    def check(
        self,
        sheet: Sheet,
        matches: Mapping[int, str | None] | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        dry_run: bool = True,
    ) -> Checked[T]:
        """Read every row below the header and check it; nothing is saved. ImportCancelled
        when ``cancelled()`` turns true, UnreadableFile when the matches cannot import."""
        matches = self.match(sheet) if matches is None else dict(matches)
        problems = self.match_problems(sheet, matches)
        if problems:
            raise UnreadableFile(" ".join(problems))
        columns = {i: name for i, name in matches.items() if name is not None}
        report = ImportReport(dry_run=dry_run)
        report.unknown_columns = [
            text for i, text in enumerate(sheet.header) if text and matches.get(i) is None
        ]
        checked: Checked[T] = Checked(report)
        path = sheet.path
        try:
            rows = read_rows(path)
            self._start()
            for number, cells in enumerate(rows, start=1):
                if number <= sheet.header_row:
                    continue
                if cancelled is not None and cancelled():
                    raise ImportCancelled(
                        translate(_CONTEXT, "Importación cancelada: no se guardó nada.")
                    )
                if progress is not None and number % 100 == 0:
                    progress(number - sheet.header_row, sheet.expected_rows)
                if number - sheet.header_row > MAX_ROWS:
                    raise UnreadableFile(
                        translate(
                            _CONTEXT,
                            "El archivo tiene más de {rows} filas; divídalo en partes.",
                        ).format(rows=f"{MAX_ROWS:,}".replace(",", "."))
                    )
                self._check_row(cells, number, sheet.header_row, columns, checked)
        except (OSError, UnicodeError) as exc:
            raise UnreadableFile(
                translate(_CONTEXT, "No se pudo leer «{name}»: {reason}.").format(
                    name=path.name, reason=exc
                )
            ) from exc
        if progress is not None:
            progress(sheet.expected_rows or len(checked.valid), sheet.expected_rows)
        report.imported = len(checked.valid)
        return checked

    def save(self, checked: Checked[T]) -> int:
        """Save the valid rows of ``checked`` in one transaction; how many were saved."""
        if checked.valid:
            self._save(checked.valid)
        checked.report.imported = len(checked.valid)
        checked.report.dry_run = False
        return len(checked.valid)

    def import_file(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        matches: Mapping[int, str | None] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Open, match (``matches`` overrides the headers), check every row, then save the valid
        ones together (unless ``dry_run``)."""
        sheet = self.open(path)
        checked = self.check(
            sheet, matches, progress=progress, cancelled=cancelled, dry_run=dry_run
        )
        if not dry_run:
            if cancelled is not None and cancelled():
                raise ImportCancelled(
                    translate(_CONTEXT, "Importación cancelada: no se guardó nada.")
                )
            self.save(checked)
        return checked.report

    def _check_row(
        self,
        cells: list[Any],
        number: int,
        header_row: int,
        columns: dict[int, str],
        checked: Checked[T],
    ) -> None:
        values: dict[str, str] = {}
        own = False
        merged_elsewhere: tuple[str, int] | None = None
        merged: set[str] = set()
        for i, name in columns.items():
            cell = cells[i] if i < len(cells) else None
            if isinstance(cell, Merged):
                text = cell_text(cell.value) if cell.row > header_row else ""
                if text and name not in self.FILL_DOWN:
                    merged.add(name)
                    merged_elsewhere = merged_elsewhere or (name, cell.row)
                values[name] = text if name in self.FILL_DOWN else ""
            else:
                values[name] = cell_text(cell)
                own = own or bool(values[name])
        if not own:
            return  # a blank row (or one with only a merged group's value)
        try:
            if merged_elsewhere is not None:
                name, origin = merged_elsewhere
                if self._continues(merged, origin, values, checked):
                    return
                raise RowRejected(
                    translate(
                        _CONTEXT,
                        "La celda de «{column}» está combinada con la de la fila {row}: "
                        "sepárelas en Excel y escriba el dato en cada fila.",
                    ).format(column=self.fields()[name], row=origin)
                )
            record = self._row(values, number, checked.report)
        except RowRejected as rejected:
            checked.report.rejected.append(RejectedRow(number, str(rejected)))
            return
        except ValidationFailed as failed:
            checked.report.rejected.append(RejectedRow(number, " ".join(failed.errors.values())))
            return
        checked.valid.append(record)
        checked.numbers.append(number)
        if len(checked.shown) < PREVIEW_ROWS:
            shown = self._display(record, list(values))
            checked.shown.append({k: v for k, v in shown.items() if v})

    # -- what the importer fills in -------------------------------------------------------------

    def _start(self) -> None:
        """Read what is on record already (to refuse duplicates), before the rows."""

    def _row(self, values: dict[str, str], number: int, report: ImportReport) -> T:
        """Row ``number`` as a checked record; RowRejected or ValidationFailed refuse it."""
        raise NotImplementedError

    def _save(self, valid: list[T]) -> None:
        raise NotImplementedError

    def _continues(
        self, merged: set[str], origin: int, values: dict[str, str], checked: Checked[T]
    ) -> bool:
        """A row whose cells ``merged`` (fields) are covered by cells merged down from row
        ``origin``: True when it adds to that row's record (e.g. another contact of the
        company); False refuses it. RowRejected refuses it with its own reason."""
        return False

    def _display(self, record: T, names: list[str]) -> dict[str, str]:
        """The fields ``names`` (and what the import fills in, e.g. the comuna) of a checked
        record as they will be saved, for the preview."""
        raise NotImplementedError

    def _missing(self, names: set[str]) -> list[str]:
        """The headers of the required columns the file lacks."""
        return [self.COLUMNS[key][0] for key in self.REQUIRED if key not in names]

    # -- shared -----------------------------------------------------------------------------------

    def _comuna(self, text: str) -> str:
        comuna = self._territory.find_comuna(text)
        if comuna is None:
            raise RowRejected(
                translate(_CONTEXT, "Comuna desconocida: «{comuna}».").format(comuna=text)
            )
        return comuna.code


def column_title(sheet: Sheet, index: int) -> str:
    """A column as the officer sees it: its header, or its letter when it has none."""
    from openpyxl.utils import get_column_letter

    text = sheet.header[index] if index < len(sheet.header) else ""
    letter = get_column_letter(index + 1)
    if text:
        return f"«{text}»"
    return translate(_CONTEXT, "columna {letter}").format(letter=letter)


def write_rejected(path: Path, sheet: Sheet | None, report: ImportReport) -> None:
    """The rejected rows of ``report`` to an .xlsx (row number and reason; with ``sheet``, the
    row's own cells too) with THE writer, so the officer can fix them and import them again."""
    wanted = {r.row: r.reason for r in report.rejected}
    cells_of: dict[int, list[str]] = {}
    if sheet is not None and wanted:
        for number, cells in enumerate(read_rows(sheet.path), start=1):
            if number in wanted:
                cells_of[number] = [cell_text(c) for c in cells][: len(sheet.header)]
    header = [translate(_CONTEXT, "Fila"), translate(_CONTEXT, "Motivo del rechazo")]
    if sheet is not None:
        header += [text or column_title(sheet, i) for i, text in enumerate(sheet.header)]
    write_xlsx(
        path,
        translate(_CONTEXT, "Rechazadas"),
        header,
        ([r.row, r.reason, *cells_of.get(r.row, [])] for r in report.rejected),
    )


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
        raise error(translate(_CONTEXT, "La exportación se guarda como planilla .xlsx."))
    try:
        write_sheet(path, sheet_name, header, rows, formats=formats)
    except OSError as exc:
        raise error(
            translate(_CONTEXT, "No se pudo guardar «{path}»: {reason}.").format(
                path=path, reason=os_reason(exc)
            )
        ) from exc
