"""Mutated agenda files only ever load or raise AgendaError, whose messages always render."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from emcee import resources
from emcee.core.agenda_file import dumps, loads, loads_bytes
from emcee.core.problems import AgendaError

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
