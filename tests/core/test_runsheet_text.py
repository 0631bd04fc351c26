"""CSV files in the encodings Korean offices produce, and tables pasted as text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from emcee.core.agenda.problems import AgendaError
from emcee.core.runsheet import import_bytes, import_file, import_text, read_file, read_pasted
from emcee.core.runsheet.text import decode, read_csv_text, split_tabbed

FIXTURES = Path(__file__).parent / "fixtures" / "runsheet"
TITLES = ["등록", "개회사", "기조강연", "휴식", "폐회사"]


def only_problem(call, *args, **kwargs):
    with pytest.raises(AgendaError) as caught:
        call(*args, **kwargs)
    (problem,) = caught.value.problems
    return problem, caught.value


@pytest.mark.parametrize("name", ["cp949.csv", "utf8-bom.csv"])
def test_csv_in_cp949_and_utf8_with_bom(name):
    result = import_file(FIXTURES / name)
    assert result.ok
    assert [item.title for item in result.agenda.items] == TITLES
    assert result.agenda.items[1].notes == "복지행정지원관"
    assert result.agenda.items[2].part == "1부"
    assert result.agenda.programme.title == name.removesuffix(".csv")


def test_the_encoding_is_reported():
    assert read_file(FIXTURES / "cp949.csv").encoding == "cp949"
    assert read_file(FIXTURES / "utf8-bom.csv").encoding == "utf-8-sig"


def test_utf16_text_as_excel_saves_unicode_text():
    data = codecs.BOM_UTF16_LE + "시간\t내용\n13:00~13:30\t등록\n".encode("utf-16-le")
    result = import_bytes(data)
    assert result.ok
    assert result.table.encoding == "utf-16"


def test_mixed_encodings_name_both_lines():
    problem, error = only_problem(import_file, FIXTURES / "mixed-encoding.csv")
    assert problem.code == "mixed_encoding"
    assert "mixed-encoding.csv" in error.describe("en")
    assert "line 1 is UTF-8 but line 4 is CP949/EUC-KR" in problem.message("en")
    assert "4번째 줄은 CP949/EUC-KR입니다" in problem.message("ko")


def test_bytes_that_are_no_text_encoding():
    problem, _ = only_problem(decode, "시간,내용\n".encode() + b"\xff\xfe\xfa,x\n")
    assert problem.code == "not_text"
    assert problem.params["line"] == "2"
    problem, _ = only_problem(decode, b"\x00\x01\x02binary")
    assert problem.code == "binary_file"


@pytest.mark.parametrize("text", ["", "\n\n", ",,,\n,,\n", "\t\t\n"])
def test_empty_input(text):
    problem, _ = only_problem(import_bytes, text.encode())
    assert problem.code == "empty_input"
    assert problem.message("ko") == "가져올 내용이 없습니다. 표가 비어 있습니다."


def test_a_missing_file_is_named():
    problem, error = only_problem(import_file, "/nonexistent/run-sheet.csv")
    assert problem.code == "file_missing"
    assert error.path == "/nonexistent/run-sheet.csv"


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_csv_separators(separator):
    text = separator.join(["시간", "내용", "비고"]) + "\n"
    text += separator.join(["13:00~13:30", '"등록, 안내"', "1층"]) + "\n"
    table = read_csv_text(text)
    assert table.delimiter == separator
    assert table.rows[1].cells == ("13:00~13:30", "등록, 안내", "1층")


def test_csv_quoted_cells_with_line_breaks_keep_their_row_number():
    result = import_bytes(
        '시간,내용,비고\n13:00~13:30,등록,"1층\n로비"\n13:30~13:35,개회사,\n'.encode()
    )
    assert result.agenda.items[0].notes == "1층\n로비"
    assert result.item_rows() == [2, 3]


# --- pasted text --------------------------------------------------------------------------


def test_tabbed_text_as_excel_copies_it():
    text = '시간\t내용\t비고\n13:00~13:30\t등록\t"1층\n로비"\n13:30~13:35\t"개회사 ""환영"""\t\n'
    rows = split_tabbed(text)
    assert rows == [
        (1, ["시간", "내용", "비고"]),
        (2, ["13:00~13:30", "등록", "1층\n로비"]),
        (4, ["13:30~13:35", '개회사 "환영"', ""]),
    ]


def test_a_title_that_starts_with_a_quote_is_kept_as_written():
    rows = split_tabbed('13:00\t"담다" 소개\t\n13:30\t"온평"\t\n')
    assert rows[0][1][1] == '"담다" 소개'
    assert rows[1][1][1] == '"온평"'


def test_pasted_text_with_windows_line_ends():
    result = import_text("시간\t내용\r\n13:00~13:30\t등록\r\n13:30~13:35\t개회사\r\n")
    assert [item.title for item in result.agenda.items] == ["등록", "개회사"]


def test_pasted_text_without_tabs_split_at_runs_of_spaces():
    table = read_pasted(
        "시간      내용       비고\n13:00~13:30  ○ 등록\n13:30~13:35  ○ 개회사   사회자\n"
    )
    assert table.rows[2].cells == ("13:30~13:35", "○ 개회사", "사회자")


def test_pasted_text_without_columns_split_after_the_time():
    result = import_text("13:00~13:30 (30) ○ 등록\n13:30~13:35 (5) ○ 개회사\n")
    assert result.ok
    assert [(i.title, i.duration) for i in result.agenda.items] == [("등록", 1800), ("개회사", 300)]


def test_sub_bullet_and_footnote_lines_continue_the_item_above():
    result = import_text(
        "시간\t내용\t비고\n"
        "14:10~14:45 (35)\t○ (2부) 복합공유공간 특화사례\t지자체 발표\n"
        "\t- 특화사례 발표(20분) 및 토론(15분)\t종합 토론\n"
        "\t※ 발표 순서는 추첨\t\n"
        "14:45~14:55 (10)\t○ 휴식\t\n"
    )
    assert result.ok
    session, pause = result.agenda.items
    assert session.title == "복합공유공간 특화사례 - 특화사례 발표(20분) 및 토론(15분)"
    assert (session.presentation, session.discussion) == (1200, 900)
    assert session.notes == "지자체 발표\n종합 토론\n※ 발표 순서는 추첨"
    assert result.row_items == {2: 1, 3: 1, 4: 1, 5: 2}
    assert pause.kind.value == "break"
