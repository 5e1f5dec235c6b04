"""THE .xlsx writer: one sheet of rows under a header, with openpyxl.

Shared by the desktop's exports (through ``services.spreadsheets.write_xlsx``, which adds the
office's error messages) and the regional server's downloads, which may not import ``services``.
A text is always a text (one starting with «=» is never taken for a formula), a number a number
and a date a date; the header row stays frozen in sight and each column is at least as wide as
its header.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any


def write_sheet(
    target: Path | IO[bytes],
    sheet_name: str,
    header: list[str],
    rows: Iterable[list[Any]],
    *,
    formats: Mapping[int, str] | None = None,
    widths: Mapping[int, int] | None = None,
) -> None:
    """Write ``rows`` under ``header`` to ``target`` (a path or a binary file object).
    ``formats``: column index → Excel number format of its cells (e.g. ``"DD-MM-YYYY"``,
    ``"#,##0"``); ``widths``: column index → its least width. Raises ``OSError`` when the file
    cannot be written."""
    from openpyxl import Workbook  # only the exports need it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name)
    # The header stays in sight while scrolling, and every column shows its header whole.
    sheet.freeze_panes = "A2"
    for index, title in enumerate(header, start=1):
        least = (widths or {}).get(index - 1, 12)
        sheet.column_dimensions[get_column_letter(index)].width = max(least, len(title) + 3)
    sheet.append(header)
    for row in rows:
        cells: list[Any] = []
        for index, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                value = WriteOnlyCell(sheet, value)
                value.data_type = "s"  # text such as "=> llamar": openpyxl would write a formula
            elif formats and index in formats and value is not None:
                value = WriteOnlyCell(sheet, value)
                value.number_format = formats[index]
            cells.append(value)
        sheet.append(cells)
    try:
        workbook.save(target)
    except OSError:
        if not sheet.closed:  # else its half-written rows complain when garbage-collected
            sheet.close()
        raise
