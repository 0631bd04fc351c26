"""Excel workbooks (.xlsx) read with openpyxl into a raw table.

The first visible sheet with something in it is read, or the sheet asked for. A merged
area reads as its top-left value in every cell it covers; hidden rows are kept in the
table, marked, so that the import can list them instead of dropping them unseen.
Password-protected, old-format and damaged files are refused with a message.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from typing import Any

import openpyxl

from emcee.core.agenda.problems import AgendaError
from emcee.core.runsheet.messages import ImportProblem
from emcee.core.runsheet.table import RawRow, RawTable, SourceKind, clean_cell

# An OLE compound file: what Excel writes for a password-protected workbook (the real
# .xlsx is inside, encrypted) and for the old .xls format.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
MAX_ROWS = 5000
MAX_COLUMNS = 100

# Excel counts days from 1899-12-30; a time typed without a date may come back on it.
_EXCEL_EPOCHS = (dt.date(1899, 12, 30), dt.date(1899, 12, 31), dt.date(1900, 1, 1))


def _fail(code: str, **params: str) -> AgendaError:
    return AgendaError([ImportProblem(code, params)])


def is_workbook(data: bytes) -> bool:
    return data.startswith((ZIP_SIGNATURE, OLE_SIGNATURE))


def _clock(hours: int, minutes: int, seconds: int) -> str:
    return f"{hours:02d}:{minutes:02d}" + (f":{seconds:02d}" if seconds else "")


def cell_text(value: object) -> str:
    """How a cell's value reads in a run sheet: times as "13:00", whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return _clock(value.hour, value.minute, value.second)
    if isinstance(value, dt.time):
        return _clock(value.hour, value.minute, value.second)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        # A length formatted [h]:mm; read as a clock by the time column, hours:minutes by
        # the length column.
        total = int(value.total_seconds())
        hours, rest = divmod(abs(total), 3600)
        return ("-" if total < 0 else "") + _clock(hours, *divmod(rest, 60))
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        if 0 < value < 1 or 25_000 <= value < 80_000:  # 1968 to 2119
            # A time (or a date and time) in a cell formatted "General": Excel's day number.
            seconds = round(value % 1 * 24 * 3600)
            return _clock(seconds // 3600, seconds % 3600 // 60, seconds % 60)
        return repr(value)
    return clean_cell(str(value))


def read_xlsx_bytes(data: bytes, sheet: str | None = None) -> RawTable:
    """The chosen sheet (or the first visible one with content) of an .xlsx workbook."""
    if data.startswith(OLE_SIGNATURE):
        # The stream names of the compound file are UTF-16: an encrypted workbook has one
        # called EncryptedPackage; an .xls has "Workbook" or "Book".
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise _fail("xlsx_encrypted")
        raise _fail("xls_old_format")
    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it skips (data validation, slicers, ...); they do
            # not matter for a run sheet and would read like errors on the command line.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:
        # openpyxl reports a damaged file with whatever the zip and XML layers raise
        # (BadZipFile, KeyError, ParseError, ValueError, ...): all mean "cannot be read".
        raise _fail("xlsx_corrupt", detail=_short(error)) from None
    return table_from_workbook(workbook, sheet)


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    text = text if len(text) <= 80 else text[:79] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def table_from_workbook(workbook: Any, sheet: str | None = None) -> RawTable:
    names = [str(ws.title) for ws in workbook.worksheets]
    listed = ", ".join(names)
    if sheet is not None:
        chosen = next((ws for ws in workbook.worksheets if ws.title == sheet), None)
        if chosen is None:  # forgive case and spaces typed on a command line
            wanted = sheet.strip().casefold()
            chosen = next(
                (ws for ws in workbook.worksheets if str(ws.title).strip().casefold() == wanted),
                None,
            )
        if chosen is None:
            raise _fail("sheet_missing", sheet=sheet, sheets=listed)
        table = table_from_worksheet(chosen, tuple(names))
        if table is None:
            raise _fail("sheet_empty", sheet=str(chosen.title))
        return table
    for worksheet in workbook.worksheets:
        if worksheet.sheet_state != "visible":
            continue
        table = table_from_worksheet(worksheet, tuple(names))
        if table is not None:
            return table
    raise _fail("workbook_empty", sheets=listed)


def _filled_cells(worksheet: Any) -> dict[tuple[int, int], object]:
    """(row, column) -> value of the cells that hold something.

    ``iter_rows`` would create a cell object for every coordinate up to the sheet's
    dimensions, and a column formatted to row 1,048,576 would take minutes; the sheet's
    own cell dictionary holds only the cells in the file.
    """
    cells = getattr(worksheet, "_cells", None)
    if isinstance(cells, dict):
        found: dict[tuple[int, int], object] = {}
        for (row, column), cell in cells.items():
            if _has_value(cell.value):
                found[(int(row), int(column))] = cell.value
        return found
    return {
        (cell.row, cell.column): cell.value
        for line in worksheet.iter_rows()
        for cell in line
        if _has_value(cell.value)
    }


def _has_value(value: object) -> bool:
    return value is not None and (not isinstance(value, str) or bool(clean_cell(value)))


def table_from_worksheet(worksheet: Any, sheets: tuple[str, ...] = ()) -> RawTable | None:
    """The worksheet's rows from the first to the last that holds something; None if empty."""
    values = _filled_cells(worksheet)
    title = str(worksheet.title)
    if not values:
        return None
    merged: dict[tuple[int, int], tuple[int, int]] = {}  # covered cell -> its top-left cell
    for area in worksheet.merged_cells.ranges:
        top, left = int(area.min_row), int(area.min_col)
        if (top, left) not in values:
            continue
        bottom = min(int(area.max_row), top + MAX_ROWS)
        right = min(int(area.max_col), left + MAX_COLUMNS)
        for row in range(top, bottom + 1):
            for column in range(left, right + 1):
                if (row, column) != (top, left):
                    merged[(row, column)] = (top, left)
    positions = list(values) + list(merged)
    first_row = min(row for row, _ in positions)
    last_row = max(row for row, _ in positions)
    last_column = max(column for _, column in positions)
    if last_row - first_row >= MAX_ROWS or last_column > MAX_COLUMNS:
        raise _fail("too_large", limit=str(MAX_ROWS), columns=str(MAX_COLUMNS))

    rows = []
    for number in range(first_row, last_row + 1):
        cells = []
        copied = set()
        spanned = set()
        for column in range(1, last_column + 1):
            source = merged.get((number, column))
            if source is not None:
                copied.add(column - 1)
                if source[1] < column:
                    spanned.add(column - 1)
            cells.append(cell_text(values.get(source or (number, column))))
        dimension = worksheet.row_dimensions.get(number)  # .get: [] would create one
        hidden = bool(dimension is not None and dimension.hidden)
        rows.append(RawRow(number, tuple(cells), hidden, frozenset(copied), frozenset(spanned)))
    return RawTable(tuple(rows), SourceKind.XLSX, sheet=title, sheets=sheets)
