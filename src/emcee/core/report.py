"""Planned vs actual for one show, rebuilt from its journal.

``build_report(journal_path)`` replays the journal on a fake clock standing at its last
entry (an unfinished show is reported as it was then) and gives:

- a row per item and, for items of several turns, per turn (a speaker's share, a
  discussion): planned start and length, what the rules gave the turn (allotted), actual
  start, end and length, and the differences;
- a summary: actual end against planned, time over and under plan, items over time,
  speakers over their time, the longest overruns and whose they were;
- the drift (+ behind plan) over the afternoon, sampled at each action and at least every
  minute in between.

"Planned" is the agenda as written (moved as a whole when the show was started with a
shifted plan); a rebalancing during the show changes what turns are allotted, not the plan.
A turn that never ran (skipped, or left when the show ended) is allotted what the plan gave
it: what the rules would give it now is no figure anyone was given.

Exports: CSV in UTF-8 with a BOM (Excel on Korean Windows takes anything else for CP949)
with Korean or English headers, and JSON (English keys, times as "HH:MM:SS", lengths in
seconds).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from emcee.core.clock import Clock, FakeClock
from emcee.core.journal import (
    ActionEntry,
    Entry,
    JournalData,
    Notice,
    read_agenda,
    read_journal,
    replay,
)
from emcee.core.problems import Lang, in_language
from emcee.core.schedule import PhaseKind, Schedule
from emcee.core.show import Show
from emcee.core.snapshot import SegmentView, ShowState, Snapshot, Status
from emcee.core.timefmt import format_wall_clock

SAMPLE_EVERY = 60.0  # seconds between drift samples at the least
# Under a second over is a Next key pressed a moment late, not an overrun.
TOLERANCE = 1.0

REPORT_CSV = "report.csv"
DRIFT_CSV = "report-drift.csv"
REPORT_JSON = "report.json"


class RowKind(StrEnum):
    ITEM = "item"
    TURN = "turn"  # a speaker's share of a presentation, or a discussion


@dataclass(frozen=True)
class Row:
    kind: RowKind
    item_index: int
    segment_index: int | None  # turns only
    number: str  # "5" for the fifth item, "5.3" for its third turn
    part: str
    title: str  # the item's title; a turn's is its talk's title ("" for a discussion)
    who: str  # presenter or speaker
    phase: PhaseKind
    status: Status
    planned_start: float  # times of day in seconds; lengths in seconds
    planned_duration: float
    allotted: float | None  # what the rules and the operator gave the turn; None: several
    # (a skipped turn: what the plan gave it)
    actual_start: float | None
    actual_end: float | None
    actual_duration: float | None  # a turn's running time; an item's first start to end

    @property
    def difference(self) -> float | None:
        """Actual length minus planned length: + over, - under."""
        return self._beyond(self.planned_duration)

    @property
    def start_delay(self) -> float | None:
        if self.actual_start is None:
            return None
        return self.actual_start - self.planned_start

    @property
    def over_allotted(self) -> float | None:
        return None if self.allotted is None else self._beyond(self.allotted)

    def _beyond(self, length: float) -> float | None:
        if self.actual_duration is None:
            return None
        difference = self.actual_duration - length
        if self.status is Status.LIVE and difference < 0:
            return None  # still running: only an overrun is known yet
        return difference

    @property
    def name(self) -> str:
        """Who or what, in a few words: the speaker, else the item's title."""
        return self.who or self.title


@dataclass(frozen=True)
class Summary:
    ended: bool
    planned_start: float
    planned_end: float
    actual_start: float | None
    actual_end: float | None  # None while the show has not ended
    projected_end: float  # the actual end once ended
    total_over: float  # items' time over plan, added up
    total_under: float  # items' time under plan, added up (positive)
    items_over: int
    turns_over: int  # speaker turns over their allotted time
    longest_item: Row | None  # the item most over plan
    longest_turn: Row | None  # the speaker turn most over its allotted time
    skipped: tuple[Row, ...]  # the items skipped, or left when the show ended

    @property
    def end_difference(self) -> float:
        return self.projected_end - self.planned_end


@dataclass(frozen=True)
class DriftPoint:
    time_of_day: float
    drift: float  # + behind plan
    action: str  # the action just applied ("next", ...), "" for a sample in between


@dataclass(frozen=True)
class Report:
    title: str
    date: dt.date
    journal: Path
    agenda_sha256: str
    app: str
    rows: tuple[Row, ...]
    summary: Summary
    drift: tuple[DriftPoint, ...]
    notices: tuple[Notice, ...]

    @property
    def items(self) -> list[Row]:
        return [row for row in self.rows if row.kind is RowKind.ITEM]

    def turns_of(self, item_index: int) -> list[Row]:
        return [r for r in self.rows if r.kind is RowKind.TURN and r.item_index == item_index]


# --- building ------------------------------------------------------------------------------


def build_report(path: str | Path, clock: Clock | None = None) -> Report:
    """The report of a journal file; raises JournalError if it cannot be used.

    It stands at the journal's last entry, or at ``clock``'s now when one is given (a
    live report of the show being run: the live turn's figures run up to now).
    """
    data = read_journal(path)
    _, schedule, agenda_notices = read_agenda(data)
    return report_of(data, schedule, agenda_notices, clock)


def report_of(
    data: JournalData,
    schedule: Schedule,
    notices: Sequence[Notice] = (),
    clock: Clock | None = None,
) -> Report:
    if clock is None:
        clock = FakeClock(data.last.wall, monotonic=0.0)  # no time passes after the end
    drift: list[DriftPoint] = []

    def sample(show: Show, entry: Entry | None) -> None:
        state = show.state.show
        if state is ShowState.READY or (entry is not None and not isinstance(entry, ActionEntry)):
            return
        if state is ShowState.ENDED and drift and drift[-1].action == "ended":
            return
        snapshot = show.snapshot()
        action = ""
        if isinstance(entry, ActionEntry):
            action = "ended" if state is ShowState.ENDED else entry.action.kind.value
        drift.append(DriftPoint(snapshot.time_of_day, snapshot.drift, action))

    show, replay_notices = replay(data, schedule, clock, sample_every=SAMPLE_EVERY, visit=sample)
    snapshot = show.snapshot()
    if snapshot.state in (ShowState.RUNNING, ShowState.PAUSED) and (
        not drift or snapshot.time_of_day > drift[-1].time_of_day
    ):
        drift.append(DriftPoint(snapshot.time_of_day, snapshot.drift, ""))  # where it stands
    rows = _rows(show, snapshot)
    return Report(
        title=data.header.title,
        date=data.header.wall.date(),
        journal=data.path,
        agenda_sha256=data.header.agenda_sha256,
        app=data.header.app,
        rows=tuple(rows),
        summary=_summary(snapshot, rows),
        drift=tuple(drift),
        notices=(*data.notices, *notices, *replay_notices),
    )


def _rows(show: Show, snapshot: Snapshot) -> list[Row]:
    shift = show.state.shift
    rows: list[Row] = []
    for view in snapshot.items:
        planned = view.planned
        item = planned.item
        segments = [snapshot.segments[index] for index in show.item_segments[view.index]]
        single = len(segments) == 1
        actual_end = view.actual_end
        if view.status is Status.LIVE:
            actual_end = None  # still running: its length so far is in actual_duration
        rows.append(
            Row(
                kind=RowKind.ITEM,
                item_index=view.index,
                segment_index=None,
                number=str(planned.number),
                part=item.part,
                title=item.title,
                who=item.presenter,
                phase=PhaseKind.MAIN,
                status=view.status,
                planned_start=view.planned_start,
                planned_duration=float(planned.duration),
                allotted=_allotted(segments[0], planned.duration) if single else None,
                actual_start=view.actual_start,
                actual_end=actual_end,
                actual_duration=view.actual_duration,
            )
        )
        if single:
            continue
        for offset, segment in enumerate(segments, start=1):
            phase = planned.phases[segment.phase_index]
            turn = segment.turn
            speaker = turn.speaker
            run = show.state.runs[segment.index]
            ran = segment.actual_start is not None
            end = run.left_at
            if segment.status is Status.LIVE:
                end = None
            rows.append(
                Row(
                    kind=RowKind.TURN,
                    item_index=view.index,
                    segment_index=segment.index,
                    number=f"{planned.number}.{offset}",
                    part=item.part,
                    title=speaker.title if speaker is not None else "",
                    who=speaker.presenter if speaker is not None else "",
                    phase=phase.kind,
                    status=segment.status,
                    planned_start=turn.start + shift,
                    planned_duration=float(turn.duration),
                    allotted=_allotted(segment, turn.duration),
                    actual_start=segment.actual_start,
                    actual_end=end if ran else None,
                    actual_duration=segment.elapsed if ran else None,
                )
            )
    return rows


def _allotted(segment: SegmentView, planned: float) -> float:
    """What a turn was given: by the rules and the operator, or by the plan if it never ran."""
    if segment.status is Status.SKIPPED:
        return float(planned)
    return segment.allotted + segment.added


def _summary(snapshot: Snapshot, rows: Sequence[Row]) -> Summary:
    items = [row for row in rows if row.kind is RowKind.ITEM]
    differences = [(row, row.difference) for row in items if row.difference is not None]
    over = [(row, d) for row, d in differences if d > TOLERANCE]
    speakers = [
        (row, row.over_allotted)
        for row in rows
        if row.kind is RowKind.TURN and row.who and row.over_allotted is not None
    ]
    speakers_over = [(row, d) for row, d in speakers if d > TOLERANCE]
    starts = [row.actual_start for row in items if row.actual_start is not None]
    ended = snapshot.state is ShowState.ENDED
    return Summary(
        ended=ended,
        planned_start=min(row.planned_start for row in items),
        planned_end=snapshot.planned_end,
        actual_start=min(starts) if starts else None,
        actual_end=snapshot.projected_end if ended else None,
        projected_end=snapshot.projected_end,
        total_over=sum(d for _, d in over),
        total_under=-sum(d for _, d in differences if d < -TOLERANCE),
        items_over=len(over),
        turns_over=len(speakers_over),
        # max() keeps the first of equals: the earliest of several equal overruns.
        longest_item=max(over, key=lambda pair: pair[1])[0] if over else None,
        longest_turn=max(speakers_over, key=lambda pair: pair[1])[0] if speakers_over else None,
        skipped=tuple(row for row in items if row.status is Status.SKIPPED),
    )


# --- words ---------------------------------------------------------------------------------

# key -> (English, Korean)
LABELS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "number": ("No.", "번호"),
        "part": ("Part", "부"),
        "title": ("Title", "제목"),
        "who": ("Presenter", "발표자"),
        "kind": ("Kind", "구분"),
        "status": ("Status", "상태"),
        "planned_start": ("Planned start", "계획 시작"),
        "planned_duration": ("Planned length", "계획 길이"),
        "allotted": ("Allotted", "배정 시간"),
        "actual_start": ("Actual start", "실제 시작"),
        "actual_end": ("Actual end", "실제 종료"),
        "actual_duration": ("Actual length", "실제 길이"),
        "start_delay": ("Start difference (s)", "시작 차이(초)"),
        "difference": ("Length difference (s)", "길이 차이(초)"),
        "over_allotted": ("Over allotted (s)", "배정 초과(초)"),
        "time": ("Time", "시각"),
        "drift": ("Drift (s, + behind plan)", "지연(초, +는 늦음)"),
        "drift_minutes": ("Drift (min)", "지연(분)"),
        "action": ("Action", "조작"),
        PhaseKind.MAIN: ("item", "항목"),
        PhaseKind.PRESENTATION: ("presentation", "발표"),
        PhaseKind.DISCUSSION: ("discussion", "토론"),
        Status.DONE: ("done", "완료"),
        Status.LIVE: ("live", "진행 중"),
        Status.NEXT: ("next", "다음"),
        Status.UPCOMING: ("upcoming", "예정"),
        Status.SKIPPED: ("skipped", "건너뜀"),
        "summary_end": (
            "Ended {actual} (planned {planned}, {difference})",
            "종료 {actual} (계획 {planned}, {difference})",
        ),
        "summary_projected": (
            "Not ended; last projected end {actual} (planned {planned}, {difference})",
            "종료되지 않음. 마지막 예상 종료 {actual} (계획 {planned}, {difference})",
        ),
        "summary_over": (
            "Over plan: {over} in {count} item(s); under plan: {under}",
            "계획보다 길어진 시간: {over} (항목 {count}개), 줄어든 시간: {under}",
        ),
        "summary_longest_item": (
            "Longest overrun: {name} {over}",
            "가장 길어진 항목: {name} {over}",
        ),
        "summary_speakers": (
            "{count} speaker turn(s) over their time; longest: {name} {over}",
            "배정 시간을 넘긴 발표 {count}건, 가장 긴 초과: {name} {over}",
        ),
        "summary_no_speakers": (
            "No speaker went over their time",
            "배정 시간을 넘긴 발표가 없습니다",
        ),
        "summary_skipped": (
            "Skipped: {count} item(s) ({numbers})",
            "건너뛴 항목 {count}개 ({numbers})",
        ),
    }
)


def label(key: str, lang: Lang) -> str:
    return in_language(LABELS[key], lang)


def clock_text(seconds: float) -> str:
    """A time of day as ``14:10:00``, to the nearest second (Excel reads it as a time)."""
    return format_wall_clock(round(seconds))


def length_text(seconds: float) -> str:
    """A length as ``0:35:00``: hours first, so Excel does not read 35:00 as 35 hours."""
    whole = round(abs(seconds))
    sign = "-" if seconds < 0 and whole else ""
    return f"{sign}{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def signed_minutes(seconds: float) -> str:
    """``+6:00``, ``-5:00``, ``±0:00``: a difference as people say it."""
    whole = round(seconds)
    sign = "+" if whole > 0 else "-" if whole < 0 else "±"
    return f"{sign}{abs(whole) // 60}:{abs(whole) % 60:02d}"


def summary_lines(report: Report, lang: Lang) -> list[str]:
    summary = report.summary
    end_key = "summary_end" if summary.ended else "summary_projected"
    lines = [
        label(end_key, lang).format(
            actual=clock_text(summary.projected_end),
            planned=clock_text(summary.planned_end),
            difference=signed_minutes(summary.end_difference),
        ),
        label("summary_over", lang).format(
            over=signed_minutes(summary.total_over),
            count=summary.items_over,
            under=signed_minutes(-summary.total_under),
        ),
    ]
    longest = summary.longest_item
    if longest is not None and longest.difference is not None:
        lines.append(
            label("summary_longest_item", lang).format(
                name=longest.name, over=signed_minutes(longest.difference)
            )
        )
    turn = summary.longest_turn
    if turn is not None and turn.over_allotted is not None:
        lines.append(
            label("summary_speakers", lang).format(
                count=summary.turns_over, name=turn.name, over=signed_minutes(turn.over_allotted)
            )
        )
    else:
        lines.append(label("summary_no_speakers", lang))
    if summary.skipped:
        numbers = ", ".join(row.number for row in summary.skipped)
        lines.append(
            label("summary_skipped", lang).format(count=len(summary.skipped), numbers=numbers)
        )
    return lines


# --- exports -------------------------------------------------------------------------------

COLUMNS = (
    "number",
    "part",
    "title",
    "who",
    "kind",
    "status",
    "planned_start",
    "planned_duration",
    "allotted",
    "actual_start",
    "actual_end",
    "actual_duration",
    "start_delay",
    "difference",
    "over_allotted",
)


def _cell_text(text: str) -> str:
    # A title starting with = + - @ would be run as a formula by Excel, and so would one
    # with a tab or a carriage return before them.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _seconds(value: float | None) -> str:
    return "" if value is None else str(round(value))


def _row_cells(row: Row, lang: Lang) -> list[str]:
    def maybe(value: float | None, text: Any) -> str:
        return "" if value is None else str(text(value))

    return [
        row.number,
        _cell_text(row.part),
        _cell_text(row.title),
        _cell_text(row.who),
        label(row.phase, lang),
        label(row.status, lang),
        clock_text(row.planned_start),
        length_text(row.planned_duration),
        maybe(row.allotted, length_text),
        maybe(row.actual_start, clock_text),
        maybe(row.actual_end, clock_text),
        maybe(row.actual_duration, length_text),
        _seconds(row.start_delay),
        _seconds(row.difference),
        _seconds(row.over_allotted),
    ]


def csv_text(report: Report, lang: Lang) -> str:
    """The table, one row per item and per turn; headers in ``lang``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([label(column, lang) for column in COLUMNS])
    for row in report.rows:
        writer.writerow(_row_cells(row, lang))
    return buffer.getvalue()


def drift_csv_text(report: Report, lang: Lang) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([label("time", lang), label("drift", lang), label("action", lang)])
    for point in report.drift:
        writer.writerow([clock_text(point.time_of_day), _seconds(point.drift), point.action])
    return buffer.getvalue()


def _write_text(path: Path, text: str, encoding: str) -> None:
    path.write_text(text, encoding=encoding, newline="")


def write_csv(report: Report, path: str | Path, lang: Lang) -> None:
    """UTF-8 with a BOM: Excel on Korean Windows opens it with Hangul intact."""
    _write_text(Path(path), csv_text(report, lang), "utf-8-sig")


def write_drift_csv(report: Report, path: str | Path, lang: Lang) -> None:
    _write_text(Path(path), drift_csv_text(report, lang), "utf-8-sig")


def _time_or_none(value: float | None) -> str | None:
    return None if value is None else clock_text(value)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def to_json(report: Report) -> dict[str, Any]:
    summary = report.summary

    def row_json(row: Row | None) -> dict[str, Any] | None:
        if row is None:
            return None
        return {
            "kind": row.kind.value,
            "item": row.item_index,
            "segment": row.segment_index,
            "number": row.number,
            "part": row.part,
            "title": row.title,
            "who": row.who,
            "phase": row.phase.value,
            "status": row.status.value,
            "planned_start": clock_text(row.planned_start),
            "planned_duration_s": _round(row.planned_duration),
            "allotted_s": _round(row.allotted),
            "actual_start": _time_or_none(row.actual_start),
            "actual_end": _time_or_none(row.actual_end),
            "actual_duration_s": _round(row.actual_duration),
            "start_delay_s": _round(row.start_delay),
            "difference_s": _round(row.difference),
            "over_allotted_s": _round(row.over_allotted),
        }

    return {
        "format": 1,
        "show": {
            "title": report.title,
            "date": report.date.isoformat(),
            "journal": str(report.journal),
            "agenda_sha256": report.agenda_sha256,
            "app": report.app,
        },
        "summary": {
            "ended": summary.ended,
            "planned_start": clock_text(summary.planned_start),
            "planned_end": clock_text(summary.planned_end),
            "actual_start": _time_or_none(summary.actual_start),
            "actual_end": _time_or_none(summary.actual_end),
            "projected_end": clock_text(summary.projected_end),
            "end_difference_s": _round(summary.end_difference),
            "total_over_s": _round(summary.total_over),
            "total_under_s": _round(summary.total_under),
            "items_over": summary.items_over,
            "turns_over": summary.turns_over,
            "longest_item": row_json(summary.longest_item),
            "longest_turn": row_json(summary.longest_turn),
            "skipped": [row.number for row in summary.skipped],
        },
        "rows": [row_json(row) for row in report.rows],
        "drift": [
            {"time": clock_text(p.time_of_day), "drift_s": _round(p.drift), "action": p.action}
            for p in report.drift
        ],
        "notices": [
            {"code": n.code, "line": n.line, "en": n.message("en"), "ko": n.message("ko")}
            for n in report.notices
        ],
    }


def write_json(report: Report, path: str | Path) -> None:
    text = json.dumps(to_json(report), ensure_ascii=False, indent=2) + "\n"
    _write_text(Path(path), text, "utf-8")


def write_tables(report: Report, folder: str | Path, lang: Lang) -> list[Path]:
    """The CSV and JSON files of a report in ``folder``; returns their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / REPORT_CSV, folder / DRIFT_CSV, folder / REPORT_JSON]
    write_csv(report, paths[0], lang)
    write_drift_csv(report, paths[1], lang)
    write_json(report, paths[2])
    return paths
