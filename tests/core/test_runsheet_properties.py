"""Property tests of the three importers (CSV, pasted text, XLSX) on generated run sheets.

For any input, importing either raises AgendaError (the project's own error) or returns
a result in which every row of the input is accounted for: an item of the agenda (or
part of one), the header, blank, or listed among the rows not used with a reason. All
messages render in both languages, and a usable agenda saves and loads back unchanged.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io

import openpyxl
from hypothesis import event, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from emcee.core.agenda.file import loads
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.writer import dumps
from emcee.core.runsheet import (
    ImportResult,
    Outcome,
    guess_columns,
    import_bytes,
    import_text,
    parse_table,
)
from emcee.core.runsheet.table import clean_cell
from emcee.core.runsheet.xlsx import table_from_workbook

TIMES = [
    "13:00~13:30 (30)",
    "13:30~13:35 (5)",
    "13:35~13:40 (5)",
    "14:10~14:45 (35)",
    "13:00-13:30",
    "13:00",
    "09:30",
    "(30)",
    "30분",
    "30",
    "25:00",
    "24:00",
    "23:30~24:00",
    "23:30 (60)",
    "13:30~13:00",
    "13:00~13:00",
    "13:00~13:30 (20)",
    "오후 1:30",
    "１３：００",
    "13:00~",
    "(0)",
    "미정",
    "시간 (소요)",
    "Time",
]
TITLES = [
    "○ 등록",
    "○ 개회사",
    "○ 휴식",
    "○ (2부) 사례 발표(20분) 및 토론(15분)",
    "- 특화사례 발표(20분) 및 토론(15분)",
    "※ 장소: 2층",
    '"담다" 소개',
    "폐회사",
    "주요 내용",
    "Title",
    "붙임 2",
    "Coffee break",
]
NOTES = ["비고", "지자체 발표", "복지행정지원관", "Notes", "발표자", "구분", "1부"]
HEADERS = [
    ["시간 (소요)", "주요 내용", "비고"],
    ["시간", "내용"],
    ["Start", "End", "Title", "Speaker"],
    ["시작", "소요", "내용", "유형"],
    ["구분", "시간", "내용", "발표자", "비고"],
]

# Characters for free text: digits and the separators of times, Hangul, bullets, quotes,
# spaces and the line breaks and control characters that cells must survive. No tab,
# newline or carriage return: those are the tables' own separators, and keeping them out
# lets the test know which input line each row is.
ALPHABET = "0123456789:~-()분시 가나다등록휴식○•-*※\"'a\x00\x0b\x7f\u2028\u3000１："
FREE_TEXT = st.text(alphabet=ALPHABET, max_size=8)
CELL = st.one_of(
    st.sampled_from(TIMES + TITLES + NOTES + [""]),
    FREE_TEXT,
)
# A row is most often a well-formed run sheet row, so that many agendas are usable.
ROW = st.one_of(
    st.tuples(st.sampled_from(TIMES), st.sampled_from(TITLES), st.sampled_from(NOTES)).map(list),
    st.lists(CELL, max_size=5),
)


@st.composite
def run_sheets(draw) -> list[list[str]]:
    """Rows of cells: maybe a line above the table, maybe a header, then up to 8 rows."""
    rows = []
    if draw(st.booleans()):
        rows.append([draw(st.sampled_from(["□ 진행순서(안)", "", "* 세부 사항은 붙임 참고"]))])
    if draw(st.booleans()):
        rows.append(draw(st.sampled_from(HEADERS)))
    if draw(st.booleans()):
        return rows + draw(st.lists(ROW, max_size=8))
    # A consistent run sheet (times in order) with a few odd rows mixed in.
    clock = draw(st.integers(min_value=0, max_value=23 * 60))
    for minutes, title, odd in draw(
        st.lists(
            st.tuples(st.integers(1, 90), st.sampled_from(TITLES), st.none() | ROW),
            max_size=8,
        )
    ):
        if odd is not None:
            rows.append(odd)
            continue
        end = clock + minutes
        rows.append(
            [
                f"{clock // 60:02d}:{clock % 60:02d}~{end // 60:02d}:{end % 60:02d} ({minutes})",
                title,
            ]
        )
        clock = end
    return rows


def filled(rows: list[list[str]]) -> set[int]:
    """The 1-based numbers of the rows that hold any text."""
    return {number for number, row in enumerate(rows, 1) if any(clean_cell(c) for c in row)}


def check(result: ImportResult, expected_rows: set[int]) -> None:
    table = result.table
    assert {row.number for row in table.rows if not row.blank} == expected_rows
    assert set(result.outcomes) == {row.number for row in table.rows}
    listed = {number for problem in result.rejected for number in problem.rows}
    items = len(result.agenda.items) if result.agenda is not None else 0
    header = next((row for row in table.rows if row.number == result.mapping.header), None)
    for row in table.rows:
        outcome = result.outcomes[row.number]
        if outcome in (Outcome.ITEM, Outcome.CONTINUATION):
            assert result.agenda is None or 1 <= result.row_items[row.number] <= items
        elif outcome is Outcome.NOT_USED:
            assert row.number in listed, row
        elif outcome is Outcome.HEADER:
            assert header is not None and row.cells == header.cells
        elif outcome is Outcome.PROGRAMME:  # "행사명: …" above the table: the title, date, …
            assert header is not None and row.number < header.number, row
        else:
            assert row.blank, row
    for problem in (*result.rejected, *result.problems, *result.notes):
        assert problem.describe("ko") and problem.describe("en")
    event("usable agenda" if result.ok else "no usable agenda")
    if result.ok:
        assert result.agenda is not None
        assert loads(dumps(result.agenda))[0] == result.agenda


def check_error(error: AgendaError) -> None:
    event(f"refused: {error.problems[0].code}")
    assert error.problems
    assert error.describe("ko") and error.describe("en")


# --- CSV ---------------------------------------------------------------------------------


@settings(max_examples=1000)
@given(
    rows=run_sheets(),
    separator=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp949", "utf-16"]),
)
def test_csv_import_accounts_for_every_row(rows, separator, encoding):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator).writerows(rows)
    text = buffer.getvalue()
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # a character CP949 does not have
        data = text.encode("utf-8")
    try:
        result = import_bytes(data)
    except AgendaError as error:
        check_error(error)
        return
    check(result, filled(rows))


@settings(max_examples=300)
@given(
    lines=st.lists(
        st.one_of(
            st.text(max_size=12),
            st.binary(max_size=12).map(lambda b: b.decode("latin-1")),
        ),
        max_size=5,
    ),
    encodings=st.lists(st.sampled_from(["utf-8", "cp949", "latin-1", "utf-16-le"]), min_size=5),
)
def test_csv_bytes_of_any_encoding_only_raise_agenda_error(lines, encodings):
    data = b""
    for line, encoding in zip(lines, encodings, strict=False):
        data += line.encode(encoding, errors="replace") + b"\n"
    if encodings[0] == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    try:
        result = import_bytes(data)
    except AgendaError as error:
        check_error(error)
        return
    assert set(result.outcomes) == {row.number for row in result.table.rows}


# --- pasted text -------------------------------------------------------------------------


def excel_quoted(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if '"' in cell else cell


@settings(max_examples=1000)
@given(rows=run_sheets(), line_end=st.sampled_from(["\n", "\r\n"]), tabs=st.booleans())
def test_pasted_text_accounts_for_every_row(rows, line_end, tabs):
    if tabs:  # as Excel copies cells: quoted when they hold a quote
        text = line_end.join("\t".join(excel_quoted(c) for c in row) for row in rows) + line_end
    else:  # a table copied without its columns, from a PDF or a web page
        text = line_end.join("  ".join(row) for row in rows)
    try:
        result = import_text(text)
    except AgendaError as error:
        check_error(error)
        return
    check(result, filled(rows))


# --- XLSX --------------------------------------------------------------------------------

KEEP = object()  # keep the generated text in this cell
# Values of other types that cells hold: numbers, times, lengths, dates, booleans.
TYPED = [
    KEEP,
    KEEP,
    KEEP,
    None,
    30,
    -5,
    0,
    30.0,
    2.5,
    True,
    dt.time(13, 0),
    dt.time(13, 30, 15),
    dt.time(0, 0),
    dt.time(23, 59),
    dt.timedelta(minutes=30),
    dt.timedelta(hours=30),
    dt.datetime(2023, 6, 23, 13, 0),
    dt.date(2023, 6, 23),
]


TYPED_VALUE = st.sampled_from(TYPED)


@st.composite
def sheets(draw) -> tuple[list[list[object]], list[tuple[int, int, int, int]], set[int]]:
    """Rows of cell values, merged areas (top, left, bottom, right) and hidden row numbers."""
    rows = draw(run_sheets())
    values: list[list[object]] = []
    for row in rows:
        line = [cell if (typed := draw(TYPED_VALUE)) is KEEP else typed for cell in row]
        # Control characters cannot be stored in a worksheet, and "=..." would be a formula.
        values.append(
            [
                ILLEGAL_CHARACTERS_RE.sub("", v).lstrip("=") if isinstance(v, str) else v
                for v in line
            ]
        )
    height, width = len(rows), max((len(row) for row in rows), default=0)
    merges = []
    hidden: set[int] = set()
    if height and width:
        for _ in range(draw(st.integers(0, 2))):
            top, left = draw(st.integers(1, height)), draw(st.integers(1, width))
            bottom, right = draw(st.integers(top, height)), draw(st.integers(left, width))
            merges.append((top, left, bottom, right))
        hidden = draw(st.sets(st.integers(1, height), max_size=2))
    return values, merges, hidden


def build_sheet(workbook: openpyxl.Workbook, generated) -> None:
    """Replace the workbook's sheet with one holding the generated rows.

    One workbook serves every example: creating a Workbook sets up its styles, which
    costs more than the whole import being tested.
    """
    values, merges, hidden = generated
    for old in workbook.worksheets:
        workbook.remove(old)
    sheet = workbook.create_sheet("Sheet")
    for line in values:
        sheet.append(line)
    for top, left, bottom, right in merges:
        if (bottom, right) != (top, left):
            with contextlib.suppress(ValueError):  # overlaps an earlier merged area
                sheet.merge_cells(
                    start_row=top, start_column=left, end_row=bottom, end_column=right
                )
    for row in hidden:
        sheet.row_dimensions[row].hidden = True


def sheet_rows(workbook: openpyxl.Workbook) -> set[int]:
    """Rows of the first sheet that hold a value, counted independently of the importer."""
    found = set()
    sheet = workbook.active
    for row in sheet.iter_rows():
        for cell in row:
            value = cell.value
            if value is not None and (not isinstance(value, str) or clean_cell(value)):
                found.add(cell.row)
    # A merged area shows its top-left value on every row it covers.
    for area in sheet.merged_cells.ranges:
        if area.min_row in found and sheet.cell(area.min_row, area.min_col).value is not None:
            top = sheet.cell(area.min_row, area.min_col).value
            if not isinstance(top, str) or clean_cell(top):
                found |= set(range(area.min_row, area.max_row + 1))
    return found


WORKBOOK = openpyxl.Workbook()


@settings(max_examples=1000)
@given(generated=sheets())
def test_xlsx_sheet_import_accounts_for_every_row(generated):
    build_sheet(WORKBOOK, generated)
    try:
        table = table_from_workbook(WORKBOOK)
    except AgendaError as error:
        check_error(error)
        return
    result = parse_table(table, guess_columns(table))
    check(result, sheet_rows(WORKBOOK))
    for row in table.rows:
        if row.hidden and not row.blank and result.mapping.header != row.number:
            assert result.outcomes[row.number] is Outcome.NOT_USED


@settings(max_examples=200)
@given(
    generated=sheets(),
    damage=st.one_of(
        st.none(),
        st.integers(min_value=0, max_value=4000).map(lambda n: ("truncate", n)),
        st.tuples(st.just("flip"), st.integers(min_value=0, max_value=4000), st.integers(1, 255)),
    ),
)
def test_xlsx_files_intact_or_damaged_only_raise_agenda_error(generated, damage):
    workbook = openpyxl.Workbook()
    build_sheet(workbook, generated)
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    if damage is not None and damage[0] == "truncate":
        data = data[: damage[1]]
    elif damage is not None:
        position = damage[1] % len(data)
        data = data[:position] + bytes([data[position] ^ damage[2]]) + data[position + 1 :]
    try:
        result = import_bytes(data)
    except AgendaError as error:
        check_error(error)
        return
    assert set(result.outcomes) == {row.number for row in result.table.rows}
