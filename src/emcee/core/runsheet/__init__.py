"""Importing a run sheet (진행순서 / 식순) from Excel, CSV or a pasted table into an agenda.

Three steps, each usable alone so that a UI can show and adjust what happens between
them::

    table = read_file("진행순서.xlsx")          # or read_bytes(...), read_pasted(text)
    mapping = guess_columns(table)               # column roles, adjustable
    result = parse_table(table, mapping, title)  # agenda + the rows not used, with reasons

``import_file`` and ``import_text`` do all three. Input that cannot be read at all
(an encrypted workbook, mixed encodings, an empty sheet, ...) raises ``AgendaError``;
nothing else is raised for any input.
"""

from __future__ import annotations

from pathlib import Path

from emcee.core.agenda.file import read_file_as
from emcee.core.runsheet.columns import ROLE_LABELS, ColumnMapping, Role, guess_columns, role_label
from emcee.core.runsheet.messages import IMPORT_MESSAGES, ImportProblem
from emcee.core.runsheet.parse import DEFAULT_TITLE, parse_table
from emcee.core.runsheet.result import ImportResult, Outcome
from emcee.core.runsheet.table import RawRow, RawTable, SourceKind
from emcee.core.runsheet.text import read_csv_bytes, read_pasted
from emcee.core.runsheet.xlsx import is_workbook, read_xlsx_bytes

__all__ = [
    "DEFAULT_TITLE",
    "IMPORT_MESSAGES",
    "ROLE_LABELS",
    "ColumnMapping",
    "ImportProblem",
    "ImportResult",
    "Outcome",
    "RawRow",
    "RawTable",
    "Role",
    "SourceKind",
    "guess_columns",
    "import_bytes",
    "import_file",
    "import_text",
    "parse_table",
    "read_bytes",
    "read_file",
    "read_pasted",
    "role_label",
]


def read_bytes(data: bytes, sheet: str | None = None) -> RawTable:
    """A workbook's sheet or a CSV file's table, told apart by content, not by file name.

    ``sheet`` chooses a worksheet of a workbook; it means nothing for CSV.
    """
    if is_workbook(data):
        return read_xlsx_bytes(data, sheet)
    return read_csv_bytes(data)


def read_file(path: str | Path, sheet: str | None = None) -> RawTable:
    """The table in the file at ``path``; every failure is an AgendaError naming the file."""
    return read_file_as(path, lambda data: read_bytes(data, sheet))


def import_bytes(data: bytes, title: str = DEFAULT_TITLE, sheet: str | None = None) -> ImportResult:
    table = read_bytes(data, sheet)
    return parse_table(table, guess_columns(table), title)


def import_file(
    path: str | Path, sheet: str | None = None, title: str | None = None, speakers: bool = True
) -> ImportResult:
    """Read, guess the columns and parse. The programme's title: ``title``, else the one
    the sheet names above its table, else the file's name."""
    table = read_file(path, sheet)
    fallback = title or Path(path).stem or DEFAULT_TITLE
    mapping = guess_columns(table)
    return parse_table(table, mapping, fallback, title_wins=title is not None, speakers=speakers)


def import_text(text: str, title: str = DEFAULT_TITLE, speakers: bool = True) -> ImportResult:
    """Import a table pasted as text (tab-separated, as copied from Hangul, Word or Excel)."""
    table = read_pasted(text)
    return parse_table(table, guess_columns(table), title, speakers=speakers)
