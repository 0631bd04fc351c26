"""Reading single run sheet cells: times, lengths, bullets, parts, phases and kinds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emcee.core.agenda.model import ItemKind
from emcee.core.runsheet.cells import (
    CellTime,
    find_phases,
    is_footnote,
    is_sub_bullet,
    kind_from_words,
    parse_length,
    parse_time,
    parse_time_cell,
    split_part,
    strip_bullet,
)
from emcee.core.runsheet.columns import header_roles

H = 3600
M = 60


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("13:00", 13 * H),
        ("9:05", 9 * H + 5 * M),
        ("13:00:30", 13 * H + 30),
        ("13시", 13 * H),
        ("13시 30분", 13 * H + 30 * M),
        ("오후 1:30", 13 * H + 30 * M),
        ("오전 12:10", 10 * M),
        ("1:30 PM", 13 * H + 30 * M),
        ("1 pm", 13 * H),
        ("１３：００", 13 * H),  # full-width, as some Korean documents type it
        ("25:00", 25 * H),  # kept, so that the caller can say "past midnight"
        # Excel's own numbers, as a cell formatted "General" or a CSV export shows them:
        ("0.5625", 13 * H + 30 * M),  # a time: the fraction of a day
        ("0.5451388888888889", 13 * H + 5 * M),  # not exact in binary: to the second
        ("45100.59375", 14 * H + 15 * M),  # a date and time: days since 1899-12-30
        ("14.00", 14 * H),  # with a dot, as some documents write it
        ("9.30", 9 * H + 30 * M),
    ],
)
def test_times_of_day(text, seconds):
    assert parse_time(text) == seconds


@pytest.mark.parametrize(
    "text", ["", "13", "13:60", "오후 13:00", "noon", "13:0", "30분", "13.60", "1.5", "2023.5"]
)
def test_not_times_of_day(text):
    assert parse_time(text) is None


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("30", 30 * M),
        ("30분", 30 * M),
        ("30 분", 30 * M),
        ("30m", 30 * M),
        ("30 min", 30 * M),
        ("30 minutes", 30 * M),
        ("30'", 30 * M),
        ("1시간", H),
        ("1시간 30분", 90 * M),
        ("1h30m", 90 * M),
        ("4m30s", 4 * M + 30),
        ("0", 0),
    ],
)
def test_lengths(text, seconds):
    assert parse_length(text) == seconds


def test_a_clock_is_a_length_only_in_a_length_column():
    assert parse_length("1:30") is None
    assert parse_length("1:30", clock=True) == 90 * M
    assert parse_length("0:45", clock=True) == 45 * M


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13:00~13:30 (30)", CellTime(13 * H, 13 * H + 30 * M, 30 * M)),
        ("13:35~13:40 (5)", CellTime(13 * H + 35 * M, 13 * H + 40 * M, 5 * M)),
        ("13:00-13:30", CellTime(13 * H, 13 * H + 30 * M)),
        ("13:00 – 13:30", CellTime(13 * H, 13 * H + 30 * M)),
        ("13:00～13:30", CellTime(13 * H, 13 * H + 30 * M)),
        ("13시~13시 30분", CellTime(13 * H, 13 * H + 30 * M)),
        ("13:00~", CellTime(13 * H)),
        ("13:00", CellTime(13 * H)),
        ("13:00 (30분)", CellTime(13 * H, None, 30 * M)),
        ("(30)", CellTime(length=30 * M)),
        ("30분", CellTime(length=30 * M)),
        ("30", CellTime(length=30 * M)),
        ("23:00~24:00", CellTime(23 * H, 24 * H)),
        # Past midnight: the next day's hours, as written (the row reads 23:50~00:40 itself).
        ("24:00", CellTime(24 * H)),
        ("23:30~25:00 (90)", CellTime(23 * H + 30 * M, 25 * H, 90 * M)),
        ("23:50~00:40", CellTime(23 * H + 50 * M, 40 * M)),
        ("14.00~14.10 (10)", CellTime(14 * H, 14 * H + 10 * M, 10 * M)),
        ("12.25 (30)", CellTime(12 * H + 25 * M, None, 30 * M)),  # a time, not 25 December
        ("", CellTime()),
    ],
)
def test_time_cells(text, expected):
    assert parse_time_cell(text) == expected


@pytest.mark.parametrize(
    ("text", "error", "value"),
    [
        ("미정", "bad_time_cell", "미정"),
        ("13:00~later", "bad_time_cell", "13:00~later"),
        ("13:00 (soon)", "bad_time_cell", "13:00 (soon)"),
        ("(5) (10)", "bad_time_cell", "(5) (10)"),
        ("48:00", "time_beyond_next_day", "48:00"),
        ("23:30~48:30", "time_beyond_next_day", "48:30"),
        # A 일시 (date and time) column: the time alone is what to write.
        ("6.23(금) 14:00~14:10", "date_in_time_cell", "14:00~14:10"),
        ("2024. 6. 23. 14:00", "date_in_time_cell", "14:00"),
        ("6월 23일 (금) 14:00~15:00", "date_in_time_cell", "14:00~15:00"),
    ],
)
def test_time_cells_that_cannot_be_read(text, error, value):
    cell = parse_time_cell(text)
    assert (cell.error, cell.value) == (error, value)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("○ 개회사", "개회사"),
        ("● 개회사", "개회사"),
        ("• Welcome", "Welcome"),
        ("- 토론", "토론"),
        ("* 휴식", "휴식"),
        ("1. 개회", "개회"),
        ("2) 국민의례", "국민의례"),
        ("① 등록", "등록"),
        ("가. 개회", "개회"),
        ("1인 가구 지원", "1인 가구 지원"),
        ("개회사", "개회사"),
        ("○ 지자체 발표\n종합 토론", "지자체 발표 종합 토론"),
    ],
)
def test_bullets_are_stripped_once(text, title):
    assert strip_bullet(text) == title


def test_sub_bullets_and_footnotes_continue_the_item_above():
    assert is_sub_bullet("- 특화사례 발표(20분) 및 토론(15분)")
    assert is_sub_bullet("· 사회: 홍길동")
    assert not is_sub_bullet("○ 개회사")
    assert is_footnote("※ 장소: 2층 회의실")
    assert not is_footnote("- 토론")


@pytest.mark.parametrize(
    ("title", "part", "rest"),
    [
        ("(2부) 토론", "2부", "토론"),
        ("(1부) 지자체 특구 사업 개괄", "1부", "지자체 특구 사업 개괄"),
        ("[제2부] 발표", "제2부", "발표"),
        ("2부: 발표", "2부", "발표"),
        ("(Part 1) Cities and data", "Part 1", "Cities and data"),
        ("Part 2: Cities and data", "Part 2", "Cities and data"),
        ("Session 3. Panel", "Session 3", "Panel"),
        ("Part of the plan", "", "Part of the plan"),
        ("(2부)", "", "(2부)"),
        ("(사례) 발표", "", "(사례) 발표"),
        ("2부 발표", "", "2부 발표"),
    ],
)
def test_parts(title, part, rest):
    assert split_part(title) == (part, rest)


@pytest.mark.parametrize(
    ("title", "phases"),
    [
        ("특화사례 발표(20분) 및 토론(15분)", (20 * M, 15 * M)),
        ("지자체별 특화사례 발표(40분) 및 토론(20분)", (40 * M, 20 * M)),
        ("발표 30분, 질의응답 10분", (30 * M, 10 * M)),
        ("presentations (40 min) and discussion (20 min)", (40 * M, 20 * M)),
        ("talks 20m + Q&A 10m", (20 * M, 10 * M)),
        ("발표(20분)", None),
        ("종합 토론", None),
        ("발표자 3명 및 토론", None),
    ],
)
def test_phases(title, phases):
    assert find_phases(title) == phases


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("등록", ItemKind.REGISTRATION),
        ("참가자 등록 및 접수", ItemKind.REGISTRATION),
        ("개회사", ItemKind.OPENING),
        ("개회 및 환영사", ItemKind.OPENING),
        ("폐회사", ItemKind.CLOSING),
        ("휴식", ItemKind.BREAK),
        ("중식", ItemKind.BREAK),
        ("Coffee break", ItemKind.BREAK),
        ("사회보장 특별지원구역 사업 추진 내용 및 경과", ItemKind.REPORT),
        ("지자체 특구 사업 개괄", ItemKind.REPORT),
        ("기조강연", ItemKind.TALK),
        ("Keynote", ItemKind.TALK),
        ("break", ItemKind.BREAK),
        ("session", ItemKind.SESSION),
        ("세션", ItemKind.SESSION),
        ("Closed-door meeting", None),  # "close" only as a whole word
        ("공개 회의", None),  # two words, not a spaced-out 개회
        ("기념촬영", None),
    ],
)
def test_kinds_from_words(text, kind):
    assert kind_from_words(text) == kind


# Rows of real programmes, and how the same row is written elsewhere: numbered, spaced out
# to line up (Korean documents do: "휴  식", "개 회 사"), in brackets, in the plural.
WORDINGS = [
    "주제발표",
    "기조강연",
    "개회사",
    "폐회사",
    "휴식",
    "등록",
    "세션",
    "경과보고",
    "축사",
    "Session",
    "Talk",
    "Coffee break",
    "Keynote",
    "Report",
    "사례 발표(20분) 및 토론(10분)",
    "Presentation (20 min) and discussion (10 min)",
]


def _numbered(text: str, number: str) -> str:
    # 주제발표1, 사례 발표2(20분) ...: the number goes after the words, before any minutes.
    words, bracket, rest = text.partition("(")
    return words.rstrip() + number + bracket + rest


def _spaced_out(text: str) -> str:
    # "휴  식", "개 회 사": Korean documents space short words out to line them up.
    words, bracket, rest = text.partition("(")
    if words.isascii():
        return text
    return "  ".join(words.replace(" ", "")) + bracket + rest


VARIANTS = {
    "number 1": lambda t: _numbered(t, "1"),
    "number 2": lambda t: _numbered(t, "2"),
    "spaced number": lambda t: _numbered(t, " 3"),
    "circled number": lambda t: _numbered(t, "②"),
    "roman number": lambda t: _numbered(t, " Ⅱ"),
    "spaced out": _spaced_out,
    "in brackets": lambda t: f"[{t}]",
    "in angle brackets": lambda t: f"<{t}>",
    "plural": lambda t: t + "s" if t.isascii() and "(" not in t else t,
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("wording", WORDINGS)
def test_the_same_wording_is_the_same_kind(wording, variant):
    written = VARIANTS[variant](wording)
    assert kind_from_words(written) == kind_from_words(wording) is not None, written
    assert find_phases(written) == find_phases(wording), written


@settings(max_examples=500)
@given(st.text(max_size=16))
def test_any_text_in_a_cell_is_read_or_refused_without_an_exception(text):
    cell = parse_time_cell(text)
    assert cell.error in ("", "bad_time_cell", "time_beyond_next_day", "date_in_time_cell")
    parse_time(text)
    parse_length(text)
    parse_length(text, clock=True)
    _, rest = split_part(strip_bullet(text))
    find_phases(rest)
    kind_from_words(text)
    header_roles(text)


def test_digits_int_cannot_read_are_not_numbers():
    assert parse_length("𐩀") is None  # a Kharosthi digit: str.isdigit() is True for it
    assert parse_length("²") == 2 * 60  # superscripts become plain digits (NFKC)
    assert parse_length("1" * 5000) is None  # int() refuses numbers this long
    assert parse_time_cell("(" + "1" * 5000 + ")").error == "bad_time_cell"
    assert find_phases("발표(" + "1" * 5000 + "분) 및 토론(5분)") is None
