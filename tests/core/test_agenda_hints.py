"""Agenda files as a newcomer writes them: each message shows the line as it should be."""

from __future__ import annotations

import textwrap

import pytest

from emcee.core.agenda.file import loads
from emcee.core.agenda.problems import AgendaError

HEAD = '[programme]\ntitle = "포럼"\nstart = "13:00"\n\n[[items]]\ntitle = "개회사"\n'


def only_problem(text: str):
    with pytest.raises(AgendaError) as caught:
        loads(textwrap.dedent(text))
    (problem,) = caught.value.problems
    return problem


def test_an_unquoted_time_says_to_write_it_in_quotes():
    problem = only_problem('[programme]\ntitle = "포럼"\nstart = 13:00\n')
    assert (problem.code, problem.line, problem.key) == ("unquoted", 3, "start")
    assert problem.describe("en") == (
        'line 3: a time of day must be in quotes: write start = "13:00".'
    )
    assert problem.describe("ko") == (
        '3번째 줄: 시각은 따옴표 안에 써야 합니다: start = "13:00"처럼 쓰세요.'
    )


def test_an_unquoted_time_with_seconds_is_read_by_toml_and_still_told():
    # start = 13:00:00 is a TOML time value, not an error to the parser.
    problem = only_problem(
        '[programme]\ntitle = "포럼"\nstart = 13:00:00\n[[items]]\ntitle = "a"\n'
    )
    assert (problem.code, problem.line) == ("unquoted", 3)
    assert 'write start = "13:00"' in problem.message("en")


@pytest.mark.parametrize(
    ("line", "fixed", "what"),
    [
        ("duration = 5m", 'duration = "5m"', "a length of time"),
        ("duration = 4m30s", 'duration = "4m30s"', "a length of time"),
        ("duration = 30분", 'duration = "30m"', "a length of time"),
        ("duration = 1시간 30분", 'duration = "90m"', "a length of time"),
        ("presenter = 복지행정지원관", 'presenter = "복지행정지원관"', "text"),
        ("start = 13시 30분", 'start = "13:30"', "a time of day"),
        ("start = 9:05", 'start = "09:05"', "a time of day"),
        ("notes = 지역복지과장 # 확인", 'notes = "지역복지과장"', "text"),
    ],
)
def test_unquoted_values(line, fixed, what):
    problem = only_problem(HEAD + line + "\n")
    assert (problem.code, problem.line) == ("unquoted", 7)
    assert problem.message("en") == f"{what} must be in quotes: write {fixed}."
    assert f"{fixed}처럼 쓰세요" in problem.message("ko")


def test_an_unquoted_value_in_a_speaker_list():
    problem = only_problem(HEAD + 'speakers = [\n  { presenter = 부산북구, title = "담다" },\n]\n')
    assert (problem.code, problem.line) == ("unquoted", 8)
    assert 'write presenter = "부산북구"' in problem.message("en")


def test_curly_quotes_from_a_word_processor():
    problem = only_problem(HEAD + "notes = “지역복지과장”\n")
    assert (problem.code, problem.line) == ("curly_quotes", 7)
    assert problem.message("en").endswith('straight quotes: write notes = "지역복지과장".')
    assert 'notes = "지역복지과장"처럼 쓰세요' in problem.message("ko")


def test_a_quote_inside_a_title():
    problem = only_problem(HEAD + 'notes = "복합공유라운지 "담다""\n')
    assert (problem.code, problem.line) == ("inner_quote", 7)
    assert problem.message("en") == (
        'a " inside text ends the text there; write it as \\": notes = "복합공유라운지 \\"담다\\"".'
    )


def test_two_keys_on_one_line():
    problem = only_problem(HEAD + 'start = "13:00" duration = "5m"\n')
    assert (problem.code, problem.line) == ("one_per_line", 7)
    assert "on its own line" in problem.message("en")
    assert "{" in problem.message("ko")  # the braces of an inline table are shown as written


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        ('제목 = "개회사"', 'title = "개회사"'),
        ('발표자 = "복지행정지원관"', 'presenter = "복지행정지원관"'),
        ('비고 = "단상 준비"', 'notes = "단상 준비"'),
    ],
)
def test_a_key_in_korean(line, fixed):
    problem = only_problem(HEAD + line + "\n")
    assert (problem.code, problem.line) == ("key_not_english_meant", 7)
    assert problem.message("en") == f"keys are written in English: write {fixed}, not " + (
        line.split(" =")[0] + " = …."
    )
    assert problem.message("ko").endswith(f"{fixed}처럼 쓰세요.")


def test_a_korean_key_with_no_english_twin_lists_some_keys():
    problem = only_problem(HEAD + '장식 = "꽃"\n')
    assert (problem.code, problem.line) == ("key_not_english", 7)
    assert "title, presenter, start, duration, notes" in problem.message("en")


@pytest.mark.parametrize("value", ["True", "yes", "예"])
def test_a_flag_written_as_a_word(value):
    problem = only_problem(HEAD + 'duration = "5m"\nprotect_discussion = ' + value + "\n")
    assert (problem.code, problem.line) == ("flag_value", 8)
    assert problem.message("en").endswith("protect_discussion = true.")


@pytest.mark.parametrize("value", ["2023.06.23", "2023-6-23", "2023/06/23"])
def test_a_date_written_another_way(value):
    problem = only_problem(f'[programme]\ntitle = "포럼"\ndate = {value}\n')
    assert (problem.code, problem.line) == ("date_value", 3)
    assert problem.message("en").endswith("write date = 2023-06-23.")


def test_a_quote_that_is_not_closed():
    problem = only_problem(HEAD + 'notes = "지역복지과장\nduration = "5m"\n')
    assert (problem.code, problem.line) == ("unclosed_quote", 7)
    assert problem.message("ko") == '이 줄의 글자에 닫는 따옴표가 없습니다. 끝에 "를 붙이세요.'


def test_other_parse_errors_keep_the_parser_words_and_the_line():
    problem = only_problem(HEAD + 'title "x"\n')
    assert (problem.code, problem.line) == ("not_toml", 7)
    assert "Expected '=' after a key" in problem.message("en")


# --- keys that are another word for a known one -------------------------------------------


def problems_of(text: str) -> list:
    with pytest.raises(AgendaError) as caught:
        loads(textwrap.dedent(text))
    return list(caught.value.problems)


def test_name_in_a_speaker_suggests_presenter_once():
    problems = problems_of(HEAD + 'duration = "5m"\nspeakers = [\n  { name = "김철수" },\n]\n')
    (problem,) = problems  # not also "'presenter' is missing"
    assert (problem.code, problem.key, problem.params["suggestion"]) == (
        "unknown_key",
        "name",
        "presenter",
    )
    assert problem.describe("en") == (
        "line 9, item 1 '개회사', speaker 1: unknown key 'name'. Did you mean 'presenter'? "
        "Write presenter = … in its place."
    )
    assert problem.describe("ko") == (
        "9번째 줄, 1번 항목 '개회사', 1번째 발표자: 알 수 없는 키 'name'입니다. "
        "'presenter'을(를) 쓰려던 것이라면 그 자리에 presenter = …처럼 쓰세요."
    )


@pytest.mark.parametrize(
    ("table", "key", "meant"),
    [
        ("item", "speaker", "presenter"),
        ("item", "length", "duration"),
        ("item", "type", "kind"),
        ("item", "memo", "notes"),
        ("item", "name", "title"),
        ("speaker", "topic", "title"),
        ("speaker", "organization", "presenter"),
        ("speaker", "time", "duration"),
        ("programme", "place", "venue"),
        ("programme", "end", "hard_end"),
        ("programme", "organizer", "organiser"),  # a close spelling, not a synonym
    ],
)
def test_other_words_for_a_key_suggest_it(table, key, meant):
    top = '[programme]\ntitle = "t"\nstart = "09:00"\n'
    item = '[[items]]\ntitle = "a"\nduration = "5m"\n'
    if table == "programme":
        text = f'{top}{key} = "x"\n{item}'
    elif table == "item":
        text = f'{top}{item}{key} = "x"\n'
    else:
        text = f'{top}{item}speakers = [ {{ presenter = "p", {key} = "x" }} ]\n'
    unknown = [p for p in problems_of(text) if p.code == "unknown_key"]
    assert [(p.key, p.params["suggestion"]) for p in unknown] == [(key, meant)]


def test_an_unknown_key_with_nothing_close_lists_the_keys():
    problem = only_problem(
        HEAD + 'duration = "5m"\nspeakers = [ { presenter = "p", zzz = "x" } ]\n'
    )
    assert problem.message("en") == (
        "unknown key 'zzz'. The keys here are: presenter, title, duration, notes, mc."
    )
    assert problem.message("ko") == (
        "알 수 없는 키 'zzz'입니다. 여기에 쓸 수 있는 키: presenter, title, duration, notes, mc."
    )


def test_a_misspelt_programme_section_is_said_once():
    problem = only_problem(
        '[program]\ntitle = "포럼"\nstart = "13:00"\n[[items]]\ntitle = "a"\nduration = "5m"\n'
    )
    assert (problem.code, problem.key, problem.params["suggestion"], problem.line) == (
        "unknown_key",
        "program",
        "programme",
        None,
    )


def test_a_misspelt_items_section_is_said_once():
    problem = only_problem(HEAD.replace("[[items]]", "[[item]]") + 'duration = "5m"\n')
    assert (problem.code, problem.key, problem.params["suggestion"]) == (
        "unknown_key",
        "item",
        "items",
    )
    assert problem.message("en").endswith("Did you mean 'items'? Write [[items]] in its place.")


# --- values written as a run sheet writes them --------------------------------------------


@pytest.mark.parametrize(
    ("line", "code", "fixed"),
    [
        ('duration = "30분"', "bad_duration_meant", 'duration = "30m"'),
        ('duration = "1시간 30분"', "bad_duration_meant", 'duration = "90m"'),
        ('duration = "30 min"', "bad_duration_meant", 'duration = "30m"'),
        ('start = "오후 2시"', "bad_time_meant", 'start = "14:00"'),
        ('start = "2:30 PM"', "bad_time_meant", 'start = "14:30"'),
        ('start = "14.00"', "bad_time_meant", 'start = "14:00"'),
    ],
)
def test_values_written_the_run_sheet_way_get_the_file_way(line, code, fixed):
    problem = only_problem(HEAD + ('duration = "5m"\n' if "start" in line else "") + line + "\n")
    assert (problem.code, problem.params["fixed"]) == (code, fixed)
    assert problem.message("en").endswith(f"write {fixed}.")
    assert problem.message("ko").endswith(f"{fixed}처럼 쓰세요.")


def test_a_duration_that_is_only_a_number_keeps_its_message():
    problem = only_problem(HEAD + 'duration = "30"\n')
    assert problem.code == "bad_duration"


def test_a_kind_in_korean_suggests_the_kind():
    problem = only_problem(HEAD + 'duration = "5m"\nkind = "휴식"\n')
    assert (problem.code, problem.params["suggestion"]) == ("bad_choice", "break")
    assert problem.message("en").endswith("Did you mean 'break'?")


def test_problems_come_in_the_order_of_the_file():
    problems = problems_of(
        '[programme]\ntitle = "t"\ndate = "2024-06-23"\nstart = "14:00"\nend = "17:00"\n'
        '[[items]]\ntitle = "개회사"\nduration = "10분"\n'
    )
    assert [(p.line, p.code) for p in problems] == [
        (3, "date_value"),
        (5, "unknown_key"),
        (8, "bad_duration_meant"),
    ]


def test_a_last_item_without_a_duration_is_not_only_told_to_start_the_next():
    problem = only_problem(HEAD)
    assert problem.code == "missing_duration"
    assert problem.message("en") == (
        'no duration: add one, e.g. duration = "10m" (or, when an item follows, give that one '
        "a start: this one then lasts until it)."
    )
