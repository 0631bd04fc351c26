"""Reading single cells of a run sheet: times and lengths, titles, parts, kinds and phases.

Run sheets write time as "13:00~13:30 (30)", "13:00-13:30", "13:00", "(30)", "30분" or
"30"; titles as "○ 개회사" or "○ (2부) ... 발표(20분) 및 토론(15분)". Everything here is a
pure function of a cell's text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from emcee.core.agenda.model import ItemKind

DAY = 24 * 3600
NEXT_DAY_END = 2 * DAY  # times run into the next day ("24:30" is its 00:30), not beyond


def normalise(text: str) -> str:
    """NFKC (full-width digits, colons and tildes become ASCII), lower case, trimmed."""
    return unicodedata.normalize("NFKC", text).strip().lower()


# --- times of day and lengths ------------------------------------------------------------

_AMPM = r"(?:오전|오후|am|pm|a\.m\.|p\.m\.)"
_TIME = re.compile(
    rf"^(?:(?P<pre>{_AMPM})\s*)?"
    r"(?P<h>\d{1,2})"
    r"(?:"
    r":(?P<m>\d{2})(?::(?P<s>\d{2}))?"  # 13:00, 13:00:30
    r"|\s*시(?:\s*(?P<km>\d{1,2})\s*분)?"  # 13시, 13시 30분
    r"|(?=\s*(?:am|pm|a\.m\.|p\.m\.)))"  # 1 pm
    rf"(?:\s*(?P<post>{_AMPM}))?$"
)
# How Excel stores a time when the cell is not formatted as one ("General", or a CSV
# export): the fraction of a day (13:30 is 0.5625), after the days since 1899-12-30 for a
# date and time. Only those two shapes: "13.30" and "1.5" are not read as days.
_DAY_NUMBER = re.compile(r"^(?:0|\d{5})?\.\d+$")
# "14.00": a time written with a dot, as some documents do (hours from 1: "0.25" is a day).
_DOTTED_TIME = re.compile(r"^(?P<h>[1-9]|1\d|2[0-4])\.(?P<m>\d{2})$")
# A date in front of a time, as a 일시 column writes it: "6.23(금) 14:00", "6월 23일 14:00".
_DATE_PREFIX = re.compile(
    r"^(?:\d{4}\s*[./-]\s*)?(?P<m>\d{1,2})\s*[./-]\s*(?P<d>\d{1,2})\.?"
    r"|^(?:\d{4}\s*년\s*)?(?P<km>\d{1,2})\s*월\s*(?P<kd>\d{1,2})\s*일"
)
_WEEKDAY = re.compile(r"^\s*(?:\([^()]{1,3}\))?\s*")
_RANGE = re.compile(
    r"^(?P<a>.+?)\s*(?:~|〜|∼|-|‐|‑|–|—|−|to|부터)\s*(?P<b>.*?)(?:\s*까지)?$",
)
_PARENS = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
# Numbers have at most 5 digits: int() refuses very long ones, and no slot is that long.
# Matched whole against stripped text, spaces only after a unit: runs of spaces that could
# meet made a cell of spaces take seconds (the fourth power of their number).
_LENGTH = re.compile(
    r"(?:(?P<h>\d{1,5})\s*(?:시간|hours?|hrs?|h)\s*)?"
    r"(?:(?P<m>\d{1,5})\s*(?:분|minutes?|mins?|m|'|′)\s*)?"
    r"(?:(?P<s>\d{1,5})\s*(?:초|seconds?|secs?|s|\"|″))?"
)
_CLOCK_LENGTH = re.compile(r"^(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?$")


def parse_time(text: str) -> int | None:
    """Seconds since midnight for "13:00", "13:00:30", "13시 30분", "오후 1:30", "1 pm",
    "14.00", and Excel's "0.5625" (a day fraction).

    Hours past 24 are returned as they are (25:00 -> 90000: the next day's 01:00, as a
    programme past midnight may write it; from 48:00 the caller says it is too late);
    None when it is not a time at all.
    """
    value = normalise(text)
    if _DAY_NUMBER.match(value):
        return round(float(value) % 1 * DAY)
    dotted = _DOTTED_TIME.match(value)
    if dotted is not None:
        minutes = int(dotted["m"])
        return int(dotted["h"]) * 3600 + minutes * 60 if minutes < 60 else None
    match = _TIME.match(value)
    if match is None:
        return None
    hours = int(match["h"])
    minutes = int(match["m"] or match["km"] or 0)
    seconds = int(match["s"] or 0)
    if minutes > 59 or seconds > 59:
        return None
    marker = match["pre"] or match["post"]
    if marker is not None:
        if not 1 <= hours <= 12 or (match["pre"] and match["post"]):
            return None
        afternoon = marker in ("오후", "pm", "p.m.")
        hours = hours % 12 + (12 if afternoon else 0)
    return hours * 3600 + minutes * 60 + seconds


def parse_length(text: str, *, clock: bool = False) -> int | None:
    """Seconds for "30", "30분", "30m", "30 min", "1시간 30분", "1h30m", "4m30s".

    A bare number is minutes (that is how run sheets write them). With ``clock``, "1:30"
    is read as 1 hour 30 minutes (a length column formatted as a clock in Excel).
    """
    value = normalise(text)
    if value[:1] in "([" and value[-1:] in ")]":  # "(30)", as a time cell writes it
        value = value[1:-1].strip()
    if value.isdecimal() and len(value) <= 5:  # not isdigit(): int() cannot read "𐩀"
        return int(value) * 60
    if clock:
        match = _CLOCK_LENGTH.match(value)
        if match is not None:
            hours, minutes, seconds = (int(match[g] or 0) for g in ("h", "m", "s"))
            if minutes > 59 or seconds > 59:
                return None
            return hours * 3600 + minutes * 60 + seconds
    match = _LENGTH.fullmatch(value)
    if match is None or not any(match[g] for g in ("h", "m", "s")):
        return None
    hours, minutes, seconds = (int(match[g] or 0) for g in ("h", "m", "s"))
    return hours * 3600 + minutes * 60 + seconds


@dataclass(frozen=True)
class CellTime:
    """What a time cell says: any of a start, an end and a length; or why it cannot be read."""

    start: int | None = None
    end: int | None = None
    length: int | None = None  # the length written in the cell, e.g. the (30) of "13:00~13:30 (30)"
    error: str = ""  # a message code of emcee.core.runsheet.messages, "" when readable
    value: str = ""  # the text the error is about

    @property
    def empty(self) -> bool:
        return self.start is None and self.end is None and self.length is None and not self.error


def _failed(code: str, value: str) -> CellTime:
    return CellTime(error=code, value=value)


def parse_time_cell(text: str) -> CellTime:
    """Read a run sheet's time cell: "13:00~13:30 (30)", "13:00-13:30", "13:00", "(30)", "30분"."""
    cell = " ".join(unicodedata.normalize("NFKC", text).split())
    if not cell:
        return CellTime()
    dated = _dated_time(cell)
    if dated:
        return _failed("date_in_time_cell", dated)
    length: int | None = None
    rest = cell
    bracketed = _PARENS.findall(cell)
    if len(bracketed) > 1:
        return _failed("bad_time_cell", cell)
    if bracketed:
        length = parse_length(bracketed[0])
        if length is None:
            return _failed("bad_time_cell", cell)
        rest = _PARENS.sub(" ", cell).strip()
    if not rest:
        return CellTime(length=length)

    start = parse_time(rest)
    end: int | None = None
    if start is None:
        match = _RANGE.match(rest)
        if match is not None and parse_time(match["a"]) is not None:
            start = parse_time(match["a"])
            if match["b"]:  # "13:00~" is an open range: a start only
                end = parse_time(match["b"])
                if end is None:
                    return _failed("bad_time_cell", cell)
    if start is None:
        if length is None:  # a bare length: "30", "30분", "1시간"
            length = parse_length(rest)
            if length is not None:
                return CellTime(length=length)
        return _failed("bad_time_cell", cell)
    if start >= NEXT_DAY_END:
        return _failed("time_beyond_next_day", format_clock(start))
    if end is not None and end > NEXT_DAY_END:
        return _failed("time_beyond_next_day", format_clock(end))
    return CellTime(start=start, end=end, length=length)


def _dated_time(cell: str) -> str:
    """The time of a cell that starts with a date ("6.23(금) 14:00~14:10"), else ""."""
    date = _DATE_PREFIX.match(cell)
    if date is None:
        return ""
    month, day = (int(date[m] or date[k]) for m, k in (("m", "km"), ("d", "kd")))
    rest = cell[date.end() :]
    weekday = _WEEKDAY.match(rest)
    rest = rest[weekday.end() :] if weekday is not None else rest
    if not (1 <= month <= 12 and 1 <= day <= 31) or not rest:
        return ""
    return rest if parse_time_cell(rest).start is not None else ""


def format_clock(seconds: int) -> str:
    """ "25:00" for 90000: like timefmt.format_time_of_day but without wrapping past midnight."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}" + (f":{secs:02d}" if secs else "")


# --- titles ------------------------------------------------------------------------------

# Korean documents nest □ > ○ > - > · ; the first two start an item, the others continue one.
_ITEM_BULLETS = "○●◎◯•▶►▷■□◆◇▪▫√✓✔☞➢➤◈▣"
_SUB_BULLETS = "-‐‑–—−·ㆍ∙⁃→"
_FOOTNOTE_BULLETS = "*※"
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|[①-⑳]|[가-하][.)])\s+")
_PART = re.compile(
    r"^(?:[(\[【<〈]\s*(?P<a>(?:제\s*)?\d+\s*부|part\s*\d+|session\s*\d+)\s*[)\]】>〉]"
    r"|(?P<b>(?:제\s*)?\d+\s*부|part\s*\d+|session\s*\d+)\s*[:.])\s*",
    re.IGNORECASE,
)


def single_line(text: str) -> str:
    """Lines of a cell joined with single spaces (a title is one line)."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def bullet_of(text: str) -> str:
    """The leading bullet character of a title cell, or ""."""
    stripped = text.lstrip()
    if stripped and stripped[0] in _ITEM_BULLETS + _SUB_BULLETS + _FOOTNOTE_BULLETS:
        return stripped[0]
    return ""


def is_sub_bullet(text: str) -> bool:
    """Whether a title cell continues the item above: "- 발표(20분) 및 토론(15분)"."""
    return bullet_of(text) in tuple(_SUB_BULLETS)


def is_footnote(text: str) -> bool:
    """Whether a cell is a footnote to the item above: "※ 장소: 2층"."""
    return bullet_of(text) in tuple(_FOOTNOTE_BULLETS)


def strip_bullet(text: str) -> str:
    """ "○ 개회사" -> "개회사"; "1. 개회" -> "개회"; one leading bullet or number only."""
    line = single_line(text)
    if bullet_of(line):
        return line[1:].lstrip()
    return _NUMBERED.sub("", line, count=1)


def split_part(title: str) -> tuple[str, str]:
    """ "(2부) 토론" -> ("2부", "토론"); the rest of the title is kept as written."""
    match = _PART.match(title)
    if match is None:
        return "", title
    rest = title[match.end() :]
    if not rest:
        return "", title
    return " ".join((match["a"] or match["b"]).split()), rest


# --- kinds and phases ---------------------------------------------------------------------

# No two runs of spaces meet (each "\s*" comes after something that must be there):
# "발표" and 40,000 spaces took 20 s with "\s*[:：]?\s*".
_MINUTES = (
    r"(?:\s*[:：])?\s*"
    r"(?:\(\s*(\d{1,4})\s*(?:(?:분|min(?:ute)?s?|m|')\s*)?\)"  # 발표(20분), talks (20 min)
    r"|(\d{1,4})\s*(?:분|min(?:ute)?s?|m\b|'))"  # 발표 20분
)
_PRESENTATION = re.compile(r"(?:발표|presentations?|talks?)" + _MINUTES, re.IGNORECASE)
_DISCUSSION = re.compile(
    r"(?:토론|토의|질의\s*응답|질의|discussion|q\s*&\s*a|panel)" + _MINUTES, re.IGNORECASE
)


# The same row is written many ways: "주제발표1", "주제발표 2", "주제발표②", "세션 Ⅱ",
# "[세션]", "휴  식" (spaced to line up), "Talks". Kinds and phases are read from one form:
# no numbering, no brackets, no spaces between the syllables of a spaced-out word.
_NUMBERING = re.compile(
    r"(?<![\d(\[])\d+(?!\d|\s*(?:분|초|시간|min|m\b|h\b|hours?\b|'|′))"
    r"|(?<![a-z])(?:i{1,3}|iv|v|vi{1,3}|ix|x)(?![a-z])"
)
_BRACKETS = re.compile(r"[\[\]{}<>〈〉《》「」『』【】〔〕]")
# Syllables spaced out one by one ("개 회 사"), not words that merely follow each other
# ("공개 회의" is not "공개회의", which would contain 개회).
_SPACED_OUT = re.compile(r"(?<![가-힣])[가-힣](?:\s+[가-힣])+(?![가-힣])")


def wording(text: str) -> str:
    """The words of a title as kinds and phases are guessed from them (see above)."""
    value = _BRACKETS.sub(" ", _NUMBERING.sub(" ", normalise(text)))
    value = _SPACED_OUT.sub(lambda spaced: "".join(spaced[0].split()), value)
    return " ".join(value.split())


def find_phases(title: str) -> tuple[int, int] | None:
    """(presentation, discussion) seconds from "발표(20분) 및 토론(15분)"; None unless both."""
    title = wording(title)
    presentation = _PRESENTATION.search(title)
    discussion = _DISCUSSION.search(title)
    if presentation is None or discussion is None:
        return None
    minutes = [int(m[1] or m[2]) for m in (presentation, discussion)]
    if not all(minutes):
        return None
    return minutes[0] * 60, minutes[1] * 60


# Checked in this order; the first kind with a matching word wins. English words match
# whole words only, Korean ones anywhere (Korean attaches particles to words).
_KIND_WORDS: tuple[tuple[ItemKind, tuple[str, ...]], ...] = (
    (ItemKind.REGISTRATION, ("등록", "접수", "registration", "check-in", "sign-in")),
    (
        ItemKind.BREAK,
        (
            "휴식",
            "휴게",
            "중식",
            "점심",
            "오찬",
            "만찬",
            "석식",
            "다과",
            "break",
            "lunch",
            "coffee",
            "dinner",
            "recess",
            "intermission",
        ),
    ),
    (ItemKind.CLOSING, ("폐회", "폐식", "폐막", "closing", "close")),
    (ItemKind.OPENING, ("개회", "개식", "개막", "환영사", "opening", "welcome")),
    (
        ItemKind.REPORT,
        ("보고", "경과", "개괄", "현황", "report", "overview", "update", "progress"),
    ),
    (
        ItemKind.TALK,
        (
            "강연",
            "기조",
            "특강",
            "축사",
            "격려사",
            "인사말",
            "발표",
            "talk",
            "keynote",
            "lecture",
            "speech",
            "presentation",
        ),
    ),
)

# A kind column may also say the kind directly.
_KIND_NAMES = {kind.value: kind for kind in ItemKind} | {
    "세션": ItemKind.SESSION,
    "session": ItemKind.SESSION,
    "기타": ItemKind.OTHER,
}


def _has_word(text: str, word: str) -> bool:
    if word.isascii():  # a whole word, or its plural: "talks", "coffee breaks"
        return re.search(rf"(?<![a-z]){re.escape(word)}(?:e?s)?(?![a-z])", text) is not None
    return word in text


def kind_from_words(text: str) -> ItemKind | None:
    """The kind a title or kind cell names ("휴식" -> break), or None when none fits.

    Read from its ``wording``: "주제발표1" and "주제발표 2", "세션" and "[세션 Ⅱ]", "휴  식"
    and "휴식" are each one kind.
    """
    value = wording(text)
    name = re.sub(r"[^\w]", "", value)
    for key in (name, name.removesuffix("s")):
        if key in _KIND_NAMES:
            return _KIND_NAMES[key]
    for kind, words in _KIND_WORDS:
        if any(_has_word(value, word) for word in words):
            return kind
    return None
