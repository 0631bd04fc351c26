"""Text tables: CSV files (any common encoding and separator) and tables pasted as text.

Korean Windows programs save CSV as CP949/EUC-KR, newer ones as UTF-8 with or without a
byte-order mark, Excel's "Unicode text" as UTF-16; all are recognised. A file whose lines
are in different encodings is refused with the line numbers, rather than half garbled.
"""

from __future__ import annotations

import codecs
import csv
import io
import re

from emcee.core.agenda.problems import AgendaError
from emcee.core.runsheet.cells import parse_time_cell
from emcee.core.runsheet.messages import ImportProblem
from emcee.core.runsheet.table import RawRow, RawTable, SourceKind, clean_cell

MAX_ROWS = 5000
MAX_COLUMNS = 100
SEPARATORS = ("\t", ",", ";")


def _fail(code: str, **params: str) -> AgendaError:
    return AgendaError([ImportProblem(code, params)])


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was in; AgendaError when it is not one."""
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), "utf-16"
            except UnicodeDecodeError:
                raise _fail("binary_file") from None
    if b"\x00" in data:
        raise _fail("binary_file")
    body, encoding = data, "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        body, encoding = data[len(codecs.BOM_UTF8) :], "utf-8-sig"
    try:
        return body.decode("utf-8"), encoding
    except UnicodeDecodeError:
        pass
    # Line by line: which lines are UTF-8 and which CP949? (Neither encoding uses the
    # newline byte inside a character, so splitting the bytes is safe.)
    utf8_line = cp949_line = None
    for number, line in enumerate(body.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_line = utf8_line or number
            continue
        except UnicodeDecodeError:
            pass
        try:
            line.decode("cp949")
            cp949_line = cp949_line or number
        except UnicodeDecodeError:
            raise _fail("not_text", line=str(number)) from None
    if utf8_line is not None and cp949_line is not None:
        raise _fail("mixed_encoding", utf8_line=str(utf8_line), cp949_line=str(cp949_line))
    return body.decode("cp949"), "cp949"


def _separator(text: str) -> str:
    """The separator that splits the first lines into the most rows of the same width."""
    sample = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ",", 0
    for separator in SEPARATORS:
        try:
            widths = [len(r) for r in csv.reader(sample, delimiter=separator)]
        except csv.Error:
            continue
        wide = [width for width in widths if width > 1]
        if not wide:
            continue
        common = max(set(wide), key=wide.count)
        score = wide.count(common)
        if score > best_score:
            best, best_score = separator, score
    return best


def _table(
    rows: list[tuple[int, list[str]]], source: SourceKind, encoding: str = "", delimiter: str = ""
) -> RawTable:
    if len(rows) > MAX_ROWS:
        raise _fail("too_large", limit=str(MAX_ROWS), columns=str(MAX_COLUMNS))
    cleaned = [(number, [clean_cell(cell) for cell in cells]) for number, cells in rows]
    # Trailing empty cells are how many programs end a row, not columns of the table.
    width = max((_filled_width(cells) for _, cells in cleaned), default=0)
    if width > MAX_COLUMNS:
        raise _fail("too_large", limit=str(MAX_ROWS), columns=str(MAX_COLUMNS))
    table = tuple(
        RawRow(number, tuple(cells[:width]) + ("",) * (width - len(cells)))
        for number, cells in cleaned
    )
    if all(row.blank for row in table):
        raise _fail("empty_input")
    return RawTable(table, source, encoding=encoding, delimiter=delimiter)


def _filled_width(cells: list[str]) -> int:
    return max((index + 1 for index, cell in enumerate(cells) if cell), default=0)


def read_csv_text(text: str, encoding: str = "") -> RawTable:
    """A CSV table (comma, semicolon or tab separated); rows are numbered as records."""
    text = text.replace("\x00", "")
    separator = _separator(text)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
        records = list(enumerate(reader, start=1))
    except csv.Error:  # e.g. a cell longer than the csv module allows: not a run sheet
        raise _fail("binary_file") from None
    return _table(records, SourceKind.CSV, encoding=encoding, delimiter=separator)


def read_csv_bytes(data: bytes) -> RawTable:
    text, encoding = decode(data)
    return read_csv_text(text, encoding)


# --- pasted text -------------------------------------------------------------------------


def split_tabbed(text: str) -> list[tuple[int, list[str]]]:
    """Rows of tab-separated text as spreadsheets copy it, numbered by the line they start on.

    Excel puts a cell in quotes when it holds a line break, a tab or a quote (doubling
    the quotes inside). Only a field that is quoted exactly that way is unquoted, so a
    title that merely starts with a quote ("담다" 소개) is kept as written.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    rows: list[tuple[int, list[str]]] = []
    cells: list[str] = []
    line = row_line = 1
    position = 0
    while position <= len(text):
        quoted = _quoted_field(text, position) if text.startswith('"', position) else None
        if quoted is not None:
            value, position = quoted
        else:
            end = position
            while end < len(text) and text[end] not in "\t\n":
                end += 1
            value, position = text[position:end], end
        line_breaks = value.count("\n")
        cells.append(value)
        separator = text[position] if position < len(text) else ""
        position += 1
        line += line_breaks
        if separator == "\t":
            continue
        if separator == "" and cells == [""]:
            break  # the text ended with a newline
        rows.append((row_line, cells))
        cells = []
        line += 1
        row_line = line
        if separator == "":
            break
    return rows


def _quoted_field(text: str, position: int) -> tuple[str, int] | None:
    """The unquoted value and the position after it, if an Excel-quoted field starts here."""
    parts = []
    cursor = position + 1
    while True:
        close = text.find('"', cursor)
        if close == -1:
            return None
        if text.startswith('""', close):
            parts.append(text[cursor : close + 1])
            cursor = close + 2
            continue
        following = text[close + 1 : close + 2]
        if following not in ("\t", "\n", ""):
            return None
        parts.append(text[cursor:close])
        value = "".join(parts)
        if "\n" not in value and "\t" not in value and '"' not in value:
            return None  # Excel would not have quoted it: the quotes are the title's own
        return value, close + 1


_SPACED = re.compile(r"\s{2,}")


def _split_time_prefix(line: str) -> list[str]:
    """ "13:00~13:30 (30) ○ 등록" -> ["13:00~13:30 (30)", "○ 등록"]: the longest leading time."""
    words = line.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        when = parse_time_cell(head)
        if not when.empty and not when.error:
            return [head, " ".join(words[cut:]).strip()]
    return [line]


def read_pasted(text: str) -> RawTable:
    """A table pasted as text: tab-separated as copied from Hangul, Word or Excel.

    Text without any tab (copied from a PDF or a web page) is split at runs of spaces,
    or else after a leading time ("13:00~13:30 (30) ○ 등록").
    """
    if "\t" in text:
        return _table(split_tabbed(text), SourceKind.TEXT, delimiter="\t")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    rows: list[tuple[int, list[str]]] = []
    spaced = sum(1 for line in lines if _SPACED.search(line.strip()))
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if spaced >= 2:
            cells = _SPACED.split(stripped)
        else:
            cells = _split_time_prefix(" ".join(stripped.split()))
        rows.append((number, cells))
    return _table(rows, SourceKind.TEXT, delimiter="  " if spaced >= 2 else " ")
