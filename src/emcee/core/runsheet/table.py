"""The raw table a run sheet is read into: rows of cell strings, before any meaning is given.

Every reader (CSV, pasted text, XLSX) produces a ``RawTable``; column guessing and row
parsing work on it alone, so they do not care where the table came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

# Control characters other than tab and newline cannot be written to an agenda file and
# never mean anything in a run sheet; vertical tab and form feed are Word's line breaks.
_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def clean_cell(text: str) -> str:
    """A cell's text with line breaks made ``\\n``, control characters removed, ends trimmed."""
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", text)).strip()


class SourceKind(StrEnum):
    CSV = "csv"
    TEXT = "text"  # pasted from a document or a spreadsheet
    XLSX = "xlsx"


@dataclass(frozen=True)
class RawRow:
    number: int  # 1-based: the sheet's row number, the CSV record, or the pasted text's line
    cells: tuple[str, ...]
    hidden: bool = False  # hidden in the sheet (XLSX)
    merged: frozenset[int] = frozenset()  # columns whose text was copied from a merged area
    # Of those, the columns whose merged area starts in a column to the left: one cell
    # spread sideways (a wide title, a heading across the table), not a value of their own.
    spanned: frozenset[int] = frozenset()

    @property
    def blank(self) -> bool:
        return not any(self.cells)

    def cell(self, column: int | None) -> str:
        if column is None or column >= len(self.cells):
            return ""
        return self.cells[column]


@dataclass(frozen=True)
class RawTable:
    rows: tuple[RawRow, ...]
    source: SourceKind
    encoding: str = ""  # how a text file was decoded, e.g. "utf-8", "cp949"
    sheet: str = ""  # the worksheet read (XLSX)
    sheets: tuple[str, ...] = ()  # every worksheet in the workbook, for choosing another
    delimiter: str = ""  # the cell separator of a text table

    @property
    def width(self) -> int:
        return max((len(row.cells) for row in self.rows), default=0)
