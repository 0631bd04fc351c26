"""Guessing which column holds what, from Korean or English headers and from the cells."""

from __future__ import annotations

import pytest

from emcee.core.runsheet import Role, guess_columns, import_text, parse_table, read_pasted
from emcee.core.runsheet.columns import header_roles


def table(*lines: str):
    return read_pasted("\n".join(lines) + "\n")


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("시간 (소요)", Role.TIME),
        ("시간", Role.TIME),
        ("시작 시각", Role.TIME),
        ("종료", Role.END),
        ("소요", Role.DURATION),
        ("소요 시간", Role.DURATION),
        ("시간(분)", Role.DURATION),
        ("주요 내용", Role.TITLE),
        ("내용", Role.TITLE),
        ("세부 프로그램", Role.TITLE),
        ("비고", Role.NOTES),
        ("발표자", Role.PRESENTER),
        ("구분", Role.PART),
        ("Time", Role.TIME),
        ("Start time", Role.TIME),
        ("End", Role.END),
        ("Duration", Role.DURATION),
        ("Title", Role.TITLE),
        ("Session title", Role.TITLE),
        ("Speaker", Role.PRESENTER),
        ("Notes", Role.NOTES),
        ("Type", Role.KIND),
    ],
)
def test_header_words(header, role):
    assert header_roles(header)[0][0] is role


def test_unknown_headers_name_no_role():
    assert header_roles("장소") == ()
    assert header_roles("") == ()


def test_korean_headers():
    mapping = guess_columns(
        table(
            "시간 (소요)\t주요 내용\t비고",
            "13:00~13:30 (30)\t○ 등록\t",
            "13:30~13:35 (5)\t○ 개회사\t복지행정지원관",
        )
    )
    assert mapping.roles == {Role.TIME: 0, Role.TITLE: 1, Role.NOTES: 2}
    assert mapping.header == 1
    assert mapping.confidence == {Role.TIME: 1.0, Role.TITLE: 1.0, Role.NOTES: 1.0}


def test_english_headers_in_any_order():
    mapping = guess_columns(
        table(
            "Speaker\tTitle\tStart\tEnd\tDuration\tNotes",
            "Chair\tWelcome\t09:30\t09:35\t5\t",
            "Kim\tKeynote\t09:35\t10:15\t40\tslides",
        )
    )
    assert mapping.roles == {
        Role.PRESENTER: 0,
        Role.TITLE: 1,
        Role.TIME: 2,
        Role.END: 3,
        Role.DURATION: 4,
        Role.NOTES: 5,
    }


def test_a_header_is_corrected_by_its_cells():
    # "Time (min)" holds minutes, not times of day.
    mapping = guess_columns(
        table("Time (min)\tTitle\tStart", "5\tWelcome\t09:30", "40\tKeynote\t09:35")
    )
    assert mapping.column(Role.DURATION) == 0
    assert mapping.column(Role.TIME) == 2


def test_without_a_header_roles_come_from_the_cells():
    mapping = guess_columns(
        table(
            "13:00~13:30 (30)\t○ 등록\t",
            "13:30~13:35 (5)\t○ 개회사\t복지행정지원관",
            "13:35~13:40 (5)\t○ 경과 보고\t지역복지과장",
        )
    )
    assert mapping.header is None
    assert mapping.roles == {Role.TIME: 0, Role.TITLE: 1, Role.NOTES: 2}
    assert mapping.confidence[Role.TIME] < 1.0


def test_a_numbering_column_is_not_taken_for_minutes():
    mapping = guess_columns(
        table("1\t13:00\t등록", "2\t13:30\t개회사", "3\t13:35\t경과 보고", "4\t13:40\t폐회")
    )
    assert mapping.column(Role.DURATION) is None
    assert mapping.column(Role.TIME) == 1
    assert mapping.column(Role.TITLE) == 2


def test_a_header_below_a_title_line_is_found():
    mapping = guess_columns(
        table(
            "2026 봄 포럼 진행순서",
            "",
            "구분\t시간\t내용\t발표자",
            "1부\t09:30~09:35\t개회\t사회자",
        )
    )
    assert mapping.header == 3
    assert mapping.roles == {Role.PART: 0, Role.TIME: 1, Role.TITLE: 2, Role.PRESENTER: 3}


def test_the_user_can_change_a_role():
    sheet = table("시간\t내용\t담당\t비고", "13:00~13:30\t등록\t사무국\t1층")
    mapping = guess_columns(sheet)
    assert mapping.column(Role.PRESENTER) == 2
    # Make column 3 the notes... it already is; make column 2 the notes instead.
    changed = mapping.with_role(2, Role.NOTES)
    assert changed.column(Role.NOTES) == 2
    assert changed.column(Role.PRESENTER) is None
    assert changed.role_of(3) is None
    assert changed.confidence[Role.NOTES] == 1.0
    result = parse_table(sheet, changed)
    assert result.agenda.items[0].notes == "사무국"
    # And a column can be left out.
    assert mapping.with_role(3, None).role_of(3) is None


def test_a_result_reports_the_mapping_it_used():
    result = import_text("시간\t내용\n13:00~13:30\t등록\n")
    assert result.mapping.roles == {Role.TIME: 0, Role.TITLE: 1}
