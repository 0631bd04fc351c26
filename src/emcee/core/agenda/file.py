"""Reading and writing agenda files (TOML, UTF-8). The format is described in docs/agenda-format.md.

Reading collects every problem it finds, each with the line it is on, and raises one
``AgendaError``; a file that reads without error is also checked by ``schedule.plan``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import tomlkit
from tomlkit.items import InlineTable, Table

from emcee.core.agenda.hints import (
    SECTION_ITEM,
    SECTION_PROGRAMME,
    SECTION_SPEAKER,
    SECTION_TOP,
    date_fix,
    parse_error,
    suggest_key,
    with_remedy,
)
from emcee.core.agenda.model import Agenda, Item, ItemKind, Programme, Shares, Speaker, TimerStyle
from emcee.core.agenda.problems import AgendaError, Problem
from emcee.core.agenda.schedule import Schedule, plan
from emcee.core.timefmt import (
    MAX_DURATION,
    format_duration,
    format_time_of_day,
    parse_duration,
    parse_time_of_day,
)

FORMAT_VERSION = 1
MAX_ITEMS = 500
MAX_SPEAKERS = 200
MAX_TOML_DIGITS = 4300  # Python's int() reads no longer number (sys.get_int_max_str_digits)

TOP_KEYS = ("format", "programme", "items")
PROGRAMME_KEYS = (
    "title",
    "subtitle",
    "date",
    "venue",
    "organiser",
    "start",
    "hard_end",
    "warning",
    "final_warning",
)
ITEM_KEYS = (
    "part",
    "kind",
    "title",
    "presenter",
    "start",
    "duration",
    "presentation",
    "discussion",
    "shares",
    "protect_discussion",
    "timer",
    "warning",
    "final_warning",
    "minimum",
    "notes",
    "speakers",
)
SPEAKER_KEYS = ("presenter", "title", "duration", "notes")

SECTION_HEADERS = {"programme": "[programme]", "items": "[[items]]"}  # how a section is written

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


@dataclass
class _Lines:
    """Where things are in the file, so that problems can name their line."""

    items: list[int] = field(default_factory=list)  # header line of each [[items]]
    keys: dict[tuple[int | None, int | None, str], int] = field(default_factory=dict)

    @classmethod
    def scan(cls, text: str) -> _Lines:
        found = cls()
        item: int | None = None  # 1-based item number, None in [programme] / top level
        speaker: int | None = None
        in_speakers = False
        # A key starts where no key character comes before it: tried once per run of
        # letters or digits, not at each of its characters (a pasted blob of 20,000
        # characters took seconds to scan, 200,000 minutes).
        key_pattern = re.compile(r"(?<![A-Za-z0-9_\-])([A-Za-z_][A-Za-z0-9_\-]*)\s*=")
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            if line.startswith("[[") and line.replace(" ", "").startswith("[[items.speakers]]"):
                speaker = (speaker or 0) + 1
                in_speakers = False
                found.keys[(item, speaker, "")] = number
                continue
            if line.startswith("[[") and line.replace(" ", "").startswith("[[items]]"):
                found.items.append(number)
                item, speaker, in_speakers = len(found.items), None, False
                continue
            if line.startswith("["):
                item, speaker, in_speakers = None, None, False
                continue
            if in_speakers and line.startswith("{"):
                speaker = (speaker or 0) + 1
                found.keys[(item, speaker, "")] = number
            for key in key_pattern.findall(line.split("#", 1)[0]):
                found.keys.setdefault(
                    (item, speaker if in_speakers or speaker else None, key), number
                )
            if re.match(r"speakers\s*=\s*\[", line):
                in_speakers, speaker = True, 0
                found.keys.setdefault((item, None, "speakers"), number)
            elif in_speakers and line.startswith("]"):
                in_speakers = False
        return found

    def line_of(self, problem: Problem) -> int | None:
        if problem.line is not None:
            return problem.line
        if problem.key is not None:
            line = self.keys.get((problem.item, problem.speaker, problem.key))
            if line is None and problem.speaker is not None:
                line = self.keys.get((problem.item, problem.speaker, ""))
            if line is not None:
                return line
        if problem.item is not None and 0 < problem.item <= len(self.items):
            return self.items[problem.item - 1]
        return None


def _shortened(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


class _Reader:
    """Turns the parsed TOML tables into agenda values, noting every problem."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def note(
        self,
        code: str,
        *,
        item: int | None = None,
        title: str = "",
        speaker: int | None = None,
        key: str | None = None,
        **params: str,
    ) -> None:
        # A value quoted in a message is cut short: it may be a pasted blob of 200,000
        # characters, and the message is shown in a dialog.
        shown = {name: _shortened(value) for name, value in params.items()}
        self.problems.append(Problem(code, shown, item, title, speaker, key))

    def check_keys(
        self, table: dict[str, Any], allowed: Iterable[str], section: str, **where: Any
    ) -> dict[str, str]:
        """Note each unknown key with the key it may mean; returns suggested key -> key written."""
        allowed = tuple(allowed)
        suggested: dict[str, str] = {}
        for key in table:
            if key not in allowed:
                suggestion = suggest_key(key, allowed, section)
                suggested.setdefault(suggestion, key)
                keys = ", ".join(allowed)
                use = f"{suggestion} = …"
                if section == SECTION_TOP:
                    use = SECTION_HEADERS.get(suggestion, use)
                self.note(
                    "unknown_key", key=key, suggestion=suggestion, keys=keys, use=use, **where
                )
        return suggested

    def text(self, table: dict[str, Any], key: str, *, required: bool = False, **where: Any) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.note("missing_key", key=key, **where)
            return ""
        if not isinstance(value, str):
            self.note("wrong_type", key=key, expected="text", **where)
            return ""
        if required and not value.strip():
            self.note("empty_text", key=key, **where)
        return value

    def duration(self, table: dict[str, Any], key: str, **where: Any) -> int | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            # A bare number, as run sheets write minutes: say how to write it.
            self.note("number_duration", key=key, value=str(value), **where)
            return None
        seconds = parse_duration(value) if isinstance(value, str) else None
        if seconds is None:
            self.note("bad_duration", key=key, value=str(value), **where)
            return None
        if seconds <= 0:
            self.note("not_positive", key=key, **where)
            return None
        if seconds > MAX_DURATION:
            self.note("duration_out_of_range", key=key, value=str(value), **where)
            return None
        return seconds

    def time(self, table: dict[str, Any], key: str, **where: Any) -> int | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, dt.time):  # start = 13:00:00 is a TOML time: say to quote it
            fixed = f'{key} = "{format_time_of_day(value.hour * 3600 + value.minute * 60)}"'
            self.note("unquoted", key=key, what="quoted_time", fixed=fixed, **where)
            return None
        seconds = parse_time_of_day(value) if isinstance(value, str) else None
        if seconds is None:
            self.note("bad_time", key=key, value=str(value), **where)
        return seconds

    def flag(self, table: dict[str, Any], key: str, **where: Any) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.note("wrong_type", key=key, expected="bool", **where)
            return False
        return value

    def choice(
        self, table: dict[str, Any], key: str, kind: type[E], default: E | None, **where: Any
    ) -> E | None:
        value = table.get(key)
        if value is None:
            return default
        choices = [member.value for member in kind]
        if isinstance(value, str) and value in choices:
            return kind(value)
        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.5)
        self.note(
            "bad_choice",
            key=key,
            value=str(value),
            choices=", ".join(choices),
            suggestion=close[0] if close else "",
            **where,
        )
        return default

    def programme(self, table: Any) -> Programme:
        if not isinstance(table, dict):
            self.note("wrong_type", key="programme", expected="table")
            table = {}
        suggested = self.check_keys(table, PROGRAMME_KEYS, SECTION_PROGRAMME)
        date = table.get("date")
        if date is not None and (not isinstance(date, dt.date) or isinstance(date, dt.datetime)):
            fixed = date_fix(date) if isinstance(date, str) else None
            if fixed is not None:  # date = "2024-06-23": the date without its quotes
                self.note("date_value", key="date", fixed=fixed)
            else:
                self.note("wrong_type", key="date", expected="date")
            date = None
        return Programme(
            title=self.text(table, "title", required="title" not in suggested),
            subtitle=self.text(table, "subtitle"),
            date=date,
            venue=self.text(table, "venue"),
            organiser=self.text(table, "organiser"),
            start=self.time(table, "start"),
            hard_end=self.time(table, "hard_end"),
            warning=self.duration(table, "warning"),
            final_warning=self.duration(table, "final_warning"),
        )

    def item(self, number: int, table: Any) -> Item | None:
        if not isinstance(table, dict):
            self.note("wrong_type", item=number, key="items", expected="table")
            return None
        raw_title = table.get("title")
        where: dict[str, Any] = {
            "item": number,
            "title": raw_title if isinstance(raw_title, str) else "",
        }
        suggested = self.check_keys(table, ITEM_KEYS, SECTION_ITEM, **where)
        return Item(
            title=self.text(table, "title", required="title" not in suggested, **where),
            kind=self.choice(table, "kind", ItemKind, ItemKind.OTHER, **where) or ItemKind.OTHER,
            part=self.text(table, "part", **where),
            presenter=self.text(table, "presenter", **where),
            notes=self.text(table, "notes", **where),
            start=self.time(table, "start", **where),
            duration=self.duration(table, "duration", **where),
            presentation=self.duration(table, "presentation", **where),
            discussion=self.duration(table, "discussion", **where),
            speakers=self.speakers(table.get("speakers"), where),
            shares=self.choice(table, "shares", Shares, Shares.EVEN, **where) or Shares.EVEN,
            protect_discussion=self.flag(table, "protect_discussion", **where),
            warning=self.duration(table, "warning", **where),
            final_warning=self.duration(table, "final_warning", **where),
            timer=self.choice(table, "timer", TimerStyle, None, **where),
            minimum=self.duration(table, "minimum", **where),
        )

    def speakers(self, value: Any, where: dict[str, Any]) -> tuple[Speaker, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.note("wrong_type", key="speakers", expected="list", **where)
            return ()
        if len(value) > MAX_SPEAKERS:
            self.note(
                "too_many", count=str(len(value)), what="speakers", limit=str(MAX_SPEAKERS), **where
            )
            return ()
        speakers = []
        for index, entry in enumerate(value, start=1):
            at = {**where, "speaker": index}
            if not isinstance(entry, dict):
                self.note("wrong_type", key="speakers", expected="table", **at)
                continue
            suggested = self.check_keys(entry, SPEAKER_KEYS, SECTION_SPEAKER, **at)
            # A missing presenter written under another name is said once, as that name.
            required = "presenter" not in suggested
            speakers.append(
                Speaker(
                    presenter=self.text(entry, "presenter", required=required, **at),
                    title=self.text(entry, "title", **at),
                    duration=self.duration(entry, "duration", **at),
                    notes=self.text(entry, "notes", **at),
                )
            )
        return tuple(speakers)

    def agenda(self, document: dict[str, Any]) -> Agenda:
        suggested = self.check_keys(document, TOP_KEYS, SECTION_TOP)
        version = document.get("format", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            self.note("bad_choice", key="format", value=str(version), choices="1", suggestion="")
        # [program] is said once, as an unknown key; its table is read as the programme.
        written = suggested.get("programme", "programme")
        if written not in document:
            self.note("missing_programme")
        programme = self.programme(document.get(written, {}))
        raw_items = document.get("items", [])
        if not isinstance(raw_items, list):
            self.note("wrong_type", key="items", expected="list")
            raw_items = []
        if len(raw_items) > MAX_ITEMS:
            self.note("too_many", count=str(len(raw_items)), what="items", limit=str(MAX_ITEMS))
            raw_items = []
        elif not raw_items and "items" not in suggested:  # [[item]]: said as an unknown key
            self.note("empty_agenda")
        items = [self.item(number, table) for number, table in enumerate(raw_items, start=1)]
        return Agenda(programme, tuple(item for item in items if item is not None))


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


def _with_lines(problems: Iterable[Problem], lines: _Lines) -> list[Problem]:
    return [
        Problem(p.code, p.params, p.item, p.item_title, p.speaker, p.key, lines.line_of(p))
        for p in problems
    ]


def loads(text: str) -> tuple[Agenda, Schedule]:
    """Read agenda text; returns the agenda as written and its plan, or raises AgendaError."""
    document = _parse_toml(text)
    reader = _Reader()
    agenda = reader.agenda(document)
    lines = _Lines.scan(text)
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
    _put(table, "notes", item.notes)
    if item.speakers:
        speakers = tomlkit.array()
        for speaker in item.speakers:
            entry = tomlkit.inline_table()
            _put(entry, "presenter", speaker.presenter)
            _put(entry, "title", speaker.title)
            _put(entry, "duration", _length(speaker.duration))
            _put(entry, "notes", speaker.notes)
            speakers.append(entry)
        table["speakers"] = speakers.multiline(True)
    return table


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
