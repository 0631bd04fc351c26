"""Rows that cannot be used, and agendas that do not plan: each message names its row."""

from __future__ import annotations

from pathlib import Path

import pytest

from emcee.core.agenda.model import ItemKind, TimerStyle
from emcee.core.runsheet import (
    Outcome,
    guess_columns,
    import_file,
    import_text,
    parse_table,
    read_pasted,
)
from emcee.core.runsheet.cells import kind_from_words

FIXTURES = Path(__file__).parent / "fixtures" / "runsheet"
HEADER = "시간\t내용\t비고\n"


def rejected(text: str):
    result = import_text(HEADER + text)
    return {p.row: p for p in result.rejected}, result


def test_out_of_order_times_name_the_row():
    result = import_file(FIXTURES / "out-of-order.csv")
    assert not result.ok
    (problem,) = result.problems
    assert problem.code == "out_of_order"
    assert problem.row == 4
    assert problem.describe("en") == (
        "row 4 '기조강연': starts at 13:10, before the row above (13:30). "
        "Rows must be in time order (a row after midnight may be written 24:30 for the next "
        "day's 00:30)."
    )
    assert problem.describe("ko") == (
        "4행 '기조강연': 시작 시각 13:10이(가) 위 행(13:30)보다 이릅니다. "
        "행은 시간 순서여야 합니다(자정 뒤의 행은 다음 날 00:30을 24:30처럼 쓸 수 있습니다)."
    )


def test_overlapping_rows_name_the_row():
    result = import_file(FIXTURES / "overlap.csv")
    (problem,) = result.problems
    assert (problem.code, problem.row) == ("overlap", 4)
    assert "row above runs until 14:00" in problem.message("en")
    assert "위 행이 14:00까지입니다" in problem.message("ko")


def test_a_night_programme_runs_past_midnight():
    result = import_file(FIXTURES / "past-midnight.csv")
    assert result.ok and result.rejected == ()
    assert [(i.title, i.start, i.duration) for i in result.agenda.items] == [
        ("야간 상영", 23 * 3600, 1800),
        ("심야 토론", 23 * 3600 + 1800, 70 * 60),  # 23:30~00:40
        ("폐회", 40 * 60, 20 * 60),  # 00:40, written as the clock shows it
    ]
    assert result.schedule.end == 25 * 3600


def test_a_time_beyond_the_next_day_names_the_row():
    problems, _ = rejected("23:00~23:30\t야간 상영\t\n23:30~48:30\t심야 토론\t\n")
    assert problems[3].code == "time_beyond_next_day"
    assert problems[3].describe("ko").startswith("3행 '심야 토론': '48:30'은(는) 다음 날을 넘는")


def test_a_length_that_runs_past_midnight_plans_into_the_next_day():
    result = import_text(HEADER + "23:30 (60)\t심야 토론\t\n")
    assert result.ok and result.schedule is not None
    assert result.schedule.end == 24 * 3600 + 30 * 60


def test_a_programme_that_ends_at_midnight_is_fine():
    result = import_text(HEADER + "23:00~24:00\t마지막 세션\t\n")
    assert result.ok


@pytest.mark.parametrize(
    ("cell", "code", "english"),
    [
        ("미정", "bad_time_cell", "'미정' is not a time"),
        ("13:30~13:00", "ends_before_start", "ends (13:00) before it starts (13:30)"),
        ("13:00~13:00", "zero_length", "length is zero"),
        ("(0)", "zero_length", "length is zero"),
        (
            "13:00~13:30 (20)",
            "length_mismatch",
            "13:00~13:30 says 30 min but (20) says 20 min",
        ),
        ("48:30", "time_beyond_next_day", "'48:30' is past the next day"),
        ("14:00~13:00", "ends_before_start", "ends (13:00) before it starts (14:00)"),
    ],
)
def test_unreadable_times(cell, code, english):
    problems, result = rejected(f"{cell}\t토론\t\n13:00~13:05\t다음\t\n")
    problem = problems[2]
    assert problem.code == code
    assert english in problem.message("en")
    assert problem.message("ko")  # every code has its Korean message
    assert result.outcomes[2] is Outcome.NOT_USED


def test_a_row_with_a_time_and_no_title():
    problems, _ = rejected("13:00~13:30\t\t비고만 있음\n")
    assert problems[2].code == "no_title"


def test_a_long_cell_is_shortened_in_the_message():
    problems, _ = rejected(
        "이 칸에는 시간이 아니라 아주 긴 설명이 들어 있어서 메시지가 너무 길어집니다\t제목\t\n"
    )
    assert problems[2].params["value"].endswith("…")
    assert len(problems[2].params["value"]) == 40


def test_rows_with_text_only_in_unused_columns():
    result = import_text("시간\t내용\t장소\n13:00~13:30\t등록\t로비\n\t\t2층\n")
    (problem,) = result.rejected
    assert (problem.code, problem.row) == ("unused_columns_only", 3)
    assert problem.params["columns"] == "3 '장소'"


def test_a_continuation_of_a_row_that_was_not_used():
    problems, _ = rejected("미정\t○ 토론\t\n\t- 발표(20분) 및 토론(15분)\t\n")
    assert problems[3].code == "orphan_continuation"
    assert problems[3].params["previous"] == "2"


def test_rows_without_time_take_it_from_their_neighbours():
    result = import_text(HEADER + "13:00~13:10\t개회\t\n\t국민의례\t\n13:20~13:30\t기조강연\t\n")
    assert result.ok
    assert [(p.item.title, p.start, p.duration) for p in result.schedule.items] == [
        ("개회", 13 * 3600, 600),
        ("국민의례", 13 * 3600 + 600, 600),
        ("기조강연", 13 * 3600 + 1200, 600),
    ]


def test_two_rows_without_time_in_a_row_cannot_be_placed():
    result = import_text(HEADER + "13:00\t개회\t\n\t국민의례\t\n13:20~13:30\t기조강연\t\n")
    (problem,) = result.problems
    assert (problem.code, problem.row) == ("missing_duration", 2)
    assert "(30) 같은 분을 쓰거나" in problem.message("ko")


def test_a_first_row_without_a_start():
    result = import_text(HEADER + "(30)\t등록\t\n(5)\t개회\t\n")
    (problem,) = result.problems
    assert (problem.code, problem.row) == ("no_start", 2)
    assert "첫 행에 13:00 같은 시각" in problem.message("ko")


def test_phases_that_do_not_fill_the_row_are_noted_not_used():
    result = import_text(HEADER + "14:10~14:40 (30)\t발표(20분) 및 토론(15분)\t\n")
    assert result.ok
    (item,) = result.agenda.items
    assert item.kind is ItemKind.TALK
    assert item.presentation is None
    (note,) = result.notes
    assert (note.code, note.row) == ("phases_mismatch", 2)


def test_a_gap_is_a_note():
    result = import_text(HEADER + "13:00~13:30\t등록\t\n13:40~14:00\t개회\t\n")
    assert result.ok
    (note,) = result.notes
    assert (note.code, note.row) == ("gap", 3)


def test_registration_counts_to_its_end_like_the_reference_event():
    result = import_text(HEADER + "13:00~13:30\t등록\t\n")
    assert result.agenda.items[0].timer is TimerStyle.TO_END


def test_a_kind_column():
    result = import_text("시간\t내용\t유형\n13:00~13:30\t커피\tbreak\n13:30~13:40\t인사\t미정\n")
    assert [item.kind for item in result.agenda.items] == [ItemKind.BREAK, ItemKind.OTHER]
    (note,) = result.notes
    assert (note.code, note.row) == ("unknown_kind", 3)


def test_separate_start_end_and_length_columns_must_agree():
    text = "시작\t종료\t소요\t내용\n13:00\t13:30\t30\t등록\n13:30\t13:40\t5\t개회\n"
    result = import_text(text)
    assert [item.duration for item in result.agenda.items] == [1800]
    (problem,) = result.rejected
    assert problem.code == "length_mismatch"
    assert problem.message("en") == "13:30~13:40 says 10 min but 5 says 5 min. Correct one of them."


def test_a_presenter_column():
    result = import_text("시간\t내용\t발표자\n13:00~13:30\t기조강연\t김철수\n박영희\n")
    assert result.agenda.items[0].presenter == "김철수"


def test_a_repeated_header_is_not_an_item():
    result = import_text(HEADER + "13:00~13:30\t등록\t\n시간\t내용\t비고\n13:30~13:35\t개회\t\n")
    assert result.outcomes[3] is Outcome.HEADER
    assert len(result.agenda.items) == 2


def test_no_usable_row():
    result = import_text(HEADER + "미정\t등록\t\n")
    assert not result.ok
    assert result.agenda is None
    assert [p.code for p in result.problems] == ["no_items"]
    assert result.error("x.csv").describe("ko").startswith("x.csv: 진행 항목으로")


def test_no_title_column():
    sheet = read_pasted("시간\t내용\n13:00~13:30\t등록\n13:30~13:35\t개회\n")
    result = parse_table(sheet, guess_columns(sheet).with_role(1, None))
    assert not result.ok
    (problem,) = result.rejected
    assert problem.code == "no_title_column"
    assert (problem.row, problem.last_row) == (2, 3)
    assert problem.describe("en").startswith("rows 2-3: not read: no column is used as the title")
    assert [p.code for p in result.problems] == ["no_items"]
    assert set(result.outcomes.values()) == {Outcome.HEADER, Outcome.NOT_USED}


@pytest.mark.parametrize(
    ("below", "next_start"),
    [("15:32~15:40", "15:32"), ("15:20~15:40", "15:20")],
)
def test_a_row_without_time_and_no_room_is_the_one_blamed(below, next_start):
    # 국민의례 has no time: it starts where 개회 ends, and 기조강연 leaves it nothing.
    result = import_text(HEADER + f"15:00~15:32\t개회\t\n\t국민의례\t\n{below}\t기조강연\t\n")
    (problem,) = result.problems
    assert (problem.code, problem.row, problem.item_title) == ("no_room", 3, "국민의례")
    assert problem.describe("en") == (
        "row 3 '국민의례': it has no time and none is left for it: it would start at 15:32, "
        f"when the row above ends, but the row below starts at {next_start}. Give it a length "
        "such as (5) and start the row below that much later, or begin its title with '- ' to "
        "make it part of the row above."
    )
    assert problem.describe("ko") == (
        "3행 '국민의례': 시간이 없는데 남은 시간도 없습니다. 위 행이 끝나는 15:32에 시작해야 "
        f"하는데 아래 행이 {next_start}에 시작합니다. (5)처럼 소요 시간을 쓰고 아래 행을 그만큼 "
        "늦게 시작하거나, 제목 앞에 '- '를 붙여 위 행에 딸린 줄로 만드세요."
    )


def test_a_row_without_time_as_a_line_of_the_row_above_imports():
    result = import_text(HEADER + "15:00~15:32\t개회\t\n\t- 국민의례\t\n15:32~15:40\t기조강연\t\n")
    assert result.ok
    assert [item.title for item in result.agenda.items] == ["개회 - 국민의례", "기조강연"]


def test_rows_worded_alike_are_the_same_kind():
    result = import_text(
        "시간\t내용\t유형\n"
        "13:00~13:30\t주제발표1(20분) 및 토론(10분)\t\n"
        "13:30~14:00\t주제발표2 (20분) 및 토론 (10분)\t\n"
        "14:00~14:10\t휴  식\t\n"
        "14:10~14:40\t특별 세션\t세션 1\n"
        "14:40~15:10\t특별 세션\t[세션 2]\n"
    )
    assert result.ok
    assert [(i.kind, i.presentation, i.discussion) for i in result.agenda.items] == [
        (ItemKind.SESSION, 1200, 600),
        (ItemKind.SESSION, 1200, 600),
        (ItemKind.BREAK, None, None),
        (ItemKind.SESSION, None, None),
        (ItemKind.SESSION, None, None),
    ]
    assert result.notes == ()  # no "unknown kind" for 세션 1


def test_a_last_row_without_an_end():
    result = import_text(HEADER + "16:00~16:30\t토론\t\n16:30 ~\t폐회\t\n")
    (problem,) = result.problems
    assert (problem.code, problem.row) == ("missing_end", 3)
    assert problem.describe("en") == (
        "row 3 '폐회': no length: the last row ends nowhere. Write its end or its minutes, "
        "like 16:30~17:00 or (30)."
    )
    assert problem.describe("ko") == (
        "3행 '폐회': 소요 시간이 없습니다. 마지막 행은 끝나는 때를 알 수 없으니 16:30~17:00 또는 "
        "(30)처럼 끝나는 시각이나 분을 쓰세요."
    )


def test_a_date_in_the_time_cell_says_to_write_the_time_alone():
    problems, _ = rejected("6.23(금) 14:00~14:10\t개회\t\n14:10~14:40\t기조강연\t\n")
    assert problems[2].describe("en") == (
        "row 2 '개회': the time cell starts with a date. emcee plans one day at a time: "
        "write the time alone, like 14:00~14:10."
    )
    assert problems[2].describe("ko") == (
        "2행 '개회': 시간 칸이 날짜로 시작합니다. emcee는 하루 단위로 계획하므로 "
        "14:00~14:10처럼 시간만 쓰세요."
    )


def test_times_written_with_a_dot():
    result = import_text(HEADER + "14.00~14.10\t개회\t\n14.10~14.40\t기조강연\t\n")
    assert result.ok
    assert [(i.start, i.duration) for i in result.agenda.items] == [
        (14 * 3600, 600),
        (50400 + 600, 1800),
    ]


def test_a_footnote_pasted_into_the_time_column_is_a_note_of_the_row_above():
    # Text copied from a document: the footnote under the table has no tab, so it lands in
    # the first column, which is the time.
    result = import_text(
        HEADER + "15:50~16:00\t결과 공유 및 폐회\t\n※ 세부 일정은 사정에 따라 변경될 수 있음\n"
    )
    assert result.ok
    assert result.rejected == ()
    assert result.agenda.items[-1].notes == "※ 세부 일정은 사정에 따라 변경될 수 있음"
    assert result.outcomes[3] is Outcome.CONTINUATION


def test_a_footnote_with_no_row_above():
    problems, _ = rejected("\t※ 장소: 2층 대회의실\t\n13:00~13:30\t등록\t\n")
    assert problems[2].code == "footnote_alone"
    assert problems[2].message("ko") == (
        "위에 딸린 항목이 없는 참고(※) 줄이라 가져오지 않았습니다. 관련된 행의 비고 칸에 "
        "옮겨 쓰세요."
    )


@pytest.mark.parametrize(
    ("rows", "code", "english", "korean"),
    [
        (
            "13:30~13:00\t토론\t\n",
            "ends_before_start",
            "Correct the start or the end (a row that runs past midnight",
            "시작이나 끝",
        ),
        ("(0)\t토론\t\n", "zero_length", "Give it a length such as (5)", "(5)처럼"),
        ("13:00~13:30\t\t비고\n", "no_title", "Write what happens in the title", "제목 열에"),
        (
            "미정\t○ 토론\t\n\t- 발표(20분)\t\n",
            "orphan_continuation",
            "correct row 2",
            "2행을 고치면",
        ),
    ],
)
def test_rows_not_used_say_what_to_do(rows, code, english, korean):
    problems, _ = rejected(rows)
    problem = problems[max(problems)]
    assert problem.code == code
    assert english in problem.message("en")
    assert korean in problem.message("ko")


def test_an_end_without_a_start_says_what_to_write():
    result = import_text("시간\t종료\t내용\n\t13:30\t등록\n")
    (problem,) = result.rejected
    assert problem.message("en") == (
        "it has an end time (13:30) but no start time. Write the start too, like 13:00~13:30."
    )


def test_notes_on_rows_that_were_used_say_how_to_change_the_outcome():
    result = import_text(
        "시간\t내용\t유형\n14:10~14:40 (30)\t발표(20분) 및 토론(15분)\t\n14:40~14:50\t인사\t미정\n"
    )
    phases, kind = result.notes
    assert phases.message("en").endswith(
        "To split it, make the minutes in the title add up to the row's time."
    )
    assert "등록, 개회, 보고, 발표, 세션, 휴식, 폐회" in kind.message("ko")
    # Each word the note offers is read as the kind it names.
    for word in ("등록", "개회", "보고", "발표", "세션", "휴식", "폐회"):
        assert kind_from_words(word) is not None, word
