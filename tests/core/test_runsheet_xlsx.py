"""Excel workbooks: sheets, merged cells, hidden rows, cell types, and files that cannot be read."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from emcee.core.agenda.model import ItemKind
from emcee.core.agenda.problems import AgendaError
from emcee.core.runsheet import Outcome, import_bytes, import_file, read_bytes
from emcee.core.runsheet.xlsx import cell_text

FIXTURES = Path(__file__).parent / "fixtures" / "runsheet"


def workbook_bytes(*sheets: tuple[str, list[list[object]]], setup=None) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    if setup is not None:
        setup(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


RUN_SHEET = [
    ["시간 (소요)", "주요 내용", "비고"],
    ["13:00~13:30 (30)", "○ 등록", None],
    ["13:30~13:35 (5)", "○ 개회사", "복지행정지원관"],
    ["13:35~14:10 (35)", "○ (2부) 사례 발표(20분) 및 토론(15분)", "지자체 발표"],
    ["14:10~14:20 (10)", "○ 휴식", None],
    ["14:20~14:25 (5)", "○ 폐회사", None],
]


def only_problem(data: bytes, **kwargs):
    with pytest.raises(AgendaError) as caught:
        import_bytes(data, **kwargs)
    (problem,) = caught.value.problems
    return problem


def test_a_run_sheet_workbook():
    result = import_bytes(workbook_bytes(("진행순서", RUN_SHEET)), title="포럼")
    assert result.ok
    assert [item.title for item in result.agenda.items] == [
        "등록",
        "개회사",
        "사례 발표(20분) 및 토론(15분)",
        "휴식",
        "폐회사",
    ]
    session = result.agenda.items[2]
    assert (session.kind, session.part, session.presentation) == (ItemKind.SESSION, "2부", 1200)
    assert result.table.sheet == "진행순서"


def test_time_typed_cells_in_start_and_end_columns():
    rows = [
        ["Start", "End", "Title", "Speaker"],
        [dt.time(9, 30), dt.time(9, 35), "Welcome", "Chair"],
        [dt.datetime(2026, 3, 12, 9, 35), dt.datetime(2026, 3, 12, 10, 15), "Keynote", "Kim"],
    ]
    result = import_bytes(workbook_bytes(("Sheet1", rows)))
    assert result.ok
    assert [(i.start, i.duration, i.presenter) for i in result.agenda.items] == [
        (9 * 3600 + 30 * 60, 300, "Chair"),
        (9 * 3600 + 35 * 60, 2400, "Kim"),
    ]


def test_times_stored_as_numbers():
    # A time typed into a cell formatted "General" is kept as Excel stores it: a day
    # fraction (13:30 is 0.5625), or days since 1899-12-30 with the time as the fraction.
    rows = [
        ["시작", "종료", "내용"],
        [0.5625, 0.5833333333333334, "등록"],
        [45100.583333333336, 45100.59375, "개회"],
    ]
    result = import_bytes(workbook_bytes(("s", rows)))
    assert result.ok, result.rejected
    assert [(i.start, i.duration) for i in result.agenda.items] == [
        (13 * 3600 + 30 * 60, 1800),
        (14 * 3600, 900),
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (30, "30"),
        (30.0, "30"),
        (2.5, "2.5"),
        (0.5625, "13:30"),  # a time in a cell formatted "General"
        (45100.59375, "14:15"),  # a date and time in one
        (12345.5, "12345.5"),  # not a date Excel would hold for a run sheet
        (True, "TRUE"),
        (dt.time(13, 5), "13:05"),
        (dt.time(13, 5, 30), "13:05:30"),
        (dt.datetime(1899, 12, 30, 13, 0), "13:00"),
        (dt.date(2023, 6, 23), "2023-06-23"),
        (dt.timedelta(minutes=90), "01:30"),
        (" ○ 등록\r\n", "○ 등록"),
    ],
)
def test_cell_values_read_as_text(value, text):
    assert cell_text(value) == text


def test_a_length_column_formatted_as_a_clock():
    def lengths(workbook):
        for row in range(2, 4):
            workbook.active["B" + str(row)].number_format = "[h]:mm"

    rows = [["시작", "소요", "내용"], [dt.time(13), dt.timedelta(minutes=30), "등록"]]
    rows.append([dt.time(13, 30), dt.timedelta(minutes=5), "개회"])
    result = import_bytes(workbook_bytes(("s", rows), setup=lengths))
    assert [item.duration for item in result.agenda.items] == [1800, 300]


def test_merged_cells_read_as_their_top_left_value():
    def merge(workbook):
        sheet = workbook.active
        sheet.merge_cells("C3:C4")  # one note for two rows
        sheet.merge_cells("B6:C6")  # a wide title
        sheet.merge_cells("A7:C7")  # a heading across the table

    rows = [
        ["시간", "내용", "비고"],
        ["13:00~13:30", "등록", None],
        ["13:30~13:35", "개회사", "복지행정지원관"],
        ["13:35~13:40", "경과 보고", None],
        ["13:40~14:00", "기조강연", None],
        ["14:00~14:10", "휴식 (로비에서 다과)", None],
        ["[ 2부 ]", None, None],
        ["14:10~14:15", "폐회사", None],
    ]
    result = import_bytes(workbook_bytes(("s", rows), setup=merge))
    items = result.agenda.items
    assert [item.notes for item in items[1:3]] == ["복지행정지원관", "복지행정지원관"]
    assert items[4].title == "휴식 (로비에서 다과)"
    assert items[4].notes == ""  # not the title copied again
    (heading,) = result.rejected
    assert (heading.code, heading.row) == ("merged_heading", 7)
    assert result.ok


MERGED_TIME = [
    ["시간", "내용", "발표자"],
    ["13:30~14:00", "개회사", "원장"],
    [None, "축사", "시장"],
    ["14:00~14:45 (45)", "(1부) 주제발표", "김교수"],
    [None, "주제발표", "이교수"],
    [None, "주제발표", "박교수"],
    [None, "주제발표", "최교수"],
    [None, "- 종합토론", None],
    [None, "※ 질의응답 포함", None],
    ["14:45~15:00", "폐회", None],
]


def merge_time(workbook):
    workbook.active.merge_cells("A2:A3")
    workbook.active.merge_cells("A4:A9")


def test_rows_under_one_merged_time_cell_are_one_item_said_once():
    result = import_bytes(workbook_bytes(("s", MERGED_TIME), setup=merge_time))
    assert result.ok  # not an overlap for every row under the merged cell
    items = result.agenda.items
    assert [(i.title, i.presenter, i.start, i.duration) for i in items] == [
        ("개회사 · 축사", "", 13 * 3600 + 1800, 1800),
        ("주제발표 · 종합토론", "", 14 * 3600, 2700),
        ("폐회", "", 14 * 3600 + 2700, 900),
    ]
    # Each row's name speaks in turn, sharing the item's time (not one flattened presenter).
    assert [(s.presenter, s.title) for s in items[0].speakers] == [("원장", ""), ("시장", "축사")]
    assert [s.presenter for s in items[1].speakers] == ["김교수", "이교수", "박교수", "최교수"]
    assert {s.title for s in items[1].speakers} == {""}
    assert len(result.schedule.items[1].phases[0].turns) == 4
    assert items[1].part == "1부"
    assert items[1].notes == "※ 질의응답 포함"
    assert [(n.code, n.row, n.last_row) for n in result.notes] == [
        ("merged_time", 2, 3),
        ("merged_time", 4, 9),
    ]
    assert result.notes[1].describe("en") == (
        "rows 4-9 '(1부) 주제발표': these rows share one merged time cell (14:00~14:45), "
        "so they were imported as one item. To time each row on its own, unmerge the cell "
        "and give each row its own time or length."
    )
    assert result.notes[1].describe("ko") == (
        "4~9행 '(1부) 주제발표': 이 행들은 병합된 시간 칸 하나(14:00~14:45)를 함께 쓰므로 "
        "한 항목으로 가져왔습니다. 행마다 따로 시간을 재려면 셀 병합을 풀고 행마다 시간이나 "
        "소요 시간을 쓰세요."
    )
    assert [result.outcomes[n] for n in range(4, 10)] == [Outcome.ITEM] + [Outcome.CONTINUATION] * 5


def test_rows_under_one_merged_time_cell_with_their_own_lengths_follow_each_other():
    rows = [
        ["시간", "소요", "내용"],
        ["13:30~14:00", 10, "개회사"],
        [None, 20, "축사"],
        ["14:00~14:10", 10, "폐회"],
    ]

    def merge(workbook):
        workbook.active.merge_cells("A2:A3")

    result = import_bytes(workbook_bytes(("s", rows), setup=merge))
    assert result.ok, (result.problems, result.rejected)
    assert [(p.item.title, p.start, p.duration) for p in result.schedule.items] == [
        ("개회사", 13 * 3600 + 1800, 600),
        ("축사", 13 * 3600 + 2400, 1200),
        ("폐회", 14 * 3600, 600),
    ]
    assert result.notes == ()


def test_a_length_merged_with_the_time_is_the_length_of_the_rows_together():
    rows = [
        ["시간", "소요", "내용"],
        [0.5833333333333334, 10, "개회사"],  # 14:00 in a General cell
        [None, None, "축사"],
        ["14:10~14:20", 10, "폐회"],
    ]

    def merge(workbook):
        workbook.active.merge_cells("A2:A3")
        workbook.active.merge_cells("B2:B3")

    result = import_bytes(workbook_bytes(("s", rows), setup=merge))
    assert result.ok, (result.problems, result.rejected)
    assert [(i.title, i.start, i.duration) for i in result.agenda.items] == [
        ("개회사 · 축사", 14 * 3600, 600),
        ("폐회", 14 * 3600 + 600, 600),
    ]
    (note,) = result.notes
    assert "one merged time cell (14:00)" in note.message("en")


def test_rows_under_a_merged_time_cell_whose_top_row_is_not_used():
    rows = [["시간", "내용"], ["13:30~14:00", None], [None, "축사"], ["14:00~14:10", "폐회"]]

    def merge(workbook):
        workbook.active.merge_cells("A2:A3")

    result = import_bytes(workbook_bytes(("s", rows), setup=merge))
    assert [(p.code, p.row) for p in result.rejected] == [
        ("no_title", 2),
        ("orphan_continuation", 3),
    ]


def test_hidden_rows_are_skipped_and_listed():
    def hide(workbook):
        workbook.active.row_dimensions[3].hidden = True

    result = import_bytes(workbook_bytes(("s", RUN_SHEET), setup=hide))
    assert "개회사" not in [item.title for item in result.agenda.items]
    (hidden,) = result.rejected
    assert (hidden.code, hidden.row, hidden.item_title) == ("hidden_row", 3, "○ 개회사")
    assert hidden.describe("ko") == (
        "3행 '○ 개회사': 시트에서 숨겨진 행이라 가져오지 않았습니다. "
        "가져오려면 숨기기를 해제하세요."
    )
    assert result.outcomes[3] is Outcome.NOT_USED
    # The rows around it still plan: the hidden row leaves a gap, which is a note.
    assert result.ok
    assert [note.code for note in result.notes] == ["gap"]


def test_the_first_visible_sheet_with_content_is_read():
    def hide_first(workbook):
        workbook["숨김"].sheet_state = "hidden"

    data = workbook_bytes(
        ("숨김", [["x"]]), ("빈 시트", []), ("진행순서", RUN_SHEET), setup=hide_first
    )
    table = read_bytes(data)
    assert table.sheet == "진행순서"
    assert table.sheets == ("숨김", "빈 시트", "진행순서")


def test_a_chosen_sheet():
    data = workbook_bytes(("개요", [["행사 개요"]]), ("진행순서", RUN_SHEET))
    assert read_bytes(data, sheet="진행순서").sheet == "진행순서"
    assert read_bytes(data, sheet=" 진행순서 ").sheet == "진행순서"
    problem = only_problem(data, sheet="식순")
    assert problem.code == "sheet_missing"
    assert (
        problem.message("en") == "there is no sheet named '식순'. The sheets are: 개요, 진행순서."
    )


def test_an_empty_sheet():
    data = workbook_bytes(("개요", [["행사 개요"]]), ("진행순서", [[None, "  "]]))
    problem = only_problem(data, sheet="진행순서")
    assert problem.code == "sheet_empty"
    assert problem.message("ko") == "'진행순서' 시트가 비어 있습니다."


def test_a_workbook_with_nothing_in_it():
    problem = only_problem(workbook_bytes(("Sheet1", []), ("Sheet2", [])))
    assert problem.code == "workbook_empty"
    assert "Sheet1, Sheet2" in problem.message("en")


def test_an_encrypted_workbook():
    with pytest.raises(AgendaError) as caught:
        import_file(FIXTURES / "encrypted.xlsx")
    (problem,) = caught.value.problems
    assert problem.code == "xlsx_encrypted"
    text = caught.value.describe("ko")
    assert text.startswith(str(FIXTURES / "encrypted.xlsx") + ": 암호로 보호된")
    # openpyxl itself cannot open it: the message is ours, not a traceback.
    with pytest.raises(Exception):  # noqa: B017
        openpyxl.load_workbook(FIXTURES / "encrypted.xlsx")


def test_an_old_xls_file():
    data = (
        (FIXTURES / "encrypted.xlsx")
        .read_bytes()
        .replace(
            "EncryptedPackage".encode("utf-16-le"), "Workbook".encode("utf-16-le").ljust(32, b"\0")
        )
    )
    assert only_problem(data).code == "xls_old_format"


def test_a_corrupt_workbook():
    with pytest.raises(AgendaError) as caught:
        import_file(FIXTURES / "corrupt.xlsx")
    (problem,) = caught.value.problems
    assert problem.code == "xlsx_corrupt"
    assert "BadZipFile" in problem.params["detail"]
    assert "손상되었거나" in problem.message("ko")


def test_a_zip_that_is_not_a_workbook():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    problem = only_problem(buffer.getvalue())
    assert problem.code == "xlsx_corrupt"


def test_a_sheet_formatted_far_down_is_read_quickly():
    def format_far(workbook):
        workbook.active.cell(row=200_000, column=200).number_format = "0"

    table = read_bytes(workbook_bytes(("s", RUN_SHEET), setup=format_far))
    assert len(table.rows) == len(RUN_SHEET)
    assert table.width == 3


def test_a_sheet_larger_than_a_run_sheet():
    def far(workbook):
        workbook.active.cell(row=9000, column=1).value = "x"

    problem = only_problem(workbook_bytes(("s", RUN_SHEET), setup=far))
    assert problem.code == "too_large"
