"""Reading and writing agenda files (TOML, UTF-8). The format is described in docs/agenda-format.md.

Reading collects every problem it finds, each with the line it is on, and raises one
``AgendaError``; a file that reads without error is also checked by ``schedule.plan``.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import tomlkit
from tomlkit.items import Array, InlineTable, Table

from emcee.core.agenda.hints import parse_error, with_remedy
from emcee.core.agenda.model import (
    CHIME_LEVELS,
    CHIME_VOLUME,
    Agenda,
    Item,
    Phase,
    PhaseKind,
    Programme,
    Shares,
    Speaker,
)
from emcee.core.agenda.problems import AgendaError, Problem
from emcee.core.agenda.reader import FORMAT_VERSION, MAX_TOML_DIGITS, Lines, Reader
from emcee.core.agenda.schedule import Schedule, plan
from emcee.core.timefmt import format_duration, format_time_of_day

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


# --- writing -----------------------------------------------------------------------------

HEADER = """\
emcee agenda (TOML, UTF-8). Reference: docs/agenda-format.md
Durations: "30m", "4m30s", "45s". Times of day: "13:00"."""


def _put(table: Table | InlineTable, key: str, value: object) -> None:
    """Write ``key`` unless ``value`` is empty/default-like (None, "", False)."""
    if value is None or value == "" or value is False:
        return
    table[key] = value


def _item_table(item: Item) -> Table:
    table = tomlkit.table()
    _put(table, "part", item.part)
    _put(table, "kind", item.kind.value)
    _put(table, "title", item.title)
    _put(table, "presenter", item.presenter)
    _put(table, "chair", item.chair)
    _put(table, "start", _time(item.start))
    _put(table, "duration", _length(item.duration))
    _put(table, "presentation", _length(item.presentation))
    _put(table, "discussion", _length(item.discussion))
    if item.shares is not Shares.EVEN:
        table["shares"] = item.shares.value
    _put(table, "protect_discussion", item.protect_discussion)
    _put(table, "timer", item.timer.value if item.timer is not None else None)
    _put(table, "warning", _length(item.warning))
    _put(table, "final_warning", _length(item.final_warning))
    _put(table, "minimum", _length(item.minimum))
    _put(table, "question", _length(item.question))
    _put(table, "answer", _length(item.answer))
    _put(table, "notes", item.notes)
    _put(table, "mc", _lines(item.mc))
    if item.speakers:
        table["speakers"] = _speakers_array(item.speakers)
    if item.phases:
        phases = tomlkit.aot()
        for phase in item.phases:
            phases.append(_phase_table(phase))
        table["phases"] = phases
    return table


def _phase_table(phase: Phase) -> Table:
    table = tomlkit.table()
    table["kind"] = phase.kind.value
    _put(table, "title", phase.title)
    _put(table, "duration", _length(phase.duration))
    if phase.speakers:
        people = "discussants" if phase.kind is PhaseKind.DESIGNATED else "speakers"
        table[people] = _speakers_array(phase.speakers)
    if phase.gives_way is not None:
        table["gives_way"] = phase.gives_way
    _put(table, "notes", phase.notes)
    _put(table, "mc", _lines(phase.mc))
    _put(table, "on_screen", phase.on_screen)
    return table


def _chime_table(programme: Programme) -> Table:
    """[programme.chime], with only what differs from the defaults."""
    table = tomlkit.table()
    if programme.chime != CHIME_LEVELS:
        table["levels"] = [level.value for level in programme.chime]
    if programme.chime_volume != CHIME_VOLUME:
        table["volume"] = programme.chime_volume
    return table


def _speakers_array(speakers: tuple[Speaker, ...]) -> Array:
    array = tomlkit.array()
    for speaker in speakers:
        entry = tomlkit.inline_table()
        _put(entry, "presenter", speaker.presenter)
        _put(entry, "title", speaker.title)
        _put(entry, "duration", _length(speaker.duration))
        _put(entry, "notes", speaker.notes)
        _put(entry, "mc", speaker.mc)
        array.append(entry)
    return array.multiline(True)


def _lines(text: str) -> object:
    """Lines of text as a multi-line string when there are several, as people write them."""
    if "\n" not in text:
        return text
    return tomlkit.string(text, multiline=True)


def _time(value: int | None) -> str | None:
    return None if value is None else format_time_of_day(value, wrap=False)


def _length(value: int | None) -> str | None:
    return None if value is None else format_duration(value)


def dumps(agenda: Agenda) -> str:
    """The agenda as TOML text that ``loads`` reads back to an equal agenda."""
    document = tomlkit.document()
    for line in HEADER.splitlines():
        document.add(tomlkit.comment(line))
    document["format"] = FORMAT_VERSION
    programme = agenda.programme
    table = tomlkit.table()
    _put(table, "title", programme.title)
    _put(table, "subtitle", programme.subtitle)
    _put(table, "date", programme.date)
    _put(table, "venue", programme.venue)
    _put(table, "organiser", programme.organiser)
    _put(table, "start", _time(programme.start))
    _put(table, "hard_end", _time(programme.hard_end))
    _put(table, "warning", _length(programme.warning))
    _put(table, "final_warning", _length(programme.final_warning))
    if programme.chime:
        table["chime"] = _chime_table(programme)
    document["programme"] = table
    items = tomlkit.aot()
    for item in agenda.items:
        items.append(_item_table(item))
    document["items"] = items
    return tomlkit.dumps(document)


def save(agenda: Agenda, path: str | Path) -> None:
    """Write the agenda to ``path`` atomically (a crash never leaves half a file)."""
    write_atomically(Path(path), dumps(agenda))


def write_atomically(path: Path, text: str) -> None:
    """``text`` in ``path`` (UTF-8): a temporary file, flushed to the disk, then renamed, so
    that a crash leaves the old file or the new one, never half of one."""
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    temporary.replace(path)
