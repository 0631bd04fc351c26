"""Reading single cells of a run sheet: times and lengths, titles, parts, kinds and phases.

Run sheets write time as "13:00~13:30 (30)", "13:00-13:30", "13:00", "(30)", "30분" or
"30"; titles as "○ 개회사" or "○ (2부) ... 발표(20분) 및 토론(15분)". Everything here is a
pure function of a cell's text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from emcee.core.agenda import ItemKind

DAY = 24 * 3600


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
    """Seconds since midnight for "13:00", "13:00:30", "13시 30분", "오후 1:30", "1 pm".

    Hours past 24 are returned as they are (e.g. 25:00 -> 90000) so that the caller can
    say "past midnight" instead of "not a time"; None when it is not a time at all.
    """
    match = _TIME.match(normalise(text))
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
    if start >= DAY:
        return _failed("time_past_midnight", format_clock(start))
    if end is not None and end > DAY:
        return _failed("time_past_midnight", format_clock(end))
    return CellTime(start=start, end=end, length=length)


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


def find_phases(title: str) -> tuple[int, int] | None:
    """(presentation, discussion) seconds from "발표(20분) 및 토론(15분)"; None unless both."""
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
    if word.isascii():
        return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text) is not None
    return word in text


def kind_from_words(text: str) -> ItemKind | None:
    """The kind a title or kind cell names ("휴식" -> break), or None when none fits."""
    value = normalise(text)
    if value in _KIND_NAMES:
        return _KIND_NAMES[value]
    for kind, words in _KIND_WORDS:
        if any(_has_word(value, word) for word in words):
            return kind
    return None
