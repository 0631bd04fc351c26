"""Reading agenda files (TOML, UTF-8). The format is described in docs/agenda-format.md;
writing them is emcee.core.agenda.writer.

Reading collects every problem it finds, each with the line it is on, and raises one
``AgendaError``; a file that reads without error is also checked by ``schedule.plan``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from emcee.core.agenda.hints import parse_error, with_remedy
from emcee.core.agenda.model import Agenda
from emcee.core.agenda.problems import AgendaError, Problem
from emcee.core.agenda.reader import MAX_TOML_DIGITS, Lines, Reader
from emcee.core.agenda.schedule import Schedule, plan

T = TypeVar("T")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")  # Notepad on Windows may add a BOM
    except UnicodeDecodeError as error:
        try:
            korean = data.decode("cp949")
        except UnicodeDecodeError:
            korean = ""
        if any("\uac00" <= char <= "\ud7a3" for char in korean):
            raise AgendaError([Problem("not_utf8_cp949")]) from error
        raise AgendaError([Problem("not_utf8", {"offset": str(error.start + 1)})]) from error


def _line_of_longest(text: str, pattern: str) -> tuple[int, int] | None:
    """The 1-based line of the longest match of ``pattern`` in ``text``, and its length."""
    longest = max(re.finditer(pattern, text), key=lambda m: m.end() - m.start(), default=None)
    if longest is None:
        return None
    return text.count("\n", 0, longest.start()) + 1, longest.end() - longest.start()


def _parse_toml(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except RecursionError:  # the parser recurses once per level of [ or {
        lines = text.splitlines() or [""]
        opened = [line.count("[") + line.count("{") for line in lines]
        line = opened.index(max(opened)) + 1  # the line that opens the most
        raise AgendaError([Problem("nested_too_deep", line=line)]) from None
    except tomllib.TOMLDecodeError as error:
        raise AgendaError([parse_error(text, str(error))]) from error
    except ValueError as error:
        found = _line_of_longest(text, r"\d+")
        if found is None or found[1] <= MAX_TOML_DIGITS:  # no known cause: its own words
            raise AgendaError([Problem("not_toml", {"detail": str(error)})]) from None
        # int() refuses a number of over 4,300 digits (Python's guard against slow parsing).
        line, digits = found
        problem = Problem("number_too_long", {"digits": str(digits)}, line=line)
        raise AgendaError([problem]) from None


def _with_lines(problems: Iterable[Problem], lines: Lines) -> list[Problem]:
    return [replace(problem, line=lines.line_of(problem)) for problem in problems]


def loads(text: str) -> tuple[Agenda, Schedule]:
    """Read agenda text; returns the agenda as written and its plan, or raises AgendaError."""
    document = _parse_toml(text)
    reader = Reader()
    agenda = reader.agenda(document)
    lines = Lines.scan(text)
    if reader.problems:
        problems = _with_lines(map(with_remedy, reader.problems), lines)
        # In the order of the file, as a person reads and fixes them; file-wide ones last.
        problems.sort(key=lambda problem: (problem.line is None, problem.line or 0))
        raise AgendaError(problems)
    try:
        schedule = plan(agenda)
    except AgendaError as error:
        raise AgendaError(_with_lines(error.problems, lines)) from None
    notes = tuple(_with_lines(schedule.notes, lines))
    return agenda, replace(schedule, notes=notes)


def load(path: str | Path) -> tuple[Agenda, Schedule]:
    """Read an agenda file; every failure is an AgendaError that names the file."""
    return read_file_as(path, loads_bytes)


def read_file_as(path: str | Path, parse: Callable[[bytes], T]) -> T:
    """``parse`` the bytes of the file at ``path``; every failure is an AgendaError naming it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise AgendaError([Problem("file_missing")], str(path)) from None
    except OSError as error:
        detail = error.strerror or str(error)
        raise AgendaError([Problem("file_unreadable", {"detail": detail})], str(path)) from None
    try:
        return parse(data)
    except AgendaError as error:
        raise AgendaError(error.problems, str(path)) from None


def loads_bytes(data: bytes) -> tuple[Agenda, Schedule]:
    """Like ``loads``, for the raw bytes of a file (UTF-8, with or without a BOM)."""
    return loads(_decode(data))
