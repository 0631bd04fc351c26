"""Mutated agenda files only ever load or raise AgendaError, whose messages always render,
and never take long to: hypothesis' mutants, seeded ones (tests/core/mutants.py, as
bench/fuzz.py runs thousands of them), and the inputs that crashed or hung."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emcee import resources
from emcee.core.agenda.file import loads, loads_bytes
from emcee.core.agenda.problems import AgendaError
from emcee.core.agenda.reader import Lines
from emcee.core.agenda.writer import dumps
from emcee.core.runsheet import import_bytes, import_text
from emcee.core.timefmt import MAX_DURATION, parse_duration

from .mutants import RUN_SHEET, agenda_mutant, run_sheet_mutant

REFERENCE = resources.reference_agenda().read_text(encoding="utf-8")
LINES = REFERENCE.splitlines()

VALUES = st.sampled_from(
    [
        '"0m"',
        '"-1m"',
        '"90m"',
        '"25h"',
        '"13:00"',
        '"24:30"',
        '"14:40"',
        '"7:05"',
        "5",
        "-3",
        "3.5",
        "true",
        '""',
        '"  "',
        "[]",
        "{}",
        '[{ presenter = "x" }]',
        '[{ presenter = "x", duration = "50m" }]',
        "2023-06-23",
        '"session"',
        '"break"',
        '"fixed"',
        '"to-end"',
        '"nonsense"',
        '"한글"',
    ]
)


@st.composite
def mutated(draw) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        if not lines:
            break
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw(
            st.sampled_from(["delete", "duplicate", "swap", "value", "insert", "truncate", "char"])
        )
        line = lines[index]
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, line)
        elif action == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "value" and "=" in line:
            key = line.split("=", 1)[0]
            lines[index] = f"{key}= {draw(VALUES)}"
        elif action == "insert":
            key = draw(st.sampled_from(["duration", "start", "title", "kind", "speakers", "x"]))
            lines.insert(index, f"{key} = {draw(VALUES)}")
        elif action == "truncate":
            lines = lines[:index]
        else:
            position = draw(st.integers(min_value=0, max_value=len(line)))
            char = draw(st.characters(codec="utf-8"))
            lines[index] = line[:position] + char + line[position + 1 :]
    return "\n".join(lines) + "\n"


def _check_loads(text: str) -> None:
    try:
        agenda, schedule = loads(text)
    except AgendaError as error:
        assert error.problems
        for problem in error.problems:
            for lang in ("en", "ko"):
                # Rendering raises if a message needs a value the problem lacks.
                assert problem.describe(lang, "agenda.toml")
        return
    # Whatever loads, saves and loads back to the same agenda.
    assert loads(dumps(agenda))[0] == agenda
    assert schedule.items


@settings(max_examples=1000)
@given(mutated())
def test_mutated_reference_loads_or_raises_agenda_error(text):
    _check_loads(text)


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_random_bytes_load_or_raise_agenda_error(data):
    try:
        loads_bytes(data)
    except AgendaError as error:
        assert error.problems


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_random_text_loads_or_raises_agenda_error(text):
    _check_loads(text)


# --- seeded mutants: what the long run (bench/fuzz.py) tries, a few hundred of them -------


def _problems_render(error: AgendaError) -> None:
    assert error.problems
    for problem in error.problems:
        for lang in ("en", "ko"):
            assert problem.describe(lang, "agenda.toml")


@pytest.mark.parametrize("first", range(0, 400, 50))
def test_seeded_agenda_mutants_load_or_say_what_is_wrong_in_time(first):
    for seed in range(first, first + 50):
        mutant = agenda_mutant(seed)
        started = time.perf_counter()
        try:
            loads_bytes(mutant.data)
        except AgendaError as error:
            _problems_render(error)
        # A hang is a failure too (some took minutes): generous for a loaded machine.
        assert time.perf_counter() - started < 2.0, (seed, mutant.changes)


@pytest.mark.parametrize("first", range(0, 120, 40))
def test_seeded_run_sheet_mutants_import_or_say_what_is_wrong_in_time(first):
    for seed in range(first, first + 40):
        mutant = run_sheet_mutant(seed)
        started = time.perf_counter()
        try:
            if mutant.form == "text":
                result = import_text(mutant.data.decode("utf-8"))
            else:
                result = import_bytes(mutant.data)
        except AgendaError as error:
            assert error.describe("ko") and error.describe("en")
        else:
            for problem in (*result.rejected, *result.problems, *result.notes):
                assert problem.describe("ko") and problem.describe("en")
        assert time.perf_counter() - started < 2.0, (seed, mutant.changes)


# --- the inputs that crashed or hung ------------------------------------------------------


def with_line(key_and_value: str) -> str:
    """The reference with one more item, holding ``key_and_value``."""
    return REFERENCE + f'\n[[items]]\ntitle = "기념 촬영"\n{key_and_value}\n'


def line_of(text: str, needle: str) -> int:
    """The line of the last ``needle`` in ``text``."""
    return text[: text.rindex(needle)].count("\n") + 1


@pytest.mark.parametrize(
    "value",
    ['"' + "9" * 5000 + 'm"', '"99999999999h"', '"1h' + "7" * 50_000 + 's"', '"169h"'],
)
def test_a_duration_out_of_any_range_is_a_problem_with_its_line(value):
    text = with_line(f"duration = {value}")
    with pytest.raises(AgendaError) as raised:
        loads(text)
    [problem] = raised.value.problems
    assert problem.code == "duration_out_of_range"
    assert problem.line == line_of(text, f"duration = {value}")
    assert "longer than a week" in problem.describe("en")
    assert "일주일보다 깁니다" in problem.describe("ko")
    assert len(problem.describe("en")) < 300  # the value is quoted cut short


def test_a_week_is_the_longest_duration():
    assert parse_duration("168h") == 7 * 24 * 3600
    assert parse_duration("168h1s") == MAX_DURATION + 1
    assert parse_duration("9" * 5000 + "m") == MAX_DURATION + 1


def test_an_integer_of_thousands_of_digits_is_a_problem_with_its_line():
    text = with_line("warning = " + "4" * 5000)
    with pytest.raises(AgendaError) as raised:
        loads(text)
    [problem] = raised.value.problems
    assert (problem.code, problem.line) == ("number_too_long", line_of(text, "warning = 4"))
    assert "5000" in problem.describe("en") and "5000자리" in problem.describe("ko")


@pytest.mark.parametrize("nested", ["[" * 100_000 + "]" * 100_000, "{ a = " * 5_000 + "1"])
def test_brackets_nested_thousands_deep_are_a_problem_with_their_line(nested):
    text = with_line(f"notes = {nested}")
    with pytest.raises(AgendaError) as raised:
        loads(text)
    [problem] = raised.value.problems
    assert (problem.code, problem.line) == ("nested_too_deep", line_of(text, "notes = "))


@pytest.mark.parametrize(
    "value",
    [" " * 800 + "x", "1h" + " " * 5000 + "x", "1 " * 5000 + "m", "1m" + "\u3000" * 5000 + "3x"],
)
def test_a_duration_of_spaces_is_refused_at_once(value):
    started = time.perf_counter()
    with pytest.raises(AgendaError) as raised:
        loads(with_line(f'duration = "{value}"'))
    assert time.perf_counter() - started < 1.0  # 800 spaces took minutes
    assert raised.value.problems[0].code == "bad_duration"


@pytest.mark.parametrize(
    "blob",
    [
        "a" * 200_000,
        "7" * 200_000,
        "aGVsbG8gd29ybGQ=" * 12_500,
        "https://example.org/" + "a1_-" * 50_000,
        "12345," * 33_000,
    ],
)
def test_a_pasted_blob_of_200000_characters_loads_at_once(blob):
    text = with_line(f'notes = "{blob}"\nduration = "1m"') + f'[[items]]\ntitle = "{blob}"\n'
    text += 'duration = "1m"\n'
    assert len(text.encode()) > 400_000
    started = time.perf_counter()
    agenda, _ = loads(text)
    assert time.perf_counter() - started < 1.0  # quadratic in the blob: minutes
    assert agenda.items[-1].title == blob
    with pytest.raises(AgendaError) as raised:  # and its problems still find their line
        loads('duration = "1x"'.join(text.rsplit('duration = "1m"', 1)))
    assert raised.value.problems[0].line == text.count("\n")


def test_runs_of_letters_cost_the_line_scan_nothing():
    # The key pattern is tried where a word starts, not at each of its letters.
    lines = Lines.scan("notes = " + "x" * 100_000 + "\ntitle = 1\n")
    assert lines.keys[(None, None, None, "notes")] == 1
    assert lines.keys[(None, None, None, "title")] == 2


RUN_SHEET_ROWS = [line.split("\t") for line in RUN_SHEET.splitlines()]


@pytest.mark.parametrize(
    ("column", "cell"),
    [
        (1, "○ 발표" + " " * 40_000 + "x"),  # the phase words, then a run of spaces
        (1, "○ 토론(1" + " " * 40_000 + "x"),
        (0, "(" * 40_000),  # header words are looked for outside brackets
        (2, "1h" + " " * 20_000 + ":"),  # a length, then a run of spaces
        (1, "1h" + " " * 20_000 + "x"),
    ],
)
def test_a_run_sheet_cell_of_40000_characters_is_read_at_once(column, cell):
    rows = [list(row) for row in RUN_SHEET_ROWS]
    rows[6][column] = cell
    started = time.perf_counter()
    result = import_text("\n".join("\t".join(row) for row in rows))
    assert time.perf_counter() - started < 1.0  # seconds to minutes before
    assert result.outcomes


def test_the_editor_refuses_a_length_out_of_range_as_the_file_does():
    from emcee.core.agenda.edit import UnreadableError, read_length

    assert read_length("168h") == MAX_DURATION
    for text in ("169h", "9" * 5000 + "m", "1h" + " " * 5000 + "x"):
        with pytest.raises(UnreadableError):
            read_length(text)
