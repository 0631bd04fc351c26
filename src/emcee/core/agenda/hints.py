"""What a person most likely meant when an agenda file is not valid TOML or uses a wrong key.

The TOML parser says where it stopped ("Invalid value (at line 5, column 9)"), not why. The
usual reasons, for someone who has never written TOML, are a value without quotes
(``start = 13:00``, ``title = 개회사``), curly quotes pasted from a word processor, a ``"``
inside a title, or a key written in Korean. Each is recognised from the line itself and
said with the line written as it should be.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from types import MappingProxyType

from emcee.core.agenda.problems import Problem
from emcee.core.timefmt import DAY, format_duration, format_time_of_day

# Keys a person may write for a known one, by where they are written. A close spelling
# (``duraton``) is found by difflib; these are the other words for the same thing.
SECTION_PROGRAMME = "programme"
SECTION_ITEM = "item"
SECTION_SPEAKER = "speaker"
SECTION_PHASE = "phase"
SECTION_TOP = "top"

_SYNONYMS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        SECTION_TOP: {
            "program": "programme",
            "event": "programme",
            "행사": "programme",
            "agenda": "items",
            "schedule": "items",
            "rows": "items",
            "item": "items",
            "항목": "items",
        },
        SECTION_PROGRAMME: {
            "name": "title",
            "제목": "title",
            "행사명": "title",
            "place": "venue",
            "location": "venue",
            "hall": "venue",
            "장소": "venue",
            "host": "organiser",
            "주최": "organiser",
            "주관": "organiser",
            "day": "date",
            "날짜": "date",
            "일자": "date",
            "begin": "start",
            "time": "start",
            "시작": "start",
            "end": "hard_end",
            "finish": "hard_end",
            "until": "hard_end",
            "종료": "hard_end",
        },
        SECTION_ITEM: {
            "name": "title",
            "제목": "title",
            "내용": "title",
            "topic": "title",
            "subject": "title",
            "speaker": "presenter",
            "who": "presenter",
            "by": "presenter",
            "host": "presenter",
            "moderator": "presenter",
            "발표자": "presenter",
            "연사": "presenter",
            "presenters": "speakers",
            "talks": "speakers",
            "좌장": "chair",
            "chairperson": "chair",
            "사회자": "mc",
            "멘트": "mc",
            "script": "mc",
            "큐시트": "mc",
            "phase": "phases",
            "parts": "phases",
            "segments": "phases",
            "순서": "phases",
            "length": "duration",
            "minutes": "duration",
            "mins": "duration",
            "소요": "duration",
            "소요시간": "duration",
            "time": "start",
            "begin": "start",
            "시작": "start",
            "시간": "start",
            "type": "kind",
            "category": "kind",
            "유형": "kind",
            "section": "part",
            "group": "part",
            "block": "part",
            "부": "part",
            "note": "notes",
            "memo": "notes",
            "remarks": "notes",
            "comment": "notes",
            "comments": "notes",
            "비고": "notes",
            "메모": "notes",
        },
        SECTION_PHASE: {
            "type": "kind",
            "유형": "kind",
            "name": "title",
            "제목": "title",
            "length": "duration",
            "minutes": "duration",
            "소요": "duration",
            "시간": "duration",
            # A phase's people: its speakers, or a designated discussion's discussants.
            "speakers": "discussants",
            "discussants": "speakers",
            "panelists": "discussants",
            "panel": "discussants",
            "토론자": "discussants",
            "발표자": "speakers",
            "presenters": "speakers",
            "flexible": "gives_way",
            "protected": "gives_way",
            "protect": "gives_way",
            "note": "notes",
            "memo": "notes",
            "비고": "notes",
        },
        SECTION_SPEAKER: {
            "name": "presenter",
            "speaker": "presenter",
            "who": "presenter",
            "by": "presenter",
            "person": "presenter",
            "organisation": "presenter",
            "organization": "presenter",
            "org": "presenter",
            "이름": "presenter",
            "발표자": "presenter",
            "연사": "presenter",
            "기관": "presenter",
            "topic": "title",
            "subject": "title",
            "talk": "title",
            "제목": "title",
            "주제": "title",
            "length": "duration",
            "time": "duration",
            "minutes": "duration",
            "mins": "duration",
            "시간": "duration",
            "소요": "duration",
            "note": "notes",
            "memo": "notes",
            "remarks": "notes",
            "comment": "notes",
            "비고": "notes",
            "메모": "notes",
        },
    }
)


def synonym(key: str, section: str) -> str | None:
    """The known key that ``key`` is another word for in ``section``, if any."""
    return _SYNONYMS.get(section, {}).get(key.strip().lower())


def suggest_key(key: str, allowed: Iterable[str], section: str) -> str:
    """The key a person most likely meant by ``key``: another word for one, or a close spelling."""
    allowed = tuple(allowed)
    meant = synonym(key, section)
    if meant is not None and meant in allowed:
        return meant
    close = difflib.get_close_matches(key.lower(), allowed, n=1, cutoff=0.6)
    return close[0] if close else ""


# --- parse errors --------------------------------------------------------------------------

_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)")
# One key = value; the key bare (ASCII, as TOML allows) or in quotes.
# A key is tried once per word, not from each of its letters (a 20,000-letter line would
# take seconds).
_ASSIGNMENT = re.compile(r'(?<![A-Za-z0-9_\-])(?P<key>[A-Za-z0-9_\-]+|"[^"\n]*")\s*=\s*')
_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\- ]+?)\s*\]\]?")
# A key that starts with a letter TOML does not allow bare, e.g. Hangul: 제목 = "개회사".
_NOT_ENGLISH_KEY = re.compile(
    r"^\s*(?P<key>[^\sA-Za-z0-9_\-=\"'\[#][^=\"'\n]*?)\s*=\s*(?P<rest>.*)$"
)
_CURLY = "“”„‟″"
_DATE = re.compile(r"^(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})\D{0,2}$")
_FLAGS = {"true": "true", "yes": "true", "on": "true", "예": "true"} | {
    "false": "false",
    "no": "false",
    "off": "false",
    "아니오": "false",
    "아니요": "false",
}
TIME_KEYS = frozenset({"start", "hard_end"})
FLAG_KEYS = frozenset({"protect_discussion", "gives_way", "on_screen"})


def parse_error(text: str, error: str) -> Problem:
    """The problem for a TOML parse ``error`` (tomllib's message) in the file ``text``."""
    match = _AT.search(error)
    detail = _AT.sub("", error)
    lines = text.splitlines()
    if match is not None and match.group(1):
        number, column = int(match.group(1)), int(match.group(2))
        if 0 < number <= len(lines):
            hint = _line_hint(lines, number, column - 1)
            if hint is not None:
                return hint
        return Problem("not_toml", {"detail": detail}, line=number)
    if detail.startswith("Unterminated string"):
        unclosed = next((n for n, line in enumerate(lines, 1) if _opens_string(line)), None)
        if unclosed is not None:
            return Problem("unclosed_quote", line=unclosed)
    return Problem("not_toml", {"detail": detail})


def _section(lines: list[str], number: int) -> str:
    """Which table line ``number`` is in: the last section header above it."""
    for line in reversed(lines[: number - 1]):
        header = _HEADER.match(line)
        if header is not None:
            name = header.group(1).replace(" ", "")
            if name == "programme":
                return SECTION_PROGRAMME
            if name in ("items.speakers", "items.phases.speakers"):
                return SECTION_SPEAKER
            if name == "items.phases":
                return SECTION_PHASE
            return SECTION_ITEM if name.startswith("items") else SECTION_TOP
    return SECTION_TOP


def _line_hint(lines: list[str], number: int, column: int) -> Problem | None:
    """What went wrong on line ``number``, where the parser stopped at (0-based) ``column``."""
    line = lines[number - 1]
    assignments = list(_ASSIGNMENT.finditer(line))
    before = [found for found in assignments if found.end() <= column]
    if not before:
        return _korean_key(line, number, _section(lines, number))
    assignment = before[-1]
    key = assignment.group("key").strip('"')
    start = assignment.end()
    if line[start : start + 1] in _CURLY:
        value = re.split("[" + _CURLY + "]", line[start + 1 :], maxsplit=1)[0]
        return Problem("curly_quotes", {"fixed": f"{key} = {_quoted(value)}"}, key=key, line=number)
    if line.startswith('"', start):
        if _opens_string(line):
            return Problem("unclosed_quote", key=key, line=number)
        after = re.sub(r'^(?:[^"\\]|\\.)*"', "", line[start + 1 :], count=1)
        if _ASSIGNMENT.match(after.lstrip()) and after[:1].isspace():
            return Problem("one_per_line", line=number)  # start = "13:00" duration = "5m"
        return _inner_quote(line[start + 1 :], key, number)
    value = re.split(r"[,}\]#]", line[start:], maxsplit=1)[0].strip()
    return _unquoted(key, value, number) if value else None


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _unquoted(key: str, value: str, number: int) -> Problem | None:
    """A value written without quotes (or as TOML cannot read it): how to write it."""
    if key in FLAG_KEYS and value.lower() in _FLAGS:
        fixed = f"{key} = {_FLAGS[value.lower()]}"
        return Problem("flag_value", {"fixed": fixed}, key=key, line=number)
    fixed_date = date_fix(value) if key == "date" else None
    if fixed_date is not None:
        return Problem("date_value", {"fixed": fixed_date}, key=key, line=number)
    if value[:1] in "[{'":
        return None  # a list, a table or a literal string: not a missing quote
    written = _time_text(value) if key in TIME_KEYS or ":" in value else None
    what = "quoted_time"
    if written is None:
        written, what = _length_text(value), "quoted_duration"
    if written is None:
        if re.match(r"^[\d.:\-]+$", value):
            return None  # a number or a date gone wrong: the parser's own words are clearer
        written, what = value, "quoted_text"
    fixed = f"{key} = {_quoted(written)}"
    return Problem("unquoted", {"what": what, "fixed": fixed}, key=key, line=number)


def date_fix(value: str) -> str | None:
    """ "date = 2024-06-23" for a date written "2024.06.23", "2024-6-23" or in quotes."""
    date = _DATE.match(value.strip())
    if date is None:
        return None
    year, month, day = (int(part) for part in date.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"date = {year:04d}-{month:02d}-{day:02d}"


def _time_text(value: str) -> str | None:
    """ "13:00" for 13:00, 13시 or 오후 1시 (read as a run sheet reads them), else None."""
    from emcee.core.runsheet.cells import parse_time  # see with_remedy

    seconds = parse_time(value)
    return format_time_of_day(seconds) if seconds is not None and seconds < DAY else None


def _length_text(value: str) -> str | None:
    """ "30m" for 30m, 30 min, 30분 or 1시간 30분 (read as a run sheet reads them), else None."""
    from emcee.core.runsheet.cells import parse_length  # see with_remedy

    seconds = None if value.strip().isdecimal() else parse_length(value)
    return format_duration(seconds) if seconds else None


def _inner_quote(rest: str, key: str, number: int) -> Problem | None:
    """``title = "복합 "담다""``: quotes inside the text that end it early."""
    text = rest.rstrip()
    if not text.endswith('"') or text.count('"') < 3:
        return None
    inner = text[:-1].replace('\\"', '"')
    return Problem("inner_quote", {"fixed": f"{key} = {_quoted(inner)}"}, key=key, line=number)


def _korean_key(line: str, number: int, section: str) -> Problem | None:
    """``제목 = "개회사"``: a key in Korean (TOML keys are ASCII unless quoted)."""
    found = _NOT_ENGLISH_KEY.match(line)
    if found is None:
        return None
    written, rest = found.group("key").strip(), found.group("rest").strip()
    meant = synonym(written, section)
    if meant is None:
        return Problem("key_not_english", {"written": written}, line=number)
    fixed = f"{meant} = {rest}"
    return Problem("key_not_english_meant", {"written": written, "fixed": fixed}, line=number)


def _opens_string(line: str) -> bool:
    """Whether a one-line string starts on ``line`` and is not closed on it."""
    quote = ""
    index = 0
    while index < len(line):
        char = line[index]
        if not quote:
            if char == "#":
                return False
            if char in "\"'":
                if line.startswith(char * 3, index):
                    return False  # a multi-line string: it may close further down
                quote = char
        elif char == "\\" and quote == '"':
            index += 1  # an escaped character
        elif char == quote:
            quote = ""
        index += 1
    return bool(quote)


# --- values the reader refused -------------------------------------------------------------


def with_remedy(problem: Problem) -> Problem:
    """``problem`` with the value it most likely meant, read the way a run sheet is read.

    ``duration = "30분"`` -> ``duration = "30m"``; ``start = "오후 2시"`` -> ``start = "14:00"``;
    ``kind = "휴식"`` -> ``break``. Unchanged when nothing sure can be said.
    """
    # Imported here, as in _time_text and _length_text: the run sheet reader imports the
    # agenda file module, which imports this one.
    from emcee.core.runsheet.cells import kind_from_words

    value = problem.params.get("value", "")
    key = problem.key or ""
    meant = {"bad_duration": _length_text, "bad_time": _time_text}.get(problem.code)
    written = meant(value) if meant is not None else None
    if written is not None:
        params = {**problem.params, "fixed": f'{key} = "{written}"'}
        return replace(problem, code=f"{problem.code}_meant", params=params)
    if problem.code == "bad_choice" and key == "kind" and not problem.params.get("suggestion"):
        kind = kind_from_words(value)
        if kind is not None:
            return replace(problem, params={**problem.params, "suggestion": kind.value})
    return problem
