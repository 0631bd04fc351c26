"""Reading an agenda file's tables into agenda values (the format is described in
docs/agenda-format.md): the keys each section may hold, the limits, where each key is
written (``Lines``, so that a problem names its line), and ``Reader``, which notes every
problem it finds instead of stopping at the first.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from emcee.core.agenda.hints import (
    SECTION_ITEM,
    SECTION_PHASE,
    SECTION_PROGRAMME,
    SECTION_SPEAKER,
    SECTION_TOP,
    date_fix,
    suggest_key,
)
from emcee.core.agenda.model import (
    CHIME_LEVELS,
    CHIME_VOLUME,
    Agenda,
    ChimeLevel,
    Item,
    ItemKind,
    Phase,
    PhaseKind,
    Programme,
    Shares,
    Speaker,
    TimerStyle,
)
from emcee.core.agenda.problems import Problem
from emcee.core.timefmt import MAX_DURATION, format_time_of_day, parse_duration, parse_time_of_day

FORMAT_VERSION = 1
MAX_ITEMS = 500
MAX_SPEAKERS = 200
MAX_PHASES = 20
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
    "chime",
)
CHIME_KEYS = ("levels", "volume")  # [programme.chime]
SECTION_CHIME = "chime"
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
    "question",
    "answer",
    "chair",
    "mc",
    "notes",
    "speakers",
    "phases",
)
SPEAKER_KEYS = ("presenter", "title", "duration", "notes", "mc")
# A phase's people are its speakers; a designated discussion's, its discussants.
PHASE_KEYS = ("kind", "title", "duration", "speakers", "gives_way", "notes", "mc", "on_screen")
DESIGNATED_KEYS = ("kind", "title", "duration", "discussants", "gives_way", "notes", "mc")
PHASE_KINDS = tuple(kind for kind in PhaseKind if kind is not PhaseKind.MAIN)  # as written

SECTION_HEADERS = {"programme": "[programme]", "items": "[[items]]"}  # how a section is written

E = TypeVar("E", bound=StrEnum)


@dataclass
class Lines:
    """Where things are in the file, so that problems can name their line."""

    items: list[int] = field(default_factory=list)  # header line of each [[items]]
    # (item, phase, speaker, key) -> line; numbers 1-based, None outside one
    keys: dict[tuple[int | None, int | None, int | None, str], int] = field(default_factory=dict)

    @classmethod
    def scan(cls, text: str) -> Lines:
        found = cls()
        item: int | None = None  # 1-based item number, None in [programme] / top level
        phase: int | None = None  # 1-based phase of the item ([[items.phases]])
        speaker: int | None = None
        in_speakers = False
        # A key starts where no key character comes before it: tried once per run of
        # letters or digits, not at each of its characters (a pasted blob of 20,000
        # characters took seconds to scan, 200,000 minutes).
        key_pattern = re.compile(r"(?<![A-Za-z0-9_\-])([A-Za-z_][A-Za-z0-9_\-]*)\s*=")
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            header = line.replace(" ", "") if line.startswith("[[") else ""
            if header.startswith(("[[items.speakers]]", "[[items.phases.speakers]]")):
                speaker = (speaker or 0) + 1
                in_speakers = False
                found.keys[(item, phase, speaker, "")] = number
                continue
            if header.startswith("[[items.phases]]"):
                phase, speaker, in_speakers = (phase or 0) + 1, None, False
                found.keys[(item, phase, None, "")] = number
                continue
            if header.startswith("[[items]]"):
                found.items.append(number)
                item, phase, speaker, in_speakers = len(found.items), None, None, False
                continue
            if line.startswith("["):
                item, phase, speaker, in_speakers = None, None, None, False
                continue
            if in_speakers and line.startswith("{"):
                speaker = (speaker or 0) + 1
                found.keys[(item, phase, speaker, "")] = number
            for key in key_pattern.findall(line.split("#", 1)[0]):
                found.keys.setdefault(
                    (item, phase, speaker if in_speakers or speaker else None, key), number
                )
            opened = re.match(r"(speakers|discussants)\s*=\s*\[", line)
            if opened is not None:
                in_speakers, speaker = True, 0
                found.keys.setdefault((item, phase, None, opened.group(1)), number)
            elif in_speakers and line.startswith("]"):
                in_speakers = False
        return found

    def line_of(self, problem: Problem) -> int | None:
        if problem.line is not None:
            return problem.line
        at = (problem.item, problem.phase)
        if problem.key is not None:
            line = self.keys.get((*at, problem.speaker, problem.key))
            if line is None and problem.speaker is not None:
                line = self.keys.get((*at, problem.speaker, ""))
            if line is None and problem.phase is not None:
                line = self.keys.get((*at, None, ""))
            if line is not None:
                return line
        if problem.phase is not None and (*at, None, "") in self.keys:
            return self.keys[(*at, None, "")]
        if problem.item is not None and 0 < problem.item <= len(self.items):
            return self.items[problem.item - 1]
        return None


def _shortened(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


class Reader:
    """Turns the parsed TOML tables into agenda values, noting every problem."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def note(
        self,
        code: str,
        *,
        item: int | None = None,
        title: str = "",
        phase: int | None = None,
        speaker: int | None = None,
        key: str | None = None,
        **params: str,
    ) -> None:
        # A value quoted in a message is cut short: it may be a pasted blob of 200,000
        # characters, and the message is shown in a dialog.
        shown = {name: _shortened(value) for name, value in params.items()}
        self.problems.append(Problem(code, shown, item, title, speaker, key, phase=phase))

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
        return bool(self.maybe_flag(table, key, **where))

    def maybe_flag(self, table: dict[str, Any], key: str, **where: Any) -> bool | None:
        """True, false, or None when the key is not written."""
        value = table.get(key)
        if value is not None and not isinstance(value, bool):
            self.note("wrong_type", key=key, expected="bool", **where)
            return None
        return value

    def choice(
        self,
        table: dict[str, Any],
        key: str,
        kind: type[E],
        default: E | None,
        members: Sequence[E] | None = None,
        **where: Any,
    ) -> E | None:
        """One of ``kind``'s ``members`` (default: all of them)."""
        value = table.get(key)
        if value is None:
            return default
        choices = [member.value for member in (kind if members is None else members)]
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
            **self.chime(table.get("chime")),
        )

    def chime(self, table: Any) -> dict[str, Any]:
        """[programme.chime]: the levels the room chime sounds at, and its volume; without
        the section, no chime."""
        if table is None:
            return {}
        if not isinstance(table, dict):
            self.note("wrong_type", key="chime", expected="table")
            return {}
        self.check_keys(table, CHIME_KEYS, SECTION_CHIME)
        levels = table.get("levels", [level.value for level in CHIME_LEVELS])
        if not isinstance(levels, list):
            self.note("wrong_type", key="levels", expected="list")
            levels = []
        chosen = {self.choice({"levels": level}, "levels", ChimeLevel, None) for level in levels}
        if not levels:
            self.note("chime_no_levels", key="levels")
        volume = table.get("volume", CHIME_VOLUME)
        if isinstance(volume, bool) or not isinstance(volume, int) or not 0 <= volume <= 100:
            self.note("chime_volume", key="volume", value=str(volume))
            volume = CHIME_VOLUME
        return {
            "chime": tuple(level for level in ChimeLevel if level in chosen),
            "chime_volume": volume,
        }

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
            question=self.duration(table, "question", **where),
            answer=self.duration(table, "answer", **where),
            chair=self.text(table, "chair", **where),
            mc=self.text(table, "mc", **where),
            phases=self.phases(table.get("phases"), where),
        )

    def phases(self, value: Any, where: dict[str, Any]) -> tuple[Phase, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not value:
            self.note("wrong_type", key="phases", expected="phase_list", **where)
            return ()
        if len(value) > MAX_PHASES:
            self.note(
                "too_many", count=str(len(value)), what="phases", limit=str(MAX_PHASES), **where
            )
            return ()
        phases = [self.phase(entry, {**where, "phase": n}) for n, entry in enumerate(value, 1)]
        return tuple(phase for phase in phases if phase is not None)

    def phase(self, table: Any, at: dict[str, Any]) -> Phase | None:
        if not isinstance(table, dict):
            self.note("wrong_type", key="phases", expected="table", **at)
            return None
        kind = self.choice(table, "kind", PhaseKind, None, PHASE_KINDS, **at)
        designated = kind is PhaseKind.DESIGNATED
        people = "discussants" if designated else "speakers"
        self.check_keys(table, DESIGNATED_KEYS if designated else PHASE_KEYS, SECTION_PHASE, **at)
        if "kind" not in table:
            self.note("missing_key", key="kind", **at)
        return Phase(
            kind=kind or PhaseKind.PRESENTATION,
            duration=self.duration(table, "duration", **at),
            title=self.text(table, "title", **at),
            speakers=self.speakers(table.get(people), at, people),
            gives_way=self.maybe_flag(table, "gives_way", **at),
            notes=self.text(table, "notes", **at),
            mc=self.text(table, "mc", **at),
            on_screen=self.flag(table, "on_screen", **at),
        )

    def speakers(
        self, value: Any, where: dict[str, Any], key: str = "speakers"
    ) -> tuple[Speaker, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.note("wrong_type", key=key, expected="list", **where)
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
                self.note("wrong_type", key=key, expected="table", **at)
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
                    mc=self.text(entry, "mc", **at),
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
