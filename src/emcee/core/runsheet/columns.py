"""Which column of a run sheet holds what: guessed from headers and contents, then adjustable.

``guess_columns`` finds the header row (Korean or English words such as "시간 (소요)",
"주요 내용", "비고", "Time", "Title", "Speaker"), gives each recognised column a role
with a confidence, and fills in what the headers do not say from the cells themselves
(a column of "13:00~13:30" is the time). A UI shows the result and lets the user change
it with ``ColumnMapping.with_role``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType

from emcee.core.runsheet.cells import normalise, parse_length, parse_time_cell
from emcee.core.runsheet.table import RawRow, RawTable
from emcee.core.texts import QT_TRANSLATE_NOOP, Lang, translate


class Role(StrEnum):
    TIME = "time"  # start, or a range "13:00~13:30", possibly with its length "(30)"
    END = "end"
    DURATION = "duration"
    TITLE = "title"
    PART = "part"
    KIND = "kind"
    PRESENTER = "presenter"
    NOTES = "notes"
    MC = "mc"  # the MC's lines (큐시트, 시나리오)


ROLE_LABELS: Mapping[Role, str] = MappingProxyType(
    {
        Role.TIME: QT_TRANSLATE_NOOP("RunSheetColumn", "time"),
        Role.END: QT_TRANSLATE_NOOP("RunSheetColumn", "end"),
        Role.DURATION: QT_TRANSLATE_NOOP("RunSheetColumn", "length"),
        Role.TITLE: QT_TRANSLATE_NOOP("RunSheetColumn", "title"),
        Role.PART: QT_TRANSLATE_NOOP("RunSheetColumn", "part"),
        Role.KIND: QT_TRANSLATE_NOOP("RunSheetColumn", "kind"),
        Role.PRESENTER: QT_TRANSLATE_NOOP("RunSheetColumn", "presenter"),
        Role.NOTES: QT_TRANSLATE_NOOP("RunSheetColumn", "notes"),
        Role.MC: QT_TRANSLATE_NOOP("RunSheetColumn", "MC's lines"),
    }
)


def role_label(role: Role, lang: Lang) -> str:
    return translate("RunSheetColumn", ROLE_LABELS[role], lang)


# Header words, compared without spaces and punctuation. An exact match is sure (1.0),
# one outside brackets nearly (0.9); a header that only contains a word is likely (0.7).
_HEADERS: Mapping[Role, tuple[str, ...]] = MappingProxyType(
    {
        Role.TIME: (
            "시간(소요)",
            "시간(소요시간)",
            "시간/소요",
            "시간",
            "시각",
            "일시",
            "시작",
            "시작시간",
            "시작시각",
            "시간대",
            "time",
            "times",
            "start",
            "starttime",
            "from",
            "when",
            "schedule",
            "timeslot",
            "slot",
        ),
        Role.END: ("종료", "종료시간", "종료시각", "끝", "end", "endtime", "until", "to", "finish"),
        Role.DURATION: (
            "소요",
            "소요시간",
            "소요(분)",
            "시간(분)",
            "분",
            "길이",
            "duration",
            "length",
            "minutes",
            "mins",
            "min",
        ),
        Role.TITLE: (
            "주요내용",
            "내용",
            "프로그램",
            "세부내용",
            "세부프로그램",
            "식순",
            "항목",
            "제목",
            "행사내용",
            "진행내용",
            "주제",
            "프로그램명",
            "세션",
            "title",
            "item",
            "programme",
            "program",
            "agenda",
            "session",
            "content",
            "contents",
            "topic",
            "activity",
            "description",
            "event",
        ),
        Role.PRESENTER: (
            "발표자",
            "연사",
            "발표",
            "강사",
            "연자",
            "담당",
            "담당자",
            "진행자",
            "진행",
            "발표기관",
            "speaker",
            "speakers",
            "presenter",
            "presenters",
            "who",
            "by",
            "host",
            "moderator",
        ),
        Role.NOTES: (
            "비고",
            "참고",
            "메모",
            "참고사항",
            "특이사항",
            "notes",
            "note",
            "remarks",
            "remark",
            "comments",
            "comment",
            "memo",
        ),
        Role.MC: (
            "큐시트",
            "시나리오",
            "사회자멘트",
            "멘트",
            "대본",
            "진행멘트",
            "script",
            "cuesheet",
            "cues",
            "mc",
        ),
        Role.PART: ("구분", "부", "part", "section", "block"),
        Role.KIND: ("유형", "종류", "형식", "type", "kind", "category"),
    }
)
# Numbering columns ("연번", "No.") are recognised so that content guessing leaves them alone.
_NUMBERING = ("연번", "순번", "번호", "no", "#", "순서")
_PUNCTUATION = re.compile(r"[\s·.:_\-*]")


def _without_brackets(text: str) -> str:
    """ "time(min)" -> "time": each "(" up to the next ")" taken out. A scan, not a lazy
    regex, which read on from every "(" to the end: a cell of 40,000 of them took seconds."""
    kept = []
    position = 0
    while (start := text.find("(", position)) >= 0 and (end := text.find(")", start)) >= 0:
        kept.append(text[position:start])
        position = end + 1
    kept.append(text[position:])
    return "".join(kept)


SURE = 1.0
NAMED = 0.9
LIKELY = 0.7
FROM_CONTENT = 0.5
WEAK = 0.3

HEADER_SEARCH = 200  # non-blank rows in which to look for the header
CONTENT_SAMPLE = 200  # data rows read to judge a column by its cells


def _header_key(text: str) -> str:
    return _PUNCTUATION.sub("", normalise(text))


# For headers that only contain a word: English words must be whole words ("Session
# title"); Korean ones may be part of a longer header ("세부 진행 내용"), but
# one-syllable words are too vague for that.
_ENGLISH_WORDS = {
    role: frozenset(w for w in words if w.isascii()) for role, words in _HEADERS.items()
}
_KOREAN_WORDS = {
    role: tuple(w for w in words if not w.isascii() and len(w) >= 2)
    for role, words in _HEADERS.items()
}


@functools.lru_cache(maxsize=4096)
def header_roles(text: str) -> tuple[tuple[Role, float], ...]:
    """The roles a header cell may name, with how sure the match is, surest first."""
    key = _header_key(text)
    if not key:
        return ()
    base = _without_brackets(key)
    english = set(re.findall(r"[a-z]+", normalise(text)))
    found: list[tuple[Role, float]] = []
    for role, words in _HEADERS.items():
        if key in words:
            found.append((role, SURE))
        elif base in words:  # "Time (min)": the words outside the brackets
            found.append((role, NAMED))
        elif english & _ENGLISH_WORDS[role] or any(w in base for w in _KOREAN_WORDS[role]):
            found.append((role, LIKELY))
    return tuple(sorted(found, key=lambda pair: -pair[1]))


def is_numbering_header(text: str) -> bool:
    return _header_key(text) in _NUMBERING


@dataclass(frozen=True)
class ColumnMapping:
    """Roles of columns (role -> 0-based column), the header row, and how sure each role is."""

    roles: Mapping[Role, int] = field(default_factory=dict)
    header: int | None = None  # the header's row number; rows above it are not read
    confidence: Mapping[Role, float] = field(default_factory=dict)

    def column(self, role: Role) -> int | None:
        return self.roles.get(role)

    def role_of(self, column: int) -> Role | None:
        for role, index in self.roles.items():
            if index == column:
                return role
        return None

    def with_role(self, column: int, role: Role | None) -> ColumnMapping:
        """The mapping with ``column`` given ``role`` (None: not used), as a user chose it.

        A role belongs to one column and a column has one role, so whatever held either
        before lets go of it.
        """
        roles = {r: c for r, c in self.roles.items() if c != column and r != role}
        confidence = {r: v for r, v in self.confidence.items() if r in roles}
        if role is not None:
            roles[role] = column
            confidence[role] = SURE
        return replace(self, roles=roles, confidence=confidence)

    def with_header(self, header: int | None) -> ColumnMapping:
        return replace(self, header=header)


@dataclass
class _ColumnStats:
    filled: int = 0
    times: int = 0  # cells with a time of day ("13:00", "13:00~13:30")
    lengths: int = 0  # cells that are only a length ("30", "(30)", "30분")
    text: int = 0  # characters of the cells that are neither
    numbers: list[int] = field(default_factory=list)

    @property
    def time_share(self) -> float:
        return self.times / self.filled if self.filled else 0.0

    @property
    def length_share(self) -> float:
        return self.lengths / self.filled if self.filled else 0.0

    @property
    def numbering(self) -> bool:
        """1, 2, 3, ...: a row number column, not minutes."""
        numbers = self.numbers
        return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _stats(rows: list[RawRow], width: int) -> list[_ColumnStats]:
    stats = [_ColumnStats() for _ in range(width)]
    for row in rows[:CONTENT_SAMPLE]:
        for column, text in enumerate(row.cells):
            if not text:
                continue
            column_stats = stats[column]
            column_stats.filled += 1
            when = parse_time_cell(text)
            if when.start is not None or when.error in (
                "time_beyond_next_day",
                "date_in_time_cell",
            ):
                column_stats.times += 1
            elif when.length is not None or parse_length(text, clock=True) is not None:
                column_stats.lengths += 1
                if text.strip().isdecimal() and len(text.strip()) <= 5:
                    column_stats.numbers.append(int(text))
            else:
                column_stats.text += len(text)
    return stats


def _looks_like_data(row: RawRow) -> bool:
    return any(parse_time_cell(cell).start is not None for cell in row.cells)


def find_header(table: RawTable) -> RawRow | None:
    """The row that names the columns: the best match of header words above timed rows.

    A whole document may be pasted (a press release with its run sheet in the middle),
    so the search goes deep and favours a header that rows with times follow.
    """
    rows = [row for row in table.rows if not row.blank and not row.hidden][:HEADER_SEARCH]
    best: tuple[float, RawRow] | None = None
    for index, row in enumerate(rows):
        if _looks_like_data(row):
            continue
        matches = [header_roles(cell) for cell in row.cells if cell]
        scores = [found[0][1] for found in matches if found]
        # Two recognised headers, or one sure one beside others ("시간 | 행사명").
        if not (
            len(scores) >= 2 or (len(scores) == 1 and scores[0] >= NAMED and len(matches) >= 2)
        ):
            continue
        score = sum(scores)
        if any(_looks_like_data(below) for below in rows[index + 1 : index + 4]):
            score += SURE
        if best is None or score > best[0]:
            best = (score, row)
    return best[1] if best else None


def guess_columns(table: RawTable) -> ColumnMapping:
    """The column roles of ``table``, from its header row and its cells."""
    header = find_header(table)
    width = table.width
    data = [
        row
        for row in table.rows
        if not row.blank and not row.hidden and (header is None or row.number > header.number)
    ]
    stats = _stats(data, width)
    roles: dict[Role, int] = {}
    confidence: dict[Role, float] = {}
    taken: set[int] = set()

    if header is not None:
        candidates = []
        for column, text in enumerate(header.cells):
            if is_numbering_header(text):
                taken.add(column)
            for role, sureness in header_roles(text):
                candidates.append((sureness, -column, role, column))
        for sureness, _, role, column in sorted(candidates, reverse=True):
            if role in roles or column in taken:
                continue
            role = _checked_by_content(role, stats[column], roles)
            roles[role] = column
            confidence[role] = sureness
            taken.add(column)

    def free(column: int) -> bool:
        return column not in taken and stats[column].filled > 0

    if Role.TIME not in roles:
        timed = [c for c in range(width) if free(c) and stats[c].time_share >= 0.5]
        if timed:
            column = max(timed, key=lambda c: (stats[c].time_share, -c))
            roles[Role.TIME] = column
            confidence[Role.TIME] = FROM_CONTENT
            taken.add(column)
    if Role.DURATION not in roles:
        lengths = [
            c
            for c in range(width)
            if free(c) and stats[c].length_share >= 0.6 and not stats[c].numbering
        ]
        if lengths:
            column = lengths[0]
            roles[Role.DURATION] = column
            confidence[Role.DURATION] = WEAK
            taken.add(column)
    if Role.TITLE not in roles:
        texts = [c for c in range(width) if free(c) and stats[c].text > 0]
        if texts:
            column = max(texts, key=lambda c: (stats[c].text, -c))
            roles[Role.TITLE] = column
            confidence[Role.TITLE] = FROM_CONTENT if header is None else WEAK
            taken.add(column)
    if header is None and Role.TITLE in roles and Role.NOTES not in roles:
        # Without headers, a text column after the title is most often 비고.
        after = [c for c in range(roles[Role.TITLE] + 1, width) if free(c) and stats[c].text]
        if after:
            roles[Role.NOTES] = after[0]
            confidence[Role.NOTES] = WEAK
    return ColumnMapping(
        roles=roles, header=header.number if header else None, confidence=confidence
    )


def _checked_by_content(role: Role, stats: _ColumnStats, roles: Mapping[Role, int]) -> Role:
    """A header's role, corrected when the cells clearly say otherwise ("Time (min)": 30, 5)."""
    if stats.filled == 0:
        return role
    if role is Role.TIME and stats.times == 0 and stats.length_share >= 0.6:
        return Role.DURATION if Role.DURATION not in roles else role
    if role is Role.DURATION and stats.time_share >= 0.6:
        return Role.TIME if Role.TIME not in roles else role
    return role
